"""Watching feeds: poll each feed (conditional GET, a polite delay per host), ingest new entries as they
appear and report each cross-article incident they create or change.

Each entry is stored in its own transaction with its incidents, and a stop request is honoured between
entries, so stopping (SIGTERM, Ctrl-C) never leaves anything half-stored.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from harmwatch import EXTRACTOR_VERSION
from harmwatch.batch import extract_one
from harmwatch.batch.ingest import IngestSummary, record_outcome
from harmwatch.config import Settings
from harmwatch.errors import HarmWatchError, UsageError
from harmwatch.ingest import Failure
from harmwatch.ingest.feeds import read_feed
from harmwatch.ingest.fetch import DEFAULT_TIMEOUT, Fetched, Fetcher, is_url
from harmwatch.records import Article
from harmwatch.store import Store
from harmwatch.store.aggregation import Change

log = logging.getLogger(__name__)
OnChange = Callable[[Change], None]


class PoliteFetcher(Fetcher):
    """A Fetcher that leaves at least `delay` seconds between two requests to one host."""

    def __init__(self, settings: Settings, *, delay: float, stop: threading.Event, timeout: float) -> None:
        super().__init__(settings, timeout=timeout)
        self.delay = delay
        self.stop = stop
        self.last: dict[str, float] = {}

    def fetch(self, url: str, *, etag: str | None = None, last_modified: str | None = None) -> Fetched:
        host = urlsplit(url).netloc
        ready = self.last.get(host, float("-inf")) + self.delay
        self.stop.wait(max(0.0, ready - time.monotonic()))
        try:
            return super().fetch(url, etag=etag, last_modified=last_modified)
        finally:
            # Counted from the end of an answer, so a slow host gets its full pause too.
            self.last[host] = time.monotonic()


@dataclass(slots=True)
class FeedState:
    """What the last poll of one feed learnt: its validators (or a file's modification time)."""

    etag: str | None = None
    last_modified: str | None = None
    mtime: float | None = None


@dataclass(slots=True)
class Watcher:
    """Polls feeds into a store; `poll` once, or `run` until `stop` is set."""

    sources: list[str]
    store: Store
    settings: Settings
    on_change: OnChange
    delay: float = 1.0
    timeout: float = DEFAULT_TIMEOUT
    stop: threading.Event = field(default_factory=threading.Event)
    states: dict[str, FeedState] = field(default_factory=dict)

    def _changed_feed(self, source: str, fetcher: Fetcher) -> bytes | None:
        """The feed's body when it changed since the last poll, else None."""
        state = self.states.setdefault(source, FeedState())
        if is_url(source):
            fetched = fetcher.fetch(source, etag=state.etag, last_modified=state.last_modified)
            state.etag, state.last_modified = fetched.etag, fetched.last_modified
            return fetched.body
        path = Path(source)
        mtime = path.stat().st_mtime
        if state.mtime == mtime:
            return None
        state.mtime = mtime
        return path.read_bytes()

    def _new_articles(self, fetcher: Fetcher) -> Iterator[Article | Failure]:
        for source in self.sources:
            if self.stop.is_set():
                return
            try:
                body = self._changed_feed(source, fetcher)
            except (HarmWatchError, OSError) as e:
                yield Failure(source, getattr(e, "code", "unreadable"), str(e))
                continue
            if body is None:
                log.info("%s has not changed", source)
                continue
            for item in read_feed(body, source, self.settings, fetcher):
                if isinstance(item, Article) and self.store.stored_version(item.id) == EXTRACTOR_VERSION:
                    continue
                yield item
                if self.stop.is_set():
                    return

    def poll(self, fetcher: Fetcher, summary: IngestSummary) -> None:
        """One round over the feeds: every new entry extracted, stored and attached, one at a time."""
        for item in self._new_articles(fetcher):
            outcome = item if isinstance(item, Failure) else extract_one(item)
            changes: list[Change] = []
            record_outcome(self.store, outcome, summary, changes)
            for change in changes:
                self.on_change(change)

    def run(self, every: float, rounds: int | None = None) -> IngestSummary:
        """Poll every `every` seconds until `stop` is set (or after `rounds` rounds)."""
        summary = IngestSummary(self.store.start_run(self.sources))
        status = "interrupted"
        done = 0
        try:
            with PoliteFetcher(
                self.settings, delay=self.delay, stop=self.stop, timeout=self.timeout
            ) as fetcher:
                while not self.stop.is_set():
                    self.poll(fetcher, summary)
                    done += 1
                    if rounds is not None and done >= rounds:
                        break
                    self.stop.wait(every)
            status = "stopped" if self.stop.is_set() else "ok"
        finally:
            self.store.finish_run(summary.run_id, status, summary.counts())
        return summary


def parse_every(text: str) -> float:
    """Seconds in an interval written '90', '90s', '15m' or '2h'."""
    units = {"s": 1, "m": 60, "h": 3600}
    value = text.strip().lower()
    try:
        if value and value[-1] in units:
            seconds = float(value[:-1]) * units[value[-1]]
        else:
            seconds = float(value)
    except ValueError as e:
        raise UsageError(f"cannot read the interval {text!r}: write it as 90s, 15m or 2h") from e
    if seconds <= 0:
        raise UsageError(f"the interval {text!r} must be longer than zero")
    return seconds
