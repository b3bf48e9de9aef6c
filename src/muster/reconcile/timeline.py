"""A deployment's timeline: for each day with reports, troops present and the ceiling, as intervals.

How figures move the estimate (non-background figures only):

- `present` sets the number ("about 2,500 are there");
- `withdrawn` takes away ("2,000 sent home");
- `sent` with "additional", "more", "another" in its words adds ("1,500 more");
- other `sent` figures are at least what is there ("1,500 sent": not fewer than 1,500,
  and a retelling of the same sending adds nothing);
- `authorized` sets the ceiling ("authorized up to 10,000"), or adds to it when additional;
- a figure for one place of the theatre ("300 in Paramount") is only a floor.

Within a day: "before" totals ("the 2,500 already there"), then withdrawals, then
additions, then sendings, then "after" totals ("bringing the total to 4,000"),
then ceilings. Each report counts once per quantity: its own figures narrow one
another (a range "2,000 to 3,000" is read as both ends), and of two that disagree
the later in a "from ... to ..." sentence, else the larger, speaks for the report.
Reports that overlap narrow the estimate to their common part; reports that do
not are kept side by side in the point's `conflicts`, and the estimate spans them.

The force is tracked as a tree: the whole, each component (Guard, active duty,
reserve) when the deployment has several, and each home state when Guard troops
come from several. A figure speaks for its node; the whole is what its parts add
up to, unless a figure for the whole is newer.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Iterable

from muster.reconcile import intervals
from muster.reconcile.claims import FACT, FIGURE, Claim
from muster.reconcile.intervals import Interval
from muster.reconcile.wording import (
    DRAWING_DOWN, ENDED, KIND_STATUS, ORDERED, RANK, UNDER_WAY, says_from_to, says_total_after, status_words,
    strongest, wording,
)

Key = tuple

_STATUS_FACTS = {"place", "mission", "command"}  # whose sentences' wording speaks to the status


@dataclass
class _Node:
    own: Interval | None = None
    seq: int = -1


@dataclass
class Tracker:
    """Troop numbers over a tree of parts: () the whole, (component,), (component, state)."""

    nodes: dict[Key, _Node] = field(default_factory=lambda: defaultdict(_Node))

    def _children(self, key: Key) -> list[Key]:
        """The parts directly under `key`, counting parts that only their own parts hold."""
        return sorted({k[: len(key) + 1] for k in self.nodes if len(k) > len(key) and k[: len(key)] == key})

    def _latest(self, key: Key) -> int:
        seqs = [self.nodes[key].seq] if key in self.nodes else []
        seqs += [self._latest(k) for k in self._children(key)]
        return max(seqs, default=-1)

    def estimate(self, key: Key = ()) -> Interval | None:
        parts = [(self.estimate(k), self._latest(k)) for k in self._children(key)]
        parts = [(e, s) for e, s in parts if e is not None]
        summed = intervals.total([e for e, _ in parts])
        node = self.nodes.get(key)
        own = node.own if node else None
        if own is None:
            return summed
        if summed is None or node.seq >= max(s for _, s in parts):
            return own
        return intervals.raise_to(own, summed)

    def _ancestors(self, key: Key) -> list[Key]:
        return [key[:i] for i in range(len(key) - 1, -1, -1)]

    def _update(self, key: Key, new: Interval | None, seq: int, carry) -> None:
        """Set `key` to `new`; ancestors that hold their own figure follow by `carry(before)`."""
        ancestors = [a for a in self._ancestors(key) if a in self.nodes and self.nodes[a].own is not None]
        before = {a: self.estimate(a) for a in ancestors}
        node = self.nodes[key]
        node.own, node.seq = new, seq
        for a in ancestors:
            self.nodes[a].own = carry(before[a])
            self.nodes[a].seq = seq

    def reset(self, key: Key, value: Interval, seq: int) -> None:
        old = self.estimate(key)
        if old is None:  # a part not counted before: whether the whole held it is unknown
            node = self.nodes[key]
            node.own, node.seq = value, seq
            return
        self._update(key, value, seq, lambda a: intervals.shift(a, old, value))

    def add(self, key: Key, value: Interval, seq: int) -> None:
        old = self.estimate(key)
        if old is None:
            # "1,500 more" than an unknown number is at least 1,500
            old = (0, 0) if self.estimate(()) is not None else (0, None)
        self._update(key, intervals.add(old, value), seq, lambda a: intervals.add(a, value))

    def subtract(self, key: Key, value: Interval, seq: int) -> None:
        old = self.estimate(key)
        new = intervals.subtract(old, value) if old is not None else None
        self._update(key, new, seq, lambda a: intervals.subtract(a, value))

    def floor(self, key: Key, value: Interval, seq: int) -> None:
        old = self.estimate(key)
        node = self.nodes[key]
        node.own = value if old is None else intervals.raise_to(old, value)
        node.seq = seq

    def parts(self) -> list[tuple[Key, Interval]]:
        keys = {k[:i] for k in self.nodes for i in range(1, len(k) + 1)}
        return [(k, e) for k in sorted(keys) for e in [self.estimate(k)] if e is not None]


@dataclass
class _Layout:
    """Which node each figure speaks for, given the deployment's components and home states."""

    components: list[str]
    guard_states: list[str]

    @classmethod
    def of(cls, claims: Iterable[Claim]) -> _Layout:
        figures = [c for c in claims if c.kind == FIGURE and not c.background]
        components = sorted({c.component for c in figures} - {"unspecified"})
        states = sorted({c.state for c in figures if c.component == "national_guard" and c.state})
        return cls(components, states)

    def key(self, claim: Claim) -> Key:
        component = claim.component
        if component == "unspecified":
            if len(self.components) != 1:
                return ()
            component = self.components[0]
        if component == "national_guard" and len(self.guard_states) > 1 and claim.state:
            return (component, claim.state)
        return (component,)


