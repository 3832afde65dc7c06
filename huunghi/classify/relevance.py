"""Is this article a Vietnam–Laos exchange? A transparent scored rule set with its reasons.

What counts is a Lao party and a Vietnamese party dealing with each other in a concrete event,
seen in one sentence (or two adjacent ones) that names the Lao side next to an exchange cue.
Against that weigh: another country as the counterpart, Laos only in crime/football/economy
news, essays with no dated event, and news about Laos alone.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import cache
from typing import NamedTuple

from huunghi.classify import learned
from huunghi.classify.cues import NO_TRAVEL, scan_cues
from huunghi.classify.dates import LONG_BEFORE, find_dates, reference_from
from huunghi.classify.direction import RESIDENT_MISSIONS, VN_MISSION_IN_LAOS_RE, vn_mission_in_laos_then
from huunghi.classify.gazetteer import Gazetteer, default_gazetteer
from huunghi.classify.mentions import (
    LAO_KINDS,
    LAO_PARTY_KINDS,
    LAOS_AFTER_PLACE_RE,
    LIST_JOIN_RE,
    SCENE_PLACE,
    VN_PERSON,
    Document,
    Mention,
    Sentence,
    analyse,
    foreign_venue,
    headline_end,
    lao_institution,
    names_as_kinds,
)

DEFAULT_THRESHOLD = 0.5
NO_LAOS_SCORE = 0.01
DATE_NEAR_RE = re.compile(
    r"(?<![\w/])(?:(?:ngày|sáng|chiều|tối|trưa|đêm)\s+(?:ngày\s+|nay\s+|qua\s+)?\(?\d{1,2}\s*[/\-.]\s*\d{1,2}"
    r"|\d{1,2}\s*-\s*\d{1,2}\s*/\s*\d{1,2}|(?:sáng|chiều|tối|trưa) nay|hôm qua|hôm nay|vừa qua|mới đây|vừa diễn ra"
    # (or what was just done: "vừa ký kết …", "vừa tổ chức …" — an event of these days)
    r"|vừa\s+(?:ký|tổ chức|trao|bàn giao|tiếp|đón|sang|thăm|hội đàm|làm việc|khánh thành|khai mạc|có buổi|có chuyến|gặp))"
)

# A plan: "kế hoạch đối ngoại năm 2025 … dự kiến tổ chức đoàn sang thăm tỉnh X" reports no exchange until
# a day is set ("sẽ thăm chính thức … từ ngày 24 đến 26/11" is an announced visit).
# (or a signing still worked toward, or a draft: "đang xúc tiến các thủ tục tiến tới ký kết biên bản ghi nhớ với tỉnh X",
# "xây dựng dự thảo thỏa thuận hợp tác … với tỉnh X")
# (or only readied for: "đã hoàn tất công tác chuẩn bị, sẵn sàng đón đoàn đại biểu tỉnh X")
PLAN_RE = re.compile(r"(?<!\w)(?:kế hoạch|dự kiến|dự định|phương hướng|định hướng|sẽ|có thể|đang (?:xem xét|cân nhắc|nghiên cứu)|sẵn sàng(?=\s*$)|(?:dự thảo|(?:tiến|hướng) tới)(?=\s*$)|(?:tiến|hướng) tới(?=\s+ký))(?!\w)")
DAY_RE = re.compile(r"(?<![\w/])(?:\d{1,2}\s*[/\-.]\s*\d{1,2}(?!\d)|ngày\s+\d{1,2}(?!\d)|(?:sáng|chiều|tối) (?:nay|mai)|tuần (?:này|tới|sau))")
# A deadline is no day of the event ("Doanh nghiệp đăng ký với Sở trước ngày 30/6", "hạn chót là ngày 15/6").
DEADLINE_BEFORE_RE = re.compile(r"(?<!\w)(?:trước|chậm nhất(?:\s+là)?|hạn chót(?:\s+là)?|hạn cuối(?:\s+là)?)\s+(?:ngày\s+)?$")


def _gives_a_day(folded: str, start: int = 0, end: int | None = None, *, near: bool = False) -> bool:
    """``folded[start:end]`` names a day (DAY_RE; with ``near``, DATE_NEAR_RE too) that is not a deadline."""
    end = len(folded) if end is None else end
    for rx in (DAY_RE, DATE_NEAR_RE) if near else (DAY_RE,):
        for hit in rx.finditer(folded, start, end):
            if not DEADLINE_BEFORE_RE.search(folded, max(0, hit.start() - 20), hit.start()):
                return True
    return False


# An exchange announced at a press conference ("tổ chức họp báo giới thiệu về Tuần Văn hóa Lào tại Việt Nam"): planned.
PRESS_CONFERENCE_RE = re.compile(r"(?<!\w)họp báo\s+(?:giới thiệu|thông tin|công bố|về)(?!\w)")

# An event named before its plan: "Hội chợ thương mại Việt - Lào sẽ diễn ra tại …", "Tuần Văn hóa … dự kiến tổ chức vào quý III".
EVENT_PLANNED_RE = re.compile(r"[^.;:]{0,80}?(?<!\w)(?:sẽ|dự kiến)\s+(?:được\s+)?(?:diễn ra|tổ chức|khai mạc)(?!\w)")

# Cues that name a delegation or a trip, not what it does ("Đoàn đại biểu tỉnh X sẽ sang thăm …").
DELEGATION_NOUNS = frozenset({"đoàn đại biểu", "đoàn công tác", "đoàn cán bộ", "trưởng đoàn", "chuyến thăm", "chuyến công tác"})
# … and a group named before what it does ("Đoàn nghệ thuật tỉnh sẽ biểu diễn tại …", "Đoàn công tác của tỉnh sẽ sang …"): its
# verb, not its name, is the act (not the visit itself: "Chuyến thăm sẽ diễn ra theo lời mời của …" announces it)
GROUP_NOUNS = frozenset({"đoàn đại biểu", "đoàn công tác", "đoàn cán bộ", "đoàn nghệ thuật", "đoàn văn công", "đoàn ca múa",
                         "đội văn nghệ"})


def _first_act(s: Sentence, cue_index: dict, kinds: tuple[str, ...], *, trip: bool = True) -> int | None:
    """Where ``s``'s first exchange cue stands that names no group nor a trip (GROUP_NOUNS, DELEGATION_NOUNS); where the
    sentence opens with a group's name and names no act, the stretch its verb may stand in, up to 60 characters after the
    name ("Đoàn đại biểu tỉnh sẽ sang …"); where it names only a trip, the trip's name (none without ``trip``)."""
    named = [(at, phrase) for kind in kinds for at, phrase in cue_index.get(kind, ()) if s.start <= at < s.end]
    first = min((at for at, phrase in named if phrase not in GROUP_NOUNS and phrase not in DELEGATION_NOUNS), default=None)
    if first is None and named:
        at, phrase = min(named)
        if phrase in GROUP_NOUNS:
            return min(s.end, at + len(phrase) + 60)
        return at if trip else None
    return first


def _first_cue(s: Sentence, cue_index: dict, kinds: tuple[str, ...]) -> int | None:
    """Where the first cue of ``kinds`` in ``s`` stands, if any."""
    return min((at for kind in kinds for at, _ in cue_index.get(kind, ()) if s.start <= at < s.end), default=None)


# A Lao party holding an event of its own, nobody else named in the sentence ("Tỉnh X (Lào) cũng vừa tổ chức lễ hội tương tự"):
# news of Laos. (Who came to it is told in a sentence of its own — "Đoàn đại biểu tỉnh Y đã sang dự" — which is read as the
# exchange.)
HOLDS_ITS_OWN_RE = re.compile(r"\s*(?:\(\s*lào\s*\)\s*)?(?:(?:cũng|vừa|đã|mới)\s+)*(?:tổ chức|khai mạc)(?!\w)")
PARTNER_RE = re.compile(r"(?<!\w)(?:với|cùng|phối hợp|đoàn|sang|tham dự|dự|sự tham gia|khách mời|đại biểu|việt nam|việt|hai nước"
                        r"|hai bên|hữu nghị|liên hợp|song phương|chung|tiễn|đón|tiếp|trao|tặng|bàn giao|cảm ơn|chào mừng)(?!\w)")
JOINED_BEFORE_RE = re.compile(r"(?<!\w)(?:và|cùng|với)(?!\w)")  # ("Đồn Biên phòng Sốp Cộp và lực lượng … tỉnh X (Lào) tổ chức …")


def _held_by_laos_alone(doc: Document, s: Sentence) -> bool:
    """``s``'s first Lao party holds an event (HOLDS_ITS_OWN_RE) and the sentence names no party of ours, no other
    country, no partner, and nobody before it joined to the Lao party; nor do the sentences after it list a guest of ours."""
    lao = s.of("lao_province", "lao_body", "laos")
    if not lao or lao[0].name in RESIDENT_MISSIONS or s.of("vn_province", "vn_body", "vn_place", "foreign"):
        return False  # (Laos's mission here holds its events among us: "Đại sứ quán Lào tổ chức …")
    held = HOLDS_ITS_OWN_RE.match(s.folded, lao[0].end - s.start)
    if held is None or PARTNER_RE.search(s.folded, held.end()) or JOINED_BEFORE_RE.search(s.folded, 0, lao[0].start - s.start):
        return False
    # (nor when a sentence after it lists guests of ours: "Dự lễ có đoàn đại biểu Bộ Quốc phòng Việt Nam")
    return not any(t.of("vn_province", "vn_body") and (GUESTS_RE.search(t.folded) or ATTENDED_RE.search(t.folded))
                   for t in doc.sentences[s.index + 1 : s.index + 4])


def _once_done(doc: Document, s: Sentence, cue_index: dict) -> bool:
    """``s``'s first exchange cue is told as once done (ONCE_DONE_RE, in the same clause before it)."""
    if "từng" not in s.folded:
        return False
    first = _first_cue(s, cue_index, EXCHANGE_KINDS)
    if first is None:
        return False
    once = ONCE_DONE_RE.search(doc.folded, s.start, s.end)
    return once is not None and once.end() <= first and not CLAUSE_END_RE.search(doc.folded, once.end(), first)


def _kept_up_since(doc: Document, s: Sentence, cue_index: dict) -> bool:
    """``s``'s first exchange cue and a year it has been kept up since (SINCE_YEAR_RE) stand in one clause ("đã ký thỏa
    thuận hợp tác từ năm 2019"; not "bàn giao trường học cho tỉnh X, công trình khởi công từ năm 2022")."""
    since = SINCE_YEAR_RE.search(s.folded) if "từ" in s.folded else None
    first = _first_cue(s, cue_index, EXCHANGE_KINDS) if since else None
    if first is None:
        return False
    a, b = sorted((first, s.start + since.start()))
    return not SINCE_CLAUSE_END_RE.search(doc.folded, a, b)


def _clause_of_first_cue(doc: Document, s: Sentence, cue_index: dict) -> int:
    """Where the clause holding ``s``'s first cue (of an exchange or a plainer one) ends: the sentence's end when none."""
    first = _first_cue(s, cue_index, (*EXCHANGE_KINDS, "weak_visit"))
    end = SINCE_CLAUSE_END_RE.search(doc.folded, first, s.end) if first is not None else None
    return end.start() if end else s.end


# Readying for an exchange: "Tỉnh chuẩn bị tốt các điều kiện để tham gia Hội chợ …".
READYING_RE = re.compile(r"(?<!\w)chuẩn bị(?!\w)")


def _ahead_words(doc: Document, start: int, first: int) -> bool:
    """A word of a plan or of readying between ``start`` and the first exchange cue, at ``first``."""
    return PLAN_RE.search(doc.folded, start, first) is not None or READYING_RE.search(doc.folded, start, first) is not None


def _told_ahead(doc: Document, s: Sentence, cue_index: dict) -> bool:
    """``s``'s first exchange cue comes after a word of a plan or of readying ("Dự kiến tháng 9 tới, tỉnh sẽ tổ chức Tuần Văn
    hóa tại tỉnh X"): what the sentence after it does is no exchange with the Lao party it names."""
    first = _first_act(s, cue_index, EXCHANGE_KINDS)
    return first is not None and _ahead_words(doc, s.start, first)


def _borrows_from_a_plan(doc: Document, s: Sentence, candidates, cue_index: dict) -> bool:
    """``s`` names no Lao party and follows a sentence whose exchange is told ahead (``_told_ahead``), only planned or only
    invited to: the Lao party it would borrow is a plan's ("Dự kiến tháng 9 tới, tỉnh sẽ tổ chức Tuần Văn hóa tại tỉnh X. Sáng
    31/1, Chủ tịch nước …", "Đoàn đại biểu tỉnh được mời sang dự Lễ kỷ niệm … tỉnh X. Sáng 31/1, …")."""
    if s.index == 0 or s.index - 1 not in candidates or s.of(*LAO_PARTY_KINDS):
        return False
    before = doc.sentences[s.index - 1]
    return _told_ahead(doc, before, cue_index) or _only_invited(doc, before, cue_index) or _only_planned(doc, before, cue_index)


# What will go on, no one event: "Tỉnh sẽ tiếp tục phối hợp với tỉnh X tổ chức tuần tra song phương", "sẽ đẩy mạnh …".
GOING_ON_RE = re.compile(r"(?<!\w)(?:sẽ|cần|phải)\s+(?:tiếp tục|tăng cường|đẩy mạnh|duy trì|thường xuyên)(?!\w)")
# A plan agreed on or drawn up, the Lao side named in it: "Hội nghị cũng thống nhất kế hoạch tổ chức đoàn đi thăm, chúc Tết
# tỉnh X" — whatever meeting of ours agrees on it, the exchange is only planned.
PLAN_AGREED_RE = re.compile(r"(?<!\w)(?:thống nhất|thông qua|phê duyệt|ban hành|xây dựng|bàn|cho ý kiến về|lên|lập)\s+(?:các\s+|dự thảo\s+)?"
                            r"(?:kế hoạch|phương án|chương trình công tác)(?!\w)")
PLANNED_YEAR_RE = re.compile(r"(?<!\w)(?:trong\s+|vào\s+)?năm\s+(?:19|20)\d\d(?![\d/])")
AGREED_RE = re.compile(r"(?<!\w)(?:thống nhất|nhất trí|đồng ý"
                       # (or only talked over: "Hai bên cũng trao đổi về việc tổ chức đoàn sang thăm tỉnh X trong thời gian tới")
                       r"|(?:trao đổi|bàn bạc|bàn|thảo luận)\s+về\s+(?:việc|kế hoạch))(?!\w)")


UPCOMING_TRIP_RE = re.compile(r"(?<!\w)(?:chuyến|đợt|cuộc)\s+(?:thăm|công tác|làm việc)(?!\w)[^.;:!?]{0,60}?\s"
                              r"(?:sắp tới|sắp diễn ra|tới đây|sắp tiến hành)(?!\w)")


def _only_planned(doc: Document, s: Sentence, cue_index: dict) -> bool:
    """The key sentence's first exchange cue comes after a word of a plan, and neither it nor the
    sentences around it give a day. (A delegation named before its verb — "Đoàn đại biểu tỉnh X sẽ sang thăm …" —
    is no exchange yet: the verb is the cue that counts.)"""
    first = _first_act(s, cue_index, EXCHANGE_KINDS, trip=False)
    if first is None:
        # (a trip named as one to come: "Đồng chí yêu cầu chuẩn bị chu đáo cho chuyến thăm tỉnh X sắp tới")
        return UPCOMING_TRIP_RE.search(s.folded) is not None and not _gives_a_day(s.folded)
    agreed = PLAN_AGREED_RE.search(doc.folded, s.start, s.end) if "kế hoạch" in s.folded or "phương án" in s.folded else None
    if agreed and not _gives_a_day(s.folded) and s.of(*LAO_PARTY_KINDS) and all(m.start > agreed.end() for m in s.of(*LAO_PARTY_KINDS)):
        return True
    if PRESS_CONFERENCE_RE.search(doc.folded, s.start, first):
        # (a press conference's own day is no day of what it announces: only a day after the cue counts)
        after = doc.sentences[s.index + 1].folded if s.index + 1 < len(doc.sentences) else ""
        return not (_gives_a_day(doc.folded, first, s.end) or _gives_a_day(after))
    if not _ahead_words(doc, s.start, first) and not (
            FESTIVAL_RE.match(doc.folded, first) and EVENT_PLANNED_RE.match(doc.folded, first, s.end)):
        # (or agreed on for a time to come: "Cuộc họp thống nhất tiếp nhận 300 học viên Lào … trong năm học tới")
        return AGREED_RE.search(doc.folded, s.start, first) is not None and COMING_PERIOD_RE.search(s.folded) is not None \
            and not _gives_a_day(s.folded)
    if (COMING_PERIOD_RE.search(s.folded) or PLANNED_YEAR_RE.search(s.folded)
            or GOING_ON_RE.search(doc.folded, s.start, first)) and not _gives_a_day(s.folded):
        # (its own time to come, no day: "Dự kiến tháng 9 tới, …", "Theo kế hoạch, năm 2025 tỉnh sẽ tổ chức …" — a day around
        # it is another event's)
        return True
    near = doc.sentences[max(0, s.index - 1) : s.index + 2]
    return not any(_gives_a_day(t.folded) for t in near)


def _heads_a_plan(doc: Document, s: Sentence, candidates: dict, cue_index: dict) -> bool:
    """``s`` is the headline, and the first exchange the body tells is only planned ("Bộ Ngoại giao thông tin về hỗ trợ Lào"
    above "… Việt Nam đang xem xét hỗ trợ Lào …"): the headline names what the lead plans."""
    if s.end > doc.title_end:
        return False
    lead = next((i for i in sorted(candidates) if doc.sentences[i].start >= doc.title_end), None)
    if lead is None:
        return False
    # (the plan it names is the same exchange: a plan with another Lao party — "… dự kiến sang giao lưu với tỉnh Y" under
    # "Đại sứ quán Lào tổ chức giải bóng đá …" — is an aside, and the headline tells its own event)
    return _same_lao_side({m.name for m in doc.sentences[lead].of(*LAO_PARTY_KINDS)}, {m.name for m in s.of(*LAO_PARTY_KINDS)}) \
        and _only_planned(doc, doc.sentences[lead], cue_index)


def _same_lao_side(planned: set[str], named: set[str]) -> bool:
    """Whether a headline naming the Lao sides ``named`` may be the headline of a plan with the Lao sides ``planned`` (either
    names none, or they share one — the country itself only where neither names more: "tỉnh Hủa Phăn (Lào)" is Hủa Phăn)."""
    if len(planned) > 1:
        planned = planned - {"Lào"}
    if len(named) > 1:
        named = named - {"Lào"}
    return not planned or not named or bool(planned & named)


# Guests only foreseen as a group: "các đoàn nghệ thuật … và các tỉnh Bắc Lào", "các địa phương của nước bạn Lào".
UNNAMED_GROUP_BEFORE_RE = re.compile(r"(?<!\w)(?:các|nhiều|một số)\s+(?:tỉnh|địa phương|đoàn|nước|đơn vị)(?:\s+(?:bắc|nam|trung|miền bắc"
                                     r"|miền nam|miền trung|bạn|của))*\s*(?:nước\s+)?(?:bạn\s+)?$")


def _a_preview_of_unnamed_guests(doc: Document, s: Sentence, cue_index: dict) -> bool:
    """The key sentence tells what is planned ("Dự kiến lễ hội sẽ có sự tham gia của … các tỉnh Bắc Lào"), and Laos takes
    part in it only as a group no province or body names: a preview with no fixed participants."""
    first = _first_cue(s, cue_index, (*EXCHANGE_KINDS, "weak_visit"))
    if first is None or not PLAN_RE.search(doc.folded, s.start, first):
        return False
    lao = s.of("lao_province", "lao_body", "laos")
    return bool(lao) and all(m.kind == "laos" and UNNAMED_GROUP_BEFORE_RE.search(doc.folded, max(s.start, m.start - 40), m.start)
                             for m in lao)


