"""Reports to claims: each figure and fact with its date, its sentence and its theatre.

A report is put in a primary theatre by the places it names (a city or a base
says more than a state). A figure goes to the theatre of its own place, else of
a place named in its sentence, else to the report's primary theatre; facts go
with the report, unless their sentence names a place of another theatre the
report also gives figures for.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property
from datetime import date
from typing import Any

from muster.reconcile import intervals
from muster.reconcile.places import (
    PLACE, STATE, STRENGTH, Theatre, adhoc_theatre, gazetteer, place_kind, state_code, states_named,
)
from muster.reconcile.reports import PLACE, Report, parse_date
from muster.extract.roles import clause, role_of
from muster.reconcile.wording import is_additional

FIGURE, FACT = "figure", "fact"
_ADHOC_PREFERENCE = {"city": 0, "border": 1, "other": 2, "state": 3}


@dataclass
class Claim:
    """One figure or fact of one report, placed in a theatre and a day."""

    kind: str  # FIGURE or FACT
    report: Report
    position: int | None  # index in the record's figures or facts; None for facts made from lists
    item: dict[str, Any]
    date: date | None
    theatre: Theatre | None = None
    part: bool = False  # a figure for one place of the theatre, not the whole of it
    strand: str | None = None  # set by grouping: "guard", "federal" or None
    interval: intervals.Interval | None = None
    additional: bool = False
    role: str | None = None  # what the figure says about the force on its date (roles.py)
    neighbors: list[tuple[int, int]] = field(default_factory=list)  # spans of its sentence's other figures
    _ref: dict[str, Any] | None = field(default=None, repr=False, compare=False)

    @property
    def article_id(self) -> str:
        return self.report.id

    @cached_property
    def evidence(self) -> dict[str, Any]:
        return self.item.get("evidence") or {}

    @cached_property
    def sentence(self) -> str | None:
        return self.evidence.get("sentence") or self.evidence.get("text")

    @cached_property
    def sentence_key(self) -> tuple | None:
        e = self.evidence
        if e.get("sentence_start") is None and not e.get("sentence"):
            return None
        return (e.get("field", "text"), e.get("sentence_start"), e.get("sentence"))

    @cached_property
    def start(self) -> tuple[int, int]:
        e = self.evidence
        return (0 if e.get("field") == "title" else 1, e.get("start") or 0)

    # figures
    @property
    def figure_kind(self) -> str | None:
        return self.item.get("kind")

    @property
    def component(self) -> str:
        return self.item.get("component") or "unspecified"

    @property
    def state(self) -> str | None:
        return self.item.get("state")

    @property
    def background(self) -> bool:
        return bool(self.item.get("background"))

    @property
    def id(self) -> str:
        prefix = "f" if self.kind == FIGURE else "x"
        return f"{self.article_id}#{prefix}{'' if self.position is None else self.position}" + (
            "" if self.position is not None else f":{self.item.get('type')}:{self.item.get('value')}"
        )

    def ref(self) -> dict[str, Any]:
        """The claim as shown on a timeline point or a finding: article, sentence, and what it says
        (made once: callers that add to it copy it first)."""
        if self._ref is not None:
            return self._ref
        ref: dict[str, Any] = {
            "claim": self.id,
            "article_id": self.article_id,
            "position": self.position,
            "published": self.report.published.isoformat() if self.report.published else None,
            "publisher": self.report.publisher,
            "sentence": self.sentence,
        }
        if self.kind == FIGURE:
            ref.update({
                "count": self.item.get("count"),
                "qualifier": self.item.get("qualifier"),
                "kind": self.figure_kind,
                "component": self.component,
                "state": self.state,
                "place": self.item.get("place"),
                "low": self.interval[0] if self.interval else None,
                "high": self.interval[1] if self.interval else None,
                "additional": self.additional,
                "role": self.role,
            })
        else:
            ref.update({"type": self.item.get("type"), "value": self.item.get("value"),
                        "status": self.item.get("status")})
        if self.report.copies:
            ref["copies"] = [c["article_id"] for c in self.report.copies]
        self._ref = ref
        return ref


def claims_of(report: Report) -> list[Claim]:
    """The report's figures and facts as claims, each placed in a theatre."""
    figures = [
        Claim(FIGURE, report, i, f, parse_date(f.get("event_date")) or report.published)
        for i, f in enumerate(report.figures)
    ]
    facts = [
        Claim(FACT, report, None if report.facts_from_lists else i, f, report.published)
        for i, f in enumerate(report.facts)
    ]
    for claim in figures:
        claim.interval = (intervals.of_ceiling(claim.item) if claim.figure_kind == "authorized"
                          else intervals.of_figure(claim.item))
        claim.additional = claim.figure_kind in ("sent", "authorized") and is_additional(claim.item)
        claim.neighbors = [
            (o.evidence["start"], o.evidence["end"]) for o in figures
            if o is not claim and o.sentence_key == claim.sentence_key and o.evidence.get("start") is not None
            and o.evidence.get("end") is not None and (o.evidence["start"], o.evidence["end"]) != (
                claim.evidence.get("start"), claim.evidence.get("end"))]
        # the extractor gives each figure its role; records without one (gold, older stores) are read here
        claim.role = claim.item["role"] if "role" in claim.item else role_of(claim.item, claim.neighbors)
    _place(report, figures, facts)
    return figures + facts


