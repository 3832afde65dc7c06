"""Cue phrases, as data. Operators add more under ``cues:`` in config/classifier.yaml."""

from __future__ import annotations

import re
from functools import lru_cache

from huunghi.classify.text import key, trie_pattern

CUES: dict[str, list[str]] = {
    # A delegation meets the other side in person.
    "visit": [
        "thăm và làm việc", "thăm, làm việc", "thăm làm việc", "đến thăm", "sang thăm", "tới thăm",
        "hội đàm", "tiếp xã giao", "chào xã giao", "chào, làm việc", "thăm xã giao", "tiếp đoàn",
        "đón đoàn", "đón tiếp", "tiếp và làm việc", "làm việc với đoàn", "chúc tết", "thăm, chúc",
        "bunpimay", "bun pi may", "bun pi mai", "tết té nước", "hội kiến", "tiễn đoàn", "tiếp đón",
        "đã tiếp", "tiếp thân mật", "thăm chính thức", "chuyến thăm", "lễ đón", "thăm cấp nhà nước", "thăm hữu nghị",
        "chuyến công tác", "đoàn đại biểu", "đoàn công tác", "thăm lào", "đoàn giám sát", "đoàn khảo sát",
        "trưởng đoàn", "dẫn đầu đoàn", "làm trưởng đoàn", "đoàn cán bộ", "đã có buổi làm việc",
        "buổi làm việc", "buổi tiếp", "gặp mặt", "giao lưu", "hội nghị", "tọa đàm",
        # meetings the press names by their form
        "hội thảo", "diễn đàn", "tham khảo chính trị", "đối thoại", "tham vấn", "kết nghĩa", "giao lưu hữu nghị",
        "trao đổi kinh nghiệm", "chúc mừng", "dâng hương", "đặt vòng hoa", "đồng chủ trì",
        # an ambassador's or consul's calls: arriving, leaving, presenting credentials
        "chào từ biệt", "chào tạm biệt", "chào kết thúc nhiệm kỳ", "chào nhận nhiệm vụ", "chào nhận nhiệm kỳ",
        "đến chào", "trình quốc thư", "trình thư ủy nhiệm", "tiếp đại sứ", "tiếp tổng lãnh sự", "tiếp kiến",
        # (or a leader's letter handed over in person: "Đại sứ … đã trao thư của Tổng Bí thư cho Tổng Bí thư, Chủ tịch nước Lào"
        # — not a letter of commendation, "trao thư khen")
        "trao thư của", "chuyển thư của", "trao thư chúc mừng", "trao điện mừng",
        # (a call on a leader by title: "Đại sứ … đã chào Chủ tịch nước Lào")
        "chào chủ tịch", "chào thủ tướng", "chào tổng bí thư", "chào phó chủ tịch", "chào phó thủ tướng", "chào bộ trưởng",
        "chào tỉnh trưởng", "chào đô trưởng", "chào bí thư", "chào lãnh đạo",
        # a person received ("Bí thư Tỉnh ủy tiếp đồng chí …, Tỉnh trưởng tỉnh X")
        "tiếp đồng chí", "tiếp ông", "tiếp bà", "tiếp ngài", "đón đồng chí",
        # … or by title ("Bí thư Tỉnh ủy tiếp Tỉnh trưởng tỉnh X")
        "tiếp tỉnh trưởng", "tiếp phó tỉnh trưởng", "tiếp đô trưởng", "tiếp phó đô trưởng", "tiếp thủ tướng",
        "tiếp phó thủ tướng", "tiếp chủ tịch", "tiếp phó chủ tịch", "tiếp bộ trưởng", "tiếp thứ trưởng", "tiếp bí thư",
        "tiếp phó bí thư", "tiếp lãnh đạo", "tiếp tổng bí thư", "tiếp trưởng ban", "tiếp phó trưởng ban",
        "tiếp thống đốc", "tiếp chánh án", "tiếp viện trưởng", "tiếp tổng kiểm toán", "tiếp tổng thanh tra",
        "tiếp tổng cục trưởng", "tiếp cục trưởng", "tiếp tư lệnh", "tiếp chủ nhiệm", "tiếp tổng tham mưu trưởng",
        # a leader met by title, or a two-sided meeting beside a larger one ("gặp Bộ trưởng Ngoại giao Lào")
        "gặp thủ tướng", "gặp chủ tịch", "gặp tổng bí thư", "gặp bộ trưởng", "gặp song phương", "cuộc gặp song phương",
    ],
    # The plainer words of a meeting: counted only where no sentence has a clearer cue (see relevance).
    # (and an attendance list, "Tham dự … có …", found by ATTENDANCE_RE below)
    "weak_visit": ["làm việc với", "làm việc tại", "thảo luận với", "trao đổi với", "bàn với", "bàn bạc với",
                   # a bare "gặp" is often "gặp khó khăn": only where whom it meets follows, or as the meeting itself
                   "đến gặp", "cuộc gặp", "gặp lãnh đạo", "gặp đoàn", "gặp đại sứ", "gặp bí thư", "gặp tỉnh trưởng",
                   "thăm tỉnh", "thăm thành phố", "thăm nước", "chiêu đãi",
                   # (a visit to a place of the other side: "Tỉnh trưởng tỉnh X đã thăm Khu kinh tế Đông Nam Nghệ An")
                   "đã thăm", "vừa thăm", "hội ý", "gặp gỡ", "hội ngộ",
                   "dự lễ", "dự buổi", "dự chương trình", "dự tiệc",
                   # who took part in an event the sentence before names ("Năm nay, lễ hội có sự tham gia của đoàn … tỉnh X")
                   "sự tham gia của", "sự tham dự của", "sự góp mặt của",
                   # the sides' lists of who took part: "Về phía tỉnh X (Lào), có đồng chí …"
                   "về phía tỉnh", "về phía bạn", "về phía nước bạn", "về phía lào", "về phía thủ đô"],
    "signing": [
        "ký kết", "ký biên bản", "lễ ký", "biên bản ghi nhớ", "biên bản hợp tác", "biên bản thỏa thuận",
        "thỏa thuận hợp tác", "bản ghi nhớ", "ký kế hoạch", "ký thỏa thuận", "ký hiệp định", "ký văn kiện",
        "ký bản ghi nhớ", "ký chương trình hợp tác",
    ],
    # Concrete exchanges without a delegation meeting.
    "other": [
        "trao tặng", "trao hỗ trợ", "bàn giao", "khánh thành", "tặng quà", "trao quà", "hỗ trợ kinh phí",
        # (a letter handed over in person: "Đại sứ Lào … trao thư cảm ơn của Thủ tướng Lào tới lãnh đạo tỉnh")
        "trao thư",
        "bế giảng", "tốt nghiệp", "khai giảng", "tuần tra song phương",
        "tuần tra chung", "tuần tra liên hợp", "kiểm tra liên hợp", "kiểm tra song phương", "khảo sát liên hợp", "đội tuần tra", "tuần tra", "hội nghị trực tuyến", "hỗ trợ lào",
        # a meeting held online ("sòng bạc trực tuyến", "học trực tuyến" are no exchange)
        "họp trực tuyến", "hội đàm trực tuyến", "gặp trực tuyến", "trực tuyến giữa", "trực tuyến với", "hình thức trực tuyến",
        "tổ chức trực tuyến", "kết hợp trực tuyến", "trực tiếp và trực tuyến",
        "giúp lào", "giúp bạn",
        "cứu trợ", "quyết định hỗ trợ", "gửi tặng", "trao tiền", "hỗ trợ bạn", "trao cho", "trao số tiền",
        # remains, culture and friendship events, aid received
        "giao nhận", "lễ giao nhận", "hồi hương", "tiễn đưa", "truy điệu", "tuần văn hóa", "tuần lễ văn hóa",
        "những ngày văn hóa", "ngày văn hóa", "ủy ban liên chính phủ", "hội thao", "hội diễn",
        "liên hoan", "hội chợ", "triển lãm", "tiếp nhận", "biểu diễn phục vụ", "lưu diễn", "biểu diễn giao lưu", "viện trợ", "ủng hộ", "tuần hàng", "tuần lễ hàng", "tuần lễ sản phẩm",
        "ngày hội", "trại hè",
        # a troupe on tour, trainees taken in ("Đoàn nghệ thuật tỉnh X (Lào) đã biểu diễn tại …", "đến thực tập")
        "đoàn nghệ thuật", "đoàn văn công", "đoàn ca múa", "đội văn nghệ", "đến thực tập", "sang thực tập", "thực tập tại",
        # training, care and ceremonies the two sides hold together; projects begun or named
        "tập huấn", "khóa đào tạo", "lớp đào tạo", "lớp bồi dưỡng", "trao chứng chỉ", "trao bằng", "chuyển giao", "khám bệnh", "khám, chữa bệnh", "cấp phát thuốc", "phát thuốc miễn phí", "khám, phát thuốc", "khám và phát thuốc", "cấp thuốc", "khám, cấp thuốc", "học bổng", "thăm hỏi", "viếng", "sổ tang",
        "tham quan", "khảo sát", "phối hợp tổ chức", "đồng tổ chức", "tổ chức lễ", "mít tinh", "khởi công",
        "gắn biển", "diễn tập", "giao ban", "sơ kết", "giao hữu",
        # people sent across to work beside the other side
        "sang hỗ trợ", "sang giúp đỡ", "hỗ trợ chuyên môn",
        # remains searched for together
        "tìm kiếm, quy tập", "tìm kiếm và quy tập", "tìm kiếm quy tập",
        # honours one side confers on the other
        "trao huân chương", "tặng huân chương", "trao tặng huân chương", "trao huy chương", "trao bằng khen",
        "trao quyết định", "tặng bằng khen", "tặng thưởng",
        # talks by telephone: a direct exchange in which nobody travels
        "điện đàm", "cầu truyền hình",
    ],
    # Topics that make a Lao mention incidental.
    "football": [
        "đội tuyển", "đt lào", "đt việt nam", "aff cup", "asian cup", "bàn thắng", "tỷ số", "vòng loại",
        "sea games", "bóng đá", "trận đấu", "tiền đạo", "thủ môn", "hlv", "đội hình xuất phát",
        # (a club's match too: "… có trận giao hữu với câu lạc bộ Y của Lào. Kết thúc trận đấu, đội chủ nhà …")
        "đội bóng", "đội chủ nhà", "ghi bàn", "futsal", "v-league",
        # (a youth team, by its age: "U19 Sông Lam Nghệ An thắng U19 Lào 3-1")
        "u16", "u17", "u18", "u19", "u20", "u21", "u22", "u23", "hiệp 1", "hiệp 2", "hiệp một", "hiệp hai", "sân vận động",
    ],
    "crime": [
        "ma túy", "heroin", "hồng phiến", "vận chuyển trái phép", "đối tượng", "bắt giữ", "chuyên án",
        "buôn lậu", "truy nã", "tang vật", "khởi tố", "ma tuý đá", "lừa đảo", "sòng bạc", "đánh bạc", "mua bán người",
        "buôn bán người", "lừa bán", "bị lừa", "giải cứu",
    ],
    "economy": ["lạm phát", "tỷ giá", "kim ngạch", "giá xăng", "chứng khoán", "tăng trưởng gdp", "cục thống kê"],
    "essay": [
        "nhìn lại", "quá trình xây dựng và phát triển", "truyền thống", "lịch sử", "kỷ niệm", "năm ngày",
        "mối quan hệ đặc biệt", "thủy chung, trong sáng", "trang sử", "tình hữu nghị vĩ đại", "ngày thiết lập",
        # looking back over years rather than reporting a day
        "trong những năm qua", "những năm qua", "chặng đường", "thời gian qua", "giai đoạn vừa qua",
    ],
    # meetings of many countries: Laos only hosting, co-chairing or joining one is no exchange with Viet Nam (see relevance)
    "multilateral": ["asean", "aipa", "apec", "admm", "clmv", "gms", "acmecs", "mekong", "mê công", "mê kông", "lan thương", "tiểu vùng", "đa phương",
                     "các nước", "nhiều nước", "quốc gia và vùng lãnh thổ", "các quốc gia",
                     # (guests from home and abroad: "20 đoàn nghệ thuật trong nước và quốc tế đến từ Pháp, Lào, …")
                     "trong nước và quốc tế", "trong và ngoài nước", "trong nước và nước ngoài",
                     "liên nghị viện", "liên hợp quốc",
                     # the diplomatic corps: "giải bóng đá giữa các đại sứ quán tại Hà Nội", "đoàn ngoại giao thăm tỉnh"
                     "các đại sứ quán", "các cơ quan đại diện", "ngoại giao đoàn", "đoàn ngoại giao", "các đại sứ"],
    "border": ["cột mốc", "đường biên giới", "biên giới dài", "bám trụ", "quản lý, bảo vệ", "đồn biên phòng"],
    # exchanges in which nobody travels: online, by telephone, a television bridge, a letter or a cable
    "online": ["trực tuyến", "trực tiếp qua", "hội nghị trực tuyến", "điện đàm", "cầu truyền hình", "gửi thư", "gửi điện",
               "điện mừng"],
    "delegation": ["đoàn", "trưởng đoàn", "đoàn đại biểu", "đoàn công tác"],
}
# A person received, met or called on by title, whichever of the three verbs: "đón Phó Thủ tướng …", "gặp Thứ trưởng …",
# "chào Đại sứ …", "đón lãnh đạo tỉnh X" (the titles the lists above name after "tiếp"; a phrase already listed keeps its
# list — "gặp lãnh đạo" and "gặp bí thư" stay plainer words: a bare meeting of ours says them too).
MET_TITLES = ("thủ tướng", "phó thủ tướng", "chủ tịch", "phó chủ tịch", "tổng bí thư", "bộ trưởng", "thứ trưởng", "tỉnh trưởng",
              "phó tỉnh trưởng", "đô trưởng", "phó đô trưởng", "bí thư", "phó bí thư", "đại sứ", "tổng lãnh sự", "trưởng ban",
              "phó trưởng ban", "tư lệnh", "chủ nhiệm", "thống đốc", "chánh án", "viện trưởng", "lãnh đạo")
