"""Which way the delegation travelled: who physically crossed the border.

Votes over the opening sentences, each with its reason:
- where they met: "tại (trụ sở Tỉnh ủy) X", "diễn ra tại TP. Vinh", "tại Phủ Chủ tịch" — a venue
  in Viet Nam makes the Lao side the guest, and the other way round;
- where somebody went: "sang thăm và làm việc tại X", "đến chào xã giao lãnh đạo tỉnh X",
  "thăm chính thức Việt Nam" — X hosts;
- who received whom: "đón đoàn X", "đã tiếp Phó Chủ tịch nước Lào" — X is the guest; "Tiếp đoàn
  có … tỉnh X" — X is the host;
- whose delegation it is: "Đoàn đại biểu tỉnh X … đã sang …" — X travels; so does a party whose
  journey follows its name ("tiếp Thứ trưởng … Lào X nhân dịp sang dự …").

`none` only where the text shows that nobody crossed: an online meeting, a call on a resident
embassy or consulate, a handover at the border line. When the text does not say, the headline's
order (protocol names the host first) and the kind of exchange decide (a Tết greeting comes to
Viet Nam, a Bunpimay greeting goes to Laos, Lao students come to study, remains are searched for
in Laos); the last resort is a Lao delegation named anywhere in the text.
"""

from __future__ import annotations

import re
from collections import Counter

from huunghi.classify.cues import NO_TRAVEL, NOT_A_RECEPTION
from huunghi.classify.mentions import (
    LAO_KINDS,
    OCCASION_OF_RE,
    VN_FAMILY_NAMES,
    Document,
    Mention,
    Sentence,
    foreign_venue,
)

VN_KINDS = ("vn_province", "vn_body", "vn_place")

# What stands just before a party's name tells its role. "tại (trụ sở Tỉnh ủy) X": the meeting is in X.
AT_RE = re.compile(
    r"(?:(?<![\w])tại(?:\s+[^\s,.;:]+){0,10}?|(?<![\w])ở(?:\s+(?:tỉnh|nước|thủ đô|thành phố|tp\.?))?"
    r"|(?<![\w])(?:đến|sang|tới)(?:\s+thăm)?(?:\s+và làm việc|,\s*làm việc)?(?:\s+(?:tại|với))?(?:\s+(?:tỉnh|nước|thủ đô|nước bạn))?"
    r"|(?<![\w])thăm(?:\s+và làm việc|,\s*làm việc|\s+chính thức)?(?:\s+(?:tại))?(?:\s+(?:tỉnh|nước|thủ đô))?"
    # "đã có chuyến thăm, làm việc và hội đàm với (Thường trực HĐND) tỉnh X": X hosts the trip
    r"|chuyến thăm[^.;]{0,60}?\bvới(?:\s+[^\s,.;:]+){0,6}?"
    # the place line as an address: "tại Cửa khẩu Chiềng Khương, xã …, huyện Sông Mã, tỉnh X"
    r"|(?<![\w])tại(?:\s+[^\s,.;:]+){1,10}?(?:,\s*(?:xã|phường|huyện|quận|thị xã|thị trấn|thành phố|bản)"
    r"(?:\s+[^\s,.;:]+){1,5})*,\s*(?:tỉnh|thành phố|thủ đô))\s*$"
)
# "tại" that does not name the venue of the event: where a mission or a correspondent sits, where
# soldiers fell, where people study or live ("Đại sứ Việt Nam tại Lào", "hy sinh tại Lào",
# "lưu học sinh Lào đang học tập tại Nghệ An", "cộng đồng người Việt tại Lào").
NOT_VENUE_RE = re.compile(
    r"(?:đại sứ|lãnh sự|phóng viên|ttxvn|thường trú|hy sinh|ngã xuống|(?:quy tập|cất bốc)(?: được)? (?:tại|ở)|học tập|đang học|theo học|sinh sống|cư trú"
    r"|làm ăn|công tác|việc làm cho (?:người )?lao động|người lao động|người việt|kiều bào|việt kiều|chuyên gia|quân tình nguyện|văn phòng đại diện|cơ quan đại diện|đầu tư"
    r"|thị trường|giao thương|kinh doanh|xuất khẩu"
    # a document named by where it was signed ("biên bản ký ngày 5/6/2024 tại thành phố X"): a past venue
    r"|ký(?: kết)? (?:ngày|năm|tháng) \d[\d/.\-]*)"
    r"[^.;:]{0,40}$"
)
STOP = r"(?:đã|do|đến|sang|thăm|tiếp|với|và|tại|có|làm|ở|hai|giữa)"
# "đoàn (đại biểu cấp cao Ủy ban …) X": X's delegation.
# (not a youth union — "Tỉnh đoàn", "Đoàn Thanh niên" — nor "đoàn kết", "đoàn viên", "đoàn thể", nor an army unit:
# "Đại đội 3, Tiểu đoàn 2, Bộ Chỉ huy Quân sự tỉnh X" patrols from its own post)
ARMY_UNIT_BEFORE = r"(?<!tiểu )(?<!trung )(?<!sư )(?<!lữ )(?<!binh )(?<!quân )"
DELEGATION_RE = re.compile(r"(?=đoàn)(?<!\w)(?<!tỉnh )(?<!thành )(?<!huyện )(?<!ương )" + ARMY_UNIT_BEFORE
                           + r"đoàn(?!\s+(?:kết|viên|thể|thanh niên|tncs)\b)(?:\s+(?!" + STOP + r"\b)[^\s,;:()]+){0,7}?"
                           # (a district's delegation, its province after a comma: "đoàn đại biểu huyện Xốp Bâu, tỉnh X")
                           r"(?:\s*,\s*(?:tỉnh|thủ đô))?\s*$")
# (any other "đoàn" before a Lao party leans to its coming: its youth union, "đoàn kết" with a delegation's province)
DELEGATION_OR_UNION_RE = re.compile(ARMY_UNIT_BEFORE + "đoàn")
TRAVEL_RE = re.compile(r"(?:sang|đến|tới|về)\s+(?:thăm|chúc|chào|làm việc|dự|tham)|thăm và làm việc|thăm, làm việc|chúc tết|chào xã giao|thăm, chúc|có chuyến")
VN_VENUE_RE = re.compile(
    r"\btại\s+(?:trụ sở\s+|hội trường\s+|nhà khách\s+)?(?:tỉnh ủy|thành ủy|ubnd|ủy ban nhân dân|hđnd|hội đồng nhân dân"
    r"|đồn biên phòng|bộ chỉ huy bộ đội biên phòng)(?![^.;,]{0,25}?\(?\s*lào\b)"
)
# Institutions only Laos has ("Ủy ban chính quyền tỉnh", "Văn phòng Chính quyền tỉnh"), and the
# friend province or country the Vietnamese press speaks of ("sang thăm tỉnh bạn", "sang nước bạn").
LAO_VENUE_RE = re.compile(r"\btại\s+(?:(?:trụ sở\s+|hội trường\s+|văn phòng\s+)?(?:ủy ban\s+)?chính quyền\s+(?:tỉnh|thủ đô|thành phố)"
                          r"|(?:tỉnh|nước|đất) bạn(?!\s+lào\b)(?!\w))")  # (and "tại tỉnh bạn": the Vietnamese press's partner)
