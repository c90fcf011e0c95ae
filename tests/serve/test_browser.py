"""The dashboard in a real browser (Debian's Chromium driven by Playwright), over the example corpus.

Every page must load without a console error and without a request to any address but the loopback
server; the map must draw its points over the country outlines; the article page must highlight quotes
and claims and show a record on hover; a filter change must change the list and the URL. The tests save
screenshots of the incident page, the article page and the map to docs/screenshots/."""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

import pytest

CHROMIUM = Path("/usr/bin/chromium")
ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = ROOT / "docs" / "screenshots"
LOOPBACK = {"127.0.0.1", "localhost", "[::1]", "::1"}
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def _need_chromium() -> None:
    if CHROMIUM.exists():
        return
    message = f"browser tests not run: {CHROMIUM} is absent (apt-get install chromium; .ci/run does)"
    if os.environ.get("HARMWATCH_REQUIRE_SERVICES") == "1":
        pytest.fail(message + " and HARMWATCH_REQUIRE_SERVICES=1 requires them")
    pytest.skip(message)


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory, add_xss_article: Any) -> Iterator[str]:
    """A live server on a free loopback port over the example corpus and the XSS article."""
    _need_chromium()
    import uvicorn

    from harmwatch.batch.ingest import ingest
    from harmwatch.config import Settings
    from harmwatch.serve import create_app
    from harmwatch.store import open_store

    store = open_store(f"sqlite:///{tmp_path_factory.mktemp('browser') / 'demo.db'}")
    ingest([str(ROOT / "examples")], store, Settings())
    add_xss_article(store)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = uvicorn.Server(
        uvicorn.Config(create_app(store), host="127.0.0.1", port=port, log_level="warning")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert server.started, "the test server did not start"
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(10)
    store.close()


@pytest.fixture(scope="module")
def browser(base_url: str) -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=ARGS)
        yield launched
        launched.close()


class Watched:
    """A page whose console errors, page errors, dialogs and off-loopback requests are recorded."""

    def __init__(self, browser: Any) -> None:
        self.context = browser.new_context(viewport={"width": 1280, "height": 900})
        self.page = self.context.new_page()
        self.problems: list[str] = []
        self.page.on("console", self._console)
        self.page.on("pageerror", lambda e: self.problems.append(f"page error: {e}"))
        self.page.on("dialog", self._dialog)
        self.page.on("request", self._request)
        self.page.on("response", self._response)

    def _console(self, message: Any) -> None:
        if message.type == "error":
            self.problems.append(f"console: {message.text}")

    def _dialog(self, dialog: Any) -> None:
        self.problems.append(f"dialog: {dialog.message}")
        dialog.dismiss()

    def _response(self, response: Any) -> None:
        if response.status >= 400:
            self.problems.append(f"{response.status}: {response.url}")

    def _request(self, request: Any) -> None:
        parts = urlsplit(request.url)
        if parts.scheme in ("data", "blob", "about"):
            return
        if parts.hostname not in LOOPBACK:
            self.problems.append(f"request off the loopback: {request.url}")

    def open(self, url: str) -> Any:
        response = self.page.goto(url, wait_until="networkidle")
        assert response is not None and response.status == 200, url
        return self.page

    def close(self) -> None:
        self.context.close()


@pytest.fixture
def watched(browser: Any) -> Iterator[Watched]:
    page = Watched(browser)
    yield page
    page.close()
    assert page.problems == []


def _first_incident(base_url: str, **params: str) -> dict[str, Any]:
    import httpx

    items = httpx.get(f"{base_url}/api/incidents", params={"sort": "-killed", **params}).json()["items"]
    assert items
    return items[0]


def test_every_page_loads_cleanly(base_url: str, watched: Watched) -> None:
    incident = _first_incident(base_url)
    article = incident["articles"][0]["id"]
    for path in (
        "/",
        "/incidents",
        f"/incidents/{quote(incident['id'])}",
        f"/articles/{quote(article)}",
        "/actors",
        "/map",
        "/api/docs",
    ):
        watched.open(base_url + path)
        assert watched.problems == [], path
    watched.page.wait_for_selector("#swagger-ui .opblock", timeout=15_000)
    watched.open(base_url + "/")
    watched.page.wait_for_selector("#chart-killed[data-drawn]")


def test_the_map_draws_points_over_country_outlines(base_url: str, watched: Watched) -> None:
    page = watched.open(base_url + "/map")
    page.wait_for_selector("#map[data-points][data-basemap=ready]", timeout=15_000)
    assert int(page.get_attribute("#map", "data-points") or 0) >= 5
    outlines = page.locator(".leaflet-overlay-pane path:not(.incident-point)").count()
    markers = page.locator(".leaflet-overlay-pane path.incident-point, .marker-cluster").count()
    assert outlines > 100 and markers >= 1
    page.screenshot(path=str(SCREENSHOTS / "map.png"))


def test_the_article_page_highlights_and_shows_records_on_hover(base_url: str, watched: Watched) -> None:
    incident = _first_incident(base_url)
    page = watched.open(f"{base_url}/articles/{quote(incident['articles'][0]['id'])}")
    assert page.locator("#article-text mark.hl-quote").count() >= 1
    claims = page.locator("#article-text mark.hl-claim")
    assert claims.count() >= 1
    assert page.is_hidden("#record-card")
    claims.first.hover()
    card = page.locator("#record-card")
    card.wait_for(state="visible")
    assert "claim" in card.inner_text() and "kind" in card.inner_text()
    page.screenshot(path=str(SCREENSHOTS / "article.png"), full_page=False)


def test_the_incident_page_shows_claims_and_a_small_map(base_url: str, watched: Watched) -> None:
    import httpx

    items = httpx.get(f"{base_url}/api/incidents", params={"per_page": 200}).json()["items"]
    incident = max(items, key=lambda i: (len(i["articles"]), len(i["figures"])))
    page = watched.open(f"{base_url}/incidents/{quote(incident['id'])}")
    page.wait_for_selector("#incident-map[data-points='1'][data-basemap=ready]", timeout=15_000)
    assert page.locator("#claims tbody tr").count() >= 2
    assert page.locator("ul.reports > li").count() == len(incident["articles"])
    page.screenshot(path=str(SCREENSHOTS / "incident.png"), full_page=True)


def test_changing_a_filter_changes_the_list_and_the_url(base_url: str, watched: Watched) -> None:
    page = watched.open(base_url + "/incidents")
    before = page.locator("#incident-list tbody tr").count()
    with page.expect_navigation():
        page.select_option("select[name=event_type]", "Battles")
    assert "event_type=Battles" in page.url and "date_from" not in page.url
    rows = page.locator("#incident-list tbody tr")
    assert 1 <= rows.count() < before
    assert all("Armed clash" in t or "territory" in t for t in rows.all_inner_texts())
    assert page.locator("select[name=event_type]").input_value() == "Battles"


def test_markup_in_an_article_stays_text_in_the_browser(base_url: str, watched: Watched) -> None:
    import httpx

    found = httpx.get(f"{base_url}/api/search", params={"q": "Aleppo road"}).json()["items"]
    assert found
    page = watched.open(f"{base_url}/articles/{quote(found[0]['id'])}")
    assert page.locator("img[src=x]").count() == 0 and page.locator("#article-text script").count() == 0
    assert "<script>alert(1)</script>" in page.inner_text("#article-text")
