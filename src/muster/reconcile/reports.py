"""Extraction records to reports: relevant articles, dated, with syndicated copies folded into one.

A wire story run by ten papers is one report, not ten confirmations. Two records
are copies of one report when they share a content hash, or when, published
within a few days of each other, they state the same figures in (mostly) the
same sentences, or share nearly all of their sentences.
"""
from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Iterable

COPY_DAYS = 7  # copies of one report appear within this many days
SAME_FIGURES_OVERLAP = 0.5  # same figures, and this share of sentences in common
SAME_TEXT_OVERLAP = 0.8  # no figures needed when this share of sentences is common
SAME_TEXT_MIN_SENTENCES = 3

AUTHORITY, MISSION, AGENCY, COMMAND, PLACE, CONDITION = (
    "authority", "mission", "agency", "command", "place", "condition",
)
_LIST_FACTS = (("missions", MISSION, "stated"), ("agencies", AGENCY, "stated"),
               ("commands", COMMAND, "stated"), ("places", PLACE, "stated"))

_PUNCT = re.compile(r"[^\w\s]")
_SPACE = re.compile(r"\s+")


@dataclass
class Report:
    """One report: a relevant record, with the ids of its syndicated copies."""

    id: str
    published: date | None
    title: str
    publisher: str | None
    content_hash: str | None
    figures: list[dict[str, Any]]
    facts: list[dict[str, Any]]
    facts_from_lists: bool = False  # a record without facts: made from its top-level lists
    copies: list[dict[str, Any]] = field(default_factory=list)

    @property
    def sort_key(self) -> tuple:
        return (self.published or date.max, self.id)

    def source(self) -> dict[str, Any]:
        return {
            "article_id": self.id,
            "published": self.published.isoformat() if self.published else None,
            "title": self.title,
            "publisher": self.publisher,
            "copies": list(self.copies),
        }


