"""Pieces of the web app on their own: projection, marking, search syntax, the estimate's evidence."""
from __future__ import annotations

import pytest

from muster.store.deployment_views import supporting
from muster.web.albers import project
from muster.web.highlight import Span, marked
from muster.web.search import fts5_query, unmark

# d3.geoAlbersUsa().scale(1300).translate([487.5, 305]) of these [lon, lat], computed with d3-geo 3
D3 = [
    ((-118.24, 34.05), (86.86761574608869, 363.1838130556713)),
    ((-77.04, 38.9), (827.408180082494, 267.48769036408737)),
    ((-106.42, 31.78), (298.3357441576311, 452.37316914590303)),
    ((-149.9, 61.2), (112.28746916946169, 544.421841061888)),
    ((-157.86, 21.3), (266.9232373931075, 549.3457205460381)),
    ((-67.79, 47.1), (929.4987267094357, 49.05195031874723)),
]


@pytest.mark.parametrize("lonlat, xy", D3)
def test_albers_usa_matches_d3(lonlat, xy):
    x, y = project(lonlat[1], lonlat[0])
    assert x == pytest.approx(xy[0], abs=1e-6) and y == pytest.approx(xy[1], abs=1e-6)


def test_albers_usa_leaves_out_places_abroad():
    assert project(51.5, -0.12) is None and project(19.4, -99.1) is None


def test_marking_overlapping_spans_escapes_everything():
    text = "About <1,500> Guard & troops"
    spans = [Span(0, 13, "a#f0", "figure", "figure 1,500"), Span(14, 19, "a#x0", "agency", "x <y>")]
    html = str(marked(text, spans + [Span(6, 19, "a#x1", "place", "p")], selected="a#f0", sentence=(0, len(text))))
    assert "&lt;1,500&gt;" in html and "&amp; troops" in html and "x &lt;y&gt;" in html
    assert html.count('id="ev-a.f0"') == 1 and 'class="ev ev-figure ev-place selected overlap"' in html
    assert html.count('<span class="sentence-selected">') >= 3


@pytest.mark.parametrize("query, expected", [
    ("marines", '"marines"'),
    ("national guard", '"national" AND "guard"'),
    ('"national guard" -marines', '("national guard") NOT "marines"'),
    ("border OR city", '("border" OR "city")'),
    ('NEAR( "unbalanced', '"NEAR" AND "unbalanced"'),
    ("* - '", ""),
])
def test_fts5_query_quotes_every_word(query, expected):
    assert fts5_query(query) == expected


def test_unmark():
    assert unmark("a \ue000b\ue001 c \ue000d\ue001") == ("a b c d", [[2, 3], [6, 7]])


def test_estimate_evidence_is_each_parts_latest_total_and_changes_since():
    timeline = [
        {"claims": [{"claim": "a#f0", "sentence": "s0"}],
         "changes": [{"op": "set", "component": None, "state": None, "claims": ["a#f0"]}]},
        {"claims": [{"claim": "b#f1", "sentence": "s1"}],
         "changes": [{"op": "set", "component": None, "state": None, "claims": ["b#f1"]}]},
        {"claims": [{"claim": "c#f0", "sentence": "s2"}, {"claim": "c#f1", "sentence": "s3"}],
         "changes": [{"op": "add", "component": None, "state": None, "claims": ["c#f0"]},
                     {"op": "ceiling", "component": None, "state": None, "claims": ["c#f1"]}]},
    ]
    assert supporting(timeline, ("set", "add", "subtract", "at least"), "set") == [("c", 0, "s2"), ("b", 1, "s1")]
    assert supporting(timeline, ("ceiling", "ceiling add"), "ceiling") == [("c", 1, "s3")]
