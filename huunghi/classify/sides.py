"""Who the two sides are: the Vietnamese and the Lao parties of an exchange, read from the analysed text."""

from __future__ import annotations

import re
from collections import Counter

from huunghi.classify.direction import (
    AT_RE,
    ATTENDANCE_OPENING_RE,
    MISSION_SEAT_RE,
    OPENING_VENUE_RE,
    RESIDENT_MISSIONS,
    VN_MISSION_RE,
)
from huunghi.classify.gazetteer import Gazetteer, default_gazetteer
from huunghi.classify.mentions import VN_PERSON, Document, Mention, Sentence
from huunghi.classify.relevance import (
    ANY_YEAR_RE,
    ATTENDED_RE,
    VN_GENERAL_RE,
    calls_off,
    linked_to,
    spoken_of,
)


def _lao_of(mentions: list[Mention]) -> list[str]:
    return [m.name for m in mentions if m.kind == "lao_province"]


def _weight(s: Sentence, key: Sentence | None) -> float:
    """How much a sentence says about the exchange: the key sentence most, then the opening."""
    return 3.0 if key is not None and s.index == key.index else 2.0 if s.index < 3 else 1.0


def _before(doc: Document, s: Sentence, m: Mention, chars: int) -> str:
    """Up to ``chars`` folded characters before ``m`` inside its sentence."""
    return doc.folded[max(s.start, m.start - chars) : m.start]


# A national body of Viet Nam's the gazetteer does not list: a ministry ("Bộ Thông tin và Truyền thông"), or
# a body named for the country, the Assembly or the Government ("Hội Nông dân Việt Nam", "Văn phòng Quốc
# hội", "Ban Cơ yếu Chính phủ"). Its name runs to the first punctuation or verb; a name that reaches a
# province or Laos ("Bộ Chỉ huy Quân sự tỉnh", "Bộ Y tế Lào") is none.
BODY_HEAD_RE = re.compile(
    # ("Hội chợ", "Hội nghị", "Hội thảo" … are events, not associations)
    r"(?<!\w)(?:bộ|tổng cục|cục|hội(?!\s+(?:chợ|nghị|thảo|đàm|thi|diễn|trại|báo|họp|ngộ|tụ|xuân|chẩn|nhập|khỏe|làng)(?!\w))|ủy ban|văn phòng|ban|đài|viện|học viện|liên đoàn|liên hiệp|ngân hàng|tập đoàn"
    r"|thông tấn xã|hội đồng|tòa án|trung ương)(?=\s)(?!\s+trưởng(?!\w))"  # ("Bộ trưởng", "Cục trưởng": a title, no body)
)
BODY_NAME_END_RE = re.compile(
    r"\s+(?:đã|do|đến|sang|tiếp|cùng|có|với|tại|ở|làm|là|về|cho|trong|khi|sẽ|đang|vừa|được|trao|bàn giao|ký|hội đàm|tổ chức|dẫn đầu"
    r"|phối hợp|chủ trì|đón|gặp|thăm|nhằm|để|theo|từ|giữa|hai|các|những)(?!\w)|\s*[,.;:()\-–]|\s*$"
    # ("Hội Chữ thập đỏ Việt Nam và Hội Chữ thập đỏ Lào": "và" before another body, or the other country, ends the name;
    # "Bộ Giáo dục và Đào tạo" keeps it)
    r"|\s+và(?=\s+(?:bộ|tổng cục|cục|hội|ủy ban|ban|đài|viện|học viện|liên đoàn|liên hiệp|ngân hàng|tập đoàn|thông tấn xã"
    r"|hội đồng|tòa án|trung ương|đoàn|lào|nước bạn)(?!\w))"
)
# A Vietnamese person's name closing it ("Đào Ngọc Dung"; not "Đào tạo")
PERSON_AT_END_RE = re.compile(r"\s+" + VN_PERSON + r"\s*$")
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
        person = PERSON_AT_END_RE.search(doc.text, head.end(), b)
        b = person.start() if person else b  # ("Bộ trưởng Bộ Lao động Đào Ngọc Dung hội đàm …": the minister's name is no part of it)
        country = folded.find(" việt nam", a, b)
        if country >= 0:
            # a name written for the country ends with it ("Hội Nông dân Việt Nam"); a ministry's is its own without it
            b = country if head.group(0) in MINISTRY_HEADS else country + len(" việt nam")
        name = folded[a:b]
        if b - a > 90 or " " not in name or NOT_NATIONAL_RE.search(name) or any(a <= f.start < b for f in s.of("foreign")):
            continue  # ("Bộ Nội vụ Campuchia": another country's)
        if head.group(0) in MINISTRY_HEADS or name.endswith(NATIONAL_ENDS):
            return doc.text[a:b]
    return None


