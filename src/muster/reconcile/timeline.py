"""A deployment's timeline: a ledger per component, moved report by report in the order published.

A point is made for each day on which reports were published, and it holds only
what those reports and earlier ones said: an answer "as of" a date never uses a
report published after it, even one that tells of earlier days.

Each component (National Guard, active duty, reserve; troops of no stated
component when the deployment has several) keeps a level, a ceiling and a
status. A report moves them by what its figures say about the force on their
date (`roles.py` reads that from each figure's clause):

- a standing total ("3,150 remain", "about 900 had already deployed") sets the
  level, unless it is older than the level already held; a peak ("at its
  height"), a cumulative count ("rotated through"), a shift ("at any one time"),
  a number about an earlier time ("a week ago", "in June") and a plan never do.
  Of a report's totals, one reported in place beats one with no such word, a
  later date beats an earlier one, and a later place in the text ("from 6,000 to
  3,000") beats an earlier one. Troops sent onto the scene ("sent 4,500 onto
  the streets") are a total when the report gives none.
- "another N", "N more" add, when the report says they came ("arrived"), to the
  level before the report's total of the same sentence (a total after them,
  "bringing the total to", is taken as it is); other changes that a report
  tells beside its own total are already in that total.
- a withdrawal subtracts ("2,000 sent home"), or zeroes the level with "the last
  of", "all" or "remaining", or when it takes away nearly all that was there; an
  order sending a unit home counts as done.
- an authorization sets the ceiling; a plan, an order not yet carried out, or a
  pledge is a ceiling when no authorization is given, and never troops present. A
  ceiling lapses when the force draws down below it or grows past it.

A total is never added to its own parts: figures for one place of the theatre
are parts, not the whole; the deployment's estimate is the sum of its
components, or a total of no stated component when that is newer.

Several reports published on one day that disagree beyond their hedges are kept
side by side in the point's `conflicts`, and the level spans them.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Iterable

from muster.reconcile import intervals
from muster.reconcile.claims import FACT, FIGURE, Claim
from muster.reconcile.intervals import Interval
from muster.reconcile.places import state_code
from muster.extract.roles import (
    DONE, HISTORY, LEAVING, NEVER_A_CEILING, NEVER_A_LEVEL, ORDER, PLAN, STANDBY, clause, until_date,
)
from muster.reconcile.wording import (
    ANNOUNCED, DRAWING_DOWN, ENDED, EXTENDED, ORDERED, UNDER_WAY, says_from_to, says_total_after, statuses_said,
    wording,
)

UNSPECIFIED = "unspecified"
EVIDENCE_KEPT = 10  # figures kept as the evidence of one number
_FROM_TO_END = re.compile(r"\bfrom\b.*\bto\s*$", re.I)
_STATUS_FACTS = {"place", "mission", "command"}  # whose sentences' wording speaks to the status


@dataclass
class Part:
    """One component's ledger."""

    level: Interval | None = None
    level_date: date | None = None  # the date the level speaks for
    level_claims: list[Claim] = field(default_factory=list)
    ceiling: Interval | None = None
    ceiling_claims: list[Claim] = field(default_factory=list)
    ceiling_until: date | None = None  # the day the ceiling runs out, where a report gives one
    ceiling_authorized: bool = False  # the ceiling is an authorization (a plan does not replace it)
    reduction_from: date | None = None  # the report that set a ceiling below the force to come down to it
    extended: bool = False  # the last report that moved it spoke of an extension
    status: str | None = None
    reported: date | None = None  # the publication date of the last report that moved it
    standby: bool = False  # its only troops wait at their bases
    shares: dict[str, tuple[Interval, date, list[Claim]]] = field(default_factory=dict)  # by state: "2,800 in Texas"

    def clear_ceiling(self) -> None:
        self.ceiling, self.ceiling_claims, self.ceiling_until, self.ceiling_authorized = None, [], None, False
        self.reduction_from = None

    def view(self) -> dict[str, Any]:
        return {
            **(intervals.as_dict(self.level) or {"low": None, "high": None}),
            "as_of": self.level_date.isoformat() if self.level_date else None,
            "ceiling": intervals.as_dict(self.ceiling),
            "ceiling_until": self.ceiling_until.isoformat() if self.ceiling_until else None,
            "reduction_from": self.reduction_from.isoformat() if self.reduction_from else None,
            "extended": self.extended,
            "status": self.status,
            "claims": [c.id for c in self.level_claims],
            "ceiling_claims": [c.id for c in self.ceiling_claims],
            "shares": {code: {**intervals.as_dict(value), "as_of": when.isoformat(), "claims": [c.id for c in cs]}
                       for code, (value, when, cs) in sorted(self.shares.items())},
        }