CUES["visit"] += [phrase for verb in ("đón", "gặp", "chào") for title in MET_TITLES
                  if (phrase := f"{verb} {title}") not in CUES["visit"] and phrase not in CUES["weak_visit"]]


# "tiếp" starting another verb: "tiếp nhận", "tiếp tục", "tiếp cận" … ("tiếp đón" is still a reception)
# ("tiếp kiến" is the reverse: the visitor is received in audience by whom it names — a call, see CUES)
NOT_A_RECEPTION = r"(?:nhận|tục|cận|thu|giáp|theo|xúc|diễn|quản|sức|tế|dân|thị|kiến)(?!\w)"
NOT_A_RECEPTION_RE = re.compile(r"\s+" + NOT_A_RECEPTION)
NO_TRAVEL = tuple(CUES["online"])  # (checked as plain substrings of a folded text)


@lru_cache(maxsize=8)
def cue_scanner(extra: tuple[tuple[str, tuple[str, ...]], ...] = ()) -> tuple[re.Pattern, dict[str, tuple[str, ...]]]:
    """All cue phrases in one trie pattern, and which kinds each phrase belongs to."""
    kinds: dict[str, list[str]] = {}
    merged = {k: list(v) for k, v in CUES.items()}
    for kind, phrases in extra:
        merged.setdefault(kind, []).extend(phrases)
    for kind, phrases in merged.items():
        for phrase in phrases:
            kinds.setdefault(key(phrase), []).append(kind)
    pattern = re.compile(r"\b(?:" + trie_pattern(set(kinds)) + r")\b")
    return pattern, {p: tuple(dict.fromkeys(k)) for p, k in kinds.items()}