def parse_date(value: Any) -> date | None:
    """A date from an ISO date or date-time string (or a date); None if it is neither."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if not isinstance(value, str) or not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        try:
            return datetime.fromisoformat(value).date()
        except ValueError:
            return None


def facts_of(record: dict[str, Any]) -> list[dict[str, Any]]:
    """The record's facts; for a record with only the top-level lists (a gold record),
    facts made from those lists, without evidence."""
    facts = record.get("facts")
    if facts:
        return [f for f in facts if isinstance(f, dict) and f.get("type") and f.get("value")]
    made = []
    invoked = set(record.get("invoked") or ())
    for value in record.get("authorities") or ():
        made.append({"type": AUTHORITY, "value": value, "status": "invoked" if value in invoked else "mentioned"})
    for value in sorted(invoked - set(record.get("authorities") or ())):
        made.append({"type": AUTHORITY, "value": value, "status": "invoked"})
    for key, kind, status in _LIST_FACTS:
        for value in record.get(key) or ():
            made.append({"type": kind, "value": value, "status": status})
    return made


def to_report(record: dict[str, Any]) -> Report:
    return Report(
        id=str(record["id"]),
        published=parse_date(record.get("published")),
        title=record.get("title") or "",
        publisher=record.get("publisher"),
        content_hash=record.get("content_hash"),
        figures=[f for f in record.get("figures") or () if isinstance(f, dict) and f.get("count") is not None],
        facts=facts_of(record),
        facts_from_lists=not record.get("facts"),
    )


def reports(records: Iterable[dict[str, Any]]) -> list[Report]:
    """The relevant records as reports, copies folded into the earliest, in date order.

    Records with the same id are one record (the first by content wins). The result
    does not depend on the order of `records`.
    """
    by_id: dict[str, dict[str, Any]] = {}
    for record in records:
        if not record.get("relevant"):
            continue
        key = str(record["id"])
        if key not in by_id or _stable(record) < _stable(by_id[key]):
            by_id[key] = record
    items = sorted((to_report(r) for r in by_id.values()), key=lambda r: r.sort_key)
    groups = _copy_groups(items)
    result = []
    for group in groups:
        first, *rest = sorted(group, key=lambda r: r.sort_key)
        first.copies = [
            {"article_id": r.id, "publisher": r.publisher,
             "published": r.published.isoformat() if r.published else None}
            for r in rest
        ]
        result.append(first)
    return sorted(result, key=lambda r: r.sort_key)


def _stable(record: dict[str, Any]) -> str:
    import json

    return json.dumps(record, sort_keys=True, default=str)


def normalize_sentence(sentence: str) -> str:
    text = sentence.lower() if sentence.isascii() else unicodedata.normalize("NFKC", sentence).casefold()
    return _SPACE.sub(" ", _PUNCT.sub(" ", text)).strip()


def _sentences(report: Report) -> frozenset[str]:
    found = set()
    for item in (*report.figures, *report.facts):
        evidence = item.get("evidence") or {}
        if evidence.get("field", "text") == "text" and evidence.get("sentence"):
            found.add(normalize_sentence(evidence["sentence"]))
    return frozenset(found)


def _figure_signature(report: Report) -> tuple:
    return tuple(sorted(
        (f.get("count"), f.get("qualifier") or "", f.get("kind") or "", f.get("component") or "")
        for f in report.figures
    ))


def _jaccard(a: frozenset, b: frozenset) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


@dataclass(frozen=True)
class _Print:
    """What copy detection compares, worked out once per report."""

    sentences: frozenset[str]
    figures: tuple
    title: str

    @classmethod
    def of(cls, report: Report) -> _Print:
        return cls(_sentences(report), _figure_signature(report), normalize_sentence(report.title))


def are_copies(a: Report, b: Report, pa: _Print | None = None, pb: _Print | None = None) -> bool:
    """Whether two reports are copies of one (see the module docstring)."""
    if a.content_hash and a.content_hash == b.content_hash:
        return True
    if a.published and b.published and abs((a.published - b.published).days) > COPY_DAYS:
        return False
    pa, pb = pa or _Print.of(a), pb or _Print.of(b)
    overlap = _jaccard(pa.sentences, pb.sentences)
    if pa.figures and pa.figures == pb.figures:
        if (pa.title and pa.title == pb.title) or overlap >= SAME_FIGURES_OVERLAP:
            return True
    return overlap >= SAME_TEXT_OVERLAP and min(len(pa.sentences), len(pb.sentences)) >= SAME_TEXT_MIN_SENTENCES


def _days_apart(a: Report, b: Report) -> int:
    if a.published is None or b.published is None:
        return 0 if a.published == b.published else COPY_DAYS + 1
    return abs((b.published - a.published).days)


def _copy_groups(items: list[Report]) -> list[list[Report]]:
    """Reports grouped into copies of one, by union-find over candidate pairs that share
    a content hash, a title or a sentence (never all pairs)."""
    parent = list(range(len(items)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    prints = [_Print.of(r) for r in items]
    buckets: dict[tuple, list[int]] = defaultdict(list)
    for i, report in enumerate(items):
        if report.content_hash:
            buckets[("hash", report.content_hash)].append(i)
        if prints[i].title:
            buckets[("title", prints[i].title)].append(i)
        for sentence in prints[i].sentences:
            buckets[("sentence", sentence)].append(i)
    checked: set[tuple[int, int]] = set()
    for key, members in buckets.items():
        # members are in date order (items are); outside a hash bucket, only reports
        # a few days apart can be copies, so a sentence every report shares costs little
        for x, i in enumerate(members):
            for j in members[x + 1:]:
                if key[0] != "hash" and _days_apart(items[i], items[j]) > COPY_DAYS:
                    break
                if (i, j) in checked or find(i) == find(j):
                    continue
                checked.add((i, j))
                if are_copies(items[i], items[j], prints[i], prints[j]):
                    parent[max(find(i), find(j))] = min(find(i), find(j))
    groups: dict[int, list[Report]] = defaultdict(list)
    for i, report in enumerate(items):
        groups[find(i)].append(report)
    return [groups[k] for k in sorted(groups)]
