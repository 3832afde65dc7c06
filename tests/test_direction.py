"""Who crossed the border, on sentences written for these tests in the press's shapes."""

from datetime import UTC, datetime

import pytest

from huunghi.classify.visit import extract_visit

PUB = datetime(2025, 4, 12, 3, 0, tzinfo=UTC)


def way(title: str, body: str) -> str:
    return extract_visit(title, body, published=PUB).direction


@pytest.mark.parametrize("title,body,expected", [
    # a venue in a Vietnamese city that is no province's name
    ("Nghệ An và Thủ đô Viêng Chăn ký thỏa thuận hợp tác",
     "Cuộc hội đàm giữa tỉnh Nghệ An và Thủ đô Viêng Chăn (Lào) diễn ra sáng 10/4, tại TP. Vinh.", "la_to_vn"),
    ("Hội hữu nghị hai tỉnh kết nghĩa",
     "Hôm 9/4, tại thành phố Buôn Ma Thuột, hội hữu nghị của tỉnh Sê Kông (Lào) và hội hữu nghị của tỉnh Đắk Lắk ký văn bản hợp tác mới.", "la_to_vn"),
    # the object of a visit verb hosts; the delegation named after "của" travels
    ("Lãnh đạo tỉnh Quảng Trị tiếp khách Lào",
     "Chiều 9/4, Phó Tỉnh trưởng tỉnh Xa La Văn cùng đoàn cán bộ đã đến chào xã giao Thường trực Tỉnh ủy tỉnh Quảng Trị.", "la_to_vn"),
    ("Biên phòng chúc mừng đơn vị bạn",
     "Ngày 8/4, cán bộ Đồn Biên phòng Nậm Cắn đã đến thăm, chúc mừng và tặng quà một đơn vị bảo vệ biên giới của Bộ Chỉ huy Quân sự tỉnh Xiêng Khoảng (Lào).", "vn_to_la"),
    ("Lãnh đạo tỉnh Hủa Phăn đánh giá cao chuyến thăm",
     "Ngày 9/4, lãnh đạo tỉnh Hủa Phăn cảm ơn chuyến thăm hữu nghị của đoàn cấp cao tỉnh Thanh Hóa.", "vn_to_la"),
    # the countries themselves
    ("Thủ tướng Lào sẽ thăm chính thức Việt Nam",
     "Từ ngày 15-17/4, người đứng đầu Chính phủ Lào và phu nhân sẽ thăm chính thức nước Cộng hòa xã hội chủ nghĩa Việt Nam.", "la_to_vn"),
    # the visitor "hội kiến" a host leader: no reception of the one named after it
    ("Thủ tướng hội kiến lãnh đạo Lào",
     "Chiều 10/4, tại Thủ đô Viêng Chăn, Thủ tướng Trần Văn Minh đã hội kiến Chủ tịch Quốc hội Lào.", "vn_to_la"),
    ("Cử chuyên gia giúp bạn chống dịch",
     "Ngày 3/4, Bộ Quốc phòng cử đội chuyên gia y tế sang Lào và trao tặng vật tư y tế cho Lào.", "vn_to_la"),
    # the kind of exchange when nothing else speaks
    ("Chúc Tết Bunpimay tỉnh bạn", "Nhân dịp Tết cổ truyền Bunpimay, lãnh đạo tỉnh Điện Biên chúc Tết lãnh đạo tỉnh Phông Sa Lỳ ngày 9/4.", "vn_to_la"),
    # the guest welcomed, whatever the delegation is called; regards sent to a city are no visit to it
    ("Hợp tác hai thủ đô", "Tại buổi tiếp, Đô trưởng Thủ đô Viêng Chăn chào mừng phái đoàn thành phố Cần Thơ sang có chuyến công "
     "tác tại Lào, gửi lời thăm hỏi đến lãnh đạo thành phố Cần Thơ.", "vn_to_la"),
    # who gives a banquet hosts it; a national day celebrated at a Vietnamese square is held there
    ("Dự chiêu đãi", "Tối 6/1, Chủ tịch nước Trần Văn An dự tiệc chiêu đãi do Tổng Bí thư, Chủ tịch nước Lào chủ trì tại "
     "Phủ Chủ tịch Lào.", "vn_to_la"),
    ("Phó Chủ tịch nước Lào dự lễ", "Phó Chủ tịch nước Lào đã dự Lễ kỷ niệm 80 năm Quốc khánh tại Quảng trường Ba Đình "
     "sáng 2/9.", "la_to_vn"),
    # remains searched for in Laos are buried at home, with the Lao guests there
    ("Lễ an táng hài cốt liệt sĩ", "Sáng 16/5, lãnh đạo tỉnh Hà Tĩnh và tỉnh Khăm Muồn (Lào) cùng nhân dân huyện Hương Khê tổ chức "
     "lễ truy điệu và an táng 20 hài cốt liệt sĩ quân tình nguyện hy sinh tại Lào.", "la_to_vn"),
    # nobody crossed
    ("Giao nhận hài cốt liệt sĩ", "Sáng 9/4, tại cửa khẩu quốc tế Lao Bảo, hai tỉnh Quảng Trị và Xa Vẳn Na Khệt (Lào) làm lễ giao nhận hài cốt của 7 liệt sĩ.", "none"),
    ("Chúc mừng Quốc khánh Lào", "Nhân Quốc khánh Lào, chiều 1/12 một Thứ trưởng Bộ Ngoại giao tới chúc mừng Đại sứ quán Lào tại Hà Nội.", "none"),
    # a Lao governor who receives the delegation hosts it, whatever the delegation is (a company, named in full)
    ("Tỉnh trưởng Xiêng Khoảng tiếp đoàn doanh nghiệp", "Ngày 9/4, Tỉnh trưởng tỉnh Xiêng Khoảng đã tiếp đoàn công tác của Tập "
     "đoàn Công nghiệp - Viễn thông Quân đội (Viettel) do Phó Tổng Giám đốc dẫn đầu.", "vn_to_la"),
    # care or a show given to the people of a Lao district is given there
    ("Đội y tế khám bệnh cho nhân dân Lào", "Từ ngày 8 đến 10/4, đoàn y, bác sĩ Bệnh viện Quân y 4 đã khám bệnh, cấp thuốc miễn "
     "phí cho hơn 1.000 người dân huyện Noọng Hét, tỉnh Xiêng Khoảng (Lào).", "vn_to_la"),
    # our province's leaders calling on Lao students who live here cross nothing
    ("Tặng quà lưu học sinh Lào", "Chiều 9/4, lãnh đạo tỉnh Nghệ An đã đến thăm, tặng quà lưu học sinh Lào đang học tập tại "
     "Trường Đại học Vinh nhân dịp Tết cổ truyền Bunpimay.", "none"),
    # our ambassador, named by his name, presenting his credentials lives there
    ("Trình Quốc thư", "Ngày 9/4, tại Phủ Chủ tịch ở Thủ đô Viêng Chăn, Đại sứ Nguyễn Minh Tâm đã trình Quốc thư lên Chủ tịch "
     "nước CHDCND Lào Thongloun Sisoulith.", "none"),
    # Laos's ambassador, named in full, lives here: calling on a province is no crossing
    ("Đại sứ Lào thăm tỉnh", "Ngày 6/3, Chủ tịch UBND tỉnh Hưng Yên tiếp Đại sứ đặc mệnh toàn quyền nước CHDCND Lào tại Việt "
     "Nam đến thăm, làm việc tại tỉnh.", "none"),
    # a delegation gone to a district or town of the other side crossed to it (told after the day's work at home: "Chiều
    # cùng ngày, … đã sang huyện X, tỉnh Y (Lào), hội đàm …"; a district the gazetteer does not know, its province after it)
    ("Bí thư Tỉnh ủy Nghệ An làm việc tại huyện Kỳ Sơn",
     "Ngày 15/5, Bí thư Tỉnh ủy Nghệ An đã kiểm tra tình hình tại huyện biên giới Kỳ Sơn. Chiều cùng ngày, đoàn công tác đã sang "
     "huyện Noọng Hét, tỉnh Xiêng Khoảng (Lào), hội đàm với lãnh đạo huyện bạn.", "vn_to_la"),
    ("Tin đối ngoại", "Chiều 15/5, đoàn đại biểu tỉnh Nghệ An đã đến thị xã Phôn Xạ Vẳn, tỉnh Xiêng Khoảng (Lào), làm việc với lãnh "
     "đạo tỉnh bạn.", "vn_to_la"),
    ("Tin đối ngoại", "Chiều 15/5, đoàn công tác huyện Noọng Hét, tỉnh Xiêng Khoảng (Lào) đã sang huyện Kỳ Sơn, tỉnh Nghệ An, hội "
     "đàm với lãnh đạo huyện.", "la_to_vn"),
    ("Tin đối ngoại", "Chiều 15/5, lãnh đạo tỉnh Quảng Trị đã tới huyện Mường Mày, tỉnh Phông Sa Lỳ (Lào) hội đàm với lãnh đạo sở "
     "tại.", "vn_to_la"),
])
def test_who_crossed(title, body, expected):
    assert way(title, body) == expected