# A time to come that names no day: "vào tháng 8 tới", "trong thời gian tới", "trong năm nay", "quý III".
COMING_PERIOD_RE = re.compile(
    r"(?<!\w)(?:(?:tháng(?:\s+\d{1,2})?|tuần|năm(?:\s+học)?|quý(?:\s+[ivx]+|\s+\d)?|thời gian|dịp)\s+(?:tới|sắp tới|sau(?!\s+(?:đó|khi)))"
    r"|trong năm nay|cuối năm nay|(?:trong|vào) quý(?:\s+[ivx]+|\s+\d)?|sắp tới|(?:thời gian|dịp|thời điểm)\s+(?:thích hợp|phù hợp)"
    r"|vào (?:cuối|giữa) năm"  # ("sẽ sang thăm tỉnh X vào cuối năm")
    r"|dịp\s+(?:tết|lễ|kỷ niệm)(?:\s+[^\s.,;:!?]+){0,3}?\s+(?:tới|sắp tới)"  # ("vào dịp Tết Bunpimay tới")
    r"|(?:trong|vào) (?:đầu |giữa |cuối )?tháng \d{1,2}(?!\s*[/\-.]\s*\d))(?!\w)"  # (a month with no day: "Dự kiến, trong tháng 6, …")
)
# What is only invited or allowed: "gửi thư mời lãnh đạo tỉnh X sang dự Lễ hội …", "đồng ý chủ trương cho Sở Ngoại vụ đón
# đoàn tỉnh X" (not "theo lời mời của …", "nhận lời mời", a permission given: the visit that follows happened; nor
# "mời cơm thân mật đoàn … đang thăm tỉnh": a meal with guests who came).
INVITED_RE = re.compile(
    r"(?<!\w)(?:gửi (?:thư|lời) mời|(?<!lời )(?<!thư )mời(?!\s+(?:cơm|tiệc|dùng|trà))(?=[^.;:]{0,60}?(?<!đang )(?:sang|đến|tới|dự|tham dự|tham gia|thăm)(?!\w))"
    r"|(?<!sự )(?<!được )đồng ý chủ trương|phê duyệt (?:kế hoạch|đề án)"  # (not "được sự đồng ý …, đoàn đã sang …")
    # (or accepted for a time not set: "đã nhận lời mời sang thăm tỉnh Nghệ An vào thời gian thích hợp")
    r"|nhận lời(?:\s+mời)?(?=[^.;:]{0,80}?(?:thời gian|dịp|thời điểm)\s+(?:thích hợp|phù hợp|sớm nhất))"
    # (or a rule issued about it: "ban hành thông tư điều chỉnh mức sinh hoạt phí cho lưu học sinh Lào …"; or only proposed:
    # "có văn bản đề xuất UBND tỉnh tổ chức hội nghị …" — not "theo đề xuất của tỉnh X, đoàn đã sang …")
    r"|ban hành\s+(?:thông tư|nghị định|quyết định|chỉ thị|công văn|hướng dẫn)|(?<!theo )(?<!cơ sở )(?:đề xuất|kiến nghị)(?!\s+với)"
    # (or asked leave for: "có tờ trình xin chủ trương của Thường trực Tỉnh ủy về việc đón đoàn …")
    r"|tờ trình|xin chủ trương|xin ý kiến"
    # (or only asked of Laos: "Việt Nam đề nghị Lào tham vấn đầy đủ với các nước hạ nguồn")
    r"|(?<!theo )(?<!cơ sở )đề nghị\s+(?:phía\s+|nước\s+|bạn\s+)?lào(?=(?:\s+(?:sớm|tiếp tục|chủ động))*\s+(?:tham vấn|đón|tiếp"
    r"|sang|thăm|tổ chức|mời|cử|ký kết|ký|phối hợp|hợp tác)(?!\w))"
    # (or asked of anyone for the time to come: "đề nghị thời gian tới tiếp tục phối hợp với tỉnh X tổ chức tuần tra song phương")
    r"|(?<!theo )(?<!cơ sở )(?:đề nghị|kiến nghị|yêu cầu)(?=[^.;:]{0,50}?(?:thời gian tới|thời gian sắp tới|năm tới|sắp tới)\s*,?\s+"
    r"(?:[^\s.;:]+\s+){0,4}?(?:tiếp tục|phối hợp|tổ chức|đón|tiếp|sang|thăm|cử|ký kết|ký|tăng cường|đẩy mạnh)(?!\w))"
    # (or only decided, or a committee set up for it: "ký quyết định thành lập Ban tổ chức Tuần Văn hóa tỉnh X …")
    r"|ký quyết định|thành lập ban (?:tổ chức|chỉ đạo)|thông qua\s+(?:nghị quyết|đề án|kế hoạch|chủ trương)"
    # (or only wished for, the wish the act itself: "mong muốn sớm đón đoàn đại biểu tỉnh X", "Đoàn mong muốn tăng cường giao lưu,
    # đưa các đoàn nghệ sĩ sang biểu diễn tại tỉnh X" — not "Với mong muốn tăng cường …, đoàn đã sang …")
    r"|(?<!với )(?:mong muốn|hy vọng|mong)(?=\s+(?:(?:sớm|sẽ|được|tiếp tục)\s+)*(?:đón|tiếp|sang|thăm|tổ chức|mời|tăng cường"
    r"|đẩy mạnh|mở rộng)(?!\w))"
    # (or set as a goal: "Đại hội đề ra mục tiêu tăng cường giao lưu với tỉnh X", "phấn đấu tổ chức …")
    r"|(?:đề ra|đặt ra|đặt|xác định)\s+(?:các\s+|những\s+)?(?:mục tiêu|phương hướng|nhiệm vụ|chỉ tiêu)|phấn đấu"
    # (or only advised: "tỉnh cần chủ động đón các đoàn …"; or what money is set aside for: "kinh phí … dành cho việc đón tiếp …")
    r"|(?:cần|nên)(?=(?:\s+(?:chủ động|tích cực|tiếp tục|sớm|đẩy mạnh|tăng cường))*\s+(?:đón|tiếp|sang|thăm|tổ chức|mời|cử|ký kết|ký)(?!\w))"
    r"|(?:dành cho|phục vụ(?: cho)?)\s+(?:việc|công tác|hoạt động)(?=\s+(?:đón|tiếp|thăm|tổ chức|mời|cử))"
    # (or asked of our own centre: "Tỉnh đề nghị Trung ương hỗ trợ …"; or asked money for: "… kinh phí đón tiếp các đoàn của tỉnh X")
    r"|(?<!theo )(?<!cơ sở )(?:đề nghị|kiến nghị)\s+(?:trung ương|chính phủ|thủ tướng chính phủ|các bộ(?:,\s*ngành)?(?:\s+trung ương)?)(?!\w)"
    r"|kinh phí(?:\s+(?:cho|để|phục vụ))?(?:\s+(?:việc|công tác|hoạt động))?(?=\s+(?:đón tiếp|tiếp đón|đón|tiếp|thăm|tổ chức|mời|cử)(?!\w)))(?!\w)"
)


# An exchange called off, put off or denied ("chuyến thăm … đã được tạm hoãn", "thông báo hủy Ngày hội giao lưu …", "chưa thể tổ
# chức hội đàm …"): none took place. (Not one held again after a pause: "sau 2 năm tạm hoãn vì dịch, … đã được tổ chức trở lại";
# nor what is destroyed: "tiêu hủy ma túy".)
CALLED_OFF_RE = re.compile(r"(?<!\w)(?:tạm hoãn|hoãn lại|hoãn(?!\s+thi hành)|(?<!tiêu )hủy bỏ|(?<!tiêu )hủy|lùi thời gian"
                           r"|chưa thể tổ chức|không tổ chức|dừng tổ chức"
                           # (or could not be held, or stopped: "đoàn … đã không thể sang dự …", "vẫn chưa thể bàn giao", "thống
                           # nhất tạm dừng tuần tra song phương")
                           r"|không thể (?:sang|đến|tới|qua|tham dự|dự|tổ chức|thực hiện|bàn giao|tiếp|đón)"
                           r"|chưa (?:thể |được )?(?:bàn giao|tổ chức|ký kết|thực hiện|triển khai)"
                           r"|(?<!từng )tạm (?:dừng|ngừng)(?!\s+(?:thi công|xây dựng|hoạt động))"  # (not a work once paused)
                           # (or denied: "thông tin … về việc đoàn … sang thăm … là không đúng sự thật")
                           r"|là\s+(?:không đúng|sai|hoàn toàn sai)\s+sự thật|là\s+bịa đặt|bác bỏ thông tin)(?!\w)")
HELD_AGAIN_RE = re.compile(r"(?<!\w)(?:trở lại|nối lại|tái khởi động)(?!\w)")
AFTER_A_PAUSE_RE = re.compile(r"(?<!\w)sau(?:\s+[^\s.;:,]+){0,4}\s+$")


def calls_off(s: Sentence) -> re.Match | None:
    """``s`` says an exchange was called off or put off (CALLED_OFF_RE), not that one is held again after a pause."""
    hit = CALLED_OFF_RE.search(s.folded)
    if hit and not HELD_AGAIN_RE.search(s.folded) and not AFTER_A_PAUSE_RE.search(s.folded, max(0, hit.start() - 30), hit.start()):
        return hit
    return None


def _called_off(doc: Document, s: Sentence) -> re.Match | None:
    """The key sentence, or the headline above it, says the exchange was called off or put off (``calls_off``)."""
    for t in (s, doc.sentences[0]) if doc.title_end and s.index != 0 else (s,):
        if hit := calls_off(t):
            return hit
    return None


def _only_invited(doc: Document, s: Sentence, cue_index: dict) -> bool:
    """The key sentence's first exchange cue (a plain one too) is what somebody is invited to or allowed to do."""
    first = _first_act(s, cue_index, (*EXCHANGE_KINDS, "weak_visit"))
    invited = INVITED_RE.search(doc.folded, s.start, s.end) if first is not None else None
    if invited is None and first is not None and s.end <= doc.title_end and s.index + 1 < len(doc.sentences):
        # a headline's exchange told by a lead with no cue of its own ("Tăng mức học bổng cho lưu học sinh Lào" / "Bộ Tài chính
        # vừa ban hành thông tư điều chỉnh …"): what the lead says of it
        lead = doc.sentences[s.index + 1]
        lead_first = _first_cue(lead, cue_index, (*EXCHANGE_KINDS, "weak_visit"))
        said = INVITED_RE.search(doc.folded, lead.start, lead.end)
        # (or one the lead tells as only invited too: "… nhận lời sang thăm Nghệ An" / "… đã nhận lời mời sang thăm tỉnh
        # Nghệ An vào thời gian thích hợp")
        return said is not None and (lead_first is None or said.start() < lead_first)
    return invited is not None and invited.start() < first  # (what is invited may be the cue itself: "mời … dự lễ")


# A tally of exchanges: "tỉnh đã tiếp 3 đoàn của tỉnh X", "đón 15 lượt đoàn".
TALLY_RE = re.compile(r"(?<!\w)(?:tiếp|đón|cử|trao đổi|tổ chức)\s+(?:được\s+)?(?:hơn\s+|gần\s+|trên\s+)?\d+\s+(?:lượt\s+)?đoàn"
                      r"(?!\s+viên)(?!\w)")
# A sentence that sums up a span of time ("Trong năm, đơn vị đã phối hợp với …", "Từ đầu năm đến nay, …",
# "Báo cáo của UBND tỉnh cho biết, …", "Theo báo cáo, …") reports no one exchange. (A report may tell one event with its
# day: "Theo báo cáo của Sở Ngoại vụ, ngày 18/5, đoàn …".)
SUMMARY_OPENING_RE = re.compile(
    # ("Trước đó, năm 2022, hai tỉnh đã tổ chức …", "Được biết, từ năm 2015 đến nay, …": the span after it decides)
    r"\s*(?:(?:trước đó|trước đây|được biết|ngoài ra|bên cạnh đó|đặc biệt|theo đó)\s*,\s*)?"
    r"(?:trong năm(?: \d{4}| nay| qua)?|(?:vào )?năm \d{4}|(?:trong )?năm học(?: này| qua| vừa qua| \d{4}\s*[-–]\s*\d{4})?|năm qua|(?:trong |vào )?năm (?:ngoái|trước|rồi)"
    r"|(?:nhiều|\d+|hai|ba|bốn|năm|mấy) năm (?:liền|liên tục|nay)|thời gian (?:vừa )?qua|(?:trong )?những năm (?:vừa )?qua|từ đầu năm(?: \d{4})?(?: đến nay)?|trong nhiệm kỳ(?: qua)?"
    r"|(?:trong )?\d+ tháng(?: đầu năm| cuối năm| qua)?(?: \d{4})?|trong quý(?: qua| này| vừa qua)?"
    r"|(?:trong )?quý (?:i|ii|iii|iv|\d)(?:\s*(?:/|năm)\s*\d{4})?(?: vừa qua| qua)?"  # ("Quý I vừa qua, …")
    # (a running total: "Lũy kế đến nay, tỉnh đã hỗ trợ …", "Tính đến nay, …")
    r"|lũy kế(?: đến nay)?|(?:tính|cho) đến nay|đến nay"
    r"|(?:trong|qua) \d+ năm(?: qua)?|(?:sau|qua) \d+ năm (?:thực hiện|triển khai)(?: [^.;:,]{1,40})?"
    # (years ago, counted: "Cách đây 2 năm,", "Hai năm trước,", "Cách đây hơn một thập kỷ,")
    r"|cách đây (?:hơn |gần |khoảng |chừng )?(?:\d+|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|mấy|vài|nhiều) (?:năm|thập kỷ|thập niên)(?: về trước| trước)?"
    r"|(?:\d+|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|mấy|vài|nhiều) (?:năm|thập kỷ|thập niên) (?:về )?trước"
    # (a season of searching for remains, however named; a span up to now: "Mùa khô 2023 - 2024,", "Từ tháng 10/2023 đến nay,")
    r"|(?:trong |qua )?(?:\d+ )?mùa khô(?: năm nay| \d{4}\s*[-–]\s*\d{4}| vừa qua| qua| này)?"
    r"|từ (?:đầu )?(?:năm \d{4}|tháng \d{1,2}(?:\s*/\s*\d{4})?(?: năm (?:ngoái|trước|\d{4}))?|năm ngoái|mùa khô(?: \d{4}\s*[-–]\s*\d{4})?) đến nay|(?P<report>báo cáo[^.;:,]{0,40}?(?:cho biết|nêu rõ|nêu)|theo báo cáo(?:\s+[^.;:,]{0,40})?))\s*,"
)
# … or a month, when the sentence counts what was done in it ("Trong tháng 4, … tổ chức 3 đợt tuần tra song phương")
MONTH_SPAN_RE = re.compile(r"\s*trong tháng \d{1,2}(?:\s*[/.]\s*\d{4})?\s*,")
# An exchange recalled as what someone once did: "người từng nhiều lần dẫn đoàn đại biểu tỉnh X sang thăm …".
# (or an honour once received: "Ông từng được Nhà nước Lào tặng Huân chương …", in an obituary or a profile)
ONCE_LED_RE = re.compile(r"(?<!\w)từng(?:\s+(?:nhiều lần|nhiều năm|có dịp|hai lần|ba lần))?\s+(?:dẫn(?:\s+đầu)?\s+đoàn|sang thăm|đến thăm"
                         r"|tới thăm|được\s+[^.;:]{0,40}?(?:tặng|trao|phong tặng|tặng thưởng))(?!\w)")
# … or anything told as once done, the exchange in the same clause after it ("Đội bóng của tỉnh từng giành chức vô địch giải
# giao hữu tại Viêng Chăn", "hai đơn vị từng phối hợp tuần tra song phương"): a record, no news. ("từng" as "each" — "từng
# bước", "cho từng đơn vị" — is followed by a noun, not by one of these verbs.)
ONCE_DONE_RE = re.compile(r"(?<!\w)từng\s+(?:(?:nhiều lần|có dịp|được)\s+)?(?=(?:là|giữ|tham gia|tham dự|dự|giành|đoạt|đạt|đến|sang"
                          r"|tới|dẫn|ký|tổ chức|đón|tiếp|làm|công tác|học|chiến đấu|phối hợp|thi đấu|đảm nhiệm|gặp|thăm|giúp|hỗ trợ"
                          r"|cử|đăng cai|biểu diễn|trao|tặng)(?!\w))")
# … or done long ago ("Việt Nam và Lào cũng đã ký thỏa thuận tương tự từ nhiều năm trước"): history, no news.
LONG_AGO_RE = re.compile(r"(?<!\w)(?:từ|cách đây)\s+(?:nhiều|hàng chục|mấy|\d+)\s+năm\s+(?:trước|về trước)(?!\w)")
# … or kept up since a year ("Hai tỉnh đã ký thỏa thuận hợp tác từ năm 2019", "… kể từ năm 1994 đến nay"): a standing tie.
SINCE_YEAR_RE = re.compile(r"(?<!\w)(?:kể\s+)?từ\s+(?:(?:năm\s+)?(?:19|20)\d\d(?![\d/])"
                           # (or since the year began, or a month: "cử 3 bác sĩ sang hỗ trợ … từ đầu năm", "… từ tháng 3")
                           r"|(?:đầu|cuối)\s+năm(?:\s+(?:nay|ngoái|trước))?(?!\w)|năm\s+(?:ngoái|trước)(?!\w)"
                           r"|tháng\s+\d{1,2}(?!\d)(?!\s*[/\-.]\s*\d{1,2}\b))")
SINCE_CLAUSE_END_RE = re.compile(r"[,.;:!?\n]")
# "Thời gian qua, hai bên đã tuần tra song phương 60 lần": a count of past exchanges (not "lần thứ 5")
TIMES_RE = re.compile(r"(?<!thứ )(?<!\w)\d+\s+(?:lần|cuộc|đợt|lượt)(?!\s+thứ)(?!\w)")
# … or in words, in a sentence with no day of its own ("nhiệm kỳ qua, hội đã phối hợp tổ chức nhiều hoạt động giao lưu
# với các tỉnh …"; not "Tiếp nối nhiều chuyến thăm thời gian qua, ngày 15/5, đoàn …")
MANY_RE = re.compile(r"(?<!\w)(?:nhiều|hàng loạt|hàng chục|hàng trăm|hàng nghìn)\s+(?:hoạt động|chương trình|cuộc|đợt|lượt|lần|chuyến|lớp|khóa"
                     r"|đoàn(?!\s+viên)"
                     # (or papers signed by the hundred, not "nhiều": "các trường đã ký kết hàng trăm thỏa thuận hợp tác với …")
                     r"|(?<!nhiều )(?:thỏa thuận|biên bản|văn bản|văn kiện|hiệp định))(?!\w)")
# (… or counted, four or more, in a page that tells no day: "Đơn vị đã phối hợp với … tổ chức 24 đợt tuần tra song phương"; not a
# campaign's rounds, "đã tổ chức 2 đợt khám bệnh cho nhân dân tỉnh X", nor people, "1.000 lượt người")
COUNTED_RE = re.compile(r"(?<![\w.,])(?:[4-9]|[1-9]\d+)\s+(?:lần|cuộc|đợt)(?!\s+thứ)(?!\w)")
DONE_RE = re.compile(r"(?<!\w)đã(?!\w)")
# (not the meetings of one trip, counted: "Trong chuyến thăm, đoàn đã có 2 cuộc hội đàm với lãnh đạo tỉnh X")
TRIP_FRAME_RE = re.compile(r"(?<!\w)(?:(?:trong|nhân)\s+(?:chuyến|dịp|đợt)\s+(?:thăm|công tác|làm việc)"
                           r"|trong\s+(?:\d+|hai|ba|bốn|năm)\s+ngày)(?!\w)")
LISTED_AFTER_RE = re.compile(r"(?<!\w)(?:như|gồm|bao gồm)\s*:")
# (… done before, in a page whose day is another event's: "Ngày 15/5, Hội … họp mặt kỷ niệm 30 năm ngày thành lập. Hội đã tổ
# chức nhiều hoạt động giao lưu với tỉnh X")
PAST_DONE_RE = re.compile(r"(?<!\w)đã(?:\s+(?:phối hợp|chủ động|tích cực)(?:\s+với\s+[^.;:]{1,70}?)?)?\s+(?:tổ chức|thực hiện|triển khai|có|được|đón|tiếp|đón tiếp|tiếp đón|thu hút)"
                          r"\s+nhiều(?!\w)")  # (with whom between: "đã phối hợp với Hội … tỉnh X (Lào) tổ chức nhiều …")
# (or many received: "Mô hình đã được nhiều đoàn khách, trong đó có đoàn của tỉnh X, đến tham quan", "đã đón nhiều đoàn …")


def _sums_up(doc: Document, s: Sentence, *, dated: bool, openings: list[int], cue_index: dict) -> bool:
    """``s`` sums exchanges up rather than telling one: a tally, a count over a span, many named and none told, a sentence
    of a summary ("Năm 2023, …"), or what someone once did or did long ago."""
    f = s.folded
    return bool(
        "đoàn" in f and TALLY_RE.search(f)
        or (TIMES_RE.search(f) or MANY_RE.search(f) and not DATE_NEAR_RE.search(f))
        and (LOOKING_BACK_RE.search(f) or MONTH_SPAN_RE.match(f))
        or ((not dated or PAST_DONE_RE.search(f)) and _many_untold(s) or not dated and COUNTED_RE.search(f) and DONE_RE.search(f))
        and not DATE_NEAR_RE.search(f) and not TRIP_FRAME_RE.search(f)
        or s.index in openings or openings and _within_a_summary(doc, s, openings)
        or (ONCE_LED_RE.search(f) or LONG_AGO_RE.search(f) or _kept_up_since(doc, s, cue_index) or _once_done(doc, s, cue_index)
            or _a_habit(s, cue_index))
        and not DATE_NEAR_RE.search(f)
    )


