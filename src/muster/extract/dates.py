"""Event dates: "on Wednesday", "Jan. 20", "last month", resolved against the publication date."""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
_MONTH_DAY = re.compile(
    r"\b(Jan(?:uary)?|Feb(?:ruary)?|March|Mar\.|April|Apr\.|May|June|July|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+(\d{1,2})(?:,\s*(\d{4}))?\b"
)
_WEEKDAY = re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
_RELATIVE = re.compile(r"\b(yesterday|today|tonight|last week|last month|this week|next week|a week ago|two weeks ago)\b", re.I)


def parse_published(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return _dateparser_date(str(value))


@lru_cache(maxsize=4096)
def _dateparser_date(text: str, base: dt.date | None = None) -> dt.date | None:
    import dateparser

    settings = {"PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False}
    if base is not None:
        settings["RELATIVE_BASE"] = dt.datetime.combine(base, dt.time())
    parsed = dateparser.parse(text, languages=["en"], settings=settings)
    return parsed.date() if parsed else None


_DEADLINE = re.compile(r"(?:through|until|till|by|before|to|ends?|expires?)\s+$", re.I)
_FUTURE = re.compile(r"\b(will|would|scheduled|expected|next|plans?|due|set to|to begin|could)\b", re.I)


def _nearest(pattern: re.Pattern, sentence: str, near: int | None):
    """The match nearest the figure, leaving out deadlines ("through Sept. 30", "by Friday")."""
    matches = [m for m in pattern.finditer(sentence) if not _DEADLINE.search(sentence[max(0, m.start() - 12):m.start()])]
    if not matches:
        return None
    if near is None:
        return matches[0]
    return min(matches, key=lambda m: abs(m.start() - near))


def event_date(sentence: str, published: dt.date | None, near: int | None = None) -> dt.date | None:
    """The date the sentence's action happened (the date expression nearest the figure at
    character `near`), or the publication date when it names none."""
    if published is None:
        return None
    match = _nearest(_MONTH_DAY, sentence, near)
    if match:
        month = MONTHS[match.group(1)[:4].lower().rstrip(".")[:4] if match.group(1)[:4].lower().startswith("sept") else match.group(1)[:3].lower()]
        year = int(match.group(3)) if match.group(3) else published.year
        try:
            day = dt.date(year, month, int(match.group(2)))
        except ValueError:
            return published
        if not match.group(3) and day > published + dt.timedelta(days=200):
            day = day.replace(year=year - 1)
        return day
    match = _nearest(_WEEKDAY, sentence, near)
    if match:
        target = WEEKDAYS.index(match.group(1).lower())
        if _FUTURE.search(sentence[max(0, match.start() - 30):match.start()]):
            ahead = (target - published.weekday()) % 7
            return published + dt.timedelta(days=ahead)  # "are scheduled to leave Tuesday"
        delta = (published.weekday() - target) % 7
        return published - dt.timedelta(days=delta)
    match = _nearest(_RELATIVE, sentence, near)
    if match:
        return _dateparser_date(match.group(1).lower(), published) or published
    return published
