"""Which reader a file needs: its first bytes decide, its extension settles what they leave open."""
from __future__ import annotations

import json
import re
import zlib

# The kinds a file can be: one per reader, plus two that are rejected before any reader runs.
TEXT, HTML, JSON, JSONL, FEED, WARC = "text", "html", "json", "jsonl", "feed", "warc"
EMPTY, BINARY = "empty", "binary"

_EXTENSIONS = {
    ".txt": TEXT, ".text": TEXT, ".md": TEXT,
    ".html": HTML, ".htm": HTML, ".xhtml": HTML,
    ".json": JSON,
    ".jsonl": JSONL, ".ndjson": JSONL, ".jsonlines": JSONL,
    ".rss": FEED, ".atom": FEED, ".xml": FEED,
    ".warc": WARC, ".warc.gz": WARC,
}

# Files that are not text, named so the reason says what the file was.
_MAGIC = [
    (b"\x1f\x8b", "gzip-compressed and not a WARC archive; decompress it first"),
    (b"%PDF-", "a PDF document; extract its text first"),
    (b"PK\x03\x04", "a ZIP archive (or a Word/OpenDocument file); unpack it first"),
    (b"\xff\xfe", "UTF-16 text; convert it to UTF-8"),
    (b"\xfe\xff", "UTF-16 text; convert it to UTF-8"),
]

_FEED_ROOTS = {"rss", "feed", "rdf:rdf", "rdf"}
_FIRST_TAG = re.compile(rb"<([A-Za-z][\w:.-]*)")
_CONTROL = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")


def extension_kind(name: str) -> str | None:
    """The kind a file's name suggests, if any."""
    lower = name.lower()
    for suffix in sorted(_EXTENSIONS, key=len, reverse=True):
        if lower.endswith(suffix):
            return _EXTENSIONS[suffix]
    return None


def not_text(head: bytes) -> str | None:
    """Why the file is not text (a one-line reason), or None when it is."""
    for magic, what in _MAGIC:
        if head.startswith(magic):
            return f"binary file: {what}"
    if b"\x00" in head:
        return "binary file (contains NUL bytes), not text"
    if head and len(_CONTROL.findall(head)) > len(head) * 0.05:
        return "binary file (mostly control bytes), not text"
    return None


def sniff(head: bytes, name: str = "") -> str:
    """The kind of a file from its first bytes, then its name."""
    by_name = extension_kind(name)
    if head.startswith(b"WARC/") or (head.startswith(b"\x1f\x8b") and _gunzips_to_warc(head)):
        return WARC
    if not_text(head):
        return BINARY
    body = head.removeprefix(b"\xef\xbb\xbf").lstrip()
    if not body:
        return EMPTY
    if body.startswith(b"<"):
        return _markup_kind(body, by_name)
    if body.startswith(b"["):
        return JSON
    if body.startswith(b"{"):
        return JSONL if by_name == JSONL or _looks_like_lines(body) else JSON
    if by_name in (HTML, FEED, JSONL, JSON):
        return by_name  # the reader will say what is wrong with it
    return TEXT


def _markup_kind(body: bytes, by_name: str | None) -> str:
    """A feed when the root element is a feed's; HTML otherwise, even for a bare fragment."""
    lower = body[:4096].lower()
    if b"<!doctype html" in lower or b"<html" in lower:
        return HTML
    root = _FIRST_TAG.search(lower)
    if root and root.group(1).decode("ascii", "replace") in _FEED_ROOTS:
        return FEED
    return FEED if by_name == FEED else HTML


def _looks_like_lines(body: bytes) -> bool:
    """JSON Lines when the first line is a whole JSON object and more follows it."""
    first, newline, rest = body.partition(b"\n")
    if not newline or not rest.strip():
        return False
    try:
        return isinstance(json.loads(first), dict)
    except ValueError:
        second = rest.lstrip().partition(b"\n")[0]
        try:
            return isinstance(json.loads(second), dict)
        except ValueError:
            return False


def _gunzips_to_warc(head: bytes) -> bool:
    try:
        return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 16).startswith(b"WARC/")
    except zlib.error:
        return False
