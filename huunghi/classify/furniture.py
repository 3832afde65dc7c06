"""What a page carries besides its article: menu lines and boxes of related headlines.

An archived or extracted page may keep a menu line ("Trang chủ | Thời sự | Quốc tế | Lào Cai 24h")
above the article and a "Tin liên quan" box inside or below it. Neither is the article: a province
in a menu is no party, another country in a related headline is no counterpart, and a dozen menu
items must not push the article's opening sentences down the page (the rules weigh the opening
most). These lines are dropped before the text is read.
"""

from __future__ import annotations

import re

from huunghi.classify.text import WORD_RE

# A box of other headlines: the marker alone on its line, or followed by one item ("Xem thêm: …").
RELATED_NAMES = (
    r"(?:(?:các|những)\s+)?(?:tin liên quan|bài liên quan|bài viết liên quan|tin cùng chuyên mục|cùng chuyên mục|tin khác"
    r"|các tin khác|các tin/bài khác|tin mới hơn|tin cũ hơn|tin mới nhất|tin nổi bật|tin đọc nhiều"
    r"|đọc nhiều nhất|xem thêm|đọc thêm|có thể bạn quan tâm|bạn có thể quan tâm"
    # (and the other names sites give such a box: "Tiêu điểm", "Các tin đã đưa", "Tin mới", "Dòng sự kiện: …")
    r"|tiêu điểm|tin tiêu điểm|dòng sự kiện|tin mới|tin mới cập nhật|tin nóng|tin đã đưa|các tin đã đưa|các bài đã đăng"
    r"|tin bài liên quan|tin bài khác|bài khác|các bài khác|bài viết khác|tin cùng loại|cùng chủ đề|tin tức liên quan"
    r"|tin tức khác|tin xem nhiều|xem nhiều nhất|đọc nhiều|tin vắn|bài mới|các tin mới|tin tức cùng chuyên mục|bài cùng chuyên mục"
    r"|tin bài cùng chuyên mục|bài đã đăng|tin đã đăng|bài viết cùng chuyên mục)"
)
# (on a line of its own, a video or photo page's box too — "Video khác", "Các video liên quan", "Bản tin khác" —, and the
# links to the outlet's previous and next stories; not searched for inside paragraphs, where every page's full stops are)
LINE_RELATED_NAMES = (
    r"(?:" + RELATED_NAMES
    + r"|(?:(?:các|những)\s+)?(?:video|clip|phóng sự|bản tin|chương trình|ảnh|album|infographic|emagazine|podcast)\s+"
      r"(?:khác|liên quan|cùng chuyên mục|mới|mới nhất|nổi bật|xem nhiều)"
    r"|bài trước|bài sau|bài tiếp theo|tin trước|tin sau|tin tiếp theo)"
)
RELATED_RE = re.compile(r"^\s*" + LINE_RELATED_NAMES + r"\s*(?:(?P<colon>:)|$)", re.IGNORECASE)
# The share buttons' label: under the headline only a line to drop; far down the page, what follows is other stories
SHARE_RE = re.compile(r"^\s*(?:chia sẻ(?:\s+bài viết)?|share)\s*:?\s*$", re.IGNORECASE)
# … or, on a page flattened into one paragraph, the marker as a sentence of its own with the items run on after it ("… kênh
# mương. Tin mới nhất. Lãnh đạo tỉnh tiếp đoàn …. Giá lúa tăng cao.")
# (its sentence's full stop found first: a search that tries the names at every position costs twice as much, on every page)
INLINE_RELATED_RE = re.compile(r"(?P<stop>[.!?])\s+" + RELATED_NAMES + r"\s*(?:\.|(?P<colon>:))\s+(?=\S)", re.IGNORECASE)
OPENING_RELATED_RE = re.compile(r"\s*" + RELATED_NAMES + r"\s*\.\s+(?=\S)", re.IGNORECASE)


# … or one headline linked in brackets, inside a paragraph or on a line of its own ("… năm 2024 (Xem thêm: Lãnh đạo tỉnh tiếp
# đoàn …)"): the brackets and what they hold go (searched from the bracket: a pattern that opens with optional spaces is
# tried at every position)
BRACKETED_LINK_RE = re.compile(r"[(\[][ \t]*(?:xem thêm|đọc thêm|xem tiếp|mời xem|tin liên quan|bài liên quan)[ \t]*:"
                               r"[^()\[\]\n]{5,240}(?:\([^()\n]{1,40}\)[^()\[\]\n]{0,120})?[)\]]", re.IGNORECASE)


