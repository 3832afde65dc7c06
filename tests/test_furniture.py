"""Menu lines, related-headline boxes and date lines are no part of the article a rule reads."""

import pytest

from huunghi.classify.api import analyse_article
from huunghi.classify.furniture import strip_furniture, unglue
from huunghi.classify.gazetteer import default_gazetteer
from huunghi.classify.mentions import analyse

ARTICLE = ("Đoàn đại biểu tỉnh Gia Lai thăm tỉnh Át Tạp Pư\n"
           "Ngày 14/3, đoàn đại biểu tỉnh Gia Lai do Phó Bí thư Tỉnh ủy làm trưởng đoàn đã sang thăm và làm việc tại "
           "tỉnh Át Tạp Pư (Lào). Hai bên trao đổi về hợp tác nông nghiệp, giáo dục và bảo vệ biên giới.\n"
           "Phó Tỉnh trưởng tỉnh Át Tạp Pư cảm ơn sự giúp đỡ của tỉnh Gia Lai trong nhiều năm qua.")
MENU = "Trang chủ | Thời sự | Chính trị | Quốc tế | Lào Cai hôm nay | Thể thao | Video\n"
RELATED = ("\nTin liên quan\nLào Cai đón đoàn công tác tỉnh Vân Nam (Trung Quốc) sang thăm và làm việc\n"
           "Đoàn đại biểu tỉnh Mondulkiri (Campuchia) sang chúc Tết tỉnh Đắk Lắk\n"
           "Bộ Ngoại giao tiếp đoàn đại biểu Hàn Quốc sang thăm và làm việc\n"
           "Thứ trưởng tiếp Đại sứ Nhật Bản đến chào từ biệt")
# A national exchange: no province is a party, so a province in the furniture would become one.
NATIONAL = ("Thứ trưởng Bộ Ngoại giao tiếp Đoàn Bộ Ngoại giao Lào\n"
            "Chiều 14/3, Thứ trưởng Bộ Ngoại giao đã tiếp đoàn đại biểu Bộ Ngoại giao Lào sang thăm và làm việc.\n"
            "Hai bên trao đổi về hợp tác đào tạo cán bộ đối ngoại.")


def test_a_related_box_run_into_a_flattened_paragraph_ends_it_there():
    long = "Đoạn văn dài của bài. " * 10
    flat = long + "Tin mới nhất. Lãnh đạo tỉnh tiếp đoàn tỉnh bạn. Giá lúa tăng cao."
    assert strip_furniture(flat) == long.rstrip()
    # set on a line of its own with the items run on after it, it is a box (dropped) above the article's rest
    boxed = "Mở đầu bài.\nTin cùng chuyên mục. Một tiêu đề khác. Một tiêu đề nữa\n" + long
    assert strip_furniture(boxed) == "Mở đầu bài.\n" + long
    # the words inside a sentence, or a sentence that only starts with them, are the article's own
    own = "Mở đầu. Xem thêm các hoạt động của đoàn trong ngày 15/3 tại tỉnh. Đoàn về nước ngày 16/3."
    assert strip_furniture(own) == own
    asked = "Mở đầu. Bạn đọc có thể xem thêm. Đoàn về nước ngày 16/3."
    assert strip_furniture(asked) == asked


def test_a_menu_line_keeps_only_its_date():
    assert strip_furniture("Trang chủ | Thời sự | Quốc tế | Lào Cai hôm nay\nNội dung.") == "\nNội dung."
    kept = strip_furniture("Chủ Nhật, 09/03/2025 07:45 | Đời sống | Giải trí | Xe cộ\nNội dung.")
    assert kept == "Chủ Nhật, 09/03/2025 07:45\nNội dung."


def test_a_related_box_is_dropped_and_a_late_one_ends_the_article():
    early = "Mở đầu bài.\nTIN LIÊN QUAN\nMột tiêu đề khác\nMột tiêu đề nữa\n\n" + "Đoạn tiếp theo của bài viết. " * 8
    assert strip_furniture(early) == "Mở đầu bài.\n\n" + "Đoạn tiếp theo của bài viết. " * 8
    late = "Đoạn văn dài của bài. " * 10 + "\nXem thêm: Một tiêu đề khác\nMột tiêu đề nữa"
    assert strip_furniture(late) == "Đoạn văn dài của bài. " * 10
    # a sentence that only starts with the words is the article's own
    own = "Mở đầu.\nXem thêm các hoạt động của đoàn trong ngày 15/3 tại tỉnh."
    assert strip_furniture(own) == own


def test_furniture_changes_nothing_the_reader_is_told():
    bare, bare_visit = analyse_article("", ARTICLE)
    dressed, visit = analyse_article("", MENU + ARTICLE + RELATED)
    assert bare.relevant and dressed.relevant
    assert visit.vn_parties == bare_visit.vn_parties == ["Gia Lai"]
    assert visit.lao_parties == bare_visit.lao_parties == ["Át Tạp Pư"]
    assert not any("Campuchia" in r or "Trung Quốc" in r for r in dressed.reasons)
    national, national_visit = analyse_article("", MENU + NATIONAL + RELATED)
    assert national.relevant, national.reasons
    assert national_visit.vn_parties == ["Bộ Ngoại giao"]


# Other stories' headlines after the article, one per line, with no marker above them.
UNMARKED_LIST = ("\nHai tỉnh Điện Biên và Phông Sa Lỳ hội đàm, ký biên bản hợp tác năm 2025\n"
                 "Đoàn đại biểu tỉnh Hủa Phăn (Lào) thăm, chúc Tết tỉnh Thanh Hóa\n"
                 "Trao 300 suất quà cho học sinh nghèo tỉnh Xiêng Khoảng")
DOMESTIC = ("Chủ tịch UBND tỉnh kiểm tra tiến độ cao tốc\n"
            "Sáng 14/3, Chủ tịch UBND tỉnh Nghệ An kiểm tra tiến độ thi công đoạn cao tốc qua huyện Diễn Châu. "
            "Đồng chí yêu cầu nhà thầu tăng ca để về đích đúng hẹn.")


