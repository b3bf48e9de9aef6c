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


def event_date(sentence: str, published: dt.date | None) -> dt.date | None:
    """The date the sentence's action happened, or the publication date when it names none."""
    if published is None:
        return None
    match = _MONTH_DAY.search(sentence)
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
    match = _WEEKDAY.search(sentence)
    if match:
        target = WEEKDAYS.index(match.group(1).lower())
        delta = (published.weekday() - target) % 7
        return published - dt.timedelta(days=delta)
    match = _RELATIVE.search(sentence)
    if match:
        return _dateparser_date(match.group(1).lower(), published) or published
    return published