def _without_bracketed_links(body: str) -> str:
    """``body`` without the headlines it links in brackets (tried at each bracket: a page holds few)."""
    cuts = []
    for bracket in "([":
        at = body.find(bracket)
        while at != -1:
            m = BRACKETED_LINK_RE.match(body, at)
            if m:
                cuts.append(m.span())
            at = body.find(bracket, at + 1)
    kept: list[tuple[int, int]] = []
    for a, b in sorted(cuts):
        if not kept or a >= kept[-1][1]:
            kept.append((a, b))
    for a, b in reversed(kept):
        body = body[:a].rstrip(" \t") + body[b:]
    return body


def _run_on_box(line: str) -> tuple[int, bool] | None:
    """Where a box's marker written as a sentence starts in ``line``, and whether a colon ends it (one item follows)."""
    m = INLINE_RELATED_RE.search(line)
    if m is not None:
        return m.end("stop"), m["colon"] is not None
    return (0, False) if OPENING_RELATED_RE.match(line) else None
# … or one other headline linked from inside the article, an arrow before it (">> Lãnh đạo tỉnh tiếp đoàn …", "» …")
ARROW_ITEM_RE = re.compile(r"^\s*(?:>{2,3}|»|›|►|▶|▸|→|⇒)\s*\S"
                           # (or the previous story's link, "« Headline", a space after the mark: a quotation opens with none)
                           r"|^\s*(?:«|‹|<<)\s+\S|\S\s+(?:»|›|>>)\s*$")
# … or a label line: the page's keywords, topic or event tag ("Từ khóa: Việt Nam - Lào, Xiêng Khoảng", "Tags: …", "Sự kiện: …"),
# or an embedded video's title ("VIDEO: Lãnh đạo tỉnh hội đàm …") — none of it a sentence of the report
# (a video's title on the page's first line is the page's own headline)
LABEL_LINE_RE = re.compile(r"^\s*(?:từ khóa|từ khoá|tags?|thẻ|keywords?|chủ đề|chuyên đề|chuyên mục|sự kiện|(?P<video>video|clip))\s*:",
                           re.IGNORECASE)
# A breadcrumb above the article: the sections it sits in, short names between arrows ("Thời sự » Hợp tác Việt Nam - Lào",
# "Trang chủ > Đối ngoại > Quan hệ Việt - Lào") — a section named for Laos is no party of the article
BREADCRUMB_RE = re.compile(r"^\s*[^.!?:>»›]{1,40}(?:\s(?:>|»|›|/)\s[^.!?:>»›]{1,40}){1,5}\s*$")
BREADCRUMB_LINES = 3  # (only among a page's first lines)
# The site's footer, which closes the page: its owner, licence, copyright, editor, address ("Báo Nghệ An điện tử - Cơ quan
# của Đảng bộ tỉnh Nghệ An …", "© Bản quyền thuộc Báo Quảng Trị", "Giấy phép số 123/GP-BTTTT", "Tổng Biên tập: …")
FOOTER_RE = re.compile(r"^\s*(?:©|\(c\)\s|copyright|bản quyền thuộc|giấy phép(?:\s+(?:xuất bản|hoạt động))?\s*(?:số|:)"
                       r"|tổng biên tập\s*:|địa chỉ\s*:|(?:[^.:!?]{0,60}?\s[\-–]\s*)?cơ quan (?:ngôn luận )?của (?:đảng bộ|tỉnh ủy|ủy ban))",
                       re.IGNORECASE)
FOOTER_MAX = 400
# A box far enough down the page closes the article: everything after it is other items.
CLOSING_SHARE = 0.5
TEASER_MAX = 200  # a related headline (with its one-line summary) is shorter than a paragraph
MENU_ITEM_MAX = 40
MENU_MIN_ITEMS = 4
DATED_RE = re.compile(r"\d{1,2}\s*[/.\-]\s*\d{1,2}|\d{1,2}:\d{2}")


