"""Plain text: the first non-empty line is the title, the rest is the article."""
from __future__ import annotations

from typing import BinaryIO, Iterator

from muster.article import Article, Rejected
from muster.sources.common import TEXT_LIMIT, article_id, decode
from muster.sources.streams import read_whole

_SPLIT_HINT = "; split it into one file per article"


def read(stream: BinaryIO, source: str, size: int | None) -> Iterator[Article | Rejected]:
    """One article from a text file; a file over the cap is refused without being read."""
    data = read_whole(stream, source, size, "plain text file", TEXT_LIMIT, _SPLIT_HINT)
    if isinstance(data, Rejected):
        yield data
        return
    if b"\x00" in data:  # the head looked like text; the rest must too
        yield Rejected(source, "binary file (contains NUL bytes), not text")
        return
    text, warnings = decode(data)
    yield from_text(text, source, warnings)


def from_text(text: str, source: str, warnings: list[str] | None = None) -> Article | Rejected:
    """An article from text whose first non-empty line is its title."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").lstrip().split("\n", 1)
    title = lines[0].strip()
    body = lines[1].strip() if len(lines) > 1 else ""
    if not title:
        return Rejected(source, "empty file")
    if not body:
        return Rejected(source, "only a title line, no article text")
    return Article(id=article_id(body), title=title, text=body, source=source, warnings=list(warnings or []))
