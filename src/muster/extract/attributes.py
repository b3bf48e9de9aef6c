"""What else a figure's sentence says about it: the Guard's home state, the place, the unit,
whether it belongs to an earlier deployment told as background.

These run after figure detection, on figures and place mentions already found.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc

from muster.extract.figures import Figure
from muster.extract.gazetteer import Gazetteer
from muster.extract.places import PlaceMention

DESTINATION_WORDS = {"to", "into", "in", "at", "along", "across", "on", "near", "around", "inside", "outside", "toward", "towards"}
UNIT = re.compile(
    r"\b\d{1,3}(?:st|nd|rd|th)\s+(?:[A-Z][\w.'-]*\s+){0,5}?"
    r"(?:Division|Brigade Combat Team|Brigade|Battalion|Regiment|Squadron|Wing|Group|Company|Expeditionary Force|"
    r"Expeditionary Unit|Airborne Division|Airborne|Cavalry Division|Cavalry Regiment|Infantry Division|Marines)\b"
    r"(?:,\s+\d{1,3}(?:st|nd|rd|th)\s+(?:[A-Z][\w-]*\s+){0,3}?(?:Marines|Regiment|Infantry|Cavalry)\b)?"  # "2nd Battalion, 7th Marines"
)
YEAR = re.compile(r"\b(?:in|during|of|back in)\s+(1[89]\d\d|20\d\d)\b")


def home_state(doc: Doc, figure: Figure, gazetteer: Gazetteer) -> str | None:
    """"225 Arizona National Guard members", "Guard members from New Jersey", "the D.C. Guard"."""
    if figure.component != "national_guard":
        return None
    sent = figure.sentence
    lo, hi = max(sent.start, figure.start - 3), min(sent.end, figure.end + 5)
    for i in range(lo, hi):
        for width in (3, 2, 1):
            if i + width > hi:
                continue
            text = doc[i:i + width].text
            if text in ("D.C.", "District of Columbia"):
                return "District of Columbia"
            if text in gazetteer.states:
                after = doc[i + width:i + width + 3].text
                before = doc[i - 1].lower_ if i > sent.start else ""
                if after.startswith(("National Guard", "Guard", "Air National", "Army National", "'s", "’s")) or before == "from":
                    return text
    return None


def figure_place(figure: Figure, places: list[PlaceMention]) -> str | None:
    """The place the sentence sends, keeps or withdraws these troops to or at: the nearest
    place after a preposition after the figure, else the nearest place in the sentence."""
    sent = figure.sentence
    doc = sent.doc
    here = [p for p in places if sent.start <= p.start < sent.end]
    if not here:
        return None
    after = [p for p in here if p.start >= figure.end and p.start > 0 and doc[p.start - 1].lower_ in DESTINATION_WORDS | {"the", "southern", "northern"}]
    pool = after or here
    best = min(pool, key=lambda p: abs(p.start - figure.end))
    return best.place.name


def figure_unit(figure: Figure) -> str | None:
    sent = figure.sentence
    matches = list(UNIT.finditer(sent.text))
    if not matches:
        return None
    offset = sent.doc[figure.start].idx - sent.start_char
    return min(matches, key=lambda m: abs(m.start() - offset)).group(0)


def is_background(figure: Figure, published_year: int | None) -> bool:
    """A figure from an earlier deployment: its sentence dates it to an earlier year."""
    if published_year is None:
        return False
    return any(int(m.group(1)) < published_year for m in YEAR.finditer(figure.sentence.text))


def annotate(doc: Doc, figures: list[Figure], places: list[PlaceMention], gazetteer: Gazetteer, published_year: int | None) -> None:
    for figure in figures:
        figure.state = home_state(doc, figure, gazetteer)
        figure.extra["place"] = figure_place(figure, places)
        figure.extra["unit"] = figure_unit(figure)
        figure.background = is_background(figure, published_year)
