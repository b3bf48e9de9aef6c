"""Claims to deployments: by theatre, then by time, then by force.

1. Theatre: each claim already has one (see `claims.py`).
2. Time: a theatre's reports, in date order, start a new deployment after a gap of
   more than `gap_days` (wording.toml), unless the report after the gap reads as
   the same deployment carrying on: troops reported still in place, or no new
   sending or authorization, only troops leaving or an extension.
3. Force: National Guard figures and federal (active-duty, reserve) figures in one
   theatre and time are two deployments (the 2018 Guard border mission under
   Title 32 and the active-duty one that autumn), unless the Guard was federalized
   alongside them or a task force commands both (Los Angeles 2025, Task Force 51).
   Figures of no stated component, and facts, go with the force their sentence or
   their report speaks of. A force that starts nothing in a later window (only
   troops still there or leaving) carries on its earlier deployment.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Iterable

from muster.reconcile.claims import FACT, FIGURE, Claim
from muster.reconcile.places import Theatre
from muster.reconcile.reports import Report
from muster.extract.roles import DONE, LEAVING, NEVER_A_LEVEL
from muster.reconcile.wording import ANNOUNCED, ORDERED, names_year_before, status_words, strongest, wording

GUARD, FEDERAL = "guard", "federal"
COMBINED, UNKNOWN = "combined", "unknown"
STRAND = {"national_guard": GUARD, "active_duty": FEDERAL, "reserve": FEDERAL}
FEDERALIZING = {("condition", "federalized"), ("authority", "title_10_12406"), ("authority", "insurrection_act")}


@dataclass
class Group:
    """The claims of one deployment, before it is written up."""

    theatre: Theatre
    force: str  # GUARD, FEDERAL, COMBINED or UNKNOWN
    lead: str  # the force of its earliest figure: part of its id
    claims: list[Claim]

    @property
    def reports(self) -> list[Report]:
        found = {c.article_id: c.report for c in self.claims}
        return sorted(found.values(), key=lambda r: r.sort_key)


def groups(claims: Iterable[Claim]) -> list[Group]:
    claims = list(claims)
    _join_towns_of_one_scene(claims)
    by_theatre: dict[str, list[Claim]] = defaultdict(list)
    theatres: dict[str, Theatre] = {}
    for claim in claims:
        if claim.theatre is not None and claim.date is not None:
            by_theatre[claim.theatre.id].append(claim)
            theatres[claim.theatre.id] = claim.theatre
    result = []
    for tid in sorted(by_theatre):
        found: list[Group] = []
        for window in _windows(by_theatre[tid]):
            for group in _split_by_force(theatres[tid], window):
                _carry_on(found, group)
        result += found
    return result


def _join_towns_of_one_scene(claims: list[Claim]) -> None:
    """Towns no theatre holds, in one state, whose reports name the same task force or come
    within `gap_days` of each other are one scene ("Joint Task Force Andrew" in Homestead
    and in Florida City; a storm reported from Austin and Houston): their claims move to
    the town reported first."""
    umbrella = wording().umbrella_commands
    commands: dict[str, set[str]] = defaultdict(set)
    first: dict[str, tuple] = {}
    theatres: dict[str, Theatre] = {}
    for claim in claims:
        theatre = claim.theatre
        if theatre is None or not theatre.adhoc or claim.date is None:
            continue
        theatres[theatre.id] = theatre
        first[theatre.id] = min(first.get(theatre.id, (claim.date, theatre.id)), (claim.date, theatre.id))
        if claim.kind == FACT and claim.item.get("type") == "command" and claim.item.get("value") not in umbrella:
            commands[theatre.id].add(claim.item["value"])
    last: dict[str, object] = {}
    for claim in claims:
        if claim.theatre is not None and claim.theatre.id in theatres and claim.date is not None:
            last[claim.theatre.id] = max(last.get(claim.theatre.id, claim.date), claim.date)
    gap = wording().settings["gap_days"]
    merged: dict[str, Theatre] = {}
    ordered = sorted(theatres, key=lambda t: first[t])
    for i, tid in enumerate(ordered):
        for earlier in ordered[:i]:
            lead = merged.get(earlier, theatres[earlier])
            same_state = theatres[tid].us_states and theatres[tid].us_states == lead.us_states
            # one task force, or one state's towns reported on in the same weeks (a storm's
            # Houston and Austin): one scene
            close = (first[tid][0] - last[earlier]).days <= gap
            if same_state and ((commands[tid] & commands[earlier]) or close):
                merged[tid] = lead
                break
    # each scene is named after the town its reports name most (ties: the first reported)
    counts: dict[str, int] = defaultdict(int)
    for claim in claims:
        if claim.theatre is not None and claim.theatre.id in theatres:
            counts[claim.theatre.id] += 1
    members: dict[str, list[str]] = defaultdict(list)
    for tid in theatres:
        members[merged[tid].id if tid in merged else tid].append(tid)
    lead_of = {}
    for group in members.values():
        lead = min(group, key=lambda t: (-counts[t], first[t]))
        lead_of.update({t: theatres[lead] for t in group if t != lead})
    for claim in claims:
        if claim.theatre is not None and claim.theatre.id in lead_of:
            claim.theatre = lead_of[claim.theatre.id]


def _carry_on(found: list[Group], group: Group) -> None:
    """Add `group` to a theatre's deployments, or to an earlier one of the same force
    when it does not start anything (a Guard force still there when a new federal
    mission opened the window: module docstring, 2)."""
    figures = [c for c in group.claims if c.kind == FIGURE and not c.background]
    if figures and not _starts(figures):
        first = min(_report_date(c.report, [c]) for c in group.claims)
        for earlier in reversed(found):
            last = max(_report_date(c.report, [c]) for c in earlier.claims)
            if (first - last).days > wording().settings["carry_on_days"]:
                continue
            if earlier.force == group.force or COMBINED in (earlier.force, group.force):
                for claim in group.claims:
                    claim.strand = earlier.claims[0].strand
                earlier.claims.extend(group.claims)
                return
    found.append(group)


def _report_date(report: Report, claims: list[Claim]):
    return report.published or min(c.date for c in claims)


def _windows(claims: list[Claim]) -> list[list[Claim]]:
    """The theatre's claims cut where reporting stops for months (module docstring, 2)."""
    by_report: dict[str, list[Claim]] = defaultdict(list)
    for claim in claims:
        by_report[claim.article_id].append(claim)
    order = sorted(by_report, key=lambda a: (_report_date(by_report[a][0].report, by_report[a]), a))
    gap = wording().settings["gap_days"]
    longest = wording().settings["carry_on_days"]
    windows: list[list[Claim]] = []
    last = None
    for article_id in order:
        cs = by_report[article_id]
        when = _report_date(cs[0].report, cs)
        silence = (when - last).days if last is not None else 0
        if last is None or silence > longest or (silence > gap and _starts(cs)):
            windows.append([])
        windows[-1].extend(cs)
        last = when if last is None else max(last, when)
    return windows