def _menu(line: str) -> bool:
    """A line of short items between "|", none of which says anything dated."""
    items = [i.strip() for i in line.split("|") if i.strip()]
    return len(items) >= MENU_MIN_ITEMS and all(len(i) <= MENU_ITEM_MAX for i in items)


def _menu_without_items(line: str) -> str:
    """A menu line keeps only its items that carry a date (the page's own date line)."""
    return " | ".join(i.strip() for i in line.split("|") if DATED_RE.search(i))


# Items of a tag or listing page glued together by an archived copy: "… cửa khẩu Kim Thành.Sơn La tiếp
# đoàn …", "… các tỉnh miền TrungPhát huy vai trò …". A word never runs into a capitalised one in
# Vietnamese, but a Lao name may be written in one piece of short capitalised syllables ("SaLaVan",
# "BunPimay"): the piece before the join must be longer than such a syllable ("Lào" aside).
# (found with ASCII letters only, and full stops with str.find: a pattern of every Vietnamese letter
# costs several times as much, on every page, and the syllables glued at the end of an item mostly end
# in an ASCII letter)
CAMEL_RE = re.compile(r"[a-z][A-ZĐ]")
SEGMENT_RE = re.compile(r"[^\W\d_]+$")
NAME_SYLLABLE_MAX = 3
# an item's opening date, glued to a short last syllable ("… thăm Nghệ AnSáng 12/3, đoàn …"): no Lao name
DATELINE_START_RE = re.compile(r"(?:Sáng|Chiều|Tối|Trưa|Đêm|Ngày|Hôm)\s+(?:nay\s+|qua\s+|ngày\s+)?\(?\d")


def _glued_words(body: str) -> list[int]:
    """Where a word runs into a capitalised one: "miền TrungPhát huy" (not "SaLaVan", "BunPimay")."""
    cuts = []
    for m in CAMEL_RE.finditer(body):
        cap = m.start() + 1
        if cap + 1 >= len(body) or not body[cap + 1].islower():
            continue
        # the piece of the word before the join, from its last capital: "Quốc" of "QuốcThúc"
        word = SEGMENT_RE.search(body, max(0, cap - 20), cap)
        piece = word.group(0) if word else ""
        caps = [k for k, c in enumerate(piece) if c.isupper()]
        piece = piece[caps[-1] :] if caps else piece
        if len(piece) > NAME_SYLLABLE_MAX or piece.lower() == "lào" or DATELINE_START_RE.match(body, cap):
            cuts.append(cap)
    return cuts


# An item's headline run into its dated lead on one line, a space between ("Nghệ An tiếp đoàn tỉnh X Chiều 15/5, lãnh đạo
# tỉnh …"): the capitalised time of day, the day and a comma open the lead; the line before it holds no sentence's end.
# (searched from the time's word, the space and the letter before it tested apart: a pattern that opens with them runs at
# every space of every page)
SPACED_LEAD_RE = re.compile(r"(?:Sáng|Chiều|Tối|Trưa|Đêm|Ngày) \d{1,2}\s*[/\-.]\s*\d{1,2}(?:\s*[/\-.]\s*\d{2,4})?,")
MIDWAY_BEFORE_DAY = frozenset(("từ", "đến", "tới", "vào", "trong", "mừng", "niệm", "dịp", "nhân", "về", "là", "của", "và", "sau",
                               "trước", "hôm", "ngày", "đón", "kỷ"))


def _spaced_leads(body: str) -> list[int]:
    """Where a dated lead starts on the line of the headline it runs on from (see SPACED_LEAD_RE)."""
    cuts = []
    for m in SPACED_LEAD_RE.finditer(body):
        at = m.start()
        if at < 2 or body[at - 1] != " " or not body[at - 2].isalnum():
            continue
        headline = body[body.rfind("\n", 0, at - 1) + 1 : at - 1]
        last = headline.rsplit(None, 1)[-1].lower() if headline.strip() else ""
        # (not a day a sentence names mid-way, capitalised: "… các hoạt động chào mừng Ngày 30/4, …", "từ Sáng 15/5, …")
        if _headline_like(headline) and not any(c in headline for c in ".!?;:") and last not in MIDWAY_BEFORE_DAY:
            cuts.append(at)
    return cuts


