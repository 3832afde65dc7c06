"""Who led the delegation and who received it: a name with its title, as the press writes them.

Three shapes cover the provincial press: the name first ("do đồng chí Lò Văn Sơn - Bí thư Tỉnh ủy
làm trưởng đoàn"), the title first ("do Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Trần Minh Khoa làm
trưởng đoàn") and the host's list ("Tiếp đoàn có các đồng chí: Khăm Khăn - Bí thư, Tỉnh trưởng").
"""

from __future__ import annotations

import re

from huunghi.classify.gazetteer import Gazetteer
from huunghi.classify.mentions import Document, find_mentions
from huunghi.classify.text import clean, fold_clean

# A name: capitalised syllables, a Lao one often hyphenated ("Xổm-phết Vi-lạ-vông", "Khăm Sỏn - Vi Lạ Phăn").
# (capitals only: "À-Ỹ" alone would take in "ô", "đ" and every lowercase letter between, so "ông X" read as a name)
CAPITAL = "[A-Z" + "".join(c for c in map(chr, range(0xC0, 0x1EFA)) if c.isupper()) + "]"
NAME = CAPITAL + r"[\w]*(?:-[\w]+)*(?:[\s\-]+" + CAPITAL + r"[\w]*(?:-[\w]+)*){1,6}"
RANK = r"(?:[Đđ]ồng chí|ông|bà|ngài|đ/c|(?:[Tt]hiếu|[Tt]rung|[Tt]hượng|[Đđ]ại)\s+(?:tướng|tá|úy)|[Tt]iến sĩ)"
LEADS = r"(?:(?:sẽ|đã)\s+)?(?:làm [Tt]rưởng [Đđ]oàn|làm trưởng|dẫn đầu)"
# What a speaker does after being named is not part of the title ("… Bí thư Tỉnh ủy bày tỏ vui mừng
# được đón …", "… cảm ơn sự đón tiếp").
NOT_TITLE = (r"(?!cảm ơn|bày tỏ|vui mừng|được|sự\b|phát biểu|nhấn mạnh|cho biết|khẳng định|đánh giá|thông tin"
             r"|làm trưởng|dẫn đầu|đến thăm|sang thăm)")  # (nor does a title run over the head's lead)
TITLE = r"(?:" + NOT_TITLE + r"[^.;()\n]){3,160}?"
SPAN = r"(?:" + NOT_TITLE + r"(?:T[Pp]\.|[^.;\n])){3,200}?"  # ("HĐND TP. Huế")
TITLE_START = (
    r"(?=(?:Ủy viên|Uỷ viên|UVTV|Tổng Bí thư|Bí thư|Phó|Chủ tịch|Chủ nhiệm|Tỉnh trưởng|Thủ tướng|Giám đốc|Bộ trưởng"
    r"|Thứ trưởng|Đại sứ|Chỉ huy trưởng|(?:Thiếu|Trung|Thượng|Đại) (?:tướng|tá))\b)"
)
RECEIVES = (r"(?:đã\s+|vừa\s+)?(?:có buổi tiếp|chủ trì (?:buổi |lễ )?(?:tiếp|đón)|tiếp(?!\s+(?:tục|nhận|cận|thu))"
            r"|đón(?!\s+(?:tết|năm mới|xuân)\b)|hội kiến)\b")  # ("chuẩn bị đón Tết" receives nobody)