def test_what_was_only_wished_for_is_no_journey():
    body = ("Sáng 11/4, Bí thư Tỉnh ủy Lai Châu tiếp xã giao Đoàn đại biểu tỉnh U Đôm Xay (Lào) sang thăm và làm việc tại tỉnh.\n"
            "Hai bên trao đổi tình hình mỗi tỉnh. Đồng chí đề nghị xây dựng tour du lịch từ Lai Châu sang U Đôm Xay.\n"
            "Đồng chí cũng mời lãnh đạo tỉnh U Đôm Xay sang thăm tỉnh Lai Châu vào dịp thích hợp.\n"
            "Tỉnh sẽ cử đoàn sang thăm tỉnh U Đôm Xay trong năm tới.\n"
            "Đoàn cũng dự kiến sang thăm tỉnh Luông Pha Bang.")
    assert way("Lai Châu tiếp đoàn tỉnh U Đôm Xay", body) == "la_to_vn"


def test_where_people_study_or_fell_is_not_the_venue():
    body = ("Sáng 10/4, đoàn cán bộ tỉnh Hà Tĩnh sang thăm tỉnh Khăm Muồn (Lào). Đoàn thăm các lưu học sinh Lào đang học tập tại Hà Tĩnh "
            "trước khi lên đường, và tưởng niệm các liệt sĩ hy sinh tại Lào.")
    assert way("Hà Tĩnh thăm Khăm Muồn", body) == "vn_to_la"


def test_where_workers_have_jobs_is_not_the_venue():
    body = ("Chiều 9/4, đoàn Ủy ban Kinh tế Quốc hội Lào làm việc với lãnh đạo tỉnh Hà Tĩnh. Doanh nghiệp của tỉnh đã nộp "
            "ngân sách và tạo việc làm cho lao động tại các huyện của Lào.")
    info = extract_visit("Làm việc với đoàn Quốc hội nước bạn", body, published=PUB)
    assert info.direction == "la_to_vn", info.direction_reasons


@pytest.mark.parametrize("spelling,canonical", [
    ("Sạ-vẳn-na-khệt", "Xa Vẳn Na Khệt"), ("Savănnakhệt", "Xa Vẳn Na Khệt"), ("Bolykhăm xay", "Bô Ly Khăm Xay"),
    ("Borikhamxay", "Bô Ly Khăm Xay"), ("SaLaVan", "Xa La Văn"), ("Chăm Pa Sắk", "Chăm Pa Xắc"), ("Khammuon", "Khăm Muồn"),
    # Lao romanisations: a silent final e, "nh" for n, the r of "Prabang"
    ("Xaysomboune", "Xay Sổm Bun"), ("Savanhnakhet", "Xa Vẳn Na Khệt"), ("Luang Phabang", "Luông Pha Bang"),
])
def test_lao_provinces_however_transliterated(spelling, canonical):
    info = extract_visit(f"Đoàn tỉnh {spelling} thăm Sơn La",
                         f"Ngày 9/4, Đoàn đại biểu tỉnh {spelling} (Lào) sang thăm và làm việc tại tỉnh Sơn La.", published=PUB)
    assert info.lao_parties == [canonical]
    assert info.direction == "la_to_vn"


def test_a_sound_alike_vietnamese_phrase_is_no_lao_province():
    info = extract_visit("Đoàn tỉnh Hủa Phăn thăm Sơn La",
                         "Ngày 9/4, Đoàn đại biểu tỉnh Hủa Phăn (Lào) sang thăm tỉnh Sơn La; nông dân dùng bò kéo xe chở sa la văn nghệ.",
                         published=PUB)
    assert info.lao_parties == ["Hủa Phăn"]