def _borrows_from_a_summary(doc: Document, s: Sentence, summarised: set[int]) -> bool:
    """``s`` names no Lao party and would take the one of the summary before it ("… đã đón 12 đoàn của tỉnh X. Hội nghị cũng
    …") — unless it tells a day of its own: "Hằng năm, lãnh đạo tỉnh đều sang chúc Tết tỉnh X. Sáng 3/5, đoàn … đã sang chúc
    Tết" is this year's."""
    return s.index - 1 in summarised and not s.of("lao_province", "lao_body", "laos") and not DATE_NEAR_RE.search(s.folded)


# A month named with no day: "Tháng 3 vừa qua, đoàn … đã sang thăm …", "Trước đó, tháng 4/2024, …", "hồi tháng 3".
MONTH_ONLY_RE = re.compile(r"(?<![\w/.\-])tháng\s+(\d{1,2})(?:\s*[/\-.]\s*((?:19|20)\d\d))?(?![\d/\-])(?!\.\d)")


def _of_an_earlier_time(s: Sentence, published: datetime | None, days: Callable[[], list[int]]) -> bool:
    """``s`` tells an exchange of a month or a year before the page's, with no day, in a page whose own news another sentence
    dates ("Sáng 15/5, tỉnh khai mạc … Tháng 3 vừa qua, đoàn đại biểu tỉnh X đã sang thăm …", "… công trình bàn giao cho tỉnh
    X năm 2020", "Tháng trước, …"): background, not the page's news. ``days``: the sentences that date the page's own news
    (asked for only where ``s`` names a month or a year)."""
    if published is None or _gives_a_day(s.folded):
        return False
    f = s.folded
    # (a month with no year after the page's month is last year's, unless a plan names it: "… hồi tháng 3" in a January page)
    planned = PLAN_RE.search(f) is not None
    months = [(int(y) if y else published.year - (int(m) > published.month and not planned), int(m))
              for m, y in MONTH_ONLY_RE.findall(f) if 1 <= int(m) <= 12] if "tháng" in f else []
    if LAST_MONTH_RE.search(f):
        months.append((published.year, published.month - 1) if published.month > 1 else (published.year - 1, 12))
    if months:
        earlier = all(ym < (published.year, published.month) for ym in months)
    else:
        # (a year alone, in the clause that names the Lao side: "… bàn giao cho tỉnh X năm 2020" — not another clause's: "hai
        # bên điểm lại việc hợp tác trong năm 2023 và đã tổ chức diễn đàn cùng tỉnh X")
        # (or the first year of a term it names: "đã ký biên bản hợp tác giai đoạn 2021-2025 với tỉnh X" in 2023)
        years = [int(y) for m in s.of("lao_province", "lao_body", "laos") for clause in [_clause_around(s, m)]
                 for y in PAST_YEAR_RE.findall(clause) + TERM_START_RE.findall(clause)]
        earlier = bool(years) and all(y < published.year for y in years)
    return earlier and not COMING_PERIOD_RE.search(f) and any(i != s.index for i in days())


TERM_START_RE = re.compile(r"(?<!\w)giai đoạn\s+((?:19|20)\d\d)\s*[-–]\s*(?:19|20)\d\d(?!\d)")
CLAUSE_BREAK_RE = re.compile(r"[,;:]|(?<!\w)(?:và|rồi)(?!\w)")


def _clause_around(s: Sentence, m) -> str:
    """The clause of ``s`` (between commas, "và", "rồi") that holds the mention ``m``."""
    a, b = m.start - s.start, m.end - s.start
    start = max((k.end() for k in CLAUSE_BREAK_RE.finditer(s.folded, 0, a)), default=0)
    end = next((k.start() for k in CLAUSE_BREAK_RE.finditer(s.folded, b)), len(s.folded))
    return s.folded[start:end]


# The month before, told as such: "Tháng trước, …", "hồi tháng trước", "tháng vừa rồi".
LAST_MONTH_RE = re.compile(r"(?<!\w)tháng (?:trước|vừa rồi)(?!\w)")


def _many_untold(s: Sentence) -> bool:
    """Many exchanges named together and none of them told ("đã phối hợp … tổ chức nhiều hoạt động giao lưu, giúp đỡ nhân
    dân …"), in a page that gives no day: a summary. (Not a programme's activities listed after it: "hai bên có
    nhiều hoạt động chung, gồm: thăm bản, trồng cây, thi đấu thể thao …")"""
    many = MANY_RE.search(s.folded)
    return many is not None and not LISTED_AFTER_RE.search(s.folded, many.end())


# Vietnamese meeting Vietnamese in Laos: a delegation calls on Viet Nam's own embassy or consulate
# there ("đến chào Đại sứ quán Việt Nam tại Viêng Chăn"), or is received by it
# ("Tiếp và làm việc với đoàn có …, Tổng Lãnh sự Việt Nam tại Lào").
# Events of their own that delegations come to (the corpus's "other"): fairs, culture weeks, festivals, friendlies.
FESTIVAL_RE = re.compile(r"(?<!\w)(?:hội chợ|tuần văn hóa|tuần lễ văn hóa|những ngày văn hóa|liên hoan|lễ hội|festival"
                         r"|triển lãm|tuần hàng|ngày hội|giao hữu|giải bóng|hội thao|hội diễn)(?!\w)")

# The words of two sides' talks, and of a route a Lao province is only on (see classify: talks about crime or trade).
TALKS_RE = re.compile(r"(?<!\w)(?:hội đàm|hội kiến|ký kết|ký biên bản|giao ban|tiếp đoàn|đón đoàn|làm việc với|đồng chủ trì)(?!\w)")
ROUTE_BEFORE_RE = re.compile(r"(?<!\w)(?:từ|qua|sang|về|đến|tới)\s+(?:địa bàn\s+|địa phận\s+)?(?:tỉnh\s+)?$")

# A meeting of three sides: "hội nghị ba tỉnh", "ngã ba biên giới", "Tam giác phát triển" (not the Golden Triangle, "Tam giác Vàng":
# a place).
TRILATERAL_RE = re.compile(r"(?<!\w)(?:ba nước|ba tỉnh|ba bên|ba lực lượng|tam giác(?! vàng)|ngã ba biên giới|ba quốc gia)(?!\w)")

# What only a report of one meeting says ("Tại buổi tiếp, …", "… làm trưởng đoàn"): no essay, dated or not.
REPORTAGE_RE = re.compile(r"tại buổi (?:tiếp|làm việc|hội đàm|gặp mặt|gặp gỡ|hội kiến)|làm trưởng đoàn|tiếp đoàn có")

# A meeting of many countries (cues["multilateral"]: "Hội nghị Bộ trưởng Ngoại giao ASEAN", "Đại hội đồng AIPA")
# that Laos only hosts: no exchange with Laos unless a two-sided one is reported beside it.
# ("bên lề" only with a word of two sides meeting after it: "bên lề …, hai Bộ trưởng đã trao đổi về …" — the spouses' tour "bên lề
# Hội nghị" of a Lao centre is the meeting's programme)
BILATERAL_RE = re.compile(
    r"(?<!\w)(?:hội đàm|hội kiến|tiếp|gặp|gặp gỡ|chào xã giao|thăm chính thức|song phương|thăm và làm việc"
    r"|bên lề[^.;]{0,150}?(?<!\w)(?:trao đổi|làm việc|ký|thảo luận|điện đàm))(?!\w)"
)
# (… "tỉnh X (Lào)"; a hall named for the country: "tại Trung tâm Hội nghị quốc gia Lào"; or where a delegation arrives
# for it: "đã đến Thủ đô Viêng Chăn, bắt đầu chuyến tham dự Hội nghị …"; or what its guests tour: "phu nhân các Trưởng đoàn
# tham quan Trung tâm … Lào")
VENUE_BEFORE_RE = re.compile(r"(?<!\w)(?:tại|ở|đã đến|đã tới|đến|tới|đi|tham quan)\s+(?:thủ đô\s+|nước\s+|tỉnh\s+"
                             r"|(?:trung tâm|cung|nhà|hội trường)(?:\s+[^\s.;]+){0,3}\s+)?(?:[^\s.;]+\s+){0,3}?\(?$")
# … or that Laos chairs ("Hội nghị Cấp cao ASEAN … do Lào chủ trì", "Lào đăng cai Năm ASEAN")
# (the holder's name and an apposition may come between: "Thủ tướng Lào Sonexay Siphandone, Chủ tịch ASEAN 2024, chủ trì …")
# (or with a spouse, or opening it: "Thủ tướng Lào X và Phu nhân đã chủ trì lễ đón …", "Bộ trưởng … Lào X phát biểu khai mạc")
CHAIRS_AFTER_RE = re.compile(r"(?:\s+[^\s.,;:()]+){0,3}?\s*(?:,[^.;:,]{1,40},?\s*)?(?:\s*và\s+phu nhân)?(?:\s*đã)?\s*(?:là\s+)?(?:nước\s+)?"
                             r"(?:chủ trì|đăng cai|chủ nhà|làm chủ tịch|giữ cương vị chủ tịch|phát biểu khai mạc|phát biểu chào mừng)(?!\w)")
# (or with the chair before it: "… khai mạc dưới sự chủ trì của Bộ trưởng Ngoại giao Lào X")
CHAIRED_BY_BEFORE_RE = re.compile(r"(?<!\w)(?:chủ trì|điều hành|chủ tọa)\s+của\s+(?:[^\s.;,()]+\s+){0,6}?$")
# … or that Laos joins as one of its members ("10 nước thành viên, trong đó có Bộ trưởng Nông nghiệp Lào")
MANY_COUNTRIES_RE = re.compile(r"(?<![\w.,])(?:[3-9]|[1-9]\d{1,2})\s+(?:quốc gia|nước)(?!\w)")
ONE_OF_MANY_BEFORE_RE = re.compile(r"(?<!\w)(?:trong đó có|bao gồm|gồm có)\s+(?:[^\s.;]+\s+){0,10}?$")
# … or that Laos attends among others ("Bộ trưởng Quốc phòng Lào cùng nhiều bộ trưởng quốc phòng các nước tham quan …")
AMONG_OTHERS_AFTER_RE = re.compile(r"\s*,?\s*cùng\s+(?:nhiều|các)\s[^.;]{0,40}?(?:các nước|nước khác|các quốc gia)(?!\w)")

VN_MISSION_MET_RE = re.compile(
    r"(?:chào xã giao|chào|thăm|làm việc với|gặp gỡ|gặp mặt|tiếp(?: và làm việc với)? đoàn có)(?![\w])[^.;]{0,40}?"
    r"(?:đại sứ quán|tổng lãnh sự quán|lãnh sự quán|đại sứ|tổng lãnh sự)(?:\s+đặc mệnh toàn quyền)?\s+(?:nước\s+)?"
    r"(?:chxhcn\s+|cộng hòa xã hội chủ nghĩa\s+)?việt nam"
)

# … or Viet Nam's mission there acting with its own: receiving a delegation of ours, holding its staff's meeting ("Đại sứ Việt
# Nam tại Lào … đã tiếp đoàn công tác Ban Tuyên giáo Trung ương", "Đại sứ quán Việt Nam tại Lào tổ chức hội nghị cán bộ")
VN_MISSION_ACTS_RE = vn_mission_in_laos_then("tiếp|đón|gặp mặt|làm việc với|tổ chức")

# … or Viet Nam's own people there: its workers, community, students ("đến thăm, động viên người lao động Việt Nam
# đang làm việc tại …", "gặp gỡ cộng đồng người Việt Nam ở Lào").
VN_PEOPLE_MET_RE = re.compile(
    r"(?:thăm|gặp gỡ|gặp mặt|gặp|động viên|làm việc với|tặng|trao|chúc tết|phục vụ|biểu diễn)(?![\w])[^.;]{0,40}?"
    r"(?:người lao động việt nam|lao động việt nam|công nhân việt nam|cộng đồng người việt|bà con người việt|kiều bào"
    r"|(?:học sinh|con em|người|bà con|cộng đồng)\s+gốc việt"
    r"|lưu học sinh việt nam|sinh viên việt nam|doanh nghiệp việt nam|hội đồng hương|bà con đồng hương|hội người việt(?: nam)?"
    # (or our own experts sent there: "thăm, kiểm tra Đoàn chuyên gia quân sự Việt Nam tại Quân khu 3 Lào")
    r"|(?:đoàn\s+)?chuyên gia(?:\s+quân sự)?\s+việt nam"
    # (a firm's workers, whom a minister "thăm, động viên": the firm's people, not Laos's — "công nhân của Tập đoàn …")
    r"|(?:cán bộ,?\s+)?(?:công nhân|người lao động|kỹ sư)(?:\s+viên)?\s+(?:của|thuộc)\s+(?:tập đoàn|tổng công ty|công ty))"
    # (or the contractor of a work we build there, whom an inspecting delegation instructs: "yêu cầu nhà thầu bảo đảm …")
    r"|(?<!\w)(?:yêu cầu|chỉ đạo|đề nghị|làm việc với)\s+(?:các\s+)?(?:nhà thầu|đơn vị thi công|ban quản lý dự án)(?!\w)"
)

# … or Viet Nam's own community bodies there holding an event of their own ("Đoàn Thanh niên Cộng sản Hồ Chí Minh tại Lào
# phối hợp với Hội Lưu học sinh Việt Nam tại Lào tổ chức lễ dâng hương … tại Khu tưởng niệm ở Thủ đô Viêng Chăn").
VN_COMMUNITY_ACTS_RE = re.compile(
    r"(?<!\w)(?:hội người việt(?:\s+nam)?|cộng đồng người việt(?:\s+nam)?|kiều bào|hiệp hội doanh nghiệp việt nam"
    r"|(?:hội\s+)?lưu học sinh việt nam|(?:tuổi trẻ|thanh niên|phụ nữ|cựu chiến binh) việt nam|đoàn thanh niên cộng sản hồ chí minh"
    r"|hội (?:phụ nữ|cựu chiến binh|sinh viên)(?:\s+việt nam)?)\s+(?:tại|ở)\s[^.;]{0,80}?(?<!\w)(?:đã\s+)?(?:tổ chức|phối hợp)(?!\w)"
)
COMMUNITY_WORDS = ("người việt", "kiều bào", "doanh nghiệp việt nam", "lưu học sinh việt nam", "tuổi trẻ việt nam", "thanh niên việt nam",
                   "phụ nữ việt nam", "cựu chiến binh việt nam", "hồ chí minh tại", "hồ chí minh ở", "hội phụ nữ", "hội cựu chiến binh",
                   "hội sinh viên")
# … where the Lao city named after it is the venue ("… tại Khu tưởng niệm ở Thủ đô Viêng Chăn")
VENUE_BEFORE_LAO_RE = re.compile(r"(?<!\w)(?:tại|ở)\s+(?:thủ đô\s+|tỉnh\s+|thành phố\s+|tp\.?\s*)?$")
# … or the Lao school or hall it is held in ("… tổ chức ngày hội văn hóa tại Trường Đại học Quốc gia Lào"): a place lent, not
# a side met
VENUE_INSTITUTION_BEFORE_RE = re.compile(r"(?<!\w)(?:tại|ở)\s+(?:hội trường\s+|khuôn viên\s+)?(?:trường|học viện|nhà văn hóa"
                                         r"|trung tâm hội nghị)(?:\s+[^\s.,;:()]+){1,6}\s+$")

# … and the mirror: a Lao mission or body meeting Laos's own people here ("Đại sứ quán Lào … gặp mặt hơn 300 lưu học sinh
# Lào") — news of Laos, unless a party of ours takes part (see _lao_meets_only_its_own).
LAO_PEOPLE_MET_RE = re.compile(
    r"(?:thăm|gặp gỡ|gặp mặt|gặp|động viên|làm việc với|tặng quà|chúc tết|sự tham dự của|sự tham gia của)(?![\w])[^.;]{0,60}?"
    r"(?:lưu học sinh|sinh viên|học viên|cộng đồng người|bà con người|người lao động|công dân)\s+lào(?!\s+cai)(?!\w)"
    # (or those people's own body holding an event of its own: "Hội lưu học sinh Lào tại Đà Nẵng tổ chức ngày hội thể thao")
    r"|(?<!\w)(?:hội (?:lưu học sinh|sinh viên|học sinh|người)|cộng đồng(?: người)?|lưu học sinh)\s+lào(?!\s+cai)\s+(?:tại|ở)\s"
    r"[^.;]{0,60}?(?<!\w)(?:đã\s+)?(?:tổ chức|quyên góp)(?!\w)"
    # (or a delegation of Laos's own it receives: "Đại sứ Lào … đã tiếp đoàn công tác Bộ Nội vụ Lào đang học tập …")
    r"|(?<!\w)(?:đại sứ|tổng lãnh sự|lãnh sự)(?:\s+quán)?\s+(?:nước\s+)?(?:chdcnd\s+)?lào(?!\w)[^.;]{0,60}?(?<!\w)(?:tiếp|đón)\s+đoàn"
    r"(?:(?!\s(?:sang|thăm|tới|đến|về)\s)[^.;]){0,50}?\slào(?!\s+cai)(?!\w)"
)
SCHOOL_MET_RE = re.compile(r"(?<!\w)(?:làm việc|hội đàm|trao đổi|ký kết)\s+với\s+(?:lãnh đạo\s+|ban giám hiệu\s+)?(?:trường|học viện|đại học)\s")
CITY_AS_VENUE_RE = re.compile(r"(?<!\w)(?:tại|ở)\s+(?:tp\.?\s*|thành phố\s+|thủ đô\s+)?$")

# Institutions only Viet Nam has (Laos has "Ủy ban chính quyền", not "UBND"; "Đại đội bảo vệ biên giới",
# not "Đồn Biên phòng"): where one acts, the article is no news about Laos alone.
VN_INSTITUTION_RE = re.compile(
    r"(?<!\w)(?:tỉnh ủy|thành ủy|huyện ủy|ubnd|ủy ban nhân dân|hđnd|hội đồng nhân dân|đồn biên phòng"
    r"|bộ đội biên phòng|bđbp|mặt trận tổ quốc|quân khu \d|(?:trung|sư|lữ|quân|binh) đoàn \d+"
    # (and our teams that search for our fallen in Laos: "Đội K51", "Đoàn 565")
    r"|đội k\d{2,3}|đoàn 5[5-9]\d"
    r"|bệnh viện quân y(?: \d+)?|bệnh viện (?:đa khoa|trung ương|hữu nghị)(?: tỉnh| thành phố)?)(?!\w)"
    # the country's national hospitals, academies and universities, which name no province
    r"|(?<!\w)(?:bệnh viện (?:bạch mai|chợ rẫy|việt đức|k|nhi trung ương|(?:trung ương quân đội )?108)"
    r"|học viện chính trị quốc gia hồ chí minh|học viện chính trị khu vực|học viện (?:quốc phòng|an ninh nhân dân|cảnh sát nhân dân|biên phòng)"
    # (the army's and the state's schools that train Lao officers and cadres: "Học viện Chính trị", "Trường Sĩ quan Lục quân 1")
    r"|học viện (?:chính trị|lục quân|hậu cần|kỹ thuật quân sự|hải quân|quân y|ngoại giao|báo chí và tuyên truyền|hành chính quốc gia)"
    r"|trường sĩ quan (?:lục quân|chính trị|thông tin|công binh|đặc công|pháo binh)(?: \d)?"
    r"|đại học quốc gia (?:hà nội|tp|thành phố hồ chí minh)|(?:trường )?đại học (?:vinh|bách khoa hà nội))(?!\w)"
    # the paper's own province as the host, unnamed: "Lãnh đạo tỉnh tiếp đoàn đại biểu tỉnh Hủa Phăn (Lào)"
    r"|(?<!\w)(?P<host>lãnh đạo (?:tỉnh|thành phố)\s+(?:đã\s+)?(?:tiếp|đón|tiễn|hội đàm|làm việc với|hội kiến))(?!\w)"
)
# Laos has party committees and people's councils too ("Bí thư Tỉnh ủy, Tỉnh trưởng", "Thành ủy Viêng
# Chăn", "HĐND tỉnh Salavan"): such an institution is Viet Nam's only where no Lao name or Lao-only title goes with it.
LAO_ONLY_TITLE_RE = re.compile(r"(?<!\w)(?:tỉnh trưởng|đô trưởng|chính quyền (?:tỉnh|thủ đô|thành phố)|nhân dân cách mạng)(?!\w)")
INSTITUTION_REACH = 60
# whose institution it is: the name right after it, or after its place word ("Tỉnh ủy, chính quyền tỉnh Sê Kông")
# (or the body it is a part of: "Bộ Tư lệnh Quân khu 2, Quân đội nhân dân Lào"; or where it is: "Quân khu 3 tại tỉnh X")
INSTITUTION_OF_RE = re.compile(r"\s*(?:,\s*(?:(?:chính quyền|hđnd|hội đồng nhân dân)\s*)?)?(?:(?:tại|ở)\s+)?(?:tỉnh|thành phố|thủ đô|tp\.?)?\s*")
CLAUSE_END_RE = re.compile(r"[.;!?\n]")
LAO_MENTION_KINDS = ("lao_province", "lao_place", "lao_body", "laos")


