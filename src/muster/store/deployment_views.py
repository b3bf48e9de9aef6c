"""What readers are served of a deployment, shaped once, when reconciliation saves it.

A reconciled deployment (the `summary` column, shaped as in muster/reconcile/README.md)
names its figures by key ("article#f0"). Readers want each figure with its evidence
(the words' offsets and sentence, from the `claims` table), so this module joins them
when the deployments are saved, and the web app and the exports read the result:

    brief(summary, claim_rows, coords)      deployments.brief: what the list, its filters and
                                            the map show, the estimate's and ceiling's evidence
                                            included (a few hundred bytes)
    timeline_points(summary, claim_rows)    deployment_points.point: each timeline point with its
                                            figures and their evidence, in the shape the API serves
    materialise(session, summaries)         both, for deployments of a store, evidence read from it

`claim_rows` maps (article id, position) to a row with the evidence columns
(`muster.store.queries.claims_by_key`); a figure whose row is gone (its article was
extracted again after reconciling) keeps its sentence and nothing else.

Keys and links: `claim_key("a", 0)` is "a#f0" (a figure), `claim_key("a", 3, figure=False)`
"a#x3" (a fact); `article_url(article_id, key)` is the article's page with those words marked.
"""
from __future__ import annotations

import hashlib
import json
import re
from functools import lru_cache
from typing import Any, Iterable
from urllib.parse import quote

from muster.store import queries
from muster.store.records import evidence_fields

PRESENT_OPS = ("set", "add", "subtract", "at least")
CEILING_OPS = ("ceiling", "ceiling add")
SUPPORTING = 12  # figures named behind an estimate, at most


# Keys and links


def claim_key(article_id: str, position: int, figure: bool = True) -> str:
    return f"{article_id}#{'f' if figure else 'x'}{position}"


def split_key(key: str) -> tuple[str, bool, int] | None:
    """("article", is_figure, position) of a key like "article#f0", or None."""
    article_id, _, tail = (key or "").rpartition("#")
    if not article_id or len(tail) < 2 or tail[0] not in "fx" or not tail[1:].isdigit():
        return None
    return article_id, tail[0] == "f", int(tail[1:])


@lru_cache(maxsize=65536)
def _quoted(value: str) -> str:
    return quote(value, safe="")


def article_url(article_id: str, key: str | None = None) -> str:
    """The article's page; with a key, marking that claim's or fact's words and scrolled to them."""
    url = f"/articles/{_quoted(article_id)}"
    if not key:
        return url
    if key.startswith(article_id + "#") and key[len(article_id) + 1:].isalnum():
        tail = key[len(article_id) + 1:]
        return f"{url}?mark={_quoted(article_id)}%23{tail}#ev-{_anchored(article_id)}.{tail}"
    return f"{url}?mark={_quoted(key)}#{anchor(key)}"


_NOT_ID = re.compile(r"[^0-9A-Za-z_-]")


@lru_cache(maxsize=65536)
def _anchored(value: str) -> str:
    return _NOT_ID.sub(".", value)


def anchor(key: str) -> str:
    """The id of a claim's or fact's words on the article page."""
    return "ev-" + _NOT_ID.sub(".", key)


def evidence(row: Any, key: str) -> dict[str, Any]:
    """The evidence of a claim or fact row, with a link to its words on the article page."""
    return {"article_id": row.article_id, "key": key, "id": row.id, **evidence_fields(row),
            "url": article_url(row.article_id, key)}


def bare_evidence(article_id: str, key: str, sentence: str | None) -> dict[str, Any]:
    """Evidence whose row is gone (the article was extracted again after reconciling)."""
    return {"article_id": article_id, "key": key, "id": None, "field": None, "start": None, "end": None,
            "text": None, "sentence": sentence, "sentence_start": None, "url": article_url(article_id)}


def figure_evidence(row: Any, article_id: str, position: int, sentence: str | None) -> dict[str, Any]:
    key = claim_key(article_id, position)
    return evidence(row, key) if row is not None else bare_evidence(article_id, key, sentence)


# The brief


def brief(summary: dict[str, Any], claim_rows: dict, coords: dict[str, tuple]) -> dict[str, Any]:
    """What the list shows of a deployment, its filters read and its map draws.

    The fields of the API's deployment summary (without links), the evidence of
    the estimate and ceiling joined in, and `coordinates`: {place: [lat, lon, kind]}
    for the places that have them.
    """
    timeline = summary.get("timeline") or []
    last = timeline[-1] if timeline else {}
    authorities = summary.get("authorities") or {}
    places = list(summary.get("places") or [])

    def interval(name: str, ops: tuple[str, ...], reset: str) -> dict[str, Any] | None:
        value = summary.get(name)
        if not value or value.get("low") is None:
            return None
        return {"low": value["low"], "high": value.get("high"), "evidence": [
            figure_evidence(claim_rows.get((a, p)), a, p, s) for a, p, s in supporting(timeline, ops, reset)]}

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
        "estimate": interval("estimate", PRESENT_OPS, "set"),
        "ceiling": interval("ceiling", CEILING_OPS, "ceiling"),
        "disputed": bool(last.get("conflicts")),
        "authorities": {"invoked": list(authorities.get("invoked") or []),
                        "mentioned": list(authorities.get("mentioned") or [])},
        "missions": list(summary.get("missions") or []),
        "agencies": list(summary.get("agencies") or []),
        "places": places,
        "home_states": list(summary.get("home_states") or []),
        "reports": len(summary.get("sources") or []),
        "figures": len(summary.get("claims") or []),
        "points": len(timeline),
        "findings": [{"rule": f.get("rule"), "title": f.get("title")} for f in summary.get("findings") or []],
        "coordinates": {p: list(coords[p]) for p in places if p in coords},
    }