def test_with_nothing_said_the_commoner_way_and_never_none_for_a_visit():
    provincial = extract_visit("Hai tỉnh gặp gỡ hữu nghị", "Ngày 9/4, đoàn đại biểu tỉnh Sơn La và đoàn đại biểu tỉnh Hủa Phăn (Lào) "
                               "có buổi gặp mặt, giao lưu hữu nghị.", published=PUB)
    assert provincial.direction == "la_to_vn"
    assert any("commoner way" in r for r in provincial.direction_reasons)
    national = extract_visit("Hai nước gặp gỡ", "Ngày 9/4, đoàn đại biểu Bộ Ngoại giao và đoàn đại biểu Bộ Ngoại giao Lào có buổi "
                             "gặp mặt, giao lưu hữu nghị.", published=PUB)
    assert national.direction == "vn_to_la"


def test_who_took_part_coming_from_a_lao_side_came_and_a_border_post_of_ours_is_no_national_body():
    came = extract_visit("Giải bóng chuyền hữu nghị", "Ngày 9/4, Đồn Biên phòng Mường Típ tổ chức giải bóng chuyền hữu nghị với sự "
                         "tham gia của 6 đội đến từ các đơn vị biên phòng và Đại đội bảo vệ biên giới của tỉnh Xiêng Khoảng (Lào).",
                         published=PUB)
    assert came.direction == "la_to_vn" and any(r.startswith("came from") for r in came.direction_reasons), came.direction_reasons
    # nothing said: a border post of ours, its province unnamed, meets as a province's would (the Lao unit comes)
    post = extract_visit("Hai đơn vị gặp gỡ", "Ngày 9/4, Đồn Biên phòng Mường Típ và Đại đội bảo vệ biên giới 301 tỉnh Xiêng "
                         "Khoảng (Lào) có buổi gặp mặt, giao lưu hữu nghị.", published=PUB)
    assert post.direction == "la_to_vn", post.direction_reasons


def test_learners_taken_in_came_those_keeping_their_new_year_here_did_not():
    taken_in = extract_visit("Tăng cường hợp tác y tế", "Sở Y tế tỉnh Hà Tĩnh vừa tiếp nhận 15 y, bác sĩ của tỉnh Khăm Muồn "
                             "(Lào) sang đào tạo ngắn hạn tại các bệnh viện tuyến tỉnh. Lễ khai giảng khóa học diễn ra sáng 10/4.",
                             published=PUB)
    assert taken_in.direction == "la_to_vn", taken_in.direction_reasons
    living_here = extract_visit("Vui Tết Bunpimay", "Sáng 10/4, Trường Đại học Hà Tĩnh tổ chức Tết cổ truyền Bunpimay cho 200 lưu "
                                "học sinh Lào đang học tập tại trường, có lãnh đạo Sở Ngoại vụ tỉnh dự.", published=PUB)
    assert living_here.direction == "none", living_here.direction_reasons



@pytest.mark.parametrize("body,expected", [
    ("Ngày 9/4, tại trụ sở Ủy ban chính quyền tỉnh, lãnh đạo tỉnh Chăm Pa Xắc (Lào) hội đàm với đoàn đại biểu tỉnh Gia Lai.", "vn_to_la"),
    ("Ngày 9/4, đoàn công tác tỉnh Hà Tĩnh sang thăm tỉnh bạn Khăm Muồn, gặp gỡ lãnh đạo tỉnh.", "vn_to_la"),
    ("Ngày 9/4, lãnh đạo tỉnh Quảng Trị hội đàm với tỉnh Xa La Văn (Lào); dự có Đại sứ Việt Nam tại Lào.", "vn_to_la"),
    ("Ngày 9/4, lãnh đạo tỉnh Quảng Trị hội đàm với tỉnh Xa La Văn (Lào); dự có Đại sứ Lào tại Việt Nam.", "la_to_vn"),
    ("Ban Dân vận Tỉnh ủy Lai Châu vừa trao đổi kinh nghiệm với Ban Tuyên truyền Tỉnh ủy U Đôm Xay tại tỉnh bạn.", "vn_to_la"),
])
def test_lao_institutions_the_friend_province_and_the_ambassadors_present(body, expected):
    assert way("Hội đàm hai tỉnh", body) == expected


@pytest.mark.parametrize("body,relevant", [
    # Vietnam's leaders carry no country in their title; a Vietnamese full name after it says whose;
    # an ambassador's farewell call is an exchange
    ("Ngày 10/4, Thủ tướng Trần Văn Minh tiếp Đại sứ Lào tại Việt Nam đến chào từ biệt.", True),
    ("Sáng 10/4, Phó Chủ tịch nước Lê Thị Hoa đã tiếp đoàn đại biểu Bộ Giáo dục và Thể thao Lào.", True),
    # a Lao leader's title, however unqualified, is no Vietnamese party
    ("Ngày 10/4, Thủ tướng Sonexay Siphandone tiếp Đại sứ Lào tại Thái Lan.", False),
])
def test_a_vietnamese_leader_named_by_an_unqualified_title_is_the_vietnamese_side(body, relevant):
    from huunghi.classify.relevance import classify

    c = classify("Tiếp khách", body, None, PUB)
    assert c.relevant is relevant, c.reasons
    assert any(r.startswith("Vietnamese party:") for r in c.reasons) is relevant


def test_the_guest_of_a_banquet_crossed():
    from huunghi.classify.direction import direction
    from huunghi.classify.relevance import classify as _classify

    c = _classify("Tiệc chiêu đãi", "Tối 17/9, Chủ tịch nước chủ trì tiệc chiêu đãi Tổng Bí thư, Chủ tịch nước Lào và Phu nhân.")
    way, why = direction(c.document, c.key_sentences[0])
    assert way == "la_to_vn" and any(w.startswith("guest of a banquet") for w in why), why


def test_a_market_or_trade_in_laos_is_no_venue():
    from huunghi.classify.direction import direction
    from huunghi.classify.relevance import classify as _classify

    c = _classify("Hội nghị giao thương", "Ngày 24/1, nhiều hợp tác xã tỉnh Quảng Trị đã mở rộng giao thương tại "
                  "thị trường Lào, cho biết tại hội nghị.")
    _, why = direction(c.document, None, True)
    assert not any("Lào" in w and w.startswith("in/to") for w in why), why


def test_a_verb_ends_the_venue():
    from huunghi.classify.direction import direction
    from huunghi.classify.relevance import classify as _classify

    c = _classify("Tuần lễ sản phẩm", "Ngày 24/1, tại TPHCM khai mạc Tuần lễ sản phẩm doanh nghiệp Lào, với Tổng Lãnh sự Lào.")
    _, why = direction(c.document, None, True)
    assert 'in/to "Lào"' not in why and 'in/to "TPHCM"' in why, why