@dataclass
class Reading:
    """What one report says about one component."""

    total: Claim | None = None
    total_value: Interval | None = None
    added: list[Claim] = field(default_factory=list)
    withdrawn: list[Claim] = field(default_factory=list)
    all_gone: bool = False
    ceiling: Interval | None = None
    ceiling_claims: list[Claim] = field(default_factory=list)
    ceiling_explicit: bool = False  # the ceiling's figures name the component
    ceiling_added: Interval | None = None  # "another 2,000 are being sent": on top of the ceiling
    ceiling_added_claims: list[Claim] = field(default_factory=list)
    ordered: bool = False
    planned: bool = False
    leaving_planned: bool = False  # "2,000 will leave before Christmas": drawing down, not yet gone
    ceiling_authorized: bool = False  # the ceiling is an authorization, not a plan or an order
    ceiling_until: date | None = None  # "funding for up to 4,000 ... through Sept. 30"
    standby_only: bool = False  # all its troops wait at their bases: none present
    shares: dict[str, Claim] = field(default_factory=dict)  # the troops in one state of the theatre, by state


def _memo(function):
    """A claim's answer to a question of this module, worked out once (claims do not change here)."""
    key = "_" + function.__name__

    def once(claim: Claim):
        found = claim.__dict__.get(key, _UNSET)
        if found is _UNSET:
            found = claim.__dict__[key] = function(claim)
        return found

    once.__doc__, once.__name__ = function.__doc__, function.__name__
    return once


_UNSET = object()


@_memo
def effective_kind(claim: Claim) -> str | None:
    """The figure's kind, except that troops sent or counted with words of leaving are withdrawn
    (the extractor already says so; records from elsewhere may not)."""
    if claim.figure_kind in ("sent", "present") and claim.role == LEAVING:
        return "withdrawn"
    return claim.figure_kind


def component_of(claim: Claim, components: list[str], report_components: set[str]) -> str:
    """The ledger a figure speaks for: its component, else the only one its report or
    its deployment speaks of."""
    if claim.component != UNSPECIFIED:
        return claim.component
    if len(report_components) == 1:
        return next(iter(report_components))
    if len(components) == 1:
        return components[0]
    return claim.component


@_memo
def _later_in_from_to(claim: Claim) -> bool:
    """The second number of "from 6,000 to 3,000": the level the sentence arrives at."""
    before, _ = clause(claim.item)
    return bool(_FROM_TO_END.search(before))


def _position(claim: Claim) -> tuple:
    return claim.start


@_memo
def _told_long_after(claim: Claim) -> bool:
    """A figure about a day long before its report ("125 the first night", in a story
    months later): history, not the force as the report finds it."""
    published = claim.report.published
    return bool(published and claim.date and (published - claim.date).days > wording().settings["stale_figure_days"])


@_memo
def _is_level(claim: Claim) -> bool:
    kind = effective_kind(claim)
    if claim.part or claim.role in NEVER_A_LEVEL or _told_long_after(claim):
        return False
    if kind == "present":
        return claim.role not in (PLAN, ORDER) or _later_in_from_to(claim)
    return kind == "sent" and not claim.additional and claim.role == DONE and claim.item.get("qualifier") != "up_to"


@_memo
def _is_plain_sending(claim: Claim) -> bool:
    """Troops sent with no word of plan, order or arrival: a total only when nothing better is said."""
    return (effective_kind(claim) == "sent" and not claim.additional and not claim.part
            and claim.role is None and not _told_long_after(claim) and claim.item.get("qualifier") not in ("up_to",))


