"""Between extraction records (docs/record.md) and table rows, both ways.

`record_rows` checks a record and splits it into column values for the article,
its claims (one per figure) and its facts; `build_record` puts them back
together. Keys a record carries beyond the documented ones are kept in the
`extra` / `record_extra` JSON columns, so a record survives the round trip.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, datetime, timezone
from typing import Any

from muster.article import Article
from muster.store.models import EVIDENCE_FIELDS, FACT_STATUSES, FACT_TYPES, Claim, Fact, StoredArticle

FIGURE_COLUMNS = (
    "count", "qualifier", "kind", "component", "low", "high",
    "state", "place", "unit", "event_date", "background",
)
FACT_COLUMNS = ("type", "value", "status", "citation", "lat", "lon", "place_kind")
EVIDENCE_KEYS = ("field", "start", "end", "text", "sentence", "sentence_start")
RECORD_COLUMNS = ("id", "relevant", "figures", "facts")  # the rest goes to record_extra


class RecordError(ValueError):
    """A record that does not have the shape of docs/record.md."""


@dataclass
class RecordRows:
    article_id: str
    relevant: bool
    record_extra: dict[str, Any]
    claims: list[dict[str, Any]]
    facts: list[dict[str, Any]]


def record_rows(record: dict[str, Any]) -> RecordRows:
    """Check `record` and turn it into column values; raises RecordError."""
    if not isinstance(record, dict):
        raise RecordError(f"a record is a JSON object, not {type(record).__name__}")
    article_id = record.get("id")
    if not isinstance(article_id, str) or not article_id:
        raise RecordError("record has no 'id'")
    relevant = record.get("relevant")
    if not isinstance(relevant, bool):
        raise RecordError(f"record {article_id}: 'relevant' must be true or false")
    figures = _list(record, "figures", article_id)
    facts = _list(record, "facts", article_id)
    return RecordRows(
        article_id=article_id,
        relevant=relevant,
        record_extra={k: v for k, v in record.items() if k not in RECORD_COLUMNS},
        claims=[_claim(f, i, f"record {article_id}: figure {i + 1}") for i, f in enumerate(figures)],
        facts=[_fact(f, i, f"record {article_id}: fact {i + 1}") for i, f in enumerate(facts)],
    )


def _list(record: dict, key: str, article_id: str) -> list:
    value = record.get(key)
    if value is None:
        return []
    if not isinstance(value, list):
        raise RecordError(f"record {article_id}: {key!r} must be a list")
    return value


def _claim(figure: Any, position: int, where: str) -> dict[str, Any]:
    if not isinstance(figure, dict):
        raise RecordError(f"{where}: must be an object")
    count = _integer(figure.get("count"), f"{where}: count")
    if count is None:
        raise RecordError(f"{where}: missing 'count'")
    low = _integer(figure.get("low"), f"{where}: low")
    high = _integer(figure.get("high"), f"{where}: high")
    if low is not None and high is not None and low > high:
        raise RecordError(f"{where}: low {low} is above high {high}")
    values = {
        "position": position,
        "count": count,
        "qualifier": _string(figure.get("qualifier"), f"{where}: qualifier"),
        "kind": _string(figure.get("kind"), f"{where}: kind"),
        "component": _string(figure.get("component"), f"{where}: component"),
        "low": low,
        "high": high,
        "state": _string(figure.get("state"), f"{where}: state"),
        "place": _string(figure.get("place"), f"{where}: place"),
        "unit": _string(figure.get("unit"), f"{where}: unit"),
        "event_date": _date(figure.get("event_date"), f"{where}: event_date"),
        "background": bool(figure.get("background", False)),
    }
    return values | _evidence(figure, where) | {"extra": _extra(figure, FIGURE_COLUMNS)}


def _fact(fact: Any, position: int, where: str) -> dict[str, Any]:
    if not isinstance(fact, dict):
        raise RecordError(f"{where}: must be an object")
    values = {"position": position}
    for key, allowed in (("type", FACT_TYPES), ("status", FACT_STATUSES)):
        if fact.get(key) not in allowed:
            raise RecordError(f"{where}: {key} {fact.get(key)!r} is not one of {', '.join(allowed)}")
        values[key] = fact[key]
    value = _string(fact.get("value"), f"{where}: value")
    if not value:
        raise RecordError(f"{where}: missing 'value'")
    values |= {
        "value": value,
        "citation": _string(fact.get("citation"), f"{where}: citation"),
        "lat": _number(fact.get("lat"), f"{where}: lat"),
        "lon": _number(fact.get("lon"), f"{where}: lon"),
        "place_kind": _string(fact.get("place_kind"), f"{where}: place_kind"),
    }
    return values | _evidence(fact, where) | {"extra": _extra(fact, FACT_COLUMNS)}


def _evidence(item: dict, where: str) -> dict[str, Any]:
    evidence = item.get("evidence")
    if not isinstance(evidence, dict):
        raise RecordError(f"{where}: missing 'evidence'")
    if evidence.get("field") not in EVIDENCE_FIELDS:
        raise RecordError(f"{where}: evidence field must be 'text' or 'title'")
    start = _integer(evidence.get("start"), f"{where}: evidence start")
    end = _integer(evidence.get("end"), f"{where}: evidence end")
    text = _string(evidence.get("text"), f"{where}: evidence text")
    if start is None or end is None or text is None:
        raise RecordError(f"{where}: evidence needs 'start', 'end' and 'text'")
    return {
        "evidence_field": evidence["field"],
        "evidence_start": start,
        "evidence_end": end,
        "evidence_text": text,
        "sentence": _string(evidence.get("sentence"), f"{where}: evidence sentence"),
        "sentence_start": _integer(evidence.get("sentence_start"), f"{where}: sentence_start"),
    }


def _extra(item: dict, columns: tuple[str, ...]) -> dict[str, Any] | None:
    extra = {k: v for k, v in item.items() if k not in columns and k != "evidence"}
    evidence_extra = {k: v for k, v in item["evidence"].items() if k not in EVIDENCE_KEYS}
    if evidence_extra:
        extra["evidence"] = evidence_extra
    return extra or None


def _integer(value: Any, where: str) -> int | None:
    if value is None:
        return None
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, float):
        if math.isinf(value) and value > 0:
            return None  # an unbounded high end
        if value.is_integer():
            return int(value)
    raise RecordError(f"{where}: {value!r} is not a whole number")


def _number(value: Any, where: str) -> float | None:
    if value is None:
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value):
        return float(value)
    raise RecordError(f"{where}: {value!r} is not a number")


def _string(value: Any, where: str) -> str | None:
    if value is None or isinstance(value, str):
        return value
    raise RecordError(f"{where}: {value!r} is not a string")


def _date(value: Any, where: str) -> date | None:
    if value is None:
        return None
    parsed = parse_date(value) if isinstance(value, str) else None
    if parsed is None:
        raise RecordError(f"{where}: {value!r} is not an ISO date")
    return parsed


def parse_date(value: str | None) -> date | None:
    """The date of an ISO date or date-time string, or None if it is neither."""
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        pass
    try:
        return datetime.fromisoformat(value).date()
    except ValueError:
        return None


def iso_datetime(value: datetime | None) -> str | None:
    """A stored time as ISO text; SQLite hands times back without a zone, and they are UTC."""
    if value is None:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=timezone.utc)
    return value.isoformat()


# Rows back to records


def figure_dict(claim: Claim) -> dict[str, Any]:
    """A claim row as a Figure of docs/record.md."""
    figure = {key: getattr(claim, key) for key in FIGURE_COLUMNS}
    figure["event_date"] = claim.event_date.isoformat() if claim.event_date else None
    if figure["unit"] is None:
        del figure["unit"]  # not a documented Figure key: shown only when extraction gave one
    return _with_evidence(figure, claim)


def fact_dict(fact: Fact) -> dict[str, Any]:
    """A fact row as a Fact of docs/record.md.

    `citation` is given for authorities and `lat`, `lon`, `place_kind` for places
    (null when unknown); other types carry them only when set.
    """
    result: dict[str, Any] = {"type": fact.type, "value": fact.value, "status": fact.status}
    for key, owner in (("citation", "authority"), ("lat", "place"), ("lon", "place"), ("place_kind", "place")):
        if fact.type == owner or getattr(fact, key) is not None:
            result[key] = getattr(fact, key)
    return _with_evidence(result, fact)


def evidence_fields(row: Any) -> dict[str, Any]:
    """The evidence columns of a claim or fact row, as the record's Evidence object."""
    return {
        "field": row.evidence_field,
        "start": row.evidence_start,
        "end": row.evidence_end,
        "text": row.evidence_text,
        "sentence": row.sentence,
        "sentence_start": row.sentence_start,
    }


