"""HTML pages: main text and metadata through trafilatura."""

from __future__ import annotations

import re

import trafilatura

from harmwatch.config import Settings
from harmwatch.errors import InputError
from harmwatch.ingest.text import make_article
from harmwatch.records import Article

# libxml2 stops building the tree 256 elements deep, so text below a deeper pile of wrappers is lost.
_WRAPPER = r"<(?:div|span|section|font|center|b|i|u|em|strong)\b[^>]*>"
_DEEP = re.compile(rf"(?:{_WRAPPER}\s*){{200,}}", re.I)
_WRAPPERS = re.compile(r"</?(?:div|span|section|font|center|b|i|u|em|strong)\b[^>]*>", re.I)


def flatten_deep_nesting(html: str) -> str:
    """The page without its layout wrappers when they nest deeper than the parser reads; else unchanged."""
    return _WRAPPERS.sub(" ", html) if _DEEP.search(html) else html


def article_from_html(
    html: str,
    settings: Settings,
    *,
    url: str | None = None,
    input_id: str | None = None,
    source_id: str | None = None,
    **meta: str | None,
) -> Article:
    """The main text of a page as an Article; paragraphs become blank-line separated."""
    try:
        doc = trafilatura.bare_extraction(
            flatten_deep_nesting(html), url=url, with_metadata=True, favor_recall=True
        )
    except Exception as e:  # trafilatura raises assorted lxml errors on broken markup
        raise InputError(f"the HTML could not be parsed: {e}", "bad_html") from e
    text = getattr(doc, "text", None) if doc is not None else None
    if not text or not text.strip():
        raise InputError("no article text was found in the HTML page", "no_text")
    body = "\n\n".join(line.strip() for line in text.split("\n") if line.strip())
    title = meta.get("title") or getattr(doc, "title", None)
    if title and not body.startswith(title):
        body = f"{title}\n\n{body}"
    return make_article(
        body,
        settings,
        title=title,
        published=meta.get("published") or getattr(doc, "date", None),
        outlet=meta.get("outlet") or getattr(doc, "sitename", None),
        url=url or getattr(doc, "url", None),
        input_id=input_id,
        source_id=source_id,
    )
