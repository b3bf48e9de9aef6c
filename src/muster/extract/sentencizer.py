"""A sentence splitter that sets spaCy sentence starts with array operations.

It follows the rule of spaCy's own `sentencizer` (a sentence starts at the first
non-punctuation token after a sentence-final mark) and adds paragraph breaks, but reads
token attributes as arrays instead of walking Token objects, which on long articles is
where most of the time went.
"""
from __future__ import annotations

import numpy
from spacy.attrs import IS_PUNCT, IS_SPACE, ORTH, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

FINAL_MARKS = (".", "!", "?", "…")


class FastSentencizer:
    def __init__(self, nlp: Language, name: str = "muster_sentencizer", *, punct_chars: list[str] | None = None) -> None:
        self.name = name
        self.final = numpy.array([nlp.vocab.strings.add(p) for p in (punct_chars or FINAL_MARKS)], dtype="uint64")

    def __call__(self, doc: Doc) -> Doc:
        n = len(doc)
        if n == 0:
            return doc
        attrs = doc.to_array([ORTH, IS_PUNCT, IS_SPACE])
        orth, punct, space = attrs[:, 0], attrs[:, 1].astype(bool), attrs[:, 2].astype(bool)
        final = numpy.isin(orth, self.final)
        breaks = final | space  # a whitespace token is a paragraph break in news text
        starts = numpy.zeros(n, dtype=bool)
        starts[0] = True
        # a start is the first token that is neither punctuation nor space after a break
        candidates = numpy.flatnonzero(breaks)
        for i in candidates:
            j = i + 1
            while j < n and (punct[j] or space[j]) and not final[j]:
                j += 1
            if j < n:
                starts[j] = True
        values = numpy.where(starts, 1, -1).astype("int64").view("uint64").reshape(-1, 1)
        doc.from_array([SENT_START], values)
        return doc


@Language.factory("muster_sentencizer", default_config={"punct_chars": None})
def make_sentencizer(nlp: Language, name: str, punct_chars: list[str] | None) -> FastSentencizer:
    return FastSentencizer(nlp, name, punct_chars=punct_chars)
