"""RSS and Atom feeds, single article URLs, and a source dispatcher over files, directories, feeds and URLs."""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any
from xml.sax import SAXException

import feedparser

from harmwatch.config import Settings
from harmwatch.errors import HarmWatchError, InputError
from harmwatch.ingest import FEED_SUFFIXES, Failure, read_file, read_inputs, walk
from harmwatch.ingest.fetch import Fetcher, is_url
from harmwatch.ingest.html import article_from_html
from harmwatch.ingest.text import decode, make_article
from harmwatch.records import Article
from harmwatch.redact import redact_url

_FEED_START = re.compile(rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:rss|feed|rdf:RDF)\b", re.S)
_TAG = re.compile(r"<[^>]+>")


def looks_like_feed(body: bytes, content_type: str = "") -> bool:
    """Whether a fetched body is a feed rather than a page."""
    kind = content_type.split(";")[0].strip().lower()
    if kind in ("application/rss+xml", "application/atom+xml", "application/rdf+xml"):
        return True
    return bool(_FEED_START.match(body[:2048]))


def _published(entry: Any) -> str | None:
    for key in ("published_parsed", "updated_parsed"):
        parsed = entry.get(key)
        if parsed:
            return datetime(*parsed[:6]).isoformat(timespec="minutes")
    return None


def _entry_article(entry: Any, html_text: str, settings: Settings, **meta: str | None) -> Article:
    """The entry's own content as an Article: through trafilatura, else with the tags stripped."""
    try:
        return article_from_html(html_text, settings, **meta)
    except InputError:
        plain = html.unescape(_TAG.sub(" ", html_text))
        plain = "\n\n".join(" ".join(p.split()) for p in re.split(r"\n\s*\n", plain) if p.strip())
        title = meta.get("title")
        body = f"{title}\n\n{plain}" if title and not plain.startswith(title) else plain
        return make_article(
            body,
            settings,
            title=title,
            published=meta.get("published"),
            outlet=meta.get("outlet"),
            url=meta.get("url"),
            input_id=meta.get("input_id"),
            source_id=meta.get("input_id"),
        )


def read_feed(data: bytes, source: str, settings: Settings, fetcher: Fetcher) -> Iterator[Article | Failure]:
    """One Article per feed entry: the linked page when it can be fetched, else the entry's own content."""
    parsed = feedparser.parse(data)
    if not parsed.entries:
        reason = f": {parsed.get('bozo_exception')}" if parsed.get("bozo") else " (no entries)"
        yield Failure(source, "bad_feed", f"{source} is not a readable RSS/Atom feed{reason}")
        return
    entries = parsed.entries
    error = parsed.get("bozo_exception")
    if parsed.get("bozo") and isinstance(error, SAXException):
        # Malformed XML (a truncated download, a stray '&'): say so once, then read what could be recovered,
        # leaving out entries broken off with neither a link nor content.
        entries = [e for e in entries if e.get("link") or e.get("content") or e.get("summary")]
        yield Failure(
            source,
            "bad_feed",
            f"{source} is malformed XML ({error}); {len(entries)} complete entries could be read",
        )
    outlet = parsed.feed.get("title")
    for number, entry in enumerate(entries, 1):
        link = entry.get("link")
        ref = redact_url(link) if link else f"{source}#{number}"
        meta = {"title": entry.get("title"), "published": _published(entry), "outlet": outlet, "url": link}
        content = entry.get("content") or []
        own = content[0].get("value") if content else entry.get("summary")
        page_error: HarmWatchError | None = None
        if link and is_url(link):
            try:
                body, _ = fetcher.get(link)
                yield article_from_html(decode(body, settings), settings, input_id=ref, source_id=ref, **meta)
                continue
            except HarmWatchError as e:
                page_error = e
        if own and own.strip():
            try:
                yield _entry_article(entry, own, settings, input_id=ref, **meta)
                continue
            except HarmWatchError as e:
                page_error = page_error or e
        code = getattr(page_error, "code", "no_text")
        why = f"{page_error}" if page_error else "the entry has no link and no content"
        yield Failure(ref, code, f"feed entry {number} of {source}: {why}")


def read_url(url: str, settings: Settings, fetcher: Fetcher) -> Iterator[Article | Failure]:
    """A feed URL (every entry) or an article URL (one page); a password or token in it is never shown."""
    shown = redact_url(url)
    try:
        body, content_type = fetcher.get(url)
        if looks_like_feed(body, content_type):
            yield from read_feed(body, shown, settings, fetcher)
            return
        yield article_from_html(decode(body, settings), settings, url=shown, input_id=shown, source_id=shown)
    except HarmWatchError as e:
        yield Failure(shown, getattr(e, "code", "error"), str(e))


def read_feed_file(path: Path, settings: Settings, fetcher: Fetcher) -> Iterator[Article | Failure]:
    """A feed saved as a file; a non-feed .xml file is a Failure."""
    try:
        data = path.read_bytes()
        if len(data) > settings.max_bytes:
            raise InputError(
                f"{path} is {len(data):,} bytes, over the limit of {settings.max_bytes:,}", "too_large"
            )
    except OSError as e:
        yield Failure(str(path), "unreadable", f"{path} could not be read: {e}")
        return
    except InputError as e:
        yield Failure(str(path), e.code, str(e))
        return
    yield from read_feed(data, str(path), settings, fetcher)


def _read_path(path: Path, settings: Settings, fetcher: Fetcher) -> Iterator[Article | Failure]:
    if path.suffix.lower() in FEED_SUFFIXES:
        yield from read_feed_file(path, settings, fetcher)
    else:
        yield from read_file(path, settings)


def read_sources(sources: Iterable[str], settings: Settings, fetcher: Fetcher) -> Iterator[Article | Failure]:
    """Articles from files, directories, feed files, feed URLs and article URLs, streamed in order."""
    for source in sources:
        if is_url(source):
            yield from read_url(source, settings, fetcher)
            continue
        path = Path(source)
        if path.is_dir():
            for child in walk(path):
                yield from _read_path(child, settings, fetcher)
        elif path.is_file():
            yield from _read_path(path, settings, fetcher)
        else:
            yield from read_inputs([source], settings)