def _starts(claims: list[Claim]) -> bool:
    """Whether a report after a long silence starts a new deployment rather than
    telling of the old one: it sends or authorizes troops (not "more"), or, with no
    figures, speaks of announcing or ordering (a court ruling months on does not)."""
    figures = [c for c in claims if c.kind == FIGURE and not c.background and c.role not in NEVER_A_LEVEL]
    if any(c.figure_kind == "present" and c.role == DONE and not c.part for c in figures):
        return False  # troops "still on duty": the deployment carries on, whatever else the report retells
    if figures:
        return any(c.figure_kind in ("sent", "authorized") and not c.additional and c.role != LEAVING
                   and not _about_earlier_year(c) for c in figures)
    report = claims[0].report
    words = status_words(report.title) + [s for c in claims for s in status_words(c.sentence or "")]
    return strongest(words) in (ANNOUNCED, ORDERED)


def _about_earlier_year(claim: Claim) -> bool:
    """A sentence naming a year before its report's ("when Bush announced it in May 2006")."""
    published = claim.report.published
    return published is not None and names_year_before(claim.sentence, published.year)


def _split_by_force(theatre: Theatre, window: list[Claim]) -> list[Group]:
    figures = [c for c in window if c.kind == FIGURE and not c.background]
    strands = {STRAND[c.component] for c in figures if c.component in STRAND}
    lead = _lead(window)
    if len(strands) < 2:
        force = strands.pop() if strands else UNKNOWN
        for claim in window:
            claim.strand = None if force == UNKNOWN else force
        return [Group(theatre, force, lead, window)]
    if _one_force(window):
        for claim in window:
            claim.strand = COMBINED
        return [Group(theatre, COMBINED, lead, window)]

    window_counts = Counter(STRAND[c.component] for c in figures if c.component in STRAND)
    default = max(sorted(window_counts), key=lambda s: (window_counts[s], s == FEDERAL))
    by_report: dict[str, list[Claim]] = defaultdict(list)
    for claim in window:
        by_report[claim.article_id].append(claim)
    for cs in by_report.values():
        report_default = _report_strand(cs) or default
        by_sentence = {}
        for c in cs:
            if c.kind == FIGURE and c.component in STRAND and c.sentence_key:
                by_sentence.setdefault(c.sentence_key, STRAND[c.component])
        for c in cs:
            if c.kind == FIGURE and c.component in STRAND:
                c.strand = STRAND[c.component]
            else:
                c.strand = by_sentence.get(c.sentence_key, report_default) if c.sentence_key else report_default
    result = []
    for strand in (FEDERAL, GUARD):
        members = [c for c in window if c.strand == strand]
        if members:
            result.append(Group(theatre, strand, _lead(members), members))
    return result