def test_a_districts_province_is_its_address_not_a_list_of_hosts():
    v = extract_visit("Tiếp đoàn huyện bạn", "Ngày 14/5, lãnh đạo huyện Con Cuông (Nghệ An) tiếp đoàn cán bộ huyện Khăm "
                      "Cợt, tỉnh Bô Ly Khăm Xay (Lào) sang trao đổi kinh nghiệm quản lý biên giới.",
                      published=datetime(2025, 5, 15, tzinfo=UTC))
    assert v.direction == "la_to_vn" and not any(w.startswith("host") for w in v.direction_reasons), v.direction_reasons


@pytest.mark.parametrize("body", [
    # the provincial youth union is no delegation: the Lao youth came to its camp
    "Từ ngày 12-14/7, Tỉnh đoàn Quảng Trị tổ chức trại hè hữu nghị với thanh niên tỉnh Savannakhet tại huyện Hướng Hóa.",
    # nor is the Youth Union's own name
    "Ngày 12/7, thanh niên tỉnh Savannakhet dự trại hè của Đoàn Thanh niên tỉnh Quảng Trị tổ chức "
    "tại huyện Hướng Hóa.",
])
def test_a_youth_union_is_no_delegation(body):
    v = extract_visit("Trại hè hữu nghị", body, published=datetime(2025, 7, 15, tzinfo=UTC))
    assert not any(w == 'delegation of "Quảng Trị"' for w in v.direction_reasons), v.direction_reasons


@pytest.mark.parametrize("body", [
    "Từ ngày 3-5/8, Đồn Biên phòng Mường Típ phối hợp với Đại đội 2, Tiểu đoàn 4, Bộ Chỉ huy Quân sự tỉnh Xiêng Khoảng "
    "tổ chức tuần tra song phương đoạn biên giới từ mốc 410 đến mốc 416.",
    "Ngày 3/8, Trung đoàn 9 tỉnh Xiêng Khoảng và Đồn Biên phòng Mường Típ tuần tra chung đoạn biên giới hai bên quản lý.",
])
def test_an_army_unit_patrolling_from_its_post_is_no_delegation(body):
    v = extract_visit("Tuần tra chung bảo vệ biên giới", body, published=datetime(2025, 8, 6, tzinfo=UTC))
    assert v.direction == "none" and not any("delegation" in w for w in v.direction_reasons), v.direction_reasons


@pytest.mark.parametrize("body", [
    "Ngày 5/12, đoàn công tác tỉnh Điện Biên trao 200 suất quà cho học sinh nghèo huyện Mường Mày, tỉnh Phông Sa Lỳ.",
    "Ngày 10/10, Bộ Chỉ huy Quân sự tỉnh Nghệ An bàn giao công trình nhà văn hóa cho tỉnh Xay Sổm Bun (Lào).",
    # care given to the people of a Lao place: the doctors went there
    "Ngày 2/6, đoàn y bác sĩ Bệnh viện Đa khoa tỉnh Bình Định khám bệnh, cấp thuốc miễn phí cho người dân huyện Phu Vông, tỉnh Át Tạp Pư.",
])
def test_gifts_to_people_who_live_in_laos_and_buildings_there_were_brought_there(body):
    v = extract_visit("Trao tặng", body, published=PUB)
    assert v.direction == "vn_to_la" and any(w.startswith("handed over there") for w in v.direction_reasons), v.direction_reasons


@pytest.mark.parametrize("body,reason", [
    # embassy-to-embassy greetings in a third country: relevant, nobody crossed between the two
    ("Ngày 10/4, tại Phnôm Pênh, Đại sứ quán Việt Nam tại Campuchia phối hợp với Đại sứ quán Lào tổ chức giao lưu chúc "
     "Tết Bunpimay.", "in a third country"),
    # a television bridge between the two capitals
    ("Tối 18/7, chương trình cầu truyền hình kỷ niệm ngày thiết lập quan hệ ngoại giao được tổ chức đồng thời tại Hà Nội "
     "và Thủ đô Viêng Chăn với sự tham gia của lãnh đạo hai nước.", 'nobody travelled: "cầu truyền hình"'),
    # a meeting where the three countries' borders meet
    ("Ngày 15/6, tại ngã ba biên giới, Bộ đội Biên phòng tỉnh Kon Tum và lực lượng bảo vệ biên giới tỉnh Át Tạp Pư (Lào) "
     "tổ chức giao lưu hữu nghị.", "at the border line"),
    # … or at a boundary marker
    ("Ngày 15/6, tại khu vực cột mốc 621, Bộ đội Biên phòng tỉnh Kon Tum và lực lượng bảo vệ biên giới tỉnh Át Tạp Pư (Lào) "
     "hội đàm về tình hình biên giới.", "at the border line"),
])
def test_a_third_country_or_a_television_bridge_crosses_nothing(body, reason):
    from huunghi.classify.relevance import classify as _classify

    c = _classify("Giao lưu", body)
    v = extract_visit("Giao lưu", body, published=PUB)
    assert c.relevant and v.direction == "none" and any(w.startswith(reason) for w in v.direction_reasons), (c.reasons,
                                                                                                          v.direction_reasons)


def test_a_ceremony_is_held_where_its_tai_says_and_an_address_ends_at_the_other_side():
    ground = extract_visit("Khởi công trường học", "Ngày 2/3, UBND thành phố Đà Nẵng tổ chức lễ khởi công xây dựng trường "
                           "học hữu nghị tại tỉnh Sê Kông (Lào).", published=PUB)
    assert ground.direction == "vn_to_la", ground.direction_reasons
    signing = extract_visit("Hai tỉnh ký kết", "Chiều 7/8, tại thành phố Savannakhet, tỉnh Quảng Trị và tỉnh Savannakhet ký "
                            "kết biên bản ghi nhớ hợp tác giai đoạn 2024-2028.", published=PUB)
    assert signing.direction == "vn_to_la" and 'in/to "Quảng Trị"' not in signing.direction_reasons, signing.direction_reasons


def test_a_vietnamese_named_building_followed_by_laos_is_laos_own():
    v = extract_visit("Dự khai mạc kỳ họp", "Sáng 14/5, tại Nhà Quốc hội Lào, Chủ tịch Quốc hội Việt Nam dự lễ khai mạc kỳ "
                      "họp thứ 7 Quốc hội Lào khóa IX.", published=PUB)
    assert v.direction == "vn_to_la", v.direction_reasons


