"""Legal rules on fact sets modelled on real deployments."""
from __future__ import annotations

from pathlib import Path

import pytest

import muster
from muster.law import LEGAL_REVIEW_NOTE, findings, rules
from muster.law.predicates import PREDICATES
from law_cases import (
    BORDER_2018_ACTIVE, BORDER_2018_GUARD, BORDER_2025, CHICAGO_2025, DC_2025, KATRINA_2005,
    LOS_ANGELES_1992, LOS_ANGELES_2025, PORTLAND_2025,
)


@pytest.mark.parametrize("case, expected", [
    (BORDER_2018_ACTIVE, []),
    (BORDER_2018_GUARD, []),
    (BORDER_2025, ["posse_comitatus", "emergency_construction", "military_zone_detention", "invasion_as_authority"]),
    (LOS_ANGELES_1992, ["insurrection_act"]),
    (LOS_ANGELES_2025, ["posse_comitatus", "federalized_over_objection", "federal_troops_over_objection",
                        "protective_power"]),
    (DC_2025, ["title_32_across_states"]),
    (PORTLAND_2025, ["federalized_over_objection", "federal_troops_over_objection", "protective_power"]),
    (CHICAGO_2025, ["federalized_over_objection", "federal_troops_over_objection", "protective_power"]),
    (KATRINA_2005, ["title_32_across_states"]),
], ids=lambda v: v["id"] if isinstance(v, dict) else None)
def test_rules_that_fire(case, expected):
    assert [f["rule"] for f in findings(case)] == expected


def test_every_finding_is_a_question_with_citations_and_sentences():
    for case in (BORDER_2025, LOS_ANGELES_2025, DC_2025, PORTLAND_2025, CHICAGO_2025, LOS_ANGELES_1992):
        for finding in findings(case):
            assert finding["note"] == LEGAL_REVIEW_NOTE == "This is a question for legal review, not a conclusion."
            assert finding["question"].endswith("?")
            assert finding["citations"]
            assert finding["triggers"]
            assert all(t["article_id"] and t["sentence"] for t in finding["triggers"])
            assert finding["deployment_id"] == case["id"]


def test_posse_comitatus_names_the_troops_the_mission_and_what_is_missing():
    [finding] = [f for f in findings(LOS_ANGELES_2025) if f["rule"] == "posse_comitatus"]
    assert finding["citations"] == ["18 U.S.C. 1385", "10 U.S.C. 275", "10 U.S.C. 251-255"]
    sentences = [t["sentence"] for t in finding["triggers"]]
    assert "About 700 Marines were sent." in sentences
    assert "Guard troops formed a line to push back protesters." in sentences
    assert "He federalized 4,000 California Guard troops." in sentences
    assert finding["absent"] == ["no report says the Insurrection Act was invoked"]


def test_a_denied_mission_never_triggers():
    assert not [f for f in findings(BORDER_2018_ACTIVE) if f["rule"] == "posse_comitatus"]


def test_the_insurrection_act_answers_posse_comitatus_but_raises_its_own_question():
    [finding] = findings(LOS_ANGELES_1992)
    assert finding["citations"] == ["10 U.S.C. 251", "10 U.S.C. 252", "10 U.S.C. 253", "10 U.S.C. 254"]
    assert {t.get("value") for t in finding["triggers"]} == {"insurrection_act", "governor_request"}


def test_cross_state_guard_names_the_visiting_states_only():
    [finding] = findings(DC_2025)
    states = [t["state"] for t in finding["triggers"] if "figure" in t]
    assert states == ["West Virginia", "South Carolina"]
    assert finding["citations"] == ["32 U.S.C. 502(f)"]
    assert "governor_consent" in {t.get("value") for t in finding["triggers"]}


def test_federalized_guard_sent_to_another_state_is_not_a_title_32_question():
    assert "title_32_across_states" not in [f["rule"] for f in findings(PORTLAND_2025)]


def test_invasion_finding_cites_the_constitution_and_12406():
    [finding] = [f for f in findings(BORDER_2025) if f["rule"] == "invasion_as_authority"]
    assert finding["citations"] == ["U.S. Const. art. II", "U.S. Const. art. IV, § 4", "10 U.S.C. 12406(1)"]
    assert [t["value"] for t in finding["triggers"]] == ["invasion_declared", "article_ii"]


def test_as_of_uses_only_what_was_published_by_then():
    assert findings(LOS_ANGELES_1992, as_of="1992-05-01") == findings(LOS_ANGELES_1992)
    early = {**BORDER_2025, "facts": [dict(f, published="2025-04-20") if f["type"] == "condition" else f
                                      for f in BORDER_2025["facts"]]}
    assert [f["rule"] for f in findings(early, as_of="2025-02-01")] == ["posse_comitatus", "emergency_construction"]


def test_background_figures_never_trigger():
    background = {**BORDER_2025, "claims": [dict(c, background=True) for c in BORDER_2025["claims"]]}
    assert "posse_comitatus" not in [f["rule"] for f in findings(background)]


def test_rules_file_is_well_formed():
    loaded = rules()
    ids = [r.id for r in loaded]
    assert len(ids) == len(set(ids)) >= 6
    for rule in loaded:
        assert rule.title and rule.question and rule.citations
        assert rule.predicate in PREDICATES


def test_the_note_is_written_in_one_place():
    package = Path(muster.__file__).parent
    holding = [p.relative_to(package).as_posix() for p in sorted(package.rglob("*"))
               if p.suffix in (".py", ".toml", ".json") and LEGAL_REVIEW_NOTE in p.read_text(encoding="utf-8")]
    assert holding == ["law/rules.toml"]


def test_a_background_paragraph_about_an_earlier_deployment_raises_nothing():
    from law_cases import deployment, fact, figure

    case = deployment(
        "la-2025-quiet", "Los Angeles, 2025, National Guard", "los_angeles",
        facts=[
            fact("mission", "protection", "The Guard troops protect federal buildings downtown."),
            fact("authority", "insurrection_act", "In 1992 President Bush invoked the Insurrection Act to send troops.",
                 "invoked"),
        ],
        figures=[figure("national_guard", 300, "About 300 Guard members remain in the city.", kind="present")],
    )
    case["start"] = "2025-06-07"
    assert "insurrection_act" not in [f["rule"] for f in findings(case)]
    case["start"] = "1992-05-01"
    assert "insurrection_act" in [f["rule"] for f in findings(case)]
