"""Sentence lookups computed once per doc: spaCy's `token.sent` rescans the doc on every call."""
from __future__ import annotations

from bisect import bisect_right

import numpy
from spacy.attrs import SENT_START
from spacy.tokens import Doc, Span


def sentences(doc: Doc) -> list[Span]:
    cached = doc.user_data.get("muster_sents")
    if cached is None:
        starts = numpy.flatnonzero(doc.to_array([SENT_START]) == 1).tolist() if len(doc) else []
        if not starts or starts[0] != 0:
            starts = [0, *starts]
        bounds = starts[1:] + [len(doc)]
        cached = doc.user_data["muster_sents"] = [doc[a:b] for a, b in zip(starts, bounds) if b > a]
        doc.user_data["muster_sent_starts"] = [s.start for s in cached]
    return cached


def sentence_at(doc: Doc, i: int) -> Span:
    """The sentence holding token i."""
    sents = sentences(doc)
    return sents[bisect_right(doc.user_data["muster_sent_starts"], i) - 1]


CLAUSE_PUNCT = {";", "—", "--", ":", "–"}


def clause_bounds(doc: Doc, sent: Span, start: int, end: int) -> tuple[int, int]:
    """The clause around tokens [start, end): out to a semicolon, dash or colon on each side."""
    lo = start
    while lo > sent.start and doc[lo - 1].text not in CLAUSE_PUNCT:
        lo -= 1
    hi = end
    while hi < sent.end and doc[hi].text not in CLAUSE_PUNCT:
        hi += 1
    return lo, hi


def doc_text(doc: Doc) -> str:
    """The doc's text, built once: spaCy joins the tokens again on every `doc.text`."""
    text = doc.user_data.get("muster_text")
    if text is None:
        text = doc.user_data["muster_text"] = doc.text
    return text