def test_viet_nams_own_resident_mission_in_laos_crosses_nothing():
    v = extract_visit("Đại sứ làm việc với tỉnh bạn", "Ngày 14/5, Đại sứ Việt Nam tại Lào Trần Văn Hòa đã làm việc với lãnh "
                      "đạo tỉnh Bò Kẹo về hợp tác giáo dục.", published=PUB)
    assert v.direction == "none", v.direction_reasons
    # a provincial delegation the ambassador goes along with did cross
    with_delegation = extract_visit("Đoàn Lai Châu làm việc tại Bò Kẹo", "Ngày 14/5, đoàn đại biểu tỉnh Lai Châu cùng Đại sứ "
                                    "Việt Nam tại Lào đã làm việc với lãnh đạo tỉnh Bò Kẹo.", published=PUB)
    assert with_delegation.direction == "vn_to_la", with_delegation.direction_reasons
    # its own reception there: the Lao leaders who come to it are at home too
    reception = extract_visit("Chiêu đãi mừng Quốc khánh ở Viêng Chăn", "Tối 1/9, tại Thủ đô Viêng Chăn, Đại sứ quán Việt "
                              "Nam tại Lào trọng thể tổ chức tiệc chiêu đãi mừng Quốc khánh. Dự có Phó Thủ tướng Lào và đại diện "
                              "nhiều bộ, ngành của nước bạn.", published=PUB)
    assert reception.direction == "none", reception.direction_reasons
    # … the guests listed in a sentence of their own after it, the mission placed by the headline only
    listed = extract_visit("Đại sứ quán Việt Nam tại Lào kỷ niệm Quốc khánh", "Tối 1/9, tại Thủ đô Viêng Chăn, Đại sứ quán "
                           "Việt Nam tổ chức lễ kỷ niệm Quốc khánh. Dự lễ có Phó Thủ tướng Lào cùng đại diện các bộ, ngành "
                           "của Lào.", published=PUB)
    # (and the capital that only sets the scene is no side: the country whose leader came is)
    assert (listed.direction, listed.lao_parties) == ("none", ["Lào"]), listed.direction_reasons


def test_a_condolence_call_at_laos_s_embassy_here_crosses_nothing_wherever_the_embassy_is_named():
    for body in ("Sáng 20/6, đoàn đại biểu thành phố Hải Phòng đã đến viếng nguyên Chủ tịch nước Lào tại Đại sứ quán Lào ở Hà Nội.",
                 "Sáng 20/6, tại Đại sứ quán Lào ở Hà Nội, đoàn đại biểu thành phố Hải Phòng đã đến viếng nguyên Chủ tịch nước Lào."):
        v = extract_visit("Viếng nguyên Chủ tịch nước Lào", body, published=PUB)
        assert v.direction == "none", (body, v.direction_reasons)


def test_viet_nams_ambassador_arriving_or_leaving_his_post_lives_there():
    title = "Chủ tịch nước Lào tiếp Đại sứ Việt Nam"
    body = ("Chiều 3/4, tại Phủ Chủ tịch nước ở Thủ đô Viêng Chăn, Chủ tịch nước Lào đã tiếp Đại sứ Việt Nam Lê Văn Hải "
            "đến chào từ biệt trước khi về nước.")
    v = extract_visit(title, body, published=PUB)
    # (the palace in Vientiane is Laos's; the headline's ambassador makes no place of the body's Laos)
    assert (v.direction, v.lao_parties, v.vn_parties) == ("none", ["Lào"], ["Việt Nam"]), v.direction_reasons
    # the palace named with the city it stands in is Laos's, whoever is received there
    guests = extract_visit("Gặp mặt", "Chiều 3/4, tại Phủ Chủ tịch nước ở Thủ đô Viêng Chăn, Chủ tịch nước Lào đã gặp mặt "
                           "Bí thư Tỉnh ủy Điện Biên.", published=PUB)
    assert guests.direction == "vn_to_la", guests.direction_reasons


@pytest.mark.parametrize("title,body", [
    ("Lãnh đạo tỉnh chúc mừng Quốc khánh Lào", "Nhân kỷ niệm 49 năm Quốc khánh nước CHDCND Lào, ngày 29/11, đoàn đại biểu tỉnh "
     "Quảng Trị đã đến chúc mừng Tổng Lãnh sự quán Lào tại Đà Nẵng. Tổng Lãnh sự cảm ơn tình cảm của lãnh đạo tỉnh."),
    ("Chúc Tết Bunpimay", "Sáng 12/4, đoàn đại biểu Bộ Ngoại giao đã đến thăm, chúc Tết Bunpimay Đại sứ quán Lào tại Hà Nội."),
    # a late leader of Laos mourned at the embassy here: whom they mourned is no destination
    ("Viếng nguyên Thủ tướng Lào", "Sáng 2/4, đoàn đại biểu Quốc hội Việt Nam đã đến viếng nguyên Thủ tướng nước Lào tại Đại "
     "sứ quán Lào ở Hà Nội và ghi sổ tang."),
])
def test_a_delegation_calling_on_laos_mission_here_crossed_nothing(title, body):
    v = extract_visit(title, body, published=PUB)
    assert v.direction == "none", v.direction_reasons


def test_what_was_visited_lies_where_tai_says_and_a_signed_document_s_venue_is_past():
    school = extract_visit("Thăm trường hữu nghị", "Ngày 9/4, Bí thư Tỉnh ủy Thanh Hóa đã đến thăm Trường Hữu nghị Thanh Hóa "
                           "tại tỉnh Hủa Phăn (Lào) và tặng quà nhà trường.", published=PUB)
    assert school.direction == "vn_to_la"
    assert 'goes to: "đến thăm … Hủa Phăn"' in school.direction_reasons, school.direction_reasons
    review = extract_visit("Hai tỉnh đánh giá hợp tác", "Ngày 10/4, tại tỉnh Hủa Phăn, lãnh đạo tỉnh Thanh Hóa và tỉnh Hủa "
                           "Phăn đánh giá kết quả thực hiện biên bản ký ngày 5/6/2024 tại thành phố Thanh Hóa, tỉnh Thanh Hóa.",
                           published=PUB)
    assert review.direction == "vn_to_la", review.direction_reasons