def _glued_sentences(body: str) -> list[int]:
    """Where a sentence runs into the next without a space: "… Kim Thành.Sơn La tiếp đoàn …"."""
    cuts = []
    i = body.find(".")
    while i != -1:
        if 0 < i < len(body) - 2 and (body[i - 1].islower() or body[i - 1] == ")") and body[i + 1].isupper() and body[i + 2].islower():
            cuts.append(i + 1)
        i = body.find(".", i + 1)
    return cuts


# A listing's date stamp glued between an item's headline and its lead: "… tiếp đoàn tỉnh Phông Sa
# Lỳ07/05/2025Chiều 7/5, …" (the name must not run into the digits).
STAMP = r"\d{1,2}/\d{1,2}/(?:19|20)\d\d"
STAMP_RE = re.compile(r"(?<=[^\W\d_])" + STAMP + r"(?:\s*\d{1,2}:\d\d)?")


def _may_hold_stamps(body: str) -> bool:
    """A cheap test before the stamp patterns, run on every page."""
    return "/20" in body or "/19" in body


def _glued_stamps(body: str) -> list[int]:
    if not _may_hold_stamps(body):
        return []
    cuts = []
    for m in STAMP_RE.finditer(body):
        cuts.append(m.start())
        if m.end() < len(body) and body[m.end()].isupper():
            cuts.append(m.end())
    return cuts


# A line that is only an item's date stamp ("07/05/2025", "(07/05/2025 08:14)"): two or more make the page a
# listing of items, each a headline, its stamp and its lead.
STAMP_AT_LINE_START = r"^[ \t]*\(?" + STAMP + r"(?:\s*[-|,]?\s*\d{1,2}:\d\d)?\)?[ \t]*"
STAMP_LINE_RE = re.compile(STAMP_AT_LINE_START + r"$", re.M)
LEAD_MIN = 40  # characters of a lead item's own text: less, and the stamps are no listing's
# … or a line that starts with the stamp, the item's headline after it ("17/05/2024 Lãnh đạo tỉnh tiếp đoàn …").
STAMPED_HEADLINE_RE = re.compile(STAMP_AT_LINE_START + r"[-|–:]?[ \t]*(?P<head>\S[^\n]*)$", re.M)


# A listing with no stamps: each item its headline on a line of its own, then a lead that opens with the item's day
# ("Bí thư Tỉnh ủy kiểm tra …\nNgày 18/5, Bí thư …\nĐoàn công tác của Bộ Y tế làm việc với tỉnh\nChiều 16/5, …"), newest
# first. (One article's sections go on in the order of its days, or keep to one.)
DAY_LEAD_RE = re.compile(r"[ \t]*(?:\(?[\w.&]{2,24}\)?\s*[-–]\s*)?"  # (after the outlet's mark: "(BLC) - ", "VOV.VN - ")
                         r"(?:(?:sáng|chiều|tối|trưa|đêm|hôm)\s+(?:nay\s+|qua\s+)?(?:ngày\s+)?|ngày\s+"
                         # (or the days it spans, from the first: "Trong 2 ngày 14-15/5, …", "Từ ngày 13 đến 15/5, …")
                         r"|(?:trong\s+(?:\d|hai|ba|bốn|năm)\s+ngày|từ\s+ngày)\s+)"
                         r"\(?(\d{1,2})(?:\s*(?:[-–]|đến)\s*\d{1,2})?\s*[/\-.]\s*(\d{1,2})(?!\d)",
                         re.IGNORECASE)
# A line that only dates the item under it ("Thứ Tư, 15/05/2024 17:05", "17:05 15/05/2024", "15/05/2024 GMT+7"): no line of
# its own between an item's headline and its lead.
DATE_ONLY_LINE_RE = re.compile(r"[ \t]*(?:(?:thứ\s+\w+|chủ nhật)\s*,?\s*)?\(?(?:\d{1,2}:\d\d\s*[-|,]?\s*)?" + STAMP
                               + r"(?:\s*[-|,]?\s*\d{1,2}:\d\d)?\)?(?:\s*gmt\s*\+\s*7)?[ \t]*$", re.IGNORECASE)
DATED_ITEMS_MIN = 3
TEASED_ITEMS_MIN, TEASER_ENDS = 2, ("…", "...")


