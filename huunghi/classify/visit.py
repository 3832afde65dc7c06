"""Who met whom, which way, when: the visit described by a relevant article."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import asdict, dataclass, field
from datetime import date, datetime

from huunghi.classify.dates import Reference, find_dates, reference_from
from huunghi.classify.direction import AT_RE, MISSION_SEAT_RE, RESIDENT_MISSIONS, direction
from huunghi.classify.gazetteer import Gazetteer, default_gazetteer
from huunghi.classify.mentions import Document, Mention, Sentence
from huunghi.classify.people import delegation_leader, host_leader
from huunghi.classify.relevance import Classification, classify

KINDS = ("working_visit", "talks", "courtesy_call", "greeting", "signing", "aid_handover", "border_meeting", "other")

PREFIX_RE = re.compile(
    r"^\s*(?:date\s+[\d\-]+\s*)?(?:\(\s*[\w.\s-]{1,25}\)\s*[-–—:]\s*|[A-ZĐ][\w.]{1,15}\.VN\s*[-–—]\s*|[A-ZĐ]{2,6}\s*[-–—]\s*)",
)
# A day named as a reference, not as the event's: "từ ngày 1/7/2025", "trước ngày 30/7", "ký ngày 12/5/2023".
SINCE_RE = re.compile(r"(?<!\w)(?:từ|kể từ|trước|sau|ký|ký kết|đến|hết)\s*$")
# "200 triệu đồng", "10.000USD" — but not "12 đồng chí" (comrades) nor "… 2, đồng thời".
AMOUNT_RE = re.compile(
    r"(?<![\w])\d(?:[\d.,]*\d)?\s*(?:triệu|tỷ|nghìn|ngàn|trăm)?\s*"
    r"(?:đồng(?!\s+(?:chí|bào|thời|ý|bộ|loạt|hành|đội|tâm|nghiệp|hương|bằng|minh|chủ))|USD|usd|kíp|Kíp|đô la Mỹ)(?![\w])"
)


@dataclass
class VisitInfo:
    vn_parties: list[str]
    lao_parties: list[str]
    direction: str
    kind: str
    event_date: date | None
    end_date: date | None
    date_approximate: bool  # event_date is the publication day: the text gives no day
    leader: str | None
    host_leader: str | None
    summary: str
    amounts: list[str] = field(default_factory=list)
    reference: date | None = None  # the publication day (or the best guess) for merging
    reference_exact: bool = True
    reference_precision: str | None = None  # "day", "month" or "year" (see dates.Reference)
    # ((month, day), (month, day)) of the event when its year is not known
    yearless: tuple[tuple[int, int], tuple[int, int]] | None = None
    direction_reasons: list[str] = field(default_factory=list)  # the votes that decided the direction
    # the Vietnamese side is the outlet's province, the text naming none: a guess that never keeps reports apart
    vn_from_outlet: bool = False

    def as_json(self) -> dict:
        out = asdict(self)
        for k in ("event_date", "end_date", "reference"):
            out[k] = out[k].isoformat() if out[k] else None
        out["yearless"] = self.yearless_iso()
        return out

    def yearless_iso(self) -> list[str] | None:
        """The yearless days as ISO 8601 dates without a year ("--02-17")."""
        return [f"--{m:02d}-{d:02d}" for m, d in self.yearless] if self.yearless else None


def _lao_of(mentions: list[Mention]) -> list[str]:
    return [m.name for m in mentions if m.kind == "lao_province"]


def _weight(s: Sentence, key: Sentence | None) -> float:
    """How much a sentence says about the exchange: the key sentence most, then the opening."""
    return 3.0 if key is not None and s.index == key.index else 2.0 if s.index < 3 else 1.0


def _before(doc: Document, s: Sentence, m: Mention, chars: int) -> str:
    """Up to ``chars`` folded characters before ``m`` inside its sentence."""
    return doc.folded[max(s.start, m.start - chars) : m.start]


KIND_CUES = [
    ("greeting", ("chúc tết", "bunpimay", "bun pi may", "chúc mừng năm mới", "tết cổ truyền")),
    ("signing", ("ký kết", "lễ ký", "ký biên bản", "biên bản ghi nhớ")),
    ("border_meeting", ("biên phòng", "tuần tra", "bảo vệ biên giới")),
    ("aid_handover", ("trao tặng", "bàn giao", "trao hỗ trợ", "hỗ trợ kinh phí", "khánh thành", "tặng quà")),
    ("talks", ("hội đàm",)),
    ("courtesy_call", ("xã giao", "chào xã giao", "hội kiến")),
    ("working_visit", ("thăm và làm việc", "thăm, làm việc", "làm việc với", "thăm làm việc")),
]
# Secondary cues (a gift during a visit, a border mentioned in talks) decide only from the
# headline or the key sentence, never from the rest of the text.
PRIMARY_ONLY = {"aid_handover", "border_meeting"}


def _kind(primary: str, head: str, event: str) -> str:
    for text, allowed in ((primary, None), (head, PRIMARY_ONLY)):
        for kind, words in KIND_CUES:
            if allowed and kind in allowed:
                continue
            if any(w in text for w in words):
                return kind
    return "working_visit" if event == "visit" else "other"


# Left by archived copies: empty Markdown images and links, a "date 2025-10-13" line.
ARTIFACT_RE = re.compile(r"!?\[[^\]]{0,80}\]\([^)]{0,300}\)|^\s*date\s+\d{4}-\d{2}(?:-\d{2})?\s*")


def _clean_sentence(text: str) -> str:
    text = re.sub(r"\s+", " ", ARTIFACT_RE.sub(" ", text)).strip(" -–|")
    for _ in range(2):
        text = PREFIX_RE.sub("", text).strip()
    return text


def _summary(doc: Document, key_index: int | None) -> str:
    chosen: list[Sentence] = []
    if key_index is not None:
        chosen.append(doc.sentences[key_index])
    else:
        chosen.extend(s for s in doc.sentences[:3] if len(s.text) > 60)
    text = " ".join(_clean_sentence(s.text) for s in chosen[:1])
    if key_index is not None and len(text) < 160 and key_index + 1 < len(doc.sentences):
        nxt = _clean_sentence(doc.sentences[key_index + 1].text)
        if 30 < len(nxt) < 300:
            text = f"{text} {nxt}"
    return text[:600]


# A national body of Viet Nam's the gazetteer does not list: a ministry ("Bộ Thông tin và Truyền thông"), or
# a body named for the country, the Assembly or the Government ("Hội Nông dân Việt Nam", "Văn phòng Quốc
# hội", "Ban Cơ yếu Chính phủ"). Its name runs to the first punctuation or verb; a name that reaches a
# province or Laos ("Bộ Chỉ huy Quân sự tỉnh", "Bộ Y tế Lào") is none.
BODY_HEAD_RE = re.compile(
    r"(?<!\w)(?:bộ|tổng cục|cục|hội|ủy ban|văn phòng|ban|đài|viện|học viện|liên đoàn|liên hiệp|ngân hàng|tập đoàn"
    r"|thông tấn xã|hội đồng|tòa án|trung ương)(?=\s)"
)
BODY_NAME_END_RE = re.compile(
    r"\s+(?:đã|do|đến|sang|tiếp|cùng|có|với|tại|ở|làm|là|về|cho|trong|khi|sẽ|đang|vừa|được|trao|ký|hội đàm|tổ chức|dẫn đầu"
    r"|phối hợp|chủ trì|đón|gặp|thăm|nhằm|để|theo|từ|giữa|hai|các|những)(?!\w)|\s*[,.;:()\-–]|\s*$"
)
MINISTRY_HEADS = ("bộ", "tổng cục", "cục")
NATIONAL_ENDS = ("việt nam", "quốc hội", "chính phủ")
NOT_NATIONAL_RE = re.compile(r"(?<!\w)(?:tỉnh|thành phố|tp|huyện|lào|quân khu|chỉ huy|đội|chính trị|bí thư|chấp hành|thường vụ"
                             r"|chỉ đạo|liên lạc|nhân dân tỉnh)(?!\w)")


def _national_body(doc: Document, s: Sentence) -> str | None:
    """The Vietnamese national body named in ``s`` that the gazetteer does not know, as written."""
    folded = doc.folded
    for head in BODY_HEAD_RE.finditer(folded, s.start, s.end):
        a = head.start()
        if not doc.text[a].isupper() or doc.text[a + 1 : head.end()].isupper() or folded.endswith("ủy viên ", s.start, a):
            continue  # a common noun is no body ("bộ hài cốt", "BỘ HÀI CỐT" in a headline); "Ủy viên Bộ Chính trị" is a title
        end = BODY_NAME_END_RE.search(folded, head.end(), s.end)
        b = end.start() if end else s.end
        name = folded[a:b]
        if b - a > 90 or " " not in name or NOT_NATIONAL_RE.search(name):
            continue
        if head.group(0) in MINISTRY_HEADS or name.endswith(NATIONAL_ENDS):
            return doc.text[a:b]
    return None


def _vn_parties(doc: Document, key: Sentence | None, source_province: str | None = None) -> list[str]:
    venue_only = key is not None and all(AT_RE.search(_before(doc, key, m, 40)) for m in key.of("vn_province"))
    if key is not None and venue_only and not key.of("vn_body"):
        # ("tại Hà Nội, lãnh đạo Bộ Thông tin và Truyền thông tiếp …": the ministry, not the city, is the side)
        body = _national_body(doc, key)
        if body is not None:
            return [body]
    if key is not None and key.of("vn_body") and venue_only:
        # ("tại Hà Nội, Bộ Ngoại giao hai nước …": the city is where the ministry met, not a side)
        # "Thủ tướng Chính phủ quyết định hỗ trợ Lào …": a national exchange, whatever the outlet;
        # the body the article keeps naming (the organiser, not every guest listed) is the party.
        named: Counter[str] = Counter()
        for s in doc.sentences:
            for m in s.of("vn_body"):
                named[m.name] += _weight(s, key)
        return [named.most_common(1)[0][0]]
    weights: Counter[str] = Counter()
    seats: Counter[str] = Counter()
    for s in doc.sentences:
        w = _weight(s, key)
        if s.of("lao_province", "lao_body", "laos"):
            w *= 1.5
        for m in s.of("vn_province"):
            seat = MISSION_SEAT_RE.search(_before(doc, s, m, 60))
            (seats if seat else weights)[m.name] += w
    weights = weights or seats  # the seat is the side only when no other province is named
    # The outlet's own province, when the article names it, is the likelier Vietnamese side
    # (a provincial paper reports its province's exchanges).
    if source_province:
        for name in list(weights):
            if default_gazetteer().vn_province_after_2025(name) == default_gazetteer().vn_province_after_2025(source_province):
                weights[name] += 1.5
    if not weights:
        for s in doc.sentences:
            for m in s.of("vn_body"):
                weights[m.name] += 1
        if not weights and source_province:
            return [source_province]  # no Vietnamese side named: the provincial paper reports its own province's
        return [weights.most_common(1)[0][0]] if weights else []
    top, top_w = weights.most_common(1)[0]
    out = [top]
    if key is not None:
        for m in key.of("vn_province"):
            if m.name not in out and weights[m.name] >= 0.6 * top_w:
                out.append(m.name)
    # A delegation of several provinces ("Đoàn đại biểu … hai tỉnh Sơn La và Điện Biên") brings them all.
    for s in doc.sentences[:4] + ([key] if key is not None else []):
        provs = s.of("vn_province")
        for a, b in zip(provs, provs[1:], strict=False):
            before, gap = _before(doc, s, a, 80), doc.folded[a.end : b.start]
            listed = DELEGATION_OF_RE.search(before) and LIST_GAP_RE.match(gap)
            # "Đoàn đại biểu BĐBP thành phố Đà Nẵng và BĐBP tỉnh Quảng Ngãi": two units, one delegation
            joint = JOINT_DELEGATION_RE.search(before) and JOINT_GAP_RE.match(gap)
            if (listed or joint) and (a.name in out or b.name in out):
                out += [n for n in (a.name, b.name) if n not in out]
    return out


# A Lao national body met by a province brings its Vietnamese counterpart when the article names it
# (a committee of the Lao National Assembly in Hà Tĩnh, with the Vietnamese Assembly's committee).
COUNTERPARTS = {"Quốc hội Lào": "Quốc hội", "Bộ Quốc phòng Lào": "Bộ Quốc phòng"}


def _with_counterparts(vn: list[str], doc: Document, key: Sentence | None) -> list[str]:
    opening = doc.sentences[:2] + ([key] if key is not None else [])
    bodies = dict.fromkeys(m.name for s in opening for m in s.of("lao_body"))
    named = {m.name for m in doc.mentions("vn_body")}
    return vn + [COUNTERPARTS[b] for b in bodies if COUNTERPARTS.get(b) in named and COUNTERPARTS[b] not in vn]


# "đoàn (đại biểu Bộ Chỉ huy BĐBP) hai tỉnh …", "đoàn công tác các tỉnh …"
DELEGATION_OF_RE = re.compile(r"đoàn[^.,;:]{0,60}(?:hai|ba|các)\s+tỉnh\s*$")
JOINT_DELEGATION_RE = re.compile(r"(?<!\w)đoàn(?:\s+(?:đại biểu|công tác|cán bộ))?(?:\s+[^\s.,;:]+){0,10}?\s*$")
JOINT_GAP_RE = re.compile(
    r"^\s*(?:\(việt nam\)\s*)?và\s+(?!(?:đoàn|lãnh đạo)\b)(?:(?!(?:tiếp|thăm|đón|với|của|làm|đã|do|tại)\b)[^\s.,;:()]+\s+){0,5}?$"
)


# Provinces named as the others, apart from the one the article is about: "2 tỉnh khác là Xa La Văn, Át
# Tạp Pư", "các tỉnh khác của Lào như …".
OTHERS_RE = re.compile(r"(?<!\w)(?:các|\d+|hai|ba|bốn|năm)\s+tỉnh(?:\s+(?:nam|bắc|trung)\s+lào)?\s+khác\b")
LIST_GAP_RE = re.compile(r"^\s*(?:,|và|;|-)?\s*(?:và\s+)?(?:tỉnh\s+|thủ đô\s+)?$")


YEAR_RE = re.compile(r"(?<![\w/.\-])((?:19|20)\d\d)(?![\w/])")


def _of_past_years(s: Sentence, year: int) -> bool:
    years = [int(y) for y in YEAR_RE.findall(s.folded)]
    return bool(years) and max(years) < year


# "tại Hiệp hội Cựu chiến binh tỉnh X", "tại Công an tỉnh X": the province's own body was visited, so X is
# a side even where a national body is met too, not only the place.
HOST_BODY_BEFORE_RE = re.compile(r"(?<!\w)(?:hội|hiệp hội|công an|ban chỉ huy|bộ chỉ huy|sở|liên hiệp|đoàn thanh niên|ủy ban mặt trận)(?:\s+[^\s,.;:]+){0,4}?\s+tỉnh\s*$")


def _lao_parties(doc: Document, key: Sentence | None, event: str, exchange: frozenset[int] = frozenset(),
                 year: int | None = None) -> list[str]:
    weights: Counter[str] = Counter()
    first_seen: dict[str, int] = {}
    located: Counter[str] = Counter()  # mentions that only say where something happened
    for s in doc.sentences:
        w = _weight(s, key)
        if s.index != 0 and (key is None or s.index != key.index) and (
            exchange and s.index not in exchange or year and _of_past_years(s, year)
        ):
            # a province named beside no exchange, or in an earlier year's, is background ("tỉnh cũng có
            # quan hệ hữu nghị với tỉnh Z", "năm 2015, tỉnh đã ký kết hợp tác với tỉnh Z")
            w *= 0.5
        other = OTHERS_RE.search(s.folded) if "khác" in s.folded else None
        for m in s.of("lao_province"):
            if other is not None and 0 <= m.start - (s.start + other.end()) <= 80 and (key is None or s.index != key.index):
                continue  # named as one of the other provinces
            weights[m.name] += w
            first_seen.setdefault(m.name, m.start)
            before = _before(doc, s, m, 40)
            if AT_RE.search(before) and not HOST_BODY_BEFORE_RE.search(before):
                located[m.name] += 1
    if not weights:
        bodies = [m.name for m in doc.mentions("lao_body", "laos")]
        return [Counter(bodies).most_common(1)[0][0]] if bodies else []
    national = key is not None and (
        any(m.name not in RESIDENT_MISSIONS for m in key.of("lao_body"))
        or any(LAO_LEADER_RE.search(_before(doc, key, m, 90)) or LAO_BODY_BEFORE_RE.search(_before(doc, key, m, 90))
               for m in key.of("laos"))
    )
    if key is not None and (national or event == "other" and key.of("laos") and not key.of("vn_province")):
        # Aid to Laos for a disaster "tại tỉnh X", ministries meeting "tại Thủ đô Viêng Chăn": X is
        # the place, the country or its body is the party.
        counts = Counter(m.name for m in doc.mentions("lao_province"))
        for name in list(weights):
            if located[name] and 2 * located[name] >= counts[name]:
                weights.pop(name)
        if not weights:
            bodies = Counter(m.name for m in doc.mentions("lao_body")) or Counter(m.name for m in doc.mentions("laos"))
            return [bodies.most_common(1)[0][0]]
    top, top_w = weights.most_common(1)[0]
    key_names = set(_lao_of(key.mentions)) if key is not None else set()
    out = {n for n, w in weights.items() if w >= 0.5 * top_w or (n in key_names and w >= 0.3 * top_w)}
    # Provinces listed together with a chosen one ("các tỉnh Salavan, Sê Kông, Champasak") go too,
    # when the list is in the headline or the sentence that reports the exchange.
    for s in doc.sentences[:1] + ([key] if key is not None else []):
        provs = s.of("lao_province")
        for a, b in zip(provs, provs[1:], strict=False):
            listed = LIST_GAP_RE.match(doc.folded[a.end : b.start]) and (a.name in out or b.name in out)
            if listed and weights.get(a.name) and weights.get(b.name):
                out.update((a.name, b.name))
    # A headline that names Lao provinces says whom the article is about; a teaser or tag page may
    # carry other items below it ("Sơn La và Xay Sổm Bun …" above an item on Xiêng Khoảng).
    head = doc.sentences[0] if doc.sentences else None
    if head is not None and len(head.text) < 200:
        named = {m.name for m in head.of("lao_province")}
        if named and out - named and out & named:
            out &= named
    # A province the delegation hands aid to on its trip ("trao số tiền hỗ trợ … cho tỉnh Attapeu")
    # is a party too.
    if event == "visit":
        for s in doc.sentences[:10]:
            for m in s.of("lao_province"):
                if RECIPIENT_RE.search(_before(doc, s, m, 100)):
                    out.add(m.name)
    return sorted(out, key=lambda n: first_seen[n])


# The country's own leaders: "Tổng Bí thư, Chủ tịch nước Lào", "Phó Thủ tướng, Bộ trưởng Bộ Ngoại giao
# nước CHDCND Lào" — a national exchange, whichever city it is held in.
LAO_LEADER_RE = re.compile(
    r"(?:thủ tướng|chủ tịch nước|tổng bí thư|chủ tịch quốc hội|bộ trưởng|thứ trưởng|thường trực ban bí thư)"
    r"(?:[^.;:()]{0,60}?)\s+(?:nước\s+)?(?:chdcnd\s+|cộng hòa dân chủ nhân dân\s+)?$"
)
# A body of Laos's own written out before the country, its name however long ("Bộ Tài nguyên Thiên nhiên
# và Môi trường Lào", "Học viện Chính trị và Hành chính Quốc gia Lào", "Trung ương Đoàn Thanh niên Nhân dân
# Cách mạng Lào"): a national party, so a province named as the venue is no side.
LAO_BODY_BEFORE_RE = re.compile(
    r"(?<!\w)(?:bộ|ủy ban|ban|tổng cục|cục|viện|học viện|đại học|liên hiệp|hội|hiệp hội|trung ương|văn phòng|ngân hàng|đài|thông tấn xã|tòa án)"
    r"(?:\s+(?!(?:với|tại|ở|sang|của|cho|từ|đến|giữa|về|cùng|thăm|giúp|trên|bên|hai|tỉnh|thủ đô|nước bạn)\b)\w[^\s,.;:!?()]*){1,9}"
    r"\s+(?:nước\s+)?(?:chdcnd\s+)?$"
)
RECIPIENT_RE = re.compile(
    r"(?<!\w)(?:trao|tặng|bàn giao)(?!\s+đổi)(?:[^.;:]|(?<=\d)\.(?=\d)){0,80}\bcho\s+(?:nhân dân\s+)?(?:tỉnh\s+)?$"
)


def _first_date_in(dates, sentences: list[Sentence], folded: str):
    """The first date inside one of ``sentences`` that is not a "since" (ranges always count)."""
    spans = [(s.start, s.end) for s in sentences]
    return next((d for d in dates if any(a <= d.offset < b for a, b in spans) and not _a_reference_day(d, folded)), None)


def _a_reference_day(d, folded: str) -> bool:
    return d.end is None and SINCE_RE.search(folded[max(0, d.offset - 10) : d.offset]) is not None


# A leap year stands in for the unknown one when only the day and month are wanted.
YEARLESS_REFERENCE = Reference(date(2000, 12, 31), False)


def _event_date(doc: Document, c: Classification, key: Sentence | None, ref: Reference | None):
    """The date expression that gives the event's day, resolved against ``ref``."""
    dates = find_dates(doc.folded[: min(len(doc.folded), 2500)], ref)
    chosen = None
    if key is not None:
        # the date in (or just before) the key sentence is the event's
        chosen = next((d for d in dates if key.start - 5 <= d.offset < key.end and not _a_reference_day(d, doc.folded)), None)
    if chosen is None:
        # else the first date of the opening sentences that speak of a party — not a page's
        # own date line ("Thứ Sáu, ngày 23 tháng 08 năm 2019") nor a "since" ("Từ ngày 1/7/2025")
        chosen = _first_date_in(dates, [s for s in doc.sentences[:6] if s.mentions], doc.folded)
    if chosen is None:
        # else the date of a later sentence that reports the exchange ("Ngay trong chiều ngày 26/7,
        # tại Trụ sở Bộ Ngoại giao, … trao … cho Đại sứ Lào")
        chosen = _first_date_in(dates, [doc.sentences[i] for i in c.exchange_sentences], doc.folded)
    return chosen