VENUE_SHARE = 0.3


# The country written after a province of it ("tại tỉnh Gia Lai, nước CHXHCN Việt Nam", "tỉnh Kon Tum (Việt Nam)"): the
# province's address, no body of its own.
COUNTRY_AFTER_RE = re.compile(r"\s*[,(\-–]\s*")


def _bodies(doc: Document, s: Sentence) -> list[Mention]:
    """The Vietnamese bodies ``s`` names, the country written as a province's address left out."""
    provinces = s.of("vn_province")
    return [m for m in s.of("vn_body") if not (m.name == "Việt Nam" and any(
        p.end <= m.start and COUNTRY_AFTER_RE.fullmatch(doc.folded, p.end, m.start) for p in provinces))]


# The country a visit is paid to ("bắt đầu chuyến thăm chính thức Việt Nam", "thăm cấp Nhà nước tới Lào"): a national visit,
# whose city of arrival or departure is only where it was.
COUNTRY_VISITED_RE = re.compile(r"(?<!\w)thăm(?:\s+(?:chính thức|cấp nhà nước|hữu nghị|làm việc|song phương|cấp cao))*"
                                r"\s+(?:tới\s+|đến\s+)?(?:nước\s+)?(?:cộng hòa dân chủ nhân dân\s+|chdcnd\s+|chxhcn\s+)?"
                                r"(?P<country>lào|việt nam)(?!\w)")
# The city a delegation leaves ("Thủ tướng Lào … đã rời Hà Nội, kết thúc chuyến thăm"): where it was, no side.
LEFT_RE = re.compile(r"(?<!\w)rời(?:\s+khỏi)?\s+(?:thủ đô\s+|thành phố\s+|tp\.?\s+)?$")