def _ref_group(claims: list[Claim]) -> list[dict[str, Any]]:
    return [c.ref() for c in sorted(claims, key=_claim_order)]


def _claim_order(c: Claim) -> tuple:
    return (c.report.sort_key, c.start, c.position if c.position is not None else -1)


def _per_report(claims: list[Claim]) -> Interval:
    """One report's figures for one quantity, as one interval (see the module docstring)."""
    claims = sorted(claims, key=_claim_order)
    values = [c.interval for c in claims]
    combined, disagree = intervals.combine(values)
    if not disagree:
        return combined
    if any(says_from_to(c.sentence or "") for c in claims):
        return values[-1]
    return max(values, key=lambda v: (v[0], v[1] if v[1] is not None else float("inf")))


def _by_report(claims: list[Claim]) -> list[tuple[Interval, list[Claim]]]:
    groups: dict[str, list[Claim]] = defaultdict(list)
    for claim in claims:
        groups[claim.article_id].append(claim)
    return [(_per_report(groups[a]), groups[a]) for a in sorted(groups, key=lambda a: groups[a][0].report.sort_key)]


def _across(reports: list[tuple[Interval, list[Claim]]], quantity: str, key: Key,
            conflicts: list[dict[str, Any]]) -> Interval:
    """Several reports of one quantity on one day: their common part, or their span and a conflict."""
    combined, disagree = intervals.combine([v for v, _ in reports])
    if disagree:
        conflicts.append({
            "quantity": quantity,
            **_key_dict(key),
            "reports": [
                {**intervals.as_dict(v), "article_id": cs[0].article_id, "claims": _ref_group(cs)}
                for v, cs in sorted(reports, key=lambda r: (r[0][0], r[1][0].article_id))
            ],
        })
    return combined


def _key_dict(key: Key) -> dict[str, Any]:
    return {"component": key[0] if key else None, "state": key[1] if len(key) > 1 else None}