FRIEND_DEST_RE = re.compile(r"(?<![\w])(?:sang|đến|tới)(?:\s+(?:thăm|chúc tết|chào|làm việc)(?:\s+(?:và làm việc|xã giao))?)?(?:\s+(?:tại|với))?\s+(?:tỉnh bạn|nước bạn|phía bạn)(?![\w])")
FRIEND_DELEGATION_RE = re.compile(r"(?<![\w])đoàn(?:\s+(?:đại biểu|công tác|cán bộ|lãnh đạo))?(?:\s+(?:cấp cao|của))?\s+(?:tỉnh bạn|nước bạn|bạn lào)(?![\w])")
# Each ambassador attends events in the country he is posted to: a weak hint of the venue.
AMBASSADOR_RE = re.compile(
    r"(?:đại sứ|tổng lãnh sự)(?:\s+đặc mệnh toàn quyền)?\s+(?:nước\s+)?(?:(?P<vn>việt nam|chxhcn việt nam)\s+tại\s+(?:lào|chdcnd lào|nước)"
    r"|(?P<la>lào|chdcnd lào|nước chdcnd lào)\s+tại\s+(?:việt nam|hà nội|đà nẵng|thành phố hồ chí minh))"
)
# "tiếp (xã giao) đoàn …", "đón đoàn …": the guest follows.
# "Chủ tịch Quốc hội … đã tiếp Phó Chủ tịch nước … Lào …": a person received, not a delegation.
# ("đã tiếp nhận lưu học sinh", "tiếp tục", "tiếp cận" are not receptions)
RECEIVE_PERSON_RE = re.compile(
    r"(?:(?:đã|vừa)\s+|(?:thủ tướng|chủ tịch nước|chủ tịch quốc hội|tổng bí thư|thường trực ban bí thư)\s+)"
    r"(?:tiếp|đón|tiếp xã giao|tiếp thân mật)\s+(?!" + NOT_A_RECEPTION + r")"
    r"(?![^.;:]*\bcó\b)[^.;:]{0,160}$"
)
# "chủ trì tiệc chiêu đãi (chào mừng) Tổng Bí thư, Chủ tịch nước Lào": the guest follows.
BANQUET = r"chiêu đãi\s+(?:trọng thể\s+|long trọng\s+|thân mật\s+)?"
BANQUET_RE = re.compile(BANQUET + r"(?!do\s)(?:chào mừng\s+)?(?:đoàn\s+)?[^.;:]{0,100}$")
# "dự tiệc chiêu đãi do Chủ tịch nước Lào chủ trì": who gives the banquet hosts it
BANQUET_HOST_RE = re.compile(BANQUET + r"do\s+[^.;:]{0,80}$")
RECEIVE_RE = re.compile(r"(?:đón|tiếp|đón tiếp|tiếp đón|chào đón|chào mừng|tiễn)(?:\s+(?:xã giao|thân mật|và làm việc với))?\s+(?:các\s+)?(?:phái\s+)?đoàn(?:\s+(?!" + STOP + r"\b|về phía\b)[^\s.;:()]+){0,8}?\s*$")
# "Tiếp (và làm việc với) đoàn có các đồng chí: … tỉnh X": X is the host.
# "tiếp … đoàn công tác tỉnh A, tỉnh B có các đồng chí": B names the hosts.
LISTED_HOST_RE = re.compile(r"(?:tiếp|đón)[^.]{0,80},\s*(?:tỉnh|nước|thủ đô)\s*$")
# "đoàn cán bộ huyện Khăm Cợt, tỉnh Bô Ly Khăm Xay": the province is the district's address, no list
ADDRESS_RE = re.compile(
    r"(?<!\w)(?:huyện|thị xã|thành phố|tp\.?|quận|xã|phường|thị trấn|bản|cụm bản|mường)(?:\s+[^\s,.;:()]+){1,4}\s*,\s*(?:tỉnh|thủ đô)\s*$"
)
HOST_SIDE_RE = re.compile(r"(?:tiếp|đón)(?: và làm việc)?(?: với)?(?: đoàn)?(?:[^.:]{0,60}có[^.]{0,160}|[^.:]{0,40}về phía\s+(?:tỉnh\s+|nước\s+)?)$")
# "Sáng 13/8, tại thị xã X, …": the venue of the event the sentence reports, whatever its kind.
OPENING_VENUE_RE = re.compile(
    r"(?:^|[(\-–:]\s*|(?:sáng|chiều|tối|trưa|ngày|hôm)(?:\s+(?:nay|qua))?\s*\(?[\d/\-.]*\)?\s*,?\s*)tại(?:\s+[^\s,.;:]+){0,8}?"
    r"(?:,\s*(?:xã|phường|huyện|quận|thị xã|thị trấn|thành phố|bản|tỉnh)(?:\s+[^\s,.;:]+){1,5})*[\s,(]*"
    r"(?:tỉnh|thành phố|thủ đô|tp\.?|thị xã|nước)?\s*$"
)
# What is sent goes, not who sends it: "gửi điện thăm hỏi tới CHDCND Lào", "chuyển quà tới tỉnh X".
SENT_THING_RE = re.compile(r"(?<!\w)(?:gửi|chuyển|chuyển giao|quyên góp)(?!\w)[^.;:,]{0,40}$")
SENT_TO_RE = re.compile(r"(?<![\w])(?:sang|đến|tới)(?:\s+(?:thăm|giúp|hỗ trợ))?(?:\s+(?:tỉnh|nước|thủ đô|nước bạn))?\s*$")
# Going somewhere: a visit verb's object (the first party or place after it, in the same clause)
# hosts ("đến chào xã giao lãnh đạo tỉnh X", "sang thăm, chúc Tết tỉnh X"); a bare verb of movement
# hosts only what follows it at once ("sang Lào", "đến tỉnh X") — "đến dự", "đến nay" go nowhere.
GOING_RE = re.compile(
    r"(?<![\w])(?:(?:sang|đến|tới)\s+(?:thăm|chào|chúc|làm việc|viếng|dâng hương|đặt vòng hoa)|thăm(?!\s+(?:hỏi|dò)(?!\w))|chào xã giao"
    r"|tiếp kiến"
    # (landing at an airport: "đã tới sân bay Wattay, thủ đô Viêng Chăn của Lào", "hạ cánh xuống sân bay …")
    r"|(?:đến|tới)\s+sân bay|hạ cánh(?:\s+(?:xuống|tại))?(?:\s+sân bay)?"
    r"|chúc tết|làm việc tại|(?:có buổi |đã )làm việc với)(?![\w])(?:\s+(?:chính thức|hữu nghị|cấp nhà nước|và làm việc|làm việc|xã giao|tết))*"
)
# (or a district or town of it, known or not: "đã sang huyện Noọng Hét, tỉnh X", "tới huyện Mường Mày, tỉnh X")
MOVE_RE = re.compile(r"(?<![\w])(?<!từ )(?:sang|đến|tới|lên đường sang|lên đường đi)\s+"
                     r"(?:(?:huyện|thị xã|thị trấn|thành phố|cụm bản|bản|mường)\s+(?:[^\W\d_][^\s,.;:()]*\s+){0,3}?[^\W\d_][^\s,.;:()]*"
                     r"\s*,\s*)?"
                     r"(?:(?:tỉnh|nước|thủ đô|nước bạn|thành phố|tp\.?|huyện|thị xã|thị trấn|cụm bản|bản|mường)\s*)?$")