def _lines(body: str) -> tuple[list[str], list[int], list[int]]:
    """``body``'s lines, where each starts, and which of them hold text."""
    lines = body.split("\n")
    starts, at = [], 0
    for line in lines:
        starts.append(at)
        at += len(line) + 1
    return lines, starts, [i for i, line in enumerate(lines) if line.strip()]


def _dated_items_end(body: str, titled: bool = False) -> int | None:
    """Where the lead item of a listing with no stamps ends: the start of the second item's headline; None for one
    article. ``titled``: the page's headline stands above the body, so a body that opens with a dated lead opens with the
    first item's (and two items make a listing: "Headline\nSáng 16/5, … tổng kết …\nNghệ An tiếp đoàn tỉnh X\nChiều 15/5,
    …" — one article's sections would go on after the second)."""
    lines, starts, filled = _lines(body)
    if _may_hold_stamps(body):
        filled = [i for i in filled if not DATE_ONLY_LINE_RE.match(lines[i])]
    items, leads = [], []  # (headline's line, lead's line, (month, day)); every line that opens with a day
    first = DAY_LEAD_RE.match(lines[filled[0]]) if titled and filled else None
    if first and len(lines[filled[0]].strip()) >= LEAD_MIN:
        items.append((None, filled[0], (int(first.group(2)), int(first.group(1)))))
        leads.append(filled[0])
    for a, b in zip(filled, filled[1:], strict=False):
        day = DAY_LEAD_RE.match(lines[b])
        if day:
            leads.append(b)
            if _headline_like(lines[a]) and len(lines[b].strip()) >= LEAD_MIN:
                items.append((a, b, (int(day.group(2)), int(day.group(1)))))
    # (two do, when each lead is cut short as a teaser is: "… sang thăm và làm việc tại tỉnh…")
    teasers = all(lines[b].rstrip().endswith(TEASER_ENDS) for _, b, _ in items)
    # (the first item's headline is the page's: above the body, or the body's first line under its menu or breadcrumb)
    under_headline = bool(items) and (items[0][0] is None or items[0][0] == next(
        (i for i in filled if not (_menu(lines[i]) or BREADCRUMB_RE.match(lines[i]))), None))
    if len(items) < (TEASED_ITEMS_MIN if teasers or under_headline else DATED_ITEMS_MIN) \
            or any(later[2] >= earlier[2] for earlier, later in zip(items, items[1:], strict=False)):
        return None
    # (the page's first dated lead is the first item's, and no paragraph of an article goes on after the last: related
    # stories' teasers set into an article, after its own lead, are no listing)
    if leads[0] != items[0][1] or any(len(lines[i].strip()) > TEASER_MAX and i not in leads for i in filled if i > items[-1][1]):
        return None
    return starts[items[1][0]]


def _teased_items_end(body: str) -> int | None:
    """Where the lead item of a listing of teasers ends — items that are each a headline and a lead cut short ("Đoàn đại
    biểu tỉnh X thăm tỉnh Y\nBí thư Tỉnh ủy … đã tiếp đoàn …, hai bên đã trao đổi…"), or one line each ("Headline - Ngày
    10/5, …...") —, whatever their leads open with: the second item's start; None for one article. The page opens with
    its items (no paragraph of an article before them) and nothing but teasers follows them."""
    lines, starts, filled = _lines(body)
    teaser = [len(lines[i].strip()) >= LEAD_MIN and lines[i].rstrip().endswith(TEASER_ENDS) for i in filled]
    first = next((k for k, t in enumerate(teaser) if t), None)
    if first is None or any(len(lines[i].strip()) > HEADLINE_MAX for i in filled[: max(0, first - 1)]):
        return None
    if first + 1 < len(filled) and teaser[first + 1]:
        # one line each: the lead item is its line
        ones = [k for k in range(first, len(filled)) if teaser[k]]
        return starts[filled[first + 1]] if len(ones) >= TEASED_ITEMS_MIN and all(
            teaser[k] or len(lines[filled[k]].strip()) <= TEASER_MAX for k in range(first, len(filled))) else None
    # a headline above each lead
    pairs = [k for k in range(first, len(filled)) if teaser[k] and k > 0 and _headline_like(lines[filled[k - 1]])]
    if len(pairs) < TEASED_ITEMS_MIN or pairs[0] != first or any(
            not teaser[k] and k + 1 not in pairs and len(lines[filled[k]].strip()) > TEASER_MAX for k in range(first, len(filled))):
        return None
    return starts[filled[pairs[1] - 1]]


