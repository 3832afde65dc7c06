"""A bad sources.yaml: one clear line per problem, exit status 2, nothing written."""

import os
import subprocess
import sys

import pytest

from huunghi.sources import ConfigError, parse_sources

GOOD = """\
sources:
  - name: baolaichau
    title: Báo Lai Châu
    province: Lai Châu
    url: http://baolaichau.vn/
    feeds: [http://baolaichau.vn/rss/chinh-tri.rss]
    article_pattern: '^/chinh-tri/[^/]+$'
"""

CASES = {
    "yaml syntax": (GOOD + "  - name: [unclosed\n", r"sources.yaml:\d+: YAML syntax error"),
    "unknown key": (GOOD.replace("feeds:", "feed:"), r"sources.yaml:6: source \"baolaichau\": field 'feed': unknown key 'feed' \(did you mean 'feeds'\?\)"),
    "wrong type": (GOOD + "    lookback_days: many\n", r"sources.yaml:8: source \"baolaichau\": field 'lookback_days': .*integer.*'many'"),
    "missing field": (GOOD.replace("    province: Lai Châu\n", ""), r"sources.yaml:2: source \"baolaichau\": field 'province': required field is missing"),
    "duplicate name": (GOOD + GOOD.split("\n", 1)[1], r"sources.yaml:8: source \"baolaichau\": field 'name': duplicate source name \(first defined at line 2\)"),
    "invalid url": (GOOD.replace("url: http://baolaichau.vn/", "url: htp//baolaichau"), r"sources.yaml:5: source \"baolaichau\": field 'url': invalid URL 'htp//baolaichau'"),
    "url too long": (GOOD.replace("feeds: [http://baolaichau.vn/rss/chinh-tri.rss]", "feeds: [http://baolaichau.vn/" + "a" * 2000 + "]"),
                     r"sources.yaml:6: source \"baolaichau\": field 'feeds': URL too long \(2021 characters; at most 2000\)"),
    "title too long": (GOOD.replace("title: Báo Lai Châu", "title: " + "Báo " * 60), r"sources.yaml:3: source \"baolaichau\": "
                       r"field 'title': .*at most 200 characters"),
    "invalid regex": (GOOD.replace("'^/chinh-tri/[^/]+$'", "'^/chinh-tri/([^/]+$'"), r"sources.yaml:7: source \"baolaichau\": field 'article_pattern': invalid regular expression"),
    "invalid cron": (GOOD + "schedule:\n  digest: '61 7 * * *'\n", r"sources.yaml:9: field 'schedule.digest': invalid cron expression '61 7 \* \* \*'"),
}


def test_good_file_loads():
    cfg = parse_sources(GOOD, "sources.yaml")
    src = cfg.get("baolaichau")
    assert src.domains == ["baolaichau.vn"] and src.lookback_days == 30 and src.enabled
    assert cfg.schedule.crawl == ["0 6 * * *", "0 12 * * *", "0 18 * * *"]


@pytest.mark.parametrize("case", sorted(CASES))
def test_each_problem_is_one_clear_line(case):
    text, pattern = CASES[case]
    with pytest.raises(ConfigError) as err:
        parse_sources(text, "config/sources.yaml")
    assert len(err.value.problems) == 1, err.value.problems
    import re

    assert re.search(pattern, err.value.problems[0]), err.value.problems[0]


def test_every_problem_is_reported_not_just_the_first():
    text = GOOD.replace("feeds:", "feed:").replace("url: http://baolaichau.vn/", "url: ftp://x.vn/")
    with pytest.raises(ConfigError) as err:
        parse_sources(text, "s.yaml")
    assert len(err.value.problems) == 2


@pytest.mark.parametrize("case", ["unknown key", "invalid cron", "yaml syntax"])
def test_cli_exits_2_and_writes_nothing(tmp_path, case):
    cfg = tmp_path / "sources.yaml"
    cfg.write_text(CASES[case][0], encoding="utf-8")
    db = tmp_path / "db" / "huunghi.db"
    env = {**os.environ, "HUUNGHI_CONFIG": str(cfg), "DATABASE_URL": f"sqlite:///{db}", "HUUNGHI_DATA_DIR": str(tmp_path / "data")}
    for args in (["sources", "check"], ["sources", "list"], ["crawl"]):
        proc = subprocess.run([sys.executable, "-m", "huunghi.cli", *args], env=env, capture_output=True, text=True, cwd=tmp_path)
        assert proc.returncode == 2, (args, proc.stdout, proc.stderr)
        assert "Traceback" not in proc.stderr
        assert str(cfg) in proc.stderr
    assert not db.exists(), "a bad config must not touch the database"
    assert not (tmp_path / "data").exists()


def test_unknown_source_on_the_command_line(tmp_path):
    cfg = tmp_path / "sources.yaml"
    cfg.write_text(GOOD, encoding="utf-8")
    env = {**os.environ, "HUUNGHI_CONFIG": str(cfg), "DATABASE_URL": f"sqlite:///{tmp_path}/x.db"}
    proc = subprocess.run([sys.executable, "-m", "huunghi.cli", "crawl", "--source", "baolaichao"], env=env, capture_output=True, text=True, cwd=tmp_path)
    assert proc.returncode == 2
    assert "unknown source 'baolaichao' (did you mean 'baolaichau'?)" in proc.stderr


def test_shipped_sources_file_is_valid():
    from pathlib import Path

    from huunghi.sources import load_sources

    cfg = load_sources(Path(__file__).parent.parent / "config" / "sources.yaml")
    assert len(cfg.sources) >= 15
    assert {"baolaichau", "baonghean", "thoidai", "vietnamplus"} <= {s.name for s in cfg.sources}
