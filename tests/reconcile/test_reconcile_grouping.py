"""Which claims make one deployment: theatre, time, force."""
from __future__ import annotations

from muster.reconcile import reconcile, unplaced
from muster.reconcile.deployment import deployment_id
from stories import BORDER_2025, DC_2025, LOS_ANGELES_2025, la1, la2
from story_kit import F, X, article


def test_id_is_a_hash_of_theatre_start_and_force_and_survives_later_reports():
    [early] = reconcile(BORDER_2025[:3])
    [full] = reconcile(BORDER_2025)
    assert early["id"] == full["id"] == deployment_id("southern_border", "2025-01-20", "federal")
    assert full["id"].startswith("dep-") and len(full["id"]) == 16


def test_a_report_months_later_that_only_tells_of_troops_still_there_carries_on():
    still = article(
        "dc25-late", "2026-01-05", "Guard still in Washington",
        ["About 2,300 National Guard troops remain in Washington."],
        figures=[F(0, "About 2,300 National Guard troops", 2300, "approx", "present", "national_guard")],
        facts=[X(0, "Washington", "place", "Washington, DC")],
    )
    [deployment] = reconcile(DC_2025 + [still])
    assert deployment["last_report"] == "2026-01-05"


def test_a_new_sending_months_later_starts_a_new_deployment():
    again = article(
        "dc26-01", "2026-03-02", "Trump sends 500 Guard troops back to Washington",
        ["President Trump ordered 500 National Guard troops to Washington."],
        figures=[F(0, "500 National Guard troops", 500, "exact", "sent", "national_guard")],
        facts=[X(0, "Washington", "place", "Washington, DC")],
    )
    first, second = reconcile(DC_2025 + [again])
    assert (first["name"], second["name"]) == ("Washington DC, 2025, National Guard", "Washington DC, 2026, National Guard")
    # an order is a ceiling until a report says the troops are there
    assert second["estimate"] is None and second["ceiling"] == {"low": 500, "high": 500}


def test_guard_and_marines_under_one_task_force_are_one_deployment():
    [deployment] = reconcile(LOS_ANGELES_2025)
    assert deployment["force"] == "combined"
    assert deployment["components"] == ["active_duty", "national_guard"]
    assert deployment["command"] == "Task Force 51"


def test_guard_federalized_alongside_marines_is_one_force_even_without_a_task_force():
    plain = {**la2, "facts": [f for f in la2["facts"] if f["type"] != "command"]}
    [deployment] = reconcile([la1, plain])
    assert deployment["force"] == "combined"
    assert deployment["name"] == "Los Angeles, 2025"


def test_one_article_about_two_cities_feeds_two_deployments():
    record = article(
        "two-cities", "2025-10-04", "Guard ordered to Portland and Chicago",
        [
            "Hegseth federalized 200 Oregon National Guard troops for Portland.",
            "He also sent 300 Illinois Guard troops to Chicago.",
        ],
        figures=[
            F(0, "200 Oregon National Guard troops", 200, "exact", "sent", "national_guard", "Oregon", "Portland, OR"),
            F(1, "300 Illinois Guard troops", 300, "exact", "sent", "national_guard", "Illinois", "Chicago, IL"),
        ],
        facts=[X(0, "Portland", "place", "Portland, OR"), X(1, "Chicago", "place", "Chicago, IL")],
    )
    deployments = {d["theatre"]: d for d in reconcile([record])}
    assert sorted(deployments) == ["chicago", "portland"]
    assert deployments["portland"]["ceiling"] == {"low": 200, "high": 200}  # federalized: ordered
    assert deployments["chicago"]["estimate"] == {"low": 300, "high": 300}
    assert deployments["chicago"]["places"] == ["Chicago, IL"]


def test_a_place_no_theatre_holds_is_its_own_theatre():
    record = article(
        "kenosha-1", "2020-08-25", "Governor sends 250 Guard members to Kenosha",
        ["Gov. Tony Evers sent 250 National Guard members to Kenosha."],
        figures=[F(0, "250 National Guard members", 250, "exact", "sent", "national_guard")],
        facts=[X(0, "Kenosha", "place", "Kenosha, WI")],
    )
    [deployment] = reconcile([record])
    assert (deployment["theatre"], deployment["name"]) == ("place:kenosha_wi", "Kenosha, WI, 2020, National Guard")


def test_a_report_that_names_no_place_is_left_out_and_listed():
    record = article(
        "nowhere", "2025-05-01", "Guard on alert",
        ["About 1,000 Guard troops were placed on alert."],
        figures=[F(0, "About 1,000 Guard troops", 1000, "approx", "sent", "national_guard")],
    )
    assert reconcile([record]) == []
    assert unplaced([record]) == ["nowhere"]


