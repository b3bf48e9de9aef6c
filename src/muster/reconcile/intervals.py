"""Troop numbers as intervals: (low, high), high None when there is no upper bound.

"up to 1,500" is (0, 1500), "about 2,000" is (1800, 2200), "more than 4,000" is
(4001, None). Everything in reconciliation works on these; nothing averages.
"""
from __future__ import annotations

from typing import Any

Interval = tuple[int, "int | None"]

APPROX = 0.10  # "about 2,000" is 2,000 give or take a tenth, when the record gives no bounds


def from_qualifier(count: int, qualifier: str | None) -> Interval:
    """The interval a hedge implies, for figures that came without `low`/`high`."""
    if qualifier == "approx":
        spread = round(count * APPROX)
        return (max(0, count - spread), count + spread)
    if qualifier == "up_to":
        return (0, count)
    if qualifier == "at_least":
        return (count, None)
    if qualifier == "more_than":
        return (count + 1, None)
    if qualifier == "fewer_than":
        return (0, max(0, count - 1))
    return (count, count)


def of_figure(figure: dict[str, Any]) -> Interval:
    """A figure's interval: its own `low`/`high` when it has them, else its qualifier's."""
    count = int(figure["count"])
    default = from_qualifier(count, figure.get("qualifier"))
    low = figure.get("low")
    high = figure.get("high") if "high" in figure else default[1]
    if low is None:
        low, high = default
    if high is not None and high < low:
        return default
    return (int(low), None if high is None else int(high))


def of_level(figure: dict[str, Any], floor_share: float) -> Interval:
    """A standing force given with a cap ("fewer than 1,000 strong", "up to 300 remain"):
    reporters cap a force with the round number just above it, so the level is taken
    as between `floor_share` of that number and the number, not anywhere down to zero."""
    low, high = of_figure(figure)
    if figure.get("qualifier") in ("up_to", "fewer_than") and high is not None and low == 0:
        return (int(high * floor_share), high)
    return (low, high)


def of_ceiling(figure: dict[str, Any]) -> Interval:
    """An authorized figure as a ceiling: "up to 4,000 authorized" is a ceiling of 4,000.

    A ceiling is written "up to" by nature, so `up_to` and `exact` give the number
    itself; other hedges ("about 4,000", "more than 4,000") keep their interval.
    """
    if figure.get("qualifier") in (None, "exact", "up_to"):
        count = int(figure["count"])
        return (count, count)
    return of_figure(figure)


def overlaps(a: Interval, b: Interval) -> bool:
    return (a[1] is None or b[0] <= a[1]) and (b[1] is None or a[0] <= b[1])


def intersect(a: Interval, b: Interval) -> Interval:
    """The common part of two overlapping intervals."""
    low = max(a[0], b[0])
    high = _min_high(a[1], b[1])
    return (low, high)


def hull(intervals: list[Interval]) -> Interval:
    """The smallest interval holding all of them: how far apart disagreeing reports are."""
    low = min(i[0] for i in intervals)
    high = None if any(i[1] is None for i in intervals) else max(i[1] for i in intervals)  # type: ignore[type-var]
    return (low, high)


def add(a: Interval, b: Interval) -> Interval:
    return (a[0] + b[0], None if a[1] is None or b[1] is None else a[1] + b[1])


def subtract(a: Interval, b: Interval) -> Interval:
    """What is left of `a` after `b` leave: never below zero."""
    low = 0 if b[1] is None else max(0, a[0] - b[1])
    high = None if a[1] is None else max(0, a[1] - b[0])
    return (min(low, high) if high is not None else low, high)


def raise_to(a: Interval, b: Interval) -> Interval:
    """At least as many as both: the envelope of `a` and a floor `b`."""
    low = max(a[0], b[0])
    if a[1] is None:
        high = b[1] if b[1] is not None and b[1] >= low else None
    elif b[1] is None:
        high = a[1] if a[1] >= low else None
    else:
        high = max(a[1], b[1])
    return (low, high)


def shift(a: Interval, old: Interval, new: Interval) -> Interval:
    """`a` after a part of it changed from `old` to `new`, end by end (the part's
    uncertainty moves with it rather than adding up)."""
    low = max(0, a[0] + new[0] - old[0])
    if a[1] is None or old[1] is None or new[1] is None:
        high = None if a[1] is None or new[1] is None else a[1]
    else:
        high = max(0, a[1] + new[1] - old[1])
    if high is not None and high < low:
        high = low
    return (low, high)


def total(intervals: list[Interval]) -> Interval | None:
    if not intervals:
        return None
    result = intervals[0]
    for interval in intervals[1:]:
        result = add(result, interval)
    return result


def combine(intervals: list[Interval]) -> tuple[Interval, bool]:
    """One interval for several reports of one quantity, and whether they disagree.

    Reports that overlap narrow each other to their common part; reports that do
    not are kept apart by the caller, and the estimate spans them (the hull).
    """
    if all(overlaps(a, b) for i, a in enumerate(intervals) for b in intervals[i + 1:]):
        result = intervals[0]
        for interval in intervals[1:]:
            result = intersect(result, interval)
        return result, False
    return hull(intervals), True


def as_dict(interval: Interval | None) -> dict[str, int | None] | None:
    if interval is None:
        return None
    return {"low": interval[0], "high": interval[1]}


def from_dict(value: dict[str, Any] | None) -> Interval | None:
    if value is None:
        return None
    return (value["low"], value["high"])


def _min_high(a: int | None, b: int | None) -> int | None:
    if a is None:
        return b
    if b is None:
        return a
    return min(a, b)