def _present_after(claim: Claim, day: list[Claim]) -> bool:
    """A `present` figure stated as the total after an addition in the same sentence."""
    if not says_total_after(claim.sentence or ""):
        return False
    return any(c.additional and c.article_id == claim.article_id and c.sentence_key == claim.sentence_key
               for c in day)


def build(claims: list[Claim], *, start_year: int | None = None) -> list[dict[str, Any]]:
    """The timeline points of one deployment's claims, oldest first."""
    layout = _Layout.of(claims)
    present, ceiling = Tracker(), Tracker()
    figures = [c for c in claims if c.kind == FIGURE and not c.background and c.date is not None]
    by_day: dict[date, list[Claim]] = defaultdict(list)
    for claim in figures:
        by_day[claim.date].append(claim)
    reports_by_day: dict[date, dict[str, Any]] = defaultdict(dict)
    for claim in claims:
        if claim.report.published is not None:
            reports_by_day[claim.report.published][claim.article_id] = claim.report
    facts_by_day: dict[date, list[Claim]] = defaultdict(list)
    for claim in claims:
        if claim.kind == FACT and claim.date is not None:
            facts_by_day[claim.date].append(claim)

    settings = wording().settings
    applied: list[tuple[Key, str, int, str | None, date]] = []  # additions and withdrawals done
    status: str | None = None
    observed: Interval | None = None  # the whole as last set by a `present` figure
    points = []
    seq = 0
    for day in sorted(set(by_day) | set(reports_by_day)):
        todays = by_day.get(day, [])
        conflicts: list[dict[str, Any]] = []
        changes: list[dict[str, Any]] = []
        restated: list[Claim] = []
        before = present.estimate()

        def group(select) -> dict[Key, list[Claim]]:
            found: dict[Key, list[Claim]] = defaultdict(list)
            for c in todays:
                if select(c):
                    found[layout.key(c)].append(c)
            return {k: found[k] for k in sorted(found)}

        def change(op: str, key: Key, value: Interval | None, used: list[Claim]) -> None:
            changes.append({"op": op, **_key_dict(key), **(intervals.as_dict(value) or {"low": None, "high": None}),
                            "claims": [c.id for c in sorted(used, key=_claim_order)]})

        def fresh(key: Key, op: str, reports: list[tuple[Interval, list[Claim]]]):
            """Drop reports retelling an addition or withdrawal already counted a few days before."""
            kept = []
            for value, cs in reports:
                c = cs[0]
                again = any(k == key and o == op and n == c.item.get("count") and q == c.item.get("qualifier")
                            and 0 < (day - d).days <= settings["restatement_days"]
                            for k, o, n, q, d in applied)
                if again:
                    restated.extend(cs)
                else:
                    kept.append((value, cs))
            return kept

        steps = [
            ("present", lambda c: c.figure_kind == "present" and not c.part and not _present_after(c, todays)),
            ("withdrawn", lambda c: c.figure_kind == "withdrawn"),
            ("additional", lambda c: c.figure_kind == "sent" and c.additional),
            ("sent", lambda c: (c.figure_kind == "sent" and not c.additional)
                or (c.figure_kind == "present" and c.part)),
            ("total", lambda c: c.figure_kind == "present" and not c.part and _present_after(c, todays)),
        ]
        for quantity, select in steps:
            for key, cs in group(select).items():
                seq += 1
                reports = _by_report(cs)
                if quantity in ("withdrawn", "additional"):
                    reports = fresh(key, quantity, reports)
                    if not reports:
                        continue
                value = _across(reports, "present" if quantity == "total" else quantity, key, conflicts)
                used = [c for _, group_claims in reports for c in group_claims]
                if quantity in ("present", "total"):
                    present.reset(key, value, seq)
                    change("set", key, value, used)
                elif quantity == "withdrawn":
                    present.subtract(key, value, seq)
                    change("subtract", key, value, used)
                elif quantity == "additional":
                    present.add(key, value, seq)
                    change("add", key, value, used)
                else:
                    partial = all(c.part for c in cs)
                    floor = (value[0], None) if partial else value
                    present.floor(key, floor, seq)
                    change("at least", key, floor, used)
                if quantity in ("withdrawn", "additional"):
                    for _, group_claims in reports:
                        c = group_claims[0]
                        applied.append((key, quantity, c.item.get("count"), c.item.get("qualifier"), day))
        for key, cs in group(lambda c: c.figure_kind == "authorized").items():
            seq += 1
            adds = [c for c in cs if c.additional]
            sets = [c for c in cs if not c.additional]
            if sets:
                value = _across(_by_report(sets), "ceiling", key, conflicts)
                ceiling.reset(key, value, seq)
                change("ceiling", key, value, sets)
            if adds:
                value = _across(_by_report(adds), "ceiling added", key, conflicts)
                ceiling.add(key, value, seq)
                change("ceiling add", key, value, adds)

        after = present.estimate()
        status = _next_status(status, day, todays, facts_by_day.get(day, []),
                              list(reports_by_day.get(day, {}).values()), observed, after, start_year,
                              any(c["op"] == "set" for c in changes), _rose(before, after))
        if any(c["op"] == "set" for c in changes):
            observed = after
        points.append({
            "date": day.isoformat(),
            "present": intervals.as_dict(after),
            "ceiling": intervals.as_dict(ceiling.estimate()),
            "status": status,
            "parts": _parts(present, ceiling),
            "changes": changes,
            "claims": _ref_group(todays),
            "restated": _ref_group(restated),
            "conflicts": conflicts,
            "reports": sorted(reports_by_day.get(day, {})),
        })
    return points


