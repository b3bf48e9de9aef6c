"""Article records in JSON (one object or a list) and JSON Lines (one object a line, streamed)."""
from __future__ import annotations

import json
from typing import BinaryIO, Iterator

from muster.article import Article, Rejected
from muster.sources.common import JSON_LIMIT, LINE_LIMIT, article_id, decode, size_text
from muster.sources.dates import iso_date
from muster.sources.streams import read_whole


def read_json(stream: BinaryIO, source: str, size: int | None) -> Iterator[Article | Rejected]:
    """Articles from a JSON file; a list's items are named `path#N`."""
    hint = "; write one article a line as JSON Lines (.jsonl) instead"
    data = read_whole(stream, source, size, "JSON file", JSON_LIMIT, hint)
    if isinstance(data, Rejected):
        yield data
        return
    text, warnings = decode(data)
    try:
        value = json.loads(text)
    except json.JSONDecodeError as error:
        yield Rejected(source, f"malformed JSON: {error.msg} (line {error.lineno}, column {error.colno})")
        return
    if not isinstance(value, list):
        yield from_record(value, source, warnings)
        return
    if not value:
        yield Rejected(source, "JSON list holds no articles")
    for number, item in enumerate(value, 1):
        yield from_record(item, f"{source}#{number}", warnings)


def read_lines(stream: BinaryIO, source: str, size: int | None = None) -> Iterator[Article | Rejected]:
    """Articles from JSON Lines, one line at a time, named `path:LINE`; a bad line spoils only itself."""
    for number, line in enumerate(_lines(stream), 1):
        where = f"{source}:{number}"
        if line is None:
            yield Rejected(where, f"line is over the {size_text(LINE_LIMIT)} limit")
            continue
        if not line.strip():
            continue
        text, warnings = decode(line.rstrip(b"\r\n"))
        try:
            record = json.loads(text)
        except json.JSONDecodeError as error:
            yield Rejected(where, f"malformed JSON: {error.msg} (column {error.colno})")
            continue
        yield from_record(record, where, warnings)


def from_record(record: object, source: str, warnings: list[str] | None = None) -> Article | Rejected:
    """An Article from one record: `id`, `title`, `published`, `text`, `url`, `publisher`.

    `text` is required and kept exactly as given (extraction spans point into it);
    a missing id is derived from the text; any other key (such as `gold`) is ignored.
    """
    if not isinstance(record, dict):
        return Rejected(source, f"expected a JSON object, found {_json_type(record)}")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        return Rejected(source, "record has no 'text'" if text is None else "record's 'text' is empty or not a string")
    warnings = list(warnings or [])
    raw_date = record.get("published")
    published = iso_date(raw_date)
    if raw_date not in (None, "") and published is None:
        warnings.append(f"unreadable published date {raw_date!r}")
    given_id = record.get("id")
    return Article(
        id=str(given_id) if given_id not in (None, "") else article_id(text),
        title=_string(record.get("title")) or "",
        text=text,
        published=published,
        url=_string(record.get("url")),
        publisher=_string(record.get("publisher")),
        source=source,
        warnings=warnings,
    )


def _lines(stream: BinaryIO) -> Iterator[bytes | None]:
    """Lines of a stream; None stands for a line too long to hold, which is skipped unread."""
    while True:
        line = stream.readline(LINE_LIMIT + 1)
        if not line:
            return
        if len(line) > LINE_LIMIT and not line.endswith(b"\n"):
            while (rest := stream.readline(1024 * 1024)) and not rest.endswith(b"\n"):
                pass
            yield None
            continue
        yield line


def _string(value: object) -> str | None:
    if value is None or isinstance(value, (dict, list)):
        return None
    return str(value).strip() or None


def _json_type(value: object) -> str:
    return {list: "a list", str: "a string", bool: "a boolean", type(None): "null"}.get(type(value), "a number")