def scan_cues(folded: str, extra=()) -> dict[str, list[tuple[int, str]]]:
    """Every cue in ``folded``: kind -> [(offset, phrase as written in the folded text)]."""
    pattern, kinds = cue_scanner(extra)
    out: dict[str, list[tuple[int, str]]] = {k: [] for k in CUES}
    preparing = "chuẩn bị" in folded or "tập kết" in folded  # (a cheap test before a search at every cue)
    praising = any(w in folded for w in PRAISE_WORDS)
    duties = "đầu mối" in folded or "chức năng" in folded or "nhiệm vụ" in folded
    calling = "học bổng" in folded and APPLICATIONS_RE.search(folded) is not None
    former = "nguyên" in folded or "cựu" in folded or "từng" in folded  # (FORMER_BEFORE_RE)
    taught = any(w in folded for w in WORK_WORDS)  # (WORK_OF_BEFORE_RE)
    thanking = "cảm ơn" in folded or "cám ơn" in folded  # (THANKED_FOR_BEFORE_RE)
    recalling = "nhắc" in folded or "nhớ lại" in folded or "ôn lại" in folded or "hồi tưởng" in folded  # (RECALLED_BEFORE_RE)
    skip_to = 0  # (the end of a clearer cue read inside a weak one: what the scan finds before it is read already)
    for m in pattern.finditer(folded):
        if m.start() < skip_to:
            continue
        phrase = m.group(0)
        if " " in phrase and "weak_visit" in kinds.get(key(phrase), ()):
            # "đã thăm và làm việc với TP Hà Nội", "dự lễ đón chính thức …": a weak cue took the first syllables of a clear
            # one ("thăm và làm việc", "lễ đón"), which is the one read
            for at in (m.start() + i + 1 for i, ch in enumerate(phrase) if ch == " "):
                inner = pattern.match(folded, at)
                if inner is not None and inner.end() > m.end() and "weak_visit" not in kinds.get(key(inner.group(0)), ()):
                    m, phrase, skip_to = inner, inner.group(0), inner.end()
                    break
        if phrase.endswith("tiếp") and NOT_A_RECEPTION_RE.match(folded, m.end()):
            # "đã tiếp nhận bệnh nhân", "tiếp tục": another verb — which may be a cue of its own ("đã tiếp nhận số tiền
            # … do tỉnh X hỗ trợ": the longer "đã tiếp" took its first syllable)
            inner = pattern.match(folded, m.end() - len("tiếp"))
            if inner is None or not (inner.group(0) == "tiếp kiến"
                                     or inner.group(0) == "tiếp nhận" and GOODS_RECEIVED_RE.match(folded, inner.end())):
                continue  # (what a hospital or an office receives — patients, files — is none)
            m, phrase = inner, inner.group(0)
        if phrase in WORDS_SENT and folded.endswith("gửi lời ", max(0, m.start() - 8), m.start()):
            continue  # "đồng chí gửi lời thăm hỏi tới lãnh đạo tỉnh X": words sent, nobody met for them
        if phrase in NEW_YEAR_NAMES and HOLIDAY_OFF_BEFORE_RE.search(folded, max(0, m.start() - 40), m.start()):
            continue  # "thông báo lịch nghỉ Tết cổ truyền Bunpimay": days off, no greeting paid
        if phrase == "tuần tra" and folded.startswith(" đơn phương", m.end()):
            continue  # a unit patrolling its own side alone ("tuần tra đơn phương"): no exchange
        if phrase.endswith("thăm") and KIN_VISITED_RE.match(folded, m.end()):
            continue  # "bà con sang thăm họ hàng bên kia biên giới": a family's visit, no delegation's
        if phrase == "chúc mừng" and CONGRATULATED_ON_RE.match(folded, m.end()):
            continue  # "chúc mừng tỉnh đã tổ chức thành công …", "chúc mừng những thành tựu …": a compliment, no greeting paid
        if phrase == "chúc mừng" and SENT_GREETING_RECEIVED_RE.search(folded, max(0, m.start() - 40), m.start()):
            continue  # "Đại hội đã đón nhận lẵng hoa chúc mừng của …": flowers or cables come, nobody with them
        if phrase == "kết nghĩa" and BOND_NOUN_BEFORE_RE.search(folded, max(0, m.start() - 24), m.start()):
            continue  # "tỉnh X (Lào) là tỉnh kết nghĩa của tỉnh Y", "đơn vị kết nghĩa": a standing tie, no event
        if phrase == "ký kết" and folded.startswith(" hôn", m.end()):
            continue  # "đăng ký kết hôn": a marriage registered, nothing signed between two sides
        if phrase == "học bổng" and calling and not HANDED_BEFORE_RE.search(folded, max(0, m.start() - 30), m.start()):
            continue  # "tuyển sinh … học bổng … Học bổng do Chính phủ Lào cấp gồm học phí …": a call for applications
        if former and FORMER_BEFORE_RE.search(folded, max(0, m.start() - 16), m.start()):
            continue  # "ông X, nguyên Trưởng đoàn chuyên gia … giúp tỉnh Y": a former post, no delegation now
        if taught and WORK_OF_BEFORE_RE.search(folded, max(0, m.start() - 30), m.start()):
            continue  # "quy trình đón tiếp các đoàn khách quốc tế", "nghiệp vụ lễ tân, tiếp đón": a skill taught, no event
        if phrase == "khảo sát" and SURVEY_BEFORE_RE.search(folded, max(0, m.start() - 12), m.start()):
            continue  # "Theo khảo sát ngày 17/5, giá xăng …": a survey, no delegation's
        if (phrase.endswith("thăm") or phrase == "tham quan") and TOURISTS_BEFORE_RE.search(folded, max(0, m.start() - 80), m.start()):
            continue  # "đưa hàng nghìn du khách sang Lào tham quan …": tourism, no delegation's visit
        if phrase in PEOPLE_HANDED_OVER and (SUSPECTS_HANDED_RE.match(folded, m.end()) or HANDOVER_CLOSES_RE.match(folded, m.end())
                                             and SUSPECT_BEFORE_RE.search(folded, max(0, m.start() - 160), m.start())):
            # "bàn giao cho Công an tỉnh X đối tượng …", "tiếp nhận 30 công dân … trao trả", "… đối tượng Y, do Công an tỉnh X
            # bắt giữ và bàn giao": crime and migration news
            continue
        if thanking and THANKED_FOR_BEFORE_RE.search(folded, max(0, m.start() - 200), m.start()):
            continue  # "cảm ơn tỉnh X đã đón tiếp chu đáo đoàn công tác …": what the other side did before, thanked for now
        if recalling and RECALLED_BEFORE_RE.search(folded, max(0, m.start() - 120), m.start()):
            continue  # "Đồng chí nhắc lại chuyến thăm … của đoàn …", "ôn lại kỷ niệm …": a memory, no news
        if phrase in TRIP_NOUNS and PAST_TRIP_AFTER_RE.match(folded, m.end()):
            continue  # "cảm ơn tỉnh X đã tạo điều kiện cho đoàn trong chuyến thăm năm ngoái": a trip recalled, no news
        if phrase in PEOPLE_HANDED_OVER and HANDED_HOME_RE.match(folded, m.end()):
            continue  # "Sau khi làm thủ tục, đơn vị bàn giao cho các địa phương": people sent home to their own, no exchange
        if phrase == "tiếp nhận" and (PATIENTS_RECEIVED_RE.match(folded, m.end()) or PAPERS_RECEIVED_RE.match(folded, m.end())):
            continue  # "tiếp nhận hơn 2.000 lượt bệnh nhân Lào", "tiếp nhận hồ sơ": a hospital's patients, an office's files
        if phrase in TALKS_WITH and (REPORTER_AFTER_RE.match(folded, m.end())
                                     or REPORTER_BEFORE_RE.search(folded, max(0, m.start() - 90), m.start())):
            continue  # "trao đổi với phóng viên", "phóng viên báo X đã có cuộc trao đổi với Đại sứ …": an interview
        if phrase == "làm việc tại" and WORKERS_BEFORE_RE.search(folded, max(0, m.start() - 80), m.start()):
            continue  # "3 phụ nữ bị lừa bán sang Lào làm việc tại một quán karaoke": who works there, no delegation
        if phrase == "viện trợ" and FUNDS_BEFORE_RE.search(folded, max(0, m.start() - 12), m.start()):
            continue  # "từ nguồn vốn viện trợ của Chính phủ Việt Nam": where a project's money comes from, no aid handed over
        if phrase == "tốt nghiệp" and GRADUATION_NOT_HELD_RE.search(folded, max(0, m.start() - 12), m.start()):
            continue  # "sau khi tốt nghiệp, em mong về quê làm việc", "dự thi tốt nghiệp": no graduation held
        if phrase in HELPED and (HELPED_BY_RE.search(folded, max(0, m.start() - 60), m.start())
                                 or folded.startswith(" là mình", m.end())):
            continue
        if duties and DUTY_BEFORE_RE.search(folded, max(0, m.start() - 90), m.start()):
            continue  # "Sở Ngoại vụ là đầu mối tiếp nhận hàng viện trợ của tỉnh X": what an office is for, no event
        prepared = preparing and (PREPARING_RE.search(folded, max(0, m.start() - 130), m.start())
                                  or GIFTS_PREPARED_RE.search(folded, max(0, m.start() - 160), m.start())) \
            or praising and PRAISED_RE.search(folded, max(0, m.start() - 130), m.start())
        for kind in kinds.get(key(phrase), ()):
            if not (prepared and kind in EXCHANGE_CUE_KINDS):
                out.setdefault(kind, []).append((m.start(), phrase))
    if "dự" in folded:
        listed = []
        for m in ATTENDANCE_RE.finditer(folded):
            start = m.start() - 5 if folded.startswith(("tham ", "đến "), m.start() - 5) else m.start()
            listed.append((start, folded[start : m.end()]))
        out["weak_visit"] = sorted(out.get("weak_visit", []) + listed)
    gifts = []
    for verb in ("trao ", "tặng "):  # (found by their words first: most texts have none or a few)
        at = folded.find(verb)
        while at >= 0:
            m = COUNTED_GIFT_RE.match(folded, at + len(verb))
            if m and (at == 0 or not folded[at - 1].isalnum()):
                gifts.append((at, folded[at : m.end()]))
            at = folded.find(verb, at + len(verb))
    if gifts:
        out["other"] = sorted(out["other"] + gifts)
    if any(unit in folded for unit in MONEY_HINTS):
        aid = []
        for m in AMOUNT_RE.finditer(folded):
            verb = AID_VERB_RE.search(folded, max(0, m.start() - 60), m.start())
            if verb:
                aid.append((verb.start(), folded[verb.start() : m.end()]))
        if aid:
            out["other"] = sorted(out["other"] + aid)
    return out


