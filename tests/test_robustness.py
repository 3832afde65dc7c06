"""Understanding that does not hang on how a page happens to be written: each labeled dev article,
rewritten in ways that change nothing a reader is told, must be read the same.

- furniture: a menu line or a date line above the article, a box of related headlines below it, with or
  without a marker above it, another story linked from inside it, a file photo's caption, a page's label lines
  (keywords, event tag, a video's title), a breadcrumb above and the site's footer below;
- spellings: the Lao provinces of the article replaced by other provinces, in the other spellings
  the press uses; the same for its Vietnamese province (the 63 before 2025, the 34 after, the
  press's other spellings: "TP. Hồ Chí Minh", "Đăk Lăk" …);
- date forms: the event's day rewritten in the other forms the press writes it;
- encodings: the text decomposed (NFD), or with the old tone placement ("hoà", "thuỷ"), its quotes left as HTML
  entities, a blank line between every two lines;
- another country: every Lao name replaced by a Cambodian one, which must end the exchange with Laos;
- Laos in passing: a sentence naming a Lao province as geography, a topic or a plan added to a negative.

Each rewrite that changes a prediction is printed; the count is guarded by a small floor (what
main measures, plus slack for the borderline articles whose score sits at the threshold).
"""

from __future__ import annotations

import hashlib
import json
import random
import re
from datetime import date, datetime, time, timedelta

import pytest

from huunghi.classify.api import predict_record
from huunghi.classify.dates import VN_TZ
from huunghi.classify.gazetteer import default_gazetteer
from tests.conftest import corpus_or_skip

pytestmark = pytest.mark.corpus

KEYS = ("relevant", "vn_parties", "lao_parties", "direction", "event_date")
MENU = "Trang chủ | Thời sự | Chính trị | Kinh tế | Quốc tế | Thể thao | Văn hóa | Lào Cai 24h | Video\n"
DATE_LINE = "Thứ Năm, 12/06/2025 10:20 (GMT+7)\n"
RELATED = ("\nTin liên quan\nTỉnh Lào Cai tiếp đoàn công tác châu Hồng Hà, Vân Nam (Trung Quốc) sang thăm và làm "
           "việc ngày 3/5.\nĐoàn đại biểu tỉnh Ratanakiri (Campuchia) chúc Tết tỉnh Gia Lai.")
DATE_FORMS = ("{d}/{m}", "{d}-{m}", "{d}.{m}", "{d:02d}/{m:02d}/{y}", "{d} tháng {m} năm {y}", "{d} tháng {m}",
              "{d}-{m}-{y}", "{d}.{m}.{y}")


@pytest.fixture(scope="module")
def records() -> list[dict]:
    rows = [json.loads(line) for line in corpus_or_skip().read_text(encoding="utf-8").splitlines() if line.strip()]
    out = []
    for r in rows:
        if r.get("ambiguous"):
            continue
        # a publication time as a crawl gives one: the day after the event, else a day of its own
        if r.get("event_date"):
            day = date.fromisoformat(r["event_date"]) + timedelta(days=1)
        else:
            day = date(2023, 1, 1) + timedelta(days=int(hashlib.sha256(r["id"].encode()).hexdigest(), 16) % 1000)
        r["published"] = datetime.combine(day, time(9, 15), VN_TZ).isoformat()
        out.append(r)
    return out


def _changed(base: dict, text: str) -> list[str]:
    before, _ = predict_record(base)
    after, _ = predict_record(dict(base, text=text))
    return [k for k in KEYS if before[k] != after[k]]


def test_furniture_around_an_article_changes_nothing(records):
    changed = trials = 0
    for r in records:
        for text in (MENU + r["text"], DATE_LINE + r["text"], r["text"] + RELATED):
            trials += 1
            diff = _changed(r, text)
            if diff:
                changed += 1
                print(f"  {r['id']}: {diff}")
    print(f"furniture: {changed} of {trials} rewrites changed a prediction")
    assert changed <= 3


