"""Load the domain knowledge shipped in `lexicons/`: patterns, abbreviations, citations.

Lexicon files are spaCy pattern JSONL (`label`, `pattern`, `id`) with optional extra
keys that the extractor reads and spaCy does not: `cased` (match the exact case, for
words like "Guard" that are also common verbs) and `weak` (a noun that names troops
only when the sentence already speaks of the military, like "members").
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

LEXICON_DIR = Path(__file__).parent / "lexicons"
PATTERN_FILES = (
    "troops", "components", "hedges", "kinds", "authorities", "missions",
    "agencies", "commands", "cues", "conditions",
)


@dataclass
class Lexicon:
    lower_patterns: list[dict] = field(default_factory=list)
    cased_patterns: list[dict] = field(default_factory=list)
    weak: set[tuple[str, str]] = field(default_factory=set)  # (label, lower text)
    abbreviations: list[str] = field(default_factory=list)
    authorities: dict[str, dict] = field(default_factory=dict)

    def is_weak(self, label: str, text: str) -> bool:
        return (label, text.lower()) in self.weak


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@lru_cache(maxsize=1)
def load_lexicon(directory: Path = LEXICON_DIR) -> Lexicon:
    lexicon = Lexicon()
    for name in PATTERN_FILES:
        path = directory / f"{name}.jsonl"
        if not path.exists():
            continue
        for entry in read_jsonl(path):
            pattern = {"label": entry["label"], "pattern": entry["pattern"]}
            if "id" in entry:
                pattern["id"] = entry["id"]
            target = lexicon.cased_patterns if entry.get("cased") else lexicon.lower_patterns
            target.append(pattern)
            if entry.get("weak"):
                lexicon.weak.add((entry["label"], str(entry["pattern"]).lower()))
    lexicon.abbreviations = [
        line.strip()
        for line in (directory / "abbreviations.txt").read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    lexicon.authorities = json.loads((directory / "authorities_meta.json").read_text(encoding="utf-8"))
    return lexicon
