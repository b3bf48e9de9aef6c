"""The Article: the one shape every source reader produces and every later stage reads."""
from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field, asdict

_SPACE = re.compile(r"\s+")


def normalize_text(text: str) -> str:
    """Text as compared for deduplication: NFKC, case-folded, whitespace collapsed."""
    return _SPACE.sub(" ", unicodedata.normalize("NFKC", text)).strip().casefold()


def content_hash(text: str) -> str:
    """SHA-256 of the normalized text; two copies of one report share it."""
    return hashlib.sha256(normalize_text(text).encode("utf-8")).hexdigest()


@dataclass
class Article:
    """One news article as read from a source, before extraction."""

    id: str
    title: str
    text: str
    published: str | None = None  # ISO date or date-time, as the source gave it
    url: str | None = None
    publisher: str | None = None
    source: str | None = None  # where it was read from: a path, path:line, or WARC record
    warnings: list[str] = field(default_factory=list)

    @property
    def content_hash(self) -> str:
        return content_hash(self.text)

    def to_dict(self) -> dict:
        data = asdict(self)
        data.pop("warnings")
        return data


@dataclass
class Rejected:
    """An input that could not be read as an article, with a one-line reason."""

    source: str
    reason: str

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"