# Other stories' headlines after the article, one per line, with no marker above them (as archived pages keep them).
UNMARKED_HEADLINES = ("\n\nĐoàn đại biểu tỉnh Hủa Phăn (Lào) thăm, chúc Tết tỉnh Thanh Hóa\n"
                      "Hai tỉnh Điện Biên và Phông Sa Lỳ hội đàm, ký biên bản hợp tác năm 2025\n"
                      "Trao 300 suất quà cho học sinh nghèo tỉnh Xiêng Khoảng")


def test_other_stories_headlines_listed_after_the_article_change_nothing(records):
    changed = trials = 0
    for r in records:
        trials += 1
        diff = _changed(r, r["text"].rstrip() + UNMARKED_HEADLINES)
        if diff:
            changed += 1
            print(f"  {r['id']} ({'relevant' if r['relevant'] else 'negative'}): {diff}")
    print(f"unmarked headlines: {changed} of {trials} articles changed a prediction")
    assert trials > 300 and changed <= 4


# Other shapes of what an archived page opens with: a menu of section names with no bars above the page's clock glued to its
# date line, a breadcrumb, a share button's label.
OPENINGS = ("Trang chủ Chính trị Kinh tế Xã hội Văn hóa Thể thao Quốc tế Quốc phòng - An ninh\nClockThứ Ba, 12/06/2025 10:20\n",
            "Tin tức Đối ngoại\n", "Chia sẻ\n")


def test_other_shapes_of_a_pages_opening_furniture_change_no_relevance(records):
    changed = trials = 0
    for r in records:
        before, _ = predict_record(r)
        for top in OPENINGS:
            trials += 1
            after, _ = predict_record(dict(r, text=top + r["text"]))
            if after["relevant"] != before["relevant"]:
                changed += 1
                print(f"  {r['id']}: {top.splitlines()[0]!r} made it {after['relevant']}")
    print(f"opening furniture: {changed} of {trials} rewrites changed relevance")
    assert trials > 900 and changed == 0


# One or two other stories' headlines after an article that ends with a full sentence: too few to drop as a list, they
# still report no exchange of the page's own, nor name a Vietnamese side for it.
TWO_HEADLINES = ("\nĐoàn đại biểu tỉnh Hủa Phăn (Lào) thăm, chúc Tết tỉnh Thanh Hóa\n"
                 "Hai tỉnh Điện Biên và Phông Sa Lỳ hội đàm, ký biên bản hợp tác năm 2025")


def test_one_or_two_headlines_after_a_finished_negative_make_no_exchange(records):
    kept = trials = 0
    for r in records:
        if r["relevant"] or not r["text"].rstrip().endswith((".", "!", "?")):
            continue
        for tail in (TWO_HEADLINES, TWO_HEADLINES.rsplit("\n", 1)[0]):
            trials += 1
            after, _ = predict_record(dict(r, text=r["text"].rstrip() + tail))
            if after["relevant"]:
                kept += 1
                print(f"  {r['id']}: kept with {tail.count(chr(10))} headline(s) after it")
    print(f"one or two headlines after a negative: {kept} of {trials} read as exchanges")
    assert trials > 100 and kept <= 1


def test_a_lao_province_where_a_negative_says_laos_keeps_it_negative(records):
    """"tại Lào", "sang Lào", "của Lào" … written "tại tỉnh Xiêng Khoảng (Lào)": what made Laos a place or a topic must
    hold for its provinces too."""
    laos_as = re.compile(r"\b(tại|sang|ở|đến|với|của|giúp|cho) (nước bạn )?Lào\b")
    kept = trials = 0
    for r in records:
        if r["relevant"]:
            continue
        text = laos_as.sub(lambda m: f"{m.group(1)} tỉnh Xiêng Khoảng (Lào)", r["text"])
        if text == r["text"]:
            continue
        trials += 1
        after, _ = predict_record(dict(r, text=text))
        if after["relevant"]:
            kept += 1
            print(f"  {r['id']}: read as an exchange with Xiêng Khoảng")
    print(f"a province for Laos: {kept} of {trials} negatives read as exchanges")
    assert trials > 15 and kept == 0