def _place(report: Report, figures: list[Claim], facts: list[Claim]) -> None:
    g = gazetteer()
    places = [c for c in facts if c.item.get("type") == PLACE]
    mentions = [(c, g.match(c.item.get("value"))) for c in places]
    mentions += [(c, g.match(c.item.get("place"))) for c in figures if c.item.get("place")]

    text = claims_text(places, figures)  # what the report says, to check a state's theatre against
    strong: dict[str, int] = defaultdict(int)
    weak: dict[str, int] = defaultdict(int)
    first: dict[str, tuple] = {}
    theatres: dict[str, Theatre] = {}
    for claim, match in mentions:
        if match is None:
            continue
        tid = match.theatre.id
        theatres[tid] = match.theatre
        if match.strength == STATE and not _speaks_of(report, text, match.theatre):
            continue  # "Texas" alone is not the border: the report must speak of the theatre somewhere
        (weak if match.strength == STATE else strong)[tid] += STRENGTH[match.strength]
        first[tid] = min(first.get(tid, (9, 0)), claim.start)
    dateline = _dateline_town(places)
    if dateline is not None and (not strong or _weight(dateline, places, figures) > max(strong.values())):
        primary = dateline  # "SEATTLE —": the town the story is filed from and about, no theatre's
    elif strong:
        primary = theatres[min(strong, key=lambda t: (-strong[t], first[t], t))]
    else:
        # a city no theatre holds ("Kenosha, WI") says more than a state a theatre leans on
        # ("Arizona" sent troops there): the state decides only where no such city is named
        primary = _adhoc(report, places, figures, cities_only=bool(weak))
        if primary is None and weak:
            primary = theatres[min(weak, key=lambda t: (-weak[t], first[t], t))]

    # places named in each sentence, by theatre
    by_sentence: dict[tuple, list[Theatre]] = defaultdict(list)
    for claim, match in mentions:
        if match is not None and match.strength != STATE and claim.sentence_key:
            by_sentence[claim.sentence_key].append(match.theatre)

    for claim in figures:
        match = g.match(claim.item.get("place"))
        if claim.background:
            claim.theatre = primary
        elif match is not None and match.strength != STATE:
            claim.theatre = match.theatre
        elif by_sentence.get(claim.sentence_key):
            named = by_sentence[claim.sentence_key]
            claim.theatre = primary if primary in named else named[0]
        else:
            claim.theatre = primary
        claim.part = _is_part(claim)
    taking_part = {c.theatre.id for c in figures if c.theatre is not None and not c.background}
    if primary is not None:
        taking_part.add(primary.id)
    for claim in facts:
        claim.theatre = primary
        if claim.item.get("type") == PLACE:
            match = g.match(claim.item.get("value"))
            if match is not None and match.strength != STATE and match.theatre.id in taking_part:
                claim.theatre = match.theatre
        else:
            local = [t for t in by_sentence.get(claim.sentence_key, ()) if t.id in taking_part]
            if local and (primary is None or primary.id not in {t.id for t in local}):
                claim.theatre = sorted(local, key=lambda t: t.id)[0]


