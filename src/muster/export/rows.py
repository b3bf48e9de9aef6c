"""The rows every export is made of, read from the store a page at a time."""
from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from sqlalchemy import select

from muster.store.models import Claim, Deployment, DeploymentClaim, Fact, StoredArticle
from muster.web import queries
from muster.web.deployments import build_detail, list_item

PAGE = 2000


class ExportError(Exception):
    """An export that cannot be written (a bad path, an unknown format)."""


def deployment_links(session) -> dict[int, list[str]]:
    links: dict[int, list[str]] = {}
    query = select(DeploymentClaim.claim_id, DeploymentClaim.deployment_id).order_by(DeploymentClaim.deployment_id)
    for claim_id, deployment_id in session.execute(query):
        links.setdefault(claim_id, []).append(deployment_id)
    return links


def _paged(store, model) -> Iterator[Any]:
    after = None
    while True:
        with store.session() as session:
            query = select(model).order_by(model.id).limit(PAGE)
            if after is not None:
                query = query.where(model.id > after)
            rows = list(session.scalars(query))
            session.expunge_all()
        yield from rows
        if len(rows) < PAGE:
            return
        after = rows[-1].id


def claims(store) -> Iterator[dict[str, Any]]:
    """Every claim as the API gives it: with its evidence and the deployments it went into."""
    with store.session() as session:
        links = deployment_links(session)
    for row in _paged(store, Claim):
        yield queries.claim_out(row, links.get(row.id))


def facts(store) -> Iterator[dict[str, Any]]:
    for row in _paged(store, Fact):
        yield queries.fact_out(row)


def articles(store) -> Iterator[dict[str, Any]]:
    for row in _paged(store, StoredArticle):
        yield {"id": row.id, "title": row.title, "published": row.published_text, "publisher": row.publisher,
               "url": row.url, "source": row.source, "relevant": row.relevant, "text": row.text}


def deployments(store) -> Iterator[dict[str, Any]]:
    """Every deployment in full (timeline, facts, findings), oldest first, evidence joined in."""
    with store.session() as session:
        ids = list(session.scalars(select(Deployment.id).order_by(Deployment.first_reported, Deployment.id)))
    for deployment_id in ids:
        with store.session() as session:
            row = session.get(Deployment, deployment_id)
            if not row or not row.summary or not row.brief:
                continue
            yield build_detail(session=session, summary=row.summary, brief=list_item(row))


def flat(evidence: dict[str, Any], prefix: str = "evidence_") -> dict[str, Any]:
    return {f"{prefix}{k}": evidence.get(k) for k in ("field", "start", "end", "text", "sentence", "sentence_start")}


def claim_row(claim: dict[str, Any]) -> dict[str, Any]:
    """A claim as one flat row, its evidence in columns."""
    row = {k: v for k, v in claim.items() if k not in ("evidence", "deployments")}
    row["deployments"] = "; ".join(claim["deployments"])
    row.update(flat(claim["evidence"]))
    return row


def fact_row(fact: dict[str, Any]) -> dict[str, Any]:
    row = {k: v for k, v in fact.items() if k != "evidence"}
    row.update(flat(fact["evidence"]))
    return row


def deployment_row(d: dict[str, Any]) -> dict[str, Any]:
    def low_high(name):
        value = d.get(name) or {}
        return value.get("low"), value.get("high")

    estimate, ceiling = low_high("estimate"), low_high("ceiling")
    return {
        "id": d["id"], "name": d["name"], "theatre": d["theatre"], "theatre_name": d["theatre_name"],
        "force": d["force"], "components": "; ".join(d["components"]), "command": d["command"],
        "status": d["status"], "start": d["start"], "first_report": d["first_report"], "last_report": d["last_report"],
        "estimate_low": estimate[0], "estimate_high": estimate[1], "ceiling_low": ceiling[0], "ceiling_high": ceiling[1],
        "estimate_evidence": "; ".join(e["key"] for e in (d.get("estimate") or {}).get("evidence") or []),
        "ceiling_evidence": "; ".join(e["key"] for e in (d.get("ceiling") or {}).get("evidence") or []),
        "disputed": d["disputed"],
        "authorities_invoked": "; ".join(d["authorities"]["invoked"]),
        "authorities_mentioned": "; ".join(d["authorities"]["mentioned"]),
        "missions": "; ".join(d["missions"]), "agencies": "; ".join(d["agencies"]),
        "places": "; ".join(d["places"]), "home_states": "; ".join(d["home_states"]),
        "reports": d["reports"], "figures": d["figures"], "findings": len(d["finding_details"]),
    }


def timeline_rows(d: dict[str, Any]) -> Iterator[dict[str, Any]]:
    for index, point in enumerate(d["timeline"]):
        present, ceiling = point.get("present") or {}, point.get("ceiling") or {}
        yield {
            "deployment_id": d["id"], "position": index, "date": point["date"], "status": point["status"],
            "present_low": present.get("low"), "present_high": present.get("high"),
            "ceiling_low": ceiling.get("low"), "ceiling_high": ceiling.get("high"),
            "disputed": bool(point["conflicts"]),
            "changes": json.dumps(point["changes"], ensure_ascii=False),
            "figures": "; ".join(f["key"] for f in point["figures"]),
            "claim_ids": "; ".join(str(f["evidence"]["id"]) for f in point["figures"] if f["evidence"]["id"] is not None),
        }


def finding_rows(d: dict[str, Any]) -> Iterator[dict[str, Any]]:
    for finding in d["finding_details"]:
        yield {
            "deployment_id": d["id"], "rule": finding["rule"], "title": finding["title"],
            "question": finding["question"], "citations": "; ".join(finding["citations"]),
            "absent": "; ".join(finding["absent"]), "note": finding["note"],
            "triggers": "; ".join(t["evidence"]["key"] for t in finding["triggers"]),
        }