def _total_key(claim: Claim, in_from_to: bool, after_addition: bool) -> tuple:
    """Of a report's totals: the total after an addition ("... 500 more, bringing the total to
    1,500"), then one reported in place, then the newest, then the later in the text."""
    return (after_addition, claim.role == DONE or in_from_to, claim.date or date.min, _position(claim))


def _after_addition(claim: Claim, figures: list[Claim]) -> bool:
    """A total stated after an addition in its sentence ("another 100 ..., and about 300 were on duty")."""
    return any(
        c.additional and c.sentence_key == claim.sentence_key and _position(c) < _position(claim) for c in figures)


def read_report(figures: list[Claim], *, first: bool = True) -> Reading:
    """One report's figures for one component, as the ledger reads them (module docstring).
    `first`: no level is known yet, so troops sent with no further word stand for the level."""
    reading = Reading()
    levels = [c for c in figures if _is_level(c)]
    if not levels and first:
        levels = [c for c in figures if _is_plain_sending(c)]
    if levels:
        in_from_to = {c.id for c in levels if says_from_to(c.sentence or "")}
        reading.total = max(levels, key=lambda c: _total_key(c, c.id in in_from_to, _after_addition(c, figures)))
        reading.total_value = intervals.of_level(reading.total.item, wording().settings["capped_level_floor"])
        joined = [c for c in levels if c is not reading.total and _joined(c, reading.total)]
        if joined:  # "3,900 from 11 states ... to reinforce the 1,200 D.C. Guard members"
            reading.total_value = intervals.total([reading.total_value, *(c.interval for c in joined)])
    for claim in sorted((c for c in figures if c.part and effective_kind(c) == "present"
                         and c.role in (None, DONE)), key=lambda c: (c.date or date.min, _position(c))):
        code = state_code(claim.item.get("place"))
        if code:
            reading.shares[code] = claim
    reading.added = [c for c in figures if effective_kind(c) == "sent" and c.additional and not c.part
                     and c.role in (None, DONE)]
    reading.withdrawn = [c for c in figures if effective_kind(c) == "withdrawn" and not c.part
                         and c.role not in (PLAN, *NEVER_A_LEVEL - {LEAVING})]
    reading.all_gone = any(wording().all_gone.search(c.sentence or "") for c in reading.withdrawn)

    authorized = [c for c in figures if c.figure_kind == "authorized" and c.role not in NEVER_A_CEILING]
    usable = [c for c in figures if not c.part and not c.additional and not _contingent(c)]
    # troops to be sent ("will send as many as 6,000"), and a pledge retold ("in May he had
    # pledged up to 6,000"), which is still the ceiling in force
    sendings = [c for c in usable if effective_kind(c) == "sent" and (
        (c.role in (PLAN, ORDER) or (c.role not in NEVER_A_LEVEL and c.item.get("qualifier") == "up_to"))
        or (c.role == HISTORY and c.item.get("qualifier") == "up_to"))]
    # a total the force is to reach ("would bring the total to about 40,000")
    targets = [c for c in usable if effective_kind(c) == "present" and c.role in (PLAN, ORDER)
               and not _later_in_from_to(c)]
    # "will shrink from 6,000 to 3,000": the size the mission is cut to is its new cap
    reductions = [c for c in usable if effective_kind(c) == "present" and c.role in (PLAN, ORDER)
                  and _later_in_from_to(c)]
    chosen = authorized or reductions or sendings + targets
    if chosen:
        top = max(chosen, key=lambda c: (c.interval[1] if c.interval[1] is not None else c.interval[0], c.interval[0]))
        reading.ceiling = intervals.of_ceiling(top.item) if top.figure_kind == "authorized" or top.item.get(
            "qualifier") == "up_to" else top.interval
        reading.ceiling_claims = [top]
        reading.ceiling_explicit = top.component != UNSPECIFIED or top.figure_kind == "authorized"
        reading.ceiling_authorized = bool(authorized or reductions)
        reading.ceiling_until = until_date(top.item, top.report.published)
        if reading.total is not None and top.figure_kind != "authorized" and _joins(reading.total) \
                and not says_total_after(top.sentence or ""):
            # "the 7,000 ordered ... will join 4,000 already there": the plan comes on top
            reading.ceiling = intervals.add(reading.total_value, reading.ceiling)
    more = [c for c in figures if c.additional and not c.part and c.role in (PLAN, ORDER)
            and effective_kind(c) in ("sent", "authorized")]
    if more and reading.ceiling is None:
        reading.ceiling_added = intervals.total([c.interval for c in more])
        reading.ceiling_added_claims = more
    reading.standby_only = bool(figures) and all(c.role == STANDBY for c in figures)
    # troops to leave, or that left in the days before ("a week ago the Pentagon released 2,000"):
    # the force is drawing down, whatever its count
    reading.leaving_planned = any(effective_kind(c) == "withdrawn" and (
        c.role == PLAN or (c.role == HISTORY and not _told_long_after(c))) for c in figures)
    reading.ordered = bool(authorized) or any(c.role == ORDER for c in figures)
    reading.planned = any(c.role == PLAN or effective_kind(c) == "sent" for c in figures)
    return reading


