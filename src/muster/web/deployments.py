"""Deployments as the app serves them: read from the `deployments` table and kept in memory.

`muster reconcile` rewrites that table as a whole, and nothing else writes it, so
the app keeps a summary of every deployment (a few hundred bytes each) for the
list, its filters and the map, and the full detail of recently viewed ones
(figures, facts and findings joined to their evidence in `claims` and `facts`).
Both are read again when the table changes: at most every `refresh_seconds`
the app compares a fingerprint of the table (ids, statuses, dates, and how many
claims are linked) with the one it read.
"""
from __future__ import annotations

import gc
import hashlib
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from muster.store.models import Deployment, DeploymentClaim
from muster.web import queries
from muster.web.queries import article_url, claim_key, evidence, split_key

PRESENT_OPS = ("set", "add", "subtract", "at least")
CEILING_OPS = ("ceiling", "ceiling add")
FACT_EVIDENCE = 5  # sentences shown per authority, mission, agency, command or place
RESPONSES, RESPONSE_BYTES = 2048, 256 * 2**20  # JSON bodies kept per version of the table


@dataclass
class DeploymentFilters:
    place: str | None = None
    component: str | None = None
    authority: str | None = None  # invoked
    status: str | None = None
    since: date | None = None  # last reported on or after
    until: date | None = None  # first reported on or before

    def active(self) -> dict[str, str]:
        return {k: str(v) for k, v in vars(self).items() if v not in (None, "")}

    def matches(self, item: dict[str, Any]) -> bool:
        if self.status and item["status"] != self.status:
            return False
        if self.component and self.component not in item["components"]:
            return False
        if self.authority and self.authority not in item["authorities"]["invoked"]:
            return False
        if self.since and (item["last_report"] or "") < self.since.isoformat():
            return False
        if self.until and (item["first_report"] or "9999") > self.until.isoformat():
            return False
        if self.place:
            needle = self.place.casefold().strip()
            names = [*item["places"], item["theatre_name"] or "", item["theatre"] or ""]
            if not any(needle in name.casefold() for name in names):
                return False
        return True


class Snapshot:
    """The deployments of one version of the table: summaries in memory, details read on demand."""

    def __init__(self, version: str, items: list[dict[str, Any]], coords: dict[str, tuple],
                 cache_size: int = 64):
        self.version = version
        self.items = items  # newest report first
        self.by_id = {item["id"]: item for item in items}
        self.coords = coords  # place name -> (lat, lon, kind)
        self._details: OrderedDict[str, dict[str, Any]] = OrderedDict()
        self._responses: OrderedDict[str, bytes] = OrderedDict()
        self._response_bytes = 0
        self._cache_size = cache_size
        self._lock = threading.Lock()
        self.facets = {
            "status": sorted({i["status"] for i in items if i["status"]}),
            "component": sorted({c for i in items for c in i["components"]}),
            "authority": sorted({a for i in items for a in i["authorities"]["invoked"]}),
            "place": sorted({p for i in items for p in i["places"]}),
        }

    def cached(self, key: str, build) -> bytes:
        """The response body for `key` (a path and query) in this version of the table, built once.

        Deployments change only when `muster reconcile` rewrites them, and a new
        version of the table brings a new Snapshot with an empty cache.
        """
        with self._lock:
            body = self._responses.get(key)
            if body is not None:
                self._responses.move_to_end(key)
                return body
        body = build()
        with self._lock:
            self._responses[key] = body
            self._response_bytes += len(body)
            while self._responses and (len(self._responses) > RESPONSES or self._response_bytes > RESPONSE_BYTES):
                _, dropped = self._responses.popitem(last=False)
                self._response_bytes -= len(dropped)
        return body

    def select(self, filters: DeploymentFilters) -> list[dict[str, Any]]:
        return [item for item in self.items if filters.matches(item)]

    def get(self, deployment_id: str) -> dict[str, Any] | None:
        return self.by_id.get(deployment_id)

    def detail(self, session_factory, deployment_id: str) -> dict[str, Any] | None:
        """The full deployment (figures, timeline, facts, findings, sources), all with evidence."""
        if deployment_id not in self.by_id:
            return None
        with self._lock:
            found = self._details.get(deployment_id)
            if found is not None:
                self._details.move_to_end(deployment_id)
                return found
        with session_factory() as session:
            row = session.get(Deployment, deployment_id)
            if row is None or not row.summary:
                return None
            found = build_detail(session=session, summary=row.summary, coords=self.coords)
        with self._lock:
            self._details[deployment_id] = found
            while len(self._details) > self._cache_size:
                self._details.popitem(last=False)
        _settle()
        return found