def test_other_provinces_in_other_spellings_are_read_as_such(records):
    gaz = default_gazetteer()
    provinces = gaz.lao_provinces
    rng = random.Random(3)
    wrong = trials = 0
    for r in records:
        gold = [p for p in r.get("lao_parties") or [] if p in provinces]
        if not r["relevant"] or not gold:
            continue
        before, _ = predict_record(r)
        if {p for p in before["lao_parties"] if p in provinces} != set(gold):
            continue  # already wrong as written: a rewrite says nothing new
        spellings = [(s, g) for g in gold for s in [g, *provinces[g].get("aliases", []), *provinces[g].get("capitals", [])]]
        pattern = re.compile("|".join(re.escape(s) for s, _ in sorted(spellings, key=lambda sg: -len(sg[0]))), re.I)
        canonical_of = {s.lower(): g for s, g in spellings}
        others = [c for c in provinces if c not in gold and "Viêng Chăn" not in c]
        for _ in range(3):
            mapping = dict(zip(gold, rng.sample(others, len(gold)), strict=True))
            written = {g: rng.choice([a for a in [m, *provinces[m].get("aliases", [])] if not a.lower().startswith(("tỉnh", "thủ đô"))])
                       for g, m in mapping.items()}
            text = pattern.sub(lambda hit, w=written, c=canonical_of: w[c[hit.group(0).lower()]], r["text"])
            after, _ = predict_record(dict(r, text=text))
            read = sorted(p for p in after["lao_parties"] if p in provinces)
            if set(read) & set(gold) - set(mapping.values()):
                continue  # written in a spelling no list holds (matched by its sound): not rewritten
            trials += 1
            if read != sorted(mapping.values()):
                wrong += 1
                print(f"  {r['id']}: wrote {sorted(written.values())}, read {after['lao_parties']}")
    print(f"spellings: {wrong} of {trials} rewrites read the wrong Lao side")
    assert trials > 200 and wrong <= 3


def test_other_vietnamese_provinces_in_other_spellings_are_read_as_such(records):
    gaz = default_gazetteer()
    spellings: dict[str, list[str]] = {}  # canonical -> the ways the press writes it
    for name in [*gaz.vn_before_2025, *gaz.vn_provinces]:
        spellings.setdefault(gaz.canonical_vn_province(name), []).append(name)
    for alias, canonical in gaz.vn_aliases.items():
        spellings.setdefault(gaz.canonical_vn_province(canonical), []).append(alias)
    rng = random.Random(5)
    wrong = trials = 0
    for r in records:
        gold = {gaz.canonical_vn_province(p) for p in r.get("vn_parties") or []} - {None}
        if not r["relevant"] or len(gold) != 1:
            continue
        (old,) = gold
        before, _ = predict_record(r)
        if [gaz.canonical_vn_province(p) for p in before["vn_parties"]] != [old]:
            continue  # already wrong as written: a rewrite says nothing new
        pattern = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(s) for s in sorted(spellings[old], key=len, reverse=True))
                             + r")(?!\w)")
        others = [c for c in spellings if c != old and not any(s in r["text"] for s in spellings[c])
                  and "Lào" not in c]  # (Lào Cai would also name Laos's neighbour in a Lao article's words)
        for _ in range(3):
            new = rng.choice(others)
            text = pattern.sub(rng.choice(spellings[new]), r["text"])
            if text == r["text"]:
                break  # the province is written in a way no list holds
            trials += 1
            after, _ = predict_record(dict(r, text=text))
            read = [gaz.canonical_vn_province(p) for p in after["vn_parties"]]
            if read != [new]:
                wrong += 1
                print(f"  {r['id']}: wrote {new}, read {after['vn_parties']}")
    print(f"Vietnamese spellings: {wrong} of {trials} rewrites read the wrong Vietnamese side")
    assert trials > 200 and wrong <= 3


