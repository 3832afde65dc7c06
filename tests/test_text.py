import pytest

from huunghi.classify.gazetteer import default_gazetteer
from huunghi.classify.mentions import analyse
from huunghi.classify.text import fold, key


@pytest.mark.parametrize("a,b", [("hoà", "hòa"), ("Thuỷ", "thủy"), ("khoẻ", "khỏe"), ("Thanh Hoá", "Thanh Hóa"),
                                 ("HOÀ BÌNH", "hòa bình"), ("Quý", "quý")])
def test_old_and_new_tone_placement_are_one(a, b):
    assert fold(a) == fold(b)


def test_fold_keeps_positions():
    text = "Đoàn tỉnh U Đôm Xay (Lào) thăm Thanh Hoá, thuỷ lợi"
    assert len(fold(text)) == len(text)


def test_nfd_input_is_normalised():
    import unicodedata

    decomposed = unicodedata.normalize("NFD", "Lào")
    assert key(decomposed) == "lào"


def laos_mentions(text):
    doc = analyse("", text, default_gazetteer())
    return [(m.kind, m.name) for m in doc.mentions("laos", "lao_province", "lao_body")]


@pytest.mark.parametrize("text", [
    "Công an tỉnh Lào Cai triệt phá đường dây buôn lậu.",
    "Đoàn công tác thăm xã Khổng Lào, huyện Phong Thổ.",
    "Chợ phiên Lào Chải họp vào sáng chủ nhật.",
    "Quan hệ Việt Nam - Lào ngày càng phát triển.",
])
def test_lao_is_not_found_inside_vietnamese_names_or_the_relationship(text):
    assert laos_mentions(text) == []


def test_lao_country_and_provinces_are_found():
    found = laos_mentions("Đoàn đại biểu tỉnh U-đôm-xay (Lào) và tỉnh Luang Prabang, nước CHDCND Lào.")
    assert ("lao_province", "U Đôm Xay") in found
    assert ("lao_province", "Luông Pha Bang") in found
    assert ("laos", "Lào") in found


def test_loose_spelling_of_a_multi_syllable_name():
    assert ("lao_province", "Bô Ly Khăm Xay") in laos_mentions("đoàn đại biểu tỉnh Bo Ly Khăm Xay sang thăm")


@pytest.mark.parametrize("written,canonical", [
    ("Ắt-tạ-pư", "Át Tạp Pư"), ("Ạt Tạ Pư", "Át Tạp Pư"), ("Bokẹo", "Bò Kẹo"), ("Bò Kẻo", "Bò Kẹo"),
])
def test_short_lao_names_in_any_spelling(written, canonical):
    # five letters of sound ("atapu", "bokeo") are still no Vietnamese word
    assert ("lao_province", canonical) in laos_mentions(f"Đoàn đại biểu tỉnh {written} sang thăm tỉnh Hà Tĩnh")


@pytest.mark.parametrize("capital,canonical", [
    ("Huay Xai", "Bò Kẹo"), ("Houayxay", "Bò Kẹo"), ("Muang Xay", "U Đôm Xay"), ("Phonhong", "Viêng Chăn"),
    ("Samakkhixay", "Át Tạp Pư"),
])
def test_provincial_capitals_in_their_romanised_spellings(capital, canonical):
    assert default_gazetteer().canonical_lao_province(capital) == canonical


def test_a_short_capital_key_is_no_person():
    # "Thạch Kết" sounds like Thà Khẹt (Khăm Muồn's capital), but a capital's key must be longer to count
    assert ("lao_province", "Khăm Muồn") not in laos_mentions("Ông Thạch Kết, Phó Chủ tịch UBND tỉnh Nghệ An, dự buổi lễ")


def test_vietnamese_province_on_syllable_boundaries():
    doc = analyse("", "Xã Lai Châu Mới và tỉnh Lai Châu; Thừa Thiên - Huế; Hoà Bình", default_gazetteer())
    names = [m.name for m in doc.mentions("vn_province")]
    assert names.count("Lai Châu") == 2 and "Thừa Thiên Huế" in names and "Hòa Bình" in names


def test_old_to_new_province_mapping():
    gaz = default_gazetteer()
    assert len(gaz.vn_provinces) == 34 and len(gaz.vn_before_2025) == 63
    assert gaz.vn_province_after_2025("Quảng Bình") == "Quảng Trị"
    assert gaz.vn_province_after_2025("Thừa Thiên Huế") == "Huế"
    assert gaz.vn_province_after_2025("Kon Tum") == "Quảng Ngãi"
    assert set(gaz.vn_before_2025.values()) == set(gaz.vn_provinces)


def test_all_18_lao_provinces_with_english_names():
    gaz = default_gazetteer()
    assert len(gaz.lao_provinces) == 18
    for spelling, canonical in [("Phongsaly", "Phông Sa Lỳ"), ("Savannakhet", "Xa Vẳn Na Khệt"), ("Attapeu", "Át Tạp Pư"),
                                ("Xaisomboun", "Xay Sổm Bun"), ("Vientiane Capital", "Thủ đô Viêng Chăn"), ("Sầm Nưa", "Hủa Phăn")]:
        assert gaz.canonical_lao_province(spelling) == canonical
    assert gaz.lao_english("Xiêng Khoảng") == "Xieng Khouang"