def _with_evidence(item: dict[str, Any], row: Claim | Fact) -> dict[str, Any]:
    extra = dict(row.extra or {})
    evidence = evidence_fields(row)
    evidence.update(extra.pop("evidence", {}))
    item["evidence"] = evidence
    item.update(extra)
    return item


def build_record(article: StoredArticle, claims: list[Claim], facts: list[Fact]) -> dict[str, Any]:
    """The record of an extracted article, in the key order of docs/record.md."""
    extra = dict(article.record_extra or {})
    record = {
        "id": article.id,
        "title": extra.pop("title", article.title),
        "published": extra.pop("published", article.published_text),
        "relevant": article.relevant,
        "figures": [figure_dict(c) for c in claims],
    }
    record.update(extra)
    record["facts"] = [fact_dict(f) for f in facts]
    return record


# Rows as plain data


def article_dict(article: StoredArticle) -> dict[str, Any]:
    return {
        "id": article.id,
        "title": article.title,
        "text": article.text,
        "published": article.published_text,
        "url": article.url,
        "publisher": article.publisher,
        "source": article.source,
        "content_hash": article.content_hash,
        "ingested_at": iso_datetime(article.ingested_at),
        "relevant": article.relevant,
        "extracted_at": iso_datetime(article.extracted_at),
        "extractor_version": article.extractor_version,
    }


def to_article(article: StoredArticle) -> Article:
    return Article(
        id=article.id,
        title=article.title,
        text=article.text,
        published=article.published_text,
        url=article.url,
        publisher=article.publisher,
        source=article.source,
    )


def claim_dict(claim: Claim) -> dict[str, Any]:
    """A claim row as a Figure with its row id and article id in front."""
    return {"id": claim.id, "article_id": claim.article_id, **figure_dict(claim)}


def fact_row_dict(fact: Fact) -> dict[str, Any]:
    """A fact row as a Fact with its row id and article id in front."""
    return {"id": fact.id, "article_id": fact.article_id, **fact_dict(fact)}
