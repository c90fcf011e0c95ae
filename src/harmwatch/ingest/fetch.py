"""Fetching pages and feeds over HTTP: a timeout, a size limit and a User-Agent that says who is asking."""

from __future__ import annotations

import time
import zlib
from collections.abc import Iterator
from dataclasses import dataclass

import httpx

from harmwatch import __version__
from harmwatch.config import Settings
from harmwatch.errors import InputError
from harmwatch.redact import redact_url, scrub, scrub_logger, secrets_of

USER_AGENT = f"HarmWatch/{__version__} (civilian-harm news monitor; python-httpx)"
DEFAULT_TIMEOUT = 15.0
"""Seconds for the whole request, connect to last byte."""


@dataclass(frozen=True, slots=True)
class Fetched:
    """One answer: the body (None when the server says it has not changed), its type and its validators."""

    body: bytes | None
    content_type: str
    etag: str | None = None
    last_modified: str | None = None


def is_url(name: str) -> bool:
    return name.startswith(("http://", "https://"))


def _inflate(raw: Iterator[bytes], encoding: str, limit: int, shown: str) -> Iterator[bytes]:
    """The decoded body, never more than `limit` bytes out of any one read: zlib's max_length keeps a
    gzip bomb (1 GB from 1 MB) from inflating in memory before the size check sees it."""
    kind = encoding.strip().lower()
    if kind in ("", "identity"):
        yield from raw
        return
    if kind not in ("gzip", "x-gzip", "deflate"):
        raise InputError(f"{shown} is sent with an unsupported encoding {kind!r}", "bad_encoding")
    inflater = zlib.decompressobj(47 if kind != "deflate" else 15)  # 47: gzip or zlib header, detected
    try:
        for data in raw:
            while data:
                out = inflater.decompress(data, limit)
                data = inflater.unconsumed_tail
                if out:
                    yield out
        if tail := inflater.flush():
            yield tail
    except zlib.error as e:
        raise InputError(f"{shown} sent a corrupt {kind} body: {e}", "bad_encoding") from None


class Fetcher:
    """One HTTP client for a run; `get` returns the body or raises InputError with a clear reason."""

    def __init__(self, settings: Settings, *, timeout: float = DEFAULT_TIMEOUT) -> None:
        scrub_logger("httpx")  # it logs each request's URL, tokens included
        self.max_bytes = settings.max_bytes
        self.timeout = timeout
        self.client = httpx.Client(
            headers={
                "User-Agent": USER_AGENT,
                "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.5",
                # Only what `_inflate` can bound: a compressed bomb must stop at max_bytes, not in memory.
                "Accept-Encoding": "gzip, deflate",
            },
            timeout=httpx.Timeout(timeout),
            follow_redirects=True,
            max_redirects=5,
        )

    def get(self, url: str) -> tuple[bytes, str]:
        """The body and content type of a URL; messages show it with any password or token masked."""
        fetched = self.fetch(url)
        assert fetched.body is not None  # no validators sent, so never "not modified"
        return fetched.body, fetched.content_type

    def fetch(self, url: str, *, etag: str | None = None, last_modified: str | None = None) -> Fetched:
        """A conditional GET: with the validators of an earlier answer, body None means "not modified"."""
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        shown = redact_url(url)
        deadline = time.monotonic() + self.timeout
        try:
            with self.client.stream("GET", url, headers=headers) as response:
                validators = (response.headers.get("etag"), response.headers.get("last-modified"))
                if response.status_code == 304:
                    return Fetched(None, "", validators[0] or etag, validators[1] or last_modified)
                if response.status_code >= 400:
                    raise InputError(f"{shown} answered HTTP {response.status_code}", "http_error")
                declared = response.headers.get("content-length")
                if declared and declared.isdigit() and int(declared) > self.max_bytes:
                    raise InputError(
                        f"{shown} is {int(declared):,} bytes, over the limit of {self.max_bytes:,}",
                        "too_large",
                    )
                chunks: list[bytes] = []
                size = 0
                encoding = response.headers.get("content-encoding", "")
                for chunk in _inflate(response.iter_raw(), encoding, self.max_bytes + 1, shown):
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise InputError(
                            f"{shown} is over the limit of {self.max_bytes:,} bytes", "too_large"
                        )
                    # A server trickling bytes resets httpx's per-read timeout; hold it to the whole request.
                    if time.monotonic() > deadline:
                        raise InputError(f"{shown} did not answer within {self.timeout:g} s", "timeout")
                    chunks.append(chunk)
                return Fetched(b"".join(chunks), response.headers.get("content-type", ""), *validators)
        except httpx.TooManyRedirects:
            raise InputError(f"{shown} redirects more than 5 times (a loop?)", "too_many_redirects") from None
        except httpx.TimeoutException as e:
            raise InputError(f"{shown} did not answer within {self.timeout:g} s", "timeout") from e
        except httpx.HTTPError as e:
            why = scrub(f"{type(e).__name__}: {e}", secrets_of(url))
            raise InputError(f"{shown} could not be fetched: {why}", "unreachable") from None

    def close(self) -> None:
        self.client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()
