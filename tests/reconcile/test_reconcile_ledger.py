"""The ledger's rules, one class of claim at a time, on reports written for these tests.

Each test states a rule of timeline.py's docstring and checks the answer `status`
gives as of a date, the way a user asks it.
"""
from __future__ import annotations

from muster.reconcile import reconcile, status
from story_kit import F, X, article


def report(id, published, sentences, figures, facts=(), title=None):
    """A report on Riverton; its first sentence names the town unless `facts` place it."""
    facts = list(facts) or [X(0, "Riverton", "place", "Riverton, OR")]
    return article(id, published, title or f"Troops in Riverton ({id})", sentences, figures=figures, facts=facts)


def answer(records, as_of, place="Riverton"):
    found = status(reconcile(records), as_of=as_of, place=place)
    assert len(found) <= 1, [d["name"] for d in found]
    return found[0] if found else None


def interval(value):
    return None if value is None else (value["low"], value["high"])


def guard(found):
    return found["by_component"]["national_guard"]


PLAN = report("plan", "2025-03-01", ["The governor will send up to 1,200 Guard members to Riverton next week."],
              [F(0, "up to 1,200 Guard members", 1200, "up_to", "sent", "national_guard")])
THERE = report("there", "2025-03-08", ["About 900 Guard members are now on duty in Riverton, the Guard said."],
               [F(0, "About 900 Guard members", 900, "approx", "present", "national_guard")])


def test_a_plan_is_a_ceiling_and_no_troops_present():
    found = answer([PLAN], "2025-03-02")
    assert found["estimate"] is None
    assert interval(found["ceiling"]) == (1200, 1200)
    assert found["status"] == "announced"


def test_troops_reported_in_place_set_the_level_under_the_plan():
    found = answer([PLAN, THERE], "2025-03-09")
    assert interval(found["estimate"]) == (810, 990)
    assert interval(guard(found)) == (810, 990) and guard(found)["as_of"] == "2025-03-08"
    assert interval(found["ceiling"]) == (1200, 1200)
    assert found["status"] == "under way"


def test_an_answer_uses_only_reports_published_by_then():
    late = report("late", "2025-03-20", ["On March 5, about 400 Guard members were on duty in Riverton."],
                  [F(0, "about 400 Guard members", 400, "approx", "present", "national_guard", event_date="2025-03-05")])
    assert interval(answer([PLAN, THERE, late], "2025-03-10")["estimate"]) == (810, 990)


def test_an_order_is_a_ceiling_until_troops_are_reported():
    order = report("order", "2025-03-01", ["The president federalized 2,000 Guard troops for Riverton on Saturday."],
                   [F(0, "2,000 Guard troops", 2000, "exact", "sent", "national_guard")])
    found = answer([order], "2025-03-02")
    assert found["estimate"] is None and interval(found["ceiling"]) == (2000, 2000)
    assert found["status"] == "ordered"


def test_a_peak_a_shift_and_a_count_from_last_week_never_set_the_level():
    day = report("day", "2025-03-15", [
        "At its height the Guard force in Riverton numbered 3,100, the general said.",
        "About 1,000 of them were on the streets at any one time.",
        "The Riverton Guard, about 700 strong, will keep helping police for now.",
        "That is down from 2,900 a week ago.",
    ], [
        F(0, "3,100", 3100, "exact", "present", "national_guard"),
        F(1, "About 1,000", 1000, "approx", "present", "national_guard"),
        F(2, "about 700 strong", 700, "approx", "present", "national_guard"),
        F(3, "2,900", 2900, "exact", "present", "national_guard"),
    ])
    assert interval(answer([PLAN, THERE, day], "2025-03-16")["estimate"]) == (630, 770)


def test_a_cumulative_count_is_not_the_force():
    rotated = report("rotated", "2025-04-01", [
        "More than 9,000 Guard members have rotated through the Riverton mission since March.",
        "About 850 remain on duty.",
    ], [
        F(0, "More than 9,000 Guard members", 9000, "more_than", "sent", "national_guard"),
        F(1, "About 850", 850, "approx", "present", "national_guard"),
    ])
    assert interval(answer([PLAN, THERE, rotated], "2025-04-02")["estimate"]) == (765, 935)


def test_an_addition_comes_on_top_of_the_total_before_it_not_the_total_after_it():
    before = report("before", "2025-03-10", [
        "Some 900 Guard members are on duty in Riverton, and another 400 Guard troops arrived Tuesday.",
    ], [F(0, "Some 900 Guard members", 900, "approx", "present", "national_guard"),
        F(0, "another 400 Guard troops", 400, "exact", "sent", "national_guard")])
    assert interval(answer([before], "2025-03-11")["estimate"]) == (1210, 1390)
    after = report("after", "2025-03-10", [
        "The governor sent in another 400 Guard troops, and about 1,300 were on duty in Riverton by night.",
    ], [F(0, "another 400 Guard troops", 400, "exact", "sent", "national_guard"),
        F(0, "about 1,300", 1300, "approx", "present", "national_guard")])
    assert interval(answer([after], "2025-03-11")["estimate"]) == (1170, 1430)


def test_two_parts_joined_in_one_sentence_add_up():
    both = report("both", "2025-03-12", [
        "About 2,000 Guard members from six states are now in Riverton to reinforce the 800 Oregon Guard members on duty.",
    ], [F(0, "About 2,000 Guard members", 2000, "approx", "present", "national_guard"),
        F(0, "800 Oregon Guard members", 800, "exact", "present", "national_guard")])
    assert interval(answer([both], "2025-03-13")["estimate"]) == (2600, 3000)


