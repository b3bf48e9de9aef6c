"""Extraction: one article in, one record out (see docs/record.md)."""
from __future__ import annotations

from functools import lru_cache
from typing import Iterable, Iterator

from muster.article import Article

__all__ = ["Extractor", "extract_article"]


class Extractor:
    """Holds the spaCy pipeline and lexicons; build once, reuse for every article."""

    def __init__(self) -> None:
        from muster.extract.pipeline import build_pipeline

        self.pipeline = build_pipeline()

    def extract(self, article: Article) -> dict:
        return self.pipeline.extract(article)

    def pipe(self, articles: Iterable[Article]) -> Iterator[dict]:
        for article in articles:
            yield self.extract(article)


@lru_cache(maxsize=1)
def default_extractor() -> Extractor:
    return Extractor()


def extract_article(article: Article) -> dict:
    """The record for one article, with the shared default extractor."""
    return default_extractor().extract(article)
