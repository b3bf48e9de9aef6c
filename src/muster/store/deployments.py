"""Reading extraction records out of the store and writing reconciled deployments back."""
from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import delete, insert, select

from muster.store import deployment_views
from muster.store.models import Claim, Deployment, DeploymentClaim, DeploymentPoint

SAVE_BATCH = 200  # deployments shaped and inserted at a time


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
    """Replace the stored deployments in one transaction, linking each to the claims it was built from.

    With each deployment go its brief and its timeline points, their figures'
    evidence read from `claims` (muster.store.deployment_views): what the web app serves.
    """
    with store.session(write=True) as session:
        claim_ids = {(a, p): i for i, a, p in session.execute(select(Claim.id, Claim.article_id, Claim.position))}
        session.execute(delete(DeploymentPoint))
        session.execute(delete(DeploymentClaim))
        session.execute(delete(Deployment))
        links = []
        for start in range(0, len(deployments), SAVE_BATCH):
            batch = deployments[start:start + SAVE_BATCH]
            shaped = deployment_views.materialise(session, batch)
            insert_deployments(session, [(d, b, p) for d, (b, p) in zip(batch, shaped)])
            for d in batch:
                ids = sorted({claim_ids[(c["article_id"], c["position"])] for c in d["claims"]
                              if (c["article_id"], c["position"]) in claim_ids})
                links += [{"deployment_id": d["id"], "claim_id": i} for i in ids]
        if links:
            session.execute(insert(DeploymentClaim), links)
    return len(links)


def insert_deployments(connection, shaped: list[tuple[dict[str, Any], dict[str, Any], list[dict[str, Any]]]]) -> None:
    """Insert deployments given as (summary, brief, timeline points), and their points.

    `connection` is a Session or a Connection. The deployments must not be stored yet.
    """
    rows, points = [], []
    for summary, brief, timeline in shaped:
        row, point_rows = deployment_rows(summary, brief, timeline)
        rows.append(row)
        points += point_rows
    if rows:
        connection.execute(insert(Deployment), rows)
    if points:
        connection.execute(insert(DeploymentPoint), points)


def deployment_rows(summary: dict[str, Any], brief: dict[str, Any],
                    timeline: list[dict[str, Any]]) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The `deployments` row and the `deployment_points` rows of a reconciled deployment."""
    components = summary["components"]
    row = {
        "id": summary["id"], "name": summary["name"], "theatre": summary["theatre"],
        "component": components[0] if len(components) == 1 else "mixed",
        "command": summary["command"], "status": summary["status"],
        "first_reported": date.fromisoformat(summary["first_report"]),
        "last_reported": date.fromisoformat(summary["last_report"]),
        "summary": summary, "brief": brief, "digest": deployment_views.digest(summary, timeline),
    }
    points = [{"deployment_id": summary["id"], "position": i,
               "date": date.fromisoformat(p["date"]) if p.get("date") else None, "point": p}
              for i, p in enumerate(timeline)]
    return row, points


def load_deployments(store) -> list[dict[str, Any]]:
    """The stored deployments (the reconciled dicts), oldest first."""
    with store.session() as session:
        rows = session.scalars(select(Deployment).order_by(Deployment.first_reported, Deployment.id))
        return [row.summary for row in rows if row.summary]