def test_the_event_day_in_every_form_the_press_writes_it(records):
    wrong = trials = 0
    for r in records:
        if not r["relevant"] or not r.get("event_date"):
            continue
        gold = date.fromisoformat(r["event_date"])

        def right(pred: dict, gold: date = gold) -> bool:
            return bool(pred["event_date"]) and abs((date.fromisoformat(pred["event_date"][:10]) - gold).days) <= 1

        before, _ = predict_record(r)
        hit = re.search(rf"(?<![\d/.-])0?{gold.day}\s*[/.-]\s*0?{gold.month}(?:\s*[/.-]\s*(?:{gold.year}|{gold.year % 100:02d}))?(?![\d/])"
                        rf"|(?<!\d){gold.day} tháng 0?{gold.month}(?: năm {gold.year})?", r["text"])
        if not right(before) or hit is None:
            continue
        for form in DATE_FORMS:
            written = form.format(d=gold.day, m=gold.month, y=gold.year)
            after, _ = predict_record(dict(r, text=r["text"][: hit.start()] + written + r["text"][hit.end() :]))
            trials += 1
            if not right(after):
                wrong += 1
                print(f"  {r['id']}: {hit.group(0)!r} written {written!r}, read {after['event_date']}")
    print(f"date forms: {wrong} of {trials} rewrites lost the event's day")
    assert trials > 500 and wrong <= 3


def _negatives_with_a_line(records, shapes):
    """Every negative of three lines or more with each (line, where) of ``shapes(k)`` put in — "above" it, "inside" (after
    its second paragraph) or "after" it; ``k`` counts the negatives. Yields (record, line, text)."""
    k = 0
    for r in records:
        lines = r["text"].split("\n")
        filled = [i for i, line in enumerate(lines) if line.strip()]
        if r["relevant"] or len(filled) < 3:
            continue
        k += 1
        for line, where in shapes(k):
            at = {"above": 0, "inside": filled[2], "after": len(lines)}[where]
            yield r, line, "\n".join(lines[:at] + [line] + lines[at:])


def _negatives_kept(records, shapes, what: str) -> tuple[int, int]:
    """How many of the rewritten negatives read as exchanges, of how many rewrites (each one printed)."""
    kept = trials = 0
    for r, line, text in _negatives_with_a_line(records, shapes):
        trials += 1
        after, _ = predict_record(dict(r, text=text))
        if after["relevant"]:
            kept += 1
            print(f"  {r['id']}: kept with {line.splitlines()[0]!r}")
    print(f"{what}: {kept} of {trials} negatives read as exchanges")
    return kept, trials


# Another story's headline linked from inside an article, after its second paragraph, in the shapes sites give such a link.
LINKED_INSIDE = ("Tin liên quan:\n{h}", "Xem thêm: {h}", ">> {h}", "» {h}", "ĐỌC THÊM\n{h}",
                 # (the headline written twice, the picture's text and the link's, and the linked story's dated lead under it)
                 "{h} {h}", "{h} {h}\nChiều 15/5, {h} (Lào) theo chương trình hợp tác năm nay.")
LINKED_HEADLINES = ("Đoàn đại biểu tỉnh Nghệ An thăm, chúc Tết tỉnh Xiêng Khoảng",
                    "Lãnh đạo tỉnh Khăm Muồn hội đàm với tỉnh Quảng Bình")


def test_another_story_linked_inside_a_negative_makes_no_exchange(records):
    kept, trials = _negatives_kept(records, lambda k: [(shape.format(h=LINKED_HEADLINES[(n + k) % 2]), "inside")
                                                      for n, shape in enumerate(LINKED_INSIDE)], "a story linked inside")
    assert trials > 400 and kept == 0


# A file photo's caption after a negative's second paragraph, its credit written the ways sites write it.
FILE_PHOTOS = ("{h} (Ảnh tư liệu)", "{h}. Ảnh minh họa", "Ảnh minh họa: {h}", "{h}. (Ảnh: TL)", "{h} - Ảnh tư liệu")


def test_a_file_photo_s_caption_inside_a_negative_makes_no_exchange(records):
    kept, trials = _negatives_kept(records, lambda k: [(shape.format(h=LINKED_HEADLINES[(n + k) % 2] + " (Lào)"), "inside")
                                                      for n, shape in enumerate(FILE_PHOTOS)], "a file photo's caption inside")
    assert trials > 400 and kept == 0


# A page's label lines: its keywords or topic after the article, its event tag above it, an embedded video's title inside it.
LABEL_LINES = (("Từ khóa: Việt Nam - Lào, Xiêng Khoảng, hợp tác, đoàn công tác", "after"),
               ("Tags: Lào, Hủa Phăn, hội đàm, chúc Tết Bunpimay", "after"),
               ("Sự kiện: Đoàn đại biểu tỉnh Nghệ An thăm tỉnh Xiêng Khoảng", "above"),
               ("VIDEO: Lãnh đạo tỉnh Quảng Bình hội đàm với tỉnh Khăm Muồn (Lào)", "inside"))