# "Quân tình nguyện và chuyên gia Việt Nam giúp Lào" names the veterans who once helped Laos, and "giúp
# bạn là mình tự giúp mình" is a wartime motto: neither is help given now.
HELPED = ("giúp lào", "giúp bạn")
# (a team of experts sent now is help given: "đoàn chuyên gia Sở Xây dựng … sang giúp bạn lập quy hoạch")
HELPED_BY_RE = re.compile(r"\b(?:quân tình nguyện|(?<!đoàn )chuyên gia|cựu chiến binh|ban liên lạc)\b[^.;:!?]*$")

# A talk with the press is an interview, whoever is interviewed: "trao đổi với phóng viên", "phóng viên báo X đã có cuộc
# trao đổi với Đại sứ Lào …".
TALKS_WITH = ("trao đổi với", "thảo luận với")
REPORTER_AFTER_RE = re.compile(r"\s+(?:các\s+)?(?:phóng viên|nhà báo|báo chí|pv)(?!\w)")
REPORTER_BEFORE_RE = re.compile(r"(?<!\w)(?:phóng viên|nhà báo|pv)(?!\w)[^.;:!?]*$")

# Kin visited across the border ("sang thăm thân", "thăm họ hàng", "thăm người thân"): private, no exchange.
KIN_VISITED_RE = re.compile(r"\s+(?:thân|họ hàng|người thân|thân nhân|thân thích|bà con họ hàng|con cháu)(?!\w)")

