"""Copies of one report count once; irrelevant records are skipped."""
from __future__ import annotations

from muster.reconcile import reconcile
from muster.reconcile.reports import are_copies, reports, to_report
from stories import BORDER_2025, IRRELEVANT, b1, b1_copy, b8, b9
from story_kit import syndicate


def test_a_syndicated_copy_folds_into_the_first():
    found = reports([b1_copy, b1])
    assert [r.id for r in found] == ["border25-01"]
    assert found[0].copies == [
        {"article_id": "border25-01-syndicated", "publisher": "Valley Courier", "published": "2025-01-21"}
    ]


def test_same_content_hash_is_one_report_whatever_else_differs():
    a = {**b8, "content_hash": "abc"}
    b = {**b9, "content_hash": "abc"}
    assert are_copies(to_report(a), to_report(b))


def test_same_figures_in_other_words_are_two_reports():
    assert not are_copies(to_report(b8), to_report(b9))


def test_a_copy_a_month_later_is_a_new_report():
    late = syndicate(b1, "late", "Monthly", "2025-03-01")
    assert len(reports([b1, late])) == 2


def test_copies_do_not_add_claims_or_points():
    [with_copy] = reconcile(BORDER_2025)
    [without] = reconcile([r for r in BORDER_2025 if r is not b1_copy])
    assert [(p["date"], p["present"]) for p in with_copy["timeline"]] == [
        (p["date"], p["present"]) for p in without["timeline"]]
    assert "border25-01-syndicated" not in {c["article_id"] for c in with_copy["claims"]}
    # the copy is not lost: it is named beside the report it copies
    [first] = with_copy["timeline"][0]["claims"]
    assert first["copies"] == ["border25-01-syndicated"]


def test_irrelevant_records_are_skipped():
    assert reconcile([IRRELEVANT]) == []
    assert [r.id for r in reports([IRRELEVANT, b8])] == ["border25-08"]


def test_a_record_with_only_the_top_level_lists_still_gives_facts():
    record = {
        "id": "gold-1", "published": "2018-10-29", "title": "t", "relevant": True,
        "figures": [{"count": 5200, "qualifier": "exact", "kind": "sent", "component": "active_duty"}],
        "authorities": ["posse_comitatus", "national_emergency"], "invoked": ["national_emergency"],
        "missions": ["engineering"], "agencies": ["CBP"], "commands": [], "places": ["southern border"],
    }
    [deployment] = reconcile([record])
    assert deployment["theatre"] == "southern_border"
    assert deployment["authorities"] == {"invoked": ["national_emergency"], "mentioned": ["posse_comitatus"]}
    assert deployment["estimate"] == {"low": 5200, "high": 5200}
