"""An article's title or text as HTML with every extracted claim and fact marked and labelled.

Offsets come from the evidence stored with claims and facts (docs/record.md).
Spans may overlap (a figure's words often hold a component, a place a state):
the text is cut at every span edge, each piece is escaped and marked with the
spans covering it, and each span's label follows its last piece.
"""
from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup, escape

from muster.web.queries import anchor
from muster.web.svg import interval_text, number


@dataclass
class Span:
    start: int
    end: int
    key: str
    kind: str  # figure, authority, mission, agency, command, place, condition
    label: str


def spans_of(article: dict, field: str) -> list[Span]:
    """The spans of an article's claims and facts that lie in `field` ("text" or "title")."""
    value = article[field] or ""
    spans = []
    for claim in article["claims"]:
        ev = claim["evidence"]
        if ev["field"] == field and 0 <= ev["start"] < ev["end"] <= len(value):
            qualifier = (claim["qualifier"] or "").replace("_", " ")
            component = (claim["component"] or "").replace("_", " ")
            label = " · ".join(x for x in (
                f"figure {number(claim['count'])}", qualifier if qualifier != "exact" else "",
                claim["kind"] or "", component if component != "unspecified" else "",
                f"[{interval_text(claim)}]") if x)
            spans.append(Span(ev["start"], ev["end"], claim["key"], "figure", label))
    for fact in article["facts"]:
        ev = fact["evidence"]
        if ev["field"] == field and 0 <= ev["start"] < ev["end"] <= len(value):
            status = fact["status"] if fact["status"] not in ("stated",) else ""
            label = f"{fact['type']}: {fact['value']}" + (f" ({status})" if status else "")
            spans.append(Span(ev["start"], ev["end"], fact["key"], fact["type"], label))
    return spans


def marked(value: str, spans: list[Span], *, selected: str | None = None,
           sentence: tuple[int, int] | None = None) -> Markup:
    """HTML of `value` with the spans marked; `selected` (a key) and its `sentence` stand out."""
    cuts = {0, len(value)}
    for span in spans:
        cuts.update((span.start, span.end))
    if sentence:
        cuts.update(max(0, min(len(value), c)) for c in sentence)
    cuts = sorted(cuts)
    starts: dict[int, list[Span]] = {}
    ends: dict[int, list[Span]] = {}
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        starts.setdefault(span.start, []).append(span)
        ends.setdefault(span.end, []).append(span)
    out = []
    for a, b in zip(cuts, cuts[1:]):
        for span in starts.get(a, []):
            out.append(Markup('<span class="anchor" id="{}"></span>').format(anchor(span.key)))
        covering = [s for s in spans if s.start <= a and b <= s.end]
        piece = escape(value[a:b])
        if covering:
            kinds = " ".join(sorted({f"ev-{s.kind}" for s in covering}))
            extra = " selected" if selected and any(s.key == selected for s in covering) else ""
            extra += " overlap" if len(covering) > 1 else ""
            keys = " ".join(s.key for s in covering)
            piece = Markup('<mark class="ev {}{}" data-keys="{}">').format(kinds, extra, keys) + piece + Markup("</mark>")
        if sentence and sentence[0] <= a and b <= sentence[1]:
            piece = Markup('<span class="sentence-selected">') + piece + Markup("</span>")
        out.append(piece)
        for span in ends.get(b, []):
            css = "tag tag-" + span.kind + (" selected" if span.key == selected else "")
            out.append(Markup('<span class="{}">{}</span>').format(css, span.label))
    return Markup("").join(out)

