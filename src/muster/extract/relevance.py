"""Is the article about a deployment of US forces at home? Decided from figures and facts."""
from __future__ import annotations

from spacy.tokens import Doc

from muster.extract.cues import get_index
from muster.extract.sentences import sentence_at, sentences


def is_relevant(doc: Doc, figures: list, places: list) -> bool:
    index = get_index(doc)
    if figures:
        return True
    military = 0
    for sent in sentences(doc):
        has_mil = bool(index.in_range("MILITARY", sent.start, sent.end))
        has_deploy = bool(index.in_range("DEPLOY", sent.start, sent.end))
        foreign = bool(index.in_range("FOREIGN", sent.start, sent.end))
        if has_mil and has_deploy and not foreign:
            military += 1
    return military >= 2 and bool(places)
