"""As-of queries: which deployments were out on a date, how large, under what authority, on whose word."""
from __future__ import annotations

from datetime import date, timedelta
from typing import Any, Iterable

from muster.reconcile import intervals
from muster.reconcile.place_query import STATE_QUERY, resolve, theatre_states
from muster.reconcile.reports import parse_date
from muster.reconcile.wording import ENDED

NEWEST_SOURCES = 3
MAX_AGE_DAYS = 365
ENDED_SHOWN_DAYS = 30  # an end is shown, as "ended", this long after the report of it
SETTLE_DAYS = 10  # after an authorization below the force, it is taken to have come down within this  # a deployment not reported on for a year is not shown as under way


def status(
    deployments: Iterable[dict[str, Any]],
    as_of: date | str | None = None,
    place: str | None = None,
    *,
    include_ended: bool = False,
    sources: int = NEWEST_SOURCES,
    max_age_days: int | None = MAX_AGE_DAYS,
) -> list[dict[str, Any]]:
    """The deployments under way on `as_of` (default today), as known from reports up to that day.

    `place` keeps those whose theatre, name or places match it ("Los Angeles",
    "border", "Texas"; see `place_query`). A deployment whose latest status by then is
    `ended` with no troops left is left out `ENDED_SHOWN_DAYS` after the report of its end
    unless `include_ended`, and so is one whose newest report by then is more
    than `max_age_days` old (None: however old; reports never say a mission quietly
    ended, so an old one is not shown as under way by default). Each comes with its estimate and ceiling, its
    components, the authorities invoked and missions reported by then, and the
    newest `sources` reports behind it with their sentences.
    """
    day = parse_date(as_of) if as_of is not None else date.today()
    if day is None:
        raise ValueError(f"as_of must be an ISO date, not {as_of!r}")
    query = resolve(place) if place else None
    deployments = list(deployments)
    found = []
    for deployment in deployments:
        if parse_date(deployment["start"]) > day:
            continue
        if _superseded(deployment, deployments, day):
            continue
        if query is not None and not query.matches(deployment):
            continue
        point = _point(deployment, day)
        current = point["status"] if point else None
        left = (point or {}).get("present") or {}
        ended_days = (day - parse_date(point["date"])).days if point else 0
        if current == ENDED and not include_ended and not (left.get("low") or 0) > 0 and ended_days > ENDED_SHOWN_DAYS:
            continue  # ended with none left a while ago; a recent end, or one leaving a few behind, is shown
        view = _view(deployment, day, point, sources)
        if query is not None and query.kind == STATE_QUERY and len(theatre_states(deployment)) > 1:
            _narrow_to_state(view, query.state)
            view["evidence"] = _evidence(deployment, view["by_component"])
        age = view["days_since_report"]
        if max_age_days is not None and age is not None and age > max_age_days:
            continue
        found.append(view)
    return sorted(found, key=lambda d: (d["theatre_name"], d["start"], d["id"]))


def _superseded(deployment: dict[str, Any], deployments: list[dict[str, Any]], day: date) -> bool:
    """Whether a newer deployment of the same force in the same theatre had begun by `day`
    after this one's last report: the old one is history, however it ended."""
    last = parse_date(deployment["last_report"])
    return any(
        other is not deployment and other["theatre"] == deployment["theatre"]
        and other.get("force") == deployment.get("force")
        and last < parse_date(other["start"]) <= day
        for other in deployments)


def _known(items: list[dict[str, Any]], day: date) -> list[dict[str, Any]]:
    return [i for i in items if i.get("published") and parse_date(i["published"]) <= day]


def _point(deployment: dict[str, Any], day: date) -> dict[str, Any] | None:
    earlier = [p for p in deployment["timeline"] if parse_date(p["date"]) <= day]
    return earlier[-1] if earlier else None


