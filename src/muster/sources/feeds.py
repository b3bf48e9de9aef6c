"""RSS and Atom feeds: one article per entry, named `path#N`, the feed's title as publisher."""
from __future__ import annotations

import io
from typing import BinaryIO, Iterator

import feedparser

from muster.article import Article, Rejected
from muster.sources.common import FEED_LIMIT, article_id, one_line
from muster.sources.dates import iso_date
from muster.sources.html import fragment_text
from muster.sources.streams import read_whole


def read(stream: BinaryIO, source: str, size: int | None) -> Iterator[Article | Rejected]:
    """The entries of a feed. Bytes go to feedparser as a stream, so it never fetches a URL."""
    data = read_whole(stream, source, size, "feed", FEED_LIMIT)
    if isinstance(data, Rejected):
        yield data
        return
    parsed = feedparser.parse(io.BytesIO(data))
    if not parsed.entries:
        if not parsed.version:
            detail = f": {one_line(parsed.bozo_exception)}" if parsed.bozo else ""
            yield Rejected(source, "not an RSS or Atom feed" + detail)
        else:
            yield Rejected(source, "feed has no entries")
        return
    warnings = [f"feed read leniently: {one_line(parsed.bozo_exception)}"] if parsed.bozo else []
    publisher = parsed.feed.get("title") or None
    for number, entry in enumerate(parsed.entries, 1):
        yield from_entry(entry, f"{source}#{number}", publisher, warnings)


def from_entry(entry, source: str, publisher: str | None, warnings: list[str]) -> Article | Rejected:
    """An article from one entry: its content, else its summary, as plain text."""
    text = _entry_text(entry)
    if not text:
        return Rejected(source, "feed entry has no text")
    published = iso_date(entry.get("published") or entry.get("updated")) or iso_date(
        entry.get("published_parsed") or entry.get("updated_parsed")
    )
    return Article(
        id=article_id(text),
        title=fragment_text(entry.get("title") or ""),
        text=text,
        published=published,
        url=entry.get("link") or None,
        publisher=publisher,
        source=source,
        warnings=list(warnings),
    )


def _entry_text(entry) -> str:
    parts = [(c.get("value"), c.get("type")) for c in entry.get("content") or []]
    parts.append((entry.get("summary"), (entry.get("summary_detail") or {}).get("type")))
    for value, kind in parts:
        if value and value.strip():
            return fragment_text(value) if "html" in (kind or "html") else value.strip()
    return ""
