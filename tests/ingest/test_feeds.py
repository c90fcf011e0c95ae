"""Feeds, article URLs and fetching, against a local HTTP server on loopback (never the internet)."""

from __future__ import annotations

import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest

from harmwatch.config import Settings
from harmwatch.errors import InputError
from harmwatch.ingest import Failure
from harmwatch.ingest.feeds import looks_like_feed, read_feed_file, read_sources, read_url
from harmwatch.ingest.fetch import USER_AGENT, Fetcher
from harmwatch.records import Article
from loopback import loopback

PARAGRAPHS = [
    "Shelling struck a crowded market in the northern district on Monday morning, killing at least seven "
    "people and wounding dozens more, according to local health officials who spoke to reporters at the scene.",
    "Witnesses said the shells landed minutes apart as traders were setting out vegetables and bread, and that "
    "ambulances took more than an hour to reach the area because the main road had been closed by checkpoints.",
    "A spokesman for the regional hospital said its emergency ward was overwhelmed and appealed for blood "
    "donations, while aid groups called on all parties to respect the protection owed to civilians.",
]
PAGE = (
    "<html><head><title>Market shelling kills seven</title></head><body><nav>Home | World</nav>"
    "<article><h1>Market shelling kills seven</h1>"
    + "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    + "</article><footer>Copyright</footer></body></html>"
)
ENTRY_CONTENT = (
    "&lt;p&gt;Fighting near the river crossing forced hundreds of families to flee their homes overnight, the "
    "regional governor said on Tuesday, adding that shelters in the provincial capital were already full and "
    "that more tents and blankets were urgently needed before the winter.&lt;/p&gt;"
)


def rss(base: str) -> str:
    items = []
    for n, path in enumerate(["/page/ok", "/page/500", "/page/slow", "/page/huge", "/page/declared-huge"]):
        items.append(
            f"<item><title>Story {n}</title><link>{base}{path}</link>"
            f"<pubDate>Mon, 04 Mar 2019 10:0{n}:00 GMT</pubDate><description>{ENTRY_CONTENT}</description></item>"
        )
    items.append(f"<item><title>No content</title><link>{base}/page/500?x=2</link></item>")
    return (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Test Wire</title>'
        f"<link>{base}</link><description>t</description>{''.join(items)}</channel></rss>"
    )


def atom(base: str) -> str:
    return (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Wire</title>'
        f"<id>{base}/atom</id><updated>2019-03-04T10:00:00Z</updated><entry><title>Market shelling kills seven"
        f'</title><link href="{base}/page/ok"/><id>{base}/e1</id><updated>2019-03-04T10:00:00Z</updated></entry>'
        "</feed>"
    )


class Handler(BaseHTTPRequestHandler):
    seen_agents: list[str] = []

    def log_message(self, *_: object) -> None:  # keep test output clean
        pass

    def _send(self, status: int, body: str, kind: str = "text/html; charset=utf-8") -> None:
        data = body.encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self) -> None:  # noqa: N802 (the name http.server calls)
        Handler.seen_agents.append(self.headers.get("User-Agent", ""))
        base = f"http://{self.server.server_address[0]}:{self.server.server_address[1]}"
        path = self.path
        try:
            if path == "/feed.rss":
                self._send(200, rss(base), "application/rss+xml")
            elif path == "/atom.xml":
                self._send(200, atom(base), "application/atom+xml")
            elif path == "/broken.xml":
                self._send(
                    200, '<?xml version="1.0"?><rss version="2.0"><channel><title>Br', "application/rss+xml"
                )
            elif path == "/page/ok":
                self._send(200, PAGE)
            elif path.startswith("/page/500"):
                self._send(500, "<html><body>Internal error</body></html>")
            elif path == "/page/slow":
                time.sleep(3)
                self._send(200, PAGE)
            elif path in ("/page/huge", "/page/declared-huge"):
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                if path == "/page/declared-huge":
                    self.send_header("Content-Length", str(50 * 1024 * 1024))
                self.end_headers()
                chunk = b"<p>" + b"x" * (1024 * 1024 - 7) + b"</p>\n"
                for _ in range(50):
                    self.wfile.write(chunk)
            else:
                self._send(404, "not found")
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up, as it should on a huge page


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    with loopback(Handler) as base:
        yield base


@pytest.fixture
def fetcher() -> Iterator[Fetcher]:
    with Fetcher(Settings(), timeout=1.0) as f:
        yield f