def _contingent(claim: Claim) -> bool:
    """One home state's contingent ("Utah will send 200"): a share of the force, not its ceiling,
    unless the theatre lies in that state alone (California's Guard for Los Angeles)."""
    if not claim.state or claim.component != "national_guard":
        return False
    us_states = tuple(claim.theatre.us_states) if claim.theatre is not None else ()
    return not (len(us_states) == 1 and state_code(claim.state) == us_states[0])


def _joins(total: Claim) -> bool:
    """A total that others are to join ("They will join 4,000 active-duty troops already there")."""
    before, _ = clause(total.item)
    return bool(wording().joins_parts.search(before))


def _joined(a: Claim, b: Claim) -> bool:
    """Two totals of one sentence that are two parts joined ("N ... reinforce the M", "alongside")."""
    if a.sentence_key != b.sentence_key or a.sentence_key is None:
        return False
    first, second = sorted((a, b), key=_position)
    sentence = first.sentence or ""
    offset = (first.evidence.get("sentence_start") or 0)
    between = sentence[first.evidence.get("end", 0) - offset: second.evidence.get("start", 0) - offset]
    return bool(wording().joins_parts.search(between))


def _apply(part: Part, reading: Reading, published: date, figures: list[Claim]) -> tuple[bool, bool]:
    """Move one component's ledger by one report's reading; (level moved, drew down)."""
    before = part.level
    moved = drew_down = False
    total = reading.total
    if total is not None and (part.level_date is None or total.date is None or total.date >= part.level_date):
        value = reading.total_value
        # "1,200 are on duty, and another 1,500 arrived": the addition comes on top of the
        # total before it; "another 100 ..., and about 300 were on duty": the total after it has it
        same_sentence = [c for c in reading.added if c.sentence_key == total.sentence_key and c is not total
                         and _position(c) > _position(total)]
        if same_sentence and not says_total_after(total.sentence or ""):
            value = intervals.add(value, intervals.total([c.interval for c in same_sentence]))
        part.level, part.level_date, part.level_claims = value, total.date or published, [total, *same_sentence]
        moved = True
        later = [c for c in reading.withdrawn if c.date and total.date and c.date > total.date]
        if later and reading.all_gone:  # "1,336 by Aug. 13 ... the last 600 released on Aug. 22"
            part.level, part.level_date, part.level_claims = (0, 0), max(c.date for c in later), later
            drew_down = True
    elif total is None and reading.withdrawn:
        out = _withdrawn_total(reading.withdrawn)
        stale = part.level is None or _point(out) > 1.15 * _point(part.level)
        known = part.ceiling if stale else part.level
        if reading.all_gone or known is not None:
            share = wording().settings["all_gone_share"]
            if reading.all_gone:
                left: Interval | None = (0, 0)
            elif known is None or _point(out) > (1 + share) * _point(known):
                left = None  # more left than were ever counted or planned: those counts were stale
            elif _point(out) >= (1 - share) * _point(known):
                left = (0, 0)  # all of them, or nearly all, left
            elif part.level is not None and _point(out) <= _point(part.level):
                left = intervals.subtract(part.level, out)
            else:
                left = None  # more left than were last counted: that count was stale
            part.level = left
            part.level_date = max(c.date or published for c in reading.withdrawn)
            part.level_claims = list(reading.withdrawn)
            moved = True
        drew_down = True
    elif total is None and reading.added:
        value = intervals.total([c.interval for c in reading.added])
        part.level = intervals.add(part.level, value) if part.level is not None else (value[0], None)
        part.level_date = max(c.date or published for c in reading.added)
        part.level_claims = list(reading.added)
        moved = True
    if reading.withdrawn:
        drew_down = True
    if moved and before is not None and part.level is not None and part.level[1] is not None \
            and part.level[1] < before[0]:
        drew_down = True

    for code, claim in reading.shares.items():
        part.shares[code] = (claim.interval, claim.date or published, [claim])
    if moved and not reading.standby_only:
        part.standby = False
    elif part.standby and not moved and (reading.ordered or reading.ceiling is not None) and not reading.standby_only:
        # troops on standby now ordered in: on their way, not yet counted in place
        part.standby, part.level, part.level_claims = False, None, []
    if part.level is None and reading.standby_only:
        part.level, part.level_date, part.level_claims = (0, 0), published, []  # waiting at their bases
        part.standby = True
        moved = True
    if reading.ceiling_added is not None:
        base = part.ceiling if part.ceiling is not None else part.level
        part.ceiling = intervals.add(base, reading.ceiling_added) if base is not None else reading.ceiling_added
        # the ceiling rests on the last few figures that built it (an unbounded list would grow with every report)
        part.ceiling_claims = [*part.ceiling_claims, *reading.ceiling_added_claims][-EVIDENCE_KEPT:]
    takes = reading.ceiling is not None and (reading.ceiling_explicit or part.ceiling is None) and (
        reading.ceiling_authorized or not drew_down  # a drawdown's report retells old orders
    ) and (reading.ceiling_authorized or not part.ceiling_authorized)  # a plan does not undo an authorization
    if takes:
        part.ceiling_authorized = reading.ceiling_authorized
        retold = part.ceiling == reading.ceiling and reading.ceiling_until is None
        part.ceiling, part.ceiling_claims = reading.ceiling, reading.ceiling_claims
        if not retold:  # a retold authorization keeps the end date its first report gave
            part.ceiling_until = reading.ceiling_until
        # an authorization below the force in a report of its drawdown ("keep about 5,000
        # through mid-March", 7,000 there now) is the size the force is coming down to
        part.reduction_from = published if (reading.ceiling_authorized and drew_down and part.level is not None
                                            and _point(reading.ceiling) < _point(part.level)) else None
    elif drew_down:
        part.clear_ceiling()
    if part.ceiling is not None and part.level is not None and part.reduction_from is None and _point(part.level) > (
            1 + wording().settings["ceiling_overshoot"]) * _point(part.ceiling):
        part.clear_ceiling()  # the force has grown well past it
    if moved or reading.ceiling is not None or drew_down:
        part.reported = published
    return moved, drew_down


