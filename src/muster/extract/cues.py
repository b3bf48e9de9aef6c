"""Index the lexicon spans of a Doc by label and position, so rules can ask "what is near token i"."""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from muster.extract.ruler import MATCHES_KEY


@dataclass
class Cue:
    label: str
    id: str  # canonical code, "" when the pattern has none
    start: int  # token offsets in the doc
    end: int
    doc: Doc

    @property
    def span(self) -> Span:
        return self.doc[self.start:self.end]

    @property
    def text(self) -> str:
        return self.doc[self.start:self.end].text


@dataclass
class CueIndex:
    """Lexicon matches of one doc, longest match kept where two of one label overlap."""

    by_label: dict[str, list[Cue]] = field(default_factory=dict)
    starts: dict[int, list[Cue]] = field(default_factory=dict)

    @classmethod
    def from_doc(cls, doc: Doc) -> "CueIndex":
        """From the raw matches the cue ruler left in `doc.user_data` (no Span objects to build)."""
        raw = doc.user_data.get(MATCHES_KEY, [])
        index = cls()
        grouped: dict[str, list[tuple]] = {}
        for match in raw:
            grouped.setdefault(match[0], []).append(match)
        for label, group in grouped.items():
            group.sort(key=lambda m: (m[2], m[2] - m[3]))
            kept: list[Cue] = []
            last_end = -1
            for _, code, start, end in group:
                if start < last_end:
                    continue  # inside a longer match of the same label
                kept.append(Cue(label, code, start, end, doc))
                last_end = end
            index.by_label[label] = kept
            for cue in kept:
                index.starts.setdefault(cue.start, []).append(cue)
        return index

    def in_range(self, label: str, start: int, end: int) -> list[Cue]:
        """Cues of a label lying wholly inside tokens [start, end)."""
        return [c for c in self.by_label.get(label, ()) if c.start >= start and c.end <= end]

    def at(self, label: str, start: int) -> Cue | None:
        for cue in self.starts.get(start, ()):
            if cue.label == label:
                return cue
        return None

    def ending_at(self, label: str, end: int) -> Cue | None:
        best = None
        for cue in self.by_label.get(label, ()):
            if cue.end == end and (best is None or cue.start < best.start):
                best = cue
        return best

    def covering(self, label: str, i: int) -> Cue | None:
        for cue in self.by_label.get(label, ()):
            if cue.start <= i < cue.end:
                return cue
        return None


def get_index(doc: Doc) -> CueIndex:
    index = doc.user_data.get("muster_cues")
    if index is None:
        index = doc.user_data["muster_cues"] = CueIndex.from_doc(doc)
    return index
