"""A small store of composed articles (written for these tests) behind a TestClient."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ARTICLES = [
    {
        "title": "Shelling kills seven in Donetsk market, officials say",
        "outlet": "Test Ledger",
        "published": "2022-03-14T09:00:00",
        "text": (
            "Shelling kills seven in Donetsk market, officials say\n\n"
            "Artillery shells struck a covered market in Donetsk on Sunday, killing seven people and "
            "wounding 19, the city health department said.\n\n"
            '"The shells fell while families were buying bread," said Olena Marchuk, a spokeswoman for '
            "the department. A local rescue service said at least nine people had died.\n\n"
            "The separatist authorities blamed government forces for the attack."
        ),
    },
    {
        "title": "Air strike on Idlib clinic leaves 12 dead, monitor says",
        "outlet": "Harbour Post",
        "published": "2019-05-20T14:30:00",
        "text": (
            "Air strike on Idlib clinic leaves 12 dead, monitor says\n\n"
            "An air strike hit a clinic in the town of Maarat al-Numan in Idlib province on Monday, "
            "killing 12 civilians, including three children, a monitoring group said.\n\n"
            '"There was no military position anywhere near the clinic," said Karim Haddad, the '
            "clinic's director. The Syrian army denied carrying out any strike in the area.\n\n"
            "The Syrian Observatory for Human Rights said 15 people were wounded."
        ),
    },
    {
        "title": "Gunmen abduct 20 villagers in Zamfara",
        "outlet": "Sahel Desk",
        "published": "2021-02-03T08:00:00",
        "text": (
            "Gunmen abduct 20 villagers in Zamfara\n\n"
            "Armed men abducted 20 villagers from a farming settlement near Gusau in Zamfara state on "
            "Tuesday, police said.\n\n"
            '"They came on motorcycles and took women and children," said Musa Bello, a resident. '
            "Police spokesman Ibrahim Sani said two people were killed during the raid."
        ),
    },
]
XSS_SCRIPT = "<script>alert(1)</script>"
XSS_IMG = '"><img src=x onerror=alert(1)>'
XSS_ARTICLE = {
    "title": f"Clashes in Aleppo {XSS_SCRIPT}",
    "outlet": f"Evil Outlet {XSS_IMG}",
    "published": "2020-01-05T10:00:00",
    "text": (
        f"Clashes in Aleppo {XSS_SCRIPT}\n\n"
        f"Fighting in Aleppo on Saturday killed four fighters, a commander said {XSS_IMG}.\n\n"
        f'"We held the road {XSS_SCRIPT}," said Ahmad Saleh, a commander. The militants {XSS_IMG} '
        "were pushed back from the edge of the city."
    ),
}


def store_articles(store: Any, extract_text: Any, articles: list[dict[str, str]]) -> list[dict[str, Any]]:
    from harmwatch.batch.ingest import IngestSummary, store_report

    reports = []
    for item in articles:
        report = extract_text(
            item["text"], title=item["title"], outlet=item["outlet"], published=item["published"]
        )
        store_report(store, report, IngestSummary(store.start_run(["tests"])))
        reports.append(report)
    return reports


@pytest.fixture(scope="session")
def served_store(tmp_path_factory: pytest.TempPathFactory, extract_text: Any) -> Iterator[Any]:
    """A SQLite store holding ARTICLES and the XSS article."""
    from harmwatch.store import open_store

    path: Path = tmp_path_factory.mktemp("serve") / "store.db"
    store = open_store(f"sqlite:///{path}")
    store.reports = store_articles(store, extract_text, [*ARTICLES, XSS_ARTICLE])  # type: ignore[attr-defined]
    yield store
    store.close()


@pytest.fixture(scope="session")
def client(served_store: Any) -> Iterator[Any]:
    from fastapi.testclient import TestClient

    from harmwatch.serve import create_app

    with TestClient(create_app(served_store)) as c:
        yield c


@pytest.fixture(scope="session")
def xss_article(served_store: Any) -> dict[str, Any]:
    """The stored report of XSS_ARTICLE."""
    report = served_store.reports[-1]  # type: ignore[attr-defined]
    assert XSS_SCRIPT in report["article"]["text"]
    return report


@pytest.fixture(scope="session")
def add_xss_article(extract_text: Any) -> Any:
    """A function storing XSS_ARTICLE into a store."""
    return lambda store: store_articles(store, extract_text, [XSS_ARTICLE])[0]


@pytest.fixture
def fresh_store(tmp_path: Path) -> Iterator[Any]:
    from harmwatch.store import open_store

    store = open_store(f"sqlite:///{tmp_path / 'fresh.db'}")
    yield store
    store.close()
