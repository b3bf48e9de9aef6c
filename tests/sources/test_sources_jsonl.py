"""Article JSON and JSON Lines: records, line numbers, malformed lines, missing fields."""
import json

from muster.article import Article, Rejected, content_hash
from sources_helpers import OTHER_STORY, STORY, read_all


def record(**fields):
    base = {"id": "ledger-1", "title": "Guard reports for duty", "published": "2025-09-28", "text": STORY}
    base.update(fields)
    return {k: v for k, v in base.items() if v is not None}


def test_single_json_object(tmp_path):
    path = tmp_path / "one.json"
    path.write_text(json.dumps(record(gold={"relevant": True}, url="https://x.example/a", publisher="Ledger"), indent=2))
    [article] = read_all(path)
    assert article == Article(
        id="ledger-1", title="Guard reports for duty", text=STORY, published="2025-09-28",
        url="https://x.example/a", publisher="Ledger", source=str(path),
    )
    assert "gold" not in article.to_dict()


def test_json_list_names_each_item(tmp_path):
    path = tmp_path / "many.json"
    path.write_text(json.dumps([record(), record(id="ledger-2", text=OTHER_STORY), record(id="ledger-3", text=None)]))
    items = read_all(path)
    assert [item.source for item in items] == [f"{path}#1", f"{path}#2", f"{path}#3"]
    assert [a.id for a in items[:2]] == ["ledger-1", "ledger-2"]
    assert items[2] == Rejected(f"{path}#3", "record has no 'text'")


def test_jsonl_lines_named_by_number_and_bad_lines_do_not_stop_the_rest(tmp_path):
    path = tmp_path / "feed.jsonl"
    lines = [
        json.dumps(record()),
        '{"id": "broken", "text": "unterminated',
        "",
        json.dumps(record(id=None, text=OTHER_STORY, published="Tue, 10 Jun 2025 16:00:00 GMT")),
        json.dumps(record(id="no-text", text=None)),
        "[1, 2]",
        json.dumps(record(id="last")),
    ]
    path.write_text("\n".join(lines) + "\n")
    items = read_all(path)
    assert [item.source for item in items] == [f"{path}:{n}" for n in (1, 2, 4, 5, 6, 7)]
    first, broken, derived, no_text, not_object, last = items
    assert first.id == "ledger-1" and first.published == "2025-09-28"
    assert isinstance(broken, Rejected) and broken.reason.startswith("malformed JSON: Unterminated string")
    assert derived.id == "a-" + content_hash(OTHER_STORY)[:16]
    assert derived.published == "2025-06-10T16:00:00+00:00"
    assert no_text == Rejected(f"{path}:5", "record has no 'text'")
    assert not_object == Rejected(f"{path}:6", "expected a JSON object, found a list")
    assert last.id == "last"


def test_jsonl_is_sniffed_from_content_whatever_the_extension(tmp_path):
    path = tmp_path / "export.json"
    path.write_text(json.dumps(record()) + "\n" + json.dumps(record(id="ledger-2")) + "\n")
    assert [item.source for item in read_all(path)] == [f"{path}:1", f"{path}:2"]


def test_malformed_json_file_is_rejected_with_position(tmp_path):
    path = tmp_path / "broken.json"
    path.write_text('{\n  "id": "x",\n  "text": "troops"\n  "title": "missing comma"\n}')
    [item] = read_all(path)
    assert item.source == str(path)
    assert item.reason == "malformed JSON: Expecting ',' delimiter (line 4, column 3)"


def test_unreadable_date_and_invalid_utf8_become_warnings(tmp_path):
    path = tmp_path / "odd.jsonl"
    line = json.dumps(record(published="the other week")).encode().replace(b"Sunday", b"Sun\xe9day")
    path.write_bytes(line + b"\n")
    [article] = read_all(path)
    assert article.published is None
    assert "Sun\ufffdday" in article.text
    assert len(article.warnings) == 2
    assert any("invalid UTF-8" in w for w in article.warnings)
    assert any("unreadable published date 'the other week'" in w for w in article.warnings)


def test_numeric_id_and_epoch_date(tmp_path):
    path = tmp_path / "n.json"
    path.write_text(json.dumps(record(id=42, published=1759068000)))
    [article] = read_all(path)
    assert article.id == "42"
    assert article.published == "2025-09-28T14:00:00+00:00"


def test_the_sources_own_date_wins_over_a_dateline(tmp_path):
    dated = "SALEM, Ore., Sept. 30, 2025 — " + STORY
    path = tmp_path / "two.jsonl"
    path.write_text(json.dumps(record(text=dated)) + "\n" + json.dumps(record(id="ledger-2", text=dated + " More.", published=None)) + "\n")
    first, second = read_all(path)
    assert first.published == "2025-09-28"
    assert second.published == "2025-09-30"
