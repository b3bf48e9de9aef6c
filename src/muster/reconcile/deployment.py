"""A group of claims written up as a deployment: id, name, dates, status, facts, timeline."""
from __future__ import annotations

import hashlib
from collections import Counter
from typing import Any

from muster.reconcile import timeline
from muster.reconcile.claims import FACT, FIGURE, Claim
from muster.reconcile.group import COMBINED, FEDERAL, GUARD, Group
from muster.reconcile.wording import ANNOUNCED, wording

FORCE_LABEL = {GUARD: "National Guard", FEDERAL: "active duty"}


def deployment_id(theatre: str, start: str, lead: str) -> str:
    """Stable id: a hash of the theatre, the first report's date and the force it began with."""
    digest = hashlib.sha1(f"{theatre}|{start}|{lead}".encode("utf-8")).hexdigest()
    return f"dep-{digest[:12]}"


def build(group: Group) -> dict[str, Any]:
    claims = sorted(group.claims, key=_order)
    reports = group.reports
    dates = [r.published for r in reports if r.published] or sorted(c.date for c in claims)
    first, last = min(dates), max(dates)
    points = timeline.build(claims, start_year=first.year)
    figures = [c for c in claims if c.kind == FIGURE]
    facts = [c for c in claims if c.kind == FACT]
    current = [c for c in figures if not c.background]
    components = sorted({c.component for c in current} - {"unspecified"}) or (["unspecified"] if current else [])
    commands = _values(facts, "command")
    specific = _specific_command(facts)
    invoked = _values(facts, "authority", status="invoked")
    latest = points[-1] if points else {}
    return {
        "id": deployment_id(group.theatre.id, first.isoformat(), group.lead),
        "name": _name(group, first.year, specific),
        "theatre": group.theatre.id,
        "theatre_name": group.theatre.name,
        "force": group.force,
        "components": components,
        "command": specific,
        "start": first.isoformat(),
        "first_report": first.isoformat(),
        "last_report": last.isoformat(),
        "status": latest.get("status") or ANNOUNCED,
        "estimate": latest.get("present"),
        "ceiling": latest.get("ceiling"),
        "authorities": {
            "invoked": invoked,
            "mentioned": [a for a in _values(facts, "authority") if a not in invoked],
        },
        "missions": _values(facts, "mission", status="stated"),
        "missions_denied": [m for m in _values(facts, "mission", status="denied")
                            if m not in _values(facts, "mission", status="stated")],
        "agencies": _values(facts, "agency"),
        "commands": commands,
        "places": sorted(set(_values(facts, "place")) | {c.item["place"] for c in current if c.item.get("place")}),
        "home_states": sorted({c.state for c in current if c.state}),
        "conditions": _values(facts, "condition"),
        "sources": [r.source() for r in reports],
        "claims": [_figure_ref(c) for c in figures],
        "facts": [_fact_ref(c) for c in facts],
        "timeline": points,
    }


def _order(c: Claim) -> tuple:
    return (c.report.sort_key, c.kind, c.position if c.position is not None else -1, c.id)


def _values(facts: list[Claim], kind: str, status: str | None = None) -> list[str]:
    return sorted({c.item["value"] for c in facts
                   if c.item.get("type") == kind and (status is None or c.item.get("status") == status)})


def _specific_command(facts: list[Claim]) -> str | None:
    """The task force most reports name, leaving out standing umbrella commands."""
    umbrella = wording().umbrella_commands
    reports_naming = Counter()
    for value, article in {(c.item["value"], c.article_id) for c in facts if c.item.get("type") == "command"}:
        if value not in umbrella:
            reports_naming[value] += 1
    if not reports_naming:
        return None
    return min(reports_naming, key=lambda v: (-reports_naming[v], v))


def _name(group: Group, year: int, command: str | None) -> str:
    tag = command or FORCE_LABEL.get(group.force)
    if group.force == COMBINED and not command:
        tag = None
    return ", ".join(p for p in (group.theatre.name, str(year), tag) if p)


def _figure_ref(claim: Claim) -> dict[str, Any]:
    ref = dict(claim.ref())
    ref["date"] = claim.date.isoformat() if claim.date else None
    ref["background"] = claim.background
    ref["part"] = claim.part
    return ref


def _fact_ref(claim: Claim) -> dict[str, Any]:
    ref = dict(claim.ref())
    ref["date"] = claim.date.isoformat() if claim.date else None
    for key in ("citation", "place_kind"):
        if claim.item.get(key) is not None:
            ref[key] = claim.item[key]
    return ref
