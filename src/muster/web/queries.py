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
import re
from datetime import date
from functools import lru_cache
from typing import Any
from urllib.parse import quote

from sqlalchemy import select, tuple_
from sqlalchemy.orm import Session

from muster.store.models import Claim, DeploymentClaim, Fact, StoredArticle

_IN_CHUNK = 500

CLAIM_FILTERS = ("article", "deployment", "kind", "component", "qualifier", "place", "state", "since", "until")


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
    return {
        "article_id": row.article_id,
        "key": key,
        "id": row.id,
        "field": row.evidence_field,
        "start": row.evidence_start,
        "end": row.evidence_end,
        "text": row.evidence_text,
        "sentence": row.sentence,
        "sentence_start": row.sentence_start,
        "url": article_url(row.article_id, key),
    }


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


def claims_by_key(*, session: Session, keys: Iterable[tuple[str, int]]) -> dict[tuple[str, int], Claim]:
    """Claim rows by (article id, position)."""
    return _rows_by_key(session, Claim, keys)


def facts_by_key(*, session: Session, keys: Iterable[tuple[str, int]]) -> dict[tuple[str, int], Fact]:
    """Fact rows by (article id, position)."""
    return _rows_by_key(session, Fact, keys)


def _evidence_columns(model: Any) -> list:
    columns = [model.id, model.article_id, model.position, model.evidence_field, model.evidence_start,
               model.evidence_end, model.evidence_text, model.sentence, model.sentence_start]
    if model is Fact:
        columns += [Fact.lat, Fact.lon, Fact.place_kind, Fact.citation]
    return columns


def _rows_by_key(session: Session, model: Any, keys: Iterable[tuple[str, int]]) -> dict:
    """Evidence rows (plain tuples with the evidence columns, not ORM objects: faster) by key."""
    wanted = sorted(set(keys))
    found = {}
    for start in range(0, len(wanted), _IN_CHUNK):
        chunk = wanted[start:start + _IN_CHUNK]
        query = select(*_evidence_columns(model)).where(tuple_(model.article_id, model.position).in_(chunk))
        found.update({(r.article_id, r.position): r for r in session.execute(query)})
    return found


def linked_claims(*, session: Session, deployment_id: str) -> dict[tuple[str, int], Any]:
    """The evidence of the claims a deployment was built from, by (article id, position)."""
    query = (select(*_evidence_columns(Claim)).join(DeploymentClaim, DeploymentClaim.claim_id == Claim.id)
             .where(DeploymentClaim.deployment_id == deployment_id))
    return {(r.article_id, r.position): r for r in session.execute(query)}


def facts_of_articles(*, session: Session, article_ids: Iterable[str]) -> dict[tuple[str, int], Any]:
    """The evidence of every fact of these articles, by (article id, position)."""
    ids = sorted(set(article_ids))
    found = {}
    for start in range(0, len(ids), _IN_CHUNK):
        query = select(*_evidence_columns(Fact)).where(Fact.article_id.in_(ids[start:start + _IN_CHUNK]))
        found.update({(r.article_id, r.position): r for r in session.execute(query)})
    return found


def place_coordinates(*, session: Session, names: Iterable[str]) -> dict[str, tuple[float, float, str | None]]:
    """(lat, lon, place kind) of each place name, as extraction stored them with its place facts."""
    found = {}
    for name in sorted(set(names)):
        query = (select(Fact.lat, Fact.lon, Fact.place_kind)
                 .where(Fact.type == "place", Fact.value == name, Fact.lat.is_not(None)).limit(1))
        row = session.execute(query).first()
        if row is not None:
            found[name] = (row.lat, row.lon, row.place_kind)
    return found


# Articles


def get_article(*, session: Session, article_id: str) -> dict[str, Any] | None:
    """The article with its claims and facts (each with evidence) and the deployments it informs."""
    article = session.get(StoredArticle, article_id)
    if article is None:
        return None
    claims = list(session.scalars(select(Claim).where(Claim.article_id == article_id).order_by(Claim.position)))
    facts = list(session.scalars(select(Fact).where(Fact.article_id == article_id).order_by(Fact.position)))
    links = deployments_of_claims(session=session, claim_ids=[c.id for c in claims])
    return {
        "id": article.id,
        "title": article.title,
        "text": article.text,
        "published": article.published_text,
        "url": article.url,
        "publisher": article.publisher,
        "source": article.source,
        "relevant": article.relevant,
        "extracted_at": article.extracted_at.isoformat() if article.extracted_at else None,
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