def lead_item(body: str, titled: bool = False) -> str:
    """A listing page cut to its lead item (its headline, stamp and lead): what the other items report
    is not this page's news. Any other page unchanged. ``titled``: a headline stands above ``body``."""
    if "\n" in body and ((end := _dated_items_end(body, titled)) is not None
                         or ("…" in body or "..." in body) and (end := _teased_items_end(body)) is not None):
        return body[:end]
    if not _may_hold_stamps(body):
        return body
    stamps = list(STAMP_LINE_RE.finditer(body))
    if len(stamps) < 2:
        headed = [m for m in STAMPED_HEADLINE_RE.finditer(body) if _headline_like(m["head"])]
        if len(headed) >= 2 and headed[1].start() - headed[0].end() >= LEAD_MIN:
            return body[: headed[1].start()]  # (the lead item: its stamped headline and its lead)
        return body
    first_line_after = body[stamps[0].end() :].lstrip("\n").split("\n", 1)[0]
    before = body[: stamps[0].start()].rstrip("\n").rsplit("\n", 1)[-1]
    if _headline_like(first_line_after) and not _headline_like(before):
        # each item is its headline, its lead, then its stamp: the lead item ends at its stamp
        return body[: stamps[0].end()] if stamps[0].start() >= LEAD_MIN else body
    # the second item starts with its headline, the line before its stamp
    headline = body.rfind("\n", 0, max(0, stamps[1].start() - 1))
    end = headline if headline > stamps[0].end() else stamps[1].start()
    return body[:end] if end - stamps[0].end() >= LEAD_MIN else body


def _first_word_of_line(body: str, cut: int) -> bool:
    start = body.rfind("\n", 0, cut) + 1
    return not any(c.isspace() for c in body[start:cut].strip())


GLUED_LEAD_MIN = 60  # characters before a glued join that can be a lead item's end (not a date line's "ClockThứ Ba")
GLUED_HEADLINE_MAX = 160  # an item's headline, from the sentence it follows to the lead it runs into


def _lead_item_end(words: list[int], sentences: list[int]) -> int | None:
    """Where a tag page's lead item ends, given its glued words and sentences; None for one article. Two or more items'
    headlines run into their leads past the first line — or the lead item's runs into its lead early, and a later sentence
    runs into the next item's headline, which runs into its own lead ("… bế mạcChiều 15/5, … làm việc.Tỉnh Sơn La tiếp
    đoàn …Hủa PhănNgày 10/5, …")."""
    late = [c for c in words if c >= GLUED_LEAD_MIN]
    if len(late) >= 2:
        return min(late + [c for c in sentences if c >= GLUED_LEAD_MIN])
    return next((c for c in sentences if c >= GLUED_LEAD_MIN and any(w < c for w in words)
                 and any(c < w <= c + GLUED_HEADLINE_MAX for w in words)), None)


def unglue(body: str, *, lead_only: bool = False) -> str:
    """``body`` with a line break where two items or sentences were glued together. ``lead_only``: a tag or
    teaser page — two or more items run into each other past its first line ("… tiến độ.Quảng Nam tiếp đoàn tỉnh
    Sê KôngChiều 10/11, …") — is cut to its lead item first. (The joins are found once: the scan for them is a
    tenth of the time a page that names no Lao party takes.)"""
    words, sentences = _glued_words(body), _glued_sentences(body)
    # (a line's first word glued to the next is an icon's label — "ClockThứ Ba, 27/12/2022" under a menu line —
    # never the end of an item, which ends a headline or a sentence)
    end = _lead_item_end([c for c in words if not _first_word_of_line(body, c)], sentences) if lead_only else None
    if end is not None:
        body, words, sentences = body[:end], [c for c in words if c < end], [c for c in sentences if c < end]
    cuts = sorted(words + sentences + _glued_stamps(body) + _spaced_leads(body))
    if not cuts:
        return body
    parts, last = [], 0
    for c in cuts:
        parts += (body[last:c], "\n")
        last = c
    parts.append(body[last:])
    return "".join(parts)