def _withdrawn_total(claims: list[Claim]) -> Interval:
    """Troops leaving in one report: the sum of its withdrawals, unless one of them is the
    whole of the others ("2,500 Army troops ... 1,500 Marines ... in all 4,000 left")."""
    values = sorted((c.interval for c in claims), key=_point, reverse=True)
    if len(values) > 1 and _point(values[0]) >= 0.9 * sum(_point(v) for v in values[1:]):
        return values[0]
    return intervals.total(values)


def _point(value: Interval) -> float:
    return value[0] if value[1] is None else (value[0] + value[1]) / 2


def _status(part: Part, reading: Reading, moved: bool, drew_down: bool, words: Words) -> str | None:
    if part.standby and part.level == (0, 0):
        if reading.total is not None or reading.added:
            part.standby = False
        else:
            return None  # on standby: not sent, not ended
    if part.level == (0, 0):
        return ENDED
    if drew_down or (reading.leaving_planned and part.level is not None):
        return DRAWING_DOWN
    if EXTENDED in words and part.level is not None:
        return EXTENDED
    if moved and part.level is not None:
        return UNDER_WAY
    if part.status is not None and part.level is not None:
        return part.status
    if reading.ordered or ORDERED in words:
        return ORDERED
    if reading.planned or reading.ceiling is not None:
        return part.status or ANNOUNCED
    return part.status


