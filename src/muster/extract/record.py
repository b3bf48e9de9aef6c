"""Assemble the plain-data record (docs/record.md) from what the rules found, evidence included."""
from __future__ import annotations

import datetime as dt

from spacy.tokens import Span

from muster.article import Article
from muster.extract.dates import event_date
from muster.extract.lexicon import load_lexicon
from muster.extract.roles import LEAVING, role_of
from muster.extract.sentences import sentence_at



def evidence(field: str, span: Span) -> dict:
    sent = sentence_at(span.doc, span.start)
    return {
        "field": field,
        "start": span.start_char,
        "end": span.end_char,
        "text": span.text,
        "sentence": sent.text,
        "sentence_start": sent.start_char,
    }


def empty_record(article: Article, published: dt.date | None) -> dict:
    return {
        "id": article.id,
        "title": article.title,
        "published": published.isoformat() if published else None,
        "relevant": False,
        "figures": [],
        "authorities": [],
        "invoked": [],
        "missions": [],
        "agencies": [],
        "commands": [],
        "places": [],
        "facts": [],
    }


def _figure_dict(field, figure, published) -> dict:
    doc = figure.sentence.doc
    span = doc[figure.start:figure.end]
    when = event_date(figure.sentence.text, published, near=span.start_char - figure.sentence.start_char)
    return {
        "count": figure.count,
        "qualifier": figure.qualifier,
        "kind": figure.kind,
        "component": figure.component,
        "low": figure.low,
        "high": figure.high,
        "state": figure.state,
        "place": figure.extra.get("place"),
        "unit": figure.extra.get("unit"),
        "event_date": when.isoformat() if when else None,
        "background": figure.background,
        "evidence": evidence(field, span),
    }


def merge_figures(figures: list[dict]) -> list[dict]:
    """One figure per count and kind, as the guidelines ask: a number repeated (in the headline
    and the body, or twice in the body) is one figure, with the hedge if either mention had one.
    The same count with two different kinds in the body ("released 2,000", "leaves 2,000") stays two."""
    by_count: dict[int, list[dict]] = {}
    for figure in figures:
        by_count.setdefault(figure["count"], []).append(figure)
    result = []
    for count, group in by_count.items():
        body = [f for f in group if f["evidence"]["field"] == "text"] or group
        kinds: dict[str, list[dict]] = {}
        for figure in body:
            kinds.setdefault(figure["kind"], []).append(figure)
        for same_kind in kinds.values():
            first = same_kind[0]
            hedged = next((f for f in group if f["qualifier"] != "exact"), None)
            if hedged is not None and first["qualifier"] == "exact":
                first = {**first, "qualifier": hedged["qualifier"], "low": hedged["low"], "high": hedged["high"]}
            known = next((f["component"] for f in same_kind if f["component"] != "unspecified"), None)
            if first["component"] == "unspecified" and known and len({f["component"] for f in same_kind} - {"unspecified"}) == 1:
                first = {**first, "component": known}
            result.append(first)
    return result


def build_record(article, published, relevant, figures, facts, places) -> dict:
    record = empty_record(article, published)
    if not relevant:
        return record
    record["relevant"] = True
    record["figures"] = merge_figures([_figure_dict(field, f, published) for field, f in figures])
    for figure in record["figures"]:  # what the figure says of the force on its date, for reconciliation
        figure["role"] = role_of(figure, neighbors(figure, record["figures"]))
        if figure["role"] == LEAVING and figure["kind"] in ("sent", "present"):
            figure["kind"] = "withdrawn"  # "ordered the 700 Marines sent there last month to leave the city"
    authorities = load_lexicon().authorities
    fact_dicts = []
    for field, fact in facts:
        span = fact.sentence.doc[fact.start:fact.end]
        item = {"type": fact.type, "value": fact.value, "status": fact.status, "evidence": evidence(field, span)}
        if fact.type == "authority":
            item["citation"] = authorities.get(fact.value, {}).get("citation")
        fact_dicts.append(item)
    for field, mention in places:
        span = mention.sentence.doc[mention.start:mention.end]
        place = mention.place
        fact_dicts.append({
            "type": "place", "value": place.name, "status": "stated", "evidence": evidence(field, span),
            "lat": place.lat, "lon": place.lon, "place_kind": place.kind,
        })
    record["facts"] = fact_dicts
    record["authorities"] = _unique(f["value"] for f in fact_dicts if f["type"] == "authority")
    record["invoked"] = _unique(f["value"] for f in fact_dicts if f["type"] == "authority" and f["status"] == "invoked")
    stated = {f["value"] for f in fact_dicts if f["type"] == "mission" and f["status"] == "stated"}
    record["missions"] = _unique(f["value"] for f in fact_dicts if f["type"] == "mission" and f["value"] in stated)
    record["agencies"] = _unique(f["value"] for f in fact_dicts if f["type"] == "agency")
    record["commands"] = _unique(f["value"] for f in fact_dicts if f["type"] == "command")
    record["places"] = _unique(f["value"] for f in fact_dicts if f["type"] == "place")
    return record


def neighbors(figure: dict, figures: list[dict]) -> list[tuple[int, int]]:
    """The spans of the other figures in the figure's sentence."""
    mine = figure["evidence"]
    return [(f["evidence"]["start"], f["evidence"]["end"]) for f in figures
            if f is not figure and f["evidence"]["field"] == mine["field"]
            and f["evidence"].get("sentence_start") == mine.get("sentence_start")
            and (f["evidence"]["start"], f["evidence"]["end"]) != (mine["start"], mine["end"])]


def _unique(values) -> list:
    seen: dict = {}
    for value in values:
        seen.setdefault(value, None)
    return list(seen)