def test_an_unmarked_list_of_other_headlines_after_the_article_is_dropped():
    domestic, _ = analyse_article("", DOMESTIC + UNMARKED_LIST)
    assert not domestic.relevant, domestic.reasons
    # the article's own reading is the same with the list as without it
    bare, bare_visit = analyse_article("", ARTICLE)
    listed, listed_visit = analyse_article("", ARTICLE + UNMARKED_LIST)
    assert listed.relevant and listed_visit.lao_parties == bare_visit.lao_parties == ["Át Tạp Pư"]
    # a lead item set apart by a blank line, however short, keeps only itself
    assert strip_furniture("Chủ tịch UBND tỉnh kiểm tra cao tốc\n" + UNMARKED_LIST) == "Chủ tịch UBND tỉnh kiểm tra cao tốc\n"


def test_one_or_two_unmarked_headlines_after_the_article_report_no_exchange_of_its_own():
    for tail in (UNMARKED_LIST.rsplit("\n", 1)[0], UNMARKED_LIST.rsplit("\n", 2)[0]):
        c, _ = analyse_article("", DOMESTIC + tail)
        assert not c.relevant, (tail, c.reasons)
    # the article's own last caption is still read with it
    c, visit = analyse_article("", ARTICLE + "\nLãnh đạo hai tỉnh Gia Lai và Át Tạp Pư chụp ảnh lưu niệm")
    assert c.relevant and visit.lao_parties == ["Át Tạp Pư"], c.reasons
    # and a last paragraph cut short by the archive is no headline
    cut = DOMESTIC + "\nCùng ngày 14/3, đoàn đại biểu tỉnh Hủa Phăn (Lào) đã sang thăm, chúc mừng tỉnh Nghệ An, cấp ủy, chính"
    c, visit = analyse_article("", cut)
    assert c.relevant and visit.lao_parties == ["Hủa Phăn"], c.reasons


@pytest.mark.parametrize("box,above_too", [
    # the names sites give a box of other headlines, above or below the article
    ("\nTiêu điểm\nĐoàn đại biểu tỉnh Hủa Phăn (Lào) thăm, chúc Tết tỉnh Thanh Hóa\nTrao quà cho học sinh tỉnh Xiêng Khoảng\n",
     True),
    ("\nCác tin đã đưa\n» Đoàn đại biểu tỉnh Hủa Phăn (Lào) thăm, chúc Tết tỉnh Thanh Hóa\n» Trao quà cho học sinh tỉnh Xiêng "
     "Khoảng", True),
    ("\nTin mới\nĐoàn đại biểu tỉnh Hủa Phăn (Lào) thăm, chúc Tết tỉnh Thanh Hóa\nTrao quà cho học sinh tỉnh Xiêng Khoảng", True),
    # (a name with "các" or "những" before it: "Các bài viết khác")
    ("\nCác bài viết khác\nĐoàn đại biểu tỉnh Hủa Phăn (Lào) thăm, chúc Tết tỉnh Thanh Hóa (12/11/2025)\nTrao quà cho học sinh "
     "tỉnh Xiêng Khoảng (10/11/2025)", True),
    # two headlines after the article marked as a list's items: linked, or each with its date stamp on a line of its own
    ("\n» Đoàn đại biểu tỉnh Hủa Phăn (Lào) thăm, chúc Tết tỉnh Thanh Hóa\n» Trao quà cho học sinh tỉnh Xiêng Khoảng", False),
    ("\nĐoàn đại biểu tỉnh Hủa Phăn (Lào) thăm, chúc Tết tỉnh Thanh Hóa\n12/11/2025\nTrao quà cho học sinh tỉnh Xiêng Khoảng\n"
     "10/11/2025", False),
])
def test_other_headlines_however_the_site_marks_them_are_no_part_of_the_article(box, above_too):
    head, body = DOMESTIC.split("\n", 1)
    for page in (DOMESTIC + box,) + ((head + box + "\n" + body,) if above_too else ()):
        c, _ = analyse_article("", page)
        assert not c.relevant, (page, c.reasons)


@pytest.mark.parametrize("arrow", [">>", ">>>", "»", "►", "→"])
def test_one_story_linked_by_an_arrow_inside_the_article_is_dropped(arrow):
    head, body = DOMESTIC.split("\n", 1)
    link = f"{arrow} Đoàn đại biểu tỉnh Hủa Phăn (Lào) thăm, chúc Tết tỉnh Thanh Hóa"
    page = f"{head}\n{link}\n{body}"
    assert link not in strip_furniture(page)
    c, _ = analyse_article("", page)
    assert not c.relevant, c.reasons
    # a paragraph of the article's own that happens to open with an arrow, longer than a headline, stays
    long = f"{arrow} " + "Hai bên thống nhất nhiều nội dung hợp tác trong năm tới, " * 4
    assert long in strip_furniture(f"{head}\n{long}\n{body}")


@pytest.mark.parametrize("label", ["Từ khóa: Việt Nam - Lào, Xiêng Khoảng, đoàn công tác", "Tags: Lào, Hủa Phăn, hội đàm",
                                   "Sự kiện: Đoàn đại biểu tỉnh Nghệ An thăm tỉnh Xiêng Khoảng",
                                   "Video: Lãnh đạo tỉnh hội đàm với tỉnh Khăm Muồn (Lào)"])
def test_a_page_s_label_lines_are_dropped(label):
    head, body = DOMESTIC.split("\n", 1)
    assert label not in strip_furniture(f"{head}\n{label}\n{body}")
    assert label not in strip_furniture(f"{DOMESTIC}\n{label}")


def test_a_video_page_s_title_is_its_headline():
    page = "Video: Lãnh đạo tỉnh Quảng Bình hội đàm với tỉnh Khăm Muồn (Lào)\nSáng 8/7, hai bên đã hội đàm tại Đồng Hới."
    assert strip_furniture(page) == page


