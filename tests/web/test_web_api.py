"""The JSON API on SQLite and PostgreSQL: pagination, filters, 404s, and evidence on every figure."""
from __future__ import annotations

from urllib.parse import quote

import pytest

from web_paging import all_pages

NOTE = "This is a question for legal review, not a conclusion."


def article_text(client, article_id: str, cache: dict = {}) -> dict:
    key = (id(client), article_id)
    if key not in cache:
        response = client.get(f"/api/articles/{quote(article_id, safe='')}")
        assert response.status_code == 200, response.text
        cache[key] = response.json()
    return cache[key]


def assert_evidence(client, evidence: dict) -> None:
    """The evidence names an article whose field holds the words at the offsets, inside the sentence."""
    assert evidence["article_id"] and evidence["key"].startswith(evidence["article_id"] + "#")
    article = article_text(client, evidence["article_id"])
    field = article[evidence["field"]]
    assert field[evidence["start"]:evidence["end"]] == evidence["text"]
    sentence_start = evidence["sentence_start"]
    assert field[sentence_start:sentence_start + len(evidence["sentence"])] == evidence["sentence"]
    assert sentence_start <= evidence["start"] and evidence["end"] <= sentence_start + len(evidence["sentence"])
    assert evidence["url"].startswith("/articles/")


@pytest.fixture(scope="module")
def deployments(client):
    return all_pages(client, "/api/deployments?limit=500")


def test_deployments_list_newest_first_with_evidence(client, deployments):
    assert len(deployments) >= 4
    last = [d["last_report"] for d in deployments]
    assert last == sorted(last, reverse=True)
    for d in deployments:
        assert d["links"]["self"] == f"/api/deployments/{d['id']}"
        if d["estimate"]:
            assert d["estimate"]["evidence"], d["id"]
            for evidence in d["estimate"]["evidence"]:
                assert_evidence(client, evidence)


def test_deployments_pagination_follows_next_links(client, deployments):
    first = client.get("/api/deployments?limit=1").json()
    assert first["total"] == len(deployments) and len(first["items"]) == 1
    assert first["next"] == "/api/deployments?limit=1&offset=1"
    paged = all_pages(client, "/api/deployments?limit=1")
    assert [d["id"] for d in paged] == [d["id"] for d in deployments]
    beyond = client.get(f"/api/deployments?offset={len(deployments)}").json()
    assert beyond["items"] == [] and beyond["next"] is None


@pytest.mark.parametrize("query, check", [
    ("place=Los%20Angeles", lambda d: d["theatre"] == "los_angeles"),  # the theatre, not troops from there
    ("component=national_guard", lambda d: "national_guard" in d["components"]),
    ("authority=title_10_12406", lambda d: "title_10_12406" in d["authorities"]["invoked"]),
    ("status=under%20way", lambda d: d["status"] == "under way"),
    ("since=2025-06-01", lambda d: d["last_report"] >= "2025-06-01"),
    ("until=2025-02-01", lambda d: d["first_report"] <= "2025-02-01"),
])
def test_deployment_filters(client, deployments, query, check):
    body = client.get(f"/api/deployments?{query}&limit=500").json()
    expected = [d["id"] for d in deployments if check(d)]
    assert expected, f"no deployment to test {query} on"
    assert [d["id"] for d in body["items"]] == expected
    assert body["filters"]


@pytest.mark.parametrize("query", ["since=June", "limit=0", "limit=501", "offset=-1"])
def test_bad_parameters_are_422(client, query):
    assert client.get(f"/api/deployments?{query}").status_code == 422


def test_unknown_ids_are_404(client):
    for url in ("/api/deployments/dep-nope", "/api/deployments/dep-nope/timeline", "/api/articles/nope",
                "/api/claims/999999999"):
        response = client.get(url)
        assert response.status_code == 404 and "detail" in response.json(), url


