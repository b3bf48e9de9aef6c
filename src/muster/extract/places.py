"""Places troops are sent to, stationed at or come from, in the guidelines' canonical form."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from muster.extract.cues import CueIndex, get_index
from muster.extract.gazetteer import STATE_ABBREVIATIONS, Gazetteer, Place, load_gazetteer
from muster.extract.lexicon import LEXICON_DIR
from muster.extract.sentences import doc_text, sentence_at

MIN_CITY_POPULATION = 50_000  # a bare city name this large is taken without a state after it


NYC_WORDS = {"New York City", "Manhattan", "Brooklyn", "Queens", "Bronx", "Staten Island"}
LABEL_ORDER = ["BASE", "BORDER", "DISTRICT", "STATE", "CITY"]
# "Washington" as the government ("Washington pays the bills") is not a place; after these it is.
PLACE_PREPOSITIONS = {"in", "to", "into", "near", "outside", "around", "from", "of", "at", "across", "throughout", "downtown", "toward", "towards"}
# "<noun> from Washington" is the government sending it, not troops' place.
GOVERNMENT_FROM = {"help", "aid", "money", "funding", "orders", "order", "word", "pressure", "support", "approval",
                   "guidance", "instructions", "assistance", "resources"}
# Border words inside agency names are not the border.
BORDER_NAME_WORDS = {"Patrol", "Protection", "Security", "Bureau", "Czar", "czar", "Wall", "Task"}


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
        def docs(names):
            return list(nlp.tokenizer.pipe(names))  # tokenizer-only docs: phrase patterns need no pipeline

        self.cased.add("STATE", docs(self.gazetteer.states))
        self.cased.add("BASE", docs(self.gazetteer.bases))
        self.cased.add("CITY", docs([name for name in self.gazetteer.cities if len(name) > 3]))
        self.cased.add("DISTRICT", docs(["Washington", "D.C.", "District of Columbia", "the District", "nation's capital", "the capital"]))
        self.lower.add("BORDER", docs(self.gazetteer.borders))

    def __call__(self, doc: Doc) -> list[tuple[str, int, int]]:
        matches = [(doc.vocab.strings[m], s, e) for m, s, e in self.cased(doc)]
        matches += [(doc.vocab.strings[m], s, e) for m, s, e in self.lower(doc)]
        # longest first; on a tie a base beats a city of the same name ("Fort Bragg")
        matches.sort(key=lambda m: (m[1], -(m[2] - m[1]), LABEL_ORDER.index(m[0])))
        kept, last_end = [], -1
        for label, start, end in matches:
            if start >= last_end:
                kept.append((label, start, end))
                last_end = end
        return kept


def resolve(doc: Doc, label: str, start: int, end: int, gazetteer: Gazetteer, has_dc: bool,
            doc_states: set[str] = frozenset(), nyc: bool = False) -> tuple[Place | None, int]:
    text = doc[start:end].text
    if label == "BORDER":
        return gazetteer.border(gazetteer.borders[text.lower()]), end
    if label == "BASE":
        _, after_state = _state_after(doc, end, gazetteer)
        return gazetteer.bases[text], after_state  # "Fort Hood, Texas" is one place, not two
    if text == "Washington" and end < len(doc) and doc[end].text in ("state", "State", "Gov.", "Governor", "state's"):
        return gazetteer.states[text], end  # "Washington state", "Washington Gov. Jay Inslee"
    if label == "STATE" and text == "New York" and nyc and not _in_a_list_of_states(doc, start, end):
        return gazetteer.city("New York City"), end  # "in New York" in a story about the subway or the boroughs
    if label == "STATE":
        if text == "Washington" and has_dc and not _in_a_list_of_states(doc, start, end):
            return gazetteer.district(), end
        return gazetteer.states[text], end
    if label == "DISTRICT":
        if text in ("the District", "the capital") and not has_dc:
            return None, end
        return gazetteer.district(), end
    # a city: take the state that follows it when there is one
    state, new_end = _state_after(doc, end, gazetteer)
    if state:
        local = gazetteer.city(text, state)
        famous = gazetteer.city(text, None, 500_000)
        if local is not None and famous is not None and famous.state != state and _population(gazetteer, text, state) < 20_000:
            return famous, end  # "Chicago, Philadelphia, New York": a list of cities, not a Philadelphia in New York
        return local, new_end
    place = gazetteer.city(text, None, MIN_CITY_POPULATION) if text not in place_stopwords() else None
    if place is not None and doc_states and place.state not in doc_states and _population(gazetteer, text, place.state) < 200_000:
        local = [c for c in (gazetteer.city(text, code) for code in sorted(doc_states)) if c is not None]
        if len(local) == 1 and _population(gazetteer, text, local[0].state) >= 5_000:
            place = local[0]  # "Kent" in an Ohio story is Kent, OH; Philadelphia stays Philadelphia, PA
    if place is None and doc_states and start > 0 and doc[start - 1].lower_ in PLACE_PREPOSITIONS - {"near", "of"} \
            and text not in place_stopwords():
        # a small town in a state the article names: "In Rockport, where the eye crossed" in a Texas story
        candidates = [gazetteer.city(text, code) for code in sorted(doc_states)]
        candidates = [c for c in candidates if c is not None]
        if len(candidates) == 1:
            place = candidates[0]
    return place, end


def _population(gazetteer: Gazetteer, name: str, state: str) -> int:
    return next((c["population"] for c in gazetteer.cities.get(name, []) if c["admin1code"] == state), 0)


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


def find_places(doc: Doc, matcher: PlaceMatcher, published_year: int | None = None) -> list[PlaceMention]:
    """Places in sentences about troops, plus bases, borders and the dateline."""
    gazetteer = matcher.gazetteer
    matches = matcher(doc)
    has_dc = any(label == "DISTRICT" and doc[s:e].text in ("D.C.", "District of Columbia") for label, s, e in matches)
    index = get_index(doc)
    nyc = any(doc[s:e].text in NYC_WORDS for label, s, e in matches) or "subway" in doc_text(doc)
    mentions = _dateline(doc, gazetteer)
    dateline_end = mentions[0].end if mentions else 0
    doc_states = {gazetteer.states[doc[s:e].text].state for label, s, e in matches if label == "STATE" and doc[s:e].text != "Washington"}
    doc_states |= {m.place.state for m in mentions if m.place.state}
    accepted_cities: list[PlaceMention] = []
    known = {i for label, s, e in matches if label != "CITY" for i in range(s, e)}
    generic = _generic_bases(doc, gazetteer, doc_states, known)
    mentions += generic
    in_bases = {i for m in generic for i in range(m.start, m.end)}
    matches = [m for m in matches if not any(i in in_bases for i in range(m[1], m[2]))]
    consumed = dateline_end  # words already read as part of a place: the state in "Fort Hood, Texas"
    for label, start, end in matches:
        if start < consumed:
            continue
        if not _looks_like_a_place(doc, label, start, end):
            continue
        text = doc[start:end].text
        place, new_end = resolve(doc, label, start, end, gazetteer, has_dc, doc_states, nyc)
        if place is None and label == "CITY":
            place = _listed_with(doc, text, start, accepted_cities, gazetteer)
        if place is None:
            continue
        if label == "STATE" and _names_a_unit(doc, new_end):
            continue
        sent = sentence_at(doc, start)
        if place.kind not in ("base", "border") and not _about_troops(index, sent, start):
            continue
        if place.kind in ("city", "state") and index.in_range("NOT_DEPLOYMENT_PLACE", max(sent.start, start - 5), start):
            continue  # "a federal judge in San Francisco", "a campaign rally in Florida": not where troops are
        if place.kind in ("city", "state") and index.in_range("NO_DEPLOYMENT", sent.start, sent.end):
            continue  # "no troops will be sent to other cities, including Detroit"
        if published_year and _earlier_year(doc, sent, published_year):
            continue  # places of earlier deployments told as background are not this one's
        mention = PlaceMention(place, start, new_end, sent)
        consumed = new_end
        if place.kind == "city":
            accepted_cities.append(mention)
        mentions.append(mention)
    return mentions


def _looks_like_a_place(doc: Doc, label: str, start: int, end: int) -> bool:
    """Reject names inside longer names: "Lincoln Memorial", "Brandon Judd", "Border Patrol"."""
    nxt = doc[end] if end < len(doc) else None
    prev = doc[start - 1] if start > 0 else None
    if label == "BORDER":
        if nxt is not None and nxt.text in BORDER_NAME_WORDS:
            return False
        if end - start == 1 and doc[start].text[0].isupper():
            return False
        return True
    if label in ("CITY", "STATE", "DISTRICT") and nxt is not None and nxt.is_title and nxt.text not in STATE_ABBREVIATIONS \
            and not nxt.is_sent_start and not (label == "STATE" and nxt.text in ("Gov.", "Governor")):
        if not (label == "DISTRICT" or doc[start:end].text == "Washington" and nxt.text in ("D.C.", "DC")):
            return False
    if label == "CITY" and prev is not None and prev.is_title and not prev.is_sent_start and prev.lower_ not in PLACE_PREPOSITIONS:
        return False  # "Kirstjen Nielsen", "Gov. Brown"
    if prev is not None and prev.text in ("USS", "USNS", "USCGC", "HMS"):
        return False  # a ship: "the USS San Antonio"
    if doc[start:end].text == "Washington" and label in ("STATE", "CITY", "DISTRICT"):
        if nxt is not None and nxt.text in (",",) and end + 1 < len(doc) and doc[end + 1].text in ("D.C.", "DC"):
            return True
        if nxt is not None and nxt.text in ("state", "State"):
            return True
        if prev is not None and prev.is_sent_start and nxt is not None and nxt.text == ",":
            return False  # "In Washington, the Pentagon ...": the government, not the city
        if prev is not None and prev.lower_ == "from" and start >= 2 and doc[start - 2].lower_ in GOVERNMENT_FROM:
            return False  # "help from Washington", "orders from Washington": the government
        return (prev is not None and prev.lower_ in PLACE_PREPOSITIONS) or _in_a_list_of_states(doc, start, end)
    return True


YEAR_MENTION = re.compile(r"\b(?:in|during|of|back in|summer of|riots of)\s+(1[89]\d\d|20\d\d)\b")
EARLIER = re.compile(r"\b(?:last (?:year|summer|spring|fall|winter)|years ago|decades ago)\b")


def _earlier_year(doc: Doc, sent: Span, published_year: int) -> bool:
    text = sent.text
    return bool(EARLIER.search(text)) or any(int(y) < published_year for y in YEAR_MENTION.findall(text))


def _in_a_list_of_states(doc: Doc, start: int, end: int) -> bool:
    """"New York, California and Washington": the state, listed with others."""
    gazetteer = load_gazetteer()
    before = doc[max(0, start - 3):start]
    after = doc[end:min(len(doc), end + 4)]
    def names_state(span) -> bool:
        for i in range(span.start, span.end):
            for width in (1, 2, 3):
                text = doc[i:min(i + width, len(doc))].text
                if text in gazetteer.states and text != "Washington":
                    return True
        return False
    joined_before = len(before) and before[-1].text in (",", "and", "or")
    joined_after = len(after) and after[0].text in (",", "and", "or")
    return bool((joined_before and names_state(before)) or (joined_after and names_state(after)))


def _about_troops(index: CueIndex, sent: Span, start: int) -> bool:
    military = index.in_range("MILITARY", sent.start, sent.end) or index.in_range("TROOP", sent.start, sent.end)
    if not military:
        return False
    return not index.in_range("FOREIGN", sent.start, sent.end)


def _listed_with(doc: Doc, name: str, start: int, accepted: list[PlaceMention], gazetteer: Gazetteer) -> Place | None:
    """A small city named in a list beside a known one: "Los Angeles, Paramount and Compton"."""
    for mention in reversed(accepted):
        if 0 < start - mention.end <= 3 and all(t.text in (",", "and") for t in doc[mention.end:start]):
            return gazetteer.city(name, mention.place.state)
    return None


def _dateline(doc: Doc, gazetteer: Gazetteer) -> list[PlaceMention]:
    """"DONNA, Texas —" or "FORT BRAGG, N.C. --": the place a report was filed from."""
    words = []
    i = 0
    while i < min(len(doc), 6) and doc[i].text.isupper() and doc[i].is_alpha:
        words.append(doc[i].text.title())
        i += 1
    if not words or i >= len(doc) or doc[i].text != ",":
        return []
    name = " ".join(words)
    if name == "Washington":
        return []  # the capital dateline marks where the news was announced, not a deployment
    state, end = _state_after(doc, i, gazetteer)
    if state is None:
        return []
    base = gazetteer.bases.get(name)
    place = base if base is not None and base.state == state else gazetteer.city(name, state)
    if place is None:
        return []
    return [PlaceMention(place, 0, end, sentence_at(doc, 0))]


BASE_NAME = re.compile(
    r"\b(?:(?:Fort|Camp) [A-Z][a-z]+(?: [A-Z][a-z]+)?|"
    r"(?:[A-Z][a-z]+[ -]){1,2}(?:Air Force Base|Air Reserve Base|Air National Guard Base|Army Airfield|"
    r"Naval Air Station|Naval Station|Marine Corps Air Station|Joint Reserve Base|Army Depot))\b"
)


def _generic_bases(doc: Doc, gazetteer: Gazetteer, doc_states: set[str], taken: set[int]) -> list[PlaceMention]:
    """Installations the base list does not know ("Selfridge Air Force Base, north of the city"),
    placed in the state written after them, or the only state the article names."""
    found = []
    for match in BASE_NAME.finditer(doc_text(doc)):
        span = doc.char_span(match.start(), match.end(), alignment_mode="contract")
        if span is None or any(i in taken for i in range(span.start, span.end)) or span.text in gazetteer.bases:
            continue
        sentence = sentence_at(doc, span.start)
        if span.end > sentence.end:
            continue  # a name never runs across a sentence break
        state, end = _state_after(doc, span.end, gazetteer)
        if state is None and len(doc_states) == 1:
            state, end = next(iter(doc_states)), span.end
        if state is None:
            continue
        centre = gazetteer.states.get(gazetteer.state_codes.get(state, ""))
        place = Place(f"{span.text}, {state}", "base", state, centre.lat if centre else None, centre.lon if centre else None)
        found.append(PlaceMention(place, span.start, min(end, sentence.end), sentence))
    return found


@lru_cache(maxsize=1)
def place_stopwords() -> frozenset[str]:
    """Town names that are also common words ("Congress", "August", "Liberty"): places only with a state after them."""
    path = LEXICON_DIR / "place_stopwords.txt"
    return frozenset(w.strip() for w in path.read_text(encoding="utf-8").splitlines() if w.strip() and not w.startswith("#"))


def _names_a_unit(doc: Doc, end: int) -> bool:
    """"California National Guard", "Texas Guard": a unit's name, not a place by itself."""
    nxt = doc[end:end + 3].text
    return nxt.startswith(("National Guard", "Guard", "Air National", "Army National", "'s Guard", "’s Guard"))
