"""Plain-text articles: decoding checks, repair (ingest.repair), title and dateline."""

from __future__ import annotations

import codecs
import dataclasses
import hashlib
import re

from harmwatch.config import Settings
from harmwatch.errors import InputError
from harmwatch.ingest.dateline import find_dateline, parse_date
from harmwatch.ingest.repair import repair_text
from harmwatch.records import Article

_ENGLISH_WORDS = frozenset(
    "the of and to in a is that for on with was as by at from it are have has said were be an not this".split()
)


_BOMS = [
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16: its mark starts with UTF-16 LE's
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
]


def decode(data: bytes, settings: Settings) -> str:
    """Bytes of one document as text, or an InputError that says why not."""
    if not data.strip():
        raise InputError("the document is empty", "empty")
    if len(data) > settings.max_bytes:
        raise InputError(
            f"the document is {len(data):,} bytes, over the limit of {settings.max_bytes:,}", "too_large"
        )
    # A byte-order mark names its encoding: UTF-16 and UTF-32 text (full of NUL bytes) is text, not binary.
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as e:
                raise InputError(
                    f"the document is not valid {encoding.upper()} (byte {e.start})", "encoding"
                ) from e
    if b"\x00" in data[:8192]:
        raise InputError("the document is binary, not text", "binary")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise InputError(
            f"the document is not valid UTF-8 (byte {e.start}); convert it to UTF-8", "encoding"
        ) from e
    return text


def check_text(text: str, settings: Settings) -> None:
    """Refuse text HarmWatch cannot analyse: empty, too long, control characters, or not English."""
    if not text.strip():
        raise InputError("the document has no text", "empty")
    if len(text) > settings.max_chars:
        raise InputError(
            f"the document has {len(text):,} characters, over the limit of {settings.max_chars:,}; split it",
            "too_large",
        )
    controls = sum(1 for c in text[:20000] if ord(c) < 32 and c not in "\n\r\t\f")
    if controls > 0.01 * min(len(text), 20000):
        raise InputError("the document is binary, not text", "binary")
    words = re.findall(r"[a-z]+", text[:20000].lower())
    if len(words) >= 20 and sum(w in _ENGLISH_WORDS for w in words) < 0.05 * len(words):
        raise InputError("the document does not look like English; only English is supported", "language")
    if len(words) < 3 and not re.search(r"[A-Za-z]{3}", text):
        raise InputError("the document has no words to analyse", "empty")


def article_id(text: str) -> str:
    return "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()


def clean_text(text: str) -> str:
    """The repaired text (ingest.repair: line breaks, furniture, stripped punctuation), one final \\n."""
    text = repair_text(text).rstrip()
    return text.strip("\n") + "\n" if text.strip() else ""


def looks_like_title(line: str) -> bool:
    line = line.strip()
    return 0 < len(line) <= 200 and not re.search(r"[.!?\"”]\s*$", line) or 0 < len(line) <= 120


def normalise_published(published: str) -> tuple[str, str]:
    """A caller's publication time as stored (ISO 8601 where it can be read) and its precision."""
    found = parse_date(published)
    if re.fullmatch(r"\d{4}-\d\d-\d\d", published.strip()):
        return published, "day"
    if found is not None:
        return found.value.isoformat(timespec="minutes"), found.precision
    if re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d.*", published.strip()):
        return published, "minute"
    return published, "unknown"


def with_published(article: Article, published: str) -> Article:
    """The article with the caller's publication time in place of the one read from its dateline."""
    value, precision = normalise_published(published)
    return dataclasses.replace(article, published=value, published_precision=precision)


def make_article(
    text: str,
    settings: Settings,
    *,
    title: str | None = None,
    published: str | None = None,
    outlet: str | None = None,
    url: str | None = None,
    input_id: str | None = None,
    source_id: str | None = None,
    guess_title: bool = True,
) -> Article:
    """An Article from raw text: cleaned, checked, with title and publication time read from the top
    when the caller does not give them."""
    check_text(text, settings)
    body = clean_text(text)
    check_text(body, settings)
    if title is None and guess_title:
        first = body.strip().split("\n", 1)[0]
        if looks_like_title(first) and "\n" in body.strip():
            title = first.strip()
    precision = "unknown"
    if published:
        published, precision = normalise_published(published)
    else:
        dateline = find_dateline(body)
        if dateline is not None:
            published = (
                dateline.value.isoformat(timespec="minutes")
                if dateline.precision == "minute"
                else dateline.value.date().isoformat()
            )
            precision = dateline.precision
    return Article(
        id=article_id(body),
        text=body,
        title=title,
        published=published,
        published_precision=precision,
        outlet=outlet,
        url=url,
        input_id=input_id,
        source_id=source_id,
    )
