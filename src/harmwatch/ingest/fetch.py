"""Fetching pages and feeds over HTTP: a timeout, a size limit and a User-Agent that says who is asking."""

from __future__ import annotations

import time
from dataclasses import dataclass

import httpx

from harmwatch import __version__
from harmwatch.config import Settings
from harmwatch.errors import InputError

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


class Fetcher:
    """One HTTP client for a run; `get` returns the body or raises InputError with a clear reason."""

    def __init__(self, settings: Settings, *, timeout: float = DEFAULT_TIMEOUT) -> None:
        self.max_bytes = settings.max_bytes
        self.timeout = timeout
        self.client = httpx.Client(
            headers={
                "User-Agent": USER_AGENT,
                "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.5",
            },
            timeout=httpx.Timeout(timeout),
            follow_redirects=True,
            max_redirects=5,
        )

    def get(self, url: str) -> tuple[bytes, str]:
        """The body and content type of a URL."""
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
        deadline = time.monotonic() + self.timeout
        try:
            with self.client.stream("GET", url, headers=headers) as response:
                validators = (response.headers.get("etag"), response.headers.get("last-modified"))
                if response.status_code == 304:
                    return Fetched(None, "", validators[0] or etag, validators[1] or last_modified)
                if response.status_code >= 400:
                    raise InputError(f"{url} answered HTTP {response.status_code}", "http_error")
                declared = response.headers.get("content-length")
                if declared and declared.isdigit() and int(declared) > self.max_bytes:
                    raise InputError(
                        f"{url} is {int(declared):,} bytes, over the limit of {self.max_bytes:,}", "too_large"
                    )
                chunks: list[bytes] = []
                size = 0
                for chunk in response.iter_bytes():
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise InputError(f"{url} is over the limit of {self.max_bytes:,} bytes", "too_large")
                    # A server trickling bytes resets httpx's per-read timeout; hold it to the whole request.
                    if time.monotonic() > deadline:
                        raise InputError(f"{url} did not answer within {self.timeout:g} s", "timeout")
                    chunks.append(chunk)
                return Fetched(b"".join(chunks), response.headers.get("content-type", ""), *validators)
        except httpx.TimeoutException as e:
            raise InputError(f"{url} did not answer within {self.timeout:g} s", "timeout") from e
        except httpx.HTTPError as e:
            raise InputError(f"{url} could not be fetched: {type(e).__name__}: {e}", "unreachable") from e

    def close(self) -> None:
        self.client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()
