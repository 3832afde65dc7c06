"""Every command has --help and is documented in the README; data commands print the JSON shapes."""

import json
import re
from datetime import UTC, datetime
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from huunghi.cli import main
from huunghi.ingest import ArticleFields, store_article

README = Path(__file__).parent.parent / "README.md"
DESIGN_VERBS = ["crawl", "digest", "run", "sources list", "sources check", "sources test", "subscribers add",
                "subscribers list", "subscribers remove", "articles list", "visits list", "classify", "eval",
                "web", "status", "demo", "worker"]


def all_commands(group: click.Group, prefix=()):
    for name, cmd in group.commands.items():
        path = (*prefix, name)
        if isinstance(cmd, click.Group):
            yield from all_commands(cmd, path)
        else:
            yield " ".join(path)


def test_every_command_has_help():
    runner = CliRunner()
    for cmd in all_commands(main):
        result = runner.invoke(main, [*cmd.split(), "--help"])
        assert result.exit_code == 0, cmd
        assert "Usage:" in result.output


def test_every_command_is_documented_in_the_readme():
    text = README.read_text(encoding="utf-8")
    missing = [c for c in all_commands(main) if f"huunghi {c}" not in text]
    assert not missing, f"README does not document: {missing}"


def test_the_design_verbs_exist():
    have = set(all_commands(main))
    assert set(DESIGN_VERBS) <= have, set(DESIGN_VERBS) - have


def invoke(app, *args):
    result = CliRunner().invoke(main, list(args), obj=app, catch_exceptions=False)
    return result


def test_subscribers_add_list_remove(app):
    r = invoke(app, "subscribers", "add", "Reader@Example.org", "--lao", "Oudomxay", "--vn", "Thanh Hoá", "--language", "en")
    assert r.exit_code == 0, r.output
    assert "added reader@example.org" in r.output.lower()
    r = invoke(app, "subscribers", "list", "--json")
    rows = json.loads(r.output)
    assert rows[0]["email"] == "reader@example.org"
    assert rows[0]["filters"] == "VN: Thanh Hóa; Lào: U Đôm Xay"
    r = invoke(app, "subscribers", "add", "not-an-email")
    assert r.exit_code == 2 and "email 'not-an-email'" in r.output
    r = invoke(app, "subscribers", "add", "x@example.org", "--lao", "Atlantis")
    assert r.exit_code == 2 and "Lao province 'Atlantis' is not known" in r.output
    r = invoke(app, "subscribers", "remove", "reader@example.org")
    assert r.exit_code == 0
    assert json.loads(invoke(app, "subscribers", "list", "--json").output) == []
    assert invoke(app, "subscribers", "remove", "reader@example.org").exit_code == 1


VISIT_TEXT = ("Ngày 12/10, Đoàn đại biểu tỉnh Hủa Phăn (Lào) do đồng chí Xay Phon - Phó Tỉnh trưởng làm Trưởng đoàn "
              "đã đến thăm và làm việc tại tỉnh Thanh Hóa. Tiếp đoàn có đồng chí Lê Văn An - Chủ tịch UBND tỉnh.")


def test_articles_and_visits_json_shapes(app):
    with app.db.session() as s:
        store_article(s, None, ArticleFields("http://a.vn/tin-1?utm_source=x", "Lãnh đạo tỉnh Hủa Phăn thăm Thanh Hóa", VISIT_TEXT,
                                             datetime(2025, 10, 12, 9, tzinfo=UTC)))
        store_article(s, None, ArticleFields("http://a.vn/tin-2", "Giá lúa tăng", "Giá lúa tại Thanh Hóa tăng mạnh trong tuần qua.",
                                             datetime(2025, 10, 12, 9, tzinfo=UTC)))
    arts = json.loads(invoke(app, "articles", "list", "--json").output)
    assert {"id", "url", "source", "title", "published", "relevant", "score", "visit_id"} <= set(arts[0])
    assert sorted(a["relevant"] for a in arts) == [False, True]
    rel = json.loads(invoke(app, "articles", "list", "--relevant", "--json").output)
    assert len(rel) == 1 and rel[0]["visit_id"]
    visits = json.loads(invoke(app, "visits", "list", "--json").output)
    assert len(visits) == 1
    v = visits[0]
    assert {"id", "vn_parties", "lao_parties", "direction", "event", "start_date", "end_date", "title", "summary",
            "leader", "articles"} <= set(v)
    assert v["vn_parties"] == ["Thanh Hóa"] and v["lao_parties"] == ["Hủa Phăn"]
    assert v["direction"] == "la_to_vn" and v["start_date"] == "2025-10-12" and v["event"] == "visit"
    assert v["leader"].startswith("Xay Phon")
    assert {"url", "title", "source", "published"} <= set(v["articles"][0])
    assert json.loads(invoke(app, "visits", "list", "--since", "2025-11-01", "--json").output) == []
    table = invoke(app, "visits", "list").output
    assert "Hủa Phăn" in table