# Other stories' headlines listed after the article with no marker above them ("… chụp ảnh lưu niệm.\n
# Đổi mới tư duy tham mưu …\nHội nghị tiếp xúc cử tri …\nĐại hội Hiệp hội Doanh nghiệp tỉnh …"): three or
# more short lines in a row at the end of the page, one per line, none ended by a full stop, after an
# article of full sentences. Photo captions come one at a time (a copy of one, as an image's
# alt text, counts once).
HEADLINE_MIN, HEADLINE_MAX = 20, 160
TRAILING_HEADLINES_MIN = 3
MARKED_HEADLINES_MIN = 2  # (each marked as a list's item: a bullet, or a date stamp on its own line)
SENTENCE_END = (".", "!", "?", ":", ";", "…", ",")
CREDIT_RE = re.compile(r"(?:ảnh|nguồn|clip|video)\s*:", re.IGNORECASE)  # a caption's credit


BULLETS = "»•·›"  # (a linked headline's mark: "» Đoàn đại biểu …"; not a dash, which lists a body's own items too)


def _headline_like(line: str) -> bool:
    line = line.strip().lstrip(BULLETS).strip()
    return (HEADLINE_MIN <= len(line) <= HEADLINE_MAX and (line[0].isupper() or line[0].isdigit() or line[0] in "(\"“")
            and not line.endswith(SENTENCE_END) and not CREDIT_RE.search(line))


def drop_trailing_headlines(body: str) -> str:
    """``body`` without a run of other stories' headlines at its end (unchanged when it has none)."""
    lines = body.rstrip().split("\n")
    k, count, previous, marked = len(lines), 0, None, False
    while k > 0:
        # (a list is one line per item: a blank line ends it; an item's date stamp on its own line is part of it)
        line = lines[k - 1].strip()
        stamp = STAMP_LINE_RE.match(line) or ITEM_MARK_RE.fullmatch(line)
        if not (stamp or _headline_like(line)):
            break
        marked = marked or bool(stamp) or line[0] in BULLETS
        if not stamp and line != previous:
            count, previous = count + 1, line
        k -= 1
    if count < (MARKED_HEADLINES_MIN if marked else TRAILING_HEADLINES_MIN):
        return body
    article = "\n".join(lines[:k])
    # (the article: full sentences, or a lead item set apart from the list by a blank line)
    set_apart = k > 1 and not lines[k - 1].strip() and article.strip()
    if not (set_apart or any(ln.strip().endswith((".", "!", "?")) for ln in lines[:k])):
        return body
    return article


TRAILING_HEADLINES_MAX = 2  # (three or more are dropped from the text: drop_trailing_headlines)
# A list's own marks between its items: an item's number or a video's length ("1", "00:02:15"); and the credit closing an
# article before its list ("Nguồn: NTV")
ITEM_MARK_RE = re.compile(r"\d{1,2}|\d{1,2}:\d\d(?::\d\d)?")
CREDIT_LINE_MAX = 80
DASH_ITEM_RE = re.compile(r"^[-–+*]\s+")  # (a list's item marked by a dash: "- Nghệ An tiếp đoàn …")


def trailing_headlines_start(text: str) -> int:
    """Where one or two lines that read as other stories' headlines start, at the end of a page whose article ends with
    a full sentence before them ("… chụp ảnh lưu niệm.\nNghệ An tiếp đoàn tỉnh X"); ``len(text)`` when there are none.
    Too few to be dropped as a list, they may still be an article's last caption: they stay in the text, but what
    they say is no exchange of this page's own."""
    lines = text.rstrip().split("\n")
    k, count = len(lines), 0
    while k > 0 and count < TRAILING_HEADLINES_MAX:
        line = lines[k - 1].strip()
        # (a paragraph cut short by the archive is none: it dates what it tells, or runs on clause after clause)
        # (a dash may mark each of them: "- Nghệ An tiếp đoàn …")
        mark = ITEM_MARK_RE.fullmatch(line)
        if line and not mark and not (
                _headline_like(DASH_ITEM_RE.sub("", line)) and not DATED_RE.search(line) and line.count(",") <= 1):
            break
        count += bool(line) and not mark
        k -= 1
    while k > 0 and ITEM_MARK_RE.fullmatch(lines[k - 1].strip()):
        k -= 1
    before = next((ln.strip() for ln in reversed(lines[:k]) if ln.strip()
                   and not (len(ln.strip()) <= CREDIT_LINE_MAX and CREDIT_RE.match(ln.strip()))), "")
    if not count or not before.endswith((".", "!", "?")):
        return len(text)
    return sum(len(ln) + 1 for ln in lines[:k])