def _parts(present: Tracker, ceiling: Tracker) -> list[dict[str, Any]]:
    keys = sorted({k for k, _ in present.parts()} | {k for k, _ in ceiling.parts()})
    return [
        {**_key_dict(k), "present": intervals.as_dict(present.estimate(k)),
         "ceiling": intervals.as_dict(ceiling.estimate(k))}
        for k in keys
    ]


def _rose(before: Interval | None, after: Interval | None) -> bool:
    return before is not None and after is not None and before[1] is not None and after[0] > before[1]


def _next_status(current: str | None, day: date, figures: list[Claim], facts: list[Claim],
                 reports: list, observed: Interval | None, after: Interval | None,
                 start_year: int | None, set_today: bool, rising: bool) -> str | None:
    """The deployment's status after a day's reports (see `wording.toml` for the words).

    The kinds of figures give a floor (sent: announced; authorized: ordered; present:
    under way; withdrawn: drawing down) and the words can say more. A count that
    reaches zero says ended; a total reported below the last reported total (not
    below a mere "at least") says drawing down. The status moves only
    forward, except that `extended` and `drawing down` take turns, and that a
    force drawing down that grows again, with no word of leaving, is under way.
    """
    signals: list[str] = []
    for claim in figures:
        signals.append(KIND_STATUS.get(claim.figure_kind) or ORDERED)
        signals += status_words(claim.sentence or "", year=start_year)
    for claim in facts:
        if (claim.item.get("type") == "authority" and claim.item.get("status") == "invoked"
                and claim.item.get("value") in wording().ordering_authorities):
            signals.append(ORDERED)
        if claim.item.get("type") == "condition" and claim.item.get("value") == "federalized":
            signals.append(ORDERED)
        if claim.item.get("type") in _STATUS_FACTS:
            signals += status_words(claim.sentence or "", year=start_year)
    for report in reports:
        signals += status_words(report.title, year=start_year)
    if after == (0, 0) and figures:
        signals.append(ENDED)
    elif set_today and observed is not None and after is not None and after[1] is not None and after[1] < observed[0]:
        signals.append(DRAWING_DOWN)
    found = strongest(signals)
    if found is None:
        return current
    if current == DRAWING_DOWN and rising and RANK[found] <= RANK[UNDER_WAY]:
        return UNDER_WAY
    if current is None or RANK[found] >= RANK[current]:
        return found
    return current