def _vietnamese_institution(doc: Document, start: int = 0, end: int | None = None) -> bool:
    """Whether the text (or its span from ``start`` to ``end``) names an institution of Viet Nam's (not one of a Lao
    province's)."""
    mentions = [m for t in doc.sentences for m in t.mentions]
    for hit in VN_INSTITUTION_RE.finditer(doc.folded, start, len(doc.folded) if end is None else end):
        if hit["host"]:
            # the paper's own leaders receiving: whoever follows the verb is the guest ("… tiếp đoàn đại biểu tỉnh bạn
            # do Phó Tỉnh trưởng dẫn đầu"), so only what precedes them can make them Laos's
            if not LAO_ONLY_TITLE_RE.search(doc.folded, max(0, hit.start() - 40), hit.start()):
                return True
            continue
        if hit.start() < doc.title_end and doc.folded.find(hit.group(0), doc.title_end) >= 0:
            continue  # (a headline's institution the body names again is judged there, with what goes with it)
        near = doc.folded[max(0, hit.start() - 40) : hit.end() + INSTITUTION_REACH]
        clause_end = CLAUSE_END_RE.search(doc.folded, hit.end(), hit.end() + INSTITUTION_REACH)
        reach = clause_end.start() if clause_end else hit.end() + INSTITUTION_REACH
        following = next((m for m in mentions if hit.end() <= m.start < reach), None)
        lao = following is not None and following.kind in LAO_MENTION_KINDS \
            and INSTITUTION_OF_RE.fullmatch(doc.folded, hit.end(), following.start) is not None
        if not lao and not LAO_ONLY_TITLE_RE.search(near) and not _heads_a_lao_delegation(doc, mentions, hit.start()):
            return True
    return False


# who leads a delegation, after it: "Đoàn đại biểu tỉnh X do đồng chí Y, Phó Bí thư Tỉnh ủy dẫn đầu"
# (up to "dẫn đầu": whom the delegation then meets is no title of its head's)
LED_BY_RE = re.compile(r"[^.;:]{0,40}?(?<!\w)do(?!\w)(?:(?!dẫn đầu|làm trưởng đoàn)[^.;:]){0,50}$")


def _heads_a_lao_delegation(doc: Document, mentions: list, at: int) -> bool:
    """The institution at ``at`` is in the title of who leads a delegation a Lao party names just before ("Đoàn đại biểu
    tỉnh Hủa Phăn do Phó Bí thư Tỉnh ủy dẫn đầu"): that party's own."""
    before = next((m for m in reversed(mentions) if m.end <= at), None)
    return before is not None and before.kind in LAO_MENTION_KINDS and at - before.end <= 90 \
        and "đoàn" in doc.folded[max(0, before.start - 60) : before.start] and LED_BY_RE.fullmatch(doc.folded, before.end, at) is not None


# Viet Nam as the press abbreviates it ("Công đoàn Công Thương VN", "Hà Nội (VN)").
VN_ABBREVIATION_RE = re.compile(r"(?<![\w.])VN(?!\w|\.\w)")  # (not a site's name: "Baothanhhoa.vn")

# A host named by a Vietnamese name alone, receiving or meeting ("đồng chí Nguyễn Trọng Nghĩa tiếp đồng chí …"), or our
# ambassador by his ("Đại sứ Nguyễn Minh Tâm đã trình Quốc thư lên …"): ours.
VN_HOST_NAMED_RE = re.compile(
    r"(?:[Đđ]ồng chí|[Ôô]ng|[Bb]à|[Đđ]ại sứ|[Tt]ổng [Ll]ãnh sự"
    # (or an official by title and office, whatever body the gazetteer lacks: "Bộ trưởng Bộ Lao động Đào Ngọc Dung hội
    # đàm …", "Thống đốc Ngân hàng Nhà nước Nguyễn Thị Hồng tiếp …", "do Thứ trưởng Lê Đình Thọ dẫn đầu")
    r"|(?<!\w)(?:[Bb]ộ trưởng|[Tt]hứ trưởng|[Tt]hống đốc|[Cc]hánh án|[Vv]iện trưởng|[Tt]ổng [Kk]iểm toán|[Tt]ổng [Tt]hanh tra"
    r"|[Tt]ổng cục trưởng|[Cc]ục trưởng|[Cc]hủ nhiệm)(?:\s+[^\s.,;:()]+){0,8}?)"
    r"\s+" + VN_PERSON + r"\s*"
    r"(?:,[^.;:]{0,90}?,\s*)?(?:đã\s+)?(?:tiếp|hội đàm|hội kiến|đón|chủ trì|gặp|làm việc với|điện đàm|trình [Qq]uốc thư"
    r"|trình thư ủy nhiệm|chào từ biệt|chào xã giao|chào kết thúc nhiệm kỳ|dẫn đầu|làm trưởng đoàn)(?!\w)"
)
# A general or an admiral of ours by rank and Vietnamese name, whatever his part ("chủ trì lễ đón Đại tướng Phan Văn Giang"):
# Lao officers' names are not Vietnamese ones.
VN_GENERAL_RE = re.compile(r"(?:(?:Đại|Thượng|Trung|Thiếu)\s+tướng|(?:Phó\s+|Chuẩn\s+)?Đô đốc)\s+" + VN_PERSON)
# An interview: the paper talking with one side (see classify; only where no sentence reports an exchange).
INTERVIEW_RE = re.compile(r"(?<!\w)(?:trả lời phỏng vấn|phỏng vấn|cuộc trao đổi với phóng viên|trao đổi với phóng viên"
                          r"|có cuộc trao đổi với)(?!\w)")
INTERVIEW_CHARS = 500
# (a holiday or an anniversary — not a visit: "Nhân dịp chuyến thăm …, Tỉnh trưởng trả lời phỏng vấn …" is of a visit made)
VISIT_WORDS = r"(?:chuyến|đoàn|thăm)(?!\w)"
VISIT_WORDS_RE = re.compile(r"(?<!\w)" + VISIT_WORDS)
OCCASION_BEFORE_RE = re.compile(r"(?<!\w)nhân dịp(?:\s+(?!" + VISIT_WORDS + r")[^\s.,;:]+){0,4}\s+$")


def _an_interview_on_an_occasion(doc: Document, s: Sentence, cue_index: dict) -> re.Match | None:
    """The key sentence is an interview given on an occasion its only cues name ("Nhân dịp Tết Bunpimay, đồng chí Tỉnh
    trưởng tỉnh X đã dành cho phóng viên … cuộc trả lời phỏng vấn"): the paper talking with one side."""
    asked = INTERVIEW_RE.search(s.folded)
    cues = [(at, phrase) for kind in (*EXCHANGE_KINDS, "weak_visit") for at, phrase in cue_index.get(kind, ()) if s.start <= at < s.end]
    if asked is None or not cues or not all(OCCASION_BEFORE_RE.search(doc.folded, max(s.start, at - 40), at)
                                            and not VISIT_WORDS_RE.search(phrase) for at, phrase in cues):
        return None
    return asked

# "Đoàn đại biểu hai nước", "biên phòng hai bên": with no other country named, the second is Viet Nam.
TWO_SIDES_RE = re.compile(r"(?<!\w)(?:đoàn đại biểu|đại biểu|lãnh đạo|lực lượng(?: chức năng)?|biên phòng|quân đội|nhân dân|đơn vị"
                          r"|chính quyền|đại diện)(?:\s+của)?\s+(?:hai|2)\s+(?:nước|bên)(?!\w)")

# What the sides do as a habit, said before what they do ("Hai tỉnh thường xuyên trao đổi đoàn các cấp, duy trì hội đàm
# thường niên …", "luôn quan tâm … thăm và làm việc"); not a purpose after it ("… đã sang thăm, nhằm duy trì quan hệ …").
# (or every year: "Hằng năm, vào dịp Tết, lãnh đạo tỉnh X đều sang chúc Tết tỉnh")
HABIT_RE = re.compile(r"(?<!\w)(?:thường xuyên|định kỳ|duy trì|luôn|hằng năm|hàng năm|mỗi năm"
                      # (the doer may stand between: "Năm nào tỉnh cũng cử đoàn …"; or every occasion: "Mỗi dịp Tết, …")
                      r"|(?:năm|dịp tết|mùa khô) nào(?:\s+[^\s.;:,]+){0,6}?\s+cũng|(?:mỗi|hằng|hàng)\s+(?:dịp|khi|quý|tháng)"
                      r")(?!\w)")


def _a_habit(t: Sentence, cue_index: dict) -> bool:
    habit = HABIT_RE.search(t.folded)
    # (or the plainer words, where they are all it has: "các đoàn của tỉnh X thường xuyên sang làm việc với tỉnh")
    first = _first_cue(t, cue_index, EXCHANGE_KINDS) or _first_cue(t, cue_index, ("weak_visit",)) if habit is not None else None
    return first is not None and t.start + habit.start() < first


# An exchange dated by its year alone: "Năm 2015, hai tỉnh ký …", "trong năm 2019".
# ("Tháng 3/1977, …" too; not a full date: "hướng tới 50 năm thành lập (5/3/1974 - 5/3/2024)" dates
# the anniversary, not the event)
PAST_YEAR_RE = re.compile(r"(?:(?<!\w)năm\s+|(?<!\w)tháng\s+\d{1,2}\s*[/\-.]\s*)((?:19|20)\d\d)(?![\d/])")
# … or by a period that ended in a year: "Trong giai đoạn 2020-2022, …", "từ năm 2016 đến năm 2020" (the last year).
PAST_MONTH_RE = re.compile(r"(?<!\w)tháng\s+(\d{1,2})\s*[/\-.]\s*((?:19|20)\d\d)(?![\d/])")
PERIOD_END_RE = re.compile(r"(?<!\w)(?:giai đoạn|thời kỳ|nhiệm kỳ|từ)\s+(?:năm\s+)?(?:19|20)\d\d\s*(?:-|–|đến(?:\s+năm)?)\s*"
                           r"((?:19|20)\d\d)(?!\d)")
ANY_YEAR_RE = re.compile(r"(?<![\w/.\-])((?:19|20)\d\d)(?![\w/])")
LOOKING_BACK_RE = re.compile(
    r"(?<!\w)(?:hằng năm|hàng năm|mỗi năm|những năm qua|nhiều năm qua|thời gian qua|trong những năm|từ năm|thời gian gần đây"
    r"|năm ngoái|năm trước|nhìn lại|cách đây (?:hơn |gần |khoảng |chừng )?[^\s.;:,]+ (?:năm|thập kỷ|thập niên)"
    r"|(?:những|các|mấy) năm gần đây|lẫn nhau"  # ("thăm và làm việc lẫn nhau": whoever, whenever)
    # (or the years since a bond began: "Kể từ khi kết nghĩa năm 1994, …", "Thành tựu 30 năm kết nghĩa …")
    r"|kể từ(?:\s+khi|\s+năm)?|\d+\s+năm\s+(?:kết nghĩa|hợp tác|quan hệ|thiết lập|hữu nghị)"
    r"|(?:\d+|mấy|vài|hai|ba|bốn|năm|mười|hàng chục|mấy chục)\s+năm\s+qua|(?:thập kỷ|thập niên|nhiệm kỳ|giai đoạn) qua)(?!\w)"
)


@dataclass
class Classification:
    relevant: bool
    score: float
    event: str  # visit | other | none
    reasons: list[str] = field(default_factory=list)
    document: Document | None = field(default=None, repr=False)
    key_sentences: list[int] = field(default_factory=list, repr=False)
    exchange_sentences: list[int] = field(default_factory=list, repr=False)  # a Lao party beside a cue
    rule_score: float | None = None  # the hand-written rules' own probability
    learned_score: float | None = None  # the learned model's (None when it is off)
    # Read as a meeting of delegations (the visit cues), whatever ``event`` shows: a fair or a culture
    # week is shown as "other" yet people travelled to it, and direction is read as for a visit.
    meeting: bool = False


EXCHANGE_KINDS = ("visit", "signing", "other")


def _cues_by_sentence(doc: Document, index: dict[str, list[tuple[int, str]]]) -> dict[int, dict[str, list[str]]]:
    """The exchange cues of each sentence that has any: sentence index -> kind -> phrases."""
    starts = [s.start for s in doc.sentences]
    out: dict[int, dict[str, list[str]]] = {}
    tail = doc.tail  # (other stories' headlines after the article: no exchange of its own)
    for kind in EXCHANGE_KINDS:
        for offset, phrase in index.get(kind, ()):
            i = bisect_right(starts, offset) - 1
            if i >= 0 and offset < doc.sentences[i].end and doc.sentences[i].start < tail:
                out.setdefault(i, {}).setdefault(kind, []).append(phrase)
    return {i: {k: c[k] for k in EXCHANGE_KINDS if k in c} for i, c in sorted(out.items())}


# A place that opens a sentence as its scene, apart from who acts: "Tối 1/9, tại Thủ đô Viêng Chăn, …".
# ("Trong chuyến công tác tại tỉnh X, …" too: the trip's place, whoever is met there)
SCENE_RE = re.compile(r"(?:^|,)\s*(?:(?:trong|nhân)\s+(?:chuyến|dịp)\s+(?:công tác|làm việc|thăm(?: và làm việc)?)\s+)?"
                      + SCENE_PLACE)


SCENE_END_RE = re.compile(r"\s*(?:\([^()]{0,25}\)\s*)?,")  # (the country in brackets is the place's: "tỉnh X (Lào), …")


def _set_the_scene(doc: Document, m) -> bool:
    """Whether the place ``m`` (a province or city, of either side) is only where its sentence happens, set apart by
    commas."""
    s = next((t for t in doc.sentences if t.start <= m.start < t.end), None)
    return s is not None and bool(SCENE_RE.search(s.folded, 0, m.start - s.start)) \
        and SCENE_END_RE.match(s.folded, m.end - s.start) is not None


# A place of ours that a route links the scene to ("khu kinh tế … trên tuyến hành lang Đông - Tây nối với Quảng Trị"):
# geography, no party of the meeting.
LINKED_TO_RE = re.compile(r"(?<!\w)(?:nối|kết nối|nối liền|thông ra|chạy qua|đi qua)(?:\s+với)?(?:\s+cảng\s+[^\s.,;:()]+(?:\s+của)?)?"
                          r"\s+(?:tỉnh\s+|thành phố\s+)?$")


# … or an end of a route or a tour's leg, named by its ends ("tuyến Hà Nội - Viêng Chăn", "Ngày 1: Hà Nội - Viêng Chăn").
ROUTE_END_RE = re.compile(r"(?<!\w)(?:tuyến(?:\s+(?:xe khách|xe|bay|đường bay|du lịch|vận tải|buýt))?|chặng|đường bay|chuyến bay"
                          r"|ngày\s+\d{1,2}\s*:)\s+(?:từ\s+)?(?:[^\s.,;:()\-–]+\s+){0,3}?(?:[-–]\s+)?$")


def linked_to(doc: Document, m) -> bool:
    """Whether ``m`` is only where a route goes (LINKED_TO_RE, ROUTE_END_RE)."""
    return LINKED_TO_RE.search(doc.folded, max(0, m.start - 40), m.start) is not None \
        or ROUTE_END_RE.search(doc.folded, max(0, m.start - 50), m.start) is not None


def _foreign_met(doc: Document, s: Sentence) -> list:
    """Other countries named in ``s`` as a party (another country as the venue — "Đại sứ quán Việt Nam tại
    Campuchia", "tại Phnôm Pênh" — is no counterpart)."""
    return [m for m in s.of("foreign") if not foreign_venue(doc.folded, s, m)]


# A sentence whose subject is only "ông", "bà", "đoàn" … after its time words ("Trước đó, ông đã thăm Lào"): the one acting
# is who the sentence before began with.
PRONOUN_SUBJECT_RE = re.compile(r"(?:(?:trước đó|sau đó|tiếp đó|cũng trong chuyến (?:thăm|công tác|đi)(?: này)?|trong chuyến "
                                r"(?:thăm|công tác|đi) này)\s*,\s*)?(?:ông|bà|ngài|đoàn|phái đoàn|đoàn khách)\s+(?:đã\s+|cũng\s+|sẽ\s+)?"
                                r"(?!(?:và|cùng|với)\b)[a-zđà-ỹ]")


# A sentence that says the same was done again, naming no one who did it ("Cùng thời điểm, một lô tương tự cũng được bàn
# giao cho Bộ Y tế Lào"): the one acting is, again, who the sentence before began with.
ALSO_DONE_RE = re.compile(r"(?<!\w)cũng (?:đã )?được(?!\w)")


def _foreign_actor(doc: Document, s: Sentence) -> list:
    """The other country whose leader or delegation ``s`` goes on about by a pronoun ("Thủ tướng Campuchia đến Hà
    Nội … Trước đó, ông đã thăm Lào"), or whose act it says was done again for Laos with no one of ours named: the
    first party the sentence before names, when it is another country."""
    if s.index == 0 or not (PRONOUN_SUBJECT_RE.match(s.folded.lstrip())
                            or ALSO_DONE_RE.search(s.folded) and not s.of("vn_province", "vn_body")):
        return []
    prev = doc.sentences[s.index - 1]
    first = min(prev.mentions, key=lambda m: m.start, default=None)
    return [first] if first is not None and first.kind == "foreign" and not foreign_venue(doc.folded, prev, first) else []


def _counterpart_abroad(doc: Document, s: Sentence) -> list:
    """Another country met in ``s``, named there or before it as the subject a pronoun goes on about."""
    return _foreign_met(doc, s) or _foreign_actor(doc, s)


def _borrowed_from(doc: Document, i: int, exchange: list[int]) -> int:
    """The exchange sentence whose Lao party the exchange sentence ``i`` goes on about: itself when it names one, else
    the exchange just before it (see ``_lao_window``)."""
    while i - 1 in exchange and not doc.sentences[i].of("lao_province", "lao_body", "laos"):
        i -= 1
    return i


def _with_its_counterpart(doc: Document, k: int, exchange: list[int]) -> int:
    """The exchange sentence that names the counterpart of ``exchange[k]``: the one whose Lao party it goes on about; or, where
    it names the Lao side again and nobody else, the exchange before it ("… tiếp nhận quốc thư của Đại sứ các nước Nhật Bản,
    Hàn Quốc … Chủ tịch nước Lào chúc các Đại sứ …") — or after it, for a headline ("Chủ tịch nước Lào tiếp Đại sứ 5 nước")."""
    i = exchange[k]
    s = doc.sentences[i]
    if s.of("vn_province", "vn_body", "foreign") or not s.of("lao_province", "lao_body", "laos"):
        return _borrowed_from(doc, i, exchange)
    if s.end <= doc.title_end and i + 1 < len(doc.sentences):
        return exchange[k + 1] if k + 1 < len(exchange) else i + 1  # (the lead names whom a headline's side met)
    before = _borrowed_from(doc, exchange[k - 1], exchange) if k > 0 else i
    return before if doc.sentences[before].of("lao_province", "lao_body", "laos") else i  # (the same side's, that is)


def _abroad_without_us(doc: Document, t: Sentence) -> bool:
    """``t`` deals with another country, and nobody of ours deals with Laos in it."""
    if not _counterpart_abroad(doc, t):
        return False
    if not t.of("lao_province", "lao_body", "laos"):
        return True  # (a sentence of ours with that country, Laos not in it, is no exchange with Laos either)
    # (a city of ours that only sets the scene — "tại Hà Nội, Đại sứ Lào tiếp Đại sứ Campuchia" — or that a route links the
    # scene to is no party of it; Viet Nam's own envoy or delegation among those met is — "… quốc thư của Đại sứ Việt Nam và Đại
    # sứ Nhật Bản" —, as is a host of ours named by office: "Chủ tịch UBND tỉnh … đón tiếp đoàn đại biểu tỉnh X")
    return all(_set_the_scene(doc, m) or linked_to(doc, m) for m in t.of("vn_province", "vn_body")) \
        and not VN_PARTICIPANT_RE.search(t.folded) and not _vietnamese_institution(doc, t.start, t.end)


def _another_country_met(doc: Document, s: Sentence) -> bool:
    return bool(_foreign_met(doc, s)) and not s.of("lao_province", "lao_body", "laos")


def _lao_window(doc: Document, s: Sentence) -> list:
    """The Lao parties a cue in ``s`` may refer to: the sentence's own, else those of the sentence just
    before ("Đoàn … tỉnh X. Đoàn đã …"), or after a ";" that only cuts the sentence ("Đội tuần tra
    phía Việt Nam …; phía tỉnh X …")."""
    lao = s.of("lao_province", "lao_body", "laos")
    if lao:
        return lao
    prev = doc.sentences[s.index - 1] if s.index > 0 else None
    window = prev.of("lao_province", "lao_body", "laos") if prev else []
    nxt = doc.sentences[s.index + 1] if s.index + 1 < len(doc.sentences) else None
    if not window and nxt is not None and s.text.rstrip().endswith(";"):
        window = nxt.of("lao_province", "lao_body", "laos")
    return window