def test_a_breadcrumb_above_and_the_site_s_footer_below_are_dropped():
    page = ("Trang chủ > Đối ngoại > Quan hệ Việt - Lào\n" + DOMESTIC + "\n© Bản quyền thuộc Báo Nghệ An\n"
            "Báo Nghệ An điện tử - Cơ quan của Đảng bộ tỉnh Nghệ An")
    assert strip_furniture(page) == DOMESTIC
    # a headline with a slash in it is no breadcrumb, nor is a line in the article's first half that names an address
    slashed = "Quảng Trị / Xa Vẳn Na Khệt: hai tỉnh ký biên bản hợp tác\nSáng 8/7, hai tỉnh đã ký biên bản hợp tác."
    assert strip_furniture(slashed) == slashed
    early = "Địa chỉ: 51 Trường Thi là nơi đoàn tỉnh Xiêng Khoảng đến thăm.\n" + DOMESTIC
    assert strip_furniture(early) == early


def test_a_box_whose_items_stand_apart_by_blank_lines_is_dropped_whole():
    head, body = DOMESTIC.split("\n", 1)
    box = ("\n\nTIN LIÊN QUAN\n\nThủ tướng Lào hài lòng với quan hệ hai nước\n\nĐoàn đại biểu tỉnh Hủa Phăn (Lào) chúc Tết "
           "tỉnh Thanh Hóa\n\n")
    stripped = strip_furniture(head + box + body)
    assert "Hủa Phăn" not in stripped and "Thủ tướng Lào" not in stripped and body in stripped
    # … up to the article's next paragraph, a sentence however short
    short = "Hai bên đã ký biên bản hợp tác."
    assert short in strip_furniture(head + box + short + "\n" + body)


def test_html_entities_a_page_kept_in_its_text_read_as_their_characters():
    from huunghi.classify.text import clean

    assert clean("Khai mạc &quot;Những ngày văn hóa Lào&quot;&nbsp;tại Hà Nội") == 'Khai mạc "Những ngày văn hóa Lào" tại Hà Nội'
    assert clean("Bộ LĐ-TB&XH và Bộ Y tế") == "Bộ LĐ-TB&XH và Bộ Y tế"


def test_captions_a_page_of_headlines_alone_or_a_cut_paragraph_are_kept():
    # two captions (one repeated as the image's text) after the last paragraph: the article's own
    captions = ARTICLE + "\nLãnh đạo hai tỉnh chụp ảnh lưu niệm\nLãnh đạo hai tỉnh chụp ảnh lưu niệm\nHai bên trao quà lưu niệm"
    assert strip_furniture(captions) == captions
    # nothing before the lines that reads as an article: nothing to keep apart from them
    alone = UNMARKED_LIST.strip()
    assert strip_furniture(alone) == alone
    # paragraphs apart from each other by blank lines are no list
    paragraphs = ARTICLE + "\n\nHai bên thăm khu di tích lịch sử\n\nĐoàn dâng hương tại nghĩa trang liệt sĩ\n\nĐoàn về nước chiều cùng ngày"
    assert strip_furniture(paragraphs) == paragraphs


def test_a_date_line_takes_no_place_among_the_sentences():
    doc = analyse("", "Thứ Năm, 12/06/2025 10:20 (GMT+7)\n" + ARTICLE, default_gazetteer())
    assert doc.sentences[0].text.startswith("Đoàn đại biểu tỉnh Gia Lai thăm")
    assert "12/06/2025" in doc.text  # still there for the dates


def test_a_title_cut_from_the_first_sentence_is_not_read_twice():
    body = ("Sáng 16/5, lãnh đạo ba tỉnh Hà Tĩnh, Khăm Muồn và Bô Ly Khăm Xay (Lào) đã tổ chức lễ tiễn đưa hài cốt "
            "liệt sĩ quân tình nguyện về nước tại cửa khẩu quốc tế Cầu Treo.\nBuổi lễ diễn ra trang trọng.")
    title = "Sáng 16/5, lãnh đạo ba tỉnh Hà Tĩnh, Khăm Muồn và Bô Ly"  # cut by the page, mid-name
    doc = analyse(title, body, default_gazetteer())
    assert doc.title_end == 0 and doc.sentences[0].text.startswith("Sáng 16/5")
    _, visit = analyse_article(title, body)
    assert set(visit.lao_parties) == {"Khăm Muồn", "Bô Ly Khăm Xay"}
    # a title of its own stays the headline
    own = analyse("Tiễn đưa hài cốt liệt sĩ về nước", body, default_gazetteer())
    assert own.sentences[0].text == "Tiễn đưa hài cốt liệt sĩ về nước"


def test_a_byline_or_a_photo_credit_takes_no_place_among_the_sentences():
    doc = analyse("", "Minh Hiếu\n(Ảnh: Ngọc Lan)\n" + ARTICLE, default_gazetteer())
    assert doc.sentences[0].text.startswith("Đoàn đại biểu tỉnh Gia Lai thăm")
    # a short headline that names a side is kept
    assert analyse("", "Gia Lai - Át Tạp Pư\n" + ARTICLE, default_gazetteer()).sentences[0].text.startswith("Gia Lai")


def test_items_glued_together_are_read_apart():
    from huunghi.classify.furniture import unglue

    assert unglue("qua cửa khẩu Kim Thành.Sơn La tiếp đoàn") == "qua cửa khẩu Kim Thành.\nSơn La tiếp đoàn"
    assert unglue("các tỉnh miền TrungPhát huy vai trò") == "các tỉnh miền Trung\nPhát huy vai trò"
    assert unglue("hữu nghị Việt Nam - LàoMở rộng giao lưu") == "hữu nghị Việt Nam - Lào\nMở rộng giao lưu"
    # a Lao name in one piece, a number, a site's name and an abbreviation stay as they are
    for text in ("tỉnh SaLaVan – Lào", "Tết BunPimay", "200.000 USD", "Baothanhhoa.vn", "TP.Hồ Chí Minh"):
        assert unglue(text) == text
    page = ("Sơn La tiếp đoàn tỉnh Hủa Phăn\nNgày 4/5, lãnh đạo tỉnh Sơn La tiếp đoàn đại biểu tỉnh Hủa Phăn (Lào) sang "
            "thăm và làm việc.Lào Cai tăng cường hợp tác với Vân Nam\nNgày 3/5, UBND tỉnh Lào Cai tiếp đoàn công tác tỉnh "
            "Vân Nam (Trung Quốc) sang thăm và làm việc.")
    _, visit = analyse_article("", page)
    assert visit.vn_parties == ["Sơn La"]  # the next item's province is no side of this one


