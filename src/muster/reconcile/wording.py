"""What the words of a claim's sentence say: added troops, totals, and the state of a deployment.

The patterns live in `wording.toml`; this module only compiles and applies them.
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

HERE = Path(__file__).parent

ANNOUNCED, ORDERED, UNDER_WAY, EXTENDED, DRAWING_DOWN, ENDED = (
    "announced", "ordered", "under way", "extended", "drawing down", "ended",
)
STATUSES = (ANNOUNCED, ORDERED, UNDER_WAY, EXTENDED, DRAWING_DOWN, ENDED)
RANK = {ANNOUNCED: 0, ORDERED: 1, UNDER_WAY: 2, EXTENDED: 3, DRAWING_DOWN: 3, ENDED: 4}
_TOML_KEY = {s: s.replace(" ", "_") for s in STATUSES}

# what a figure's kind says by itself
KIND_STATUS = {"sent": ANNOUNCED, "authorized": ORDERED, "present": UNDER_WAY, "withdrawn": DRAWING_DOWN}

_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


def _compile(patterns: list[str]) -> re.Pattern:
    return re.compile(r"\b(?:" + "|".join(f"(?:{p})" for p in patterns) + r")\b", re.I)


@dataclass(frozen=True)
class Wording:
    settings: dict[str, Any]
    additional: re.Pattern
    all_gone: re.Pattern
    joins_parts: re.Pattern
    total_after: re.Pattern
    from_to: re.Pattern
    status: dict[str, re.Pattern]
    negation: re.Pattern
    negation_window: int
    umbrella_commands: frozenset[str]
    ordering_authorities: frozenset[str]


@lru_cache(maxsize=None)
def wording(path: str | None = None) -> Wording:
    data = tomllib.loads(Path(path or HERE / "wording.toml").read_text(encoding="utf-8"))
    return Wording(
        settings=data["settings"],
        additional=_compile(data["additional"]["patterns"]),
        all_gone=_compile(data["all_gone"]["patterns"]),
        joins_parts=_compile(data["joins_parts"]["patterns"]),
        total_after=_compile(data["total_after"]["patterns"]),
        from_to=_compile(data["from_to"]["patterns"]),
        status={s: _compile(data["status"][_TOML_KEY[s]]["patterns"]) for s in STATUSES},
        negation=_compile(data["negation"]["patterns"]),
        negation_window=int(data["negation"]["window_words"]),
        umbrella_commands=frozenset(data["commands"]["umbrella"]),
        ordering_authorities=frozenset(data["status"]["ordering_authorities"]["values"]),
    )


def figure_context(figure: dict[str, Any]) -> str:
    """The words around a figure's own span in its sentence (the whole sentence if offsets are missing)."""
    evidence = figure.get("evidence") or {}
    sentence = evidence.get("sentence") or evidence.get("text") or ""
    start, end, sentence_start = evidence.get("start"), evidence.get("end"), evidence.get("sentence_start")
    if None in (start, end, sentence_start):
        return sentence
    w = wording().settings
    rel_start, rel_end = start - sentence_start, end - sentence_start
    if not (0 <= rel_start <= rel_end <= len(sentence)):
        return sentence
    return sentence[max(0, rel_start - w["additional_window_before"]): rel_end + w["additional_window_after"]]


def is_additional(figure: dict[str, Any]) -> bool:
    """A `sent` (or `authorized`) figure whose words say it comes on top of what is there."""
    return bool(wording().additional.search(figure_context(figure)))


def says_total_after(sentence: str) -> bool:
    return bool(wording().total_after.search(sentence or ""))


def says_from_to(sentence: str) -> bool:
    return bool(wording().from_to.search(sentence or ""))


def names_year_before(text: str | None, year: int) -> bool:
    """Whether a sentence names a year before `year` ("the 1992 mission", "in June 1943")."""
    return any(int(y) < year for y in _YEAR.findall(text or ""))


def statuses_said(text: str, wanted: tuple[str, ...], *, year: int | None = None) -> frozenset[str]:
    """Which of the `wanted` statuses a sentence's words say (as `status_words`, checking only those)."""
    return _statuses_said(text, wanted, year)


@lru_cache(maxsize=200_000)  # copies of a report repeat its sentences
def _statuses_said(text: str, wanted: tuple[str, ...], year: int | None) -> frozenset[str]:
    if not text or (year is not None and names_year_before(text, year)):
        return frozenset()
    w = wording()
    return frozenset(status for status in wanted if w.status[status].search(text)
                     and any(not _negated(text, m.start(), w) for m in w.status[status].finditer(text)))


def status_words(text: str, *, year: int | None = None) -> list[str]:
    """The statuses a sentence's words point to, strongest last; negated words and
    sentences about earlier years ("the 1992 mission ended") say nothing."""
    if not text:
        return []
    if year is not None and names_year_before(text, year):
        return []
    w = wording()
    found = []
    for status in STATUSES:
        for match in w.status[status].finditer(text):
            if not _negated(text, match.start(), w):
                found.append(status)
                break
    return sorted(found, key=lambda s: (RANK[s], STATUSES.index(s)))


def _negated(text: str, at: int, w: Wording) -> bool:
    before = text[max(0, at - 12 * w.negation_window):at].split()[-w.negation_window:]
    return bool(w.negation.search(" ".join(before)))


def strongest(statuses: list[str]) -> str | None:
    """The strongest status; of `extended` and `drawing down` together, `drawing down`."""
    if not statuses:
        return None
    return max(statuses, key=lambda s: (RANK[s], STATUSES.index(s)))
