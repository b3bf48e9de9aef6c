"""A keyword scan (Aho-Corasick) that lets only articles which can matter reach spaCy."""
from __future__ import annotations

import ahocorasick

from muster.extract.lexicon import LEXICON_DIR


class Prefilter:
    def __init__(self, keywords: list[str]) -> None:
        self.automaton = ahocorasick.Automaton()
        for word in keywords:
            self.automaton.add_word(word.lower(), word)
        self.automaton.make_automaton()

    @classmethod
    def default(cls) -> "Prefilter":
        path = LEXICON_DIR / "prefilter.txt"
        words = [w.strip() for w in path.read_text(encoding="utf-8").splitlines() if w.strip() and not w.startswith("#")]
        return cls(words)

    def may_be_relevant(self, text: str) -> bool:
        for _ in self.automaton.iter(text.lower()):
            return True
        return False
