"""`harmwatch watch` against feeds served on loopback: conditional GET, a delay per host, new entries only,
one line per new or updated incident, and a clean stop on SIGTERM."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest

from harmwatch.batch.watch import PoliteFetcher, Watcher, parse_every
from harmwatch.config import Settings
from harmwatch.errors import UsageError
from harmwatch.store import Filters, open_store
from loopback import loopback

ENTRIES = [
    (
        "Mortar fire kills five at bus station in Kharkiv",
        "Mon, 04 Mar 2019 10:00:00 GMT",
        "Mortar rounds struck the central bus station in Kharkiv on Monday morning, killing five people "
        "and wounding twelve, the regional governor said. Emergency crews worked through the afternoon.",
    ),
    (
        "Bus station toll in Kharkiv rises to nine",
        "Tue, 05 Mar 2019 09:00:00 GMT",
        "Nine people have now died after mortar rounds hit the Kharkiv bus station on Monday, the regional "
        "governor said on Tuesday. He said the dead included a driver and a ticket seller.",
    ),
]


def feed(entries: list[tuple[str, str, str]]) -> str:
    items = "".join(
        f"<item><title>{title}</title><guid>urn:test:{n}</guid><pubDate>{date}</pubDate>"
        f"<description>{body}</description></item>"
        for n, (title, date, body) in enumerate(entries)
    )
    return (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Loopback Wire</title>'
        f"<link>http://127.0.0.1/</link><description>t</description>{items}</channel></rss>"
    )


class FeedHandler(BaseHTTPRequestHandler):
    entries: list[tuple[str, str, str]] = ENTRIES[:1]
    requests: list[tuple[float, str | None, str | None]] = []
    """(arrival time, If-None-Match, If-Modified-Since) of each request."""

    def log_message(self, *_: object) -> None:
        pass

    def do_GET(self) -> None:  # noqa: N802 (the name http.server calls)
        FeedHandler.requests.append(
            (time.monotonic(), self.headers.get("If-None-Match"), self.headers.get("If-Modified-Since"))
        )
        etag = f'"v{len(FeedHandler.entries)}"'
        if self.headers.get("If-None-Match") == etag:
            self.send_response(304)
            self.end_headers()
            return
        data = feed(FeedHandler.entries).encode("utf-8")
        self.send_response(200)
        self.send_header("Content-Type", "application/rss+xml")
        self.send_header("ETag", etag)
        self.send_header("Last-Modified", formatdate(0, usegmt=True))
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


@pytest.fixture
def feed_url() -> Iterator[str]:
    FeedHandler.entries = ENTRIES[:1]
    FeedHandler.requests = []
    with loopback(FeedHandler) as base:
        yield f"{base}/feed.rss"


def test_polls_with_validators_and_reports_new_then_updated_incidents(feed_url, tmp_path):
    store = open_store(f"sqlite:///{tmp_path / 'watch.db'}")
    seen: list[tuple[str, str]] = []
    watcher = Watcher([feed_url], store, Settings(), seen.append, delay=0.2)
    watcher.run(every=0.0, rounds=2)
    assert [kind for _, kind in seen] == ["new"]
    # The second poll sent the first answer's validators and got "not modified": nothing re-read.
    assert FeedHandler.requests[1][1:] == ('"v1"', formatdate(0, usegmt=True))
    assert FeedHandler.requests[1][0] - FeedHandler.requests[0][0] >= 0.2  # the per-host delay
    FeedHandler.entries = ENTRIES
    watcher.run(every=0.0, rounds=1)
    assert [kind for _, kind in seen] == ["new", "updated"]
    assert seen[1][0] == seen[0][0]  # the follow-up joined the first report's incident
    (incident,) = store.iter_aggregated_incidents(Filters())
    assert incident["figures"]["killed"]["conservative"] == 9
    assert [h["low"] for h in incident["figures"]["killed"]["by_claimant"][0]["history"]] == [5, 9]


def test_a_stop_request_ends_the_run_between_entries(feed_url, tmp_path):
    store = open_store(f"sqlite:///{tmp_path / 'watch.db'}")
    FeedHandler.entries = ENTRIES
    watcher = Watcher([feed_url], store, Settings(), lambda _change: watcher.stop.set(), delay=0.0)
    summary = watcher.run(every=3600)
    assert summary.stored == 1  # stopped after the first entry, before the second
    with store.connect() as conn:
        from sqlalchemy import text

        assert conn.execute(text("SELECT status FROM runs")).scalar_one() == "stopped"


def test_polite_fetcher_waits_per_host(feed_url):
    with PoliteFetcher(Settings(), delay=0.3, stop=threading.Event(), timeout=5) as fetcher:
        for _ in range(3):
            fetcher.fetch(feed_url)
    times = [t for t, _, _ in FeedHandler.requests]
    assert all(b - a >= 0.3 for a, b in zip(times, times[1:], strict=False))


def test_intervals():
    assert (parse_every("15m"), parse_every("90s"), parse_every("2h"), parse_every("30")) == (
        900,
        90,
        7200,
        30,
    )
    for bad in ("soon", "0m", "-5"):
        with pytest.raises(UsageError):
            parse_every(bad)


def test_sigterm_stops_the_command_cleanly(tmp_path):
    path = tmp_path / "wire.rss"
    path.write_text(feed(ENTRIES[:1]), encoding="utf-8")
    env = {**os.environ, "HARMWATCH_DB": f"sqlite:///{tmp_path / 'cli.db'}"}
    process = subprocess.Popen(
        [sys.executable, "-m", "harmwatch.cli", "watch", str(path), "--every", "1h"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    line = process.stdout.readline()  # the first incident: the feed has been read and stored
    assert line.startswith("new") and "Kharkiv" in line
    process.send_signal(signal.SIGTERM)
    _, err = process.communicate(timeout=60)
    assert process.returncode == 0, err
    assert "watch stopped: stored 1" in err
    assert Path(tmp_path / "cli.db").exists()
