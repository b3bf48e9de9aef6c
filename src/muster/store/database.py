"""The Store: one database, migrated on opening, read and written through plain calls."""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from itertools import islice
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

import muster
from muster.article import Article
from muster.settings import database_url
from muster.store import migrate, queries, records
from muster.store.engine import WRITE, make_engine
from muster.store.queries import IngestResult


class IngestError(Exception):
    """A batch of `add_articles` failed and was rolled back.

    `result` counts the batches stored before it, which are kept; the error
    that stopped the batch is the `__cause__`.
    """

    def __init__(self, message: str, result: IngestResult):
        super().__init__(message)
        self.result = result


class Store:
    """The articles, claims, facts and deployments in one database.

    `url` is a SQLAlchemy URL: "sqlite:///muster.db", "sqlite://" for memory,
    or "postgresql+psycopg://user@host/db" ("postgresql://" means the same; add
    "?options=-csearch_path%3Dname" to keep muster's tables in a schema of
    their own). Without one, $MUSTER_DATABASE_URL, else muster.db here.
    Opening a store brings its schema to the newest revision, unless
    `migrate_schema=False`.
    """

    def __init__(self, url: str | None = None, *, migrate_schema: bool = True):
        self.engine: Engine = make_engine(database_url(url))
        self.url = self.engine.url.render_as_string(hide_password=True)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        if migrate_schema:
            migrate.upgrade(self.engine)

    def __repr__(self) -> str:
        return f"<Store {self.url}>"

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the store's connections."""
        self.engine.dispose()

    @contextmanager
    def session(self, *, write: bool = False) -> Iterator[Session]:
        """A session in one transaction, committed at the end of the block, rolled back if it raises.

        `write=True` takes SQLite's write lock at the start (BEGIN IMMEDIATE):
        use it for a transaction that reads, then writes.
        """
        with self._sessions.begin() as session:
            if write:
                session.connection(execution_options={WRITE: True})
            yield session

    def add_articles(self, items: Iterable[Article], batch_size: int = 200) -> IngestResult:
        """Store the articles not stored yet, `batch_size` to a transaction.

        Duplicates (same normalized text) are counted and skipped; a new text
        under a taken id is stored as "id~2". If a batch fails (an item that is
        not an Article, an error while reading `items`, a database error), that
        batch is rolled back, earlier batches stay, and IngestError is raised.
        """
        if batch_size < 1:
            raise ValueError("batch_size must be at least 1")
        result = IngestResult()
        iterator = iter(items)
        while True:
            try:
                batch = list(islice(iterator, batch_size))
                if not batch:
                    return result
                with self.session(write=True) as session:
                    done = queries.add_articles(session=session, articles=batch, now=_now())
            except Exception as exc:
                kept = result.new + result.duplicate
                raise IngestError(
                    f"ingest stopped, this batch was not stored ({kept} earlier articles were: "
                    f"{result.new} new, {result.duplicate} duplicate): {exc}",
                    result,
                ) from exc
            result.extend(done)

    def save_record(self, record: dict[str, Any], *, extractor_version: str | None = None) -> None:
        """Store an extraction record (docs/record.md), replacing the article's earlier one.

        Raises RecordError if the record is malformed and UnknownArticle if its
        id is not a stored article. `extractor_version` defaults to muster's version.
        The old claims go, and with them their links to deployments: reconcile again.
        """
        version = extractor_version or muster.__version__
        with self.session(write=True) as session:
            queries.save_record(session=session, record=record, now=_now(), extractor_version=version)

    def get_article(self, article_id: str) -> dict[str, Any] | None:
        with self.session() as session:
            article = queries.get_article(session=session, article_id=article_id)
            return records.article_dict(article) if article else None

    def iter_articles(self, only_unextracted: bool = False, *, page_size: int = 500) -> Iterator[Article]:
        """Every stored article in id order, read a page per short transaction.

        Safe to save records while iterating: no transaction stays open between pages.
        """
        after = None
        while True:
            with self.session() as session:
                page = queries.article_page(
                    session=session, after=after, limit=page_size, only_unextracted=only_unextracted
                )
                articles = [records.to_article(a) for a in page]
            yield from articles
            if len(page) < page_size:
                return
            after = page[-1].id

    def claims(self, article_id: str | None = None) -> list[dict[str, Any]]:
        """Claims as Figures with "id" and "article_id", of one article or all."""
        with self.session() as session:
            return [records.claim_dict(c) for c in queries.claims(session=session, article_id=article_id)]

    def facts(self, article_id: str | None = None) -> list[dict[str, Any]]:
        """Facts with "id" and "article_id", of one article or all."""
        with self.session() as session:
            return [records.fact_row_dict(f) for f in queries.facts(session=session, article_id=article_id)]

    def record(self, article_id: str) -> dict[str, Any] | None:
        """The saved record of the article; None if unknown or not extracted yet."""
        with self.session() as session:
            return queries.record(session=session, article_id=article_id)

    def counts(self) -> dict[str, int]:
        """How many articles, relevant articles, claims, facts and deployments."""
        with self.session() as session:
            return queries.counts(session=session)


def _now() -> datetime:
    return datetime.now(timezone.utc)
