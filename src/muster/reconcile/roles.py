"""A figure's role in the ledger, read from the words of its own clause.

The extractor's kind says what a number is (troops sent, authorized, present,
withdrawn); the ledger also needs to know when and how it holds: the force standing
now, a peak, everyone who rotated through, a shift, a number about an earlier time,
a plan, an order not yet carried out. The cues live in `roles.toml`.

    role_of(figure) -> "leaving" | "standby" | "peak" | "cumulative" | "shift" | "history" | "plan" | "order" | "done" | None
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

HERE = Path(__file__).parent

LEAVING, STANDBY, PEAK, CUMULATIVE, SHIFT, HISTORY = "leaving", "standby", "peak", "cumulative", "shift", "history"
PLAN, ORDER, DONE = "plan", "order", "done"
ROLES = (LEAVING, STANDBY, PEAK, CUMULATIVE, SHIFT, HISTORY, PLAN, ORDER, DONE)
NEVER_A_LEVEL = frozenset({STANDBY, PEAK, CUMULATIVE, SHIFT, HISTORY})
NEVER_A_CEILING = frozenset({STANDBY, PEAK, CUMULATIVE, SHIFT})


def _compile(patterns: list[str]) -> re.Pattern | None:
    if not patterns:
        return None
    return re.compile(r"\b(?:" + "|".join(f"(?:{p})" for p in patterns) + r")\b", re.I)


@dataclass(frozen=True)
class Cues:
    before: re.Pattern | None
    after: re.Pattern | None


@dataclass(frozen=True)
class RoleRules:
    before_chars: int
    after_chars: int
    breaks: tuple[str, ...]
    always: tuple[str, ...]
    nearest: tuple[str, ...]
    after_first_chars: int
    cues: dict[str, Cues]


@lru_cache(maxsize=None)
def rules(path: str | None = None) -> RoleRules:
    data = tomllib.loads(Path(path or HERE / "roles.toml").read_text(encoding="utf-8"))
    cues = {}
    for role in ROLES:
        spec = data.get(role, {})
        either = spec.get("either", [])
        cues[role] = Cues(_compile(spec.get("before", []) + either), _compile(spec.get("after", []) + either))
    unknown = set(data["precedence"]["always"]) | set(data["precedence"]["nearest"])
    if unknown - set(ROLES):
        raise ValueError(f"roles.toml names unknown roles: {sorted(unknown - set(ROLES))}")
    return RoleRules(
        before_chars=int(data["clause"]["before_chars"]),
        after_chars=int(data["clause"]["after_chars"]),
        breaks=tuple(data["clause"]["breaks"]),
        always=tuple(data["precedence"]["always"]),
        nearest=tuple(data["precedence"]["nearest"]),
        after_first_chars=int(data["precedence"]["after_first_chars"]),
        cues=cues,
    )


def clause(figure: dict[str, Any]) -> tuple[str, str]:
    """The words of the figure's clause before its number and after its own span
    (the span's own words after the number, "topped 10,000", count as before it)."""
    evidence = figure.get("evidence") or {}
    sentence = evidence.get("sentence") or ""
    start, end, offset = evidence.get("start"), evidence.get("end"), evidence.get("sentence_start")
    if not sentence or None in (start, end, offset) or not (0 <= start - offset <= end - offset <= len(sentence)):
        return "", ""
    r = rules()
    own = evidence.get("text") or ""
    digit = next((i for i, ch in enumerate(own) if ch.isdigit()), 0)
    before = sentence[max(0, start - offset - r.before_chars): start - offset] + " " + own[:digit]
    after = sentence[end - offset: end - offset + r.after_chars]
    for mark in r.breaks:
        at = before.rfind(mark)
        if at >= 0:
            before = before[at + len(mark):]
        at = after.find(mark)
        if at >= 0:
            after = after[:at]
    return " ".join(before.split()), " ".join(after.split())


def role_of(figure: dict[str, Any]) -> str | None:
    """The figure's role (module docstring); None when its clause says nothing more than its kind."""
    before, after = clause(figure)
    if not before and not after:
        return None
    r = rules()
    for role in r.always:
        cues = r.cues[role]
        if (cues.before and cues.before.search(before)) or (cues.after and cues.after.search(after)):
            return role
    best_after = _nearest(r, after, first=True)
    if best_after is not None and best_after[0] <= r.after_first_chars:
        return best_after[1]
    best_before = _nearest(r, before, first=False)
    candidates = [c for c in (best_before, best_after) if c is not None]
    return min(candidates)[1] if candidates else None


def _nearest(r: RoleRules, text: str, *, first: bool) -> tuple[int, str] | None:
    """(distance from the number, role) of the nearest cue in `text`, ahead of or behind it."""
    found = None
    for rank, role in enumerate(r.nearest):
        cues = r.cues[role]
        pattern = cues.after if first else cues.before
        if pattern is None:
            continue
        for match in pattern.finditer(text):
            distance = match.start() if first else len(text) - match.end()
            if found is None or (distance, rank) < (found[0], found[2]):
                found = (distance, role, rank)
    return (found[0], found[1]) if found else None