def vn_parties(doc: Document, key: Sentence | None, source_province: str | None = None,
               gaz: Gazetteer | None = None) -> list[str]:
    venue_only = key is not None and all(AT_RE.search(_before(doc, key, m, 40)) or LEFT_RE.search(_before(doc, key, m, 30))
                                         for m in key.of("vn_province"))
    bodies = _bodies(doc, key) if venue_only else []
    if venue_only and not bodies:
        # ("tại Hà Nội, lãnh đạo Bộ Thông tin và Truyền thông tiếp …": the ministry, not the city, is the side)
        body = _national_body(doc, key)
        if body is not None:
            return [body]
        if key.of("vn_province") and VN_GENERAL_RE.search(key.text):
            return ["Việt Nam"]  # ("tại Hà Nội, Đại tướng Phan Văn Giang hội đàm với …": a general of ours, the city only hosts)
        visited = COUNTRY_VISITED_RE.search(key.folded)
        if visited is not None and visited["country"] == "việt nam" and all(m.name == "Hà Nội" for m in key.of("vn_province")):
            # ("… đã đến Hà Nội, bắt đầu chuyến thăm chính thức Việt Nam": the country is visited, the capital only receives
            # it — not a province the trip goes on to: "Tiếp tục chuyến thăm Việt Nam, … đã đến thăm … tại tỉnh Hòa Bình")
            return ["Việt Nam"]
        after = doc.sentences[key.index + 1] if key.index + 1 < len(doc.sentences) else None
        if after is not None and ATTENDED_RE.search(after.folded) and (came := _bodies(doc, after)):
            # ("tại Hà Nội, Tùy viên Quốc phòng Lào tổ chức lễ kỷ niệm … Thứ trưởng Bộ Quốc phòng … đã tới dự": who came)
            return [came[0].name]
    if bodies:
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
        provinces = s.of("vn_province")
        venues = [m for m in provinces if OPENING_VENUE_RE.search(doc.folded, s.start, m.start)]
        spoken = spoken_of(doc, provinces)
        for k, m in enumerate(provinces):
            if linked_to(doc, m) or spoken[k] or LEFT_RE.search(_before(doc, s, m, 30)):
                # ("sân bay có chuyến bay kết nối Hà Nội, Băng Cốc": where a route goes; "sẽ học tại các trường ở Hà Nội":
                # where students will study — no side)
                continue
            if m in venues and len(venues) == len(provinces) and s.of("vn_body"):
                continue  # ("Sáng 18/12, tại Hà Nội, Bộ Văn hóa, Thể thao và Du lịch khai mạc …": the body acts, the city hosts)
            seat = MISSION_SEAT_RE.search(_before(doc, s, m, 60))
            # ("Ngày 12/6, tại Hà Nội, lãnh đạo tỉnh Thanh Hóa tiếp …": the opening's venue, beside a province
            # that acts, is where it happened)
            share = VENUE_SHARE if m in venues and len(venues) < len(provinces) else 1.0
            (seats if seat else weights)[m.name] += w * share
    if not weights and seats and source_province and _own_province_unnamed(doc):
        # "Chủ tịch UBND tỉnh tiếp Tổng Lãnh sự Lào tại Đà Nẵng" in a provincial paper: the host is the
        # paper's own province, unnamed; the city is only where the consulate sits
        return [source_province]
    weights = weights or seats  # the seat is the side only when no other province is named
    # The outlet's own province, when the article names it, is the likelier Vietnamese side
    # (a provincial paper reports its province's exchanges).
    gaz = gaz or default_gazetteer()
    if source_province:
        own = gaz.vn_province_after_2025(source_province)
        for name in list(weights):
            if gaz.vn_province_after_2025(name) == own:
                weights[name] += 1.5
    if not weights:
        for s in doc.sentences:
            for m in s.of("vn_body"):
                weights[m.name] += 1
        if not weights:
            # "huyện A Lưới", "thành phố Đông Hà", "Đồn Biên phòng Cầu Treo" with no province named: its province
            district = gaz.district_province(doc.folded) or gaz.gate_province(doc.folded)
            if district is not None:
                return [district]
        if not weights and (VN_MISSION_RE.search(doc.folded, 0, 1500) or VN_DELEGATION_RE.search(doc.folded, 0, 1500)):
            # only Viet Nam's ambassador or embassy acts, or a delegation named for the country ("đoàn đại biểu cấp cao Việt
            # Nam do Chủ tịch nước dẫn đầu"): the country is the side
            return ["Việt Nam"]
        if not weights and source_province:
            return [source_province]  # no Vietnamese side named: the provincial paper reports its own province's
        return [weights.most_common(1)[0][0]] if weights else []
    top, top_w = weights.most_common(1)[0]
    out = [top]
    if key is not None:
        for m in key.of("vn_province"):
            if m.name not in out and weights[m.name] >= 0.6 * top_w:
                out.append(m.name)
    # A delegation of several provinces ("Đoàn đại biểu … hai tỉnh Sơn La và Điện Biên", "giữa các tỉnh
    # Quảng Ngãi, Quảng Nam, Kon Tum với …") brings them all.
    for s in doc.sentences[:4] + ([key] if key is not None else []):
        provs = s.of("vn_province")
        listing = False
        for a, b in zip(provs, provs[1:], strict=False):
            before, gap = _before(doc, s, a, 80), doc.folded[a.end : b.start]
            listing = bool((listing or DELEGATION_OF_RE.search(before)) and LIST_GAP_RE.match(gap))
            # "Đoàn đại biểu BĐBP thành phố Đà Nẵng và BĐBP tỉnh Quảng Ngãi": two units, one delegation
            joint = JOINT_DELEGATION_RE.search(before) and JOINT_GAP_RE.match(gap)
            if (listing or joint) and (a.name in out or b.name in out):
                out += [n for n in (a.name, b.name) if n not in out]
    return out