def test_classify_a_file_and_jsonl(tmp_path, app):
    f = tmp_path / "a.txt"
    f.write_text(VISIT_TEXT, encoding="utf-8")
    r = invoke(app, "classify", str(f))
    assert r.exit_code == 0 and "RELEVANT" in r.output and "Lao party" in r.output
    html = tmp_path / "a.html"
    html.write_text(f"<html><body><h1>Hủa Phăn thăm Thanh Hóa</h1><div class='content'><p>{VISIT_TEXT}</p></div></body></html>", encoding="utf-8")
    assert "RELEVANT" in invoke(app, "classify", str(html)).output
    jl = tmp_path / "in.jsonl"
    jl.write_text(json.dumps({"id": "a", "text": VISIT_TEXT, "published": "2025-10-12T10:00:00+07:00"}, ensure_ascii=False) + "\n"
                  + json.dumps({"id": "b", "title": "Bóng đá", "text": "Đội tuyển Việt Nam thắng đội tuyển Lào 3-0."}) + "\n"
                  + json.dumps({"id": "c", "text": "Ngày 30-1, Đoàn công tác tỉnh Hủa Phăn (Lào) do đồng chí Phăn Xay, "
                                "Phó Tỉnh trưởng làm Trưởng đoàn đã sang thăm và chúc Tết tỉnh Sơn La."}, ensure_ascii=False) + "\n")
    lines = [json.loads(x) for x in invoke(app, "classify", "--jsonl", str(jl)).output.splitlines()]
    assert [x["id"] for x in lines] == ["a", "b", "c"]
    # no publication time and no year in the text: no date, but the day and month
    assert lines[2]["event_date"] is None and lines[2]["yearless"] == ["--01-30", "--01-30"]
    assert lines[0]["yearless"] is None
    keys = {"id", "relevant", "score", "event", "vn_parties", "lao_parties", "direction", "event_date", "reasons"}
    assert all(keys <= set(x) for x in lines)
    assert lines[0]["relevant"] and lines[0]["event_date"] == "2025-10-12" and lines[0]["lao_parties"] == ["Hủa Phăn"]
    assert not lines[1]["relevant"] and lines[1]["direction"] == "none" and lines[1]["event"] == "none"
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "a", "text": "x"}\n{"id": \n')
    r = invoke(app, "classify", "--jsonl", str(bad))
    assert r.exit_code == 2 and re.search(r"bad.jsonl:2: not JSON", r.output)


@pytest.mark.parametrize("args", [["articles", "list"], ["visits", "list"], ["subscribers", "list"]])
def test_tables_on_an_empty_database(app, args):
    assert invoke(app, *args).exit_code == 0


def test_classify_gives_a_provincial_papers_province_when_the_text_names_no_side(tmp_path, app):
    jl = tmp_path / "in.jsonl"
    jl.write_text(json.dumps({"id": "a", "url": "https://baohatinh.vn/tiep-doan-a1.html", "published": "2025-03-12T10:00:00+07:00",
                              "text": "Chiều 12/3, Bí thư Tỉnh ủy tiếp đoàn đại biểu tỉnh Bô Ly Khăm Xay (Lào) do Phó Tỉnh trưởng "
                                      "Xổm Phon dẫn đầu sang chúc Tết."}, ensure_ascii=False) + "\n")
    (line,) = [json.loads(x) for x in invoke(app, "classify", "--jsonl", str(jl)).output.splitlines()]
    assert line["relevant"] and line["vn_parties"] == ["Hà Tĩnh"] and line["vn_from_outlet"] is True, line


def test_classify_marks_a_direction_no_text_states(tmp_path, app):
    jl = tmp_path / "in.jsonl"
    rows = [{"id": "guess", "published": "2025-06-12T10:00:00+07:00",
             "text": "Ngay sau lễ đón, Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Lào Sonexay Siphandone."},
            {"id": "said", "published": "2025-06-12T10:00:00+07:00",
             "text": "Sáng 12/6, tại Phủ Chủ tịch, Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Lào Sonexay Siphandone."}]
    jl.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in rows))
    out = {x["id"]: x for x in map(json.loads, invoke(app, "classify", "--jsonl", str(jl)).output.splitlines())}
    assert out["guess"]["direction_guessed"] is True and out["said"]["direction_guessed"] is False, out
    assert out["said"]["direction"] == "la_to_vn"


def test_a_bad_classifier_file_is_one_line_and_status_2(tmp_path, monkeypatch):
    from huunghi.classify.gazetteer import _cached

    bad = tmp_path / "classifier.yaml"
    bad.write_text("gazetteer:\n  vn_districts: [Mường Tè]\n", encoding="utf-8")
    records = tmp_path / "in.jsonl"
    records.write_text('{"id": "a", "title": "t", "text": "Ngày 3/5, huyện A Lưới tiếp đoàn tỉnh Xa La Văn (Lào)."}\n')
    monkeypatch.setenv("HUUNGHI_CLASSIFIER_CONFIG", str(bad))
    _cached.cache_clear()
    try:
        result = CliRunner().invoke(main, ["classify", "--jsonl", str(records)])
    finally:
        _cached.cache_clear()
    assert result.exit_code == 2, result.output
    assert f"{bad}: 'vn_districts' must be a mapping" in result.output and "Traceback" not in result.output