def _view(deployment: dict[str, Any], day: date, point: dict[str, Any] | None, limit: int) -> dict[str, Any]:
    facts = _known(deployment["facts"], day)
    claims = [c for c in _known(deployment["claims"], day) if not c.get("background")]
    reports = sorted(_known(deployment["sources"], day), key=lambda s: (s["published"], s["article_id"]), reverse=True)
    newest = []
    for source in reports[:limit]:
        sentences = [c["sentence"] for c in claims if c["article_id"] == source["article_id"] and c.get("sentence")]
        newest.append({**source, "sentences": list(dict.fromkeys(sentences))})
    last_report = reports[0]["published"] if reports else None
    shares = _by_component(point, day)
    settled = [s for s in shares.values() if s.get("settled")]
    return {
        "id": deployment["id"],
        "name": deployment["name"],
        "theatre": deployment["theatre"],
        "theatre_name": deployment["theatre_name"],
        "start": deployment["start"],
        "as_of": day.isoformat(),
        "status": settled[0]["status"] if settled else (point["status"] if point else None),
        "estimate": _sum(shares) if settled else (point["present"] if point else None),
        "by_component": shares,
        "ceiling": _ceiling(point, shares),
        "estimate_date": point["date"] if point else None,
        "conflicts": point["conflicts"] if point else [],
        "days_since_report": (day - parse_date(last_report)).days if last_report else None,
        "components": sorted({c["component"] for c in claims} - {"unspecified"}) or deployment["components"],
        "command": deployment["command"],
        "authorities_invoked": sorted({f["value"] for f in facts
                                       if f.get("type") == "authority" and f.get("status") == "invoked"}),
        "missions": sorted({f["value"] for f in facts if f.get("type") == "mission" and f.get("status") == "stated"}),
        "sources": newest,
        "evidence": _evidence(deployment, shares),
    }


def _by_component(point: dict[str, Any] | None, day: date) -> dict[str, Any]:
    """Each component's troops {low, high}, with its ceiling (gone once the day it ran
    "through" has passed), status and the date its number is from."""
    if not point:
        return {}
    found = {}
    for component, part in (point.get("by_component") or {}).items():
        until = parse_date(part.get("ceiling_until"))
        lapsed = until is not None and day > until
        share = {"low": part["low"], "high": part["high"], "claims": list(part.get("claims") or []),
                 "ceiling_claims": [] if lapsed else list(part.get("ceiling_claims") or []),
                 "ceiling": None if lapsed else part["ceiling"],
                 "ceiling_until": part.get("ceiling_until"),
                 "shares": part.get("shares") or {},
                 "status": part["status"], "as_of": part["as_of"]}
        reduction = parse_date(part.get("reduction_from"))
        settled = reduction + timedelta(days=SETTLE_DAYS) if reduction else None
        if settled is not None and share["ceiling"] is not None and day >= settled:
            # the force has had time to come down to the size authorized for what follows
            share.update(low=share["ceiling"]["low"], high=share["ceiling"]["high"], as_of=settled.isoformat(),
                         status="extended" if part.get("extended") else "under way", settled=True)
        found[component] = share
    return found


def _narrow_to_state(view: dict[str, Any], state: str) -> None:
    """A state's share of a theatre that spans several ("roughly 2,800 of them in Texas"),
    where a report gives one as new as the whole's; the whole stands where none does."""
    narrowed = False
    for share in view["by_component"].values():
        own = (share.get("shares") or {}).get(state)
        if own is not None and (share["as_of"] is None or own["as_of"] >= share["as_of"]):
            share.update(low=own["low"], high=own["high"], as_of=own["as_of"], ceiling=None,
                         claims=list(own.get("claims") or []), ceiling_claims=[])
            narrowed = True
    if narrowed:
        view["estimate"] = _sum(view["by_component"])
        view["ceiling"] = None
        view["narrowed_to"] = state


def _evidence(deployment: dict[str, Any], shares: dict[str, Any]) -> list[dict[str, Any]]:
    """The sentences each component's number and ceiling rest on, with their articles."""
    refs = {c["claim"]: c for c in deployment.get("claims") or []}
    found = []
    for component, share in sorted(shares.items()):
        for role, keys in (("troops", share.get("claims") or []), ("ceiling", share.get("ceiling_claims") or [])):
            for key in keys:
                ref = refs.get(key)
                if ref is not None:
                    found.append({"component": component, "for": role, "claim": key,
                                  **{k: ref.get(k) for k in ("article_id", "position", "published", "publisher",
                                                             "sentence", "count", "qualifier", "kind")}})
    return found


def _sum(shares: dict[str, Any]) -> dict[str, Any] | None:
    """The troops of the named components together."""
    return intervals.as_dict(intervals.total(
        [intervals.from_dict(s) for c, s in shares.items() if c != "unspecified" and s["low"] is not None]))


def _ceiling(point: dict[str, Any] | None, shares: dict[str, Any]) -> dict[str, Any] | None:
    """The deployment's ceiling on the day: the point's, less any component's that ran out."""
    if not point:
        return None
    lapsed = [c for c, share in shares.items()
              if share["ceiling"] is None and (point["by_component"].get(c) or {}).get("ceiling") is not None]
    if not lapsed:
        return point["ceiling"]
    return intervals.as_dict(intervals.total(
        [intervals.from_dict(share["ceiling"]) for share in shares.values() if share["ceiling"] is not None]))