def test_deployment_detail(client, deployments):
    la = next(d for d in deployments if d["theatre"] == "los_angeles")
    body = client.get(la["links"]["self"]).json()
    assert body["id"] == la["id"] and body["legal_review_note"] == NOTE
    assert "title_10_12406" in {a["value"] for a in body["authority_facts"] if a["status"] == "invoked"}
    assert "insurrection_act" in {a["value"] for a in body["authority_facts"] if a["status"] == "mentioned"}
    assert body["findings"] and all(f["note"] == NOTE and f["citations"] for f in body["findings"])
    for finding in body["findings"]:
        for trigger in finding["triggers"]:
            assert_evidence(client, trigger["evidence"])
    places = {p["value"]: p for p in body["place_facts"]}
    assert places["Los Angeles, CA"]["lat"] == pytest.approx(34.05, abs=0.2)
    for group in body["mission_facts"] + body["authority_facts"] + body["place_facts"]:
        for evidence in group["evidence"]:
            assert_evidence(client, evidence)
    assert body["sources"] and all(s["url"].startswith("/articles/") for s in body["sources"])


def test_timeline_points_carry_their_figures_evidence(client, deployments):
    for d in deployments:
        points = all_pages(client, f"{d['links']['timeline']}?limit=2")
        assert len(points) == d["points"]
        dates = [p["date"] for p in points]
        assert dates == sorted(dates)
        figures = [f for p in points for f in p["figures"]]
        assert figures, d["id"]
        for figure in figures:
            assert_evidence(client, figure["evidence"])
            assert figure["evidence"]["key"] == figure["key"]


def test_claims_cursor_pagination_and_filters(client):
    everything = all_pages(client, "/api/claims?limit=500")
    paged = all_pages(client, "/api/claims?limit=4")
    assert [c["id"] for c in paged] == [c["id"] for c in everything]
    assert len(everything) >= 20
    first = client.get("/api/claims?limit=4").json()
    assert first["next"] == f"/api/claims?limit=4&after={first['items'][-1]['id']}"
    for claim in everything:
        assert_evidence(client, claim["evidence"])
    sent = all_pages(client, "/api/claims?kind=sent&component=national_guard")
    assert sent and all(c["kind"] == "sent" and c["component"] == "national_guard" for c in sent)
    linked = [c for c in everything if c["deployments"]]
    deployment = linked[0]["deployments"][0]
    of_deployment = all_pages(client, f"/api/claims?deployment={deployment}")
    assert {c["id"] for c in of_deployment} == {c["id"] for c in everything if deployment in c["deployments"]}
    one = client.get(f"/api/claims/{everything[0]['id']}").json()
    assert one == everything[0]
    article = everything[0]["article_id"]
    assert all(c["article_id"] == article for c in all_pages(client, f"/api/claims?article={quote(article)}"))
    assert client.get("/api/claims?until=2025-01-23").status_code == 200
    assert client.get("/api/claims?since=someday").status_code == 422


def test_article_facts_and_claims_point_into_its_text(client):
    body = client.get("/api/articles/web-test-portland").json()
    assert body["title"].startswith("Guard <b>troops</b> &")
    assert body["claims"] and body["facts"]
    for item in body["claims"] + body["facts"]:
        assert item["evidence"]["article_id"] == "web-test-portland"
        assert_evidence(client, item["evidence"])


def test_search_finds_articles_with_snippets(client):
    body = client.get("/api/search?q=marines").json()
    assert body["total"] >= 2 and body["items"]
    for hit in body["items"]:
        assert hit["highlights"]
        for start, end in hit["highlights"]:
            assert hit["snippet"][start:end].lower().startswith("marine")
    assert client.get("/api/search?q=marines&limit=1").json()["next"] == "/api/search?q=marines&limit=1&offset=1"
    assert all_pages(client, "/api/search?q=guard&limit=1")
    phrase = client.get('/api/search?q="National Guard" -marines').json()
    assert phrase["total"] >= 1 and all("marine" not in h["snippet"].lower() for h in phrase["items"])
    assert client.get("/api/search?q=zzyzzxnotaword").json() == {
        "items": [], "limit": 20, "offset": 0, "total": 0, "next": None, "q": "zzyzzxnotaword"}


@pytest.mark.parametrize("q", ['"unbalanced', "NEAR(", "*", "a AND OR", "-", "title:x", "'; DROP TABLE articles; --"])
def test_search_survives_odd_queries(client, q):
    assert client.get("/api/search", params={"q": q}).status_code == 200


