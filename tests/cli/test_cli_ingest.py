"""`muster ingest`: every format into the store, broken files named, re-runs change nothing."""
from __future__ import annotations

import pytest

from muster.store import Store

from cli_data import MARINES, RIVER, mixed_folder, text_file
from cli_helpers import invoke


def store_state(url: str) -> tuple[dict, list[str]]:
    with Store(url) as store:
        return store.counts(), sorted(article.id for article in store.iter_articles())


def test_ingest_mixed_folder_then_rerun(tmp_path, db_url):
    folder = tmp_path / "inbox"
    expected = mixed_folder(folder)

    first = invoke("ingest", folder, "--db", db_url)

    assert first.exit_code == 1, first.output  # some inputs were rejected
    assert first.stdout.startswith(f"new {expected['new']}, duplicate 0, rejected {len(expected['rejected'])}")
    assert f"extracted {expected['new']}" in first.stdout
    stderr = first.stderr.splitlines()
    for name, reason in expected["rejected"].items():
        lines = [line for line in stderr if line.startswith(f"rejected {folder / name}:")]
        assert len(lines) == 1, (name, first.stderr)
        assert reason.casefold() in lines[0].casefold(), lines[0]
    for name, reason in expected["warned"].items():
        assert any(str(folder / name) in line and reason in line for line in stderr), first.stderr
    counts, ids = store_state(db_url)
    assert counts["articles"] == expected["new"]
    assert {"cli-border", "cli-capital", "cli-storm"} <= set(ids)
    assert counts["relevant"] >= 1

    second = invoke("ingest", folder, "--db", db_url)

    assert second.exit_code == 1
    assert second.stdout.startswith(f"new 0, duplicate {expected['new']}, rejected {len(expected['rejected'])}")
    assert "extracted 0" in second.stdout
    assert store_state(db_url) == (counts, ids)


def test_ingest_several_paths_and_no_extract(tmp_path):
    url = f"sqlite:///{tmp_path / 'muster.db'}"
    text_file(tmp_path / "river.txt", RIVER)
    text_file(tmp_path / "marines.txt", MARINES)

    result = invoke("ingest", tmp_path / "river.txt", tmp_path / "marines.txt", "--db", url, "--no-extract")

    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == "new 2, duplicate 0, rejected 0"
    assert result.stderr == ""
    with Store(url) as store:
        assert store.counts()["articles"] == 2
        assert len(list(store.iter_articles(only_unextracted=True))) == 2

    # a later run extracts what the first one left, even though nothing new is read
    again = invoke("ingest", tmp_path / "river.txt", "--db", url)
    assert again.stdout.strip().startswith("new 0, duplicate 1, rejected 0; extracted 2")


def test_ingest_reads_stdin(tmp_path):
    url = f"sqlite:///{tmp_path / 'muster.db'}"
    title, body = RIVER
    result = invoke("ingest", "-", "--db", url, "--no-extract", input=f"{title}\n\n{body}\n")
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("new 1, duplicate 0")


def test_missing_path_is_one_line(tmp_path):
    url = f"sqlite:///{tmp_path / 'muster.db'}"
    missing = tmp_path / "no-such-folder"

    result = invoke("ingest", missing, "--db", url)

    assert result.exit_code == 1
    assert result.stderr.strip() == f"rejected {missing}: no such file or folder"
    assert result.stdout.startswith("new 0, duplicate 0, rejected 1")


@pytest.mark.parametrize("url", ["not a url", "postgresql+psycopg://muster@127.0.0.1:1/none"])
def test_a_store_that_cannot_open_is_one_line(tmp_path, url):
    text_file(tmp_path / "river.txt", RIVER)
    result = invoke("ingest", tmp_path / "river.txt", "--db", url)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1
    assert result.stderr.startswith("muster ingest: cannot open the store:")
