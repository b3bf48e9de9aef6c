"""`muster extract`: the eval contract, one JSON line per article, evidence that points at its words."""
from __future__ import annotations

import json

from cli_data import EXTRACT_ARTICLES, RIVER, text_file
from cli_helpers import CONTRACT_KEYS, evidence_problems, invoke, json_lines

ARTICLES = {article["id"]: article for article in EXTRACT_ARTICLES}


def check_records(records: list[dict]) -> None:
    assert [r["id"] for r in records] == list(ARTICLES)
    for record in records:
        assert set(CONTRACT_KEYS) <= set(record), record.keys()
        assert isinstance(record["relevant"], bool)
        for key in CONTRACT_KEYS[2:]:
            assert isinstance(record[key], list), key
        for figure in record["figures"]:
            assert {"count", "qualifier", "kind", "component", "evidence"} <= set(figure)
        assert set(record["invoked"]) <= set(record["authorities"])
        if not record["relevant"]:
            assert not any(record[key] for key in CONTRACT_KEYS[2:]), record
        assert evidence_problems(record, ARTICLES[record["id"]]) == []


def test_extract_json_file(tmp_path):
    path = tmp_path / "articles.json"
    path.write_text(json.dumps(EXTRACT_ARTICLES), encoding="utf-8")

    result = invoke("extract", path, "--json")

    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    records = json_lines(result.stdout)
    check_records(records)
    border = records[0]
    assert border["relevant"] is True
    assert 500 in {f["count"] for f in border["figures"]}
    assert {f["evidence"]["field"] for f in border["figures"]} <= {"title", "text"}
    assert records[2]["relevant"] is False  # the council story names no troops


def test_extract_json_lines_and_stdin(tmp_path):
    lines = "".join(json.dumps(article) + "\n" for article in EXTRACT_ARTICLES)
    path = tmp_path / "articles.jsonl"
    path.write_text(lines, encoding="utf-8")

    from_file = invoke("extract", path, "--json")
    from_stdin = invoke("extract", "-", "--json", input=lines.encode("utf-8"))

    assert from_file.exit_code == from_stdin.exit_code == 0
    check_records(json_lines(from_file.stdout))
    assert json_lines(from_stdin.stdout) == json_lines(from_file.stdout)


def test_gold_key_is_ignored(tmp_path):
    article = dict(EXTRACT_ARTICLES[2], gold={"relevant": True, "figures": [{"count": 99}]})
    path = tmp_path / "council.json"
    path.write_text(json.dumps(article), encoding="utf-8")
    [record] = json_lines(invoke("extract", path, "--json").stdout)
    assert record["relevant"] is False
    assert record["figures"] == []


def test_readable_summary_shows_evidence_sentences(tmp_path):
    path = tmp_path / "border.json"
    path.write_text(json.dumps(EXTRACT_ARTICLES[0]), encoding="utf-8")
    result = invoke("extract", path)
    assert result.exit_code == 0
    assert result.stdout.startswith("cli-x-border")
    assert "up to 500 additional active-duty troops" in result.stdout


def test_a_rejected_input_is_named_and_the_rest_still_extracted(tmp_path):
    text_file(tmp_path / "river.txt", RIVER)
    (tmp_path / "broken.json").write_text('{"id": "x", "title": "no text"}', encoding="utf-8")

    result = invoke("extract", tmp_path, "--json")

    assert result.exit_code == 1
    assert result.stderr.strip() == f"rejected {tmp_path / 'broken.json'}: record has no 'text'"
    [record] = json_lines(result.stdout)
    assert record["title"] == RIVER[0]