def test_a_page_s_label_lines_make_no_exchange_of_a_negative(records):
    kept, trials = _negatives_kept(records, lambda k: LABEL_LINES, "label lines")
    assert trials > 350 and kept == 0


# A breadcrumb of sections above the page (one named for Laos), the site's footer naming its province below it.
BREADCRUMBS = ("Trang chủ > Đối ngoại > Quan hệ Việt - Lào\n", "Thời sự » Hợp tác Việt Nam - Lào\n")
FOOTERS = ("\nBáo Nghệ An điện tử - Cơ quan của Đảng bộ tỉnh Nghệ An. Địa chỉ: 51 Trường Thi, TP Vinh, Nghệ An.",
           "\n© Bản quyền thuộc Báo Quảng Trị. Ghi rõ nguồn khi phát hành lại thông tin từ website này.")


def _changes(records, rewrites, what: str) -> tuple[int, int]:
    """How many of the texts ``rewrites(record)`` gives for each record change a prediction, of how many (each one printed)."""
    changed = trials = 0
    for r in records:
        for text in rewrites(r):
            trials += 1
            diff = _changed(r, text)
            if diff:
                changed += 1
                print(f"  {r['id']}: {diff} with {text[:30]!r}…{text[-30:]!r}")
    print(f"{what}: {changed} of {trials} rewrites changed a prediction")
    return changed, trials


def test_a_breadcrumb_above_or_a_footer_below_changes_nothing(records):
    changed, trials = _changes(records, lambda r: [top + r["text"] for top in BREADCRUMBS]
                               + [r["text"].rstrip() + end for end in FOOTERS], "breadcrumbs and footers")
    assert trials > 1200 and changed <= 2


def test_a_page_in_decomposed_unicode_or_the_old_tone_placement_is_read_the_same(records):
    """Some sites serve their text decomposed (each mark apart from its letter) or place the tones the old way ("hoà",
    "thuỷ"): the same words to a reader."""
    import unicodedata

    old_style = re.compile(r"([oO])([\u0300\u0301\u0309\u0303\u0323])([aAeE])(?!\w)")

    def rewrites(r):
        decomposed = unicodedata.normalize("NFD", r["text"])
        return decomposed, unicodedata.normalize("NFC", old_style.sub(r"\1\3\2", decomposed))

    changed, trials = _changes(records, rewrites, "decomposed or old-style text")
    assert trials > 600 and changed == 0


def test_blank_lines_between_every_line_or_entities_left_in_the_text_change_nothing(records):
    changed, trials = _changes(records, lambda r: (re.sub(r"\n+", "\n\n", r["text"]),
                                                   r["text"].replace("“", "&quot;").replace("”", "&quot;")),
                               "blank lines or entities")
    assert trials > 600 and changed == 0