def _label_line(line: str, before: list[str]) -> bool:
    label = LABEL_LINE_RE.match(line)
    return label is not None and (label["video"] is None or any(ln.strip() for ln in before))


def _linked_headline(line: str) -> str | None:
    """The headline of a link to another story set into the article, written twice on its line (the picture's text, then
    the link's: "Đoàn tỉnh X thăm Nghệ An Đoàn tỉnh X thăm Nghệ An"); None for any other line."""
    line = line.strip()
    half = len(line) // 2
    twice = len(line) % 2 == 1 and line[half] == " " and line[:half] == line[half + 1 :] and _headline_like(line[:half])
    return line[:half] if twice else None


RESTATED_SHARE = 0.5


def _restates(headline: str, line: str) -> bool:
    """Whether ``line`` is the lead of the story ``headline`` links: it opens with that story's day and says again the
    better part of its headline's words (the article's own next paragraph, dated too, tells of something else)."""
    if not DAY_LEAD_RE.match(line):
        return False
    words = set(WORD_RE.findall(headline.lower()))
    return bool(words) and len(words & set(WORD_RE.findall(line[:400].lower()))) >= RESTATED_SHARE * len(words)


def strip_furniture(body: str) -> str:
    """``body`` without menu lines, related-headline boxes and other stories' links (unchanged when it has none)."""
    body = _without_bracketed_links(body)
    any_inline = _run_on_box(body) is not None
    if "\n" not in body and not any_inline:
        return body
    body = drop_trailing_headlines(body)
    lines = body.split("\n")
    total = max(len(body), 1)
    out: list[str] = []
    seen = 0
    skipping = gap = False
    linked = ""  # the headline of another story's link just passed
    for k, line in enumerate(lines):
        offset, seen = seen, seen + len(line) + 1
        inline = _run_on_box(line) if any_inline else None
        if inline is not None:
            cut, colon = inline
            if cut > 0:
                out.append(line[:cut])
            if (offset + cut) / total >= CLOSING_SHARE:
                break
            skipping = not colon  # (the rest of its line is the items; after "Xem thêm: …", one)
            continue
        if k < BREADCRUMB_LINES and not any(ln.strip() for ln in out) and BREADCRUMB_RE.match(line):
            continue
        if len(line) <= FOOTER_MAX and offset / total >= CLOSING_SHARE and FOOTER_RE.match(line):
            break  # the rest of the page is the site's footer
        if len(line) <= MENU_ITEM_MAX and SHARE_RE.match(line):
            if offset / total >= CLOSING_SHARE:
                break
            continue
        marker = RELATED_RE.match(line)
        if marker is not None:
            if offset / total >= CLOSING_SHARE:
                break  # the rest of the page is other items
            rest = line[marker.end() :].strip()
            skipping = not (marker["colon"] and rest)  # "Xem thêm: <one headline>" is one line
            continue
        if len(line) <= TEASER_MAX and (ARROW_ITEM_RE.match(line) or ":" in line and _label_line(line, out)):
            continue
        # (not the page's first line: the page's headline written twice above its article is still the page's)
        headline = _linked_headline(line) if HEADLINE_MIN * 2 < len(line) <= HEADLINE_MAX * 2 + 1 else None
        if headline and any(x.strip() for x in out):
            linked = headline  # (and its lead, when one follows: see _restates)
            continue
        if linked and line.strip():
            restated, linked = _restates(linked, line), ""
            if restated:
                continue
        if skipping:
            if not line.strip():
                gap = True  # (items may stand apart, a blank line between each)
                out.append(line)
                continue
            # (past a blank line, an item is a headline: a paragraph of the article's own ends its sentence)
            if len(line) <= TEASER_MAX and not (gap and line.rstrip().endswith((".", "!", "?"))):
                continue
            skipping = False
        gap = False
        if line.count("|") >= MENU_MIN_ITEMS - 1 and _menu(line):
            line = _menu_without_items(line)
        out.append(line)
    return "\n".join(out)