def test_a_total_is_not_added_to_its_own_parts():
    total = report("total", "2025-03-12", [
        "Nearly 5,000 service members were at work in Riverton: roughly 3,500 Guard members and almost 1,500 active-duty troops.",
        "All serve under Task Force Riverton.",
    ], [F(0, "Nearly 5,000 service members", 5000, "approx", "present"),
        F(0, "roughly 3,500 Guard members", 3500, "approx", "present", "national_guard"),
        F(0, "almost 1,500 active-duty troops", 1500, "approx", "present", "active_duty")],
        facts=[X(0, "Riverton", "place", "Riverton, OR"), X(1, "Task Force Riverton", "command", "Task Force Riverton")])
    found = answer([total], "2025-03-13")
    assert 4500 <= found["estimate"]["low"] and found["estimate"]["high"] <= 5500


def test_the_last_troops_leaving_end_the_component():
    gone = report("gone", "2025-05-02", ["The last of the Guard members in Riverton, about 850, were ordered home on Thursday."],
                  [F(0, "about 850", 850, "approx", "withdrawn", "national_guard")])
    assert answer([PLAN, THERE, gone], "2025-06-15") is None  # long ended with none left: not listed
    ended = status(reconcile([PLAN, THERE, gone]), as_of="2025-05-03", place="Riverton")
    assert [d["status"] for d in ended] == ["ended"] and interval(guard(ended[0])) == (0, 0)


def test_a_withdrawal_larger_than_the_last_count_leaves_the_count_unknown():
    big = report("big", "2025-04-10", ["The Pentagon released 3,000 Guard members from the Riverton mission."],
                 [F(0, "3,000 Guard members", 3000, "exact", "withdrawn", "national_guard")])
    # more left than were ever counted or planned: the earlier counts were stale
    found = answer([PLAN, THERE, big], "2025-04-11")
    assert guard(found)["low"] is None and found["status"] == "drawing down"


def test_a_drawdown_ends_the_plan_ceiling():
    smaller = report("smaller", "2025-04-10", ["About 400 Guard members remain in Riverton, down from 900."],
                     [F(0, "About 400 Guard members", 400, "approx", "present", "national_guard"),
                      F(0, "900", 900, "exact", "present", "national_guard")])
    found = answer([PLAN, THERE, smaller], "2025-04-11")
    assert interval(found["estimate"]) == (360, 440)
    assert found["ceiling"] is None and found["status"] == "drawing down"


def test_an_authorization_runs_out_on_its_date():
    funded = report("funded", "2025-03-01", [
        "The Pentagon approved funding for up to 1,500 Guard members in Riverton through April 30.",
    ], [F(0, "up to 1,500 Guard members", 1500, "up_to", "authorized", "national_guard")])
    assert interval(answer([funded, THERE], "2025-04-15")["ceiling"]) == (1500, 1500)
    assert answer([funded, THERE], "2025-05-15")["ceiling"] is None


def test_an_authorization_below_the_force_is_reached_after_a_while():
    cut = report("cut", "2025-04-01", [
        "About 700 Guard members remained in Riverton on Monday, down from 900.",
        "The governor approved keeping about 300 Guard members in Riverton through June.",
    ], [F(0, "About 700 Guard members", 700, "approx", "present", "national_guard"),
        F(0, "900", 900, "exact", "present", "national_guard"),
        F(1, "about 300 Guard members", 300, "approx", "authorized", "national_guard")])
    assert interval(answer([THERE, cut], "2025-04-02")["estimate"]) == (630, 770)
    later = answer([THERE, cut], "2025-04-20")
    assert interval(later["estimate"]) == (270, 330) and later["status"] == "extended"


def test_troops_on_standby_at_their_base_count_none():
    standby = report("standby", "2025-03-08", [
        "About 900 Guard members are now on duty in Riverton.",
        "Roughly 500 Marines at Camp Harlan were placed on a prepared-to-deploy status.",
        "Both answer to Task Force Riverton.",
    ], [F(0, "About 900 Guard members", 900, "approx", "present", "national_guard"),
        F(1, "Roughly 500 Marines", 500, "approx", "sent", "active_duty")],
        facts=[X(0, "Riverton", "place", "Riverton, OR"), X(2, "Task Force Riverton", "command", "Task Force Riverton")])
    found = answer([standby], "2025-03-09")
    assert interval(found["by_component"]["active_duty"]) == (0, 0)
    assert interval(found["estimate"]) == (810, 990)


def test_reports_of_one_day_that_disagree_are_a_conflict_spanned():
    one = report("one", "2025-03-08", ["About 900 Guard members are now on duty in Riverton."],
                 [F(0, "About 900 Guard members", 900, "approx", "present", "national_guard")])
    other = report("other", "2025-03-08", ["Roughly 1,500 Guard members are now deployed in Riverton, the mayor said."],
                   [F(0, "Roughly 1,500 Guard members", 1500, "approx", "present", "national_guard")])
    found = answer([one, other], "2025-03-09")
    assert interval(found["estimate"]) == (810, 1650)
    [conflict] = found["conflicts"]
    assert sorted(r["article_id"] for r in conflict["reports"]) == ["one", "other"]


def test_troops_on_standby_then_ordered_in_are_on_their_way_not_none():
    standby = report("wait", "2025-03-01", ["About 200 Guard members in Riverton are on standby at their armory."],
                     [F(0, "About 200 Guard members", 200, "approx", "sent", "national_guard")])
    ordered = report("go", "2025-03-03", ["The governor has authorized calling up as many as 600 Guard members for Riverton."],
                     [F(0, "as many as 600 Guard members", 600, "up_to", "authorized", "national_guard")])
    assert interval(guard(answer([standby], "2025-03-02"))) == (0, 0)
    found = answer([standby, ordered], "2025-03-04")
    assert guard(found)["low"] is None and interval(found["ceiling"]) == (600, 600)