def test_a_page_of_items_run_into_each_other_is_read_for_its_lead_item():
    lead = ("Tỉnh trưởng Xa La Văn kiểm tra công trình thủy lợi\nNgày 12/11, Tỉnh trưởng tỉnh Xa La Văn đi kiểm tra tiến độ "
            "công trình thủy lợi ở huyện Lạo Ngám.")
    later = ("Huế tiếp đoàn tỉnh Sê KôngChiều 10/11, Phó Chủ tịch UBND thành phố Huế tiếp đoàn công tác tỉnh Sê Kông (Lào) "
             "sang thăm và làm việc.Đà Nẵng khai mạc lễ hội pháo hoaTối 8/11, thành phố Đà Nẵng khai mạc lễ hội.")
    c, _ = analyse_article("", lead + later)
    assert not c.relevant, c.reasons  # (news of Laos alone: the later item's exchange is another page's news)
    # a lead item that reports the exchange keeps its own parties, none of the later items'
    exchange = ("Quảng Trị tiếp đoàn tỉnh Xa Vẳn Na Khệt\nChiều 10/11, Phó Chủ tịch UBND tỉnh Quảng Trị tiếp đoàn công tác "
                "tỉnh Xa Vẳn Na Khệt (Lào) sang thăm và làm việc.")
    c, visit = analyse_article("", exchange + later)
    assert c.relevant and visit.lao_parties == ["Xa Vẳn Na Khệt"] and visit.vn_parties == ["Quảng Trị"], c.reasons
    # a page's clock glued to its date line is no item's end, under a menu line as well as at the top
    for top in ("", "Trang chủ Thời sự Đối ngoại Kinh tế Văn hóa Xã hội Thể thao Quốc phòng - An ninh\n"):
        c, visit = analyse_article("", top + "ClockThứ Ba, 11/11/2025 18:31\n\n" + exchange + "\nCùng tiếp đoàn có "
                                   "Sở Ngoại vụ, Công an tỉnhBộ Chỉ huy Quân sự tỉnh (a list glued as the page lost its lines).")
        assert c.relevant and visit.lao_parties == ["Xa Vẳn Na Khệt"], (top, c.reasons)


def test_an_items_opening_date_glued_to_a_short_syllable_is_cut():
    # ("An" is as short as a syllable of "SaLaVan", but a date opens the next item)
    assert unglue("Đoàn Xiêng Khoảng thăm Nghệ AnSáng 12/3, đoàn đã đến") == "Đoàn Xiêng Khoảng thăm Nghệ An\nSáng 12/3, đoàn đã đến"
    assert unglue("tỉnh SaLaVan và BunPimay") == "tỉnh SaLaVan và BunPimay"


def test_a_listings_date_stamps_are_cut_from_the_names_they_are_glued_to():
    assert unglue("tiếp đoàn tỉnh Sê Kông07/05/2025Chiều 7/5, lãnh đạo") == "tiếp đoàn tỉnh Sê Kông\n07/05/2025\nChiều 7/5, lãnh đạo"
    # a date inside a sentence stays where it is
    for text in ("Ngày 07/05/2025, đoàn đã đến", "(02/12/1975-02/12/2025)"):
        assert unglue(text) == text


LISTING = ("Bình Phước tiếp đoàn tỉnh Sê Kông07/05/2025Chiều 7/5, lãnh đạo tỉnh Bình Phước tiếp đoàn đại biểu tỉnh Sê Kông "
           "(Lào) sang thăm và làm việc.{second}08/05/2025Sáng 8/5, {lead}")


def test_a_listing_page_is_read_for_its_lead_item_only():
    from huunghi.classify.furniture import lead_item

    page = LISTING.format(second="Tây Ninh: Hội nghị sơ kết công tác dân vận", lead="Ban Dân vận Tỉnh ủy Tây Ninh tổ chức hội nghị.")
    assert "Tây Ninh" not in lead_item(unglue(page))
    c, visit = analyse_article("", page)
    assert c.relevant and visit.vn_parties == ["Bình Phước"] and visit.event_date.isoformat() == "2025-05-07"
    # the other way round: an exchange below a lead item that is none is not this page's news
    other = ("Tây Ninh: Hội nghị sơ kết công tác dân vận08/05/2025Sáng 8/5, Ban Dân vận Tỉnh ủy Tây Ninh tổ chức hội nghị sơ "
             "kết công tác dân vận 6 tháng đầu năm.Bình Phước tiếp đoàn tỉnh Sê Kông07/05/2025Chiều 7/5, lãnh đạo tỉnh Bình "
             "Phước tiếp đoàn đại biểu tỉnh Sê Kông (Lào) sang thăm và làm việc.")
    c, _ = analyse_article("", other)
    assert not c.relevant, c.reasons
    # an article with its own date line and one more stamp too close below it is left whole
    article = "07/05/2025\n07/05/2025 08:15\n" + ARTICLE
    assert lead_item(article) == article


def test_a_listing_whose_items_end_with_their_stamps_is_read_for_its_lead_item():
    from huunghi.classify.furniture import lead_item

    page = ("Tây Ninh tổ chức hội nghị sơ kết công tác dân vận\nSáng 8/5, Ban Dân vận Tỉnh ủy Tây Ninh tổ chức hội nghị sơ kết "
            "công tác dân vận 6 tháng đầu năm.\n08/05/2025\nBình Phước tiếp đoàn tỉnh Sê Kông\nChiều 7/5, lãnh đạo tỉnh Bình "
            "Phước tiếp đoàn đại biểu tỉnh Sê Kông (Lào) sang thăm và làm việc.\n07/05/2025\nBình Phước: Mưa lớn gây ngập\n"
            "Mưa lớn kéo dài gây ngập nhiều tuyến đường.\n06/05/2025")
    assert "Sê Kông" not in lead_item(page)
    c, _ = analyse_article("Tin tức Lào", page)
    assert not c.relevant, c.reasons