def test_search_needs_a_query(client):
    assert client.get("/api/search").status_code == 422


def test_openapi_documents_every_endpoint_and_docs_are_local(client):
    spec = client.get("/openapi.json").json()
    for path in ("/api/deployments", "/api/deployments/{deployment_id}", "/api/deployments/{deployment_id}/timeline",
                 "/api/claims", "/api/claims/{claim_id}", "/api/articles/{article_id}", "/api/search"):
        assert path in spec["paths"], path
    docs = client.get("/docs").text
    assert "/static/swagger/swagger-ui-bundle.js" in docs and "cdn" not in docs.lower()
    assert client.get("/static/swagger/swagger-ui-bundle.js").status_code == 200


def test_deployment_responses_carry_an_etag_and_answer_304(client, deployments):
    for url in ("/api/deployments?limit=2", deployments[0]["links"]["timeline"], deployments[0]["links"]["self"]):
        first = client.get(url)
        etag = first.headers["etag"]
        assert client.get(url).content == first.content
        again = client.get(url, headers={"If-None-Match": etag})
        assert again.status_code == 304 and again.headers["etag"] == etag


def test_a_new_reconcile_is_seen(web_url, client):
    from muster.store import Store
    from muster.store.models import Deployment

    before = client.get("/api/deployments").json()
    first = before["items"][0]
    assert first["status"] != "ended"

    def set_status(status):
        with Store(web_url) as store, store.session(write=True) as session:
            row = session.get(Deployment, first["id"])
            row.status, row.summary = status, {**row.summary, "status": status}

    set_status("ended")
    try:
        after = client.get("/api/deployments").json()
        assert after["items"][0]["status"] == "ended"
        assert first["id"] in [d["id"] for d in client.get("/api/deployments?status=ended").json()["items"]]
    finally:
        set_status(first["status"])
    assert client.get("/api/deployments").json()["items"][0]["status"] == first["status"]


def test_stored_briefs_and_points_are_what_the_schemas_give(web_url):
    """The list and timelines are served from `brief` and `deployment_points` without validation: check them here."""
    from sqlalchemy import select

    from muster.store import Store
    from muster.store.models import Deployment, DeploymentPoint
    from muster.web import schemas

    with Store(web_url) as store, store.session() as session:
        briefs = list(session.scalars(select(Deployment.brief)))
        points = list(session.scalars(select(DeploymentPoint.point)))
    assert briefs and points
    for brief in briefs:
        shown = schemas.DeploymentSummary.model_validate({**brief, "links": {"self": "", "page": ""}})
        assert shown.model_dump(mode="json", exclude={"links", "answer"}) == {
            k: v for k, v in brief.items() if k != "coordinates"}
    for point in points:
        assert schemas.TimelinePoint.model_validate(point).model_dump(mode="json") == point


def test_a_snapshot_due_for_a_check_is_served_while_another_thread_checks(web_url):
    from muster.store import Store
    from muster.web.deployments import Deployments

    with Store(web_url) as store:
        deployments = Deployments(store, refresh_seconds=3600)
        first = deployments.snapshot()
        assert deployments.fresh() is first
        deployments._checked = float("-inf")  # as if an hour had passed
        assert deployments.fresh() is None
        assert deployments.stale() is first  # at once, the check started in the background
        with deployments._lock:  # held by the check until it ends
            pass
        assert deployments.fresh() is first  # checked, and the table had not changed


def test_deployments_as_of_a_date_carry_their_answer(client):
    body = client.get("/api/deployments?as_of=2025-06-15&place=Los%20Angeles").json()
    [item] = body["items"]
    answer = item["answer"]
    assert answer["as_of"] == "2025-06-15" and answer["estimate_date"] == "2025-06-10"
    assert set(answer["by_component"]) == {"active_duty", "national_guard"}
    assert answer["evidence"] and all(ev["sentence"] and ev["article_id"] for ev in answer["evidence"])
    assert body["filters"]["as_of"] == "2025-06-15"
    assert client.get("/api/deployments?as_of=2025-01-01&place=Los%20Angeles").json()["items"] == []
