"""Timelines of written stories match the truth written down for them, day by day."""
from __future__ import annotations

import pytest

from muster.reconcile import reconcile
from stories import (
    BORDER_2018, BORDER_2025, BORDER_2025_TRUTH, DC_2025, DC_2025_TRUTH, LOS_ANGELES_2025,
    LOS_ANGELES_2025_TRUTH,
)


def one(records):
    deployments = reconcile(records)
    assert len(deployments) == 1, [d["name"] for d in deployments]
    return deployments[0]


def points(deployment):
    return {p["date"]: p for p in deployment["timeline"]}


def interval(value):
    return None if value is None else (value["low"], value["high"])


@pytest.mark.parametrize("records, truth", [
    (BORDER_2025, BORDER_2025_TRUTH),
    (LOS_ANGELES_2025, LOS_ANGELES_2025_TRUTH),
    (DC_2025, DC_2025_TRUTH),
], ids=["border-2025", "los-angeles-2025", "dc-2025"])
def test_timeline_matches_truth(records, truth):
    timeline = points(one(records))
    assert sorted(timeline) == sorted(truth)
    for day, (present, ceiling, status) in truth.items():
        point = timeline[day]
        assert interval(point["present"]) == present, day
        assert interval(point["ceiling"]) == ceiling, day
        assert point["status"] == status, day


def test_every_change_names_its_claims():
    for point in one(BORDER_2025)["timeline"]:
        for change in point["changes"]:
            assert change["claims"], change
        for claim in point["claims"]:
            assert claim["article_id"] and claim["sentence"]


def test_conflicting_outlets_are_kept_side_by_side():
    point = points(one(BORDER_2025))["2025-03-20"]
    [conflict] = point["conflicts"]
    assert conflict["quantity"] == "present"
    reports = [(r["article_id"], r["low"], r["high"]) for r in conflict["reports"]]
    assert reports == [("border25-04", 5400, 6600), ("border25-05", 8100, 9900)]
    assert [c["sentence"] for c in conflict["reports"][1]["claims"]] == [
        "Roughly 9,000 troops are deployed at the southern border, according to two officials."
    ]
    # the estimate spans both reports, it does not average them
    assert interval(point["present"]) == (5400, 9900)



def test_background_figures_do_not_drive_the_timeline():
    deployment = one(BORDER_2025)
    background = [c for c in deployment["claims"] if c["background"]]
    assert [c["count"] for c in background] == [5000]
    used = {cid for p in deployment["timeline"] for ch in p["changes"] for cid in ch["claims"]}
    assert background[0]["claim"] not in used
    assert "2018-10-29" not in points(deployment)




def test_parts_of_a_combined_force():
    timeline = points(one(LOS_ANGELES_2025))
    parts = {p["component"]: interval(p["present"]) for p in timeline["2025-06-10"]["parts"]}
    assert parts == {"active_duty": None, "national_guard": (300, 300)}
    share = timeline["2025-06-10"]["by_component"]["active_duty"]
    assert share["ceiling"] == {"low": 700, "high": 700} and share["status"] == "ordered"
    parts = {p["component"]: interval(p["present"]) for p in timeline["2025-07-21"]["parts"]}
    assert parts == {"active_duty": (0, 0), "national_guard": None}



def test_two_forces_in_one_theatre_are_two_deployments():
    deployments = reconcile(BORDER_2018)
    names = [d["name"] for d in deployments]
    assert names == [
        "Southern border, 2018, National Guard",
        "Southern border, 2018, active duty",
        "Southern border, 2020, active duty",
    ]
    guard, active, later = deployments
    assert interval(guard["estimate"]) == (2001, None)
    assert guard["status"] == "under way"  # the last report tells of Guard members "already there"
    assert interval(active["estimate"]) == (5601, None)  # 2,000 "will leave": not gone yet
    assert active["status"] == "drawing down"
    # the active-duty article's missions stay with the active-duty deployment
    assert active["missions"] == ["aviation", "engineering"]
    assert guard["missions"] == ["detection_monitoring", "logistics"]
    assert guard["authorities"]["invoked"] == ["title_32"]
    assert later["first_report"] == "2020-08-03"


def test_overlapping_deployments_in_two_theatres_stay_apart():
    deployments = reconcile(BORDER_2025 + LOS_ANGELES_2025)
    assert [d["name"] for d in deployments] == [
        "Southern border, 2025, Joint Task Force-Southern Border",
        "Los Angeles, 2025, Task Force 51",
    ]
    border, la = deployments
    assert {c["article_id"] for c in border["claims"]}.isdisjoint({c["article_id"] for c in la["claims"]})
    assert points(border) == points(one(BORDER_2025))
    assert points(la) == points(one(LOS_ANGELES_2025))



def test_a_first_total_below_an_at_least_floor_is_not_a_drawdown():
    from story_kit import F, X, article

    sent = article(
        "pdx-a", "2025-09-28", "Trump orders troops to Portland",
        ["Trump ordered at least 400 Guard troops to Portland."],
        figures=[F(0, "at least 400 Guard troops", 400, "at_least", "sent", "national_guard")],
        facts=[X(0, "Portland", "place", "Portland, OR")],
    )
    there = article(
        "pdx-b", "2025-10-01", "200 Guard troops at Portland ICE building",
        ["About 200 Guard troops are now at the site in Portland."],
        figures=[F(0, "About 200 Guard troops", 200, "approx", "present", "national_guard")],
        facts=[X(0, "Portland", "place", "Portland, OR")],
    )
    timeline = points(one([sent, there]))
    assert interval(timeline["2025-10-01"]["present"]) == (180, 220)
    assert timeline["2025-10-01"]["status"] == "under way"