# A delegation named for the country, not for a body of it ("đoàn đại biểu cấp cao Việt Nam", "Đoàn đại biểu Đảng, Nhà nước
# Việt Nam").
VN_DELEGATION_RE = re.compile(r"(?<!\w)đoàn(?:\s+(?:đại biểu|công tác))?(?:\s+cấp cao)?(?:\s+(?:của\s+)?(?:đảng|nhà nước|chính phủ)"
                              r"(?:\s*,|\s+và)?)*\s+(?:nước\s+)?việt nam(?!\w)")


# The paper's own province, named by its bodies alone: "UBND tỉnh", "lãnh đạo tỉnh" with no name after.
OWN_PROVINCE_RE = re.compile(r"(?<!\w)(?:ubnd|ủy ban nhân dân|hđnd|hội đồng nhân dân|lãnh đạo|thường trực)\s+tỉnh(?!\w)")


def _own_province_unnamed(doc: Document) -> bool:
    """A body of "the province" with no name after it (the next word is not capitalised)."""
    for m in OWN_PROVINCE_RE.finditer(doc.folded):
        rest = doc.text[m.end() : m.end() + 3].lstrip()
        if not rest or not rest[0].isupper():
            return True
    return False


# A Lao national body met by a province brings its Vietnamese counterpart when the article names it
# (a committee of the Lao National Assembly in Hà Tĩnh, with the Vietnamese Assembly's committee).
COUNTERPARTS = {"Quốc hội Lào": "Quốc hội", "Bộ Quốc phòng Lào": "Bộ Quốc phòng"}


def with_counterparts(vn: list[str], doc: Document, key: Sentence | None) -> list[str]:
    opening = doc.sentences[:2] + ([key] if key is not None else [])
    bodies = dict.fromkeys(m.name for s in opening for m in s.of("lao_body"))
    named = {m.name for m in doc.mentions("vn_body")}
    return vn + [COUNTERPARTS[b] for b in bodies if COUNTERPARTS.get(b) in named and COUNTERPARTS[b] not in vn]


# "đoàn (đại biểu Bộ Chỉ huy BĐBP) hai tỉnh …", "đoàn công tác các tỉnh …"
DELEGATION_OF_RE = re.compile(r"(?:đoàn[^.,;:]{0,60}|(?<!\w)giữa\s+)(?:hai|ba|bốn|các)\s+tỉnh\s*$")
JOINT_DELEGATION_RE = re.compile(r"(?<!\w)đoàn(?:\s+(?:đại biểu|công tác|cán bộ))?(?:\s+[^\s.,;:]+){0,10}?\s*$")
JOINT_GAP_RE = re.compile(
    r"^\s*(?:\(việt nam\)\s*)?và\s+(?!(?:đoàn|lãnh đạo)\b)(?:(?!(?:tiếp|thăm|đón|với|của|làm|đã|do|tại)\b)[^\s.,;:()]+\s+){0,5}?$"
)


# Provinces named as the others, apart from the one the article is about: "2 tỉnh khác là Xa La Văn, Át
# Tạp Pư", "các tỉnh khác của Lào như …".
OTHERS_RE = re.compile(r"(?<!\w)(?:các|\d+|hai|ba|bốn|năm)\s+tỉnh(?:\s+(?:nam|bắc|trung)\s+lào)?\s+khác\b")
LIST_GAP_RE = re.compile(r"^\s*(?:,|và|;|-)?\s*(?:và\s+)?(?:tỉnh\s+|thủ đô\s+)?$")