class Deployments:
    """The current Snapshot of a store's deployments, refreshed when the table changes."""

    def __init__(self, store, *, refresh_seconds: float = 5.0, cache_size: int = 64):
        self.store = store
        self.refresh_seconds = refresh_seconds
        self.cache_size = cache_size
        self._snapshot: Snapshot | None = None
        self._checked = float("-inf")
        self._lock = threading.Lock()

    def snapshot(self) -> Snapshot:
        current = self._snapshot
        if current is not None and time.monotonic() - self._checked < self.refresh_seconds:
            return current
        with self._lock:
            if self._snapshot is not None and time.monotonic() - self._checked < self.refresh_seconds:
                return self._snapshot
            with self.store.session() as session:
                version = fingerprint(session=session)
                if self._snapshot is None or self._snapshot.version != version:
                    self._snapshot = build_snapshot(session=session, version=version, cache_size=self.cache_size)
                    _settle()
            self._checked = time.monotonic()
            return self._snapshot

    def detail(self, deployment_id: str) -> dict[str, Any] | None:
        return self.snapshot().detail(self.store.session, deployment_id)


def _settle() -> None:
    """Keep long-lived caches out of the cyclic garbage collector's full passes.

    They hold millions of small objects, and a full pass over them stalls every
    request for a tenth of a second. The cached data has no reference cycles, so
    reference counting still frees it when a cache lets go.
    """
    gc.freeze()


def fingerprint(*, session: Session) -> str:
    digest = hashlib.sha1()
    rows = session.execute(select(Deployment.id, Deployment.status, Deployment.first_reported,
                                  Deployment.last_reported).order_by(Deployment.id))
    for row in rows:
        digest.update(repr(tuple(row)).encode())
    digest.update(str(session.scalar(select(func.count()).select_from(DeploymentClaim))).encode())
    return digest.hexdigest()[:16]


# Summaries


def build_snapshot(*, session: Session, version: str, cache_size: int = 64) -> Snapshot:
    items, wanted = [], set()
    query = select(Deployment.summary).execution_options(yield_per=20)
    for summary in session.scalars(query):
        if not summary:
            continue
        item = summary_item(summary)
        wanted.update(item.pop("_estimate_keys") + item.pop("_ceiling_keys"))
        items.append(item)
    rows = queries.claims_by_key(session=session, keys=[(a, p) for a, p, _ in wanted])
    for item in items:
        for name in ("estimate", "ceiling"):
            if item[name] is not None:
                item[name]["evidence"] = [
                    _figure_evidence(rows.get((a, p)), a, p, sentence) for a, p, sentence in item[name]["evidence"]]
    items.sort(key=lambda i: (i["last_report"] or "", i["first_report"] or "", i["id"]), reverse=True)
    coords = queries.place_coordinates(session=session, names={p for i in items for p in i["places"]})
    for item in items:
        item["coordinates"] = {p: coords[p] for p in item["places"] if p in coords}
    return Snapshot(version, items, coords, cache_size)