def test_the_lao_language_is_no_lao_party():
    c, _ = analyse_article("Khai giảng lớp tiếng Lào", "Sáng 8/5, Sở Nội vụ tỉnh Tây Ninh khai giảng lớp bồi dưỡng tiếng "
                           "Lào cho 40 cán bộ làm công tác biên giới.")
    assert not c.relevant, c.reasons


def test_a_tag_page_whose_lead_headline_runs_into_its_lead_early_is_cut_to_its_lead_item():
    lead = ("Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 12 bế mạcChiều 15/5, Ban Chấp hành Đảng bộ tỉnh Sơn La đã bế mạc hội "
            "nghị lần thứ 12 sau 2 ngày làm việc.")
    page = lead + "Tỉnh Sơn La tiếp đoàn đại biểu tỉnh Hủa PhănNgày 10/5, Bí thư Tỉnh ủy Sơn La đã tiếp đoàn đại biểu tỉnh Hủa Phăn."
    assert "Hủa Phăn" not in unglue(page, lead_only=True)
    # one sentence glued to the next, with no item's headline after it, is still one article
    article = lead + "Tỉnh Sơn La tiếp tục chỉ đạo các ngành triển khai nghị quyết của hội nghị trong quý tới."
    assert "quý tới" in unglue(article, lead_only=True)


def test_a_listing_whose_headlines_start_with_their_stamps_is_read_for_its_lead_item():
    from huunghi.classify.furniture import lead_item

    page = ("Chủ đề: Hợp tác Việt - Lào\n08/05/2025 Tây Ninh tổ chức hội nghị sơ kết công tác dân vận\nSáng 8/5, Ban Dân vận "
            "Tỉnh ủy Tây Ninh tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm.\n07/05/2025 Bình Phước tiếp đoàn tỉnh "
            "Sê Kông\nChiều 7/5, lãnh đạo tỉnh Bình Phước tiếp đoàn đại biểu tỉnh Sê Kông (Lào) sang thăm và làm việc.")
    assert "Sê Kông" not in lead_item(page)
    c, _ = analyse_article("", page)
    assert not c.relevant, c.reasons
    # an article whose date line starts a line of its own text is one article
    article = "07/05/2025 Bình Phước tiếp đoàn tỉnh Sê Kông\n" + ARTICLE
    assert lead_item(article) == article


def test_a_listing_with_no_stamps_whose_items_lead_with_their_days_is_read_for_its_lead_item():
    from huunghi.classify.furniture import lead_item

    items = ("Bình Phước tổ chức hội nghị sơ kết công tác dân vận\nSáng 8/5, Ban Dân vận Tỉnh ủy Bình Phước tổ chức hội nghị sơ kết "
             "công tác dân vận 6 tháng đầu năm.\nĐoàn công tác của Bộ Y tế làm việc với tỉnh\nChiều 7/5, đoàn công tác của Bộ Y tế "
             "làm việc với UBND tỉnh Bình Phước về phòng, chống dịch.\nBình Phước tiếp đoàn tỉnh Sê Kông\nNgày 5/5, lãnh đạo tỉnh "
             "Bình Phước tiếp đoàn đại biểu tỉnh Sê Kông (Lào) sang thăm và làm việc.")
    assert "Sê Kông" not in lead_item(items)
    c, _ = analyse_article("Đoàn công tác", items)
    assert not c.relevant, c.reasons
    # (the leads may open with the outlet's mark)
    marked = items.replace("\nSáng 8/5", "\n(BP) - Sáng 8/5").replace("\nChiều 7/5", "\nVOV.VN - Chiều 7/5")
    assert "Sê Kông" not in lead_item(marked)
    # an article with related stories' teasers set into it goes on after them: it is left whole
    article = items + "\n" + ("Tại buổi tiếp, lãnh đạo hai tỉnh đã điểm lại những việc cùng làm được và bàn nhiều việc "
                              "sẽ làm cùng nhau, nhất là về giáo dục, y tế, thương mại và bảo đảm an ninh trên "
                              "tuyến biên giới chung giữa hai nước.")
    assert lead_item(article) == article
    # so is one whose days go on in order, as one article's sections do
    sections = items.replace("Sáng 8/5", "Sáng 3/5").replace("Chiều 7/5", "Chiều 4/5")
    assert lead_item(sections) == sections


def test_a_listing_of_two_teasers_cut_short_is_read_for_its_lead_item():
    from huunghi.classify.furniture import lead_item

    items = ("Bình Phước tổ chức hội nghị sơ kết công tác dân vận\nSáng 8/5, Ban Dân vận Tỉnh ủy Bình Phước tổ chức hội nghị sơ kết "
             "công tác dân vận 6 tháng đầu năm với sự tham dự của…\nBình Phước tiếp đoàn tỉnh Sê Kông\nNgày 5/5, lãnh đạo tỉnh "
             "Bình Phước tiếp đoàn đại biểu tỉnh Sê Kông (Lào) sang thăm và làm việc tại tỉnh…")
    assert "Sê Kông" not in lead_item(items)
    c, _ = analyse_article("Dân vận", items)
    assert not c.relevant, c.reasons
    # two items told in full and an article's paragraph after them are one article's two sections
    whole = items.replace("với sự tham dự của…", "với sự tham dự của các huyện.").replace("tại tỉnh…", "tại tỉnh.") + (
        "\nHai bên điểm lại những kết quả phát triển của mỗi địa phương và nhất trí đẩy mạnh hợp tác về giáo dục, y tế, "
        "thương mại, bảo vệ an ninh biên giới, phòng chống tội phạm ma túy và trao đổi đoàn các cấp trong thời gian tới.")
    assert lead_item(whole) == whole