def _is_part(claim: Claim) -> bool:
    """Whether a figure counts troops at one place of its theatre rather than all of them.

    The theatre's core places and no place at all mean the whole; a listed place, a
    pattern match, or a state of a theatre that spans several states mean a part. A
    place outside the theatre (where troops came from) says nothing about the share.
    """
    place, theatre = claim.item.get("place"), claim.theatre
    if not place or theatre is None or claim.background:
        return False
    if theatre.adhoc:
        # another town of the same state is a part; a base (where troops land or stage) or a
        # state (where troops came from, or the theatre's own) says nothing about the share
        return (place not in theatre.core and place_kind(place) == "city"
                and state_code(place) in theatre.us_states)  # a base nearby is where troops land
    own = gazetteer().match(place)
    if own is None or own.theatre.id != theatre.id or own.core:
        return False
    if own.strength == STATE:
        # "2,800 of them in Texas" is one state's share of a border theatre; "900 in Arizona,
        # New Mexico and Texas", or a count whose own words name no state, is the whole of it
        if len(theatre.us_states) < 2:
            return False
        _, after = clause(claim.item, claim.neighbors)
        ours = set(theatre.us_states)
        named = states_named(after) & ours or states_named(claim.sentence) & ours
        return len(named) == 1 and state_code(place) in named
    return True


DATELINE_WEIGHT = 2  # a dateline counts as this many more mentions of its town


def _dateline_town(places: list[Claim]) -> Theatre | None:
    """The ad hoc theatre of a report's dateline town ("SEATTLE (AP) —"), where no theatre
    holds it; Washington datelines are where news is written, not where troops are."""
    for claim in places:
        e = claim.evidence
        name = claim.item.get("value") or ""
        town = name.split(",")[0].strip()
        if (e.get("field", "text") == "text" and e.get("sentence_start") == 0 and town
                and (e.get("sentence") or "").lstrip().startswith(town.upper()) and place_kind(name) == "city"
                and gazetteer().match(name) is None):
            return adhoc_theatre(name)
    return None


def _weight(theatre: Theatre, places: list[Claim], figures: list[Claim]) -> int:
    """How strongly a report names an ad hoc theatre's town, on the theatres' scale."""
    name = theatre.core[0]
    mentions = (sum(1 for c in places if c.item.get("value") == name)
                + sum(1 for c in figures if c.item.get("place") == name and not c.background))
    return (mentions + DATELINE_WEIGHT) * STRENGTH[PLACE]


def claims_text(places: list[Claim], figures: list[Claim]) -> str:
    return " ".join({c.sentence or "" for c in (*places, *figures)})


def _speaks_of(report: Report, text: str, theatre: Theatre) -> bool:
    """Whether a report's title or sentences name its theatre by one of its patterns
    ("border", "Rio Grande"), for a theatre a state only leans on."""
    if not theatre.patterns:
        return True
    return any(p.search(report.title) or p.search(text) for p in theatre.patterns)


def _adhoc(report: Report, places: list[Claim], figures: list[Claim], *, cities_only: bool = False) -> Theatre | None:
    """A theatre of its own for a report whose places no theatre holds (not a base:
    troops named with a base alone are usually leaving it for somewhere else)."""
    names: dict[str, list] = {}
    for claim in places:
        name = claim.item.get("value")
        names.setdefault(name, [0, claim.start])[0] += 1
    for claim in figures:
        name = claim.item.get("place")
        if name and not claim.background:
            names.setdefault(name, [0, claim.start])[0] += 1
    names = {n: v for n, v in names.items() if place_kind(n) != "base"
             and (not cities_only or place_kind(n) == "city")}
    if not names:
        return None
    best = min(names, key=lambda n: (_ADHOC_PREFERENCE[place_kind(n)], -names[n][0], names[n][1], n))
    return adhoc_theatre(best)
