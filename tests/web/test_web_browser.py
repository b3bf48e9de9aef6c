"""The pages in headless Chromium (Debian's /usr/bin/chromium driven by Playwright).

A real server (uvicorn in a thread, on a free loopback port) over the SQLite
store of conftest. Screenshots go to test-artifacts/. Skips, saying why, where
Chromium or Playwright is missing; never downloads a browser.
"""
from __future__ import annotations

import re
import socket
import threading
import time
from pathlib import Path
from urllib.parse import urlparse

import pytest

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run"]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason=f"no Chromium at {CHROMIUM} (apt-get install chromium)"),
]


@pytest.fixture(scope="module")
def server(sqlite_url):
    import uvicorn

    from muster.web import create_app

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    app = create_app(sqlite_url)
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        assert thread.is_alive() and time.monotonic() < deadline, "the server did not start"
        time.sleep(0.02)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)
    app.state.store.close()


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser, server, request):
    """A page that refuses every request off this machine, and fails the test on any."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    outside = []

    def route(route_request):
        host = urlparse(route_request.request.url).hostname
        if host not in ("127.0.0.1", "localhost") and not route_request.request.url.startswith("data:"):
            outside.append(route_request.request.url)
            return route_request.abort()
        return route_request.continue_()

    page.route("**/*", route)
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    yield page
    context.close()
    assert not outside, f"requests off this machine: {outside}"
    assert not errors, f"script errors: {errors}"


def shot(page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def test_every_page_loads(page, server):
    for path, heading in (("/deployments", "Deployments"), ("/search", "Search articles"),
                          ("/articles/web-test-portland", None), ("/deployments/dep-nope", "Not found")):
        response = page.goto(server + path)
        assert response.status == (404 if "nope" in path else 200), path
        if heading:
            assert page.locator("h1").first.inner_text() == heading
        assert page.locator("main").is_visible()
    page.goto(server + "/deployments")
    for link in page.locator("table.deployments tbody th a").all()[:6]:
        href = link.get_attribute("href")
        assert page.request.get(server + href).status == 200, href
    shot(page, "deployments")


def test_filter_the_list(page, server):
    page.goto(server + "/deployments")
    total = page.locator("table.deployments tbody tr").count()
    page.get_by_label("Component").select_option("active_duty")
    page.get_by_role("button", name="Filter").click()
    page.wait_for_url(re.compile(r"component=active_duty"))
    rows = page.locator("table.deployments tbody tr")
    assert 0 < rows.count() < total
    for row in rows.all():
        assert "active duty" in row.locator("th .meta").inner_text()
    page.get_by_label("Place").fill("Los Angeles")
    page.get_by_label("Place").press("Enter")
    page.wait_for_url(re.compile(r"place=Los\+Angeles"))
    expected = page.request.get(server + "/api/deployments?place=Los+Angeles&component=active_duty").json()
    shown = [a.get_attribute("href") for a in page.locator("table.deployments tbody th a").all()]
    assert shown == [d["links"]["page"] for d in expected["items"]] and shown
    shot(page, "deployments-filtered")


def test_follow_a_figure_on_the_chart_to_its_sentence(page, server):
    page.goto(server + "/deployments?place=Los+Angeles")
    page.locator("table.deployments tbody th a").first.click()
    page.wait_for_selector("svg.chart")
    shot(page, "deployment")
    figure = page.locator("svg.chart a.figure").first
    label = figure.get_attribute("aria-label")
    figure.click()
    page.wait_for_url(re.compile(r"/articles/.+\?mark="))
    selected = page.locator("mark.ev.selected").first
    assert selected.is_visible()
    sentence = page.locator(".sentence-selected")
    assert sentence.count() >= 1
    marked_words = " ".join(page.locator("mark.ev.selected").all_inner_texts())
    count = re.search(r"\b(\d[\d,]*) ", label.split(", ", 1)[1]).group(1)
    assert count.replace(",", "") in marked_words.replace(",", "") or count in " ".join(sentence.all_inner_texts())
    assert page.locator(".tag.selected").first.is_visible()
    shot(page, "article-marked")


def test_search(page, server):
    page.goto(server + "/search")
    page.get_by_label("Words to find").fill("marines")
    page.get_by_label("Words to find").press("Enter")
    page.wait_for_url(re.compile(r"q=marines"))
    results = page.locator("ol.results > li")
    assert results.count() >= 2
    assert page.locator("ol.results mark").first.inner_text().lower().startswith("marine")
    shot(page, "search")
    results.first.locator("a").first.click()
    assert page.locator("div.article-text").is_visible()


def test_keyboard_reaches_the_skip_link_and_shows_focus(page, server):
    page.goto(server + "/deployments")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.textContent")
    assert focused == "Skip to content"
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none"
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash") == "#main"


def test_api_docs_render_offline(page, server):
    page.goto(server + "/docs")
    page.get_by_text("/api/deployments/{deployment_id}/timeline").first.wait_for(timeout=15000)
    shot(page, "api-docs")