def test_a_listing_of_teasers_whose_leads_name_no_day_or_that_run_one_a_line_is_read_for_its_lead_item():
    from huunghi.classify.furniture import lead_item

    headed = ("Bình Phước tổ chức hội nghị sơ kết công tác dân vận\nBan Dân vận Tỉnh ủy Bình Phước vừa tổ chức hội nghị sơ kết công "
              "tác dân vận 6 tháng đầu năm với sự tham dự của…\nBình Phước tiếp đoàn tỉnh Sê Kông\nLãnh đạo tỉnh Bình Phước đã tiếp "
              "đoàn đại biểu tỉnh Sê Kông (Lào) sang thăm và làm việc tại tỉnh, hai bên đã…")
    one_a_line = ("Bình Phước sơ kết công tác dân vận - Sáng 8/5, Ban Dân vận Tỉnh ủy Bình Phước tổ chức hội nghị sơ kết...\n"
                  "Bình Phước tiếp đoàn tỉnh Sê Kông - Ngày 5/5, lãnh đạo tỉnh Bình Phước tiếp đoàn đại biểu tỉnh Sê Kông (Lào)...")
    for page in (headed, one_a_line):
        assert "Sê Kông" not in lead_item(page)
        c, _ = analyse_article("Dân vận", page)
        assert not c.relevant, c.reasons
    # an article that ends with a related story's teaser is left whole
    article = ("Ngày 5/5, lãnh đạo tỉnh Bình Phước tiếp đoàn đại biểu tỉnh Sê Kông (Lào) sang thăm và làm việc tại tỉnh. Hai bên đã "
               "trao đổi về hợp tác giáo dục, y tế và thương mại, thống nhất tăng cường phối hợp bảo vệ biên giới chung.\n"
               "Bình Phước sơ kết công tác dân vận\nBan Dân vận Tỉnh ủy vừa tổ chức hội nghị sơ kết công tác dân vận 6 tháng…")
    assert lead_item(article) == article


# A domestic item's headline and dated lead, and an exchange's, for pages of two items
DOMESTIC_ITEM = ("Nghệ An tổng kết công tác phòng chống thiên tai",
                 "Sáng 16/5, UBND tỉnh Nghệ An tổ chức hội nghị tổng kết công tác phòng chống thiên tai năm 2023.")
EXCHANGE_ITEM = ("Nghệ An tiếp đoàn tỉnh Xiêng Khoảng",
                 "Chiều 15/5, lãnh đạo tỉnh Nghệ An tiếp đoàn đại biểu tỉnh Xiêng Khoảng (Lào) sang thăm và làm việc.")


def test_a_page_of_two_whole_items_under_its_headline_is_read_for_its_lead_item():
    # the page's headline and dated lead, then another item's headline and earlier dated lead, nothing after: a listing
    page = "\n".join((DOMESTIC_ITEM[1], *EXCHANGE_ITEM))
    c, _ = analyse_article(DOMESTIC_ITEM[0], page)
    assert not c.relevant, c.reasons
    # the exchange as the lead item is the page's
    led = ("Chiều 15/5, lãnh đạo tỉnh Nghệ An tiếp đoàn đại biểu tỉnh Xiêng Khoảng (Lào) sang thăm và làm việc.\n"
           "Nghệ An tổng kết công tác phòng chống thiên tai\n"
           "Sáng 14/5, UBND tỉnh Nghệ An tổ chức hội nghị tổng kết công tác phòng chống thiên tai năm 2023.")
    c, _ = analyse_article("Nghệ An tiếp đoàn tỉnh Xiêng Khoảng", led)
    assert c.relevant, c.reasons
    # one article's section heading with its dated paragraph, the article going on after it, is no second item
    article = ("Sáng 16/5, UBND tỉnh Nghệ An tổ chức hội nghị tổng kết công tác đối ngoại năm 2023.\n"
               "Tiếp đoàn tỉnh Xiêng Khoảng\n"
               "Chiều 15/5, lãnh đạo tỉnh Nghệ An tiếp đoàn đại biểu tỉnh Xiêng Khoảng (Lào) sang thăm và làm việc.\n"
               "Tại buổi tiếp, hai bên giới thiệu về kinh tế - xã hội của từng tỉnh và thống nhất tăng cường hợp tác trong các "
               "lĩnh vực giáo dục, y tế, thương mại, bảo vệ biên giới; lãnh đạo tỉnh Xiêng Khoảng cảm ơn sự giúp đỡ của Nghệ An.")
    c, _ = analyse_article("Công tác đối ngoại của tỉnh", article)
    assert c.relevant, c.reasons


def test_a_second_items_headline_run_into_its_dated_lead_on_one_line_is_cut_from_the_page():
    # "Headline Chiều 15/5, …": the second item's headline and lead on one line, a space between
    page = DOMESTIC_ITEM[1] + "\n" + " ".join(EXCHANGE_ITEM)
    c, _ = analyse_article(DOMESTIC_ITEM[0], page)
    assert not c.relevant, c.reasons
    assert unglue(page).split("\n")[1] == "Nghệ An tiếp đoàn tỉnh Xiêng Khoảng "
    # a sentence that names a day mid-way, or a dated lead after a full stop, is left whole
    for text in ("Đoàn thăm Nghệ An từ Sáng 15/5, đến chiều.", "Các hoạt động chào mừng Ngày 30/4, 1/5 diễn ra sôi nổi.",
                 "Hai bên ký biên bản. Chiều 15/5, đoàn về nước."):
        assert unglue(text) == text
    # the page's own headline run into its own lead stays the page's exchange
    own = ("Nghệ An tiếp đoàn tỉnh Xiêng Khoảng Chiều 15/5, lãnh đạo tỉnh Nghệ An tiếp đoàn đại biểu tỉnh Xiêng Khoảng (Lào) "
           "sang thăm và làm việc. Hai bên thống nhất tăng cường hợp tác giáo dục, y tế.")
    c, _ = analyse_article("", own)
    assert c.relevant, c.reasons


