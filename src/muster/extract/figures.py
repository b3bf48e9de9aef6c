"""Troop figures: which numbers in a sentence count military personnel, and how.

For each number the rules answer four questions, each from the words around it:
is it a count of troops (a troop noun follows, or the sentence is about troops and
nothing else is counted), what hedge is on it (qualifier and interval), what the
sentence says happened to those troops (kind), and which component they belong to.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from muster.extract.cues import CueIndex, get_index
from muster.extract.lexicon import load_lexicon
from muster.extract.numbers import NUMBER_WORDS, SCALES, digits_value, parse_number
from muster.extract.sentences import clause_bounds, sentence_at, sentences

# Words that may stand between a number and the noun it counts ("1,500 more active-duty U.S. troops").
MODIFIERS = {
    "more", "additional", "extra", "new", "other", "federal", "federalized", "u.s.", "american",
    "active", "duty", "armed", "uniformed", "military", "state", "out", "of", "-", "national",
    "citizen", "air", "army", "marine", "navy", "fresh", "heavily", "combat", "reserve",
    "full", "time", "full-time", "part", "part-time", "trained", "guard", "'s", "’s", "regular",
}
# Words after which a bare number may still be a troop count ("another 113 are scheduled to leave").
BARE_FOLLOWERS = {
    "were", "are", "is", "was", "will", "would", "could", "can", "may", "might", "should",
    "have", "had", "has", "remain", "remained", "remains", "stay", "stays", "stayed", "left",
    "leave", "more", "in", "on", "at", "from", "to", "by", "into", "across", "along", "a",
    "this", "that", "last", "by", "had", "already", "still", "now", "who", "which", "strong",
    "or", "as", "than", "under", "with", "within", "for", "when", "after", "before", "being",
    "be", "been", "arrived", "deployed", "headed", "head", "heading", "returned", "went",
    "came", "got", "began", "started", "ordered", "sent", "serve", "served", "serving",
    "once", "and", "each", "apiece",
}
STOP_PUNCT = {";", ":", "—", "--", "(", ")"}
# Other people a number may count: they block a troop reading of a bare number after them.
PEOPLE = {
    "agents", "agent", "officers", "officer", "police", "policemen", "deputies", "marshals", "migrants",
    "immigrants", "people", "persons", "residents", "protesters", "demonstrators", "families", "children",
    "adults", "volunteers", "recruits", "staff", "staffers", "employees", "workers", "contractors",
    "detainees", "prisoners", "inmates", "voters", "students", "patients", "passengers", "visitors",
    "delegates", "lawmakers", "refugees", "asylum seekers", "arrests", "apprehensions", "encounters",
}
ANAPHORS = {"them", "those", "these", "whom", "which", "it"}
ARTICLES = {"the", "its", "their", "his", "her", "our", "these", "those", "that"}
RANGE_WORDS = {"to", "and", "-", "–", "or"}


@dataclass
class NumberSpan:
    start: int
    end: int
    value: int
    text: str


@dataclass
class Figure:
    count: int
    qualifier: str
    kind: str
    component: str
    start: int  # token offsets of the evidence: hedge + number + head noun
    end: int
    sentence: Span
    head: str | None = None
    background: bool = False
    state: str | None = None
    low: int = 0
    high: int | None = None
    extra: dict = field(default_factory=dict)


def find_numbers(doc: Doc, start: int, end: int) -> list[NumberSpan]:
    """Number expressions in tokens [start, end): digit tokens and runs of number words."""
    out: list[NumberSpan] = []
    i = start
    while i < end:
        token = doc[i]
        lower = token.lower_
        if token.like_num or lower in NUMBER_WORDS or (token.text[0].isdigit() and digits_value(token.text) is not None):
            j = i + 1
            words = [token.text]
            if token.text[0].isdigit():
                while j < end and doc[j].lower_ in SCALES:
                    words.append(doc[j].text)
                    j += 1
            else:
                while j < end and (doc[j].lower_ in NUMBER_WORDS or (doc[j].text in ("-", "and") and j + 1 < end and doc[j + 1].lower_ in NUMBER_WORDS)):
                    words.append(doc[j].text)
                    j += 1
            value = parse_number(words)
            if value is not None and not (lower in ("one",) and j == i + 1):
                out.append(NumberSpan(i, j, value, doc[i:j].text))
            i = j
        else:
            i += 1
    return out


class FigureRules:
    """The figure rules for one doc; `find(sentence)` returns the figures of a sentence."""

    def __init__(self, doc: Doc, index: CueIndex, place_tokens: set[int] | None = None, abroad: bool = False) -> None:
        self.doc = doc
        self.index = index
        self.place_tokens = place_tokens or set()
        self.abroad = abroad
        self._sentence_figures: list[Figure] = []
        self.last_kind: str | None = None  # of the last figure found, for "N of them" in the next sentence
        self.last_component: str | None = None
        self.last_figure_sentence: int | None = None

    # -- is it a troop count? -------------------------------------------------------
    def is_distractor(self, number: NumberSpan, sent: Span) -> bool:
        doc = self.doc
        prev = doc[number.start - 1] if number.start > sent.start else None
        nxt = doc[number.end] if number.end < sent.end else None
        text = doc[number.start].text
        if prev is not None and prev.text in ("$", "#", "No.", "U.S.C.", "Section", "section", "§", "Title", "title", "Article"):
            return True
        if nxt is not None and nxt.lower_ in ("percent", "%", "million", "billion", "a.m.", "p.m.", "am", "pm", "gmt", "st", "nd", "rd", "th", "u.s.c.", "cfr"):
            return True
        if any(w.lower_ in ("million", "billion") for w in doc[number.start:number.end]):
            return True
        if prev is not None and self.index.covering("MONTH", prev.i):
            return True  # "Dec. 15", "June 11"
        if nxt is not None and self.index.at("MONTH", nxt.i) and number.value <= 31:
            return True
        if len(text) == 4 and text.isdigit() and 1700 <= number.value <= 2100:
            return True  # a year
        if nxt is not None and nxt.text in (":", "-") and number.end + 1 < len(doc) and doc[number.end + 1].like_num and nxt.text == ":":
            return True  # a time
        if nxt is not None and nxt.text == "-" and number.end + 1 < sent.end:
            after = doc[number.end + 1].lower_
            if after not in ("strong", "member", "person", "man", "soldier", "troop") and not doc[number.end + 1].like_num:
                return True  # "30-day", "1,951-mile", "52-page"
        if number.value < 10:
            return True
        if number.value < 100 and nxt is not None and nxt.text in ("-", "–") and number.end + 1 < sent.end and doc[number.end + 1].like_num:
            return True  # a score, "28-21"
        for label in ("COMMAND", "AUTHORITY"):
            if self.index.covering(label, number.start) is not None:
                return True  # "Task Force 51", "Section 12406"
        if prev is not None and prev.text in ("Force", "Force-") and number.start - 2 >= sent.start \
                and doc[number.start - 2].text == "Task":
            return True  # a task force no lexicon names: "Joint Task Force 40"
        window = doc[number.end:min(sent.end, number.end + 8)]
        if self.index.in_range("CASUALTY", window.start, window.end):
            return True  # "five Guard members were hurt"
        if self.index.in_range("CASUALTY", max(sent.start, number.start - 4), number.start):
            return True  # "the death toll reached 40"
        return False

    def head(self, number: NumberSpan, sent: Span) -> tuple[str, int, str | None]:
        """What the number counts: ("troop", end, component), ("other", ...), ("bare", ...), ("strong", ...)."""
        doc, index = self.doc, self.index
        i = number.end
        component = None
        limit = min(sent.end, number.end + 7)
        while i < limit:
            token = doc[i]
            troop = index.at("TROOP", i)
            if troop is not None:
                weak = index_is_weak(troop)
                if troop.id in ("reserve", "national_guard"):
                    comp = troop.id  # "Army reservists", "Texas Guardsmen": the noun is the component
                else:
                    comp = component or (troop.id if troop.id != "unspecified" else None)
                after, after_end = self._component_after(troop.end, sent)
                if after:
                    comp = comp or after
                if weak and comp is None and not self._military_sentence(sent) and not self._military_before(sent):
                    return "other", troop.end, None
                if self._mixed_list(troop.end, sent):
                    return "other", troop.end, None
                other, joined_end = self._joined_component(troop.end, sent)
                if other is not None and comp is not None and other != comp:
                    return "troop", joined_end, "unspecified"  # "10,000 active-duty troops and National Guard members"
                if self._listed_kinds_of_troops(troop.end, sent):
                    return "troop", troop.end, "unspecified"  # "13,600 soldiers, Marines and federalized Guardsmen"
                return "troop", (after_end if after else troop.end), comp
            if index.at("NONTROOP", i) is not None:
                return "other", i + 1, None
            comp_cue = index.at("COMPONENT", i)
            if comp_cue is not None:
                component = _merge_component(component, comp_cue.id)
                inner = next((t for t in index.in_range("TROOP", i + 1, sent.end) if t.start < comp_cue.end), None)
                i = inner.start if inner is not None else comp_cue.end  # "National Guard members"
                continue
            lower = token.lower_
            if lower in ("and", "or") and component is not None and i + 1 < sent.end \
                    and index.at("COMPONENT", i + 1) is not None:
                i += 1  # "active-duty and reserve troops": both, merged below
                continue
            if lower == "strong" or (lower == "-" and i + 1 < sent.end and doc[i + 1].lower_ == "strong"):
                return "strong", i + (2 if lower == "-" else 1), component
            if lower == "of" and i == number.end:
                return self._of_phrase(i, sent)
            if lower in RANGE_WORDS and i == number.end and i + 1 < sent.end and (doc[i + 1].like_num or doc[i + 1].lower_ in NUMBER_WORDS):
                # "between 2,000 and 4,000 Guard members": the first number counts what the second counts
                others = find_numbers(doc, i + 1, min(sent.end, i + 4))
                if others and others[0].start == i + 1:
                    kind, end, comp = self.head(others[0], sent)
                    return kind, end, comp
            if lower in MODIFIERS or _is_ordinal(token):
                i += 1
                continue
            if (lower in ("each", "every", "per", "a") or lower in BARE_FOLLOWERS) and doc[i - 1].lower_ in ("more", "additional", "others"):
                return "bare", number.end, component  # "300 more each week", "fewer than 100 more were placed on alert"
            if token.is_title and not token.is_sent_start and i > number.end - 1 and lower not in BARE_FOLLOWERS:
                i += 1  # a proper-noun modifier: "Utah", "D.C.", "Army"
                continue
            break
        if i == number.end and (i >= sent.end or doc[i].is_punct or doc[i].lower_ in BARE_FOLLOWERS):
            return "bare", number.end, component
        if i == number.end and self._after_collective_of(number, sent):
            return "bare", number.end, component
        if component is not None and i > number.end:
            return "troop", i, component  # "4,000 Guard" with no noun after
        if i < sent.end and doc[i].is_punct and i > number.end:
            return "bare", number.end, component
        return "other", i, None

    def _after_collective_of(self, number: NumberSpan, sent: Span) -> bool:
        """"count of 5,200", "a brigade of 1,892", "a force of about 2,000"."""
        j = number.start
        hedge = self.index.ending_at("HEDGE", j)
        if hedge is not None:
            j = hedge.start
        if j - 1 > sent.start and self.doc[j - 1].lower_ in ("of", "to", "at"):
            return self.index.ending_at("COLLECTIVE", j - 1) is not None  # "count of", "the total to", "strength at"
        return False

    def _predicate_component(self, i: int, sent: Span) -> str | None:
        """"4,500 of them are active-duty soldiers", "2,000 of them from the Puerto Rico National Guard"."""
        found = []
        for k in range(i, min(sent.end, i + 10)):
            if self.doc[k].is_punct:
                break
            comp = self.index.at("COMPONENT", k)
            if comp is not None:
                found.append(comp.id)
        if "national_guard" in found:
            return "national_guard"  # "members of the New York Army and Air National Guard"
        return found[0] if found else None

    def _joined_component(self, i: int, sent: Span) -> tuple[str | None, int]:
        """The component of troops joined to the head by "and" ("troops and Guard members"),
        and where that phrase ends."""
        if i < sent.end and self.doc[i].lower_ == "and":
            j = i + 1
            found = None
            while j < min(sent.end, i + 5):
                if self.doc[j].like_num or self.doc[j].is_punct:
                    return None, i  # "4,000 active-duty troops and some 21,000 Guard members": two figures
                troop = self.index.at("TROOP", j) or (self.index.covering("TROOP", j) if found else None)
                if troop is not None:
                    if troop.id in ("reserve", "national_guard"):
                        return troop.id, troop.end  # "and Army reservists": the noun is the component
                    return (found or (troop.id if troop.id != "unspecified" else None)), troop.end
                comp = self.index.at("COMPONENT", j)
                if comp is not None:
                    found = comp.id
                    inner = self.index.covering("TROOP", comp.end - 1)  # "National Guard members"
                    if inner is not None and inner.end > comp.end:
                        return found, inner.end
                    j = comp.end
                    continue
                j += 1
        return None, i

    def _mixed_list(self, i: int, sent: Span) -> bool:
        """"5,800 troops, agents and officers": a count of several kinds of people."""
        j = i
        while j < min(sent.end, i + 4) and self.doc[j].lower_ in (",", "and", "or", "federal", "police"):
            j += 1
        other = self.index.at("NONTROOP", j)
        return j > i and other is not None and other.text.lower() in PEOPLE

    def _of_phrase(self, i: int, sent: Span) -> tuple[str, int, str | None]:
        """"800 of the active-duty soldiers", "2,800 of them", "a brigade of 1,892"."""
        doc, index = self.doc, self.index
        j = i + 1
        if j < sent.end and doc[j].lower_ in ANAPHORS:
            return "anaphor", j + 1, None
        component = None
        while j < min(sent.end, i + 7):
            troop = index.at("TROOP", j)
            if troop is not None:
                comp = component or (troop.id if troop.id != "unspecified" else None)
                return "troop", troop.end, comp
            comp_cue = index.at("COMPONENT", j)
            if comp_cue is not None:
                component = _merge_component(component, comp_cue.id)
                j = comp_cue.end
                continue
            if index.at("NONTROOP", j) is not None:
                return "other", j + 1, None
            if doc[j].lower_ in ARTICLES or doc[j].lower_ in MODIFIERS or doc[j].is_title or doc[j].text == "-" or _is_ordinal(doc[j]):
                j += 1
                continue
            break
        if component:
            return "troop", j, component
        return "other", j, None

    def _component_after(self, i: int, sent: Span) -> tuple[str | None, int]:
        """"members of the D.C. National Guard", "troops from the Guard": the component and where it ends."""
        doc = self.doc
        if i < sent.end and doc[i].lower_ in ("of", "from", "in"):
            window = doc[max(i - 1, sent.start):min(sent.end, i + 6)]
            if any(t.lower_ in ("primarily", "mostly", "largely", "mainly") for t in window):
                return None, i
            cues = self.index.in_range("COMPONENT", i, min(sent.end, i + 8))
            if cues:
                ids = {c.id for c in cues}
                best = "national_guard" if "national_guard" in ids else cues[0].id  # "Army and Air National Guard"
                return best, max(c.end for c in cues)
        return None, i

    def _military_before(self, sent: Span) -> bool:
        """The sentence before names the military: "Laird may use up to 30,000 men"."""
        if sent.start == 0:
            return False
        previous = sentence_at(self.doc, sent.start - 1)
        return self._military_sentence(previous)

    def _listed_kinds_of_troops(self, i: int, sent: Span) -> bool:
        """"soldiers, Marines and federalized Guardsmen": several kinds of troops in one count."""
        j, kinds = i, 0
        while j < min(sent.end, i + 8) and self.doc[j].text in (",", "and"):
            k = j + 1
            while k < min(sent.end, j + 4) and self.index.at("TROOP", k) is None and self.doc[k].lower_ in MODIFIERS | {"federalized"}:
                k += 1
            troop = self.index.at("TROOP", k)
            if troop is None:
                break
            kinds += 1
            j = troop.end
        return kinds >= 1 and self.doc[i].text == ","

    def _military_sentence(self, sent: Span) -> bool:
        return bool(
            self.index.in_range("COMPONENT", sent.start, sent.end)
            or [c for c in self.index.in_range("TROOP", sent.start, sent.end) if not index_is_weak(c)]
        )

    # -- hedges, kinds, components -------------------------------------------------------
    def qualifier(self, number: NumberSpan, sent: Span) -> tuple[str, int]:
        """The hedge before (or just after) the number, and where the evidence starts."""
        start = number.start
        j = number.start
        while j > sent.start and self.doc[j - 1].lower_ in ("the", "a", "an"):
            j -= 1
        for end in (number.start, j):
            cue = self.index.ending_at("HEDGE", end)
            if cue is not None and cue.start >= sent.start:
                return cue.id, cue.start
        after = self.index.at("HEDGE_AFTER", number.end)
        if after is not None:
            return after.id, start
        return "exact", start

    def kind(self, number: NumberSpan, start: int, head_end: int, sent: Span, what: str = "troop") -> str:
        """What the sentence says happened to these troops: sent, authorized, present or withdrawn.

        In order: fixed constructions ("an additional N", "from N to M", "N strong", "leaves N",
        "N of the M", "a force that topped N"); a ceiling or a close withdrawal in the clause;
        the main verb after the head, past any relative clause ("troops sent there in June
        are back home"); a participle right after the head ("troops President Bush
        ordered"); then the nearest verb before an object, or after a subject.
        """
        doc, index = self.doc, self.index
        before = [t.lower_ for t in doc[max(sent.start, number.start - 2):number.start]]
        if any(w in ("additional", "another") for w in before) or (number.end < sent.end and doc[number.end].lower_ == "more"):
            return "sent"
        lead = [t.lower_ for t in doc[max(sent.start, start - 3):start]]
        if "from" in lead and head_end < sent.end and doc[head_end].lower_ == "to":
            return "present"  # "shrink from 6,000 troops to 3,000": both ends are standing totals
        if lead[-1:] == ["from"] and start - 2 >= sent.start and doc[start - 2].lower_ in CHANGE_WORDS:
            return "present"  # "has grown from fewer than 1,000", "down from 5,200"
        if lead[-1:] == ["to"] and any(
            t.lower_ in CHANGE_WORDS | TOTAL_WORDS for t in doc[max(sent.start, start - 8):start - 1]
        ):
            return "present"  # "cut back to fewer than 300", "raise the force at the post to about 2,000": the new total
        if what == "strong":
            return "present"  # "about 1,200 strong": the size of a force
        if lead[-1:] and lead[-1] in ("leaves", "leaving", "left"):
            return "present"  # "leaves about 2,000 Guard troops in the city": what remains
        if lead[-2:] in (["of", "the"], ["out", "of"], ["of", "about"]) or lead[-3:] == ["out", "of", "about"]:
            if find_numbers(doc, max(sent.start, start - 8), start):
                return "present"  # "2,000 of the roughly 4,000": the whole the part came from
        if self._collective_before(number.start, sent):
            return "present"  # "a force that topped 10,000", "a brigade of 1,892"
        if what == "anaphor" and (self._sentence_figures or self.last_kind):
            # "5,900 troops are deployed ..., roughly 2,800 of them in Texas"
            return self._sentence_figures[-1].kind if self._sentence_figures else self.last_kind
        if what == "bare" and self._sentence_figures and not self._own_verb(number, sent):
            return self._sentence_figures[-1].kind  # "7,400 were on duty ...: about 2,200 in New Jersey"
        if self._standby_after(head_end, sent):
            return "sent"  # "would remain on standby", "were placed on alert": troops ready to go are sent
        lo, hi = clause_bounds(doc, sent, start, head_end)
        if hi - lo <= (head_end - start) + 2:
            lo, hi = clause_bounds(doc, sent, max(sent.start, lo - 1), min(sent.end, hi + 1))  # "— about 1,500 —"
        cues = [
            c for c in index.in_range("KIND", lo, hi)
            if not (c.start >= start and c.end <= head_end) and index.covering("HEDGE", c.start) is None
        ]
        after = [c for c in cues if c.start >= head_end]
        before_cues = [c for c in cues if c.end <= start]
        if any(c.id == "authorized" and c.text.lower() not in WEAK_KIND and not self._authorizes_someone(c)
               for c in cues if _gap(c, start, head_end) <= 8):
            return "authorized"
        if any(c.id == "withdrawn" and c.text.lower() not in WEAK_KIND and _gap(c, start, head_end) <= 6 for c in cues):
            return "withdrawn"
        main = self._main_verb_kind(head_end, hi, sent)
        if main:
            return main
        if before_cues and before_cues[-1].text.lower() in DIRECTIVES and any(
            c.id == "withdrawn" and c.text.lower() not in WEAK_KIND and _gap(c, start, head_end) <= 12 for c in after
        ):
            return "withdrawn"  # "ordered the last 900 troops back to their home bases"
        if before_cues and before_cues[-1].text.lower() not in ADVERB_CUES and all(
            t.lower_ in ARTICLES for t in doc[before_cues[-1].end:start]
        ) and _gap(before_cues[-1], start, head_end) <= 1:
            return before_cues[-1].id  # the verb right before its object: "reinforce the 1,200 D.C. Guard members"
        close_after = [
            c for c in after
            if c.start - head_end <= 3 and c.text.lower() not in ADVERB_CUES and doc[c.start].lower_ not in PREPOSITIONS
        ]
        if close_after:
            return close_after[0].id  # "the 7,000 troops President Bush ordered to the coast"
        subject = self._is_subject(start, sent)
        ordered = (after + before_cues[::-1]) if subject else (before_cues[::-1] + after)
        if "to" == (doc[start - 1].lower_ if start > sent.start else "") and any(c.id == "present" for c in before_cues):
            return "present"  # "bringing the total to 4,100", "stands at"
        strong = [c for c in ordered if c.text.lower() not in ADVERB_CUES]
        chosen = strong[0] if strong else (ordered[0] if ordered else None)
        if chosen is not None and _gap(chosen, start, head_end) <= 12:
            return chosen.id
        return "sent"

    def _own_verb(self, number: NumberSpan, sent: Span) -> bool:
        """A kind cue within a few words of the number, its own verb."""
        lo, hi = max(sent.start, number.start - 6), min(sent.end, number.end + 8)
        return any(c.text.lower() not in ADVERB_CUES for c in self.index.in_range("KIND", lo, hi)
                   if self.index.covering("HEDGE", c.start) is None)

    def _authorizes_someone(self, cue) -> bool:
        """"authorizes Secretary of Defense Robert S. McNamara to ...": a person empowered, not a ceiling."""
        nxt = self.doc[cue.end] if cue.end < len(self.doc) else None
        return nxt is not None and nxt.is_title and not nxt.is_sent_start and self.index.at("TROOP", nxt.i) is None \
            and self.index.at("COMPONENT", nxt.i) is None

    def _standby_after(self, head_end: int, sent: Span) -> bool:
        """A standby or alert in the verb group right after the figure."""
        for k in range(head_end, min(sent.end, head_end + 5)):
            if self.doc[k].is_punct and self.doc[k].text != "-":
                return False
            if self.index.at("STANDBY", k) is not None:
                return True
        return False

    def _collective_before(self, start: int, sent: Span) -> bool:
        doc = self.doc
        j = start
        if j - 1 >= sent.start and doc[j - 1].lower_ in ("topped", "numbered", "totaled", "reached", "of"):
            j -= 1
            if j - 1 >= sent.start and doc[j - 1].lower_ == "that":
                j -= 1
            cue = self.index.ending_at("COLLECTIVE", j)
            return cue is not None and cue.text.lower() in ("force", "contingent", "brigade", "battalion", "total", "strength", "presence", "unit", "regiment", "division")
        return False

    def _main_verb_kind(self, head_end: int, clause_end: int, sent: Span) -> str | None:
        """The kind the clause's main verb gives a subject: past a relative clause or an
        appositive to the last auxiliary or copula before the clause ends."""
        doc = self.doc
        i = head_end
        if i < clause_end and doc[i].lower_ in COPULAS | {"from", "of", "in", "at", "with"}:
            return self._copula_kind(head_end, sent)
        starts_clause = i < clause_end and (doc[i].text == "," or doc[i].lower_ in ("who", "which", "that")
                                            or (self.index.at("KIND", i) is not None and doc[i].lower_.endswith(("ed", "sent", "flown"))))
        if not starts_clause:
            return None
        last = None
        for k in range(i, min(clause_end, i + 24)):
            if doc[k].lower_ in ("said", "says", "according"):
                break
            if doc[k].lower_ in AUXILIARIES:
                last = k
        if last is None:
            return None
        return self._copula_kind(last, sent, from_verb=True)

    def _copula_kind(self, head_end: int, sent: Span, from_verb: bool = False) -> str | None:
        """"troops are now in the city" (present), "troops were deployed in 1965" (sent),
        "troops could begin going home" (withdrawn)."""
        doc = self.doc
        i = head_end
        if i < sent.end and doc[i].lower_ in ("from", "of", "in", "at", "with"):
            k = i + 1
            while k < min(sent.end, i + 7) and not doc[k].is_punct and doc[k].lower_ not in COPULAS:
                k += 1
            i = k  # "3,900 Guard members from 11 states are now in the city"
        if i >= sent.end or doc[i].lower_ not in (AUXILIARIES if from_verb else COPULAS):
            return None
        tense = doc[i].lower_
        if tense not in COPULAS:
            for k in range(i + 1, min(sent.end, i + 6)):
                if doc[k].is_punct:
                    break
                cue = self.index.at("KIND", k)
                if cue is not None and cue.text.lower() not in ADVERB_CUES:
                    return cue.id  # "could begin going home", "have all returned to their home posts"
            return None
        j = i + 1
        while j < sent.end and doc[j].lower_ in ("now", "still", "already", "currently", "all", "also", "not", "being"):
            j += 1
        for k in range(j, min(sent.end, j + 4)):
            if doc[k].is_punct:
                break
            cue = self.index.at("KIND", k)
            if cue is not None and cue.text.lower() not in ADVERB_CUES:
                return cue.id  # "were placed on standby", "are being flown"
        if j < sent.end and doc[j].lower_ in PARTICIPLES:
            return "present" if tense in ("are", "is", "remain", "remains") else "sent"
        return "present"

    def _is_subject(self, start: int, sent: Span) -> bool:
        """Does the number (with its hedge) open its clause?"""
        i = start - 1
        while i >= sent.start and self.doc[i].lower_ in ("the", "a", "an", "some", "all", "of"):
            i -= 1
        if i < sent.start:
            return True
        token = self.doc[i]
        return token.is_punct or token.lower_ in SUBJECT_OPENERS

    def component(self, number: NumberSpan, found: str | None, sent: Span) -> str:
        """The component the words give, else the nearest named in the sentence; "primarily from
        the Guard" and other mixes are unspecified."""
        if found:
            return found
        if self._mixed(sent):
            return "unspecified"
        comps = [c for c in self.index.in_range("COMPONENT", sent.start, sent.end) if self.index.covering("COMMAND", c.start) is None]
        near = sorted(comps, key=lambda c: abs(c.start - number.start))
        if near and abs(near[0].start - number.start) <= 12:
            return near[0].id
        return "unspecified"

    # -- whole sentence --------------------------------------------------------------------
    def foreign(self, number: NumberSpan, sent: Span) -> bool:
        """Troops abroad: a foreign place in the clause, or in the sentence before when this one names no US place."""
        if sent.start > 0 and not any(sent.start <= i < sent.end for i in self.place_tokens):
            previous = sentence_at(self.doc, sent.start - 1)
            if self.index.in_range("FOREIGN", previous.start, previous.end) and not any(
                previous.start <= i < previous.end for i in self.place_tokens
            ):
                return True
        if self.abroad and self.index.in_range("FOREIGN", sent.start, sent.end):
            return True  # in a story about troops abroad, a foreign place anywhere in the sentence
        for cue in self.index.in_range("FOREIGN", sent.start, sent.end):
            lo, hi = sorted((cue.start, number.start))
            between = self.doc[lo:hi]
            if not any(t.text in (";", "—", "--") for t in between) and abs(cue.start - number.start) <= 20:
                return True
        return False

    def find(self, sent: Span, sent_no: int) -> list[Figure]:
        figures: list[Figure] = []
        self._sentence_figures = figures  # read by kind() for "N of them"
        previous = self.last_figure_sentence is not None and sent_no - self.last_figure_sentence <= 1
        if not previous and not self.index.in_range("TROOP", sent.start, sent.end) and not self.index.in_range("COMPONENT", sent.start, sent.end):
            return figures  # no troops named here or just before: no number can count them
        numbers = find_numbers(self.doc, sent.start, sent.end)
        previous_sentence = self.last_figure_sentence is not None and sent_no - self.last_figure_sentence <= 1
        for position, number in enumerate(numbers):
            if self.is_distractor(number, sent):
                continue
            what, head_end, component = self.head(number, sent)
            if what == "other":
                continue
            if what == "anaphor" and component is None:
                component = self._predicate_component(head_end, sent)
            if what == "bare" and component is None and head_end < sent.end \
                    and self.doc[head_end].lower_ in ("are", "were", "is", "was"):
                component = self._predicate_component(head_end, sent)  # "roughly 3,300 are Guard members"
            if what in ("bare", "anaphor", "strong"):
                antecedent = self._antecedent(number, sent, figures)
                if antecedent is None and what == "anaphor":
                    antecedent = self._troops_in_previous_sentence(sent)  # "The Guard members, who ... About 900 of them"
                if antecedent == "other" or (antecedent is None and not previous_sentence and not self._troop_after(number, sent)):
                    continue
                if what == "bare" and not self._bare_ok(number, sent):
                    continue
                if component is None:
                    if figures:
                        component = figures[-1].component
                    elif isinstance(antecedent, str) and antecedent not in ("troop", "other"):
                        component = antecedent
                    elif previous_sentence:
                        component = self.last_component
            if self.foreign(number, sent) or self.index.in_range("FORCE_STRUCTURE", sent.start, sent.end):
                continue  # troops abroad, or the size of the force rather than a deployment
            if self.abroad and not any(sent.start <= i < sent.end for i in self.place_tokens):
                continue  # an article about troops abroad: only figures tied to a US place count
            if not self.deployment_context(sent):
                continue
            if number.value >= 100_000 and not self.index.in_range("DEPLOY", sent.start, sent.end):
                continue  # "the Navy would grow to 347,000 sailors": the size of a service, not a deployment
            value = number.value
            nxt = numbers[position + 1] if position + 1 < len(numbers) else None
            if nxt and nxt.start - number.end <= 2 and value < 1000 <= nxt.value and nxt.value % 1000 == 0 and value * 1000 <= nxt.value:
                value *= 1000  # "between 10 and 15,000"
            qualifier, start = self.qualifier(number, sent)
            qualifier = self._range_qualifier(number, numbers, position, sent, qualifier)
            comp = self.component(number, component, sent)
            if comp == "unspecified" and what in ("troop", "bare", "anaphor") and not previous_sentence \
                    and not self._mixed(sent):
                comp = self._introduced_before(sent) or comp  # "Tennessee Guard soldiers began ... Roughly 150 soldiers arrived"
            kind = self.kind(number, start, head_end, sent, what)
            if figures and self._continues_list(figures[-1], start):
                kind = figures[-1].kind  # "2,200 troops in Texas, 1,650 in California and 1,350 in Arizona"
                if comp == "unspecified":
                    comp = figures[-1].component
            end = max(head_end, number.end)
            figure = Figure(value, qualifier, kind, comp, start, end, sent, head=what)
            figure.low, figure.high = interval(value, qualifier)
            figures.append(figure)
            self.last_component = comp
        if figures:
            self.last_figure_sentence = sent_no
            self.last_kind = figures[-1].kind
        return figures

    def _continues_list(self, previous: Figure, start: int) -> bool:
        """Nothing but places, prepositions and list punctuation between two figures."""
        if start - previous.end > 8:
            return False
        if self.index.in_range("KIND", previous.end, start):
            return False
        return all(
            t.is_punct or t.lower_ in ("and", "in", "at", "to", "from", "on", "of", "or", "with") or t.is_title
            for t in self.doc[previous.end:start]
        ) and not any(t.lower_ == "of" for t in self.doc[max(previous.end, start - 1):start])

    def _mixed(self, sent: Span) -> bool:
        return any(t.lower_ in ("primarily", "mostly", "largely", "mainly") for t in sent)

    def _antecedent(self, number: NumberSpan, sent: Span, figures: list[Figure]):
        """What the nearest noun before a bare number counts: a component id, "troop", "other" or None."""
        best, best_pos = None, -1
        for label in ("TROOP", "COMPONENT", "NONTROOP", "COLLECTIVE"):
            for cue in self.index.in_range(label, sent.start, number.start):
                if label == "NONTROOP" and cue.text.lower() not in PEOPLE:
                    continue
                if cue.end > best_pos or (cue.end == best_pos and label in ("TROOP", "COMPONENT")):
                    best_pos = cue.end
                    if label == "COMPONENT":
                        best = cue.id
                    elif label in ("TROOP", "COLLECTIVE"):
                        best = "troop" if label == "COLLECTIVE" or cue.id == "unspecified" else cue.id
                    else:
                        best = "other"
        for figure in figures:
            if figure.end > best_pos:
                best_pos, best = figure.end, figure.component
        return best

    def _introduced_before(self, sent: Span) -> str | None:
        """The one component named in the sentence before, when that sentence gave no figure."""
        if sent.start == 0:
            return None
        previous = sentence_at(self.doc, sent.start - 1)
        ids = {c.id for c in self.index.in_range("COMPONENT", previous.start, previous.end)
               if self.index.covering("COMMAND", c.start) is None}  # "U.S. Army North" names a command
        return ids.pop() if len(ids) == 1 else None

    def _troops_in_previous_sentence(self, sent: Span) -> str | None:
        """The component (or "troop") of troops named in the sentence before, for "N of them"."""
        if sent.start == 0:
            return None
        previous = sentence_at(self.doc, sent.start - 1)
        components = self.index.in_range("COMPONENT", previous.start, previous.end)
        if components:
            return components[-1].id
        troops = [c for c in self.index.in_range("TROOP", previous.start, previous.end) if not index_is_weak(c)]
        return "troop" if troops else None

    def _troop_after(self, number: NumberSpan, sent: Span) -> bool:
        return any(not index_is_weak(c) for c in self.index.in_range("TROOP", number.end, sent.end))

    def deployment_context(self, sent: Span) -> bool:
        """A troop count matters only near a sentence about a deployment, not about recruiting or budgets."""
        doc = self.doc
        neighbours = [sent]
        if sent.start > 0:
            neighbours.append(sentence_at(doc, sent.start - 1))
        if sent.end < len(doc):
            neighbours.append(sentence_at(doc, sent.end))
        return any(self._deployment_sentence(s) for s in neighbours)

    def _deployment_sentence(self, sent: Span) -> bool:
        index = self.index
        return bool(
            index.in_range("DEPLOY", sent.start, sent.end)
            or index.in_range("MISSION", sent.start, sent.end)
            or index.in_range("AGENCY", sent.start, sent.end)
            or any(sent.start <= i < sent.end for i in self.place_tokens)
        )

    def _bare_ok(self, number: NumberSpan, sent: Span) -> bool:
        doc = self.doc
        prev = doc[number.start - 1].lower_ if number.start > sent.start else ""
        if prev in ("at", "by", "on", "since", "in", "after", "before", "until", "through") and self.index.ending_at("HEDGE", number.start) is None:
            return False
        return True

    def _range_qualifier(self, number, numbers, position, sent, qualifier):
        """"between 2,000 and 4,000": the low end is at least, the high end up to; "from 2,400 to
        1,200" is a change between two totals, each as stated."""
        before = numbers[position - 1] if position > 0 else None
        after = numbers[position + 1] if position + 1 < len(numbers) else None
        if qualifier != "exact":
            return qualifier
        if after and self._joined(number, after, sent):
            return "at_least"
        if before and self._joined(before, number, sent):
            return "up_to"
        return qualifier

    def _joined(self, low: NumberSpan, high: NumberSpan, sent: Span) -> bool:
        """Two numbers joined as a range ("2,000 to 4,000"), not as a change "from ... to"."""
        doc = self.doc
        if high.start - low.end != 1 or doc[low.end].lower_ not in ("and", "to", "-", "–"):
            return False
        return not any(t.lower_ == "from" for t in doc[max(sent.start, low.start - 3):low.start])


# Kind cues too loose to decide alone: "left" may be "left for the border".
WEAK_KIND = {"leave", "leaves", "leaving", "left", "out of", "cut", "cuts", "number", "numbers", "count", "depart", "ends", "ending", "allowed for", "released", "release", "releases"}
ADVERB_CUES = {"already", "still", "now", "there", "currently", "in all", "have been", "has been", "had been", "were in", "are in"}
SUBJECT_OPENERS = {"and", "but", "while", "though", "although", "that", "when", "where", "as", "said", "says", "with", "which", "meaning", "then", "so"}
COPULAS = {"are", "is", "were", "was", "remain", "remains", "remained"}
AUXILIARIES = COPULAS | {"have", "has", "had", "will", "would", "could", "can", "may", "might", "should", "must"}
CHANGE_WORDS = {"grown", "grew", "risen", "rose", "fallen", "fell", "dropped", "down", "up", "increased", "decreased",
                "shrunk", "shrank", "climbed", "swelled", "expanded", "jumped", "doubled", "tripled"}
TOTAL_WORDS = {"cut", "back", "reduced", "scaled", "trimmed", "drawn", "raise", "raised", "raising", "increase",
               "increasing", "boost", "boosted", "boosting", "expand", "expanding", "lift", "lifts", "lifted"}
DIRECTIVES = {"ordered", "orders", "order", "told", "directed", "directs"}
PREPOSITIONS = {"on", "in", "at", "to", "from", "into", "along", "across", "there"}
PARTICIPLES = {"deployed", "stationed", "posted", "positioned", "based", "assigned", "mobilized", "activated",
               "called", "ordered", "sent", "rushed", "flown", "dispatched", "summoned"}


def _gap(cue, start: int, end: int) -> int:
    return start - cue.end if cue.end <= start else cue.start - end


def index_is_weak(cue) -> bool:
    return load_lexicon().is_weak(cue.label, cue.text)


def _merge_component(current: str | None, new: str) -> str:
    if current is None or current == new:
        return new
    return "unspecified"


def interval(count: int, qualifier: str) -> tuple[int, int | None]:
    """The range a hedged figure allows: "up to 1,500" is [0, 1500], "about 2,000" is [1800, 2200]."""
    if qualifier == "up_to":
        return 0, count
    if qualifier == "approx":
        return int(count * 0.9), int(round(count * 1.1))
    if qualifier == "at_least":
        return count, None
    if qualifier == "more_than":
        return count + 1, None
    if qualifier == "fewer_than":
        return 0, count - 1
    return count, count


def _is_ordinal(token) -> bool:
    text = token.lower_
    return len(text) > 2 and text[:-2].isdigit() and text[-2:] in ("st", "nd", "rd", "th")


def find_figures(doc: Doc, place_tokens: set[int] | None = None, abroad: bool = False) -> list[Figure]:
    """Troop figures of a doc. `abroad`: the article leads with troops abroad, so only figures
    tied to a US place in their own sentence count."""
    rules = FigureRules(doc, get_index(doc), place_tokens, abroad)
    figures: list[Figure] = []
    for sent_no, sent in enumerate(sentences(doc)):
        figures.extend(rules.find(sent, sent_no))
    return figures