# What may be sent as words ("gửi lời thăm hỏi", "gửi lời chúc mừng năm mới tới …"): said or passed on, no call paid.
WORDS_SENT = frozenset({"thăm hỏi", "hỏi thăm", "chúc mừng", "chúc tết"})

# The Lao new year as days off ("lịch nghỉ Tết cổ truyền Bunpimay", "được nghỉ Tết Bunpimay 3 ngày") or as a time ("trước Tết
# Bunpimay"): a holiday, no greeting.
NEW_YEAR_NAMES = frozenset({"bunpimay", "bun pi may", "bun pi mai", "tết té nước"})
HOLIDAY_OFF_BEFORE_RE = re.compile(r"(?<!\w)nghỉ(?:\s+lễ)?(?:\s+tết)?(?:\s+cổ truyền)?(?:\s+(?:của\s+)?lào)?\s+$"
                                   # (or a time it marks: "Những ngày trước Tết Bunpimay, bến xe … đông khách đi Lào")
                                   r"|(?<!\w)(?:trước|sau|giáp|cận)(?:\s+tết)?(?:\s+cổ truyền)?\s+$"
                                   # (or the occasion of whatever else the sentence tells: "Dịp Tết Bunpimay, nhiều du khách
                                   # … sang tham quan" — a greeting paid on it has words of its own, "chúc Tết", "thăm")
                                   r"|(?<!\w)dịp(?:\s+tết)?(?:\s+cổ truyền)?\s+$")

# A congratulation on something achieved, said in a speech: "chúc mừng tỉnh đã tổ chức thành công …", "chúc mừng những thành
# tựu mà tỉnh X đạt được" (not a greeting paid: "đến chúc mừng Tết", "chúc mừng năm mới").
CONGRATULATED_ON_RE = re.compile(r"[^.;:!?]{0,80}?(?<!\w)(?:đã|vừa)\s+[^.;:!?]{0,60}?thành công(?!\w)"
                                 r"|\s+(?:và\s+đánh giá cao\s+)?(?:những|các)\s+(?:thành tựu|thành tích|kết quả)(?!\w)")