def summary_item(summary: dict[str, Any]) -> dict[str, Any]:
    """What the list shows of a deployment; evidence keys still to be looked up."""
    timeline = summary.get("timeline") or []
    estimate_keys = supporting(timeline, PRESENT_OPS, "set")
    ceiling_keys = supporting(timeline, CEILING_OPS, "ceiling")
    last = timeline[-1] if timeline else {}
    authorities = summary.get("authorities") or {}
    return {
        "id": summary["id"],
        "name": summary.get("name") or summary["id"],
        "theatre": summary.get("theatre"),
        "theatre_name": summary.get("theatre_name"),
        "force": summary.get("force"),
        "components": list(summary.get("components") or []),
        "command": summary.get("command"),
        "status": summary.get("status"),
        "start": summary.get("start"),
        "first_report": summary.get("first_report"),
        "last_report": summary.get("last_report"),
        "estimate": _interval(summary.get("estimate"), estimate_keys),
        "ceiling": _interval(summary.get("ceiling"), ceiling_keys),
        "disputed": bool(last.get("conflicts")),
        "authorities": {"invoked": list(authorities.get("invoked") or []),
                        "mentioned": list(authorities.get("mentioned") or [])},
        "missions": list(summary.get("missions") or []),
        "agencies": list(summary.get("agencies") or []),
        "places": list(summary.get("places") or []),
        "home_states": list(summary.get("home_states") or []),
        "reports": len(summary.get("sources") or []),
        "figures": len(summary.get("claims") or []),
        "points": len(timeline),
        "findings": [{"rule": f.get("rule"), "title": f.get("title")} for f in summary.get("findings") or []],
        "_estimate_keys": estimate_keys,
        "_ceiling_keys": ceiling_keys,
    }


def _interval(value: dict | None, keys: list[tuple]) -> dict[str, Any] | None:
    if not value or value.get("low") is None:
        return None
    return {"low": value["low"], "high": value.get("high"), "evidence": keys}


def supporting(timeline: list[dict[str, Any]], ops: tuple[str, ...], reset: str,
               most: int = 12) -> list[tuple[str, int, str | None]]:
    """The figures behind the latest estimate: for each part, its newest total (`reset`)
    and the changes reported since, newest first, as (article id, position, sentence)."""
    sentences = {}
    for point in timeline:
        for ref in point.get("claims") or []:
            sentences[ref.get("claim")] = ref.get("sentence")
    found, settled = [], set()
    for point in reversed(timeline):
        for change in point.get("changes") or []:
            part = (change.get("component"), change.get("state"))
            if change.get("op") not in ops or part in settled or () in settled:
                continue
            for key in change.get("claims") or []:
                parsed = split_key(key)
                if parsed and parsed[1] and (parsed[0], parsed[2]) not in [(a, p) for a, p, _ in found]:
                    found.append((parsed[0], parsed[2], sentences.get(key)))
            if change.get("op") == reset:
                settled.add(part if part != (None, None) else ())
        if len(found) >= most:
            break
    return found[:most]


def _figure_evidence(row, article_id: str, position: int, sentence: str | None) -> dict[str, Any]:
    key = claim_key(article_id, position)
    if row is not None:
        return evidence(row, key)
    return _bare_evidence(article_id, key, sentence)


def _bare_evidence(article_id: str, key: str, sentence: str | None) -> dict[str, Any]:
    """Evidence whose row is gone (the article was extracted again after reconciling)."""
    return {"article_id": article_id, "key": key, "id": None, "field": None, "start": None, "end": None,
            "text": None, "sentence": sentence, "sentence_start": None, "url": article_url(article_id)}


# Detail


