"""Reading and writing the store: plain functions over a session, keyword-only.

They neither open nor commit transactions; `Store` (or the caller) does that.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, insert, select, tuple_
from sqlalchemy.orm import Session

from muster.article import Article
from muster.store import records
from muster.store.engine import lock_store
from muster.store.models import Claim, Deployment, Fact, StoredArticle

_IN_CHUNK = 500  # values per IN (...) list


@dataclass
class IngestResult:
    """What `add_articles` did: how many articles were new, how many already stored."""

    new: int = 0
    duplicate: int = 0
    ids: list[str] = field(default_factory=list)  # the new articles, by stored id
    renamed: list[tuple[str, str]] = field(default_factory=list)  # (id given, id stored)

    def extend(self, other: IngestResult) -> None:
        self.new += other.new
        self.duplicate += other.duplicate
        self.ids += other.ids
        self.renamed += other.renamed


class UnknownArticle(KeyError):
    """A record for an article the store does not hold."""


def add_articles(*, session: Session, articles: list[Article], now: datetime) -> IngestResult:
    """Insert the articles not stored yet and say which were new.

    An article whose content hash is already stored (or came earlier in the
    list) is a duplicate, whatever its id. A new text under a taken id is
    stored under the first free id of the form "id~2", "id~3", ...
    Holds the store-wide write lock, so concurrent ingests cannot both take one
    id (on SQLite, open the session with `Store.session(write=True)`).
    """
    lock_store(session.connection())
    hashed = [(_checked(article), article.content_hash) for article in articles]
    stored_by_hash: dict[str, str] = {}
    for chunk in _chunks(sorted({h for _, h in hashed})):
        query = select(StoredArticle.content_hash, StoredArticle.id).where(
            StoredArticle.content_hash.in_(chunk)
        )
        stored_by_hash.update(session.execute(query).all())
    taken: set[str] = set()
    for chunk in _chunks(sorted({a.id for a, _ in hashed})):
        taken.update(session.scalars(select(StoredArticle.id).where(StoredArticle.id.in_(chunk))))

    result = IngestResult()
    rows = []
    for article, content_hash in hashed:
        if content_hash in stored_by_hash:
            result.duplicate += 1
            continue
        stored_id = article.id
        if stored_id in taken:
            stored_id = _free_id(session=session, article_id=article.id, taken=taken)
            result.renamed.append((article.id, stored_id))
        taken.add(stored_id)
        stored_by_hash[content_hash] = stored_id
        rows.append({
            "id": stored_id,
            "title": article.title,
            "text": article.text,
            "published": records.parse_date(article.published),
            "published_text": article.published,
            "url": article.url,
            "publisher": article.publisher,
            "source": article.source,
            "content_hash": content_hash,
            "ingested_at": now,
        })
        result.new += 1
        result.ids.append(stored_id)
    if rows:
        session.execute(insert(StoredArticle), rows)
    return result


def _checked(article: Any) -> Article:
    if not isinstance(article, Article):
        raise TypeError(f"add_articles takes Article objects, not {type(article).__name__}")
    if not article.id:
        raise ValueError(f"an article from {article.source or 'an unnamed source'} has no id")
    if "\x00" in (article.text or "") or "\x00" in (article.title or ""):
        # SQLite would keep it, PostgreSQL refuses it: refuse it on both
        raise ValueError(f"article {article.id} contains a NUL character")
    return article


def _free_id(*, session: Session, article_id: str, taken: set[str]) -> str:
    n = 2
    while True:
        candidate = f"{article_id}~{n}"
        if candidate not in taken and session.get(StoredArticle, candidate) is None:
            return candidate
        n += 1


def _chunks(values: list[str]) -> Iterator[list[str]]:
    for start in range(0, len(values), _IN_CHUNK):
        yield values[start:start + _IN_CHUNK]


def save_record(
    *, session: Session, record: dict[str, Any], now: datetime, extractor_version: str | None
) -> None:
    """Replace the article's claims and facts with those of `record`.

    Raises RecordError for a malformed record and UnknownArticle when the
    article is not stored. The article row is locked first, so two saves of one
    article take turns instead of mixing their rows.
    """
    rows = records.record_rows(record)
    query = select(StoredArticle).where(StoredArticle.id == rows.article_id).with_for_update()
    article = session.scalars(query).one_or_none()
    if article is None:
        raise UnknownArticle(rows.article_id)
    no_sync = {"synchronize_session": False}
    session.execute(delete(Claim).where(Claim.article_id == article.id), execution_options=no_sync)
    session.execute(delete(Fact).where(Fact.article_id == article.id), execution_options=no_sync)
    if rows.claims:
        session.execute(insert(Claim), [{"article_id": article.id, **c} for c in rows.claims])
    if rows.facts:
        session.execute(insert(Fact), [{"article_id": article.id, **f} for f in rows.facts])
    article.relevant = rows.relevant
    article.record_extra = rows.record_extra
    article.extracted_at = now
    article.extractor_version = extractor_version


def get_article(*, session: Session, article_id: str) -> StoredArticle | None:
    return session.get(StoredArticle, article_id)


def article_page(
    *, session: Session, after: str | None = None, limit: int = 500, only_unextracted: bool = False
) -> list[StoredArticle]:
    """Up to `limit` articles in id order, starting after the id `after`."""
    query = select(StoredArticle).order_by(StoredArticle.id).limit(limit)
    if after is not None:
        query = query.where(StoredArticle.id > after)
    if only_unextracted:
        query = query.where(StoredArticle.extracted_at.is_(None))
    return list(session.scalars(query))


def claims(*, session: Session, article_id: str | None = None) -> list[Claim]:
    query = select(Claim).order_by(Claim.article_id, Claim.position)
    if article_id is not None:
        query = query.where(Claim.article_id == article_id)
    return list(session.scalars(query))


def facts(*, session: Session, article_id: str | None = None) -> list[Fact]:
    query = select(Fact).order_by(Fact.article_id, Fact.position)
    if article_id is not None:
        query = query.where(Fact.article_id == article_id)
    return list(session.scalars(query))


def record(*, session: Session, article_id: str) -> dict[str, Any] | None:
    """The record saved for the article, or None if it is unknown or not extracted yet."""
    article = session.get(StoredArticle, article_id)
    if article is None or article.extracted_at is None:
        return None
    return records.build_record(
        article,
        claims(session=session, article_id=article_id),
        facts(session=session, article_id=article_id),
    )


def counts(*, session: Session) -> dict[str, int]:
    def count(model: Any, *where: Any) -> int:
        return session.scalar(select(func.count()).select_from(model).where(*where)) or 0

    return {
        "articles": count(StoredArticle),
        "relevant": count(StoredArticle, StoredArticle.relevant.is_(True)),
        "claims": count(Claim),
        "facts": count(Fact),
        "deployments": count(Deployment),
    }


# Evidence


def evidence_columns(model: Any) -> list:
    """The columns a claim's or fact's evidence is made of (facts: with coordinates and citation)."""
    columns = [model.id, model.article_id, model.position, model.evidence_field, model.evidence_start,
               model.evidence_end, model.evidence_text, model.sentence, model.sentence_start]
    if model is Fact:
        columns += [Fact.lat, Fact.lon, Fact.place_kind, Fact.citation]
    return columns


def claims_by_key(*, session: Session, keys: Iterable[tuple[str, int]]) -> dict[tuple[str, int], Any]:
    """Claims' evidence rows by (article id, position)."""
    return _rows_by_key(session, Claim, keys)


def facts_by_key(*, session: Session, keys: Iterable[tuple[str, int]]) -> dict[tuple[str, int], Any]:
    """Facts' evidence rows by (article id, position)."""
    return _rows_by_key(session, Fact, keys)


def _rows_by_key(session: Session, model: Any, keys: Iterable[tuple[str, int]]) -> dict:
    """Evidence rows (plain tuples with the evidence columns, not ORM objects: faster) by key."""
    wanted = sorted(set(keys))
    found = {}
    for start in range(0, len(wanted), _IN_CHUNK):
        chunk = wanted[start:start + _IN_CHUNK]
        query = select(*evidence_columns(model)).where(tuple_(model.article_id, model.position).in_(chunk))
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