# Between the verb and its object: "của" makes the party the visitor ("chuyến thăm … của đoàn tỉnh X").
VISITOR_GAP_RE = re.compile(r"(?<![\w])(?:của|(?<!tiểu )(?<!trung )(?<!sư )(?<!lữ )đoàn(?!\s+(?:kết|viên|thanh niên)\b))(?![\w])")
# … but not "của" that tells whose the place visited is ("đến thăm, chúc mừng và tặng quà một đơn vị bảo vệ biên giới của Bộ Chỉ
# huy Quân sự tỉnh X")
VISITED_OBJECT_RE = re.compile(r"(?<!\w)(?:đơn vị|gia đình|trường|bệnh viện|đồn|đại đội|tiểu đoàn|trụ sở|nhà|khu|công trình|bản"
                               r"|làng|lực lượng|cán bộ|chiến sĩ)(?!\w)[^,.;:]{0,40}$")
# Viet Nam itself as the destination or venue ("thăm chính thức nước CHXHCN Việt Nam"); Laos is a
# mention of its own ("sang Lào"), found by the destinations and venues above.
COUNTRY_DEST_RE = re.compile(
    r"(?<![\w])(?P<verb>(?:sang|đến|tới|thăm|tại|ở)(?:\s+(?:chính thức|hữu nghị|cấp nhà nước|và làm việc|làm việc|tại|thăm))*)"
    r"\s+(?:nước\s+)?(?:cộng hòa xã hội chủ nghĩa\s+|chxhcn\s+)?(?P<country>việt nam)(?![\w])(?!\s*[-–]\s*\w)"
)
VIET_NAM_OBJECT_RE = re.compile(r"\s+(?:nước\s+)?(?:cộng hòa xã hội chủ nghĩa\s+|chxhcn\s+)?việt nam(?!\w)")
# What is only wished for, invited or planned says nothing of this trip ("mời … sang thăm tỉnh X",
# "tour du lịch từ X sang Y").
HYPOTHETICAL_RE = re.compile(r"(?<![\w])(?:mời|lời mời|đề nghị|mong muốn|mong|tour|tuyến|dự kiến|kế hoạch|sẽ)(?![\w])")
# The object of a visit verb ends where the clause does: a full stop, a colon, a comma that starts a new
# clause ("…, sau đó …"), another delegation.
CLAUSE_END_RE = re.compile(r"[.;:!?]|,\s*(?:sau đó|đồng thời|trong đó)|\s(?:và|cùng)\s+(?:đoàn|lãnh đạo)")
# The speaker glad to have come ("đại diện phía Lào cho biết rất vui khi được sang thăm …") is the visitor.
GLAD_TO_COME_RE = re.compile(
    r"^[^.;:]{0,60}?(?:vui mừng|rất vui|vinh dự|xúc động)\s+(?:khi\s+|vì\s+)?(?:được\s+|có dịp\s+)*"
    r"(?:sang|đến|tới|trở lại|quay lại)\s+(?:thăm|làm việc|dự)(?!\w)"
)
# The party whose name the journey follows set off ("tiếp Thứ trưởng … Lào X nhân dịp sang dự …", "Phó Tỉnh
# trưởng tỉnh Y đang sang thăm và làm việc"): a title and a name may stand between, never a host's welcome.
SETS_OFF_RE = re.compile(
    r"^(?:(?!\b(?:tiếp|đón|mời|chào mừng|đề nghị|và|với)\b)[^.;:]){0,60}?(?<!\w)(?:nhân dịp|khi|đang|trong dịp|đã|vừa)?\s*"
    r"(?:sang|đến|tới)\s+(?:thăm|dự|tham dự|làm việc|công tác|chào|chúc)(?!\w)"
)
# The side that holds the ceremony hosts it ("tỉnh Át Tạp Pư trang trọng tổ chức lễ tiễn các liệt sĩ về nước").
ORGANISER_RE = re.compile(
    r"^[^.;:]{0,25}?(?<!\w)(?:đã\s+)?(?:long trọng\s+|trang trọng\s+|trọng thể\s+)?tổ chức\s+(?:lễ|buổi lễ|tiệc|chương trình|đêm)(?!\w)"
)
PLACE_OF_RE = re.compile(r"\)?\s*,?\s*(?:tại|ở)\s+(?:(?:tỉnh|thành phố|tp\.?|thủ đô|huyện|xã)\s+)?")
# "Tổng Lãnh sự Lào tại Đà Nẵng": where a mission sits is not a side of the exchange
MISSION_SEAT_RE = re.compile(r"(?:lãnh sự|đại sứ)(?:\s+quán)?[^,.;]{0,30}\s+(?:tại|ở)\s+(?:thành phố\s+|tp\.?\s*)?(?:(?:\w+\s+){1,3}\(\s*)?$")
# A party named only as whose holiday or anniversary it is ("nhân dịp Quốc khánh Lào"), or whose
# culture a week shows ("Tuần Văn hóa Lào tại Việt Nam" is held in Viet Nam).
OCCASION_RE = re.compile(r"(?:quốc khánh|ngày thành lập|ngày sinh|kỷ niệm|ngày truyền thống|(?:tuần|tuần lễ|ngày|những ngày) văn hóa|tuần phim)(?:\s+(?!(?:tại|ở)\s)[^\s,.;:]+){0,3}\s*$")
# A week that shows one country's culture in the other ("Tuần Văn hóa Lào tại Việt Nam", "Những ngày Văn hóa, Du lịch
# Việt Nam tại Lào"): that country's troupes travelled (not a festival of both: "Ngày hội văn hóa Việt - Lào").
CULTURE_SHOWN_RE = re.compile(
    r"(?<!\w)(?:tuần|tuần lễ|những ngày|tuần phim)\s+(?:văn hóa|phim)(?:\s*(?:,|và|-|–)?\s*(?:du lịch|thể thao|ẩm thực))*"
    r"\s+(?:nước\s+)?(?:chdcnd\s+|chxhcn\s+)?(?P<who>lào|việt nam)(?!\w)(?!\s*[-–]\s*\w)"
)
RESIDENT_MISSIONS = {"Đại sứ quán Lào", "Tổng Lãnh sự quán Lào"}
# … holding an event of its own: "Đại sứ quán Việt Nam tại Lào (trọng thể) tổ chức chiêu đãi …"
MISSION_HOLDS_RE = re.compile(r"[^.;:,]{0,40}?(?<!\w)(?:đã\s+)?(?:long trọng\s+|trọng thể\s+)?(?:tổ chức|chủ trì)(?!\w)")
# Who attended, listed in a sentence of its own after the event's ("Dự lễ có Phó Thủ tướng Lào …").
ATTENDANCE_OPENING_RE = re.compile(r"\s*(?:cùng\s+)?(?:tham dự|đến dự|dự)(?!\w)")
# Viet Nam's embassy, consulate or ambassador, wherever it is ("Đại sứ quán Việt Nam tổ chức …" after a headline that
# placed it in Laos; sides: the only Vietnamese actor of a text)
VN_MISSION_RE = re.compile(r"(?<!\w)(?:đại sứ quán|tổng lãnh sự quán|lãnh sự quán|đại sứ|tổng lãnh sự)(?:\s+đặc mệnh toàn quyền)?"
                           r"\s+(?:nước\s+)?(?:chxhcn\s+|cộng hòa xã hội chủ nghĩa\s+)?việt nam(?!\w)")
