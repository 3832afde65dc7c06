"""Extraction on fixture pages written for the project; accuracy is computed and guarded."""

from datetime import UTC, datetime

import pytest

from crawler.extract import extract_article
from crawler.pubdate import parse_vn_datetime
from crawler.sample_sites import LAYOUTS, article_href, build_site, sample_articles

NOW = datetime(2025, 11, 25, 3, 0, tzinfo=UTC)
ACCURACY_FLOOR = 0.98


def fixture_pages():
    arts = sample_articles(NOW)
    for layout in sorted(LAYOUTS):
        routes = build_site(layout, arts, "http://x.vn")
        for a in arts:
            yield layout, a, routes[article_href(layout, a)].body


def judge(a, e) -> list[str]:
    wrong = []
    if e.title != a.title:
        wrong.append("title")
    if e.published != a.published:
        wrong.append("date")
    if a.lead not in e.lead:
        wrong.append("lead")
    if e.body.split("\n") != a.paragraphs:
        wrong.append("body")
    leaks = ("Tin liên quan", "Trang chủ", "Chia sẻ", "Giấy phép", "Đọc nhiều")
    if any(w in e.body for w in leaks):
        wrong.append("leak")
    return wrong


def test_extraction_accuracy_on_fixture_pages():
    results = [(layout, a.key, judge(a, extract_article(html, "http://x.vn"))) for layout, a, html in fixture_pages()]
    right = sum(1 for *_, w in results if not w)
    accuracy = right / len(results)
    print(f"\nextraction: {right}/{len(results)} pages fully right ({accuracy:.3f}); wrong: {[r for r in results if r[2]]}")
    assert accuracy >= ACCURACY_FLOOR


@pytest.mark.parametrize("line,expected", [
    ("Thứ Năm, 12/10/2025 - 14:30", datetime(2025, 10, 12, 7, 30, tzinfo=UTC)),
    ("14:30 ngày 12/10/2025", datetime(2025, 10, 12, 7, 30, tzinfo=UTC)),
    ("12/10/2025 | 14:30", datetime(2025, 10, 12, 7, 30, tzinfo=UTC)),
    ("(BLC) - Ngày 10/4", datetime(2025, 4, 9, 17, 0, tzinfo=UTC)),
    ("3 giờ trước", datetime(2025, 11, 25, 0, 0, tzinfo=UTC)),
    ("2025-10-12T14:30:00+07:00", datetime(2025, 10, 12, 7, 30, tzinfo=UTC)),
    ("Cập nhật 08h15, 12-10-2025", datetime(2025, 10, 12, 1, 15, tzinfo=UTC)),
])
def test_vietnamese_date_lines(line, expected):
    assert parse_vn_datetime(line, NOW) == expected


def test_date_format_hint():
    assert parse_vn_datetime("2025.10.12 14:30", NOW, "%Y.%m.%d %H:%M") == datetime(2025, 10, 12, 7, 30, tzinfo=UTC)


def test_configured_selectors_win():
    html = """<html><body><h1>Menu title</h1><div class="x-title">Tiêu đề thật của bài</div>
    <span class="when">Ngày đăng: 01/02/2025 08:00</span><div class="x-body"><p>Đoạn một của bài viết.</p><p>Đoạn hai.</p></div>
    <div class="content"><p>Một khối khác dài hơn rất nhiều để đánh lừa bộ chọn tự động, với rất nhiều chữ ở đây.</p></div></body></html>"""
    e = extract_article(html, "http://x.vn/a", {"title": ".x-title", "published": ".when", "body": ".x-body"})
    assert e.title == "Tiêu đề thật của bài"
    assert e.published == datetime(2025, 2, 1, 1, 0, tzinfo=UTC)
    assert "Đoạn hai." in e.text and "đánh lừa" not in e.text


def test_page_without_date_or_title_says_what_is_missing():
    e = extract_article("<html><body><div class='content'><p>" + "Nội dung bài viết không có ngày. " * 5 + "</p></div></body></html>", "http://x")
    assert e.missing == ["title", "date"] and e.body


def test_garbled_page_does_not_raise():
    e = extract_article(b"\x00\xff\xfe garbage <<<>>>", "http://x")
    assert set(e.missing) >= {"title", "date"}


def test_text_is_nfc():
    import unicodedata

    html = unicodedata.normalize("NFD", "<html><body><h1>Đoàn đại biểu tỉnh Lai Châu thăm Lào</h1><div class='content'><p>Nội dung dài về chuyến thăm hữu nghị của đoàn.</p></div></body></html>")
    e = extract_article(html, "http://x")
    assert e.title == unicodedata.normalize("NFC", e.title) == "Đoàn đại biểu tỉnh Lai Châu thăm Lào"


def test_the_masthead_h1_is_not_the_title():
    html = """<html><head><meta property="og:title" content="Đoàn đại biểu tỉnh Bò Kẹo thăm tỉnh Điện Biên"></head><body>
    <header><h1 class="logo"><a href="/">Báo Điện Biên Phủ điện tử</a></h1></header>
    <div class="detail"><h2 class="title-detail">Đoàn đại biểu tỉnh Bò Kẹo thăm tỉnh Điện Biên</h2>
    <div class="content"><p>Ngày 3/3, đoàn đại biểu tỉnh Bò Kẹo (Lào) đã sang thăm và làm việc tại tỉnh Điện Biên.</p>
    <p>Hai bên trao đổi kinh nghiệm phát triển kinh tế.</p></div></div></body></html>"""
    assert extract_article(html, "http://x.vn/a").title == "Đoàn đại biểu tỉnh Bò Kẹo thăm tỉnh Điện Biên"


def test_photo_captions_stay_out_of_the_body():
    html = """<html><body><h1>Lãnh đạo tỉnh Sơn La tiếp đoàn tỉnh Hủa Phăn sang chúc Tết</h1><div class="content">
    <p>Chiều 20/1, lãnh đạo tỉnh Sơn La đã tiếp đoàn đại biểu tỉnh Hủa Phăn (Lào) sang thăm, chúc Tết.</p>
    <p class="image-caption">Quang cảnh buổi tiếp đoàn.</p><p>Hai bên chúc nhau một năm mới nhiều thắng lợi.</p></div></body></html>"""
    body = extract_article(html, "http://x.vn/a").body
    assert "Quang cảnh" not in body and "năm mới" in body
