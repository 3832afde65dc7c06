"""Fuzzed input never crashes the core: random text, HTML and bytes through extraction, date parsing,
the classifier and the visit extractor; random documents through the sources loader.

Hypothesis draws from a vocabulary of the words, names and number shapes the rules look for, so the
random text reaches deep into them, beside arbitrary Unicode. The 100 kB inputs are each run under
an alarm: not a speed check (a pass takes well under a second), but a hang detector — a pattern that
backtracks catastrophically takes hours on 100 kB, and the alarm turns that hang into a failure.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
from contextlib import contextmanager
from datetime import UTC, datetime

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crawler.extract import extract_article
from crawler.pubdate import parse_iso, parse_vn_datetime
from huunghi.classify.api import analyse_article
from huunghi.classify.dates import find_dates, reference_from, year_from_text
from huunghi.classify.text import fold
from huunghi.sources import ConfigError, parse_sources

FUZZ = settings(max_examples=int(os.environ.get("HUUNGHI_FUZZ_EXAMPLES", "300")), deadline=None, suppress_health_check=[HealthCheck.too_slow])

VOCAB = [
    "Ngày", "ngày", "tháng", "năm", "từ", "đến", "-", "–", "/", ".", ",", ";", ":", "(", ")", "\"", "\n", " ",
    "Đoàn", "đại biểu", "tỉnh", "Lào", "CHDCND Lào", "Việt Nam", "thăm", "làm việc", "hội đàm", "tiếp",
    "chúc Tết", "Bunpimay", "trao", "tặng", "hỗ trợ", "ký kết", "Sơn La", "Hủa Phăn", "Luông Pha Bang",
    "Xiêng Khoảng", "Nghệ An", "Hà Tĩnh", "Viêng Chăn", "Thủ đô", "Bí thư", "Chủ tịch", "đồng chí", "Tỉnh ủy",
    "UBND", "Phó", "Thứ Hai", "Thứ Năm", "sáng", "chiều", "tối", "qua", "tới", "hôm nay", "giờ trước",
    "12/10/2025", "1/1", "31-12", "29.2.2024", "2025", "1975", "9999", "0", "00/00/0000", "60 năm",
    "triệu đồng", "tỷ đồng", "USD", "Đại sứ", "Tổng Lãnh sự", "cửa khẩu", "biên giới", "Tết", "Xuân",
]
words = st.lists(st.one_of(st.sampled_from(VOCAB), st.text(max_size=8)), max_size=120).map(" ".join)
any_text = st.one_of(words, st.text(max_size=2000))
published = st.one_of(st.none(), st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2040, 1, 1),
                                               timezones=st.just(UTC)))
TAGS = ["div", "p", "h1", "h2", "span", "article", "time", "meta", "script", "style", "table", "td", "a", "br", "!--"]


@st.composite
def html_documents(draw) -> str:
    parts = []
    for _ in range(draw(st.integers(0, 60))):
        tag = draw(st.sampled_from(TAGS))
        attrs = draw(st.sampled_from(["", ' class="title"', ' property="article:published_time" content="2025-13-45"',
                                      ' datetime="not a date"', ' name="pubdate" content="12/10/2025"', ' class="x',
                                      ' itemprop="datePublished"', ' href="javascript:alert(1)"']))
        parts.append(draw(st.sampled_from([f"<{tag}{attrs}>", f"</{tag}>", f"<{tag}{attrs}/>"])))
        parts.append(draw(words))
    return draw(st.sampled_from(["", "<!DOCTYPE html><html><head><title>t</title></head><body>", "<?xml version='1.0'?>"])) + "".join(parts)


NOW = datetime(2025, 11, 30, tzinfo=UTC)


# --- random input, no exception ------------------------------------------------------------------
@FUZZ
@given(html=st.one_of(html_documents(), any_text), url=st.sampled_from(["http://bao.vn/a.html", "https://x.vn/2025/10/12/b"]))
def test_extraction_takes_any_html(html, url):
    out = extract_article(html, url, now=NOW)
    assert out.url == url


@FUZZ
@given(raw=st.binary(max_size=3000))
def test_extraction_takes_any_bytes(raw):
    extract_article(raw, "http://bao.vn/a.html", now=NOW)


@FUZZ
@given(text=any_text, fmt=st.sampled_from([None, "%d/%m/%Y %H:%M", "%Y-%m-%d", "%d %%"]))
def test_publication_dates_parse_or_are_none(text, fmt):
    for found in (parse_vn_datetime(text, NOW, fmt), parse_iso(text)):
        assert found is None or found.tzinfo is not None


@FUZZ
@given(text=any_text, when=published, url=st.sampled_from([None, "http://bao.vn/2025/10/12/x.html", "http://bao.vn/x"]))
def test_event_dates_are_found_or_not(text, when, url):
    folded = fold(text)
    ref = reference_from(when, folded, url)
    for found in find_dates(folded, ref):
        assert found is not None
    year_from_text(folded)


@FUZZ
@given(title=any_text, body=any_text, when=published)
def test_the_classifier_and_the_visit_extractor_take_any_text(title, body, when):
    c, info = analyse_article(title, body, "http://bao.vn/x.html", when)
    assert 0.0 <= c.score <= 1.0 and c.event in ("visit", "signing", "other", "none")
    assert info is None or c.relevant


# --- random sources files: a ConfigError with lines, never anything else ----------------------------
FIELDS = ["name", "title", "url", "province", "feeds", "sitemaps", "listings", "enabled", "lookback_days",
          "max_pages", "max_articles", "selectors", "article_patterns", "date_format", "feed", "download_delay"]
scalars = st.one_of(st.none(), st.booleans(), st.integers(-10**12, 10**12), st.floats(allow_nan=True),
                    st.text(max_size=30), st.sampled_from(["http://bao.vn/", "ftp://x", "Sơn La", "[", "*", "&a"]))
values = st.recursive(scalars, lambda inner: st.one_of(st.lists(inner, max_size=4),
                                                        st.dictionaries(st.text(max_size=10), inner, max_size=4)),
                      max_leaves=12)
entries = st.dictionaries(st.sampled_from(FIELDS), values, max_size=10)
documents = st.one_of(
    st.builds(lambda s, extra: {"sources": s, **extra}, st.lists(st.one_of(entries, values), max_size=4),
              st.dictionaries(st.sampled_from(["schedule", "defaults", "x"]), values, max_size=2)).map(
        lambda d: yaml.safe_dump(d, allow_unicode=True)),
    values.map(lambda v: yaml.safe_dump(v, allow_unicode=True)),
    st.text(max_size=300),
)


@FUZZ
@given(doc=documents)
def test_any_sources_file_is_accepted_or_refused_with_lines(doc):
    try:
        parse_sources(doc, "sources.yaml")
    except ConfigError as exc:
        assert exc.problems and all(isinstance(p, str) and p.startswith("sources.yaml") for p in exc.problems)


@pytest.mark.parametrize("doc", [
    "sources:\n  - name: [1, 2]\n    url: {a: b}\n", "sources: 5\n", "- a\n- b\n", "sources:\n  - &a [*a]\n",
    "sources:\n  - name: x\n    url: http://bao.vn/\n    province: Sơn La\n    lookback_days: 1e400\n", "\x00\x01",
])
def test_the_cli_says_exit_2_and_a_line_for_a_broken_sources_file(make_app, doc):
    app = make_app()
    app.settings.huunghi_config.write_text(doc, encoding="utf-8")
    from tests.test_hardening import env_for

    result = subprocess.run([sys.executable, "-m", "huunghi.cli", "sources", "check"], env=env_for(app),
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert all(line.startswith("error:") or line.startswith(" ") for line in result.stderr.strip().splitlines())


# --- 100 kB, bounded ---------------------------------------------------------------------------------
@contextmanager
def hang_alarm(seconds: int, what: str):
    def on_alarm(_signum, _frame):
        raise TimeoutError(f"{what} did not finish in {seconds} s: a pattern backtracks catastrophically")

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


HUNDRED_KB = 100_000
PATHOLOGICAL = {
    "one letter": "a" * HUNDRED_KB,
    "spaces": " " * HUNDRED_KB,
    "digits": "1" * HUNDRED_KB,
    "slashes and digits": "1/" * (HUNDRED_KB // 2),
    "dots and digits": "1." * (HUNDRED_KB // 2),
    "dashes": "- " * (HUNDRED_KB // 2),
    "ngày without a date": "Ngày " * (HUNDRED_KB // 5),
    "từ ngày … đến": "từ ngày 1 đến " * (HUNDRED_KB // 14),
    "province names": "tỉnh Sơn La tỉnh Hủa Phăn " * (HUNDRED_KB // 26),
    "delegation words": "Đoàn đại biểu tỉnh " * (HUNDRED_KB // 19),
    "one long sentence": ("Đoàn công tác tỉnh Nghệ An, " * (HUNDRED_KB // 28)),
    "parentheses": "(" * (HUNDRED_KB // 2) + ")" * (HUNDRED_KB // 2),
    "capitalised words": "Bí Thư Tỉnh Ủy " * (HUNDRED_KB // 15),
    "Lao names": "Phôm Vi Hản Xay " * (HUNDRED_KB // 16),
    "numbers and money": "1.000.000 " * (HUNDRED_KB // 10),
    "combining marks": "a" + "\u0301" * HUNDRED_KB,
    "the rules' own words, shuffled": " ".join(random.Random(7).choices(VOCAB, k=HUNDRED_KB // 6))[:HUNDRED_KB],
}


@pytest.mark.parametrize("name", PATHOLOGICAL)
def test_100_kb_of_adversarial_text_finishes(name):
    text = PATHOLOGICAL[name]
    with hang_alarm(60, f"{name} (100 kB)"):
        analyse_article(text[:300], text, "http://bao.vn/x.html", NOW)
        analyse_article("Đoàn đại biểu tỉnh Hủa Phăn thăm Sơn La", "Ngày 9/10, Đoàn đại biểu tỉnh Hủa Phăn (Lào) "
                        "sang thăm Sơn La. " + text, "http://bao.vn/x.html", NOW)
        find_dates(fold(text), reference_from(NOW, fold(text), None))
        parse_vn_datetime(text, NOW)
        extract_article(f"<html><head><title>{text[:500]}</title></head><body><article><p>{text}</p></article></body></html>",
                        "http://bao.vn/x.html", now=NOW)