def build_detail(*, session: Session, summary: dict[str, Any], coords: dict[str, tuple]) -> dict[str, Any]:
    deployment_id = summary["id"]
    claim_rows = queries.linked_claims(session=session, deployment_id=deployment_id)
    refs = list(summary.get("claims") or [])
    for point in summary.get("timeline") or []:
        refs += point.get("claims") or []
        refs += point.get("restated") or []
    missing = {(r["article_id"], r["position"]) for r in refs} - claim_rows.keys()
    trigger_keys = [split_key(t.get("claim") or "") for f in summary.get("findings") or [] for t in f.get("triggers") or []]
    missing |= {(a, p) for a, is_figure, p in filter(None, trigger_keys) if is_figure} - claim_rows.keys()
    if missing:
        claim_rows.update(queries.claims_by_key(session=session, keys=missing))
    fact_keys = {(r["article_id"], r["position"]) for r in summary.get("facts") or []}
    fact_keys |= {(a, p) for a, is_figure, p in filter(None, trigger_keys) if not is_figure}
    fact_rows = queries.facts_of_articles(session=session, article_ids={a for a, _ in fact_keys})

    def figure(ref: dict[str, Any]) -> dict[str, Any]:
        row = claim_rows.get((ref["article_id"], ref["position"]))
        result = {k: ref.get(k) for k in (
            "article_id", "position", "published", "publisher", "count", "qualifier", "kind", "component",
            "state", "place", "low", "high", "date", "background")}
        result["key"] = claim_key(ref["article_id"], ref["position"])
        result["additional"] = bool(ref.get("additional"))
        result["evidence"] = _figure_evidence(row, ref["article_id"], ref["position"], ref.get("sentence"))
        return result

    figures = {}
    for ref in refs:
        key = claim_key(ref["article_id"], ref["position"])
        if key not in figures:
            figures[key] = figure(ref)

    def fact_evidence(ref: dict[str, Any]) -> dict[str, Any]:
        key = claim_key(ref["article_id"], ref["position"], figure=False)
        row = fact_rows.get((ref["article_id"], ref["position"]))
        return evidence(row, key) if row is not None else _bare_evidence(ref["article_id"], key, ref.get("sentence"))

    facts = summary.get("facts") or []
    timeline = [_point(p, figures) for p in summary.get("timeline") or []]
    item = summary_item(summary)
    estimate_keys, ceiling_keys = item.pop("_estimate_keys"), item.pop("_ceiling_keys")
    for name, keys in (("estimate", estimate_keys), ("ceiling", ceiling_keys)):
        if item[name] is not None:
            item[name]["evidence"] = [figures.get(claim_key(a, p), {}).get("evidence")
                                      or _bare_evidence(a, claim_key(a, p), s) for a, p, s in keys]
    places = _grouped(facts, "place", fact_evidence)
    for place in places:
        lat, lon, kind = coords.get(place["value"]) or _place_coordinates(fact_rows, facts, place["value"])
        place.update({"lat": lat, "lon": lon, "place_kind": kind})
    invoked = set(item["authorities"]["invoked"])
    authorities = _grouped([f for f in facts if f.get("type") == "authority"], "authority", fact_evidence,
                           prefer="invoked")
    for authority in authorities:
        authority["status"] = "invoked" if authority["value"] in invoked else "mentioned"
    item.update({
        "coordinates": {p["value"]: (p["lat"], p["lon"], p["place_kind"]) for p in places if p["lat"] is not None},
        "authority_facts": authorities,
        "mission_facts": _grouped(facts, "mission", fact_evidence),
        "agency_facts": _grouped(facts, "agency", fact_evidence),
        "command_facts": _grouped(facts, "command", fact_evidence),
        "condition_facts": _grouped(facts, "condition", fact_evidence),
        "place_facts": places,
        "missions_denied": list(summary.get("missions_denied") or []),
        "commands": list(summary.get("commands") or []),
        "conditions": list(summary.get("conditions") or []),
        "finding_details": [_finding(f, claim_rows, fact_rows) for f in summary.get("findings") or []],
        "sources": [_source(s) for s in summary.get("sources") or []],
        "timeline": timeline,
        "figure_list": list(figures.values()),
    })
    return item


