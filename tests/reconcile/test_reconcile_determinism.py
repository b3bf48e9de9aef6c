"""Same records, any order, same deployments."""
from __future__ import annotations

import json
import random

from hypothesis import given, settings, strategies as st

from muster.reconcile import reconcile
from stories import BORDER_2018, BORDER_2025, DC_2025, IRRELEVANT, LOS_ANGELES_2025

ALL = BORDER_2025 + LOS_ANGELES_2025 + BORDER_2018 + DC_2025 + [IRRELEVANT]


def dump(deployments):
    return json.dumps(deployments, sort_keys=True)


def test_shuffled_input_same_output():
    expected = dump(reconcile(ALL))
    rng = random.Random(4)
    for _ in range(20):
        records = ALL[:]
        rng.shuffle(records)
        assert dump(reconcile(records)) == expected


@settings(max_examples=30, deadline=None)
@given(st.permutations(ALL))
def test_any_order_same_output(records):
    assert dump(reconcile(records)) == dump(reconcile(ALL))


def test_running_twice_gives_the_same_ids():
    assert [d["id"] for d in reconcile(ALL)] == [d["id"] for d in reconcile(list(reversed(ALL)))]


def test_input_is_not_changed():
    records = json.loads(json.dumps(ALL))
    reconcile(records)
    assert records == json.loads(json.dumps(ALL))
