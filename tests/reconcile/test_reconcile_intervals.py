from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

from muster.reconcile import intervals as iv


@pytest.mark.parametrize("qualifier, expected", [
    ("exact", (1500, 1500)), ("approx", (1350, 1650)), ("up_to", (0, 1500)),
    ("at_least", (1500, None)), ("more_than", (1501, None)), ("fewer_than", (0, 1499)), (None, (1500, 1500)),
])
def test_from_qualifier(qualifier, expected):
    assert iv.from_qualifier(1500, qualifier) == expected


def test_a_figure_keeps_its_own_bounds():
    assert iv.of_figure({"count": 2000, "qualifier": "approx", "low": 1800, "high": 2200}) == (1800, 2200)
    assert iv.of_figure({"count": 4000, "qualifier": "more_than", "low": 4001, "high": None}) == (4001, None)
    assert iv.of_figure({"count": 4000, "qualifier": "more_than"}) == (4001, None)


def test_a_ceiling_is_its_number():
    assert iv.of_ceiling({"count": 4000, "qualifier": "up_to", "low": 0, "high": 4000}) == (4000, 4000)
    assert iv.of_ceiling({"count": 4000, "qualifier": "more_than"}) == (4001, None)


def test_combine_narrows_agreeing_reports_and_flags_disagreeing_ones():
    assert iv.combine([(0, 1500), (1350, 1650)]) == ((1350, 1500), False)
    assert iv.combine([(300, None), (0, 400)]) == ((300, 400), False)
    assert iv.combine([(5400, 6600), (8100, 9900)]) == ((5400, 9900), True)


def test_subtract_never_goes_below_zero():
    assert iv.subtract((6750, 8250), (2500, 2500)) == (4250, 5750)
    assert iv.subtract((700, 700), (1000, 1000)) == (0, 0)
    assert iv.subtract((5601, None), (1800, 2200)) == (3401, None)


def test_shift_moves_a_whole_with_its_part():
    assert iv.shift((4700, 4700), (4000, 4000), (300, 300)) == (1000, 1000)


bounds = st.tuples(st.integers(0, 10_000), st.integers(0, 10_000) | st.none()).map(
    lambda t: (t[0], None if t[1] is None else t[0] + t[1]))


@given(bounds, bounds)
def test_operations_keep_low_at_most_high(a, b):
    for result in (iv.add(a, b), iv.subtract(a, b), iv.raise_to(a, b), iv.hull([a, b])):
        assert result[0] >= 0
        assert result[1] is None or result[0] <= result[1]
    if iv.overlaps(a, b):
        low, high = iv.intersect(a, b)
        assert high is None or low <= high
