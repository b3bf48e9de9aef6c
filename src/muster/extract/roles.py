"""A figure's role in reconciliation's ledger, read from the words of its own clause.

The extractor gives each figure its `role` (see docs/record.md), so reconciliation
never reads sentences again; `muster.reconcile` reads it for records without one.


The extractor's kind says what a number is (troops sent, authorized, present,
withdrawn); the ledger also needs to know when and how it holds: the force standing
now, a peak, everyone who rotated through, a shift, a number about an earlier time,
a plan, an order not yet carried out. The cues live in `lexicons/roles.toml`.

    role_of(figure) -> "leaving" | "standby" | "peak" | "cumulative" | "shift" | "history" | "plan" | "order" | "done" | None
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable

HERE = Path(__file__).parent

LEAVING, STANDBY, PEAK, CUMULATIVE, SHIFT, HISTORY = "leaving", "standby", "peak", "cumulative", "shift", "history"
PLAN, ORDER, DONE = "plan", "order", "done"
ROLES = (LEAVING, STANDBY, PEAK, CUMULATIVE, SHIFT, HISTORY, PLAN, ORDER, DONE)
NEVER_A_LEVEL = frozenset({STANDBY, PEAK, CUMULATIVE, SHIFT, HISTORY})
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_SINCE = re.compile(r"\b(?:launched|began|begun|started|created|established|since|set up)\s+(?:in\s+)?"
                    r"(?:(?:early|mid|late)[- ]?)?(?:[A-Z][a-z]+\.?\s+)?(?:\d{1,2},?\s+)?\d{4}\b")
_FROM_TO_JOIN = re.compile(r"\s*(?:to|down to|up to)\s*", re.I)
_COORDINATION = re.compile(r"[^.;:,\d]*?\b(and|or)\b[^.;:,\d]*", re.I)
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
    # the same cues in one pattern per side, a named group per role, for one pass over a clause
    always_before: re.Pattern | None = None
    always_after: re.Pattern | None = None
    nearest_before: re.Pattern | None = None
    nearest_after: re.Pattern | None = None


@lru_cache(maxsize=None)
def rules(path: str | None = None) -> RoleRules:
    data = tomllib.loads(Path(path or HERE / "lexicons" / "roles.toml").read_text(encoding="utf-8"))
    cues = {}
    for role in ROLES:
        spec = data.get(role, {})
        either = spec.get("either", [])
        cues[role] = Cues(_compile(spec.get("before", []) + either), _compile(spec.get("after", []) + either))
    unknown = set(data["precedence"]["always"]) | set(data["precedence"]["nearest"])
    if unknown - set(ROLES):
        raise ValueError(f"roles.toml names unknown roles: {sorted(unknown - set(ROLES))}")

    def joined(roles, side: str, skip: tuple[str, ...] = ()) -> re.Pattern | None:
        groups = []
        for role in roles:
            spec = data.get(role, {})
            patterns = spec.get(side, []) + spec.get("either", [])
            if patterns and role not in skip:
                groups.append(f"(?P<{role}>" + "|".join(f"(?:{p})" for p in patterns) + ")")
        return re.compile(r"\b(?:" + "|".join(groups) + r")\b", re.I) if groups else None

    always, nearest = tuple(data["precedence"]["always"]), tuple(data["precedence"]["nearest"])
    return RoleRules(
        always_before=joined(always, "before"),
        always_after=joined(always, "after", skip=(HISTORY,)),
        nearest_before=joined(nearest, "before"),
        nearest_after=joined(nearest, "after"),
        before_chars=int(data["clause"]["before_chars"]),
        after_chars=int(data["clause"]["after_chars"]),
        breaks=tuple(data["clause"]["breaks"]),
        always=tuple(data["precedence"]["always"]),
        nearest=tuple(data["precedence"]["nearest"]),
        after_first_chars=int(data["precedence"]["after_first_chars"]),
        cues=cues,
    )


def clause(figure: dict[str, Any], others: Iterable[tuple[int, int]] = ()) -> tuple[str, str]:
    """The words of the figure's clause before its number and after its own span
    (the span's own words after the number, "topped 10,000", count as before it).

    `others`: the (start, end) of the sentence's other figures, whose words are their
    own ("300 who remain, out of 4,000 federalized in June"), except that figures
    joined by "and" share what follows them ("4,000 active-duty troops and some
    21,000 Guard members already working there").
    """
    evidence = figure.get("evidence") or {}
    sentence = evidence.get("sentence") or ""
    start, end, offset = evidence.get("start"), evidence.get("end"), evidence.get("sentence_start")
    if not sentence or None in (start, end, offset) or not (0 <= start - offset <= end - offset <= len(sentence)):
        return "", ""
    r = rules()
    own = evidence.get("text") or ""
    digit = next((i for i, ch in enumerate(own) if ch.isdigit()), 0)
    earlier = sorted(o for o in others if o[1] <= start)
    later = sorted(o for o in others if o[0] >= end)
    from_ = max([o[1] for o in earlier], default=start - r.before_chars)
    if earlier and _FROM_TO_JOIN.fullmatch(sentence[earlier[-1][1] - offset: start - offset]):
        # "will shrink from 6,000 troops to 3,000": the second number shares the first's verb
        from_ = max([o[1] for o in earlier[:-1]], default=start - r.before_chars)
    before = sentence[max(0, from_ - offset, start - offset - r.before_chars): start - offset] + " " + own[:digit]
    tail = end - offset
    for nxt_start, nxt_end in later:
        between = sentence[tail: nxt_start - offset]
        if len(between) <= 40 and _COORDINATION.fullmatch(between):
            tail = nxt_end - offset  # "N troops and M Guard members already there": the tail is shared
            continue
        break
    stop = min([o[0] - offset for o in later if o[0] - offset >= tail], default=len(sentence))
    after = sentence[tail: min(stop, tail + r.after_chars)]
    for mark in r.breaks:
        keep = mark.index("|") if "|" in mark else len(mark)  # where the new clause begins
        mark = mark.replace("|", "")
        at = before.rfind(mark)
        if at >= 0:
            before = before[at + keep:]
        at = after.find(mark)
        if at >= 0:
            after = after[:at]
    return " ".join(before.split()), " ".join(after.split())


def opening(figure: dict[str, Any], others: Iterable[tuple[int, int]] = ()) -> str:
    """The sentence's words before its first figure, in that first figure's clause
    ("Last week's count of 5,200 broke down to 2,200 in Texas, 1,650 in ...")."""
    evidence = figure.get("evidence") or {}
    sentence, offset = evidence.get("sentence") or "", evidence.get("sentence_start")
    starts = [s for s, _ in others] + [evidence.get("start")]
    if offset is None or None in starts:
        return ""
    text = sentence[: max(0, min(starts) - offset)]
    for mark in rules().breaks:
        keep = mark.index("|") if "|" in mark else len(mark)
        mark = mark.replace("|", "")
        at = text.rfind(mark)
        if at >= 0:
            text = text[at + keep:]
    return " ".join(text.split())


def role_of(figure: dict[str, Any], others: Iterable[tuple[int, int]] = ()) -> str | None:
    """The figure's role (module docstring); None when its clause says nothing more than its kind.
    `others`: the spans of the other figures of its sentence (see `clause`)."""
    before, after = clause(figure, others)
    if not before and not after:
        return None
    r = rules()
    history = r.cues[HISTORY].before
    if history is not None and history.search(opening(figure, others)):
        return HISTORY
    year = str(figure.get("event_date") or "")[:4]
    words = _SINCE.sub(" ", f"{before} {after} {opening(figure, others)}")  # "launched in June 2006" dates the mission
    if year.isdigit() and any(int(y) < int(year) for y in _YEAR.findall(words)):
        return HISTORY  # "in June 1943, Roosevelt sent some 6,000 troops"
    found = {m.lastgroup for m in r.always_before.finditer(before)} if r.always_before else set()
    if r.always_after is not None:
        found |= {m.lastgroup for m in r.always_after.finditer(after)}
    # "300 who remain, out of 4,000 federalized in June": the comma ends what is said of 300
    near = after.split(",")[0]
    if history is not None and r.cues[HISTORY].after is not None and r.cues[HISTORY].after.search(near):
        found.add(HISTORY)
    for role in r.always:
        if role in found:
            if role == LEAVING and PLAN in {m.lastgroup for m in _matches(r, before, after)}:
                return PLAN  # "2,800 of them will go home": leaving, but not yet
            return role
    best_after = _first(r.nearest_after, after)
    if best_after is not None and best_after[0] <= r.after_first_chars:
        return best_after[1]
    best_before = _last(r.nearest_before, before)
    candidates = [c for c in (best_before, best_after) if c is not None]
    return min(candidates)[1] if candidates else None


def _matches(r: RoleRules, before: str, after: str) -> list[re.Match]:
    """Every plan, order or in-place cue of a clause."""
    found = list(r.nearest_before.finditer(before)) if r.nearest_before is not None else []
    return found + (list(r.nearest_after.finditer(after)) if r.nearest_after is not None else [])


def _first(pattern: re.Pattern | None, text: str) -> tuple[int, str] | None:
    """(distance from the number, role) of the first cue after it."""
    match = pattern.search(text) if pattern is not None else None
    return (match.start(), match.lastgroup) if match else None


def _last(pattern: re.Pattern | None, text: str) -> tuple[int, str] | None:
    """(distance from the number, role) of the last cue before it."""
    last = None
    for last in pattern.finditer(text) if pattern is not None else ():
        pass
    return (len(text) - last.end(), last.lastgroup) if last else None


_UNTIL = re.compile(
    r"\b(?:through|until|till)\s+(?:the end of\s+)?"
    r"(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2})(?:,\s*(\d{4}))?", re.I)
_MONTHS = {m: i for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1)}


def until_date(figure: dict[str, Any], published: "date | None") -> "date | None":
    """The day an authorization or order runs out, where its clause says ("through Sept. 30");
    a date without a year is the next such day on or after publication."""
    from datetime import date

    evidence = figure.get("evidence") or {}
    sentence, end, offset = evidence.get("sentence") or "", evidence.get("end"), evidence.get("sentence_start")
    if end is None or offset is None:
        return None
    match = _UNTIL.search(sentence[end - offset:])
    if match is None or published is None:
        return None
    month, day = _MONTHS[match.group(1)[:3].lower()], int(match.group(2))
    year = int(match.group(3)) if match.group(3) else published.year
    try:
        found = date(year, month, day)
    except ValueError:
        return None
    if not match.group(3) and found < published:
        try:
            found = date(year + 1, month, day)
        except ValueError:
            return None
    return found