LEADER_NAME_FIRST = (
    re.compile(r"do\s+" + RANK + r"?\s*(?P<name>" + NAME + r")\s*[,\-–]\s*(?P<title>" + TITLE + r")\s*(?:,\s*)?" + LEADS),
    # "đồng chí X, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh, cùng Đoàn đại biểu … đã đến …"
    re.compile(r"(?:đồng chí|ông|bà|Đồng chí)\s+(?P<name>" + NAME + r")\s*[,\-–]\s*(?P<title>" + TITLE + r")\s*,\s*"
               r"(?:cùng|dẫn đầu)\s+(?:các thành viên\s+)?[Đđ]oàn"),
    # a Lao name the press writes as one word, after its rank: "do ông Phouthsavanh, Bí thư kiêm Tỉnh trưởng dẫn đầu"
    re.compile(r"do\s+" + RANK + r"\s+(?P<name>" + CAPITAL + r"\w{5,})\s*[,\-–]\s*(?P<title>" + TITLE + r")\s*(?:,\s*)?" + LEADS),
)
# "do Phó Bí thư …, Chủ tịch UBND tỉnh Trần Minh Khoa làm trưởng đoàn", "…, Bí thư Tỉnh ủy Phan Văn Nam dẫn đầu đoàn"
LEADER_TITLE_FIRST = re.compile(r"(?:\bdo\s+|(?:^|[,.:]\s+)" + TITLE_START + r")(?P<span>" + SPAN + r")\s*,?\s*" + LEADS)
HOST_NAME_FIRST = (
    re.compile(r"(?:Tiếp|Đón|Tiếp và làm việc với|Đón và làm việc với|Tiếp đón)[^:\n]{0,80}?có (?:các )?"
               r"(?:đồng chí|ông|bà)?:?\s*(?P<name>" + NAME + r")\s*[,\-–]\s*(?P<title>[^;.\n]{3,140}?)(?:;|\.|$)", re.M),
    # "đồng chí Phạm Văn An - Ủy viên …, Bí thư Tỉnh ủy có buổi tiếp xã giao Đoàn …"
    re.compile(r"(?:đồng chí|ông|bà)\s+(?P<name>" + NAME + r")\s*[,\-–]\s*(?P<title>" + TITLE + r")\s*,?\s*" + RECEIVES),
)
# "Bí thư Tỉnh ủy Lai Châu Lê Minh Nam tiếp xã giao Đoàn …"
HOST_TITLE_FIRST = re.compile(r"(?:^|[,.:]\s+)" + TITLE_START + r"(?P<span>" + SPAN + r")\s+" + RECEIVES, re.M)

# A guest received by title and name, with no delegation named: "Thủ tướng … tiếp Bộ trưởng Bộ Ngoại giao Lào
# Thoong-xa-vẳn Phôm-vi-hản đang thăm chính thức …".
# (a comma before another of the same person's titles does not end the name: "Tổng Bí thư, Chủ tịch nước Lào X")
MORE_TITLES = r"(?:Ủy viên|Uỷ viên|Bí thư|Chủ tịch|Tổng|Phó|Thủ tướng|Tỉnh trưởng|Bộ trưởng|Trưởng|Đại sứ|Chủ nhiệm)"
RECEIVED_TITLE_FIRST = re.compile(
    r"(?:\btiếp|\bđón|\bhội kiến|\bhội đàm với)\s+(?:xã giao\s+|thân mật\s+|chính thức\s+|cấp [Nn]hà nước\s+)?" + TITLE_START
    + r"(?P<span>" + SPAN + r")"
    r"(?=\s+(?:đang|sang|đến|tới|nhân|trong|thăm|cùng)\b|\s*(?:[.;(]|,(?!\s*" + MORE_TITLES + r"\b))|\s*$)"
)
# A leader arriving or leaving, named with the title first: "Tổng Bí thư, Chủ tịch nước Lào X và Phu nhân đã đến Hà
# Nội", "Chủ tịch nước Y và đoàn đã đến thăm tỉnh Z", "Thủ tướng Lào X rời Hà Nội": the guest who heads the visit.
GUEST_ARRIVES = re.compile(
    r"(?:^|[,.:]\s+)" + TITLE_START + r"(?P<span>" + SPAN + r")"
    # ("và Phu nhân cùng Đoàn đại biểu …"; and announced: "… Lào X sẽ thăm chính thức Việt Nam")
    r"\s+(?:(?:và|cùng)\s+[^,.;]{0,50}?\s+)?(?:đã\s+|sẽ\s+)?(?:đến|tới|sang|rời|thăm)\b",
    re.M,
)

# A Lao leader named title first as the subject of the talks: "Bộ trưởng Bộ Quốc phòng Lào X đã hội đàm với …" — the
# guest who heads the visit, unless the visit is to Laos (then he hosts it).
# (one person's span: it stops at "và" before another's title — "Bộ trưởng … Y và Bộ trưởng … Lào X hội đàm" —, not at
# the "và" of a ministry's name)
ANOTHER_PERSON = r"\svà\s+(?:Bộ trưởng|Thứ trưởng|Thủ tướng|Chủ tịch|Phó|Tổng|Bí thư|Đại sứ|Giám đốc|Tỉnh trưởng)\b"
LAO_GUEST_ACTS = re.compile(
    r"(?:^|[,.:]\s+|\svà\s+)" + TITLE_START + r"(?P<span>(?=[^.;\n]{0,120}?\bLào\b)"
    r"(?:" + NOT_TITLE + r"(?!" + ANOTHER_PERSON + r")(?:T[Pp]\.|[^.;\n])){3,200}?)"
    r"\s+(?:đã\s+)?(?:hội đàm|hội kiến|làm việc|chào xã giao|có buổi)\b",
    re.M,
)