VN_MISSION_IN_LAOS_RE = re.compile(
    r"(?:đại sứ quán|tổng lãnh sự quán|lãnh sự quán|đại sứ|tổng lãnh sự)(?:\s+đặc mệnh toàn quyền)?\s+(?:nước\s+)?"
    r"(?:chxhcn\s+)?việt nam\s+tại\s+(?!việt nam|hà nội|campuchia|thái lan|trung quốc)"
)


def vn_mission_in_laos_then(verbs: str) -> re.Pattern:
    """Viet Nam's mission in Laos, then, within its clause, one of ``verbs`` (alternatives): what the mission does there."""
    return re.compile(VN_MISSION_IN_LAOS_RE.pattern + r"[^.;]{0,60}?(?<!\w)(?:đã\s+)?(?:" + verbs + r")(?!\w)")


# … receiving somebody there ("Đại sứ Việt Nam tại Lào … đã tiếp Bộ trưởng …", "Tổng Lãnh sự Việt Nam tại X tiếp Tỉnh trưởng"):
# the host is at home, and whoever calls on it came from within Laos
VN_MISSION_RECEIVES_RE = vn_mission_in_laos_then("tiếp|đón|gặp|làm việc với|hội đàm với")
# Viet Nam's ambassador arriving at or leaving his post, or presenting his credentials ("Chủ tịch nước Lào tiếp
# Đại sứ Việt Nam … đến chào từ biệt"): he lives there, whether or not "tại Lào" is written.
VN_AMBASSADORS_CALL_RE = re.compile(
    r"đại sứ(?:\s+đặc mệnh toàn quyền)?\s+(?:nước\s+)?(?:chxhcn\s+)?"
    # (or named by a Vietnamese name: "Đại sứ Nguyễn Minh Tâm đã trình Quốc thư …")
    r"(?:việt nam(?!\s+tại\s+(?:việt nam|hà nội))|(?!(?:thái lan|hà lan)\b)(?:" + VN_FAMILY_NAMES.lower() + r")(?:\s+\w+){1,2})[^.;]{0,80}?"
    r"(?:chào từ biệt|chào tạm biệt|chào kết thúc nhiệm kỳ|kết thúc nhiệm kỳ|chào nhận nhiệm vụ|trình quốc thư|trình thư ủy nhiệm)"
)
HEADLINE_PAIR_RE = re.compile(r"\s*(?:\([^)]{1,20}\)\s*)?(?:và|với|-|–)\s*(?:tỉnh\s+)?$")
# Nobody crossed: the handover or meeting takes place on the border line itself.
BORDER_LINE_RE = re.compile(r"tại\s+(?:khu vực\s+)?(?:cặp\s+)?cửa khẩu|tại\s+(?:khu vực\s+)?(?:đường\s+|ngã ba\s+)?biên giới"
                            r"|tại\s+(?:khu vực\s+)?(?:cột\s+)?mốc")
# Gifts handed to people who live in a Lao province, or a building handed over there, were brought to
# them: "trao 200 suất quà cho học sinh nghèo huyện Mường Mày, tỉnh Phông Sa Lỳ", "bàn giao công trình
# trường học cho tỉnh Xay Sổm Bun".
# Care given in person: the doctors were where the patients are.
CARE = r"khám bệnh|khám, chữa bệnh|khám chữa bệnh|cấp thuốc|phát thuốc|phẫu thuật"
HANDED_THERE_RE = re.compile(
    r"(?:trao|tặng|bàn giao|khánh thành|" + CARE + r")[^.;:]{0,60}?(?:(?:cho|tới)\s+(?:các\s+|\d+\s+)?(?:học sinh|hộ|gia đình|bà con|"
    r"nhân dân|người dân|thầy|trường|bản|đồng bào)|công trình|trường học|nhà văn hóa|trạm y tế|nhà ở|bệnh viện|cầu"
    r"|trường (?:trung học|tiểu học|mầm non|phổ thông|mẫu giáo|dân tộc)|nhà lớp học|phòng học|ký túc xá)"
    r"[^.;:]{0,80}$"
)
# What the kind of exchange says when nothing else does.
TRAVELS_TO_LAOS_RE = re.compile(r"bunpimay|bun pi may|bun pi mai|tết té nước|tết cổ truyền (?:của\s+)?(?:nhân dân\s+)?lào|hài cốt|quy tập")
# Care or a show given to the people of a place ("khám bệnh, cấp thuốc miễn phí cho người dân huyện Noọng Hét, tỉnh …",
# "biểu diễn phục vụ nhân dân các bộ tộc tỉnh …"): given where they live, in Laos.
SERVED_THERE_RE = re.compile(r"(?<!\w)(?:khám bệnh|chữa bệnh|cấp thuốc|biểu diễn|phục vụ)(?!\w)(?:[^.;]|\.(?=\d)){0,80}?"
                             r"(?:nhân dân|người dân|bà con|đồng bào)\s+(?:các bộ tộc|(?:các\s+)?(?:bản|huyện|mường)\s)"
                             # (or gifts carried over: "Hội Phụ nữ tỉnh đã sang trao 100 suất quà cho phụ nữ nghèo huyện …")
                             r"|(?<!\w)sang\s+(?:trao tặng|trao(?!\s+đổi)|tặng|bàn giao|hỗ trợ)(?!\w)")