def test_fetcher_sends_a_user_agent_and_names_each_error(server, fetcher):
    body, kind = fetcher.get(f"{server}/page/ok")
    assert b"Market shelling" in body and kind.startswith("text/html")
    assert Handler.seen_agents[-1] == USER_AGENT and "HarmWatch" in USER_AGENT
    codes = {}
    for path in ("/page/500", "/page/slow", "/page/huge", "/page/declared-huge"):
        start = time.monotonic()
        with pytest.raises(InputError) as e:
            fetcher.get(server + path)
        codes[path] = e.value.code
        assert time.monotonic() - start < 2.9, path  # never waits for, or reads, the whole answer
    assert codes == {
        "/page/500": "http_error",
        "/page/slow": "timeout",
        "/page/huge": "too_large",
        "/page/declared-huge": "too_large",
    }
    with pytest.raises(InputError) as e:
        fetcher.get("http://127.0.0.1:9/nothing-listens-here")
    assert e.value.code == "unreachable"


def test_feed_entries_use_the_page_or_fall_back_to_their_own_content(server, fetcher):
    items = list(read_url(f"{server}/feed.rss", Settings(), fetcher))
    assert len(items) == 6
    ok, *fallbacks, failed = items
    assert isinstance(ok, Article) and "traders were setting out vegetables" in ok.text
    assert ok.url == f"{server}/page/ok" and ok.outlet == "Test Wire" and ok.published == "2019-03-04T10:00"
    for item in fallbacks:  # 500, timeout, 50 MB with and without Content-Length
        assert isinstance(item, Article), item
        assert "river crossing forced hundreds of families" in item.text
    assert isinstance(failed, Failure) and failed.code == "http_error" and "500" in failed.message


def test_atom_feed_and_single_article_url(server, fetcher):
    (entry,) = read_url(f"{server}/atom.xml", Settings(), fetcher)
    assert isinstance(entry, Article) and entry.outlet == "Atom Wire" and "ambulances" in entry.text
    (page,) = read_url(f"{server}/page/ok", Settings(), fetcher)
    assert isinstance(page, Article) and page.input_id == f"{server}/page/ok"
    assert page.title == "Market shelling kills seven"


def test_broken_feeds_and_bad_urls_are_failures_with_reasons(server, fetcher, tmp_path):
    (broken,) = read_url(f"{server}/broken.xml", Settings(), fetcher)
    assert (
        isinstance(broken, Failure)
        and broken.code == "bad_feed"
        and "not a readable RSS/Atom feed" in broken.message
    )
    (missing,) = read_url(f"{server}/nope", Settings(), fetcher)
    assert isinstance(missing, Failure) and missing.code == "http_error" and "404" in missing.message
    xml = tmp_path / "broken.xml"
    xml.write_text('<?xml version="1.0"?><rss><channel><item><title>cut off', encoding="utf-8")
    (bad_file,) = read_feed_file(xml, Settings(), fetcher)
    assert isinstance(bad_file, Failure) and bad_file.code == "bad_feed"


def test_sources_mix_directories_feed_files_and_urls(server, fetcher, tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(
        "Market shelling kills seven\n\n" + "\n\n".join(PARAGRAPHS) + "\n", encoding="utf-8"
    )
    (corpus / "b.atom").write_text(atom(server), encoding="utf-8")
    (corpus / "c.bin").write_bytes(b"\x00\x01\x02binary" * 100)
    (corpus / "d.jsonl").write_text(
        '{"id": "d1", "text": "' + PARAGRAPHS[1] + '"}\n{"id": "d2", "te', encoding="utf-8"
    )
    items = list(read_sources([str(corpus), f"{server}/page/ok"], Settings(), fetcher))
    kinds = [type(i).__name__ for i in items]
    assert kinds == ["Article", "Article", "Failure", "Article", "Failure", "Article"]
    failures = {Path(i.input_id).name: i.code for i in items if isinstance(i, Failure)}
    assert failures == {"c.bin": "binary", "d.jsonl:2": "bad_json"}


def test_looks_like_feed():
    assert looks_like_feed(b'<?xml version="1.0"?>\n<rss version="2.0">')
    assert looks_like_feed(b"<feed xmlns='http://www.w3.org/2005/Atom'>")
    assert looks_like_feed(b"{}", "application/atom+xml; charset=utf-8")
    assert not looks_like_feed(b"<!doctype html><html>", "text/html")
