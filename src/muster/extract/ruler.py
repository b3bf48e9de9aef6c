"""The cue ruler: one spaCy component that marks every lexicon phrase in a doc.

Like spaCy's SpanRuler, but with two PhraseMatchers, one on lower case and one on exact
case ("Guard" the component, not "guard" the verb), and no token Matcher: phrase matching
keeps extraction fast on long articles. Matches go to `doc.spans["cues"]`, labelled, with
the canonical code as the span id.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

SPANS_KEY = "cues"


class CueRuler:
    def __init__(self, nlp: Language, name: str = "muster_cues", *, spans_key: str = SPANS_KEY) -> None:
        self.name = name
        self.spans_key = spans_key
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
        spans = []
        seen = set()
        for matcher in (self.lower, self.cased):
            for match_id, start, end in matcher(doc):
                label, code = self._keys[strings[match_id]]
                if (label, code, start, end) in seen:
                    continue
                seen.add((label, code, start, end))
                spans.append(Span(doc, start, end, label=label, span_id=code))
        doc.spans[self.spans_key] = spans
        return doc


@Language.factory("muster_cues", default_config={"spans_key": SPANS_KEY})
def make_cue_ruler(nlp: Language, name: str, spans_key: str) -> CueRuler:
    return CueRuler(nlp, name, spans_key=spans_key)