def combined_status(parts: dict[str, Part], today: date, words: Words) -> str | None:
    """The deployment's status from its components' (the ones moved today weigh most)."""
    statuses = [p.status for p in parts.values() if p.status]
    if not statuses:
        return ENDED if ENDED in words else None
    if all(s == ENDED for s in statuses) or ENDED in words:
        return ENDED  # "the mission ends Tuesday": a few who stay on do not keep it going
    today_statuses = [p.status for p in parts.values() if p.reported == today and p.status]
    for wanted in (DRAWING_DOWN, EXTENDED, UNDER_WAY):
        if wanted in today_statuses:
            return wanted
    for wanted in (DRAWING_DOWN, EXTENDED, UNDER_WAY, ORDERED, ANNOUNCED):
        if wanted in statuses:
            return wanted
    return statuses[0]


def estimate(parts: dict[str, Part]) -> tuple[Interval | None, Interval | None]:
    """The whole force and its ceiling: the sum of the components, or a newer total of
    no stated component (a total is never added to its own parts)."""
    named = {k: p for k, p in parts.items() if k != UNSPECIFIED}
    whole = parts.get(UNSPECIFIED)
    levels = [p.level for p in named.values() if p.level is not None]
    present = intervals.total(levels)
    newest_named = max((p.level_date for p in named.values() if p.level_date), default=None)
    if whole is not None and whole.level is not None and (
            present is None or newest_named is None or (whole.level_date and whole.level_date >= newest_named
                                                         and _point(whole.level) >= 0.85 * _point(present))):
        present = whole.level
    ceilings = [p.ceiling for p in named.values() if p.ceiling is not None]
    ceiling = intervals.total(ceilings)
    if whole is not None and whole.ceiling is not None and (ceiling is None or _point(whole.ceiling) > _point(ceiling)):
        ceiling = whole.ceiling
    return present, ceiling


def build(claims: list[Claim], *, start_year: int | None = None) -> list[dict[str, Any]]:
    """The timeline points of one deployment's claims: one per day with reports published."""
    figures = [c for c in claims if c.kind == FIGURE and not c.background and c.date is not None]
    components = sorted({c.component for c in figures} - {UNSPECIFIED})
    reports_by_day: dict[date, dict[str, Any]] = defaultdict(dict)
    figures_by_report: dict[str, list[Claim]] = defaultdict(list)
    facts_by_report: dict[str, list[Claim]] = defaultdict(list)
    for claim in claims:
        published = claim.report.published or claim.date
        if published is not None:
            reports_by_day[published][claim.article_id] = claim.report
    for claim in figures:
        figures_by_report[claim.article_id].append(claim)
    for claim in claims:
        if claim.kind == FACT:
            facts_by_report[claim.article_id].append(claim)

    parts: dict[str, Part] = defaultdict(Part)
    points = []
    for day in sorted(reports_by_day):
        reports = sorted(reports_by_day[day].values(), key=lambda r: r.sort_key)
        conflicts: list[dict[str, Any]] = []
        changes: list[dict[str, Any]] = []
        todays: list[Claim] = []
        words = Words(start_year)
        readings: dict[str, list[tuple[Reading, list[Claim]]]] = defaultdict(list)
        for report in reports:
            own = figures_by_report.get(report.id, [])
            todays += own
            words.add(report, own, facts_by_report.get(report.id, []))
            by_component: dict[str, list[Claim]] = defaultdict(list)
            stated = {c.component for c in own} - {UNSPECIFIED}
            for claim in own:
                by_component[component_of(claim, components, stated)].append(claim)
            for component, cs in by_component.items():
                first = parts[component].level is None or parts[component].standby
                readings[component].append((read_report(cs, first=first), cs))
        for component in sorted(readings):
            part = parts[component]
            merged = _merge_day(readings[component], component, conflicts)
            cs = [c for _, group in readings[component] for c in group]
            moved, drew_down = _apply(part, merged, day, cs)
            part.status = _status(part, merged, moved, drew_down, words)
            if moved or merged.ceiling is not None:
                part.extended = EXTENDED in words
            if moved:
                changes.append({"op": "set", "component": component, "state": None,
                                **(intervals.as_dict(part.level) or {"low": None, "high": None}),
                                "claims": [c.id for c in part.level_claims]})
            if merged.ceiling is not None:
                changes.append({"op": "ceiling", "component": component, "state": None,
                                **intervals.as_dict(merged.ceiling), "claims": [c.id for c in merged.ceiling_claims]})
        present, ceiling = estimate(parts)
        points.append({
            "date": day.isoformat(),
            "present": intervals.as_dict(present),
            "ceiling": intervals.as_dict(ceiling),
            "status": combined_status(parts, day, words),
            "by_component": {k: parts[k].view() for k in sorted(parts) if parts[k].status or parts[k].level},
            "parts": [{"component": k, "state": None, "present": intervals.as_dict(parts[k].level),
                       "ceiling": intervals.as_dict(parts[k].ceiling)} for k in sorted(parts)],
            "changes": changes,
            "claims": [c.ref() for c in sorted(todays, key=lambda c: (c.report.sort_key, c.start))],
            "restated": [],
            "conflicts": conflicts,
            "reports": sorted(reports_by_day[day]),
        })
    return points