def test_a_page_of_two_whole_items_whose_first_headline_opens_the_body_is_read_for_its_lead_item():
    # an archived page gives no headline apart: its first line is the lead item's, then its dated lead, then the next item
    domestic = ("Khánh thành cầu Cửa Hội nối Nghệ An và Hà Tĩnh",
                "Sáng 17/5, Bộ Giao thông Vận tải phối hợp với UBND hai tỉnh Nghệ An, Hà Tĩnh tổ chức lễ khánh thành cầu Cửa Hội.")
    exchange = ("Đoàn đại biểu tỉnh Hà Tĩnh thăm tỉnh Khăm Muồn",
                "Ngày 14/5, đoàn đại biểu tỉnh Hà Tĩnh, trưởng đoàn là Phó Bí thư Tỉnh ủy, đã sang thăm, làm việc tại tỉnh Khăm Muồn (Lào).")
    for page in ("\n".join(domestic + exchange), " ".join(domestic) + "\n" + " ".join(exchange),
                 "Trang chủ | Thời sự | Chính trị | Kinh tế | Xã hội\n" + "\n".join(domestic + exchange)):
        c, _ = analyse_article("", page)
        assert not c.relevant, (page, c.reasons)
    # the exchange leading the page is the page's news, the other item after it
    c, _ = analyse_article("", "\n".join(exchange + (domestic[0], domestic[1].replace("Sáng 17/5", "Sáng 12/5"))))
    assert c.relevant, c.reasons
    # an article going on after a dated section is one article
    article = "\n".join(domestic + exchange) + ("\nTại buổi làm việc, hai bên điểm lại những kết quả phát triển của mỗi địa phương và thống "
                                                "nhất phối hợp quản lý biên giới, trao đổi đoàn các cấp, hợp tác giáo dục, y tế, "
                                                "thương mại và du lịch trong thời gian tới.")
    c, _ = analyse_article("", article)
    assert c.relevant, c.reasons


@pytest.mark.parametrize("domestic_day, exchange_day, date_lines", [
    ("Ngày 16/5, ", "Trong 2 ngày 14-15/5, ", ("", "")),
    ("Ngày 16/5, ", "Từ ngày 13 đến 15/5, ", ("", "")),
    ("Sáng nay (16/5), ", "Chiều qua (15/5), ", ("", "")),
    ("Sáng 16/5, ", "Chiều 15/5, ", ("Thứ Năm, 16/05/2024 10:20\n", "Thứ Tư, 15/05/2024 17:05\n")),
    ("Sáng 16/5, ", "Chiều 15/5, ", ("10:20 16/05/2024\n", "17:05 15/05/2024\n")),
])
def test_a_listings_items_dated_by_the_days_they_span_or_under_date_lines_are_read_apart(domestic_day, exchange_day, date_lines):
    page = (f"Nghệ An tổng kết công tác phòng chống thiên tai\n{date_lines[0]}{domestic_day}UBND tỉnh Nghệ An tổ chức hội nghị "
            f"tổng kết công tác phòng chống thiên tai năm 2023 và triển khai nhiệm vụ năm 2024.\nNghệ An tiếp đoàn tỉnh Xiêng Khoảng\n"
            f"{date_lines[1]}{exchange_day}lãnh đạo tỉnh Nghệ An tiếp đoàn đại biểu tỉnh Xiêng Khoảng (Lào) sang thăm và làm việc.")
    c, _ = analyse_article("", page)
    assert not c.relevant, c.reasons


def test_a_link_to_another_story_set_into_the_article_its_headline_written_twice_is_dropped_with_its_lead():
    p1 = ("Sáng 16/5, UBND tỉnh Nghệ An tổ chức hội nghị tổng kết công tác phòng chống thiên tai, tìm kiếm cứu nạn năm 2023 và "
          "triển khai nhiệm vụ năm 2024.")
    p2 = ("Năm qua, thiên tai làm 12 người chết, thiệt hại hơn 500 tỷ đồng. Phó Chủ tịch UBND tỉnh yêu cầu các địa phương chủ "
          "động phương án ứng phó mùa mưa bão, bảo đảm an toàn cho người dân.")
    link = "Nghệ An tiếp đoàn đại biểu tỉnh Xiêng Khoảng sang thăm và làm việc"
    teaser = "Chiều 15/5, lãnh đạo tỉnh Nghệ An tiếp đoàn đại biểu tỉnh Xiêng Khoảng (Lào) do Phó Tỉnh trưởng dẫn đầu."
    for page in (f"{p1}\n{link} {link}\n{p2}", f"{p1}\n{link} {link}\n{teaser}\n{p2}", f"{p1}\n\n{link} {link}\n\n{teaser}\n\n{p2}",
                 f"Trang chủ Hữu nghị Bốn phương\n11:06 | 16/05/2024 GMT+7\n\n{p1}\n{link} {link}\n{p2}"):
        assert "Xiêng Khoảng" not in strip_furniture(page)
        c, _ = analyse_article("Nghệ An tổng kết công tác phòng chống thiên tai", page)
        assert not c.relevant, c.reasons
    # the article's own dated paragraph after a link, telling of something else, stays
    dated = "Chiều 16/5, Phó Chủ tịch UBND tỉnh kiểm tra công tác chuẩn bị ứng phó mùa mưa bão tại huyện Hưng Nguyên."
    assert strip_furniture(f"{p1}\n{link} {link}\n{dated}") == f"{p1}\n{dated}"
    # the page's own headline written twice above its article is the page's still
    own = f"{link} {link}\n{teaser}\n{p2}"
    assert strip_furniture(own) == own
    c, _ = analyse_article("", own)
    assert c.relevant, c.reasons
    # the article's own paragraph after the link stays, and a line that says a thing twice in other words is no link
    page = f"{teaser}\n{link} {link}\n{p2}"
    assert strip_furniture(page) == f"{teaser}\n{p2}"
    assert strip_furniture(f"{p1}\n{link}, {link.lower()}\n{p2}") == f"{p1}\n{link}, {link.lower()}\n{p2}"