@pytest.mark.parametrize("title,body,expected", [
    # a school handed over to a Lao district's government was built there
    ("Bàn giao trường học tặng tỉnh bạn", "Ngày 8/4, lãnh đạo thành phố Đà Nẵng bàn giao Trường Tiểu học Hữu nghị cho chính "
     "quyền huyện Đác Chưng, tỉnh Sê Kông.", "vn_to_la"),
    # the side glad to have come is the visitor
    ("Giao lưu công đoàn hai nước", "Chiều 9/4, đại diện phía Lào cho biết rất vui khi được sang thăm Công đoàn ngành Giáo "
     "dục tỉnh Nghệ An.", "la_to_vn"),
    ("Giao lưu công đoàn hai nước", "Chiều 9/4, đại diện Công đoàn ngành Giáo dục tỉnh Nghệ An bày tỏ vui mừng được sang "
     "thăm và làm việc với Liên hiệp Công đoàn tỉnh Xiêng Khoảng.", "vn_to_la"),
    # the province that holds the ceremony hosts it, whatever its kind says
    ("Tiễn đưa hài cốt liệt sĩ về nước", "Ngày 9/4, chính quyền và nhân dân tỉnh Át Tạp Pư trang trọng tổ chức lễ tiễn "
     "đưa 12 hài cốt liệt sĩ quân tình nguyện Việt Nam về nước.", "vn_to_la"),
    ("Đón hài cốt liệt sĩ", "Ngày 10/4, tỉnh Quảng Ngãi tổ chức lễ truy điệu 12 hài cốt liệt sĩ quy tập tại tỉnh Át Tạp Pư, "
     "có đại diện lãnh đạo tỉnh Át Tạp Pư dự.", "la_to_vn"),
    # a joint subject says nothing of who hosts
    ("Hai tỉnh kỷ niệm ngày kết nghĩa", "Ngày 9/4, tỉnh Quảng Ngãi và tỉnh Át Tạp Pư tổ chức lễ kỷ niệm 30 năm kết nghĩa "
     "tại thành phố Sa Mạc Khi Xay.", "vn_to_la"),
])
def test_a_building_handed_over_the_side_glad_to_have_come_and_the_ceremony_s_host(title, body, expected):
    assert way(title, body) == expected


@pytest.mark.parametrize("title,body,expected", [
    # the party whose journey follows its name set off, whoever received it
    ("Tiếp Thứ trưởng An ninh nước bạn", "Chiều 8/4, Bộ trưởng Bộ Công an Trần Văn Khải tiếp Thứ trưởng Bộ An ninh Lào "
     "Khăm Phăn Sỉ Vông nhân dịp sang dự hội nghị sơ kết hợp tác an ninh.", "la_to_vn"),
    ("Gặp gỡ lãnh đạo hai tỉnh", "Ngày 9/4, Tỉnh trưởng tỉnh Át Tạp Pư Lẹt Xay Nha Văn tiếp Bí thư Tỉnh ủy Kon Tum Dương "
     "Văn Trang nhân dịp đến thăm và làm việc.", "vn_to_la"),
    ("Thứ trưởng Quốc phòng nước bạn thăm đơn vị", "Ngày 10/4, Thứ trưởng Bộ Quốc phòng Lào Vông Xay Lạ Kham nhân dịp "
     "sang dự diễn đàn hợp tác đã đến thăm Bộ Tư lệnh Quân khu 4.", "la_to_vn"),
    # a culture week is named for whose culture it shows, and held where its "tại" says
    ("Tuần Văn hóa nước bạn", "Thứ trưởng Bun Khăm sẽ dẫn đầu đoàn đại biểu và nghệ sĩ Bộ Thông tin, Văn hóa và Du lịch "
     "Lào thăm, làm việc tại Việt Nam và chủ trì Tuần Văn hóa Lào tại Việt Nam năm nay.", "la_to_vn"),
    # … even when only its name says so, the host city named as an organiser
    ("Khai mạc Tuần Văn hóa nước bạn tại thành phố biển", "Tối 6/6, tại quảng trường ven biển, Bộ Thông tin, Văn hóa và Du "
     "lịch Lào phối hợp với UBND thành phố Đà Nẵng khai mạc Tuần Văn hóa Lào với nhiều tiết mục múa truyền thống.", "la_to_vn"),
    ("Những ngày văn hóa của ta ở nước bạn", "Tối 3/10, Bộ Văn hóa, Thể thao và Du lịch phối hợp với Bộ Thông tin, Văn hóa "
     "và Du lịch Lào khai mạc Những ngày Văn hóa, Du lịch Việt Nam năm nay.", "vn_to_la"),
])
def test_the_party_the_journey_follows_set_off_and_a_culture_week_is_whose_culture(title, body, expected):
    assert way(title, body) == expected


def test_a_visited_party_does_not_set_off_with_its_visitors():
    # the journey after the host's name is the visiting delegation's
    info = extract_visit("Chào xã giao lãnh đạo tỉnh", "Ngày 8/4, Phó Tỉnh trưởng tỉnh Sê Kông cùng đoàn công tác đã đến "
                         "chào xã giao lãnh đạo tỉnh Quảng Nam nhân dịp đoàn sang thăm và làm việc.", published=PUB)
    assert info.direction == "la_to_vn"
    assert not any("sets off" in r and "Quảng Nam" in r for r in info.direction_reasons), info.direction_reasons


@pytest.mark.parametrize("title,body,expected", [
    # Lao learners living here, at a graduation or their new year: nobody crossed for it
    ("Bế giảng lớp lý luận cho học viên nước bạn", "Ngày 8/4, Trường Chính trị tỉnh Quảng Trị tổ chức lễ bế giảng và "
     "trao bằng tốt nghiệp cho 40 học viên Lào đến từ tỉnh Xa Vẳn Na Khệt.", "none"),
    ("Lưu học sinh vui Tết cổ truyền", "Ngày 9/4, Hội Hữu nghị Việt - Lào tỉnh Nghệ An tổ chức đón Tết Bunpimay cho 300 "
     "lưu học sinh Lào đang học tập tại tỉnh.", "none"),
    # their arrival is a crossing, and so is a delegation that came to greet them
    ("Tiếp nhận lưu học sinh tỉnh bạn", "Sáng 2/10, Trường Đại học Vinh tổ chức lễ tiếp nhận 30 lưu học sinh tỉnh Hủa Phăn "
     "(Lào) sang học tập năm học mới.", "la_to_vn"),
    ("Chúc Tết lưu học sinh", "Ngày 11/4, đoàn đại biểu tỉnh Hủa Phăn (Lào) sang thăm, chúc Tết Bunpimay lưu học sinh "
     "Lào đang học tập tại tỉnh Thanh Hóa.", "la_to_vn"),
    # a graduation held in Laos is the Vietnamese teachers' journey
    ("Trao bằng tại tỉnh bạn", "Ngày 8/4, tại tỉnh Xiêng Khoảng, Trường Đại học Vinh trao bằng tốt nghiệp cho 40 lưu học "
     "sinh Lào theo học chương trình liên kết.", "vn_to_la"),
])
def test_lao_learners_living_here_at_a_ceremony_of_their_own_crossed_nothing(title, body, expected):
    assert way(title, body) == expected


