"""The store: articles, claims, facts and deployments in SQLite or PostgreSQL.

    from muster.store import Store
    store = Store("sqlite:///muster.db")
    result = store.add_articles(articles)
    store.save_record(record)

Exceptions: IngestError (a batch of add_articles rolled back), RecordError
(a record not shaped as docs/record.md, a ValueError), UnknownArticle (a
record for an article not stored, a KeyError).
"""
from muster.store.database import IngestError, Store
from muster.store.queries import IngestResult, UnknownArticle
from muster.store.records import RecordError

__all__ = ["IngestError", "IngestResult", "RecordError", "Store", "UnknownArticle"]
