"""Full-text search over articles: SQLite FTS5, or PostgreSQL's text search.

The index is derived from `articles` and rebuilt from it whenever it is missing
or out of step, so it is made when the app (or an export) first opens a store
rather than by a schema migration:

- SQLite: a virtual table `articles_search(id UNINDEXED, title, text)` (porter
  stemming), kept in step by triggers on `articles`;
- PostgreSQL: a GIN index `ix_articles_search` on
  `to_tsvector('english', title || ' ' || text)`, which PostgreSQL keeps itself.

Queries use web-search syntax on both: words (all must match), "quoted
phrases", `-word` to exclude, `OR` between alternatives.
"""
from __future__ import annotations

import logging
import re
from typing import Any

from markupsafe import Markup, escape
from sqlalchemy import Connection, Engine, text

log = logging.getLogger(__name__)
log.addHandler(logging.NullHandler())

HIT_START, HIT_END = "\ue000", "\ue001"  # private-use marks around matches in snippets

_SQLITE_SETUP = [
    "CREATE VIRTUAL TABLE IF NOT EXISTS articles_search USING fts5("
    "id UNINDEXED, title, text, tokenize = 'porter unicode61')",
    "CREATE TRIGGER IF NOT EXISTS articles_search_insert AFTER INSERT ON articles BEGIN "
    "INSERT INTO articles_search (id, title, text) VALUES (new.id, new.title, new.text); END",
    "CREATE TRIGGER IF NOT EXISTS articles_search_delete AFTER DELETE ON articles BEGIN "
    "DELETE FROM articles_search WHERE id = old.id; END",
    "CREATE TRIGGER IF NOT EXISTS articles_search_update AFTER UPDATE OF id, title, text ON articles BEGIN "
    "DELETE FROM articles_search WHERE id = old.id; "
    "INSERT INTO articles_search (id, title, text) VALUES (new.id, new.title, new.text); END",
]
_PG_DOCUMENT = "to_tsvector('english', title || ' ' || text)"
_PG_SETUP = f"CREATE INDEX IF NOT EXISTS ix_articles_search ON articles USING gin ({_PG_DOCUMENT})"


def ensure_index(engine: Engine) -> None:
    """Create the search index if missing and bring it in step with `articles`."""
    with engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            connection.execute(text(_PG_SETUP))
            return
        for statement in _SQLITE_SETUP:
            connection.exec_driver_sql(statement)
        indexed = connection.exec_driver_sql("SELECT count(*) FROM articles_search").scalar()
        stored = connection.exec_driver_sql("SELECT count(*) FROM articles").scalar()
        if indexed != stored:
            log.info("building the search index over %d articles", stored)
            connection.exec_driver_sql("DELETE FROM articles_search")
            connection.exec_driver_sql(
                "INSERT INTO articles_search (id, title, text) SELECT id, title, text FROM articles")


def fts5_query(query: str) -> str:
    """Web-search syntax as an FTS5 query in which every word is a quoted string."""
    terms, negated = [], []
    pending_or = False
    for match in re.finditer(r'(-?)"([^"]*)"?|(\S+)', query):
        minus, phrase, word = match.group(1), match.group(2), match.group(3)
        if word is not None and word == "OR":
            pending_or = bool(terms)
            continue
        if word is not None and word.startswith("-") and len(word) > 1:
            minus, word = "-", word[1:]
        value = phrase if phrase is not None else word
        words = re.findall(r"\w+", value or "")
        if not words:
            continue
        quoted = '"' + " ".join(words) + '"'
        if minus:
            negated.append(quoted)
        elif pending_or and terms:
            terms[-1] = f"({terms[-1]} OR {quoted})"
            pending_or = False
        else:
            terms.append(quoted)
    if not terms:
        return ""
    result = " AND ".join(terms)
    for item in negated:
        result = f"({result}) NOT {item}"
    return result


