"""A regression check on the shared development corpus: on the day of each report, the
ledger's level for a component lies within that report's own envelope of troops it
reports in place, or the day is marked disputed.

The corpus sits beside the repository (../shared/corpus) on the project's machines
only; where it is absent the check skips and says so.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from muster.evaluate import load_gold
from muster.extract import default_extractor
from muster.reconcile import reconcile
from muster.extract.roles import DONE

SHARED = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"


@pytest.fixture(scope="module")
def deployments():
    if not (SHARED / "dev").is_dir():
        pytest.skip("the shared dev corpus (../shared/corpus/dev) is not on this machine")
    extractor = default_extractor()
    records = []
    for folder in (SHARED / "dev", SHARED / "seed"):
        for article, _ in load_gold(folder).values():
            records.append(extractor.extract(article))
    return reconcile(records)


def overlaps(a, low, high):
    return (a["high"] is None or low <= a["high"]) and (high is None or a["low"] <= high)


def test_each_report_day_agrees_with_that_reports_own_counts(deployments):
    checked = 0
    for deployment in deployments:
        for point in deployment["timeline"]:
            if point["conflicts"]:
                continue
            for component, share in point["by_component"].items():
                own = [c for c in point["claims"] if c["component"] == component and c["kind"] == "present"
                       and c.get("role") == DONE and not c.get("part") and c["published"] == point["date"]]
                if not own or share["low"] is None:
                    continue
                added = [c for c in point["claims"] if c["component"] == component and c.get("additional")
                         and c["kind"] == "sent" and c["published"] == point["date"]]
                low = min(c["low"] for c in own)
                highs = [c["high"] for c in own + added]
                # what the report's own counts can add up to: "1,200 are on duty, and another 1,500
                # arrived", "3,900 from 11 states ... reinforce the 1,200 D.C. Guard members"
                high = None if None in highs else sum(highs)
                assert overlaps(share, low, high), (deployment["name"], point["date"], component, share, own)
                checked += 1
    assert checked >= 10


def test_no_deployment_is_answered_by_a_report_published_after_the_day(deployments):
    for deployment in deployments:
        for point in deployment["timeline"]:
            assert all(c["published"] <= point["date"] for c in point["claims"]), (deployment["name"], point["date"])
