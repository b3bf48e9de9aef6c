from __future__ import annotations

import pytest

from muster.reconcile import state_code, theatre_of
from muster.reconcile.places import adhoc_theatre, gazetteer, place_kind


@pytest.mark.parametrize("place, theatre", [
    ("southern border", "southern_border"),
    ("El Paso, TX", "southern_border"),
    ("Fort Bliss, TX", "southern_border"),
    ("Texas", "southern_border"),
    ("Arizona-Mexico border", "southern_border"),
    ("northern border", "northern_border"),
    ("Los Angeles, CA", "los_angeles"),
    ("Paramount, CA", "los_angeles"),
    ("Washington, DC", "washington_dc"),
    ("New Orleans, LA", "gulf_coast"),
    ("Gulfport, MS", "gulf_coast"),
    ("Portland, OR", "portland"),
    ("Broadview, IL", "chicago"),
    ("Kenosha, WI", None),
    ("California", None),
    (None, None),
])
def test_theatre_of(place, theatre):
    assert theatre_of(place) == theatre


def test_a_state_is_a_weak_match():
    assert gazetteer().match("Texas").strength == "state"
    assert gazetteer().match("El Paso, TX").strength == "place"
    assert gazetteer().match("southern border").core


@pytest.mark.parametrize("place, code", [
    ("El Paso, TX", "TX"), ("West Virginia", "WV"), ("Washington, DC", "DC"), ("District of Columbia", "DC"),
    ("Washington, D.C.", "DC"), ("southern border", None), ("Fort Bliss, TX", "TX"),
])
def test_state_code(place, code):
    assert state_code(place) == code


def test_a_place_no_theatre_holds_gets_a_theatre_of_its_own():
    theatre = adhoc_theatre("Kenosha, WI")
    assert (theatre.id, theatre.name, theatre.us_states, theatre.adhoc) == ("place:kenosha_wi", "Kenosha, WI", ("WI",), True)


@pytest.mark.parametrize("place, kind", [
    ("Fort Bliss, TX", "base"), ("El Paso, TX", "city"), ("Texas", "state"), ("southern border", "border"),
])
def test_place_kind(place, kind):
    assert place_kind(place) == kind
