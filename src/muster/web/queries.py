"""Reading the store for the web app and the exports: plain functions over a session, keyword-only.

Every claim and fact comes back with its evidence: the article, the words'
offsets in the title or text, and the sentence. `key` is the stable name of a
claim or fact, as reconciliation uses it: "article#f0" is the article's first
figure, "article#x3" its fourth fact. Row ids (`id`) change when an article is
extracted again; keys do not, as long as extraction gives the same record.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Text, cast, func, select
from sqlalchemy.orm import Session

# keys, links and evidence are shaped in the store (deployment_views); pages use them from here too
from muster.store.deployment_views import anchor, article_url, claim_key, evidence  # noqa: F401
from muster.store.models import Claim, DeploymentClaim, DeploymentPoint, Fact, StoredArticle
from muster.store.queries import evidence_columns
from muster.store.records import article_dict

_IN_CHUNK = 500

CLAIM_FILTERS = ("article", "deployment", "kind", "component", "qualifier", "place", "state", "since", "until")


def claim_out(row: Claim, deployments: list[str] | None = None) -> dict[str, Any]:
    key = claim_key(row.article_id, row.position)
    return {
        "id": row.id,
        "key": key,
        "article_id": row.article_id,
        "position": row.position,
        "count": row.count,
        "qualifier": row.qualifier,
        "kind": row.kind,
        "component": row.component,
        "low": row.low,
        "high": row.high,
        "state": row.state,
        "place": row.place,
        "unit": row.unit,
        "event_date": row.event_date.isoformat() if row.event_date else None,
        "background": bool(row.background),
        "deployments": deployments or [],
        "evidence": evidence(row, key),
    }


def fact_out(row: Fact) -> dict[str, Any]:
    key = claim_key(row.article_id, row.position, figure=False)
    return {
        "id": row.id,
        "key": key,
        "article_id": row.article_id,
        "position": row.position,
        "type": row.type,
        "value": row.value,
        "status": row.status,
        "citation": row.citation,
        "lat": row.lat,
        "lon": row.lon,
        "place_kind": row.place_kind,
        "evidence": evidence(row, key),
    }


# Claims


@dataclass
class ClaimFilters:
    article: str | None = None
    deployment: str | None = None
    kind: str | None = None
    component: str | None = None
    qualifier: str | None = None
    place: str | None = None
    state: str | None = None
    since: date | None = None
    until: date | None = None

    def active(self) -> dict[str, str]:
        return {k: str(v) for k, v in vars(self).items() if v not in (None, "")}


def claims_page(*, session: Session, filters: ClaimFilters, after: int | None = None,
                limit: int = 50) -> list[dict[str, Any]]:
    """Up to `limit` claims with their evidence and deployments, in id order after the id `after`."""
    query = select(Claim).order_by(Claim.id).limit(limit)
    if after is not None:
        query = query.where(Claim.id > after)
    if filters.deployment:
        query = query.join(DeploymentClaim, DeploymentClaim.claim_id == Claim.id).where(
            DeploymentClaim.deployment_id == filters.deployment)
    for column, value in ((Claim.article_id, filters.article), (Claim.kind, filters.kind),
                          (Claim.component, filters.component), (Claim.qualifier, filters.qualifier),
                          (Claim.place, filters.place), (Claim.state, filters.state)):
        if value:
            query = query.where(column == value)
    if filters.since:
        query = query.where(Claim.event_date >= filters.since)
    if filters.until:
        query = query.where(Claim.event_date <= filters.until)
    rows = list(session.scalars(query))
    links = deployments_of_claims(session=session, claim_ids=[r.id for r in rows])
    return [claim_out(r, links.get(r.id)) for r in rows]


def get_claim(*, session: Session, claim_id: int) -> dict[str, Any] | None:
    row = session.get(Claim, claim_id)
    if row is None:
        return None
    return claim_out(row, deployments_of_claims(session=session, claim_ids=[row.id]).get(row.id))


def deployments_of_claims(*, session: Session, claim_ids: list[int]) -> dict[int, list[str]]:
    found: dict[int, list[str]] = {}
    for start in range(0, len(claim_ids), _IN_CHUNK):
        chunk = claim_ids[start:start + _IN_CHUNK]
        query = select(DeploymentClaim.claim_id, DeploymentClaim.deployment_id).where(
            DeploymentClaim.claim_id.in_(chunk)).order_by(DeploymentClaim.deployment_id)
        for claim_id, deployment_id in session.execute(query):
            found.setdefault(claim_id, []).append(deployment_id)
    return found


def linked_claims(*, session: Session, deployment_id: str) -> dict[tuple[str, int], Any]:
    """The evidence of the claims a deployment was built from, by (article id, position)."""
    query = (select(*evidence_columns(Claim)).join(DeploymentClaim, DeploymentClaim.claim_id == Claim.id)
             .where(DeploymentClaim.deployment_id == deployment_id))
    return {(r.article_id, r.position): r for r in session.execute(query)}


def facts_of_articles(*, session: Session, article_ids: Iterable[str]) -> dict[tuple[str, int], Any]:
    """The evidence of every fact of these articles, by (article id, position)."""
    ids = sorted(set(article_ids))
    found = {}
    for start in range(0, len(ids), _IN_CHUNK):
        query = select(*evidence_columns(Fact)).where(Fact.article_id.in_(ids[start:start + _IN_CHUNK]))
        found.update({(r.article_id, r.position): r for r in session.execute(query)})
    return found


def timeline_page(*, store: Any, deployment_id: str, limit: int, offset: int) -> tuple[list[bytes], int]:
    """A page of a deployment's timeline points, each the JSON text stored in deployment_points, and how many it has.

    Two small reads on the (deployment_id, position) key, on a plain connection: no ORM session.
    """
    page = (select(cast(DeploymentPoint.point, Text)).where(DeploymentPoint.deployment_id == deployment_id)
            .order_by(DeploymentPoint.position).limit(limit).offset(offset))
    count = select(func.count()).select_from(DeploymentPoint).where(DeploymentPoint.deployment_id == deployment_id)
    with store.engine.connect() as connection:
        points = [point.encode() for point in connection.scalars(page)]
        total = connection.scalar(count) or 0
    return points, total


def timeline(*, session: Session, deployment_id: str) -> list[dict[str, Any]]:
    """Every timeline point of a deployment, oldest first."""
    query = (select(DeploymentPoint.point).where(DeploymentPoint.deployment_id == deployment_id)
             .order_by(DeploymentPoint.position))
    return list(session.scalars(query))


# Articles


ARTICLE_FIELDS = ("id", "title", "text", "published", "url", "publisher", "source", "relevant", "extracted_at")


def get_article(*, session: Session, article_id: str) -> dict[str, Any] | None:
    """The article with its claims and facts (each with evidence) and the deployments it informs."""
    article = session.get(StoredArticle, article_id)
    if article is None:
        return None
    claims = list(session.scalars(select(Claim).where(Claim.article_id == article_id).order_by(Claim.position)))
    facts = list(session.scalars(select(Fact).where(Fact.article_id == article_id).order_by(Fact.position)))
    links = deployments_of_claims(session=session, claim_ids=[c.id for c in claims])
    return {
        **{key: value for key, value in article_dict(article).items() if key in ARTICLE_FIELDS},
        "claims": [claim_out(c, links.get(c.id)) for c in claims],
        "facts": [fact_out(f) for f in facts],
        "deployments": sorted({d for ds in links.values() for d in ds}),
    }


def article_titles(*, session: Session, article_ids: Iterable[str]) -> dict[str, tuple[str, str | None]]:
    ids = sorted(set(article_ids))
    found = {}
    for start in range(0, len(ids), _IN_CHUNK):
        query = select(StoredArticle.id, StoredArticle.title, StoredArticle.published_text).where(
            StoredArticle.id.in_(ids[start:start + _IN_CHUNK]))
        found.update({i: (t, p) for i, t, p in session.execute(query)})
    return found