# Viet Nam only as one of several countries beside a third ("doanh nghiệp Lào, Thái Lan, Việt Nam và Trung Quốc") or as
# visitors' nationality ("du khách Việt Nam"): no Vietnamese party.
COUNTRY_LIST_JOIN_RE = re.compile(r"\s*(?:,|và|,\s*và)\s*$")
# (or its firms, as its people: "Các doanh nghiệp Việt Nam tham gia hội chợ với 50 gian hàng" — not a delegation of them)
# (or as whose a place is: "nối với cảng Vũng Áng của Việt Nam", "có chung biên giới với tỉnh Quảng Trị của Việt Nam")
PLACE_OF_VIET_NAM_RE = re.compile(r"(?<!\w)(?:cảng|tỉnh|thành phố|biên giới|lãnh thổ|cửa khẩu|bờ biển|miền|vùng|sân bay|biển)"
                                  r"(?:\s+[^\s.,;:!?()]+){0,4}\s+của\s+(?:nước\s+)?$")
NATIONALITY_BEFORE = ("du khách ", "khách du lịch ", "lượt khách ", "khách ", "công dân ", "người ", "lữ hành ", "doanh nghiệp ", "các doanh nghiệp ", "doanh nhân ", "nhà đầu tư ")


# Delegations counted in a plan: "tổ chức các đoàn sang thăm", "đón một số đoàn của bạn", "cử 3 đoàn".
PLANNED_MANY_RE = re.compile(r"(?<!\w)(?:các|những|một số|nhiều|\d+)\s+(?:lượt\s+)?đoàn(?!\s+viên)(?!\w)")
# A sentence that turns from what was summed up to what happens now: "Tiếp nối kết quả đó, …", "Trên cơ sở đó, …".
NEW_TURN_RE = re.compile(r"\s*(?:tiếp nối|tiếp theo|trên cơ sở|lần này|đợt này|chuyến thăm lần này)(?!\w)")


# the year written after a day ("ngày 5/9/1962")
YEAR_AFTER_DAY_RE = re.compile(r"\s*[/\-.]\s*((?:19|20)\d\d)(?!\d)")


def _a_day_of_these_days(s: Sentence, published: datetime | None) -> bool:
    """``s`` gives a day near the page's (DATE_NEAR_RE): not one whose year is long past ("Ngày 5/9/1962, hai nước
    thiết lập quan hệ ngoại giao" dates no event of the page's)."""
    for hit in DATE_NEAR_RE.finditer(s.folded):
        year = YEAR_AFTER_DAY_RE.match(s.folded, hit.end()) if published is not None else None
        if year is None or int(year[1]) >= published.year - 1:
            return True
    return False


def _within_a_summary(doc: Document, s: Sentence, openings: list[int]) -> bool:
    """A sentence with no day of its own that goes on, in the same paragraph, from one summing up a span
    of time (``openings``: the indexes of such sentences) — "Trong năm 2024, tỉnh đã đón nhiều đoàn … Lãnh đạo
    tỉnh cũng dẫn đầu đoàn sang chúc Tết …": it sums up that span too, and reports no one exchange."""
    j = bisect_right(openings, s.index - 1) - 1
    if j < 0 or NEW_TURN_RE.match(s.folded):
        return False
    first = openings[j]
    if "\n" in doc.text[doc.sentences[first].end : s.start] and not _by_month_of(s, doc.sentences[first]):
        return False
    return not any(DATE_NEAR_RE.search(t.folded) for t in doc.sentences[first : s.index + 1])


def _by_month_of(s: Sentence, opening: Sentence) -> bool:
    """``s`` tells its time by months alone ("… vào tháng 3; đón Tỉnh trưởng tỉnh X vào tháng 8", "Tháng 11, …"), after an
    opening that names a year ("Năm 2023, công tác đối ngoại …"): its months are that year's, in whatever paragraph — a
    year's review told month by month."""
    return "tháng" in s.folded and ANY_YEAR_RE.search(opening.folded) is not None \
        and MONTH_NO_YEAR_RE.search(s.folded) is not None and not ANY_YEAR_RE.search(s.folded)


MONTH_NO_YEAR_RE = re.compile(r"(?<![\w/.\-])tháng\s+\d{1,2}(?!\d)(?!\s*[/\-.]\s*\d)")


OPENING_SENTENCES = 6  # the exchanges a page opens with
CHRONICLE_SPREAD = timedelta(days=31)  # one trip, reported day by day, keeps within a month
CHRONICLE_PAST = timedelta(days=30)


OPENING_EXCHANGES_READ = 8  # exchange sentences among the first eight are read for their dates
OPENING_DATE_CHARS = 40


def _exchange_dates(doc: Document, exchange: list[int], published: datetime | None) -> tuple[date, dict[int, list]] | None:
    """The page's publication day (in Viet Nam) and the dates each exchange sentence of the opening gives, read once for
    the chronicle and the look-back checks; None without a publication time."""
    if published is None:
        return None
    ref = reference_from(published, doc.folded, None)
    # (an aside told as earlier — "Trước đó, ngày 10/3/2019, hai tỉnh đã ký …" — dates what came before the page's news, not it;
    # nor does one told as planned — "Dự kiến, ngày 20/6 tới, đoàn tỉnh X sẽ sang thăm …" — date a past exchange)
    return ref.day, {i: find_dates(doc.sentences[i].folded, ref) for i in exchange if i < OPENING_EXCHANGES_READ
                     and not (i != exchange[0] and (EARLIER_ON_IT_RE.match(doc.sentences[i].folded)
                                                    or PLAN_RE.search(doc.sentences[i].folded)))}


def _a_chronicle(today: date, dates: dict[int, list]) -> bool:
    """The opening's exchanges are dated months apart, the latest a month or more before the page: a
    chronicle of the year's exchanges ("Ngày 12/3, đoàn tỉnh sang thăm tỉnh X. Ngày 5/6, tỉnh đón đoàn …"
    in a December review), reporting no new one."""
    days = [found[0].start for found in dates.values() if found]
    return len(days) >= 2 and max(days) - min(days) > CHRONICLE_SPREAD and today - max(days) > CHRONICLE_PAST


def _long_before(today: date, dates: dict[int, list]) -> bool:
    """Every date the first exchanges open with ("Ngày 18/7/1977, …") names its year, and all lie more than half a year
    before the page (a date further on may be a document's the exchange refers to: "theo Biên bản ký ngày 8/10/2020")."""
    found = [f for i, fs in dates.items() if i < OPENING_SENTENCES for f in fs if f.offset < OPENING_DATE_CHARS]
    return bool(found) and all(f.year_given and today - f.start > LONG_BEFORE for f in found)


def _listed_with_another_country(doc: Document, s: Sentence, m) -> bool:
    """``m`` joined to another country's name in a list ("Lào và Trung Quốc", "Thái Lan, Lào")."""
    return any(COUNTRY_LIST_JOIN_RE.fullmatch(doc.folded, m.end, f.start) or COUNTRY_LIST_JOIN_RE.fullmatch(doc.folded, f.end, m.start)
               for f in s.of("foreign") if 0 < f.start - m.end <= 6 or 0 < m.start - f.end <= 6)


def _one_of_many(doc: Document, s: Sentence, m) -> bool:
    """Laos named in ``s`` as the venue, the chair or one of the countries of a meeting of many."""
    return VENUE_BEFORE_RE.search(doc.folded, max(0, m.start - 60), m.start) is not None or _listed_with_another_country(doc, s, m) \
        or ONE_OF_MANY_BEFORE_RE.search(doc.folded, max(0, m.start - 60), m.start) is not None \
        or AMONG_OTHERS_AFTER_RE.match(doc.folded, m.end) is not None or CHAIRS_AFTER_RE.match(doc.folded, m.end) is not None \
        or CHAIRED_BY_BEFORE_RE.search(doc.folded, max(0, m.start - 60), m.start) is not None


# What was once ("khu di tích hang Viêng Xay, nơi từng là căn cứ của cách mạng Lào với sự giúp đỡ của Việt Nam"): history,
# nobody of ours taking part now.
ONCE_BEFORE_RE = re.compile(r"(?<!\w)(?:từng|trước đây|thời kỳ kháng chiến|trong kháng chiến)(?!\w)[^.;:]{0,60}$")


def _viet_nam_as_a_party(doc: Document) -> bool:
    """Whether some "Việt Nam" in the text can be a party (see COUNTRY_LIST_JOIN_RE)."""
    folded = doc.folded
    countries = [(m.start, m.end) for m in doc.mentions("foreign")]
    i = folded.find("việt nam")
    while i >= 0:
        j = i + len("việt nam")
        listed = any(
            b <= i and i - b <= 6 and COUNTRY_LIST_JOIN_RE.fullmatch(folded, b, i)
            or a >= j and a - j <= 6 and COUNTRY_LIST_JOIN_RE.fullmatch(folded, j, a)
            for a, b in countries
        )
        # ("Hội người Việt Nam tại Lào" greeting the capital's leaders is a body of ours, not a nationality)
        # (nor is a delegation of firms: "đoàn doanh nghiệp Việt Nam" received by a Lao Tỉnh trưởng is a side)
        nationality = folded.endswith(NATIONALITY_BEFORE, max(0, i - 16), i) \
            and not folded.endswith(("hội người ", "đoàn doanh nghiệp ", "đoàn các doanh nghiệp "), max(0, i - 22), i)
        if not listed and not nationality and not PLACE_OF_VIET_NAM_RE.search(folded, max(0, i - 60), i) \
                and not ONCE_BEFORE_RE.search(folded, max(0, i - 60), i):
            return True
        i = folded.find("việt nam", j)
    return False


def _in_viet_nam(doc: Document) -> bool:
    """A Vietnamese city as the venue, Laos's missions in Viet Nam or the Lao students here: someone
    here deals with them."""
    if doc.mentions("vn_place") or "lưu học sinh lào" in doc.folded:
        return True
    foreign_at = {m.start for m in doc.mentions("foreign")}
    return any(m.name in RESIDENT_MISSIONS and not any(m.end < a <= m.end + 12 for a in foreign_at)  # ("tại Thái Lan")
               for m in doc.mentions("lao_body"))


# A Vietnamese body reviewing (or planning) its cooperation with Laos at home: "Ban Thường vụ Tỉnh ủy tổ
# chức hội nghị tổng kết 10 năm thực hiện thỏa thuận hợp tác giữa tỉnh Điện Biên và tỉnh Phông Sa Lỳ". The Lao
# province is the topic; the meeting is an exchange only where a Lao participant shows (PARTICIPANT_RE).
# (and awards at home for the cooperation: "tổ chức hội nghị khen thưởng … có thành tích trong hợp tác với tỉnh X"; the
# meeting may be named first: "tổ chức hội nghị cán bộ chủ chốt quán triệt …")
REVIEW_RE = re.compile(r"(?<!\w)(?:(?:tổ chức|chủ trì)\s+(?:hội nghị(?:\s+(?!(?:với|cùng|giữa)(?!\w))[^\s.,;:]+){0,4}?\s+|buổi\s+|lễ\s+)?|họp\s+)"
                       r"(?:tổng kết|sơ kết|đánh giá|triển khai|quán triệt|ra quân|xuất quân"
                       r"|khen thưởng|tuyên dương|biểu dương)(?!\w)"
                       # (or the verb alone, before what it sums up: "Ban Chỉ đạo 515 tỉnh tổng kết công tác tìm kiếm …")
                       r"|(?<!\w)(?:tổng kết|sơ kết)\s+(?:công tác|hoạt động|mùa|năm|\d+\s+(?:năm|tháng))(?!\w)"
                       # (or a body of ours discussing a report on it: "thảo luận báo cáo kết quả hợp tác với các tỉnh …")
                       r"|(?<!\w)(?P<internal>thảo luận|cho ý kiến(?:\s+vào)?|nghe báo cáo|rút kinh nghiệm|được thông tin về|phổ biến)(?!\w)")
AT_THAT_MEETING_RE = re.compile(r"\s*tại (?:hội nghị|buổi (?:làm việc|họp|gặp mặt)|cuộc họp)\s*,")
PLANNED_WORDS = r"ưu tiên|dự kiến|kế hoạch|sẽ|phấn đấu|chuẩn bị|tham mưu"  # (what is still to be done: a task, a plan)
TOPIC_BEFORE_RE = re.compile(
    # (joint work as a noun — "sơ kết công tác phối hợp với Công an tỉnh X" —, not the verb of who holds it with whom: "Hội … phối
    # hợp với Tổng Lãnh sự quán Lào tổ chức tọa đàm")
    r"(?:hợp tác|(?:công tác|việc|kết quả|hoạt động|cơ chế) phối hợp|quan hệ|thỏa thuận|hiệp định|hiệp ước|quy chế|biên bản|đề án|kế hoạch"
    r"|chương trình|tình đoàn kết|tình hữu nghị)[^.;:]{0,60}?(?<!\w)(?:với|giữa)(?!\w)[^.;:]{0,40}$"
    # (or a task it sets: "triển khai nhiệm vụ năm 2026, trong đó ưu tiên tổ chức đoàn sang thăm tỉnh X")
    r"|(?<!\w)(?:" + PLANNED_WORDS + r"|nhiệm vụ)(?!\w)[^.;:]{0,90}$"
    # (or a programme of aid to it, or the work of helping it: "đánh giá 5 năm thực hiện Đề án hỗ trợ tỉnh X", "tổng kết công
    # tác giúp đỡ tỉnh X", "tổng kết dự án xây dựng trường … tặng tỉnh X")
    r"|(?<!\w)(?:đề án|dự án|chương trình|kế hoạch|công tác)\s+(?:[^.;:]{0,60}?\s)?(?:hỗ trợ|giúp đỡ|viện trợ|tặng)(?!\w)[^.;:]{0,30}$"
    # (or the work of receiving one: "rút kinh nghiệm công tác đón tiếp đoàn … tỉnh X")
    r"|(?<!\w)(?:công tác|quy trình|thủ tục)\s+(?:đón tiếp|tiếp đón|đón|phục vụ)(?!\w)[^.;:]{0,60}$"
    # (or a trip reported on: "báo cáo kết quả chuyến thăm và làm việc tại tỉnh X")
    r"|kết quả\s+(?:chuyến|đợt|cuộc)\s[^.;:]{0,60}$"
)
# Our own delegation reporting at home on a trip it made ("nghe đoàn công tác báo cáo kết quả chuyến thăm … tỉnh X")
REPORT_BACK_RE = re.compile(r"(?<!\w)(?:nghe|báo cáo|thông báo|thông tin)(?!\w)[^.;]{0,60}?kết quả\s+(?:chuyến|đợt|cuộc)\s+"
                            r"(?:thăm|công tác|làm việc)(?!\w)")
LAO_OFFICIAL = r"tỉnh trưởng|đô trưởng|phía bạn|phía lào|hai bên|đồng chủ trì|đại diện lãnh đạo tỉnh bạn"
PARTICIPANT_RE = re.compile(r"(?<!\w)(?:" + LAO_OFFICIAL + r"|đoàn đại biểu|đoàn công tác|đoàn cán bộ"
                            r"|(?:với|có) sự (?:tham dự|tham gia) của|(?:tham\s+)?dự(?:\s+(?:buổi|lễ|hội nghị|mít tinh|tọa đàm|hội thảo|chương trình))?\s+có"
                            # (or the other side's people it honours: "khen thưởng cán bộ tỉnh bạn có thành tích …")
                            r"|(?:cán bộ|tập thể|cá nhân|chiến sĩ|học sinh|sinh viên)(?:,\s*\w+)*\s+(?:của\s+)?(?:tỉnh|nước)\s+bạn)(?!\w)")
# A Vietnamese body holding a commemoration, a rally or a talk of its own ("Tỉnh ủy … tổ chức mít tinh mừng ngày hai
# nước đặt quan hệ ngoại giao"): the Lao provinces a speech at it names are what it is about.
HELD_AT_HOME_RE = re.compile(r"(?<!\w)tổ chức\s+(?:lễ\s+|buổi\s+)?(?:mít tinh|lễ kỷ niệm|kỷ niệm|tọa đàm|hội thảo|gặp mặt kỷ niệm)(?!\w)")
LAO_PARTICIPANT_RE = re.compile(r"(?<!\w)(?:" + LAO_OFFICIAL + r")(?!\w)")
# Our own people sent off, or a collection launched, at home for Laos ("tổ chức lễ xuất quân cho Đội K52 sang tỉnh X tìm
# kiếm hài cốt", "phát động quyên góp ủng hộ nhân dân các tỉnh Bắc Lào"): Laos is where they go or whom the gifts are for.
# (whom the call goes to may stand between: "phát động cán bộ, nhân dân trong tỉnh quyên góp ủng hộ …"; and the collection's
# takings: "đã tiếp nhận hơn 2 tỷ đồng từ các tổ chức, cá nhân ủng hộ nhân dân tỉnh X")
SENT_OFF_RE = re.compile(r"(?<!\w)(?:(?:lễ\s+)?xuất quân"
                         # (or welcomed home: "tổ chức lễ đón Đội K92 trở về sau 6 tháng làm nhiệm vụ tại tỉnh X")
                         r"|đón\s+(?:các\s+)?(?:đội|lực lượng|cán bộ,\s+chiến sĩ|chiến sĩ)(?!\w)[^.;:]{0,40}?\s+(?:trở về|về nước)"
                         r"|phát động(?:\s+[^.;:]{0,50}?)?\s+(?:quyên góp|ủng hộ|đợt quyên góp|đợt ủng hộ"
                         r"|phong trào ủng hộ)|tiếp nhận\s+[^.;:]{0,60}?\s+(?:từ|của)\s+(?:các\s+)?(?:tổ chức|cá nhân|nhà hảo tâm"
                         r"|cán bộ|doanh nghiệp)(?:\s*,\s*(?:cá nhân|doanh nghiệp|nhà hảo tâm))*"
                         # (or goods received to be sent on: "đã tiếp nhận 300 tấn gạo để chuyển cho tỉnh X", "… ủng hộ tỉnh X")
                         r"|tiếp nhận\s+[^.;:]{0,60}?\s+(?:để\s+(?:chuyển|trao|gửi|đưa|vận chuyển)|ủng hộ|hỗ trợ|giúp đỡ|viện trợ)"
                         # (or what it raised, still at home: "cán bộ tỉnh đã quyên góp được 500 triệu đồng ủng hộ nhân dân tỉnh X")
                         r"|quyên góp\s+được)(?!\w)")
# … unless the sentence hands it over ("đã trao số tiền 500 triệu đồng quyên góp được ủng hộ nhân dân tỉnh X")
HANDED_OVER_RE = re.compile(r"(?<!\w)(?:trao|bàn giao|chuyển giao|trao tặng)(?!\w)")
RECIPIENT_BEFORE_RE = re.compile(r"(?<!\w)(?:tặng|ủng hộ|cho)\s+$")
BOUND_FOR_RE = re.compile(r"(?<!\w)(?:sang|lên đường sang|đến|tới|ủng hộ|quyên góp|giúp đỡ|hỗ trợ|tặng|cho"
                          r"|(?:làm|thực hiện)\s+nhiệm vụ(?:\s+quốc tế)?\s+(?:tại|ở))(?!\w)[^.;:]{0,40}$")  # ("gửi tặng" too)


def _held_at_home(doc: Document, s: Sentence) -> int | None:
    """Where the opening says a Vietnamese body holds a commemoration or a talk of its own (HELD_AT_HOME_RE),
    up to ``s``; None when it does not."""
    for t in doc.sentences[: min(s.index + 1, 3)]:
        held = HELD_AT_HOME_RE.search(t.folded)
        if held and t.of("vn_province", "vn_body") and not t.of("lao_province", "lao_body", "laos"):
            return t.start + held.start()
    return None


# A body of ours only cited ("Theo thông báo của Bộ Ngoại giao ngày 18/5, Chủ tịch nước sẽ thăm …", "theo lời mời của …"): no
# second body meeting about the cooperation.
# (or the one that announces it: "Người phát ngôn Bộ Ngoại giao thông báo Chủ tịch nước … sẽ thăm …", "Bộ Ngoại giao cho biết …")
CITED_BY_BEFORE_RE = re.compile(r"(?<!\w)theo(?:\s+(?:thông báo|thông cáo|thông tin|tin|nguồn tin|lời mời|đề nghị))?(?:\s+(?:của|từ))?\s+$"
                                r"|(?<!\w)(?:người phát ngôn|phát ngôn viên)\s+$")
ANNOUNCES_AFTER_RE = re.compile(r"\s+(?:đã\s+|vừa\s+)?(?:cho biết|thông báo|công bố|ra thông cáo)(?!\w)")


def _only_cited(doc: Document, s: Sentence, m: Mention) -> bool:
    """``m``, a body of ours, only cited or announcing in ``s`` (CITED_BY_BEFORE_RE, ANNOUNCES_AFTER_RE)."""
    return CITED_BY_BEFORE_RE.search(doc.folded, max(s.start, m.start - 30), m.start) is not None \
        or ANNOUNCES_AFTER_RE.match(doc.folded, m.end) is not None