def _of_past_years(s: Sentence, year: int) -> bool:
    """Every year ``s`` names lies before ``year``."""
    years = [int(y) for y in ANY_YEAR_RE.findall(s.folded)]
    return bool(years) and max(years) < year


# "tại Hiệp hội Cựu chiến binh tỉnh X", "tại Công an tỉnh X": the province's own body was visited, so X is
# a side even where a national body is met too, not only the place.
HOST_BODY_BEFORE_RE = re.compile(
    r"(?<!\w)(?:hội|hiệp hội|công an|ban chỉ huy|bộ chỉ huy|sở|liên hiệp|đoàn thanh niên|ủy ban mặt trận)"
    r"(?:\s+[^\s,.;:]+){0,4}?\s+tỉnh\s*$"
)


CAPITAL = frozenset({"Thủ đô Viêng Chăn"})
# Who acts, after a place ("hy sinh tại Lào do tỉnh X bàn giao", "… tại cửa khẩu, cùng tỉnh X"), or whom something is given to
# ("Đại sứ Việt Nam tại Lào đã trao quà cho lãnh đạo tỉnh X"): no place.
AGENT_BEFORE_RE = re.compile(r"(?<!\w)(?:do|với|cùng|cho|tặng(?:\s+quà)?)\s+(?:lãnh đạo\s+|nhân dân\s+|đại diện\s+)?(?:các\s+)?(?:tỉnh\s+|thủ đô\s+)?$")