# A sentence naming a Lao province as geography, a topic or a plan, added to a negative's first paragraph.
LAOS_IN_PASSING = ("Huyện có hơn 100 km đường biên giới giáp tỉnh Xiêng Khoảng (Lào).",
                   "Dịp này, đoàn đã thăm Đồn Biên phòng Nậm Cắn, nơi giáp với tỉnh Xiêng Khoảng (Lào).",
                   "Tỉnh cũng đề nghị Bộ quan tâm hỗ trợ tỉnh trong hợp tác với tỉnh Xiêng Khoảng (Lào).",
                   "Sản phẩm của doanh nghiệp đã được xuất khẩu sang Lào và Thái Lan.",
                   "Đồng chí nhấn mạnh cần tiếp tục thực hiện tốt các thỏa thuận đã ký với tỉnh Xiêng Khoảng (Lào).",
                   "Đồng chí đề nghị các sở, ngành chuẩn bị chu đáo cho chuyến thăm của đoàn đại biểu tỉnh Hủa Phăn (Lào) vào "
                   "tháng tới.",
                   "Năm 2023, tỉnh đã đón 12 đoàn của các tỉnh Bắc Lào sang thăm, làm việc.",
                   "Đồng chí cũng thông tin về kết quả chuyến thăm, làm việc tại tỉnh Khăm Muồn (Lào) vừa qua.",
                   "Đồng chí đánh giá cao những đóng góp của tỉnh trong quan hệ hữu nghị với tỉnh Hủa Phăn (Lào).",
                   "Hiện nay, mỗi năm có hàng nghìn lượt khách du lịch Lào đến tham quan tỉnh.",
                   "Đơn vị hiện đang khám, chữa bệnh cho nhiều bệnh nhân đến từ tỉnh Hủa Phăn (Lào).",
                   "Tỉnh cũng đang chuẩn bị các điều kiện để đón đoàn đại biểu tỉnh Khăm Muồn (Lào) sang thăm vào dịp Tết.",
                   "Hội nghị cũng thông qua kế hoạch tổ chức giao lưu với tỉnh Hủa Phăn (Lào) trong quý III.",
                   "Dịp này, đồng chí cũng trao đổi với lãnh đạo huyện về công tác phối hợp với huyện Noọng Hét, tỉnh Xiêng "
                   "Khoảng (Lào).",
                   # (added in the eighteenth session)
                   "Tỉnh cũng báo cáo việc phối hợp với tỉnh Xiêng Khoảng (Lào) trong tuần tra song phương.",
                   "Các bên cũng bàn giải pháp tăng kim ngạch thương mại với tỉnh Xiêng Khoảng (Lào).",
                   "Phần lớn người nước ngoài cư trú trên địa bàn là công dân tỉnh Xiêng Khoảng (Lào).",
                   "Bản Xốp Tụ nằm sát biên giới với tỉnh Xiêng Khoảng (Lào).",
                   "Tuyến quốc lộ 7 nối với đường 7 đoạn qua tỉnh Xiêng Khoảng (Lào).",
                   # (added in the nineteenth session)
                   "Đội K52 của tỉnh cũng được động viên trước khi lên đường sang tỉnh Xiêng Khoảng (Lào) làm nhiệm vụ.",
                   "Hợp tác xã cũng vừa ký hợp đồng xuất khẩu 300 tấn chuối sang tỉnh Xiêng Khoảng (Lào).",
                   "Dịp này, đoàn cũng gặp mặt các cựu chiến binh Việt Nam đang sinh sống tại tỉnh Xiêng Khoảng (Lào).",
                   "Hai bên cũng thống nhất phối hợp tổ chức diễn đàn du lịch cùng tỉnh Xiêng Khoảng (Lào) vào cuối năm.",
                   # (added in the twentieth session)
                   "Nhiều học sinh của tỉnh cũng đã có chuyến trải nghiệm tại tỉnh Xiêng Khoảng (Lào).",
                   "Các em còn được tìm hiểu văn hóa, con người tỉnh Xiêng Khoảng (Lào).",
                   "Doanh nghiệp cũng khảo sát tuyến vận tải hàng hóa qua tỉnh Xiêng Khoảng (Lào) về cảng Cửa Lò.",
                   "Các hài cốt do Đội K92 phối hợp với Ban 515 tỉnh Xiêng Khoảng (Lào) tìm kiếm, quy tập trong mùa khô.",
                   # (added in the twenty-first session)
                   "Tối cùng ngày, đoàn cũng gặp mặt, tặng quà bà con người Việt đang sinh sống tại tỉnh Xiêng Khoảng (Lào).",
                   "Phần lớn khách đến từ tỉnh Xiêng Khoảng (Lào), chủ yếu tham quan và mua sắm.",
                   "Ông từng là Trưởng đoàn chuyên gia giúp tỉnh Xiêng Khoảng (Lào) giai đoạn 1980 - 1985.",
                   # (added in the twenty-second session)
                   "Sau lễ khai mạc, các đại biểu đã tham quan gian hàng của doanh nghiệp tỉnh Xiêng Khoảng (Lào).",
                   # (added in the twenty-third session)
                   "Năm nào tỉnh cũng cử đoàn sang chúc Tết Bunpimay tỉnh Xiêng Khoảng (Lào).",
                   "Mô hình này đã được nhiều đoàn khách, trong đó có đoàn của tỉnh Xiêng Khoảng (Lào), đến tham quan, học tập.",
                   # (added in the twenty-fourth session)
                   "Đội văn nghệ của huyện dự kiến sang giao lưu với tỉnh Xiêng Khoảng (Lào) vào dịp Tết Bunpimay tới.",
                   "Trước đó, ngày 10/3/2019, hai tỉnh đã ký thỏa thuận hợp tác giai đoạn 2019 - 2024.",
                   "Tại hội nghị, Sở Ngoại vụ báo cáo về công tác đón tiếp đoàn đại biểu tỉnh Xiêng Khoảng (Lào) dịp Tết vừa qua.",
                   "Tỉnh sẽ tiếp tục phối hợp với tỉnh Xiêng Khoảng (Lào) tổ chức tuần tra song phương.",
                   "Đồng chí đánh giá cao kết quả chuyến công tác của đoàn tại tỉnh Xiêng Khoảng (Lào).",
                   "Bên lề hội nghị, các đại biểu tham quan gian hàng giới thiệu sản phẩm của tỉnh Xiêng Khoảng (Lào).",
                   # (added in the twenty-fifth session)
                   "Tại buổi làm việc, lãnh đạo tỉnh giới thiệu kinh nghiệm phát triển thương mại biên giới với tỉnh Xiêng Khoảng (Lào).",
                   "Tại hội chợ, gian hàng của Bộ Công Thương Lào thu hút đông đảo khách tham quan.",
                   "Đồng chí yêu cầu chuẩn bị chu đáo cho chuyến thăm tỉnh Xiêng Khoảng (Lào) sắp tới.",
                   # (added in the twenty-sixth session)
                   "Dịp Tết Bunpimay, nhiều du khách từ tỉnh Xiêng Khoảng (Lào) đã sang tham quan, mua sắm tại địa phương.",
                   "Các cựu chiến binh xúc động ôn lại những năm tháng chiến đấu, công tác tại tỉnh Xiêng Khoảng (Lào).",
                   "Số gỗ trên được vận chuyển từ huyện Noọng Hét, tỉnh Xiêng Khoảng (Lào) về tiêu thụ.",
                   "Đoàn cũng đã đến thăm Khu di tích lịch sử Cánh đồng Chum, tỉnh Xiêng Khoảng (Lào) trong chuyến du lịch.")


