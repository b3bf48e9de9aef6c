"""GeoJSON: a FeatureCollection of places, deployments at their places, and the borders as lines.

Features, told apart by `properties.feature`:
- "place": a Point per place named in articles, with how often and the deployments naming it;
- "deployment": a Point (or, at a border, the border's LineString) per deployment and place,
  with its status, estimate and ceiling and the evidence of the estimate;
- "border": the southern and northern borders as LineStrings.
Coordinates are [longitude, latitude] (WGS 84) as GeoJSON requires.
"""
from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import func, select

from muster.export import rows
from muster.store.models import Fact


def _border_lines():
    from muster.extract.gazetteer import BORDER_LINES

    return {name: [[lon, lat] for lat, lon in line] for name, line in BORDER_LINES.items()}


def write_geojson(store, out: Path) -> dict[Path, str]:
    borders = _border_lines()
    features = []
    deployments = list(rows.deployments(store))
    naming: dict[str, list[str]] = {}
    for d in deployments:
        for place in d["places"]:
            naming.setdefault(place, []).append(d["id"])
    with store.session() as session:
        query = (select(Fact.value, Fact.place_kind, func.min(Fact.lat), func.min(Fact.lon), func.count(),
                        func.count(func.distinct(Fact.article_id)))
                 .where(Fact.type == "place", Fact.lat.is_not(None))
                 .group_by(Fact.value, Fact.place_kind).order_by(Fact.value))
        for name, kind, lat, lon, mentions, articles in session.execute(query):
            features.append(_feature(_geometry(name, kind, lat, lon, borders), {
                "feature": "place", "name": name, "place_kind": kind, "mentions": mentions,
                "articles": articles, "deployments": naming.get(name, [])}))
    for d in deployments:
        estimate, ceiling = d.get("estimate") or {}, d.get("ceiling") or {}
        for place in d["place_facts"]:
            if place["lat"] is None:
                continue
            features.append(_feature(_geometry(place["value"], place["place_kind"], place["lat"], place["lon"], borders), {
                "feature": "deployment", "deployment_id": d["id"], "name": d["name"], "status": d["status"],
                "place": place["value"], "place_kind": place["place_kind"],
                "first_report": d["first_report"], "last_report": d["last_report"],
                "estimate_low": estimate.get("low"), "estimate_high": estimate.get("high"),
                "ceiling_low": ceiling.get("low"), "ceiling_high": ceiling.get("high"),
                "components": d["components"], "authorities_invoked": d["authorities"]["invoked"],
                "estimate_evidence": estimate.get("evidence") or [],
                "place_evidence": place["evidence"][:1],
            }))
    for name, line in borders.items():
        features.append(_feature({"type": "LineString", "coordinates": line}, {"feature": "border", "name": name}))
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps({"type": "FeatureCollection", "features": features}, ensure_ascii=False),
                   encoding="utf-8")
    counts = {}
    for f in features:
        counts[f["properties"]["feature"]] = counts.get(f["properties"]["feature"], 0) + 1
    return {out: ", ".join(f"{n} {k} features" for k, n in counts.items()) or "no features"}


def _geometry(name, kind, lat, lon, borders):
    if kind == "border" and name in borders:
        return {"type": "LineString", "coordinates": borders[name]}
    return {"type": "Point", "coordinates": [round(lon, 5), round(lat, 5)]}


def _feature(geometry, properties):
    return {"type": "Feature", "geometry": geometry, "properties": properties}
