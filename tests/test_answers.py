"""An as-of answer in words: numbers as a reporter prints them, the date and source of the number."""
from muster.answers import answer_line, long_date, staleness, troops


def test_troops_in_words():
    assert troops({"low": 1800, "high": 2200}) == "about 2,000"
    assert troops({"low": 0, "high": 1500}) == "0 to 1,500"
    assert troops({"low": 6001, "high": None}) == "at least 6,001"
    assert troops({"low": 0, "high": 0}) == "none"
    assert troops(None) == "unknown"
    assert long_date("2025-07-21") == "21 July 2025"


def test_answer_line_names_the_date_and_source_of_its_number():
    view = {"estimate": {"low": 1800, "high": 2200}, "estimate_date": "2025-07-21",
            "by_component": {"national_guard": {"low": 1800, "high": 2200}, "active_duty": {"low": 0, "high": 0}},
            "sources": [{"publisher": "Coast Times", "title": "Marines leave", "published": "2025-07-21"}],
            "days_since_report": 4, "as_of": "2025-07-25"}
    assert answer_line(view) == ("About 2,000 troops (active duty: none; National Guard: about 2,000) as of "
                                 "21 July 2025, from Coast Times, \u201cMarines leave\u201d (21 July 2025)")
    assert staleness(view) is None
    assert staleness({**view, "days_since_report": 98, "as_of": "2025-10-27"}) == \
        "no report since 21 July 2025 (98 days before 27 October 2025)"
