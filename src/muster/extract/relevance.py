"""Is the article about a deployment of US forces at home? Decided from figures and facts."""
from __future__ import annotations

from spacy.tokens import Doc

from muster.extract.cues import get_index
from muster.extract.sentences import sentences

# Words that name the military itself; "troops" alone can be campaign volunteers.
STRONG_MILITARY = {"national guard", "guard", "pentagon", "defense department", "department of defense",
                   "marines", "active-duty", "active duty", "army", "air force", "navy", "paratroopers",
                   "northern command", "defense secretary", "guardsmen", "reservists", "military"}


def is_relevant(doc: Doc, figures: list, places: list) -> bool:
    """Relevant with a domestic troop figure, or with two sentences that deploy the military to a US place."""
    if figures:
        return True
    index = get_index(doc)
    place_sentences = {sentence_index for sentence_index in _place_sentences(doc, places)}
    deploying = 0
    for number, sent in enumerate(sentences(doc)):
        military = any(c.text.lower() in STRONG_MILITARY for c in index.in_range("MILITARY", sent.start, sent.end))
        if military and index.in_range("DEPLOY", sent.start, sent.end) and number in place_sentences \
                and not index.in_range("FOREIGN", sent.start, sent.end):
            deploying += 1
    return deploying >= 2


def _place_sentences(doc: Doc, places: list) -> set[int]:
    starts = [s.start for s in sentences(doc)]
    out = set()
    for field, mention in places:
        if field != "text":
            continue
        for number, start in enumerate(starts):
            if start <= mention.start:
                found = number
        out.add(found)
    return out
