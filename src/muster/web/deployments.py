"""Deployments as the app serves them, read from what `muster reconcile` saved.

The list, its filters and the map come from each deployment's `brief` (a few hundred
bytes, read in one query into a Snapshot of the table, each also kept as the JSON
the API gives). Timelines are read a page at a time from `deployment_points`, where
reconcile stored each point with its figures' evidence. The rest of a deployment
(facts and legal findings with their evidence, sources) is built from its summary
when asked for, and kept for the most recently viewed.

`muster reconcile` rewrites the table as a whole, and nothing else writes it: at most
every `refresh_seconds` the app compares a fingerprint of the table (ids, names,
statuses, dates and digests) with the one it read, and reads it again if they differ.
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
from urllib.parse import quote

from sqlalchemy import select
from sqlalchemy.orm import Session

from muster.answers import worded
from muster.reconcile import status as answers_as_of
from muster.reconcile.place_query import resolve
from muster.store.deployment_views import article_url, bare_evidence, claim_key, evidence, split_key
from muster.store.models import Deployment
from muster.store.queries import claims_by_key
from muster.web import queries, schemas

FACT_EVIDENCE = 5  # sentences shown per authority, mission, agency, command or place


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
        if self.place and not resolve(self.place).matches(item):
            return False  # the same place resolver as `muster status --place`
        return True


def links(deployment_id: str) -> dict[str, str]:
    quoted = quote(deployment_id, safe="")
    return {"self": f"/api/deployments/{quoted}", "page": f"/deployments/{quoted}",
            "timeline": f"/api/deployments/{quoted}/timeline", "claims": f"/api/claims?deployment={quoted}"}


def list_item(row: Any) -> dict[str, Any]:
    """A deployment as the list shows it, from its row: the brief, with the row's name and status."""
    return {**row.brief, "name": row.name, "status": row.status}


class Snapshot:
    """The deployments of one version of the table: their briefs in memory, details read on demand."""

    def __init__(self, version: str, items: list[dict[str, Any]], cache_size: int = 64):
        self.version = version
        self.items = items  # newest report first
        self.by_id = {item["id"]: item for item in items}
        self.json = {item["id"]: schemas.DeploymentSummary.model_validate({**item, "links": links(item["id"])})
                     .model_dump_json().encode() for item in items}  # each as the API gives it
        self._details: OrderedDict[str, dict[str, Any]] = OrderedDict()
        self._summaries: list[dict[str, Any]] | None = None  # read when an answer as of a date is first asked for
        self._cache_size = cache_size
        self._lock = threading.Lock()
        self.facets = {
            "status": sorted({i["status"] for i in items if i["status"]}),
            "component": sorted({c for i in items for c in i["components"]}),
            "authority": sorted({a for i in items for a in i["authorities"]["invoked"]}),
            "place": sorted({p for i in items for p in i["places"]}),
        }

    def answers(self, session_factory, as_of: date, filters: DeploymentFilters) -> list[dict[str, Any]]:
        """The deployments under way on `as_of` with the answer for that day (reconcile.status),
        each beside its brief; the other filters apply to the brief."""
        with self._lock:
            summaries = self._summaries
        if summaries is None:
            with session_factory() as session:
                summaries = [row for row in session.scalars(select(Deployment.summary)) if row]
            with self._lock:
                self._summaries = summaries
        rest = DeploymentFilters(component=filters.component, authority=filters.authority,
                                 since=filters.since, until=filters.until)
        found = []
        for view in answers_as_of(summaries, as_of=as_of, place=filters.place):
            item = self.by_id.get(view["id"])
            if item is None or not rest.matches(item) or (filters.status and view["status"] != filters.status):
                continue
            found.append({**item, "answer": worded(view)})
        return found

    def select(self, filters: DeploymentFilters) -> list[dict[str, Any]]:
        return [item for item in self.items if filters.matches(item)]

    def get(self, deployment_id: str) -> dict[str, Any] | None:
        return self.by_id.get(deployment_id)

    def detail(self, session_factory, deployment_id: str) -> dict[str, Any] | None:
        """The full deployment (timeline, facts, findings, sources), all with evidence."""
        item = self.by_id.get(deployment_id)
        if item is None:
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
            found = build_detail(session=session, summary=row.summary, brief=item)
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

    def fresh(self) -> Snapshot | None:
        """The current snapshot if the table was checked within `refresh_seconds`, else None."""
        current = self._snapshot
        if current is not None and time.monotonic() - self._checked < self.refresh_seconds:
            return current
        return None

    def stale(self) -> Snapshot | None:
        """The current snapshot, having started a check of the table in the background; None if a caller
        must wait for the check (no snapshot yet, or `refresh_seconds` is 0)."""
        current = self._snapshot
        if current is None or self.refresh_seconds == 0:
            return None
        if self._lock.acquire(blocking=False):
            threading.Thread(target=self._check, daemon=True, name="muster-deployments-check").start()
        return current

    def snapshot(self) -> Snapshot:
        """The current snapshot, the table checked first if `refresh_seconds` have passed."""
        current = self.fresh()
        if current is not None:
            return current
        if not self._lock.acquire(blocking=self._snapshot is None or self.refresh_seconds == 0):
            return self._snapshot  # another thread is checking
        self._check()
        return self._snapshot

    def _check(self) -> None:
        """Read the table again if it changed (the caller holds the lock, which this releases)."""
        try:
            if self._snapshot is not None and time.monotonic() - self._checked < self.refresh_seconds:
                return
            with self.store.session() as session:
                version = fingerprint(session=session)
                if self._snapshot is None or self._snapshot.version != version:
                    self._snapshot = build_snapshot(session=session, version=version, cache_size=self.cache_size)
                    _settle()
            self._checked = time.monotonic()
        finally:
            self._lock.release()

    def detail(self, deployment_id: str) -> dict[str, Any] | None:
        return self.snapshot().detail(self.store.session, deployment_id)

    def answers(self, as_of: date, filters: DeploymentFilters) -> list[dict[str, Any]]:
        return self.snapshot().answers(self.store.session, as_of, filters)