# Flowers, letters or cables of congratulation received by a meeting, their senders listed after them ("Đại hội đã đón
# nhận lẵng hoa chúc mừng của … Tỉnh ủy tỉnh X", "nhận được thư, điện chúc mừng của …"): sent, nobody came with them.
SENT_GREETING_RECEIVED_RE = re.compile(r"(?<!\w)(?:đón nhận|nhận được)\s+(?:các\s+|nhiều\s+)?(?:lẵng hoa|giỏ hoa|kẳng hoa|hoa"
                                       r"|thư|điện|thư,\s*điện|điện,\s*thư|thư và điện|điện và thư|điện, hoa|hoa, điện)\s+$"
                                       # (or told from the sender: "Đại sứ quán Lào đã gửi lẵng hoa chúc mừng" — flowers only;
                                       # a letter of greeting sent to the other side is a convention still to settle)
                                       r"|(?<!\w)gửi\s+(?:tặng\s+)?(?:lẵng hoa|giỏ hoa|kẳng hoa|hoa|kệ hoa)\s+$")

# Twinning as what a place or unit is, not an event: "là tỉnh kết nghĩa", "bản kết nghĩa", "mô hình kết nghĩa", "quan hệ
# kết nghĩa" (the ceremony or the act is told otherwise: "Lễ kết nghĩa", "ký kết nghĩa", "hai bản đã kết nghĩa").
# ("hai tỉnh kết nghĩa" is as often the act: "Ngày này năm xưa: hai tỉnh kết nghĩa")
BOND_NOUN_BEFORE_RE = re.compile(r"(?<!\w)(?<!hai )(?<!\d )(?<!các )(?:tỉnh|huyện|xã|phường|(?<!văn )bản|cụm bản|đơn vị|địa phương|trường|đồn|trạm|thành phố|thủ đô"
                                 r"|mô hình|quan hệ|quan hệ hợp tác|hợp tác|cặp)\s+$")

# An office's standing duty, not something done: "là đầu mối tiếp nhận …", "là cơ quan đầu mối phối hợp tổ chức …", "có chức
# năng tiếp đón …" (a task given for an event is told with it: "được giao chủ trì đón đoàn …").
DUTY_BEFORE_RE = re.compile(r"(?<!\w)(?:(?:là|làm)\s+(?:cơ quan\s+|đơn vị\s+)?đầu mối|có\s+(?:chức năng|nhiệm vụ))"
                            r"(?!\w)[^.;:!?,]{0,60}$")  # (what it handles is part of the duty: "… tiếp nhận hàng viện trợ")

# A call for applications ("thông báo tuyển sinh …", "ứng viên nộp hồ sơ trước ngày 30/6"): the scholarships it names are
# offered, none handed over — unless the words of a handover stand before one ("trao 50 suất học bổng").
APPLICATIONS_RE = re.compile(r"(?<!\w)(?:tuyển sinh|dự tuyển|tuyển chọn|nộp hồ sơ|hồ sơ dự tuyển|ứng viên|chỉ tiêu)(?!\w)")
HANDED_BEFORE_RE = re.compile(r"(?<!\w)(?:trao|tặng|nhận)(?!\w)[^.;:!?]{0,20}$")  # ("trao tặng", "đón nhận", "được nhận" too)

# A post once held, named as a title: "nguyên Trưởng đoàn chuyên gia", "cựu thành viên đoàn", "từng là Trưởng đoàn".
FORMER_BEFORE_RE = re.compile(r"(?<!\w)(?:nguyên|cựu|từng là|từng giữ chức)\s+(?:phó\s+)?$")

# The work of an exchange as what is taught or laid down: "quy trình đón tiếp", "thủ tục tiếp khách", "nghiệp vụ lễ tân, tiếp đón".
WORK_WORDS = ("quy trình", "thủ tục", "nghiệp vụ", "kỹ năng")
WORK_OF_BEFORE_RE = re.compile(r"(?<!\w)(?:" + "|".join(WORK_WORDS) + r")(?:\s+(?:lễ tân|công tác|đối ngoại)(?:\s*,)?)*\s+$")

# A survey as a noun: "theo khảo sát", "kết quả khảo sát", "phiếu khảo sát" (not a trip's: "chuyến khảo sát").
SURVEY_BEFORE_RE = re.compile(r"(?<!\w)(?:theo|kết quả|phiếu)\s+$")

# Tourists as who visits: "du khách sang Lào tham quan", "đoàn khách du lịch đến thăm …" (a clause's subject).
# (or many guests, nobody's delegation: "Nhiều khách đến từ tỉnh X tham quan …" — not "khách mời", "khách quý")
TOURISTS_BEFORE_RE = re.compile(r"(?<!\w)(?:du khách|khách du lịch|lượt khách|khách tham quan|khách lẻ|khách đoàn"
                                r"|(?:nhiều|hàng (?:chục|trăm|nghìn|ngàn|vạn))\s+khách(?!\s+(?:mời|quý)))(?!\w)[^.;:!?]*$")

# What aid is received as: "đã tiếp nhận số tiền 2 tỷ đồng", "… 10 tấn gạo", "… trang thiết bị y tế", "… hài cốt".
GOODS_RECEIVED_RE = re.compile(r"\s+(?:(?:toàn bộ|các|những)\s+)?(?:số\s+tiền|tiền|\d|hàng|quà|kinh phí|trang thiết bị"
                               r"|thiết bị|vật tư|công trình|hài cốt|thuốc|gạo|lương thực|xe|biểu trưng)")

# Patients a hospital takes in, or a count of them: "tiếp nhận hơn 2.000 lượt bệnh nhân", "tiếp nhận, điều trị cho …".
PATIENTS_RECEIVED_RE = re.compile(r"(?:,?\s+(?:và\s+)?(?:điều trị|khám)[^.;:!?]{0,20}?)?\s+(?:(?:hơn|gần|trên|khoảng)\s+)?"
                                  r"(?:[\d.,]+\s+(?:lượt|ca|bệnh nhân|người bệnh)|bệnh nhân|người bệnh|ca bệnh)(?!\w)")