# Words of a title or an institution, never of a name (so not "Thành", "Quốc", "Việt", "Nam", "Công",
# "Trung" or "Đoàn", which are names too: "Trần Công Thuật", "Đoàn Văn Việt").
TITLE_WORDS = {
    "Tỉnh", "Ủy", "Uỷ", "UBND", "HĐND", "MTTQ", "BĐBP", "CHQS", "CHDCND", "Đảng", "Bí", "Chủ", "Phó", "Trưởng",
    "Giám", "Ban", "Bộ", "Lào", "Thủ", "Tổng", "Thường", "Hội", "Sở",  # ("Chủ tịch Hội Bun My …": the society's, not his)
}
# (and a second person: "Trung úy Bun Khăm và Thiếu tá Phum Chay, Phó Đại đội trưởng")
ENTOURAGE_RE = re.compile(r"(?:^|\s+)(?:cùng|và đại diện|và lãnh đạo|và các đồng chí|và cán bộ|cùng các|và\s+" + RANK + r")(?:[\s,]+|$)")
RANK_RE = re.compile(r"^" + RANK + r"\s+")
# A title ends where the verb starts: "Phó Chủ tịch UBND tỉnh đã chủ trì buổi tiếp" is "Phó Chủ tịch UBND tỉnh".
VERB_RE = re.compile(r"\s+(?:đã|vừa|sẽ|đang|chủ trì|có buổi|dẫn đầu|làm trưởng đoàn|tiếp|đón|hội kiến)(?![\w])")


LAST_DO_RE = re.compile(r"\sdo\s+")
# Somebody else's words before the head ("Bộ trưởng … Y nhiệt liệt hoan nghênh Thứ trưởng X dẫn đầu
# đoàn"): the head's title starts after the verb.
GREETS_RE = re.compile(r"\s(?:nhiệt liệt\s+)?(?:hoan nghênh|chào mừng|cảm ơn|chúc mừng|tiếp|đón|gặp|hội kiến|hội đàm với)\s+")
# An abbreviation or a party's name is no person's ("Tiếp đoàn có UVTW Đảng, Chủ tịch HĐND … Lê Trường Lưu").
NOT_A_NAME_RE = re.compile(r"(?:^|\s)(?:[A-ZĐ]{2,}|Đảng|Ủy|Uỷ)(?:\s|$)")
VIET_NAM = ["Việt", "Nam"]  # (the country's name, never the start of a person's: "tại Việt Nam Khăm Sỉ")


LAO_TITLE_RE = re.compile(r"\bLào\b")


def heads(doc: Document, gaz: Gazetteer, to_laos: bool = False) -> tuple[str | None, str | None]:
    """(head of the delegation, host), each "Name (title)" when the article names one. ``to_laos``: the text
    says the trip went to Laos, where a guest read with a Lao title ("hội đàm với Tổng Bí thư, Chủ tịch nước Lào
    X") is the host, not the head."""
    host = host_leader(doc, gaz)
    named = _first_person(doc, gaz, LEADER_NAME_FIRST, LEADER_TITLE_FIRST)
    if named:
        return named, host
    guest = _first_person(doc, gaz, (), RECEIVED_TITLE_FIRST) or _first_person(doc, gaz, (), GUEST_ARRIVES)
    if guest and to_laos and _lao_title(guest.partition("(")[2], gaz):
        return None, host or guest
    if guest is None and not to_laos:
        guest = _first_person(doc, gaz, (), LAO_GUEST_ACTS)
        if guest and not LAO_TITLE_RE.search(guest.partition("(")[2]):
            guest = None  # (the name ran past the Lao title: "Thủ tướng Lào … và Thủ tướng X hội đàm")
    return guest, host


def _lao_title(title: str, gaz: Gazetteer) -> bool:
    """A title of Laos's: with the country, a Lao province ("Bí thư Tỉnh ủy, Tỉnh trưởng tỉnh Hủa Phăn"), or a title only
    Laos has ("Tỉnh trưởng", "Đô trưởng")."""
    if LAO_TITLE_RE.search(title) or any(t in title for t in gaz.lao_titles):
        return True
    return any(m.kind in ("lao_province", "lao_body", "laos") for m in find_mentions(clean(title), fold_clean(title), gaz))