def test_operator_extends_the_gazetteer(tmp_path):
    from huunghi.classify.gazetteer import load_gazetteer

    extra = tmp_path / "classifier.yaml"
    extra.write_text("gazetteer:\n  lao_provinces:\n    Bò Kẹo: {aliases: [Bo Kẻo]}\ncues:\n  visit: [thăm hữu nghị]\nthreshold: 0.6\n", encoding="utf-8")
    gaz = load_gazetteer(extra)
    assert gaz.canonical_lao_province("Bo Kẻo") == "Bò Kẹo"
    assert gaz.canonical_lao_province("Bokeo") == "Bò Kẹo"  # the packaged aliases stay
    assert gaz.threshold == 0.6 and gaz.cues == {"visit": ["thăm hữu nghị"]}
    bad = tmp_path / "bad.yaml"
    bad.write_text("gazetteer:\n  lao_provincez: {}\n")
    with pytest.raises(ValueError, match="unknown key 'lao_provincez'"):
        load_gazetteer(bad)
    for text, message in (("gazetteer:\n  vn_districts: [Mường Tè]\n", "'vn_districts' must be a mapping"),
                          ("gazetteer:\n  other_countries: {Brunei: x}\n", "'other_countries' must be a list"),
                          ("gazetteer: [Brunei]\n", "must be a mapping"), ("- Brunei\n", "must be a mapping")):
        bad.write_text(text)
        with pytest.raises(ValueError, match=message):
            load_gazetteer(bad)


def test_sentences_keep_pieces_cut_by_a_pipe_and_periods_without_a_space():
    doc = analyse("", "Đoàn tỉnh Hủa Phăn thăm Sơn La | Nguồn ảnh lưu tại tòa soạn báo\n(Chinhphu.vn) - Hỗ trợ 200.000 USD. "
                  "Hai bên ký biên bản ghi nhớ", default_gazetteer())
    texts = [s.text.strip() for s in doc.sentences]
    assert texts == ["Đoàn tỉnh Hủa Phăn thăm Sơn La", "Nguồn ảnh lưu tại tòa soạn báo", "(Chinhphu.vn) - Hỗ trợ 200.000 USD.",
                     "Hai bên ký biên bản ghi nhớ"]
    assert [m.name for m in doc.sentences[0].mentions] == ["Hủa Phăn", "Sơn La"]


def test_an_ellipsis_before_a_capital_ends_a_sentence_one_before_more_of_the_list_does_not():
    doc = analyse("", "Hai bên hợp tác về y tế, giáo dục, tài chính… Năm học này, trường đón 50 lưu học sinh. Các tỉnh Hủa Phăn, "
                  "Xiêng Khoảng… đều cử đoàn.", default_gazetteer())
    assert [s.text.strip() for s in doc.sentences] == ["Hai bên hợp tác về y tế, giáo dục, tài chính…",
                                                        "Năm học này, trường đón 50 lưu học sinh.",
                                                        "Các tỉnh Hủa Phăn, Xiêng Khoảng… đều cử đoàn."]


@pytest.mark.parametrize("text,kind,name", [
    ("Bộ Ngoại giao nước CHDCND Lào", "laos", "Lào"),
    ("Thủ tướng Chính phủ nước Cộng hòa Dân chủ Nhân dân Lào", "laos", "Lào"),
    ("Bộ Y tế Lào", "laos", "Lào"),
    ("Bộ Y tế Việt Nam", "vn_body", "Bộ Y tế"),
    # a Lao body however its name qualifies the country
    ("Quốc hội nước bạn Lào", "lao_body", "Quốc hội Lào"),
    ("Bộ Quốc phòng nước Lào", "lao_body", "Bộ Quốc phòng Lào"),
    ("Tổng Lãnh sự Cộng hòa Dân chủ Nhân dân (CHDCND) Lào", "lao_body", "Tổng Lãnh sự quán Lào"),
    ("Cộng hòa Dân chủ Nhân dân (CHDCND) Lào", "laos", "Lào"),
    ("Thường trực Ban Bí thư, Phó Chủ tịch nước bạn Lào làm Trưởng đoàn", "laos", "Lào"),
    ("Học viện Chính trị quốc gia Hồ Chí Minh", "vn_body", "Học viện Chính trị quốc gia Hồ Chí Minh"),
])
def test_a_ministry_followed_by_laos_is_the_lao_one(text, kind, name):
    doc = analyse("", text, default_gazetteer())
    assert [(m.kind, m.name) for s in doc.sentences for m in s.mentions] == [(kind, name)]


def test_a_province_s_name_inside_a_person_s_name_is_no_side():
    doc = analyse("", "Phó Chủ tịch HĐND tỉnh Lê Thái Bình cùng đại biểu hai tỉnh Nam Định, Hà Nam có mặt.", default_gazetteer())
    assert [m.name for m in doc.mentions("vn_province")] == ["Nam Định", "Hà Nam"]


def test_a_page_that_names_no_lao_party_is_judged_without_cutting_its_sentences():
    # (most of a crawl names no Lao party: its sentences are cut only when asked for, as the same sentences)
    from huunghi.classify.relevance import classify

    body = "Sáng 16/5, giá lúa tại huyện Yên Thành, Nghệ An tăng mạnh. Nông dân phấn khởi vì được mùa."
    c = classify("Thị trường nông sản tuần qua", body)
    assert not c.relevant and c.reasons == ["against: Laos is not named"]
    assert "sentences" not in vars(c.document)
    assert [s.text.strip() for s in c.document.sentences] == ["Thị trường nông sản tuần qua", "Sáng 16/5, giá lúa tại huyện Yên Thành, Nghệ An tăng mạnh.",
                                                              "Nông dân phấn khởi vì được mùa."]
    assert [m.name for m in c.document.sentences[1].mentions] == ["Nghệ An"]
    # a page that names one has them cut to be weighed
    c = classify("Đoàn Hủa Phăn thăm Thanh Hóa", "Ngày 16/5, đoàn đại biểu tỉnh Hủa Phăn (Lào) đã thăm và làm việc tại tỉnh Thanh Hóa.")
    assert c.relevant and "sentences" in vars(c.document)
