"""Build extraction records (docs/record.md) from sentences, with real evidence offsets.

    article("a1", "2025-01-20", "Title", [
        "The Pentagon will send up to 1,500 troops to the southern border.",
    ], figures=[F(0, "up to 1,500 troops", 1500, "up_to", "sent", "active_duty")],
       facts=[X(0, "southern border", "place", "southern border")])

Each figure or fact names the sentence it is in (by index; -1 is the title) and
the words it was read from; the helper finds them and fills in the offsets.
"""
from __future__ import annotations

from dataclasses import dataclass

from muster.reconcile.intervals import from_qualifier


@dataclass
class F:
    sentence: int
    words: str
    count: int
    qualifier: str
    kind: str
    component: str = "unspecified"
    state: str | None = None
    place: str | None = None
    event_date: str | None = None
    background: bool = False


@dataclass
class X:
    sentence: int
    words: str
    type: str
    value: str
    status: str = "stated"
    citation: str | None = None


def _evidence(title: str, sentences: list[str], starts: list[int], index: int, words: str) -> dict:
    if index == -1:
        field, sentence, sentence_start = "title", title, 0
    else:
        field, sentence, sentence_start = "text", sentences[index], starts[index]
    at = sentence.find(words)
    if at < 0:
        raise ValueError(f"{words!r} is not in {sentence!r}")
    return {
        "field": field,
        "start": sentence_start + at,
        "end": sentence_start + at + len(words),
        "text": words,
        "sentence": sentence,
        "sentence_start": sentence_start,
    }


def article(
    id: str,
    published: str,
    title: str,
    sentences: list[str],
    figures: list[F] = (),
    facts: list[X] = (),
    publisher: str | None = None,
) -> dict:
    starts, at = [], 0
    for sentence in sentences:
        starts.append(at)
        at += len(sentence) + 1
    record = {
        "id": id,
        "title": title,
        "published": published,
        "publisher": publisher,
        "relevant": True,
        "figures": [],
        "facts": [],
    }
    for f in figures:
        low, high = from_qualifier(f.count, f.qualifier)
        record["figures"].append({
            "count": f.count, "qualifier": f.qualifier, "kind": f.kind, "component": f.component,
            "low": low, "high": high, "state": f.state, "place": f.place,
            "event_date": f.event_date or published[:10], "background": f.background,
            "evidence": _evidence(title, sentences, starts, f.sentence, f.words),
        })
    for x in facts:
        fact = {"type": x.type, "value": x.value, "status": x.status,
                "evidence": _evidence(title, sentences, starts, x.sentence, x.words)}
        if x.citation:
            fact["citation"] = x.citation
        record["facts"].append(fact)
    lists = {"authorities": "authority", "missions": "mission", "agencies": "agency",
             "commands": "command", "places": "place"}
    for key, kind in lists.items():
        record[key] = sorted({x.value for x in facts if x.type == kind})
    record["invoked"] = sorted({x.value for x in facts if x.type == "authority" and x.status == "invoked"})
    return record


def syndicate(record: dict, new_id: str, publisher: str, published: str | None = None) -> dict:
    """The same report run by another outlet: same text and figures, its own id."""
    copy = {**record, "id": new_id, "publisher": publisher}
    if published:
        copy["published"] = published
    return copy