def _point(point: dict[str, Any], figures: dict[str, dict]) -> dict[str, Any]:
    def figs(refs):
        return [figures[claim_key(r["article_id"], r["position"])] for r in refs or []]

    return {
        "date": point.get("date"),
        "present": point.get("present"),
        "ceiling": point.get("ceiling"),
        "status": point.get("status"),
        "parts": point.get("parts") or [],
        "changes": point.get("changes") or [],
        "conflicts": [
            {"quantity": c.get("quantity"), "component": c.get("component"), "state": c.get("state"),
             "reports": [{"low": r.get("low"), "high": r.get("high"), "article_id": r.get("article_id"),
                          "figures": [figures[k]["key"] for k in
                                      (claim_key(x["article_id"], x["position"]) for x in r.get("claims") or []
                                       if isinstance(x, dict)) if k in figures]}
                         for r in c.get("reports") or []]}
            for c in point.get("conflicts") or []],
        "figures": figs(point.get("claims")),
        "restated": figs(point.get("restated")),
        "reports": list(point.get("reports") or []),
    }


def _grouped(facts: list[dict], fact_type: str, fact_evidence, prefer: str | None = None) -> list[dict[str, Any]]:
    groups: dict[str, list[dict]] = {}
    for ref in facts:
        if ref.get("type") == fact_type:
            groups.setdefault(ref.get("value"), []).append(ref)
    result = []
    for value, refs in groups.items():
        if prefer:
            refs = sorted(refs, key=lambda r: r.get("status") != prefer)
        shown, seen = [], set()
        for ref in refs:
            if (ref["article_id"], ref.get("sentence")) in seen:
                continue
            seen.add((ref["article_id"], ref.get("sentence")))
            shown.append(fact_evidence(ref))
            if len(shown) == FACT_EVIDENCE:
                break
        statuses = {r.get("status") for r in refs}
        result.append({
            "value": value,
            "status": prefer if prefer in statuses else (refs[0].get("status") if refs else None),
            "citation": next((r.get("citation") for r in refs if r.get("citation")), None),
            "mentions": len(refs),
            "evidence": shown,
        })
    return result


def _place_coordinates(fact_rows: dict, facts: list[dict], name: str) -> tuple:
    for ref in facts:
        if ref.get("type") == "place" and ref.get("value") == name:
            row = fact_rows.get((ref["article_id"], ref["position"]))
            if row is not None and row.lat is not None:
                return row.lat, row.lon, row.place_kind
    return None, None, None


def _finding(finding: dict[str, Any], claim_rows: dict, fact_rows: dict) -> dict[str, Any]:
    triggers = []
    for trigger in finding.get("triggers") or []:
        parsed = split_key(trigger.get("claim") or "")
        row = None
        if parsed:
            row = (claim_rows if parsed[1] else fact_rows).get((parsed[0], parsed[2]))
        article_id = trigger.get("article_id") or (parsed[0] if parsed else "")
        key = trigger.get("claim") or ""
        triggers.append({
            "fact": trigger.get("fact"), "value": trigger.get("value"), "status": trigger.get("status"),
            "figure": trigger.get("figure"), "count": trigger.get("count"), "component": trigger.get("component"),
            "published": trigger.get("published"),
            "evidence": evidence(row, key) if row is not None else _bare_evidence(article_id, key, trigger.get("sentence")),
        })
    return {
        "rule": finding.get("rule"),
        "title": finding.get("title"),
        "question": finding.get("question"),
        "citations": list(finding.get("citations") or []),
        "absent": list(finding.get("absent") or []),
        "note": finding.get("note"),
        "triggers": triggers,
    }


def _source(source: dict[str, Any]) -> dict[str, Any]:
    return {
        "article_id": source.get("article_id"),
        "title": source.get("title"),
        "published": source.get("published"),
        "publisher": source.get("publisher"),
        "url": article_url(source.get("article_id") or ""),
        "copies": [{"article_id": c.get("article_id"), "publisher": c.get("publisher"),
                    "published": c.get("published"), "url": article_url(c.get("article_id") or "")}
                   for c in source.get("copies") or []],
    }