def _a_review_at_home(doc: Document, s: Sentence, lao: list) -> bool:
    review = REVIEW_RE.search(s.folded)
    vn = s.of("vn_province", "vn_body")
    told_after = False  # (the Lao side named in the results told after the review: what it reviews)
    if not vn and s.index > 0 and AT_THAT_MEETING_RE.match(s.folded):
        vn = doc.sentences[s.index - 1].of("vn_province", "vn_body")  # ("… tổ chức hội nghị báo cáo viên. Tại hội nghị, …")
    elif review is None and s.index > 0 and (before := doc.sentences[s.index - 1]).end > doc.title_end \
            and not before.of(*LAO_MENTION_KINDS) and (review := REVIEW_RE.search(before.folded)) is not None:
        # (the results it reviews told in the sentence after: "Ban Chỉ đạo 515 tỉnh tổng kết công tác tìm kiếm … Đội K92 đã phối
        # hợp với Ban 515 tỉnh X (Lào) tìm kiếm, quy tập được 25 hài cốt")
        s, vn, told_after = before, before.of("vn_province", "vn_body"), True
    report = REPORT_BACK_RE.search(s.folded) if vn and review is None else None
    # (or a body of ours that names no province holds it: "Ban Thường vụ Tỉnh ủy tổ chức hội nghị quán triệt …")
    if review is not None and (vn or _vietnamese_institution(doc, s.start, s.start + review.start())):
        at = s.start + review.start()
        # (a discussion, a report heard, lessons drawn are our own bodies' work: a delegation they name is what they talk
        # about — "rút kinh nghiệm công tác đón tiếp đoàn đại biểu …" —, only a Lao official present makes it an exchange)
        participants = LAO_PARTICIPANT_RE if review["internal"] else PARTICIPANT_RE
    elif report is not None:
        # (the delegation that reports is ours: only a Lao official present makes it an exchange)
        at, participants = s.start + report.start(), LAO_PARTICIPANT_RE
    elif (held := _held_at_home(doc, s)) is not None:
        at, participants = held, PARTICIPANT_RE
    elif len({m.name for m in vn if not _only_cited(doc, s, m)}) \
            + bool(mission := VN_MISSION_IN_LAOS_RE.search(s.folded)) >= 2 and \
            (at := min([m.start for m in vn] + ([s.start + mission.start()] if mission else []))) < lao[0].start:
        # two Vietnamese bodies meeting about the cooperation ("Ban Dân vận Trung ương làm việc với Tỉnh ủy
        # Lai Châu về kết quả hợp tác với những tỉnh phía bắc nước bạn Lào"; our ambassador to Laos with a province's
        # leaders): the delegation is theirs, so only a Lao official counts
        participants = LAO_PARTICIPANT_RE
    else:
        return False
    # (a Lao province that only sets the scene — "Ngày 18/5, tại tỉnh X, Đoàn 565 … tổ chức sơ kết …" — takes no part)
    scenes = [m for m in lao if m.start < at and _set_the_scene(doc, m)]
    lao = [m for m in lao if m not in scenes and not (  # (nor the country in brackets after it)
        m.kind == "laos" and any(LAOS_AFTER_PLACE_RE.fullmatch(doc.folded, p.end, m.start) for p in scenes))]
    if any(m.start < at for m in lao) or not told_after and not all(
        TOPIC_BEFORE_RE.search(doc.folded, max(s.start, m.start - 100), m.start)
        # ("… với các tỉnh X, Y của Lào": the country of the provinces before it is no other side; nor is a province listed
        # after one that is the topic: "phối hợp với Công an các tỉnh X, Y, Z")
        or k and m.kind == "laos" and LAOS_AFTER_PLACE_RE.fullmatch(doc.folded, lao[k - 1].end, m.start)
        or k and LIST_JOIN_RE.fullmatch(doc.folded, lao[k - 1].end, m.start)
        for k, m in enumerate(lao)
    ):
        return False  # (a Lao body that holds the meeting, or a Lao side named otherwise, is a participant)
    return not any(_sits_at_it(doc, p) for p in participants.finditer(doc.folded, 0, 3000))


# A delegation of ours still to be sent, named among a meeting's tasks ("… triển khai nhiệm vụ năm 2024, trong đó tham mưu tổ
# chức đoàn đại biểu cấp cao của tỉnh sang thăm tỉnh X"): no participant of the meeting.
PLANNED_DELEGATION_RE = re.compile(r"(?<!\w)(?:" + PLANNED_WORDS + r")(?!\w)[^.;:,]{0,40}$")


def _sits_at_it(doc: Document, p: re.Match) -> bool:
    """Whether the participant ``p`` found at a review names who sits at it: not what two sides did over a span a sentence
    opens with, nor a delegation of ours still to be sent."""
    if _over_a_period(doc, p.start()):
        return False
    return not (p.group(0).startswith("đoàn") and (PLANNED_DELEGATION_RE.search(doc.folded, max(0, p.start() - 60), p.start())
                                                   or DELEGATIONS_COUNTED_RE.search(doc.folded, max(0, p.start() - 30), p.start())))
# Delegations counted ("hai tỉnh đã trao đổi 36 đoàn công tác các cấp", "đón hơn 20 lượt đoàn"): a tally of the years the
# meeting reviews, not a delegation sitting at it.
DELEGATIONS_COUNTED_RE = re.compile(r"(?<!\w)(?:\d+|nhiều|hàng chục|hàng trăm|hàng nghìn|hàng ngàn|hàng loạt)\s+(?:lượt\s+)?$")
# A sentence that opens with the span it sums up ("Trong 6 tháng, hai bên đã phối hợp triệt phá …", "Thời gian qua, …"):
# the two sides it names are what the meeting reviews, not who sits at it ("Tại hội nghị, hai bên …"). (The span may follow the
# source it is told from: "Theo báo cáo của Sở Ngoại vụ, trong 5 năm qua, hai tỉnh …")
PERIOD_OPENING_RE = re.compile(r"\s*(?:theo\s+[^.;:,]{0,60},\s*)?(?:(?:trong|sau)\s+(?:\d+|hai|ba|sáu|chín|mấy|những|các)\s+(?:tháng|năm)(?:\s+(?:qua|đầu năm|vừa qua))?"
                               r"|thời gian qua|những năm qua|năm qua)\s*,")


def _over_a_period(doc: Document, at: int) -> bool:
    s = next((t for t in doc.sentences if t.start <= at < t.end), None)
    return s is not None and PERIOD_OPENING_RE.match(s.folded) is not None


def _viet_nam_acts(doc: Document) -> bool:
    """Somebody of Viet Nam's acts in the text though no province or body of ours is named: a Vietnamese venue or
    Laos's missions here, an institution only Viet Nam has, "VN", or a host of ours named by title."""
    return _in_viet_nam(doc) or _vietnamese_institution(doc) or bool(VN_ABBREVIATION_RE.search(doc.text)) \
        or bool(VN_HOST_NAMED_RE.search(doc.text)) or ("tướng" in doc.folded or "đô đốc" in doc.folded) and bool(VN_GENERAL_RE.search(doc.text))


# Viet Nam's people or offices taking part: "phía Việt Nam", "Đại sứ Việt Nam", "đoàn đại biểu Việt Nam", "đại diện Việt Nam".
VN_PARTICIPANT_RE = re.compile(r"(?<!\w)(?:phía|đoàn(?:\s+đại biểu|\s+công tác|\s+cán bộ)?|đại sứ(?:\s+quán)?|tổng lãnh sự(?:\s+quán)?"
                               r"|lãnh sự(?:\s+quán)?|đại diện|lãnh đạo|chuyên gia|phái đoàn)\s+(?:nước\s+)?(?:chxhcn\s+)?việt nam(?!\w)"
                               # (or a body of ours named for the country: "Viện Hàn lâm Khoa học xã hội Việt Nam" — not Laos's
                               # "Hội Hữu nghị Lào - Việt Nam")
                               r"|(?<!\w)(?:viện|học viện|ủy ban|bộ|tổng cục|ngân hàng|liên hiệp|tổng liên đoàn|hội đồng|thông tấn xã)"
                               # (not a work funded by Viet Nam: "bệnh viện do Việt Nam tài trợ")
                               r"(?:\s+(?!(?:lào|do)(?!\w))[^\s.,;:()]+){1,6}\s+việt nam(?!\w)")


# What a meeting reports of the past: "Tỉnh trưởng cho biết trong năm tỉnh đã hoàn thành …", "Báo cáo nêu rõ, năm qua …".
# (or what it judges: "Hội nghị đánh giá, …", "Hội nghị nhận định, …"; and what is read out after a colon: "… báo cáo: …")
REPORTED_PAST_RE = re.compile(r"(?<!\w)(?:cho biết|báo cáo|nêu rõ|đánh giá|nhận định|cho thấy)(?!\w)[^.;]*?(?<!\w)"
                              r"(?:trong năm|năm qua|thời gian qua|đã)(?!\w)")

# What a body holds with its own people: a send-off, its members' gathering (or, of Laos's, a work of its own opened:
# "Bộ Y tế Lào tổ chức lễ đưa vào hoạt động Bệnh viện …").
HELD_ALONE_RE = re.compile(r"(?<!\w)tổ chức\s+(?:lễ tiễn|buổi tiễn|gặp mặt|họp mặt|buổi gặp mặt|buổi họp mặt"
                           r"|lễ (?:khánh thành|khai trương|khởi công|đón nhận|đưa vào (?:hoạt động|sử dụng)))(?!\w)")


# A place or body of ours only spoken of at an event of Laos's own: where its students will study ("sẽ học tại các trường
# đại học ở Hà Nội"), who funded a work ("công trình do Chính phủ Việt Nam tài trợ xây dựng"), what a speech recalls ("ôn
# lại … tình đoàn kết chiến đấu với Quân đội nhân dân Việt Nam").
STUDY_PLACE_BEFORE_RE = re.compile(r"(?<!\w)(?:học|học tập|theo học|đào tạo)\s+(?:tại|ở)(?:\s+[^.;:]{0,50}?\s+(?:ở|tại))?"
                                   r"\s+(?:tỉnh\s+|thành phố\s+)?$")
FUNDER_BEFORE_RE = re.compile(r"(?<!\w)do\s+(?:nhà nước\s+|chính phủ\s+|nhân dân\s+)?$")
FUNDED_AFTER_RE = re.compile(r"\s+(?:tài trợ|viện trợ|hỗ trợ|giúp đỡ|xây dựng|đầu tư|trao tặng|tặng)(?!\w)")
RECALLED_BEFORE_RE = re.compile(r"(?<!\w)(?:ôn lại|nhắc lại|nhớ lại|điểm lại)(?!\w)[^.;:]{0,120}$")


def only_spoken_of(doc: Document, m) -> bool:
    """Whether the place or body of ours ``m`` is only spoken of (STUDY_PLACE_BEFORE_RE, FUNDER_BEFORE_RE, RECALLED_BEFORE_RE)."""
    before = max(0, m.start - 120)
    return STUDY_PLACE_BEFORE_RE.search(doc.folded, before, m.start) is not None \
        or FUNDER_BEFORE_RE.search(doc.folded, max(0, m.start - 25), m.start) is not None \
        and FUNDED_AFTER_RE.match(doc.folded, m.end) is not None \
        or RECALLED_BEFORE_RE.search(doc.folded, before, m.start) is not None


def spoken_of(doc: Document, ours: list) -> list[bool]:
    """For each of ``ours`` (in order), whether it is only spoken of (``only_spoken_of``) or listed after one that is ("ở Hà
    Nội, Thái Nguyên và Đà Nẵng")."""
    flags: list[bool] = []
    for k, m in enumerate(ours):
        flags.append(only_spoken_of(doc, m) or bool(flags) and flags[-1]
                     and LIST_JOIN_RE.fullmatch(doc.folded, ours[k - 1].end, m.start) is not None)
    return flags


def _laos_at_home(doc: Document, s: Sentence) -> bool:
    """A Lao body holds a review, a commemoration, a send-off or a collection of its own about Viet Nam ("Bộ Kế hoạch
    và Đầu tư Lào tổ chức hội nghị tổng kết các dự án hợp tác với Việt Nam", "Mặt trận Lào … tổ chức mít tinh kỷ
    niệm … quan hệ Lào - Việt Nam", "… tổ chức lễ tiễn sinh viên sang Việt Nam học tập", "… phát động quyên góp ủng hộ
    nhân dân Việt Nam"): no province, body or place of ours is named, nor anybody of Viet Nam's taking part — the
    mirror of a review or a send-off at home (``_a_review_at_home``, ``_sent_off_at_home``)."""
    if not (REVIEW_RE.search(s.folded) or HELD_AT_HOME_RE.search(s.folded) or HELD_ALONE_RE.search(s.folded)
            or SENT_OFF_RE.search(s.folded)):
        return False
    # (a province of ours named only in what the review reports of the past — "Tỉnh trưởng cho biết trong năm tỉnh đã hoàn
    # thành …, trong đó có trường học do tỉnh X (Việt Nam) hỗ trợ" — is its topic, nobody taking part; so is one named in what
    # a sentence sums up over a span: "Năm qua, tỉnh đã đón 25 đoàn khách quốc tế, trong đó có các đoàn của tỉnh X")
    if any((t is s or not (REPORTED_PAST_RE.search(t.folded) or SUMMARY_OPENING_RE.match(t.folded)))
           and not all(spoken_of(doc, t.of("vn_province", "vn_body", "vn_place"))) for t in doc.sentences):
        return False
    return not (_viet_nam_acts(doc) or VN_PARTICIPANT_RE.search(doc.folded))


def _meets_only_our_own(doc: Document, lao: list, exchange: list[int]) -> bool:
    """A delegation meets Viet Nam's own mission or people in Laos (VN_MISSION_MET_RE, VN_PEOPLE_MET_RE) and no Lao
    party: the key exchange's Lao side is the country, or a province that only sets the scene ("Tối 1/9, tại Thủ đô
    Viêng Chăn, Đại sứ quán … gặp mặt kiều bào"), and no other Lao party is named up to the meeting."""
    community = any(w in doc.folded for w in COMMUNITY_WORDS)  # (a cheap test before a search in every opening sentence)
    mission = next((t for t in doc.sentences[:8] if VN_MISSION_MET_RE.search(t.folded) or VN_PEOPLE_MET_RE.search(t.folded)
                    or VN_MISSION_ACTS_RE.search(t.folded) or community and VN_COMMUNITY_ACTS_RE.search(t.folded)), None)
    if mission is None or LAO_PEOPLE_MET_RE.search(mission.folded):
        return False  # (our mission meeting Laos's people — "gặp mặt cựu lưu học sinh Lào" — meets the other side)
    if exchange and mission.index > exchange[0] and (SAME_OCCASION_RE.search(mission.folded, 0, 30)
                                                     or TRIP_FRAME_RE.search(mission.folded, 0, 40)
                                                     or ALSO_RE.search(mission.folded, 0, 60)
                                                     or EARLIER_ON_IT_RE.match(mission.folded)):
        # (an aside after the exchange the page opens with: "Tối cùng ngày, đoàn đã gặp mặt cộng đồng người Việt …", "Trong
        # chuyến công tác, đoàn còn đến thăm Đại sứ quán Việt Nam tại Lào", "Trước đó, đoàn đã tới chào Tổng Lãnh sự quán ta
        # ở …")
        return False
    held = VN_COMMUNITY_ACTS_RE.search(mission.folded) if community else None

    def scene(m) -> bool:
        return _set_the_scene(doc, m) or held is not None and m.kind == "lao_province" \
            and mission.start + held.end() <= m.start < mission.end \
            and VENUE_BEFORE_LAO_RE.search(doc.folded, max(0, m.start - 20), m.start) is not None

    scenes = [m for m in lao if m.kind != "laos"]
    if not all(scene(m) for m in scenes) or any(
            not scene(m) for t in doc.sentences[: mission.index + 1] for m in t.of("lao_province", "lao_body")):
        return False
    if scenes and (any(not scene(m) for i in exchange for m in doc.sentences[i].of("lao_province", "lao_body"))
                   or LAO_ONLY_TITLE_RE.search(doc.folded, 0, doc.sentences[min(len(doc.sentences), OPENING_SENTENCES) - 1].end)):
        return False  # (where the scene is a province: it is met in an exchange after all, or its leaders unnamed are)
    if any(_lao_guests(doc, t) for t in doc.sentences[:OPENING_SENTENCES]):
        return False  # (Laos's leaders among its guests — "Tham dự có đồng chí X, Thủ tướng Lào" — meet it)
    # (a Lao office met anywhere — "hội đàm với Tổng Bí thư, Chủ tịch nước Lào X" — is a Lao party after all, unless it is
    # only where our own people's event is held)
    return not any(lao_institution(doc.folded, m) and not (
        community and VENUE_INSTITUTION_BEFORE_RE.search(doc.folded, max(0, m.start - 80), m.start) is not None
        and (ours := VN_COMMUNITY_ACTS_RE.search(doc.sentences[i].folded)) is not None
        and doc.sentences[i].start + ours.end() <= m.start)
        for i in exchange for m in doc.sentences[i].of("laos"))


# Who attended, listed: "Tham dự có …", "với sự tham dự của …"
GUESTS_RE = re.compile(r"(?:^\s*(?:cùng\s+)?(?:tham dự|đến dự|dự)(?:\s+(?:buổi lễ|lễ|chương trình|hội nghị))?\s+có"
                       r"|(?:với|có) sự (?:tham dự|tham gia|góp mặt) của)(?!\w)")


def _lao_guests(doc: Document, t: Sentence) -> bool:
    """``t`` lists who attended, Laos's leaders or bodies among them."""
    listed = GUESTS_RE.search(t.folded)
    return listed is not None and any(
        m.start >= t.start + listed.end() and (m.kind == "lao_body" or m.kind == "laos" and lao_institution(doc.folded, m))
        for m in t.of("lao_body", "laos"))


def _lao_meets_only_its_own(doc: Document, s: Sentence) -> bool:
    """A Lao mission or body meets Laos's own people here (LAO_PEOPLE_MET_RE) and nobody of ours: every Vietnamese
    place the page opens with is only where it happens ("tại Hà Nội"), and no institution of ours is named."""
    if not LAO_PEOPLE_MET_RE.search(s.folded) or VN_MISSION_ACTS_RE.search(s.folded):
        return False  # (our own mission in Laos meeting them is no Lao mission)
    if SCHOOL_MET_RE.search(s.folded):
        return False  # (the school of ours they study at, met about them, is a party: not where they are, "học tập tại …")
    ours = [m for t in doc.sentences[:OPENING_SENTENCES] for m in t.of("vn_province", "vn_body")]
    return all(m.kind == "vn_province" and CITY_AS_VENUE_RE.search(doc.folded, max(0, m.start - 16), m.start) for m in ours) \
        and not _vietnamese_institution(doc)


def _sent_off_at_home(doc: Document, s: Sentence, lao: list) -> bool:
    """A Vietnamese body sends its own people off, or launches a collection, for Laos (SENT_OFF_RE): every Lao
    side named is where they go or whom the gifts are for, and no Lao participant is there."""
    # (whoever sends or receives: every Lao side named after it, as below, leaves it to a body of ours — "Đơn vị đã tiếp nhận …")
    sent = SENT_OFF_RE.search(s.folded)
    if sent is None or HANDED_OVER_RE.search(s.folded, 0, sent.start()):
        return False
    at = s.start + sent.start()
    # (whom the gifts are for, named as the other side's people — "gửi tặng học sinh tỉnh bạn" — take no part)
    return not any(m.start < at or not BOUND_FOR_RE.search(doc.folded, at, m.start) for m in lao) \
        and not any(not RECIPIENT_BEFORE_RE.search(doc.folded, max(0, p.start() - 12), p.start())
                    for p in PARTICIPANT_RE.finditer(doc.folded, 0, 3000))


# … or what is reported, by its name: "Tỉnh báo cáo việc phối hợp với tỉnh X trong tuần tra song phương".
REPORTED_WORK_RE = re.compile(r"(?<!\w)báo cáo\s+(?:về\s+)?(?:việc|kết quả|tình hình|công tác)(?!\w)")
# A meeting of ours that sums up a span: a review, a council's session, a cabinet's monthly meeting, a press briefing.
SUMMING_UP_RE = re.compile(REVIEW_RE.pattern + r"|(?<!\w)(?:kỳ họp|phiên họp|họp báo|giao ban)(?!\w)")
# … or what was done, told as done ("tỉnh đã đón …", "đã tổ chức thành công …"), not on the occasion of the page's own event
DONE_BEFORE_RE = re.compile(r"(?<!\w)(?:đã|thành công)(?!\w)")
ALSO_RE = re.compile(r"(?<!\w)(?:còn|cũng)(?!\w)")
SAME_OCCASION_RE = re.compile(r"(?<!\w)(?:cùng ngày|dịp này|nhân dịp này|bên lề|sau hội nghị|trước hội nghị|sau đó|tiếp đó|tiếp theo)(?!\w)")
# (or told as earlier on the same trip, after the page's exchange: "Trước đó, đoàn đã tới chào …")
EARLIER_ON_IT_RE = re.compile(r"\s*trước đó\s*,")
# Who came to an event (named in the sentence before): "Phó Chủ tịch nước … đến dự", "Đoàn đại biểu tỉnh … đã sang dự".
ATTENDED_RE = re.compile(r"(?<!\w)(?:đến|tới|về|sang|đã)\s+dự(?!\w)")
# A meeting of ours that the page opens with: "Chủ tịch UBND tỉnh làm việc với Sở Ngoại vụ …", "Ban Thường vụ họp …".
OUR_MEETING_RE = re.compile(r"(?<!\w)(?:làm việc với|họp|hội nghị|giao ban|phiên họp|kỳ họp)(?!\w)")