# People handed over at the border — a wanted man, migrants sent back — are the news of crime and of border control
# that names Laos, no exchange between the sides (as a drug ring broken up together is none).
PEOPLE_HANDED_OVER = ("bàn giao", "tiếp nhận", "giao nhận", "lễ giao nhận")
# … the person named before the verb that closes the clause ("tiếp nhận đối tượng truy nã …, do Công an tỉnh X bắt giữ và
# bàn giao."; not "các hộ đối tượng chính sách", whom aid is for)
HANDOVER_CLOSES_RE = re.compile(r"\s*(?:cho\s[^.;:!?,]{0,60})?(?:[.;:!?,]|$)")
SUSPECT_BEFORE_RE = re.compile(r"(?<!\w)(?:đối tượng(?!\s+chính sách)|bị can|phạm nhân|tội phạm|nghi phạm|truy nã)(?!\w)[^.;:!?]{0,150}$")
# (workers sent home are migrants too: "tiếp nhận 52 lao động … từng làm việc không phép tại Lào"; not who aid goes to,
# "bàn giao nhà cho người lao động")
SUSPECTS_HANDED_RE = re.compile(r"(?:\s+[^\s.;:!?,]+){0,10}?\s+(?<!\bcho\s)(?:đối tượng|bị can|phạm nhân|tội phạm|nghi phạm|công dân"
                                r"|người nhập cảnh|người xuất cảnh|người vượt biên|người di cư|(?:\d[\d.,]*\s+|(?:các|những|số)\s+)(?:người\s+)?lao động|người lao động"
                                r"|ngư dân|thuyền viên)(?!\w)")

# The rest of a clause after a word that makes what follows it past, up to what comes next ("…, sau đó hai bên ký biên bản …").
CLAUSE_ON = r"(?:(?!sau đó|đồng thời|tiếp đó|hai bên)[^.;:!?]){0,100}$"
# What a party is thanked for having done ("cảm ơn tỉnh X đã đón tiếp chu đáo đoàn …", "cám ơn … vì đã hỗ trợ …"), in the clause
# after the thanks: done before, not the page's news (the thanks may be paid on a visit, which its own words report).
THANKED_FOR_BEFORE_RE = re.compile(r"(?<!\w)(?:cảm ơn|cám ơn)(?!\w)[^.;:!?]{0,80}?(?<!\w)(?:vì đã|đã|vì)\s+" + CLAUSE_ON)
# A trip or a meeting recalled in a speech ("nhắc lại chuyến thăm …", "ôn lại những kỷ niệm về các buổi gặp mặt …").
RECALLED_BEFORE_RE = re.compile(r"(?<!\w)(?:nhắc lại|nhắc đến|nhắc tới|nhớ lại|ôn lại|hồi tưởng(?: lại)?)(?!\w)" + CLAUSE_ON)
# A trip named with a time before the page's ("chuyến thăm năm ngoái", "chuyến công tác tại tỉnh X hồi tháng 3"): recalled.
TRIP_NOUNS = ("chuyến thăm", "chuyến công tác")
PAST_TRIP_AFTER_RE = re.compile(r"(?:\s+(?:và làm việc|làm việc|hữu nghị|chính thức))?(?:\s+(?:tại|tới|đến|sang)\s+[^.;:,!?]{1,40}?)?"
                                r"\s+(?:năm ngoái|năm trước|lần trước|trước đây|hồi tháng \d{1,2}|tháng trước|hồi đầu năm|dịp trước)(?!\w)")
# … or handed on to their own homes, nobody else named ("bàn giao cho các địa phương", "… cho gia đình đưa về"): the last step
# of sending people home (not "bàn giao trường học cho địa phương", a work handed over to a place, which may be Laos's).
HANDED_HOME_RE = re.compile(r"\s+(?:họ\s+|các công dân\s+|số công dân(?: này| trên)?\s+)?(?:lại\s+)?cho\s+(?:các\s+địa phương|gia đình|thân nhân"
                            r"|người nhà)(?:\s+(?:để\s+)?(?:đưa|đón|tiếp nhận|quản lý)(?!\w)[^.;:!?]{0,40})?\s*(?:[.;:!?]|$)")

# What an office takes in: "tiếp nhận hồ sơ", "tiếp nhận đơn, thư", "tiếp nhận phản ánh, kiến nghị".
PAPERS_RECEIVED_RE = re.compile(r"\s+(?:hồ sơ|đơn|thư|phản ánh|kiến nghị|ý kiến|thông tin|tin báo|cuộc gọi|văn bản)(?!\w)")

# Who goes to work somewhere, lured or hired: "bị lừa bán sang Lào làm việc tại …", "lao động … sang làm việc tại …".
WORKERS_BEFORE_RE = re.compile(r"(?<!\w)(?:bị lừa|lừa bán|lừa đưa|lao động|công nhân)(?!\w)[^.;:!?]*$")

# Aid as where the money comes from: "nguồn vốn viện trợ", "vốn viện trợ không hoàn lại" (a handover of what it built is
# told in words of its own: "bàn giao", "khánh thành").
FUNDS_BEFORE_RE = re.compile(r"(?<!\w)(?:vốn|nguồn)\s+$")

# A graduation only thought of ("sau khi tốt nghiệp", "sẽ tốt nghiệp", "chưa tốt nghiệp") or worked for ("dự thi tốt nghiệp
# THPT", "xét tốt nghiệp", "bảo vệ đồ án tốt nghiệp"): none is held.
GRADUATION_NOT_HELD_RE = re.compile(r"(?<!\w)(?:khi|sẽ|chưa|đến khi|cho đến khi|thi|xét|đồ án|luận văn|khóa luận|thực tập)\s+$")