def _in_passing(r: dict):
    """``r``'s text with each sentence of LAOS_IN_PASSING added to its first paragraph below the headline (a sentence run
    into a headline would be the headline's), as (sentence, text); none when it has no such paragraph."""
    lines = r["text"].split("\n")
    filled = [i for i, line in enumerate(lines) if line.strip()]
    first = next((i for i in filled[1:] if len(lines[i].strip()) > 80), None)
    if first is None:
        return
    for said in LAOS_IN_PASSING:
        yield said, "\n".join(lines[:first] + [lines[first].rstrip() + " " + said] + lines[first + 1:])


def test_laos_named_in_passing_in_a_negative_makes_no_exchange(records):
    kept = trials = 0
    for r in records:
        if r["relevant"]:
            continue
        for said, text in _in_passing(r):
            trials += 1
            after, _ = predict_record(dict(r, text=text))
            if after["relevant"]:
                kept += 1
                print(f"  {r['id']}: kept with {said!r}")
    print(f"Laos in passing: {kept} of {trials} negatives read as exchanges")
    # (qa-056, a Lao party congress "tại trung tâm Hội nghị quốc gia", reads as an exchange once a sentence with a party of
    # ours is added to it — the hall's name is read as a meeting; reading it as none moved other pages' sides: not done —
    # twice among the nineteenth session's forms, twice among the twentieth's; qb-045, whose lines run into headline-like ones
    # so that the sentence added is read as a headline's, once for each of the twenty-third session's two forms and once for
    # the twenty-sixth's)
    assert trials > 5600 and kept <= 7