def _reported_at_a_meeting_of_ours(doc: Document, s: Sentence) -> bool:
    """The exchange is only what somebody reports, with no day, at a meeting of ours the page opens with and that names
    no Lao party ("Chủ tịch UBND tỉnh làm việc với Sở Ngoại vụ … Sở Ngoại vụ cho biết, tỉnh đã phối hợp tổ chức chuyến
    thăm của đoàn tỉnh X (Lào) vào tháng 3"): that meeting is the page's news, the exchange an earlier one's."""
    reported = REPORTED_PAST_RE.search(s.folded) or REPORTED_WORK_RE.search(s.folded)
    lao = s.of(*LAO_MENTION_KINDS)
    done = DONE_BEFORE_RE.search(s.folded) if reported is None and lao else None
    if reported is None and done is None or not lao or s.start + (reported or done).start() > lao[0].start \
            or DAY_RE.search(s.folded) or DATE_NEAR_RE.search(s.folded) or SAME_OCCASION_RE.search(s.folded):
        return False
    opening = doc.sentences[: s.index]
    # (a past exchange told with no verb of telling is what a review of ours the page opens with sums up: "… tổ chức hội
    # nghị đánh giá tình hình 6 tháng đầu năm. Về công tác đối ngoại, tỉnh đã đón đoàn đại biểu cấp cao tỉnh X …")
    meeting = OUR_MEETING_RE if reported is not None else SUMMING_UP_RE
    return bool(opening) and not any(t.of(*LAO_MENTION_KINDS) for t in opening) and any(
        t.of("vn_province", "vn_body") and meeting.search(t.folded) for t in opening)


class _Candidate(NamedTuple):
    """An exchange sentence as the search for the key one weighs it."""
    weight: float
    sentence: Sentence
    cues: dict[str, list[str]]
    lao: list
    factor: float  # (the share of its weight its Lao party's place and its position give it)


# What tells an exchange as held: "đã", "vừa" (beside a day, DATE_NEAR_RE).
HELD_WORD_RE = re.compile(r"(?<!\w)(?:đã|vừa)(?!\w)")


def _held_instead(doc: Document, key: _Candidate, scored: list[_Candidate], cue_index: dict) -> _Candidate | None:
    """Beside a key sentence only planned or invited ("… Tỉnh cũng đang xúc tiến các thủ tục tiến tới ký kết … với tỉnh X"),
    the weightiest exchange the page reports as held, if any: one told before it — not the headline of the plan itself,
    "Họp báo giới thiệu Tuần Văn hóa Lào" / "… Tuần Văn hóa sẽ diễn ra trong quý III" — or told as done or dated, and
    neither planned nor invited itself."""
    planned_words = {p for phrases in key.cues.values() for p in phrases}
    planned_with = {m.name for m in key.lao}

    def told_held(c: _Candidate) -> bool:
        s = c.sentence
        if s.index < key.sentence.index and (s is not doc.head or not planned_words & {p for ps in c.cues.values() for p in ps}
                                             or not _same_lao_side(planned_with, {m.name for m in c.lao})):
            return True
        return bool(DATE_NEAR_RE.search(s.folded) or HELD_WORD_RE.search(s.folded))

    held = [c for c in scored if told_held(c)
            and not (_only_planned(doc, c.sentence, cue_index) or _only_invited(doc, c.sentence, cue_index))]
    return max(held, key=lambda c: c.weight) if held else None


def _visited_provinces(doc: Document) -> list[tuple[int, str]]:
    """A bare "thăm" right before a province's name ("đoàn tỉnh X thăm Quảng Nam"), as (offset, cue)."""
    folded, out = doc.folded, []
    at = folded.find("thăm ")
    starts = [s.start for s in doc.sentences] if at >= 0 else []
    while at >= 0:
        i = bisect_right(starts, at) - 1
        if i >= 0 and any(m.start == at + 5 and m.kind in ("vn_province", "lao_province") for m in doc.sentences[i].mentions):
            out.append((at, "thăm"))
        at = folded.find("thăm ", at + 5)
    return out


# A delegation received, told from its side: "Đoàn được Phó Tỉnh trưởng tỉnh X … tiếp và thông tin …", "đã được đồng chí Y, Bí
# thư Tỉnh ủy tỉnh X, tiếp thân mật" — the receiving leader's title between, the verb closing the clause.
RECEIVED_BY_RE = re.compile(r"được\s+(?:đồng chí|ông|bà|ngài|lãnh đạo|chủ tịch|phó chủ tịch|tỉnh trưởng|phó tỉnh trưởng|bí thư|phó bí thư"
                            r"|đô trưởng|phó đô trưởng|thủ tướng|phó thủ tướng|bộ trưởng|thứ trưởng|tổng bí thư|chủ tịch nước)(?!\w)"
                            r"[^.;:!?]{0,100}?\s(?P<cue>tiếp|đón|tiếp đón|đón tiếp)(?=\s*(?:[,.;]|và\s|thân mật|trọng thị|nồng hậu|tại\s|$))")
RECEIVED_ONE_BEFORE_RE = re.compile(r"(?<!\w)(?:đoàn|đại sứ|tổng lãnh sự|bộ trưởng|thứ trưởng|trưởng đoàn)(?:\s+[^.;:!?]{0,60}?)?"
                                    r"\s+(?:đã\s+)?$")


def _received_by(doc: Document) -> list[tuple[int, str]]:
    """Each RECEIVED_BY_RE reception of a delegation or an envoy (RECEIVED_ONE_BEFORE_RE), as (offset of its verb, cue)."""
    folded, out = doc.folded, []
    at = folded.find("được ")
    while at >= 0:  # (a common word: each is tried where it stands, not searched for across the page)
        m = RECEIVED_BY_RE.match(folded, at)
        if m is not None and RECEIVED_ONE_BEFORE_RE.search(folded, max(0, at - 80), at) is not None:
            out.append((m.start("cue"), m.group("cue")))
        at = folded.find("được ", at + 5)
    return out


# Two sides named as who hold an event together ("Tỉnh đoàn Hà Tĩnh và Đoàn TNNDCM tỉnh X (Lào) tổ chức chung kết cuộc thi
# …", "… ra quân chiến dịch tình nguyện hè"): a friendship event organised by both, whatever it is.
# (or "A phối hợp với B …", "A cùng với B …": the two hold it together as well)
JOINED_BY_AND_RE = re.compile(r"\s*(?:\([^()]{0,20}\)\s*)?(?:việt nam\s*)?,?\s*(?:và|(?:đã\s+)?phối hợp với|cùng với)\s+"
                              r"(?:[^\s.,;:()]+\s+){0,8}?$")
NAME_GOES_ON_RE = re.compile(r"\s*(?:\(|,)?\s*(?:tỉnh|thủ đô|thành phố)?\s*")
HOLD_AFTER_RE = re.compile(r"\s*\)?\s*(?:\([^()]{0,20}\)\s*)?"
                           # (a mission's seat may follow its name: "Tổng Lãnh sự quán Lào tại Vinh tổ chức …")
                           r"(?:(?:tại|ở)\s+(?:tp\.?\s*|thành phố\s+)?[^\s.,;:()]+(?:\s+[^\s.,;:()]+)?\s+(?=(?:đã\s+)?tổ chức))?"
                           r"(?:(?:đã|cùng|cùng nhau|phối hợp|long trọng|trọng thể)\s+)*"
                           # (or meet: "Bộ Giao thông vận tải Việt Nam và Bộ Công chính và Vận tải Lào họp thúc đẩy dự án …")
                           # (not a joint operation against crime: "… phối hợp với Công an tỉnh X (Lào) tổ chức phá chuyên án")
                           r"(?P<cue>tổ chức(?!\s+(?:phá|bắt|truy|vây|triệt|đấu tranh))|khai mạc|ra quân|phát động|họp|hội ý|trao đổi"
                           r"|thảo luận)(?!\w)")
VN_SIDE_KINDS = ("vn_province", "vn_body")


def _held_together(doc: Document) -> list[tuple[int, str]]:
    """A Vietnamese and a Lao party joined by "và" as who hold an event ("A và B tổ chức …"), as (offset, cue)."""
    folded, out = doc.folded, []
    along = "cùng " in folded  # (ALONG_WITH_RE)
    if " và " not in folded and "phối hợp với" not in folded and not along:
        return out
    for s in doc.sentences:
        ms = s.mentions
        for k in range(len(ms) - 1):
            a, b = ms[k], ms[k + 1]
            if {a.kind in VN_SIDE_KINDS, b.kind in VN_SIDE_KINDS} != {True, False}:
                continue
            lao = a if a.kind in LAO_PARTY_KINDS else b
            if lao.kind not in LAO_PARTY_KINDS or lao.kind == "laos" and not lao_institution(folded, lao):
                continue
            # (the second party's name may go on with more of its own: "Đoàn TNNDCM Lào tỉnh X (Lào) ra quân …")
            j = k + 1
            while j + 1 < len(ms) and ms[j + 1].kind in (LAO_PARTY_KINDS if b is lao else VN_SIDE_KINDS) \
                    and NAME_GOES_ON_RE.fullmatch(folded, ms[j].end, ms[j + 1].start):
                j += 1
            held = HOLD_AFTER_RE.match(folded, ms[j].end)  # (the country in brackets after a province: "tỉnh X (Lào) tổ chức …")
            if held and held.end() <= s.end and JOINED_BY_AND_RE.fullmatch(folded, a.end, b.start):
                out.append((held.start("cue"), held["cue"]))
        # (or a party of Laos's with an envoy or delegation of Viet Nam's, named by the country, on one visit: "Bộ trưởng Y tế
        # Lào cùng Đại sứ Việt Nam tại Lào … thăm Bệnh viện Hữu nghị …")
        for m in ms if along else ():
            if m.kind in LAO_PARTY_KINDS and (m.kind != "laos" or lao_institution(folded, m)) \
                    and (joined := ALONG_WITH_RE.match(folded, m.end)) and VN_PARTICIPANT_RE.match(folded, joined.end()) \
                    and JOINT_VISIT_RE.search(folded, joined.end(), min(s.end, joined.end() + 90)):
                out.append((joined.start("cue"), joined["cue"]))
    return out


ALONG_WITH_RE = re.compile(r"\s*(?:\([^()]{0,20}\)\s*)?(?P<cue>cùng(?:\s+với)?)\s+")
JOINT_VISIT_RE = re.compile(r"(?<!\w)(?:đã\s+)?(?:thăm|dự|tham dự|khảo sát|tham quan|kiểm tra|chứng kiến|cắt băng)(?!\w)")


def _quote(s: Sentence, phrase_folded: str) -> str:
    i = s.folded.find(phrase_folded)
    return s.text[i : i + len(phrase_folded)] if i >= 0 else phrase_folded


