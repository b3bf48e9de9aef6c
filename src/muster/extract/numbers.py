"""Read the numbers reporters write: "1,500", "1.5k", "fifteen hundred", "twenty-nine thousand".

`parse_number` is pure and works on a list of token texts, so the spaCy component
and the tests share it.
"""
from __future__ import annotations

import re

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19,
}
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}
SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
SUFFIXES = {"k": 1000, "m": 1_000_000}
NUMBER_WORDS = set(UNITS) | set(TENS) | set(SCALES)

_DIGITS = re.compile(r"^\d{1,3}(,\d{3})+$|^\d+$|^\d*\.\d+$")
_SUFFIXED = re.compile(r"^(\d+(?:\.\d+)?)([kKmM])$")


def digits_value(text: str) -> float | None:
    """The value of one digit token: "1,500" -> 1500, "1.5k" -> 1500, "12" -> 12."""
    match = _SUFFIXED.match(text)
    if match:
        return float(match.group(1)) * SUFFIXES[match.group(2).lower()]
    if _DIGITS.match(text):
        return float(text.replace(",", ""))
    return None


def words_value(words: list[str]) -> int | None:
    """The value of number words: ["fifteen", "hundred"] -> 1500. None when not a number."""
    total, current, seen = 0, 0, False
    for word in words:
        word = word.lower()
        if word in ("-", "and"):
            continue
        if word in UNITS:
            current += UNITS[word]
        elif word in TENS:
            current += TENS[word]
        elif word == "hundred":
            current = (current or 1) * 100
        elif word in SCALES:
            total += (current or 1) * SCALES[word]
            current = 0
        else:
            return None
        seen = True
    return total + current if seen else None


def parse_number(tokens: list[str]) -> int | None:
    """The integer that a run of tokens states, or None.

    A digit token may be followed by a scale word ("1.5 million", "2 thousand").
    """
    if not tokens:
        return None
    first = digits_value(tokens[0])
    if first is not None:
        scale = 1
        for word in tokens[1:]:
            if word.lower() in SCALES:
                scale *= SCALES[word.lower()]
            else:
                return None
        value = first * scale
        return int(round(value)) if value == int(round(value)) or scale > 1 else None
    value = words_value(tokens)
    return value
