"""The Python entry point for embedding HarmWatch in another pipeline."""

from __future__ import annotations

from typing import Any

from harmwatch.config import Settings
from harmwatch.extract import extract_article
from harmwatch.ingest.text import make_article
from harmwatch.nlp import load_nlp
from harmwatch.records import Report, report_to_dict


def extract_report(
    text: str,
    *,
    title: str | None = None,
    published: str | None = None,
    outlet: str | None = None,
    url: str | None = None,
    settings: Settings | None = None,
) -> Report:
    """The typed report of one article's text. Raises InputError for text it cannot analyse."""
    article = make_article(
        text, settings or Settings(), title=title, published=published, outlet=outlet, url=url
    )
    return extract_article(article, load_nlp())


def extract_json(text: str, **meta: Any) -> dict[str, Any]:
    """The report as SCHEMA.md's JSON-serialisable dict."""
    return report_to_dict(extract_report(text, **meta))