def search(connection: Connection, query: str, *, limit: int = 20, offset: int = 0) -> tuple[list[dict], int]:
    """Articles matching `query`, best first, with a snippet each; and how many match in all."""
    if connection.dialect.name == "postgresql":
        return _search_postgres(connection, query, limit=limit, offset=offset)
    return _search_sqlite(connection, query, limit=limit, offset=offset)


def _search_sqlite(connection: Connection, query: str, *, limit: int, offset: int) -> tuple[list[dict], int]:
    match = fts5_query(query)
    if not match:
        return [], 0
    total = connection.execute(
        text("SELECT count(*) FROM articles_search WHERE articles_search MATCH :q"), {"q": match}).scalar()
    rows = connection.execute(text(
        "SELECT s.id, a.title, a.published_text, a.publisher, "
        f"snippet(articles_search, 2, '{HIT_START}', '{HIT_END}', '…', 24) AS snippet, "
        f"highlight(articles_search, 1, '{HIT_START}', '{HIT_END}') AS title_marked, s.rank AS rank "
        "FROM articles_search AS s JOIN articles AS a ON a.id = s.id "
        "WHERE articles_search MATCH :q ORDER BY s.rank, s.id LIMIT :limit OFFSET :offset"),
        {"q": match, "limit": limit, "offset": offset})
    return [_hit(r) for r in rows], total or 0


def _search_postgres(connection: Connection, query: str, *, limit: int, offset: int) -> tuple[list[dict], int]:
    if not re.search(r"\w", query):
        return [], 0
    where = f"{_PG_DOCUMENT} @@ websearch_to_tsquery('english', :q)"
    total = connection.execute(text(f"SELECT count(*) FROM articles WHERE {where}"), {"q": query}).scalar()
    options = f"StartSel={HIT_START}, StopSel={HIT_END}, MaxWords=40, MinWords=15, MaxFragments=2, FragmentDelimiter=\" … \""
    rows = connection.execute(text(
        "SELECT id, title, published_text, publisher, "
        "ts_headline('english', text, websearch_to_tsquery('english', :q), :options) AS snippet, "
        "ts_headline('english', title, websearch_to_tsquery('english', :q), "
        f"'StartSel={HIT_START}, StopSel={HIT_END}, HighlightAll=true') AS title_marked, "
        f"ts_rank({_PG_DOCUMENT}, websearch_to_tsquery('english', :q)) AS rank "
        f"FROM articles WHERE {where} ORDER BY rank DESC, id LIMIT :limit OFFSET :offset"),
        {"q": query, "options": options, "limit": limit, "offset": offset})
    return [_hit(r) for r in rows], total or 0


def _hit(row: Any) -> dict[str, Any]:
    snippet, highlights = unmark(row.snippet or "")
    title, title_highlights = unmark(row.title_marked or row.title or "")
    return {
        "id": row.id,
        "title": title,
        "published": row.published_text,
        "publisher": row.publisher,
        "snippet": snippet,
        "highlights": highlights,
        "title_highlights": title_highlights,
        "rank": float(row.rank) if row.rank is not None else None,
    }


def unmark(marked: str) -> tuple[str, list[list[int]]]:
    """Text without the match marks, and the [start, end] of each match in it."""
    plain, spans, start = [], [], None
    length = 0
    for part in re.split(f"([{HIT_START}{HIT_END}])", marked):
        if part == HIT_START:
            start = length
        elif part == HIT_END:
            if start is not None:
                spans.append([start, length])
            start = None
        else:
            plain.append(part)
            length += len(part)
    return "".join(plain), spans


def highlighted(value: str, spans: list[list[int]]) -> Markup:
    """HTML of `value` with <mark> around each span, everything else escaped."""
    out, last = [], 0
    for start, end in spans:
        out.append(escape(value[last:start]))
        out.append(Markup("<mark>") + escape(value[start:end]) + Markup("</mark>"))
        last = end
    out.append(escape(value[last:]))
    return Markup("").join(out)