def _merge_day(readings: list[tuple[Reading, list[Claim]]], component: str,
               conflicts: list[dict[str, Any]]) -> Reading:
    """Several reports of one day on one component: their totals narrow one another, or
    are kept side by side as a conflict and spanned."""
    if len(readings) == 1:
        return readings[0][0]
    with_total = [(r, cs) for r, cs in readings if r.total is not None]
    merged = max((r for r, _ in readings), key=lambda r: (r.total is not None, r.ceiling is not None))
    if len(with_total) > 1:
        values = [r.total_value for r, _ in with_total]
        combined, disagree = intervals.combine(values)
        if disagree:
            conflicts.append({
                "quantity": "present", "component": component, "state": None,
                "reports": [{**intervals.as_dict(r.total_value), "article_id": r.total.article_id,
                             "claims": [r.total.ref()]} for r, _ in sorted(with_total, key=lambda x: x[0].total_value)],
            })
        merged = Reading(**{**merged.__dict__})
        merged.total = max((r.total for r, _ in with_total), key=lambda c: (c.date or date.min, c.article_id))
        merged.total_value = combined
    for r, _ in readings:
        if r is not merged:
            merged.withdrawn = merged.withdrawn or r.withdrawn
            merged.all_gone = merged.all_gone or r.all_gone
            merged.leaving_planned = merged.leaving_planned or r.leaving_planned
            merged.shares = {**r.shares, **merged.shares}
            merged.ordered = merged.ordered or r.ordered
            merged.planned = merged.planned or r.planned
            if merged.ceiling is None and r.ceiling is not None:
                merged.ceiling, merged.ceiling_claims, merged.ceiling_explicit = r.ceiling, r.ceiling_claims, r.ceiling_explicit
    return merged


_READ_TOGETHER = (EXTENDED, ENDED)


class Words:
    """What a day's reports say in words of a status (extended, ended, ordered), each read
    only when the ledger asks: most days are settled by their figures alone."""

    def __init__(self, start_year: int | None) -> None:
        self.start_year = start_year
        self.sentences: set[str] = set()
        self.known: dict[str, bool] = {}

    def add(self, report, figures: Iterable[Claim], facts: Iterable[Claim]) -> None:
        self.sentences.add(report.title)
        self.sentences.update(c.sentence or "" for c in figures)
        self.sentences.update(c.sentence or "" for c in facts if c.item.get("type") in _STATUS_FACTS)
        self.known.clear()

    def __contains__(self, status: str) -> bool:
        if status not in self.known:
            asked = _READ_TOGETHER if status in _READ_TOGETHER else (status,)  # one pass for the common pair
            found = set()
            for sentence in self.sentences:
                found |= statuses_said(sentence, asked, year=self.start_year)
            self.known.update({s: s in found for s in asked})
        return self.known[status]
