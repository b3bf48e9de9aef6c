"""Dates as sources give them, normalized to ISO 8601: a date, or a date-time when a time was given."""
from __future__ import annotations

import re
import time
from datetime import date, datetime, timezone

import dateparser
from dateutil import parser as dateutil_parser

# Parsing twice with two different defaults shows which parts the source really gave.
_DEFAULT_A = datetime(2000, 1, 1, 0, 0, 0)
_DEFAULT_B = datetime(2001, 2, 2, 1, 1, 1)
_DATEPARSER_SETTINGS = {"PARSERS": ["timestamp", "absolute-time"], "STRICT_PARSING": True}


def iso_date(value: object) -> str | None:
    """ISO form of a date in any common form; None when there is none or it cannot be read.

    A date alone stays a date ('2018-10-29'); a date with a time keeps the time and
    any zone ('2018-10-29T14:00:00+00:00'). Relative phrases ('yesterday') are refused:
    they depend on the day the file is read.
    """
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time.struct_time):
        return datetime(*value[:6], tzinfo=timezone.utc).isoformat()
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return _from_timestamp(value)
    if isinstance(value, str):
        return _from_string(value.strip())
    return None


def _from_timestamp(value: float) -> str | None:
    """Seconds (or milliseconds, as JavaScript writes them) since 1970, in UTC."""
    if value > 1e11:
        value /= 1000
    try:
        return datetime.fromtimestamp(value, tz=timezone.utc).isoformat()
    except (OverflowError, OSError, ValueError):
        return None


def _from_string(text: str) -> str | None:
    if not text:
        return None
    try:
        a = dateutil_parser.parse(text, default=_DEFAULT_A)
        b = dateutil_parser.parse(text, default=_DEFAULT_B)
    except (ValueError, OverflowError, TypeError):
        return _with_dateparser(text)
    if a.year != b.year:
        return None  # 'October 29' cannot be placed in a year
    if a.month != b.month:
        return f"{a.year:04d}"
    if a.day != b.day:
        return f"{a.year:04d}-{a.month:02d}"
    if (a.hour, a.minute, a.second) != (b.hour, b.minute, b.second):
        return a.date().isoformat()
    return a.isoformat()


def _with_dateparser(text: str) -> str | None:
    """The fallback for forms dateutil does not know, in English and other languages."""
    found = dateparser.parse(text, settings=_DATEPARSER_SETTINGS)
    if found is None:
        return None
    if (found.hour, found.minute, found.second, found.microsecond) == (0, 0, 0, 0):
        return found.date().isoformat()
    return found.isoformat()


# A dateline is the article's opening up to its dash: "WASHINGTON (AP), Oct. 2, 2024 —".
_DATELINE_END = re.compile(r"\s(?:—|–|--|-)\s|\s?(?:—|–)")
_DATELINE_LIMIT = 160
_DATELINE_TAIL = re.compile(r"\s*(?:\([^()]{1,40}\))?\s*[,:]?\s*")
_MONTH_DAY_YEAR = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}\b"
    r"|\b\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?,?\s+\d{4}\b"
    r"|\b\d{4}-\d{2}-\d{2}\b"
)


def dateline_date(text: str) -> str | None:
    """The full date a wire-style dateline gives, as ISO; None where the opening has none.

    Only the opening before the dateline's dash is read, so a date later in the
    story (an event's date, a background year) is never taken for the publication.
    """
    opening = text.lstrip()[:_DATELINE_LIMIT]
    end = _DATELINE_END.search(opening)
    if end is None:
        return None
    head = opening[: end.start()]
    found = None
    for found in _MONTH_DAY_YEAR.finditer(head):
        pass
    if found is None or not _DATELINE_TAIL.fullmatch(head[found.end():]):
        return None  # a dateline ends with its date (and perhaps the agency), not a clause
    value = iso_date(found.group(0))
    return value if value is not None and len(value) == 10 else None