def host_leader(doc: Document, gaz: Gazetteer) -> str | None:
    """Who received the delegation, "Name (title)", when the article names one."""
    return _first_person(doc, gaz, HOST_NAME_FIRST, HOST_TITLE_FIRST)


def _first_person(doc: Document, gaz: Gazetteer, name_first, title_first) -> str | None:
    text = doc.text[:3000]
    for pattern in name_first:
        for m in pattern.finditer(text):
            if _about_the_exchange(doc, m.start()):
                if NOT_A_NAME_RE.search(m.group("name")):
                    # the title came first after all: the name ends the span
                    person = _split_title_first(m.group("name") + ", " + m.group("title"), gaz)
                    if person:
                        return _format(*person)
                    continue
                name = " ".join(_strip_places(m.group("name").split(), gaz))
                if name:
                    return _format(name, m.group("title"))
    for m in title_first.finditer(text):
        if _about_the_exchange(doc, m.start()):
            person = _split_title_first(m.group("span"), gaz)
            if person:
                return _format(*person)
    return None


def _about_the_exchange(doc: Document, offset: int) -> bool:
    """A match in a sentence about the two sides, not in a teaser for another story on the page."""
    for s in doc.sentences:
        if s.start <= offset < s.end:
            # (a host list cut by ";" names its province in the next piece)
            near = doc.sentences[max(0, s.index - 1) : s.index + 2]
            lao = [m for n in near for m in n.of("lao_province", "lao_body", "laos")]
            return bool(lao or s.of("vn_province", "vn_body")) and not (s.of("foreign") and not s.of("lao_province", "lao_body", "laos"))
    return False


def _split_title_first(span: str, gaz: Gazetteer) -> tuple[str, str] | None:
    # a span that runs over another person and a verb to the "do" that names the head: the head is after it
    # ("Phó Chủ tịch UBND tỉnh … đã chủ trì buổi tiếp đoàn … do Phó Tỉnh trưởng Phon Xay dẫn đầu")
    span = GREETS_RE.split(LAST_DO_RE.split(span)[-1])[-1]
    tokens = span.split()
    if RANK_RE.match(span):
        # "đồng chí Bun Mi Xay Nha Chủ tịch Liên hiệp Công đoàn …": the name first, without a comma
        rest = RANK_RE.sub("", span).split()
        n = 0
        while n < len(rest) and rest[n][:1].isupper() and rest[n] not in TITLE_WORDS:
            n += 1
            if rest[n - 1].endswith(","):
                break  # "Thượng tướng Hoàng Xuân Chiến, Thứ trưởng …": the comma ends the name
        if n >= 2 or not rest or rest[0] not in TITLE_WORDS:
            return (" ".join(rest[:n]), " ".join(rest[n:])) if n >= 2 else None
        tokens = rest  # "đồng chí Bí thư Tỉnh ủy Đỗ Trọng Hưng": the rank, then the title first
    cut = len(tokens)
    while cut > 0 and tokens[cut - 1][:1].isupper() and tokens[cut - 1][-1] not in ",)":
        cut -= 1
    name = _strip_places(tokens[cut:], gaz)
    if len(name) < 2 and not (name and "-" in name[0]):
        return None
    return " ".join(name), " ".join(tokens[: len(tokens) - len(name)])


def _strip_places(tokens: list[str], gaz: Gazetteer) -> list[str]:
    """The name without the place or the institution that runs into it ("… tỉnh Salavan Khamphet Xaysana")."""
    text = clean(" ".join(tokens))
    ends = [m.end for m in find_mentions(text, fold_clean(text), gaz)]
    if ends:
        tokens = text[max(ends) :].split()
    while tokens and (tokens[0] in TITLE_WORDS or tokens[:2] == VIET_NAM):
        tokens = tokens[2:] if tokens[:2] == VIET_NAM else tokens[1:]  # ("Đại sứ Lào tại Việt Nam Khăm …")
    return tokens


def _format(name: str, title: str) -> str:
    title = ENTOURAGE_RE.split(re.sub(r"\s+", " ", title))[0]
    title = VERB_RE.split(title)[0]
    title = RANK_RE.sub("", title).strip(" ,-–:")
    name = name.strip(" ,-–")
    return f"{name} ({title})" if title else name
