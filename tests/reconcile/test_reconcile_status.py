"""As-of queries: what was deployed where on a date, on whose word."""
from __future__ import annotations

import pytest

from muster.reconcile import reconcile, status
from stories import BORDER_2018, BORDER_2025, LOS_ANGELES_2025


@pytest.fixture(scope="module")
def deployments():
    return reconcile(BORDER_2025 + LOS_ANGELES_2025 + BORDER_2018)


def test_both_deployments_under_way_in_june_2025(deployments):
    found = status(deployments, as_of="2025-06-12")
    assert [d["name"] for d in found] == [
        "Los Angeles, 2025, Task Force 51",
        "Southern border, 2025, Joint Task Force-Southern Border",
    ]
    la, border = found
    # 300 Guard reported in place; the 700 Marines and 2,000 more Guard are ordered: the ceiling
    assert la["estimate"] == {"low": 300, "high": 300} and la["estimate_date"] == "2025-06-10"
    assert la["ceiling"] == {"low": 4700, "high": 4700}
    assert la["by_component"]["national_guard"]["as_of"] == "2025-06-08"
    assert la["by_component"]["active_duty"]["low"] is None
    assert la["components"] == ["active_duty", "national_guard"]
    assert la["authorities_invoked"] == ["title_10_12406"]
    assert la["missions"] == ["crowd_control", "protection"]
    assert border["estimate"] == {"low": 6750, "high": 8250}
    assert border["ceiling"] == {"low": 10000, "high": 10000}
    assert border["status"] == "extended"


def test_as_of_a_date_only_what_was_reported_by_then(deployments):
    [border] = status(deployments, as_of="2025-02-01", place="border")
    assert border["estimate"] == {"low": 2250, "high": 2750}
    assert border["ceiling"] is None
    assert border["missions"] == ["logistics", "transportation"]
    assert [s["article_id"] for s in border["sources"]] == ["border25-02", "border25-01"]
    assert border["sources"][0]["sentences"] == [
        "The first 500 soldiers arrived at Fort Bliss on Wednesday.",
        "They join about 2,500 service members already deployed along the southern border.",
    ]
    assert border["days_since_report"] == 10


def test_newest_sources_come_first_and_are_limited(deployments):
    [border] = status(deployments, as_of="2025-09-01", place="southern border", sources=2)
    assert [s["article_id"] for s in border["sources"]] == ["border25-09", "border25-08"]


def test_place_filter(deployments):
    assert [d["theatre"] for d in status(deployments, as_of="2025-06-12", place="Los Angeles")] == ["los_angeles"]
    assert [d["theatre"] for d in status(deployments, as_of="2025-06-12", place="Santa Teresa")] == ["southern_border"]
    assert [d["theatre"] for d in status(deployments, as_of="2025-06-12", place="New Mexico")] == ["southern_border"]
    assert status(deployments, as_of="2025-06-12", place="Chicago") == []


def test_nothing_before_a_deployment_starts(deployments):
    assert status(deployments, as_of="2017-01-01") == []


def test_conflicts_show_on_the_day_they_stand(deployments):
    [border] = status(deployments, as_of="2025-03-25", place="border")
    assert border["estimate"] == {"low": 5400, "high": 9900}
    assert len(border["conflicts"]) == 1


def test_ended_deployments_are_left_out_unless_asked_for():
    from stories import la1
    from story_kit import F, X, article

    gone = article(
        "la-end", "2025-06-20", "Last Guard troops leave",
        ["All 2,000 Guard troops have been withdrawn from Los Angeles."],
        figures=[F(0, "All 2,000 Guard troops", 2000, "exact", "withdrawn", "national_guard")],
        facts=[X(0, "Los Angeles", "place", "Los Angeles, CA")],
    )
    deployments = reconcile([la1, gone])
    assert deployments[0]["status"] == "ended"
    assert [d["status"] for d in status(deployments, as_of="2025-07-01")] == ["ended"]  # a recent end is shown
    assert status(deployments, as_of="2025-08-01") == []  # and then dropped
    assert [d["status"] for d in status(deployments, as_of="2025-08-01", include_ended=True)] == ["ended"]
    assert [d["status"] for d in status(deployments, as_of="2025-06-10")] == ["ordered"]


def test_bad_date():
    with pytest.raises(ValueError):
        status([], as_of="June")


def test_a_deployment_unreported_for_a_year_is_not_shown_unless_asked(deployments):
    assert status(deployments, as_of="2021-09-01") == []
    found = {d["name"]: d["days_since_report"] for d in status(deployments, as_of="2021-09-01", max_age_days=None)}
    assert found == {  # the 2018 active-duty mission is history once the 2020 one began
        "Southern border, 2018, National Guard": 1038,
        "Southern border, 2020, active duty": 394,
    }
