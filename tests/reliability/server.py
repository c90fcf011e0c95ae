"""A hostile web server on 127.0.0.1 for the fetcher: slow, looping, failing, endless and compressed-bomb
answers, and one good page. Started per test module; never reaches beyond loopback."""

from __future__ import annotations

import gzip
import time
import zlib
from contextlib import AbstractContextManager
from http.server import BaseHTTPRequestHandler

from loopback import loopback
from reliability.corpus import STORY, TITLE

PAGE = (
    f"<html><head><title>{TITLE}</title></head><body><article><h1>{TITLE}</h1>"
    + "".join(f"<p>{s.strip()}.</p>" for s in STORY.split(". ") if s.strip())
    + "</article></body></html>"
).encode()


def _bomb(size: int = 1 << 30) -> bytes:
    """`size` zero bytes gzip-compressed (1 GiB -> about 1 MB), built a megabyte at a time."""
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)  # wbits 31: a gzip stream
    block = b"\0" * (1 << 20)
    return b"".join([*(packer.compress(block) for _ in range(size >> 20)), packer.flush()])


# Sent as Content-Encoding gzip, it would inflate to 1 GiB in the client.
BOMB = _bomb()
BROKEN_FEED = (
    b'<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><item><title>One</title>'
    b"<description>cut"
)
# What each path must become: the failure code (the fetch timeout is 2 s in these tests).
EXPECTED = {
    "/slow": "timeout",
    "/trickle": "timeout",
    "/loop": "too_many_redirects",
    "/500": "http_error",
    "/endless": "too_large",
    "/gzip-bomb": "too_large",
    "/broken-feed.xml": "bad_feed",
    "/page": "report",
    "/page-gzip": "report",
}


class Hostile(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *_: object) -> None:
        pass

    def _head(self, status: int = 200, **headers: str) -> None:
        self.send_response(status)
        for key, value in headers.items():
            self.send_header(key.replace("_", "-"), value)
        self.end_headers()

    def _send(self, body: bytes, status: int = 200, **headers: str) -> None:
        self._head(status, Content_Length=str(len(body)), **headers)
        self.wfile.write(body)

    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        path = self.path.split("?")[0]
        try:
            if path == "/slow":
                time.sleep(30)
                self._send(b"")
            elif path == "/trickle":
                self._head(200, Content_Type="text/html", Content_Length="100000")
                for _ in range(200):
                    self.wfile.write(b"<")
                    self.wfile.flush()
                    time.sleep(0.3)
            elif path == "/loop":
                self._send(b"", 302, Location="/loop")
            elif path == "/500":
                self._send(b"", 500)
            elif path == "/endless":
                self._head(200, Content_Type="text/html", Transfer_Encoding="chunked")
                chunk = b"<p>" + b"more words " * 6000 + b"</p>"
                for _ in range(100_000):
                    self.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
            elif path in ("/gzip-bomb", "/page-gzip"):
                body = BOMB if path == "/gzip-bomb" else gzip.compress(PAGE)
                self._send(body, Content_Type="text/html", Content_Encoding="gzip")
            elif path == "/broken-feed.xml":
                self._send(BROKEN_FEED, Content_Type="application/rss+xml")
            elif path == "/page":
                self._send(PAGE, Content_Type="text/html; charset=utf-8")
            else:
                self._send(b"", 404)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up, as it should


def hostile_server() -> AbstractContextManager[str]:
    """The server's base URL while the block runs."""
    return loopback(Hostile)