BURIAL_RE = re.compile(r"(?<!\w)(?:an táng|truy điệu|mai táng)(?!\w)")
# Remains handed over and received ("lễ tiếp nhận 10 hài cốt liệt sĩ do tỉnh X bàn giao"): at a border gate, nobody enters the
# other country (the corpus's convention), whichever side holds the ceremony.
REMAINS_HANDED_RE = re.compile(r"(?<!\w)(?:bàn giao|tiếp nhận|giao nhận|trao trả|đón nhận)(?!\w)[^.;]{0,80}?hài cốt"
                               r"|hài cốt[^.;]{0,80}?(?<!\w)(?:bàn giao|tiếp nhận|giao nhận|trao trả|đón nhận)(?!\w)")
# Who took part "đến từ" a Lao side ("6 đội đến từ các đơn vị biên phòng … của tỉnh X (Lào)"): it came.
CAME_FROM_RE = re.compile(r"(?<!\w)đến từ(?!\w)[^.;:]{0,80}$")
LOCAL_VN_BODY_RE = re.compile(r"(?<!\w)(?:đồn biên phòng|bộ đội biên phòng|bđbp|ubnd|ủy ban nhân dân|tỉnh ủy|thành ủy|huyện ủy|hđnd"
                              r"|bộ chỉ huy quân sự tỉnh|ban chỉ huy quân sự huyện|công an tỉnh|công an huyện)(?!\w)")
COMES_TO_VN_RE = re.compile(r"chúc tết|tết nguyên đán|tết cổ truyền|xuân mới|lưu học sinh|học viên lào|sinh viên lào|học sinh lào"
                            # (learners or trainees taken in: "tiếp nhận 15 y, bác sĩ của tỉnh X sang đào tạo ngắn hạn")
                            r"|tiếp nhận\s+(?:\d+\s+)?(?:học viên|sinh viên|học sinh|y,?\s*bác sĩ|bác sĩ|cán bộ)(?!\w)")


# "tại TPHCM khai mạc Tuần lễ sản phẩm doanh nghiệp Lào": a verb after "tại …" ends the venue, and a
# party named after it is no place of the meeting.
VENUE_VERB_RE = re.compile(r"(?<![\w])(?:khai mạc|tiếp|đón|diễn ra|tổ chức|hội đàm|làm việc|ký|trao|dự|chủ trì|thăm|gặp)(?![\w])")


def _verb_after_venue(before: str) -> bool:
    at = before.rfind("tại ")
    return at >= 0 and VENUE_VERB_RE.search(before, at + 4) is not None


# Lao learners living in Viet Nam at a ceremony of their own — a graduation, their new year — as the labels
# read it: nobody crossed for it (their arrival, "tiếp nhận lưu học sinh … sang học tập", is a crossing).
LEARNERS = r"lưu học sinh|học viên|sinh viên"
LEARNERS_RE = re.compile(r"(?<!\w)(?:" + LEARNERS + r")(?:\s+(?:nước bạn\s+)?lào|\s+(?:của|đến từ)\s+(?:nước\s+)?lào)(?!\w)")
LEARNERS_OCCASION_RE = re.compile(r"(?<!\w)(?:bế giảng|tốt nghiệp|trao bằng|cấp bằng|bunpimay|bun pi may|tết cổ truyền|năm mới)(?!\w)")
ARRIVAL_RE = re.compile(r"(?<!\w)(?:tiếp nhận|sang học|đến học|nhập học|khai giảng)(?!\w)")


def _resident_learners(key: Sentence) -> str | None:
    learners = LEARNERS_RE.search(key.folded)
    if learners is None or not LEARNERS_OCCASION_RE.search(key.folded) or ARRIVAL_RE.search(key.folded) \
            or TRAVEL_RE.search(key.folded) and key.of("lao_province", "lao_body"):
        return None  # (a Lao delegation that came to greet them did cross; our province's leaders calling on them did not)
    return key.text[learners.start() : learners.end()]


def side_of(m: Mention) -> str | None:
    if m.kind in LAO_KINDS:
        return "la"
    if m.kind in VN_KINDS:
        return "vn"
    return None


# A ceremony earlier in the clause: "tổ chức lễ khởi công … tại tỉnh Sê Kông" is held there; care or
# teaching given there too ("khám bệnh, cấp thuốc … tại huyện X": the doctors went to X).
CEREMONY_RE = re.compile(
    r"(?<!\w)(?:lễ|khởi công|khánh thành|bàn giao|trao tặng|trao|tặng|" + CARE + r"|mổ|tập huấn|giảng dạy|biểu diễn|diễn ra)(?!\w)[^.;:]*$"
)


def _other_side_between(s: Sentence, m: Mention, at: int) -> bool:
    """The other side is named between "tại" and ``m``: "tại thành phố Savannakhet, tỉnh Quảng Trị và …"
    holds the meeting in the first place, and the second is a party, not the address's province."""
    side = side_of(m)
    return any(at < x.start < m.start and side_of(x) not in (None, side) for x in s.mentions)


def _before(doc: Document, s: Sentence, m: Mention, chars: int) -> str:
    return doc.folded[max(s.start, m.start - chars) : m.start]


def _mission_holds(doc: Document, key: Sentence) -> bool:
    """Viet Nam's embassy or consulate in Laos holds the event of the key sentence, or of the sentence before
    it when the key sentence only lists who attended ("Đại sứ quán Việt Nam tại Lào tổ chức lễ kỷ niệm … Dự lễ có
    Phó Thủ tướng Lào …")."""
    held = [key]
    if key.index > 0 and ATTENDANCE_OPENING_RE.match(key.folded):
        held.append(doc.sentences[key.index - 1])
    # (once the text has said where the mission is — "Đại sứ quán Việt Nam tại Lào" in its headline —, "Đại sứ quán
    # Việt Nam tổ chức …" is that mission)
    patterns = (VN_MISSION_IN_LAOS_RE, VN_MISSION_RE) if VN_MISSION_IN_LAOS_RE.search(doc.folded, 0, 400) else (VN_MISSION_IN_LAOS_RE,)
    return any((m := p.search(t.folded)) and MISSION_HOLDS_RE.match(t.folded, m.end()) for t in held for p in patterns)


# Whose letter, message or gift is carried ("Đại sứ … đã trao thư của Tổng Bí thư cho …"): the sender is not there.
SENDER_BEFORE_RE = re.compile(r"(?<!\w)(?:thư|điện|thông điệp|lời chúc|lời thăm hỏi|quà)(?:\s+(?:chúc mừng|mừng|thăm hỏi|tay))?"
                              r"\s+của\s+$")