def classify(
    title: str,
    body: str,
    url: str | None = None,
    published: datetime | None = None,
    *,
    gazetteer: Gazetteer | None = None,
    threshold: float | None = None,
) -> Classification:
    gaz = gazetteer or default_gazetteer()
    extra = tuple((k, tuple(v)) for k, v in sorted((gaz.cues or {}).items()))
    threshold = threshold if threshold is not None else (gaz.threshold or DEFAULT_THRESHOLD)
    doc = analyse(title, body, gaz)
    # (the page's mentions first: its sentences are only cut when it names Laos somewhere)
    if not doc.names_laos() or not any(s.of(*LAO_KINDS) for s in doc.sentences):
        # Most of what a crawl brings never names Laos: nothing to weigh (neither rules nor the model
        # can make an exchange with Laos of a page that does not name it).
        return Classification(False, NO_LAOS_SCORE, "none", ["against: Laos is not named"], doc, [], [], NO_LAOS_SCORE, None)
    reasons: list[str] = []
    total = -2.0

    # 1. The exchange: a Lao party beside an exchange cue.
    best, best_s, best_cues, best_lao = 0.0, None, {}, []
    best_weight = 0.0
    scored: list[_Candidate] = []  # every exchange sentence, weighed
    # (the last sentence that only names a meeting of many countries Laos hosts, and where what named it starts)
    hosted: tuple[int, int] | None = None
    summed_up = False  # an exchange with a Lao party only summed up over a span of time
    n_sent = len(doc.sentences)
    lao_sentences = 0
    exchange: list[int] = []
    cue_index = scan_cues(doc.folded, extra)
    multilateral = cue_index.get("multilateral")  # (the words of a meeting of many countries, where they are)
    if "quốc gia" in doc.folded or "nước" in doc.folded:  # (or their count: "nghệ sĩ đến từ 12 quốc gia")
        counted = [(c.start(), c.group()) for c in MANY_COUNTRIES_RE.finditer(doc.folded)]
        if counted:
            multilateral = sorted((multilateral or []) + counted)
    # "đoàn tỉnh X thăm Quảng Nam": a bare "thăm" before a province's name is a plain word of a visit
    visited = _visited_provinces(doc)
    if visited:
        cue_index["weak_visit"] = sorted(cue_index.get("weak_visit", []) + visited)
    received = _received_by(doc)
    if received:  # (where no cue stands already: "… tiếp thân mật", "… tiếp đón" are cues of their own)
        taken = {at for cues in cue_index.values() for at, _ in cues}
        cue_index["visit"] = sorted(cue_index.get("visit", []) + [c for c in received if c[0] not in taken])
    together = _held_together(doc)
    if together:
        cue_index["other"] = sorted(cue_index.get("other", []) + together)
    candidates = _cues_by_sentence(doc, cue_index)
    windows = {i: _lao_window(doc, doc.sentences[i]) for i in candidates}
    # sentences where another country, not Laos, is beside a clear cue (counted before the plainer words replace them)
    any_foreign = doc.names("foreign")  # (most pages name no other country: nothing to look for)
    foreign_sentences = sum(1 for i in candidates if _another_country_met(doc, doc.sentences[i])) if any_foreign else 0
    openings = [t.index for t in doc.sentences if (o := SUMMARY_OPENING_RE.match(t.folded))
                and not (o["report"] and DATE_NEAR_RE.search(t.folded))]
    dated = any(_a_day_of_these_days(s, published) for s in doc.sentences[: max(8, n_sent // 3)])
    @cache
    def days() -> list[int]:  # (the sentences that date the page's own news, for ``_of_an_earlier_time``: read once, if asked)
        return [t.index for t in doc.sentences[: max(8, n_sent // 3)] if _gives_a_day(t.folded) and _a_day_of_these_days(t, published)]

    def summaries(sentences) -> set[int]:  # (the candidates that only sum up, or tell an earlier month's exchange)
        return {i for i in sentences if _sums_up(doc, doc.sentences[i], dated=dated, openings=openings, cue_index=cue_index)
                or _of_an_earlier_time(doc.sentences[i], published, days)}

    summarised = summaries(candidates)
    held = [i for i, w in windows.items() if w and i not in summarised and not _borrows_from_a_summary(doc, doc.sentences[i], summarised)]
    # (the first held one told as done settles it: on most pages that is the first)
    if not any(not (_only_planned(doc, doc.sentences[i], cue_index) or _only_invited(doc, doc.sentences[i], cue_index)
                    or _borrows_from_a_plan(doc, doc.sentences[i], candidates, cue_index)) for i in held):
        # No sentence names a Lao party beside a clear cue, or each that does only sums up past exchanges: the plainer
        # words of a meeting count ("làm việc với", "thăm tỉnh X", a banquet, "Dự chương trình có …"), only here, so that
        # they never move the key sentence of an article that has a clear one. (Where each clear one is only planned or
        # invited, or borrows its Lao side from one, the plainer words of the page's own meeting count — not the plan's
        # own; a page whose one story is the plan keeps it, and says so.)
        weak = _cues_by_sentence(doc, {"visit": cue_index.get("weak_visit", [])})
        if held:
            weak = {i: c for i, c in weak.items() if i not in held}
        weak_windows = {i: _lao_window(doc, doc.sentences[i]) for i in weak}
        if not held or any(weak_windows.values()):
            summed_up = any(windows.values())
            candidates, windows = weak, weak_windows
            summarised = summaries(candidates)
    held_alone = False  # (a Lao party holding an event of its own was passed over)
    # (a send-off or a collection at home beside an exchange the page reports is an aside: the exchange is the key one; alone,
    # it is the key sentence and the reason against, below)
    sent_off = {i for i, w in windows.items() if w and i not in summarised and _sent_off_at_home(doc, doc.sentences[i], w)}
    if sent_off and all(i in sent_off or i in summarised or not w or not doc.sentences[i].of(*LAO_MENTION_KINDS)
                        for i, w in windows.items()):  # (nor one that takes its Lao party from it: "…; mỗi cán bộ ủng hộ …")
        sent_off = set()
    for i, cues in candidates.items():
        s = doc.sentences[i]
        if i in sent_off:
            continue
        if i in summarised:
            # "Năm qua, tỉnh đã đón 15 đoàn của tỉnh X": a count of exchanges reports none of them (nor "ông X, người từng
            # nhiều lần dẫn đoàn … sang thăm …": what a person once did)
            summed_up = summed_up or bool(windows[i])
            continue
        lao = s.of("lao_province", "lao_body", "laos")
        if _held_by_laos_alone(doc, s) and not _laos_at_home(doc, s):
            # (where nobody of ours takes part anywhere, the reason against says so: ``_laos_at_home``)
            held_alone = True
            continue
        if _borrows_from_a_summary(doc, s, summarised) or _borrows_from_a_plan(doc, s, candidates, cue_index):
            # (its Lao party would come from the summary before it — "… đã đón đoàn tỉnh X. Hội nghị cũng …" — or from a
            # plan: "Dự kiến tháng 9 tới, tỉnh sẽ tổ chức Tuần Văn hóa tại tỉnh X. Sáng 31/1, Chủ tịch nước và đoàn công tác …")
            continue
        foreign = _foreign_met(doc, s) if any_foreign else []
        window_lao = windows[i]
        # (a Lao party from the sentence before weighs less — unless ours came to the event it names: "Đại sứ quán Lào tổ chức
        # tiệc chiêu đãi … Phó Chủ tịch nước … đến dự và chúc mừng")
        factor = 1.0 if lao or ATTENDED_RE.search(s.folded) and s.of("vn_province", "vn_body") \
            and i > 0 and doc.sentences[i - 1].start >= doc.title_end else 0.6  # (an event named, not a headline)
        if not window_lao:
            continue
        # (the Lao party may come from the sentence before: the meeting is read from there on)
        a0 = min(s.start, max(0, window_lao[0].start - 120))
        # (a headline's meeting is named in full by the lead: "Bộ trưởng dự Hội nghị ADMM tại Lào" / "… các nước ASEAN …")
        b0 = doc.sentences[i + 1].end if s.end <= doc.title_end and i + 1 < n_sent else s.end
        lead = doc.sentences[i + 1] if b0 > s.end else None
        if hosted is not None and hosted[0] >= i - 2 and not lao_sentences:
            # (the meeting of many a sentence just before named goes on: "… Bộ trưởng … Lào X phát biểu khai mạc hội nghị")
            a0 = min(a0, hosted[1])
        if multilateral and any(a0 <= at < b0 for at, _ in multilateral) \
                and (not BILATERAL_RE.search(doc.folded, a0, s.end) or any(a0 <= f.start < s.end for f in doc.mentions("foreign"))) and all(
            _one_of_many(doc, s, m)
            # (a headline's Laos that its lead lists among the countries taking part)
            or lead is not None and any(k.name == m.name and _one_of_many(doc, lead, k) for k in lead.of(m.kind))
            for m in window_lao
        ):
            # "dự Hội nghị Bộ trưởng Ngoại giao ASEAN tại Viêng Chăn": Laos is the place (and a meeting beside it — "bên lề
            # …, gặp Bộ trưởng Ngoại giao Nhật Bản" — is with the country it names); "… do Lào và Trung Quốc
            # đồng chủ trì": one of the countries that run it; "… 10 nước thành viên, trong đó có Bộ trưởng … Lào": one of
            # its members
            hosted = (i, a0)
            continue
        lao_sentences += 1
        exchange.append(s.index)
        ev = 1.0 + (0.6 if any(m.kind != "laos" for m in window_lao) else 0.0)
        ev += 0.4 if s.of("vn_province", "vn_body") else 0.0
        ev += 0.5 if DATE_NEAR_RE.search(s.folded) else 0.0
        ev += 0.3 if "visit" in cues and "signing" in cues or len(cues.get("visit", [])) > 1 else 0.0
        # another country in the sentence is the counterpart when it is named as often, or no Vietnamese party is
        ev -= 0.8 if foreign and (len(foreign) >= len(window_lao) or not s.of("vn_province", "vn_body")) else 0.0
        position = 1.0 if s.index < 6 else 0.75 if s.index < 15 else 0.5
        if scored and EARLIER_ON_IT_RE.match(s.folded) and not any(
                _same_lao_side({m.name for m in c.lao}, {m.name for m in window_lao}) for c in scored):
            # ("Chiều 3/6, … giao lưu văn nghệ giữa tỉnh Điện Biên và tỉnh X. Trước đó, ngày 1/6, tỉnh đã tiếp đoàn tỉnh Y": an
            # exchange with another Lao side before the page's news is what led to it, not the news — the same side's
            # earlier day is the same trip's, and may be its first)
            position *= 0.5
        ev *= factor * position
        scored.append(_Candidate(ev, s, cues, window_lao, factor * position))
        if ev > best:
            best, best_s, best_cues, best_lao = ev, s, cues, window_lao
            best_weight = factor * position
    # (read once: the key sentence's exchange only invited or only planned — see the reasons against, below)
    best_invited = best_s is not None and _only_invited(doc, best_s, cue_index)
    best_planned = best_s is not None and (_only_planned(doc, best_s, cue_index) or _heads_a_plan(doc, best_s, candidates, cue_index))
    if len(scored) > 1 and (best_planned or best_invited):
        # the exchange the page reports as held, beside the one only planned or invited, is the page's key one
        held = _held_instead(doc, _Candidate(best, best_s, best_cues, best_lao, best_weight), scored, cue_index)
        if held is not None:
            best, best_s, best_cues, best_lao, best_weight = held
            best_invited = best_planned = False  # (``_held_instead`` returns neither)
    elif len(scored) > 1 and best_s is not None and best_s.index != 0 and calls_off(best_s) \
            and not (doc.title_end and _called_off(doc, doc.sentences[0])):
        # an exchange with another Lao side that could not be held, told beside the one the page reports ("Ban tổ chức cũng
        # mời đoàn nghệ thuật tỉnh X nhưng đoàn không thể tham dự"), calls off nothing of it
        held = _held_instead(doc, _Candidate(best, best_s, best_cues, best_lao, best_weight),
                             [c for c in scored if not calls_off(c.sentence)
                              and not _same_lao_side({m.name for m in best_lao}, {m.name for m in c.lao})], cue_index)
        if held is not None:
            best, best_s, best_cues, best_lao, best_weight = held
            best_invited = best_planned = False
    trilateral = False
    if best_s is not None:
        total += 1.8 * best
        if all(m.kind == "laos" for m in best_lao) and any(lao_institution(doc.folded, m) for m in best_lao) \
                and not best_s.of("foreign"):
            # an office or body of Laos ("Thủ tướng Lào", "Bộ Công Thương Lào") is as concrete a party as a
            # province (unless its counterpart is another country's); it weighs only here so that a
            # province's sentence stays the key one
            total += 1.8 * 0.6 * best_weight
        host = best_s.of("vn_province", "vn_body") or best_s.index > 0 and doc.sentences[best_s.index - 1].of("vn_province", "vn_body")
        # (a province of Laos there as the venue — "bên lề Hội nghị … Tam giác phát triển … tại Viêng Chăn, Thủ tướng … gặp Thủ
        # tướng Campuchia" — is no side of it)
        trilateral = bool(best_s.of("foreign")) and bool(host) and any(
            m.kind != "laos" and not VENUE_BEFORE_RE.search(doc.folded, max(0, m.start - 60), m.start) for m in best_lao) and (
            TRILATERAL_RE.search(best_s.folded) or TRILATERAL_RE.search(doc.folded, 0, max(doc.title_end, 200))) is not None
        if trilateral:
            # a meeting of three sides with Viet Nam and a province or body of Laos among them is an exchange with
            # Laos too, whatever else the other country's name suggests (its host named in the sentence before: "UBND
            # tỉnh Kon Tum chủ trì Hội nghị … Tam giác phát triển … Tham dự có đoàn đại biểu các tỉnh X (Lào) và …")
            total += 1.5
            reasons.append("a meeting of three sides, Viet Nam and Laos among them")
        m = best_lao[0]
        reasons.append(f'Lao party: "{m.text}" ({m.name})')
        kind, phrases = next(iter(best_cues.items()))
        reasons.append(f'exchange: "{_quote(best_s, phrases[0])}"')
        vn = best_s.of("vn_province", "vn_body")
        if vn:
            reasons.append(f'Vietnamese party: "{vn[0].text}" ({vn[0].name})')
    elif held_alone:
        reasons.append("against: a Lao party holds an event of its own, nobody else named beside it")
    else:
        reasons.append("against: no sentence names a Lao party beside an exchange")
    interview = best_s is None and INTERVIEW_RE.search(doc.folded, 0, INTERVIEW_CHARS) \
        or best_s is not None and _an_interview_on_an_occasion(doc, best_s, cue_index)
    if interview:
        # the paper talking with one side ("… đã dành cho phóng viên cuộc trả lời phỏng vấn …") reports no exchange
        reasons.append(f'against: an interview, no exchange ("{interview.group(0)}")')
        if best_s is not None:
            total = min(total - 4.0, -1.0)  # (the occasion it names is no exchange either)
    if hosted is not None and best_s is None:
        reasons.append("against: Laos only hosts or joins a meeting of many countries")
    if summed_up and best_s is None:
        reasons.append("against: exchanges with Laos are only summed up over a span of time (an overview)")

    # 2. Support from the rest of the article.
    lao_named = {m.name for m in doc.mentions("lao_province", "lao_body")}
    # (a place of ours a route links to — "sân bay có chuyến bay kết nối Hà Nội, Băng Cốc" — names nobody of ours)
    vn_named = {m.name for m in doc.mentions("vn_province", "vn_body") if m.start < doc.tail and not linked_to(doc, m)}
    if lao_sentences >= 2:
        total += 0.6
    if lao_named:
        total += 0.4
    laos_alone = not vn_named and not _viet_nam_acts(doc) and not _viet_nam_as_a_party(doc) \
        and not (TWO_SIDES_RE.search(doc.folded) and not doc.mentions("foreign")) \
        and gaz.district_province(doc.folded) is None  # ("huyện Mường Lát tiếp đoàn …": a district of ours)
    if laos_alone:
        # (however strong the Lao side's words — its Assembly's head touring its own provinces —, with nobody of Viet
        # Nam's it is no exchange: the score stays below the line, as a review at home's does)
        total = min(total - 3.0, -1.0)
        reasons.append("against: no Vietnamese party is named (news about Laos alone)")

    # 3. What makes a Lao mention incidental.
    # A reason against that the learned model's opinion cannot outweigh — news of Laos alone among them (its
    # provinces with each other, with another country, with an agency of the UN): n-grams of an exchange cannot
    # outweigh a text that names nobody of Viet Nam's. (Nor a text where no sentence puts a Lao party beside an exchange
    # and no province or body of ours is named at all: a student's profile, "Sang Việt Nam từ năm 2019, … lưu học sinh Lào".)
    decisive = laos_alone or summed_up and best_s is None or bool(interview) or best_s is None and not vn_named
    if not doc.names("lao_province", "lao_body", "laos"):
        # Laos named only as a place or a topic (where Vietnamese live, fought or trade, whose holiday it is):
        # no Lao party anywhere, whatever the words around it
        decisive = True
        reasons.append("against: Laos is named only as a place or a topic, never as a party")
    def count(kind: str, limit: int) -> int:
        return sum(1 for offset, _ in cue_index.get(kind, ()) if offset < limit)

    # a friendly match of a Lao province's or body's team with ours is an exchange (a national team's is sport news)
    friendly = best_s is not None and ("giao hữu" in best_s.folded or "giao lưu" in best_s.folded) \
        and any(m.kind != "laos" for m in best_lao)
    # two sides' talks about crime or trade ("Công an tỉnh Sơn La và Công an tỉnh Hủa Phăn hội đàm về phòng, chống ma
    # túy") are an exchange whose subject it is: a province or body of Laos and one of ours met, in words of a meeting
    # (not a conference of ours about a route "từ tỉnh X (Lào) về Việt Nam")
    # a meeting of the two sides' bodies with no word of football in it ("Chủ tịch UBND tỉnh … hội đàm với đoàn …"): a match
    # the page tells besides is an aside, the Lao party no football opponent
    met_off_the_pitch = best_s is not None and bool(best_s.of("vn_province", "vn_body")) and "visit" in best_cues \
        and not any(best_s.start <= at < best_s.end for at, _ in cue_index.get("football", ()))
    talks = best_s is not None and bool(best_s.of("vn_province", "vn_body")) and TALKS_RE.search(best_s.folded) is not None \
        and any(m.kind != "laos" and not ROUTE_BEFORE_RE.search(doc.folded, max(0, m.start - 20), m.start) for m in best_lao)
    for topic, label in (("football", "a football opponent"), ("crime", "a crime or drug route"), ("economy", "an economy")):
        if topic == "football" and (friendly or met_off_the_pitch) or topic != "football" and talks:
            continue
        hits = count(topic, 1500)
        if hits >= 2 and best_s is not None and best_s.index < 3 and \
                all(offset >= best_s.end for offset, _ in cue_index.get(topic, ())):
            continue  # the exchange leads and the topic only comes after it: another item of a tag page
        if hits >= 2:
            total -= 1.0 + 0.4 * min(hits, 5)
            reasons.append(f"against: Lao party appears only as {label} ({hits} cues)")
            if topic == "football" and best_lao and all(m.kind == "laos" and not lao_institution(doc.folded, m) for m in best_lao):
                # the country's team against ours, friendly or not ("đội tuyển futsal Việt Nam có trận giao hữu với Lào"):
                # sport news, no party of a state met
                total = min(total, -1.0)
                decisive = True
    if foreign_sentences > lao_sentences and not trilateral:
        total -= 1.5 + 0.5 * (foreign_sentences - lao_sentences)
        foreign = doc.mentions("foreign")
        reasons.append(f'against: the counterpart is another country ("{foreign[0].text}")')
        if best_s is None:
            decisive = True  # (and no sentence deals with a Lao party at all)
    elif exchange and any_foreign and all(
        # (a sentence that takes its Lao party from the exchange before it — "Trong chuyến thăm, hai bên sẽ hội đàm …" — is
        # of that exchange, with its counterpart)
        _abroad_without_us(doc, doc.sentences[_with_its_counterpart(doc, k, exchange)]) for k in range(len(exchange))
    ) and not TRILATERAL_RE.search(doc.folded, 0, 1500):
        # "Tỉnh trưởng tỉnh X (Lào) tiếp đoàn tỉnh Mukdahan (Thái Lan)": every exchange is Laos's with another country,
        # none beside a Vietnamese party — Viet Nam named elsewhere only as a neighbour or an outlet (a meeting of three
        # sides that Viet Nam joins — "Ba bên thống nhất …" — names it apart from the talks)
        total -= 4.0
        decisive = True
        reasons.append(f'against: Laos deals with another country ("{_counterpart_abroad(doc, doc.sentences[_with_its_counterpart(doc, 0, exchange)])[0].text}"), '
                       "no Vietnamese party beside it")
    essay_hits = count("essay", 2000)
    if not dated and essay_hits >= 3 and not REPORTAGE_RE.search(doc.folded, 0, 1500):
        total -= 0.4 * min(essay_hits, 6)
        reasons.append(f"against: reads as an essay with no dated event ({essay_hits} cues)")
    opening_exchanges = [doc.sentences[i] for i in exchange if i < OPENING_SENTENCES]
    dating = _exchange_dates(doc, exchange, published) if best_s is not None else None
    def in_past_years(t: Sentence) -> bool:
        # (or in a past month, named with no day: "Tháng 1/2024, Thủ tướng Lào sang Hà Nội …" in a page of May)
        # (a year in a later clause is something else's: "… thăm tỉnh Y, địa phương kết nghĩa từ năm 1990", "… bàn giao trường
        # học cho tỉnh X, công trình khởi công từ năm 2022")
        f = t.folded[: _clause_of_first_cue(doc, t, cue_index) - t.start]
        return bool(LOOKING_BACK_RE.search(f)) or _a_habit(t, cue_index) or any(
            int(y) < published.year for y in PAST_YEAR_RE.findall(f) + PERIOD_END_RE.findall(f)) or any(
            (int(y), int(mo)) < (published.year, published.month) for mo, y in PAST_MONTH_RE.findall(f))

    def in_a_past_years_paragraph(t: Sentence) -> bool:
        """No year of its own, in a paragraph whose last year named before it is a past one ("Năm 2023
        ghi dấu nhiều chuyến thăm. Tháng 1, Thủ tướng Lào thăm …")."""
        if ANY_YEAR_RE.search(t.folded) or NEW_TURN_RE.match(t.folded):
            return False
        for prev in reversed(doc.sentences[: t.index]):
            if "\n" in doc.text[prev.end : t.start]:
                return False
            years = ANY_YEAR_RE.findall(prev.folded) + PAST_YEAR_RE.findall(prev.folded)  # (and "Tháng 12/1959, …")
            if years:
                return all(int(y) < published.year for y in years)
        return False

    # (a sentence that takes its Lao party from the one before — "Chuyến thăm đã để lại …" — is of its time)
    # (a headline that recalls has no time of its own: the body's exchanges tell when — "Ký ức về chuyến công tác sang tỉnh X")
    # (nor does a headline that only sums up — "Tỉnh có thêm 3 đơn vị được Nhà nước Lào tặng thưởng" above "Năm 2023, Nhà nước
    # Lào đã tặng …" —: when the text gives no day, the exchanges below it tell when)
    head_end = doc.title_end or headline_end(doc.text)
    told = [t for t in opening_exchanges if t.start >= head_end] or opening_exchanges
    looking_back = not dated and published is not None and opening_exchanges and all(
        in_past_years(t) or in_a_past_years_paragraph(t) or not t.of("lao_province", "lao_body", "laos")
        and t.index > 0 and in_past_years(doc.sentences[t.index - 1]) for t in told
    )
    if looking_back:
        # "Những năm qua, hai tỉnh đã ký kết nhiều thỏa thuận. Năm 2015, …" in a text that gives no
        # day: every exchange it opens with lies in past years — an overview, no new event
        total -= 4.0
        decisive = True
        reasons.append("against: every exchange it opens with lies in past years (an overview, no new event)")
    elif dating is not None and _long_before(*dating):
        # "Ngày này năm xưa: ngày 18/7/1977, … ký Hiệp ước …": the exchanges it opens with are dated, years before the page
        total = min(total - 4.0, -1.0)
        decisive = True
        reasons.append("against: the exchanges it opens with are dated half a year or more before the page "
                       "(a look back, no new event)")
    if _meets_only_our_own(doc, best_lao, exchange):
        total -= 4.0
        decisive = True
        reasons.append("against: the delegation meets Viet Nam's own mission or people in Laos, no Lao party")
    if best_s is not None and _lao_meets_only_its_own(doc, best_s):
        total = min(total - 4.0, -1.0)
        decisive = True
        reasons.append("against: a Lao mission meets Laos's own people here, no party of ours")
    if dating is not None and _a_chronicle(*dating):
        total = min(total - 4.0, -1.0)  # (the more exchanges it lists, the surer a chronicle it is)
        decisive = True
        reasons.append("against: the exchanges it lists are months apart and past (a chronicle, no new event)")
    if best_s is not None and _a_review_at_home(doc, best_s, best_lao):
        total = min(total - 4.0, -1.0)
        decisive = True
        reasons.append("against: a meeting at home that reviews the cooperation, no Lao participant")
    if best_s is not None and _laos_at_home(doc, best_s):
        total = min(total - 4.0, -1.0)
        decisive = True
        reasons.append("against: an event of Laos's own about Viet Nam, nobody of Viet Nam's taking part")
    if best_s is not None and _reported_at_a_meeting_of_ours(doc, best_s):
        total = min(total - 4.0, -1.0)
        decisive = True
        reasons.append("against: the exchange is only reported, with no day, at a meeting of ours the page is about")
    if best_s is not None and _sent_off_at_home(doc, best_s, best_lao):
        total = min(total - 4.0, -1.0)
        decisive = True
        reasons.append("against: our own people sent off, or a collection launched, at home for Laos; no Lao participant")
    called_off = _called_off(doc, best_s) if best_s is not None else None
    if called_off is not None:
        total = min(total - 4.0, -1.0)
        decisive = True
        reasons.append(f'against: the exchange is called off, put off or denied ("{called_off.group(0)}")')
    elif best_invited:
        total = min(total - 3.0, -1.0)  # (however strong the words of the meeting it names)
        decisive = True
        reasons.append("against: the exchange is only invited, allowed or regulated, not held")
    elif best_s is not None and _a_preview_of_unnamed_guests(doc, best_s, cue_index):
        total = min(total - 3.0, -1.0)
        decisive = True
        reasons.append("against: a preview whose Lao guests are named by no province or body (no fixed participants)")
    elif best_planned:
        total -= 2.0
        reasons.append("against: the exchange is only planned, with no day set")
        if published is not None and any(int(y) > published.year for y in ANY_YEAR_RE.findall(best_s.folded)):
            # "kế hoạch đối ngoại năm 2026, trong đó dự kiến tổ chức đoàn sang thăm …": a plan for a year to come
            total -= 2.0
            decisive = True
            reasons.append("against: the plan is for a year to come")
        elif PLANNED_MANY_RE.search(best_s.folded):
            # "sẽ tổ chức các đoàn sang thăm, làm việc với các tỉnh X, Y": a programme of exchanges, none of them fixed
            total -= 2.0
            decisive = True
            reasons.append("against: the plan is a programme of exchanges, none with its delegation fixed")
        elif COMING_PERIOD_RE.search(best_s.folded) or (best_s.end <= doc.title_end or PRESS_CONFERENCE_RE.search(best_s.folded)) \
                and best_s.index + 1 < n_sent and COMING_PERIOD_RE.search(doc.sentences[best_s.index + 1].folded):
            # "sẽ tổ chức giải bóng đá giao hữu vào tháng 8 tới", "kế hoạch đón đoàn … trong năm nay": a time to come, no day
            # (a headline's plan takes its time from the lead: "Hội chợ … sẽ diễn ra tại X" / "… dự kiến vào quý III"; and
            # what a press conference announces from the sentence after it)
            total -= 2.0
            decisive = True
            reasons.append("against: the plan is for a time to come, with no day")
        elif (agreed := PLAN_AGREED_RE.search(best_s.folded) or GOING_ON_RE.search(best_s.folded)) is not None \
                and all(m.start - best_s.start > agreed.end() for m in best_lao if best_s.start <= m.start < best_s.end):
            # "Hội nghị cũng thống nhất kế hoạch tổ chức đoàn đi thăm …", "Tỉnh sẽ tiếp tục phối hợp với tỉnh X …": a plan a
            # meeting of ours agreed on, or what will go on — no one exchange, whatever day the page's own news has
            total -= 2.0
            decisive = True
            reasons.append("against: the plan is one agreed on at home, or what will go on")
        elif not any(_gives_a_day(t.folded, near=True) for t in doc.sentences[:OPENING_SENTENCES]):
            # "UBND tỉnh dự định cử đoàn công tác sang thăm tỉnh X để bàn …", and no day anywhere the page opens with: an
            # intention, no visit announced
            total = min(total - 2.0, -0.5)
            decisive = True
            reasons.append("against: the plan names no day anywhere")
    border_hits = count("border", 1500)
    if border_hits >= 2 and best < 1.2:
        total -= 0.8
        reasons.append("against: Laos named as a border, no exchange around it")

    rule_score = 1 / (1 + math.exp(-total))
    score = rule_score
    opinion = None
    model = learned.load(gaz.learned_model) if gaz.learned_weight > 0 else None
    if model is not None:
        # the rules and the learned model fail on different articles: their weighted mean decides
        opinion = model.opinion(title, folded=names_as_kinds(doc) if model.meta.get("names_as_kinds") else doc.folded)
        score = (1 - gaz.learned_weight) * rule_score + gaz.learned_weight * opinion.probability
        if decisive and rule_score < score:
            # the rules have read what the text reports (no Lao party met, no new event): n-grams cannot outweigh that
            score = rule_score
        reasons.append(f"rules: p={rule_score:.2f}")
        reasons.append(opinion.reason())
    relevant = score >= threshold
    if relevant:
        event = "other"
        if best_cues.get("visit") or best_cues.get("signing"):
            event = "visit"
        if best_s is not None and any(w in best_s.folded for w in NO_TRAVEL):
            event = "other"
        if "other" in best_cues and "visit" not in best_cues:
            event = "other"
    else:
        event = "none"
    meeting = event == "visit"
    if meeting and (FESTIVAL_RE.search(best_s.folded) or FESTIVAL_RE.search(doc.folded, 0, doc.title_end)):
        event = "other"  # a fair, a culture week, a festival: an event of its own, whoever came to it
    return Classification(
        relevant, round(score, 4), event, reasons, doc, [best_s.index] if best_s is not None else [], exchange,
        round(rule_score, 4), opinion.probability if opinion else None, meeting,
    )