def extract_visit(
    title: str,
    body: str,
    url: str | None = None,
    published: datetime | None = None,
    *,
    gazetteer: Gazetteer | None = None,
    classification: Classification | None = None,
    source_province: str | None = None,
) -> VisitInfo:
    gaz = gazetteer or default_gazetteer()
    c = classification or classify(title, body, url, published, gazetteer=gaz)
    doc = c.document
    assert doc is not None
    key_index = c.key_sentences[0] if c.key_sentences else None
    key = doc.sentences[key_index] if key_index is not None else None
    ref: Reference | None = reference_from(published, doc.folded, url)
    start = end = None
    yearless = None
    if ref is not None:
        chosen = _event_date(doc, c, key, ref)
        if chosen is not None:
            start, end = chosen.start, chosen.end
    approximate = False
    if start is None and ref is not None and ref.exact and ref.precision == "day":
        # The text gives no day: the day it was published stands in, marked approximate, so that
        # the visit still has a date and groups with the other reports of the same trip.
        start, approximate = ref.day, True
    if ref is None:
        # No year anywhere (a year, even in a full date, would have given a reference): keep the day
        # and month, which still tell two trips apart when merging.
        chosen = _event_date(doc, c, key, YEARLESS_REFERENCE)
        if chosen is not None and chosen.year_given:  # ("18/7/1977": a year no reference is made from)
            start, end = chosen.start, chosen.end
        elif chosen is not None:
            last = chosen.end or chosen.start
            yearless = ((chosen.start.month, chosen.start.day), (last.month, last.day))
    way, why = direction(doc, key_index, c.meeting)
    head = doc.folded[:1200]
    vn = _with_counterparts(_vn_parties(doc, key, source_province), doc, key)
    return VisitInfo(
        vn_parties=vn,
        vn_from_outlet=bool(vn) and vn == [source_province] and not doc.mentions("vn_province", "vn_body"),
        lao_parties=_lao_parties(doc, key, "visit" if c.meeting else c.event, frozenset(c.exchange_sentences),
                                 (start or ref.day).year if (start or ref) else None),
        direction=way,
        kind=_kind(doc.folded[: doc.title_end] + " " + (key.folded if key is not None else ""), head, c.event),
        event_date=start,
        end_date=end,
        date_approximate=approximate,
        leader=delegation_leader(doc, gaz),
        host_leader=host_leader(doc, gaz),
        summary=_summary(doc, key_index),
        amounts=list(dict.fromkeys(m.group(0).strip() for m in AMOUNT_RE.finditer(doc.text[:4000])))[:5],
        reference=ref.day if ref else None,
        reference_exact=ref.exact if ref else False,
        reference_precision=ref.precision if ref else None,
        yearless=yearless,
        direction_reasons=why,
    )
