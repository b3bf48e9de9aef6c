"""The cue ruler: one spaCy component that marks every lexicon phrase in a doc.

Like spaCy's SpanRuler, but with two PhraseMatchers, one on lower case and one on exact
case ("Guard" the component, not "guard" the verb), and no token Matcher: phrase matching
keeps extraction fast on long articles. Matches go to `doc.user_data["muster_matches"]` as
(label, code, start, end) tuples; `cue_spans(doc)` gives them as labelled Spans.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

MATCHES_KEY = "muster_matches"  # doc.user_data: (label, code, start, end) tuples


class CueRuler:
    def __init__(self, nlp: Language, name: str = "muster_cues") -> None:
        self.name = name
        self.lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.cased = PhraseMatcher(nlp.vocab, attr="ORTH")
        self._keys: dict[str, tuple[str, str]] = {}  # match key -> (label, id)
        self._nlp = nlp

    def add_patterns(self, patterns: list[dict], *, cased: bool = False) -> None:
        """spaCy-style phrase patterns: {"label": ..., "pattern": "text", "id": ...}."""
        matcher = self.cased if cased else self.lower
        grouped: dict[str, list[Doc]] = {}
        for entry in patterns:
            label, code = entry["label"], entry.get("id", "")
            key = f"{label}\x1f{code}"
            self._keys[key] = (label, code)
            grouped.setdefault(key, []).append(self._nlp.make_doc(entry["pattern"]))
        for key, docs in grouped.items():
            matcher.add(key, docs)

    def __call__(self, doc: Doc) -> Doc:
        strings = doc.vocab.strings
        matches = set()
        for matcher in (self.lower, self.cased):
            for match_id, start, end in matcher(doc):
                label, code = self._keys[strings[match_id]]
                matches.add((label, code, start, end))
        doc.user_data[MATCHES_KEY] = sorted(matches, key=lambda m: (m[2], m[3], m[0]))
        return doc


def cue_spans(doc: Doc) -> list[Span]:
    """The ruler's matches as labelled spaCy Spans (span.id_ is the canonical code), for display
    and debugging. The rules read the raw tuples instead: building Spans for every match of every
    article costs more than the matching."""
    return [Span(doc, start, end, label=label, span_id=code) for label, code, start, end in doc.user_data.get(MATCHES_KEY, [])]


@Language.factory("muster_cues")
def make_cue_ruler(nlp: Language, name: str) -> CueRuler:
    return CueRuler(nlp, name)
