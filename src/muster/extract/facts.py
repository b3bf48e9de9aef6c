"""Article facts: authorities (invoked or merely mentioned), missions (stated or denied),
agencies supported and commands named, each with the span that says so."""
from __future__ import annotations

import re

from dataclasses import dataclass

from spacy.tokens import Doc, Span

from muster.extract.lexicon import load_lexicon
from muster.extract.cues import Cue, CueIndex, get_index
from muster.extract.sentences import clause_bounds, doc_text, sentence_at

CLAUSE_BREAKS = {";", "—", "--", ":"}
# Authorities that name a limit or a condition, never a basis the government acts on.
NEVER_INVOKED = {"posse_comitatus"}
# Duty statuses: named for the troops, they are the status the troops serve in unless negated.
STATUSES = {"title_32", "state_active_duty"}
# Patterns that only mean an authority when the sentence speaks of the Guard.
NEEDS_GUARD = {"federalized", "federalize", "federalizing", "federalization", "into federal service",
               "called into federal service", "call into federal service", "calling into federal service",
               "under federal command", "under federal control", "federal command"}


@dataclass
class Fact:
    type: str
    value: str
    status: str
    start: int
    end: int
    sentence: Span


def _clause_window(doc: Doc, sent: Span, start: int, before: int) -> Span:
    """Up to `before` tokens left of `start`, stopping at a clause break."""
    lo = max(sent.start, start - before)
    for i in range(start - 1, lo - 1, -1):
        if doc[i].text in CLAUSE_BREAKS:
            lo = i + 1
            break
    return doc[lo:start]


def _comma_window(doc: Doc, sent: Span, start: int, before: int) -> Span:
    """Like the clause window, but a comma ends it too: "not covered by it, so they can help
    police keep order" does not deny keeping order."""
    window = _clause_window(doc, sent, start, before)
    lo = window.start
    for i in range(start - 1, window.start - 1, -1):
        if doc[i].text == ",":
            lo = i + 1
            break
    return doc[lo:start]


def _has_cue(index: CueIndex, label: str, window: Span) -> bool:
    return bool(index.in_range(label, window.start, window.end))


def military_sentence(index: CueIndex, sent: Span) -> bool:
    return bool(index.in_range("MILITARY", sent.start, sent.end) or index.in_range("TROOP", sent.start, sent.end))


def find_authorities(doc: Doc, index: CueIndex) -> list[Fact]:
    facts = []
    for cue in index.by_label.get("AUTHORITY", []):
        sent = sentence_at(doc, cue.start)
        text = cue.text.lower()
        if text in NEEDS_GUARD and not any(c.id == "national_guard" for c in index.in_range("COMPONENT", sent.start, sent.end)):
            continue
        facts.append(Fact("authority", cue.id, _authority_status(doc, index, cue, sent), cue.start, cue.end, sent))
    return facts


MODALS = {"could", "would", "can", "may", "might", "should"}


def _authority_status(doc: Doc, index: CueIndex, cue: Cue, sent: Span) -> str:
    """Invoked when the clause says the government acted under it, mentioned otherwise.

    The clause is read back from the mention to the last comma or clause break (ten
    tokens at most): a negation, a hypothetical or a threat there ("did not invoke",
    "weighed invoking", "could invoke", "bypassing") makes it a mention; so does a modal
    right after it ("Under 12406, he can call ...").
    """
    if cue.id in NEVER_INVOKED:
        return "mentioned"
    if index.in_range("CONTRAST", sent.start, cue.start):
        return "mentioned"  # "Unlike the missions Washington paid for under Title 32, ..."
    lo = max(sent.start, cue.start - 15)
    for i in range(cue.start - 1, lo - 1, -1):
        if doc[i].text in CLAUSE_BREAKS or doc[i].text == ",":
            lo = i + 1
            break
    if index.in_range("NOT_INVOKED", lo, cue.start):
        return "mentioned"
    after = doc[cue.end:min(sent.end, cue.end + 5)]
    if any(t.text in MODALS for t in after):  # lower-case only: "May 1" is a date
        return "mentioned"
    if index.in_range("INVOKED", lo, cue.end) or any(t.lower_ == "status" for t in doc[cue.end:min(sent.end, cue.end + 2)]):
        return "invoked"
    if cue.id in STATUSES:
        return "invoked"  # a duty status named for the troops is the status they serve in
    return "mentioned"