def test_two_deployments_of_one_name_are_told_apart_by_their_start():
    spring = article(
        "pdx-1", "2025-03-01", "Guard to Portland",
        ["The governor sent 100 Guard troops to Portland."],
        figures=[F(0, "100 Guard troops", 100, "exact", "sent", "national_guard")],
        facts=[X(0, "Portland", "place", "Portland, OR")],
    )
    autumn = article(
        "pdx-2", "2025-09-28", "Guard to Portland again",
        ["Trump ordered 200 Guard troops to Portland."],
        figures=[F(0, "200 Guard troops", 200, "exact", "sent", "national_guard")],
        facts=[X(0, "Portland", "place", "Portland, OR")],
    )
    names = [d["name"] for d in reconcile([spring, autumn])]
    assert names == ["Portland, 2025, National Guard (from 2025-03-01)", "Portland, 2025, National Guard (from 2025-09-28)"]


def test_a_force_still_there_when_another_mission_opens_carries_on_its_own_deployment():
    from stories import d1, d2, g1, g2

    # four months without reports, then an active-duty mission whose articles say
    # the Guard is still there: the Guard figures join the Guard deployment of April
    guard, active = reconcile([g1, g2, d1, d2])
    assert (guard["name"], guard["first_report"], guard["last_report"]) == (
        "Southern border, 2018, National Guard", "2018-04-06", "2018-10-29")
    assert (active["name"], active["first_report"]) == ("Southern border, 2018, active duty", "2018-10-29")


def test_troops_named_only_with_a_base_do_not_make_a_theatre():
    record = article(
        "bragg", "2022-02-02", "Soldiers leave Fort Bragg",
        ["About 1,700 soldiers left Fort Bragg on Wednesday."],
        figures=[F(0, "About 1,700 soldiers", 1700, "approx", "sent", "active_duty")],
        facts=[X(0, "Fort Bragg", "place", "Fort Bragg, NC")],
    )
    assert reconcile([record]) == []


def test_a_dateline_town_outweighs_the_capital_named_in_passing():
    record = article(
        "spokane-1", "2025-10-04", "Guard leaves Spokane",
        [
            "SPOKANE, Wash. — The last 270 Guard soldiers left downtown Spokane on Saturday.",
            "Officials in Washington, D.C., said the mission cost less than planned.",
            "Lawmakers in Washington, D.C., asked for a review.",
        ],
        figures=[F(0, "The last 270 Guard soldiers", 270, "exact", "withdrawn", "national_guard")],
        facts=[X(0, "SPOKANE", "place", "Spokane, WA"), X(1, "Washington, D.C.", "place", "Washington, DC"),
               X(2, "Washington, D.C.", "place", "Washington, DC")],
    )
    [deployment] = reconcile([record])
    assert deployment["theatre_name"] == "Spokane, WA"


def test_towns_of_one_state_under_one_task_force_are_one_deployment():
    def report(id, published, town, code):
        return article(
            id, published, f"Troops in {town}",
            [f"About 900 soldiers of Task Force Storm are now on duty in {town}, the Army said."],
            figures=[F(0, "About 900 soldiers", 900, "approx", "present", "active_duty")],
            facts=[X(0, town, "place", f"{town}, {code}"), X(0, "Task Force Storm", "command", "Task Force Storm")],
        )

    deployments = reconcile([report("t1", "2025-09-01", "Lakeview", "FL"), report("t2", "2025-09-05", "Palm Grove", "FL"),
                             report("t3", "2025-09-05", "Riverton", "OR")])
    assert sorted(d["theatre_name"] for d in deployments) == ["Lakeview, FL", "Riverton, OR"]


def test_one_states_towns_reported_in_the_same_weeks_are_one_scene():
    def report(id, published, town, words):
        return article(id, published, f"Storm duty in {town} ({id})", [f"{words} are now on duty in {town}."],
                       figures=[F(0, words, 3000, "approx", "present", "national_guard")],
                       facts=[X(0, town, "place", f"{town}, TX")])

    deployments = reconcile([report("s1", "2025-08-25", "Lakeport", "About 3,000 Guard members"),
                             report("s2", "2025-08-28", "Bayview", "Roughly 3,000 Guard soldiers"),
                             report("s3", "2025-08-30", "Bayview", "Some 3,000 Guard troops")])
    assert [d["theatre_name"] for d in deployments] == ["Bayview, TX"]  # named after the town reported most