def _vn_acting(doc: Document, key: Sentence) -> list[Mention]:
    """The key sentence's Vietnamese parties, but for the country whose day it is ("kỷ niệm Quốc khánh nước CHXHCN Việt
    Nam": an occasion, no one acting) and the sender of what is carried."""
    return [m for m in key.of("vn_province", "vn_body")
            if not OCCASION_OF_RE.search(doc.folded, max(0, m.start - 80), m.start)
            and not SENDER_BEFORE_RE.search(doc.folded, max(0, m.start - 40), m.start)]


def headline_first_side(doc: Document) -> str | None:
    """The side named first in a headline that pairs a Vietnamese and a Lao province."""
    head = doc.head
    if head is None or len(head.text) > 200:
        return None
    names = [m for m in head.mentions if m.kind in ("vn_province", "lao_province")]
    for a, b in zip(names, names[1:], strict=False):
        if a.kind != b.kind and HEADLINE_PAIR_RE.match(doc.folded[a.end : b.start]):
            return side_of(a)
    return None


# Laos as the learners' nationality ("chúc Tết lưu học sinh Lào"): whom a visit greets, not where it goes.
LEARNERS_OF_RE = re.compile(r"(?<!\w)(?:" + LEARNERS + r"|học sinh)(?:\s+nước bạn)?\s*$")


def _aside(doc: Document, s: Sentence, m: Mention) -> bool:
    """A name that is no party here: where a mission sits, whose holiday it is, whose learners they are."""
    before = _before(doc, s, m, 60)
    return bool(MISSION_SEAT_RE.search(before) or OCCASION_RE.search(before) or m.kind == "laos" and LEARNERS_OF_RE.search(before))


def _visitor_between(folded: str, start: int, end: int) -> bool:
    """A visitor named between the journey and the place: "chuyến thăm của đoàn tỉnh X" (X came)."""
    return any(g.group(0) != "của" or not VISITED_OBJECT_RE.search(folded, start, g.start())
               for g in VISITOR_GAP_RE.finditer(folded, start, end))


def _where_it_lies(doc: Document, hosts: list[Mention], target: Mention | None, end: int) -> Mention | None:
    """What was visited lies where "tại" says: "thăm khu lưu niệm cách mạng Lào ở Hòa Bình" goes to Hòa Bình."""
    if target is None:
        return None
    return next((m for m in hosts if target.end <= m.start < end and side_of(m) != side_of(target)
                 and PLACE_OF_RE.fullmatch(doc.folded, target.end, m.start)), target)


def _at_a_resident_mission(doc: Document, s: Sentence, target: Mention, end: int) -> bool:
    """What was visited lies at a Lao mission in Viet Nam, where "tại" says — after it, or as the scene the sentence
    opens with ("Sáng 20/6, tại Đại sứ quán Lào ở Hà Nội, đoàn … đến viếng nguyên Chủ tịch nước Lào")."""
    return any(m.name in RESIDENT_MISSIONS and (
        target.end <= m.start < end and PLACE_OF_RE.fullmatch(doc.folded, target.end, m.start)
        or m.start < target.start and MISSION_SCENE_RE.search(doc.folded, max(s.start, m.start - 12), m.start)
    ) for m in s.mentions)


MISSION_SCENE_RE = re.compile(r"(?:^|,)\s*(?:tại|ở)\s+$")
MOURNED_BEFORE_RE = re.compile(r"(?<!\w)(?:viếng|tưởng niệm|chia buồn(?:\s+(?:với|về))?|ký sổ tang)(?:\s+(?:nguyên|cố))?[^.;:]{0,40}$")


def _holds_the_ceremony(doc: Document, s: Sentence, m: Mention, after: str) -> bool:
    """A province that organises the ceremony, alone ("tỉnh X và tỉnh Y tổ chức" says nothing of who hosts) — not
    the handover of works it built for a Lao province ("tổ chức lễ bàn giao công trình trường học cho tỉnh X"): they
    stand, and the ceremony is held, there."""
    held = ORGANISER_RE.search(after) if m.kind in ("lao_province", "vn_province") else None
    if held is None or any(o.kind == "lao_province" and o.start > m.end and HANDED_THERE_RE.search(_before(doc, s, o, 150))
                           for o in s.mentions):
        return False
    return not any(side_of(o) not in (None, side_of(m)) and m.start - 40 <= o.start < m.end + held.end() for o in s.mentions)


# A party somebody visits or reaches ("đến chào xã giao lãnh đạo tỉnh X nhân dịp đoàn sang thăm", "khi
# đến thị xã Y, đoàn đã …"): the journey after its name is the visitor's.
VISITED_RE = re.compile(r"(?<!\w)(?:thăm|chào(?!\s+(?:đón|mừng))|chúc tết|chúc mừng|làm việc với|hội đàm với|đến|sang|tới|tại|ở)(?:\s+[^\s,.;:()]+){0,5}\s*$")


def _party_named_after(s: Sentence, m: Mention, chars: int) -> bool:
    """Another party named in the ``chars`` characters after ``m``."""
    return any(side_of(o) and m.end <= o.start < m.end + chars for o in s.mentions)


def _sets_off(doc: Document, s: Sentence, m: Mention, after: str) -> bool:
    """The journey follows the party's name, with no other party named between."""
    if VISITED_RE.search(_before(doc, s, m, 60)):
        return False
    going = SETS_OFF_RE.search(after)
    return going is not None and not _party_named_after(s, m, going.end())


# The party named as who receives: "Tỉnh trưởng tỉnh X đã tiếp đoàn công tác của …", "UBND tỉnh Y (Lào) đón đoàn …"
# (its titles between: "…, Bí thư Tỉnh ủy, Tỉnh trưởng tỉnh X, đã tiếp …").
RECEIVER_RE = re.compile(r"\s*(?:\([^()]{0,40}\)\s*)?(?:,[^,.;:]{0,80},\s*)?(?:đã\s+|vừa\s+|đã có buổi\s+)?"
                         r"(?:tiếp|đón|tiếp đón|đón tiếp)(?:\s+(?:xã giao|thân mật|và làm việc với))?\s+"
                         r"(?:các\s+)?(?:đoàn|đồng chí|ông|bà|ngài|phái đoàn)(?!\w)")


def _receives(s: Sentence, m: Mention, after: str) -> bool:
    """``m`` named as who receives a delegation or a guest, with no party of the other side named before the words."""
    got = RECEIVER_RE.match(after)
    side = side_of(m)
    return got is not None and not any(side_of(o) not in (None, side) and m.end <= o.start < m.end + got.end() for o in s.mentions)


def _glad_to_have_come(s: Sentence, m: Mention, after: str) -> bool:
    """The speaker glad to have come, with no other party named before the words."""
    glad = GLAD_TO_COME_RE.search(after)
    return glad is not None and not _party_named_after(s, m, glad.end())