def _settle() -> None:
    """Keep long-lived caches out of the cyclic garbage collector's full passes.

    A full pass over many small long-lived objects stalls every request. The
    cached data has no reference cycles, so reference counting still frees it
    when a cache lets go.
    """
    gc.freeze()


def fingerprint(*, session: Session) -> str:
    digest = hashlib.sha1()
    rows = session.execute(select(Deployment.id, Deployment.name, Deployment.status, Deployment.first_reported,
                                  Deployment.last_reported, Deployment.digest).order_by(Deployment.id))
    for row in rows:
        digest.update(repr(tuple(row)).encode())
    return digest.hexdigest()[:16]


def build_snapshot(*, session: Session, version: str, cache_size: int = 64) -> Snapshot:
    """Every deployment's brief, newest report first (a row without one, not written by reconcile, is left out)."""
    rows = session.execute(select(Deployment.id, Deployment.name, Deployment.status, Deployment.brief))
    items = [list_item(row) for row in rows if row.brief]
    items.sort(key=lambda i: (i["last_report"] or "", i["first_report"] or "", i["id"]), reverse=True)
    return Snapshot(version, items, cache_size)


# Detail


def build_detail(*, session: Session, summary: dict[str, Any], brief: dict[str, Any]) -> dict[str, Any]:
    """The brief, and the deployment's timeline, facts grouped by value, legal findings and sources, with evidence."""
    deployment_id = summary["id"]
    trigger_keys = [split_key(t.get("claim") or "") for f in summary.get("findings") or [] for t in f.get("triggers") or []]
    claim_rows = claims_by_key(
        session=session, keys={(a, p) for a, is_figure, p in filter(None, trigger_keys) if is_figure})
    fact_keys = {(r["article_id"], r["position"]) for r in summary.get("facts") or []}
    fact_keys |= {(a, p) for a, is_figure, p in filter(None, trigger_keys) if not is_figure}
    fact_rows = queries.facts_of_articles(session=session, article_ids={a for a, _ in fact_keys})

    def fact_evidence(ref: dict[str, Any]) -> dict[str, Any]:
        key = claim_key(ref["article_id"], ref["position"], figure=False)
        row = fact_rows.get((ref["article_id"], ref["position"]))
        return evidence(row, key) if row is not None else bare_evidence(ref["article_id"], key, ref.get("sentence"))

    facts = summary.get("facts") or []
    coords = brief.get("coordinates") or {}
    places = _grouped(facts, "place", fact_evidence)
    for place in places:
        lat, lon, kind = coords.get(place["value"]) or _place_coordinates(fact_rows, facts, place["value"])
        place.update({"lat": lat, "lon": lon, "place_kind": kind})
    invoked = set(brief["authorities"]["invoked"])
    authorities = _grouped([f for f in facts if f.get("type") == "authority"], "authority", fact_evidence,
                           prefer="invoked")
    for authority in authorities:
        authority["status"] = "invoked" if authority["value"] in invoked else "mentioned"
    return {
        **brief,
        "summary": summary,  # for its answer as of a date asked for
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
        "timeline": queries.timeline(session=session, deployment_id=deployment_id),
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
            "evidence": evidence(row, key) if row is not None else bare_evidence(article_id, key, trigger.get("sentence")),
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
