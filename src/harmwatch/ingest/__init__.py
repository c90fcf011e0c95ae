"""Readers: text, HTML, JSON Lines, directories and stdin -> Article (or a Failure for that item)."""

from __future__ import annotations

import gzip
import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from harmwatch.config import Settings
from harmwatch.errors import HarmWatchError, InputError
from harmwatch.ingest.html import article_from_html
from harmwatch.ingest.text import decode, make_article
from harmwatch.records import Article

TEXT_SUFFIXES = (".txt", ".text", ".md")
HTML_SUFFIXES = (".html", ".htm")
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson")
FEED_SUFFIXES = (".rss", ".atom", ".xml")
"""Feeds are read by `harmwatch ingest` (ingest.feeds), which may fetch their pages; `extract` refuses them."""


@dataclass(frozen=True, slots=True)
class Failure:
    """One input that could not become an Article, and why."""

    input_id: str
    code: str
    message: str


def _suffix(path: Path) -> str:
    name = path.name.lower()
    return next((s for s in JSONL_SUFFIXES if name.endswith(s)), path.suffix.lower())


class _Readline(Protocol):
    def readline(self, size: int = -1, /) -> bytes: ...


def jsonl_lines(f: _Readline, settings: Settings) -> Iterator[str | InputError]:
    """The lines of a binary JSON Lines stream, each decoded on its own: a line that is not UTF-8 or longer
    than settings.max_bytes becomes an InputError in its place (skipped in bounded reads), not the file's end."""
    limit = settings.max_bytes
    while line := f.readline(limit + 1):
        if len(line) > limit and not line.endswith(b"\n"):
            while (rest := f.readline(1 << 20)) and not rest.endswith(b"\n"):
                pass
            yield InputError(f"the line is over the limit of {limit:,} bytes", "too_large")
            continue
        try:
            yield line.decode("utf-8-sig")
        except UnicodeDecodeError as e:
            yield InputError(f"the line is not valid UTF-8 (byte {e.start}); convert it to UTF-8", "encoding")


def read_jsonl_lines(
    lines: Iterable[str | InputError], source: str, settings: Settings
) -> Iterator[Article | Failure]:
    """One Article per JSON object with `text` (or `html`); a bad line is a Failure and reading goes on."""
    for number, line in enumerate(lines, 1):
        ref = f"{source}:{number}"
        if isinstance(line, InputError):
            yield Failure(ref, line.code, f"line {number}: {line}")
            continue
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as e:
            yield Failure(ref, "bad_json", f"line {number} is not valid JSON: {e.msg}")
            continue
        if not isinstance(row, dict):
            yield Failure(ref, "bad_json", f"line {number} is not a JSON object")
            continue
        input_id = str(row["id"]) if row.get("id") is not None else ref
        source_id = str(row["id"]) if row.get("id") is not None else f"{Path(source).name}:{number}"
        meta: dict[str, str | None] = {
            k: str(row[k]) if row.get(k) is not None else None
            for k in ("title", "published", "outlet", "url")
        }
        try:
            if row.get("html") and not row.get("text"):
                yield article_from_html(
                    str(row["html"]), settings, input_id=input_id, source_id=source_id, **meta
                )
            elif isinstance(row.get("text"), str):
                yield make_article(
                    row["text"],
                    settings,
                    input_id=input_id,
                    source_id=source_id,
                    title=meta["title"],
                    published=meta["published"],
                    outlet=meta["outlet"],
                    url=meta["url"],
                )
            else:
                yield Failure(input_id, "no_text", f"line {number} has no 'text' string")
        except HarmWatchError as e:
            yield Failure(input_id, getattr(e, "code", "error"), str(e))


def read_file(path: Path, settings: Settings) -> Iterator[Article | Failure]:
    """Articles of one file, by its suffix (plain text when unknown)."""
    ref = str(path)
    suffix = _suffix(path)
    try:
        if suffix in JSONL_SUFFIXES:
            opener = gzip.open if suffix.endswith(".gz") else open
            with opener(path, "rb") as f:  # type: ignore[operator]
                yield from read_jsonl_lines(jsonl_lines(f, settings), ref, settings)
            return
        if suffix in FEED_SUFFIXES:
            raise InputError(f"{path.name} is a feed file: `harmwatch ingest` reads feeds", "unsupported")
        size = path.stat().st_size
        if size > settings.max_bytes:  # refused before reading: a 50 MB file costs no memory
            raise InputError(
                f"the document is {size:,} bytes, over the limit of {settings.max_bytes:,}", "too_large"
            )
        text = decode(path.read_bytes(), settings)
        if suffix in HTML_SUFFIXES:
            yield article_from_html(text, settings, input_id=ref, source_id=path.name)
        else:
            yield make_article(text, settings, input_id=ref, source_id=path.name)
    except HarmWatchError as e:
        yield Failure(ref, getattr(e, "code", "error"), str(e))
    except UnicodeDecodeError as e:
        yield Failure(ref, "encoding", f"{path.name} is not valid UTF-8: {e.reason}")
    except (OSError, EOFError, gzip.BadGzipFile) as e:
        yield Failure(ref, "unreadable", f"{path} could not be read: {e}")


def walk(path: Path) -> Iterator[Path]:
    """Files below a directory in a stable order; hidden files and READMEs (a corpus's own notes) left out."""
    for child in sorted(path.rglob("*")):
        if child.name.upper().startswith("README"):
            continue
        if child.is_file() and not any(part.startswith(".") for part in child.relative_to(path).parts):
            yield child


def read_inputs(paths: list[str], settings: Settings) -> Iterator[Article | Failure]:
    """Articles from files, directories and '-' (stdin, plain text), in the order given."""
    for name in paths:
        if name == "-":
            try:
                text = decode(sys.stdin.buffer.read(settings.max_bytes + 1), settings)  # bounded read
                yield make_article(text, settings, input_id="-", source_id="-")
            except InputError as e:
                yield Failure("-", e.code, str(e))
            continue
        path = Path(name)
        if path.is_dir():
            for child in walk(path):
                yield from read_file(child, settings)
        elif path.is_file():
            yield from read_file(path, settings)
        else:
            yield Failure(name, "not_found", f"{name}: no such file or directory")