def _destinations(doc: Document, s: Sentence, visit: bool) -> list[tuple[str, str]]:
    """(side, quoted text) of every place somebody goes to in the sentence (in an aid report or a
    handover, only where somebody is sent: "cử đội chuyên gia sang Lào")."""
    out = []
    # (a call on a resident embassy is no journey to Laos, nor to the city where it sits)
    hosts = [m for m in s.mentions if side_of(m) and m.name not in RESIDENT_MISSIONS and not _aside(doc, s, m)]
    for g in GOING_RE.finditer(s.folded) if visit else ():
        start = s.start + g.end()
        if VIET_NAM_OBJECT_RE.match(doc.folded, start):
            continue  # "chuyến thăm Việt Nam, … Bộ trưởng … Lào": the country is what is visited (COUNTRY_DEST_RE), not who follows
        stop = CLAUSE_END_RE.search(doc.folded, start, min(s.end, start + 100))
        end = stop.start() if stop else min(s.end, start + 100)
        target = _where_it_lies(doc, hosts, next((m for m in hosts if start <= m.start < end), None), end)
        if target is not None and _at_a_resident_mission(doc, s, target, end):
            continue  # "đến viếng nguyên Chủ tịch nước Lào tại Đại sứ quán Lào ở Hà Nội": nobody went to Laos
        if target is not None and not _visitor_between(doc.folded, start, target.start):
            out.append((side_of(target), f"{s.text[g.start() : g.end()]} … {target.text}"))
    for m in hosts:
        before = _before(doc, s, m, 60)
        move = MOVE_RE.search(before[-60:])
        if move and not SENT_THING_RE.search(before, 0, len(before) - len(move.group(0))):
            out.append((side_of(m), f"{move.group(0).strip()} {m.text}"))
    for c in COUNTRY_DEST_RE.finditer(s.folded):
        before = doc.folded[max(s.start, s.start + c.start() - 60) : s.start + c.start()]
        if c["verb"].startswith(("tại", "ở")) and NOT_VENUE_RE.search(before + c["verb"]):
            continue
        out.append(("vn", s.text[c.start() : c.end()]))
    return out


# The reasons of a direction the text does not state (the headline's order, the kind of exchange, a Lao
# delegation somewhere, the commoner way): a guess, which must never keep two reports of one trip apart.
GUESSES = ("nothing (more) says who travelled", "named first in the headline", "the kind of exchange", "a Lao delegation: ")


def guessed(reasons: list[str]) -> bool:
    """Whether a direction was decided by guesses alone."""
    return bool(reasons) and all(r.startswith(GUESSES) for r in reasons)


