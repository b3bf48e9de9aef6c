"""The extraction quality gate: F1 per field on annotated corpora, against pinned floors.

The shared development corpus sits beside the repository (../shared/corpus) on the
project's machines only; where it is absent the gate skips and says so.
"""
import json
from pathlib import Path

import pytest

from muster.evaluate import load_gold, score
from muster.extract import default_extractor

ROOT = Path(__file__).resolve().parent.parent
FLOORS = json.loads((Path(__file__).parent / "quality_floors.json").read_text(encoding="utf-8"))
SHARED = ROOT.parent / "shared" / "corpus"


def measure(*folders: Path) -> dict:
    gold = {}
    for folder in folders:
        gold.update(load_gold(folder))
    extractor = default_extractor()
    predictions = {key: extractor.extract(article) for key, (article, _) in gold.items()}
    report, _ = score({key: truth for key, (_, truth) in gold.items()}, predictions)
    return report


def below_floors(report: dict, floors: dict) -> dict:
    return {
        field: (report[field] if field == "overall" else report[field]["f1"], floor)
        for field, floor in floors.items()
        if (report[field] if field == "overall" else report[field]["f1"]) < floor
    }


@pytest.mark.skipif(not (SHARED / "dev").is_dir(), reason="the shared dev corpus (../shared/corpus/dev) is not on this machine")
def test_shared_dev_corpus_meets_the_floors():
    below = below_floors(measure(SHARED / "dev", SHARED / "seed"), FLOORS["shared_dev"])
    assert not below, f"below the pinned floors (measured, floor): {below}"


def test_own_annotated_corpus_meets_the_floors():
    """tests/fixtures/annotated: articles written and annotated for muster, on events the dev corpus lacks."""
    below = below_floors(measure(ROOT / "tests" / "fixtures" / "annotated"), FLOORS["own_check"])
    assert not below, f"below the pinned floors (measured, floor): {below}"


def test_second_check_corpus_meets_the_floors():
    """tests/fixtures/second_check: a second corpus written for muster on yet other events."""
    below = below_floors(measure(ROOT / "tests" / "fixtures" / "second_check"), FLOORS["second_check"])
    assert not below, f"below the pinned floors (measured, floor): {below}"


def test_third_check_corpus_meets_the_floors():
    """tests/fixtures/third_check: older events (1965-2025) written in a harder, more varied style."""
    below = below_floors(measure(ROOT / "tests" / "fixtures" / "third_check"), FLOORS["third_check"])
    assert not below, f"below the pinned floors (measured, floor): {below}"
