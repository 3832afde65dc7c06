"""Find the parties and cues in a text: sentences with their Lao/Vietnamese/foreign mentions."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from itertools import islice

from huunghi.classify.furniture import lead_item, strip_furniture, trailing_headlines_start, unglue
from huunghi.classify.gazetteer import Gazetteer
from huunghi.classify.text import WORD_RE, clean, fold_clean, nfc, phonetic

# A period with no space after it is not a sentence end: a number ("200.000 USD", "Ngày 19.2") or a
# site name ("(Chinhphu.vn) -", "tapchilaoviet.org").
# A "|" (a table cell, a menu) ends a piece too.
SENTENCE_RE = re.compile(r"[^.!?;\n|]+(?:[.](?=\w)[^.!?;\n|]*)*(?:[.!?;]+|(?=\|)|$)", re.M)
# An ellipsis ends one too when a capital follows it ("… y tế, tài chính… Năm học này, …"; not "các tỉnh A, B… đều"): the
# pieces are cut there afterwards, on the few pages that hold one (in the pattern above it cost every page a quarter more).
UPPER = "A-ZĐÁÀẢÃẠĂẮẰẲẴẶÂẤẦẨẪẬÉÈẺẼẸÊẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌÔỐỒỔỖỘƠỚỜỞỠỢÚÙỦŨỤƯỨỪỬỮỰÝỲỶỸỴ"
ELLIPSIS_END_RE = re.compile(r"…+(?=\s+[" + UPPER + r"])")
# "HĐND TP. Huế", "PGS.TS. Nguyễn": a period after these does not end the sentence.
ABBREVIATION_END = re.compile(r"(?:\b(?:TP|Tp|tp|TX|Tx|TT|TS|ThS|PGS|GS|BS|Q|P|St|Mr|Ms|Dr)|\b[A-ZĐ])\.\s*$")
# … unless the capital is a Roman numeral that ends it ("… công tác đối ngoại quý I. Công tác …", "… khóa XV lần thứ V.")
ROMAN_END_RE = re.compile(r"(?<!\w)(?:quý|khóa|khoá|thứ|kỳ|đại hội|thế kỷ|nhiệm kỳ|giai đoạn)\s+[IVX]\.\s*$", re.I)
# A page's own date line ("Thứ Năm, 12/06/2025 10:20 (GMT+7)", "Cập nhật: 8:15 | 03/12/2025") is
# no sentence of the article: it stays in the text (a reference for dates) but takes no place among
# the sentences, whose order says which is the headline and which open the report.
DATE_LINE_RE = re.compile(
    r"(?:(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ nhật|cập nhật|đăng|ngày|lúc|giờ|gmt|utc|am|pm|date)(?!\w)|[\d\s/:.,()+\-|h])+"
)

# A byline ("Minh Hiếu"), a photo credit ("(Ảnh: Minh Hùng)"), a stray word: a piece of the page that
# names nobody and says too little to be a sentence of the report.
PHOTO_CREDIT_RE = re.compile(r"\W*(?:ảnh|nguồn|video|clip|đồ họa)\s*:")
# A file photo's caption ("Ảnh tư liệu: Lãnh đạo tỉnh tiếp đoàn tỉnh X năm 2023", "… (Ảnh minh họa)") shows another day's
# event, whoever it names: no sentence of the report.
FILE_PHOTO = r"ảnh\s*:?\s*(?:tư liệu|tl|minh họa|minh hoạ|lưu trữ)"
FILE_PHOTO_RE = re.compile(r"\W*ảnh\s+(?:tư liệu|minh họa|minh hoạ|lưu trữ)\s*[:.\-–]"
                           r"|.*(?:\(\s*" + FILE_PHOTO + r"\s*\)|\s[\-–]\s*" + FILE_PHOTO + r")\W*$")
# … its credit run on after the caption as a sentence of its own ("Lãnh đạo tỉnh tiếp đoàn tỉnh X. Ảnh minh họa")
FILE_PHOTO_AFTER_RE = re.compile(r"[ \t]*\(?\s*" + FILE_PHOTO + r"\s*\)?\W*$")
SHORT_WORDS = 4


def _aside(folded: str) -> bool:
    short = len(folded) < 12 * SHORT_WORDS and len(WORD_RE.findall(folded)) < SHORT_WORDS
    return short or PHOTO_CREDIT_RE.match(folded) is not None


@dataclass
class Mention:
    kind: str  # lao_province | lao_body | laos | vn_province | vn_body | foreign (and, no party: lao_place, vn_place, vn_firm)
    name: str  # canonical (Lao) or as written (Vietnamese, canonical spelling)
    text: str  # exactly as in the article
    start: int
    end: int


@dataclass
class Sentence:
    index: int
    start: int
    end: int
    text: str  # original
    folded: str
    mentions: list[Mention] = field(default_factory=list)

    def of(self, *kinds: str) -> list[Mention]:
        if not self.mentions:
            return []  # (most sentences name nobody: asked for often, answered at once)
        return [m for m in self.mentions if m.kind in kinds]


@dataclass
class Document:
    text: str  # clean(original)
    folded: str
    title_end: int  # offset where the title ends (0 when no title)
    found: list[Mention] = field(default_factory=list, repr=False)  # every mention, in text order

    @cached_property
    def sentences(self) -> list[Sentence]:
        # (cut when first asked for: most pages a crawl brings name no Lao party, and are judged on ``found`` alone)
        return _sentences(self.text, self.folded, self.found)

    def names_laos(self) -> bool:
        """Whether the page names a Lao party anywhere (a file photo's caption too)."""
        return any(m.kind in LAO_KINDS for m in self.found)

    def mentions(self, *kinds: str) -> list[Mention]:
        return [m for s in self.sentences for m in s.of(*kinds)]

    def names(self, *kinds: str) -> bool:
        """Whether any mention is of one of ``kinds`` (stops at the first)."""
        return any(m.kind in kinds for s in self.sentences for m in s.mentions)

    @cached_property
    def tail(self) -> int:
        """Where one or two other stories' headlines after the article start (``len(text)`` when there are none): what they
        say is no exchange of the page's own, nor a side of it (see ``furniture.trailing_headlines_start``)."""
        return trailing_headlines_start(self.text)

    @property
    def head(self) -> Sentence | None:
        """The headline: the title when one was given; else the page's first line, past the furniture an archived page
        may open with ("Trang chủ Hữu nghị", "Chia sẻ", "Tin tức": short lines that name nobody)."""
        if not self.title_end:
            for s in self.sentences[:FURNITURE_LINES_MAX]:
                if s.mentions or len(s.text.strip()) > FURNITURE_LINE_MAX or s.text.rstrip().endswith((".", "!", "?")):
                    return s
        return self.sentences[0] if self.sentences else None


FURNITURE_LINES_MAX, FURNITURE_LINE_MAX = 3, 60


# Laos as a place where Vietnamese are, not a party: "Tổng Lãnh sự quán Việt Nam tại Luông Pha Băng",
# "cộng đồng người Việt Nam tại Lào", "quân tình nguyện Việt Nam làm nhiệm vụ quốc tế tại Lào",
# "liệt sĩ hy sinh tại Lào", "Chuyên gia Việt Nam giúp bạn Lào".
LAO_AS_PLACE_RE = re.compile(
    r"(?:(?:đại sứ quán|tổng lãnh sự quán|lãnh sự quán|đại sứ|tổng lãnh sự|lãnh sự|phóng viên|văn phòng đại diện|(?:các\s+)?cơ quan đại diện)"
    r"(?:\s+đặc mệnh toàn quyền)?\s+(?:nước\s+)?(?:chxhcn\s+|cộng hòa xã hội chủ nghĩa\s+)?việt nam"
    r"|ttxvn|người việt(?:\s+nam)?|kiều bào|việt kiều|đồng hương|đồng bào việt nam|doanh nghiệp việt(?:\s+nam)?|lưu học sinh việt nam"
    r"|sinh viên việt nam|(?:cựu chiến binh|cựu quân nhân|bà con)\s+việt(?:\s+nam)?"
    # (or lured there to work: "công dân Việt Nam bị lừa sang làm việc tại Đặc khu kinh tế … của Lào")
    r"|công dân việt nam|bị lừa(?:\s+bán)?"
    r"|(?:người\s+)?lao động việt nam|công nhân việt nam"
    # where our province's students study ("30 sinh viên của tỉnh đang theo học tại các trường đại học ở Lào")
    # (or "sinh viên Nghệ An đang học tại Lào"; never Laos's own: "lưu học sinh Lào đang học tập tại …")
    r"|(?:sinh viên|học sinh)(?:\s+(?!lào(?!\w))[^\s.;:!?]+){1,6}?\s+(?:theo học|học tập|đang học|du học)"
    # (or where a scholarship of ours sends its holders: "tuyển sinh học bổng Hiệp định đi học tại Lào")
    r"|(?<!\w)(?:đi học|đi du học|du học|đi học tập|sang học tập|sang học)"
    # where a family's kin live ("có nhiều người thân bên Lào", "thăm họ hàng ở tỉnh X")
    r"|người thân|họ hàng|thân nhân"
    r"|công ty|tập đoàn|nhà máy|(?:chi nhánh\s+)?ngân hàng(?:\s+liên doanh)?"
    r"|quân tình nguyện|(?<!đoàn )chuyên gia(?:\s+quân sự)?(?:\s+việt nam)?|hy sinh|nhiệm vụ quốc tế|chiến trường|ngã xuống"
    # (our volunteers seen off at home: "lễ tiễn 20 thanh niên tình nguyện lên đường sang tỉnh X")
    r"|thanh niên tình nguyện|tình nguyện viên"
    # where our fallen were searched for and found ("hài cốt … được tìm kiếm, cất bốc tại tỉnh X")
    r"|tìm kiếm|cất bốc|quy tập"
    # our own people honoured at home for work done there ("biểu dương cán bộ hoàn thành nhiệm vụ … tại tỉnh X")
    r"|hoàn thành(?:\s+(?:xuất sắc|tốt))?\s+nhiệm vụ"
    # where one of ours once worked or fought — a life, no party ("nguyên Bí thư Tỉnh ủy, người từng có nhiều năm công tác
    # tại tỉnh X")
    r"|(?<!\w)từng(?:\s+có)?(?:\s+(?:nhiều|hơn|gần|trên|\d+|hai|ba|mấy)\s+năm)?\s+(?:công tác|làm việc|học tập|sinh sống|chiến đấu"
    r"|làm chuyên gia|giảng dạy|là|giữ chức|đảm nhiệm)"  # (or a post once held there: "từng là Trưởng đoàn chuyên gia giúp tỉnh X")
    # or where our people work now ("thăm, động viên đội ngũ y bác sĩ Bệnh viện … đang làm việc tại … tỉnh X")
    # (or serving there: "cán bộ, chiến sĩ Đội K52 đang làm nhiệm vụ tại Lào")
    r"|(?<!\w)(?:y bác sĩ|bác sĩ|giáo viên|thầy cô|kỹ sư|công nhân|người lao động|cán bộ|chiến sĩ|bộ đội)(?:\s+[^\s.;:!?]+){0,8}?"
    r"\s+đang\s+(?:làm việc|công tác|giảng dạy|làm nhiệm vụ|thực hiện nhiệm vụ))"
    r"[^.;:!?]{0,50}?\s(?:tại|ở|trên đất|trên chiến trường|trên khắp|khắp|bên|giúp|sang)\s+(?:nước\s+bạn\s+|nước\s+|tỉnh\s+|thủ đô\s+|bạn\s+)?"
    # (the place's own words — "huyện Pakse, tỉnh" —, not another party joined on: "tại Campuchia phối hợp với …", nor who
    # acts there: "hy sinh tại tỉnh X do phía bạn Lào bàn giao", nor whom our envoy there calls on: "Đại sứ Việt Nam tại Lào đã
    # hội kiến Chủ tịch Quốc hội Lào")
    r"(?:(?!(?:với|và|cùng|do|phía|đã|vừa|sẽ|đang|hội|tiếp|chào|thăm|gặp|làm|trao|tặng|dự|chúc|có)\b)[^\s.;:!?]+[\s,]+){0,4}?$"
    # the Vietnamese community's own bodies named for where they live ("Hội người Việt Nam Thủ đô Vientiane",
    # "Kiều bào tỉnh Chăm Pa Xắc", "câu lạc bộ đồng hương Xiêng Khoảng")
    r"|(?<!\w)(?:hội người việt(?:\s+nam)?|kiều bào|việt kiều|cộng đồng người việt(?:\s+nam)?|đồng hương)"
    r"\s+(?:nước\s+|tỉnh\s+|thủ đô\s+)?$"
    # … and where patients, tourists or traders come from ("khám, chữa bệnh cho nhiều bệnh nhân đến từ tỉnh X"; a bare "khách"
    # only counted as mostly from there, "Phần lớn khách đến từ các tỉnh X" — "đoàn khách tỉnh X" is a delegation)
    r"|(?<!\w)(?:bệnh nhân|người bệnh|du khách|khách du lịch|lượt khách|thương nhân|tiểu thương|(?:phần lớn|đa số|chủ yếu là|nhiều|hàng (?:chục|trăm|nghìn|ngàn|vạn))\s+khách"
    r"|(?<!đoàn )khách(?:\s+(?:lào|quốc tế|nước ngoài))?\s+(?:chủ yếu|phần lớn|đa số))(?:\s+[^\s.;:!?]+){0,4}?\s+đến từ\s+"
    r"(?:các\s+tỉnh\s+(?:của\s+)?|nước\s+|tỉnh\s+)?$"
    # … and its youth, women's and veterans' bodies there ("Đoàn Thanh niên Cộng sản Hồ Chí Minh tại Lào", "Tuổi trẻ Việt Nam
    # tại Lào"): ours, where they live
    r"|(?<!\w)(?:(?:tuổi trẻ|thanh niên|phụ nữ|cựu chiến binh)\s+việt nam|đoàn thanh niên cộng sản hồ chí minh"
    r"|hội (?:phụ nữ|cựu chiến binh|sinh viên|lưu học sinh)(?:\s+việt nam)?)\s+(?:tại|ở)\s+(?:nước\s+|tỉnh\s+|thủ đô\s+)?$"
)
# Laos or a province of it as geography: what a district or a unit borders or faces ("các huyện giáp nước CHDCND Lào", "30 km
# đường biên giới giáp tỉnh Phông Sa Lỳ"), what a route or a trip passes through ("đi qua địa phận tỉnh Xa Vẳn Na
# Khệt", "quá cảnh qua Lào", "chạy qua") — a bare "qua" may be "sang", as in the south: "qua Lào làm việc" goes there.
BORDERED_OR_PASSED = (r"(?<!\w)(?:giáp(?:\s+ranh)?(?:\s+(?:đường\s+)?biên giới)?(?:\s+với)?|đối diện(?:\s+với)?"
                      r"|(?:chạy|ngang|đi ngang)\s+qua|quá cảnh(?:\s+qua)?"
                      # (or near the border with it: "bản … nằm sát biên giới với tỉnh X", "cách biên giới tỉnh X 3 km")
                      r"|(?:sát|cách|gần|dọc|ven)\s+(?:tuyến\s+|đường\s+)?biên giới(?:\s+với)?"
                      # (or what a district has: "địa phương có đường biên giới dài 192 km với tỉnh X", "có chung biên giới với")
                      r"|có\s+(?:chung\s+)?(?:đường\s+|tuyến\s+)?biên giới(?:\s+(?:chung|dài|đất liền))*"
                      r"(?:\s+(?:hơn|gần|trên|khoảng)?\s*[\d.,]+\s*km)?\s+với"
                      r"|(?:đi\s+)?qua\s+(?:địa phận|lãnh thổ)"
                      # (or the far side of a pair of border gates: "đường dẫn ra cặp cửa khẩu La Lay với tỉnh X")
                      r"|cặp cửa khẩu(?:\s+(?:quốc tế|chính|phụ))?(?:\s+[^\s.,;:()]+){1,3}?\s+(?:với|thông sang))\s+")
# The country, also as the other side of the border line ("tuyến đường nối cửa khẩu Cha Lo với biên giới Lào" —
# but "lực lượng bảo vệ biên giới Lào" are Lao forces), a market or the soil ("chiến đấu trên đất bạn Lào").
LAOS_AS_BORDER_RE = re.compile(
    # (or the country of a special economic zone: "Đặc khu kinh tế Tam giác vàng của Lào", where scams hold our people)
    r"(?:(?<!\w)đặc khu kinh tế(?:\s+[^\s.,;:()]+){0,4}?\s+(?:\(|của\s+|,\s*)|"
    r"(?<!bảo vệ )(?<!lực lượng )biên giới\s+(?:với\s+)?|thị trường\s+|" + BORDERED_OR_PASSED
    + r"(?:(?:các\s+)?tỉnh\s+)?|(?<!\w)trên đất\s+(?:nước\s+)?)"
    r"(?:nước\s+)?(?:bạn\s+)?(?:chdcnd\s+)?$"
)
# (also through the district it borders: "tuyến biên giới giáp huyện Viêng Xay, tỉnh Hủa Phăn")
PROVINCE_AS_GEOGRAPHY_RE = re.compile(BORDERED_OR_PASSED + r"(?:(?:huyện|mường|quận)(?:\s+[^\s.,;:()]+){1,3}\s*,\s*)?"
                                      r"(?:(?:các\s+)?tỉnh\s+|nước\s+(?:bạn\s+)?"
                                      # (or the district named by itself: "địa bàn giáp huyện Noọng Hét, tỉnh X")
                                      r"|(?:các\s+)?(?:huyện|mường|quận|bản|cụm bản)\s+)?$")
# A river, or the dam on it, that shares a province's name ("sông Sê Kông", "thủy điện Nậm Thà"): a place, no party.
RIVER_BEFORE_RE = re.compile(r"(?<!\w)(?:sông|dòng sông|lưu vực(?:\s+sông)?|thượng nguồn(?:\s+sông)?|hạ lưu(?:\s+sông)?"
                             r"|thủy điện|hồ thủy điện|đập)\s+$")
# A battlefield of old named for a province ("ôn lại kỷ niệm tại các chiến trường Xiêng Khoảng, Hủa Phăn"): history, no party.
BATTLEFIELD_BEFORE_RE = re.compile(r"(?<!\w)(?:chiến trường|chiến dịch)(?:\s+(?:xưa|năm xưa|cũ))?\s+(?:các\s+)?(?:tỉnh\s+)?"
                                   r"(?:[^\s.;:,()]+(?:\s+[^\s.;:,()]+){0,3}\s*(?:,|và)\s*){0,4}$")
# … or where our soldiers fought and served in the war ("ôn lại những năm tháng chiến đấu, công tác tại các tỉnh X, Y của nước bạn
# Lào", "chiến đấu và hy sinh tại tỉnh X"): a place of the past, no party.
FOUGHT_THERE_BEFORE_RE = re.compile(r"(?<!\w)chiến đấu(?:\s*(?:,|và)\s*(?:công tác|hoạt động|làm nhiệm vụ|hy sinh|phục vụ|sinh sống))*"
                                    r"\s+(?:tại|ở|trên)\s+(?:chiến trường\s+|đất\s+(?:bạn\s+)?|địa bàn\s+)?(?:các\s+)?(?:tỉnh\s+)?"
                                    r"(?:[^\s.;:,()]+(?:\s+[^\s.;:,()]+){0,3}\s*(?:,|và)\s*){0,4}$")
# … or named in the meeting on whose sidelines another one is held ("Bên lề Hội nghị Cấp cao Tam giác phát triển … tại Viêng
# Chăn, Thủ tướng … gặp Thủ tướng Campuchia"): the occasion, up to the comma that ends it — whom the sentence meets comes after.
SIDELINES_OF_BEFORE_RE = re.compile(r"(?<!\w)bên lề\s+(?:các\s+)?(?:hội nghị|hội thảo|diễn đàn|kỳ họp|phiên họp|cuộc họp|hội chợ"
                                    r"|đại hội|lễ|sự kiện|chương trình)(?!\w)[^.;:,!?]{0,140}$")
# A route named for the places it links ("dự án đường sắt Viêng Chăn - Vũng Áng", "tuyến xe khách Vinh - Xiêng Khoảng",
# "đường bay Hà Nội - Luông Pha Bang"): a place in a name, no party.
ROUTE_NAME_BEFORE_RE = re.compile(r"(?<!\w)(?:đường sắt|cao tốc|đường bay|tuyến bay|tuyến xe(?:\s+khách|\s+buýt)?"
                                  r"|đường dây(?:\s+\d+\s*kv)?|hành lang kinh tế)(?:\s+[^\s.,;:()]+){0,3}?\s*(?:[-–]\s*)?$"
                                  # (or a road's or a river's stretch through it: "nâng cấp đường 9 đoạn qua tỉnh X")
                                  r"|(?<!\w)đoạn\s+(?:đi\s+|chảy\s+)?qua\s+(?:địa phận\s+|địa bàn\s+)?(?:tỉnh\s+)?$"
                                  # (or a haul's route through it: "khảo sát tuyến vận tải hàng hóa qua tỉnh X về cảng")
                                  r"|(?<!\w)(?:tuyến|luồng)\s+(?:vận tải|vận chuyển|giao thông|hàng hóa|hàng|xe)"
                                  r"(?:\s+(?:hàng hóa|hàng|đường bộ|đa phương thức|quốc tế))*\s+(?:đi\s+)?qua\s+"
                                  r"(?:địa phận\s+|địa bàn\s+)?(?:tỉnh\s+)?$"
                                  # (or a tour, its stops however many: "tour du lịch kết nối Nghệ An - Xiêng Khoảng - …")
                                  r"|(?<!\w)(?:tour|tuyến du lịch|sản phẩm du lịch|hành trình du lịch)"
                                  r"(?:\s+(?!(?:sang|tại|đến|tới|với|và|cùng|của|do)\b)[^\s.,;:()]+){0,12}?"
                                  r"\s*(?:[-–]\s*)?$")
# Laos as whose holiday or anniversary it is: "kỷ niệm 48 năm Quốc khánh nước CHDCND Lào", "nhân dịp
# Tết cổ truyền Bunpimay của nhân dân Lào", "Ngày thành lập Quân đội nhân dân Lào" — a topic, no party (and so is Viet Nam:
# "chúc mừng … nhân dịp Quốc khánh nước CHXHCN Việt Nam").
OCCASION_OF_RE = re.compile(
    r"(?:quốc khánh|ngày thành lập|ngày sinh|ngày truyền thống|tết cổ truyền|tết bunpimay|bunpimay|năm mới)"
    r"(?:\s+(?:của|nước|nhân dân|bunpimay|cổ truyền|cộng hòa dân chủ nhân dân|chdcnd|cộng hòa xã hội chủ nghĩa|chxhcn|quân đội"
    r"|đảng|mặt trận|các dân tộc)){0,4}\s*$"
)
# Laos or a province as the culture or the country someone learns about ("các em được tham quan … và tìm hiểu văn hóa Lào",
# "khám phá thiên nhiên, con người Luông Pha Bang"): a topic, no party.
CULTURE_LEARNT_RE = re.compile(r"(?<!\w)(?:tìm hiểu|khám phá|trải nghiệm)(?:\s+về)?(?:\s+(?:lịch sử|văn hóa|đất nước|con người"
                               r"|phong tục(?:\s+tập quán)?|ẩm thực|nét đẹp|cuộc sống|thiên nhiên|cảnh đẹp)(?:\s*,|\s+và|\s+của)?)+"
                               r"\s+(?:nước\s+)?(?:bạn\s+)?(?:tỉnh\s+)?$")
# … or where a trip of sightseeing or learning goes ("40 học sinh đã có chuyến trải nghiệm tại tỉnh X", "chuyến du lịch đến
# Luông Pha Bang"): a destination, no host.
LEISURE_TRIP_RE = re.compile(r"(?<!\w)(?:chuyến|hành trình)\s+(?:trải nghiệm|du lịch|dã ngoại|du khảo|khám phá"
                             r"|tham quan(?:\s+du lịch)?)(?:\s+[^\s.,;:()]+){0,4}?\s+(?:tại|ở|đến|tới|sang)\s+"
                             r"(?:nước\s+(?:bạn\s+)?|tỉnh\s+|thủ đô\s+)?$")
# (the trip named after the place: "đã đến thăm Khu di tích …, tỉnh X trong chuyến du lịch")
LEISURE_TRIP_AFTER_RE = re.compile(r"[^.;:!?]{0,40}?\s(?:trong|nhân|qua)\s+(?:một\s+)?(?:chuyến|hành trình)\s+(?:du lịch|dã ngoại|du xuân"
                                   r"|du khảo|khám phá|trải nghiệm|tham quan(?:\s+du lịch)?)(?!\w)")
# … or with whom our team once found the remains a page buries ("Các hài cốt do Đội K52 phối hợp với Ban 515 tỉnh X tìm kiếm,
# quy tập trong mùa khô"): where they came from, no party of the burial (not "hài cốt … do tỉnh X bàn giao", handed over).
REMAINS_FOUND_WITH_RE = re.compile(r"(?<!\w)hài cốt(?:\s+(?:liệt sĩ|này|trên))*\s+(?:do|được)\s+[^.;:]{0,80}?(?<!\w)"
                                   r"(?:phối hợp với|cùng với|cùng)\s+(?:[^.;:]{0,40}?\s)?$")
# … or whom a work or a service is meant for ("khánh thành ký túc xá dành cho lưu học sinh Lào"): beneficiaries, no party (a Lao
# mission at the opening is one).
MEANT_FOR_RE = re.compile(r"(?<!\w)(?:dành cho|phục vụ(?:\s+cho)?)\s+(?:\d+\s+)?(?:các\s+|những\s+)?(?:lưu học sinh|học sinh|sinh viên"
                          r"|học viên|bệnh nhân|người bệnh|du khách|khách)(?:\s+(?:nước bạn|người))?\s+$")
# … or the people a wish is sent to in a speech ("gửi lời chúc mừng năm mới tới nhân dân các bộ tộc Lào"): words, no party.
WISHED_PEOPLE_RE = re.compile(r"(?<!\w)lời chúc(?:\s+mừng)?(?!\w)[^.;:]{0,60}?(?:tới|đến)\s+(?:toàn thể\s+)?(?:nhân dân|đồng bào)"
                              r"(?:\s+các bộ tộc)?\s+(?:nước\s+)?(?:bạn\s+)?$")
# (but those an event is held for take part in it: "vui Tết Bunpimay dành cho các lưu học sinh Lào của trường")
EVENT_FOR_RE = re.compile(r"(?<!\w)(?:tết|bunpimay|lễ|chương trình|giao lưu|hội thi|hội diễn|gặp mặt|họp mặt|tiệc)(?!\w)[^.;:]{0,25}$")


def _meant_for(folded: str, m: Mention) -> bool:
    hit = MEANT_FOR_RE.search(folded, max(0, m.start - 50), m.start)
    return hit is not None and EVENT_FOR_RE.search(folded, max(0, hit.start() - 60), hit.start()) is None


# Where another country's envoy resides ("Tổng Lãnh sự Thái Lan tại tỉnh Xa Vẳn Na Khệt", "Đại sứ Nhật Bản tại Lào"):
# the seat of a mission, no party (Laos's own envoys — "Đại sứ Lào tại …" — are named before their seat).
ENVOY_SEAT_RE = re.compile(r"(?<!\w)(?:đại sứ quán|tổng lãnh sự quán|lãnh sự quán|đại sứ|tổng lãnh sự|lãnh sự)\s+(?!lào(?!\w))"
                           r"(?:nước\s+)?[^\s.;:!?,()]+(?:\s+[^\s.;:!?,()]+){0,2}\s+(?:tại|ở)\s+(?:thủ đô\s+|tỉnh\s+)?$")
# Laos in the title of a work, inside its quotation marks ("triển lãm ảnh 'Đất nước Lào tươi đẹp'", "cuốn sách
# “Quan hệ đặc biệt Việt Nam - Lào”"): a topic, no party.
WORK_TITLE_RE = re.compile(
    r"(?<!\w)(?:triển lãm(?: ảnh)?|cuốn sách|sách|bộ phim|phim|bài hát|ca khúc|tác phẩm|tập thơ|cuộc thi|vở diễn|hội thi"
    # (or a programme's: chương trình giao lưu “Ký ức Hủa Phăn”)
    r"|chương trình(?:\s+(?:giao lưu|nghệ thuật|văn nghệ|truyền hình))?|đêm (?:nhạc|thơ|giao lưu)|chuyên mục)\s*"
    r"[\"'“‘«][^\"'”’»“‘«]{0,60}$"
)
# Laos or a province as what pictures or records show ("triển lãm 150 bức ảnh về các chuyến thăm của lãnh đạo tỉnh X"):
# a topic, no party.
# (not whom they are given to or shared with: "trao tặng bức ảnh về … cho tỉnh X")
# (or where they were shot: "150 bức ảnh của các nhiếp ảnh gia Nghệ An chụp trong các chuyến đi tới tỉnh X")
PICTURED_RE = re.compile(r"(?<!\w)(?:bức ảnh|hình ảnh|ảnh tư liệu|hiện vật|phim tài liệu|tài liệu|tư liệu)(?:,?\s+\w+){0,3}?\s+về\s+"
                         r"(?:(?!(?:cho|tặng|với|và|cùng)\s)[^.;:!?]){0,70}$"
                         r"|(?<!\w)(?:bức ảnh|tác phẩm ảnh|ảnh|bộ ảnh|thước phim)(?!\w)[^.;:!?]{0,60}?(?<!\w)(?:được\s+)?(?:chụp|ghi lại|quay)"
                         r"(?!\w)(?:\s+(?!(?:cho|tặng|với|cùng)\b)[^\s.;:!?,]+){0,6}?\s+(?:tại|ở|tới|đến|trên đất)\s+(?:các\s+)?(?:tỉnh\s+)?$")
# Laos or a province as what a talk, a study or a contest is about ("hội thảo khoa học về cuộc đời … của Chủ tịch X, lãnh tụ
# của cách mạng Lào", "cuộc thi tìm hiểu về đất nước Lào"): a topic, no party. (Not one joined on or organising: "… về hợp tác
# với tỉnh X", "… về du lịch giữa hai tỉnh", "… do tỉnh X tổ chức".)
DISCUSSED_RE = re.compile(r"(?<!\w)(?:hội thảo|tọa đàm|chuyên đề|cuộc thi|đề tài|công trình nghiên cứu|bài viết|phóng sự|tìm hiểu"
                          r"|giao lưu trực tuyến"  # (a paper's online talk with its readers: "Giao lưu trực tuyến về du lịch Lào")
                          # (or what a briefing at home tells: "Hội nghị báo cáo viên … Hội nghị thông tin về kết quả chuyến thăm
                          # Lào" — not what a press conference announces, a trip to come)
                          r"|(?:hội nghị|báo cáo viên)(?:\s+[^\s.;:!?]+){0,5}?\s+(?:thông tin|phổ biến))"
                          r"(?:\s+(?:khoa học|quốc tế|trực tuyến|tìm hiểu|nghiên cứu))*\s+về\s+"
                          r"(?:(?!(?:với|cùng|giữa|do|của hai|hai bên|tại)\s)[^.;:!?()\s]+\s+){0,18}?"
                          # (the ties it is about may name the other side: "hội thảo về quan hệ hữu nghị với tỉnh X")
                          r"(?:(?:quan hệ|hợp tác)(?:\s+(?!(?:do|tại)\s)[^.;:!?()\s]+){0,4}?\s+(?:với|giữa)\s+(?:[^.;:!?()\s]+\s+){0,3}?)?"
                          r"(?:của\s+)?(?:nước\s+)?$")
# … or named in a quoted title of one: hội thảo khoa học "Quan hệ Nghệ An – Xiêng Khoảng: 50 năm nhìn lại", cuộc thi "Tìm
# hiểu …" (the quote still open where the name stands).
TITLED_RE = re.compile(r"(?<!\w)(?:hội thảo|tọa đàm|cuộc thi|chuyên đề|phóng sự|bài viết|cuốn sách|tác phẩm|bộ phim|phim tài liệu|đề tài)"
                       r"(?:\s+[^\s\"“”«».;:!?]+){0,4}?\s*(?:với chủ đề|chủ đề|mang tên|có tên|có chủ đề)?\s*[\"“«][^\"”»!?]{0,140}$")
# … or of a themed study session at home, whoever its theme names ("hội nghị học tập chuyên đề về quan hệ đặc biệt giữa Việt
# Nam với Lào và tình đoàn kết với tỉnh X"): a topic, no party.
STUDY_TOPIC_RE = re.compile(r"(?<!\w)(?:học tập|sinh hoạt|tuyên truyền|quán triệt)(?:,?\s+quán triệt)?\s+chuyên đề(?!\w)[^.;!?\n]{0,160}$")
# … or what a delegation learns from others ("học tập kinh nghiệm về công tác đối ngoại nhân dân với các huyện giáp biên của Lào tại
# tỉnh Điện Biên"): a topic — not where it learns ("… tại tỉnh X") nor with whom ("cùng …").
LEARNT_RE = re.compile(r"(?<!\w)(?:học tập|tìm hiểu|nghiên cứu)\s+kinh nghiệm\s+về\s+"
                       r"(?:(?!(?:tại|ở|sang|cùng|do)\s)[^.;!?()\s]+\s+){0,18}?(?:của\s+)?(?:nước\s+)?$"
                       # (whoever shares it, when the other side is the partner of the work it is about: "giới thiệu kinh
                       # nghiệm phát triển thương mại biên giới với tỉnh X" — not "trao đổi kinh nghiệm với tỉnh X", the partner)
                       r"|(?<!\w)kinh nghiệm(?:\s+(?!(?:tại|ở|sang|cùng|do|với)\s)[^.;!?()\s]+){0,12}?"
                       r"\s+(?:hợp tác|quan hệ|thương mại|giao thương|phối hợp|liên kết|buôn bán)"
                       r"(?:\s+(?!(?:đoàn|lãnh đạo|đại biểu|với)(?!\w))[^\s.,;:!?()]+){0,2}"
                       r"\s+với\s+(?:các\s+tỉnh\s+(?:của\s+)?)?(?:nước\s+)?(?:bạn\s+)?(?:tỉnh\s+|huyện\s+)?$")
# … or a transfer planned for a time to come with no day ("dự kiến chuyển giao giống lúa này cho tỉnh X trong năm tới"): no
# party yet (see PLANNED_AFTER_RE).
# (or agreed on at a meeting with someone else: "thống nhất phối hợp tổ chức diễn đàn ba tỉnh cùng tỉnh X vào cuối năm")
PLANNED_BEFORE_RE = re.compile(r"(?<!\w)(?:(?:dự kiến|sẽ|chuẩn bị|kế hoạch|thống nhất|nhất trí)(?:\s+sẽ)?(?:\s+phối hợp)?"
                               r"\s+(?:chuyển giao|trao|bàn giao|hỗ trợ|tặng|tổ chức|cử|đón)"
                               # (or a trip that is still ahead: "giao nhiệm vụ cho đoàn … trước chuyến thăm … tại tỉnh X vào tháng tới")
                               r"|trước (?:chuyến thăm|chuyến công tác|khi sang|khi lên đường))(?!\w)[^.;!?\n]{0,80}$")
# A trip still ahead of those a page shows at home ("thăm, động viên Đội K52 trước khi lên đường sang tỉnh X tìm kiếm hài
# cốt"): where they will go is no party of what happens now.
AHEAD_RE = re.compile(r"(?<!\w)trước khi\s+(?:[^\s.,;:]+\s+){0,3}?(?:lên đường\s+|xuất quân\s+|khởi hành\s+)?(?:sang|đi|đến|tới|qua)\s+"
                      r"(?:(?:thăm|làm việc|công tác|làm nhiệm vụ|giúp đỡ|giúp|hỗ trợ)(?:\s+(?:và|,)\s+\w+(?:\s+\w+)?)?\s+(?:tại\s+|ở\s+)?)?"
                      r"(?:nước\s+(?:bạn\s+)?|bạn\s+|tỉnh\s+|thủ đô\s+)?$")
PLANNED_AFTER_RE = re.compile(r"[^.;!?\n]{0,60}?(?<!\w)(?:(?:trong|vào)\s+)?(?:(?:năm|tháng|quý|thời gian)\s+(?:tới|sắp tới)"
                              r"|quý\s+(?:i{1,3}|iv|[1-4])|(?:cuối|giữa)\s+năm(?:\s+nay)?(?!\s*\d))(?!\w)")
# … or what a meeting is for ("hai bên bàn các việc cần làm để thúc đẩy quan hệ giữa thành phố A và tỉnh X"): an aim, no party
# (the party met is named before it).
PURPOSE_RE = re.compile(r"(?<!\w)(?:nhằm|để|hướng tới)\s+(?:tiếp tục\s+)?(?:tăng cường|thúc đẩy|củng cố|vun đắp|phát triển|mở rộng"
                        r"|đẩy mạnh|nâng cao)(?!\w)[^.;!?\n]{0,120}$")
# … or what someone is honoured for ("khen thưởng 10 tập thể có thành tích xuất sắc trong thực hiện thỏa thuận hợp tác với
# tỉnh X"): a topic, no party.
MERIT_RE = re.compile(r"(?<!\w)(?:có|vì|đạt)\s+thành tích(?!\w)[^.;!?\n]{0,140}$")
# What someone is asked to be a bridge between ("đề nghị bà con tiếp tục là cầu nối hữu nghị giữa hai tỉnh Hà Tĩnh - X"): a
# topic, no party.
BRIDGE_RE = re.compile(r"(?<!\w)cầu nối(?:\s+(?:hữu nghị|quan trọng|vững chắc|tin cậy))?\s+(?:giữa|của)\s+"
                       r"(?:hai\s+(?:tỉnh|nước|bên|dân tộc)\s+)?(?:[^\s.;:!?]+\s+){0,4}?(?:[-–]\s*)?$")
# What one of ours tells our own bodies to do with Laos ("Chủ tịch UBND tỉnh đề nghị các sở, ngành tăng cường hợp tác với
# tỉnh X"): a task given at home, Laos its topic, no party.
# (the verb "giao", to assign — not the last syllable of "xã giao", "ngoại giao", "bàn giao": "chào xã giao Bộ trưởng … Lào")
INSTRUCTED_RE = re.compile(r"(?<!\w)(?:đề nghị|yêu cầu|chỉ đạo|(?<!xã )(?<!ngoại )(?<!bàn )(?<!chuyển )giao)\s+(?:các\s+|những\s+)?(?:sở|bộ|ngành|đơn vị|địa phương|cơ quan"
                           r"|huyện|cấp ủy|ban|bộ phận|đồn(?:\s+biên phòng)?)(?!\w)[^.;:!?]{0,110}$")
# What one of ours works on with another of our bodies ("Chủ tịch UBND tỉnh làm việc với Sở Ngoại vụ về kết quả công tác đối
# ngoại, nhất là quan hệ hợp tác với tỉnh X"; "… với huyện Mường Nhé về …, quan hệ hữu nghị với huyện Y, tỉnh X"): a topic.
# (or what it supervises or surveys at home: "đoàn giám sát … làm việc tại Sở Ngoại vụ về việc thực hiện các thỏa thuận hợp tác
# với tỉnh X", "khảo sát công tác đào tạo lưu học sinh Lào tại Trường …" — not where it surveys: "khảo sát … tại tỉnh X")
MEETING_TOPIC_RE = re.compile(r"(?<!\w)làm việc (?:với|tại)\s+(?:các\s+|lãnh đạo\s+|đại diện\s+)?(?:sở|ban|huyện|thị xã|ủy ban|ubnd|hđnd"
                              r"|bộ tư lệnh|bộ chỉ huy|bộ đội biên phòng|công an|cục|tổng cục|văn phòng|đảng ủy|huyện ủy|thành ủy"
                              r"|tỉnh ủy|trường|bệnh viện|ngành)(?!\w)[^.;:!?\n]{0,80}?\s+về\s+[^.;!?\n]{0,160}$")
# (or what a meeting of ours is about: "Bộ Y tế và Bộ Tài chính họp về kinh phí hỗ trợ … cho các tỉnh của Lào")
MEETING_ABOUT_RE = re.compile(r"(?<!\w)(?:họp|hội ý)(?:\s+(?:bàn|thống nhất|thảo luận|cho ý kiến))?\s+về\s+[^.;!?\n]{0,140}$")
SURVEYED_RE = re.compile(r"(?<!\w)(?:giám sát|khảo sát|kiểm tra)\s+(?:việc|công tác|tình hình|kết quả)(?!\w)"
                         r"(?:(?!\s(?:tại|ở|sang)\s)[^.;!?\n]){0,120}$")
# … or a paper drafted or weighed at home ("hội nghị góp ý dự thảo đề án hỗ trợ các tỉnh của Lào …", "thẩm định hồ sơ đề
# nghị Nhà nước Lào tặng Huân chương"): its topic, no party. (Not one issued: a plan to receive a delegation on given days
# announces the visit.)
DRAFTED_RE = re.compile(r"(?<!\w)(?:góp ý|thẩm định|lấy ý kiến|cho ý kiến|xét)(?:\s+(?:vào|về|cho|các))?\s+"
                        r"(?:dự thảo\s+)?(?:đề án|kế hoạch|chương trình|quy chế|nghị quyết|tờ trình|hồ sơ)(?!\w)[^.;:!?\n]{0,100}?$"
                        # (or applications called for: "tiếp nhận hồ sơ đăng ký học bổng học tiếng Lào tại Đại học Quốc gia Lào")
                        r"|(?<!\w)(?:tiếp nhận|nộp|đăng ký|hướng dẫn|thông báo)\s+hồ sơ(?!\w)[^.;:!?\n]{0,100}?$")
# Ours seen off at home, and wherever the sentence says they go ("lễ tiễn 10 cán bộ sang học tiếng Lào tại Trường Đại học …,
# tỉnh X"): no party (unless one comes to the send-off: "… có sự chứng kiến của Tổng Lãnh sự Lào").
SEEN_OFF_RE = re.compile(r"(?<!\w)(?:tiễn|xuất quân|ra quân)\s+(?:\d+\s+)?(?:cán bộ|học viên|sinh viên|học sinh|giáo viên|thanh niên"
                         r"|chiến sĩ|đội|lực lượng|y bác sĩ|bác sĩ|chuyên gia|kỹ sư)(?!\w)"
                         r"(?:(?!(?:với|cùng|có sự|dự|tham dự|chứng kiến)(?!\w))[^.;!?\n]){0,120}$")
# A work for Laos that is audited, inspected or investigated at home ("kết luận thanh tra dự án xây dựng trường học tặng tỉnh
# X"): the topic of the audit, no party to it.
AUDIT_WORDS = ("thanh tra", "kiểm toán", "điều tra", "kiểm tra")
AUDITED_WORK_RE = re.compile(r"(?<!\w)(?:" + "|".join(AUDIT_WORDS) + r")(?!\w)[^.;:]{0,40}?(?<!\w)(?:dự án|công trình|gói thầu)"
                             r"[^.;:]{0,60}?(?<!\w)(?:tặng|cho|hỗ trợ|giúp)\s+(?:nhân dân\s+)?(?:tỉnh\s+|nước\s+(?:bạn\s+)?)?$")
# A Lao body's name in a building's or a work's ("công trình Nhà Quốc hội Lào", "tòa nhà Bộ Ngoại giao Lào"): a place, no party.
BUILDING_BEFORE_RE = re.compile(r"(?<!\w)(?:công trình|tòa nhà|dự án(?:\s+xây dựng)?)(?:\s+nhà)?\s+$")
# A province only passed through on the way to another country ("đi qua tỉnh X (Lào) để sang … tỉnh Mukdahan (Thái Lan)").
PASSED_BEFORE_RE = re.compile(r"(?<!\w)đi qua\s+(?:địa phận\s+|lãnh thổ\s+)?(?:tỉnh\s+)?$")
ONWARD_AFTER_RE = re.compile(r"\s*(?:\([^()]{0,20}\)\s*)?,?\s*(?:để\s+|rồi\s+)?(?:sang|đến|tới|qua)\s")

# The agreements already signed with the other side that our bodies are told to carry out ("nhấn mạnh cần tiếp tục thực
# hiện tốt các thỏa thuận đã ký với tỉnh X"), or the cooperation a body asks to be helped in ("đề nghị Bộ hỗ trợ tỉnh trong
# hợp tác với tỉnh X"): work at home, its topic the other side
CARRIED_OUT_RE = re.compile(r"(?<!\w)(?:thực hiện|triển khai|cụ thể hóa)(?:\s+(?:tốt|có hiệu quả|hiệu quả|nghiêm túc))?\s+(?:các\s+|những\s+)?"
                            r"(?:thỏa thuận|biên bản|cam kết|văn bản|văn kiện)(?:\s+hợp tác)?"
                            r"(?:\s+(?:đã|được))*\s+(?:ký kết|ký|thống nhất)\s+(?:giữa\s+[^.;:!?\n]{0,60}?\s+)?(?:với|và)\s+"
                            r"(?:các\s+tỉnh\s+(?:của\s+)?)?(?:nước\s+|bạn\s+|tỉnh\s+)?$"
                            r"|(?<!\w)(?:trong|cho|việc)\s+(?:công tác\s+)?(?:hợp tác|quan hệ(?:\s+hữu nghị)?(?:,?\s+hợp tác)?)"
                            r"(?:\s+(?:quốc phòng|an ninh|kinh tế|văn hóa|giáo dục|y tế|thương mại|đầu tư|du lịch|toàn diện|nhiều mặt))?"
                            r"\s+với\s+(?:các\s+tỉnh\s+(?:của\s+)?)?(?:nước\s+|bạn\s+|tỉnh\s+)?$")
# … or the results of a trip already made, told at home ("Đồng chí thông tin về kết quả chuyến thăm, làm việc tại tỉnh X vừa
# qua", "nghe báo cáo kết quả chuyến công tác tại tỉnh X"): the meeting at home is what is reported, the trip its topic
# (or praised: "Đồng chí đánh giá cao kết quả chuyến công tác của đoàn tại tỉnh X")
TRIP_REPORTED_RE = re.compile(r"(?<!\w)(?:nghe|báo cáo|thông báo|thông tin|đánh giá cao|đánh giá|ghi nhận|biểu dương|tổng kết)"
                              r"(?:\s+(?:về|lại))?\s+kết quả\s+(?:của\s+)?(?:chuyến|đợt|cuộc)"
                              r"(?:\s+(?:thăm|công tác|làm việc|hội đàm))+(?:,?\s+(?:và\s+)?(?:thăm|làm việc|công tác|hội đàm))*"
                              r"(?:\s+của\s+(?:đoàn|lãnh đạo)(?:\s+[^\s.;:!?,()]+){0,4}?)?"
                              r"(?:\s+(?:tại|với|ở|sang))?\s+(?:nước\s+(?:bạn\s+)?|thủ đô\s+|tỉnh\s+)?$")
# … or work with it that a body of ours reports on ("Tỉnh báo cáo việc phối hợp với tỉnh X trong tuần tra song phương")
# (or the delegation it received: "Sở Ngoại vụ báo cáo về công tác đón tiếp đoàn đại biểu tỉnh X dịp Tết vừa qua")
WORK_REPORTED_RE = re.compile(r"(?<!\w)báo cáo\s+(?:về\s+)?(?:việc|tình hình|công tác)(?!\w)[^.;:!?]{0,60}?\s(?:với|tại|ở|của"
                              r"|đoàn(?:\s+(?:đại biểu|công tác|cán bộ|khách))?(?:\s+của)?)\s+"
                              r"(?:các\s+tỉnh\s+(?:của\s+)?|nước\s+|tỉnh\s+|bạn\s+)?$")
# … or a post once held in it, named as a person's title ("ông X, nguyên Trưởng đoàn chuyên gia kinh tế tỉnh Y giúp tỉnh
# X", "cựu chuyên gia giáo dục tại Lào"): the person's past, no party of what happens now.
FORMER_POST_RE = re.compile(r"(?<!\w)(?:nguyên|cựu)\s+(?:phó\s+)?(?:trưởng|chủ tịch|bí thư|giám đốc|chuyên gia|thành viên|cán bộ"
                            r"|đại sứ|tổng lãnh sự|lãnh sự|tùy viên|bộ trưởng|thứ trưởng|chủ nhiệm|tư lệnh|chính ủy|chỉ huy|cố vấn"
                            r"|giảng viên|giáo viên|hiệu trưởng|đội trưởng|quân tình nguyện)(?!\w)"
                            # (not a Lao leader's title, where "tại" names the venue: "viếng nguyên Chủ tịch nước Lào tại Đại sứ quán …")
                            r"(?:(?!lào(?!\w))[^.;:!?,\n]){0,80}?(?<!\w)(?:giúp|giúp đỡ|tại|ở|bên cạnh)\s+"
                            r"(?:nước\s+(?:bạn\s+)?|bạn\s+|tỉnh\s+|thủ đô\s+)?$")
# What our own bodies do at home with Laos as their topic: each pattern, the characters before a Lao name it reads, and
# the words it cannot match without (a page that has none of them is not searched at every Lao name).
TOPICS_AT_HOME = (
    (MEETING_TOPIC_RE, 280, ("làm việc với", "làm việc tại")),
    (SURVEYED_RE, 160, ("giám sát", "khảo sát", "kiểm tra")),
    (MEETING_ABOUT_RE, 160, ("họp", "hội ý")),
    (DRAFTED_RE, 130, ("hồ sơ", "góp ý", "thẩm định", "ý kiến", "xét")),
    (SEEN_OFF_RE, 160, ("tiễn", "xuất quân", "ra quân")),
    (STUDY_TOPIC_RE, 200, ("chuyên đề",)),
    (MERIT_RE, 160, ("thành tích",)),
    (PURPOSE_RE, 160, ("nhằm", "hướng tới", "để tăng", "để thúc", "để củng", "để vun", "để phát", "để mở", "để đẩy", "để nâng",
                       "để tiếp")),
    (LEARNT_RE, 160, ("kinh nghiệm",)),
    (AUDITED_WORK_RE, 160, AUDIT_WORDS),
    (CARRIED_OUT_RE, 160, ("thỏa thuận", "biên bản", "cam kết", "văn bản", "văn kiện", "trong hợp tác", "cho hợp tác",
                           "việc hợp tác", "trong công tác hợp tác", "cho công tác hợp tác", "việc công tác hợp tác", "trong quan hệ",
                           "cho quan hệ", "việc quan hệ")),
    (TRIP_REPORTED_RE, 140, ("kết quả chuyến", "kết quả đợt", "kết quả cuộc", "kết quả của")),
    (WORK_REPORTED_RE, 100, ("báo cáo việc", "báo cáo về", "báo cáo tình hình", "báo cáo công tác")),
    (FORMER_POST_RE, 110, ("nguyên", "cựu")),
)


# A Lao body cited as the source of what a sentence says ("Theo Đại sứ quán Lào tại Hà Nội, hiện có … lưu học sinh …",
# "Theo số liệu của Bộ Kế hoạch và Đầu tư Lào, …"): it informs, nobody deals with it. (Not who invited: "Theo lời mời của …".)
CITED_SOURCE_RE = re.compile(r"(?:^|[.;:!?\n]\s*)theo\s+(?:(?:thông tin|số liệu|thống kê|báo cáo|thông báo)\s+(?:của|từ)\s+)?$")
# … or on the way home ("đoàn sẽ qua tỉnh X (Lào) về nước"): a bare "qua" that goes on home passes through.
TRANSIT_BEFORE_RE = re.compile(r"(?<!\w)(?:đi\s+)?qua\s+(?:địa phận\s+|lãnh thổ\s+)?(?:tỉnh\s+)?$")
HOME_AFTER_RE = re.compile(r"\s*(?:\([^()]{0,20}\)\s*)?,?\s*(?:để\s+|rồi\s+)?(?:về nước|trở về nước|trở về|về lại)(?!\w)")


def _passed_through(folded: str, m: Mention) -> bool:
    return PASSED_BEFORE_RE.search(folded, max(0, m.start - 30), m.start) is not None \
        and ONWARD_AFTER_RE.match(folded, m.end) is not None \
        or TRANSIT_BEFORE_RE.search(folded, max(0, m.start - 30), m.start) is not None and HOME_AFTER_RE.match(folded, m.end) is not None


# A Lao city or province that sets the scene for Viet Nam's own people there ("Ngày 5/12, tại Viêng Chăn, Hiệp hội doanh
# nghiệp Việt Nam tại Lào tổ chức …"). (Our embassy's receptions there have Lao guests: the mission rule of relevance
# reads those.)
# (the place a clause opens with, after a comma: "Ngày 5/12, tại …"; relevance reads scenes with it too)
SCENE_PLACE = (r"(?:tại|ở)\s+(?:(?:huyện|thành phố|thị xã|mường)\s+[^,.;:()]{1,25},\s*)?"  # ("tại huyện X, tỉnh Y")
               r"(?:thủ đô\s+|tỉnh\s+|thành phố\s+)?$")
SCENE_BEFORE_RE = re.compile(r"(?:^|[,\n])\s*" + SCENE_PLACE)
OUR_OWN_THERE_RE = re.compile(
    r"\s*(?:\([^()]{0,20}\)\s*)?,\s*(?:(?:hiệp\s+)?hội\s+(?:người|doanh nghiệp|doanh nhân|cựu chiến binh|phụ nữ|sinh viên)\s+việt nam"
    r"|(?:hội\s+)?đồng hương\s|cộng đồng người việt|kiều bào|bà con (?:người việt|kiều bào)|lưu học sinh việt nam)"
)


def _our_own_scene(folded: str, m: Mention) -> bool:
    return OUR_OWN_THERE_RE.match(folded, m.end) is not None \
        and SCENE_BEFORE_RE.search(folded, max(0, m.start - 40), m.start) is not None


# The Lào, one of Viet Nam's own peoples ("đồng bào dân tộc Lào ở xã Na Tông đón Tết Bunpimay"): where a text speaks
# of them so, each "dân tộc Lào" of it is that people, not Laos ("hai dân tộc", "các dân tộc Lào", "của dân tộc Lào"
# are the Lao nation elsewhere).
ETHNIC_GROUP_RE = re.compile(r"(?<!\w)(?:đồng bào|người|bà con|cộng đồng|hộ|gia đình)\s+dân tộc\s+lào(?!\w)")
ETHNIC_BEFORE_RE = re.compile(r"(?<!các )(?<!hai )(?<!\w)dân tộc\s+$")
# … also without "dân tộc", by where they live: "đồng bào Lào ở Điện Biên", "cộng đồng người Lào ở huyện Sông Mã"
PEOPLE_BEFORE_RE = re.compile(r"(?<!\w)(?:đồng bào|bà con|cộng đồng người|người)\s+$")
HOME_OF_OURS_AFTER_RE = re.compile(r"\s+(?:sinh sống\s+)?(?:(?:ở|tại)\s+(?:các\s+)?(?:bản|xã|huyện|thị trấn|vùng"
                                   r"|(?:tỉnh\s+)?(?:điện biên|sơn la|lai châu|thanh hóa|nghệ an))"
                                   r"|trên địa bàn)(?!\w)")  # ("chúc Tết bà con người Lào trên địa bàn")

# Where migrants came from ("người di cư tự do từ Lào", "vượt biên trái phép từ tỉnh X"): people, not a party.
MIGRATED_FROM = r"(?:di cư|di dân|nhập cư|vượt biên)(?:\s+tự do)?(?:\s+trái phép)?\s+từ"
# Laos as the nationality of tourists, traders or workers: "du khách Lào", "lượt khách Lào", "lao động
# Lào" — people, not a party.
LAO_AS_NATIONALITY_RE = re.compile(
    r"(?<!\w)(?:du khách|khách du lịch|lượt khách|thương nhân|tiểu thương|lao động|công nhân|tài xế|phương tiện|xe|quốc tịch"
    r"|(?:bệnh nhân|người bệnh)(?:\s+người)?"
    # (or of an artist or an athlete on their own: "họa sĩ người Lào … giới thiệu 40 tác phẩm" — not a troupe or a team,
    # "đoàn nghệ sĩ Lào", whose country sends it)
    r"|(?<!đoàn )(?<!các )(?:họa sĩ|nhiếp ảnh gia|nhà văn|nhà thơ|ca sĩ|nghệ nhân|võ sĩ|cầu thủ)(?:\s+người)?"
    # (or the revolution a history is about: "Chủ tịch Hồ Chí Minh với cách mạng Lào", "giúp cách mạng Lào" — not the Lao
    # party's own name, "Đảng Nhân dân Cách mạng Lào")
    r"|(?<!nhân dân )cách mạng(?:\s+của)?(?:\s+nước)?"
    # (or where migrants came from: "trao quyết định nhập quốc tịch cho 120 người di cư tự do từ Lào")
    r"|" + MIGRATED_FROM + r"(?:\s+nước)?)\s+$"
)
# … or who is to be found at a place of ours, said to describe it ("thăm Trường Phổ thông Dân tộc nội trú tỉnh, nơi đang có 200
# lưu học sinh Lào theo học"): the school is visited, the students are what it has.
HELD_AT_PLACE_RE = re.compile(r"(?<!\w)nơi\s+(?:hiện\s+)?(?:đang\s+)?(?:có\s+)?(?:hơn\s+|gần\s+|trên\s+|khoảng\s+)?(?:[\d.]+\s+)?"
                              r"(?:lưu học sinh|học viên|sinh viên|học sinh|bệnh nhân|công nhân|lao động)(?:\s+(?:nước bạn|người))?\s+$")
# … or a province's citizens ("người nước ngoài cư trú …, phần lớn là công dân tỉnh X (Lào)"): people, not its government.
CITIZENS_OF_RE = re.compile(r"(?<!\w)(?:công dân(?:\s+(?:của|thuộc))?|" + MIGRATED_FROM + r")\s+(?:các\s+)?(?:tỉnh\s+|huyện\s+|thủ đô\s+)?$")
# … and of firms, by their names: "doanh nghiệp Lào", "Công ty Phongsubthavy của Lào" — a firm is no party of a state.
# (the firms of both — "doanh nghiệp Việt Nam - Lào" — are read with the event that brings them together)
LAO_FIRM_RE = re.compile(r"(?<!\w)(?:doanh nghiệp|công ty|tập đoàn|doanh nhân|nhà đầu tư)(?:\s+(?!(?:và|với|cùng|tại|ở|vào|sang|đến)\b)[^\s.,;:()]+){0,6}?"
                         r"(?:\s+của)?\s+$")
# (a Lao province's firms too: "gian hàng của doanh nghiệp tỉnh X", "các doanh nghiệp của tỉnh X")
# (or its goods: "gian hàng giới thiệu sản phẩm của tỉnh X", "đặc sản của tỉnh X")
PROVINCE_FIRMS_OR_GOODS_RE = re.compile(r"(?<!\w)(?:doanh nghiệp|công ty|doanh nhân|nhà đầu tư"
                              r"|(?:sản phẩm|hàng hóa|mặt hàng|đặc sản|nông sản)(?:\s+(?:tiêu biểu|đặc trưng|nổi bật|ocop))?)"
                              r"(?:\s+của)?\s+(?:tỉnh|thủ đô)?\s*$")
# (or a booth at a fair, whoever holds it: "gian hàng của Bộ Công Thương Lào thu hút đông đảo khách tham quan")
BOOTH_BEFORE_RE = re.compile(r"(?<!\w)gian hàng(?:\s+(?:trưng bày|giới thiệu(?:\s+sản phẩm)?|sản phẩm))?(?:\s+của)?\s+(?:tỉnh\s+|nước\s+)?$")
# A venue named for the city or province it stands in ("tại Nhà thi đấu Thủ đô Viêng Chăn", "Sân vận động tỉnh X"): a place.
VENUE_WORDS = ("nhà thi đấu", "sân vận động", "nhà hát", "cung văn hóa", "trung tâm hội nghị", "khách sạn", "sân bay", "nhà văn hóa",
               "trung tâm văn hóa")
VENUE_NAMED_BEFORE_RE = re.compile(r"(?<!\w)(?:" + "|".join(VENUE_WORDS) + r")(?:\s+(?:quốc gia|quốc tế|lớn|trung tâm))*"
                                   r"\s+(?:thủ đô\s+|tỉnh\s+)?$")
# A province of ours in a firm's name ("Công ty cổ phần Hoàng Anh Gia Lai", "Tổng công ty Cao su Quảng Trị"): no party.
OUR_FIRM_RE = re.compile(r"(?<!\w)(?:công ty|tập đoàn|tổng công ty)(?:\s+(?:cổ phần|tnhh|trách nhiệm hữu hạn|một thành viên|mtv))*"
                         r"(?:\s+(?!(?:và|với|cùng|của|tại|ở|cho|do|tỉnh|thành phố|huyện)(?!\w))[^\s.,;:()]+){0,4}\s+$")
# Laos or a province as where goods or roads go: "tạo thuận lợi giao thương với tỉnh Khăm Muồn",
# "tuyến đường nối sang Lào", "hàng hóa xuất khẩu sang Lào" — a topic, no party.
# (and the administrative "công tác hợp tác với các tỉnh của Lào": cooperation as a line of work, a topic)
COOPERATION_FIELD = (r"(?:\s+(?:quốc phòng|an ninh|quốc phòng, an ninh|quốc phòng - an ninh|kinh tế|văn hóa|giáo dục|y tế"
                     r"|thương mại|đầu tư|du lịch|toàn diện|nhiều mặt|quốc tế|đặc biệt))?")
LAO_AS_TRADE_RE = re.compile(
    r"(?:giao thương|thông thương|lưu thông hàng hóa|tuyến đường|quốc lộ|đường nối|nối"
    # (goods sold there, however much: "ký hợp đồng xuất khẩu 500 tấn chuối sang tỉnh X")
    r"|(?:xuất khẩu|nhập khẩu)(?:\s+(?!(?:với|sang|từ|đến)\b)[^\s.,;:]+){0,5}?"
    r"|(?<!kết )nối(?:\s+[^\s.,;:]+){1,6}?"  # a road's ends: "nối cửa khẩu Lao Bảo với tỉnh X" (not "kết nối")
    r"|kim ngạch(?:\s+[^\s.,;:]+){0,4}?"  # trade counted: "tăng kim ngạch thương mại (hai chiều) với tỉnh X"
    # (or a line of border work: "báo cáo về công tác quản lý biên giới với tỉnh X")
    # (of whatever field: "công tác hợp tác quốc phòng với các tỉnh của Lào")
    r"|công tác (?:hợp tác|đối ngoại|phối hợp|(?:quản lý|bảo vệ)(?: đường)? biên giới|biên giới)" + COOPERATION_FIELD +
    # (a topic among others: "trong đó có hợp tác với các tỉnh …")
    r"|trong đó có (?:công tác )?(?:hợp tác|quan hệ)(?: hữu nghị)?" + COOPERATION_FIELD +
    # (or the purpose a course or a plan serves: "lớp tiếng Lào … phục vụ hợp tác với các tỉnh …")
    r"|phục vụ (?:cho\s+)?(?:công tác\s+)?(?:hợp tác|quan hệ|đối ngoại)(?: hữu nghị)?)"
    r"\s+(?:hàng hóa\s+)?(?:với|sang|từ|đến)\s+(?:các\s+tỉnh\s+(?:của\s+)?)?(?:nước\s+)?(?:bạn\s+)?(?:tỉnh\s+|huyện\s+)?$"
    r"|(?<!\w)quá cảnh(?:\s+qua)?\s+(?:nước\s+)?(?:tỉnh\s+)?$"  # a country only passed through
    # (or where goods were carried or bought from: "xe tải chở gỗ … được vận chuyển từ huyện X, tỉnh Y (Lào) về Việt Nam")
    r"|(?<!\w)(?:vận chuyển|chở|buôn lậu|nhập lậu|thu mua|mua)(?:\s+trái phép)?(?:\s+(?!(?:với|và|cùng|của|cho)\b)[^\s.,;:]+){0,3}?"
    r"\s+từ\s+(?:nước\s+)?(?:bạn\s+)?(?:(?:các\s+)?tỉnh\s+|huyện\s+|thủ đô\s+)?$"
    # (or a route's way: "kết nối giao thông qua tỉnh X", "vận chuyển hàng hóa quá cảnh qua địa phận tỉnh X")
    r"|(?<!\w)(?:kết nối|giao thông|vận tải|vận chuyển|hàng hóa|tuyến(?:\s+đường)?|hành lang)(?:\s+[^\s.,;:]+){0,3}?"
    r"\s+(?:đi\s+)?qua\s+(?:địa phận\s+|lãnh thổ\s+)?(?:nước\s+)?(?:tỉnh\s+)?$"
    # how one is received, taught at home ("tập huấn … về quy trình đón tiếp các đoàn khách của tỉnh X")
    r"|(?<!\w)(?:quy trình|thủ tục|quy chế)\s+(?:đón tiếp|tiếp đón|đón|lễ tân)(?:\s+(?:các\s+)?đoàn(?:\s+khách)?)?(?:\s+của)?"
    r"\s+(?:tỉnh\s+|nước\s+)?$"
    # where money goes ("cơ hội đầu tư tại Lào", "đang đầu tư dự án trồng mía tại huyện Pạc Xăn", "đầu tư, kinh doanh tại Lào")
    r"|(?<!\w)đầu tư(?:,?\s+(?!(?:với|và|cùng|của)\b)[^\s.,;:!?]+){0,5}?\s+(?:tại|vào|sang|ở)\s+(?:nước\s+)?(?:bạn\s+)?"
    r"(?:(?:các\s+)?tỉnh\s+|huyện\s+|thủ đô\s+)?$"
)
# Another country as the venue ("Đại sứ quán Việt Nam tại Campuchia", "tại Phnôm Pênh"): no counterpart.
FOREIGN_VENUE_RE = re.compile(r"(?<!\w)(?:tại|ở)\s+(?:thủ đô\s+|nước\s+|vương quốc\s+|liên bang\s+"
                              # (or the country of the city named: "tại Jakarta (Indonesia)", "tại thành phố New York (Hoa Kỳ)")
                              r"|(?:thủ đô\s+|thành phố\s+)?(?:[^\s.;,()]+\s+){1,3}\(\s*"
                              # (or after a comma: "tại Kuala Lumpur, Malaysia", "tại Thủ đô Jakarta, Indonesia")
                              r"|(?:thủ đô\s+|thành phố\s+)?(?:[^\s.;,()]+\s+){0,2}[^\s.;,()]+,\s+)?$")


def foreign_venue(folded: str, s: Sentence, m: Mention) -> bool:
    """Whether the other country ``m`` is only where the meeting took place ("tại Phnôm Pênh")."""
    return FOREIGN_VENUE_RE.search(folded, max(s.start, m.start - 25), m.start) is not None


PLACE_WORDS = (" tại ", " ở ", " trên ", " khắp ", " bên ", " giúp ", " sang ", " đến từ ",  # (LAO_AS_PLACE_RE needs one of them)
               "người việt", "kiều bào", "việt kiều", "đồng hương")


def _has_place_word(folded: str, start: int) -> bool:
    """A cheap test before LAO_AS_PLACE_RE, tried on every Lao name."""
    window = folded[max(0, start - 121) : start + 1]
    return any(w in window for w in PLACE_WORDS)


LAO_PARTY_KINDS = ("lao_province", "lao_body", "laos")
LAO_KINDS = (*LAO_PARTY_KINDS, "lao_place")  # (and a place of Laos: every mention that names Laos)

# The country named only as the country ("Lào", "nước bạn Lào", "CHDCND Lào") — everything else the
# "laos" kind holds is an institution ("Bộ Công Thương Lào", "Hội Hữu nghị Lào - Việt Nam").
COUNTRY_ONLY = frozenset({"lào", "nước lào", "bạn lào", "nước bạn lào", "chdcnd lào", "nước chdcnd lào",
                          "cộng hòa dân chủ nhân dân lào", "nước cộng hòa dân chủ nhân dân lào"})
# An office or body written just before the country: "Thủ tướng Lào", "Đại sứ đặc mệnh toàn quyền nước
# CHDCND Lào", "Đảng NDCM Lào", "Bộ trưởng Bộ Công an Lào" (not across "với", "tại" …: "hợp tác với Lào").
LAO_OFFICE_BEFORE_RE = re.compile(
    r"(?:thủ tướng|chủ tịch(?: nước| quốc hội)?|tổng bí thư|bộ trưởng|thứ trưởng|đại sứ(?: đặc mệnh toàn quyền)?"
    r"|tổng lãnh sự|lãnh sự|tùy viên(?: quốc phòng)?|(?:đảng|đoàn) (?:nhân dân cách mạng|ndcm|tnndcm|thanh niên nhân dân cách mạng)"
    r"|(?:^|\s)(?:bộ|ủy ban|hội|đoàn|ban|tổng cục|cục|viện|liên hiệp|quân đội|công an|công đoàn|cđ|tw|t\.ư|trung ương"
    r"|trường|học viện|ngân hàng|tòa án|kiểm toán|thanh tra|thống đốc|chánh án|phòng thương mại|văn phòng)"
    # (a ministry's name may hold "và" and commas — "Bộ Thông tin, Văn hóa và Du lịch Lào" — but "Bộ Quốc phòng Việt Nam và Lào"
    # names two sides)
    r"(?:\s+(?!(?:với|tại|ở|sang|của|cho|từ|đến|giữa|về|cùng|thăm|giúp|trên|bên|hai|việt)\b)\w[^\s,.;:!?()]*,?){0,8})(?<!\svà)(?<!,)"
    r"\s+(?:nước\s+)?(?:chdcnd\s+)?$"
)


def lao_institution(folded: str, m: Mention) -> bool:
    """A Lao party that is an office or a body, not the country at large (see COUNTRY_ONLY)."""
    if m.kind != "laos":
        return True
    if folded[m.start : m.end] not in COUNTRY_ONLY:
        return True
    # (or the country whose event it is: "Tuần Văn hóa Lào tại Việt Nam", "Hội chợ Thương mại Lào")
    return LAO_OFFICE_BEFORE_RE.search(folded, max(0, m.start - 60), m.start) is not None \
        or JOINT_EVENT_BEFORE_RE.search(folded, max(0, m.start - 90), m.start) is not None \
        or UNIT_BEFORE_BRACKET_RE.search(folded, max(0, m.start - 70), m.start) is not None


# A unit or an office named, the country in brackets after it: "Đại đội bảo vệ biên giới 301 (Lào)", "Công an huyện X (Lào)".
UNIT_BEFORE_BRACKET_RE = re.compile(r"(?<!\w)(?:đại đội|tiểu đoàn|trung đoàn|lữ đoàn|sư đoàn|bộ chỉ huy|ban chỉ huy|công an|sở|ban"
                                    r"|hội|trạm|bệnh viện|trường|học viện)(?:\s+[^\s.,;:()]+){1,8}\s*\(\s*$")


LAOS_AFTER_VN_PLACE_RE = re.compile(r"\s*\(?\s*")
VN_PLACE_IN_LAOS_RE = re.compile(r"\s*(?:nước\s+)?,?\s*(?:ở|tại)\s+")
LAOS_AFTER_PLACE_RE = re.compile(r"\s*(?:[(,\-–]|của)\s*(?:nước\s+)?(?:bạn\s+)?(?:chdcnd\s+)?")

# Vietnam's leaders are named by an unqualified title: "Thủ tướng Phạm Minh Chính hội kiến Thủ tướng
# Lào …" — the Vietnamese press adds the country only to a foreign title. A title is Vietnamese when
# a Vietnamese full name follows it (a common Vietnamese family name, then one to three capitalised
# syllables); "Thủ tướng Lào", "Chủ tịch nước Thongloun Sisoulith" are not.
VN_FAMILY_NAMES = ("Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Võ|Đặng|Bùi|Đỗ|Hồ|Ngô|Dương|Lý|Tô|Lương|Vương|Đinh|"
                   "Trương|Mai|Đào|Hà|Lâm|Cao|Lưu|Tạ|Đoàn|Trịnh|Kiều|Châu|Quách|Thái|Tống|Nông|Triệu|Hầu|Giàng|Lò"
                   "|Phùng|Lại|Chu|Nghiêm|Đàm|Giáp|Lục|Tăng|Doãn")
# A Vietnamese full name (not "Thái Lan", "Hà Lan", whose first syllables are family names: "Thủ tướng Thái Lan" is a country's)
VN_PERSON = r"(?!(?:Thái Lan|Hà Lan)\b)(?:" + VN_FAMILY_NAMES + r")(?:\s+[A-ZĐ]\w*){1,3}"
VN_COUNTRY = r"(?:nước\s+)?(?:CHXHCN\s+)?Việt Nam"
VN_LEADER_RE = re.compile(
    r"(?P<title>(?:Phó\s+)?(?:Thủ tướng(?:\s+Chính phủ)?|Chủ tịch Quốc hội|Chủ tịch nước)|Tổng Bí thư|Thường trực Ban Bí thư)\s+(?:,\s*)?"
    r"(?=" + VN_PERSON + r"\b"
    # or the country's name ("Chủ tịch nước Việt Nam đã hội đàm với …")
    r"|" + VN_COUNTRY + r"\b"
    # or a verb at once ("Chủ tịch nước chủ trì tiệc chiêu đãi …", "Thủ tướng tiếp …"): no foreign title
    r"|(?!(?:và|của|các|nước|hai|ba|cùng|với|mới|thay|lâm|đương|nhiệm|bạn)\b)[a-zđà-ỹ]+\s)"
)
VN_LEADER_TITLES = ("Thủ tướng", "Chủ tịch", "Tổng Bí thư", "Thường trực")  # (a quick test before the pattern)
# A role somebody takes is nobody acting: "làm Thủ tướng", "trở thành Thủ tướng mới", "nguyên Thủ tướng"
# (checked on each match: look-behinds in the pattern would be tried at every position)
ROLE_BEFORE = ("làm ", "thành ", "nguyên ", "Nguyên ", "cựu ", "chức ")
VN_LEADER_BODY = {"thủ tướng": "Chính phủ", "thủ tướng chính phủ": "Chính phủ", "chủ tịch quốc hội": "Quốc hội",
                  "phó thủ tướng": "Chính phủ", "phó thủ tướng chính phủ": "Chính phủ", "phó chủ tịch quốc hội": "Quốc hội"}


# Between two provinces of a list: "Xiêng Khoảng, Viêng Chăn và Xay Sổm Bun".
LIST_JOIN_RE = re.compile(r"\s*(?:,|;|và|,\s*và)\s*(?:tỉnh\s+)?")


PROVINCE_WRITTEN = ("tỉnh viêng chăn", "tỉnh vientiane", "vientiane province", "tỉnh viên chăn")


def _the_province_is_meant(folded: str, out: list[Mention]) -> bool:
    """Whether a bare "Viêng Chăn" means the province: the article writes "tỉnh Viêng Chăn" or lists
    the name among other provinces. Else it is the capital city, as the press writes it ("tại Viêng
    Chăn", "thành phố Viêng Chăn")."""
    if any(w in folded for w in PROVINCE_WRITTEN):
        return True
    capital = any(w in folded for w in ("đô trưởng", "thủ đô", "thành ủy viêng chăn", "thành phố viêng chăn"))
    for i, m in enumerate(out):
        if m.name != "Viêng Chăn":
            continue
        if not capital and "tỉnh trưởng" in folded[max(0, m.start - 150) : m.end + 150]:
            return True  # a province's head beside it ("đoàn Viêng Chăn do Phó Tỉnh trưởng …"); the capital has a Đô trưởng
        for j in (i - 1, i + 1):
            other = out[j] if 0 <= j < len(out) else None
            if other is not None and other.kind == "lao_province":
                a, b = (other, m) if j < i else (m, other)
                if LIST_JOIN_RE.fullmatch(folded, a.end, b.start):
                    return True
    return False


def _window(start: int, chars: int, title_end: int) -> int:
    """Where a look back of ``chars`` from ``start`` begins, never inside the headline from the body."""
    a = max(0, start - chars)
    return max(a, title_end) if start > title_end else a


def _occasion_of(folded: str, m: Mention) -> bool:
    """Laos named as whose holiday it is (OCCASION_OF_RE) — not the one greeted for it: in "chúc Tết
    Bunpimay Đại sứ quán Lào" the embassy is greeted, a party."""
    hit = OCCASION_OF_RE.search(folded, max(0, m.start - 80), m.start)
    return hit is not None and not (m.kind == "lao_body" and folded.endswith(GREETING_BEFORE, max(0, hit.start() - 12), hit.start()))


GREETING_BEFORE = ("chúc ", "chúc mừng ", "thăm, chúc ", "thăm và chúc ")


OUR_COMMUNE_RE = re.compile(r"(?<!thị )(?<!\w)(?:xã|phường|thị trấn)\s+$")
# Words that name a place of ours before its proper name: settlements, and the streams, passes and hills around them.
PLACE_NOUNS = frozenset({"bản", "thôn", "xóm", "làng", "xã", "phường", "bon", "buôn", "plei", "phố",
                         "suối", "khe", "đèo", "núi", "đồi", "thác", "ngòi"})


def _a_village_named_lao(text: str, m: Mention) -> bool:
    """"bản Nà Lào", "thôn Khe Lào", "suối Nậm Lào", "thôn Lào Tỷ": a village of ours, or a stream or hill, whose name
    has "Lào" as one of its syllables (one or two named syllables between the place noun and it, or it first and a
    named syllable after) — not the country, as "Lào Cai" and "Khổng Lào" are not."""
    if m.kind != "laos" or m.text != "Lào":
        return False
    words = text[max(0, m.start - 40) : m.start].split()
    for named in (1, 2):
        if len(words) > named and words[-named - 1].lower() in PLACE_NOUNS \
                and all(w[:1].isupper() and w.isalpha() for w in words[-named:]):
            return True
    if not words or words[-1].lower() not in PLACE_NOUNS:
        return False
    after = text[m.end : m.end + 12].split(maxsplit=1)
    named_after = after[0].rstrip(",.;:)") if after else ""
    # (or "Lào" alone its name, the commune or district of ours after it: "Bản Lào, xã Mường Lý, huyện Mường Lát" — and so
    # wherever the page names that place again: "… trao đổi với bà con bản Lào")
    if named_after[:1].isupper() and named_after.isalpha() or OUR_UNIT_AFTER_RE.match(text, m.end) is not None:
        return True
    noun = words[-1].lower()
    return any(OUR_UNIT_AFTER_RE.match(text, k.end()) for k in re.finditer(r"(?<!\w)" + noun + r"\s+Lào(?!\w)", text, re.IGNORECASE))


OUR_UNIT_AFTER_RE = re.compile(r"\s*,\s*(?:xã|phường|thị trấn|huyện|thị xã)\s", re.IGNORECASE)


def find_mentions(text: str, folded: str, gaz: Gazetteer, title_end: int = 0) -> list[Mention]:
    """Every party named in the text, in order, each with its canonical name (a Lao name that only
    says where Vietnamese are is a ``lao_place``). ``title_end``: where the headline ends (what a
    headline says of Vietnamese in Laos says nothing of the body's first words)."""
    # (a Lao name heard in a commune of ours is none — "xã Mường Sại" (Sơn La) sounds like "Mường Xay", U Đôm Xay's
    # capital: Laos has no communes, only "bản" and "mường", its towns the press writes "thị xã", as ours)
    out = [m for m in _mentions(text, folded, gaz)
           if not (m.kind == "lao_province" and OUR_COMMUNE_RE.search(folded, max(0, m.start - 12), m.start)
                   or _a_village_named_lao(text, m))]
    if "công ty" in folded or "tập đoàn" in folded:
        for m in out:
            if m.kind == "vn_province" and OUR_FIRM_RE.search(folded, max(0, m.start - 80), m.start):
                m.kind = "vn_firm"  # ("Công ty cổ phần Hoàng Anh Gia Lai": a firm's name, no province of ours acting)
    if title_end:
        out = _headline_bodies_of_laos(text, folded, out, title_end)
    if gaz.gate_before_re is not None and ("lào)" in folded or "nước bạn lào" in folded):
        out = _with_lao_across_gates(text, folded, gaz, out)
    if "phía bạn" in folded and any(m.kind in LAO_PARTY_KINDS for m in out):
        out = _the_other_side(text, folded, out)
    if any(m.name == "Viêng Chăn" for m in out) and not _the_province_is_meant(folded, out):
        for m in out:
            if m.kind == "lao_province" and m.name == "Viêng Chăn" and gaz.lao_from_capital(m.text) is None:
                m.name = "Thủ đô Viêng Chăn"  # (the province's own capital, "Phonhong", names the province)
    ethnic = "dân tộc lào" in folded and ETHNIC_GROUP_RE.search(folded) is not None
    # (a cheap test before a search at every Lao name; most pages name no Lao party)
    topics = [(rx, chars) for rx, chars, words in TOPICS_AT_HOME if any(w in folded for w in words)] \
        if any(m.kind in LAO_PARTY_KINDS for m in out) else []
    planned = "tới" in folded or "quý " in folded or "cuối năm" in folded or "giữa năm" in folded
    # (the words the checks below cannot match without: a page that has none is not searched at every Lao name)
    learning = "tìm hiểu" in folded or "khám phá" in folded or "trải nghiệm" in folded  # (CULTURE_LEARNT_RE)
    trip = "chuyến" in folded or "hành trình" in folded  # (LEISURE_TRIP_RE)
    meant = "dành cho" in folded or "phục vụ" in folded  # (MEANT_FOR_RE)
    wished = "lời chúc" in folded  # (WISHED_PEOPLE_RE)
    booths = "gian hàng" in folded  # (BOOTH_BEFORE_RE)
    venues = any(w in folded for w in VENUE_WORDS)  # (VENUE_NAMED_BEFORE_RE)
    quoted = "\"" in folded or "“" in folded or "«" in folded  # (TITLED_RE)
    previous = None
    for m in out:
        if m.kind == "vn_province" and "(" in folded[max(0, m.start - 8) : m.start] \
                and FACILITY_ADDRESS_BEFORE_RE.search(folded, max(0, m.start - 70), m.start):
            m.kind = "vn_place"  # ("cảng Vũng Áng (Hà Tĩnh)", "cửa khẩu Lao Bảo (Quảng Trị)": a facility's address, no side)
        elif m.kind in ("lao_province", "vn_province") and _a_dateline(folded, m):
            m.kind = "lao_place" if m.kind == "lao_province" else "vn_place"
        elif m.kind == "vn_body" and m.name == "Việt Nam" and OCCASION_OF_RE.search(folded, max(0, m.start - 80), m.start):
            m.kind = "vn_place"  # ("nhân dịp Quốc khánh nước CHXHCN Việt Nam": whose holiday it is, no side)
        elif m.kind == "laos" and (ethnic and ETHNIC_BEFORE_RE.search(folded, max(0, m.start - 12), m.start)
                                 or PEOPLE_BEFORE_RE.search(folded, max(0, m.start - 20), m.start)
                                 and HOME_OF_OURS_AFTER_RE.match(folded, m.end)):
            m.kind = "lao_place"  # (one of Viet Nam's peoples: see ETHNIC_GROUP_RE)
        elif m.kind == "laos" and previous is not None and previous.kind == "vn_place" and \
                LAOS_AFTER_VN_PLACE_RE.fullmatch(folded, previous.end, m.start):
            m.kind = previous.kind = "lao_place"  # "tại Nhà Quốc hội Lào", "Phủ Chủ tịch nước Lào": Laos's own
        elif m.kind == "lao_province" and previous is not None and previous.kind == "vn_place" and \
                VN_PLACE_IN_LAOS_RE.fullmatch(folded, previous.end, m.start):
            previous.kind = "lao_place"  # "tại Phủ Chủ tịch nước ở Thủ đô Viêng Chăn": Laos's own, the city where it is
        elif m.kind in LAO_PARTY_KINDS and (_has_place_word(folded, m.start)
                                          and LAO_AS_PLACE_RE.search(folded, _window(m.start, 120, title_end), m.start)
                                          or _occasion_of(folded, m)
                                          or LAO_AS_TRADE_RE.search(folded, max(0, m.start - 50), m.start)
                                          or m.kind == "laos" and LAO_AS_NATIONALITY_RE.search(folded, max(0, m.start - 20), m.start)
                                          or m.kind == "laos" and "nơi" in folded and HELD_AT_PLACE_RE.search(folded, max(0, m.start - 60), m.start)
                                          or m.kind == "lao_province" and CITIZENS_OF_RE.search(folded, max(0, m.start - 30), m.start)
                                          or m.kind == "laos" and folded.startswith("lào", m.start)
                                          and LAO_FIRM_RE.search(folded, max(0, m.start - 50), m.start)
                                          or m.kind == "lao_province" and PROVINCE_FIRMS_OR_GOODS_RE.search(folded, max(0, m.start - 40), m.start)
                                          or booths and BOOTH_BEFORE_RE.search(folded, max(0, m.start - 50), m.start)
                                          or venues and m.kind == "lao_province"
                                          and VENUE_NAMED_BEFORE_RE.search(folded, max(0, m.start - 40), m.start)
                                          or m.kind == "laos" and LAOS_AS_BORDER_RE.search(folded, max(0, m.start - 40), m.start)
                                          or m.kind == "lao_province" and PROVINCE_AS_GEOGRAPHY_RE.search(folded, max(0, m.start - 40), m.start)
                                          or m.kind == "lao_province" and RIVER_BEFORE_RE.search(folded, max(0, m.start - 25), m.start)
                                          or m.kind == "lao_province" and "chiến" in folded
                                          and (BATTLEFIELD_BEFORE_RE.search(folded, max(0, m.start - 70), m.start)
                                               or FOUGHT_THERE_BEFORE_RE.search(folded, max(0, m.start - 90), m.start))
                                          or m.kind == "lao_province" and ROUTE_NAME_BEFORE_RE.search(folded, max(0, m.start - 70), m.start)
                                          or m.kind in ("laos", "lao_province") and WORK_TITLE_RE.search(folded, max(0, m.start - 80), m.start)
                                          or learning and m.kind in ("laos", "lao_province")
                                          and CULTURE_LEARNT_RE.search(folded, max(0, m.start - 70), m.start)
                                          or trip and m.kind in ("laos", "lao_province")
                                          and (LEISURE_TRIP_RE.search(folded, max(0, m.start - 70), m.start)
                                               or LEISURE_TRIP_AFTER_RE.match(folded, m.end))
                                          or "hài cốt" in folded and REMAINS_FOUND_WITH_RE.search(folded, max(0, m.start - 160), m.start)
                                          or meant and m.kind == "laos" and _meant_for(folded, m)
                                          or wished and m.kind == "laos" and WISHED_PEOPLE_RE.search(folded, max(0, m.start - 140), m.start)
                                          or PICTURED_RE.search(folded, max(0, m.start - 90), m.start)
                                          or "bên lề" in folded and SIDELINES_OF_BEFORE_RE.search(folded, max(0, m.start - 170), m.start)
                                          or DISCUSSED_RE.search(folded, max(0, m.start - 150), m.start)
                                          or quoted and TITLED_RE.search(folded, max(0, m.start - 160), m.start)
                                          or any(rx.search(folded, max(0, m.start - chars), m.start) for rx, chars in topics)
                                          or planned and PLANNED_BEFORE_RE.search(folded, max(0, m.start - 100), m.start)
                                          and PLANNED_AFTER_RE.match(folded, m.end) is not None
                                          or "trước khi" in folded and AHEAD_RE.search(folded, max(0, m.start - 70), m.start)
                                          or BRIDGE_RE.search(folded, max(0, m.start - 70), m.start)
                                          or m.kind in ("lao_body", "laos") and BUILDING_BEFORE_RE.search(folded, max(0, m.start - 30), m.start)
                                          or INSTRUCTED_RE.search(folded, max(0, m.start - 130), m.start)
                                          or ENVOY_SEAT_RE.search(folded, max(0, m.start - 70), m.start)
                                          or m.kind in ("lao_body", "laos") and CITED_SOURCE_RE.search(folded, max(0, m.start - 45), m.start)
                                          or m.kind == "lao_province" and _passed_through(folded, m)
                                          or m.kind == "lao_province" and _our_own_scene(folded, m)):
            m.kind = "lao_place"
        elif m.kind == "laos" and previous is not None and previous.kind == "lao_place" and \
                LAOS_AFTER_PLACE_RE.fullmatch(folded, previous.end, m.start):
            m.kind = "lao_place"  # "tại tỉnh Xiêng Khoảng (Lào)": the country of a place is a place too
        elif m.kind == "lao_province" and previous is not None and previous.kind == "lao_place" and \
                previous.name in gaz.lao_provinces and LIST_JOIN_RE.fullmatch(folded, previous.end, m.start):
            m.kind = "lao_place"  # and the provinces listed after one ("với các tỉnh X, Y và Z")
        previous = m
    return _headline_places(text, out, title_end)


HEADLINE_MAX = 200

# A province of ours in brackets after a facility's name ("cảng Vũng Áng (Hà Tĩnh)", "cửa khẩu Lao Bảo (Quảng Trị)"): its address.
FACILITY_ADDRESS_BEFORE_RE = re.compile(r"(?<!\w)(?:cảng|cửa khẩu|sân bay|khu kinh tế|khu công nghiệp|nhà máy|bến xe|ga|cầu|quốc lộ)"
                                        r"(?:\s+[^\s.,;:()]+){1,5}\s*\(\s*(?:tỉnh\s+|tp\.?\s*|thành phố\s+)?$")

# A dateline: where a report was filed, at the head of its first line ("Viêng Chăn (TTXVN) - Chiều 18/5, …", "Hà Nội, 18/5
# (VOV) –", "Từ Viêng Chăn, phóng viên TTXVN cho biết: …"), a place and no party.
DATELINE_BEFORE_RE = re.compile(r"(?:^|\n)[\s*_>#\"“(\[]*(?:từ\s+)?(?:thủ đô\s+)?$")
DATELINE_DAY = r"(?:,\s*(?:ngày\s+)?\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?\s*)?"  # (", 18/5", ", ngày 18/5/2024" after the place)
DATELINE_AFTER_RE = re.compile(r"\s*(?:\([^()\n]{1,20}\)\s*)?" + DATELINE_DAY +
                               r"(?:\([^()\n]{1,30}\)\s*[-–—:]|[-–—]\s*\([^()\n]{1,30}\)\s*[-–—:]?)"
                               r"|\s*,\s*(?:các\s+)?(?:phóng viên|pv|ptv)(?!\w)")
# (or the agency first: "(TTXVN) Viêng Chăn - Chiều 18/5, …")
AGENCY_FIRST_BEFORE_RE = re.compile(r"(?:^|\n)\s*\([^()\n]{1,20}\)\s*(?:thủ đô\s+)?$")
AGENCY_FIRST_AFTER_RE = re.compile(r"\s*" + DATELINE_DAY + r"[-–—:]")


def _a_dateline(folded: str, m: Mention) -> bool:
    if m.start > 40 and folded.rfind("\n", m.start - 40, m.start) < 0:
        return False  # (a cheap test first: no line starts just before it)
    return DATELINE_BEFORE_RE.search(folded, max(0, m.start - 40), m.start) is not None \
        and DATELINE_AFTER_RE.match(folded, m.end) is not None \
        or AGENCY_FIRST_BEFORE_RE.search(folded, max(0, m.start - 40), m.start) is not None \
        and AGENCY_FIRST_AFTER_RE.match(folded, m.end) is not None


# "phía bạn" ("the friends' side") on a page about Laos is the Lao side, acting ("… hài cốt liệt sĩ hy sinh tại Lào do phía
# bạn bàn giao"); "phía bạn Lào" names the country itself.
OTHER_SIDE_RE = re.compile(r"(?<!\w)phía bạn(?!\s+(?:lào|nước|tỉnh|cũng)\b)(?!\w)")


def _the_other_side(text: str, folded: str, out: list[Mention]) -> list[Mention]:
    found = [Mention("laos", "Lào", text[m.start() : m.end()], m.start(), m.end()) for m in OTHER_SIDE_RE.finditer(folded)]
    return sorted(out + found, key=lambda m: m.start) if found else out


def headline_end(text: str) -> int:
    """Where the first line ends when it is short enough to be a headline; else 0 (a page with no headline line)."""
    return max(0, text.find("\n", 0, HEADLINE_MAX))


def _headline_places(text: str, out: list[Mention], title_end: int) -> list[Mention]:
    """A Lao province the headline names and the text below names only as a place is a place in the headline too: "Trao
    quyết định bổ nhiệm Tổng Lãnh sự tại Luông Pha Bang" above "… Tổng Lãnh sự Việt Nam tại Luông Pha Bang (Lào)"."""
    head_end = title_end or headline_end(text)
    if not title_end and text[:head_end].rstrip().endswith((".", "!", "?")):
        return out  # (a first line that ends its sentence is the lead, no headline: its parties are its own)
    heads = [m for m in out if m.start < head_end and m.kind in ("lao_province", "laos")] if head_end > 0 else []
    if not heads:
        return out  # (most pages' headlines name no Lao party)
    below: dict[str, set[str]] = {}
    for m in out:
        if m.start >= head_end and m.kind in ("lao_province", "lao_place"):
            below.setdefault(m.name, set()).add(m.kind)
    # (and Laos itself, where the text below names no Lao party at all: "Biểu dương cán bộ giúp Lào" above "… hoàn thành
    # nhiệm vụ giảng dạy tại tỉnh X")
    no_party_below = below and not any(m.start >= head_end and m.kind in LAO_PARTY_KINDS for m in out)
    for m in heads:
        if m.kind == "lao_province" and below.get(m.name) == {"lao_place"} or m.kind == "laos" and no_party_below:
            m.kind = "lao_place"
    return out


def _with_lao_across_gates(text: str, folded: str, gaz: Gazetteer, out: list[Mention]) -> list[Mention]:
    """A Vietnamese border gate written as Lao ("Cụm cửa khẩu Tây Trang (Lào)") names the Lao
    units across it: the province on the far side is a party, as a reader of border news takes it."""
    added = []
    for q in gaz.lao_qualifier_re.finditer(folded):
        m = gaz.gate_before_re.search(folded, max(0, q.start() - 30), q.start())
        if m is None:
            continue
        a, b = m.span("gate")
        if not any(x.start < b and a < x.end for x in out):
            added.append(Mention("lao_province", gaz.lao_across_gate(m.group("gate")), text[a:b], a, b))
    return sorted(out + added, key=lambda x: x.start) if added else out


# A Lao capital named after a person counts only after this ("thành phố Kaysone Phomvihane").
CITY_BEFORE_RE = re.compile(r"(?:thành phố|tp\.?)\s*$")
FAMILY_NAMES = frozenset(VN_FAMILY_NAMES.split("|"))


def _in_person_name(text: str, a: int) -> bool:
    """The name at ``a`` follows a family name directly ("Lê Thái Bình", "Trần Hà Nam"); a city's
    name written with "Thành phố" is none ("Đoàn Thành phố Hồ Chí Minh": Đoàn is also a family name)."""
    if text.startswith(("Thành phố", "TP", "Tp"), a):
        return False
    before = text[max(0, a - 8) : a]
    if not before.endswith(" "):
        return False
    words = before.split()
    if not words or words[-1] not in FAMILY_NAMES:
        return False
    # "Đoàn" opening a headline or a sentence is the delegation ("Đoàn Hà Tĩnh thăm …")
    lead = text[: a - len(words[-1]) - 1].rstrip(" \"'“(")
    return not (words[-1] == "Đoàn" and (not lead or lead[-1] in ".:!?\n"))


# Titles the gazetteer holds as Vietnamese bodies; with a name that is no Vietnamese one after them they
# are another country's leader ("Thủ tướng Chính phủ Bounmy Keomany", "Chủ tịch Quốc hội Khamla Sibounheuang")
# — the press adds the country only once, to the first Lao title of a list.
LEADER_TITLES = frozenset({"thủ tướng chính phủ", "chủ tịch quốc hội"})
NAME_AFTER_RE = re.compile(r"\s+([A-ZĐ]\w*)\s+[A-ZĐ]\w*")


# What the two countries hold together, named for them ("… Việt Nam – Lào" right after it, in one phrase).
JOINT_EVENT_BEFORE_RE = re.compile(
    r"(?<!\w)(?:hội chợ|tuần văn hóa|tuần lễ|những ngày văn hóa|ngày văn hóa|liên hoan|giao lưu|hội thao|ngày hội|lễ hội"
    r"|ủy ban liên chính phủ|hội đàm|kỳ họp)(?:\s+[^\s.,;:!?()“”\"]+){0,12}\s+$"
    # (or a meeting of the two countries' people named so — "Gặp gỡ hữu nghị thanh niên Việt Nam - Lào", "Diễn đàn doanh
    # nghiệp Việt Nam - Lào" —, not one about them: "hội thảo về quan hệ Việt Nam - Lào")
    r"|(?<!\w)(?:gặp gỡ|diễn đàn|hội nghị|hội thảo|hội diễn|giải)(?:\s+(?!(?:về|quan hệ|kỷ niệm|truyền thống|lịch sử|tình|của)\b)"
    r"[^\s.,;:!?()“”\"]+){0,5}\s+$"
)


def _foreign_name_follows(text: str, b: int) -> bool:
    m = NAME_AFTER_RE.match(text, b)
    return m is not None and m.group(1) not in FAMILY_NAMES and m.group(1) not in ("Việt", "Nước", "Lào")


def _proper(text: str, a: int, b: int) -> bool:
    """Written as a proper noun: every syllable capitalised (or the whole in capitals), a leading
    "thành phố" aside."""
    name = text[a:b]
    if name.istitle():
        return True  # (the common case, "Thanh Hóa", "Bà Rịa - Vũng Tàu", decided at once)
    words = name.replace("-", " ").replace(".", " ").split()
    if len(words) > 2 and " ".join(words[:2]).lower() == "thành phố":
        words = words[2:]
    return all(w[0].isupper() or w[0].isdigit() for w in words)


def _mentions(text: str, folded: str, gaz: Gazetteer) -> list[Mention]:
    out: list[Mention] = []
    taken = bytearray(len(text) + 1)  # characters already part of a mention
    for m in gaz.scanner.finditer(folded):
        a, b = m.start(), m.end()
        taken[a:b] = b"\x01" * (b - a)
        if m.lastgroup == "relation":
            if JOINT_EVENT_BEFORE_RE.search(folded, max(0, a - 90), a):
                # "Hội chợ Thương mại Việt Nam – Lào", "giao lưu cựu chiến binh Việt – Lào": an event of the
                # two countries names Laos as one of its sides
                out.append(Mention("laos", "Lào", text[a:b], a, b))
            continue
        kind, name = gaz.classify_name(m.group(0))
        if kind == "foreign":
            name = text[a:b]
        if kind == "vn_province" and (not _proper(text, a, b) or _in_person_name(text, a)):
            continue  # "Ủy ban Hòa bình", "thái bình": a common word that is also a province's name;
            # "Lê Thái Bình": a person
        if kind == "foreign" and _in_person_name(text, a):
            continue  # "Phó Thủ tướng Trần Hồng Hà": a person, not the Chinese prefecture
        if kind == "vn_body" and text[a].islower() and not folded.startswith("nước", a):
            continue  # "hai bộ quốc phòng", "các bộ công an": the common noun, no body
        if kind == "vn_body" and gaz.foreign_after_re is not None and gaz.foreign_after_re.match(folded, b):
            continue  # "Bộ Quốc phòng Thái Lan": the other country's ministry (its name is a mention of its own)
        if kind == "vn_body" and folded[a:b] in LEADER_TITLES and (
                _foreign_name_follows(text, b) or LAO_DELEGATION_LED_RE.search(folded, max(0, a - 100), a)):
            # "Thủ tướng Chính phủ Bounmy Keomany": Laos's Prime Minister; "đoàn đại biểu Quốc hội Lào do Phó
            # Chủ tịch Quốc hội dẫn đầu": the Lao Assembly's own
            kind, name = "laos", "Lào"
        if kind != "skip" and name:
            out.append(Mention(kind, name, text[a:b], a, b))
    # Lao names however transliterated ("Sạ-vẳn-na-khệt", "Bolykhăm xay"): runs of up to five
    # syllables, the first capitalised, whose sound key is a Lao province's (see gazetteer).
    found = False
    prefixes = gaz.lao_phonetic_prefixes
    for first in gaz.lao_initials_re.finditer(text):
        a = first.start()
        if a and (text[a - 1].isalnum() or text[a - 1] == "_"):
            continue  # inside a word ("SaLaVan" is matched whole from its first letter)
        if taken[a] or phonetic(folded[a : first.end()]) not in prefixes:
            continue  # (most capitalised words start no Lao name: one cached lookup each)
        acc, best = "", None
        for w in islice(WORD_RE.finditer(text, a), 5):
            b0, b = w.span()
            if taken[b0]:
                break
            syllable = phonetic(folded[b0:b])
            acc += syllable[1:] if acc and syllable and acc[-1] == syllable[0] else syllable  # "Vẳn Na": one n
            if acc not in prefixes:
                break
            if acc in gaz.lao_phonetic and (acc not in gaz.lao_phonetic_city_only or CITY_BEFORE_RE.search(folded, max(0, a - 12), a)):
                best = (b, gaz.lao_phonetic[acc])
        if best is not None:
            end, name = best
            taken[a:end] = b"\x01" * (end - a)
            out.append(Mention("lao_province", name, text[a:end], a, end))
            found = True
    for m in VN_LEADER_RE.finditer(text) if any(t in text for t in VN_LEADER_TITLES) else ():
        a, b = m.span("title")
        if not taken[a] and not text.endswith(ROLE_BEFORE, max(0, a - 8), a) and not _lao_holder_again(text, folded, m):
            title = " ".join(folded[a:b].split())
            taken[a:b] = b"\x01" * (b - a)
            out.append(Mention("vn_body", VN_LEADER_BODY.get(title, "Việt Nam"), text[a:b], a, b))
            found = True
    if found:
        out.sort(key=lambda m: m.start)
    return out


# a Vietnamese full name, then a leader's title ("đồng chí Võ Văn Hải, Chủ tịch nước …")
VN_NAME_THEN_TITLE_RE = re.compile(VN_PERSON + r"\s*,\s*(?:Phó\s+)?(?:Thủ tướng|Chủ tịch|Tổng Bí thư)")
LAOS_AT_END_RE = re.compile(r"\s+(?:nước\s+)?(?:chdcnd\s+)?lào$")


# A leader's title the body gives as Laos's ("Thủ tướng Chính phủ Lào Sonexay …", "Tổng Bí thư, Chủ tịch nước Lào …").
LAO_LEADER_TITLE_RE = re.compile(r"(?<!\w)((?:phó\s+)?(?:thủ tướng|chủ tịch nước|chủ tịch quốc hội|tổng bí thư|chủ tịch)"
                                 r"(?:\s*,\s*(?:phó\s+)?(?:chủ tịch nước|thủ tướng))?)(?:\s+chính phủ)?\s+(?:nước\s+)?(?:chdcnd\s+)?lào(?!\w)")


def _headline_bodies_of_laos(text: str, folded: str, out: list[Mention], title_end: int) -> list[Mention]:
    """``out`` without a headline's body or leader that the text names only as Laos's: "… tiếp đoàn công tác Bộ Y tế"
    above "… tiếp đoàn công tác Bộ Y tế Lào", "Thủ tướng thăm tỉnh X" above "Thủ tướng Chính phủ Lào … đã đến thăm …"
    (one the text also names bare stays ours: "Bộ trưởng Bộ Y tế … hội đàm với Bộ trưởng Bộ Y tế Lào"; and a leader
    stays ours where the body names anybody of Viet Nam's: "đồng chí Võ Văn Hải, Chủ tịch nước tiếp …")."""
    heads = [m for m in out if m.kind == "vn_body" and m.start < title_end]
    if not heads or not any(m.kind in ("laos", "lao_body") for m in out):
        return out  # (most pages name no body of Laos: nothing can be Laos's)
    laos_own = {LAOS_AT_END_RE.sub("", folded[m.start : m.end]) for m in out if m.kind == "laos" and m.end - m.start > 4}
    # (by name too: "Bộ trưởng Quốc phòng" above "Bộ trưởng Bộ Quốc phòng Lào")
    lao_names = {m.name.removesuffix(" Lào") for m in out if m.kind == "lao_body" and m.name.endswith(" Lào")}
    lao_names -= {m.name for m in out if m.kind == "vn_body" and m.start >= title_end}
    ours_in_body = any(m.kind in ("vn_province", "vn_body") for m in out if m.start >= title_end) \
        or VN_NAME_THEN_TITLE_RE.search(text, title_end) is not None
    for t in LAO_LEADER_TITLE_RE.finditer(folded, title_end) if not ours_in_body else ():
        titles = " ".join(t[1].split())
        laos_own |= {titles, *(p.strip() for p in titles.split(","))}
    laos_own -= {folded[m.start : m.end] for m in out if m.kind == "vn_body" and m.start >= title_end}
    bare = {m.start for m in heads if (" ".join(folded[m.start : m.end].split()) in laos_own or m.name in lao_names)
            and not MEETS_LAOS_AFTER_RE.match(folded[:title_end], m.end)}
    return [m for m in out if m.start not in bare] if bare else out


# (its name however long — "đoàn đại biểu Ủy ban Đối ngoại của Quốc hội nước Cộng hòa Dân chủ Nhân dân Lào do …" —, but not a
# delegation of ours going there: "đoàn … sang thăm nước bạn Lào do …")
LAO_DELEGATION_LED_RE = re.compile(r"(?<!\w)đoàn(?:\s+(?!(?:sang|thăm|tới|đến|tại|với|gặp)(?!\w))[^\s.;:]+){0,16}?"
                                   r"\s+(?:lào|nước bạn)\s*\)?\s*,?\s*do\s+(?:phó\s+)?$")
VN_NAME_AT_RE = re.compile(r"\s*,?\s*(?:" + VN_PERSON + "|" + VN_COUNTRY + r")\b")


# A bare title whose holder visits Laos at once: no Lao leader visits his own country.
VISITS_LAOS_AFTER_RE = re.compile(r"\s*(?:(?:sẽ|đã|đang|vừa|bắt đầu|có chuyến)\s+)*(?:sang\s+|đến\s+)?thăm"
                                  r"(?:\s+(?:chính thức|cấp nhà nước|hữu nghị|và làm việc|làm việc))*\s+(?:tới\s+|sang\s+)?"
                                  r"(?:nước\s+)?(?:chdcnd\s+)?lào(?!\s*cai)(?!\w)")


# A bare title that meets Laos's own in its sentence ("Chủ tịch nước đã hội đàm với Tổng Bí thư, Chủ tịch nước Lào …"): no
# Lao leader meets his own country's.
MEETS_LAOS_AFTER_RE = re.compile(r"\s+(?:đã\s+|sẽ\s+|vừa\s+|có cuộc\s+)?(?:hội đàm|hội kiến|tiếp kiến|tiếp|gặp gỡ|gặp|điện đàm"
                                 r"|đón)(?!\w)[^.;!?\n]{0,30}?(?<!\w)(?:thủ tướng|chủ tịch|tổng bí thư|bộ trưởng|đại sứ|trưởng ban)"
                                 r"(?!\w)[^.;!?\n]{0,40}?(?<!\w)lào(?!\w)")


def _lao_holder_again(text: str, folded: str, m: re.Match) -> bool:
    """A bare title that names again a Lao leader given it before: "Thủ tướng Lào Sonexay Siphandone đã thăm tỉnh
    Bò Kẹo. Thủ tướng yêu cầu …" (unless a Vietnamese holder of the title was named before too)."""
    a, b = m.span("title")
    if VN_NAME_AT_RE.match(text, b):
        return False  # "Thủ tướng Phạm Minh Chính", "Chủ tịch nước Việt Nam": Viet Nam's, named
    if VISITS_LAOS_AFTER_RE.match(folded, b):
        return False  # "… theo lời mời của Chủ tịch nước Lào, Chủ tịch nước sẽ thăm cấp Nhà nước tới Lào": ours, going there
    if MEETS_LAOS_AFTER_RE.match(folded, b):
        return False  # "Chủ tịch nước đã hội đàm với Tổng Bí thư, Chủ tịch nước Lào": ours, meeting the Lao holder
    if LAO_DELEGATION_LED_RE.search(folded, max(0, a - 100), a):
        return True  # "đoàn đại biểu Quốc hội Lào do Phó Chủ tịch Quốc hội dẫn đầu": the Lao body's own
    title = re.escape(" ".join(folded[a:b].split()))
    earlier = folded[:a]
    lao_before = re.search(title + r"(?:\s+chính phủ)?(?:\s+nước)?(?:\s+(?:chdcnd|cộng hòa dân chủ nhân dân))?\s+lào(?!\s*cai)", earlier)
    return lao_before is not None and not any(VN_NAME_AT_RE.match(text, x.end()) for x in re.finditer(title, earlier))


def _repeats_opening(title: str, body: str) -> bool:
    """A title cut from the body's first sentence (as some pages' titles are) is no headline of its
    own: read twice, its truncated end would pass for what the article is about."""
    head = " ".join(title.split()).rstrip(" .…,;:")
    return len(head) >= 20 and " ".join(body[: len(title) + 200].split()).startswith(head)


def _a_file_photo_s_caption(folded: str, spans: list[list[int]], k: int) -> bool:
    """Whether sentence ``k`` (of ``spans``) is a file photo's caption: credited in itself, or by the next sentence on its
    line ("… (Lào). Ảnh minh họa")."""
    start, end = spans[k]
    if "ảnh" in folded[start:end] and FILE_PHOTO_RE.match(folded, start, end):
        return True
    if k + 1 >= len(spans):
        return False
    a, b = spans[k + 1]
    return "\n" not in folded[end:a] and "ảnh" in folded[a:b] and FILE_PHOTO_AFTER_RE.match(folded, a, b) is not None


def _pieces(text: str):
    """SENTENCE_RE's matches as (start, end), each cut after an ellipsis that a capital follows."""
    for m in SENTENCE_RE.finditer(text):
        start = m.start()
        if text.find("…", start, m.end()) >= 0:
            for cut in ELLIPSIS_END_RE.finditer(text, start, m.end()):
                yield start, cut.end()
                start = cut.end()
        yield start, m.end()


def analyse(title: str, body: str, gaz: Gazetteer) -> Document:
    title = clean(title or "").strip()
    # (composed first: a page in decomposed Unicode has its marks apart from their letters, which no pattern expects)
    body = clean(strip_furniture(lead_item(unglue(nfc(body or ""), lead_only=True), titled=bool(title))))
    if title and _repeats_opening(title, body.lstrip()):
        title = ""
    text = f"{title}\n{body}" if title else body
    folded = fold_clean(text)
    return Document(text, folded, len(title), find_mentions(text, folded, gaz, len(title)))


def _sentences(text: str, folded: str, mentions: list[Mention]) -> list[Sentence]:
    spans: list[list[int]] = []
    for start, end in _pieces(text):
        if not text[start:end].strip():
            continue
        # (the abbreviation is at the very end: only its last characters are searched)
        last = spans[-1] if spans else None
        if last and text[last[1] - 1] in ". " and ABBREVIATION_END.search(text, max(last[0], last[1] - 8), last[1]) \
                and not ROMAN_END_RE.search(text, max(last[0], last[1] - 20), last[1]):
            spans[-1][1] = end  # glue "… TP." to "Huế …"
        else:
            spans.append([start, end])
    sentences = []
    mi = 0
    for k, (start, end) in enumerate(spans):
        s = Sentence(len(sentences), start, end, text[start:end], folded[start:end])
        while mi < len(mentions) and mentions[mi].start < end:
            if mentions[mi].start >= start:
                s.mentions.append(mentions[mi])
            mi += 1
        if s.mentions and _a_file_photo_s_caption(folded, spans, k):
            continue
        if s.mentions or not (DATE_LINE_RE.fullmatch(s.folded) or _aside(s.folded)):
            sentences.append(s)
    return sentences


# What the learned model reads instead of a Vietnamese place's own name: its kind. Fitted on a few hundred
# articles, a model otherwise learns which outlets' provinces happened to fill its negatives ("Điện Biên",
# "Kon Tum" weighing against an exchange because the set's domestic news came from there).
KIND_TOKENS = {"vn_province": "tỉnhviệt", "vn_place": "nơiviệt", "lao_province": "tỉnhlào", "lao_place": "nơilào"}


def names_as_kinds(doc: Document) -> str:
    """``doc.folded`` with each Vietnamese province and place written as its kind (see KIND_TOKENS)."""
    pieces, last = [], 0
    for s in doc.sentences:
        for m in s.mentions:
            token = KIND_TOKENS.get(m.kind)
            if token and m.start >= last:
                pieces.append(doc.folded[last : m.start])
                pieces.append(token)
                last = m.end
    pieces.append(doc.folded[last:])
    return "".join(pieces)
