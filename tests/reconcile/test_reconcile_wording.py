from __future__ import annotations

import pytest

from muster.reconcile.wording import is_additional, says_total_after, status_words


def figure(sentence, words):
    at = sentence.index(words)
    return {"evidence": {"sentence": sentence, "sentence_start": 100, "start": 100 + at, "end": 100 + at + len(words)}}


@pytest.mark.parametrize("sentence, words, expected", [
    ("The Pentagon is sending an additional 1,500 troops.", "1,500 troops", True),
    ("Officials ordered 2,000 more Guard troops to the city.", "2,000", True),
    ("Another 700 Marines will follow.", "700 Marines", True),
    ("More than 1,500 troops were sent to the border.", "1,500 troops", False),
    ("The Pentagon sent 1,500 troops, officials said, and the governor wants more information "
     "about the mission before anything else is decided.", "1,500 troops", False),
])
def test_additional_looks_near_the_figure(sentence, words, expected):
    assert is_additional(figure(sentence, words)) is expected


def test_total_after():
    assert says_total_after("An additional 500 troops will go, bringing the total to 4,000.")
    assert not says_total_after("The 500 troops will join the 3,500 already there.")


@pytest.mark.parametrize("text, expected", [
    ("The Pentagon extended the deployment through Sept. 30.", ["extended"]),
    ("The deployment has not been extended.", []),
    ("Officials said there are no plans to withdraw the troops.", []),
    ("The last troops have left the city and the mission has ended.", ["ended"]),
    ("The 1992 deployment ended after two weeks.", []),
    ("The first soldiers arrived on Sunday.", ["under way"]),
])
def test_status_words(text, expected):
    assert status_words(text, year=2025) == expected