def _report_strand(claims: list[Claim]) -> str | None:
    """The force a report is mainly about: its news (troops sent, authorized, withdrawn)
    weighs twice its context (troops already there); a tie goes to its first figure."""
    weights: Counter = Counter()
    first = None
    for c in sorted(claims, key=lambda c: c.start):
        if c.kind == FIGURE and not c.background and c.component in STRAND:
            weights[STRAND[c.component]] += 1 if c.figure_kind == "present" else 2
            first = first or STRAND[c.component]
    if not weights:
        return None
    top = max(weights.values())
    tied = [s for s in weights if weights[s] == top]
    return tied[0] if len(tied) == 1 else first


def _lead(claims: list[Claim]) -> str:
    figures = sorted((c for c in claims if c.kind == FIGURE and not c.background),
                     key=lambda c: (c.date, c.report.sort_key, c.start))
    for claim in figures:
        if claim.component in STRAND:
            return STRAND[claim.component]
    return UNKNOWN


def _one_force(window: list[Claim]) -> bool:
    """Whether the Guard and federal troops of a window serve as one force: the Guard
    was federalized, or one task force (not an umbrella command) commands both."""
    facts = [c for c in window if c.kind == FACT]
    for claim in facts:
        pair = (claim.item.get("type"), claim.item.get("value"))
        if pair in FEDERALIZING and (pair[0] == "condition" or claim.item.get("status") == "invoked"):
            return True
    umbrella = wording().umbrella_commands
    strands_by_report: dict[str, set[str]] = defaultdict(set)
    for claim in window:
        if claim.kind == FIGURE and not claim.background and claim.component in STRAND:
            strands_by_report[claim.article_id].add(STRAND[claim.component])
    linked: dict[str, set[str]] = defaultdict(set)
    for claim in facts:
        if claim.item.get("type") == "command" and claim.item.get("value") not in umbrella:
            linked[claim.item["value"]] |= strands_by_report.get(claim.article_id, set())
    return any(len(s) > 1 for s in linked.values())
