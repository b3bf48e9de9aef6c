"""Dates normalized to ISO: a day stays a day, a time keeps its zone, guesses are refused."""
import time
from datetime import date, datetime, timezone

import pytest

from muster.sources.dates import dateline_date, iso_date


@pytest.mark.parametrize(
    "given, expected",
    [
        ("2018-10-29", "2018-10-29"),
        ("Oct. 29, 2018", "2018-10-29"),
        ("29 October 2018", "2018-10-29"),
        ("Mon, 29 Oct 2018 14:00:00 GMT", "2018-10-29T14:00:00+00:00"),
        ("2025-09-28T14:30:00-07:00", "2025-09-28T14:30:00-07:00"),
        ("2018-10-29T00:00:00Z", "2018-10-29T00:00:00+00:00"),
        ("October 2018", "2018-10"),
        ("2018", "2018"),
        ("29 octobre 2018", "2018-10-29"),
        ("October 29", None),
        ("yesterday", None),
        ("three weeks ago", None),
        ("not a date", None),
        ("", None),
        (None, None),
        (1540771200, "2018-10-29T00:00:00+00:00"),
        (1540771200000, "2018-10-29T00:00:00+00:00"),
        (True, None),
        (date(2018, 10, 29), "2018-10-29"),
        (datetime(2018, 10, 29, 9, 30, tzinfo=timezone.utc), "2018-10-29T09:30:00+00:00"),
        (time.struct_time((2018, 10, 29, 14, 0, 0, 0, 302, 0)), "2018-10-29T14:00:00+00:00"),
    ],
)
def test_iso_date(given, expected):
    assert iso_date(given) == expected


@pytest.mark.parametrize(
    "opening, expected",
    [
        ("WASHINGTON (Wire Desk), Oct. 2, 2024 — The Pentagon said", "2024-10-02"),
        ("EL PASO, Texas, Jan. 24, 2025 (Wire Desk) -- Soldiers", "2025-01-24"),
        ("NEW ORLEANS, 3 September 2005 – Guard trucks", "2005-09-03"),
        ("March 9, 2021 — The last Guard members", "2021-03-09"),
        # a date inside the story's first clause is an event, not a dateline
        ("Troops arrived on Oct. 2, 2024, and then — hours later — left", None),
        ("LOS ANGELES — On June 7, 2025 the president signed", None),
        # a dateline without a year cannot be placed
        ("PORTLAND, Ore., Sept. 28 — Troops", None),
        ("No dateline here. Troops arrived in 2020.", None),
    ],
)
def test_dateline_date_reads_only_the_dateline(opening, expected):
    assert dateline_date(opening) == expected