def test_what_is_sent_goes_not_who_sends_it():
    body = ("Ngày 8/4, lãnh đạo tỉnh Quảng Trị gửi điện thăm hỏi tới tỉnh Xa Vẳn Na Khệt (Lào) sau trận lũ. Chiều cùng ngày, "
            "tại trụ sở UBND tỉnh, Phó Chủ tịch UBND tỉnh tiếp đoàn cán bộ tỉnh Xa Vẳn Na Khệt.")
    info = extract_visit("Quảng Trị chia sẻ khó khăn với tỉnh bạn", body, published=PUB)
    assert not any(r.startswith('goes to: "tới') for r in info.direction_reasons), info.direction_reasons
    assert info.direction == "la_to_vn"


@pytest.mark.parametrize("title,body,expected", [
    # national venues and airports name the country the talks were held in
    ("Hội kiến Tổng Bí thư", "Chiều 8/4, Thủ tướng Lào Sonexay Siphandone đã hội kiến Tổng Bí thư Tô Lâm tại Trụ sở "
     "Trung ương Đảng.", "la_to_vn"),
    ("Hội kiến tại Viêng Chăn", "Chiều 8/4, Tổng Bí thư Tô Lâm hội kiến Tổng Bí thư Thongloun Sisoulith tại Trụ sở Trung "
     "ương Đảng Nhân dân Cách mạng Lào.", "vn_to_la"),
    ("Phó Thủ tướng nước bạn đến Hà Nội", "Tối 8/4, Phó Thủ tướng Lào Saleumxay Kommasith đáp máy bay xuống sân bay quốc tế "
     "Nội Bài, bắt đầu chuyến thăm.", "la_to_vn"),
    # a ceremony held where "ở" says
    ("Dự lễ khánh thành công viên", "Ngày 8/4, Tổng Bí thư Tô Lâm và Tổng Bí thư, Chủ tịch nước Lào Thongloun Sisoulith dự "
     "lễ khánh thành Công viên Hữu nghị Lào - Việt Nam ở Viêng Chăn.", "vn_to_la"),
    # a minister named by his portfolio alone is Viet Nam's ministry, with "Lào" after it Laos's
    ("Hội đàm Bộ trưởng Ngoại giao", "Ngày 8/4, tại Viêng Chăn, Bộ trưởng Ngoại giao Bùi Thanh Sơn hội đàm với Bộ trưởng "
     "Ngoại giao Lào Thongsavanh Phomvihane.", "vn_to_la"),
])
def test_national_venues_airports_o_and_ministers_by_portfolio(title, body, expected):
    assert way(title, body) == expected


@pytest.mark.parametrize("title,body,expected", [
    # the handover of works built for a Lao province is held where they stand, whoever organises it
    ("Bàn giao trường học", "Ngày 8/4, tỉnh Điện Biên tổ chức lễ bàn giao công trình trường học cho tỉnh Phông Sa Lỳ (Lào).",
     "vn_to_la"),
    # a gift handed over where "tại" says
    ("Trao tặng trang thiết bị", "Ngày 8/4, Công an tỉnh Nghệ An trao tặng trang thiết bị trị giá 2 tỷ đồng cho Sở An ninh "
     "tỉnh Xiêng Khoảng tại thành phố Phôn Xa Vẳn.", "vn_to_la"),
])
def test_works_handed_over_stand_in_laos_and_a_gift_is_handed_over_where_tai_says(title, body, expected):
    assert way(title, body) == expected


def test_a_meeting_beside_a_summit_in_a_city_named_with_its_country_crosses_nothing():
    assert way("Thủ tướng gặp Thủ tướng Lào bên lề Hội nghị Cấp cao ASEAN",
               "Chiều 10/4, tại Jakarta (Indonesia), bên lề Hội nghị Cấp cao ASEAN, Thủ tướng Phạm Văn Tâm đã gặp Thủ tướng "
               "Lào. Hai Thủ tướng nhất trí đẩy nhanh các dự án kết nối giao thông.") == "none"
    # the country after a comma, or a capital known alone, says the same
    for venue in ("Kuala Lumpur, Malaysia", "Thủ đô Jakarta, Indonesia", "Mátxcơva", "New York"):
        assert way("Thủ tướng gặp Thủ tướng Lào", f"Chiều 10/4, tại {venue}, nhân dịp dự hội nghị quốc tế, Thủ tướng Phạm Văn "
                   "Tâm đã gặp Thủ tướng Lào.") == "none", venue
    # a Lao city named with its country is the other side's
    assert way("Thủ tướng hội đàm với Thủ tướng Lào",
               "Chiều 10/4, tại Viêng Chăn (Lào), Thủ tướng Phạm Văn Tâm đã hội đàm với Thủ tướng Lào.") == "vn_to_la"


def test_our_embassy_s_national_day_reception_in_laos_crosses_nothing():
    # the country whose day it is ("Quốc khánh nước CHXHCN Việt Nam") is no Vietnamese party travelling
    assert way("Đại sứ quán Việt Nam tại Lào kỷ niệm Quốc khánh",
               "Tối 1/4, tại Viêng Chăn, Đại sứ quán Việt Nam tại Lào tổ chức lễ kỷ niệm Quốc khánh nước CHXHCN Việt Nam. Đến "
               "dự có Phó Thủ tướng Lào cùng đại diện nhiều bộ, ngành của Lào.") == "none"


def test_viet_nam_s_missions_named_by_where_they_sit_are_no_venue():
    # a resident Lao ambassador's call, where he speaks of "các cơ quan đại diện của Việt Nam tại Lào": nobody crossed
    assert way("Bí thư Tỉnh ủy tiếp Đại sứ Lào",
               "Chiều 10/4, Bí thư Tỉnh ủy Hà Nam tiếp Đại sứ Lào tại Việt Nam đến chào xã giao. Đại sứ cho biết Đại sứ quán "
               "luôn phối hợp chặt chẽ với các cơ quan đại diện của Việt Nam tại Lào.") == "none"