SECTIONS = re.compile(r"\b[Ss]ections? (?:25[1-5]|33[1-5])(?:(?:,|, and| and| through| to|-) ?(?:25[1-5]|33[1-5]))*")


def find_section_numbers(doc: Doc, index: CueIndex) -> list[Fact]:
    """The Insurrection Act cited by its sections ("Sections 332, 333 and 334 of Title 10")."""
    facts = []
    for match in SECTIONS.finditer(doc_text(doc)):
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is None or index.covering("AUTHORITY", span.start) is not None:
            continue
        sent = sentence_at(doc, span.start)
        if not re.search(r"Title 10|U\.S\.C\.|United States Code|U\.S\. Code|insurrection", sent.text, re.I):
            continue
        cue = Cue("AUTHORITY", "insurrection_act", span.start, span.end, doc)
        facts.append(Fact("authority", "insurrection_act", _authority_status(doc, index, cue, sent), span.start, span.end, sent))
    return facts


def find_guard_status(doc: Doc, index: CueIndex) -> list[Fact]:
    """Title 32 described without its name: the governors command while Washington pays."""
    facts = []
    for cue in index.by_label.get("STATE_COMMAND", []):
        sent = sentence_at(doc, cue.start)
        pay = index.in_range("FEDERAL_PAY", sent.start, sent.end)
        if pay:
            start, end = min(cue.start, pay[0].start), max(cue.end, pay[0].end)
            status = "mentioned" if index.in_range("NOT_INVOKED", sent.start, start) else "invoked"
            facts.append(Fact("authority", "title_32", status, start, end, sent))
    return facts


def find_missions(doc: Doc, index: CueIndex) -> list[Fact]:
    """Missions stated for the troops: in a sentence about them (or right after one), not in a
    sentence describing a statute, and not denied ("will not make arrests")."""
    facts = []
    mentions = _mission_mentions(doc, index)
    spotting = {sentence_at(doc, s).start for code, s, e in mentions
                if code == "detection_monitoring" and doc[s:e].text.lower() in AERIAL_LOOKING}
    for code, start, end in mentions:
        sent = sentence_at(doc, start)
        if _inside_a_name(doc, start, end) or _means_of_travel(doc, start):
            continue  # "Federal Aviation Administration", "flown in by helicopter"
        if code == "aviation" and sent.start in spotting:
            continue  # flying to look is aerial reconnaissance, coded as detection and monitoring
        if sent.text.rstrip().endswith("?") or not _about_troops(doc, index, sent):
            continue
        if _describes_a_law(doc, index, sent, start):
            continue  # "the Posse Comitatus Act bars troops from arrests" describes a law, not a mission
        if index.in_range("AGENCY", max(0, start - 4), min(len(doc), end + 4)) and any(
            a.start <= start and end <= a.end for a in index.in_range("AGENCY", max(0, start - 4), min(len(doc), end + 4))
        ):
            continue  # "Department of Public Safety" names an agency, not a task
        if code == "law_enforcement" and end < len(doc) and doc[end].lower_ in ("officers", "agencies", "agency", "personnel", "agents", "officials"):
            continue  # "law enforcement officers" are people, not a task
        if load_lexicon().is_weak("MISSION", doc[start:end].text) and not index.in_range("TASK", sent.start, sent.end):
            continue  # "rows of tents behind the fence line" describes a scene, not a task
        window = _clause_window(doc, sent, start, 20)
        if _has_cue(index, "MISSION_BLOCK", window):
            continue  # training, what a court forbids, what a request was refused
        status = "denied" if _has_cue(index, "DENIED", _comma_window(doc, sent, start, 12)) else "stated"
        facts.append(Fact("mission", code, status, start, end, sent))
    return facts


# Flying in order to look: aerial reconnaissance, which the guidelines code as detection and monitoring.
AERIAL_LOOKING = {"scout", "scouting", "scout the", "reconnaissance flights", "spot stranded", "map the damage",
                  "mapping the damage", "aerial reconnaissance", "flying reconnaissance"}


def _inside_a_name(doc: Doc, start: int, end: int) -> bool:
    """A capitalized mission word inside a proper name: "Metropolitan Transportation Authority"."""
    if not doc[start].text[:1].isupper() or doc[start].is_sent_start:
        return False
    before = doc[start - 1] if start > 0 else None
    after = doc[end] if end < len(doc) else None
    return bool((before is not None and before.is_title and not before.is_sent_start) or (after is not None and after.is_title))


