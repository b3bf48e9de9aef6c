"""Reading extraction records out of the store and writing reconciled deployments back."""
from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import delete, insert, select

from muster.store.models import Claim, Deployment, DeploymentClaim


def load_records(store) -> tuple[list[dict[str, Any]], int]:
    """Every extracted record, with its article's publisher and content hash; and how many are not extracted."""
    records, waiting = [], 0
    for article in store.iter_articles():
        record = store.record(article.id)
        if record is None:
            waiting += 1
            continue
        record.setdefault("publisher", article.publisher)
        record.setdefault("content_hash", article.content_hash)
        records.append(record)
    return records, waiting


def save_deployments(store, deployments: list[dict[str, Any]]) -> int:
    """Replace the stored deployments in one transaction, linking each to the claims it was built from."""
    with store.session(write=True) as session:
        claim_ids = {(a, p): i for i, a, p in session.execute(select(Claim.id, Claim.article_id, Claim.position))}
        session.execute(delete(DeploymentClaim))
        session.execute(delete(Deployment))
        links = []
        for d in deployments:
            session.execute(insert(Deployment), [{
                "id": d["id"], "name": d["name"], "theatre": d["theatre"],
                "component": d["components"][0] if len(d["components"]) == 1 else "mixed",
                "command": d["command"], "status": d["status"],
                "first_reported": date.fromisoformat(d["first_report"]),
                "last_reported": date.fromisoformat(d["last_report"]),
                "summary": d,
            }])
            ids = sorted({claim_ids[(c["article_id"], c["position"])] for c in d["claims"]
                          if (c["article_id"], c["position"]) in claim_ids})
            links += [{"deployment_id": d["id"], "claim_id": i} for i in ids]
        if links:
            session.execute(insert(DeploymentClaim), links)
    return len(links)


def load_deployments(store) -> list[dict[str, Any]]:
    """The stored deployments (the reconciled dicts), oldest first."""
    with store.session() as session:
        rows = session.scalars(select(Deployment).order_by(Deployment.first_reported, Deployment.id))
        return [row.summary for row in rows if row.summary]
