"""Places troops are sent to, stationed at or come from, in the guidelines' canonical form."""
from __future__ import annotations

from dataclasses import dataclass

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from muster.extract.cues import CueIndex, get_index
from muster.extract.gazetteer import Gazetteer, Place, load_gazetteer, STATE_ABBREVIATIONS

MIN_CITY_POPULATION = 100_000  # a bare city name this large is taken without a state after it


@dataclass
class PlaceMention:
    place: Place
    start: int
    end: int
    sentence: Span


class PlaceMatcher:
    """Finds gazetteer names in a doc: states, bases, cities (cased) and border phrases (any case)."""

    def __init__(self, nlp, gazetteer: Gazetteer | None = None) -> None:
        self.gazetteer = gazetteer or load_gazetteer()
        self.cased = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        make = nlp.make_doc
        self.cased.add("STATE", [make(name) for name in self.gazetteer.states])
        self.cased.add("BASE", [make(alias) for alias in self.gazetteer.bases])
        self.cased.add("CITY", [make(name) for name in self.gazetteer.cities if len(name) > 3])
        self.cased.add("DISTRICT", [make(t) for t in ("Washington", "D.C.", "District of Columbia", "the District", "nation's capital", "the capital")])
        self.lower.add("BORDER", [make(p) for p in self.gazetteer.borders])

    def __call__(self, doc: Doc) -> list[tuple[str, int, int]]:
        matches = [(doc.vocab.strings[m], s, e) for m, s, e in self.cased(doc)]
        matches += [(doc.vocab.strings[m], s, e) for m, s, e in self.lower(doc)]
        matches.sort(key=lambda m: (m[1], -(m[2] - m[1])))
        kept, last_end = [], -1
        for label, start, end in matches:
            if start >= last_end:
                kept.append((label, start, end))
                last_end = end
        return kept


def resolve(doc: Doc, label: str, start: int, end: int, gazetteer: Gazetteer, has_dc: bool) -> tuple[Place | None, int]:
    text = doc[start:end].text
    if label == "BORDER":
        return gazetteer.border(gazetteer.borders[text.lower()]), end
    if label == "BASE":
        return gazetteer.bases[text], end
    if label == "STATE":
        if text == "Washington" and has_dc:
            return gazetteer.district(), end
        return gazetteer.states[text], end
    if label == "DISTRICT":
        if text in ("the District", "the capital") and not has_dc:
            return None, end
        return gazetteer.district(), end
    # a city: take the state that follows it when there is one
    state, new_end = _state_after(doc, end, gazetteer)
    if state:
        return gazetteer.city(text, state), new_end
    return gazetteer.city(text, None, MIN_CITY_POPULATION), end


def _state_after(doc: Doc, end: int, gazetteer: Gazetteer) -> tuple[str | None, int]:
    if end + 1 < len(doc) and doc[end].text == ",":
        nxt = doc[end + 1]
        for width in (3, 2, 1):
            candidate = doc[end + 1:min(len(doc), end + 1 + width)].text
            code = gazetteer.state_code(candidate)
            if code:
                return code, end + 1 + width
        if nxt.text in STATE_ABBREVIATIONS:
            return STATE_ABBREVIATIONS[nxt.text], end + 2
    return None, end


def find_places(doc: Doc, matcher: PlaceMatcher) -> list[PlaceMention]:
    gazetteer = matcher.gazetteer
    has_dc = "D.C." in doc.text or "District of Columbia" in doc.text
    index = get_index(doc)
    mentions = []
    for label, start, end in matcher(doc):
        place, end = resolve(doc, label, start, end, gazetteer, has_dc)
        if place is None:
            continue
        if label == "STATE" and _names_a_unit(doc, end):
            continue
        mentions.append(PlaceMention(place, start, end, doc[start].sent))
    return mentions


def _names_a_unit(doc: Doc, end: int) -> bool:
    """"California National Guard", "Texas Guard": a unit's name, not a place by itself."""
    nxt = doc[end:end + 3].text
    return nxt.startswith(("National Guard", "Guard", "Air National", "Army National", "'s Guard", "’s Guard"))