def _means_of_travel(doc: Doc, start: int) -> bool:
    """How the troops got there, not what they do: "carried by helicopter", "aboard cargo planes"."""
    before = [t.lower_ for t in doc[max(0, start - 3):start]]
    return bool(before) and (before[-1] in ("by", "aboard", "via") or "aboard" in before)


def _mission_mentions(doc: Doc, index: CueIndex) -> list[tuple[str, int, int]]:
    """Lexicon missions, plus protection said as a verb and its object: "protect ICE officers"."""
    found = [(cue.id, cue.start, cue.end) for cue in index.by_label.get("MISSION", [])]
    for verb in index.by_label.get("PROTECT_VERB", []):
        if verb.text[0].isupper() and verb.text.lower() == "guard":
            continue  # "Guard" is the National Guard
        sent = sentence_at(doc, verb.start)
        window = (verb.end, min(sent.end, verb.end + 10))
        targets = index.in_range("PROTECTED", *window)
        areas = index.in_range("SECURED_AREA", verb.end, min(sent.end, verb.end + 4))
        if targets:
            found.append(("protection", verb.start, targets[0].end))
        elif areas:
            found.append(("security_support", verb.start, areas[0].end))  # "help secure the downtown area"
    for agency in index.by_label.get("AGENCY", []):
        # "back up the city police", "helping local police": a general security mission
        sent = sentence_at(doc, agency.start)
        if agency.id == "local_police" and index.in_range("BACKUP", max(sent.start, agency.start - 5), agency.start):
            found.append(("security_support", agency.start, agency.end))
    return found


def _describes_a_law(doc: Doc, index: CueIndex, sent: Span, start: int) -> bool:
    """A mission word in the clause of a statute that is only mentioned, not relied on."""
    lo, hi = clause_bounds(doc, sent, start, start)
    for cue in index.in_range("AUTHORITY", lo, hi):
        if _authority_status(doc, index, cue, sent) == "mentioned":
            return True
    return False


def _pronoun_subject(sent: Span) -> bool:
    """"They" or "their" early in a sentence of a deployment article: the troops."""
    return any(t.lower_ in ("they", "their", "troops") for t in sent[:12])


def _about_troops(doc: Doc, index: CueIndex, sent: Span) -> bool:
    if military_sentence(index, sent) or _pronoun_subject(sent):
        return True
    if sent.start > 0:
        previous = sentence_at(doc, sent.start - 1)
        return military_sentence(index, previous) and any(
            t.lower_ in ("that", "this", "it", "its", "they", "their", "those", "includes", "including") for t in sent[:4])
    return False


def find_agencies(doc: Doc, index: CueIndex) -> list[Fact]:
    """Agencies the troops support: named in a sentence about troops, next to a word of support
    ("in support of CBP", "backing up D.C. police", "the Homeland Security Department's request"),
    and not as a person's title ("Homeland Security Secretary") or a statistic's source."""
    facts = []
    for cue in index.by_label.get("AGENCY", []):
        sent = sentence_at(doc, cue.start)
        if not _about_troops(doc, index, sent):
            continue
        if cue.start > 0 and doc[cue.start - 1].text in ("Military", "military"):
            continue  # "Military Police Brigade"
        if index.at("AGENCY_NOT_SUPPORTED", cue.end) is not None:
            continue
        lo, hi = max(sent.start, cue.start - 8), min(sent.end, cue.end + 8)
        listed = cue.start > sent.start and doc[cue.start - 1].lower_ == "including" and index.in_range("SUPPORT", sent.start, cue.start)
        if not index.in_range("SUPPORT", lo, hi) and not listed:
            continue  # "protecting federal personnel ..., including ICE officers" is support too
        facts.append(Fact("agency", cue.id, "stated", cue.start, cue.end, sent))
    return facts


