import datetime as dt

import pytest

from muster.extract.dates import event_date, parse_published

MONDAY = dt.date(2018, 4, 9)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The governor said on Friday that 250 troops would go.", dt.date(2018, 4, 6)),
        ("Another 113 are scheduled to leave Tuesday.", dt.date(2018, 4, 10)),
        ("The first 225 left on Monday.", MONDAY),
        ("Mattis authorized up to 4,000 Guard members on April 6.", dt.date(2018, 4, 6)),
        ("The Guard will stay through Sept. 30, officials said of the 4,000 troops.", MONDAY),
        ("The troops arrived last week.", dt.date(2018, 4, 2)),
        ("No date is named here.", MONDAY),
        ("The orders of Dec. 15, 2017 sent 300 troops.", dt.date(2017, 12, 15)),
    ],
)
def test_event_dates_resolve_against_publication(sentence, expected):
    assert event_date(sentence, MONDAY) == expected


def test_the_date_nearest_the_figure_wins():
    sentence = "On Monday 225 troops left, and on Friday another 300 followed."
    assert event_date(sentence, MONDAY, near=sentence.index("300")) == dt.date(2018, 4, 6)
    assert event_date(sentence, MONDAY, near=sentence.index("225")) == MONDAY


@pytest.mark.parametrize("value, expected", [("2025-01-22", dt.date(2025, 1, 22)), ("2025-01-22T10:00:00Z", dt.date(2025, 1, 22)), (None, None)])
def test_publication_dates(value, expected):
    assert parse_published(value) == expected
