import pytest

from muster.extract.numbers import parse_number


@pytest.mark.parametrize(
    "tokens, value",
    [
        (["1,500"], 1500),
        (["1500"], 1500),
        (["1.5k"], 1500),
        (["2", "thousand"], 2000),
        (["1.5", "million"], 1_500_000),
        (["fifteen", "hundred"], 1500),
        (["two", "thousand"], 2000),
        (["twenty", "-", "nine", "thousand"], 29000),
        (["Four", "thousand"], 4000),
        (["three", "hundred", "and", "fifty"], 350),
        (["seven"], 7),
    ],
)
def test_parse_number(tokens, value):
    assert parse_number(tokens) == value


@pytest.mark.parametrize("tokens", [["troops"], [], ["hundreds"], ["1.5"]])
def test_not_a_whole_number(tokens):
    assert parse_number(tokens) is None
