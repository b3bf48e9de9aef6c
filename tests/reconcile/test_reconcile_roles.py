"""Each figure's role in the ledger, read from its clause: one spec a line in specs/roles.jsonl.

Every cue family of roles.toml has cases here, so switching one off fails a spec.
"""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from muster.extract.roles import clause, role_of, until_date

SPECS = [json.loads(line) for line in (Path(__file__).parent / "specs" / "roles.jsonl").read_text().splitlines() if line]


def figure(sentence: str, words: str, event_date: str | None = None) -> dict:
    at = sentence.index(words)
    return {"event_date": event_date, "evidence": {"sentence": sentence, "sentence_start": 100, "start": 100 + at,
                                                   "end": 100 + at + len(words), "text": words}}


def spans(sentence: str, others: list[str]) -> list[tuple[int, int]]:
    return [(100 + sentence.index(w), 100 + sentence.index(w) + len(w)) for w in others]


@pytest.mark.parametrize("spec", SPECS, ids=[s["words"] for s in SPECS])
def test_role_spec(spec):
    sentence = spec["sentence"]
    found = role_of(figure(sentence, spec["words"], spec.get("event_date")), spans(sentence, spec.get("others", [])))
    assert found == spec["role"]


def test_another_figures_words_are_its_own():
    sentence = "Roughly 250 Guard members remain, out of about 3,000 federalized in May."
    before, after = clause(figure(sentence, "Roughly 250 Guard members"), spans(sentence, ["about 3,000"]))
    assert "federalized" not in after and after.startswith("remain")


def test_figures_joined_by_and_share_what_follows():
    sentence = "They will join 4,000 soldiers and some 20,000 Guard members already working in the region."
    _, after = clause(figure(sentence, "4,000 soldiers"), spans(sentence, ["some 20,000 Guard members"]))
    assert after.startswith("already working")


@pytest.mark.parametrize("sentence, words, published, expected", [
    ("Funding covers up to 4,000 Guard members on the border through Sept. 30, the memo said.", "up to 4,000",
     date(2018, 4, 7), date(2018, 9, 30)),
    ("The order keeps 2,000 troops in the city until Jan. 15.", "2,000 troops", date(2025, 12, 1), date(2026, 1, 15)),
    ("The order keeps 2,000 troops in the city for now.", "2,000 troops", date(2025, 12, 1), None),
])
def test_until_date(sentence, words, published, expected):
    assert until_date(figure(sentence, words), published) == expected