# The preparations for an exchange are not one: "họp bàn công tác chuẩn bị đón đoàn …" (while "tỉnh đang
# chuẩn bị đón đoàn …, từ ngày 12 đến 14/12 đoàn sẽ sang thăm" announces it).
PREPARING_RE = re.compile(r"(?<!\w)(?:(?:công tác|họp(?: bàn)?|triển khai|báo cáo|kiểm tra)\s+chuẩn bị(?:\s+(?:cho|việc|tổ chức))?"
                          r"|chuẩn bị tổ chức"
                          # (or conditions still being readied: "tỉnh đang chuẩn bị các điều kiện để đón đoàn …" — not a visit being
                          # awaited, "đang chuẩn bị đón đoàn … từ ngày 12 đến 14/12", which is announced)
                          r"|(?:đang|tích cực|khẩn trương)\s+chuẩn bị(?=\s+(?:các\s+)?(?:điều kiện|nội dung|phương án|kế hoạch|chương trình)))"
                          # ("… cuộc họp chuẩn bị các điều kiện đón đoàn …")
                          r"(?:\s+(?:các\s+)?(?:điều kiện|nội dung|phương án|kế hoạch|chương trình)(?:\s+(?:để|cho|phục vụ))?)?\s+"
                          # (and the visit of the delegation to be received: "… chuẩn bị đón đoàn tỉnh X sang thăm")
                          # (or the trip to be made: "công tác chuẩn bị cho chuyến thăm, làm việc của đoàn … tại tỉnh X")
                          r"(?:(?:đón|tiếp|chuyến|đợt|cuộc)(?:\s+[^.;:!?\s]+){1,14}\s+)?$")
# … nor the gifts still being readied for one ("đang hoàn tất việc chuẩn bị 500 suất quà để lãnh đạo tỉnh mang sang tặng nhân
# dân tỉnh X nhân dịp Tết Bunpimay"
# — or gathered to be sent: "đã tập kết 20 tấn gạo, nước uống và thuốc men để gửi sang hỗ trợ nhân dân tỉnh X", not "sau khi
# tập kết hàng tại cửa khẩu, đoàn đã sang trao …")
GIFTS_PREPARED_RE = re.compile(r"(?<!\w)chuẩn bị\s+(?:[\d.,]+\s+)?(?:suất\s+|phần\s+|món\s+)?quà(?!\w)[^.;:!?]{0,120}$"
                               r"|(?<!\w)tập kết\s+(?:[\d.,]+\s+)?(?:tấn|kg|suất|phần|thùng|bao|xe|hàng|gạo|lương thực|nhu yếu phẩm"
                               r"|vật tư|thuốc)(?!\w)[^.;:!?]{0,100}?\s+để(?:\s+(?:gửi|chuyển|mang|đưa|vận chuyển))?\s+$")
EXCHANGE_CUE_KINDS = ("visit", "weak_visit", "signing", "other")

# A unit's past work praised by a visitor of ours: "Bí thư Tỉnh ủy ghi nhận đơn vị đã phối hợp tốt với lực lượng … tỉnh X
# (Lào) trong tuần tra song phương" recalls exchanges, it reports none (the visit it is said on is a domestic one).
# (or congratulated on it: "chúc mừng tỉnh đã tổ chức thành công chuyến thăm tỉnh X vừa qua")
PRAISE_WORDS = ("ghi nhận", "đánh giá cao", "biểu dương", "khen ngợi", "tuyên dương", "chúc mừng")
PRAISED_RE = re.compile(r"(?<!\w)(?:ghi nhận|đánh giá cao|biểu dương|khen ngợi|tuyên dương|chúc mừng)(?!\w)[^.;:!?\n]*?"
                        r"(?<!\w)(?:đã|thời gian qua|những năm qua|trong năm qua)(?!\w)[^.;:!?\n]*$")  # (a headline's is its own)

# Who attended, listed: "Tham dự buổi lễ có …", "Dự chương trình có ông …; bà …", "Dự có …" — guests named in the
# list are at the event (not "sự tham dự của hàng trăm bà con", nor students who "tham dự hội thi").
ATTENDANCE_RE = re.compile(  # (it starts with "dự", so the engine skips to each "dự" at once)
    r"dự(?:(?<=\btham dự)|(?<=\bđến dự)|(?<=\bdự)(?=\s+(?:lễ|buổi|chương trình|hội nghị|hội thảo|lễ hội|đêm|tiệc|sự kiện|cuộc"
    r"|đại hội|tọa đàm|mít tinh|triển lãm|hội chợ|liên hoan|hội diễn|họp mặt|gặp mặt|khai mạc|bế mạc|có)\b))"
    r"(?:\s+[^\s.,;:]+){0,5}?\s+có\b"
)

# Gifts counted out: "trao 200 suất quà", "tặng 50 bộ máy tính", "trao tặng 10 tấn gạo".
# (matched right after each "trao "/"tặng ", found by a plain search: a scan of every digit costs more)
COUNTED_GIFT_RE = re.compile(r"\s*\d[\d.,]*\s+(?:suất|phần|bộ|chiếc|tấn|thùng|món|xuất|căn|ngôi|cơ số|tủ|máy|xe|con|cuốn|bức|kg"
                             r"|cây|liều|bao|hộp|lô|đầu sách)(?!\w)")

# Money handed over, however the sentence words it: "trao 3 tỷ đồng hỗ trợ …", "ủng hộ 500 triệu đồng".
# (the sum is found first: a pattern that starts with a digit skips the rest of the text at once)
MONEY_HINTS = (" tỷ", " triệu", "000 đồng", "usd", "kíp")  # (cheap checks before the scan)
AMOUNT_RE = re.compile(r"\d[\d.,]*\s*(?:triệu|tỷ|nghìn|ngàn)?\s*(?:đồng|usd|kíp)\b")
# (whom it goes to may stand between, with its country: "hỗ trợ tỉnh Hủa Phăn (Lào) 2 tỷ đồng")
AID_VERB_RE = re.compile(r"\b(?:trao|hỗ trợ|ủng hộ|tặng|chuyển)\s+(?:[^\s.;:]+\s+){0,6}?$")