@pytest.mark.parametrize("title,body", [
    ("Đại sứ tiếp Bộ trưởng Lào", "Ngày 10/4, tại Viêng Chăn, Đại sứ Việt Nam tại Lào đã tiếp Bộ trưởng Bộ Giáo dục và Thể thao Lào "
     "đến chúc Tết."),
    ("Tổng Lãnh sự tiếp Tỉnh trưởng", "Ngày 10/4, Tổng Lãnh sự Việt Nam tại Xa Vẳn Na Khệt đã tiếp Tỉnh trưởng tỉnh Xa Vẳn Na Khệt "
     "đến chúc Tết."),
    ("Đại sứ tiếp đoàn tỉnh Luông Pha Bang", "Ngày 10/4, Đại sứ Việt Nam tại Lào đã tiếp đoàn đại biểu tỉnh Luông Pha Bang do Phó "
     "Tỉnh trưởng dẫn đầu trước chuyến thăm Việt Nam."),
])
def test_our_mission_in_laos_receiving_crosses_nothing(title, body):
    assert way(title, body) == "none"


def test_our_mission_receiving_a_delegation_of_ours_bound_for_a_lao_province_is_still_its_trip():
    assert way("Đại sứ tiếp đoàn Nghệ An", "Ngày 10/4, Đại sứ Việt Nam tại Lào đã tiếp đoàn đại biểu tỉnh Nghệ An sang thăm và làm "
               "việc với tỉnh Xiêng Khoảng.") == "vn_to_la"


def test_remains_handed_over_at_a_border_gate_cross_nothing_whoever_holds_the_ceremony():
    assert way("Tiếp nhận hài cốt liệt sĩ", "Ngày 10/4, tại cửa khẩu quốc tế Cha Lo, tỉnh Quảng Bình tổ chức lễ tiếp nhận 10 hài cốt "
               "liệt sĩ do tỉnh Khăm Muồn (Lào) bàn giao.") == "none"
    # remains received in the Lao province itself: our team went there
    assert way("Tiếp nhận hài cốt liệt sĩ", "Ngày 10/4, tại huyện Bua La Pha, tỉnh Khăm Muồn (Lào), đội quy tập của tỉnh Quảng Bình đã "
               "tiếp nhận 10 hài cốt liệt sĩ do phía bạn bàn giao.") == "vn_to_la"


@pytest.mark.parametrize("body,expected", [
    # "tiếp kiến": the subject is received in audience by whom it names — the subject is the visitor
    ("Chiều 9/4, tại Viêng Chăn, Chủ tịch Hội Nông dân Việt Nam đã tiếp kiến Tổng Bí thư, Chủ tịch nước Lào.",
     "vn_to_la"),
    ("Chiều 9/4, tại Thủ đô Viêng Chăn, Phó Chủ tịch Quốc hội Việt Nam đã tiếp kiến Chủ tịch nước Lào.", "vn_to_la"),
    ("Chiều 9/4, tại Hà Nội, Phó Chủ tịch Quốc hội Lào đã tiếp kiến Tổng Bí thư Trần Minh Khôi.", "la_to_vn"),
])
def test_whom_a_visitor_is_received_in_audience_by_hosts(body, expected):
    assert way("Tin hoạt động đối ngoại", body) == expected


@pytest.mark.parametrize("body,expected", [
    # landing at an airport goes to where it lies
    ("Chiều 9/4, Chủ tịch Quốc hội Việt Nam và đoàn đại biểu cấp cao đã tới sân bay Wattay, thủ đô Viêng Chăn của Lào.", "vn_to_la"),
    # "chuyến thăm Việt Nam, …": the country is what is visited, not the party named after the comma
    ("Trong khuôn khổ chuyến thăm Việt Nam, ngày 9/4, Bộ trưởng Bộ Công an Lào đã hội kiến Chủ tịch nước Việt Nam.", "la_to_vn"),
])
def test_an_airport_reached_and_the_country_visited_say_where_the_trip_went(body, expected):
    assert way("Tin hoạt động đối ngoại", body) == expected


def test_mourning_a_lao_leader_at_his_embassy_here_crosses_nothing():
    assert way("Lãnh đạo tỉnh viếng nguyên Bộ trưởng Lào", "Ngày 9/4, đoàn đại biểu tỉnh Quảng Bình đã đến Đại sứ quán Lào tại Hà Nội "
               "viếng nguyên Bộ trưởng Quốc phòng Lào.") == "none"
    # (the one mourned, after the city the mission sits in, is no venue: "… tại Vinh viếng nguyên Phó Chủ tịch nước Lào")
    assert way("Lãnh đạo tỉnh viếng nguyên Phó Chủ tịch nước Lào", "Ngày 9/4, đoàn đại biểu tỉnh Nghệ An đã đến Tổng Lãnh sự quán Lào "
               "tại Vinh viếng nguyên Phó Chủ tịch nước Lào và ghi sổ tang.") == "none"
    # mourning him in Vientiane is a trip there
    assert way("Lãnh đạo tỉnh viếng nguyên Bộ trưởng Lào", "Ngày 9/4, tại Thủ đô Viêng Chăn, đoàn đại biểu tỉnh Quảng Bình đã viếng "
               "nguyên Bộ trưởng Quốc phòng Lào.") == "vn_to_la"


def test_gifts_carried_over_to_a_lao_place_went_there():
    body = ("Ngày 8/4, Hội Liên hiệp Phụ nữ tỉnh Sơn La đã sang trao 80 suất quà cho phụ nữ nghèo huyện Xốp Bâu, tỉnh Hủa Phăn "
            "(Lào) và làm việc với Hội Phụ nữ tỉnh bạn.")
    assert way("Phụ nữ Sơn La hỗ trợ phụ nữ tỉnh bạn", body) == "vn_to_la"


def test_a_fair_a_lao_consulate_opens_with_firms_come_from_laos_is_a_crossing_to_us():
    from huunghi.classify.relevance import classify

    title = "Khai mạc Tuần lễ sản phẩm doanh nghiệp Lào"
    body = ("Sáng 10/4, Tổng Lãnh sự quán Lào tại Đà Nẵng khai mạc Tuần lễ sản phẩm doanh nghiệp Lào tại công viên Biển Đông. Tuần "
            "lễ có 80 gian hàng của các doanh nghiệp đến từ các tỉnh của Lào. Trong khuôn khổ tuần lễ còn diễn ra hội thảo “Xúc tiến "
            "đầu tư vào tỉnh Champasak - Lào”.")
    c = classify(title, body, published=PUB)
    info = extract_visit(title, body, published=PUB, classification=c)
    assert c.relevant and info.direction == "la_to_vn", (c.reasons, info.direction_reasons)
    assert info.lao_parties == ["Tổng Lãnh sự quán Lào"], info.lao_parties
