"""The classifier on examples written for these tests (each hard-negative kind), and the quality gate."""

import math
from datetime import datetime

import pytest

from huunghi.classify.api import analyse_article
from huunghi.classify.dates import VN_TZ
from huunghi.classify.relevance import classify

JUNE_2024 = datetime(2024, 6, 10, 9, 0, tzinfo=VN_TZ)  # a page's publication, for the rules that read years

POSITIVE = {
    "visit_vn_to_la": ("Đoàn đại biểu Sơn La sang làm việc với tỉnh bạn Hủa Phăn",
                       "Ngày 5/3, Đoàn đại biểu tỉnh Sơn La, trưởng đoàn là đồng chí Nguyễn Văn Bình - Phó Chủ tịch UBND tỉnh, đã sang thăm, làm việc với tỉnh Hủa Phăn (Lào). Phó Tỉnh trưởng tỉnh Hủa Phăn đón đoàn."),
    "greeting": ("Lãnh đạo tỉnh Khăm Muộn chúc Tết Hà Tĩnh",
                 "Chiều 20/1, đoàn đại biểu tỉnh Khăm Muộn (Lào) đã qua chúc Tết lãnh đạo và bà con tỉnh Hà Tĩnh."),
    "aid": ("Quảng Trị trao tặng nhà văn hóa cho tỉnh Salavan",
            "Sáng 9/9, tỉnh Quảng Trị đã bàn giao, trao tặng nhà văn hóa trị giá 2 tỷ đồng cho bản Đông, tỉnh Salavan (Lào)."),
    "patrol": ("Tuần tra song phương trên biên giới Việt - Lào",
               "Ngày 14/4, Đồn Biên phòng Nậm Cắn (Nghệ An) phối hợp với Đại đội bảo vệ biên giới tỉnh Xiêng Khoảng (Lào) tổ chức tuần tra song phương."),
    "bunpimay": ("Bộ Chỉ huy Quân sự tỉnh Điện Biên chúc Tết Bunpimay tỉnh Phông Sa Lỳ",
                 "Nhân dịp Tết cổ truyền Bunpimay, ngày 10/4, đoàn công tác Bộ Chỉ huy Quân sự tỉnh Điện Biên đã sang thăm, chúc Tết Bộ Chỉ huy Quân sự tỉnh Phông Sa Lỳ."),
}

NEGATIVE = {
    "domestic_delegation": ("Đoàn công tác của Bộ Y tế làm việc với tỉnh Nghệ An",
                            "Ngày 5/3, Đoàn công tác của Bộ Y tế, Thứ trưởng dẫn đầu, đã đến làm việc với tỉnh Nghệ An. Phó Chủ tịch UBND tỉnh đón đoàn."),
    "other_country": ("Đắk Lắk đón đoàn tỉnh Mondulkiri sang chúc mừng năm mới",
                      "Sáng 14/2, lãnh đạo tỉnh Đắk Lắk đã đón tiếp đoàn công tác tỉnh Mondulkiri (Campuchia) sang thăm và chúc mừng năm mới. Hai bên bàn về phối hợp quản lý đường biên và giao thương nông sản."),
    "china": ("Cao Bằng và Quảng Tây bàn về thông quan hàng hóa",
              "Chiều 9/9, lãnh đạo tỉnh Cao Bằng đã có cuộc hội đàm với đoàn công tác thành phố Bách Sắc, Quảng Tây (Trung Quốc) về việc nâng cấp cặp cửa khẩu và thông quan nông sản."),
    "drugs": ("Bắt hai đối tượng vận chuyển heroin từ Lào",
              "Bộ đội Biên phòng tỉnh Sơn La cho biết vừa bắt quả tang hai đối tượng chở thuê 3 bánh heroin từ Lào vào Việt Nam theo lối mòn. Tang vật đã bị thu giữ."),
    "football": ("Đội tuyển U23 Việt Nam gặp U23 Lào",
                 "Tối nay, đội tuyển U23 Việt Nam bước vào trận đấu với U23 Lào tại vòng loại. HLV trưởng tin tưởng các tiền đạo sẽ ghi nhiều bàn thắng."),
    "economy": ("Giá hàng hóa ở Lào leo thang",
                "Giá gạo và dầu ăn tại các chợ ở Lào tăng mạnh trong quý, lạm phát vượt hai con số, tỷ giá đồng kíp so với đô la Mỹ tiếp tục mất giá và giá xăng chưa có dấu hiệu hạ nhiệt."),
    "lao_cai": ("Lào Cai đón đoàn công tác tỉnh Yên Bái",
                "Ngày 3/5, lãnh đạo tỉnh Lào Cai đã tiếp đoàn công tác của tỉnh Yên Bái sang thăm và làm việc về du lịch."),
    "essay": ("Tình hữu nghị Việt Nam - Lào mãi mãi xanh tươi",
              "Nhìn lại lịch sử, quan hệ Việt Nam - Lào là mối quan hệ đặc biệt, thủy chung, trong sáng. Truyền thống ấy được vun đắp qua nhiều thế hệ; kỷ niệm các ngày lễ lớn là dịp ôn lại trang sử vẻ vang."),
    "laos_alone": ("Lào thông qua luật đầu tư sửa đổi",
                   "Sáng 3/12, các đại biểu Quốc hội Lào đã biểu quyết thông qua luật khuyến khích đầu tư sửa đổi, với đa số phiếu tán thành; Thủ tướng Chính phủ Lào phát biểu bế mạc phiên họp."),
    "border_only": ("Những người lính giữ mốc nơi đại ngàn",
                    "Đơn vị biên phòng ở xã vùng cao của tỉnh Điện Biên phụ trách 14 cột mốc trên gần 40 km đường biên giới với nước bạn Lào; ngày đêm cán bộ, chiến sĩ bám trụ, tuần tra giữ vững chủ quyền."),
}


def _refused(c, reason: str) -> None:
    """Not relevant, and for the reason given."""
    assert not c.relevant and reason in c.reasons, c.reasons


def _refused_by_the_rules(c) -> None:
    """Not relevant, and not for the learned half's sake: the rules alone read it as no exchange."""
    assert not c.relevant and c.rule_score < 0.5, c.reasons


def _kept(c, unless: str) -> None:
    """Relevant, and no reason of the kind ``unless`` names went against it."""
    assert c.relevant and not any(unless in r for r in c.reasons), c.reasons


@pytest.mark.parametrize("name", sorted(POSITIVE))
def test_exchanges_are_kept_with_their_evidence(name):
    title, body = POSITIVE[name]
    c = classify(title, body)
    assert c.relevant, (name, c.reasons)
    assert c.score >= 0.5
    assert any(r.startswith("Lao party:") for r in c.reasons)
    assert any(r.startswith("exchange:") for r in c.reasons)


@pytest.mark.parametrize("name", sorted(NEGATIVE))
def test_look_alikes_are_refused(name):
    title, body = NEGATIVE[name]
    c = classify(title, body)
    assert not c.relevant, (name, c.score, c.reasons)
    assert c.event == "none"


def test_reasons_name_what_went_against():
    c = classify(*NEGATIVE["drugs"])
    assert any("crime or drug route" in r for r in c.reasons)
    c = classify(*NEGATIVE["other_country"])
    assert c.reasons == ["against: Laos is not named"] and c.learned_score is None
    c = classify("Đắk Lắk đón đoàn tỉnh Mondulkiri", "Sáng 14/2, lãnh đạo tỉnh Đắk Lắk đón tiếp đoàn công tác tỉnh Mondulkiri "
                 "(Campuchia) sang thăm. Đoàn công tác tỉnh Mondulkiri (Campuchia) trao đổi về hợp tác với Lào và Việt Nam.")
    assert any(r.startswith("against: the counterpart is another country") for r in c.reasons)
    c = classify(*NEGATIVE["laos_alone"])
    assert any("news about Laos alone" in r for r in c.reasons)


def test_reason_quotes_the_article():
    c = classify(*POSITIVE["visit_vn_to_la"])
    assert 'Lao party: "Hủa Phăn" (Hủa Phăn)' in c.reasons
    assert any('exchange: "' in r and '"' in r for r in c.reasons)


def test_event_kind():
    assert classify(*POSITIVE["visit_vn_to_la"]).event == "visit"
    assert classify(*POSITIVE["patrol"]).event == "other"


def test_deterministic():
    a = classify(*POSITIVE["aid"])
    b = classify(*POSITIVE["aid"])
    assert (a.relevant, a.score, a.reasons) == (b.relevant, b.score, b.reasons)


def test_operator_threshold(tmp_path):
    from huunghi.classify.gazetteer import load_gazetteer

    cfg = tmp_path / "c.yaml"
    cfg.write_text("threshold: 0.999\n")
    strict = load_gazetteer(cfg)
    assert not classify(*POSITIVE["greeting"], gazetteer=strict).relevant


def test_operator_cue_phrase(tmp_path):
    from huunghi.classify.gazetteer import load_gazetteer

    text = ("Hội hữu nghị tỉnh Nghệ An", "Ngày 2/2, Hội hữu nghị tỉnh Nghệ An song ca văn nghệ với tỉnh Bô Ly Khăm Xay.")
    assert not classify(*text).relevant
    cfg = tmp_path / "c.yaml"
    cfg.write_text("cues:\n  visit: [song ca văn nghệ]\n", encoding="utf-8")
    assert classify(*text, gazetteer=load_gazetteer(cfg)).relevant


def test_no_longer_cue_hides_the_exchange_in_a_shorter_one():
    # The cue scanner takes the longest phrase at a place, so a phrase must carry the exchange kinds
    # of every cue inside it ("hội nghị trực tuyến" is an online meeting *and* an exchange).
    import re

    from huunghi.classify.cues import CUES
    from huunghi.classify.text import key

    kinds: dict[str, set[str]] = {}
    for kind, phrases in CUES.items():
        for phrase in phrases:
            kinds.setdefault(key(phrase), set()).add(kind)
    exchange = {"visit", "signing", "other"}
    hidden = [(long, short) for long, lk in kinds.items() for short, sk in kinds.items()
              if short != long and re.search(rf"\b{re.escape(short)}\b", long) and (sk - lk) & exchange
              and not lk & exchange]
    assert hidden == []


def test_an_online_meeting_of_two_provinces_is_an_exchange():
    c = classify("Hội nghị trực tuyến Việt Nam - Lào",
                 "Ngày 14/3, tỉnh Sơn La và tỉnh Hủa Phăn (Lào) tổ chức hội nghị trực tuyến tổng kết công tác phối hợp.")
    assert c.relevant and c.event == "other"


def test_a_joint_patrol_whose_sides_a_semicolon_separates():
    body = ("Đội tuần tra phía Đồn Biên phòng cửa khẩu Cha Lo (Quảng Trị, Việt Nam) do Thiếu tá Lê Văn Hải làm đội trưởng; "
            "phía Đại đội Biên phòng 311, Bộ Chỉ huy Quân sự tỉnh Khăm Muồn (Lào) do Trung úy Bun Khăm dẫn đầu.\n"
            "Lực lượng biên phòng hai bên đã kiểm tra hệ thống mốc quốc giới và đường biên giới chung.")
    c = classify("Tuần tra song phương bảo vệ biên giới", body)
    assert c.relevant, c.reasons
    assert c.reasons[0] == 'Lao party: "Khăm Muồn" (Khăm Muồn)'


def test_laos_as_a_place_or_a_holiday_is_no_party():
    at_home = classify("Hội hữu nghị tỉnh gặp mặt kỷ niệm", "Sáng 1/12, Hội Hữu nghị Việt Nam - Lào tỉnh Nghệ An tổ chức gặp mặt "
                       "kỷ niệm 49 năm Quốc khánh nước CHDCND Lào. Dự buổi gặp mặt có các hội viên, cựu quân tình nguyện.")
    assert not at_home.relevant, at_home.reasons
    diaspora = classify("Lãnh đạo Hà Giang gặp Tổng Lãnh sự quán Việt Nam ở Pắc Xế",
                        "Tối 7/3, lãnh đạo tỉnh Hà Giang ghé Tổng Lãnh sự quán Việt Nam tại Chăm Pa Xắc, rồi thăm bà con "
                        "người Việt Nam tại tỉnh Chăm Pa Xắc.")
    kinds = {m.kind for m in diaspora.document.mentions("lao_province", "laos", "lao_body", "lao_place")}
    assert kinds == {"lao_place"}


@pytest.mark.parametrize("title,body", [
    ("Thăm dự án tại Lào", "Ngày 5/5, đoàn công tác tỉnh Gia Lai đã đến thăm dự án trồng cao su của Công ty cổ phần "
     "Nông nghiệp Tây Nguyên tại tỉnh Át Tạp Pư (Lào) và động viên công nhân."),
    ("Thăm gia đình cựu chuyên gia", "Ngày 13/1, Hội Hữu nghị tỉnh Hà Tĩnh thăm, tặng quà gia đình cựu chuyên gia giúp Lào."),
    ("Khởi công đường ra biên giới", "Ngày 14/2, UBND tỉnh Quảng Trị khởi công tuyến đường nối cửa khẩu với biên giới Lào."),
    ("Hội thảo xuất khẩu", "Ngày 8/8, Sở Công Thương tỉnh Quảng Trị tổ chức hội thảo xúc tiến xuất khẩu sang thị trường Lào."),
])
def test_a_company_s_site_an_expert_s_past_the_border_line_and_a_market_are_places(title, body):
    c = classify(title, body)
    assert not c.relevant, c.reasons


def test_the_vietnamese_community_s_bodies_named_for_where_they_live_name_a_place():
    c = classify("Gặp mặt kiều bào", "Tối 2/2, Hội người Việt Nam tỉnh Chăm Pa Xắc tổ chức gặp mặt đầu xuân; kiều bào Thủ đô "
                 "Viêng Chăn và câu lạc bộ đồng hương Xiêng Khoảng cũng về dự.")
    assert {m.kind for m in c.document.mentions("lao_province", "laos", "lao_body", "lao_place")} == {"lao_place"}
    assert not c.relevant, c.reasons


def test_a_hometown_association_of_ours_in_laos_names_a_place_and_its_gathering_is_no_exchange():
    # a province's delegation at its own natives' association's new-year gathering in the Lao capital
    c = classify("Hội đồng hương gặp mặt đầu xuân", "Ngày 15/2, tại Thủ đô Viêng Chăn, Hội đồng hương Quảng Bình tại Lào tổ "
                 "chức gặp mặt đầu xuân. Dự có đoàn công tác tỉnh Quảng Bình do Phó Chủ tịch UBND tỉnh dẫn đầu.")
    assert {m.kind for m in c.document.mentions("lao_province", "laos", "lao_body", "lao_place")} == {"lao_place"}
    assert not c.relevant, c.reasons
    # the same trip's meeting with a Lao province stays an exchange
    trip = classify("Đoàn tỉnh Quảng Bình thăm tỉnh Khăm Muồn", "Ngày 14/2, đoàn công tác tỉnh Quảng Bình đã thăm, chúc Tết "
                    "tỉnh Khăm Muồn (Lào); tiếp đoàn có Tỉnh trưởng tỉnh Khăm Muồn. Dịp này, đoàn gặp mặt Hội đồng hương "
                    "Quảng Bình tại Lào.")
    assert trip.relevant, trip.reasons


def test_the_country_of_a_place_where_vietnamese_are_is_a_place_too():
    c = classify("Đoàn tỉnh Nghệ An thăm kiều bào", "Ngày 18/6, đoàn công tác tỉnh Nghệ An đã đến thăm, tặng quà Hội người "
                 "Việt Nam tại tỉnh Xiêng Khoảng (Lào) và bà con kiều bào đang sinh sống tại đây.")
    assert not c.relevant, c.reasons
    assert {m.kind for m in c.document.mentions("lao_province", "laos", "lao_body", "lao_place")} == {"lao_place"}


def test_looking_back_over_years_reads_as_an_essay():
    c = classify("Nhìn lại chặng đường hợp tác", "Trong những năm qua, tỉnh Quảng Trị và tỉnh Savannakhet đã ký kết nhiều "
                 "biên bản ghi nhớ hợp tác. Mối quan hệ đặc biệt giữa hai tỉnh ngày càng phát triển.")
    assert any(r.startswith("against: reads as an essay") for r in c.reasons), c.reasons
    dated = classify("Quảng Trị và Savannakhet ký kết hợp tác", "Ngày 18/6, tỉnh Quảng Trị và tỉnh Savannakhet đã ký kết "
                     "biên bản ghi nhớ hợp tác. Trong những năm qua, quan hệ hai tỉnh ngày càng phát triển.")
    assert dated.relevant and not any(r.startswith("against: reads as an essay") for r in dated.reasons), dated.reasons


def test_a_delegation_calling_on_its_own_mission_in_laos_is_no_exchange():
    title = "Đoàn công tác tỉnh Hà Tĩnh thăm Đại sứ quán Việt Nam"
    body = ("Nhân dịp làm việc ở nước bạn Lào, chiều 9/5, đoàn công tác tỉnh Hà Tĩnh do Phó Chủ tịch UBND tỉnh "
            "dẫn đầu đã đến chào xã giao Đại sứ quán Việt Nam tại Lào. Đại sứ thông tin về tình hình hợp tác giữa "
            "các địa phương của Việt Nam và Lào.")
    c = classify(title, body)
    assert not c.relevant, c.reasons
    assert "against: the delegation meets Viet Nam's own mission or people in Laos, no Lao party" in c.reasons
    # the same trip's meeting with a Lao province stays an exchange, the embassy beside it or not
    met = classify("Đoàn công tác tỉnh Hà Tĩnh làm việc với tỉnh Khăm Muồn", body.replace(
        "chào xã giao Đại sứ quán Việt Nam tại Lào", "làm việc với lãnh đạo tỉnh Khăm Muồn, cùng dự có Đại sứ Việt Nam tại Lào"))
    assert met.relevant, met.reasons
    assert not any("own mission" in r for r in met.reasons)


def test_a_delegation_meeting_viet_nams_own_people_in_laos_is_no_exchange_unless_a_lao_office_is_met():
    workers = classify("Bộ trưởng thăm công nhân Việt Nam tại Lào", "Ngày 3/7, trong chuyến công tác tại Lào, Thứ trưởng Bộ "
                       "Công Thương đã đến thăm, động viên người lao động Việt Nam đang làm việc tại công trường thủy điện ở tỉnh "
                       "Xay Sổm Bun.")
    assert not workers.relevant and any("own mission or people" in r for r in workers.reasons), workers.reasons
    # the state visit's talks with Laos's head reported beside the community meeting are an exchange
    visit = classify("Chủ tịch nước gặp gỡ cộng đồng người Việt Nam tại Lào", "Tối 4/7, trong khuôn khổ chuyến thăm cấp Nhà nước "
                     "tới Lào, Chủ tịch nước đã gặp gỡ cộng đồng người Việt Nam tại Lào. Trước đó, Chủ tịch nước đã hội đàm với "
                     "Tổng Bí thư, Chủ tịch nước Lào Bun Khăm Vông.")
    _kept(visit, unless="own mission or people")


def test_a_lao_city_setting_the_scene_for_our_own_community_there_is_a_place():
    # the business association of Vietnamese firms in Laos holding its own review "tại Viêng Chăn"
    own = classify("Doanh nghiệp Việt ở nước bạn tổng kết năm", "Ngày 5/12, tại Viêng Chăn, Hiệp hội doanh nghiệp Việt Nam "
                   "tại Lào tổ chức hội nghị tổng kết năm; các hội viên đạt doanh thu hơn 2 tỷ USD.")
    _refused(own, "against: Laos is named only as a place or a topic, never as a party")
    # … while the capital's leaders it greets are a party
    greets = classify("Kiều bào chúc Tết chính quyền Thủ đô", "Ngày 10/4, tại Viêng Chăn, Hội người Việt Nam tại Lào đã đến "
                      "chúc Tết Bunpimay lãnh đạo chính quyền Thủ đô Viêng Chăn.")
    assert any(m.kind == "lao_province" for m in greets.document.mentions("lao_province")), greets.reasons


def test_a_lao_city_that_only_sets_the_scene_is_no_party_of_a_mission_meeting_its_people():
    # the embassy meets the community "tại Thủ đô Viêng Chăn": the capital is where, not whom
    body = ("Tối 1/9, tại Thủ đô Viêng Chăn, Đại sứ quán Việt Nam tại Lào tổ chức buổi gặp mặt đại diện cộng đồng người "
            "Việt Nam đang làm ăn, sinh sống ở Lào nhân dịp Quốc khánh. Đại sứ cảm ơn những đóng góp của bà con.")
    c = classify("Đại sứ quán gặp mặt bà con kiều bào dịp Quốc khánh", body)
    assert not c.relevant and any("own mission or people" in r for r in c.reasons), c.reasons
    # a delegation's talks with a Lao province on the same trip stay an exchange, the scene beside it or not
    trip = classify("Đoàn tỉnh Nghệ An chào Đại sứ quán Việt Nam tại Lào", "Ngày 5/6, tại Thủ đô Viêng Chăn, đoàn công tác "
                    "tỉnh Nghệ An đã đến chào Đại sứ quán Việt Nam tại Lào. Trước đó, ngày 4/6, đoàn đã hội đàm với lãnh đạo "
                    "tỉnh Xiêng Khoảng và ký biên bản ghi nhớ hợp tác.")
    _kept(trip, unless="own mission or people")
    # the province a trip is made to, set apart as its scene, is no party of a visit to a firm's workers …
    firm = ("Ngày 6/6, trong chuyến công tác tại tỉnh Át Tạp Pư, Bộ trưởng Bộ Nông nghiệp đã đến thăm, động viên công nhân "
            "của Tập đoàn Công nghiệp Cao su Việt Nam đang làm việc tại nông trường.")
    workers = classify("Bộ trưởng thăm người lao động ở nông trường", firm)
    assert not workers.relevant and any("own mission or people" in r for r in workers.reasons), workers.reasons
    # … unless its leaders are met, named by a title only Laos has
    met = classify("Bộ trưởng làm việc ở nước bạn", firm + " Cùng ngày, Bộ trưởng làm việc với Tỉnh trưởng về hợp tác.")
    _kept(met, unless="own mission or people")


def test_the_lao_friendship_association_is_a_lao_party_and_vn_names_viet_nam():
    c = classify("Giao lưu hữu nghị", "Ngày 12/4, đoàn đại biểu Hội Hữu nghị Lào - Việt Nam đã sang thăm và làm việc "
                 "với Liên hiệp các tổ chức hữu nghị tỉnh Bắc Ninh.")
    assert c.relevant, c.reasons
    assert c.reasons[0] == 'Lao party: "Hội Hữu nghị Lào - Việt Nam" (Lào)'
    # "VN" is Viet Nam: a Lao union visiting a Vietnamese one is no news about Laos alone
    union = classify("Công đoàn ngành tiếp đoàn Lào", "Đoàn Công đoàn ngành điện Lào gồm 8 đại biểu đã đến thăm và "
                     "làm việc với Công đoàn ngành Xây dựng VN. Hai bên trao đổi kinh nghiệm hoạt động công đoàn.")
    assert not any("news about Laos alone" in r for r in union.reasons), union.reasons


def test_more_vietnamese_national_bodies_and_their_lao_counterparts():
    from huunghi.classify.gazetteer import default_gazetteer
    from huunghi.classify.mentions import analyse

    doc = analyse("", "Bộ Tư pháp tiếp đoàn Bộ Tư pháp Lào; Hội Hữu nghị Việt Nam - Lào tỉnh Dak Lak dự.", default_gazetteer())
    found = [(m.kind, m.name) for m in doc.mentions("vn_body", "vn_province", "laos", "lao_body")]
    assert found == [("vn_body", "Bộ Tư pháp"), ("laos", "Lào"), ("vn_body", "Hội Hữu nghị Việt Nam - Lào"),
                     ("vn_province", "Đắk Lắk")]
    doc = analyse("", "Đoàn Bộ Tư lệnh Bộ đội Biên phòng chào Bộ trưởng Quốc phòng Lào.", default_gazetteer())
    assert [(m.kind, m.name) for m in doc.mentions("vn_body", "lao_body")] == [("vn_body", "Bộ Quốc phòng"),
                                                                                ("lao_body", "Bộ Quốc phòng Lào")]


@pytest.mark.parametrize("title,body", [
    ("Bồi dưỡng nghiệp vụ cho cán bộ nước bạn",
     "Ngày 6/5, Bộ Chỉ huy Bộ đội Biên phòng tỉnh Quảng Trị tập huấn nghiệp vụ cho 30 cán bộ Đại đội bảo vệ "
     "biên giới tỉnh Savannakhet (Lào)."),
    ("Khởi công trường học hữu nghị",
     "Sáng 9/3, UBND tỉnh Nghệ An và chính quyền tỉnh Xiêng Khoảng (Lào) khởi công Trường tiểu học hữu nghị."),
    ("Lãnh đạo thành phố viếng nguyên Chủ tịch nước Lào",
     "Chiều 21/8, lãnh đạo thành phố Đà Nẵng đến viếng và ghi sổ tang tại Tổng Lãnh sự quán Lào tại Đà Nẵng."),
    # a week of goods or a festival day the two sides hold
    ("Khai mạc tuần hàng", "Sáng 6/5, tại thành phố Vinh, Sở Công Thương tỉnh Nghệ An phối hợp với Sở Công Thương tỉnh "
     "Xiêng Khoảng (Lào) khai mạc tuần hàng nông sản."),
    ("Ngày hội biên giới", "Ngày 6/5, huyện Mường Lát (Thanh Hóa) và huyện Viêng Xay, tỉnh Hủa Phăn (Lào) cùng mở ngày hội "
     "văn hóa biên giới."),
])
def test_training_groundbreaking_and_condolences_are_exchanges(title, body):
    c = classify(title, body)
    assert c.relevant, c.reasons
    assert any(r.startswith("exchange:") for r in c.reasons)


def test_money_handed_over_and_talks_by_telephone_are_exchanges():
    aid = classify("Nghệ An hỗ trợ ba tỉnh Bắc Lào", "Ngày 8/8, tỉnh Nghệ An trao 3 tỷ đồng hỗ trợ ba tỉnh Bắc Lào là "
                   "Xiêng Khoảng, Hủa Phăn và Bô Ly Khăm Xay khắc phục hậu quả lũ lụt.")
    assert aid.relevant and 'exchange: "trao 3 tỷ đồng"' in aid.reasons, aid.reasons
    from huunghi.classify.direction import direction

    call = classify("Điện đàm cấp cao", "Chiều 3/6, Chủ tịch UBND tỉnh Sơn La đã điện đàm với Tỉnh trưởng tỉnh Hủa Phăn "
                    "(Lào) về phòng chống dịch bệnh trên tuyến biên giới.")
    assert 'exchange: "điện đàm"' in call.reasons and call.rule_score > 0.5, call.reasons
    assert direction(call.document, call.key_sentences[0]) == ("none", ['nobody travelled: "điện đàm"'])


def test_a_welcome_ceremony_for_a_state_visit_is_an_exchange():
    c = classify("Lễ đón Chủ tịch nước Lào", "Sáng 9/9, tại Phủ Chủ tịch, Chủ tịch nước chủ trì lễ đón chính thức Chủ tịch "
                 "nước Lào thăm cấp Nhà nước tới Việt Nam từ ngày 9 đến 11/9.")
    assert 'exchange: "lễ đón"' in c.reasons and c.rule_score > 0.5, c.reasons


def test_honours_conferred_and_a_border_post_as_the_vietnamese_side():
    honour = classify("Lễ trao Huân chương", "Chiều 11/11, tại Viêng Chăn, Nhà nước Lào trao Huân chương Tự do hạng Nhất "
                      "tặng Bộ Chỉ huy Quân sự tỉnh Sơn La.")
    assert 'exchange: "trao Huân chương"' in honour.reasons, honour.reasons
    patrol = classify("Tuần tra song phương", "Ngày 13/1, Đồn Biên phòng Thanh Thủy phối hợp với Đại đội 1, tỉnh Bô Ly Khăm "
                      "Xay tuần tra song phương đoạn biên giới hai bên quản lý.")
    _kept(patrol, unless="news about Laos alone")


def test_an_overview_of_past_signings_is_no_new_event():
    from datetime import datetime

    from huunghi.classify.dates import VN_TZ

    published = datetime(2024, 6, 10, 9, 0, tzinfo=VN_TZ)
    overview = classify("Nhìn lại các thỏa thuận", "Những năm qua, tỉnh Điện Biên và tỉnh Phông Sa Lỳ đã ký kết nhiều "
                        "thỏa thuận hợp tác. Năm 2015, hai tỉnh ký biên bản ghi nhớ; năm 2019, ký thỏa thuận về giáo dục.",
                        published=published)
    assert not overview.relevant, overview.reasons
    # (read as past years' exchanges, or as a span summed up: "Những năm qua," opens it)
    assert any(r.startswith("against:") and "(an overview" in r for r in overview.reasons), overview.reasons
    # a meeting that recalls a past signing is still today's meeting
    meeting = classify("Hai tỉnh làm việc", "Sáng nay, lãnh đạo tỉnh Điện Biên làm việc với đoàn tỉnh Phông Sa Lỳ. Hai bên "
                       "nhắc lại thỏa thuận ký năm 2019.", published=published)
    _kept(meeting, unless="past years")
    # what the two provinces do every year is a habit, not an event
    habit = classify("Điện Biên và Phông Sa Lỳ: hợp tác ngày càng bền chặt", "Năm 2020, tỉnh Điện Biên hỗ trợ tỉnh Phông Sa "
                     "Lỳ xây một trạm y tế. Hằng năm, lãnh đạo hai tỉnh Điện Biên và Phông Sa Lỳ hội đàm luân phiên.",
                     published=published)
    assert not habit.relevant, habit.reasons
    # a year in review: the months belong to the past year its paragraph opened with
    review = classify("Một năm nhiều dấu ấn", "Năm 2023 ghi dấu nhiều chuyến thăm cấp cao giữa hai nước. Tháng 2, Thủ tướng "
                      "Lào thăm chính thức Việt Nam; tháng 8, Chủ tịch Quốc hội Việt Nam thăm Lào. Kim ngạch tăng 12%.",
                      published=published)
    assert not review.relevant, review.reasons
    # "in the past ten years", "over the last term" look back just as "những năm qua" does
    for span in ("Trong 10 năm qua", "Nhiệm kỳ qua", "Ba thập kỷ qua"):
        decade = classify("Một chặng đường hợp tác", f"{span}, tỉnh Bắc Ninh và tỉnh Luổng Nặm Thà đã ký kết nhiều biên bản "
                          "hợp tác. Năm 2016, hai tỉnh ký thỏa thuận về nông nghiệp; năm 2021, ký biên bản về đào tạo.",
                          published=published)
        assert not decade.relevant, (span, decade.reasons)
    # (a new paragraph is its own time)
    today = classify("Đoàn Lào thăm Hà Tĩnh", "Năm 2023 ghi dấu nhiều chuyến thăm giữa hai tỉnh.\nTháng này, đoàn tỉnh Khăm "
                     "Muồn (Lào) sang thăm và làm việc tại Hà Tĩnh.", published=published)
    assert today.relevant, today.reasons


@pytest.mark.parametrize("title,body", [
    ("Làm việc với Tổng Lãnh sự quán Lào", "Ngày 13/5, lãnh đạo thành phố Đà Nẵng làm việc với Tổng Lãnh sự quán Lào tại Đà Nẵng "
     "về hợp tác năm 2025."),
    ("Tỉnh trưởng thăm Sơn La", "Ngày 15/7, đồng chí Bun Không, Ủy viên Trung ương Đảng Nhân dân Cách mạng Lào, Bí thư Tỉnh ủy, "
     "Tỉnh trưởng tỉnh Xay Nha Bu Ly thăm tỉnh Sơn La."),
    ("Tiệc chiêu đãi", "Tối 17/9, Chủ tịch nước chủ trì tiệc chiêu đãi Tổng Bí thư, Chủ tịch nước Lào và Phu nhân."),
    ("Đoàn Át Tạp Pư thăm Kon Tum", "Ngày 14/5, đoàn tỉnh Át Tạp Pư (Lào) thăm Kon Tum. Át Tạp Pư giáp ba nước."),
    # talks by their plainest words
    ("Bàn về cửa khẩu", "Sáng 3/10, Giám đốc Sở Công Thương tỉnh Hà Tĩnh đã thảo luận với Giám đốc Sở Công Thương tỉnh "
     "Bô Ly Khăm Xay về việc nâng cấp chợ biên giới."),
    # "gặp" with whom it meets after it
    ("Lãnh đạo hai tỉnh gặp nhau", "Chiều 3/10, đoàn tỉnh Xa La Văn (Lào) do Phó Tỉnh trưởng dẫn đầu đã đến gặp lãnh đạo "
     "tỉnh Quảng Trị."),
])
def test_plainer_words_of_a_meeting_count_when_nothing_clearer_is_said(title, body):
    c = classify(title, body)
    assert c.relevant and c.rule_score > 0.5, c.reasons


def test_meeting_difficulties_is_no_meeting():
    c = classify("Doanh nghiệp gặp khó", "Ngày 5/5, nhiều doanh nghiệp tỉnh Nghệ An đầu tư tại tỉnh Xiêng Khoảng (Lào) đã "
                 "gặp khó khăn do giá nhiên liệu tăng.")
    _refused_by_the_rules(c)


def test_plainer_words_never_move_the_key_sentence():
    body = ("Ngày 3/4, đoàn đại biểu tỉnh Hủa Phăn (Lào) sang thăm và làm việc tại tỉnh Thanh Hóa. "
            "Trước đó, đoàn đã làm việc với lãnh đạo tỉnh Nghệ An.")
    c = classify("Đoàn Hủa Phăn thăm Thanh Hóa", body)
    assert c.document.sentences[c.key_sentences[0]].text.startswith("Ngày 3/4")


def test_the_veterans_who_once_helped_laos_are_no_help_given_now():
    memoir = classify("Ký ức một thời quân tình nguyện", "Ông Trần Văn Lợi, Trưởng ban liên lạc Cựu quân tình nguyện và Chuyên "
                      "gia Việt Nam giúp bạn Lào huyện Yên Định, năm 1970 từng tham gia Chiến dịch giải phóng Xiêng Khoảng. Với ông, "
                      "\"giúp bạn là mình tự giúp mình\" là lời dặn không bao giờ quên.")
    _refused_by_the_rules(memoir)
    # help handed over now is still help
    aid = classify("Trao hỗ trợ", "Ngày 4/5, tỉnh Thanh Hóa giúp bạn Lào khắc phục hậu quả lũ lụt tại tỉnh Hủa Phăn.")
    assert aid.relevant, aid.reasons


def test_lao_guests_in_an_attendance_list_are_a_lao_party():
    body = ("Tối 8/10, tại Hà Nội diễn ra đêm giao lưu của thanh niên hai nước. Tham dự có ông Lê Văn Hòa, Phó Chủ tịch Hội "
            "Hữu nghị Việt Nam - Lào; ông Khamsing Vilay, Phó Chủ tịch Hội Hữu nghị Lào - Việt Nam; đại diện Đại sứ quán "
            "Lào tại Việt Nam.")
    c = classify("Đêm giao lưu thanh niên", body)
    assert c.relevant and any(r.startswith('exchange: "Tham dự') for r in c.reasons), c.reasons
    # a crowd's attendance lists nobody ("sự tham dự của hơn 500 bà con"), nor do students who take part in a contest
    crowd = classify("Đêm văn nghệ", "Tối 8/2, đêm văn nghệ có sự tham dự của hơn 500 bà con người Việt sinh sống "
                     "trên khắp nước Lào. Sinh viên Việt Nam tham dự hội thi cùng sinh viên nước Lào.")
    assert not any(r.startswith('exchange: "tham dự') for r in crowd.reasons), crowd.reasons
    # a domestic ceremony attended only by Vietnamese who once served in Laos names no Lao party
    home = classify("Kỷ niệm ngày truyền thống", "Sáng 8/10, Ban liên lạc tổ chức kỷ niệm ngày truyền thống. Tham dự có "
                    "các cựu chuyên gia Việt Nam tại Lào.")
    assert not home.relevant, home.reasons
    # the shortest list: "Dự có …"
    festival = classify("Khai mạc lễ hội", "Tối 14/5, tại Đại Nội, Festival Huế 2024 khai mạc. Dự có Phó Thủ tướng Lào "
                        "Xay Xổm Phon và đại diện các đoàn ngoại giao.")
    assert festival.relevant and any(r.startswith('exchange: "Dự có') for r in festival.reasons), festival.reasons


@pytest.mark.parametrize("title,body,relevant", [
    # where goods and roads go is no Lao party …
    ("Khởi công đường nối cửa khẩu", "Sáng 10/5, UBND tỉnh Quảng Bình khởi công dự án nâng cấp đường nối cửa khẩu với "
     "quốc lộ, tạo thuận lợi giao thương với tỉnh Khăm Muồn (Lào).", False),
    # … the same province as a party still is one
    ("Hai tỉnh bàn về giao thương", "Sáng 10/5, lãnh đạo tỉnh Quảng Bình hội đàm với đoàn tỉnh Khăm Muồn về giao thương "
     "qua cửa khẩu.", True),
    # … nor is where money goes
    ("Hội thảo đầu tư", "Ngày 12/5, Hiệp hội doanh nghiệp tỉnh Nghệ An tổ chức hội thảo giới thiệu cơ hội đầu tư tại Lào "
     "cho các hội viên.", False),
    # a patient from a Lao province is no reception ("tiếp nhận" is another verb) …
    ("Cứu sống bệnh nhân", "Ngày 13/11, Bệnh viện Đa khoa tỉnh Hà Tĩnh cho biết đã tiếp nhận và phẫu thuật thành công cho "
     "một bệnh nhân 45 tuổi quê tỉnh Bô Ly Khăm Xay (Lào) bị tai nạn lao động.", False),
    # … a delegation received is one
    ("Tiếp đoàn bạn", "Ngày 13/11, Phó Chủ tịch UBND tỉnh Hà Tĩnh đã tiếp đoàn công tác tỉnh Bô Ly Khăm Xay (Lào) sang làm "
     "việc về hợp tác y tế.", True),
])
def test_a_lao_province_where_goods_go_or_a_patient_comes_from_is_no_party_met_it_is(title, body, relevant):
    c = classify(title, body)
    assert c.relevant == relevant, c.reasons


def test_a_friendly_match_of_the_two_sides_units_is_an_exchange_a_national_teams_is_sport():
    units = classify("Giao hữu bóng đá biên phòng", "Chiều 20/3, Đồn Biên phòng Thông Thụ (BĐBP Nghệ An) và Đại đội bảo vệ "
                     "biên giới 291, tỉnh Hủa Phăn (Lào) giao hữu bóng đá chào mừng ngày thành lập Đoàn. Trận đấu sôi nổi, "
                     "tỷ số 2-2.")
    _kept(units, unless="football")
    teams = classify("Đội tuyển giao hữu", "Tối 20/3, đội tuyển Việt Nam giao hữu bóng đá với đội tuyển Lào. Trận đấu kết "
                     "thúc với tỷ số 3-0, tiền đạo số 9 ghi hai bàn thắng.")
    assert not teams.relevant, teams.reasons
    # … whatever the learned half reads: the rules alone refuse the country's team met in a city of ours
    futsal = classify("Tuyển futsal Việt Nam giao hữu với Lào", "Chiều 9/4, tại Nhà thi đấu Thành phố Hồ Chí Minh, đội tuyển "
                      "futsal Việt Nam có trận giao hữu với đội tuyển futsal Lào để chuẩn bị cho giải vô địch khu vực. Kết quả, "
                      "Việt Nam thắng 5-2.")
    _refused_by_the_rules(futsal)


def test_a_lao_leader_received_by_name_is_a_visit():
    c = classify("Tiếp Tỉnh trưởng Xay Nha Bu Ly", "Ngày 5/7, Bí thư Tỉnh ủy Sơn La tiếp đồng chí Khăm Phăn Vông Xay, Ủy viên "
                 "Trung ương Đảng Nhân dân Cách mạng Lào, Bí thư Tỉnh ủy, Tỉnh trưởng tỉnh Xay Nha Bu Ly.")
    assert c.relevant and c.event == "visit" and 'exchange: "tiếp đồng chí"' in c.reasons, c.reasons


def test_a_title_before_a_lao_name_is_the_lao_leader():
    from huunghi.classify.gazetteer import default_gazetteer
    from huunghi.classify.mentions import analyse

    doc = analyse("Mít tinh", "Buổi mít tinh ở Viêng Chăn có Chủ tịch nước Lào và Thủ tướng Chính phủ Bounmy Keomany "
                  "cùng dự. Từ Hà Nội, Thủ tướng Chính phủ Phạm Văn An gửi lẵng hoa chúc mừng.", default_gazetteer())
    bodies = [(m.text, m.name) for m in doc.mentions("vn_body", "laos")]
    assert ("Thủ tướng Chính phủ", "Lào") in bodies and ("Thủ tướng Chính phủ", "Chính phủ") in bodies, bodies


def test_a_title_someone_takes_is_no_vietnamese_leader():
    c = classify("Lào bầu Thủ tướng", "Ngày 12/3, các đại biểu Quốc hội Lào bầu ông Somphet Inthavong làm Thủ tướng thay "
                 "người tiền nhiệm. Ông Somphet trở thành Thủ tướng mới của Lào với 140 phiếu thuận.")
    assert not c.document.mentions("vn_body") and not c.relevant, c.reasons


def test_a_visit_to_laos_announced_in_the_headline():
    c = classify("Chủ tịch nước thăm Lào", "Chuyến thăm sẽ diễn ra theo lời mời của Tổng Bí thư, Chủ tịch nước Cộng hòa "
                 "Dân chủ Nhân dân Lào. Đây là chuyến công du nước ngoài đầu tiên trong năm.")
    assert c.relevant and c.rule_score > 0.5 and 'exchange: "thăm Lào"' in c.reasons, c.reasons
    # friendly football of the Lao embassy's team with a ministry's is an exchange too
    match = classify("Giao lưu bóng đá", "Chiều 15/5, Đại sứ quán Lào tại Việt Nam tổ chức giao lưu bóng đá với đội bóng "
                     "Bộ Ngoại giao Việt Nam. Trận đấu sôi nổi, tỷ số 3-3, các cầu thủ ghi bàn thắng đẹp.")
    _kept(match, unless="football")


def test_a_later_item_of_a_tag_page_lends_no_topic():
    page = ("Đoàn đại biểu tỉnh Xiêng Khoảng thăm Nghệ An\nSáng 12/3, đoàn đại biểu tỉnh Xiêng Khoảng do Tỉnh trưởng dẫn "
            "đầu đã thăm và làm việc tại Nghệ An.\nBắt giữ đối tượng vận chuyển ma túy từ Lào\nNgày 15/3, Đồn Biên phòng "
            "bắt đối tượng vận chuyển 2 bánh heroin từ tỉnh Hủa Phăn.")
    c = classify("Thẻ: Lào", page)
    _kept(c, unless="crime")
    # a drug report that only names a Lao province stays one
    drugs = classify("Bắt đối tượng", "Ngày 15/3, Đồn Biên phòng bắt đối tượng vận chuyển 2 bánh heroin từ tỉnh Hủa Phăn. "
                     "Đối tượng khai nhận mua ma túy của một người Lào.")
    assert not drugs.relevant, drugs.reasons


@pytest.mark.parametrize("title,body", [
    # a Vietnamese leader at the Lao embassy's reception (direction none: the embassy is resident)
    ("Dự Quốc khánh Lào", "Tối 1/12, tại Hà Nội, Phó Chủ tịch nước dự lễ kỷ niệm Quốc khánh Lào do Đại sứ quán Lào tổ chức."),
    # a plan signed by two ministries
    ("Hai bộ ký kế hoạch", "Chiều 3/4, Bộ Y tế Việt Nam và Bộ Y tế Lào đã ký kế hoạch hợp tác năm 2024 về đào tạo bác sĩ."),
])
def test_attending_a_lao_ceremony_and_signing_a_plan_are_exchanges(title, body):
    c = classify(title, body)
    assert c.relevant, c.reasons


def test_a_memoir_of_a_visit_decades_ago_is_no_new_event():
    from datetime import datetime

    from huunghi.classify.dates import VN_TZ

    published = datetime(2024, 12, 10, 9, 0, tzinfo=VN_TZ)
    memoir = classify("Ký ức về chuyến thăm lịch sử", "Tháng 3/1977, Chủ tịch Lào dẫn đầu đoàn đại biểu cấp cao sang thăm "
                      "Việt Nam. Chuyến thăm đã để lại nhiều dấu ấn sâu sắc trong lòng nhân dân hai nước.", published=published)
    assert not memoir.relevant and any("past years" in r for r in memoir.reasons), memoir.reasons
    # a visit on an anniversary is today's visit, whatever the anniversary's dates
    visit = classify("Chúc mừng tỉnh bạn", "Hướng tới 50 năm thành lập lực lượng biên phòng tỉnh bạn (5/3/1974 - 5/3/2024), "
                     "cán bộ Đồn Biên phòng Tam Hợp đã sang thăm, tặng quà Đại đội biên phòng tỉnh Bô Ly Khăm Xay. Hai "
                     "bên cũng trao đổi tình hình trên tuyến biên giới.", published=published)
    assert visit.relevant, visit.reasons


def test_lao_tourists_or_workers_are_no_lao_party():
    c = classify("Khách du lịch Lào tham quan Phong Nha", "Dịp Tết Bunpimay, hàng nghìn du khách Lào đã đến tham quan động "
                 "Phong Nha - Kẻ Bàng, tỉnh Quảng Bình.")
    assert not c.relevant, c.reasons


def test_a_visit_of_last_year_looked_back_on_is_no_new_event():
    from datetime import datetime

    from huunghi.classify.dates import VN_TZ

    c = classify("Nhìn lại chuyến thăm của Chủ tịch nước tới Lào", "Tháng 7 năm ngoái, Chủ tịch nước đã có chuyến thăm cấp Nhà "
                 "nước tới Lào. Trong chuyến thăm, hai bên đã ký kết 10 văn kiện hợp tác. Một năm qua, các văn kiện đó đã được "
                 "triển khai hiệu quả.", published=datetime(2025, 7, 20, 9, 0, tzinfo=VN_TZ))
    _refused(c, "against: every exchange it opens with lies in past years (an overview, no new event)")


def test_years_summed_up_at_a_sentence_s_opening_report_no_one_exchange():
    c = classify("Tổng kết 10 năm thực hiện Hiệp định biên giới", "Sáng 14/11, BĐBP tỉnh Quảng Bình họp tổng kết mười năm thi "
                 "hành hiệp định quản lý biên giới giữa hai nước. Trong 10 năm, các đồn biên phòng đã "
                 "phối hợp với lực lượng bảo vệ biên giới Lào tuần tra song phương 400 lần.")
    _refused(c, "against: exchanges with Laos are only summed up over a span of time (an overview)")
    after = classify("Sau 5 năm thực hiện thỏa thuận", "Sau 5 năm thực hiện, hai tỉnh Quảng Bình và Khăm Muồn đã ký kết 3 "
                     "biên bản hợp tác, trao đổi 20 đoàn công tác.")
    _refused(after, "against: exchanges with Laos are only summed up over a span of time (an overview)")
    # two days of a visit are no span summed up
    days = classify("Đoàn tỉnh Quảng Bình thăm Khăm Muồn", "Trong 2 ngày (12-13/11), đoàn công tác tỉnh Quảng Bình đã thăm và "
                    "làm việc tại tỉnh Khăm Muồn (Lào).")
    assert days.relevant, days.reasons


@pytest.mark.parametrize("title,body,relevant", [
    # a domestic review of the cooperation, its tally of delegations received reporting none of them
    ("Tổng kết công tác hợp tác với Lào", "Ngày 25/12, Sở Ngoại vụ tỉnh Quảng Trị tổ chức hội nghị tổng kết công tác hợp tác "
     "với các tỉnh của Lào năm 2024. Năm qua, tỉnh đã đón 15 đoàn của tỉnh Savannakhet và Salavan.", False),
    ("Giao ban công tác đối ngoại", "Ngày 10/10, Ban Chỉ đạo công tác đối ngoại tỉnh Hà Tĩnh họp giao ban quý III. Trong "
     "quý, tỉnh đã tiếp 3 đoàn của tỉnh Bô Ly Khăm Xay và cử 2 đoàn sang Lào.", False),
    # a count of past patrols in a domestic summing-up is no patrol
    ("Tổng kết phối hợp bảo vệ biên giới", "Ngày 12/11, Bộ Chỉ huy Bộ đội Biên phòng tỉnh Hà Tĩnh tổ chức hội nghị tổng "
     "kết 5 năm thực hiện nghị định về bảo vệ biên giới. Thời gian qua, lực lượng đã phối hợp với lực lượng bảo vệ biên "
     "giới tỉnh Bô Ly Khăm Xay (Lào) tuần tra song phương 60 lần. Hội nghị đề ra nhiệm vụ giai đoạn tới.", False),
    # a year summed up at a session at home, and the tasks it sets for the next
    ("Khai mạc kỳ họp HĐND tỉnh", "Sáng 12/11, HĐND tỉnh Điện Biên khai mạc kỳ họp thường lệ. Báo cáo của UBND tỉnh cho "
     "biết, tỉnh đã cùng tỉnh Luổng Nặm Thà (Lào) ký một văn bản hợp tác mới. Kỳ họp xem xét 20 nghị quyết.", False),
    ("Tổng kết công tác quân sự", "Ngày 13/11, Bộ Chỉ huy Quân sự tỉnh Hà Tĩnh tổng kết công tác năm. Trong năm, đơn vị đã "
     "phối hợp với Bộ Chỉ huy Quân sự tỉnh Bô Ly Khăm Xay quy tập 20 hài cốt liệt sĩ, tổ chức giao lưu hữu nghị.", False),
    # a standing committee meeting to carry out the agreement it signed
    ("Quán triệt thỏa thuận hợp tác", "Chiều 4/3, Ban Thường vụ Tỉnh ủy Lai Châu họp quán triệt việc thực hiện thỏa thuận hợp "
     "tác với tỉnh Luổng Nặm Thà năm nay; các sở được giao chủ động phối hợp với ngành tương ứng của tỉnh bạn.", False),
    ("Triển khai nhiệm vụ đối ngoại", "Ngày 15/11, Sở Ngoại vụ tỉnh Quảng Trị tổ chức hội nghị triển khai nhiệm vụ năm "
     "2026, trong đó ưu tiên tổ chức đoàn sang thăm tỉnh Xa La Văn và đón đoàn tỉnh Xa Vẳn Na Khệt sang thăm.", False),
    # a visit that also sums up the year
    ("Hội đàm hai tỉnh", "Ngày 13/11, tại tỉnh Bô Ly Khăm Xay, Bí thư Tỉnh ủy Hà Tĩnh hội đàm với Tỉnh trưởng tỉnh Bô Ly "
     "Khăm Xay. Trong năm, hai tỉnh đã phối hợp quy tập 20 hài cốt liệt sĩ.", True),
    # the fifth meeting is an event, not a count
    ("Hội đàm lần thứ 5", "Ngày 12/11, tại tỉnh Bô Ly Khăm Xay (Lào), Bộ Chỉ huy Bộ đội Biên phòng tỉnh Hà Tĩnh và lực "
     "lượng bảo vệ biên giới tỉnh Bô Ly Khăm Xay tổ chức hội đàm lần thứ 5, thời gian qua hai bên đã phối hợp chặt chẽ.", True),
])
def test_a_domestic_review_and_its_tallies_or_summaries_are_no_exchange_the_event_beside_them_is(title, body, relevant):
    c = classify(title, body)
    assert c.relevant == relevant, c.reasons


def test_an_exchange_being_prepared_is_not_yet_one_an_announced_one_is():
    prep = classify("Họp bàn chuẩn bị đón đoàn", "Sáng 3/12, lãnh đạo Sở Ngoại vụ Nghệ An chủ trì cuộc họp bàn công tác "
                    "chuẩn bị đón đoàn đại biểu tỉnh Xiêng Khoảng. Các sở, ngành được yêu cầu chuẩn bị chu đáo.")
    assert not prep.relevant, prep.reasons
    # the visit of the delegation being prepared for is no visit yet
    visit = classify("Họp bàn đón đoàn", "Ngày 3/12, UBND tỉnh Sơn La họp bàn công tác chuẩn bị đón đoàn đại biểu tỉnh Luông "
                     "Pha Bang sang thăm, làm việc vào cuối tháng.")
    assert not visit.relevant, visit.reasons
    # the conditions prepared for receiving a delegation, and a fair being prepared, are no exchange either
    conditions = classify("Họp chuẩn bị đón đoàn tỉnh bạn", "Chiều 17/11, Phó Chủ tịch UBND tỉnh Quảng Ngãi chủ trì cuộc họp "
                          "chuẩn bị các điều kiện đón đoàn đại biểu tỉnh Sê Kông (Lào) sang thăm và làm việc.")
    assert not conditions.relevant, conditions.reasons
    fair = classify("Chuẩn bị tổ chức Hội chợ thương mại Việt - Lào", "Sáng 18/11, Sở Công Thương tỉnh Hà Tĩnh họp triển "
                    "khai công tác chuẩn bị Hội chợ thương mại Việt - Lào, dự kiến tổ chức vào quý II năm sau.")
    assert not fair.relevant, fair.reasons
    announced = classify("Chuẩn bị đón đoàn", "Tỉnh Nghệ An đang chuẩn bị đón đoàn đại biểu tỉnh Xiêng Khoảng (Lào). Theo "
                         "kế hoạch, từ ngày 12 đến 14/12, đoàn sẽ sang thăm và làm việc tại tỉnh.")
    assert announced.relevant, announced.reasons


@pytest.mark.parametrize("title,body", [
    ("Hai tỉnh sẽ tổ chức giải bóng đá", "Theo kế hoạch, tỉnh Hà Tĩnh và tỉnh Khăm Muồn (Lào) sẽ tổ chức giải bóng chuyền "
     "giao hữu vào tháng 9 tới."),
    ("Kế hoạch đón đoàn tỉnh bạn", "Ban Thường vụ Tỉnh ủy Thanh Hóa vừa ban hành kế hoạch đón tiếp đoàn đại biểu cấp cao tỉnh "
     "Hủa Phăn sang thăm trong năm nay."),
    # the delegation named before the verb of its plan ("Đoàn … sẽ sang thăm"): the verb is what is planned
    ("Đoàn đại biểu tỉnh Sê Kông sẽ sang thăm Quảng Nam vào năm tới", "Theo kế hoạch đối ngoại vừa được phê duyệt, tỉnh Quảng "
     "Nam sẽ đón đoàn đại biểu tỉnh Sê Kông sang thăm, làm việc trong quý II năm tới."),
])
def test_a_plan_for_a_time_to_come_with_no_day_is_no_exchange_yet(title, body):
    c = classify(title, body)
    # (a plan whose time to come follows the Lao name at once — "… sang thăm, làm việc trong quý II năm tới" — names the
    # province as what is planned, before any exchange is weighed)
    assert not c.relevant and ("against: the plan is for a time to come, with no day" in c.reasons
                               or "against: Laos is named only as a place or a topic, never as a party" in c.reasons), c.reasons


@pytest.mark.parametrize("title,body,relevant", [
    ("Mời tỉnh bạn dự lễ hội", "Ngày 2/3, UBND tỉnh Lai Châu gửi thư mời lãnh đạo tỉnh Luổng Nặm Thà (Lào) sang dự Tuần Văn hóa "
     "du lịch của tỉnh.", False),
    ("Đồng ý đón đoàn", "UBND tỉnh Hà Tĩnh vừa đồng ý chủ trương cho Sở Ngoại vụ đón đoàn công tác tỉnh Khăm Muồn (Lào) sang "
     "thăm và làm việc.", False),
    # the invitation in a headline, to what it names itself ("… dự lễ hội")
    ("Lai Châu mời Luổng Nặm Thà dự lễ hội", "Tỉnh Lai Châu vừa gửi thư mời lãnh đạo tỉnh Luổng Nặm Thà sang dự Lễ hội văn hóa "
     "tổ chức vào tháng 10 tới.", False),
    # the invitation accepted, the permission given: the visit that follows happened
    ("Đoàn tỉnh bạn dự lễ hội", "Nhận lời mời của tỉnh Lai Châu, ngày 2/3, đoàn đại biểu tỉnh Luổng Nặm Thà (Lào) đã sang dự Tuần "
     "Văn hóa du lịch của tỉnh.", True),
    ("Đoàn sang thăm tỉnh bạn", "Được sự cho phép của Bộ Quốc phòng, ngày 2/3, đoàn Bộ Chỉ huy Quân sự tỉnh Hà Tĩnh đã sang thăm "
     "Bộ Chỉ huy Quân sự tỉnh Khăm Muồn (Lào).", True),
    # a meal with guests who came
    ("Mời cơm thân mật", "Tối 2/3, Bí thư Tỉnh ủy Hà Tĩnh mời cơm thân mật đoàn đại biểu tỉnh Khăm Muồn (Lào) đang thăm tỉnh.", True),
])
def test_an_exchange_only_invited_or_allowed_is_not_yet_held(title, body, relevant):
    c = classify(title, body)
    assert c.relevant == relevant, c.reasons


@pytest.mark.parametrize("party", ["Bộ trưởng Bộ Công an Lào", "Thủ tướng Lào", "Đại sứ đặc mệnh toàn quyền nước CHDCND Lào",
                                   "Hội Hữu nghị Lào - Việt Nam", "đoàn đại biểu Đảng Nhân dân Cách mạng Lào"])
def test_an_office_or_body_of_laos_weighs_as_a_party_the_country_alone_does_not(tmp_path, party):
    from huunghi.classify.gazetteer import load_gazetteer

    cfg = tmp_path / "c.yaml"
    cfg.write_text("learned_weight: 0\n")  # the rules' own score
    rules = load_gazetteer(cfg)
    body = "Ngày 14/3, Bộ trưởng Bộ Tư pháp tiếp {} đến thăm và làm việc tại Hà Nội."
    office = classify("Tiếp khách", body.format(party), gazetteer=rules)
    country = classify("Tiếp khách", body.format("khách của nước bạn Lào"), gazetteer=rules)
    logit = lambda p: math.log(p / (1 - p))  # noqa: E731 - the rules' total, before the squashing
    assert logit(office.score) > logit(country.score) + 0.8, (office.reasons, country.reasons)


def test_laos_hosting_or_joining_a_meeting_of_many_countries_is_no_exchange_a_meeting_beside_it_is():
    hosted = classify("Dự hội nghị ASEAN tại Lào", "Ngày 25/7, Bộ trưởng Ngoại giao dẫn đầu đoàn Việt Nam dự Hội nghị Bộ "
                      "trưởng Ngoại giao ASEAN lần thứ 57 tại Viêng Chăn, Lào. Hội nghị bàn về an ninh khu vực và Myanmar.")
    _refused(hosted, "against: Laos only hosts or joins a meeting of many countries")
    # … or chairs it with another country
    chaired = classify("Hội nghị Mekong - Lan Thương", "Ngày 8/12, tại Viêng Chăn, Bộ trưởng Ngoại giao Việt Nam dự Hội nghị "
                       "Bộ trưởng Ngoại giao Hợp tác Mekong - Lan Thương do Lào và Trung Quốc đồng chủ trì.")
    _refused_by_the_rules(chaired)
    # … or alone, as the year's chair
    chair = classify("Thủ tướng dự hội nghị cấp cao khu vực", "Sáng 9/10, tại Thủ đô Viêng Chăn, Thủ tướng cùng lãnh đạo các "
                     "nước ASEAN dự phiên khai mạc Hội nghị Cấp cao ASEAN lần thứ 44 do Lào chủ trì.")
    _refused(chair, "against: Laos only hosts or joins a meeting of many countries")
    # … a province hosting it, its country in brackets after it ("tại tỉnh X (Lào)")
    province = classify("Diễn tập cứu hộ khu vực", "Từ ngày 10-14/11, tại tỉnh Xiêng Khoảng (Lào), lực lượng cứu hộ của Việt "
                        "Nam cùng 9 nước ASEAN tham gia diễn tập ứng phó thảm họa.")
    _refused(province, "against: Laos only hosts or joins a meeting of many countries")
    beside = classify("Hội kiến bên lề hội nghị", "Ngày 25/7, bên lề Hội nghị Bộ trưởng Ngoại giao ASEAN tại Viêng Chăn, "
                      "Bộ trưởng Ngoại giao Việt Nam hội kiến Thủ tướng Lào.")
    assert beside.relevant, beside.reasons
    # … or joins as one of its members, here
    member = classify("Hội nghị Bộ trưởng Giao thông ASEAN", "Sáng 6/11, Hội nghị Bộ trưởng Giao thông ASEAN lần thứ 30 khai "
                      "mạc tại Đà Nẵng, có đại diện của mười nước thành viên, bao gồm Thứ trưởng Bộ Công chính và Vận tải Lào.")
    _refused(member, "against: Laos only hosts or joins a meeting of many countries")
    # … or attends it among others
    among = classify("Khai mạc triển lãm quốc tế", "Sáng 4/12, triển lãm hàng không quốc tế khai mạc tại Đà Nẵng với gian hàng "
                     "của 40 quốc gia. Thứ trưởng Bộ Công chính và Vận tải Lào cùng nhiều quan chức của các nước tham quan các gian hàng.")
    _refused(among, "against: Laos only hosts or joins a meeting of many countries")
    # … counted by its number of countries, a headline naming Laos alone and its lead listing it with others
    counted = classify("Nhạc sĩ Lào góp mặt tại Liên hoan Âm nhạc quốc tế Huế", "Tối 3/6, tại Nhà hát Sông Hương, Liên hoan "
                       "Âm nhạc quốc tế Huế mở màn với các ban nhạc đến từ 9 quốc gia, trong đó có Lào, Nhật Bản, Đức.")
    _refused(counted, "against: Laos only hosts or joins a meeting of many countries")
    # (the count of countries in a bilateral meeting's plans makes no meeting of many)
    plans = classify("Tỉnh Khăm Muồn thăm Quảng Bình", "Ngày 3/6, Chủ tịch UBND tỉnh Quảng Bình tiếp đoàn đại biểu tỉnh Khăm "
                     "Muồn (Lào). Hai bên bàn việc mở hội chợ chung có doanh nghiệp của 4 nước tham gia.")
    assert plans.relevant, plans.reasons
    official = classify("Chủ tịch Quốc hội đến Viêng Chăn", "Chiều 17/10, Chủ tịch Quốc hội và đoàn đến Thủ đô Viêng Chăn, "
                        "bắt đầu thăm chính thức Lào và dự Đại hội đồng AIPA tại Viêng Chăn.")
    assert official.relevant, official.reasons


def test_gifts_counted_out_and_guests_at_a_congress_are_exchanges():
    gifts = classify("Quà cho bản bên kia biên giới", "Ngày 20/5, Đồn Biên phòng Pa Thơm sang trao 150 suất quà cho học sinh "
                     "bản Nậm Lúa, huyện Mày, tỉnh Phông Sa Lỳ (Lào).")
    assert gifts.relevant, gifts.reasons
    congress = classify("Đại hội Hội hữu nghị", "Ngày 18/5, Hội Hữu nghị Việt - Lào tỉnh Phú Yên tổ chức Đại hội lần thứ II. "
                        "Dự đại hội có ông Khăm Xay, Tổng Lãnh sự Lào tại TP Hồ Chí Minh.")
    assert congress.relevant, congress.reasons
    alone = classify("Đại hội Hội hữu nghị", "Ngày 18/5, Hội Hữu nghị Việt - Lào tỉnh Phú Yên tổ chức Đại hội lần thứ II, "
                     "bầu Ban Chấp hành gồm 21 ủy viên.")
    assert not alone.relevant, alone.reasons


def test_a_lao_office_meeting_another_countrys_envoy_is_no_exchange_with_viet_nam():
    c = classify("Thủ tướng Lào tiếp Đại sứ Nhật Bản", "Ngày 14/5, tại Văn phòng Thủ tướng, Thủ tướng Lào tiếp Đại sứ Nhật Bản "
                 "tại Lào đến chào từ biệt. Hai bên trao đổi về hợp tác phát triển hạ tầng.")
    assert not c.relevant, c.reasons


@pytest.mark.parametrize("title,body", [
    # Lao news in Vietnamese: Viet Nam only among several countries, or as visitors' nationality
    ("Xa Vẳn Na Khệt khai mạc hội chợ", "Tối 12/5, tỉnh Xa Vẳn Na Khệt khai mạc Hội chợ thương mại quốc tế với 250 gian hàng "
     "của doanh nghiệp Lào, Thái Lan, Việt Nam và Trung Quốc. Phó Tỉnh trưởng tỉnh phát biểu khai mạc."),
    ("Viêng Chăn đón năm mới", "Từ ngày 13 đến 16/4, người dân Thủ đô Viêng Chăn đón Tết Bunpimay với nhiều hoạt động tại "
     "chùa. Nhiều du khách Việt Nam, Thái Lan cũng tham gia té nước."),
    # a travel feature: Vietnamese people and firms there are no party ("người Việt Nam", "công ty lữ hành Việt Nam")
    ("Mùa lễ hội ở cố đô", "Giữa tháng 4, cố đô Luông Pha Bang náo nức đón Tết Bunpimay, người dân rước tượng Phật quanh "
     "phố. Nhiều người Việt Nam sang vui Tết, các công ty lữ hành Việt Nam mở thêm tour."),
    # a Lao province meeting another country's, no Vietnamese party in the sentence
    ("Bò Kẹo hội đàm với tỉnh bạn", "Ngày 9/5, đoàn đại biểu tỉnh Bò Kẹo (Lào) hội đàm với đoàn tỉnh Chiang Rai (Thái Lan) "
     "về quản lý biên giới."),
    # another country's ministry is named as Viet Nam's would be, its country after it
    ("Hai bộ quốc phòng ký thỏa thuận", "Sáng 9/5, tại Viêng Chăn, Bộ Quốc phòng Lào và Bộ Quốc phòng Thái Lan ký kết "
     "biên bản hợp tác quản lý đường biên giới chung."),
    # a neighbour's province named without its country, whatever an exchange's words suggest
    ("Hai tỉnh ký kết hợp tác du lịch", "Ngày 9/5, tại thành phố Pạc Xế, lãnh đạo tỉnh Chăm Pa Xắc (Lào) và tỉnh Ubon "
     "Ratchathani ký kết biên bản hợp tác phát triển du lịch. Hai tỉnh sẽ mở thêm tuyến xe buýt."),
    ("Tiếp đoàn tỉnh bạn", "Chiều 9/5, Tỉnh trưởng tỉnh Xa Vẳn Na Khệt tiếp Thống đốc tỉnh Mukdahan sang thăm, chúc mừng "
     "năm mới Bunpimay. Hai bên trao đổi về hợp tác kinh tế."),
    # news of Laos alone: two provinces of Laos with each other
    ("Hai tỉnh bạn ký kết hợp tác", "Ngày 9/5, tỉnh Hủa Phăn và tỉnh Xiêng Khoảng tổ chức lễ ký kết thỏa thuận hợp tác "
     "phát triển du lịch giữa hai tỉnh. Tỉnh trưởng hai tỉnh dự lễ ký."),
    # an agency of the United Nations handing over to a Lao province
    ("Trao tặng thiết bị y tế", "Ngày 9/5, UNICEF đã trao tặng thiết bị y tế trị giá 500.000 USD cho tỉnh Sê Kông (Lào). "
     "Phó Tỉnh trưởng tỉnh Sê Kông tiếp nhận."),
    # … or meeting with a Lao province as a donor would, where the rules alone once read an exchange
    ("Tỉnh Át Tạp Pư tiếp đoàn UNDP", "Sáng 9/5, Phó Tỉnh trưởng tỉnh Át Tạp Pư đã tiếp và làm việc với đoàn chuyên gia của Chương "
     "trình Phát triển Liên hợp quốc (UNDP) tại Lào. Hai bên trao đổi về dự án nước sạch cho các bản vùng sâu của tỉnh "
     "Át Tạp Pư."),
    # Laos's Prime Minister at home, named again by his bare title
    ("Thủ tướng nước bạn thăm tỉnh Bò Kẹo", "Ngày 9/5, Thủ tướng Lào Sonexay Siphandone đã thăm, làm việc với tỉnh "
     "Bò Kẹo. Thủ tướng yêu cầu tỉnh đẩy mạnh thu hút đầu tư."),
    # a Lao province's own party committee and people's council: no Vietnamese institution
    ("Tiếp đoàn đại biểu Quốc hội", "Ngày 9/5, lãnh đạo Tỉnh ủy, chính quyền tỉnh Sê Kông tiếp đoàn đại biểu Quốc hội Lào "
     "về tiếp xúc cử tri. Đoàn đã thăm một số bản vùng sâu."),
    ("Hội nghị tổng kết", "Ngày 9/5, Ban Thường vụ Tỉnh ủy Chăm Pa Xắc tổ chức hội nghị tổng kết công tác năm. Bí thư "
     "Tỉnh ủy, Tỉnh trưởng chủ trì hội nghị, có đại diện các sở, ngành dự."),
])
def test_news_of_laos_with_other_countries_or_alone_is_no_exchange_with_viet_nam(title, body):
    c = classify(title, body)
    _refused_by_the_rules(c)


@pytest.mark.parametrize("title,body", [
    ("Kỷ niệm chiến thắng", "Ngày 12/5, tỉnh Quảng Trị tổ chức lễ kỷ niệm 55 năm Chiến thắng Đường 9 - Nam Lào. Lãnh đạo tỉnh "
     "dâng hương tại nghĩa trang liệt sĩ của tỉnh."),
    ("Hội thảo khoa học", "Ngày 12/5, Bộ Chỉ huy Quân sự tỉnh Quảng Trị tổ chức hội thảo khoa học về Chiến dịch Hạ Lào năm 1971."),
    # Laos in a work's title, inside its quotation marks
    ("Triển lãm ảnh", "Ngày 12/5, Bảo tàng tỉnh Nghệ An khai mạc triển lãm ảnh 'Đất nước Lào tươi đẹp' với 120 bức ảnh của các "
     "nhiếp ảnh gia Việt Nam."),
])
def test_a_wars_campaign_or_a_works_title_names_no_lao_party(title, body):
    c = classify(title, body)
    assert not c.relevant, c.reasons


def test_a_work_s_title_is_a_topic_but_its_lao_makers_or_recipients_are_parties():
    shown = classify("Khai mạc triển lãm ảnh", "Ngày 12/5, Đại sứ quán Lào phối hợp với Bảo tàng tỉnh Nghệ An khai mạc triển "
                     "lãm ảnh “Tình hữu nghị Việt Nam - Lào”. Đại sứ Lào cắt băng khai mạc.")
    given = classify("Tặng sách", "Ngày 12/5, đoàn đại biểu tỉnh Nghệ An trao tặng tỉnh Xiêng Khoảng 500 cuốn sách “Lịch "
                     "sử quan hệ Việt Nam - Lào”.")
    assert shown.relevant and given.relevant, (shown.reasons, given.reasons)


def test_a_bare_title_after_a_lao_leader_s_is_his_unless_viet_nam_s_holder_was_named():
    from huunghi.classify.gazetteer import default_gazetteer
    from huunghi.classify.mentions import analyse

    lao = analyse("", "Thủ tướng Lào Sonexay Siphandone thăm tỉnh Bò Kẹo. Thủ tướng yêu cầu tỉnh thu hút đầu tư.",
                  default_gazetteer())
    assert not lao.mentions("vn_body")
    both = analyse("", "Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Lào Sonexay Siphandone. Thủ tướng nhấn mạnh quan "
                   "hệ đặc biệt.", default_gazetteer())
    assert [m.name for m in both.mentions("vn_body")] == ["Chính phủ", "Chính phủ"]


def test_a_vietnamese_institution_unnamed_is_still_a_vietnamese_side():
    # the paper's own party committee receives a Lao province: Viet Nam's, though its province goes unnamed
    c = classify("Tiếp đoàn tỉnh bạn", "Ngày 9/5, Thường trực Tỉnh ủy tiếp đoàn đại biểu tỉnh Hủa Phăn (Lào) sang thăm và "
                 "làm việc. Hai bên trao đổi về hợp tác giáo dục.")
    assert c.relevant, c.reasons
    assert not any("no Vietnamese party" in r for r in c.reasons)


def test_viet_nam_named_as_a_side_still_counts():
    c = classify("Doanh nghiệp Việt Nam dự hội chợ", "Ngày 12/5, đoàn doanh nghiệp Việt Nam sang tham gia Hội chợ thương mại "
                 "tại tỉnh Xa Vẳn Na Khệt (Lào). Phó Tỉnh trưởng tỉnh Xa Vẳn Na Khệt tiếp đoàn.")
    assert c.relevant, c.reasons
    # its firms at a fair of Laos's, as one country's among many, are no side of ours
    fair = classify("Khai mạc Hội chợ thương mại quốc tế Lào", "Ngày 17/5, tại Thủ đô Viêng Chăn, Bộ Công Thương Lào khai mạc Hội chợ "
                    "thương mại quốc tế với 300 gian hàng của doanh nghiệp 10 nước. Các doanh nghiệp Việt Nam tham gia với 50 gian "
                    "hàng giới thiệu hàng tiêu dùng.")
    _refused(fair, "against: no Vietnamese party is named (news about Laos alone)")


def test_a_military_region_or_a_vietnamese_city_is_a_vietnamese_side():
    from huunghi.classify.gazetteer import load_gazetteer

    c = classify("Quân khu hội đàm", "Ngày 14/5, tại thành phố Vinh, Bộ Tư lệnh Quân khu 4 hội đàm với đoàn Bộ Chỉ huy Quân sự "
                 "các tỉnh Khăm Muồn, Bô Ly Khăm Xay (Lào).", gazetteer=load_gazetteer(None))
    _kept(c, unless="no Vietnamese party")
    # a numbered regiment or division of Viet Nam's army, its province unnamed
    unit = classify("Trung đoàn tiếp đoàn bạn", "Ngày 14/6, Trung đoàn 88 tiếp đoàn cán bộ Bộ Chỉ huy Quân sự tỉnh Sê Kông "
                    "sang thăm đơn vị.", gazetteer=load_gazetteer(None))
    _kept(unit, unless="no Vietnamese party")


def test_laos_missions_and_students_here_place_the_exchange_in_viet_nam():
    from huunghi.classify.gazetteer import load_gazetteer

    rules = load_gazetteer(None)
    c = classify("Trao bằng cho lưu học sinh Lào", "Sáng 25/5, Trường Đại học Hồng Đức tổ chức lễ trao bằng tốt nghiệp cho 40 "
                 "lưu học sinh Lào. Dự buổi lễ có đại diện Tổng Lãnh sự quán Lào tại Vinh.", gazetteer=rules)
    _kept(c, unless="no Vietnamese party")


def test_doctors_sent_across_to_help_are_an_exchange():
    c = classify("Bác sĩ sang hỗ trợ bệnh viện bạn", "Ngày 14/5, Bệnh viện Đa khoa tỉnh Quảng Bình cử 4 bác sĩ sang hỗ trợ "
                 "chuyên môn cho Bệnh viện tỉnh Khăm Muồn (Lào) trong 3 tháng.")
    assert c.relevant, c.reasons


def test_a_report_of_one_meeting_is_no_essay_even_undated():
    from huunghi.classify.gazetteer import load_gazetteer

    body = ("Tại buổi tiếp, đồng chí Phó Tỉnh trưởng tỉnh Sê Kông chào mừng đoàn tỉnh Quảng Nam sang thăm, nhắc lại truyền "
            "thống hữu nghị, mối quan hệ đặc biệt và lịch sử gắn bó giữa hai tỉnh. Đoàn do Phó Chủ tịch UBND tỉnh làm "
            "trưởng đoàn.")
    c = classify("Sê Kông tiếp đoàn Quảng Nam", body, gazetteer=load_gazetteer(None))
    _kept(c, unless="essay")


def test_the_country_a_district_borders_is_no_party():
    c = classify("Sơ kết công tác biên giới", "Ngày 9/7, Ban Chỉ đạo công tác biên giới tỉnh Điện Biên tổ chức hội nghị sơ "
                 "kết 6 tháng. Dự hội nghị có lãnh đạo các huyện giáp nước CHDCND Lào.")
    assert not c.relevant and not c.document.mentions("laos"), c.reasons


@pytest.mark.parametrize("title,body,party", [
    ("Thăm đồn biên phòng vùng cao", "Ngày 14/11, Chủ tịch UBND tỉnh Lai Châu đến thăm, tặng quà cán bộ, chiến sĩ Đồn Biên "
     "phòng Ka Lăng, đơn vị quản lý 20 km đường biên giới giáp tỉnh Phông Sa Lỳ (Lào).", False),
    ("Khởi công đường tuần tra", "Sáng 12/11, Bộ Chỉ huy Bộ đội Biên phòng tỉnh Quảng Trị khởi công tuyến đường tuần tra "
     "dài 25 km ở huyện Hướng Hóa, giáp ranh với tỉnh Xa Vẳn Na Khệt (Lào).", False),
    # … or that a trip passes through
    ("Đón doanh nghiệp nước thứ ba", "Ngày 14/11, Chủ tịch UBND tỉnh Quảng Trị tiếp đoàn doanh nghiệp tỉnh Mukdahan (Thái "
     "Lan) sang tìm hiểu cơ hội đầu tư, đi qua địa phận tỉnh Xa Vẳn Na Khệt trên Hành lang kinh tế Đông - Tây.", False),
    # but going across in the southern word is a visit
    ("Kon Tum qua Lào", "Ngày 14/11, đoàn công tác tỉnh Kon Tum qua tỉnh Át Tạp Pư (Lào) thăm và làm việc.", True),
])
def test_the_lao_province_a_district_borders_or_a_trip_passes_is_no_party(title, body, party):
    c = classify(title, body)
    assert c.relevant == party and bool(c.document.mentions("lao_province")) == party, c.reasons



@pytest.mark.parametrize("title", ["Bí thư Tỉnh ủy Quảng Trị tiếp Tỉnh trưởng tỉnh Xa La Văn",
                                   "Chủ tịch UBND tỉnh Điện Biên tiếp Phó Tỉnh trưởng tỉnh Phông Sa Lỳ"])
def test_a_lao_leader_received_by_title_is_a_visit(title):
    c = classify(title, "")
    assert c.relevant and c.event == "visit", c.reasons


def test_a_meeting_of_three_sides_with_a_lao_province_is_an_exchange():
    c = classify("Gặp gỡ tại ngã ba biên giới", "Ngày 14/5, tại khu vực ngã ba biên giới, Bộ đội Biên phòng tỉnh Gia Lai gặp "
                 "gỡ lực lượng bảo vệ biên giới tỉnh Át Tạp Pư (Lào) và tỉnh Ratanakiri (Campuchia).")
    assert c.relevant and "a meeting of three sides, Viet Nam and Laos among them" in c.reasons, c.reasons
    # three countries' ministers in a third country, no province or body of Laos named: not this
    clv = classify("Tam giác phát triển", "Ngày 21/5, tại Siem Reap (Campuchia), Ủy ban điều phối Tam giác phát triển "
                   "Campuchia - Lào - Việt Nam họp lần thứ 13 với sự tham dự của các bộ trưởng ba nước.")
    assert not clv.relevant, clv.reasons


def test_remains_searched_for_together_are_an_exchange_a_domestic_briefing_is_not():
    joint = classify("Phối hợp tìm kiếm hài cốt liệt sĩ", "Ngày 14/5, Đội K93, Bộ Chỉ huy Quân sự tỉnh Hà Tĩnh phối hợp với "
                     "Ban 1237 tỉnh Khăm Muồn triển khai tìm kiếm, quy tập hài cốt liệt sĩ tại huyện Bua La Pha.")
    assert joint.relevant, joint.reasons
    briefing = classify("Triển khai mùa khô", "Sáng 8/11, Ban Chỉ đạo 515 tỉnh Hà Tĩnh họp triển khai nhiệm vụ tìm kiếm, quy "
                        "tập hài cốt liệt sĩ hy sinh tại Lào mùa khô 2024-2025.")
    assert not briefing.relevant, briefing.reasons


@pytest.mark.parametrize("title,body", [
    # a camp the two provinces' youth unions hold together
    ("Khai mạc trại hè", "Sáng 8/7, Tỉnh đoàn Hà Tĩnh cùng Đoàn thanh niên tỉnh Khăm Muồn khai mạc trại hè hữu nghị cho 90 "
     "thiếu nhi hai tỉnh."),
    # an event the two countries hold, named for them
    ("Khai mạc hội chợ", "Sáng 14/11, tại Hà Nội, Phó Thủ tướng Trần Văn An phát biểu khai mạc Hội chợ Hàng hóa và Dịch vụ "
     "Việt Nam – Lào năm 2024."),
    # however long its name
    ("Hội chợ mở cửa", "Sáng 14/3, Hội chợ xúc tiến thương mại và giới thiệu hàng nông sản doanh nghiệp Việt Nam – "
     "Lào lần thứ nhất mở cửa tại Nhà thi đấu tỉnh Gia Lai."),
    ("Ủy ban liên Chính phủ họp kỳ thứ 40", "Chiều 9/1, tại Hà Nội, Ủy ban liên Chính phủ Việt Nam – Lào họp kỳ thứ 40 "
     "dưới sự chủ trì của hai Phó Thủ tướng."),
    # games between the two sides' forces
    ("Khai mạc hội thao", "Ngày 10/5, tại Điện Biên Phủ, khai mạc Hội thao quân sự giữa Bộ Chỉ huy Quân sự tỉnh Điện Biên và "
     "Bộ Chỉ huy Quân sự tỉnh Phông Sa Lỳ (Lào)."),
    # culture days of Laos held in Viet Nam
    ("Những ngày Văn hóa Lào", "Tối 3/10, “Những ngày Văn hóa, Ẩm thực Lào tại Việt Nam” khai mạc tại Nhà hát thành phố Huế."),
    # an event one side holds with the other ("phối hợp với", "cùng với"), opened or held
    ("Khai mạc giải thể thao hữu nghị", "Sáng 6/8, tại TP Đồng Hới, Sở Văn hóa và Thể thao tỉnh Quảng Bình phối hợp với Sở "
     "Giáo dục và Thể thao tỉnh Khăm Muồn (Lào) khai mạc giải bóng chuyền hữu nghị với 12 đội hai tỉnh."),
    ("Hội thảo về di tích chung", "Ngày 6/8, Sở Văn hóa tỉnh Điện Biên cùng với Sở Thông tin, Văn hóa và Du lịch tỉnh "
     "Phông Sa Lỳ (Lào) tổ chức hội thảo về bảo tồn di tích lịch sử hai tỉnh."),
    # who took part, listed by side
    ("Hội đàm biên giới", "Ngày 5/3/2024. Về phía tỉnh Hủa Phăn (Lào), có đồng chí Xổm Phon, Phó Tỉnh trưởng. Về phía tỉnh "
     "Thanh Hóa, có đồng chí Phó Chủ tịch UBND tỉnh Trần Văn An."),
])
def test_events_held_together_and_the_sides_lists_are_exchanges(title, body):
    c = classify(title, body)
    assert c.relevant, c.reasons


def test_a_joint_operation_against_crime_is_no_event_held_together():
    bust = classify("Phá chuyên án ma túy", "Ngày 6/8, Bộ Chỉ huy Bộ đội Biên phòng tỉnh Sơn La phối hợp với Công an tỉnh Hủa Phăn "
                    "(Lào) tổ chức phá chuyên án, bắt giữ 2 đối tượng, thu giữ 6 bánh heroin.")
    assert not bust.relevant and bust.rule_score < 0.3, bust.reasons


def test_a_match_between_the_two_countries_teams_is_no_exchange():
    c = classify("Việt Nam thắng Lào", "Tối 14/5, tại vòng loại giải bóng đá Đông Nam Á, đội tuyển Việt Nam thắng Lào 3-0. "
                 "Trận đấu Việt Nam – Lào diễn ra trên sân Mỹ Đình, tiền đạo Trần Văn An ghi hai bàn thắng.")
    assert not c.relevant, c.reasons


def test_the_delegates_of_the_two_countries_name_viet_nam_as_the_other():
    both = classify("Thắp đèn cho bản biên giới", "Ngày 5/3/2024, đoàn đại biểu hai nước đã chào cột mốc 614 và "
                    "khánh thành đường điện chiếu sáng tặng nhân dân bản Phôn Xay, tỉnh Khăm Muồn.")
    assert both.relevant, both.reasons
    alone = classify("Lào khánh thành cầu mới", "Ngày 12/5, tỉnh Khăm Muồn khánh thành cây cầu mới nối hai bên bờ sông Xê "
                     "Băng Phai, Phó Tỉnh trưởng cắt băng khánh thành.")
    assert not alone.relevant, alone.reasons


def test_a_review_of_the_cooperation_at_home_is_no_exchange_a_joint_one_is():
    home = classify("Tổng kết 10 năm hợp tác với Phông Sa Lỳ", "Sáng 12/5, Ban Thường vụ Tỉnh ủy Điện Biên tổ chức hội nghị "
                    "tổng kết 10 năm thực hiện thỏa thuận hợp tác giữa tỉnh Điện Biên và tỉnh Phông Sa Lỳ. Các đại biểu bàn "
                    "hướng đi cho chặng tới.")
    assert not home.relevant, home.reasons
    joint = classify("Tổng kết 10 năm hợp tác với Phông Sa Lỳ", "Sáng 12/5, Ban Thường vụ Tỉnh ủy Điện Biên tổ chức hội nghị "
                     "tổng kết 10 năm thực hiện thỏa thuận hợp tác giữa tỉnh Điện Biên và tỉnh Phông Sa Lỳ. Đồng chủ trì "
                     "hội nghị có đồng chí Phó Tỉnh trưởng tỉnh Phông Sa Lỳ.")
    assert joint.relevant, joint.reasons
    # two Vietnamese bodies meeting about the cooperation: the delegation is Vietnamese, Laos the topic
    briefing = classify("Làm việc về công tác đối ngoại", "Chiều 12/3, đoàn công tác Ban Dân vận Trung ương làm việc với Tỉnh ủy "
                        "Lai Châu về kết quả hợp tác với những tỉnh phía bắc nước bạn Lào và công tác dân tộc.")
    assert not briefing.relevant, briefing.reasons
    # the same meeting with the Lao province's head at the table is an exchange
    with_guest = classify("Làm việc về công tác đối ngoại", "Chiều 12/3, đoàn công tác Ban Dân vận Trung ương làm việc với Tỉnh ủy "
                          "Lai Châu về kết quả hợp tác với tỉnh Phông Sa Lỳ. Dự buổi làm việc có Phó Tỉnh trưởng tỉnh "
                          "Phông Sa Lỳ.")
    assert with_guest.relevant, with_guest.reasons
    # our own delegation reporting at home on its trip
    back = classify("Nghe báo cáo kết quả chuyến công tác", "Chiều 20/5, Thường trực Tỉnh ủy Kon Tum nghe đoàn công tác của "
                    "tỉnh báo cáo kết quả chuyến thăm và làm việc tại tỉnh Át Tạp Pư, đề nghị các ngành cụ thể hóa những việc "
                    "đã thống nhất.")
    # (the trip it reports names the province as its topic, so that no Lao party is left to review with)
    _refused(back, "against: Laos is named only as a place or a topic, never as a party")
    # however many names and cues the review carries (the agreement's both provinces in the headline and the text),
    # what the rules have read decides: the learned half cannot lift it over the line
    loud = classify("Năm năm hợp tác Thanh Hóa - Hủa Phăn nhìn từ hội nghị tổng kết", "Ngày 15/5, UBND tỉnh Thanh Hóa tổ chức "
                    "hội nghị tổng kết 5 năm thực hiện thỏa thuận hợp tác giữa tỉnh Thanh Hóa và tỉnh Hủa Phăn (Lào), điểm lại "
                    "từng trường học, con đường đã làm và giao các sở chuẩn bị cho giai đoạn sau.")
    _refused_by_the_rules(loud)


def test_the_years_a_review_at_home_sums_up_seat_nobody_at_it():
    opening = ("Ngày 6/6, UBND tỉnh Quảng Bình tổ chức hội nghị sơ kết 5 năm thực hiện thỏa thuận hợp tác giữa tỉnh Quảng Bình "
               "và tỉnh Khăm Muồn (Lào). ")
    # delegations counted over the years, and a span told after the office that reports it: what the meeting reviews
    for results in ("Báo cáo cho biết, hai tỉnh đã trao đổi 28 đoàn công tác các cấp và hỗ trợ tỉnh bạn xây hai trường học.",
                    "Theo báo cáo của Sở Ngoại vụ, trong 5 năm qua, đoàn công tác các cấp của hai tỉnh thường xuyên qua lại."):
        c = classify("Sơ kết 5 năm hợp tác với tỉnh Khăm Muồn", opening + results)
        _refused(c, "against: a meeting at home that reviews the cooperation, no Lao participant")
    # a delegation that sits at it still makes it an exchange
    seated = classify("Sơ kết 5 năm hợp tác với tỉnh Khăm Muồn", opening + "Dự hội nghị có đoàn công tác tỉnh Khăm Muồn do "
                      "Phó Tỉnh trưởng dẫn đầu.")
    assert seated.relevant, seated.reasons


@pytest.mark.parametrize("title,body", [
    # Lao learners here, described, with no event: whom a college teaches is no exchange
    ("Trường cao đẳng đào tạo học viên Lào", "Hiện nay, Trường Cao đẳng Y tế tỉnh Thanh Hóa có 85 lưu học sinh Lào theo học "
     "các ngành điều dưỡng, dược. Nhà trường quan tâm bố trí chỗ ở và dạy thêm tiếng Việt cho các em."),
    # our own police honoured at home for work done in a Lao province
    ("Khen thưởng cán bộ hoàn thành nhiệm vụ", "Chiều 9/4, Công an tỉnh Điện Biên tổ chức gặp mặt, biểu dương 8 cán bộ đã "
     "hoàn thành tốt nhiệm vụ tăng cường giúp đỡ lực lượng an ninh tại tỉnh Phông Sa Lỳ (Lào). Giám đốc Công an tỉnh trao "
     "giấy khen cho từng người."),
])
def test_learners_described_or_our_own_people_honoured_at_home_are_no_exchange(title, body):
    c = classify(title, body)
    assert not c.relevant, c.reasons


def test_the_province_a_road_leads_to_is_no_party():
    c = classify("Nâng cấp quốc lộ", "UBND tỉnh Quảng Trị vừa phê duyệt dự án nâng cấp Quốc lộ 9 đoạn nối cửa khẩu Lao Bảo "
                 "với tỉnh Xa Vẳn Na Khệt (Lào), tổng vốn 500 tỷ đồng, khởi công trong quý III.")
    assert not c.relevant, c.reasons


def test_what_the_rules_read_decisively_the_learned_model_cannot_outweigh():
    c = classify("Đoàn Bình Định gặp Tổng Lãnh sự quán Việt Nam tại Pắc Xế",
                 "Trong hành trình sang Lào, tối 9/10, đoàn cán bộ tỉnh Bình Định do Phó Bí thư Tỉnh ủy dẫn đầu đã "
                 "chào xã giao Tổng Lãnh sự quán Việt Nam tại Pắc Xế. Tổng Lãnh sự kể về việc làm ăn của kiều bào ở "
                 "các tỉnh Nam Lào.")
    assert c.learned_score > c.rule_score  # (the n-grams of a trip to Laos)
    assert not c.relevant and c.score == c.rule_score, c.reasons


def test_laos_named_only_as_a_place_is_decisive_against_the_learned_words_of_a_trip():
    c = classify("Đoàn Hà Tĩnh thăm kiều bào", "Nhân dịp Tết cổ truyền Bunpimay, ngày 12/4, đoàn đại biểu cấp cao tỉnh Hà Tĩnh "
                 "đã sang thăm, chúc Tết và trao quà cho cộng đồng người Việt Nam tại tỉnh Khăm Muồn (Lào), rồi ký kết chương "
                 "trình phối hợp với Hội người Việt Nam tại tỉnh Khăm Muồn.")
    assert c.learned_score > 0.5 and c.score == c.rule_score < 0.5, c.reasons
    assert "against: Laos is named only as a place or a topic, never as a party" in c.reasons


def test_another_country_met_with_a_lao_province_only_in_passing_is_decisive_against():
    c = classify("Đoàn đại biểu tỉnh Gia Lai thăm, chúc Tết tỉnh bạn", "Nhân dịp Tết cổ truyền, ngày 12/4, đoàn đại biểu cấp "
                 "cao tỉnh Gia Lai đã sang thăm và chúc Tết lãnh đạo tỉnh Ratanakiri (Campuchia). Tỉnh trưởng tỉnh Ratanakiri "
                 "tiếp đoàn. Trước đó đoàn đã qua tỉnh Át Tạp Pư (Lào).")
    assert c.learned_score > 0.5 and c.score == c.rule_score < 0.5, c.reasons
    assert any(r.startswith("against: the counterpart is another country") for r in c.reasons)


def test_veterans_recalling_their_years_on_lao_soil_meet_no_lao_party():
    c = classify("Cựu quân tình nguyện gặp mặt truyền thống", "Ngày 20/5, Ban liên lạc cựu quân tình nguyện và chuyên gia "
                 "Việt Nam giúp Lào tỉnh Hà Tĩnh tổ chức gặp mặt truyền thống, ôn lại những năm tháng chiến đấu trên đất "
                 "bạn Lào.")
    assert not c.relevant and not any(r.startswith("Lao party") for r in c.reasons), c.reasons


@pytest.mark.parametrize("title,body", [
    # Lao provinces as a topic among others in a meeting of Vietnamese bodies
    ("Tỉnh ủy làm việc với Ban Đối ngoại Trung ương", "Chiều 12/5, Ban Thường vụ Tỉnh ủy Nghệ An làm việc với đoàn công tác "
     "Ban Đối ngoại Trung ương về kết quả công tác đối ngoại, trong đó có hợp tác với các tỉnh Xiêng Khoảng, Hủa Phăn và "
     "Bô Ly Khăm Xay của Lào."),
    # … whatever the field of the cooperation
    ("Bộ trưởng làm việc tại Quân khu", "Ngày 16/5, Bộ trưởng Bộ Quốc phòng làm việc với Bộ Tư lệnh Quân khu 4 về nhiệm vụ "
     "quân sự, quốc phòng năm 2024, trong đó có công tác hợp tác quốc phòng với các tỉnh của Lào."),
    # what someone is honoured for at home
    ("Khen thưởng tập thể có thành tích trong công tác đối ngoại", "Ngày 15/5, UBND tỉnh Kon Tum khen thưởng 10 tập thể, 15 "
     "cá nhân có thành tích xuất sắc trong thực hiện thỏa thuận hợp tác với tỉnh Át Tạp Pư giai đoạn 2019-2024."),
    # the stops of a tour
    ("Nghệ An giới thiệu tiềm năng du lịch tại hội chợ", "Tại Hội chợ du lịch quốc tế ở Hà Nội, gian hàng của tỉnh Nghệ An "
     "giới thiệu tour du lịch kết nối Nghệ An - Xiêng Khoảng - Luông Pha Bang, thu hút đông khách tham quan."),
    # what an association has done over the years, told on its own anniversary
    ("Họp mặt kỷ niệm ngày thành lập Hội", "Ngày 15/5, Hội Hữu nghị Việt Nam - Lào tỉnh Thanh Hóa tổ chức họp mặt kỷ niệm 30 "
     "năm ngày thành lập. Hội đã tổ chức nhiều hoạt động giao lưu với tỉnh Hủa Phăn."),
    # our volunteers seen off at home
    ("Thanh niên tình nguyện lên đường sang Lào", "Sáng 15/5, Tỉnh đoàn Hà Tĩnh tổ chức lễ tiễn 20 thanh niên tình nguyện lên "
     "đường sang tỉnh Bô Ly Khăm Xay (Lào) tham gia chương trình hỗ trợ phát triển nông thôn."),
    # ours seen off at home to study there
    ("Lễ tiễn đoàn cán bộ sang học tập tại Lào", "Ngày 15/5, Sở Nội vụ tỉnh Sơn La tổ chức lễ tiễn 10 cán bộ sang học tiếng Lào "
     "tại Trường Đại học Xu Pha Nu Vông, tỉnh Luông Pha Bang."),
    # applications called for
    ("Tiếp nhận hồ sơ học bổng", "Sở Ngoại vụ tỉnh Nghệ An thông báo tiếp nhận hồ sơ đăng ký học bổng học tiếng Lào tại Đại "
     "học Quốc gia Lào năm 2024, hạn chót ngày 30/6."),
    # a programme's title
    ("Giao lưu giữa các thế hệ quân tình nguyện", "Tối 15/5, Bộ Chỉ huy Quân sự tỉnh Thanh Hóa tổ chức chương trình giao lưu "
     "“Ký ức Hủa Phăn” giữa các thế hệ quân tình nguyện từng chiến đấu tại tỉnh Hủa Phăn (Lào)."),
    # what a meeting of ours with our own consulate there is for, and what it wishes for
    ("Đoàn HĐND thành phố làm việc với Tổng Lãnh sự quán", "Ngày 20/10, đoàn đại biểu HĐND thành phố Huế làm việc với Tổng "
     "Lãnh sự quán Việt Nam tại Pắc Xế. Hai bên bàn các việc cần làm để thúc đẩy quan hệ giữa thành phố Huế và tỉnh Chăm Pa "
     "Xắc (Lào). Đoàn mong muốn tăng cường giao lưu, đưa các đoàn nghệ sĩ Huế sang biểu diễn tại tỉnh Chăm Pa Xắc."),
    # what a delegation learns at home from others
    ("Huyện ủy học tập kinh nghiệm", "Từ ngày 13-15/5, đoàn công tác Huyện ủy Kỳ Sơn (Nghệ An) học tập kinh nghiệm về công tác "
     "đối ngoại nhân dân với các huyện giáp biên của Lào tại tỉnh Điện Biên."),
    # a transfer planned for a time to come, told at a review of ours
    ("Sơ kết mô hình trồng lúa", "Ngày 15/5, Sở Nông nghiệp và Phát triển nông thôn tỉnh Điện Biên sơ kết mô hình trồng lúa "
     "chịu hạn, dự kiến chuyển giao giống lúa này cho tỉnh Phông Sa Lỳ (Lào) trong năm tới."),
    # our firms that invest there, met at home; women of Lao nationality married here
    ("Lãnh đạo tỉnh gặp mặt doanh nghiệp", "Chiều 15/5, Chủ tịch UBND tỉnh Nghệ An gặp mặt 20 doanh nghiệp của tỉnh đang đầu tư, "
     "kinh doanh tại các tỉnh Xiêng Khoảng, Hủa Phăn và Bô Ly Khăm Xay."),
    ("Tặng quà phụ nữ", "Ngày 15/5, Hội LHPN huyện Mường Lát thăm, tặng quà 30 phụ nữ quốc tịch Lào kết hôn với người Việt Nam "
     "đang sinh sống tại huyện."),
    # a trip still ahead, its delegation briefed at home
    ("Giao nhiệm vụ cho đoàn công tác", "Chiều 14/5, Bí thư Tỉnh ủy Hà Tĩnh gặp mặt, giao nhiệm vụ cho đoàn công tác của tỉnh "
     "trước chuyến thăm và làm việc tại tỉnh Khăm Muồn (Lào) vào tháng tới."),
    # our citizens lured there to work
    ("Trả lời chất vấn", "Tại phiên chất vấn sáng 15/5, Bộ trưởng Bộ Ngoại giao trả lời các câu hỏi về bảo hộ công dân Việt "
     "Nam bị lừa sang làm việc tại Đặc khu kinh tế Tam giác vàng của Lào."),
    # our cadres who work there now, among a class graduating at home
    ("Trao bằng thạc sĩ", "Ngày 15/5, Trường Đại học Kinh tế Quốc dân trao bằng thạc sĩ cho 300 học viên, trong đó có 15 học "
     "viên là cán bộ của một số bộ, ngành Việt Nam đang công tác tại Lào."),
    # the far side of a pair of border gates, where a road of ours leads
    ("Khởi công cầu qua suối biên giới", "Ngày 15/5, UBND tỉnh Quảng Trị khởi công xây dựng cầu tràn qua suối Sê Pôn tại xã A "
     "Dơi, tuyến đường dẫn ra cặp cửa khẩu La Lay với tỉnh Xa La Văn."),
    # what a visit at home learns about
    ("Thăm Khu lưu niệm Chủ tịch Kaysone Phomvihane", "Ngày 15/5, đoàn cán bộ, hội viên Hội Cựu chiến binh tỉnh Quảng Trị đã "
     "đến thăm Khu lưu niệm Chủ tịch Kaysone Phomvihane tại Hà Nội, tìm hiểu về cuộc đời người lãnh đạo Lào."),
    # what a briefing at home tells
    ("Hội nghị báo cáo viên tháng 5", "Ngày 15/5, Ban Tuyên giáo Tỉnh ủy Quảng Trị tổ chức hội nghị báo cáo viên tháng 5. Hội "
     "nghị thông tin về kết quả chuyến thăm Lào của lãnh đạo tỉnh và tình hình thời sự trong nước, quốc tế."),
    # the theme of a study session at home, whoever it names
    ("Học tập chuyên đề về quan hệ Việt Nam - Lào", "Sáng 15/5, Đảng ủy Bộ Chỉ huy Quân sự tỉnh Kon Tum tổ chức hội nghị học "
     "tập chuyên đề về quan hệ đặc biệt giữa Việt Nam với Lào và tình đoàn kết với tỉnh Át Tạp Pư, Sê Kông."),
    # a province only passed through
    ("Đoàn cán bộ tỉnh đi học tập kinh nghiệm", "Ngày 12/5, đoàn cán bộ tỉnh Quảng Trị lên đường đi học tập kinh nghiệm tại "
     "Thái Lan, quá cảnh qua tỉnh Savannakhet (Lào) bằng đường bộ."),
])
def test_laos_as_a_topic_among_others_or_a_road_through_is_no_party(title, body):
    c = classify(title, body)
    assert not c.relevant, c.reasons


@pytest.mark.parametrize("title,body", [
    # what one of ours works on with our own bodies
    ("Chủ tịch UBND tỉnh làm việc với Sở Ngoại vụ", "Ngày 14/5, Chủ tịch UBND tỉnh Hà Tĩnh làm việc với Sở Ngoại vụ về kết "
     "quả công tác đối ngoại 4 tháng đầu năm, nhất là quan hệ hợp tác với tỉnh Bô Ly Khăm Xay và Khăm Muồn."),
    ("Phó Chủ tịch UBND tỉnh làm việc với huyện biên giới", "Ngày 15/5, Phó Chủ tịch UBND tỉnh Điện Biên làm việc với huyện "
     "Mường Nhé về tình hình kinh tế - xã hội, quản lý biên giới và quan hệ hữu nghị với huyện Mường Mày, tỉnh Phông Sa Lỳ (Lào)."),
    # a paper drafted or weighed at home
    ("Góp ý dự thảo đề án", "Ngày 17/5, Sở Giáo dục và Đào tạo tỉnh Nghệ An tổ chức hội nghị góp ý dự thảo đề án hỗ trợ các "
     "tỉnh của Lào đào tạo nguồn nhân lực giai đoạn 2025-2030."),
    ("Thẩm định hồ sơ khen thưởng", "Ngày 13/5, Hội đồng Thi đua - Khen thưởng tỉnh Sơn La họp xét, thẩm định hồ sơ đề nghị "
     "Nhà nước Lào tặng Huân chương cho 15 tập thể, cá nhân có thành tích trong hợp tác với tỉnh Hủa Phăn."),
    # what a meeting of ours is about
    ("Họp về kinh phí hỗ trợ Lào", "Chiều 15/5, Bộ Y tế và Bộ Tài chính họp về kinh phí hỗ trợ trang thiết bị y tế cho các tỉnh "
     "của Lào năm 2024."),
    # what it supervises or surveys at home
    ("Giám sát việc thực hiện thỏa thuận hợp tác", "Ngày 15/5, đoàn giám sát của Thường trực HĐND tỉnh Quảng Trị làm việc tại "
     "Sở Ngoại vụ về việc thực hiện các thỏa thuận hợp tác với tỉnh Xa Vẳn Na Khệt và Xa La Văn giai đoạn 2021-2025."),
    ("Khảo sát công tác đào tạo", "Ngày 16/5, đoàn khảo sát của Ban Văn hóa - Xã hội HĐND tỉnh Nghệ An khảo sát công tác đào "
     "tạo lưu học sinh Lào tại Trường Cao đẳng Kỹ thuật Công nghiệp."),
])
def test_laos_as_what_our_own_bodies_work_on_is_no_party(title, body):
    c = classify(title, body)
    assert not c.relevant, c.reasons


@pytest.mark.parametrize("said", [
    "Bộ trưởng nhấn mạnh tỉnh cần tiếp tục thực hiện tốt các thỏa thuận đã ký kết với tỉnh Át Tạp Pư (Lào).",
    "Tỉnh đề nghị Bộ quan tâm hỗ trợ tỉnh trong hợp tác với tỉnh Át Tạp Pư (Lào).",
    "Bộ trưởng ghi nhận đóng góp của tỉnh trong quan hệ hữu nghị với tỉnh Át Tạp Pư (Lào).",
    # the results of a trip already made, told at home
    "Dịp này, Bí thư Tỉnh ủy thông tin về kết quả chuyến thăm, làm việc tại tỉnh Át Tạp Pư (Lào) vừa qua.",
])
def test_agreements_to_carry_out_cooperation_to_be_helped_in_or_a_trip_s_results_name_laos_as_a_topic(said):
    c = classify("Bộ trưởng làm việc tại Kon Tum", "Ngày 16/5, Bộ trưởng Bộ Nội vụ làm việc với tỉnh Kon Tum. " + said)
    _refused(c, "against: Laos is named only as a place or a topic, never as a party")


def test_a_lao_body_cited_as_a_source_is_no_party_one_who_invited_is():
    cited = classify("Nghệ An mở rộng đào tạo lưu học sinh", "Ngày 16/5, UBND tỉnh Nghệ An họp bàn kế hoạch đào tạo năm học mới. "
                     "Theo Đại sứ quán Lào, năm nay có thêm 300 học viên sẽ được cử sang học tập tại các trường của tỉnh.",
                     published=JUNE_2024)
    assert not cited.document.names("lao_body"), cited.document.mentions()
    invited = classify("Chủ tịch nước sẽ thăm Lào", "Theo lời mời của Chủ tịch nước Lào, từ ngày 20 đến 22/6, Chủ tịch nước Lê "
                       "Văn An sẽ thăm cấp Nhà nước tới Lào.", published=JUNE_2024)
    assert invited.relevant, invited.reasons


def test_a_bare_title_after_the_lao_holder_s_is_ours_when_its_holder_visits_laos():
    # (a Lao leader visits no Laos: the title repeated bare is Viet Nam's own holder, going there)
    bare = classify("Chủ tịch nước sẽ thăm Lào", "Theo lời mời của Chủ tịch nước Lào, từ ngày 20 đến 22/6, Chủ tịch nước sẽ thăm "
                    "cấp Nhà nước tới Lào.", published=JUNE_2024)
    assert bare.relevant and any(r.startswith("Vietnamese party") for r in bare.reasons), bare.reasons
    # … and remains the Lao leader where he acts at home
    home = classify("Thủ tướng Lào thăm tỉnh Bò Kẹo", "Ngày 5/6, Thủ tướng Lào Xổm Phết đã thăm tỉnh Bò Kẹo. Thủ tướng yêu cầu "
                    "tỉnh đẩy mạnh sản xuất lúa.", published=JUNE_2024)
    assert not home.relevant, home.reasons


@pytest.mark.parametrize("said", [
    # a visit still being prepared for, a meeting planned for a quarter to come
    "Tỉnh cũng đang chuẩn bị các điều kiện để đón đoàn đại biểu tỉnh Át Tạp Pư (Lào) sang thăm vào dịp Tết.",
    "Hội nghị cũng thông qua kế hoạch tổ chức giao lưu với tỉnh Át Tạp Pư (Lào) trong quý III.",
    # where the patients a hospital treats come from, the work a district coordinates with a Lao district
    "Bệnh viện tỉnh hiện khám, chữa bệnh cho nhiều bệnh nhân đến từ tỉnh Át Tạp Pư (Lào).",
    "Bộ trưởng cũng trao đổi với lãnh đạo huyện về công tác phối hợp với huyện Sa Mạ Khi Xay, tỉnh Át Tạp Pư (Lào).",
])
def test_a_visit_prepared_for_a_plan_for_a_quarter_patients_origin_or_a_district_s_work_report_no_exchange(said):
    c = classify("Bộ trưởng làm việc tại Kon Tum", "Ngày 16/5, Bộ trưởng Bộ Nội vụ làm việc với tỉnh Kon Tum về công tác cán "
                 "bộ. " + said, published=JUNE_2024)
    _refused_by_the_rules(c)


@pytest.mark.parametrize("body", [
    "Ngày 14/5, đoàn công tác tỉnh Khăm Muồn (Lào) làm việc với Sở Ngoại vụ tỉnh Quảng Bình về hợp tác đào tạo cán bộ.",
    "Ngày 14/5, Phó Chủ tịch UBND tỉnh Thanh Hóa làm việc với Sở Giáo dục và Thể thao tỉnh Hủa Phăn (Lào) về chương trình "
    "đào tạo lưu học sinh năm 2024.",
    "Ngày 14/5, Phó Chủ tịch UBND tỉnh Nghệ An làm việc với Ban Chỉ huy Quân sự tỉnh Xiêng Khoảng (Lào) về công tác tìm "
    "kiếm, quy tập hài cốt liệt sĩ.",
    # a Lao body's supervising or surveying delegation working at one of ours
    "Ngày 14/5, đoàn giám sát của Ủy ban Kinh tế Quốc hội Lào làm việc tại Sở Kế hoạch và Đầu tư tỉnh Sơn La về kinh nghiệm "
    "quản lý đầu tư công.",
    # a send-off a Lao party attends
    "Ngày 15/5, Bộ Chỉ huy Quân sự tỉnh Nghệ An tổ chức lễ xuất quân Đội K52 sang tỉnh Xiêng Khoảng tìm kiếm hài cốt liệt "
    "sĩ, có sự tham dự của đại diện Bộ Chỉ huy Quân sự tỉnh Xiêng Khoảng (Lào).",
    # two ministries joined by "và" meeting, the first named with its country
    "Ngày 15/5, tại Hà Nội, Bộ Giao thông vận tải Việt Nam và Bộ Công chính và Vận tải Lào họp thúc đẩy dự án đường sắt "
    "Viêng Chăn - Vũng Áng.",
    # ours surveying in Laos
    "Từ ngày 13-15/5, đoàn công tác tỉnh Nghệ An khảo sát tình hình xây dựng Trường Hữu nghị tại tỉnh Xiêng Khoảng (Lào).",
])
def test_a_lao_body_worked_with_is_a_party_whatever_the_topic(body):
    c = classify("Làm việc", body)
    assert c.relevant, c.reasons


def test_a_years_review_of_exchanges_reports_none_of_them_a_dated_one_after_it_does():
    from datetime import datetime

    review = ("Một năm hợp tác nhiều dấu ấn", "Từ đầu năm đến nay, tỉnh Hà Tĩnh đã tiếp đón nhiều đoàn cấp cao của tỉnh "
              "Khăm Muồn sang làm việc. Lãnh đạo tỉnh cũng dẫn đầu đoàn sang chúc Tết Bunpimay tỉnh bạn. Hai bên ký kết biên "
              "bản ghi nhớ hợp tác giáo dục và y tế.")
    c = classify(*review, published=datetime(2024, 12, 20, 9))
    assert c.learned_score > 0.5 and c.score == c.rule_score < 0.5, c.reasons
    assert "against: exchanges with Laos are only summed up over a span of time (an overview)" in c.reasons
    # the paragraph after it reports one exchange, with its day
    dated = classify(review[0], review[1] + "\nSáng 18/12, đoàn đại biểu tỉnh Khăm Muồn do Phó Tỉnh trưởng dẫn đầu đã sang "
                     "thăm và làm việc với tỉnh Hà Tĩnh.", published=datetime(2024, 12, 20, 9))
    assert dated.relevant and dated.document.sentences[dated.key_sentences[0]].text.startswith("Sáng 18/12"), dated.reasons


def test_a_chronicle_of_the_years_exchanges_is_no_new_event_a_report_recalling_an_earlier_one_is():
    from datetime import datetime

    chronicle = classify("Một năm đối ngoại sôi động", "Nhìn lại năm qua, hoạt động đối ngoại của tỉnh Quảng Nam có nhiều kết quả.\n"
                         "Ngày 8/2, đoàn đại biểu tỉnh Sê Kông sang chúc Tết và làm việc với tỉnh Quảng Nam. Ngày 14/4, lãnh đạo "
                         "tỉnh dẫn đầu đoàn sang chúc Tết Bunpimay tỉnh Sê Kông. Ngày 2/9, hai tỉnh ký kết kế hoạch hợp tác năm "
                         "2025.", published=datetime(2024, 12, 28, 9))
    assert not chronicle.relevant, chronicle.reasons
    assert "against: the exchanges it lists are months apart and past (a chronicle, no new event)" in chronicle.reasons
    # a report of this week's visit that recalls the last one is news
    recalled = classify("Đoàn tỉnh Sê Kông thăm Quảng Nam", "Ngày 26/12, đoàn đại biểu tỉnh Sê Kông sang thăm và làm việc với tỉnh "
                        "Quảng Nam. Trước đó, ngày 14/4, lãnh đạo tỉnh Quảng Nam đã sang chúc Tết Bunpimay tỉnh Sê Kông.",
                        published=datetime(2024, 12, 28, 9))
    assert recalled.relevant, recalled.reasons
    # and a trip told day by day, read long after, is one trip still
    late = classify("Đoàn tỉnh Sê Kông thăm Quảng Nam", "Ngày 24/3/2019, đoàn đại biểu tỉnh Sê Kông sang thăm tỉnh Quảng Nam. "
                    "Ngày 26/3/2019, đoàn làm việc với UBND tỉnh Quảng Nam và ký kết biên bản hợp tác.",
                    published=datetime(2024, 12, 28, 9))
    assert not any("chronicle" in r for r in late.reasons), late.reasons


def test_a_plan_with_no_day_set_is_no_exchange_yet():
    from datetime import datetime

    plan = classify("Chương trình đối ngoại năm tới", "UBND tỉnh Tuyên Quang ban hành kế hoạch đối ngoại năm 2026, trong đó dự "
                    "kiến tổ chức đoàn sang thăm, làm việc với tỉnh Luổng Nặm Thà và tỉnh Bò Kẹo (Lào).",
                    published=datetime(2025, 12, 20, 9))
    _refused(plan, "against: the exchange is only planned, with no day set")
    assert "against: the plan is for a year to come" in plan.reasons, plan.reasons
    # announced with its days, it is news
    announced = classify("Đoàn tỉnh Bò Kẹo sắp sang thăm", "Theo kế hoạch, đoàn đại biểu tỉnh Bò Kẹo (Lào) sẽ sang thăm và làm "
                         "việc với tỉnh Tuyên Quang từ ngày 14 đến 16/9.")
    _kept(announced, unless="only planned")


def test_a_lao_delegation_at_ha_nois_landmark_is_in_viet_nam():
    c = classify("Viếng Lăng Bác", "Sáng 5/4, đoàn đại biểu tỉnh Xiêng Khoảng (Lào) đã đến đặt vòng hoa và vào Lăng Bác viếng "
                 "Chủ tịch Hồ Chí Minh.")
    _kept(c, unless="Laos alone")


def test_a_national_hospital_or_academy_of_ours_is_a_vietnamese_side():
    # no province is named, but the hospital a Lao ministry's delegation visits is Viet Nam's
    c = classify("Bộ Y tế Lào thăm bệnh viện tuyến cuối", "Ngày 7/6, đoàn công tác Bộ Y tế Lào do Thứ trưởng Phu Thon "
                 "dẫn đầu đến làm việc với Bệnh viện Bạch Mai về đào tạo bác sĩ chuyên khoa.")
    _kept(c, unless="Laos alone")
    home = classify("Bộ Y tế Lào thăm bệnh viện mới", "Ngày 7/6, đoàn công tác Bộ Y tế Lào do Thứ trưởng Phu Thon dẫn đầu "
                    "đến làm việc với Bệnh viện Mittaphap về đào tạo bác sĩ chuyên khoa.")
    assert not home.relevant and any("Laos alone" in r for r in home.reasons), home.reasons


def test_the_paper_s_own_leaders_unnamed_are_a_vietnamese_host():
    # a headline alone: "lãnh đạo tỉnh" receiving a Lao delegation is the paper's own province, not news about Laos alone
    c = classify("Lãnh đạo tỉnh tiếp đoàn đại biểu tỉnh Xay Sổm Bun (Lào)", "")
    _kept(c, unless="Laos alone")
    # … whatever Lao title its guest's head bears ("do Phó Tỉnh trưởng dẫn đầu" is the guest's, not the host's)
    guest = classify("Tiếp đoàn đại biểu tỉnh Xay Sổm Bun", "Ngày 5/6, lãnh đạo tỉnh đã tiếp đoàn đại biểu tỉnh bạn do Phó "
                     "Tỉnh trưởng dẫn đầu sang thăm và làm việc.")
    _kept(guest, unless="Laos alone")


def test_news_about_laos_alone_stays_below_the_line_however_high_its_leaders():
    # Laos's Assembly head touring one of its provinces: strong words of a visit, a national office, nobody of ours
    tour = classify("Chủ tịch Quốc hội Lào thăm tỉnh Át Tạp Pư", "Ngày 5/6, Chủ tịch Quốc hội Xaysomphone Phomvihane cùng đoàn "
                    "công tác đã thăm và làm việc tại tỉnh Át Tạp Pư. Tỉnh trưởng tiếp đoàn.")
    _refused(tour, "against: no Vietnamese party is named (news about Laos alone)")
    assert tour.rule_score < 0.5, tour.reasons
    # the association of Vietnamese in Laos greeting the capital's leaders is a body of ours
    greets = classify("Kiều bào chúc Tết chính quyền Thủ đô", "Ngày 10/4, Hội người Việt Nam tại Lào đã đến chúc Tết Bunpimay "
                      "lãnh đạo chính quyền Thủ đô Viêng Chăn.")
    _kept(greets, unless="Laos alone")


def test_two_sides_talks_about_crime_are_an_exchange_a_route_is_not():
    talks = classify("Công an hai tỉnh bàn phòng, chống ma túy", "Ngày 5/6, Công an tỉnh Điện Biên và Công an tỉnh Phông Sa Lỳ "
                     "(Lào) hội đàm về phối hợp đấu tranh với tội phạm ma túy. Năm qua, hai bên cùng bắt 40 đối tượng, thu "
                     "giữ 80 bánh heroin.")
    _kept(talks, unless="crime or drug route")
    route = classify("Sơ kết chuyên án ma túy", "Ngày 5/6, Công an tỉnh Điện Biên tổ chức hội nghị sơ kết chuyên án về đường dây "
                     "vận chuyển ma túy từ tỉnh Phông Sa Lỳ (Lào) về Việt Nam. Đơn vị đã bắt 12 đối tượng, thu giữ 60 "
                     "bánh heroin.")
    assert not route.relevant and any("crime or drug route" in r for r in route.reasons), route.reasons


def test_online_is_an_exchange_only_as_a_meeting_held_online():
    scam = classify("Cảnh giác lừa đảo việc làm tại Lào", "Công an tỉnh Hà Tĩnh cảnh báo thủ đoạn tuyển người sang Lào "
                    "làm việc lương cao, thực chất là đưa vào các sòng bạc trực tuyến ở tỉnh Bò Kẹo. Năm nay, công an đã "
                    "tiếp nhận 9 công dân bị lừa đảo từ Lào trở về.")
    assert not scam.relevant, scam.reasons
    talks = classify("Hội đàm trực tuyến", "Ngày 12/11, lãnh đạo tỉnh Hà Tĩnh và lãnh đạo tỉnh Bò Kẹo (Lào) đã hội đàm "
                     "trực tuyến về hợp tác phát triển nông nghiệp.")
    assert talks.relevant, talks.reasons


def test_a_minister_named_by_his_portfolio_is_his_ministry():
    from huunghi.classify.api import analyse_article

    c, v = analyse_article("Hội đàm Bộ trưởng Ngoại giao hai nước", "Ngày 9/5, tại Viêng Chăn, Bộ trưởng Ngoại giao Bùi Thanh "
                           "Sơn hội đàm với Bộ trưởng Ngoại giao Lào Thongsavanh Phomvihane.")
    assert c.relevant, c.reasons
    assert v.vn_parties == ["Bộ Ngoại giao"] and v.lao_parties == ["Lào"], (v.vn_parties, v.lao_parties)


def test_a_deputy_prime_minister_is_viet_nam_s_government_and_his_name_no_foreign_place():
    from huunghi.classify.api import analyse_article

    c, v = analyse_article("Hai Phó Thủ tướng làm việc", "Chiều 9/5, tại Hà Nội, Phó Thủ tướng Trần Hồng Hà đã có buổi làm "
                           "việc với Phó Thủ tướng Lào Chaleun Yiapaoher về hợp tác năng lượng.")
    assert c.relevant, c.reasons
    assert not any("another country" in r for r in c.reasons), c.reasons
    assert v.vn_parties == ["Chính phủ"] and v.direction == "la_to_vn", (v.vn_parties, v.direction_reasons)


def test_remains_buried_at_home_name_the_lao_provinces_they_were_found_in_as_places():
    home = classify("Đưa 15 bộ hài cốt về đất mẹ", "Sáng 15/5, huyện Anh Sơn làm lễ đưa 15 bộ hài cốt bộ đội tình nguyện về an "
                    "nghỉ ở nghĩa trang của huyện; các anh được đội của tỉnh Nghệ An cất bốc trong đợt mùa khô vừa rồi tại tỉnh "
                    "Xiêng Khoảng, Hủa Phăn.")
    _refused(home, "against: Laos is named only as a place or a topic, never as a party")
    # the Lao province that hands them over, or whose leaders the search team meets, is a party
    handover = classify("Hủa Phăn trao lại 12 bộ hài cốt", "Sáng 15/5, ở cửa khẩu Na Mèo, tỉnh Hủa Phăn trao lại cho tỉnh "
                        "Thanh Hóa 12 bộ hài cốt bộ đội tình nguyện mà lực lượng của bạn đã tìm kiếm, cất bốc. Dự buổi lễ có đại "
                        "diện lãnh đạo tỉnh Hủa Phăn.")
    assert handover.relevant, handover.reasons
    talks = classify("Làm việc về công tác tìm kiếm hài cốt liệt sĩ", "Ngày 15/5, đoàn công tác Ban Chỉ đạo 515 tỉnh Nghệ An "
                     "đã làm việc với lãnh đạo tỉnh Xiêng Khoảng (Lào) về công tác tìm kiếm, quy tập hài cốt liệt sĩ.")
    assert talks.relevant, talks.reasons


def test_laos_dealing_with_a_third_country_is_no_exchange_with_viet_nam_a_meeting_of_three_sides_is():
    from huunghi.classify.api import analyse_article

    thai = classify("Xa Vẳn Na Khệt đón khách Mukdahan", "Ngày 15/5, đồng chí Tỉnh trưởng tỉnh Xa Vẳn Na Khệt (Lào) đã tiếp "
                    "đoàn công tác tỉnh Mukdahan (Thái Lan) do Thống đốc tỉnh dẫn đầu, bàn việc mở thêm chuyến xe khách qua "
                    "cầu sông Mê Kông. Tỉnh Xa Vẳn Na Khệt có chung biên giới với tỉnh Quảng Trị của Việt Nam.")
    assert not thai.relevant and any(r.startswith("against: Laos deals with another country") for r in thai.reasons), \
        thai.reasons
    # … the other country's leader named by his title: "Thái" is one of our family names, "Thủ tướng Thái Lan" no leader of ours
    bridge = classify("Lào - Thái Lan khánh thành cầu hữu nghị", "Ngày 15/5, tại tỉnh Bô Ly Khăm Xay, Thủ tướng Lào và Thủ "
                      "tướng Thái Lan đã dự lễ khánh thành cầu Hữu nghị Lào - Thái Lan số 5 bắc qua sông Mê Công.")
    assert not bridge.relevant and not any(r.startswith("Vietnamese party") for r in bridge.reasons), bridge.reasons
    # … here too, where a city of ours only sets the scene
    here = classify("Hai đại sứ gặp gỡ", "Ngày 5/6, tại Hà Nội, Đại sứ Lào tại Việt Nam đã tiếp Đại sứ Campuchia tại Việt Nam "
                    "đến chào; hai bên bàn về hợp tác giữa hai nước.")
    assert not here.relevant and any(r.startswith("against: Laos deals with another country") for r in here.reasons), \
        here.reasons
    # Viet Nam's deputy minister at the table makes the talks a meeting of three sides — and Cambodia's ministry
    # is no Vietnamese side
    c, v = analyse_article("Ba nước hội đàm về an ninh biên giới", "Ngày 15/5, tại Thủ đô Viêng Chăn, Bộ trưởng Bộ Công an Lào "
                           "hội đàm với Bộ trưởng Bộ Nội vụ Campuchia. Tham dự có Thứ trưởng Bộ Công an Việt Nam Lê Quốc "
                           "Hùng. Ba bên thống nhất tăng cường phối hợp phòng chống tội phạm xuyên biên giới.")
    assert c.relevant, c.reasons
    assert v.vn_parties == ["Bộ Công an"], v.vn_parties


def test_a_lao_delegation_at_one_of_our_economic_zones_or_ports_meets_that_province():
    from huunghi.classify.api import analyse_article

    c, v = analyse_article("Đoàn Bộ Công Thương Lào thăm Khu kinh tế Vũng Áng", "Ngày 12/11, đoàn công tác Bộ Công Thương Lào "
                           "do Thứ trưởng Khăm Phay dẫn đầu tới làm việc tại Khu kinh tế Vũng Áng về vận chuyển hàng "
                           "hóa quá cảnh.")
    _kept(c, unless="Laos alone")
    assert v.vn_parties == ["Hà Tĩnh"] and v.direction == "la_to_vn", (v.vn_parties, v.direction)


def test_viet_nam_named_only_as_whose_port_or_border_it_is_leaves_news_of_laos_alone():
    rail = classify("Lào khai trương tuyến đường sắt mới", "Ngày 15/5, tại Thủ đô Viêng Chăn, Chính phủ Lào tổ chức lễ khai "
                    "trương tuyến đường sắt Viêng Chăn - Thà Khẹc. Thủ tướng Lào Sonexay Siphandone dự và cắt băng khánh "
                    "thành. Tuyến đường dài 140 km, sau này sẽ nối với cảng Vũng Áng của Việt Nam.")
    _refused(rail, "against: no Vietnamese party is named (news about Laos alone)")
    # Viet Nam's own people at the ceremony are a party
    guests = classify("Lào khai trương tuyến đường sắt mới", "Ngày 15/5, tại Thủ đô Viêng Chăn, Chính phủ Lào tổ chức lễ khai "
                      "trương tuyến đường sắt Viêng Chăn - Thà Khẹc với sự tham dự của đoàn đại biểu Việt Nam do Phó Thủ "
                      "tướng dẫn đầu. Tuyến đường sau này sẽ nối với cảng Vũng Áng của Việt Nam.")
    assert guests.relevant, guests.reasons


def test_our_ambassador_to_laos_briefing_a_province_on_its_lao_partners_is_no_exchange():
    home = classify("Đại sứ về thăm tỉnh nhà", "Sáng 15/5, Đại sứ Việt Nam tại Lào Trần Văn Lộc đã làm việc với lãnh đạo tỉnh "
                    "Nghệ An, nghe tỉnh kể về hợp tác giữa tỉnh với các tỉnh Xiêng Khoảng, Hủa Phăn, Bô Ly Khăm Xay của Lào "
                    "và gợi ý mấy việc nên làm sớm.")
    _refused(home, "against: a meeting at home that reviews the cooperation, no Lao participant")
    # with the Lao province's Tỉnh trưởng at the table it is one
    joint = classify("Đại sứ về thăm tỉnh nhà", "Sáng 15/5, Đại sứ Việt Nam tại Lào Trần Văn Lộc đã làm việc với lãnh đạo tỉnh "
                     "Nghệ An, nghe tỉnh kể về hợp tác giữa tỉnh với tỉnh Xiêng Khoảng của Lào. Dự buổi làm việc có Tỉnh trưởng "
                     "tỉnh Xiêng Khoảng.")
    assert joint.relevant, joint.reasons


def test_a_hospital_s_yearly_count_of_lao_patients_is_no_exchange():
    count = classify("Bệnh viện tiếp nhận bệnh nhân người Lào", "Năm 2024, Bệnh viện Đa khoa tỉnh Hà Tĩnh đã khám, chữa bệnh "
                     "cho hơn 3.000 lượt bệnh nhân người Lào, chủ yếu đến từ tỉnh Bô Ly Khăm Xay và Khăm Muồn. Nhiều ca bệnh "
                     "nặng được cứu chữa kịp thời.")
    assert not count.relevant, count.reasons
    taken_in = classify("Bệnh nhân nước bạn tin tưởng bệnh viện tỉnh", "Riêng năm nay, Bệnh viện Đa khoa tỉnh Quảng Bình tiếp "
                        "nhận hơn 1.500 lượt bệnh nhân đến từ các tỉnh Khăm Muồn, Xa Vẳn Na Khệt. Nhiều kỹ thuật cao đã được "
                        "áp dụng thành công.")
    assert not taken_in.relevant, taken_in.reasons
    # the province's doctors going over to treat the people of a Lao district are an exchange
    trip = classify("Khám bệnh miễn phí cho nhân dân nước bạn", "Ngày 15/5, đoàn y bác sĩ Bệnh viện Đa khoa tỉnh Hà Tĩnh đã "
                    "sang huyện Khăm Cợt, tỉnh Bô Ly Khăm Xay (Lào) khám bệnh, cấp thuốc miễn phí cho 500 người dân.")
    assert trip.relevant, trip.reasons


def test_aid_received_after_a_longer_cue_took_the_verb_s_first_syllable_is_still_aid():
    # "đã tiếp" (a reception) runs into "tiếp nhận" (aid received): the second is the cue
    c = classify("Tình cảm của tỉnh bạn", "Ngày 5/9, Phó Tỉnh trưởng tỉnh Khăm Muồn đã tiếp nhận số tiền 2 tỷ đồng do tỉnh Quảng "
                 "Trị hỗ trợ nhân dân bị lũ lụt.")
    assert c.relevant and any(r.startswith('exchange: "tiếp nhận') for r in c.reasons), c.reasons
    # … and a hospital that "đã tiếp nhận" counted patients still receives no aid
    patients = classify("Bệnh viện tỉnh", "Năm nay, Bệnh viện Đa khoa tỉnh Quảng Trị đã tiếp nhận hơn 1.000 lượt bệnh nhân từ "
                        "tỉnh Xa Vẳn Na Khệt (Lào).")
    assert not patients.relevant, patients.reasons


def test_an_event_of_laos_s_own_about_viet_nam_is_no_exchange():
    review = classify("Lào tổng kết hợp tác với Việt Nam", "Ngày 12/11, tại Viêng Chăn, Bộ Giáo dục và Thể thao Lào tổ chức hội "
                      "nghị tổng kết 5 năm các chương trình hợp tác với Việt Nam. Hội nghị đánh giá các dự án do Việt Nam tài trợ.")
    _refused(review, "against: an event of Laos's own about Viet Nam, nobody of Viet Nam's taking part")
    rally = classify("Mít tinh kỷ niệm quan hệ hai nước", "Ngày 5/9, tỉnh Chăm Pa Xắc tổ chức mít tinh kỷ niệm ngày thiết lập "
                     "bang giao giữa Lào và Việt Nam. Hàng trăm cán bộ, nhân dân trong tỉnh tham dự.")
    _refused(rally, "against: an event of Laos's own about Viet Nam, nobody of Viet Nam's taking part")
    # … nor a send-off or a collection of its own for Viet Nam
    send_off = classify("Tiễn lưu học sinh sang Việt Nam", "Ngày 1/9, tỉnh Xa La Văn tổ chức lễ tiễn 40 học sinh lên đường sang "
                        "Việt Nam học tập theo diện học bổng.")
    _refused(send_off, "against: an event of Laos's own about Viet Nam, nobody of Viet Nam's taking part")
    collection = classify("Quyên góp ủng hộ nhân dân Việt Nam", "Ngày 15/9, tỉnh Khăm Muồn phát động quyên góp ủng hộ nhân dân "
                          "Việt Nam khắc phục hậu quả bão lũ.")
    _refused(collection, "against: an event of Laos's own about Viet Nam, nobody of Viet Nam's taking part")
    # … with our envoy taking part it is an exchange, as is the sum collected handed to him
    handed = classify("Trao tiền ủng hộ", "Ngày 20/9, tại Viêng Chăn, lãnh đạo tỉnh Khăm Muồn trao 50.000 USD ủng hộ nhân dân "
                      "Việt Nam cho Đại sứ Việt Nam tại Lào.")
    assert handed.relevant, handed.reasons
    attended = classify("Mít tinh kỷ niệm quan hệ hai nước", "Ngày 5/9, tỉnh Chăm Pa Xắc tổ chức mít tinh kỷ niệm ngày thiết lập "
                        "bang giao giữa Lào và Việt Nam. Dự có Tổng Lãnh sự Việt Nam tại Pác Xế.")
    _kept(attended, unless="Laos's own")


def test_kin_visited_across_the_border_is_a_family_s_visit_no_exchange():
    kin = classify("Bà con bản biên giới đón Tết Bunpimay", "Ngày 14/4, đồng bào dân tộc Thái ở bản Na Hạ, huyện Quế Phong, có "
                   "nhiều người thân bên Lào, tổ chức đón Tết Bunpimay. Bà con sang thăm họ hàng ở tỉnh Hủa Phăn bên kia biên "
                   "giới và cùng té nước chúc phúc.")
    assert not kin.relevant, kin.reasons
    # a delegation's visit to the same province is one
    trip = classify("Đoàn huyện Mường Lát sang thăm tỉnh bạn", "Ngày 14/4, đoàn công tác huyện Mường Lát đã sang thăm, chúc "
                    "Tết Bunpimay lãnh đạo tỉnh Hủa Phăn (Lào).")
    assert trip.relevant, trip.reasons


def test_the_seat_of_another_country_s_envoy_in_laos_is_a_place():
    c = classify("Tiếp Tổng Lãnh sự Thái Lan", "Chiều 12/11, Phó Chủ tịch UBND tỉnh Quảng Trị tiếp ông Somchai, Tổng Lãnh sự "
                 "Thái Lan tại tỉnh Xa Vẳn Na Khệt (Lào) đến chào xã giao.")
    assert {m.kind for m in c.document.mentions("lao_province", "laos", "lao_place")} == {"lao_place"}
    assert not c.relevant, c.reasons
    # Laos's own consul is a party wherever he resides
    own = classify("Tiếp Tổng Lãnh sự Lào", "Chiều 12/11, Phó Chủ tịch UBND tỉnh Quảng Trị tiếp ông Khăm Phon, Tổng Lãnh sự "
                   "Lào tại Đà Nẵng đến chào xã giao.")
    assert own.relevant, own.reasons


def test_our_mission_s_own_ceremony_with_our_other_offices_there_is_no_exchange():
    own = classify("Lễ thượng cờ mừng năm mới", "Sáng 1/1, Đại sứ quán Việt Nam tại Lào tổ chức lễ thượng cờ mừng năm mới. "
                   "Tham dự có cán bộ Đại sứ quán, các cơ quan đại diện Việt Nam tại Lào cùng bà con người Việt.")
    assert not own.relevant, own.reasons


def test_scholarships_of_ours_announced_for_study_in_laos_name_it_as_a_place():
    announced = classify("Tuyển sinh học bổng đi học tại Lào", "Bộ Giáo dục và Đào tạo vừa thông báo tuyển sinh 40 chỉ tiêu học "
                         "bổng Hiệp định đi học tại Lào năm 2025. Hạn nộp hồ sơ trước ngày 20/6.")
    _refused_by_the_rules(announced)
    # the students received there by a Lao university, its ministry present, are an exchange
    received = classify("Đại học Quốc gia Lào đón sinh viên Việt Nam", "Sáng 2/10, Trường Đại học Quốc gia Lào tổ chức lễ đón 40 "
                        "sinh viên Việt Nam sang học tập tại trường. Dự buổi lễ có Đại sứ Việt Nam tại Lào và lãnh đạo Bộ Giáo dục "
                        "và Thể thao Lào.")
    assert received.relevant, received.reasons


def test_our_community_s_own_bodies_holding_an_event_in_a_lao_city_is_no_exchange_a_lao_guest_makes_it_one():
    opening = ("Sáng 2/9, Chi hội Phụ nữ Việt Nam tại Lào phối hợp với Đoàn Thanh niên Cộng sản Hồ Chí Minh tại Lào tổ chức "
               "buổi trồng cây lưu niệm tại khuôn viên Hội người Việt ở Thủ đô Viêng Chăn.")
    own = classify("Tuổi trẻ Việt Nam tại Lào trồng cây mừng Quốc khánh", opening + " Gần 200 hội viên tham gia.")
    assert not own.relevant and any("own mission or people" in r for r in own.reasons), own.reasons
    # a Lao body among the guests (a university, named by its kind and the country) meets them
    guest = classify("Tuổi trẻ Việt Nam tại Lào trồng cây mừng Quốc khánh", opening + " Dự buổi lễ có Phó Hiệu trưởng "
                     "Trường Đại học Quốc gia Lào Bun Nhăng Xay Nha Vông.")
    assert guest.relevant, guest.reasons
    # … nor is a community's own party, attended for "đồng bào Việt Nam … trên khắp đất nước Lào": where they live
    party = classify("Kiều bào ở Pắc Xế đón Tết cộng đồng", "Hội người Việt Nam ở tỉnh Chăm Pa Xắc đã phối hợp với các câu lạc bộ "
                     "đồng hương tổ chức Tết cộng đồng. Sự kiện có sự tham dự của 800 hội viên, thay mặt đồng bào Việt Nam buôn "
                     "bán, học tập trên khắp đất nước Lào.")
    _refused_by_the_rules(party)
    assert not party.document.names("laos", "lao_province", "lao_body"), party.document.mentions()


def test_a_students_graduation_only_thought_of_is_none_a_ceremony_is_one():
    story = classify("Cô sinh viên Lào và giấc mơ trở về", "Đến Huế học tập đã 4 năm, Phon Xa Vắt, sinh viên ngành Điều dưỡng "
                     "vẫn nhớ ngày đầu bỡ ngỡ. Sau khi tốt nghiệp, em mong muốn trở về quê hương tỉnh Xa La Văn làm việc.")
    assert not story.relevant, story.reasons
    ceremony = classify("Trao bằng cho lưu học sinh Lào", "Ngày 20/6, Trường Đại học Y Dược Huế tổ chức lễ tốt nghiệp cho 40 "
                        "lưu học sinh tỉnh Xa La Văn (Lào); dự có đại diện Sở Giáo dục tỉnh Xa La Văn.")
    assert ceremony.relevant, ceremony.reasons


def test_a_district_of_ours_named_without_its_province_is_a_vietnamese_party():
    from huunghi.classify.api import analyse_article

    c, v = analyse_article("Huyện Mường Lát tiếp đoàn huyện Viêng Xay", "Ngày 15/5, lãnh đạo huyện Mường Lát đã tiếp đoàn công "
                           "tác huyện Viêng Xay (Hủa Phăn, Lào) sang thăm và chúc Tết Bunpimay.")
    _kept(c, unless="Laos alone")
    assert v.vn_parties == ["Thanh Hóa"] and v.lao_parties == ["Hủa Phăn"], (v.vn_parties, v.lao_parties)


def test_a_commemoration_held_at_home_names_lao_provinces_as_its_topic_a_lao_guest_makes_it_an_exchange():
    opening = "Sáng 5/9, Tỉnh ủy Quảng Bình tổ chức mít tinh mừng ngày hai nước đặt quan hệ ngoại giao. "
    home = classify("Quảng Bình mít tinh mừng ngày hai nước đặt quan hệ", opening + "Phát biểu tại buổi mít tinh, Phó Bí thư "
                    "Tỉnh ủy nhắc lại những năm tháng khó khăn và nói về tình đoàn kết giữa tỉnh Quảng Bình với tỉnh Khăm Muồn, "
                    "Xa Vẳn Na Khệt.")
    _refused(home, "against: a meeting at home that reviews the cooperation, no Lao participant")
    for guest in ("Dự buổi mít tinh có đoàn đại biểu tỉnh Khăm Muồn (Lào) do Phó Tỉnh trưởng dẫn đầu.",
                  "Buổi mít tinh có sự tham gia của đại diện lãnh đạo tỉnh bạn.",
                  "Dự mít tinh có Phó Tỉnh trưởng tỉnh Khăm Muồn và đại diện Tổng Lãnh sự quán Lào tại Đà Nẵng."):
        joint = classify("Quảng Bình mít tinh mừng ngày hai nước đặt quan hệ", opening + guest + " Phát biểu tại buổi mít tinh, "
                         "Phó Bí thư Tỉnh ủy nói về tình đoàn kết giữa tỉnh Quảng Bình với tỉnh Khăm Muồn.")
        assert joint.relevant, (guest, joint.reasons)


def test_our_own_people_sent_off_or_a_collection_launched_at_home_is_no_exchange_a_lao_guest_makes_it_one():
    reason = "against: our own people sent off, or a collection launched, at home for Laos; no Lao participant"
    send_off = ("Sáng 2/10, Ban Chỉ huy Quân sự tỉnh Hà Tĩnh tổ chức lễ xuất quân cho Đội K91 sang tỉnh Khăm Muồn (Lào) "
                "làm nhiệm vụ mùa khô.")
    alone = classify("Đội tìm kiếm hài cốt lên đường", send_off)
    _refused(alone, reason)
    guest = classify("Đội tìm kiếm hài cốt lên đường", send_off + " Dự buổi lễ có đoàn công tác Bộ Chỉ huy Quân sự tỉnh Khăm Muồn.")
    assert guest.relevant, guest.reasons
    collection = classify("Chung tay giúp tỉnh bạn", "Ngày 12/9, Ủy ban MTTQ tỉnh Sơn La phát động quyên góp ủng hộ đồng bào "
                          "tỉnh Luổng Nặm Thà (Lào) bị thiệt hại do lũ quét; mỗi cán bộ ủng hộ một ngày lương.")
    _refused(collection, reason)
    handed = classify("Trao tiền ủng hộ tỉnh bạn", "Ngày 20/9, Ủy ban MTTQ tỉnh Sơn La đã trao 1 tỷ đồng quyên góp được cho "
                      "tỉnh Luổng Nặm Thà (Lào) khắc phục thiệt hại do lũ quét; Phó Tỉnh trưởng tỉnh bạn tiếp nhận.")
    assert handed.relevant, handed.reasons


def test_the_lao_people_of_viet_nam_are_no_lao_party_guests_from_laos_at_their_new_year_are():
    own = ("Ngày 13/4, đồng bào dân tộc Lào ở bản Na Sang, xã Mường Mô rộn ràng đón Tết Bunpimay; Chủ tịch UBND tỉnh Lai Châu "
           "đến thăm, chúc Tết bà con.")
    home = classify("Tết Bunpimay của đồng bào dân tộc Lào", own)
    _refused(home, "against: Laos is named only as a place or a topic, never as a party")
    guests = classify("Tết Bunpimay của đồng bào dân tộc Lào", own + " Dự lễ có đoàn đại biểu tỉnh Phông Sa Lỳ (Lào).")
    assert guests.relevant, guests.reasons
    # the Lao nation's own new year ("Tết cổ truyền của dân tộc Lào") is Laos's where no people of ours is spoken of
    nation = classify("Chúc Tết tỉnh bạn", "Ngày 12/4, đoàn đại biểu tỉnh Lai Châu sang chúc Tết cổ truyền của dân tộc Lào.")
    assert nation.relevant, nation.reasons


def test_a_patrol_of_our_own_side_along_a_lao_district_is_no_exchange_a_joint_one_is():
    alone = classify("Tuần tra bảo vệ biên giới dịp Tết", "Ngày 15/1, Đồn Biên phòng Na Mèo tổ chức tuần tra đơn phương trên "
                     "tuyến biên giới giáp huyện Viêng Xay, tỉnh Hủa Phăn (Lào), kiểm tra hệ thống mốc quốc giới.")
    _refused(alone, "against: Laos is named only as a place or a topic, never as a party")
    joint = classify("Hai đồn cùng đi tuần", "Ngày 15/1, Đồn Biên phòng Na Mèo cùng Đại đội 301 của huyện Viêng Xay, tỉnh Hủa "
                     "Phăn (Lào) tuần tra song phương qua ba cột mốc.")
    assert joint.relevant, joint.reasons
    # … and so is a joint inspection of the markers, its post named for its district
    inspected, visit = analyse_article("Hai bên kiểm tra cột mốc", "Từ ngày 4 đến 6/3, Đồn Biên phòng Sốp Cộp và lực lượng bảo vệ "
                                       "biên giới huyện Mường Et, tỉnh Hủa Phăn (Lào) tổ chức kiểm tra liên hợp 12 cột mốc "
                                       "quốc giới.", published=JUNE_2024)
    assert inspected.relevant, inspected.reasons
    assert visit.vn_parties == ["Sơn La"] and visit.lao_parties == ["Hủa Phăn"], (visit.vn_parties, visit.lao_parties)


def test_an_association_s_congress_summing_up_its_term_reports_no_exchange_its_lao_guests_do():
    term = classify("Hội hữu nghị của tỉnh họp đại hội", "Sáng 15/5, hội hữu nghị với Lào của tỉnh Nghệ An họp đại hội lần thứ "
                    "tư. Báo cáo đọc tại đại hội cho thấy nhiệm kỳ qua hội đã cùng tổ chức nhiều hoạt động giao lưu với các tỉnh "
                    "Xiêng Khoảng, Hủa Phăn.")
    assert not term.relevant, term.reasons
    # a dated visit that follows on from many earlier ones reports itself
    dated = classify("Đoàn tỉnh Xiêng Khoảng thăm Nghệ An", "Tiếp nối nhiều chuyến thăm thời gian qua, ngày 15/5, đoàn đại "
                     "biểu tỉnh Xiêng Khoảng (Lào) đã sang thăm và làm việc tại tỉnh Nghệ An.")
    assert dated.relevant, dated.reasons
    guests = classify("Hội hữu nghị của tỉnh họp đại hội", "Sáng 15/5, hội hữu nghị với Lào của tỉnh Nghệ An họp đại hội lần "
                      "thứ tư. Dự đại hội có đoàn đại biểu Hội Hữu nghị Lào - Việt Nam tỉnh Xiêng Khoảng.")
    assert guests.relevant, guests.reasons


def test_a_host_named_only_by_a_vietnamese_name_is_a_vietnamese_party():
    body = ("Chiều 15/5, đồng chí Nguyễn Trọng Nghĩa tiếp đồng chí Khăm Phăn Phôm Ma Thắt, Ủy viên Bộ Chính trị, Trưởng Ban "
            "Tuyên huấn Trung ương Đảng Nhân dân Cách mạng Lào.")
    c = classify("Tiếp đoàn Ban Tuyên huấn Trung ương Đảng NDCM Lào", body)
    _kept(c, unless="Laos alone")
    # a Lao name in the same place leaves the news Laos's own
    lao = classify("Tiếp đoàn Ban Tuyên huấn", body.replace("Nguyễn Trọng Nghĩa", "Xổm Phon Kẹo"))
    _refused(lao, "against: no Vietnamese party is named (news about Laos alone)")


def test_where_a_vietnamese_company_invests_in_laos_is_a_place_the_province_that_receives_it_a_party():
    plant = classify("Lãnh đạo tỉnh thăm doanh nghiệp của tỉnh đầu tư tại Lào", "Ngày 15/5, đoàn công tác tỉnh Nghệ An đã đến "
                     "thăm Công ty Cổ phần Mía đường Sông Lam đang đầu tư dự án trồng mía tại huyện Pạc Xăn, tỉnh Bô Ly Khăm Xay.")
    _refused(plant, "against: Laos is named only as a place or a topic, never as a party")
    received = classify("Doanh nghiệp đầu tư", "Ngày 15/5, Phó Tỉnh trưởng tỉnh Bô Ly Khăm Xay tiếp đoàn doanh nghiệp tỉnh "
                        "Nghệ An đang đầu tư tại tỉnh Bô Ly Khăm Xay.")
    assert received.relevant, received.reasons


def test_an_interview_tallying_a_year_of_delegations_reports_none_of_them():
    c = classify("Phó Chủ tịch tỉnh: Hợp tác với Hủa Phăn ngày càng thực chất", "Nhân dịp đầu xuân, phóng viên báo có cuộc trao "
                 "đổi với đồng chí Đầu Thanh Tùng, Phó Chủ tịch UBND tỉnh Thanh Hóa về kết quả hợp tác với tỉnh Hủa Phăn. Theo "
                 "đồng chí, năm 2024 hai tỉnh đã trao đổi 15 đoàn công tác, ký kết kế hoạch hợp tác năm 2025.")
    _refused(c, "against: exchanges with Laos are only summed up over a span of time (an overview)")


def test_our_ambassador_named_by_his_name_presenting_his_credentials_is_an_exchange():
    c = classify("Đại sứ Nguyễn Minh Tâm trình Quốc thư lên Chủ tịch nước Lào", "Ngày 15/5, tại Phủ Chủ tịch ở Thủ đô Viêng "
                 "Chăn, Đại sứ Nguyễn Minh Tâm đã trình Quốc thư lên Chủ tịch nước CHDCND Lào Thongloun Sisoulith.")
    _kept(c, unless="Laos alone")


def test_a_province_only_passed_through_or_shown_in_pictures_is_no_party():
    transit = classify("Đoàn công tác tỉnh Quảng Trị thăm tỉnh Mukdahan", "Ngày 15/5, đoàn công tác tỉnh Quảng Trị do Phó Chủ "
                       "tịch UBND tỉnh dẫn đầu rời cửa khẩu Lao Bảo, đi qua tỉnh Xa Vẳn Na Khệt (Lào) để sang tỉnh Mukdahan "
                       "(Thái Lan) bàn chuyện mở tuyến xe buýt chung; hai bên ký một văn bản ghi nhớ.")
    assert not transit.relevant, transit.reasons
    pictures = classify("Khai mạc triển lãm ảnh về tình hữu nghị", "Sáng 15/5, tại Bảo tàng tỉnh Nghệ An, Sở Văn hóa và Thể "
                        "thao khai mạc triển lãm với 150 bức ảnh về các chuyến thăm của lãnh đạo tỉnh Xiêng Khoảng, Hủa Phăn.")
    _refused(pictures, "against: Laos is named only as a place or a topic, never as a party")
    # … or in pictures and papers about a Lao leader's life
    life = classify("Triển lãm về một lãnh tụ của nước bạn", "Sáng 15/5, Bảo tàng tỉnh Quảng Bình khai mạc triển lãm giới thiệu "
                    "hơn 100 hình ảnh, tư liệu về cuộc đời, sự nghiệp của lãnh tụ Lào Xu-pha-nu-vông.")
    _refused_by_the_rules(life)
    # a trip that ends in the Lao province is a visit to it
    there = classify("Đoàn công tác tỉnh Quảng Trị thăm tỉnh Xa Vẳn Na Khệt", "Ngày 15/5, đoàn công tác tỉnh Quảng Trị đã xuất "
                     "cảnh qua cửa khẩu quốc tế Lao Bảo để sang thăm và làm việc tại tỉnh Xa Vẳn Na Khệt (Lào).")
    assert there.relevant, there.reasons


def test_an_exchange_dated_decades_before_the_page_is_a_look_back():
    from datetime import datetime

    treaty = ("Ngày này năm xưa: hai tỉnh kết nghĩa", "Ngày 18/7/1977, ở thị xã Sầm Nưa, đoàn của tỉnh Thanh Hóa và lãnh đạo tỉnh "
              "Hủa Phăn đã ký văn bản kết nghĩa đầu tiên giữa hai tỉnh.")
    c = classify(*treaty, published=datetime(2024, 7, 18, 8))
    assert not c.relevant and any(r.startswith("against: the exchanges it opens with are dated half a year") for r in c.reasons), \
        c.reasons
    # reported the day after, it is the news; a year after, a look back too
    assert classify(*treaty, published=datetime(1977, 7, 19, 8)).relevant
    assert not classify(*treaty, published=datetime(1978, 7, 18, 8)).relevant
    # a document of years before that a new meeting refers to does not make it a look back
    talks = classify("Hai tỉnh hội đàm", "Tại thành phố Thà Khẹc, Phó Bí thư Tỉnh ủy Hà Tĩnh và Phó Tỉnh trưởng tỉnh Khăm Muồn "
                     "hội đàm, rà soát việc thực hiện Biên bản ký ngày 8/10/2020 tại thành phố Hà Tĩnh.",
                     published=datetime(2024, 1, 9, 8))
    assert talks.relevant, talks.reasons


def test_an_art_troupe_s_tour_and_a_military_hospital_s_care_in_laos_are_exchanges():
    troupe = classify("Đoàn nghệ thuật tỉnh biểu diễn tại Lào", "Từ ngày 10 đến 15/5, Đoàn Nghệ thuật truyền thống tỉnh Hà Tĩnh "
                      "đã biểu diễn phục vụ nhân dân các bộ tộc tỉnh Bô Ly Khăm Xay, Khăm Muồn (Lào).")
    assert troupe.relevant, troupe.reasons
    care = classify("Đội y tế khám bệnh cho nhân dân Lào", "Từ ngày 13 đến 15/5, đoàn y, bác sĩ Bệnh viện Quân y 4 đã khám bệnh, "
                    "cấp thuốc miễn phí cho hơn 1.000 người dân huyện Noọng Hét, tỉnh Xiêng Khoảng (Lào).")
    _kept(care, unless="Laos alone")


def test_a_course_at_home_serving_the_cooperation_names_its_lao_partners_as_a_topic():
    course = classify("Tập huấn tiếng Lào cho cán bộ", "Sáng 15/5, Sở Ngoại vụ tỉnh Quảng Trị khai giảng lớp tập huấn tiếng Lào "
                      "cho 40 cán bộ làm công tác đối ngoại của tỉnh, phục vụ hợp tác với các tỉnh Xa Vẳn Na Khệt, Xa La Văn.")
    _refused(course, "against: Laos is named only as a place or a topic, never as a party")


def test_a_picture_given_to_a_lao_province_leaves_it_a_party():
    gift = classify("Trao tặng ảnh", "Sáng 15/5, đoàn đại biểu tỉnh Nghệ An trao tặng bức ảnh về Chủ tịch Hồ Chí Minh cho lãnh đạo "
                    "tỉnh Xiêng Khoảng (Lào).")
    assert gift.relevant, gift.reasons


def test_an_interview_with_one_side_is_no_exchange_a_meeting_the_paper_reports_is():
    from datetime import datetime

    interview = classify("Tỉnh trưởng Xa Vẳn Na Khệt trả lời phỏng vấn Báo Quảng Trị", "Nhân dịp đầu năm mới, ngày 5/1, đồng chí "
                         "Tỉnh trưởng tỉnh Xa Vẳn Na Khệt (Lào) đã dành cho phóng viên Báo Quảng Trị cuộc trả lời phỏng vấn về kết "
                         "quả hợp tác giữa hai tỉnh trong năm qua.", published=datetime(2024, 1, 6, 8))
    assert not interview.relevant and any(r.startswith("against: an interview") for r in interview.reasons), interview.reasons
    talks = classify("Tỉnh trưởng Xa Vẳn Na Khệt thăm Quảng Trị", "Ngày 5/1, đồng chí Tỉnh trưởng tỉnh Xa Vẳn Na Khệt (Lào) đã "
                     "hội đàm với lãnh đạo tỉnh Quảng Trị; sau buổi hội đàm, Tỉnh trưởng trả lời phỏng vấn Báo Quảng Trị.",
                     published=datetime(2024, 1, 6, 8))
    assert talks.relevant, talks.reasons


def test_a_talk_with_the_press_is_an_interview_a_talk_with_the_other_side_an_exchange():
    from datetime import datetime

    pub = datetime(2024, 9, 3, 8)
    asked = classify("Đại sứ Lào: Tình hữu nghị hai nước ngày càng bền chặt", "Nhân dịp Quốc khánh 2/9, phóng viên Báo Bình "
                     "Phước đã có cuộc trao đổi với Đại sứ Lào tại Việt Nam về những dấu mốc của quan hệ hai nước.", published=pub)
    assert not asked.relevant, asked.reasons
    answered = classify("Tỉnh trưởng Át Tạp Pư chia sẻ về hợp tác với Kon Tum", "Ngày 2/9, trao đổi với phóng viên, Tỉnh trưởng "
                        "tỉnh Át Tạp Pư (Lào) cho biết hợp tác giữa hai tỉnh ngày càng đi vào chiều sâu.", published=pub)
    assert not answered.relevant, answered.reasons
    talks = classify("Kon Tum làm việc với tỉnh Át Tạp Pư", "Ngày 2/9, đoàn công tác tỉnh Kon Tum đã trao đổi với lãnh đạo tỉnh "
                     "Át Tạp Pư (Lào) về hợp tác giữa hai tỉnh; phóng viên ghi nhận không khí cởi mở.", published=pub)
    assert talks.relevant, talks.reasons


def test_a_river_or_dam_sharing_a_lao_province_s_name_is_no_party():
    survey = classify("Khảo sát thủy điện trên sông Sê Kông", "Ngày 12/5, đoàn công tác của Sở Công Thương tỉnh Quảng Nam đã khảo "
                      "sát vị trí dự kiến làm nhà máy thủy điện ở thượng nguồn sông Sê Kông thuộc huyện Tây Giang. Đoàn làm việc với "
                      "UBND huyện về phương án di dân.")
    assert not survey.relevant and not survey.document.names("lao_province"), survey.reasons
    # the province of that name is a party
    trip = classify("Đoàn tỉnh Quảng Nam thăm tỉnh Sê Kông", "Ngày 12/5, đoàn công tác của tỉnh Quảng Nam đã thăm và làm việc "
                    "với lãnh đạo tỉnh Sê Kông (Lào) về hợp tác nông nghiệp.")
    assert trip.relevant, trip.reasons


def test_files_an_office_receives_are_no_aid_received():
    notice = classify("Thông báo nhận hồ sơ lưu học sinh Lào", "Trường Đại học Sư phạm Huế thông báo tiếp nhận hồ sơ của lưu "
                      "học sinh Lào theo diện hiệp định năm học mới. Hồ sơ nộp trước ngày 30/6; học bổng gồm học phí và sinh "
                      "hoạt phí hằng tháng.")
    assert not notice.relevant and not any(r.startswith('exchange: "tiếp nhận') for r in notice.reasons), notice.reasons
    # what a Lao province receives from one of ours is aid
    aid = classify("Trao hỗ trợ tỉnh bạn", "Ngày 5/9, tỉnh Xa La Văn (Lào) tiếp nhận 20 tấn gạo do tỉnh Huế hỗ trợ nhân dân "
                   "vùng lũ.")
    assert aid.relevant, aid.reasons


def test_another_country_s_leader_going_on_to_laos_is_no_exchange_of_ours():
    tour = classify("Thủ tướng Campuchia thăm Việt Nam", "Ngày 11/5, Thủ tướng Campuchia đã đến Hà Nội, bắt đầu chuyến thăm chính "
                    "thức Việt Nam. Trước đó, ông đã thăm Lào và gặp Thủ tướng Lào tại Viêng Chăn.")
    _refused(tour, 'against: Laos deals with another country ("Campuchia"), no Vietnamese party beside it')
    # our own delegation going on from Cambodia to Laos is one
    ours = classify("Đoàn tỉnh Kon Tum thăm hai nước bạn", "Từ ngày 10 đến 12/5, đoàn đại biểu tỉnh Kon Tum đã thăm tỉnh Ratanakiri "
                    "(Campuchia). Sau đó, đoàn đã sang thăm và làm việc với lãnh đạo tỉnh Át Tạp Pư (Lào).")
    assert ours.relevant, ours.reasons


def test_a_leader_met_by_title_beside_a_larger_meeting_is_an_exchange():
    beside = classify("Hội nghị Tư lệnh Cảnh sát các nước ASEAN", "Ngày 16/5, Bộ trưởng Bộ Công an dự Hội nghị Tư lệnh Cảnh sát "
                      "ASEAN tại Singapore. Bên lề hội nghị, Bộ trưởng đã có cuộc gặp song phương với Bộ trưởng Bộ An ninh Lào. "
                      "Hai bên nhất trí tăng cường trao đổi thông tin về tội phạm xuyên biên giới.")
    assert beside.relevant, beside.reasons
    by_title = classify("Bộ trưởng Ngoại giao gặp người đồng cấp Lào", "Nhân dịp dự Khóa họp Đại hội đồng Liên hợp quốc, ngày "
                        "25/9, tại New York (Hoa Kỳ), Bộ trưởng Ngoại giao Bùi Văn Khải đã gặp Bộ trưởng Ngoại giao Lào. Hai Bộ "
                        "trưởng nhất trí phối hợp chặt chẽ tại các diễn đàn đa phương.")
    assert by_title.relevant, by_title.reasons
    # the summit alone, with Laos one of its members, is none
    summit = classify("Khai mạc Hội nghị Bộ trưởng ASEAN", "Sáng 15/5, tại Hà Nội, Hội nghị Bộ trưởng Nông nghiệp ASEAN khai mạc "
                      "với sự tham dự của đại diện 10 nước thành viên, trong đó có Bộ trưởng Nông nghiệp Lào.")
    assert not summit.relevant, summit.reasons


def test_people_handed_over_at_the_border_are_crime_and_migration_news():
    suspect = classify("Công an tỉnh bạn bàn giao đối tượng bỏ trốn", "Chiều 14/5, tại Cửa khẩu Cầu Treo, Công an tỉnh Bô Ly Khăm "
                       "Xay (Lào) đã bàn giao cho Công an tỉnh Hà Tĩnh đối tượng Trần Văn C., người gây án rồi bỏ trốn sang Lào.")
    assert not suspect.relevant, suspect.reasons
    sent_back = classify("Nhận lại công dân nhập cảnh trái phép", "Ngày 18/5, tại cửa khẩu quốc tế Cha Lo, Đồn Biên phòng Cửa khẩu "
                         "Cha Lo đã tiếp nhận 30 công dân Việt Nam nhập cảnh trái phép vào Lào do lực lượng chức năng tỉnh Khăm Muồn "
                         "trao trả.")
    assert not sent_back.relevant, sent_back.reasons
    # remains handed over at the gate are an exchange
    remains = classify("Tiếp nhận hài cốt liệt sĩ", "Ngày 18/5, tại cửa khẩu quốc tế Cha Lo, Bộ Chỉ huy Quân sự tỉnh Quảng Bình tiếp "
                       "nhận 12 hài cốt liệt sĩ do tỉnh Khăm Muồn (Lào) bàn giao.")
    assert remains.relevant, remains.reasons


def test_visits_of_long_ago_told_by_month_and_year_or_recalled_are_no_new_event():
    from datetime import datetime

    now = datetime(2024, 5, 20, 9)
    history = classify("Chủ tịch nước với nước bạn Lào", "Tháng 12/1959, Chủ tịch nước đã sang thăm Vương quốc Lào. Tại Viêng "
                       "Chăn, Người đã hội kiến với Quốc vương Lào và gặp gỡ bà con Việt kiều.", published=now)
    _refused(history, "against: every exchange it opens with lies in past years (an overview, no new event)")
    memoir = classify("Ký ức về chuyến công tác đầu tiên sang Xiêng Khoảng", "Đã hơn 30 năm, nhưng ông Lê Văn Hòa, nguyên Phó Chủ "
                      "tịch UBND tỉnh Nghệ An vẫn nhớ chuyến công tác sang tỉnh Xiêng Khoảng năm 1992. Khi đó, đoàn của tỉnh đã "
                      "làm việc với lãnh đạo tỉnh bạn về việc mở lại đường 7.", published=now)
    _refused(memoir, "against: every exchange it opens with lies in past years (an overview, no new event)")
    # a report that turns from a past year's signing to today's reception is one
    today = classify("Thanh Hóa - Hủa Phăn tăng cường hợp tác", "Năm 2023, hai tỉnh đã ký biên bản hợp tác giai đoạn mới. Tiếp nối "
                     "kết quả đó, Chủ tịch UBND tỉnh Thanh Hóa đã tiếp đoàn đại biểu tỉnh Hủa Phăn (Lào) sang thăm và làm việc "
                     "tại tỉnh.", published=now)
    assert today.relevant, today.reasons
    # a headline that sums up a past year's awards has no time of its own, as a given title or as the page's first line
    for title, body in (("Tỉnh có thêm 3 đơn vị được Nhà nước Lào tặng thưởng", ""), ("", "Tỉnh có thêm 3 đơn vị được Nhà nước "
                                                                                       "Lào tặng thưởng\n")):
        tally = classify(title, body + "Theo Sở Ngoại vụ, năm 2023 Nhà nước Lào đã tặng Huân chương cho 3 tập thể và 12 cá "
                         "nhân của tỉnh Nghệ An có thành tích trong hợp tác với tỉnh Xiêng Khoảng.", published=now)
        _refused(tally, "against: every exchange it opens with lies in past years (an overview, no new event)")


def test_a_province_the_headline_names_is_a_place_where_the_text_names_it_only_so():
    c = classify("Trao quyết định bổ nhiệm Tổng Lãnh sự tại Luông Pha Bang", "Ngày 15/5, Thứ trưởng Bộ Ngoại giao trao quyết "
                 "định bổ nhiệm ông Trần Văn Nam giữ chức Tổng Lãnh sự Việt Nam tại Luông Pha Bang (Lào) nhiệm kỳ 2024-2027.")
    assert not c.relevant and not any(r.startswith("Lao party") for r in c.reasons), c.reasons
    # … and Laos itself, where the text names no Lao party at all
    c = classify("Biểu dương cán bộ giúp Lào", "Ngày 14/5, UBND tỉnh Sơn La tổ chức gặp mặt, biểu dương 25 cán bộ, giáo viên "
                 "hoàn thành nhiệm vụ giảng dạy tiếng Việt tại tỉnh Hủa Phăn, Luông Pha Bang năm học 2023-2024.")
    assert not any(r.startswith("Lao party") for r in c.reasons), c.reasons
    # a page with no headline line, whose first line is its lead sentence, keeps the parties that sentence names, whatever
    # the text below names as a place
    lead = ("Dẫn đầu đoàn Việt Nam là Thứ trưởng Bộ Ngoại giao Lê Văn An; dẫn đầu đoàn bạn là ông Khăm Xay, Bộ trưởng "
            "Bộ Ngoại giao Lào.\nTrong hai ngày 20-21/6, hai bên họp thường niên về công tác biên giới. Dịp "
            "này, hai bên cũng trao đổi về công tác phối hợp với huyện Noọng Hét, tỉnh Xiêng Khoảng (Lào).")
    c = classify("", lead)
    assert c.relevant, c.reasons


def test_a_programme_of_exchanges_with_no_delegation_fixed_is_no_exchange():
    from datetime import datetime

    plan = classify("Tỉnh sẽ tăng cường đối ngoại với các tỉnh của Lào", "Theo kế hoạch năm nay, UBND tỉnh Quảng Trị sẽ tổ chức "
                    "các đoàn sang thăm, làm việc với các tỉnh Xa Vẳn Na Khệt, Xa La Văn và đón các đoàn của bạn sang thăm tỉnh.",
                    published=datetime(2024, 5, 20, 9))
    _refused(plan, "against: the plan is a programme of exchanges, none with its delegation fixed")


def test_the_lao_people_of_our_own_villages_are_no_lao_party():
    home = classify("Người Lào ở Sơn La đón Tết cổ truyền", "Cộng đồng người Lào ở huyện Sông Mã, tỉnh Sơn La vừa tổ chức Tết "
                    "Bunpimay. Phó Chủ tịch UBND tỉnh Sơn La đã đến thăm, chúc Tết và tặng quà bà con.")
    assert not home.relevant and not home.document.names("laos"), home.reasons
    # greetings to a Lao province for the same Tết are an exchange
    across = classify("Chúc Tết Bunpimay tỉnh bạn", "Ngày 12/4, Phó Chủ tịch UBND tỉnh Sơn La đã sang chúc Tết Bunpimay lãnh đạo "
                      "tỉnh Hủa Phăn (Lào).")
    assert across.relevant, across.reasons


def test_past_work_praised_on_a_visit_at_home_is_no_exchange():
    praise = classify("Bí thư Tỉnh ủy thăm đồn biên phòng", "Ngày 17/5, Bí thư Tỉnh ủy Thanh Hóa đã thăm, động viên cán bộ, chiến "
                      "sĩ Đồn Biên phòng Na Mèo. Đồng chí ghi nhận đơn vị đã phối hợp tốt với lực lượng bảo vệ biên giới tỉnh Hủa "
                      "Phăn (Lào) trong tuần tra song phương.")
    assert not praise.relevant, praise.reasons
    # the same praise said at a meeting with the Lao side is said at an exchange
    meeting = classify("Hội đàm với lực lượng biên phòng tỉnh bạn", "Ngày 17/5, Đồn Biên phòng Na Mèo hội đàm với lực lượng bảo vệ "
                       "biên giới tỉnh Hủa Phăn (Lào). Hai bên đánh giá cao kết quả đã đạt được trong tuần tra song phương.")
    assert meeting.relevant, meeting.reasons


def test_a_task_given_to_our_own_bodies_names_laos_as_its_topic():
    task = classify("Hội nghị sơ kết công tác đối ngoại", "Sáng 10/7, UBND tỉnh Sơn La tổ chức hội nghị sơ kết công tác đối ngoại "
                    "6 tháng đầu năm. Phát biểu tại hội nghị, Chủ tịch UBND tỉnh đề nghị các sở, ngành đẩy mạnh hợp tác với tỉnh "
                    "Hủa Phăn trong giáo dục và y tế.")
    assert not task.relevant and not task.document.names("lao_province"), task.reasons
    # the Lao province met at the conference is a party
    met = classify("Hội nghị hợp tác hai tỉnh", "Sáng 10/7, UBND tỉnh Sơn La và tỉnh Hủa Phăn (Lào) tổ chức hội nghị đánh giá hợp tác "
                   "6 tháng đầu năm; Chủ tịch UBND tỉnh đề nghị các sở, ngành hai bên phối hợp chặt chẽ hơn.")
    assert met.relevant, met.reasons


def test_a_lao_province_s_own_review_naming_our_past_aid_is_news_of_laos():
    review = classify("Tỉnh Hủa Phăn tổng kết công tác năm", "Ngày 25/12, tỉnh Hủa Phăn (Lào) tổ chức hội nghị tổng kết công tác "
                      "năm. Tỉnh trưởng cho biết trong năm tỉnh đã hoàn thành nhiều công trình, trong đó có trường học do tỉnh Thanh "
                      "Hóa (Việt Nam) hỗ trợ xây dựng.")
    _refused(review, "against: an event of Laos's own about Viet Nam, nobody of Viet Nam's taking part")
    # our province's delegation at the review takes part
    attended = classify("Tỉnh Hủa Phăn tổng kết công tác năm", "Ngày 25/12, tỉnh Hủa Phăn (Lào) tổ chức hội nghị tổng kết hợp tác "
                        "với tỉnh Thanh Hóa. Dự hội nghị có đoàn đại biểu tỉnh Thanh Hóa do Phó Chủ tịch UBND tỉnh dẫn đầu.")
    assert attended.relevant, attended.reasons


def test_a_commune_of_ours_that_sounds_like_a_lao_town_is_no_lao_party():
    commune = classify("Đoàn công tác của tỉnh thăm xã Mường Sại", "Ngày 14/5, đoàn công tác của tỉnh Sơn La đã đến thăm và làm việc "
                       "với lãnh đạo xã Mường Sại, huyện Quỳnh Nhai về sản xuất nông nghiệp.")
    assert not commune.relevant and not commune.document.names("lao_province"), commune.reasons
    # the Lao town the press writes "thị xã" is still Laos's
    town = classify("Trao bằng tốt nghiệp tại Lào", "Ngày 14/5, tại thị xã Phôn-xa-vẳn, tỉnh Xiêng-khoảng (Lào), Trường Đại học "
                    "Vinh trao bằng tốt nghiệp cho 35 học viên của tỉnh bạn.")
    assert town.relevant and {m.name for m in town.document.mentions("lao_province")} == {"Xiêng Khoảng"}, town.reasons


def test_a_village_of_ours_whose_name_ends_in_lao_is_no_lao_party():
    village = classify("Huyện thăm bà con bản Nà Lào", "Ngày 7/11, đoàn công tác huyện Thuận Châu (Sơn La) đã đến thăm bản Nà Lào, "
                       "xã Chiềng Pha, tặng quà các gia đình chính sách và kiểm tra việc sắp xếp dân cư.")
    assert not village.relevant and not village.document.names("laos"), village.reasons
    # a Lao village named with its country after it is still in Laos
    abroad = classify("Trao nhà cho bà con Lào", "Ngày 7/11, đoàn công tác tỉnh Sơn La đã đến bản Phiêng Đi, Lào, trao 10 ngôi nhà "
                      "do tỉnh hỗ trợ cho chính quyền huyện Viêng Thoong, tỉnh Hủa Phăn.")
    assert abroad.relevant and abroad.document.names("laos"), abroad.reasons


def test_a_lao_mission_meeting_only_laos_s_own_people_here_is_news_of_laos():
    from datetime import datetime

    pub = datetime(2024, 4, 13, 8)
    own = classify("Đại sứ quán Lào gặp mặt lưu học sinh nhân dịp Bunpimay", "Ngày 12/4, tại Hà Nội, Đại sứ quán Lào tại Việt Nam "
                   "tổ chức gặp mặt hơn 300 lưu học sinh Lào đang học tập tại các trường đại học phía Bắc nhân dịp Tết cổ truyền.",
                   published=pub)
    assert not own.relevant and any("Laos's own people" in r for r in own.reasons), own.reasons
    # a school of ours holding the festival with the embassy, or a department of ours met, makes it an exchange
    school = classify("Trường Hữu nghị T78 vui Tết Bunpimay cùng lưu học sinh Lào", "Ngày 12/4, Trường Hữu nghị T78 phối hợp với "
                      "Đại sứ quán Lào tổ chức Tết Bunpimay cho lưu học sinh Lào; Đại sứ Lào đến dự, gặp mặt và chúc Tết các em.",
                      published=pub)
    assert school.relevant, school.reasons
    met = classify("Tổng Lãnh sự Lào thăm người lao động Lào tại Hà Tĩnh", "Ngày 12/4, Tổng Lãnh sự Lào tại Đà Nẵng đến thăm người "
                   "lao động Lào ở Khu kinh tế Vũng Áng và làm việc với Sở Lao động tỉnh Hà Tĩnh.", published=pub)
    assert met.relevant, met.reasons
    # … receiving a delegation of Laos's own, or holding its own ceremony with its staff and students
    delegation = classify("Đại sứ Lào tiếp đoàn Bộ Nội vụ Lào", "Ngày 16/5, tại Hà Nội, Đại sứ Lào tại Việt Nam đã tiếp đoàn công tác "
                          "Bộ Nội vụ Lào đang học tập kinh nghiệm tại Việt Nam.", published=pub)
    assert not delegation.relevant, delegation.reasons
    flag = classify("Tổng Lãnh sự quán Lào tổ chức lễ chào cờ", "Sáng 2/12, tại Đà Nẵng, Tổng Lãnh sự quán Lào tại Đà Nẵng tổ chức lễ "
                    "chào cờ kỷ niệm Quốc khánh nước CHDCND Lào với sự tham dự của cán bộ, nhân viên cơ quan và lưu học sinh Lào.",
                    published=pub)
    assert not flag.relevant, flag.reasons
    # the city's leaders at the ceremony make it an exchange
    city = classify("Tổng Lãnh sự quán Lào kỷ niệm Quốc khánh", "Sáng 2/12, tại Đà Nẵng, Tổng Lãnh sự quán Lào tại Đà Nẵng tổ chức lễ "
                    "kỷ niệm Quốc khánh nước CHDCND Lào với sự tham dự của lãnh đạo TP Đà Nẵng và lưu học sinh Lào.", published=pub)
    assert city.relevant, city.reasons
    # … its attendance listed at length before the students
    listed = classify("Đại sứ quán Lào mít tinh kỷ niệm Quốc khánh", "Sáng 2/12, tại Hà Nội, Đại sứ quán Lào tổ chức lễ mít tinh kỷ "
                      "niệm Quốc khánh với sự tham dự của cán bộ, nhân viên Đại sứ quán và đại diện lưu học sinh Lào đang học tập "
                      "tại Hà Nội.", published=pub)
    _refused_by_the_rules(listed)
    # … or the students' own association holding an event of its own, a school of ours holding it with them an exchange
    games = "Ngày 12/4, Hội lưu học sinh Lào tại Cần Thơ tổ chức ngày hội thể thao mừng Tết Bunpimay cho 200 sinh viên."
    alone = classify("Lưu học sinh Lào vui Tết", games, published=pub)
    _refused_by_the_rules(alone)
    with_school = classify("Lưu học sinh Lào vui Tết", games.replace("Hội lưu học sinh Lào tại Cần Thơ", "Trường Đại học Cần Thơ "
                                                                       "cùng Hội lưu học sinh Lào"), published=pub)
    assert with_school.relevant, with_school.reasons


def test_another_country_s_gift_said_to_be_given_to_laos_too_is_no_exchange_of_ours():
    from datetime import datetime

    pub = datetime(2023, 9, 7, 8)
    both = classify("Nhật Bản tặng thiết bị y tế cho Việt Nam và Lào", "Ngày 6/9, Đại sứ quán Nhật Bản tại Việt Nam đã bàn giao 20 máy "
                    "thở cho Bộ Y tế Việt Nam. Cùng ngày, một lô thiết bị tương tự cũng được bàn giao cho Bộ Y tế Lào tại Viêng Chăn.",
                    published=pub)
    assert not both.relevant and any("another country" in r for r in both.reasons), both.reasons
    # one of ours said to have done the same for Laos is an exchange
    ours = classify("Nhật Bản và Nghệ An cùng hỗ trợ", "Ngày 6/9, Đại sứ quán Nhật Bản tại Việt Nam đã bàn giao 20 máy thở cho Bộ Y tế "
                    "Việt Nam. Cùng ngày, tỉnh Nghệ An cũng đã bàn giao 10 tấn gạo cho tỉnh Xiêng Khoảng (Lào).", published=pub)
    assert ours.relevant, ours.reasons


def test_the_diplomatic_corps_together_is_no_exchange_with_laos():
    corps = classify("Giải bóng đá của các đại sứ quán tại Hà Nội", "Ngày 11/5, giải bóng đá giao hữu giữa các đại sứ quán tại Hà "
                     "Nội khai mạc với 8 đội tham dự, trong đó có đội Đại sứ quán Lào, Campuchia, Thái Lan và Hàn Quốc.")
    assert not corps.relevant and any("many countries" in r for r in corps.reasons), corps.reasons
    # the Lao embassy's team playing one of ours is an exchange
    pair = classify("Giao hữu bóng đá", "Chiều 11/5, tại Hà Nội, đội bóng Đại sứ quán Lào và đội bóng Bộ Ngoại giao Việt Nam đã có "
                    "trận giao hữu nhân kỷ niệm ngày thiết lập quan hệ ngoại giao.")
    assert pair.relevant, pair.reasons


def test_an_event_the_headline_says_will_be_held_with_no_day_is_only_planned():
    planned = classify("Hội chợ thương mại Việt - Lào sẽ diễn ra tại Điện Biên", "Theo Sở Công Thương, Hội chợ thương mại Việt - "
                       "Lào năm 2024 dự kiến tổ chức vào quý III tại TP Điện Biên Phủ với khoảng 200 gian hàng.")
    assert not planned.relevant and any("only planned" in r for r in planned.reasons), planned.reasons
    # announced with its days, it is an exchange to come
    announced = classify("Hội chợ thương mại Việt - Lào sẽ diễn ra tại Điện Biên", "Hội chợ thương mại Việt - Lào năm 2024 diễn ra "
                         "từ ngày 20 đến 25/6 tại TP Điện Biên Phủ, với 200 gian hàng của doanh nghiệp tỉnh Điện Biên và tỉnh Luông "
                         "Pha Bang (Lào).")
    assert announced.relevant, announced.reasons


@pytest.mark.parametrize("title,body", [
    # a ministry of ours the gazetteer does not list, its minister named
    ("Hợp tác lao động", "Ngày 14/5, tại Viêng Chăn, Bộ trưởng Bộ Lao động Đinh Quang Hải đã hội đàm với Bộ trưởng Bộ Lao động và "
     "Phúc lợi xã hội Lào."),
    ("Thứ trưởng thăm Lào", "Từ ngày 15 đến 17/5, đoàn công tác Bộ Giao thông do Thứ trưởng Lê Văn Hậu dẫn đầu đã thăm và làm việc "
     "tại Lào."),
    # heads of bodies received by title ("tiếp Tổng Kiểm toán …", "tiếp Chánh án …")
    ("Hợp tác kiểm toán", "Ngày 14/5, Tổng Kiểm toán Nhà nước Trần Minh Đức tiếp Tổng Kiểm toán Nhà nước Lào."),
    ("Hợp tác tòa án", "Ngày 14/5, tại Hà Nội, Chánh án Tòa án nhân dân tối cao tiếp Chánh án Tòa án nhân dân tối cao Lào."),
])
def test_national_exchanges_of_bodies_the_gazetteer_lacks_are_kept(title, body):
    c = classify(title, body)
    assert c.relevant, c.reasons


def test_laos_s_officials_alone_are_still_news_of_laos():
    c = classify("Thủ tướng Lào tiếp Thống đốc", "Ngày 14/5, Thủ tướng Lào Xổm Xạ Vắt tiếp Thống đốc Ngân hàng Trung ương Lào Vắt "
                 "Ta Na Phon và nghe báo cáo tình hình tỷ giá.")
    assert not c.relevant, c.reasons


def test_a_troupe_of_ours_performing_for_our_community_in_laos_is_no_exchange():
    own = classify("Nghệ sĩ biểu diễn phục vụ kiều bào", "Tối 18/5, tại Viêng Chăn, đoàn nghệ thuật của Nhà hát Ca múa nhạc Việt Nam "
                   "đã biểu diễn phục vụ cộng đồng người Việt Nam tại Lào nhân kỷ niệm ngày sinh Chủ tịch Hồ Chí Minh.")
    assert not own.relevant and any("own mission or people" in r for r in own.reasons), own.reasons
    # the Lao province's people and leaders in the audience make it a tour of an art troupe, an exchange
    tour = classify("Đoàn nghệ thuật tỉnh biểu diễn tại Lào", "Tối 18/5, tại tỉnh Xiêng Khoảng, Đoàn Nghệ thuật truyền thống tỉnh "
                    "Nghệ An đã biểu diễn phục vụ nhân dân các bộ tộc Lào và cộng đồng người Việt Nam tại tỉnh bạn. Dự buổi biểu diễn "
                    "có Phó Tỉnh trưởng tỉnh Xiêng Khoảng.")
    assert tour.relevant, tour.reasons


def test_a_wanted_man_handed_over_by_lao_police_is_crime_news():
    wanted = classify("Tiếp nhận đối tượng truy nã do phía Lào bàn giao", "Chiều 16/5, tại cửa khẩu quốc tế Nậm Cắn, Công an tỉnh "
                      "Nghệ An đã tiếp nhận đối tượng Lê Văn Tùng, 35 tuổi, bị truy nã về tội giết người, do Công an tỉnh Xiêng "
                      "Khoảng (Lào) bắt giữ và bàn giao.")
    assert not wanted.relevant, wanted.reasons
    # the remains of our fallen handed over the same way are an exchange
    remains = classify("Tiếp nhận hài cốt liệt sĩ do phía Lào bàn giao", "Chiều 16/5, tại cửa khẩu quốc tế Nậm Cắn, Ban Chỉ huy "
                       "Quân sự tỉnh Nghệ An đã tiếp nhận 5 hài cốt liệt sĩ quân tình nguyện, do Bộ Chỉ huy Quân sự tỉnh Xiêng Khoảng "
                       "(Lào) tìm thấy và bàn giao.")
    assert remains.relevant, remains.reasons


@pytest.mark.parametrize("title,body", [
    ("Khánh thành cầu treo qua suối Nậm Lào", "Sáng 16/5, UBND huyện Sìn Hồ tổ chức khánh thành cầu treo bắc qua suối Nậm Lào, xã Pa "
     "Tần. Cây cầu do một doanh nghiệp tài trợ, giúp 300 hộ dân đi lại thuận tiện."),
    ("Đoàn công tác tỉnh thăm thôn Lào Tỷ", "Ngày 16/5, đoàn công tác tỉnh Hà Giang đã đến thăm thôn Lào Tỷ, xã Phố Cáo, huyện Đồng "
     "Văn và tặng 50 suất quà cho học sinh nghèo."),
    # "Lào" its whole name, our commune and district after it
    ("Vào mùa gặt ở bản Lào", "Ngày 16/5, đoàn công tác của huyện Mường Lát đã đến thăm bản Lào, xã Mường Lý, huyện Mường Lát "
     "(Thanh Hóa), động viên bà con thu hoạch lúa."),
])
def test_a_stream_or_a_village_of_ours_with_lao_in_its_name_is_no_lao_party(title, body):
    c = classify(title, body)
    assert not c.relevant and not c.document.names("laos"), c.reasons


def test_a_lao_district_named_by_itself_as_what_a_place_borders_is_geography():
    drill = classify("Diễn tập khu vực phòng thủ huyện Kỳ Sơn", "Ngày 17/5, huyện Kỳ Sơn tổ chức diễn tập khu vực phòng thủ với tình "
                     "huống giả định đối tượng xấu lợi dụng địa bàn giáp huyện Noọng Hét, tỉnh Xiêng Khoảng (Lào) để hoạt động.")
    assert not drill.relevant and not drill.document.names("lao_province"), drill.reasons
    # a drill held with the district's forces is an exchange
    joint = classify("Diễn tập chung", "Ngày 17/5, huyện Kỳ Sơn và huyện Noọng Hét, tỉnh Xiêng Khoảng (Lào) tổ chức diễn tập chung "
                     "phòng chống cháy rừng trên tuyến biên giới.")
    assert joint.relevant, joint.reasons


def test_a_lao_province_named_as_what_a_place_faces_is_geography():
    c = classify("Đoàn công tác tỉnh thăm tỉnh Nakhon Phanom", "Ngày 15/5, đoàn công tác tỉnh Nghệ An đã thăm và làm việc tại tỉnh "
                 "Nakhon Phanom (Thái Lan), nằm bên bờ sông Mê Kông đối diện tỉnh Khăm Muồn của Lào.")
    assert not c.relevant and not c.document.names("lao_province"), c.reasons


@pytest.mark.parametrize("title,body", [
    # a meeting beside the summit with another country
    ("Bộ trưởng Ngoại giao gặp người đồng cấp Nhật Bản", "Chiều 25/7, bên lề Hội nghị Bộ trưởng Ngoại giao ASEAN tại Viêng Chăn, Bộ "
     "trưởng Ngoại giao Lê Hoài Nam đã gặp Bộ trưởng Ngoại giao Nhật Bản. Hai bên nhất trí tăng cường hợp tác."),
    # … told "song phương", the next sentence's words of the two sides being theirs, not Laos's
    ("Gặp song phương bên lề hội nghị", "Chiều 25/7, tại Thủ đô Viêng Chăn, nhân dịp dự Hội nghị Bộ trưởng Ngoại giao ASEAN, Bộ "
     "trưởng Ngoại giao Lê Hoài Nam có cuộc gặp song phương với Bộ trưởng Ngoại giao Campuchia. Hai bên nhất trí phối hợp chặt "
     "chẽ tại các diễn đàn khu vực."),
    # our delegation arriving in the host's capital for it
    ("Thủ tướng đến Viêng Chăn dự Hội nghị Cấp cao ASEAN", "Chiều 8/10, Thủ tướng cùng Đoàn đại biểu cấp cao Việt Nam đã đến Thủ đô "
     "Viêng Chăn, bắt đầu chuyến tham dự Hội nghị Cấp cao ASEAN lần thứ 44 và các hội nghị liên quan."),
    # the hall named for the country
    ("Thủ tướng phát biểu tại Hội nghị Cấp cao ASEAN", "Sáng 9/10, tại Trung tâm Hội nghị quốc gia Lào, Thủ tướng dự và phát biểu tại "
     "phiên toàn thể Hội nghị Cấp cao ASEAN. Thủ tướng đề nghị các nước ASEAN tăng cường kết nối."),
    # a headline whose meeting the lead names in full
    ("Bộ trưởng Quốc phòng dự Hội nghị ADMM tại Lào", "Sáng 21/11, tại Viêng Chăn, Bộ trưởng Bộ Quốc phòng dẫn đầu Đoàn đại biểu Bộ "
     "Quốc phòng Việt Nam dự Hội nghị Bộ trưởng Quốc phòng các nước ASEAN mở rộng."),
    # a festival of ours with troupes from home and abroad, Laos's listed among others
    ("Khai mạc Festival Huế", "Tối 15/5, tại Đại Nội Huế, Festival Huế chính thức khai mạc với sự tham gia của 20 đoàn nghệ thuật "
     "trong nước và quốc tế đến từ Pháp, Hàn Quốc, Lào, Thái Lan, Nhật Bản."),
    # Laos one of the members, its minister's long title before the country
    ("Khai mạc Hội nghị Bộ trưởng Lao động ASEAN", "Sáng 16/5, tại Hà Nội, Hội nghị Bộ trưởng Lao động ASEAN khai mạc với sự tham dự "
     "của bộ trưởng các nước thành viên, trong đó có Bộ trưởng Bộ Lao động và Phúc lợi xã hội Lào."),
])
def test_a_summit_laos_hosts_or_joins_is_no_exchange_with_laos(title, body):
    c = classify(title, body)
    # (a Lao name inside the meeting on whose sidelines another is held is read as its occasion already)
    assert not c.relevant and any("many countries" in r or "only as a place" in r for r in c.reasons), c.reasons


def test_a_meeting_with_the_host_beside_a_summit_in_laos_is_an_exchange():
    c = classify("Thủ tướng gặp song phương với nước chủ nhà", "Bên lề Hội nghị Cấp cao ASEAN tại Viêng Chăn chiều 9/10, Thủ tướng có "
                 "cuộc gặp song phương với Thủ tướng nước chủ nhà Lào.")
    assert c.relevant, c.reasons


@pytest.mark.parametrize("title,body", [
    ("Đại sứ quán tiếp đoàn Ban Tuyên giáo", "Ngày 16/5, tại Viêng Chăn, Đại sứ Việt Nam tại Lào đã tiếp đoàn công tác Ban Tuyên giáo "
     "Trung ương do Phó Trưởng ban làm trưởng đoàn."),
    ("Đại sứ quán Việt Nam tại Lào tổ chức hội nghị cán bộ", "Ngày 16/5, tại Viêng Chăn, Đại sứ quán Việt Nam tại Lào tổ chức hội "
     "nghị cán bộ, công chức năm 2024. Đại sứ chủ trì hội nghị."),
])
def test_our_mission_in_laos_with_only_its_own_is_no_exchange(title, body):
    c = classify(title, body)
    assert not c.relevant and any("own mission or people" in r for r in c.reasons), c.reasons


def test_our_mission_in_laos_receiving_a_lao_minister_is_an_exchange():
    c = classify("Đại sứ tiếp Bộ trưởng Lào", "Ngày 16/5, tại Viêng Chăn, Đại sứ Việt Nam tại Lào đã tiếp Bộ trưởng Bộ Giáo dục và "
                 "Thể thao Lào đến chúc mừng nhân dịp ngày sinh Chủ tịch Hồ Chí Minh.")
    assert c.relevant, c.reasons


@pytest.mark.parametrize("title,body", [
    ("Khai trương tuyến xe khách Vinh - Xiêng Khoảng", "Sáng 16/5, một công ty vận tải khai trương tuyến xe khách Vinh - Xiêng "
     "Khoảng qua cửa khẩu Nậm Cắn, mỗi ngày 2 chuyến. Sở Giao thông vận tải tỉnh dự lễ."),
    ("Mở đường bay Hà Nội - Luông Pha Bang", "Một hãng hàng không cho biết từ ngày 1/6 sẽ khai thác đường bay thẳng Hà Nội - Luông "
     "Pha Bang với tần suất 3 chuyến mỗi tuần."),
])
def test_a_lao_province_in_a_route_s_name_is_no_party(title, body):
    c = classify(title, body)
    assert not c.relevant and not c.document.names("lao_province"), c.reasons


@pytest.mark.parametrize("ministry", ["Bộ Công chính và Vận tải Lào", "Bộ Thông tin, Văn hóa và Du lịch Lào",
                                      "Bộ Năng lượng và Mỏ Lào"])
def test_a_lao_ministry_whose_name_holds_va_is_an_office_of_laos(ministry):
    from huunghi.classify.mentions import lao_institution

    c = classify("Hai bộ họp", f"Ngày 16/5, tại Hà Nội, Bộ Giao thông vận tải và {ministry} đồng chủ trì cuộc họp thúc đẩy dự án "
                 "đường sắt Viêng Chăn - Vũng Áng.")
    assert c.relevant and any(lao_institution(c.document.folded, m) for m in c.document.mentions("laos")), c.reasons
    assert not c.document.names("lao_province"), c.document.names("lao_province")
    # two sides joined by "và" are still two sides
    pair = classify("Hợp tác quốc phòng", "Ngày 16/5, hợp tác giữa Bộ Quốc phòng Việt Nam và Lào được đánh giá cao.")
    assert not any(lao_institution(pair.document.folded, m) for m in pair.document.mentions("laos"))


def test_a_profile_with_no_exchange_and_no_party_of_ours_is_not_kept_on_its_words_alone():
    c = classify("Chàng lưu học sinh Lào mê tiếng Việt", "Sang Việt Nam từ năm 2019, Khăm Sỉ, lưu học sinh Lào tại Trường Đại học "
                 "Vinh, nay đã nói tiếng Việt thành thạo. Em kể những ngày đầu sang học, em rất nhớ nhà. Sau khi tốt nghiệp, Khăm Sỉ "
                 "mong về tỉnh Xiêng Khoảng làm giáo viên dạy tiếng Việt, góp phần vun đắp tình hữu nghị hai nước.")
    assert not c.relevant and c.score == c.rule_score, c.reasons


def test_our_delegation_inspecting_a_work_we_build_in_laos_meets_only_its_contractor():
    inspected = classify("Kiểm tra tiến độ công trình viện trợ", "Ngày 16/5, tại Viêng Chăn, đoàn công tác Bộ Xây dựng do Thứ trưởng "
                         "dẫn đầu đã kiểm tra tiến độ thi công công trình Nhà Quốc hội Lào do Việt Nam tài trợ. Thứ trưởng yêu cầu nhà "
                         "thầu đảm bảo chất lượng, an toàn lao động.")
    assert not inspected.relevant and not inspected.document.names("lao_body"), inspected.reasons
    # the Lao office it works with makes it an exchange
    met = classify("Kiểm tra tiến độ công trình viện trợ", "Ngày 16/5, tại Viêng Chăn, đoàn công tác Bộ Xây dựng do Thứ trưởng dẫn "
                   "đầu đã làm việc với Văn phòng Quốc hội Lào và kiểm tra tiến độ thi công công trình Nhà Quốc hội Lào do Việt Nam tài "
                   "trợ.")
    assert met.relevant, met.reasons


def test_where_our_students_study_is_a_place():
    c = classify("Gặp mặt sinh viên Nghệ An đang học tại Lào", "Ngày 16/5, Sở Giáo dục và Đào tạo Nghệ An gặp mặt 30 sinh viên của tỉnh "
                 "đang theo học tại các trường đại học ở Lào nhân dịp nghỉ hè về quê.")
    assert not c.relevant and not c.document.names("laos"), c.reasons
    # Laos's own students studying here are a Lao party
    lao = classify("Gặp mặt lưu học sinh Lào", "Ngày 16/5, Sở Ngoại vụ Nghệ An gặp mặt lưu học sinh Lào đang học tập tại Trường Đại học "
                   "Vinh nhân dịp Tết Bunpimay.")
    assert lao.relevant, lao.reasons


def test_a_rule_issued_about_lao_students_is_no_exchange():
    c = classify("Tăng mức học bổng cho lưu học sinh Lào", "Bộ Tài chính vừa ban hành thông tư điều chỉnh mức sinh hoạt phí cho lưu "
                 "học sinh Lào học tập tại Việt Nam theo diện Hiệp định, tăng 20% so với trước, áp dụng từ ngày 1/7.")
    assert not c.relevant and any("regulated" in r for r in c.reasons), c.reasons
    # scholarships handed to Lao students in a ceremony are an exchange
    given = classify("Trao học bổng cho lưu học sinh Lào", "Ngày 16/5, Sở Ngoại vụ tỉnh Nghệ An trao 50 suất học bổng cho lưu học sinh "
                     "Lào đang học tập tại Trường Đại học Vinh.")
    assert given.relevant, given.reasons


@pytest.mark.parametrize("title,body", [
    ("Hoãn chuyến thăm tỉnh Hủa Phăn do mưa lũ", "Do ảnh hưởng của mưa lũ, chuyến công tác của đoàn đại biểu tỉnh Thanh Hóa "
     "tại tỉnh Hủa Phăn (Lào) dự kiến từ ngày 20 đến 22/5 đã được tạm hoãn."),
    ("Hủy ngày hội biên giới", "UBND huyện Kỳ Sơn thông báo hủy Ngày hội giao lưu văn hóa biên giới với huyện Noọng Hét, tỉnh Xiêng "
     "Khoảng (Lào) dự kiến tổ chức ngày 25/5 do dịch bệnh."),
    ("Chưa thể tổ chức hội đàm", "Bộ Chỉ huy BĐBP tỉnh Quảng Trị cho biết chưa thể tổ chức hội đàm định kỳ với Bộ Chỉ huy Quân sự tỉnh "
     "Xa La Văn (Lào) trong tháng 5."),
])
def test_an_exchange_called_off_or_put_off_is_none(title, body):
    c = classify(title, body)
    assert not c.relevant and any("called off" in r for r in c.reasons), c.reasons


@pytest.mark.parametrize("body", [
    "Ngày 16/5, sau 2 năm tạm hoãn vì dịch, Bộ Chỉ huy BĐBP tỉnh Quảng Trị và Bộ Chỉ huy Quân sự tỉnh Xa La Văn (Lào) đã tổ chức "
    "hội đàm định kỳ tại cửa khẩu La Lay.",
    "Ngày 16/5, Công an tỉnh Sơn La và Sở An ninh tỉnh Hủa Phăn (Lào) hội đàm, thống nhất phối hợp điều tra, tiêu hủy ma túy tang vật.",
])
def test_an_exchange_held_after_a_pause_or_about_destroying_drugs_is_kept(body):
    c = classify("Hội đàm", body)
    assert c.relevant, c.reasons


def test_an_exchange_only_proposed_is_not_held():
    proposed = classify("Đề xuất tổ chức hội nghị hợp tác 4 tỉnh", "Sở Ngoại vụ tỉnh Điện Biên vừa có văn bản đề xuất UBND tỉnh tổ chức "
                        "hội nghị hợp tác với các tỉnh Phông Sa Lỳ, Luổng Nặm Thà, U Đôm Xay (Lào).")
    assert not proposed.relevant, proposed.reasons
    # held at the other side's proposal, it happened
    held = classify("Đoàn Điện Biên thăm Phông Sa Lỳ", "Theo đề xuất của tỉnh Phông Sa Lỳ, ngày 16/5, đoàn đại biểu tỉnh Điện Biên đã "
                    "sang thăm và làm việc tại tỉnh Phông Sa Lỳ (Lào).")
    assert held.relevant, held.reasons


def test_an_exchange_only_wished_for_is_not_held_and_a_denied_entry_is_migration_news():
    wish = classify("Mong muốn đón đoàn đại biểu tỉnh Sê Kông", "Trả lời cử tri, Chủ tịch UBND tỉnh Quảng Nam mong muốn sớm đón đoàn "
                    "đại biểu tỉnh Sê Kông (Lào) sang thăm để bàn các dự án hợp tác mới.")
    assert not wish.relevant, wish.reasons
    # a wish that only explains a visit made, or one said at a meeting, leaves the meeting an exchange
    held = classify("Đoàn Quảng Nam thăm Sê Kông", "Với mong muốn tăng cường hợp tác, ngày 16/5, đoàn đại biểu tỉnh Quảng Nam đã sang "
                    "thăm và làm việc tại tỉnh Sê Kông (Lào).")
    assert held.relevant, held.reasons
    said = classify("Lãnh đạo tỉnh tiếp Tỉnh trưởng", "Ngày 16/5, Chủ tịch UBND tỉnh Điện Biên đề xuất với Tỉnh trưởng tỉnh Phông "
                    "Sa Lỳ (Lào) đang thăm tỉnh mở rộng hợp tác, tại buổi tiếp đoàn.")
    assert said.relevant, said.reasons
    denied = classify("Từ chối nhập cảnh 5 công dân Lào", "Ngày 16/5, Đồn Biên phòng Nậm Cắn đã từ chối nhập cảnh "
                      "và bàn giao cho lực lượng chức năng tỉnh Xiêng Khoảng (Lào) 5 công dân Lào không có giấy tờ hợp lệ.")
    assert not denied.relevant, denied.reasons


def test_our_delegation_s_flight_to_a_summit_in_laos_is_no_exchange():
    c = classify("Chuyến bay chở đoàn đại biểu bị chậm", "Chuyến bay từ Hà Nội đi Viêng Chăn chở đoàn đại biểu Quốc hội Việt Nam sang "
                 "dự hội nghị AIPA đã bị chậm 3 giờ do thời tiết xấu ngày 16/5.")
    assert not c.relevant, c.reasons


def test_an_exchange_denied_or_recalled_as_what_a_man_once_did_is_none():
    denied = classify("Bác bỏ thông tin sai sự thật về chuyến thăm", "Sở Thông tin và Truyền thông tỉnh Nghệ An khẳng định thông tin "
                      "lan truyền trên mạng xã hội về việc đoàn đại biểu tỉnh Xiêng Khoảng (Lào) sang thăm và ký kết hợp tác khai thác "
                      "khoáng sản với tỉnh là không đúng sự thật.")
    assert not denied.relevant and any("denied" in r for r in denied.reasons), denied.reasons
    once = classify("Tỉnh trưởng Hủa Phăn nghỉ hưu", "Ông Vông Xay, người từng nhiều lần dẫn đoàn đại biểu tỉnh Hủa Phăn sang thăm và làm "
                    "việc với tỉnh Thanh Hóa, vừa nghỉ hưu theo chế độ.")
    assert not once.relevant, once.reasons
    # talks about false news, and the same man leading a delegation now, are exchanges
    talks = classify("Hai tỉnh hội đàm", "Ngày 16/5, tỉnh Quảng Trị và tỉnh Xa Vẳn Na Khệt (Lào) hội đàm, thống nhất phối hợp xử lý "
                     "thông tin sai sự thật trên mạng xã hội.")
    assert talks.relevant, talks.reasons
    again = classify("Tỉnh trưởng Hủa Phăn thăm Thanh Hóa", "Ngày 16/5, ông Vông Xay, người từng nhiều lần dẫn đoàn sang thăm Thanh "
                     "Hóa, tiếp tục dẫn đầu đoàn đại biểu tỉnh Hủa Phăn (Lào) đến thăm và làm việc tại tỉnh.")
    assert again.relevant, again.reasons


def test_an_intention_with_no_day_anywhere_and_a_hope_to_receive_are_no_exchange():
    intended = classify("Tỉnh dự định cử đoàn sang Lào", "UBND tỉnh Hà Tĩnh dự định cử đoàn công tác sang thăm tỉnh Bô Ly Khăm Xay "
                        "(Lào) để bàn về hợp tác giáo dục.")
    assert not intended.relevant and any("no day anywhere" in r for r in intended.reasons), intended.reasons
    hoped = classify("Lãnh đạo tỉnh mong được đón đoàn tỉnh bạn", "Trả lời phóng viên, Phó Chủ tịch UBND tỉnh Kon Tum cho biết tỉnh rất "
                     "mong được đón đoàn đại biểu tỉnh Át Tạp Pư (Lào) sang thăm trong dịp kỷ niệm.")
    assert not hoped.relevant, hoped.reasons
    # announced with its days two sentences on, it is an exchange to come
    announced = classify("Tỉnh sẽ cử đoàn sang Lào", "UBND tỉnh Hà Tĩnh sẽ cử đoàn công tác sang thăm tỉnh Bô Ly Khăm Xay (Lào). "
                         "Đoàn do Phó Chủ tịch UBND tỉnh dẫn đầu. Chuyến thăm diễn ra từ ngày 20 đến 22/5.")
    assert announced.relevant, announced.reasons


def test_tourists_visiting_and_workers_sent_home_are_no_exchange():
    tourists = classify("Khách Việt đổ về Lào dịp nghỉ lễ", "Dịp nghỉ lễ Quốc khánh, các hãng lữ hành ở Đà Nẵng đưa hơn 2.000 du khách "
                        "sang Lào tham quan thác Khone và cao nguyên Bô Lô Ven ở tỉnh Chăm Pa Xắc.")
    assert not tourists.relevant, tourists.reasons
    workers = classify("Đón 40 lao động từ Lào trở về", "Ngày 12/8, Sở Lao động tỉnh Hà Tĩnh đã tiếp nhận 40 lao động làm thuê không "
                       "có giấy phép ở tỉnh Khăm Muồn (Lào) về với gia đình.")
    assert not workers.relevant, workers.reasons
    # (many guests, no delegation: where they came from is no party, whichever verb their sightseeing takes)
    guests = classify("Khách Lào đến Quảng Trị tăng", "Theo Sở Du lịch tỉnh Quảng Trị, 6 tháng đầu năm có hơn 50.000 lượt khách Lào "
                      "qua Cửa khẩu Lao Bảo. Nhiều khách đến từ tỉnh Xa Vẳn Na Khệt tham quan Thành cổ và tắm biển Cửa Tùng.",
                      published=JUNE_2024)
    assert not guests.relevant, guests.reasons
    # a delegation touring a province with its hosts, and gifts handed over to Lao workers, stay exchanges
    tour = classify("Đoàn tỉnh Quảng Nam tham quan tỉnh Sê Kông", "Ngày 12/8, đoàn đại biểu tỉnh Quảng Nam do Phó Chủ tịch UBND tỉnh "
                    "dẫn đầu đã tham quan các công trình hợp tác tại tỉnh Sê Kông (Lào), cùng lãnh đạo tỉnh bạn.")
    assert tour.relevant, tour.reasons
    gifts = classify("Trao quà cho công nhân Lào", "Ngày 12/8, Liên đoàn Lao động tỉnh Quảng Trị đã bàn giao 100 suất quà cho các "
                     "lao động của tỉnh Xa La Văn (Lào) nhân chuyến làm việc của đoàn tại tỉnh bạn.")
    assert gifts.relevant, gifts.reasons


def test_a_period_long_past_and_a_life_once_spent_in_laos_report_no_exchange():
    published = JUNE_2024
    period = classify("Những năm chống dịch cùng bạn", "Trong giai đoạn 2020 - 2022, tỉnh Thanh Hóa đã hỗ trợ tỉnh Hủa Phăn (Lào) "
                      "nhiều tấn vật tư y tế và cử các đội bác sĩ sang giúp bạn.", published=published)
    assert not period.relevant, period.reasons
    life = classify("Tiễn biệt một người thầy", "Chiều 3/6, lãnh đạo Trường Đại học Tây Bắc đã đến viếng nhà giáo Lò Văn Hải, người "
                    "từng có hơn 10 năm giảng dạy ở tỉnh Luông Pha Bang (Lào).", published=published)
    assert not life.relevant, life.reasons
    # this year's help, and a Lao official once posted here who leads a delegation now, are exchanges
    now = classify("Hỗ trợ tỉnh bạn", "Ngày 3/6, tỉnh Thanh Hóa đã hỗ trợ tỉnh Hủa Phăn (Lào) 2 tỷ đồng khắc phục hậu quả lũ "
                   "trong giai đoạn 2024 - 2025.", published=published)
    assert now.relevant, now.reasons


def test_a_border_task_reviewed_at_home_and_a_file_photo_s_caption_report_no_exchange():
    review = classify("Kiểm tra công tác biên giới tại Kon Tum", "Ngày 8/7, đoàn kiểm tra của Bộ Quốc phòng đã làm việc với Bộ Chỉ "
                      "huy Bộ đội Biên phòng tỉnh Kon Tum về công tác bảo vệ biên giới với tỉnh Át Tạp Pư (Lào) 6 tháng đầu năm.")
    assert not review.relevant, review.reasons
    photo = classify("Quảng Bình khai trương bến xe mới", "Sáng 8/7, TP Đồng Hới đưa vào sử dụng bến xe phía Nam với vốn đầu tư 40 "
                     "tỷ đồng.\nẢnh tư liệu: Lãnh đạo tỉnh Quảng Bình đón đoàn đại biểu tỉnh Khăm Muồn (Lào) năm 2022.")
    assert not photo.relevant, photo.reasons
    suffixed = classify("Quảng Bình khai trương bến xe mới", "Sáng 8/7, TP Đồng Hới đưa vào sử dụng bến xe phía Nam với vốn đầu tư "
                        "40 tỷ đồng. Lãnh đạo tỉnh Quảng Bình đón đoàn đại biểu tỉnh Khăm Muồn (Lào) (ảnh tư liệu).")
    assert not suffixed.relevant, suffixed.reasons
    # … or credited after a dash, or in a sentence of its own run on after the caption
    for credit in (" - Ảnh tư liệu", ". Ảnh minh họa", ". (Ảnh: TL)"):
        credited = classify("Quảng Bình khai trương bến xe mới", "Sáng 8/7, TP Đồng Hới đưa vào sử dụng bến xe phía Nam với vốn "
                            "đầu tư 40 tỷ đồng.\nLãnh đạo tỉnh Quảng Bình đón đoàn đại biểu tỉnh Khăm Muồn (Lào)" + credit +
                            "\nBến xe có diện tích 2 ha.")
        assert not credited.relevant, (credit, credited.reasons)
    # talks of the two sides about the same border work are an exchange, and so is a report whose photo is captioned
    talks = classify("Hội đàm về biên giới", "Ngày 8/7, Bộ Chỉ huy Bộ đội Biên phòng tỉnh Kon Tum hội đàm với Bộ Chỉ huy Quân sự tỉnh "
                     "Át Tạp Pư (Lào) về công tác bảo vệ biên giới.")
    assert talks.relevant, talks.reasons
    captioned = classify("Quảng Bình đón đoàn tỉnh Khăm Muồn", "Sáng 8/7, lãnh đạo tỉnh Quảng Bình đón đoàn đại biểu tỉnh Khăm Muồn "
                         "(Lào).\nẢnh: Lãnh đạo tỉnh Quảng Bình tặng quà đoàn tỉnh Khăm Muồn.")
    assert captioned.relevant, captioned.reasons


def test_an_exchange_only_set_as_a_goal_is_not_held():
    congress = classify("Hội Hữu nghị Việt - Lào tỉnh Phú Yên đại hội", "Ngày 9/10, Hội Hữu nghị Việt Nam - Lào tỉnh Phú Yên tổ chức Đại "
                        "hội lần thứ III. Đại hội đặt mục tiêu mở rộng giao lưu với tỉnh Sê Kông (Lào) trong nhiệm kỳ tới.")
    assert not congress.relevant, congress.reasons
    striving = classify("Kế hoạch năm 2025 của Sở Ngoại vụ", "Sở Ngoại vụ tỉnh Gia Lai phấn đấu đón 4 đoàn của tỉnh Át Tạp Pư (Lào) "
                        "sang làm việc trong năm 2025.")
    assert not striving.relevant, striving.reasons
    # the goals two sides set at their talks are those talks' news
    talks = classify("Phú Yên hội đàm với Sê Kông", "Ngày 9/10, lãnh đạo tỉnh Phú Yên hội đàm với đoàn đại biểu tỉnh Sê Kông (Lào). "
                     "Hai bên đặt mục tiêu mở rộng giao lưu văn hóa.")
    assert talks.relevant, talks.reasons


def test_an_exchange_headline_in_a_related_box_flattened_into_the_page_is_no_exchange():
    page = classify("Quảng Nam: Ra quân làm đường giao thông nông thôn", "Sáng 4/3, huyện Đông Giang ra quân làm đường giao thông "
                    "nông thôn năm 2025. Hơn 800 đoàn viên, thanh niên tham gia. Tin mới nhất. Lãnh đạo tỉnh Quảng Nam tiếp đoàn "
                    "đại biểu tỉnh Sê Kông (Lào). Giá sâm Ngọc Linh giảm.")
    assert not page.relevant, page.reasons
    own = classify("Quảng Nam tiếp đoàn tỉnh Sê Kông", "Sáng 4/3, lãnh đạo tỉnh Quảng Nam tiếp đoàn đại biểu tỉnh Sê Kông (Lào). "
                   "Tin mới nhất. Giá sâm Ngọc Linh giảm.")
    assert own.relevant, own.reasons


def test_a_contract_between_firms_is_no_exchange_of_the_two_states():
    firms = classify("Doanh nghiệp Quảng Trị ký hợp đồng với đối tác Lào", "Ngày 22/4, Tổng công ty Thương mại Quảng Trị đã ký kết hợp "
                     "đồng cung cấp 3.000 tấn xi măng với Công ty Vilaykham của Lào.")
    assert not firms.relevant, firms.reasons
    # (a group, "tập đoàn", is a firm too: the province receiving one is no exchange of the two states)
    group = classify("Nhà đầu tư Lào tìm hiểu cơ hội đầu tư", "Ngày 22/4, Phó Chủ tịch UBND tỉnh Quảng Trị tiếp và làm việc với Tập "
                     "đoàn Phongsubthavy của Lào do Chủ tịch tập đoàn dẫn đầu, đến tìm hiểu cơ hội đầu tư vào khu kinh tế.")
    assert not group.relevant, group.reasons
    # the province receiving a delegation of Lao firms with their province's leaders is one
    received = classify("Quảng Trị tiếp đoàn doanh nghiệp tỉnh Xa Vẳn Na Khệt", "Ngày 22/4, lãnh đạo UBND tỉnh Quảng Trị tiếp đoàn "
                        "doanh nghiệp Lào do Phó Tỉnh trưởng tỉnh Xa Vẳn Na Khệt dẫn đầu sang tìm hiểu cơ hội đầu tư.")
    assert received.relevant, received.reasons


def test_an_exchange_that_could_not_be_held_or_was_stopped_is_none():
    could_not = classify("Đoàn tỉnh Luông Pha Bang lỡ hẹn với Lễ hội", "Vì sạt lở trên tuyến quốc lộ 13, đoàn nghệ thuật tỉnh Luông "
                         "Pha Bang (Lào) đã không thể sang tham dự Lễ hội Hoa Ban của tỉnh Điện Biên năm nay.")
    assert not could_not.relevant, could_not.reasons
    not_yet = classify("Nhà văn hóa hữu nghị chậm bàn giao", "Nhà văn hóa hữu nghị tại tỉnh Bò Kẹo (Lào) do tỉnh Lai Châu tài trợ đến "
                       "nay vẫn chưa thể bàn giao vì thiếu hồ sơ thanh toán.")
    assert not not_yet.relevant, not_yet.reasons
    paused = classify("Tạm dừng giao lưu biên giới", "Bộ đội Biên phòng tỉnh Kon Tum và lực lượng bảo vệ biên giới tỉnh Át Tạp Pư "
                      "(Lào) thống nhất tạm dừng tuần tra song phương trong mùa mưa lũ.")
    assert not paused.relevant, paused.reasons
    # resumed after a pause, and a work handed over that was once paused, are exchanges
    resumed = classify("Nối lại tuần tra song phương", "Ngày 3/10, sau thời gian tạm dừng vì mưa lũ, Bộ đội Biên phòng tỉnh Kon Tum và "
                       "lực lượng bảo vệ biên giới tỉnh Át Tạp Pư (Lào) đã tuần tra song phương trở lại.")
    assert resumed.relevant, resumed.reasons
    handed = classify("Bàn giao nhà văn hóa hữu nghị", "Ngày 3/10, tỉnh Lai Châu đã bàn giao nhà văn hóa hữu nghị cho tỉnh Bò Kẹo "
                      "(Lào), công trình từng tạm dừng thi công vì mưa lũ.")
    assert handed.relevant, handed.reasons


def test_an_exchange_only_advised_or_budgeted_for_is_not_held():
    advised = classify("Cần mở rộng hợp tác với tỉnh bạn", "Theo các nhà nghiên cứu, tỉnh Quảng Nam nên chủ động mời các đoàn của tỉnh "
                       "Sê Kông (Lào) sang khảo sát tuyến đường 14D.")
    assert not advised.relevant, advised.reasons
    budgeted = classify("Thông qua kinh phí đối ngoại", "HĐND tỉnh Lai Châu thông qua 8 tỷ đồng kinh phí năm 2025, phần lớn dành cho việc "
                        "đón tiếp các đoàn của tỉnh Bò Kẹo (Lào).")
    assert not budgeted.relevant, budgeted.reasons
    # what the hosts say should come next, at their meeting, leaves the meeting an exchange
    met = classify("Quảng Nam tiếp đoàn Sê Kông", "Ngày 3/10, lãnh đạo tỉnh Quảng Nam tiếp đoàn đại biểu tỉnh Sê Kông (Lào); hai bên "
                   "nên tiếp tục tổ chức các đoàn thăm lẫn nhau.")
    assert met.relevant, met.reasons


def test_a_survey_is_no_visit():
    survey = classify("Giá điện ở Lào thấp hơn Việt Nam", "Theo khảo sát ngày 3/10 của Hiệp hội Năng lượng, giá điện sinh hoạt tại "
                      "Thủ đô Viêng Chăn thấp hơn khoảng 20% so với tại Hà Nội.")
    assert not survey.relevant, survey.reasons
    trip = classify("Đoàn Hà Nội khảo sát tại Viêng Chăn", "Ngày 3/10, đoàn công tác TP Hà Nội đã khảo sát mô hình quản lý đô thị tại "
                    "Thủ đô Viêng Chăn (Lào), cùng lãnh đạo Thủ đô Viêng Chăn.")
    assert trip.relevant, trip.reasons


def test_a_call_on_a_leader_by_title_is_a_courtesy_call():
    call = classify("Tổng Lãnh sự Việt Nam chào Tỉnh trưởng Chăm Pa Xắc", "Ngày 3/10, tại Pakse, Tổng Lãnh sự Việt Nam tại Pakse đã chào "
                    "Tỉnh trưởng tỉnh Chăm Pa Xắc (Lào) nhân dịp nhận nhiệm vụ.")
    assert call.relevant, call.reasons
    # a welcome to an anniversary is no call
    welcome = classify("Chào mừng Quốc khánh", "Các tuyến phố ở Hà Nội rực rỡ cờ hoa chào mừng Chủ tịch nước Lào và 49 năm Quốc khánh "
                       "nước bạn.")
    assert not welcome.relevant, welcome.reasons


def test_gifts_counted_in_vehicles_books_or_doses_are_aid():
    for gift in ("3 xe cứu thương", "2.000 cuốn sách", "50.000 liều vắc xin", "20 con bò giống"):
        c = classify("Quà của tỉnh bạn", f"Ngày 3/10, tỉnh Quảng Nam đã tặng {gift} cho tỉnh Sê Kông (Lào).")
        assert c.relevant, (gift, c.reasons)
    # the same gifts at home are no exchange
    home = classify("Quà cho huyện nghèo", "Ngày 3/10, tỉnh Quảng Nam đã tặng 3 xe cứu thương cho huyện Tây Giang.")
    assert not home.relevant, home.reasons


def test_a_lao_delegation_taking_part_in_an_event_the_lead_names_is_an_exchange():
    fest = classify("Khai mạc Lễ hội Cà phê Buôn Ma Thuột", "Tối 3/3, tỉnh Đắk Lắk khai mạc Lễ hội Cà phê Buôn Ma Thuột lần thứ 9. "
                    "Lễ hội có sự tham gia của đoàn nghệ nhân tỉnh Chăm Pa Xắc (Lào) và nhiều địa phương trong nước.")
    assert fest.relevant, fest.reasons
    # taking part as one of many countries, or as players, is not
    many = classify("Khai mạc Lễ hội Cà phê Buôn Ma Thuột", "Tối 3/3, tỉnh Đắk Lắk khai mạc Lễ hội Cà phê Buôn Ma Thuột lần thứ 9. "
                    "Lễ hội có sự tham gia của doanh nghiệp 20 quốc gia, trong đó có Lào, Thái Lan và Brazil.")
    assert not many.relevant, many.reasons


def test_a_troupe_on_tour_trainees_taken_in_and_experts_sent_now_are_exchanges():
    troupe = classify("Đoàn nghệ thuật tỉnh Bò Kẹo biểu diễn tại Lai Châu", "Tối 3/10, Đoàn nghệ thuật tỉnh Bò Kẹo (Lào) đã biểu diễn "
                      "tại Quảng trường TP Lai Châu, phục vụ đông đảo người dân.")
    assert troupe.relevant, troupe.reasons
    trainees = classify("Công an Hà Tĩnh đón học viên Lào", "Ngày 3/10, Công an tỉnh Hà Tĩnh đón 25 học viên của Trường Cảnh sát "
                        "nhân dân Lào đến thực tập nghiệp vụ.")
    assert trainees.relevant, trainees.reasons
    experts = classify("Chuyên gia Quảng Nam giúp Sê Kông", "Ngày 3/10, đoàn chuyên gia Sở Giao thông vận tải tỉnh Quảng Nam đã sang "
                       "tỉnh Sê Kông (Lào) giúp bạn khảo sát tuyến đường.")
    assert experts.relevant, experts.reasons
    # wartime experts remembered stay a place of the past
    remembered = classify("Nhớ về những năm giúp bạn", "Những năm 1980, chuyên gia Việt Nam đã sang giúp tỉnh Sê Kông (Lào) xây dựng "
                          "chính quyền cách mạng.")
    assert not remembered.relevant, remembered.reasons


def test_a_general_of_ours_received_in_laos_is_somebody_of_ours():
    c = classify("Lễ đón chính thức tại Viêng Chăn", "Sáng 9/4, tại Bộ Quốc phòng Lào, Bộ trưởng Bộ Quốc phòng Lào chủ trì lễ đón "
                 "Thượng tướng Hoàng Minh Tuệ và đoàn đại biểu quân sự.")
    assert c.relevant, c.reasons
    # a Lao general among his own is news of Laos
    own = classify("Lễ đón chính thức tại Viêng Chăn", "Sáng 9/4, tại Bộ Quốc phòng Lào, Bộ trưởng Bộ Quốc phòng Lào chủ trì lễ đón "
                   "Thượng tướng Khăm Liêng Ú Thạ Khốt và đoàn cán bộ Tổng cục Chính trị trở về sau chuyến công tác.")
    assert not own.relevant, own.reasons


def test_a_preview_whose_lao_guests_are_only_a_group_has_no_fixed_participants():
    preview = classify("Ngày hội văn hóa biên giới sắp diễn ra", "Ngày hội văn hóa các dân tộc vùng biên sẽ diễn ra từ ngày 12 đến 14/4 "
                       "tại huyện Kỳ Sơn. Dự kiến ngày hội sẽ có sự tham gia của các đoàn nghệ thuật trong nước và các tỉnh Trung Lào.")
    assert not preview.relevant and any("no fixed participants" in r for r in preview.reasons), preview.reasons
    # foreseen with its guests named, it is an announced exchange
    named = classify("Ngày hội văn hóa biên giới sắp diễn ra", "Ngày hội văn hóa các dân tộc vùng biên sẽ diễn ra từ ngày 12 đến 14/4 "
                     "tại huyện Kỳ Sơn. Dự kiến ngày hội sẽ có sự tham gia của đoàn nghệ thuật tỉnh Xiêng Khoảng (Lào).")
    assert named.relevant, named.reasons


def test_a_course_given_to_the_other_side_is_an_exchange():
    course = classify("Đào tạo điều dưỡng cho tỉnh bạn", "Ngày 3/10, Bệnh viện Đa khoa tỉnh Hà Tĩnh trao chứng chỉ cho 12 điều dưỡng "
                      "của Bệnh viện tỉnh Bô Ly Khăm Xay (Lào) sau khóa đào tạo 3 tháng.")
    assert course.relevant, course.reasons
    # a course at home for our own staff is none
    home = classify("Đào tạo điều dưỡng", "Ngày 3/10, Bệnh viện Đa khoa tỉnh Hà Tĩnh trao chứng chỉ cho 12 điều dưỡng của bệnh viện "
                    "huyện Hương Sơn sau khóa đào tạo 3 tháng.")
    assert not home.relevant, home.reasons


def test_a_meeting_named_for_both_countries_names_laos_as_a_side():
    met = classify("Thanh niên hai nước gặp gỡ tại Quảng Bình", "Từ ngày 8 đến 10/10, tại Quảng Bình diễn ra Gặp gỡ hữu nghị thanh niên "
                   "Việt Nam - Lào lần thứ 6, với 300 thanh niên hai nước tham gia.")
    assert met.relevant, met.reasons
    # a seminar about the two countries' relations is a topic, no side
    about = classify("Hội thảo về quan hệ hai nước", "Ngày 8/10, Trường Đại học Quảng Bình tổ chức hội thảo khoa học về quan hệ "
                     "Việt Nam - Lào với 40 tham luận của giảng viên trong trường.")
    assert not about.relevant, about.reasons


def test_our_mission_in_laos_meeting_laos_s_people_meets_the_other_side():
    alumni = classify("Gặp mặt cựu lưu học sinh Lào", "Tối 8/10, tại Viêng Chăn, Tổng Lãnh sự quán Việt Nam tại Luông Pha Bang tổ chức "
                      "gặp mặt 150 cựu lưu học sinh Lào từng học tập tại Việt Nam.")
    assert alumni.relevant, alumni.reasons
    # meeting our own students there is none
    ours = classify("Gặp mặt lưu học sinh Việt Nam", "Tối 8/10, tại Viêng Chăn, Đại sứ quán Việt Nam tại Lào tổ chức gặp mặt 150 "
                    "lưu học sinh Việt Nam đang học tập tại Lào.")
    assert not ours.relevant, ours.reasons


def test_a_visit_to_a_place_of_the_other_side_is_a_visit():
    zone = classify("Tin hoạt động đối ngoại", "Ngày 8/10, Tỉnh trưởng tỉnh Khăm Muồn (Lào) đã thăm Khu kinh tế Hòn La, tỉnh Quảng Bình.")
    assert zone.relevant, zone.reasons
    # our President visiting a border post of ours is none
    post = classify("Tin hoạt động", "Ngày 8/10, Chủ tịch nước đã thăm Đồn Biên phòng Cha Lo, đơn vị quản lý đường biên giới giáp "
                    "tỉnh Khăm Muồn (Lào).")
    assert not post.relevant, post.reasons


def test_what_the_sides_do_as_a_habit_is_an_overview_with_no_event():
    published = JUNE_2024
    habit = classify("Hợp tác Gia Lai - Át Tạp Pư ngày càng hiệu quả", "Gia Lai và Át Tạp Pư có chung đường biên giới. Hai tỉnh thường "
                     "xuyên trao đổi đoàn các cấp, duy trì hội đàm định kỳ, ký kết nhiều văn bản hợp tác về y tế, giáo dục.",
                     published=published)
    assert not habit.relevant, habit.reasons
    always = classify("Điểm sáng hợp tác", "Lãnh đạo hai tỉnh Gia Lai và Át Tạp Pư luôn quan tâm trao đổi đoàn, thăm và làm việc lẫn "
                      "nhau.", published=published)
    assert not always.relevant, always.reasons
    # a visit reported with no day, the habit told after it, is an exchange
    visit = classify("Đoàn Át Tạp Pư thăm Gia Lai", "Đoàn đại biểu tỉnh Át Tạp Pư (Lào) do Phó Tỉnh trưởng dẫn đầu đã sang thăm, làm việc "
                     "tại tỉnh Gia Lai. Hai tỉnh thường xuyên trao đổi đoàn các cấp.", published=published)
    assert visit.relevant, visit.reasons


def test_many_exchanges_named_together_in_an_undated_page_are_a_summary():
    published = JUNE_2024
    many = classify("Bài 2: Nhịp cầu nơi biên cương", "Các đồn biên phòng của Kon Tum đã phối hợp với lực lượng bảo vệ biên giới tỉnh "
                    "Át Tạp Pư tổ chức nhiều hoạt động giao lưu, giúp đỡ nhân dân hai bên biên giới.", published=published)
    assert not many.relevant, many.reasons
    recent = classify("Biên giới hòa bình", "Những năm gần đây, Bộ đội Biên phòng Kon Tum và lực lượng bảo vệ biên giới tỉnh Át Tạp Pư "
                      "đã ký kết và thực hiện tốt các văn bản hợp tác, tổ chức tuần tra song phương hiệu quả.", published=published)
    assert not recent.relevant, recent.reasons
    delegations = classify("Hợp tác y tế: những kết quả đáng ghi nhận", "Bộ Y tế Việt Nam đã đào tạo hàng nghìn cán bộ y tế cho Lào, cử "
                           "nhiều đoàn chuyên gia sang hỗ trợ Bộ Y tế Lào.", published=published)
    assert not delegations.relevant, delegations.reasons
    since = classify("Thành tựu 25 năm kết nghĩa Gia Lai - Át Tạp Pư", "Kể từ khi kết nghĩa năm 1999, Gia Lai đã hỗ trợ tỉnh Át Tạp Pư "
                     "hơn 80 tỷ đồng, đào tạo 300 cán bộ.", published=published)
    assert not since.relevant, since.reasons
    # … or papers signed by the hundred, whatever the learned half reads in a page about the cooperation
    papers = classify("Hợp tác giáo dục: những kết quả đáng khích lệ", "Hiện có hơn 10.000 học viên Lào học tập tại Việt Nam. Các "
                      "trường đại học của ta đã ký kết hàng trăm thỏa thuận hợp tác với các cơ sở giáo dục của Lào.",
                      published=published)
    assert not papers.relevant and papers.score == papers.rule_score < 0.5, papers.reasons
    # … or a leader's instruction to the ministries about projects with Laos
    told = classify("Phó Thủ tướng: ưu tiên vốn cho dự án hợp tác với Lào", "Phát biểu tại hội nghị trực tuyến của Chính phủ "
                    "với các địa phương sáng 3/6, Phó Thủ tướng yêu cầu các bộ, ngành ưu tiên bố trí vốn cho các dự án hợp tác với Lào.",
                    published=published)
    _refused_by_the_rules(told)
    # the anniversary celebrated on its day is an exchange
    held = classify("Kỷ niệm 25 năm kết nghĩa Gia Lai - Át Tạp Pư", "Sáng 3/6, tại TP Pleiku, tỉnh Gia Lai và tỉnh Át Tạp Pư (Lào) tổ "
                    "chức lễ kỷ niệm 25 năm kết nghĩa.", published=published)
    assert held.relevant, held.reasons
    # a programme's activities listed after "như:" are that programme's, an exchange
    listed = classify("Giao lưu biên giới", "Đợt giao lưu năm nay, Bộ đội Biên phòng Kon Tum và lực lượng bảo vệ biên giới tỉnh Át "
                      "Tạp Pư cùng tổ chức nhiều hoạt động gồm: thăm bản, trồng cây hữu nghị, thi đấu bóng chuyền.",
                      published=published)
    assert listed.relevant, listed.reasons


def test_awards_tasks_decisions_and_audits_at_home_about_the_cooperation_are_no_exchange():
    awards = classify("Khen thưởng tập thể có thành tích", "Sáng 3/6, UBND tỉnh Gia Lai tổ chức hội nghị khen thưởng 15 tập thể có "
                      "thành tích trong thực hiện hợp tác với tỉnh Át Tạp Pư (Lào).")
    assert not awards.relevant, awards.reasons
    task = classify("Triển khai nhiệm vụ đối ngoại", "Sáng 3/6, Sở Ngoại vụ Gia Lai tổ chức hội nghị triển khai nhiệm vụ năm 2025, "
                    "trong đó tập trung tham mưu tổ chức đón các đoàn của tỉnh Át Tạp Pư và Chăm Pa Xắc.")
    assert not task.relevant, task.reasons
    decided = classify("Thành lập Ban tổ chức", "Chủ tịch UBND tỉnh Gia Lai vừa ký quyết định thành lập Ban tổ chức Tuần Văn hóa tỉnh "
                       "Át Tạp Pư tại Gia Lai.")
    assert not decided.relevant, decided.reasons
    audited = classify("Kết luận thanh tra", "Thanh tra tỉnh Gia Lai vừa kết luận thanh tra dự án xây dựng bệnh viện tặng tỉnh Át Tạp "
                       "Pư (Lào), chỉ ra nhiều sai phạm.")
    assert not audited.relevant, audited.reasons
    # honours conferred there, and the work handed over, are exchanges
    conferred = classify("Khen thưởng tại Át Tạp Pư", "Sáng 3/6, tại tỉnh Át Tạp Pư (Lào), lãnh đạo tỉnh Gia Lai tổ chức lễ khen thưởng "
                         "cán bộ tỉnh bạn có thành tích trong hợp tác với Gia Lai.")
    assert conferred.relevant, conferred.reasons
    handed = classify("Bàn giao bệnh viện", "Sáng 3/6, tỉnh Gia Lai bàn giao dự án bệnh viện tặng tỉnh Át Tạp Pư (Lào).")
    assert handed.relevant, handed.reasons


def test_a_resolution_passed_or_a_report_discussed_at_home_is_no_exchange():
    passed = classify("Nghị quyết hỗ trợ tỉnh bạn", "Chiều 3/6, HĐND tỉnh Lai Châu đã thông qua Nghị quyết hỗ trợ tỉnh Bò Kẹo (Lào) 15 tỷ "
                      "đồng xây dựng trường học giai đoạn 2025-2027.")
    assert not passed.relevant, passed.reasons
    discussed = classify("Hội nghị Ban Chấp hành Đảng bộ tỉnh", "Sáng 3/6, Ban Chấp hành Đảng bộ tỉnh Lai Châu tổ chức hội nghị lần thứ "
                         "20, thảo luận báo cáo kết quả hợp tác với các tỉnh Bắc Lào 6 tháng đầu năm.")
    assert not discussed.relevant, discussed.reasons
    # the two sides discussing together are an exchange
    together = classify("Hai tỉnh thảo luận hợp tác", "Sáng 3/6, lãnh đạo tỉnh Lai Châu và đoàn đại biểu tỉnh Bò Kẹo (Lào) thảo luận về "
                        "hợp tác năm 2025.")
    assert together.relevant, together.reasons


def test_receiving_delegations_taught_or_reviewed_at_home_is_no_exchange():
    taught = classify("Tập huấn công tác lễ tân", "Ngày 3/6, Sở Ngoại vụ tỉnh Lai Châu tập huấn cho cán bộ các sở, ngành về quy trình đón "
                      "tiếp các đoàn khách của tỉnh Bò Kẹo và Luổng Nặm Thà (Lào).")
    assert not taught.relevant, taught.reasons
    reviewed = classify("Rút kinh nghiệm công tác đón đoàn", "Chiều 3/6, UBND tỉnh Lai Châu họp rút kinh nghiệm công tác đón tiếp đoàn "
                        "đại biểu cấp cao tỉnh Bò Kẹo (Lào) vừa qua.")
    assert not reviewed.relevant, reviewed.reasons
    # lessons drawn with the Lao province's governor are an exchange
    together = classify("Rút kinh nghiệm cùng tỉnh bạn", "Chiều 3/6, UBND tỉnh Lai Châu và Tỉnh trưởng tỉnh Bò Kẹo (Lào) họp rút kinh "
                        "nghiệm tổ chức Tuần Văn hóa hai tỉnh.")
    assert together.relevant, together.reasons


def test_a_report_on_the_preparations_for_a_trip_is_no_exchange():
    prep = classify("Nghe báo cáo chuẩn bị chuyến thăm Lào", "Sáng 3/6, Thường trực Tỉnh ủy Lai Châu nghe Sở Ngoại vụ báo cáo công tác "
                    "chuẩn bị cho chuyến thăm, làm việc của đoàn đại biểu cấp cao tỉnh tại tỉnh Bò Kẹo (Lào).")
    assert not prep.relevant, prep.reasons
    # the trip made, its preparations named in passing, is one
    made = classify("Đoàn Lai Châu thăm Bò Kẹo", "Sáng 3/6, đoàn đại biểu cấp cao tỉnh Lai Châu đã sang thăm, làm việc tại tỉnh Bò Kẹo "
                    "(Lào), sau thời gian chuẩn bị chu đáo.")
    assert made.relevant, made.reasons


def test_a_purpose_a_signing_just_done_and_a_decision_handed_over_keep_an_undated_report_an_exchange():
    purpose = classify("Đoàn Bò Kẹo thăm Lai Châu", "Đoàn đại biểu tỉnh Bò Kẹo (Lào) do Phó Tỉnh trưởng dẫn đầu đã sang thăm, làm việc "
                       "tại Lai Châu, nhằm duy trì mối quan hệ hữu nghị giữa hai tỉnh.", published=JUNE_2024)
    assert purpose.relevant, purpose.reasons
    just = classify("Hai tỉnh ký kết hợp tác", "Tỉnh Lai Châu và tỉnh Bò Kẹo (Lào) vừa ký kết biên bản hợp tác giai đoạn 2025-2029, kể "
                    "từ khi hai tỉnh kết nghĩa năm 1996 đây là văn bản thứ 7.", published=JUNE_2024)
    assert just.relevant, just.reasons
    decision = classify("Tặng bằng khen cho cán bộ tỉnh bạn", "Ngày 3/6, Chủ tịch UBND tỉnh Lai Châu đã trao quyết định tặng bằng khen "
                        "cho 8 cán bộ tỉnh Bò Kẹo (Lào).", published=JUNE_2024)
    assert decision.relevant, decision.reasons


def test_a_collection_called_for_or_taken_at_home_is_no_exchange():
    called = classify("Phát động ủng hộ tỉnh bạn", "Sáng 3/6, Ủy ban MTTQ Việt Nam tỉnh Lai Châu phát động cán bộ, nhân dân trong tỉnh "
                      "quyên góp ủng hộ nhân dân tỉnh Bò Kẹo (Lào) bị thiệt hại do lũ.")
    assert not called.relevant, called.reasons
    taken = classify("Quyên góp ủng hộ tỉnh bạn", "Đến ngày 3/6, Ủy ban MTTQ tỉnh Lai Châu đã tiếp nhận hơn 1 tỷ đồng từ các tổ chức, cá "
                     "nhân ủng hộ nhân dân tỉnh Bò Kẹo (Lào) khắc phục hậu quả lũ.")
    assert not taken.relevant, taken.reasons
    # the sum handed over to the Lao side is aid given
    given = classify("Trao tiền ủng hộ tỉnh bạn", "Ngày 3/6, tại cửa khẩu Ma Lù Thàng, Ủy ban MTTQ tỉnh Lai Châu trao 1 tỷ đồng do các tổ "
                     "chức, cá nhân ủng hộ cho tỉnh Bò Kẹo (Lào).")
    assert given.relevant, given.reasons


def test_an_honour_once_received_in_an_obituary_is_no_exchange():
    obituary = classify("Vĩnh biệt nhà ngoại giao", "Ông Lê Văn Hòa, nguyên Tổng Lãnh sự Việt Nam tại Pakse, đã từ trần. Ông từng được Nhà "
                        "nước Lào tặng Huân chương Lao động hạng Nhì vì những đóng góp cho quan hệ hai nước.")
    assert not obituary.relevant, obituary.reasons
    # an honour conferred on its day stays an exchange, whatever its holder once received
    conferred = classify("Trao Huân chương cho cán bộ Gia Lai", "Ngày 3/6, tại Pleiku, tỉnh Át Tạp Pư (Lào) trao Huân chương Lao động "
                         "cho 4 cán bộ tỉnh Gia Lai, trong đó có ông Lê Văn Hòa, người từng được tặng Huân chương Tự do.")
    assert conferred.relevant, conferred.reasons


def test_a_briefing_at_home_on_a_trip_already_made_is_no_exchange():
    briefing = classify("Hội nghị báo cáo viên tháng 6", "Sáng 3/6, Ban Tuyên giáo Tỉnh ủy Lai Châu tổ chức hội nghị báo cáo viên tháng "
                        "6. Tại hội nghị, đại biểu được thông tin về kết quả chuyến thăm, làm việc của đoàn đại biểu tỉnh tại tỉnh Bò "
                        "Kẹo (Lào) vừa qua.")
    assert not briefing.relevant, briefing.reasons
    # a Lao delegation speaking at a meeting of ours is an exchange
    guests = classify("Hội nghị xúc tiến đầu tư", "Sáng 3/6, tỉnh Lai Châu tổ chức hội nghị xúc tiến đầu tư. Tại hội nghị, đoàn đại biểu tỉnh "
                      "Bò Kẹo (Lào) do Phó Tỉnh trưởng dẫn đầu đã phát biểu, được thông tin về tiềm năng của tỉnh.")
    assert guests.relevant, guests.reasons


def test_a_resolution_taught_at_home_by_a_body_that_names_no_province_is_no_exchange():
    taught = classify("Quán triệt nghị quyết về hợp tác với Lào", "Sáng 3/6, Ban Thường vụ Tỉnh ủy tổ chức hội nghị quán triệt, triển "
                      "khai Nghị quyết của Bộ Chính trị về tăng cường quan hệ hợp tác với Lào. Đồng chí Lê Văn Khải chủ trì hội nghị.")
    assert not taught.relevant, taught.reasons
    # the same meeting with the Lao province's governor taking part is an exchange
    joined = classify("Hội nghị triển khai hợp tác", "Sáng 3/6, Ban Thường vụ Tỉnh ủy tổ chức hội nghị triển khai kế hoạch hợp tác với "
                      "tỉnh Bò Kẹo (Lào), với sự tham dự của đồng chí Khăm Phăn, Phó Tỉnh trưởng tỉnh Bò Kẹo.")
    assert joined.relevant, joined.reasons


def test_remains_handed_over_by_the_lao_side_where_they_fell_are_an_exchange():
    handed = classify("Tiếp nhận hài cốt liệt sĩ từ Lào", "Sáng 3/6, tại Cửa khẩu quốc tế Ma Lù Thàng, Ban Chỉ đạo 515 tỉnh Lai Châu tiếp "
                      "nhận 9 hài cốt liệt sĩ quân tình nguyện hy sinh tại tỉnh Bò Kẹo do phía bạn Lào bàn giao.")
    assert handed.relevant, handed.reasons
    # where they fell alone is a place: a ceremony of ours with no Lao side stays none
    buried = classify("An táng hài cốt liệt sĩ", "Sáng 3/6, tại Nghĩa trang liệt sĩ tỉnh, Ban Chỉ đạo 515 tỉnh Lai Châu tổ chức an táng 9 "
                      "hài cốt liệt sĩ quân tình nguyện hy sinh tại tỉnh Bò Kẹo.")
    assert not buried.relevant, buried.reasons


def test_what_a_report_at_a_meeting_of_ours_tells_of_the_past_is_no_exchange():
    reported = classify("Hội nghị Ban Chấp hành Đảng bộ tỉnh", "Sáng 3/6, Ban Chấp hành Đảng bộ tỉnh Lai Châu tổ chức hội nghị lần thứ "
                        "12 để đánh giá tình hình 6 tháng đầu năm.\nTheo báo cáo, công tác đối ngoại được triển khai hiệu quả; tỉnh đã "
                        "tổ chức thành công chuyến thăm của đoàn đại biểu cấp cao tỉnh Bò Kẹo (Lào).\nHội nghị cũng cho ý kiến vào dự "
                        "thảo Nghị quyết về phát triển nông nghiệp.", published=JUNE_2024)
    assert not reported.relevant, reported.reasons
    # a report that tells one event with its day is that event's news
    dated = classify("Đoàn Bò Kẹo thăm Lai Châu", "Theo báo cáo của Sở Ngoại vụ, ngày 3/6, đoàn đại biểu tỉnh Bò Kẹo (Lào) do Phó Tỉnh "
                     "trưởng dẫn đầu đã sang thăm, làm việc tại tỉnh Lai Châu.", published=JUNE_2024)
    assert dated.relevant, dated.reasons


def test_a_lao_leaders_trip_to_another_country_stays_with_it_in_the_sentences_that_go_on_about_it():
    abroad = classify("Chủ tịch Quốc hội Lào thăm Thái Lan", "Bangkok, ngày 3/6 - Chủ tịch Quốc hội Lào Bun Khong Xay đã bắt đầu chuyến "
                      "thăm chính thức Thái Lan theo lời mời của Chủ tịch Quốc hội Thái Lan.\nTrong chuyến thăm, hai bên sẽ hội đàm, trao "
                      "đổi về hợp tác giữa hai cơ quan lập pháp. Trước đó, tháng 12/2023, ông đã có chuyến thăm chính thức Việt Nam.",
                      published=JUNE_2024)
    assert not abroad.relevant, abroad.reasons
    # the same words about his trip here are an exchange
    here = classify("Chủ tịch Quốc hội Lào thăm Việt Nam", "Hà Nội, ngày 3/6 - Chủ tịch Quốc hội Lào Bun Khong Xay đã bắt đầu chuyến thăm "
                    "chính thức Việt Nam theo lời mời của Chủ tịch Quốc hội Việt Nam.\nTrong chuyến thăm, hai bên sẽ hội đàm, trao đổi "
                    "về hợp tác giữa hai cơ quan lập pháp.", published=JUNE_2024)
    assert here.relevant, here.reasons


def test_an_anniversary_piece_whose_only_day_is_the_bonds_and_whose_visit_a_past_month_is_an_overview():
    piece = classify("Kỷ niệm 62 năm quan hệ ngoại giao Việt Nam - Lào", "Ngày 5/9/1962, Việt Nam và Lào chính thức thiết lập quan hệ "
                     "ngoại giao. Trải qua 62 năm, quan hệ đặc biệt giữa hai nước không ngừng được vun đắp.\nNhững năm gần đây, hai nước "
                     "duy trì thường xuyên các chuyến thăm cấp cao. Tháng 1/2024, Thủ tướng Lào sang Hà Nội dự Kỳ họp lần thứ 46 Ủy "
                     "ban liên Chính phủ.\nKim ngạch thương mại song phương năm 2023 đạt 2,2 tỷ USD.", published=JUNE_2024)
    assert not piece.relevant, piece.reasons
    # the visit told with its day is news
    told = classify("Thủ tướng Lào sang Hà Nội", "Ngày 3/6/2024, Thủ tướng Lào sang Hà Nội dự Kỳ họp lần thứ 46 Ủy ban liên Chính phủ. "
                    "Ngày 5/9/1962, Việt Nam và Lào chính thức thiết lập quan hệ ngoại giao.", published=JUNE_2024)
    assert told.relevant, told.reasons


def test_a_delegation_visiting_our_own_experts_in_laos_meets_no_lao_party():
    ours = classify("Quân khu 4 thăm chuyên gia quân sự tại Lào", "Ngày 3/6, đoàn công tác Bộ Tư lệnh Quân khu 4 do Thiếu tướng Lê Văn "
                    "Hào dẫn đầu đã đến thăm, kiểm tra Đoàn chuyên gia quân sự Việt Nam tại Quân khu 3 Lào.")
    assert not ours.relevant, ours.reasons
    # a Lao minister visiting them meets them: an exchange
    lao = classify("Bộ trưởng Quốc phòng Lào thăm chuyên gia Việt Nam", "Ngày 3/6, Đại tướng Xổm Phết, Bộ trưởng Bộ Quốc phòng Lào đã đến "
                   "thăm, động viên Đoàn chuyên gia quân sự Việt Nam tại Lào.")
    assert lao.relevant, lao.reasons


def test_a_lao_artist_on_his_own_and_a_talk_on_investing_in_laos_have_no_lao_party():
    artist = classify("Họa sĩ Lào triển lãm tranh tại Hà Nội", "Từ ngày 3 đến 10/6, tại một phòng tranh ở Hà Nội, họa sĩ người Lào "
                      "Khăm Xổm giới thiệu 40 tác phẩm sơn dầu về phong cảnh quê hương. Triển lãm do một công ty tư nhân tổ chức.")
    assert not artist.relevant, artist.reasons
    talk = classify("Tọa đàm về cơ hội kinh doanh", "Hiệp hội Doanh nghiệp tỉnh Lai Châu vừa tổ chức tọa đàm 'Cơ hội đầu tư, kinh doanh "
                    "tại Lào' cho hơn 80 doanh nghiệp hội viên.")
    assert not talk.relevant, talk.reasons
    # a troupe its country sends is a party
    troupe = classify("Đoàn nghệ sĩ Lào biểu diễn tại Hà Nội", "Tối 3/6, tại Nhà hát Lớn Hà Nội, đoàn nghệ sĩ Lào đã biểu diễn trong "
                      "khuôn khổ Tuần Văn hóa Lào tại Việt Nam, với sự tham dự của Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch.")
    assert troupe.relevant, troupe.reasons


def test_laos_as_what_a_conference_of_ours_is_about_is_no_party():
    about = classify("Hội thảo về Chủ tịch Kaysone Phomvihane", "Sáng 3/6, tại Hà Nội, Học viện Chính trị quốc gia Hồ Chí Minh tổ chức "
                     "hội thảo khoa học về cuộc đời và sự nghiệp của Chủ tịch Kaysone Phomvihane, lãnh tụ của cách mạng Lào.")
    assert not about.relevant, about.reasons
    # the same conference held with a Lao body is an exchange
    with_lao = classify("Hội thảo về Chủ tịch Kaysone Phomvihane", "Sáng 3/6, tại Hà Nội, hội thảo khoa học về Chủ tịch Kaysone "
                        "Phomvihane do Đại sứ quán Lào và Học viện Chính trị quốc gia Hồ Chí Minh phối hợp tổ chức đã diễn ra.")
    assert with_lao.relevant, with_lao.reasons


def test_an_event_two_sides_hold_together_is_an_exchange_whatever_it_is():
    final = classify("Chung kết cuộc thi tìm hiểu", "Tối 3/6, tại Lai Châu, Tỉnh đoàn Lai Châu và Đoàn TNNDCM tỉnh Bò Kẹo (Lào) tổ chức "
                     "chung kết cuộc thi tìm hiểu về lịch sử quan hệ hai tỉnh.")
    assert final.relevant, final.reasons
    academies = classify("Hội thảo quốc tế tại Viêng Chăn", "Ngày 3/6, tại Viêng Chăn, Viện Hàn lâm Khoa học xã hội Việt Nam và Viện Hàn "
                         "lâm Khoa học xã hội Lào tổ chức hội thảo quốc tế về quan hệ đặc biệt Việt Nam - Lào.")
    assert academies.relevant, academies.reasons
    # one side alone holding it, the other its topic, is none
    alone = classify("Hội thảo về quan hệ Việt - Lào", "Ngày 3/6, Trường Đại học Vinh tổ chức hội thảo khoa học về quan hệ đặc biệt "
                     "Việt Nam - Lào trong thời kỳ mới với 50 tham luận của các nhà khoa học trong nước.")
    assert not alone.relevant, alone.reasons


def test_an_exchange_a_press_conference_announces_with_no_day_is_only_planned():
    announced = classify("Họp báo giới thiệu Tuần Văn hóa Lào", "Sáng 3/6, Bộ Văn hóa, Thể thao và Du lịch tổ chức họp báo giới thiệu "
                         "về Tuần Văn hóa Lào tại Việt Nam năm 2024. Theo kế hoạch, Tuần Văn hóa sẽ diễn ra trong quý III tại Hà Nội.",
                         published=JUNE_2024)
    assert not announced.relevant, announced.reasons
    # announced with its days, it is an announced exchange
    dated = classify("Họp báo giới thiệu Tuần Văn hóa Lào", "Sáng 3/6, Bộ Văn hóa, Thể thao và Du lịch tổ chức họp báo giới thiệu Tuần "
                     "Văn hóa Lào tại Việt Nam năm 2024. Tuần Văn hóa sẽ diễn ra từ ngày 2 đến 6/10 tại Hà Nội với sự tham gia của đoàn "
                     "nghệ thuật Bộ Thông tin, Văn hóa và Du lịch Lào.", published=JUNE_2024)
    assert dated.relevant, dated.reasons


def test_a_lao_province_passed_through_on_the_way_home_is_no_party():
    transit = classify("Lai Châu tiếp đoàn tỉnh Nan", "Ngày 3/6, lãnh đạo tỉnh Lai Châu tiếp đoàn đại biểu tỉnh Nan (Thái Lan). "
                       "Sau chuyến thăm Lai Châu, đoàn sẽ qua tỉnh Bò Kẹo (Lào) về nước.")
    assert not transit.relevant, transit.reasons
    # a province the delegation goes to work with is one
    worked = classify("Đoàn Lai Châu sang Bò Kẹo", "Ngày 3/6, đoàn đại biểu tỉnh Lai Châu đã qua tỉnh Bò Kẹo (Lào) làm việc với lãnh đạo "
                      "tỉnh bạn rồi trở về.")
    assert worked.relevant, worked.reasons


def test_news_of_laos_alone_whose_bodies_look_like_ours_is_no_exchange():
    ministry = classify("Tỉnh Bò Kẹo tiếp đoàn công tác Bộ Y tế", "Ngày 3/6, đồng chí Bí thư Tỉnh ủy, Tỉnh trưởng tỉnh Bò Kẹo đã tiếp "
                        "đoàn công tác Bộ Y tế Lào do Thứ trưởng dẫn đầu đến làm việc về phòng chống sốt xuất huyết.")
    assert not ministry.relevant, ministry.reasons
    provinces = classify("Đoàn tỉnh Hủa Phăn thăm tỉnh Luông Pha Bang", "Ngày 3/6, đoàn đại biểu tỉnh Hủa Phăn do Phó Bí thư Tỉnh ủy "
                         "dẫn đầu đã thăm và làm việc tại tỉnh Luông Pha Bang, trao đổi kinh nghiệm phát triển du lịch.")
    assert not provinces.relevant, provinces.reasons
    # our ministry and theirs meeting, each named, is an exchange with our side named
    ministers, info = analyse_article("Bộ trưởng Bộ Y tế hội đàm với Bộ trưởng Bộ Y tế Lào", "Ngày 3/6, tại Hà Nội, Bộ trưởng Bộ Y tế "
                                      "Lê Thị Hoa đã hội đàm với Bộ trưởng Bộ Y tế Lào Bun Phăn.")
    assert ministers.relevant, ministers.reasons
    assert info.vn_parties == ["Bộ Y tế"] and info.lao_parties == ["Lào"]
    # a Lao delegation so led, visiting a province of ours, is one
    visit = classify("Đoàn tỉnh Hủa Phăn thăm Thanh Hóa", "Ngày 3/6, đoàn đại biểu tỉnh Hủa Phăn (Lào) do Phó Bí thư Tỉnh ủy dẫn đầu đã "
                     "thăm và làm việc tại tỉnh Thanh Hóa.")
    assert visit.relevant, visit.reasons


def test_a_military_region_of_the_lao_army_is_laoss_own():
    drill = classify("Quân khu 2 Lào tổng kết diễn tập", "Ngày 3/6, Bộ Tư lệnh Quân khu 2, Quân đội nhân dân Lào tổ chức tổng kết cuộc "
                     "diễn tập khu vực phòng thủ tỉnh Hủa Phăn năm 2024.")
    assert not drill.relevant, drill.reasons
    # ours visiting it is an exchange
    visit = classify("Quân khu 4 thăm Quân khu 2 Lào", "Ngày 3/6, đoàn đại biểu Quân khu 4 sang thăm, làm việc với Bộ Tư lệnh Quân khu 2, "
                     "Quân đội nhân dân Lào.")
    assert visit.relevant, visit.reasons


def test_a_lao_leader_the_headline_names_by_title_alone_touring_a_lao_province_is_news_of_laos():
    tour = classify("Thủ tướng thăm tỉnh Xay Sổm Bun", "Ngày 3/6, Thủ tướng Chính phủ Lào Bun Xổm đã đến thăm, làm việc tại tỉnh Xay "
                    "Sổm Bun. Thủ tướng yêu cầu tỉnh tập trung phát triển nông nghiệp.")
    assert not tour.relevant, tour.reasons
    leaders = classify("Tổng Bí thư, Chủ tịch nước thăm tỉnh Hủa Phăn", "Ngày 3/6, đồng chí Khăm Phết, Tổng Bí thư, Chủ tịch nước Lào đã "
                       "thăm và làm việc tại tỉnh Hủa Phăn. Đồng chí Bí thư Tỉnh ủy, Tỉnh trưởng tỉnh Hủa Phăn báo cáo tình hình của tỉnh.")
    assert not leaders.relevant, leaders.reasons
    # our leader, named by the body, receiving theirs keeps Viet Nam as a side
    met, info = analyse_article("Chủ tịch nước tiếp Tổng Bí thư, Chủ tịch nước Lào", "Chiều 3/6, tại Phủ Chủ tịch, đồng chí Lê Văn Hải, "
                                "Chủ tịch nước tiếp đồng chí Khăm Phết, Tổng Bí thư, Chủ tịch nước Lào đang thăm Việt Nam.")
    assert met.relevant and info.vn_parties == ["Việt Nam"], (met.reasons, info.vn_parties)


def test_a_lao_minister_visiting_a_lao_military_region_is_news_of_laos():
    own = classify("Bộ trưởng Quốc phòng thăm Quân khu 3", "Ngày 3/6, Đại tướng Xổm Phết, Bộ trưởng Bộ Quốc phòng Lào đã đến thăm, làm "
                   "việc với Bộ Tư lệnh Quân khu 3 tại tỉnh Xa Vẳn Na Khệt.")
    assert not own.relevant, own.reasons
    # the same minister at a military region of ours is an exchange
    ours = classify("Bộ trưởng Quốc phòng Lào thăm Quân khu 4", "Ngày 3/6, Đại tướng Xổm Phết, Bộ trưởng Bộ Quốc phòng Lào đã đến thăm, "
                    "làm việc với Bộ Tư lệnh Quân khu 4 tại Nghệ An.")
    assert ours.relevant, ours.reasons


def test_our_missions_own_reception_with_laos_leaders_among_its_guests_is_an_exchange():
    guests = classify("Đại sứ quán Việt Nam tại Lào kỷ niệm Quốc khánh", "Tối 1/9, tại Thủ đô Viêng Chăn, Đại sứ quán Việt Nam tại Lào "
                      "tổ chức lễ kỷ niệm 79 năm Quốc khánh nước CHXHCN Việt Nam. Tham dự có đồng chí Bun Xổm, Thủ tướng Lào cùng lãnh "
                      "đạo nhiều bộ, ngành của Lào.")
    assert guests.relevant, guests.reasons
    # with only our own community there, none
    own = classify("Đại sứ quán Việt Nam tại Lào kỷ niệm Quốc khánh", "Tối 1/9, tại Thủ đô Viêng Chăn, Đại sứ quán Việt Nam tại Lào tổ "
                   "chức lễ kỷ niệm 79 năm Quốc khánh nước CHXHCN Việt Nam. Tham dự có đại diện Hội người Việt Nam tại Lào và đông đảo "
                   "bà con kiều bào.")
    assert not own.relevant, own.reasons


def test_an_interview_given_on_a_holiday_is_no_exchange():
    interview = classify("Tỉnh trưởng Bò Kẹo trả lời phỏng vấn", "Nhân dịp Tết Bunpimay, đồng chí Tỉnh trưởng tỉnh Bò Kẹo đã dành cho "
                         "phóng viên Báo Lai Châu cuộc trả lời phỏng vấn về kết quả hợp tác giữa hai tỉnh trong năm qua.")
    assert not interview.relevant, interview.reasons
    # one given during a visit is of the visit
    visit = classify("Tỉnh trưởng Bò Kẹo trả lời phỏng vấn", "Nhân dịp chuyến thăm và làm việc tại tỉnh Lai Châu từ ngày 3-5/6, đồng chí "
                     "Tỉnh trưởng tỉnh Bò Kẹo đã trả lời phỏng vấn phóng viên Báo Lai Châu.")
    assert visit.relevant, visit.reasons


def test_our_doctors_working_in_laos_visited_by_ours_meet_no_lao_party():
    ours = classify("Sở Y tế thăm y bác sĩ tại Lào", "Ngày 3/6, đoàn công tác Sở Y tế tỉnh Lai Châu đã thăm, động viên đội ngũ y bác sĩ "
                    "Bệnh viện Đa khoa tỉnh đang làm việc tại bệnh viện hữu nghị ở tỉnh Bò Kẹo.")
    assert not ours.relevant, ours.reasons
    # the Lao governor visiting them meets them
    governor = classify("Tỉnh trưởng thăm y bác sĩ Việt Nam", "Ngày 3/6, Tỉnh trưởng tỉnh Bò Kẹo đã thăm, tặng quà đội ngũ y bác sĩ Bệnh viện "
                        "Đa khoa tỉnh Lai Châu đang làm việc tại Bệnh viện tỉnh Bò Kẹo.")
    assert governor.relevant, governor.reasons


def test_free_care_given_to_a_lao_provinces_people_is_an_exchange():
    care = classify("Khám bệnh cho người dân tỉnh bạn", "Từ ngày 3-5/6, các y bác sĩ Bệnh viện Đa khoa tỉnh Lai Châu đã khám, phát "
                    "thuốc miễn phí cho 1.000 người dân tỉnh Bò Kẹo (Lào).")
    assert care.relevant and care.rule_score > 0.85, care.reasons


def test_seeds_handed_over_and_a_campaign_both_sides_launch_are_exchanges():
    seeds = classify("Chuyển giao giống lúa cho nông dân tỉnh bạn", "Ngày 3/6, Trung tâm Khuyến nông tỉnh Lai Châu đã chuyển giao 10 tấn "
                     "giống lúa chất lượng cao cho nông dân huyện Mường Mơm, tỉnh Bò Kẹo (Lào).")
    assert seeds.relevant, seeds.reasons
    campaign = classify("Thanh niên hai tỉnh ra quân tình nguyện", "Sáng 3/6, tại tỉnh Bò Kẹo (Lào), Tỉnh đoàn Lai Châu và Đoàn Thanh niên "
                        "Nhân dân Cách mạng Lào tỉnh Bò Kẹo ra quân chiến dịch tình nguyện hè, xây dựng nhà nhân ái cho người dân.")
    assert campaign.relevant, campaign.reasons


def test_a_bridge_between_the_two_provinces_and_a_named_meeting_at_home_name_no_party():
    bridge = classify("Đoàn công tác tỉnh thăm Hội người Việt Nam tại Bò Kẹo", "Ngày 3/6, đoàn công tác tỉnh Lai Châu đã đến thăm Hội "
                      "người Việt Nam tại tỉnh Bò Kẹo (Lào).\nTại buổi gặp mặt, đồng chí Phó Chủ tịch UBND tỉnh đề nghị bà con tiếp tục là "
                      "cầu nối hữu nghị giữa hai tỉnh Lai Châu - Bò Kẹo.")
    assert not bridge.relevant, bridge.reasons
    named = classify("Hội nghị cán bộ chủ chốt", "Ngày 3/6, Tỉnh ủy Lai Châu tổ chức hội nghị cán bộ chủ chốt quán triệt Kết luận của Bộ "
                     "Chính trị về tăng cường hợp tác với các tỉnh Bắc Lào giai đoạn mới.")
    assert not named.relevant, named.reasons
    # the Lao governor at the same meeting makes it an exchange
    joined = classify("Hội nghị cán bộ chủ chốt", "Ngày 3/6, Tỉnh ủy Lai Châu tổ chức hội nghị cán bộ chủ chốt triển khai hợp tác với "
                      "tỉnh Bò Kẹo (Lào), với sự tham dự của đồng chí Phó Tỉnh trưởng tỉnh Bò Kẹo.")
    assert joined.relevant, joined.reasons


def test_our_own_review_held_in_a_lao_province_that_only_sets_the_scene_is_no_exchange():
    own = classify("Đoàn 565 sơ kết mùa khô", "Ngày 3/6, tại tỉnh Bò Kẹo, Đội K72, Bộ Chỉ huy Quân sự tỉnh Lai Châu tổ chức sơ kết công tác "
                   "tìm kiếm, quy tập hài cốt liệt sĩ mùa khô 2024-2025 tại các tỉnh Bắc Lào.")
    assert not own.relevant, own.reasons
    # held with the Lao province's own body, it is an exchange
    joint = classify("Sơ kết tìm kiếm hài cốt liệt sĩ", "Ngày 3/6, tại tỉnh Bò Kẹo, Ban Chỉ đạo 515 tỉnh Lai Châu và Ban Chỉ đạo tỉnh Bò "
                     "Kẹo (Lào) tổ chức sơ kết công tác tìm kiếm, quy tập hài cốt liệt sĩ mùa khô 2024-2025.")
    assert joint.relevant, joint.reasons


def test_our_search_teams_own_ceremony_in_laos_is_no_exchange_but_one_held_with_the_lao_side_is():
    own = classify("Đội K72 làm lễ ra quân tại tỉnh bạn", "Sáng 20/10, tại huyện Mường Mơm, tỉnh Bò Kẹo (Lào), Đội K72 tổ chức lễ ra quân "
                   "tìm kiếm, quy tập hài cốt liệt sĩ mùa khô 2024-2025.")
    assert not own.relevant, own.reasons
    joint = classify("Đội K72 ra quân cùng lực lượng bạn", "Sáng 20/10, tại huyện Mường Mơm, tỉnh Bò Kẹo (Lào), Đội K72 và Bộ CHQS tỉnh "
                     "Bò Kẹo tổ chức lễ ra quân tìm kiếm, quy tập hài cốt liệt sĩ mùa khô 2024-2025.")
    assert joint.relevant, joint.reasons


def test_a_delegation_visiting_our_community_in_a_lao_city_set_as_the_scene_meets_no_lao_party():
    community = classify("Đoàn tỉnh thăm kiều bào", "Ngày 3/6, tại thành phố Huội Xai, tỉnh Bò Kẹo (Lào), đoàn công tác tỉnh Lai Châu "
                         "đã đến thăm, tặng quà Hội người Việt Nam tỉnh Bò Kẹo.")
    assert not community.relevant, community.reasons
    # the same scene, the province's leaders met
    leaders = classify("Đoàn tỉnh làm việc với tỉnh Bò Kẹo", "Ngày 3/6, tại thành phố Huội Xai, tỉnh Bò Kẹo (Lào), đoàn công tác tỉnh Lai "
                       "Châu đã làm việc với lãnh đạo tỉnh Bò Kẹo.")
    assert leaders.relevant, leaders.reasons


def test_laos_chamber_of_commerce_is_a_lao_body():
    chamber = classify("Phòng Thương mại và Công nghiệp Quốc gia Lào làm việc với tỉnh", "Ngày 3/6, lãnh đạo UBND tỉnh Lai Châu tiếp "
                       "đoàn công tác Phòng Thương mại và Công nghiệp Quốc gia Lào do Phó Chủ tịch dẫn đầu.")
    assert chamber.relevant and chamber.rule_score > 0.9, chamber.reasons


def test_a_regional_political_academy_of_ours_is_a_vietnamese_side():
    course = classify("Bế giảng lớp bồi dưỡng cán bộ Lào", "Sáng 3/6, Học viện Chính trị khu vực I tổ chức bế giảng lớp bồi dưỡng lý "
                      "luận chính trị cho cán bộ tỉnh Bò Kẹo (Lào).")
    assert course.relevant, course.reasons


def test_aid_named_only_as_where_a_projects_money_comes_from_is_no_aid_handed_over():
    decision = classify("Phê duyệt dự án cầu biên giới", "Thủ tướng Chính phủ vừa phê duyệt chủ trương đầu tư cầu qua sông Nậm Na nối "
                        "huyện Mường Tè với tỉnh Phông Sa Lỳ (Lào), từ nguồn vốn viện trợ của Chính phủ Việt Nam cho Lào.",
                        published=JUNE_2024)
    _refused_by_the_rules(decision)
    # what that money built, handed over, is an exchange
    handed = classify("Bàn giao cầu cho tỉnh bạn", "Ngày 3/6, tỉnh Lai Châu bàn giao cầu qua sông Nậm Na, xây dựng bằng nguồn vốn viện "
                      "trợ của Chính phủ Việt Nam, cho tỉnh Phông Sa Lỳ (Lào).", published=JUNE_2024)
    assert handed.relevant, handed.reasons
    # and aid given, said in that word, is still aid
    given = classify("Viện trợ tỉnh bạn", "Ngày 3/6, tỉnh Lai Châu viện trợ tỉnh Phông Sa Lỳ (Lào) 50 tấn gạo.", published=JUNE_2024)
    assert given.relevant, given.reasons


@pytest.mark.parametrize("body", [
    # the cooperation reviewed is named as joint work ("công tác phối hợp với …")
    "Ngày 3/6, Công an tỉnh Lai Châu tổ chức hội nghị sơ kết công tác phối hợp với Công an tỉnh Phông Sa Lỳ (Lào).",
    # its partners listed, the last far from the words of the topic
    "Ngày 3/6, Công an tỉnh Lai Châu tổ chức hội nghị sơ kết công tác phối hợp nửa đầu năm với Công an các tỉnh Luổng Nặm Thà, "
    "U Đôm Xay, Phông Sa Lỳ (Lào).",
    # and what the two sides did over the period, told at it
    "Ngày 3/6, Công an tỉnh Lai Châu tổ chức hội nghị sơ kết công tác hợp tác với Công an tỉnh Phông Sa Lỳ (Lào). Trong 6 tháng, hai "
    "bên đã phối hợp triệt phá 12 chuyên án ma túy.",
])
def test_a_review_at_home_of_joint_work_with_laos_is_no_exchange(body):
    decision = classify("Sơ kết công tác phối hợp", body, published=JUNE_2024)
    _refused_by_the_rules(decision)


def test_a_review_the_two_sides_sit_at_is_an_exchange():
    joint = classify("Sơ kết công tác phối hợp", "Ngày 3/6, Công an tỉnh Lai Châu tổ chức hội nghị sơ kết công tác phối hợp với Công an "
                     "tỉnh Phông Sa Lỳ (Lào). Tại hội nghị, hai bên đã đánh giá kết quả phối hợp trong 6 tháng qua.", published=JUNE_2024)
    assert joint.relevant, joint.reasons


@pytest.mark.parametrize("title, body", [
    # the treaty whose enforcement it reviews, named at length
    ("Tổng kết 10 năm thực hiện Hiệp định", "Ngày 3/6, Bộ Chỉ huy Bộ đội Biên phòng tỉnh Lai Châu tổ chức hội nghị tổng kết 10 năm thực hiện "
     "Hiệp định về quản lý đường biên giới và các cửa khẩu trên bộ giữa Việt Nam và Lào. Trong 10 năm, đơn vị đã phối hợp với lực "
     "lượng bảo vệ biên giới tỉnh Phông Sa Lỳ tổ chức 96 đợt tuần tra song phương."),
    # the verb alone, the results told in the sentence after it
    ("Ban Chỉ đạo 515 tỉnh tổng kết mùa khô", "Ngày 3/6, Ban Chỉ đạo 515 tỉnh Lai Châu tổng kết công tác tìm kiếm, quy tập hài cốt liệt "
     "sĩ mùa khô 2023-2024. Đội K79 đã phối hợp với Ban 515 tỉnh Phông Sa Lỳ (Lào) tìm kiếm, quy tập được 14 hài cốt liệt sĩ."),
    # a programme of aid to it
    ("Đánh giá 5 năm thực hiện Đề án", "Sáng 3/6, UBND tỉnh Lai Châu tổ chức hội nghị đánh giá 5 năm thực hiện Đề án hỗ trợ tỉnh Phông Sa "
     "Lỳ (Lào) giai đoạn 2019-2023. Qua 5 năm, tỉnh đã hỗ trợ bạn xây dựng 9 trường học."),
    # the work of helping it, or a gift to it built
    ("Tổng kết công tác giúp đỡ tỉnh bạn", "Sáng 3/6, Tỉnh ủy Lai Châu tổ chức hội nghị tổng kết công tác giúp đỡ tỉnh Phông Sa Lỳ (Lào) "
     "giai đoạn 2016-2023."),
    ("Tổng kết dự án tặng tỉnh bạn", "Chiều 3/6, Sở Kế hoạch và Đầu tư tỉnh Lai Châu tổ chức hội nghị tổng kết dự án xây dựng trường "
     "nội trú tặng tỉnh Phông Sa Lỳ (Lào)."),
])
def test_a_review_at_home_whose_lao_side_is_what_it_reviews_is_no_exchange(title, body):
    decision = classify(title, body, published=JUNE_2024)
    _refused_by_the_rules(decision)


def test_a_review_with_the_lao_side_present_or_holding_it_too_is_an_exchange():
    present = classify("Ban Chỉ đạo 515 tỉnh tổng kết mùa khô", "Ngày 3/6, Ban Chỉ đạo 515 tỉnh Lai Châu tổng kết công tác tìm kiếm, quy "
                       "tập hài cốt liệt sĩ mùa khô 2023-2024. Dự hội nghị có đồng chí Khăm Phon, Phó Tỉnh trưởng tỉnh Phông Sa Lỳ (Lào).",
                       published=JUNE_2024)
    assert present.relevant, present.reasons
    together = classify("Hai tỉnh tổng kết mùa khô", "Ngày 3/6, Ban Chỉ đạo 515 tỉnh Lai Châu và Ban 515 tỉnh Phông Sa Lỳ (Lào) tổng kết "
                        "công tác phối hợp tìm kiếm, quy tập hài cốt liệt sĩ mùa khô 2023-2024.", published=JUNE_2024)
    assert together.relevant, together.reasons


def test_an_exchange_only_reported_with_no_day_at_a_meeting_of_ours_is_not_the_pages_news():
    reported = classify("Chủ tịch UBND tỉnh làm việc với Sở Ngoại vụ", "Chiều 3/6, Chủ tịch UBND tỉnh Lai Châu làm việc với Sở Ngoại vụ về "
                        "công tác đối ngoại 5 tháng đầu năm. Giám đốc Sở cho biết, tỉnh đã phối hợp tổ chức thành công chuyến thăm của "
                        "đoàn tỉnh Phông Sa Lỳ (Lào) vào tháng 3.", published=JUNE_2024)
    _refused_by_the_rules(reported)
    # a trip reported there with its days is news of its own
    dated = classify("Chủ tịch UBND tỉnh làm việc với Sở Ngoại vụ", "Chiều 3/6, Chủ tịch UBND tỉnh Lai Châu làm việc với Sở Ngoại vụ. "
                     "Giám đốc Sở cho biết, đoàn đại biểu tỉnh đã sang thăm và làm việc tại tỉnh Phông Sa Lỳ (Lào) từ ngày 28 đến 30/5.",
                     published=JUNE_2024)
    assert dated.relevant, dated.reasons


def test_a_roads_stretch_through_a_lao_province_is_a_place():
    funded = classify("Hỗ trợ nâng cấp hành lang kinh tế", "Cơ quan Hợp tác Quốc tế Nhật Bản (JICA) vừa công bố gói hỗ trợ 40 triệu USD "
                      "nâng cấp đường 13 đoạn qua tỉnh Luổng Nặm Thà (Lào) và quốc lộ 4H tỉnh Lai Châu.", published=JUNE_2024)
    _refused_by_the_rules(funded)
    assert [m.kind for m in funded.document.mentions("lao_place", "lao_province") if m.name == "Luổng Nặm Thà"] == ["lao_place"]
    # the province's own people talking about the stretch are a party
    met = classify("Hội đàm về tuyến đường", "Ngày 3/6, lãnh đạo tỉnh Lai Châu và lãnh đạo tỉnh Luổng Nặm Thà (Lào) hội đàm về việc nâng "
                   "cấp đường 13 đoạn qua huyện Mường Sing.", published=JUNE_2024)
    assert met.relevant, met.reasons


def test_victims_of_trafficking_rescued_together_are_crime_news_but_talks_about_it_an_exchange():
    rescued = classify("Giải cứu 3 phụ nữ bị lừa bán sang Lào", "Ngày 3/6, Bộ đội Biên phòng tỉnh Lai Châu cho biết, đơn vị đã phối hợp "
                       "với Công an tỉnh Phông Sa Lỳ (Lào) giải cứu thành công 3 phụ nữ bị lừa bán sang Lào làm việc tại một quán "
                       "karaoke.", published=JUNE_2024)
    _refused_by_the_rules(rescued)
    talks = classify("Hội đàm phòng, chống mua bán người", "Ngày 3/6, Công an tỉnh Lai Châu và Công an tỉnh Phông Sa Lỳ (Lào) hội đàm về "
                     "phối hợp giải cứu nạn nhân bị lừa bán qua biên giới.", published=JUNE_2024)
    assert talks.relevant, talks.reasons


def test_a_domestic_visit_whose_lao_side_is_only_reported_or_traded_with_is_no_exchange():
    surveyed = classify("Đoàn khảo sát của Quốc hội làm việc tại tỉnh", "Ngày 3/6, đoàn khảo sát của Ủy ban Quốc phòng và An ninh của Quốc "
                        "hội đã làm việc với UBND tỉnh Lai Châu về công tác quản lý biên giới. Tỉnh báo cáo việc phối hợp với tỉnh Phông "
                        "Sa Lỳ (Lào) trong tuần tra song phương.", published=JUNE_2024)
    _refused_by_the_rules(surveyed)
    traded = classify("Bộ trưởng kiểm tra cửa khẩu", "Ngày 3/6, Bộ trưởng Bộ Công Thương kiểm tra cửa khẩu Ma Lù Thàng (Lai Châu). Tại đây, "
                      "Bộ trưởng đã trao đổi với lãnh đạo tỉnh về giải pháp tăng kim ngạch thương mại với tỉnh Phông Sa Lỳ (Lào).",
                      published=JUNE_2024)
    _refused_by_the_rules(traded)


def test_laos_chairing_a_meeting_of_many_by_its_leaders_name_is_no_exchange_with_us():
    chaired = classify("Thủ tướng dự Hội nghị Cấp cao ASEAN", "Ngày 9/10, tại Thủ đô Viêng Chăn (Lào), Thủ tướng Phạm Minh Chính cùng "
                       "lãnh đạo các nước ASEAN dự phiên khai mạc Hội nghị Cấp cao ASEAN lần thứ 44. Thủ tướng Lào Sonexay Siphandone, "
                       "Chủ tịch ASEAN 2024, chủ trì hội nghị.", published=datetime(2024, 10, 10, 9, 0, tzinfo=VN_TZ))
    _refused_by_the_rules(chaired)
    # the same leader welcoming ours to an official visit on the occasion is an exchange
    welcomed = classify("Lễ đón Thủ tướng tại Viêng Chăn", "Sáng 9/10, tại Viêng Chăn, Thủ tướng Lào Sonexay Siphandone chủ trì lễ đón "
                        "Thủ tướng Phạm Minh Chính sang thăm chính thức Lào và dự Hội nghị Cấp cao ASEAN lần thứ 44.",
                        published=datetime(2024, 10, 10, 9, 0, tzinfo=VN_TZ))
    assert welcomed.relevant, welcomed.reasons


def test_a_lao_provinces_citizens_living_here_are_people_not_its_government():
    managed = classify("Tăng cường quản lý người nước ngoài", "Ngày 3/6, Công an tỉnh Lai Châu tổ chức hội nghị triển khai công tác "
                       "quản lý người nước ngoài cư trú trên địa bàn, phần lớn là công dân tỉnh Phông Sa Lỳ (Lào) sang làm ăn, thăm thân.",
                       published=JUNE_2024)
    _refused_by_the_rules(managed)
    assert [m.kind for m in managed.document.mentions("lao_place", "lao_province") if m.name == "Phông Sa Lỳ"] == ["lao_place"]


def test_villages_on_the_border_with_a_lao_province_name_a_place():
    gifts = classify("Bộ đội Biên phòng tặng quà học sinh vùng biên", "Ngày 3/6, Đồn Biên phòng Ma Lù Thàng (Lai Châu) tặng 200 suất quà "
                     "cho học sinh nghèo tại các bản giáp biên giới với tỉnh Phông Sa Lỳ (Lào).", published=JUNE_2024)
    _refused_by_the_rules(gifts)
    # the same gifts handed to the Lao province's pupils are an exchange
    given = classify("Bộ đội Biên phòng tặng quà học sinh tỉnh bạn", "Ngày 3/6, Đồn Biên phòng Ma Lù Thàng (Lai Châu) tặng 200 suất quà "
                     "cho học sinh nghèo của huyện Mường Khoa, tỉnh Phông Sa Lỳ (Lào).", published=JUNE_2024)
    assert given.relevant, given.reasons


@pytest.mark.parametrize("where", ["nằm sát biên giới với tỉnh Phông Sa Lỳ (Lào)", "cách biên giới tỉnh Phông Sa Lỳ (Lào) 3 km"])
def test_a_village_near_the_border_with_a_lao_province_names_a_place(where):
    handed = classify("Bàn giao nhà cho hộ nghèo vùng biên", f"Ngày 3/6, Đồn Biên phòng Ma Lù Thàng (Lai Châu) bàn giao nhà đại đoàn kết "
                      f"cho hộ nghèo tại bản Pa Thắng, {where}.", published=JUNE_2024)
    _refused_by_the_rules(handed)


def test_the_friends_side_on_a_page_about_laos_is_the_lao_side():
    handed = classify("Nhận hài cốt các anh ngã xuống ở nước bạn", "Sáng 3/6, tại cửa khẩu Ma Lù Thàng, Bộ Chỉ huy Quân sự tỉnh Lai Châu tổ "
                      "chức lễ nhận 12 bộ hài cốt của các anh, những quân tình nguyện đã hy sinh tại Lào do phía bạn bàn giao.",
                      published=JUNE_2024)
    assert handed.relevant, handed.reasons
    # a page that names no Lao party has no friends' side either ("phía bạn" of a Cambodian page is Cambodia's)
    other = classify("Nhận hài cốt các anh ngã xuống ở Campuchia", "Sáng 3/6, tại cửa khẩu Xa Mát, Bộ Chỉ huy Quân sự tỉnh Tây Ninh "
                     "tổ chức lễ nhận 12 bộ hài cốt của các anh, những người đã hy sinh tại Campuchia do phía bạn bàn giao.", published=JUNE_2024)
    assert not other.relevant, other.reasons


def test_a_lao_mission_working_with_a_school_of_ours_about_its_students_is_an_exchange():
    worked = classify("Tổng Lãnh sự Lào làm việc với Trường Đại học Tây Bắc", "Ngày 3/6, Tổng Lãnh sự Lào tại Vinh đã đến thăm và làm "
                      "việc với Trường Đại học Tây Bắc về công tác đào tạo lưu học sinh Lào.", published=JUNE_2024)
    assert worked.relevant, worked.reasons
    # visiting its own students where they study is still its own people's affair
    visited = classify("Tổng Lãnh sự Lào thăm lưu học sinh Lào", "Ngày 3/6, Tổng Lãnh sự Lào tại Vinh đã đến thăm, động viên lưu học "
                       "sinh Lào đang học tập tại Trường Đại học Tây Bắc.", published=JUNE_2024)
    assert not visited.relevant, visited.reasons


def test_a_delegation_still_to_be_sent_among_a_meetings_tasks_is_no_participant_of_it():
    tasks = classify("Ban Đối ngoại Tỉnh ủy triển khai nhiệm vụ năm 2024", "Sáng 3/6, Ban Đối ngoại Tỉnh ủy Lai Châu tổ chức hội nghị "
                     "triển khai nhiệm vụ năm 2024, trong đó tham mưu tổ chức đoàn đại biểu cấp cao của tỉnh sang thăm tỉnh Phông Sa Lỳ "
                     "(Lào).", published=JUNE_2024)
    _refused_by_the_rules(tasks)


def test_exchanges_counted_over_a_quarter_are_a_summary():
    quarter = classify("Kết quả thực hiện nhiệm vụ đối ngoại quý I", "Trong quý I, Bộ Chỉ huy Bộ đội Biên phòng tỉnh Lai Châu đã phối "
                       "hợp với Bộ Chỉ huy Quân sự tỉnh Phông Sa Lỳ (Lào) tổ chức 3 đợt tuần tra song phương, 1 lần hội đàm.",
                       published=JUNE_2024)
    _refused_by_the_rules(quarter)


@pytest.mark.parametrize("opening", ["6 tháng đầu năm 2024,", "Qua 5 năm,", "Trong tháng 4,", "Sau 10 năm thực hiện Hiệp định,"])
def test_exchanges_counted_over_any_span_are_a_summary(opening):
    counted = classify("Kết quả công tác đối ngoại biên phòng", f"{opening} Bộ Chỉ huy Bộ đội Biên phòng tỉnh Lai Châu đã phối hợp với Bộ "
                       "Chỉ huy Quân sự tỉnh Phông Sa Lỳ (Lào) tổ chức 3 đợt tuần tra song phương, 1 lần hội đàm.", published=JUNE_2024)
    _refused_by_the_rules(counted)


def test_one_exchange_told_in_a_month_is_no_summary():
    told = classify("Hội đàm biên giới", "Trong tháng 5, Bộ Chỉ huy Bộ đội Biên phòng tỉnh Lai Châu và Bộ Chỉ huy Quân sự tỉnh Phông Sa Lỳ "
                    "(Lào) đã tổ chức hội đàm tại cửa khẩu Ma Lù Thàng.", published=JUNE_2024)
    assert told.rule_score > 0.5, told.reasons


def test_exchanges_counted_in_a_page_that_tells_no_day_are_a_summary():
    feature = classify("Đồn Biên phòng Ma Lù Thàng - điểm tựa của bà con vùng biên", "Đồn Biên phòng Ma Lù Thàng đóng quân trên địa bàn "
                       "xã Ma Ly Pho, huyện Phong Thổ. Đơn vị đã phối hợp với lực lượng bảo vệ biên giới tỉnh Phông Sa Lỳ (Lào) tổ chức 24 "
                       "đợt tuần tra song phương, giữ vững an ninh biên giới.", published=JUNE_2024)
    _refused_by_the_rules(feature)
    # a patrol of its day is one
    patrol = classify("Tuần tra song phương", "Ngày 3/6, Đồn Biên phòng Ma Lù Thàng đã phối hợp với lực lượng bảo vệ biên giới tỉnh Phông Sa "
                      "Lỳ (Lào) tổ chức tuần tra song phương lần thứ 2 trong năm.", published=JUNE_2024)
    assert patrol.relevant, patrol.reasons


@pytest.mark.parametrize("title, body", [
    ("Người phiên dịch tiếng Lào của Sở Ngoại vụ", "Chị Lò Thị Hoa, chuyên viên Sở Ngoại vụ tỉnh Lai Châu, đã có 15 năm làm phiên dịch tiếng "
     "Lào. Chị đã nhiều lần tham gia phiên dịch trong các buổi hội đàm giữa lãnh đạo tỉnh Lai Châu với lãnh đạo tỉnh Phông Sa Lỳ (Lào)."),
    ("Người lính biên phòng gắn bó với bà con vùng biên", "Thiếu tá Lò Văn Hùng, Đồn trưởng Đồn Biên phòng Ma Lù Thàng, đã có 20 năm "
     "công tác ở vùng biên. Anh nhiều lần cùng lực lượng bảo vệ biên giới tỉnh Phông Sa Lỳ (Lào) tuần tra song phương."),
])
def test_a_profile_of_someone_who_took_part_in_exchanges_many_times_is_no_exchange(title, body):
    profile = classify(title, body, published=JUNE_2024)
    _refused_by_the_rules(profile)


@pytest.mark.parametrize("told", ["đã có 2 cuộc hội đàm với lãnh đạo tỉnh Phông Sa Lỳ (Lào)",
                                  "đã có nhiều cuộc làm việc với lãnh đạo tỉnh Phông Sa Lỳ (Lào)",
                                  "đã nhiều lần gặp gỡ, trao đổi với lãnh đạo tỉnh Phông Sa Lỳ (Lào)"])
def test_the_meetings_of_one_trip_counted_are_no_summary(told):
    trip = classify("Thắt chặt tình hữu nghị", f"Trong chuyến thăm, đoàn đại biểu tỉnh Lai Châu do Bí thư Tỉnh ủy dẫn đầu {told}.",
                    published=JUNE_2024)
    assert trip.relevant, trip.reasons


@pytest.mark.parametrize("done", ["vừa tổ chức 2 đợt khám, cấp thuốc miễn phí", "đã tổ chức 2 đợt khám, cấp thuốc miễn phí",
                                  "đã khám, cấp thuốc miễn phí"])
def test_free_care_given_in_a_lao_province_however_its_rounds_are_told_is_an_exchange(done):
    care = classify("Khám bệnh miễn phí cho nhân dân tỉnh bạn", f"Đoàn y bác sĩ Bệnh viện Đa khoa tỉnh Lai Châu {done} cho hơn 1.000 lượt "
                    "người dân huyện Mường Mày, tỉnh Phông Sa Lỳ (Lào).", published=JUNE_2024)
    assert care.relevant, care.reasons


def test_gifts_collected_or_readied_at_home_for_a_lao_province_are_no_exchange_yet():
    collected = classify("Thanh niên tỉnh quyên góp sách gửi tặng học sinh tỉnh bạn", "Đoàn Thanh niên tỉnh Lai Châu vừa phát động đoàn "
                         "viên quyên góp 2.000 cuốn sách để gửi tặng học sinh tỉnh Phông Sa Lỳ (Lào) trong năm học tới.",
                         published=JUNE_2024)
    _refused_by_the_rules(collected)
    readied = classify("Chuẩn bị quà Tết tặng tỉnh bạn", "Sở Công Thương tỉnh Lai Châu đang hoàn tất việc chuẩn bị 500 suất quà để lãnh "
                       "đạo tỉnh mang sang tặng nhân dân tỉnh Phông Sa Lỳ (Lào) nhân dịp Tết Bunpimay.", published=JUNE_2024)
    _refused_by_the_rules(readied)
    # the books handed over are an exchange
    handed = classify("Trao tặng sách cho học sinh tỉnh bạn", "Ngày 3/6, Đoàn Thanh niên tỉnh Lai Châu trao tặng 2.000 cuốn sách cho học "
                      "sinh tỉnh Phông Sa Lỳ (Lào) tại cửa khẩu Ma Lù Thàng.", published=JUNE_2024)
    assert handed.relevant, handed.reasons


def test_an_event_held_with_a_lao_mission_is_no_review_of_joint_work():
    held = classify("Tọa đàm kỷ niệm Ngày sinh Chủ tịch Kaysone Phomvihane", "Sáng 13/12, tại Lai Châu, Hội Hữu nghị Việt - Lào tỉnh phối "
                    "hợp với Tổng Lãnh sự quán Lào tại Vinh tổ chức tọa đàm kỷ niệm 104 năm Ngày sinh Chủ tịch Kaysone Phomvihane.",
                    published=datetime(2024, 12, 14, 9, 0, tzinfo=VN_TZ))
    assert held.relevant, held.reasons


def test_the_pacific_ocean_is_no_province_of_ours():
    # "Thái Bình Dương" holds the name of Thái Bình: a Lao leader receiving a bank's envoy for Asia-Pacific met nobody of ours
    received = classify("Thủ tướng Lào tiếp Phó Chủ tịch Ngân hàng Thế giới", "Chiều 16/5, tại Văn phòng Thủ tướng ở Viêng Chăn, "
                        "Thủ tướng Lào Sonexay Siphandone tiếp Phó Chủ tịch Ngân hàng Thế giới phụ trách khu vực Đông Á - Thái Bình "
                        "Dương đang thăm và làm việc tại Lào.", published=JUNE_2024)
    _refused_by_the_rules(received)
    assert not any(s.of("vn_province") for s in received.document.sentences)


def test_an_operator_names_what_holds_a_province_name_and_is_none(tmp_path):
    from huunghi.classify.gazetteer import load_gazetteer

    text = ("Đoàn nghệ thuật tỉnh bạn biểu diễn", "Tối 12/6, Đoàn nghệ thuật tỉnh Chăm Pa Xắc (Lào) biểu diễn tại Nhà hát Hòa Bình, "
            "Thành phố Hồ Chí Minh.")
    _, packaged = analyse_article(*text, published=JUNE_2024)
    assert "Hòa Bình" in packaged.vn_parties
    cfg = tmp_path / "c.yaml"
    cfg.write_text("gazetteer:\n  not_parties: [Nhà hát Hòa Bình]\n", encoding="utf-8")
    _, told = analyse_article(*text, published=JUNE_2024, gazetteer=load_gazetteer(cfg))
    assert told.vn_parties == ["Thành phố Hồ Chí Minh"], told.vn_parties


def test_a_lao_province_named_only_in_a_plan_agreed_with_another_country_is_no_party():
    MAY_2024 = datetime(2024, 5, 20, 9, 0, tzinfo=VN_TZ)  # two days after the talks
    body = ("Ngày 18/5, tại TP Pleiku, đoàn đại biểu tỉnh Gia Lai đã hội đàm với đoàn tỉnh bạn Ratanakiri của "
            "Campuchia. Tại buổi hội đàm, hai bên điểm lại việc hợp tác trong năm 2023 và thống nhất phối hợp tổ chức diễn đàn hợp tác ba "
            "tỉnh cùng tỉnh Át Tạp Pư (Lào) {}. Kết thúc hội đàm, hai bên ký biên bản ghi nhớ.")
    planned = classify("Gia Lai hội đàm với tỉnh Ratanakiri", body.format("vào cuối năm"), published=MAY_2024)
    _refused_by_the_rules(planned)
    # held now, with the Lao province there, it is an exchange
    held = classify("Diễn đàn hợp tác ba tỉnh", body.replace("thống nhất phối hợp tổ chức", "đã tổ chức").format("ngay sau đó"),
                    published=MAY_2024)
    assert held.relevant, held.reasons


def test_a_royal_government_is_no_body_of_ours():
    from huunghi.classify.gazetteer import default_gazetteer
    from huunghi.classify.mentions import analyse

    doc = analyse("Thủ tướng Chính phủ Hoàng gia Hun Manet thăm Lào", "Ngày 14/5, Thủ tướng Chính phủ Hoàng gia Hun Manet hội đàm với "
                  "Thủ tướng Lào tại Viêng Chăn.", default_gazetteer())
    assert not any(s.of("vn_body") for s in doc.sentences)


def test_our_veterans_met_where_they_live_in_laos_are_no_lao_party():
    met = classify("Đại sứ quán gặp mặt cựu chiến binh", "Nhân kỷ niệm 70 năm Chiến thắng Điện Biên Phủ, ngày 6/5, Đại sứ quán Việt "
                   "Nam tại Lào tổ chức gặp mặt các cựu chiến binh Việt Nam đang sinh sống tại Thủ đô Viêng Chăn.", published=JUNE_2024)
    _refused_by_the_rules(met)


def test_where_a_team_of_ours_will_go_is_no_party_of_its_send_off():
    seen_off = classify("Động viên Đội K52 trước khi sang Lào", "Sáng 15/5, Phó Chủ tịch UBND tỉnh Quảng Bình đến thăm, động viên cán "
                        "bộ, chiến sĩ Đội K52 trước khi lên đường sang tỉnh Khăm Muồn (Lào) tìm kiếm, quy tập hài cốt liệt sĩ mùa "
                        "khô năm 2024.", published=JUNE_2024)
    _refused_by_the_rules(seen_off)
    # a delegation that set off and met the Lao side that day is an exchange
    went = classify("Đoàn đại biểu tỉnh lên đường thăm tỉnh bạn", "Sáng 15/5, trước khi lên đường sang thăm tỉnh Xiêng Khoảng, đoàn "
                    "đại biểu tỉnh Nghệ An dâng hương tại Khu di tích Kim Liên. Chiều cùng ngày, đoàn hội đàm với lãnh đạo tỉnh "
                    "Xiêng Khoảng tại Phôn Xa Vẳn.", published=JUNE_2024)
    assert went.relevant, went.reasons


@pytest.mark.parametrize("worked_for", ["dự thi tốt nghiệp THPT", "bảo vệ đồ án tốt nghiệp", "được xét tốt nghiệp"])
def test_a_graduation_worked_for_is_none_held(worked_for):
    exam = classify("Học sinh Lào tại trường nội trú", f"Năm nay, Trường Phổ thông Dân tộc nội trú tỉnh Nghệ An có 105 học sinh Lào "
                    f"{worked_for}. Các em được nhà trường tổ chức ôn tập chu đáo.", published=JUNE_2024)
    _refused_by_the_rules(exam)


def test_where_goods_are_sold_is_no_party_however_much_is_sold():
    sold = classify("Hợp tác xã xuất khẩu chuối sang tỉnh bạn", "Hợp tác xã nông nghiệp Tân Long, huyện Hướng Hóa vừa ký kết hợp đồng "
                    "xuất khẩu 500 tấn chuối sang tỉnh Xa Vẳn Na Khệt (Lào). Ngày 3/6, lô hàng đầu tiên được thông quan qua cửa "
                    "khẩu Lao Bảo.", published=JUNE_2024)
    _refused_by_the_rules(sold)
    # two provinces agreeing on the trade between them is an exchange
    agreed = classify("Hai tỉnh ký kết hợp tác thương mại", "Ngày 3/6, tại Pạc Xan, lãnh đạo tỉnh Hà Tĩnh và tỉnh Bô Ly Khăm Xay ký "
                      "biên bản hợp tác thúc đẩy xuất khẩu hàng hóa sang tỉnh Bô Ly Khăm Xay.", published=JUNE_2024)
    assert agreed.relevant, agreed.reasons


def test_a_papers_online_talk_about_a_lao_place_is_no_exchange_with_it():
    from huunghi.classify.gazetteer import default_gazetteer
    from huunghi.classify.mentions import analyse

    doc = analyse("Giao lưu trực tuyến về du lịch Lào", "Tối 16/5, báo tổ chức buổi giao lưu với bạn đọc.", default_gazetteer())
    assert not any(s.of("laos") for s in doc.sentences)


@pytest.mark.parametrize("opening", ["Trong quý", "Trong quý qua", "Trong quý II"])
def test_joint_patrols_counted_over_a_quarter_at_a_meeting_of_ours_are_no_exchange(opening):
    review = classify("Giao ban công tác biên giới quý II", "Ngày 3/6, Bộ đội Biên phòng Quảng Trị tổ chức giao ban "
                      f"công tác biên giới quý II. {opening}, các đồn biên phòng đã phối hợp với lực lượng bảo vệ biên giới tỉnh Xa "
                      "Vẳn Na Khệt (Lào) tuần tra song phương 12 lần.", published=JUNE_2024)
    _refused_by_the_rules(review)


@pytest.mark.parametrize("span", ["Mùa khô 2023 - 2024", "Trong mùa khô vừa qua", "Qua 3 mùa khô", "Từ tháng 10/2023 đến nay",
                                  "Từ năm 2020 đến nay", "Từ đầu mùa khô đến nay"])
def test_remains_searched_for_over_a_season_told_at_a_meeting_of_ours_are_no_exchange(span):
    told = classify("Hội nghị giao ban", f"Ngày 3/6, Ban Chỉ đạo 515 tỉnh Quảng Bình tổ chức hội nghị giao ban. {span}, Đội K52 đã cùng "
                    "Ban Công tác đặc biệt tỉnh Khăm Muồn (Lào) tìm kiếm, quy tập được 15 hài cốt liệt sĩ.", published=JUNE_2024)
    _refused_by_the_rules(told)


@pytest.mark.parametrize("told", ["Tại hội nghị, Đội K52 báo cáo: Đội đã", "Hội nghị đánh giá, Đội K52 đã", "Hội nghị nhận định, Đội K52 đã",
                                  "Thời gian qua, Đội K52 đã"])
def test_joint_work_judged_or_read_out_at_a_meeting_of_ours_is_no_exchange(told):
    review = classify("Hội nghị giao ban", f"Ngày 3/6, Ban Chỉ đạo 515 tỉnh Quảng Bình tổ chức hội nghị giao ban. {told} cùng Ban Công "
                      "tác đặc biệt tỉnh Khăm Muồn (Lào) tìm kiếm, quy tập được 15 hài cốt liệt sĩ.", published=JUNE_2024)
    _refused_by_the_rules(review)


@pytest.mark.parametrize("told", ["Về công tác đối ngoại, tỉnh đã tổ chức thành công chuyến thăm của",
                                  "Phát biểu tại hội nghị, Bí thư Tỉnh ủy khẳng định tỉnh đã đón tiếp chu đáo",
                                  "Công tác đối ngoại được đẩy mạnh; tỉnh đã đón"])
def test_a_past_exchange_a_review_of_ours_sums_up_is_no_exchange_of_its_day(told):
    review = classify("Hội nghị Ban Chấp hành Đảng bộ tỉnh", "Ngày 3/6, Ban Chấp hành Đảng bộ tỉnh Hà Tĩnh tổ chức hội nghị lần thứ 15 "
                      f"đánh giá tình hình 6 tháng đầu năm. {told} đoàn đại biểu cấp cao tỉnh Bô Ly Khăm Xay (Lào).", published=JUNE_2024)
    _refused_by_the_rules(review)


@pytest.mark.parametrize("then", ["Chiều cùng ngày, Chủ tịch UBND tỉnh đã tiếp", "Ngay sau đó, Chủ tịch UBND tỉnh đã tiếp"])
def test_an_exchange_on_the_day_of_a_review_of_ours_is_still_reported(then):
    same_day = classify("Tổng kết công tác đối ngoại", "Ngày 3/6, UBND tỉnh Hà Tĩnh tổ chức hội nghị tổng kết công tác đối ngoại năm "
                        f"2023. {then} đoàn đại biểu tỉnh Bô Ly Khăm Xay (Lào) do Phó Tỉnh trưởng dẫn đầu.", published=JUNE_2024)
    assert same_day.relevant, same_day.reasons


@pytest.mark.parametrize("opening", ["HĐND tỉnh Hà Tĩnh khai mạc kỳ họp thứ 20 xem xét báo cáo tình hình kinh tế - xã hội.",
                                     "UBND tỉnh Hà Tĩnh tổ chức phiên họp thường kỳ tháng 5.",
                                     "Sở Ngoại vụ tỉnh Hà Tĩnh tổ chức họp báo thông tin kết quả công tác đối ngoại quý I."])
def test_a_past_exchange_a_session_or_briefing_of_ours_sums_up_is_no_exchange_of_its_day(opening):
    session = classify("Tin tỉnh", f"Ngày 3/6, {opening} Công tác đối ngoại: tổ chức thành công chuyến thăm của đoàn đại biểu cấp cao "
                       "tỉnh Bô Ly Khăm Xay (Lào).", published=JUNE_2024)
    _refused_by_the_rules(session)


def test_a_roman_numeral_ends_a_sentence_an_initial_does_not():
    from huunghi.classify.gazetteer import default_gazetteer
    from huunghi.classify.mentions import analyse

    gaz = default_gazetteer()
    numeral = analyse("Tin", "Sở tổ chức họp báo về công tác quý I. Công tác đối ngoại được đẩy mạnh.", gaz)
    assert [s.text.strip() for s in numeral.sentences] == ["Sở tổ chức họp báo về công tác quý I.", "Công tác đối ngoại được đẩy mạnh."]
    initial = analyse("Tin", "Ông Nguyễn Văn A. Bình phát biểu.", gaz)
    assert [s.text.strip() for s in initial.sentences] == ["Ông Nguyễn Văn A. Bình phát biểu."]


def test_our_leader_coming_to_a_lao_missions_reception_told_in_the_next_sentence_is_an_exchange_where_nobody_crossed():
    title, body = ("Đại sứ quán Lào chiêu đãi kỷ niệm Quốc khánh", "Tối 1/12, tại Hà Nội, Đại sứ quán Lào tổ chức tiệc chiêu đãi trọng thể "
                   "kỷ niệm 49 năm Quốc khánh Lào. Phó Chủ tịch nước Võ Thị Ánh Xuân đến dự và chúc mừng.")
    c, info = analyse_article(title, body, published=datetime(2024, 12, 2, 9, 0, tzinfo=VN_TZ))
    assert c.relevant, c.reasons
    assert info.lao_parties == ["Đại sứ quán Lào"] and info.direction == "none", (info.lao_parties, info.direction_reasons)


def test_a_firm_of_ours_named_for_laos_is_no_lao_party():
    visited = classify("Lãnh đạo tỉnh thăm doanh nghiệp của tỉnh tại Lào", "Ngày 3/6, đoàn công tác tỉnh Nghệ An đã đến thăm Công ty "
                       "TNHH Mía đường Nghệ An - Lào tại huyện Pạc Xăn, tỉnh Bô Ly Khăm Xay. Lãnh đạo công ty báo cáo kết quả sản xuất, "
                       "kinh doanh.", published=JUNE_2024)
    _refused_by_the_rules(visited)


def test_a_bank_of_ours_in_laos_is_no_lao_party_a_lao_central_bank_is():
    ours = classify("Thăm ngân hàng liên doanh", "Ngày 3/6, Phó Thống đốc Ngân hàng Nhà nước Việt Nam đã đến thăm và làm việc với Ngân "
                    "hàng Liên doanh Lào - Việt tại Thủ đô Viêng Chăn. Tổng Giám đốc ngân hàng báo cáo kết quả kinh doanh quý I.",
                    published=JUNE_2024)
    _refused_by_the_rules(ours)
    theirs = classify("Hai Ngân hàng Trung ương hội đàm", "Ngày 3/6, tại Thủ đô Viêng Chăn, Thống đốc Ngân hàng Nhà nước Việt Nam đã "
                      "hội đàm với Thống đốc Ngân hàng Nhà nước Lào.", published=JUNE_2024)
    assert theirs.relevant, theirs.reasons


@pytest.mark.parametrize("border", ["có đường biên giới dài 192 km với", "có chung biên giới với", "có đường biên giới chung với"])
def test_what_a_district_of_ours_shares_a_border_with_is_geography(border):
    drafted = classify("Huyện biên giới tổ chức lễ giao nhận quân", f"Sáng 16/2, huyện Kỳ Sơn (Nghệ An), địa phương {border} tỉnh "
                       "Xiêng Khoảng (Lào), tổ chức lễ giao nhận quân năm 2024.", published=JUNE_2024)
    _refused_by_the_rules(drafted)


def test_a_haul_s_route_through_a_lao_province_is_geography():
    survey = classify("Đoàn doanh nghiệp Thái Lan khảo sát hành lang kinh tế", "Ngày 18/5, đoàn doanh nghiệp tỉnh Mukdahan (Thái Lan) "
                      "đến Quảng Trị khảo sát tuyến vận tải hàng hóa qua tỉnh Xa Vẳn Na Khệt (Lào) về cảng Cửa Việt. Phó Chủ tịch UBND "
                      "tỉnh Quảng Trị tiếp đoàn.", published=JUNE_2024)
    assert not survey.relevant, survey.reasons
    worked = classify("Làm việc về tuyến vận tải", "Ngày 18/5, đoàn công tác Sở Công Thương Quảng Trị đã làm việc với Sở Công Thương "
                      "tỉnh Xa Vẳn Na Khệt (Lào) về việc phát triển tuyến vận tải hàng hóa qua tỉnh Xa Vẳn Na Khệt.", published=JUNE_2024)
    assert worked.relevant, worked.reasons


def test_a_call_to_register_for_a_fair_whose_days_are_not_set_is_a_preview():
    """A registration deadline is no day of the event it invites to."""
    call = classify("Mời doanh nghiệp tham gia hội chợ thương mại", "Sở Công Thương tỉnh Hà Tĩnh thông báo Hội chợ Thương mại Việt - "
                    "Lào năm 2024 sẽ diễn ra tại tỉnh Khăm Muồn vào tháng 10. Doanh nghiệp muốn tham gia đăng ký với Sở trước ngày 30/6.",
                    published=datetime(2024, 5, 20, 9, 0, tzinfo=VN_TZ))
    assert not call.relevant, call.reasons
    c, info = analyse_article("Hội chợ thương mại sẽ diễn ra tại Khăm Muồn", "Sở Công Thương tỉnh Hà Tĩnh cho biết Hội chợ Thương mại "
                              "Việt - Lào năm 2024 sẽ diễn ra tại tỉnh Khăm Muồn từ ngày 10 đến 14/10. Doanh nghiệp muốn tham gia đăng "
                              "ký với Sở trước ngày 30/6.", published=datetime(2024, 5, 20, 9, 0, tzinfo=VN_TZ))
    assert c.relevant, c.reasons
    assert info.event_date.isoformat() == "2024-10-10"  # (announced five months ahead: not the October before)


def test_what_our_people_raised_at_home_for_a_lao_province_is_no_handover_until_it_is_handed():
    raised = classify("Cán bộ tỉnh quyên góp ủng hộ tỉnh bạn", "Hưởng ứng lời kêu gọi của Ủy ban MTTQ tỉnh, cán bộ, công chức tỉnh "
                      "Kon Tum đã quyên góp được 500 triệu đồng ủng hộ nhân dân tỉnh Át Tạp Pư (Lào) khắc phục hậu quả lũ lụt. Số tiền "
                      "sẽ được chuyển sang tỉnh bạn trong thời gian tới.", published=JUNE_2024)
    _refused_by_the_rules(raised)
    handed = classify("Trao tiền ủng hộ tỉnh bạn", "Ngày 3/6, tại tỉnh Át Tạp Pư (Lào), đoàn công tác tỉnh Kon Tum đã trao số tiền 500 "
                      "triệu đồng quyên góp được ủng hộ nhân dân tỉnh Át Tạp Pư khắc phục hậu quả lũ lụt.", published=JUNE_2024)
    assert handed.relevant, handed.reasons


def test_the_lao_revolution_a_history_is_about_is_no_party_the_lao_party_is():
    seminar = classify("Hội thảo khoa học về Bác Hồ", "Ngày 3/6, Học viện Chính trị khu vực III tổ chức hội thảo khoa học “Chủ tịch "
                       "Hồ Chí Minh với cách mạng Lào”, với 40 tham luận của các nhà khoa học trong nước.", published=JUNE_2024)
    assert not seminar.relevant, seminar.reasons
    assert any("never as a party" in r for r in seminar.reasons), seminar.reasons
    party = classify("Hội đàm", "Ngày 3/6, tại Hà Nội, đoàn đại biểu Đảng Nhân dân Cách mạng Lào hội đàm với đoàn đại biểu Đảng Cộng "
                     "sản Việt Nam.", published=JUNE_2024)
    assert party.relevant, party.reasons


def test_goods_gathered_at_home_to_be_sent_are_no_handover_those_handed_after_gathering_are():
    gathered = classify("Tập kết hàng cứu trợ", "Ngày 3/6, Hội Chữ thập đỏ tỉnh Quảng Nam đã tập kết 20 tấn gạo, nước uống và thuốc để "
                        "gửi sang hỗ trợ nhân dân tỉnh Sê Kông (Lào) khắc phục hậu quả lũ lụt.", published=JUNE_2024)
    assert not gathered.relevant, gathered.reasons
    handed = classify("Trao gạo cho tỉnh bạn", "Ngày 3/6, sau khi tập kết hàng tại cửa khẩu Nam Giang, đoàn công tác tỉnh Quảng Nam đã "
                      "sang trao 20 tấn gạo hỗ trợ nhân dân tỉnh Sê Kông (Lào) khắc phục hậu quả lũ lụt.", published=JUNE_2024)
    assert handed.relevant, handed.reasons


def test_a_school_trip_s_destination_and_the_culture_it_learns_about_are_no_lao_party():
    trip = classify("Học sinh trải nghiệm tại nước bạn", "Từ ngày 1 đến 4/6, 40 học sinh Trường THPT chuyên Hà Tĩnh đã có chuyến trải "
                    "nghiệm tại tỉnh Bô Ly Khăm Xay và Thủ đô Viêng Chăn (Lào). Các em được tham quan Thạt Luổng, chùa Sỉ Sạ Kệt và tìm "
                    "hiểu văn hóa Lào.", published=JUNE_2024)
    assert not trip.relevant, trip.reasons
    met = classify("Học sinh giao lưu với học sinh nước bạn", "Ngày 3/6, trong chuyến trải nghiệm tại tỉnh Bô Ly Khăm Xay (Lào), đoàn "
                   "học sinh Trường THPT chuyên Hà Tĩnh đã đến thăm, giao lưu với thầy và trò Trường Trung học Pạc Xăn. Sở Giáo dục tỉnh "
                   "Bô Ly Khăm Xay đã đón tiếp đoàn.", published=JUNE_2024)
    assert met.relevant, met.reasons


def test_a_club_s_friendly_with_a_lao_club_is_sport_news_a_lao_province_s_team_is_an_exchange():
    club = classify("Sông Lam Nghệ An thắng đội bóng Lào", "Chiều 3/6, trên sân Vinh, câu lạc bộ Sông Lam Nghệ An có trận giao hữu "
                    "với câu lạc bộ Ezra FC của Lào. Kết thúc trận đấu, đội chủ nhà thắng 3-1 nhờ hai bàn của tiền vệ số 8.",
                    published=JUNE_2024)
    assert not club.relevant, club.reasons
    assert any("football" in r for r in club.reasons), club.reasons
    province = classify("Giao lưu bóng đá hữu nghị", "Ngày 3/6, đội bóng của tỉnh Xiêng Khoảng (Lào) do Phó Tỉnh trưởng dẫn đầu đã "
                        "sang Nghệ An giao lưu bóng đá hữu nghị với đội bóng cán bộ tỉnh Nghệ An. Kết thúc trận đấu, đội chủ nhà thắng "
                        "2-1.", published=JUNE_2024)
    assert province.relevant, province.reasons


@pytest.mark.parametrize("counterpart", ["tỉnh Quảng Đông", "tỉnh Kampong Thom", "Đài Loan"])
def test_a_lao_province_s_exchange_with_a_region_of_another_country_is_no_exchange_of_ours(counterpart):
    theirs = classify("Hợp tác đầu tư", f"Ngày 3/6, lãnh đạo tỉnh Xa Vẳn Na Khệt (Lào) đã tiếp đoàn doanh nghiệp {counterpart} đến tìm "
                      "hiểu cơ hội đầu tư vào khu kinh tế Sa Vẳn - Xê Nô, trên tuyến hành lang Đông - Tây nối với Quảng Trị.",
                      published=JUNE_2024)
    assert not theirs.relevant, theirs.reasons
    assert any("another country" in r for r in theirs.reasons), theirs.reasons


@pytest.mark.parametrize("donor", ["Đại sứ Luxembourg", "Đại sứ Úc tại Lào", "Đại sứ quán Nhật tại Lào"])
def test_another_donor_s_envoy_signing_with_a_lao_province_is_no_exchange_of_ours(donor):
    signed = classify("Tài trợ rà phá bom mìn", f"Ngày 3/6, {donor} và lãnh đạo tỉnh Xiêng Khoảng (Lào) đã ký kết thỏa thuận tài trợ "
                      "dự án rà phá bom mìn. Tỉnh Xiêng Khoảng giáp với Nghệ An của Việt Nam.", published=JUNE_2024)
    assert not signed.relevant, signed.reasons
    assert any("another country" in r for r in signed.reasons), signed.reasons


@pytest.mark.parametrize("agency", ["Điều phối viên thường trú Liên hợp quốc tại Lào", "Tổ chức Tầm nhìn Thế giới (World Vision)",
                                    "Đoàn Quỹ Tiền tệ Quốc tế (IMF)"])
def test_an_international_agency_dealing_with_laos_is_no_exchange_of_ours(agency):
    given = classify("Hỗ trợ tỉnh bạn", f"Ngày 3/6, {agency} đã bàn giao cho tỉnh Sê Kông (Lào) lô hàng cứu trợ trị giá 500.000 USD. "
                     "Tỉnh Sê Kông giáp với Quảng Nam và Kon Tum của Việt Nam.", published=JUNE_2024)
    assert not given.relevant, given.reasons
    assert any("another country" in r for r in given.reasons), given.reasons


def test_our_mission_to_the_united_nations_greeting_laos_s_is_still_an_exchange():
    greeted = classify("Chúc Tết Bunpimay", "Ngày 12/4, tại New York, Trưởng Phái đoàn thường trực Việt Nam tại Liên hợp quốc đã tiếp "
                       "Đại sứ Lào tại Liên hợp quốc nhân dịp Tết cổ truyền Bunpimay.", published=JUNE_2024)
    assert greeted.relevant, greeted.reasons


def test_our_ambassador_handing_over_a_leader_s_letter_is_an_exchange_where_nobody_crossed():
    title, body = ("Trao thư của Tổng Bí thư", "Ngày 3/6, tại Thủ đô Viêng Chăn, Đại sứ Việt Nam tại Lào đã trao thư của Tổng Bí "
                   "thư cho Tổng Bí thư, Chủ tịch nước Lào.")
    c, info = analyse_article(title, body, published=JUNE_2024)
    assert c.relevant, c.reasons
    assert info.direction == "none", info.direction_reasons
    commended = classify("Trao thư khen", "Ngày 3/6, Chủ tịch UBND tỉnh Nghệ An trao thư khen cho các tập thể, cá nhân có thành tích "
                         "trong phối hợp với tỉnh Xiêng Khoảng (Lào).", published=JUNE_2024)
    assert not commended.relevant, commended.reasons


def test_our_lao_people_counted_by_household_or_greeted_where_they_live_are_no_lao_party():
    households = classify("Bản giữ nghề dệt", "Bản Phiêng Lơi, xã Sam Mứn (Điện Biên) có 80 hộ dân tộc Lào sinh sống. Phó Chủ tịch tỉnh "
                          "Điện Biên đã đến thăm mô hình dệt thổ cẩm của bà con.", published=JUNE_2024)
    _refused(households, "against: Laos is named only as a place or a topic, never as a party")
    greeted = classify("Đón Tết té nước", "Những ngày giữa tháng 4, đồng bào Lào ở huyện Phong Thổ (Lai Châu) rộn ràng đón Tết "
                       "Bunpimay. Lãnh đạo huyện Phong Thổ đã đến thăm, chúc Tết bà con người Lào trên địa bàn.", published=JUNE_2024)
    _refused_by_the_rules(greeted)


def test_a_lao_province_s_own_review_counting_our_delegations_over_the_year_is_news_of_laos():
    review = classify("Tỉnh bạn tổng kết công tác đối ngoại", "Ngày 3/6, tỉnh Hủa Phăn (Lào) tổ chức hội nghị tổng kết công tác đối "
                      "ngoại năm 2023. Năm qua, tỉnh đã đón 25 đoàn khách quốc tế, trong đó có nhiều đoàn của các tỉnh Thanh Hóa, Sơn "
                      "La, Nghệ An (Việt Nam).", published=JUNE_2024)
    _refused_by_the_rules(review)
    guests = classify("Tỉnh bạn tổng kết hợp tác", "Ngày 3/6, tỉnh Hủa Phăn (Lào) tổ chức hội nghị tổng kết 5 năm hợp tác với tỉnh "
                      "Thanh Hóa. Dự hội nghị có đoàn đại biểu tỉnh Thanh Hóa (Việt Nam) do Phó Chủ tịch UBND tỉnh dẫn đầu.",
                      published=JUNE_2024)
    assert guests.relevant, guests.reasons


def test_a_city_of_ours_a_route_links_to_is_no_party():
    opened = classify("Lào khánh thành sân bay", "Ngày 3/6, Lào khánh thành sân bay quốc tế tại tỉnh Bò Kẹo. Dự lễ có Phó Thủ tướng "
                      "Lào và đại diện các đại sứ quán. Sân bay có chuyến bay kết nối Hà Nội, Băng Cốc và Côn Minh.", published=JUNE_2024)
    _refused(opened, "against: no Vietnamese party is named (news about Laos alone)")
    c, info = analyse_article("Lào khánh thành sân bay", "Ngày 3/6, Lào khánh thành sân bay quốc tế tại tỉnh Bò Kẹo. Dự lễ có Phó "
                              "Thủ tướng Lào và Bộ trưởng Bộ Giao thông vận tải Việt Nam. Sân bay có chuyến bay kết nối Hà Nội, Băng "
                              "Cốc và Côn Minh.", published=JUNE_2024)
    assert c.relevant and info.vn_parties == ["Bộ Giao thông vận tải"], (c.reasons, info.vn_parties)


@pytest.mark.parametrize("own, guest", [
    ("Ngày 3/6, Sở Giáo dục tỉnh Luông Pha Bang (Lào) tổ chức lễ tiễn 30 sinh viên sang Việt Nam học tập. Các em sẽ học tại các "
     "trường đại học ở Hà Nội, Thái Nguyên và Đà Nẵng.", "Dự lễ có Tổng Lãnh sự Việt Nam tại Luông Pha Bang."),
    ("Ngày 3/6, Bộ Y tế Lào tổ chức lễ đưa vào hoạt động Bệnh viện Hữu nghị tại tỉnh Hủa Phăn, công trình do Chính phủ Việt Nam "
     "tài trợ xây dựng.", "Dự lễ có Đại sứ Việt Nam tại Lào."),
    ("Ngày 3/6, Bộ Quốc phòng Lào tổ chức lễ kỷ niệm 75 năm Ngày thành lập Quân đội nhân dân Lào. Phát biểu tại buổi lễ, Bộ trưởng "
     "ôn lại tình đoàn kết chiến đấu với Quân đội nhân dân Việt Nam.", "Dự lễ có đoàn đại biểu Bộ Quốc phòng Việt Nam."),
])
def test_an_event_of_laos_s_own_that_only_speaks_of_us_is_news_of_laos_until_one_of_ours_takes_part(own, guest):
    """Where its students will study, who funded its work, what its speech recalls: nobody of ours there."""
    _refused_by_the_rules(classify("Tin Lào", own, published=JUNE_2024))
    joined = classify("Tin Lào", f"{own} {guest}", published=JUNE_2024)
    assert joined.relevant, joined.reasons


def test_what_viet_nam_once_did_in_a_lao_leader_s_tour_of_his_own_country_is_history():
    toured = classify("Tổng Bí thư, Chủ tịch nước Lào thăm tỉnh Hủa Phăn", "Từ ngày 1 đến 3/6, Tổng Bí thư, Chủ tịch nước Lào đi thăm, "
                      "làm việc ở tỉnh Hủa Phăn. Tại đây, ông đã thăm khu di tích hang Viêng Xay, nơi từng là căn cứ của cách mạng "
                      "Lào với sự giúp đỡ của Việt Nam.", published=JUNE_2024)
    _refused(toured, "against: no Vietnamese party is named (news about Laos alone)")


def test_where_lao_students_will_study_is_no_vietnamese_side():
    c, info = analyse_article("Tiễn sinh viên sang Việt Nam", "Ngày 3/6, Sở Giáo dục tỉnh Luông Pha Bang (Lào) tổ chức lễ tiễn 30 sinh "
                              "viên sang Việt Nam học tập. Dự lễ có Tổng Lãnh sự Việt Nam tại Luông Pha Bang. Các em sẽ học tại các "
                              "trường đại học ở Hà Nội, Thái Nguyên và Đà Nẵng.", published=JUNE_2024)
    assert c.relevant and info.vn_parties == ["Việt Nam"], (c.reasons, info.vn_parties)


def test_a_lao_province_receiving_its_own_state_s_honour_is_news_of_laos_whatever_it_did_with_us_over_the_years():
    own = classify("Tỉnh bạn nhận Huân chương Lao động", "Ngày 3/6, tỉnh Xiêng Khoảng (Lào) tổ chức lễ đón nhận Huân chương Lao động "
                   "hạng Nhì do Nhà nước Lào trao tặng. Trong những năm qua, tỉnh đã hợp tác hiệu quả với tỉnh Nghệ An (Việt Nam) trên nhiều "
                   "lĩnh vực.", published=JUNE_2024)
    _refused_by_the_rules(own)
    ours = classify("Tỉnh bạn nhận Huân chương Hữu nghị", "Ngày 3/6, tỉnh Xiêng Khoảng (Lào) tổ chức lễ đón nhận Huân chương Hữu nghị "
                    "của Nhà nước Việt Nam. Phó Chủ tịch UBND tỉnh Nghệ An đã trao Huân chương cho tỉnh bạn.", published=JUNE_2024)
    assert ours.relevant, ours.reasons


def test_with_whom_our_team_once_found_the_remains_a_page_buries_is_no_party_of_the_burial():
    buried = classify("Truy điệu, an táng hài cốt liệt sĩ", "Sáng 3/6, tỉnh Nghệ An tổ chức lễ truy điệu, an táng 25 hài cốt liệt sĩ "
                      "quân tình nguyện hy sinh tại Lào. Các hài cốt do Đội K52 phối hợp với Ban 515 tỉnh Xiêng Khoảng tìm kiếm, quy "
                      "tập trong mùa khô vừa qua.", published=JUNE_2024)
    assert not buried.relevant, buried.reasons
    attended = classify("Truy điệu, an táng hài cốt liệt sĩ", "Sáng 3/6, tỉnh Quảng Trị tổ chức lễ truy điệu, an táng 12 bộ hài cốt "
                        "liệt sĩ hy sinh tại tỉnh Xa Vẳn Na Khệt (Lào). Dự lễ có Phó Tỉnh trưởng tỉnh Xa Vẳn Na Khệt cùng đoàn công tác.",
                        published=JUNE_2024)
    assert attended.relevant, attended.reasons


def test_our_team_welcomed_home_from_laos_is_no_exchange_laos_seeing_it_off_is():
    home = classify("Đón Đội K92 trở về", "Ngày 3/6, Bộ Chỉ huy Quân sự tỉnh Nghệ An tổ chức lễ đón Đội K92 trở về sau 6 tháng làm nhiệm "
                    "vụ tại tỉnh Xiêng Khoảng và Hủa Phăn (Lào).", published=JUNE_2024)
    _refused_by_the_rules(home)
    seen_off = classify("Tỉnh bạn tiễn Đội K92", "Ngày 3/6, tỉnh Xiêng Khoảng (Lào) tổ chức lễ tiễn Đội K92 về nước sau mùa khô tìm "
                        "kiếm hài cốt. Phó Tỉnh trưởng cảm ơn các cán bộ, chiến sĩ của tỉnh Nghệ An.", published=JUNE_2024)
    assert seen_off.relevant, seen_off.reasons


def test_lao_students_a_work_is_meant_for_are_no_party_a_lao_mission_at_its_opening_is():
    opened = classify("Khánh thành ký túc xá", "Ngày 3/6, Trường Đại học Vinh khánh thành ký túc xá 5 tầng dành cho lưu học sinh Lào "
                      "với 300 chỗ ở, do nhà trường đầu tư.", published=JUNE_2024)
    _refused_by_the_rules(opened)
    attended = classify("Khánh thành ký túc xá", "Ngày 3/6, Trường Đại học Vinh khánh thành ký túc xá 5 tầng dành cho lưu học sinh "
                        "Lào. Dự lễ có Tổng Lãnh sự Lào tại Vinh.", published=JUNE_2024)
    assert attended.relevant, attended.reasons
    # (those an event is held for take part in it)
    greeted = classify("Tết cổ truyền Bunpimay", "Ngày 12/4, Trường Đại học Vinh tổ chức vui Tết Bunpimay dành cho các lưu học sinh "
                       "Lào đang học tập tại trường.", published=JUNE_2024)
    assert not any("never as a party" in r for r in greeted.reasons), greeted.reasons


def test_a_province_of_ours_in_a_firm_s_name_is_no_party():
    met = classify("Tỉnh trưởng tiếp doanh nghiệp", "Ngày 3/6, Tỉnh trưởng tỉnh Chăm Pa Xắc (Lào) đã tiếp và làm việc với lãnh đạo "
                   "Công ty cổ phần Hoàng Anh Gia Lai về tiến độ dự án trồng cây ăn quả tại huyện Pắc Xòng.", published=JUNE_2024)
    _refused(met, "against: no Vietnamese party is named (news about Laos alone)")
    province = classify("Tỉnh trưởng tiếp đoàn", "Ngày 3/6, Tỉnh trưởng tỉnh Chăm Pa Xắc (Lào) đã tiếp đoàn công tác của Tập đoàn "
                        "Viettel và tỉnh Gia Lai.", published=JUNE_2024)
    assert province.relevant, province.reasons


@pytest.mark.parametrize("worked_toward", [
    "Theo Sở Ngoại vụ, tỉnh Nghệ An đang xúc tiến các thủ tục tiến tới ký kết bản ghi nhớ hợp tác toàn diện với tỉnh Xay Sổm Bun "
    "(Lào).",
    "Sở Ngoại vụ tỉnh Quảng Bình đang xây dựng dự thảo thỏa thuận hợp tác giai đoạn 2026 - 2030 với tỉnh Khăm Muồn (Lào).",
    "Các chuyên gia cho rằng hai tỉnh Quảng Trị và Xa Vẳn Na Khệt (Lào) cần sớm ký kết thỏa thuận hợp tác du lịch.",
])
def test_a_signing_worked_toward_drafted_or_advised_is_none_yet(worked_toward):
    _refused_by_the_rules(classify("Hợp tác với tỉnh bạn", worked_toward, published=JUNE_2024))


def test_a_draft_agreed_and_signed_is_a_signing():
    signed = classify("Hai tỉnh ký kết biên bản hợp tác", "Chiều 3/6, tại thành phố Đồng Hới, lãnh đạo tỉnh Quảng Bình hội đàm với "
                      "đoàn đại biểu tỉnh Khăm Muồn (Lào). Hai bên đã thống nhất nội dung dự thảo và ký kết biên bản hợp tác giai đoạn "
                      "2024 - 2028.", published=JUNE_2024)
    assert signed.relevant and not any("planned" in r for r in signed.reasons), signed.reasons


def test_a_visit_accepted_for_a_time_not_set_is_none_yet_one_accepted_and_made_is_a_visit():
    accepted = classify("Tỉnh trưởng Xiêng Khoảng nhận lời sang thăm Nghệ An", "Tỉnh trưởng tỉnh Xiêng Khoảng (Lào) đã vui vẻ nhận lời "
                        "mời sang thăm tỉnh Nghệ An vào thời gian thích hợp. Thời gian cụ thể sẽ được hai bên trao đổi sau.",
                        published=JUNE_2024)
    _refused_by_the_rules(accepted)
    made = classify("Tỉnh trưởng Xiêng Khoảng thăm Nghệ An", "Nhận lời mời của lãnh đạo tỉnh Nghệ An, từ ngày 1 đến 3/6, Tỉnh trưởng "
                    "tỉnh Xiêng Khoảng (Lào) đã sang thăm và làm việc tại tỉnh Nghệ An.", published=JUNE_2024)
    assert made.relevant, made.reasons


@pytest.mark.parametrize("readied", [
    "UBND tỉnh Nghệ An đã hoàn tất công tác chuẩn bị, sẵn sàng đón đoàn đại biểu tỉnh Xiêng Khoảng (Lào) sang thăm và làm việc.",
    "Sở Ngoại vụ tỉnh Quảng Trị vừa có tờ trình xin chủ trương về việc đón đoàn đại biểu tỉnh Xa La Văn (Lào) sang thăm, làm việc.",
    # (a scheme approved, the exchange its aim)
    "UBND tỉnh Quảng Trị vừa phê duyệt Đề án đào tạo lưu học sinh Lào giai đoạn 2026 - 2030, với mục tiêu tiếp nhận 300 lưu học "
    "sinh của tỉnh Xa Vẳn Na Khệt (Lào) sang học tập.",
])
def test_a_visit_only_readied_for_or_asked_leave_for_is_none_yet(readied):
    _refused_by_the_rules(classify("Đón đoàn tỉnh bạn", readied, published=JUNE_2024))


def test_a_visit_received_by_a_province_that_said_it_was_ready_is_one():
    received = classify("Đón đoàn tỉnh bạn", "Ngày 3/6, sau thời gian chuẩn bị, tỉnh Nghệ An đã đón đoàn đại biểu tỉnh Xiêng Khoảng (Lào) "
                        "sang thăm và làm việc. Lãnh đạo tỉnh khẳng định luôn sẵn sàng đón các đoàn của tỉnh bạn.", published=JUNE_2024)
    assert received.relevant, received.reasons


def test_a_signing_only_worked_toward_beside_an_exchange_held_leaves_the_exchange_the_key_one():
    held = classify("Khai mạc Hội chợ", "Thứ trưởng Bộ Quốc phòng cùng các đại biểu cắt băng mở hội chợ hàng Việt Nam - Lào lần thứ "
                    "năm. Tỉnh cũng đang xúc tiến các thủ tục tiến tới ký kết bản ghi nhớ hợp tác toàn diện với tỉnh Xiêng Khoảng (Lào).",
                    published=JUNE_2024)
    assert held.relevant and not any("planned" in r for r in held.reasons), held.reasons


def test_the_headline_of_an_exchange_only_announced_is_no_exchange_held():
    announced = classify("Mời doanh nghiệp tham gia Hội chợ thương mại Việt - Lào", "Sở Công Thương tỉnh Hà Tĩnh thông báo Hội chợ Thương "
                         "mại Việt - Lào năm 2024 sẽ diễn ra tại tỉnh Khăm Muồn vào tháng 10.", published=JUNE_2024)
    assert not announced.relevant, announced.reasons


def test_an_exchange_done_long_ago_beside_laos_s_own_with_another_country_is_history():
    theirs = classify("Lào và Myanmar ký thỏa thuận biên giới", "Ngày 3/6, tại tỉnh Luổng Nặm Thà (Lào), đại diện Bộ Quốc phòng Lào và "
                      "Myanmar đã ký thỏa thuận về quản lý đoạn biên giới chung. Việt Nam và Lào cũng đã ký thỏa thuận tương tự từ "
                      "nhiều năm trước.", published=JUNE_2024)
    assert not theirs.relevant, theirs.reasons
    ours = classify("Nghệ An tiếp đoàn tỉnh bạn", "Chiều 3/6, Bí thư Tỉnh ủy Nghệ An đã tiếp đoàn đại biểu tỉnh Xiêng Khoảng (Lào), địa "
                    "phương kết nghĩa với Nghệ An từ nhiều năm trước.", published=JUNE_2024)
    assert ours.relevant, ours.reasons


def test_where_tourists_come_from_is_a_market_a_delegation_from_there_is_a_party():
    counted = classify("Khách Lào đến Quảng Bình tăng", "Năm tháng đầu năm, Quảng Bình đón hơn 80.000 lượt khách quốc tế qua cửa "
                       "khẩu Cha Lo. Phần lớn khách đến từ các tỉnh Khăm Muồn và Xa Vẳn Na Khệt, chủ yếu tham quan động Phong Nha "
                       "và mua sắm tại thành phố Đồng Hới.", published=JUNE_2024)
    assert not counted.relevant, counted.reasons
    guests = classify("Đoàn khách tỉnh bạn thăm Quảng Bình", "Ngày 3/6, đoàn khách đến từ tỉnh Khăm Muồn (Lào) do Phó Tỉnh trưởng dẫn "
                      "đầu đã tham quan động Phong Nha và làm việc với UBND tỉnh Quảng Bình về hợp tác du lịch.", published=JUNE_2024)
    assert guests.relevant, guests.reasons


def test_a_delegation_giving_to_children_of_vietnamese_origin_in_laos_meets_our_own():
    ours = classify("Trao học bổng cho học sinh gốc Việt", "Ngày 3/6, tại tỉnh Chăm Pa Xắc, đoàn công tác Quỹ Hòa bình và Phát "
                    "triển Việt Nam đã trao 60 suất học bổng cho học sinh gốc Việt đang theo học tại Trường Lào - Việt Nguyễn Du.",
                    published=JUNE_2024)
    assert not ours.relevant, ours.reasons
    hosted = classify("Trao học bổng tại tỉnh bạn", "Ngày 3/6, đoàn công tác tỉnh Quảng Nam đã đến thăm và làm việc với Sở Giáo dục "
                      "tỉnh Chăm Pa Xắc, trao 60 suất học bổng cho học sinh gốc Việt tại tỉnh bạn.", published=JUNE_2024)
    assert hosted.relevant, hosted.reasons


def test_meeting_our_people_after_the_exchange_is_an_aside():
    text = ("Ngày 3/6, tại Thủ đô Viêng Chăn, Bộ Y tế Việt Nam đã trao tặng 10 tấn vật tư y tế giúp Lào phòng chống dịch sốt xuất "
            "huyết. Tối cùng ngày, đoàn cũng gặp mặt, tặng quà bà con người Việt đang sinh sống tại Thủ đô Viêng Chăn.")
    aside = classify("Việt Nam hỗ trợ Lào phòng chống dịch", text, published=JUNE_2024)
    assert aside.relevant, aside.reasons
    only = classify("Gặp mặt bà con người Việt", "Ngày 3/6, tại Thủ đô Viêng Chăn, đoàn công tác Bộ Y tế Việt Nam đã gặp mặt, tặng "
                    "quà bà con người Việt đang sinh sống tại Lào.", published=JUNE_2024)
    assert not only.relevant, only.reasons


def test_what_viet_nam_asks_of_laos_is_no_exchange_held():
    asked = classify("Việt Nam đề nghị Lào tham vấn về thủy điện", "Trả lời câu hỏi của phóng viên tại họp báo thường kỳ chiều 3/6, "
                     "Người phát ngôn Bộ Ngoại giao cho biết Việt Nam đề nghị Lào tham vấn đầy đủ với các nước hạ nguồn về dự án "
                     "thủy điện Pak Lay.", published=JUNE_2024)
    assert not asked.relevant, asked.reasons
    met = classify("Bộ trưởng tiếp người đồng cấp Lào", "Ngày 3/6, tại Hà Nội, Bộ trưởng Bộ Công Thương đề nghị Lào tạo điều kiện cho "
                   "doanh nghiệp Việt Nam khi tiếp Bộ trưởng Bộ Công Thương Lào.", published=JUNE_2024)
    assert met.relevant, met.reasons


def test_border_posts_told_to_work_with_the_lao_forces_is_a_task_given_at_home():
    told = classify("Tăng cường quản lý biên giới dịp lễ", "Chỉ huy trưởng Bộ đội Biên phòng tỉnh Điện Biên yêu cầu các đồn biên phòng "
                    "tăng cường tuần tra, kiểm soát, phối hợp với lực lượng bảo vệ biên giới tỉnh Phông Sa Lỳ (Lào) trao đổi thông tin "
                    "trong dịp nghỉ lễ 2/9.", published=JUNE_2024)
    assert not told.relevant, told.reasons
    done = classify("Tuần tra song phương", "Ngày 3/6, Đồn Biên phòng Tây Trang và Đại đội bảo vệ biên giới 291 của tỉnh Phông "
                    "Sa Lỳ (Lào) tuần tra song phương đoạn biên giới từ mốc 126 đến mốc 128.", published=JUNE_2024)
    assert done.relevant, done.reasons


def test_what_two_provinces_of_ours_discuss_about_laos_at_a_people_s_committee_is_a_topic():
    learnt = classify("Học tập kinh nghiệm tại Quảng Trị", "Ngày 3/6, đoàn công tác tỉnh Hà Tĩnh do Phó Chủ tịch UBND tỉnh dẫn đầu đã "
                      "đến thăm và làm việc với UBND tỉnh Quảng Trị về kinh nghiệm hợp tác với tỉnh Xa Vẳn Na Khệt (Lào) trong phát triển "
                      "hành lang kinh tế. Hai bên đã trao đổi về cách phối hợp quản lý cửa khẩu.", published=JUNE_2024)
    assert not learnt.relevant, learnt.reasons
    met = classify("Đoàn tỉnh bạn làm việc tại Quảng Trị", "Ngày 3/6, đoàn công tác tỉnh Xa Vẳn Na Khệt (Lào) đã làm việc với UBND tỉnh "
                   "Quảng Trị về hợp tác phát triển hành lang kinh tế.", published=JUNE_2024)
    assert met.relevant, met.reasons


def test_an_exchange_told_as_last_year_s_beside_a_dated_event_of_ours_is_history():
    page = classify("Tỉnh khai mạc Hội chợ nông sản", "Sáng 3/6, UBND tỉnh Hà Tĩnh khai mạc Hội chợ nông sản năm 2024 với 200 gian "
                    "hàng của các địa phương trong tỉnh. Năm ngoái, đoàn công tác của tỉnh đã sang thăm, làm việc tại tỉnh Bô Ly Khăm "
                    "Xay (Lào).", published=JUNE_2024)
    assert not page.relevant, page.reasons
    held = classify("Đoàn tỉnh sang thăm tỉnh bạn", "Sáng 3/6, đoàn công tác của tỉnh Hà Tĩnh đã sang thăm, làm việc tại tỉnh Bô Ly "
                    "Khăm Xay (Lào). Năm ngoái, hai tỉnh đã ký kết biên bản hợp tác giai đoạn 2023 - 2027.", published=JUNE_2024)
    assert held.relevant, held.reasons


def test_a_post_once_held_in_laos_is_a_life_not_an_exchange():
    life = classify("Người cựu chuyên gia", "Ông Nguyễn Văn B. từng là Trưởng đoàn chuyên gia giúp tỉnh Xiêng Khoảng (Lào) giai đoạn "
                    "1980 - 1985. Sáng 3/6, ông được Chủ tịch UBND tỉnh Nghệ An đến thăm, chúc mừng sinh nhật lần thứ 90.",
                    published=JUNE_2024)
    assert not life.relevant, life.reasons
    back = classify("Cựu chuyên gia trở lại Xiêng Khoảng", "Ông Nguyễn Văn B. từng là Trưởng đoàn chuyên gia giúp tỉnh Xiêng Khoảng "
                    "(Lào) giai đoạn 1980 - 1985. Ngày 3/6, ông cùng đoàn cựu chuyên gia tỉnh Nghệ An đã trở lại thăm tỉnh Xiêng Khoảng, "
                    "được Phó Tỉnh trưởng tỉnh Xiêng Khoảng tiếp đón.", published=JUNE_2024)
    assert back.relevant, back.reasons


def test_a_plan_with_its_own_time_to_come_beside_another_event_s_day_is_none_yet():
    page = classify("Tỉnh ban hành kế hoạch phòng chống dịch", "Ngày 3/6, UBND tỉnh Sơn La ban hành kế hoạch cử 40 bác sĩ hỗ trợ các "
                    "huyện vùng cao phòng chống dịch. Dự kiến tháng 9 tới, tỉnh sẽ tổ chức Tuần Văn hóa tại tỉnh Luông Pha Bang (Lào).",
                    published=JUNE_2024)
    assert not page.relevant, page.reasons
    # (nor does the sentence after it take its Lao party from it)
    borrowed = classify("Chủ tịch nước thăm tỉnh", "Dự kiến tháng 9 tới, tỉnh sẽ tổ chức Tuần Văn hóa tại tỉnh Luông Pha Bang (Lào). "
                        "Sáng 3/6, Chủ tịch nước và đoàn công tác đã dâng hương tại Khu di tích Kim Liên.", published=JUNE_2024)
    assert not borrowed.relevant, borrowed.reasons
    announced = classify("Tuần Văn hóa tại tỉnh bạn", "Từ ngày 10 đến 14/9 tới, tỉnh Sơn La sẽ tổ chức Tuần Văn hóa tại tỉnh Luông Pha "
                         "Bang (Lào), với sự tham gia của đoàn nghệ thuật tỉnh.", published=JUNE_2024)
    assert announced.relevant, announced.reasons


def test_an_exchange_only_readied_for_is_none_yet():
    readied = classify("Vững vàng nơi biên cương", "Quản lý hơn 200 km đường biên giới, nhiều khu vực địa hình hiểm trở, Bộ đội Biên "
                       "phòng tỉnh Quảng Trị luôn hoàn thành tốt nhiệm vụ bảo vệ chủ quyền. Tỉnh cũng chuẩn bị tốt các điều kiện để tham "
                       "gia Hội chợ thương mại Việt - Lào tại Viêng Chăn.", published=JUNE_2024)
    # (the learned model alone had kept it out; the rules read it as held)
    assert not readied.relevant and any("only planned" in r for r in readied.reasons), readied.reasons


def test_a_visit_planned_for_the_end_of_the_year_is_none_yet():
    page = classify("Tỉnh sơ kết công tác đối ngoại", "Sáng 3/6, UBND tỉnh Hà Tĩnh sơ kết công tác đối ngoại 6 tháng đầu năm. Theo kế "
                    "hoạch, đoàn đại biểu tỉnh sẽ sang thăm tỉnh Bô Ly Khăm Xay (Lào) vào cuối năm.", published=JUNE_2024)
    assert not page.relevant, page.reasons


@pytest.mark.parametrize("aside", ["Trong chuyến công tác, đoàn còn đến thăm Đại sứ quán Việt Nam tại Lào.",
                                   "Đoàn cũng đã đến chào Đại sứ quán Việt Nam tại Lào."])
def test_a_call_on_our_embassy_told_after_the_exchange_is_an_aside(aside):
    text = ("Ngày 3/6, tại Thủ đô Viêng Chăn, Bộ Y tế Việt Nam đã trao tặng 10 tấn vật tư y tế giúp Lào phòng chống dịch sốt xuất "
            "huyết. " + aside)
    c = classify("Việt Nam hỗ trợ Lào phòng chống dịch", text, published=JUNE_2024)
    assert c.relevant, c.reasons


def test_an_honour_received_many_years_running_is_a_record_not_an_exchange():
    page = classify("Đồn Biên phòng đón nhận danh hiệu thi đua", "Sáng 3/6, Đồn Biên phòng Nậm Cắn tổ chức lễ đón nhận cờ thi đua của "
                    "Bộ đội Biên phòng Việt Nam. Nhiều năm liền, đơn vị được Bộ Quốc phòng Lào tặng bằng khen.", published=JUNE_2024)
    assert not page.relevant, page.reasons


def test_the_people_a_speech_sends_its_wishes_to_are_no_party():
    speech = classify("Khai mạc Hội báo Xuân", "Sáng 3/6, Ban Tuyên giáo Tỉnh ủy Điện Biên khai mạc Hội báo Xuân. Nhân dịp này, đồng chí "
                      "Trưởng ban gửi lời chúc mừng năm mới tới nhân dân các bộ tộc Lào.", published=JUNE_2024)
    assert not speech.relevant, speech.reasons
    visit = classify("Chúc Tết Bunpimay", "Ngày 3/6, đồng chí Bí thư Tỉnh ủy Điện Biên đã đến thăm, chúc Tết Bunpimay Tổng Lãnh sự quán "
                     "Lào. Đồng chí gửi lời chúc mừng năm mới tới nhân dân các bộ tộc Lào.", published=JUNE_2024)
    assert visit.relevant, visit.reasons


def test_a_lao_province_holding_an_event_of_its_own_is_news_of_laos_until_ours_come_to_it():
    own = classify("Lễ hội Hoa Ban khai mạc", "Tối 3/6, tỉnh Điện Biên khai mạc Lễ hội Hoa Ban năm 2024 với nhiều hoạt động văn hóa đặc "
                   "sắc. Tỉnh Luông Pha Bang (Lào) cũng vừa tổ chức lễ hội tương tự.", published=JUNE_2024)
    assert not own.relevant, own.reasons
    came = classify("Lễ hội Bunpimay ở tỉnh bạn", "Ngày 3/6, tỉnh Luông Pha Bang (Lào) tổ chức Lễ hội Bunpimay truyền thống. Đoàn đại biểu "
                    "tỉnh Điện Biên do Phó Chủ tịch tỉnh làm trưởng đoàn đã sang dự và chúc Tết.", published=JUNE_2024)
    assert came.relevant, came.reasons


def test_an_exchange_of_a_past_year_told_after_trước_đó_is_history():
    page = classify("Tỉnh khai mạc Lễ hội Hoa Ban", "Tối 3/6, tỉnh Điện Biên khai mạc Lễ hội Hoa Ban năm 2024 với nhiều hoạt động văn "
                    "hóa đặc sắc. Trước đó, năm 2022, hai tỉnh đã tổ chức Tuần Văn hóa tại tỉnh Luông Pha Bang (Lào).",
                    published=JUNE_2024)
    assert not page.relevant, page.reasons
    held = classify("Tuần Văn hóa tại tỉnh bạn", "Tối 3/6, tỉnh Điện Biên khai mạc Tuần Văn hóa tại tỉnh Luông Pha Bang (Lào). Trước "
                    "đó, năm 2022, hai tỉnh đã ký kết biên bản hợp tác.", published=JUNE_2024)
    assert held.relevant, held.reasons


# A page's own news, a festival of ours, for a sentence told in passing after it (the in-passing rewrite's shape).
FESTIVAL_AT_HOME = "Tối 3/6, tỉnh Điện Biên khai mạc Lễ hội Hoa Ban năm 2024 với nhiều hoạt động văn hóa đặc sắc. "


def beside_our_festival(said: str):
    return classify("Khai mạc Lễ hội Hoa Ban", FESTIVAL_AT_HOME + said, published=JUNE_2024)


def _no_exchange_beside_our_festival(*said: str) -> None:
    """Each sentence, told beside our own festival of the day, makes no exchange of the page."""
    for one in said:
        c = beside_our_festival(one)
        assert not c.relevant, (one, c.reasons)


def test_a_province_named_as_a_twin_is_a_standing_tie_not_an_event():
    tie = classify("Khai mạc Lễ hội Cầu ngư", "Tối 3/6, huyện Quan Sơn khai mạc Lễ hội Cầu ngư năm 2024 với nhiều hoạt động văn hóa "
                   "đặc sắc. Huyện Viêng Xay, tỉnh Hủa Phăn (Lào) là huyện kết nghĩa của huyện Quan Sơn từ năm 1998.", published=JUNE_2024)
    assert not tie.relevant, tie.reasons
    ceremony = classify("Hai huyện biên giới kết nghĩa", "Ngày 3/6, tại huyện Quan Sơn, lãnh đạo huyện Quan Sơn và huyện Viêng Xay, "
                        "tỉnh Hủa Phăn (Lào) đã tổ chức lễ kết nghĩa giữa hai huyện.", published=JUNE_2024)
    assert ceremony.relevant, ceremony.reasons


def test_an_office_s_standing_duty_towards_laos_is_no_exchange():
    duty = beside_our_festival("Sở Ngoại vụ là cơ quan đầu mối tiếp nhận hàng viện trợ của tỉnh Luông Pha Bang (Lào).")
    assert not duty.relevant, duty.reasons
    done = classify("Tiếp nhận hàng viện trợ", "Sáng 3/6, Sở Ngoại vụ tỉnh Quảng Trị, đơn vị đầu mối của tỉnh, đã tiếp nhận 20 tấn gạo "
                    "viện trợ của tỉnh Savannakhet (Lào).", published=JUNE_2024)
    assert done.relevant, done.reasons


@pytest.mark.parametrize("record", ["Đội bóng của tỉnh từng giành chức vô địch giải giao hữu tại Thủ đô Viêng Chăn (Lào).",
                                    "Nghệ sĩ Nguyễn Văn Lâm từng biểu diễn phục vụ nhân dân tỉnh Xiêng Khoảng (Lào)."])
def test_an_exchange_told_as_once_done_is_a_record_not_news(record):
    page = beside_our_festival(record)
    assert not page.relevant, page.reasons


def test_a_summed_up_exchange_leaves_the_plain_words_of_the_page_s_own_meeting_to_count():
    page = classify("Gặp mặt hữu nghị", "Tối 3/6, tại Hà Nội, Hội Hữu nghị Việt Nam - Lào tổ chức gặp gỡ nhân kỷ niệm ngày thành lập. "
                    "Hội từng nhiều lần phối hợp tổ chức giao lưu với tỉnh Xiêng Khoảng (Lào). Dự chương trình có ông Khampheng Saysompheng, "
                    "Đại sứ nước CHDCND Lào tại Việt Nam.", published=JUNE_2024)
    assert page.relevant and any("Dự chương trình" in r for r in page.reasons), page.reasons


def test_an_agreement_kept_up_since_a_past_year_is_a_standing_tie():
    page = beside_our_festival("Tỉnh và tỉnh Luông Pha Bang (Lào) đã ký thỏa thuận hợp tác từ năm 2019.")
    assert not page.relevant, page.reasons


@pytest.mark.parametrize("text", [
    "Đoàn đại biểu tỉnh Hủa Phăn (Lào) do Tỉnh trưởng dẫn đầu sang thăm, làm việc ở tỉnh Thanh Hóa, địa phương kết nghĩa từ năm "
    "1990. Hai bên trao đổi về kết quả hợp tác.",
    "Đoàn công tác tỉnh Thanh Hóa đã bàn giao trường học cho tỉnh Hủa Phăn (Lào), công trình khởi công từ năm 2022.",
])
def test_a_past_year_in_another_clause_does_not_make_an_undated_exchange_history(text):
    page = classify("Hai tỉnh gắn bó", text, published=JUNE_2024)
    assert page.relevant, page.reasons


def test_a_congratulation_on_work_done_is_no_greeting_paid():
    speech = classify("Khai mạc Lễ hội Lam Kinh", "Tối 3/6, tỉnh Thanh Hóa khai mạc Lễ hội Lam Kinh năm 2024 với nhiều hoạt động văn hóa "
                      "đặc sắc. Đồng chí Chủ tịch UBND tỉnh chúc mừng Sở Ngoại vụ đã tổ chức thành công chuyến thăm tỉnh Hủa Phăn (Lào) "
                      "vừa qua.", published=JUNE_2024)
    assert not speech.relevant, speech.reasons
    greeting = classify("Chúc mừng Tết Bunpimay", "Sáng 3/6, đoàn đại biểu tỉnh Thanh Hóa đã đến chúc mừng Tết Bunpimay lãnh đạo tỉnh Hủa "
                        "Phăn (Lào).", published=JUNE_2024)
    assert greeting.relevant, greeting.reasons


def test_a_school_year_s_intake_of_lao_students_sums_up_the_year():
    page = classify("Khai giảng năm học mới", "Sáng 3/6, Trường Cao đẳng Y tế Điện Biên khai giảng năm học mới với hơn 800 học sinh. Năm "
                    "học này, trường tiếp nhận 120 lưu học sinh tỉnh Luông Pha Bang (Lào) sang học tập.", published=JUNE_2024)
    assert not page.relevant, page.reasons


def test_work_asked_for_the_time_to_come_is_no_exchange_yet():
    asked = beside_our_festival("Bí thư Tỉnh ủy Điện Biên đề nghị thời gian tới tiếp tục phối hợp với tỉnh Luông Pha Bang "
                                "(Lào) tổ chức tuần tra song phương.")
    assert not asked.relevant, asked.reasons
    held = classify("Tuần tra song phương", "Ngày 3/6, Đồn Biên phòng Huổi Puốc và lực lượng bảo vệ biên giới tỉnh Luông Pha Bang (Lào) "
                    "tổ chức tuần tra song phương. Đồng chí Đồn trưởng đề nghị thời gian tới hai bên tiếp tục phối hợp chặt chẽ.",
                    published=JUNE_2024)
    assert held.relevant, held.reasons


def test_what_is_done_every_year_is_a_habit_and_this_year_s_day_is_news():
    habit = beside_our_festival("Hằng năm, vào dịp Tết cổ truyền, lãnh đạo tỉnh Luông Pha Bang (Lào) đều sang chúc Tết tỉnh.")
    assert not habit.relevant, habit.reasons
    # (the doer between "năm nào" and "cũng", or every occasion named)
    for said in ("Năm nào tỉnh Luông Pha Bang (Lào) cũng cử đoàn sang chúc Tết tỉnh.",
                 "Mỗi dịp Tết cổ truyền, lãnh đạo tỉnh Luông Pha Bang (Lào) đều sang chúc Tết tỉnh."):
        c = beside_our_festival(said)
        assert not c.relevant, (said, c.reasons)
    this_year = classify("Chúc Tết Bunpimay tỉnh bạn", "Hằng năm, vào dịp Tết Bunpimay, lãnh đạo tỉnh Điện Biên đều sang chúc Tết tỉnh "
                         "Luông Pha Bang (Lào). Sáng 3/5, đoàn do Phó Bí thư thường trực Tỉnh ủy dẫn đầu đã có buổi làm việc.",
                         published=JUNE_2024)
    assert this_year.relevant, this_year.reasons


def test_a_call_on_our_embassy_told_as_earlier_on_the_trip_is_an_aside():
    c = classify("Lưu học sinh Lào vui Tết Bunpimay", "Ngày 3/6, Sở Ngoại vụ tỉnh Sơn La tổ chức buổi gặp mặt chúc Tết Bunpimay các "
                 "sinh viên Lào đang học tập trên địa bàn. Trước đó, đoàn của Sở đã tới thăm, làm việc với Đại sứ quán Việt Nam tại Lào.",
                 published=JUNE_2024)
    assert c.relevant, c.reasons


def test_a_lao_province_s_firms_are_no_party_of_it():
    booths = classify("Khai mạc Hội chợ Thương mại", "Sáng 3/6, tỉnh Quảng Trị khai mạc Hội chợ Thương mại năm 2024 với 200 gian hàng. Sau "
                      "lễ khai mạc, các đại biểu đã tham quan gian hàng của doanh nghiệp tỉnh Savannakhet (Lào).", published=JUNE_2024)
    assert not booths.relevant, booths.reasons
    leaders = classify("Khai mạc Hội chợ Thương mại", "Sáng 3/6, tỉnh Quảng Trị khai mạc Hội chợ Thương mại năm 2024 với 200 gian hàng. Dự "
                       "lễ khai mạc có đoàn đại biểu tỉnh Savannakhet (Lào) do Phó Tỉnh trưởng dẫn đầu.", published=JUNE_2024)
    assert leaders.relevant, leaders.reasons


def test_a_visit_planned_for_a_month_with_no_day_is_none_yet():
    planned = beside_our_festival("Dự kiến, trong tháng 7, đoàn đại biểu tỉnh sẽ sang thăm và làm việc tại tỉnh Luông Pha "
                                  "Bang (Lào).")
    assert not planned.relevant, planned.reasons
    announced = classify("Đoàn đại biểu tỉnh sẽ thăm tỉnh bạn", "Từ ngày 10 đến 12/7 tới, đoàn đại biểu tỉnh Điện Biên sẽ sang thăm và làm "
                         "việc tại tỉnh Luông Pha Bang (Lào).", published=JUNE_2024)
    assert announced.relevant, announced.reasons


def test_an_exchange_of_an_earlier_month_told_beside_the_page_s_dated_news_is_background():
    page = beside_our_festival("Tháng 3 vừa qua, đoàn đại biểu tỉnh Luông Pha Bang (Lào) đã sang thăm và làm việc tại tỉnh.")
    assert not page.relevant, page.reasons
    # (with no other day, the month is the news: a report of a trip some weeks before)
    report = classify("Đoàn đại biểu tỉnh bạn thăm Điện Biên", "Tháng 3 vừa qua, đoàn đại biểu tỉnh Luông Pha Bang (Lào) đã sang thăm, "
                      "làm việc với tỉnh Điện Biên.", published=JUNE_2024)
    assert report.relevant, report.reasons
    # the month before told as such, and a past year with no day, are as much background
    for said in ("Tháng trước, Phó Tỉnh trưởng tỉnh Luông Pha Bang (Lào) đã sang thăm và làm việc với tỉnh.",
                 "Nhà văn hóa của lễ hội do tỉnh tài trợ xây dựng, bàn giao cho tỉnh Luông Pha Bang (Lào) năm 2021.",
                 "Ông cũng là thành viên đoàn công tác của tỉnh sang thăm tỉnh Luông Pha Bang (Lào) năm 2019."):
        c = beside_our_festival(said)
        assert not c.relevant, (said, c.reasons)
    # (a year to come is no background: "… sẽ sang thăm tỉnh X trong năm 2025" is announced; this year's stays the news)
    this_year = beside_our_festival("Dịp này, lễ hội năm 2024 đón đoàn nghệ nhân tỉnh Luông Pha Bang (Lào) sang biểu diễn.")
    assert this_year.relevant, this_year.reasons


def test_a_lao_province_in_a_seminar_s_quoted_title_is_its_topic():
    seminar = classify("Hội thảo về quan hệ hai tỉnh", "Ngày 3/6, tỉnh Nghệ An tổ chức hội thảo khoa học “Quan hệ Nghệ An – Xiêng Khoảng: "
                       "50 năm nhìn lại” với sự tham gia của hơn 100 nhà khoa học trong tỉnh.", published=JUNE_2024)
    assert not seminar.relevant, seminar.reasons
    with_guests = classify("Hội thảo về quan hệ hai tỉnh", "Ngày 3/6, tỉnh Nghệ An tổ chức hội thảo khoa học “Quan hệ Nghệ An – Xiêng "
                           "Khoảng: 50 năm nhìn lại”. Dự hội thảo có đoàn đại biểu tỉnh Xiêng Khoảng (Lào) do Phó Tỉnh trưởng dẫn đầu.",
                           published=JUNE_2024)
    assert with_guests.relevant, with_guests.reasons


def test_the_army_s_schools_that_train_lao_officers_are_ours():
    course = classify("Bế giảng khóa đào tạo học viên Lào", "Sáng 3/6, Học viện Chính trị tổ chức lễ bế giảng khóa đào tạo cho 45 học "
                      "viên Quân đội nhân dân Lào.", published=JUNE_2024)
    assert course.relevant, course.reasons
    theirs = classify("Bế giảng khóa đào tạo", "Sáng 3/6, Học viện Chính trị Quân đội nhân dân Lào tổ chức lễ bế giảng khóa đào tạo "
                      "cho 45 học viên.", published=JUNE_2024)
    assert not theirs.relevant, theirs.reasons


def test_an_event_held_with_a_lao_mission_named_with_its_seat_is_held_together():
    page = classify("Giải thể thao cho lưu học sinh Lào", "Sáng 3/6, Sở Ngoại vụ tỉnh Nghệ An phối hợp với Tổng Lãnh sự quán Lào tại "
                    "Vinh tổ chức giải thể thao cho lưu học sinh Lào.", published=JUNE_2024)
    assert page.relevant, page.reasons


def test_many_classes_held_with_a_lao_body_over_the_year_sum_up():
    page = beside_our_festival("Hội Nông dân tỉnh đã phối hợp với Hội Nông dân tỉnh Luông Pha Bang (Lào) tổ chức nhiều lớp tập "
                               "huấn trong năm qua.")
    assert not page.relevant, page.reasons


def test_an_exchange_told_as_years_ago_is_not_the_page_s_news():
    for ago in ("Cách đây 2 năm", "Cách đây hơn một thập kỷ", "Ba năm trước"):
        c = beside_our_festival(f"{ago}, lễ hội đã đón đoàn nghệ nhân tỉnh Luông Pha Bang (Lào) sang biểu diễn.")
        assert not c.relevant, (ago, c.reasons)
    # told alone, with no day of the page's, it is a look back too
    alone = classify("Những người bạn Lào", "Cách đây 5 năm, đoàn đại biểu tỉnh Luông Pha Bang (Lào) đã sang thăm và làm việc "
                     "tại tỉnh Điện Biên.", published=JUNE_2024)
    assert not alone.relevant, alone.reasons
    # the same exchange with a day of its own is the news
    news = beside_our_festival("Dịp này, lễ hội đón đoàn nghệ nhân tỉnh Luông Pha Bang (Lào) sang biểu diễn.")
    assert news.relevant, news.reasons


def test_goods_received_at_home_to_be_sent_on_to_laos_are_no_handover():
    for said in ("Đơn vị đã tiếp nhận 50 tấn gạo để chuyển cho tỉnh Luông Pha Bang (Lào).",
                 "Kho của Hội Chữ thập đỏ tỉnh đã tiếp nhận 50 tấn gạo ủng hộ nhân dân tỉnh Luông Pha Bang (Lào)."):
        _refused(beside_our_festival(said), "against: our own people sent off, or a collection launched, at home for Laos; "
                                            "no Lao participant")
    # beside an exchange the page reports, the receipt is an aside: the delegation's visit is the key sentence
    c = classify("Đoàn tỉnh Luông Pha Bang thăm Điện Biên", "Đơn vị đã tiếp nhận 50 tấn gạo để chuyển cho tỉnh Luông Pha Bang "
                 "(Lào). Sáng 3/6, đoàn đại biểu tỉnh Luông Pha Bang (Lào) do Phó Tỉnh trưởng dẫn đầu đã thăm và làm việc tại "
                 "tỉnh Điện Biên.", published=JUNE_2024)
    _kept(c, "sent off")
    assert 'exchange: "đoàn đại biểu"' in c.reasons, c.reasons


def test_many_delegations_received_one_of_them_lao_is_a_summary():
    for said in ("Mô hình đã được nhiều đoàn khách trong và ngoài nước, trong đó có đoàn của tỉnh Luông Pha Bang (Lào), đến tham "
                 "quan, học tập.", "Bảo tàng tỉnh đã đón nhiều đoàn khách, trong đó có các đoàn của tỉnh Luông Pha Bang (Lào)."):
        c = beside_our_festival(said)
        assert not c.relevant, (said, c.reasons)


def test_the_work_of_receiving_delegations_taught_at_home_is_no_exchange():
    training = classify("Tập huấn nghiệp vụ lễ tân đối ngoại", "Ngày 3/6, Sở Ngoại vụ tỉnh Điện Biên tổ chức lớp tập huấn nghiệp vụ lễ "
                        "tân đối ngoại cho 80 cán bộ. Học viên được hướng dẫn quy trình đón tiếp các đoàn khách quốc tế, đặc biệt là "
                        "các đoàn của tỉnh Phông Sa Lỳ (Lào) thường xuyên sang làm việc với tỉnh.", published=JUNE_2024)
    assert not training.relevant, training.reasons
    # a delegation received is one
    received = classify("Đón đoàn tỉnh Phông Sa Lỳ", "Ngày 3/6, Sở Ngoại vụ tỉnh Điện Biên đón tiếp đoàn đại biểu tỉnh Phông Sa Lỳ "
                        "(Lào) sang làm việc với tỉnh.", published=JUNE_2024)
    assert received.relevant, received.reasons


def test_a_post_once_held_in_laos_is_a_person_s_past():
    funeral = classify("Lễ tang nguyên Trưởng đoàn chuyên gia", "Lễ viếng ông Nguyễn Văn T., nguyên Trưởng đoàn chuyên gia kinh tế tỉnh "
                       "Nghệ An giúp tỉnh Xiêng Khoảng (Lào), được tổ chức sáng 3/6 tại Nhà tang lễ tỉnh.", published=JUNE_2024)
    assert not funeral.relevant, funeral.reasons
    # a Lao leader of former days mourned by a delegation of ours is an exchange
    condolence = classify("Viếng nguyên Chủ tịch nước Lào", "Sáng 3/6, đoàn đại biểu tỉnh Nghệ An đã đến viếng nguyên Chủ tịch nước "
                          "Lào Khăm-tày Xỉ-phăn-đon tại Thủ đô Viêng Chăn.", published=JUNE_2024)
    assert condolence.relevant, condolence.reasons


def test_a_year_s_review_told_month_by_month_in_paragraphs_of_its_own_is_a_summary():
    review = classify("Công tác đối ngoại năm 2023: Nhiều dấu ấn", "Năm 2023, hoạt động đối ngoại của Quảng Trị tiếp tục đạt nhiều "
                      "kết quả quan trọng.\nTỉnh đã tổ chức chuyến thăm tỉnh Xa Vẳn Na Khệt (Lào) vào tháng 3; đón Tỉnh trưởng tỉnh "
                      "Xa La Văn sang thăm vào tháng 8.\nTháng 11, tỉnh phối hợp với tỉnh Xa Vẳn Na Khệt tổ chức hội nghị tổng kết "
                      "công tác biên giới.", published=JUNE_2024)
    assert not review.relevant, review.reasons
    # a paragraph that tells its own day is news, whatever year the one before it names
    news = classify("Đón Tỉnh trưởng tỉnh Xa La Văn", "Năm 2023, hoạt động đối ngoại của Quảng Trị tiếp tục đạt nhiều kết quả "
                    "quan trọng.\nSáng 3/6, tỉnh đón Tỉnh trưởng tỉnh Xa La Văn (Lào) sang thăm và làm việc.", published=JUNE_2024)
    assert news.relevant, news.reasons


def test_the_golden_triangle_is_a_place_not_a_meeting_of_three():
    c = classify("Tỉnh Bò Kẹo tiếp Tổng Lãnh sự Trung Quốc", "Ngày 3/6, Phó Tỉnh trưởng tỉnh Bò Kẹo tiếp Tổng Lãnh sự Trung Quốc tại "
                 "Luông Pha Bang đến chào xã giao. Hai bên trao đổi về hợp tác đầu tư tại Đặc khu kinh tế Tam giác Vàng; Phó Tỉnh "
                 "trưởng cũng cho biết tỉnh sẽ đón đoàn doanh nghiệp Việt Nam vào tháng tới.", published=JUNE_2024)
    _refused(c, 'against: Laos deals with another country ("Trung Quốc"), no Vietnamese party beside it')


def test_a_lao_leader_receiving_other_countries_envoys_is_laos_s_exchange_with_them():
    # the headline names no counterpart and the closing sentence names Laos's side again, nobody else: both go on about the
    # envoys the lead names
    c = classify("Chủ tịch nước Lào tiếp nhận quốc thư của Đại sứ 5 nước", "Ngày 15/5, tại Phủ Chủ tịch, Chủ tịch nước Lào đã tiếp "
                 "nhận quốc thư của Đại sứ các nước Nhật Bản, Hàn Quốc, Úc, Ấn Độ và Singapore. Chủ tịch nước Lào chúc các Đại sứ "
                 "hoàn thành tốt nhiệm kỳ công tác.")
    _refused(c, 'against: Laos deals with another country ("Nhật Bản"), no Vietnamese party beside it')
    # our ambassador among them makes it an exchange with Viet Nam, as the rules read it
    ours = classify("Chủ tịch nước Lào tiếp nhận quốc thư", "Ngày 15/5, tại Phủ Chủ tịch, Chủ tịch nước Lào đã tiếp nhận quốc thư của "
                    "Đại sứ Việt Nam và Đại sứ Nhật Bản. Chủ tịch nước Lào chúc các Đại sứ hoàn thành tốt nhiệm kỳ công tác.")
    assert ours.rule_score > 0.5 and not any("another country" in r for r in ours.reasons), ours.reasons


def test_aid_still_under_consideration_is_a_plan_whatever_the_headline_says():
    lead = "Người phát ngôn Bộ Ngoại giao cho biết Việt Nam đang xem xét hỗ trợ Lào khắc phục hậu quả lũ lụt."
    for title in ("Họp báo thường kỳ Bộ Ngoại giao", "Bộ Ngoại giao thông tin về hỗ trợ Lào"):
        _refused(classify(title, lead), "against: the exchange is only planned, with no day set")
    # aid handed over is aid
    handed = classify("Bộ Ngoại giao thông tin về hỗ trợ Lào", "Người phát ngôn Bộ Ngoại giao cho biết ngày 15/5, Việt Nam đã trao "
                      "hỗ trợ Lào 1 triệu USD khắc phục hậu quả lũ lụt.")
    assert handed.relevant, handed.reasons


def test_a_youth_team_s_match_with_laos_s_is_sport_news():
    c = classify("U19 Nghệ An giao hữu với U19 Lào", "Chiều 15/5, trên sân Vinh, U19 Sông Lam Nghệ An thắng U19 Lào 3-1 trong trận "
                 "giao hữu chuẩn bị cho giải U19 quốc gia.")
    assert not c.relevant and any("football" in r for r in c.reasons), c.reasons


def test_a_call_for_scholarship_applications_hands_nothing_over():
    call = classify("Thông báo tuyển sinh đi học tại Lào năm 2024", "Bộ Giáo dục và Đào tạo thông báo tuyển sinh 60 chỉ tiêu học bổng "
                    "theo Hiệp định đi học đại học tại Lào năm 2024. Ứng viên nộp hồ sơ trước ngày 30/6. Học bổng do Chính phủ Lào "
                    "cấp gồm học phí, chỗ ở và sinh hoạt phí.", published=JUNE_2024)
    assert not call.relevant, call.reasons
    # scholarships handed over are an exchange, whatever else the page says of applications
    handed = classify("Trao học bổng cho lưu học sinh Lào", "Ngày 3/6, Trường Đại học Vinh trao học bổng cho 50 lưu học sinh tỉnh "
                      "Xiêng Khoảng (Lào) có thành tích tốt; đại diện Sở Giáo dục tỉnh Xiêng Khoảng dự lễ. Năm nay, trường dành 100 "
                      "chỉ tiêu tuyển sinh cho lưu học sinh Lào.", published=JUNE_2024)
    assert handed.relevant, handed.reasons


def test_training_agreed_on_for_the_coming_school_year_is_a_plan():
    c = classify("Họp bàn kế hoạch đào tạo", "Ngày 3/6, Cục Hợp tác quốc tế Bộ Công an họp với các học viện, trường công an về kế hoạch "
                 "đào tạo năm 2025. Cuộc họp thống nhất tiếp nhận 300 học viên Bộ An ninh Lào sang học tập tại các trường công an "
                 "trong năm học tới.", published=JUNE_2024)
    _refused(c, "against: the exchange is only planned, with no day set")
    # learners received on a day are an exchange
    received = classify("Đón học viên Lào", "Ngày 3/6, Học viện An ninh nhân dân tiếp nhận 300 học viên Bộ An ninh Lào sang học tập.",
                        published=JUNE_2024)
    assert received.relevant, received.reasons


def test_a_marriage_registered_signs_nothing():
    c = classify("Đám cưới xuyên biên giới", "Ngày 3/6, Đồn Biên phòng Mường Lống hướng dẫn anh Vừ Bá D. và chị Lỳ Y M., quê ở huyện "
                 "Noọng Hét, tỉnh Xiêng Khoảng (Lào), làm thủ tục đăng ký kết hôn có yếu tố nước ngoài.", published=JUNE_2024)
    assert not c.relevant and not any('"ký kết"' in r for r in c.reasons), c.reasons


def test_a_battlefield_of_old_named_for_a_province_is_history():
    c = classify("Cựu chiến binh họp mặt truyền thống", "Sáng 3/6, Ban liên lạc cựu quân tình nguyện tỉnh Nghệ An tổ chức họp mặt "
                 "truyền thống. Hơn 300 cựu chiến binh đã cùng ôn lại kỷ niệm tại các chiến trường Xiêng Khoảng, Hủa Phăn; trao quà "
                 "cho 20 hội viên có hoàn cảnh khó khăn.", published=JUNE_2024)
    assert not c.relevant and not c.document.names("lao_province"), c.reasons


def test_a_match_told_beside_a_meeting_of_the_two_sides_bodies_is_an_aside():
    # (the match told first, the meeting after it)
    c = classify("Hội đàm giữa hai tỉnh", "Tối 2/6, trên sân Vinh, đội bóng đá của huyện Kỳ Sơn đã thắng đội tuyển huyện Noọng Hét, "
                 "tỉnh Xiêng Khoảng (Lào) với tỷ số 3-1. Sáng 3/6, tại TP Vinh, Chủ tịch UBND tỉnh Nghệ An hội đàm với đoàn đại "
                 "biểu Chính phủ Lào.", published=JUNE_2024)
    _kept(c, unless="football")
    # a match alone is sport news
    match = classify("Đội bóng tỉnh thắng đội tuyển Lào", "Chiều 3/6, trên sân Vinh, đội bóng đá tỉnh Nghệ An thắng đội tuyển U23 "
                     "Lào với tỷ số 3-1; hai bàn thắng đến từ tiền đạo Nguyễn Văn A.", published=JUNE_2024)
    assert not match.relevant, match.reasons


def test_help_kept_up_since_the_year_began_or_a_month_is_no_event():
    for since in ("từ đầu năm", "từ tháng 3"):
        c = beside_our_festival(f"Bệnh viện tỉnh cũng đã cử 3 bác sĩ sang hỗ trợ chuyên môn cho Bệnh viện tỉnh Luông Pha Bang (Lào) {since}.")
        assert not c.relevant, (since, c.reasons)
    # doctors sent on a day are an exchange
    sent = classify("Cử bác sĩ sang hỗ trợ tỉnh bạn", "Ngày 3/6, Bệnh viện tỉnh Điện Biên cử 3 bác sĩ sang hỗ trợ chuyên môn cho Bệnh "
                    "viện tỉnh Luông Pha Bang (Lào).", published=JUNE_2024)
    assert sent.relevant, sent.reasons


def test_a_summary_s_span_may_follow_an_aside_s_opener():
    for said in ("Được biết, từ năm 2015 đến nay, đơn vị đã phối hợp với tỉnh Luông Pha Bang (Lào) tổ chức 8 lớp tập huấn.",
                 "Ngoài ra, trong năm qua, đơn vị đã phối hợp với tỉnh Luông Pha Bang (Lào) tổ chức 3 đợt tuần tra song phương."):
        c = beside_our_festival(said)
        assert not c.relevant, (said, c.reasons)


def test_more_openers_of_a_summary_and_a_term_begun_years_before():
    for said in ("Quý I vừa qua, đơn vị đã phối hợp với Công an tỉnh Luông Pha Bang (Lào) tuần tra 4 đợt.",
                 "Lũy kế đến nay, tỉnh đã hỗ trợ tỉnh Luông Pha Bang (Lào) hơn 100 tỷ đồng.",
                 "Trước đó, vào năm 2022, lãnh đạo tỉnh đã sang làm việc ở tỉnh Luông Pha Bang (Lào).",
                 "Đặc biệt, hai bên đã ký biên bản hợp tác giai đoạn 2021-2025 với tỉnh Luông Pha Bang (Lào)."):
        c = beside_our_festival(said)
        assert not c.relevant, (said, c.reasons)
    # a term that begins this year, signed on a day, is news
    signed = classify("Ký kết thỏa thuận hợp tác", "Ngày 3/6, tỉnh Điện Biên và tỉnh Luông Pha Bang (Lào) ký biên bản hợp tác giai "
                      "đoạn 2024-2028.", published=JUNE_2024)
    assert signed.relevant, signed.reasons


def test_a_plan_for_a_year_named_is_a_plan_beside_the_page_s_own_day():
    c = beside_our_festival("Theo kế hoạch, năm 2025 tỉnh sẽ tổ chức Tuần Văn hóa tại tỉnh Luông Pha Bang (Lào).")
    assert not c.relevant, c.reasons
    # announced with its days, it is news
    announced = classify("Tuần Văn hóa tại tỉnh bạn", "Theo kế hoạch, từ ngày 10 đến 14/7/2024, tỉnh Điện Biên sẽ tổ chức Tuần Văn hóa "
                         "tại tỉnh Luông Pha Bang (Lào).", published=JUNE_2024)
    assert announced.relevant, announced.reasons


def test_a_lao_minister_on_a_visit_with_our_ambassador_is_an_exchange():
    c = classify("Bộ trưởng Y tế Lào thăm bệnh viện", "Ngày 3/6, Bộ trưởng Y tế Lào cùng Đại sứ Việt Nam tại Lào thăm Bệnh viện Hữu nghị "
                 "tại tỉnh Hủa Phăn.", published=JUNE_2024)
    assert c.relevant, c.reasons
    # the minister alone on a visit at home is news of Laos
    alone = classify("Bộ trưởng Y tế Lào thăm bệnh viện", "Ngày 3/6, Bộ trưởng Y tế Lào cùng lãnh đạo tỉnh Hủa Phăn thăm Bệnh viện "
                     "tỉnh Hủa Phăn.", published=JUNE_2024)
    assert not alone.relevant, alone.reasons


def test_a_letter_handed_over_in_person_and_a_lao_unit_named_with_its_country_are_exchanges():
    letter = classify("Trao thư cảm ơn của Chính phủ Lào", "Ngày 3/6, Đại sứ Lào tại Việt Nam đã trao thư cảm ơn của Thủ tướng Lào tới "
                      "lãnh đạo tỉnh Hà Tĩnh vì những hỗ trợ kịp thời trong đợt lũ vừa qua.", published=JUNE_2024)
    assert letter.relevant, letter.reasons
    patrol = classify("Tuần tra song phương", "Ngày 3/6, Đồn Biên phòng Mường Lống và Đại đội bảo vệ biên giới 301 (Lào) cùng "
                      "tổ chức tuần tra song phương đoạn biên giới từ mốc 450 đến mốc 455.", published=JUNE_2024)
    assert patrol.relevant and patrol.rule_score > 0.8, patrol.reasons


def test_a_lao_school_lending_its_hall_to_our_students_event_is_a_place():
    c = classify("Lưu học sinh Việt Nam tại Lào tổ chức ngày hội", "Tối 3/6, Hội sinh viên Việt Nam tại Lào tổ chức hội trại truyền "
                 "thống tại Trường Đại học Quốc gia Lào với sự tham gia của 300 lưu học sinh. Các bạn trẻ thi dựng trại, nấu ăn và "
                 "biểu diễn văn nghệ.", published=JUNE_2024)
    assert not c.relevant, c.reasons
    # held together with the school, the school is a side
    together = classify("Sinh viên hai nước giao lưu", "Tối 3/6, Hội sinh viên Việt Nam tại Lào phối hợp với Trường Đại học Quốc gia Lào "
                        "tổ chức đêm giao lưu với sự tham dự của Phó Hiệu trưởng nhà trường.", published=JUNE_2024)
    assert together.relevant, together.reasons


def test_flowers_or_cables_received_or_flowers_sent_to_a_meeting_of_ours_are_no_exchange():
    for sent in ("Đại hội đã đón nhận lẵng hoa chúc mừng của Tỉnh ủy tỉnh Bò Kẹo (Lào) và của Trung ương Đảng.",
                 "Đại hội đã nhận được thư, điện chúc mừng của Tỉnh ủy các tỉnh Bò Kẹo, Luổng Nặm Thà (Lào).",
                 # (told from the sender)
                 "Nhân dịp này, Tỉnh ủy tỉnh Bò Kẹo (Lào) đã gửi lẵng hoa chúc mừng Đại hội."):
        c = classify("Khai mạc Đại hội Đảng bộ tỉnh", "Sáng 3/6, Đại hội đại biểu Đảng bộ tỉnh Lai Châu lần thứ XV khai mạc tại Hội trường "
                     "tỉnh với 300 đại biểu. " + sent, published=JUNE_2024)
        assert not c.relevant, (sent, c.reasons)
    # a Lao delegation bringing them is at the congress
    brought = classify("Khai mạc Đại hội Đảng bộ tỉnh", "Sáng 3/6, Đại hội đại biểu Đảng bộ tỉnh Lai Châu lần thứ XV khai mạc. Đoàn đại "
                       "biểu Tỉnh ủy tỉnh Bò Kẹo (Lào) đã đến dự và tặng lẵng hoa chúc mừng Đại hội.", published=JUNE_2024)
    assert brought.relevant, brought.reasons


def test_a_meeting_of_many_countries_chaired_by_a_lao_minister_named_after_the_chair_is_no_exchange():
    c = classify("Khai mạc Hội nghị Bộ trưởng Kinh tế ASEAN", "Sáng 3/6, tại Thủ đô Viêng Chăn, Hội nghị Bộ trưởng Kinh tế ASEAN lần thứ "
                 "56 khai mạc dưới sự chủ trì của Bộ trưởng Công Thương Lào Malaythong Kommasith. Bộ trưởng Bộ Công Thương Nguyễn Hồng Diên "
                 "dẫn đầu đoàn Việt Nam tham dự.", published=JUNE_2024)
    assert not c.relevant, c.reasons
    # a talk on its sidelines with the chair is an exchange
    aside = classify("Gặp song phương bên lề Hội nghị", "Sáng 3/6, tại Thủ đô Viêng Chăn, bên lề Hội nghị Bộ trưởng Kinh tế ASEAN, Bộ "
                     "trưởng Bộ Công Thương Nguyễn Hồng Diên đã hội đàm với Bộ trưởng Công Thương Lào Malaythong Kommasith.",
                     published=JUNE_2024)
    assert aside.relevant, aside.reasons


def test_the_lao_host_opening_or_welcoming_a_meeting_of_many_is_no_exchange():
    opened = classify("Hội nghị Bộ trưởng Y tế ASEAN", "Ngày 3/6, tại tỉnh Chăm Pa Xắc, Lào, Hội nghị Bộ trưởng Y tế ASEAN lần thứ 16 "
                      "diễn ra với sự tham dự của 10 nước thành viên. Thứ trưởng Bộ Y tế Đỗ Xuân Tuyên dẫn đầu đoàn Việt Nam. Bộ trưởng "
                      "Y tế Lào Bounfeng Phoummalaysith phát biểu khai mạc hội nghị.", published=JUNE_2024)
    assert not opened.relevant, opened.reasons
    welcomed = classify("Lễ đón các Trưởng đoàn", "Tối 3/6, tại Viêng Chăn, Thủ tướng Lào Sonexay Siphandone và Phu nhân đã chủ trì "
                        "lễ đón các Trưởng đoàn các nước ASEAN dự Hội nghị Cấp cao. Thủ tướng Phạm Minh Chính cùng Phu nhân tham dự.",
                        published=JUNE_2024)
    assert not welcomed.relevant, welcomed.reasons
    # a meeting with that host beside it is an exchange
    met = classify("Hội nghị Bộ trưởng Y tế ASEAN", "Ngày 3/6, tại tỉnh Chăm Pa Xắc, Lào, Hội nghị Bộ trưởng Y tế ASEAN lần thứ 16 "
                   "diễn ra với sự tham dự của 10 nước thành viên. Bên lề hội nghị, Thứ trưởng Bộ Y tế Đỗ Xuân Tuyên đã gặp Bộ trưởng "
                   "Y tế Lào Bounfeng Phoummalaysith.", published=JUNE_2024)
    assert met.relevant, met.reasons


def test_the_guests_programme_beside_a_meeting_of_many_is_part_of_it():
    c = classify("Phu nhân các Trưởng đoàn tham quan", "Sáng 3/6, bên lề Hội nghị Cấp cao ASEAN tại Viêng Chăn, Phu nhân Thủ tướng "
                 "Lê Thị Bích Trân cùng phu nhân các Trưởng đoàn tham quan Trung tâm Bảo tồn nghề dệt thủ công Lào do Phu nhân Thủ "
                 "tướng Lào chủ trì.", published=JUNE_2024)
    assert not c.relevant, c.reasons
    # a talk beside it is an exchange, named with any word of two sides meeting
    talk = classify("Trao đổi bên lề Hội nghị", "Sáng 3/6, bên lề Hội nghị Cấp cao ASEAN tại Viêng Chăn, Bộ trưởng Bộ Công Thương "
                    "Nguyễn Hồng Diên và Bộ trưởng Công Thương Lào đã trao đổi về thương mại biên giới.", published=JUNE_2024)
    assert talk.relevant, talk.reasons


def test_a_troupe_or_delegation_named_before_what_it_is_invited_or_planned_to_do_reports_no_exchange():
    _no_exchange_beside_our_festival("Đoàn nghệ thuật của tỉnh sẽ biểu diễn tại Lễ hội Thạt Luổng ở Thủ đô Viêng Chăn (Lào) vào tháng 11 tới.",
                                     "Đoàn nghệ thuật của tỉnh cũng được mời sang biểu diễn tại Lễ hội Thạt Luổng ở Thủ đô Viêng Chăn (Lào).",
                                     "Đội văn nghệ của huyện dự kiến sang giao lưu với tỉnh Hủa Phăn (Lào) vào dịp Tết Bunpimay tới.")
    # what it did on a day is an exchange
    done = classify("Đoàn nghệ thuật biểu diễn tại Lào", "Tối 3/6, Đoàn nghệ thuật của tỉnh Điện Biên biểu diễn tại Lễ hội Thạt "
                    "Luổng ở Thủ đô Viêng Chăn (Lào).", published=JUNE_2024)
    assert done.relevant, done.reasons


def test_a_sentence_after_an_invitation_or_a_plan_does_not_borrow_its_lao_side():
    c = classify("Chủ tịch nước thăm, chúc Tết tỉnh Điện Biên", "Chủ tịch nước đã đi thăm và chúc Tết nhân dân tỉnh Điện Biên. Đoàn "
                 "đại biểu tỉnh cũng được mời sang dự Lễ kỷ niệm ngày giải phóng tỉnh Hủa Phăn (Lào).\nSáng 3/6, Chủ tịch nước và "
                 "đoàn công tác đã dâng hương tại Đền thờ liệt sĩ.", published=JUNE_2024)
    assert not c.relevant, c.reasons


def test_a_plan_with_another_lao_side_under_a_headline_leaves_the_headline_s_event():
    c = classify("Đại sứ quán Lào mở giải giao lưu bóng chuyền hữu nghị", "Đây là một hoạt động hướng tới Năm Hữu nghị. Đội văn "
                 "nghệ của huyện dự kiến sang giao lưu với tỉnh Hủa Phăn (Lào) vào dịp Tết Bunpimay tới.\nBà Nguyễn Thị Lan, Chủ tịch "
                 "Công đoàn Bộ Ngoại giao, mong rằng các trận giao hữu hôm nay sẽ là kỷ niệm đẹp của mỗi vận động viên.",
                 published=JUNE_2024)
    assert c.relevant and 'Lao party: "Đại sứ quán Lào"' in c.reasons[0], c.reasons


def test_a_sentence_naming_another_country_s_side_borrows_no_lao_side_from_the_one_before():
    c = classify("Tỉnh Nghệ An tiếp đoàn công tác tỉnh Sơn Đông", "Chiều 3/6, Chủ tịch UBND tỉnh Nghệ An tiếp đoàn công tác tỉnh Sơn "
                 "Đông do Phó Tỉnh trưởng dẫn đầu. Trường Đại học Vinh hiện có 300 lưu học sinh đến từ các tỉnh Hủa Phăn, Xiêng "
                 "Khoảng của Lào đang theo học.\nTại buổi tiếp, Chủ tịch UBND tỉnh đánh giá cao tiềm năng của tỉnh Sơn Đông và mong "
                 "muốn hai bên mở rộng hợp tác.", published=JUNE_2024)
    assert not c.relevant, c.reasons


def test_a_province_where_pictures_were_shot_is_a_place():
    c = classify("Khai mạc triển lãm ảnh về đất nước Lào", "Sáng 3/6, Bảo tàng tỉnh Điện Biên khai mạc triển lãm 120 bức ảnh của "
                 "các hội viên Hội Nhiếp ảnh tỉnh chụp trong những chuyến đi tới tỉnh Phông Sa Lỳ. Triển lãm mở cửa đến hết tháng 7.",
                 published=JUNE_2024)
    assert not c.relevant, c.reasons
    # an exhibition the two provinces hold together is an exchange, wherever its pictures were shot
    joint = classify("Triển lãm ảnh hữu nghị", "Sáng 3/6, tại tỉnh Phông Sa Lỳ (Lào), Sở Văn hóa tỉnh Điện Biên phối hợp với Sở Thông "
                     "tin, Văn hóa và Du lịch tỉnh Phông Sa Lỳ khai mạc triển lãm 100 bức ảnh chụp tại hai tỉnh.", published=JUNE_2024)
    assert joint.relevant, joint.reasons


def test_a_lao_minister_whose_ministry_s_name_has_commas_is_still_one_of_many():
    c = classify("Hội nghị Bộ trưởng Du lịch ASEAN", "Ngày 3/6, tại Hạ Long, Tổng cục Du lịch chủ trì Hội nghị Bộ "
                 "trưởng Du lịch ASEAN lần thứ 27 với sự tham dự của Bộ trưởng Du lịch các nước ASEAN, trong đó có Bộ trưởng Thông "
                 "tin, Văn hóa và Du lịch Lào Suan Savat.", published=JUNE_2024)
    assert not c.relevant, c.reasons


def test_a_delegation_received_told_from_its_side_is_an_exchange():
    c = classify("Cựu quân tình nguyện thăm lại chiến trường xưa", "Từ ngày 1 đến 3/6, đoàn cựu quân tình nguyện tỉnh Điện Biên đã thăm "
                 "lại chiến trường xưa tại tỉnh Phông Sa Lỳ (Lào). Đoàn được Phó Tỉnh trưởng tỉnh Phông Sa Lỳ Khăm Phon Xay Ya Vông "
                 "tiếp và giới thiệu những đổi thay của tỉnh bạn.", published=JUNE_2024)
    assert c.relevant and 'exchange: "tiếp"' in c.reasons, c.reasons
    # received by another country's governor, with Laos only crossed on the way home, it is no exchange with Laos
    abroad = classify("Đoàn công tác thăm tỉnh Mukdahan", "Từ ngày 1 đến 3/6, đoàn công tác tỉnh Quảng Trị thăm tỉnh Mukdahan (Thái "
                      "Lan). Đoàn được Thống đốc tỉnh Mukdahan tiếp thân mật. Trên đường về, đoàn quá cảnh tỉnh Xa Vẳn Na Khệt (Lào).",
                      published=JUNE_2024)
    assert not abroad.relevant, abroad.reasons


def test_where_migrants_came_from_is_a_place():
    for came in ("người di cư tự do từ Lào", "người di cư tự do từ tỉnh Phông Sa Lỳ"):
        c = classify("Trao quyết định nhập quốc tịch", f"Sáng 3/6, UBND huyện Mường Nhé, tỉnh Điện Biên tổ chức lễ trao quyết định của "
                     f"Chủ tịch nước cho 80 {came} được nhập quốc tịch Việt Nam.", published=JUNE_2024)
        assert not c.relevant, (came, c.reasons)


def test_people_handed_on_to_their_own_homes_are_no_exchange():
    c = classify("Tiếp nhận công dân bị trục xuất", "Ngày 3/6, Đồn Biên phòng Tây Trang tiếp nhận 30 công dân Việt "
                 "Nam do cơ quan chức năng tỉnh Phông Sa Lỳ (Lào) trục xuất về nước vì cư trú trái phép. Sau khi làm thủ tục, đơn vị "
                 "bàn giao cho các địa phương.", published=JUNE_2024)
    _refused_by_the_rules(c)
    # a school handed over to a place is a handover
    school = classify("Bàn giao trường học", "Ngày 3/6, Bộ đội Biên phòng tỉnh Điện Biên bàn giao trường học cho chính quyền bản "
                      "Huổi Lếch, tỉnh Phông Sa Lỳ (Lào).", published=JUNE_2024)
    assert school.relevant, school.reasons


def test_an_earlier_exchange_told_as_an_aside_does_not_date_the_page_s_news():
    c = classify("Thứ trưởng Bộ Ngoại giao chúc mừng Đại sứ quán Lào", "Hướng tới ngày Quốc khánh thứ 48 của nước bạn (2/12/1975 - "
                 "2/12/2023) cùng dịp tưởng nhớ ngày sinh của nhà lãnh đạo Kaysone Phomvihane, chiều 1/12, Thứ trưởng Bộ Ngoại giao tới "
                 "chúc mừng Đại sứ quán Lào ở Hà Nội. Trước đó, ngày 10/3/2019, hai bên đã ký kế hoạch hợp tác giai đoạn 2019 - 2024.",
                 published=datetime(2023, 12, 2, 9, 0, tzinfo=VN_TZ))
    assert c.relevant, c.reasons


def test_a_trip_recalled_or_thanked_for_is_no_news():
    _no_exchange_beside_our_festival("Đồng chí cũng cảm ơn tỉnh Phông Sa Lỳ (Lào) đã tạo điều kiện cho đoàn của tỉnh trong chuyến thăm năm ngoái.",
                                     "Đồng chí cảm ơn tỉnh Phông Sa Lỳ (Lào) đã đón tiếp chu đáo đoàn công tác của tỉnh trong chuyến thăm vừa qua.")
    # a visit that goes on from last year's is news
    again = classify("Đoàn đại biểu tỉnh Phông Sa Lỳ thăm Điện Biên", "Tiếp nối kết quả chuyến thăm năm ngoái, sáng 3/6, đoàn đại biểu "
                     "tỉnh Phông Sa Lỳ (Lào) đã sang thăm, làm việc với tỉnh Điện Biên.", published=JUNE_2024)
    assert again.relevant, again.reasons
    # thanks paid on a visit: the visit's own words report it
    paid = classify("Tỉnh trưởng tỉnh Phông Sa Lỳ thăm Điện Biên", "Chiều 3/6, Bí thư Tỉnh ủy Điện Biên tiếp đoàn đại biểu tỉnh Phông "
                    "Sa Lỳ (Lào). Tỉnh trưởng cảm ơn tỉnh Điện Biên đã hỗ trợ tỉnh bạn xây dựng trường học, sau đó hai bên ký biên bản "
                    "hợp tác năm 2024.", published=JUNE_2024)
    assert paid.relevant, paid.reasons


def test_a_trip_praised_or_a_reception_reported_at_home_is_a_topic():
    _no_exchange_beside_our_festival("Đồng chí đánh giá cao kết quả chuyến công tác của đoàn tại tỉnh Phông Sa Lỳ (Lào).",
                                     "Tại hội nghị, Sở Ngoại vụ báo cáo về công tác đón tiếp đoàn đại biểu tỉnh Phông Sa Lỳ (Lào) dịp Tết vừa qua.")


def test_a_trip_recalled_in_a_speech_or_told_in_an_earlier_month_is_background():
    _no_exchange_beside_our_festival("Phát biểu khai mạc, đồng chí nhắc lại chuyến thăm tỉnh Phông Sa Lỳ (Lào) của đoàn đại biểu tỉnh.",
                                     # (a month at the sentence's end; a month after the page's, with no year, is last year's)
                                     "Đoàn đại biểu tỉnh đã sang thăm, làm việc tại tỉnh Phông Sa Lỳ (Lào) hồi tháng 3.",
                                     "Đoàn đại biểu tỉnh đã sang thăm, làm việc tại tỉnh Phông Sa Lỳ (Lào) hồi tháng 9.")
    # a month to come, planned, is no earlier month
    planned = classify("Tuần Văn hóa tại tỉnh bạn", "Theo kế hoạch, từ ngày 10 đến 14/9, tỉnh Điện Biên sẽ tổ chức Tuần Văn hóa tại "
                       "tỉnh Phông Sa Lỳ (Lào) vào tháng 9.", published=JUNE_2024)
    assert planned.relevant, planned.reasons


def test_what_will_go_on_is_no_one_event():
    c = beside_our_festival("Tỉnh sẽ tiếp tục phối hợp với tỉnh Phông Sa Lỳ (Lào) tổ chức tuần tra song phương.")
    assert not c.relevant, c.reasons
    # said at a meeting the page reports, the meeting is the event
    met = classify("Hội đàm biên phòng", "Ngày 3/6, Đồn Biên phòng Mường Nhé hội đàm với Đại đội bảo vệ biên giới tỉnh Phông Sa Lỳ "
                   "(Lào). Tại buổi hội đàm, hai bên sẽ tiếp tục phối hợp tổ chức tuần tra song phương.", published=JUNE_2024)
    assert met.relevant, met.reasons


def test_a_village_of_ours_named_lao_stays_ours_wherever_the_page_names_it_again():
    c = classify("Bản Lào đổi thay nhờ cây cao su", "Bản Lào, xã Chiềng Sơ, huyện Sông Mã có 120 hộ dân. Ngày 3/6, đoàn công tác của "
                 "Sở Nông nghiệp tỉnh Sơn La đã đến thăm, trao đổi kinh nghiệm trồng cao su với bà con bản Lào.", published=JUNE_2024)
    _refused_by_the_rules(c)


def test_a_lao_province_s_goods_at_our_fair_are_goods():
    c = beside_our_festival("Bên lề lễ hội, các đại biểu tham quan gian hàng giới thiệu sản phẩm của tỉnh Phông Sa Lỳ (Lào).")
    assert not c.relevant, c.reasons
    # the province's delegation bringing them is a side
    brought = beside_our_festival("Đoàn đại biểu tỉnh Phông Sa Lỳ (Lào) đã sang dự và giới thiệu sản phẩm của tỉnh tại lễ hội.")
    assert brought.relevant, brought.reasons


def test_a_plan_agreed_on_by_a_meeting_of_ours_is_only_a_plan():
    _no_exchange_beside_our_festival("Hội nghị cũng thống nhất kế hoạch tổ chức đoàn đi thăm, chúc Tết tỉnh Phông Sa Lỳ (Lào).",
                                     "Trong chương trình, tỉnh cũng lên kế hoạch đón đoàn đại biểu tỉnh Phông Sa Lỳ (Lào) sang thăm.")
    # nor does the sentence after it borrow its Lao side
    after = classify("Chủ tịch nước thăm, chúc Tết tỉnh Điện Biên", "Chủ tịch nước đã đi thăm và chúc Tết nhân dân tỉnh Điện Biên. Hội "
                     "nghị cũng thống nhất kế hoạch tổ chức đoàn đi thăm, chúc Tết tỉnh Phông Sa Lỳ (Lào).\nSáng 3/6, Chủ tịch nước và "
                     "đoàn công tác đã dâng hương tại Đền thờ liệt sĩ.", published=JUNE_2024)
    assert not after.relevant, after.reasons


def test_experience_of_work_with_the_other_side_shared_at_home_is_a_topic():
    c = classify("Đoàn tỉnh Hà Tĩnh học hỏi kinh nghiệm tại Lao Bảo", "Ngày 3/6, đoàn công tác tỉnh Hà Tĩnh đến làm việc tại Khu kinh tế "
                 "Lao Bảo (Quảng Trị). Tại buổi làm việc, lãnh đạo Quảng Trị đã giới thiệu kinh nghiệm phát triển thương mại biên "
                 "giới với tỉnh Phông Sa Lỳ (Lào) để đoàn tham khảo.", published=JUNE_2024)
    assert not c.relevant, c.reasons
    # experience exchanged with the other side itself: it is the partner
    shared = classify("Đoàn tỉnh Phông Sa Lỳ thăm Điện Biên", "Ngày 3/6, đoàn công tác tỉnh Điện Biên trao đổi kinh nghiệm với tỉnh "
                      "Phông Sa Lỳ (Lào) về trồng lúa nước.", published=JUNE_2024)
    assert shared.relevant, shared.reasons


def test_a_meeting_of_three_sides_hosted_by_ours_with_its_host_named_in_the_sentence_before():
    c = classify("Hội nghị Tam giác phát triển tại Gia Lai", "Ngày 3/6, tại TP Pleiku, UBND tỉnh Gia Lai chủ trì Hội nghị Ủy ban "
                 "điều phối chung khu vực Tam giác phát triển Campuchia - Lào - Việt Nam. Tham dự có đoàn đại biểu các tỉnh Phông Sa "
                 "Lỳ, Xê Kông (Lào) và tỉnh Mondulkiri (Campuchia). Các đại biểu bàn về hạ tầng và thương mại.", published=JUNE_2024)
    assert c.relevant, c.reasons
    # one of the other country's delegations, the triangle and a Lao province only its route: no exchange with Laos
    other = classify("Đoàn tỉnh Mondulkiri thăm Gia Lai", "Ngày 3/6, Chủ tịch UBND tỉnh Gia Lai tiếp đoàn công tác tỉnh Mondulkiri "
                     "(Campuchia). Hai bên trao đổi về hợp tác trong khuôn khổ Tam giác phát triển, trong đó có kết nối giao thông qua "
                     "tỉnh Xê Kông (Lào). Dịp này, hai tỉnh ký biên bản ghi nhớ hợp tác.", published=JUNE_2024)
    assert not other.relevant, other.reasons


def test_a_booth_at_our_fair_is_goods_whoever_holds_it():
    _no_exchange_beside_our_festival("Tại lễ hội, gian hàng của Bộ Công Thương Lào thu hút đông đảo khách tham quan.",
                                     "Gian hàng giới thiệu sản phẩm của tỉnh Phông Sa Lỳ (Lào) thu hút đông đảo khách tham quan.")
    # the ministry's delegation that came with it is a side
    came = beside_our_festival("Đoàn công tác Bộ Công Thương Lào do Thứ trưởng dẫn đầu đã sang dự khai mạc và thăm các gian hàng.")
    assert came.relevant, came.reasons


def test_a_trip_named_as_one_to_come_is_only_planned():
    _no_exchange_beside_our_festival("Đồng chí yêu cầu chuẩn bị chu đáo cho chuyến thăm tỉnh Phông Sa Lỳ (Lào) sắp tới.")
    # announced with its days, it is news
    announced = classify("Chuẩn bị chuyến thăm tỉnh bạn", "Chuyến thăm tỉnh Phông Sa Lỳ (Lào) sắp tới của đoàn đại biểu tỉnh Điện "
                         "Biên sẽ diễn ra từ ngày 10 đến 12/6.", published=JUNE_2024)
    assert announced.relevant, announced.reasons


def test_another_lao_side_that_could_not_come_calls_off_nothing_of_the_page():
    c = classify("Chủ tịch nước sẽ thăm cấp Nhà nước tới Lào", "Theo thông báo của Bộ Ngoại giao, Chủ tịch nước Lương Cường sẽ thăm cấp "
                 "Nhà nước tới Lào từ ngày 10 đến 12/6 theo lời mời của Tổng Bí thư, Chủ tịch nước Lào Thongloun Sisoulith. Do mưa lũ, "
                 "đoàn nghệ thuật tỉnh Hủa Phăn (Lào) đã không thể sang biểu diễn tại Hà Nội như dự kiến.", published=JUNE_2024)
    assert c.relevant, c.reasons
    # the page's own exchange put off stays put off, whatever day its plan named
    off = classify("Tạm hoãn giao lưu nghệ thuật", "Do mưa lũ, đoàn nghệ thuật tỉnh Phông Sa Lỳ (Lào) không thể tham dự Liên hoan. Theo "
                   "kế hoạch, ngày 3/6, đoàn nghệ thuật tỉnh Phông Sa Lỳ (Lào) sẽ biểu diễn tại TP Điện Biên Phủ.", published=JUNE_2024)
    assert not off.relevant, off.reasons


def test_a_weak_cue_does_not_hide_the_clear_one_it_overlaps():
    # ("đã thăm" is a weak cue; "thăm và làm việc", which it overlaps, a clear one — and the reception after it no clearer)
    c = classify("Chủ tịch nước Lào thăm Hà Nội", "Chiều 3/6, Tổng Bí thư, Chủ tịch nước Lào Thongloun Sisoulith đã thăm và làm việc "
                 "với TP Hà Nội. Bí thư Thành ủy Hà Nội đón và làm việc với đoàn.", published=JUNE_2024)
    assert c.relevant, c.reasons


def test_the_lao_new_year_as_days_off_or_as_a_time_is_no_greeting():
    off = classify("Đại sứ quán Lào thông báo lịch nghỉ Tết", "Đại sứ quán Lào tại Việt Nam vừa thông báo lịch nghỉ Tết cổ truyền Bunpimay "
                   "từ ngày 13 đến 17/4; trong thời gian này, bộ phận lãnh sự tạm dừng tiếp nhận hồ sơ xin thị thực.", published=JUNE_2024)
    assert not off.relevant, off.reasons
    before = classify("Bến xe đông khách", "Những ngày trước Tết Bunpimay, bến xe phía Nam Hà Nội đông khách đi Viêng Chăn, giá vé tăng "
                      "20%.", published=JUNE_2024)
    assert not before.relevant, before.reasons
    # the greeting paid is one
    paid = classify("Chúc Tết Bunpimay", "Ngày 12/4, Sở Ngoại vụ tỉnh Điện Biên đến chúc Tết Bunpimay Tổng Lãnh sự quán Lào tại Điện Biên.",
                    published=JUNE_2024)
    assert paid.relevant, paid.reasons


def test_the_provinces_our_veterans_fought_in_are_places_of_the_past():
    c = classify("Gặp mặt cựu quân tình nguyện", "Sáng 25/10, Hội Cựu chiến binh tỉnh Hà Tĩnh tổ chức gặp mặt 200 cựu quân tình nguyện "
                 "Việt Nam giúp Lào.\nTại buổi gặp mặt, các cựu chiến binh đã kể về những kỷ niệm trong thời gian chiến đấu, công tác "
                 "tại các tỉnh Khăm Muồn, Bô Ly Khăm Xay của nước bạn Lào.", published=JUNE_2024)
    assert not c.relevant, c.reasons
    # a delegation of the province at the gathering is a party
    met = classify("Gặp mặt cựu quân tình nguyện", "Sáng 25/10, Hội Cựu chiến binh tỉnh Hà Tĩnh tổ chức gặp mặt 200 cựu quân tình nguyện "
                   "Việt Nam giúp Lào, với sự tham dự của đoàn đại biểu tỉnh Khăm Muồn (Lào) sang thăm tỉnh.", published=JUNE_2024)
    assert met.relevant, met.reasons


def test_lao_students_said_to_describe_a_school_of_ours_are_no_party_met():
    c = classify("Lãnh đạo tỉnh thăm trường nội trú", "Sáng 16/5, đồng chí Phó Chủ tịch UBND tỉnh Sơn La đã đến thăm, kiểm tra công tác dạy "
                 "và học tại Trường Phổ thông Dân tộc nội trú tỉnh, nơi đang có 200 lưu học sinh Lào theo học.", published=JUNE_2024)
    assert not c.relevant, c.reasons
    # the students visited for their new year are met
    met = classify("Chúc Tết lưu học sinh Lào", "Sáng 12/4, đồng chí Phó Chủ tịch UBND tỉnh Sơn La đã đến thăm, chúc Tết Bunpimay lưu học "
                   "sinh Lào đang học tập tại Trường Phổ thông Dân tộc nội trú tỉnh.", published=JUNE_2024)
    assert met.relevant, met.reasons


def test_laos_chairing_a_meeting_of_many_or_hosting_the_one_whose_sidelines_another_is_held_on_is_no_party():
    chaired = classify("Thủ tướng dự Hội nghị Cấp cao ASEAN", "Chiều 9/10, tại Thủ đô Viêng Chăn (Lào), Thủ tướng Phạm Minh Chính cùng lãnh "
                       "đạo các nước ASEAN dự phiên khai mạc Hội nghị Cấp cao ASEAN lần thứ 44. Hội nghị do Thủ tướng Lào Sonexay "
                       "Siphandone, Chủ tịch ASEAN 2024 chủ trì.", published=JUNE_2024)
    assert not chaired.relevant, chaired.reasons
    sidelines = classify("Thủ tướng gặp Thủ tướng Campuchia", "Ngày 15/8, bên lề Hội nghị Cấp cao Tam giác phát triển Campuchia - Lào - "
                         "Việt Nam tại Viêng Chăn, Thủ tướng Phạm Minh Chính đã gặp Thủ tướng Campuchia Hun Manet.", published=JUNE_2024)
    assert not sidelines.relevant, sidelines.reasons
    # whom the sentence meets after the occasion is met
    met = classify("Thủ tướng hội kiến lãnh đạo Lào", "Chiều 10/10, bên lề Hội nghị Cấp cao ASEAN tại Thủ đô Viêng Chăn, Thủ tướng Phạm "
                   "Minh Chính đã hội kiến Tổng Bí thư, Chủ tịch nước Lào Thongloun Sisoulith.", published=JUNE_2024)
    assert met.relevant, met.reasons


def test_where_goods_were_carried_from_is_a_place_and_seized_goods_handed_to_our_authorities_no_exchange():
    c = classify("Bắt giữ xe tải chở gỗ lậu", "Ngày 16/5, Đồn Biên phòng cửa khẩu quốc tế Nậm Cắn phát hiện xe tải chở 20 m3 gỗ không rõ "
                 "nguồn gốc được vận chuyển từ huyện Noọng Hét, tỉnh Xiêng Khoảng (Lào) về Việt Nam. Đồn đã lập biên bản, bàn giao "
                 "cho cơ quan chức năng xử lý.", published=JUNE_2024)
    assert not c.relevant and c.score < 0.3, c.reasons
    # aid carried to the province and handed over there is an exchange
    aid = classify("Trao hàng hỗ trợ", "Ngày 16/5, đoàn công tác tỉnh Nghệ An đã vận chuyển 20 tấn gạo sang bàn giao cho chính quyền tỉnh "
                   "Xiêng Khoảng (Lào) hỗ trợ người dân bị lũ lụt.", published=JUNE_2024)
    assert aid.relevant, aid.reasons


@pytest.mark.parametrize("said", [
    # words sent, no call paid
    "Dịp này, đồng chí cũng gửi lời thăm hỏi tới lãnh đạo tỉnh Xiêng Khoảng (Lào).",
    # a trip only talked over for a time to come
    "Hai bên cũng trao đổi về việc tổ chức đoàn sang thăm tỉnh Xiêng Khoảng (Lào) trong thời gian tới.",
    # sightseeing, the trip named after the place
    "Đoàn cũng đã đến thăm Khu di tích lịch sử Cánh đồng Chum, tỉnh Xiêng Khoảng (Lào) trong chuyến du lịch.",
    # money asked of our own centre for receptions
    "Tỉnh cũng đề nghị Trung ương hỗ trợ kinh phí đón tiếp các đoàn của tỉnh Xiêng Khoảng (Lào).",
])
def test_laos_said_in_passing_at_a_meeting_of_ours_makes_no_exchange(said):
    c = classify("Làm việc với Sở Ngoại vụ", "Chiều 16/5, Phó Chủ tịch UBND tỉnh Nghệ An làm việc với Sở Ngoại vụ về công tác đối ngoại "
                 "6 tháng đầu năm. " + said, published=JUNE_2024)
    assert not c.relevant, c.reasons


def test_a_greeting_paid_or_a_trip_agreed_with_its_days_is_an_exchange():
    paid = classify("Chúc Tết tỉnh bạn", "Ngày 12/4, đoàn đại biểu tỉnh Nghệ An đã sang thăm hỏi, chúc Tết Bunpimay lãnh đạo tỉnh Xiêng "
                    "Khoảng (Lào).", published=JUNE_2024)
    assert paid.relevant, paid.reasons
    dated = classify("Làm việc với tỉnh bạn", "Ngày 16/5, tại TP Vinh, lãnh đạo tỉnh Nghệ An đón, làm việc với đoàn đại biểu tỉnh "
                     "Xiêng Khoảng (Lào); hai bên trao đổi về việc tổ chức Tuần Văn hóa trong thời gian tới.", published=JUNE_2024)
    assert dated.relevant, dated.reasons


def test_a_trip_told_as_planned_dates_no_past_exchange_of_a_chronicle():
    # (the page's reception weeks before, a return trip planned: two exchanges months apart, but one is to come)
    c = classify("Hà Nội tiếp đoàn Liên hiệp Công đoàn Viêng Chăn", "Chiều 5/5, Phó Bí thư Thành ủy Hà Nội đã tiếp đoàn đại biểu Liên "
                 "hiệp Công đoàn Thủ đô Viêng Chăn (Lào) sang tham gia lớp tập huấn nghiệp vụ. Dự kiến, ngày 20/1 tới, đoàn đại biểu "
                 "Thành ủy Hà Nội sẽ sang thăm và làm việc tại Thủ đô Viêng Chăn.", published=datetime(2024, 6, 25, 9, tzinfo=VN_TZ))
    assert c.relevant, c.reasons


@pytest.mark.parametrize("body", [
    "Ngày 16/5, tại Thủ đô Viêng Chăn, Đại sứ Việt Nam tại Lào đã chào xã giao Bộ trưởng Bộ Ngoại giao Lào Thongsavanh Phomvihane.",
    "Ngày 16/5, đoàn đại biểu tỉnh Nghệ An đã thăm xã giao Bộ trưởng Bộ Công Thương Lào.",
])
def test_a_courtesy_call_on_a_lao_minister_is_an_exchange(body):
    # ("xã giao Bộ trưởng …" is no "giao Bộ …", a task assigned to ministries of ours)
    c = classify("Chào xã giao", body, published=JUNE_2024)
    assert c.relevant, c.reasons
    assigned = classify("Giao nhiệm vụ", "Ngày 16/5, Chủ tịch UBND tỉnh Nghệ An giao các sở, ngành chủ động phối hợp với tỉnh Xiêng "
                        "Khoảng (Lào) trong công tác biên giới.", published=JUNE_2024)
    assert not assigned.relevant, assigned.reasons


@pytest.mark.parametrize("body", [
    # a person received, met or called on by title, whichever verb
    "Ngày 16/5, Chủ tịch UBND tỉnh Sơn La đã đón Phó Thủ tướng Lào đến thăm tỉnh.",
    "Ngày 16/5, Bộ trưởng Bộ Công an đã gặp Phó Thủ tướng Lào.",
    "Ngày 16/5, Bí thư Tỉnh ủy Nghệ An đã chào Thứ trưởng Bộ Quốc phòng Lào.",
    "Ngày 16/5, Chủ tịch UBND tỉnh Sơn La đã đón lãnh đạo tỉnh Hủa Phăn (Lào).",
    # our envoy in Laos calling on a leader there: the country after "tại" is his post, the one he calls on a party
    "Ngày 16/5, Đại sứ Việt Nam tại Lào đã hội kiến Chủ tịch Quốc hội Lào.",
])
def test_a_lao_leader_received_met_or_called_on_by_title_is_an_exchange(body):
    c = classify("Tin đối ngoại", body, published=JUNE_2024)
    assert c.relevant, c.reasons


def test_our_own_leader_received_at_home_is_no_exchange_whatever_the_verb():
    c = classify("Chủ tịch nước thăm huyện biên giới", "Ngày 16/5, người dân huyện Kỳ Sơn, huyện biên giới giáp tỉnh Xiêng Khoảng "
                 "(Lào), đã đón Chủ tịch nước về thăm, chúc Tết.", published=JUNE_2024)
    assert not c.relevant, c.reasons


def test_a_seminar_of_ours_about_the_ties_with_a_lao_side_is_a_topic_and_one_held_with_it_an_exchange():
    about = classify("Hội thảo", "Sáng 16/5, Sở Ngoại vụ tỉnh Nghệ An tổ chức hội thảo về quan hệ hữu nghị với tỉnh Xiêng Khoảng (Lào).",
                     published=JUNE_2024)
    assert not about.relevant, about.reasons
    held = classify("Hội thảo", "Sáng 16/5, tại TP Vinh, hội thảo về quan hệ hữu nghị với tỉnh Xiêng Khoảng (Lào) do UBND tỉnh Nghệ An "
                    "và chính quyền tỉnh Xiêng Khoảng đồng tổ chức đã diễn ra với sự tham dự của Phó Tỉnh trưởng tỉnh Xiêng Khoảng.",
                    published=JUNE_2024)
    assert held.relevant, held.reasons


def test_the_lao_new_year_as_the_occasion_of_something_else_is_no_greeting():
    c = classify("Du khách Lào đến Quảng Bình", "Dịp Tết Bunpimay, nhiều du khách từ các tỉnh Khăm Muồn, Xa Vẳn Na Khệt (Lào) đã sang "
                 "Quảng Bình nghỉ dưỡng. Các điểm đến như động Phong Nha, bãi biển Nhật Lệ thu hút đông du khách.", published=JUNE_2024)
    assert not c.relevant, c.reasons
    # a greeting paid on it has words of its own
    paid = classify("Chúc Tết Bunpimay", "Nhân dịp Tết Bunpimay, đoàn đại biểu tỉnh Quảng Bình đã sang chúc Tết tỉnh Khăm Muồn (Lào).",
                    published=JUNE_2024)
    assert paid.relevant, paid.reasons


@pytest.mark.parametrize("body", [
    "Sáng 2/6, Tổng Lãnh sự quán Lào tại Đà Nẵng tổ chức lễ chào cờ mừng Quốc khánh Lào với sự tham gia của cán bộ, nhân viên "
    "Tổng Lãnh sự quán và lưu học sinh Lào.",
    "Cán bộ, nhân viên Đại sứ quán Lào tại Việt Nam và cộng đồng người Lào tại Hà Nội đã quyên góp được 200 triệu kíp ủng hộ đồng "
    "bào các tỉnh miền Bắc Lào bị lũ lụt.",
])
def test_a_lao_mission_s_own_event_with_laos_s_own_people_is_news_of_laos(body):
    c = classify("Cộng đồng người Lào", body, published=JUNE_2024)
    assert not c.relevant, c.reasons
    # a body of ours among its guests makes it an exchange
    guests = classify("Quốc khánh Lào", "Sáng 2/6, Tổng Lãnh sự quán Lào tại Đà Nẵng tổ chức lễ chào cờ mừng Quốc khánh Lào với sự tham "
                      "gia của lãnh đạo UBND thành phố Đà Nẵng và lưu học sinh Lào.", published=JUNE_2024)
    assert guests.relevant, guests.reasons


def test_a_venue_named_for_a_lao_city_is_a_place_and_the_national_teams_match_sport_news():
    c = classify("Bóng chuyền nữ Việt Nam giao hữu với Lào", "Chiều 3/6, tại Nhà thi đấu Thủ đô Viêng Chăn, đội tuyển bóng chuyền nữ "
                 "Việt Nam có trận giao hữu với đội tuyển Lào, chuẩn bị cho SEA Games. Kết quả, đội tuyển Việt Nam thắng 3-0.",
                 published=JUNE_2024)
    assert not c.relevant, c.reasons
    # a province's team, come with its delegation, is a side
    came = classify("Giao hữu bóng chuyền", "Chiều 3/6, tại Nhà thi đấu tỉnh Điện Biên, đội bóng chuyền Công an tỉnh Điện Biên giao hữu "
                    "với đội bóng của đoàn công tác Sở An ninh tỉnh Phông Sa Lỳ (Lào) sang thăm tỉnh.", published=JUNE_2024)
    assert came.relevant, came.reasons


def test_a_province_of_ours_in_brackets_after_a_port_or_gate_is_its_address():
    c = classify("Hàng viện trợ cho Lào qua cảng Vũng Áng", "Ngày 3/6, lô hàng 500 tấn gạo viện trợ của Chính phủ Nhật Bản cho Lào đã "
                 "được bốc dỡ tại cảng Vũng Áng (Hà Tĩnh) để vận chuyển sang Lào theo Quốc lộ 8.", published=JUNE_2024)
    assert not c.relevant, c.reasons
    assert any(m.name == "Hà Tĩnh" and m.kind == "vn_place" for m in c.document.mentions("vn_place"))


# One-sentence calls in every combination of who, how and whom: the same exchange however it is worded.
GRID_OURS = ("Bí thư Tỉnh ủy Nghệ An", "Đại sứ Việt Nam tại Lào", "Bộ trưởng Bộ Công an", "đoàn đại biểu tỉnh Quảng Trị",
             "Chủ tịch UBND tỉnh Sơn La")
GRID_VERBS = ("tiếp", "hội đàm với", "chào xã giao", "thăm xã giao", "hội kiến", "làm việc với", "tiếp xã giao", "gặp", "đón", "thăm",
              "chúc Tết", "trao quà cho", "ký kết biên bản hợp tác với", "điện đàm với", "tiếp thân mật", "có buổi làm việc với",
              "chào", "đến chào", "thăm và chúc mừng", "tặng quà")
GRID_LAOS = ("Bộ trưởng Bộ Ngoại giao Lào", "Đại sứ Lào tại Việt Nam", "đoàn đại biểu tỉnh Hủa Phăn (Lào)", "Phó Thủ tướng Lào",
             "Chủ tịch Quốc hội Lào", "Bí thư Tỉnh ủy, Tỉnh trưởng tỉnh Hủa Phăn", "Tổng Lãnh sự Lào tại Đà Nẵng",
             "lãnh đạo tỉnh Hủa Phăn (Lào)", "Thứ trưởng Bộ Quốc phòng Lào", "Bộ Chỉ huy Quân sự tỉnh Hủa Phăn (Lào)")
# … and the same calls on our own people in Laos, or on another country's side, which are none
GRID_OURS_IN_LAOS = ("Tổng Lãnh sự Việt Nam tại Luông Pha Bang", "cộng đồng người Việt Nam tại Lào",
                     "Hội người Việt Nam tại tỉnh Hủa Phăn", "cán bộ, chiến sĩ Đội K52 đang làm nhiệm vụ tại Lào",
                     "lưu học sinh Việt Nam đang học tập tại Lào", "các cựu chiến binh từng chiến đấu tại tỉnh Hủa Phăn (Lào)",
                     # (and other countries' sides, named beside Laos or not)
                     "Bộ trưởng Bộ Ngoại giao Campuchia", "đoàn đại biểu tỉnh Ratanakiri (Campuchia)",
                     "lãnh đạo châu Hồng Hà, tỉnh Vân Nam (Trung Quốc)", "Đại sứ Nhật Bản tại Lào")


def test_calls_on_a_lao_side_in_every_wording_are_exchanges_and_on_our_own_people_there_none():
    missed = [(a, v, b) for a in GRID_OURS for v in GRID_VERBS for b in GRID_LAOS
              if not classify("Tin đối ngoại", f"Ngày 16/5, {a} đã {v} {b}.", published=JUNE_2024).relevant]
    kept = [(a, v, b) for a in GRID_OURS for v in GRID_VERBS for b in GRID_OURS_IN_LAOS
            if classify("Tin đối ngoại", f"Ngày 16/5, {a} đã {v} {b}.", published=JUNE_2024).relevant]
    for a, v, b in missed[:20]:
        print(f"  missed: {a} | {v} | {b}")
    for a, v, b in kept[:20]:
        print(f"  kept: {a} | {v} | {b}")
    print(f"calls on a Lao side: {len(missed)} of 1,000 missed; on our own people in Laos or on another country: {len(kept)} of 1,000 "
          "read as exchanges")
    # (at the twenty-sixth session's start: 121 missed — 'đón', 'gặp', 'chào' before a title, 'xã giao' read as 'giao' assigning a
    # task, our envoy's post read past his verb — and 82 kept, our team serving there; the 14 left: a Lao unit met by 'gặp',
    # 'đón', 'chào', a signing with a consulate)
    assert len(missed) <= 14 and not kept