@pytest.mark.parametrize("between", ["Nguồn: NTV\n", "Video khác\n", "Các video liên quan\n", "00:02:15\n{h1}\n00:01:40\n", "1\n{h1}\n2\n"])
def test_other_stories_listed_after_a_short_video_page_under_their_marks_make_no_exchange(between):
    h1, h2 = "Nghệ An tiếp đoàn đại biểu tỉnh Xiêng Khoảng (Lào)", "Lãnh đạo tỉnh Khăm Muồn chúc Tết Quảng Bình"
    page = ("Thời điểm này, nông dân huyện Thanh Chương đang vào vụ thu hoạch chè. Năm nay chè được mùa, được giá.\n"
            + (between.format(h1=h1) if "{h1}" in between else between + h1 + "\n") + h2)
    c, _ = analyse_article("Mùa thu hoạch chè ở Thanh Chương", page)
    assert not c.relevant, c.reasons
    # the same list under a page whose own news is the exchange leaves it the page's
    own = page.replace("Thời điểm này, nông dân huyện Thanh Chương đang vào vụ thu hoạch chè. Năm nay chè được mùa, được giá.",
                       "Chiều 15/5, lãnh đạo tỉnh Nghệ An đã tiếp đoàn đại biểu tỉnh Xiêng Khoảng (Lào) sang thăm, làm việc.")
    c, _ = analyse_article("Nghệ An tiếp đoàn tỉnh Xiêng Khoảng", own)
    assert c.relevant, c.reasons


@pytest.mark.parametrize("closing", ["Bài trước\n{h}\nBài sau\nKhánh thành cầu Cửa Hội nối Nghệ An và Hà Tĩnh",
                                     "« {h}\nKhánh thành cầu Cửa Hội nối Nghệ An và Hà Tĩnh »",
                                     "Chia sẻ\nFacebook Zalo\n{h}\nKhánh thành cầu Cửa Hội nối Nghệ An và Hà Tĩnh"])
def test_the_links_to_the_previous_and_next_stories_and_the_share_buttons_close_the_article(closing):
    article = ("Sáng 16/5, UBND tỉnh Nghệ An tổ chức hội nghị tổng kết công tác phòng chống thiên tai, tìm kiếm cứu nạn năm 2023.\n"
               "Năm qua, thiên tai làm 12 người chết, thiệt hại hơn 500 tỷ đồng. Phó Chủ tịch UBND tỉnh yêu cầu các địa phương chủ "
               "động phương án ứng phó mùa mưa bão.")
    page = article + "\n" + closing.format(h="Nghệ An tiếp đoàn đại biểu tỉnh Xiêng Khoảng (Lào)")
    assert "Xiêng Khoảng" not in strip_furniture(page)
    c, _ = analyse_article("Nghệ An tổng kết công tác phòng chống thiên tai", page)
    assert not c.relevant, c.reasons


def test_share_buttons_under_the_headline_take_no_line_of_the_article_with_them():
    page = ("Chia sẻ\n(VOV5) - Các đại biểu dự lễ buộc chỉ cổ tay chúc phúc của dân tộc Lào.\n"
            "Sáng 12/4, lãnh đạo Thành phố Hồ Chí Minh đã tới chúc Tết Bunpimay cán bộ, nhân viên cơ quan lãnh sự của Lào.\n"
            "Hai bên trao đổi về các hoạt động hợp tác giữa Thành phố và các địa phương của Lào trong thời gian tới, nhất là trong "
            "giáo dục, y tế, thương mại và du lịch.")
    assert strip_furniture(page) == page.split("\n", 1)[1]
    # a quotation opening a paragraph is no link
    quoted = "«Chúng tôi luôn ghi nhớ sự giúp đỡ của tỉnh bạn», ông nói."
    assert strip_furniture("Hai bên hội đàm.\n" + quoted) == "Hai bên hội đàm.\n" + quoted


def test_a_headline_linked_in_brackets_inside_the_article_is_dropped():
    link = "(Xem thêm: Nghệ An tiếp đoàn đại biểu tỉnh Xiêng Khoảng (Lào))"
    for page in (f"{DOMESTIC_ITEM[1]} {link}\nNăm qua, thiên tai làm 12 người chết.",
                 f"{DOMESTIC_ITEM[1]}\n{link}\nNăm qua, thiên tai làm 12 người chết.",
                 f"{DOMESTIC_ITEM[1]}\n[Đọc thêm: Nghệ An tiếp đoàn đại biểu tỉnh Xiêng Khoảng]\nNăm qua, thiên tai làm 12 người chết."):
        assert "Xiêng Khoảng" not in strip_furniture(page)
        c, _ = analyse_article(DOMESTIC_ITEM[0], page)
        assert not c.relevant, c.reasons
    # brackets that say something of the article's own stay
    own = "Hai bên ký biên bản hợp tác (xem thêm phụ lục kèm theo) và trao quà cho tỉnh Xiêng Khoảng (Lào)."
    assert strip_furniture(own) == own


def test_one_or_two_other_headlines_after_an_article_marked_by_dashes_make_no_exchange():
    page = (f"{DOMESTIC_ITEM[1]} Phó Chủ tịch UBND tỉnh yêu cầu các địa phương chủ động phương án ứng phó mùa mưa bão.\n"
            f"- {EXCHANGE_ITEM[0]} (Lào)\n- Khánh thành cầu Cửa Hội nối hai tỉnh")
    c, _ = analyse_article(DOMESTIC_ITEM[0], page)
    assert not c.relevant, c.reasons
    # an exchange's own page keeps its exchange, whatever is listed after it
    own = f"{EXCHANGE_ITEM[1]}\n- {DOMESTIC_ITEM[0]}\n- Khánh thành cầu Cửa Hội nối hai tỉnh"
    c, _ = analyse_article(EXCHANGE_ITEM[0], own)
    assert c.relevant, c.reasons