def direction(doc: Document, key_index: int | None, visit: bool = True) -> tuple[str, list[str]]:
    """``vn_to_la`` | ``la_to_vn`` | ``none``, and why."""
    votes: Counter[str] = Counter()
    why: list[str] = []

    in_laos = 0.0  # what says the meeting was in Laos (a Lao venue, host or destination)

    def vote(side: str, travels: bool, weight: float, reason: str) -> None:
        nonlocal in_laos
        votes[("la_to_vn" if side == "la" else "vn_to_la") if travels else ("vn_to_la" if side == "la" else "la_to_vn")] += weight
        in_laos += weight if side == "la" and not travels else 0.0
        why.append(reason)

    key = doc.sentences[key_index] if key_index is not None else None
    abroad = None if key is None else next((m for m in key.of("foreign") if foreign_venue(doc.folded, key, m)), None)
    if abroad is not None:
        # the two sides met in a third country ("tại Phnôm Pênh, Đại sứ quán Việt Nam … với Đại sứ quán Lào"): nobody
        # crossed between them
        return "none", [f'in a third country: "{abroad.text}"']

    for s in doc.sentences[:25]:
        # the key sentence and the opening report the event; later sentences often speak of other
        # trips, past or wished for
        weight = 3.0 if s.index == key_index else 2.0 if s.index < 4 else 0.5
        if s.index != key_index and s.index >= 4 and HYPOTHETICAL_RE.search(s.folded):
            continue
        venue = VN_VENUE_RE.search(s.folded)
        if venue and s.of(*LAO_KINDS):
            # a meeting "tại trụ sở Tỉnh ủy", "tại Đồn Biên phòng …": Vietnamese institutions,
            # so the Lao side is the guest even where no province is named
            vote("vn", False, weight, f'venue: "{s.text[venue.start() : venue.end()].strip()}"')
        for rx, side, label in ((LAO_VENUE_RE, "la", "venue"), (FRIEND_DEST_RE, "la", "goes to")):
            for hit in rx.finditer(s.folded):
                vote(side, False, weight, f'{label}: "{s.text[hit.start() : hit.end()].strip()}"')
        for hit in CULTURE_SHOWN_RE.finditer(s.folded):
            vote("la" if hit["who"] == "lào" else "vn", True, weight, f'whose culture is shown: "{s.text[hit.start() : hit.end()]}"')
        for hit in FRIEND_DELEGATION_RE.finditer(s.folded):
            vote("la", True, weight, f'delegation: "{s.text[hit.start() : hit.end()].strip()}"')
        for hit in AMBASSADOR_RE.finditer(s.folded):
            vote("la" if hit["vn"] else "vn", False, 0.3 * weight, f'ambassador present: "{s.text[hit.start() : hit.end()]}"')
        for side, quoted in _destinations(doc, s, visit):
            vote(side, False, 1.2 * weight, f'goes to: "{quoted}"')
        for m in s.mentions:
            side = side_of(m)
            if side is None or m.name in RESIDENT_MISSIONS:
                continue  # (Laos's embassy or consulate sits in Viet Nam: meeting there says nothing of Laos)
            before = _before(doc, s, m, 100)
            after = doc.folded[m.end : s.end]
            if _aside(doc, s, m) or MOURNED_BEFORE_RE.search(doc.folded, max(s.start, m.start - 60), m.start):
                continue  # (nor the one mourned: "… tại Vinh viếng nguyên Phó Chủ tịch nước Lào" says nothing of who travelled)
            if _holds_the_ceremony(doc, s, m, after):
                vote(side, False, weight, f'holds the ceremony: "{m.text}"')
            if _glad_to_have_come(s, m, after):
                vote(side, True, weight, f'glad to have come: "{m.text}"')
            if _receives(s, m, after):
                vote(side, False, 1.5 * weight, f'receives: "{m.text}"')
            if HOST_SIDE_RE.search(before) or LISTED_HOST_RE.search(before) and not ADDRESS_RE.search(before):
                vote(side, False, 1.5 * weight, f'host: "{m.text}"')
            elif RECEIVE_RE.search(before):
                vote(side, True, 2.0 * weight, f'received: "{m.text}"')
            elif RECEIVE_PERSON_RE.search(_before(doc, s, m, 200)):
                vote(side, True, 1.5 * weight, f'received: "{m.text}"')
            elif BANQUET_HOST_RE.search(_before(doc, s, m, 150)):
                vote(side, False, 1.5 * weight, f'gives the banquet: "{m.text}"')
            elif BANQUET_RE.search(_before(doc, s, m, 150)):
                vote(side, True, 1.5 * weight, f'guest of a banquet: "{m.text}"')
            elif DELEGATION_RE.search(before):
                strong = TRAVEL_RE.search(after[:250]) is not None or "chuyến thăm" in before
                vote(side, True, weight * (1.0 if strong else 0.3), f'delegation of "{m.text}"')
            elif _sets_off(doc, s, m, after):
                vote(side, True, weight, f'sets off: "{m.text}"')
            elif side == "la" and CAME_FROM_RE.search(_before(doc, s, m, 90)):
                vote(side, True, weight, f'came from: "{m.text}"')
            elif BORDER_LINE_RE.search(before):
                continue  # a border gate is in both countries: the address after it says nothing
            elif m.kind == "lao_province" and HANDED_THERE_RE.search(before):
                vote(side, False, weight, f'handed over there: "{m.text}"')
            elif (at := AT_RE.search(before)) and not NOT_VENUE_RE.search(before) and not _verb_after_venue(before) and (
                visit or SENT_TO_RE.search(before) or OPENING_VENUE_RE.search(doc.folded, s.start, m.start)
                or CEREMONY_RE.search(before)
            ) and not _other_side_between(s, m, m.start - len(before) + at.start()):
                # (in an aid report "tại tỉnh Attapeu" says where the flood was, not where anybody
                # went; "cử đội chuyên gia sang Lào" still sends somebody, and a ceremony is held
                # where its "tại" says)
                vote(side, False, 1.2 * weight, f'in/to "{m.text}"')
    opening = doc.folded[:800]
    remote = next((w for w in NO_TRAVEL if w in opening), None) if not votes else None
    if remote is not None:
        return "none", [f'nobody travelled: "{remote}"']
    lao = key.of("lao_province", "lao_body", "laos") if key is not None else []
    if key is not None and not lao and key.index > 0:
        # (the Lao side of a key sentence that names none is the sentence before's: "Đại sứ quán Lào tổ chức tiệc chiêu đãi
        # … Phó Chủ tịch nước … đến dự")
        lao = doc.sentences[key.index - 1].of("lao_province", "lao_body", "laos")
    # (the one mourned there is no side: "đến Đại sứ quán Lào tại Hà Nội viếng nguyên Bộ trưởng Quốc phòng Lào")
    resident = any(m.name in RESIDENT_MISSIONS for m in lao) and all(
        m.name in RESIDENT_MISSIONS for m in lao
        if m.kind != "laos" and not MOURNED_BEFORE_RE.search(doc.folded, max(key.start, m.start - 60), m.start))
    came = any(r.startswith("came from") for r in why) and votes["la_to_vn"] > votes["vn_to_la"]
    if resident and not in_laos and not came:
        # the Lao side is its embassy or consulate, already in Viet Nam: nobody crosses (a Vietnamese
        # delegation that "went" to it travelled within Viet Nam)
        return "none", ["resident mission"]
    # (… unless the text says others came from Laos with it: "các doanh nghiệp đến từ các tỉnh của Lào" at a fair the consulate
    # opens — the votes below decide)
    learners = _resident_learners(key) if key is not None and not in_laos else None
    if learners is not None:
        # Lao students or trainees who live here graduating or keeping their new year: nobody crossed for it
        return "none", [f'Lao learners living here: "{learners}"']
    if key is not None and BORDER_LINE_RE.search(key.folded) and REMAINS_HANDED_RE.search(key.folded):
        return "none", ["remains handed over at the border"]
    receives = VN_MISSION_RECEIVES_RE.search(key.folded) if key is not None else None
    if receives is not None and all(receives.start() <= m.start - key.start < receives.end() for m in _vn_acting(doc, key)):
        # our embassy or consulate in Laos receiving a Lao minister or delegation, no other side of ours there
        return "none", ["resident mission (Viet Nam's, in Laos) receives"]
    mission = VN_MISSION_IN_LAOS_RE.search(key.folded) if key is not None else None
    if key is not None and not _vn_acting(doc, key) and (
            not votes.get("la_to_vn") and (mission or VN_AMBASSADORS_CALL_RE.search(key.folded))
            # (its own reception: the Lao guests at it are at home too — "Đại sứ quán Việt Nam tại Lào tổ chức chiêu đãi …")
            or _mission_holds(doc, key)):
        # the Vietnamese side is Viet Nam's embassy or consulate in Laos, already there: nobody crosses
        return "none", ["resident mission (Viet Nam's, in Laos)"]
    if not votes and BORDER_LINE_RE.search(opening):
        return "none", ["at the border line"]
    if not votes:
        # Nothing says who travelled: a headline that names one side first ("Xiêng Khoảng (Lào) và
        # Sơn La ký …") names the host, as protocol lists the host first.
        first = headline_first_side(doc)
        if first:
            vote(first, False, 1.0, f"named first in the headline: {first}")
    if not votes:
        head = doc.folded[: doc.title_end] + " " + opening
        to_laos, to_vn = TRAVELS_TO_LAOS_RE.search(head) or SERVED_THERE_RE.search(head), COMES_TO_VN_RE.search(head)
        burial = BURIAL_RE.search(head)
        if burial:
            # the remains were searched for in Laos, but they are mourned and buried at home, the Lao guests there
            vote("vn", False, 0.5, f'the kind of exchange: "{burial.group(0)}"')
        elif to_laos:
            vote("la", False, 0.5, f'the kind of exchange: "{to_laos.group(0)}"')
        elif to_vn:
            vote("vn", False, 0.5, f'the kind of exchange: "{to_vn.group(0)}"')
    if not votes:
        lao_delegation = next((m for m in doc.mentions(*LAO_KINDS) if DELEGATION_OR_UNION_RE.search(doc.folded, max(0, m.start - 60), m.start)), None)
        if lao_delegation is not None:
            vote("la", True, 0.3, f'a Lao delegation: "{lao_delegation.text}"')
    if votes or visit:
        # Still nothing (or a tie): the commoner way. Lao provincial delegations come to Vietnamese
        # provinces more often than the reverse; national exchanges are more often reported from Vientiane.
        # (a border post or a province's committee of ours, its province unnamed, is no national body)
        national = not any(m.kind == "vn_province" for m in doc.mentions(*VN_KINDS)) and not LOCAL_VN_BODY_RE.search(doc.folded)
        vote("vn" if national else "la", True, 0.01 if votes else 0.1, "nothing (more) says who travelled: the commoner way")
    if not votes:
        return "none", why
    (best, n), *rest = votes.most_common()
    if rest and rest[0][1] == n:
        return "none", why
    return best, why
