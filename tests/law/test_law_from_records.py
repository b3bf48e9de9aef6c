"""From extraction records through reconciliation to findings."""
from __future__ import annotations

from muster.law import findings
from muster.reconcile import reconcile


def record(id, published, sentences, figures=(), facts=()):
    """A record whose every figure and fact sits in one of `sentences` (given by index)."""
    starts, at = [], 0
    for s in sentences:
        starts.append(at)
        at += len(s) + 1

    def evidence(i, words):
        start = starts[i] + sentences[i].index(words)
        return {"field": "text", "start": start, "end": start + len(words), "text": words,
                "sentence": sentences[i], "sentence_start": starts[i]}

    return {
        "id": id, "published": published, "title": sentences[0], "relevant": True,
        "figures": [{"count": n, "qualifier": "exact", "kind": kind, "component": comp, "low": n, "high": n,
                     "state": state, "place": None, "event_date": None, "background": False,
                     "evidence": evidence(i, words)}
                    for i, words, n, kind, comp, state in figures],
        "facts": [{"type": t, "value": v, "status": st, "evidence": evidence(i, words)}
                  for i, words, t, v, st in facts],
    }


CHICAGO = [
    record("chi-1", "2025-10-04", [
        "Hegseth federalized 300 Illinois National Guard troops on Saturday.",
        "Gov. JB Pritzker objected to the order.",
        "The troops will protect federal officers in Chicago.",
    ], figures=[(0, "300 Illinois National Guard troops", 300, "sent", "national_guard", "Illinois")],
       facts=[(0, "federalized", "condition", "federalized", "stated"),
              (1, "objected", "condition", "governor_objection", "stated"),
              (2, "protect federal officers", "mission", "protection", "stated"),
              (2, "Chicago", "place", "Chicago, IL", "stated")]),
    record("chi-2", "2025-10-06", [
        "About 200 Texas National Guard troops arrived at an Army reserve center near Chicago.",
    ], figures=[(0, "200 Texas National Guard troops", 200, "sent", "national_guard", "Texas")],
       facts=[(0, "Chicago", "place", "Chicago, IL", "stated"),
              (0, "Texas", "place", "Texas", "stated")]),
]


def test_findings_of_a_reconciled_deployment():
    [deployment] = reconcile(CHICAGO)
    assert deployment["theatre"] == "chicago"
    assert deployment["conditions"] == ["federalized", "governor_objection"]
    found = {f["rule"]: f for f in findings(deployment)}
    assert sorted(found) == ["federal_troops_over_objection", "federalized_over_objection", "protective_power"]
    triggers = found["federalized_over_objection"]["triggers"]
    assert [(t["article_id"], t["sentence"]) for t in triggers] == [
        ("chi-1", "Hegseth federalized 300 Illinois National Guard troops on Saturday."),
        ("chi-1", "Gov. JB Pritzker objected to the order."),
    ]
    assert found["federalized_over_objection"]["deployment_id"] == deployment["id"]
