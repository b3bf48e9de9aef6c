"""WARC archives: every HTML page a crawler saved becomes an article, named `path@URI`."""
from __future__ import annotations

import re
from typing import BinaryIO, Iterator

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from muster.article import Article, Rejected
from muster.sources.common import RECORD_LIMIT, one_line, size_text
from muster.sources.html import from_html
from muster.sources.streams import read_capped

_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.I)


def read(stream: BinaryIO, source: str, size: int | None = None) -> Iterator[Article | Rejected]:
    """Articles from the archive's HTML responses, record by record (plain or gzipped).

    Requests, metadata, images and non-2xx responses (redirects, errors) are skipped.
    """
    pages = 0
    try:
        for record in ArchiveIterator(stream):
            content_type = _content_type(record)
            if not _is_page(record, content_type):
                continue
            pages += 1
            uri = record.rec_headers.get_header("WARC-Target-URI") or f"record-{pages}"
            where = f"{source}@{uri}"
            data = read_capped(record.content_stream(), RECORD_LIMIT)
            if data is None:
                yield Rejected(where, f"record is over the {size_text(RECORD_LIMIT)} limit")
                continue
            charset = _CHARSET.search(content_type)
            yield from_html(data, where, url=uri, charset=charset.group(1) if charset else None)
    except ArchiveLoadFailed as error:
        damage = "not a readable WARC archive" if not pages else f"WARC archive damaged after {pages} pages"
        yield Rejected(source, f"{damage}: {one_line(error)}")
        return
    if not pages:
        yield Rejected(source, "WARC archive holds no HTML responses")


def _content_type(record) -> str:
    headers = record.http_headers if record.http_headers is not None else record.rec_headers
    return headers.get_header("Content-Type") or ""


def _is_page(record, content_type: str) -> bool:
    if record.rec_type not in ("response", "resource") or "html" not in content_type.lower():
        return False
    if record.http_headers is not None:
        return record.http_headers.get_statuscode().startswith("2")
    return True
