"""An article carrying markup renders as inert text on every page that shows it."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import quote

from markupsafe import escape

SCRIPT = "<script>alert(1)</script>"
IMG = '"><img src=x onerror=alert(1)>'
SCRIPT_TAG = re.compile(r"<script\b([^>]*)>(.*?)</script>", re.S | re.I)


def _pages(client: Any, report: dict[str, Any]) -> dict[str, str]:
    article_id = report["article"]["id"]
    incidents = client.get("/api/incidents", params={"place": "Aleppo"}).json()["items"]
    assert incidents, "the composed article should give an incident in Aleppo"
    pages = {
        "article": f"/articles/{quote(article_id)}",
        "incident": f"/incidents/{quote(incidents[0]['id'])}",
        "incidents": "/incidents?place=Aleppo",
        "actors": "/actors?per_page=200",
        "overview": "/",
        "map": "/map?place=Aleppo",
    }
    return {name: client.get(path).text for name, path in pages.items()}


def test_markup_in_an_article_is_inert_on_every_page(client: Any, xss_article: dict[str, Any]) -> None:
    pages = _pages(client, xss_article)
    for name, html in pages.items():
        assert "<script>alert" not in html and "<img src=x" not in html and "onerror=alert(1)>" not in html, (
            name
        )
        for attributes, body in SCRIPT_TAG.findall(html):
            # Every script is a file of this server or a JSON data block; none runs inline code.
            assert re.search(r'src="/[^"/]', attributes) or 'type="application/json"' in attributes, name
            assert "src=" in attributes or "<" not in body, name
    # The text is still there, to be read as text.
    assert str(escape(SCRIPT)) in pages["article"] and str(escape(IMG)) in pages["article"]
    assert str(escape(SCRIPT)) in pages["incident"]
    assert str(escape("Evil Outlet " + IMG)) in pages["actors"]


def test_the_records_json_block_cannot_close_its_script(client: Any, xss_article: dict[str, Any]) -> None:
    html = client.get(f"/articles/{quote(xss_article['article']['id'])}").text
    block = re.search(r'<script type="application/json" id="hw-records">(.*?)</script>', html, re.S)
    assert block is not None and "<" not in block.group(1) and ">" not in block.group(1)
