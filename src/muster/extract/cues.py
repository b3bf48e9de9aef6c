"""Index the lexicon spans of a Doc by label and position, so rules can ask "what is near token i"."""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span


@dataclass
class Cue:
    label: str
    id: str  # canonical code, "" when the pattern has none
    start: int  # token offsets in the doc
    end: int
    span: Span

    @property
    def text(self) -> str:
        return self.span.text


@dataclass
class CueIndex:
    """Lexicon matches of one doc, longest match kept where two of one label overlap."""

    by_label: dict[str, list[Cue]] = field(default_factory=dict)
    starts: dict[int, list[Cue]] = field(default_factory=dict)

    @classmethod
    def from_doc(cls, doc: Doc, key: str = "cues") -> "CueIndex":
        index = cls()
        spans = doc.spans[key] if key in doc.spans else []
        grouped: dict[str, list[Span]] = {}
        for span in spans:
            grouped.setdefault(span.label_, []).append(span)
        for label, group in grouped.items():
            group.sort(key=lambda s: (s.start, -(s.end - s.start)))
            kept: list[Cue] = []
            last_end = -1
            for span in group:
                if span.start < last_end:
                    continue  # inside a longer match of the same label
                kept.append(Cue(label, span.id_, span.start, span.end, span))
                last_end = span.end
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
