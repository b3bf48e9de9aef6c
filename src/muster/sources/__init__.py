"""Readers that turn every format news arrives in into Article objects.

    read_inputs(paths) -> Article | Rejected, lazily, one path after another

The first bytes of each file pick its reader (detect.py), then its extension:
plain text, HTML, JSON, JSON Lines, RSS/Atom, WARC. An article whose source gives
no date takes the one its dateline gives ("WASHINGTON, Oct. 2, 2024 —"). Nothing raises: a file that
cannot be read yields one Rejected with a one-line reason and the next path goes on.
"""
from __future__ import annotations

import logging
import os
import stat
import sys
from typing import BinaryIO, Iterable, Iterator

from muster.article import Article, Rejected
from muster.sources import detect, feeds, html, jsonl, text, warc
from muster.sources.common import one_line
from muster.sources.dates import dateline_date
from muster.sources.paths import STDIN, expand
from muster.sources.streams import peek

__all__ = ["read_inputs", "read_path", "STDIN_SOURCE"]

STDIN_SOURCE = "<stdin>"

_log = logging.getLogger(__name__)

_READERS = {
    detect.TEXT: text.read,
    detect.HTML: html.read,
    detect.JSON: jsonl.read_json,
    detect.JSONL: jsonl.read_lines,
    detect.FEED: feeds.read,
    detect.WARC: warc.read,
}


def read_inputs(paths: Iterable[str], *, stdin: BinaryIO | None = None) -> Iterator[Article | Rejected]:
    """Articles and rejections from files, folders (walked recursively) and `-` for standard input."""
    for item in expand(paths):
        if isinstance(item, Rejected):
            yield item
        else:
            yield from read_path(item, stdin=stdin)


def read_path(path: str, *, stdin: BinaryIO | None = None) -> Iterator[Article | Rejected]:
    """Everything in one file, or in standard input when the path is `-`."""
    if path == STDIN:
        stream = stdin if stdin is not None else getattr(sys.stdin, "buffer", None)
        if stream is None:
            yield Rejected(STDIN_SOURCE, "no standard input to read")
        else:
            yield from _read_stream(stream, STDIN_SOURCE, name="", size=None)
        return
    try:
        file = open(path, "rb")
    except OSError as error:
        yield Rejected(path, "permission denied" if isinstance(error, PermissionError) else one_line(error.strerror or error))
        return
    with file:
        info = os.fstat(file.fileno())
        size = info.st_size if stat.S_ISREG(info.st_mode) else None  # a pipe's size is unknown
        yield from _read_stream(file, path, name=path, size=size)


def _read_stream(stream: BinaryIO, source: str, *, name: str, size: int | None) -> Iterator[Article | Rejected]:
    """Sniff the stream, then hand it to its reader; any failure becomes a Rejected."""
    try:
        head, stream = peek(stream)
        kind = detect.sniff(head, name)
        if kind == detect.EMPTY:
            yield Rejected(source, "empty file")
        elif kind == detect.BINARY:
            yield Rejected(source, detect.not_text(head) or "binary file, not text")
        else:
            for item in _READERS[kind](stream, source, size):
                if isinstance(item, Article) and item.published is None:
                    item.published = dateline_date(item.text)
                yield item
    except OSError as error:
        yield Rejected(source, f"read failed: {one_line(error.strerror or error)}")
    except Exception as error:  # a reader's bug must not stop the other files
        _log.exception("unexpected failure reading %s", source)
        yield Rejected(source, f"could not be read: {type(error).__name__}: {one_line(error)}")
