"""`muster eval`: scores on a small annotated folder written here."""
from __future__ import annotations

import json
import re

import pytest

from muster.evaluate import FIELDS

from cli_data import GOLD_ARTICLES
from cli_helpers import invoke

SCORE_LINE = r"P \d\.\d{3}  R \d\.\d{3}  F1 \d\.\d{3}"


@pytest.fixture
def gold_dir(tmp_path):
    folder = tmp_path / "annotated"
    folder.mkdir()
    for article in GOLD_ARTICLES:
        (folder / f"{article['id']}.json").write_text(json.dumps(article, indent=2), encoding="utf-8")
    return folder


def test_eval_prints_a_line_per_field_and_overall(gold_dir):
    result = invoke("eval", gold_dir)

    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == f"articles {len(GOLD_ARTICLES)}"
    for field in (*FIELDS, "figures_strict"):
        assert any(re.fullmatch(rf"{field} +{SCORE_LINE}", line) for line in lines), field
    for name in ("qualifier", "kind", "component"):
        assert any(re.fullmatch(rf"figure {name} +accuracy (\d\.\d{{3}}|n/a)", line) for line in lines), name
    assert re.fullmatch(r"overall \d\.\d{3}", lines[-1])


def test_eval_json_and_errors(gold_dir):
    report = json.loads(invoke("eval", gold_dir, "--json").stdout)
    assert report["articles"] == len(GOLD_ARTICLES)
    assert 0 <= report["overall"] <= 1
    assert report["relevant"]["f1"] == pytest.approx(1.0)  # two deployments and a council vote

    # a gold record that claims a figure its text never states: one disagreement for certain
    planted = {"id": "gold-planted", "title": "Band concert moves indoors", "published": "2025-05-01",
               "text": "The summer band concert will move to the school gym because of the rain forecast.",
               "gold": {"relevant": False, "figures": [{"count": 12345, "qualifier": "exact", "kind": "sent",
                                                          "component": "unspecified"}]}}
    (gold_dir / "gold-planted.json").write_text(json.dumps(planted), encoding="utf-8")
    shown = invoke("eval", gold_dir, "--show-errors")
    assert shown.exit_code == 0
    errors = [line.split("\t") for line in shown.stdout.splitlines() if "\t" in line]
    assert ["gold-planted", "figure missed", "gold=12345", "predicted=None"] in errors
    report_lines = [line for line in shown.stdout.splitlines() if "\t" not in line]
    assert report_lines == invoke("eval", gold_dir).stdout.splitlines()
    for article_id, what, want, got in errors:  # tab-separated, ready for cut or a spreadsheet
        assert article_id in {a["id"] for a in GOLD_ARTICLES} | {"gold-planted"}
        assert want.startswith("gold=") and got.startswith("predicted=")


@pytest.mark.parametrize("make", ["missing", "empty", "unannotated"])
def test_eval_on_a_bad_folder_is_one_line(tmp_path, make):
    folder = tmp_path / "notes [old]"
    if make != "missing":
        folder.mkdir()
    if make == "unannotated":
        (folder / "a.json").write_text(json.dumps({"id": "a", "text": "no gold here"}), encoding="utf-8")

    result = invoke("eval", folder)

    assert result.exit_code == 2
    assert result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1
    assert result.stderr.startswith(f"muster eval: {folder}")
