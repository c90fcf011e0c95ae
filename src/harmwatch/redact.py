"""Secrets kept out of messages: passwords in URLs, tokens in query strings, libpq `password=` settings.

Every message that may carry a user's URL (a store URL, a feed URL) goes through `scrub` before it is raised,
logged or stored, so a failing `--db postgresql://user:pw@host/db` never prints the password.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from urllib.parse import unquote, urlsplit

MASK = "***"
_SECRET_KEYS = r"(?:password|passwd|pwd|pass|token|access_token|api_key|apikey|key|secret|auth|sig|signature)"
# scheme://user:password@host -> scheme://user:***@host (the password may hold anything but '@' and space)
_USERINFO = re.compile(r"(\b[a-z][a-z0-9+.-]*://[^\s/:@]*:)[^\s@]*@", re.I)
# ?token=abc&x=1 -> ?token=***&x=1
_QUERY = re.compile(r"([?&;]" + _SECRET_KEYS + r"=)[^&\s'\"#]*", re.I)
# libpq conninfo as drivers echo it: password=abc or password='a b'
_CONNINFO = re.compile(r"(\bpassword\s*=\s*)(?:'(?:[^'\\]|\\.)*'|\S+)", re.I)


def secrets_of(url: str) -> list[str]:
    """The literal secrets a URL carries (its password, percent-decoded too), to strip from any text."""
    found: list[str] = []
    try:
        password = urlsplit(url).password
    except ValueError:
        password = None
    if password is None:
        m = re.search(r"://[^\s/:@]*:([^\s@]*)@", url)
        password = m.group(1) if m else None
    if password:
        found += [password, unquote(password)]
    found += [m.group(1) for m in re.finditer(_SECRET_KEYS + r"=([^&\s'\"#]+)", url, re.I)]
    return [s for s in dict.fromkeys(found) if len(s) >= 3]


def scrub(text: str, secrets: Iterable[str] = ()) -> str:
    """`text` with URL passwords, secret query values, conninfo passwords and the given secrets masked."""
    text = _USERINFO.sub(r"\1" + MASK + "@", text)
    text = _QUERY.sub(r"\1" + MASK, text)
    text = _CONNINFO.sub(r"\1" + MASK, text)
    for secret in sorted(secrets, key=len, reverse=True):
        text = text.replace(secret, MASK)
    return text


def redact_url(url: str) -> str:
    """The URL as it may be shown: password and secret query values masked."""
    return scrub(url, secrets_of(url))


class ScrubFilter(logging.Filter):
    """A logging filter that masks secrets in a record's message (httpx logs every request URL at INFO)."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = scrub(message)
        if cleaned != message:
            record.msg, record.args = cleaned, ()
        return True


def scrub_logger(name: str) -> None:
    """Mask secrets in everything the named logger emits (idempotent)."""
    logger = logging.getLogger(name)
    if not any(isinstance(f, ScrubFilter) for f in logger.filters):
        logger.addFilter(ScrubFilter())