def supporting(timeline: list[dict[str, Any]], ops: tuple[str, ...], reset: str,
               most: int = SUPPORTING) -> list[tuple[str, int, str | None]]:
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


# Timeline points


def figure_refs(summary: dict[str, Any]) -> list[dict[str, Any]]:
    """Every figure the deployment names: its claims, then those of its timeline points."""
    refs = list(summary.get("claims") or [])
    for point in summary.get("timeline") or []:
        refs += point.get("claims") or []
        refs += point.get("restated") or []
    return refs


def figure(ref: dict[str, Any], claim_rows: dict) -> dict[str, Any]:
    """A figure as the API gives it (schemas.Figure, in its field order), with its evidence."""
    article_id, position = ref["article_id"], ref["position"]
    return {
        "key": claim_key(article_id, position),
        **{k: ref.get(k) for k in ("article_id", "position", "published", "publisher", "count", "qualifier", "kind",
                                   "component", "state", "place", "low", "high", "date", "background")},
        "additional": bool(ref.get("additional")),
        "evidence": figure_evidence(claim_rows.get((article_id, position)), article_id, position,
                                    ref.get("sentence")),
    }


def timeline_points(summary: dict[str, Any], claim_rows: dict) -> list[dict[str, Any]]:
    """The deployment's timeline points as the API gives them (schemas.TimelinePoint), oldest first."""
    figures: dict[str, dict[str, Any]] = {}
    for ref in figure_refs(summary):
        key = claim_key(ref["article_id"], ref["position"])
        if key not in figures:
            figures[key] = figure(ref, claim_rows)
    return [_point(point, figures) for point in summary.get("timeline") or []]


def _interval(value: dict | None) -> dict[str, Any] | None:
    return {"low": value.get("low"), "high": value.get("high")} if value else None


def _point(point: dict[str, Any], figures: dict[str, dict]) -> dict[str, Any]:
    def figs(refs):
        return [figures[claim_key(r["article_id"], r["position"])] for r in refs or []]

    return {
        "date": point.get("date"),
        "present": _interval(point.get("present")),
        "ceiling": _interval(point.get("ceiling")),
        "status": point.get("status"),
        "parts": [{"component": p.get("component"), "state": p.get("state"),
                   "present": _interval(p.get("present")), "ceiling": _interval(p.get("ceiling"))}
                  for p in point.get("parts") or []],
        "changes": [{"op": c.get("op"), "component": c.get("component"), "state": c.get("state"),
                     "low": c.get("low"), "high": c.get("high"), "claims": list(c.get("claims") or [])}
                    for c in point.get("changes") or []],
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


# For the store


def digest(summary: dict[str, Any], points: list[dict[str, Any]]) -> str:
    """A short hash of a deployment as saved, evidence included: readers compare them to notice a new reconcile."""
    text = json.dumps([summary, points], sort_keys=True, default=str)
    return hashlib.sha1(text.encode()).hexdigest()[:16]


def wanted_claims(summary: dict[str, Any]) -> set[tuple[str, int]]:
    """The (article id, position) of every figure whose evidence the brief and points need."""
    keys = {(r["article_id"], r["position"]) for r in figure_refs(summary)}
    timeline = summary.get("timeline") or []
    for ops, reset in ((PRESENT_OPS, "set"), (CEILING_OPS, "ceiling")):
        keys |= {(a, p) for a, p, _ in supporting(timeline, ops, reset)}
    return keys


def materialise(session, summaries: Iterable[dict[str, Any]]) -> list[tuple[dict, list[dict]]]:
    """(brief, timeline points) of each deployment, evidence and coordinates read from the store.

    `session` is a Session or a Connection. One query per 500 figures, one per place name.
    """
    summaries = list(summaries)
    keys = set().union(*(wanted_claims(s) for s in summaries)) if summaries else set()
    claim_rows = queries.claims_by_key(session=session, keys=keys)
    coords = queries.place_coordinates(session=session, names={p for s in summaries for p in s.get("places") or []})
    return [(brief(s, claim_rows, coords), timeline_points(s, claim_rows)) for s in summaries]