TASK_FORCE = re.compile(r"\b(?:Joint )?Task Force(?:-| )(?:\d+\b|[A-Z][\w.]*(?:[- ][A-Z][\w.]*){0,2})")
# Other headquarters as articles name them: "Joint Force Land Component Command", "Fifth U.S. Army".
OTHER_COMMAND = re.compile(
    r"\b(?:Joint Force (?:[A-Z][a-z]+ ){1,3}Command|(?:First|Second|Third|Fourth|Fifth|Sixth) U\.S\. Army|"
    r"(?:U\.S\. )?(?:[A-Z][a-z]+ )+Military District(?: of [A-Z][a-z]+)?)"
)


def find_commands(doc: Doc, index: CueIndex) -> list[Fact]:
    """Known commands by their aliases, plus any other task force or headquarters as the article names it."""
    facts = [
        Fact("command", cue.id, "stated", cue.start, cue.end, sentence_at(doc, cue.start))
        for cue in index.by_label.get("COMMAND", [])
    ]
    known = {i for f in facts for i in range(f.start, f.end)}
    text = doc_text(doc)
    for pattern in (TASK_FORCE, OTHER_COMMAND):
        for match in pattern.finditer(text):
            span = doc.char_span(match.start(), match.end(), alignment_mode="contract")
            if span is None or any(i in known for i in range(span.start, span.end)):
                continue
            sentence = sentence_at(doc, span.start)
            if span.end <= sentence.end:
                facts.append(Fact("command", span.text.replace("United States", "U.S."), "stated", span.start, span.end, sentence))
                known.update(range(span.start, span.end))
    return facts


# Conditions said by or of a governor need one in the sentence; the rest stand alone.
NEEDS_WHO = {"governor_objection", "governor_consent", "governor_request"}
NEEDS_GUARD_CONDITION = {"federalized"}
NEEDS_DECLARATION = {"invasion_declared"}  # a declared invasion, not the word


def find_conditions(doc: Doc, index: CueIndex) -> list[Fact]:
    """What the law rules need to know: a governor's objection, consent or request, a declared
    invasion, a military zone, a federalization. Negated or foreign mentions are skipped
    ("migration is not an invasion", "Russia's invasion of Ukraine")."""
    facts = []
    for cue in index.by_label.get("CONDITION", []):
        sent = sentence_at(doc, cue.start)
        if cue.id in NEEDS_WHO and not index.in_range("CONDITION_WHO", sent.start, sent.end):
            continue
        if cue.id in NEEDS_DECLARATION and not index.in_range("DECLARATION", sent.start, sent.end):
            continue  # "calling the caravans an invasion" is rhetoric; a declaration is a reported act
        if cue.id in NEEDS_GUARD_CONDITION and not any(
            c.id == "national_guard" for c in index.in_range("COMPONENT", sent.start, sent.end)
        ):
            continue
        if index.in_range("FOREIGN", sent.start, sent.end):
            continue
        before = doc[max(sent.start, cue.start - 4):cue.start]
        if any(t.lower_ in ("not", "no", "n't", "never") for t in before):
            continue
        if _describes_a_law(doc, index, sent, cue.start) or any(t.text in ("can", "could", "would", "lets", "allows") for t in doc[max(sent.start, cue.start - 8):cue.start]):
            continue  # "12406 lets a president federalize the Guard to repel an invasion": a statute, not an event
        value = cue.id
        if value == "governor_request" and any(t.lower_ == "without" for t in before):
            value = "governor_objection"
        facts.append(Fact("condition", value, "stated", cue.start, cue.end, sent))
    return facts


# Federalization phrases that mean 12406 only when no Insurrection Act order is the basis.
GENERIC_FEDERALIZATION = {"into federal service", "called into federal service", "call into federal service",
                          "calling into federal service", "federalized under title 10", "title 10 federal service"}


def _drop_generic_federalization(facts: list[Fact]) -> list[Fact]:
    """Under an invoked Insurrection Act the Guard is federalized by that order, not by 12406."""
    if not any(f.type == "authority" and f.value == "insurrection_act" and f.status == "invoked" for f in facts):
        return facts
    doc = facts[0].sentence.doc
    return [f for f in facts if not (f.value == "title_10_12406" and doc[f.start:f.end].text.lower() in GENERIC_FEDERALIZATION)]


def find_facts(doc: Doc) -> list[Fact]:
    index = get_index(doc)
    return _drop_generic_federalization(find_authorities(doc, index) + find_section_numbers(doc, index) + find_guard_status(doc, index)) + find_missions(doc, index) + find_agencies(doc, index) + find_commands(doc, index) + find_conditions(doc, index)
