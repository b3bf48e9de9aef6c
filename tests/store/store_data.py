"""Small articles and records written for the store tests."""
from __future__ import annotations

import copy

from muster.article import Article


def make_article(n: int, **changes) -> Article:
    """An article of its own, numbered so that each has its own text."""
    values = {
        "id": f"art-{n:03d}",
        "title": f"Guard unit {n} sent to the border",
        "text": f"About {n * 100} National Guard troops were sent to the southern border on day {n}.",
        "published": "2025-01-22",
        "url": f"https://news.example/{n}",
        "publisher": "Example News",
        "source": f"fixtures.jsonl:{n}",
    }
    return Article(**(values | changes))


BORDER_TEXT = (
    "The Pentagon is sending up to 1,500 active-duty troops to the southern border, "
    "officials said Wednesday. About 2,500 National Guard troops from Texas are already there. "
    "The troops will provide logistics and transportation support to CBP."
)

BORDER = Article(
    id="border-001",
    title="Pentagon sending 1,500 troops to the border",
    text=BORDER_TEXT,
    published="2025-01-22",
    url="https://news.example/border-001",
    publisher="Example News",
    source="fixtures/border-001.json",
)


def _evidence(words: str, sentence: str) -> dict:
    sentence_start = BORDER_TEXT.index(sentence)
    start = BORDER_TEXT.index(words)
    return {
        "field": "text",
        "start": start,
        "end": start + len(words),
        "text": words,
        "sentence": sentence,
        "sentence_start": sentence_start,
    }


_FIRST = "The Pentagon is sending up to 1,500 active-duty troops to the southern border, officials said Wednesday."
_SECOND = "About 2,500 National Guard troops from Texas are already there."
_THIRD = "The troops will provide logistics and transportation support to CBP."

BORDER_RECORD = {
    "id": "border-001",
    "title": "Pentagon sending 1,500 troops to the border",
    "published": "2025-01-22",
    "relevant": True,
    "figures": [
        {
            "count": 1500, "qualifier": "up_to", "kind": "sent", "component": "active_duty",
            "low": 0, "high": 1500, "state": None, "place": "southern border",
            "event_date": "2025-01-22", "background": False,
            "evidence": _evidence("up to 1,500 active-duty troops", _FIRST),
        },
        {
            "count": 2500, "qualifier": "approx", "kind": "present", "component": "national_guard",
            "low": 2250, "high": 2750, "state": "Texas", "place": "southern border",
            "event_date": None, "background": True,
            "evidence": _evidence("About 2,500 National Guard troops", _SECOND),
        },
    ],
    "authorities": [],
    "invoked": [],
    "missions": ["logistics", "transportation"],
    "agencies": ["CBP"],
    "commands": [],
    "places": ["southern border"],
    "facts": [
        {"type": "mission", "value": "logistics", "status": "stated",
         "evidence": _evidence("logistics", _THIRD)},
        {"type": "mission", "value": "transportation", "status": "stated",
         "evidence": _evidence("transportation", _THIRD)},
        {"type": "agency", "value": "CBP", "status": "stated",
         "evidence": _evidence("CBP", _THIRD)},
        {"type": "place", "value": "southern border", "status": "stated",
         "lat": 31.76, "lon": -106.49, "place_kind": "border",
         "evidence": _evidence("southern border", _FIRST)},
    ],
}


def border_record() -> dict:
    """A fresh copy of the border article's record, safe to change."""
    return copy.deepcopy(BORDER_RECORD)