def test_laos_named_in_passing_in_a_relevant_article_keeps_its_exchange(records):
    lost = trials = 0
    for r in records:
        if not r["relevant"] or not predict_record(r)[0]["relevant"]:
            continue
        for said, text in _in_passing(r):
            trials += 1
            after, _ = predict_record(dict(r, text=text))
            if not after["relevant"]:
                lost += 1
                print(f"  {r['id']}: lost with {said!r}")
    print(f"Laos in passing: {lost} of {trials} relevant articles lost")
    # (qg-051 opens with an essay and reports its event in the next paragraph: the meeting with our people, run into the
    # essay, comes before any exchange and reads as the page's story; at the twenty-first session's start that aside lost 5;
    # since the twenty-second, a clear exchange that only sums up no longer keeps the page's plainer words from counting: 1;
    # pa-041, a page of teasers whose first exchange is the twenty-fourth session's aside "Trước đó, ngày 10/3/2019, hai tỉnh
    # đã ký …" — that aside lost 39 relevant articles before the session's change, 1 after: 2)
    assert trials > 7500 and lost <= 2


CAMBODIA = ("Ratanakiri", "Stung Treng", "Mondulkiri", "Kratie", "Preah Vihear", "Siem Reap")
LAO_WORD_RE = re.compile(r"(?<![^\W\d_])Lào(?![^\W\d_])")


def test_the_same_exchange_with_another_country_is_no_exchange_with_laos(records):
    """Every Lao name of a relevant article replaced by a Cambodian one ("tỉnh Hủa Phăn (Lào)" → "tỉnh
    Ratanakiri (Campuchia)"): what made it an exchange with Laos must have been Laos."""
    from huunghi.classify.mentions import analyse

    gaz = default_gazetteer()
    kept = trials = 0
    for r in records:
        if not r["relevant"]:
            continue
        doc = analyse("", r["text"], gaz)
        # a province becomes a Cambodian one; a body or the country keeps its words, "Lào" becoming "Campuchia"
        swap = {m.text: CAMBODIA[len(m.text) % len(CAMBODIA)] if m.name in gaz.lao_provinces else LAO_WORD_RE.sub("Campuchia", m.text)
                for m in doc.mentions("lao_province", "lao_body", "laos", "lao_place")}
        text = r["text"]
        for surface in sorted(swap, key=len, reverse=True):
            text = text.replace(surface, swap[surface])
        text = LAO_WORD_RE.sub("Campuchia", text).replace("Campuchia Cai", "Lào Cai")
        trials += 1
        after, _ = predict_record(dict(r, text=text))
        if after["relevant"]:
            kept += 1
            print(f"  {r['id']}: still an exchange with Laos as {after['lao_parties']}")
    print(f"another country: {kept} of {trials} articles still read as exchanges with Laos")
    assert trials > 150 and kept <= 2


# The shapes of other stories' links this project learned on the twenty-seventh session, with another province's domestic
# news in them: what they link is no part of any article, relevant or not.
OTHER_STORY = "Khánh thành cầu Cửa Hội nối hai tỉnh Nghệ An và Hà Tĩnh"
LINKS_INSIDE = (f"{OTHER_STORY} {OTHER_STORY}", f"(Xem thêm: {OTHER_STORY})",
                # (the linked story's lead says its headline again)
                f"{OTHER_STORY} {OTHER_STORY}\nSáng 2/3, tỉnh Nghệ An và Hà Tĩnh khánh thành cầu Cửa Hội nối hai tỉnh.")
LINKS_AFTER = (f"\nBài trước\n{OTHER_STORY}\nBài sau\nGiá lúa tăng mạnh ở Yên Thành", f"\n« {OTHER_STORY}\nGiá lúa tăng mạnh »",
               f"\nChia sẻ\nFacebook Zalo\n{OTHER_STORY}\nGiá lúa tăng mạnh ở Yên Thành")


def _with_link_inside(text: str, link: str) -> str:
    lines = text.split("\n")
    filled = [i for i, line in enumerate(lines) if line.strip()]
    at = filled[2] if len(filled) > 2 else len(lines)
    return "\n".join(lines[:at] + [link] + lines[at:])


def test_other_stories_linked_inside_or_after_any_article_change_nothing(records):
    changed, trials = _changes(records, lambda r: [_with_link_inside(r["text"], link) for link in LINKS_INSIDE]
                               + [r["text"].rstrip() + after for after in LINKS_AFTER], "links inside or after")
    assert trials > 1900 and changed == 0