def lao_parties(doc: Document, key: Sentence | None, event: str, exchange: frozenset[int] = frozenset(),
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
        if s.index != 0 and (key is None or s.index != key.index) and calls_off(s) and s.of("lao_province"):
            continue  # an exchange that could not be held, told beside the page's: none of its sides
        other = OTHERS_RE.search(s.folded) if "khác" in s.folded else None
        for m in s.of("lao_province"):
            if other is not None and 0 <= m.start - (s.start + other.end()) <= 80 and (key is None or s.index != key.index):
                continue  # named as one of the other provinces
            weights[m.name] += w
            first_seen.setdefault(m.name, m.start)
            before = _before(doc, s, m, 40)
            if (AT_RE.search(before) or LEFT_RE.search(before)) and not HOST_BODY_BEFORE_RE.search(before) \
                    and not AGENT_BEFORE_RE.search(before):
                located[m.name] += 1
    if not weights:
        # (a body the text names — "phái đoàn Quân đội nhân dân Lào" — before the country a headline names: "Phái đoàn quân sự Lào")
        bodies = Counter(m.name for m in doc.mentions("lao_body")) or Counter(m.name for m in doc.mentions("laos"))
        return [bodies.most_common(1)[0][0]] if bodies else []
    visited = COUNTRY_VISITED_RE.search(key.folded) if key is not None else None
    national = key is not None and (_national_party(doc, key) is not None or visited is not None and visited["country"] == "lào")
    # A national party met in another of the exchange's sentences, or listed among the guests right after it ("Dự lễ
    # có Phó Thủ tướng Lào …"), when no province of ours is the other side: that party, not the capital that sets the
    # scene (a city-to-city visit's capital stays a party whoever receives).
    elsewhere = None
    if key is not None and not national and not key.of("vn_province"):
        guests = [t for t in doc.sentences[key.index + 1 : key.index + 2] if ATTENDANCE_OPENING_RE.match(t.folded)]
        elsewhere = next((p for t in guests + [doc.sentences[i] for i in sorted(exchange) if i != key.index]
                          if (p := _national_party(doc, t))), None)
    if key is not None and (national or elsewhere or event == "other" and key.of("laos") and not key.of("vn_province")):
        # Aid to Laos for a disaster "tại tỉnh X", ministries meeting "tại Thủ đô Viêng Chăn": X is
        # the place, the country or its body is the party.
        # (a province other than the capital that hosts a national exchange — ministers at its border gate — is a
        # host too: only the capital, the national bodies' own seat, is a mere venue there)
        counts = Counter(m.name for m in doc.mentions("lao_province"))
        for name in list(weights):
            if located[name] and 2 * located[name] >= counts[name] and (not (national or elsewhere) or name in CAPITAL):
                weights.pop(name)
        if national and key.start >= doc.title_end and all(m.start < doc.title_end for m in doc.mentions("lao_province")):
            # (a national exchange whose provinces only the headline names — "Hà Nội - Viêng Chăn tăng cường hợp tác" above
            # "Bí thư Thành ủy tiếp Tổng Bí thư, Chủ tịch nước Lào …" — is the country's: the headline's pair is its topic)
            weights.clear()
        if not weights:
            if elsewhere:
                return [elsewhere]
            bodies = Counter(m.name for m in doc.mentions("lao_body")) or Counter(m.name for m in doc.mentions("laos"))
            return [bodies.most_common(1)[0][0]]
    top, top_w = weights.most_common(1)[0]
    key_names = set(_lao_of(key.mentions)) if key is not None else set()
    out = {n for n, w in weights.items() if w >= 0.5 * top_w or (n in key_names and w >= 0.3 * top_w)}
    # A headline that names Lao provinces says whom the article is about; a teaser or tag page may
    # carry other items below it ("Sơn La và Xay Sổm Bun …" above an item on Xiêng Khoảng); a headline shortened to
    # one of the provinces the exchange lists still brings the list (below).
    head = doc.head
    if head is not None and len(head.text) < 200:
        named = {m.name for m in head.of("lao_province")}
        if named and out - named and out & named:
            out &= named
    # Provinces listed together with a chosen one ("các tỉnh Salavan, Sê Kông, Champasak") go too,
    # when the list is in the headline or the sentence that reports the exchange.
    for s in ([head] if head is not None else []) + ([key] if key is not None else []):
        provs = s.of("lao_province")
        for a, b in zip(provs, provs[1:], strict=False):
            listed = LIST_GAP_RE.match(doc.folded[a.end : b.start]) and (a.name in out or b.name in out)
            if listed and weights.get(a.name) and weights.get(b.name):
                out.update((a.name, b.name))
    # A province the delegation hands aid to on its trip ("trao số tiền hỗ trợ … cho tỉnh Attapeu")
    # is a party too.
    if event == "visit":
        for s in doc.sentences[:10]:
            for m in s.of("lao_province"):
                if RECIPIENT_RE.search(_before(doc, s, m, 100)):
                    out.add(m.name)
    return sorted(out, key=lambda n: first_seen[n])


def _national_party(doc: Document, s: Sentence) -> str | None:
    """The first national party of Laos ``s`` names, if any: a body of its own (not a resident mission), or the
    country after one of its leaders' titles or bodies ("Phó Thủ tướng Lào", "Bộ Tài nguyên và Môi trường Lào")."""
    for m in s.of("lao_body", "laos"):
        if m.name not in RESIDENT_MISSIONS if m.kind == "lao_body" else \
                LAO_LEADER_RE.search(_before(doc, s, m, 90)) or LAO_BODY_BEFORE_RE.search(_before(doc, s, m, 90)) \
                or LAO_BODY_BEFORE_RE.match(doc.folded, m.start, max(m.start, doc.folded.rfind("lào", m.start, m.end))):
            # (the body may be part of the country's mention: "Ban Đối ngoại Trung ương Đảng Nhân dân Cách mạng Lào")
            return m.name
    return None


# The country's own leaders: "Tổng Bí thư, Chủ tịch nước Lào", "Phó Thủ tướng, Bộ trưởng Bộ Ngoại giao
# nước CHDCND Lào" — a national exchange, whichever city it is held in.
LAO_LEADER_RE = re.compile(
    r"(?:thủ tướng|chủ tịch nước|tổng bí thư|chủ tịch quốc hội|bộ trưởng|thứ trưởng|thường trực ban bí thư|thống đốc|chánh án"
    r"|tổng kiểm toán|tổng thanh tra|viện trưởng)"
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
