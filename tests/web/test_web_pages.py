"""The HTML pages: rendered from the same query functions as the API, readable without JavaScript."""
from __future__ import annotations

import re

import pytest

NOTE = "This is a question for legal review, not a conclusion."


@pytest.fixture(scope="module")
def deployments(client):
    return client.get("/api/deployments?limit=500").json()["items"]


def test_list_page_has_labelled_filters_a_map_and_every_deployment(client, deployments):
    html = client.get("/deployments").text
    for control in ("f-place", "f-component", "f-authority", "f-status", "f-since", "f-until"):
        assert f'<label for="{control}">' in html and f'id="{control}"' in html
    assert '<svg class="map"' in html and 'href="/static/us-states.svg"' in html
    for d in deployments:
        assert f'href="/deployments/{d["id"]}"' in html
    assert NOTE in html
    assert client.get("/").text == html


def test_list_page_filters(client, deployments):
    html = client.get("/deployments?place=Los+Angeles").text
    shown = set(re.findall(r'<th scope="row"><a href="/deployments/(dep-[0-9a-f]+)"', html))
    assert shown == {d["id"] for d in deployments if d["theatre"] == "los_angeles"}  # the theatre, not troops from there
    bad = client.get("/deployments?since=yesterday")
    assert bad.status_code == 422 and "ISO date" in bad.text


def test_deployment_page(client, deployments):
    la = next(d for d in deployments if d["theatre"] == "los_angeles")
    html = client.get(f"/deployments/{la['id']}").text
    assert '<svg class="chart"' in html
    figure_links = re.findall(r'<a href="(/articles/[^"]+)" class="figure"', html)
    assert len(figure_links) >= la["figures"] - 1 and all("?mark=" in link for link in figure_links)
    for heading in ("Timeline", "Places", "Missions", "Agencies supported", "Legal authorities", "Legal questions",
                    "Source articles"):
        assert f">{heading}</h2>" in html, heading
    assert "Mentioned, not invoked" in html and NOTE in html
    assert client.get("/deployments/dep-nope").status_code == 404


def test_article_page_marks_every_fact_and_escapes_markup(client):
    article = client.get("/api/articles/web-test-portland").json()
    html = client.get("/articles/web-test-portland").text
    assert "<script>alert" not in html and "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in html
    assert "Guard &lt;b&gt;troops&lt;/b&gt; &amp;" in html and "Test Wire &lt;script&gt;" in html
    for item in article["claims"] + article["facts"]:
        anchor = "ev-" + re.sub(r"[^0-9A-Za-z_-]", ".", item["key"])
        assert f'id="{anchor}"' in html, item["key"]
    assert html.count('class="tag tag-') == len(article["claims"]) + len(article["facts"])


def test_article_page_marks_the_chosen_figure_and_its_sentence(client):
    claim = client.get("/api/articles/web-test-portland").json()["claims"][0]
    html = client.get(claim["evidence"]["url"].split("#")[0]).text
    selected = re.search(r'<mark class="ev[^"]* selected[^"]*" data-keys="[^"]*">([^<]*)</mark>', html)
    assert selected and selected.group(1) in claim["evidence"]["text"]
    assert 'class="sentence-selected"' in html


def test_search_page(client):
    html = client.get("/search?q=marines").text
    assert '<label for="q">' in html and "<mark>" in html and 'href="/articles/' in html
    assert "article" in client.get("/search").text


def test_list_and_deployment_pages_answer_as_of_a_date(client, deployments):
    la = next(d for d in deployments if d["theatre"] == "los_angeles")
    html = client.get("/deployments?as_of=2025-06-15&place=Los+Angeles").text
    assert "Troops as of 2025-06-15" in html
    assert "troops" in html and "as of 10 June 2025" in html  # the date the number is from
    page = client.get(f"/deployments/{la['id']}?as_of=2025-06-15").text
    assert "As of 2025-06-15" in page and "as of 10 June 2025" in page
    today = client.get(f"/deployments/{la['id']}").text
    assert "no report since" in today  # long after its last report: said, not a bare "under way"
    assert client.get("/deployments?as_of=June").status_code == 422
