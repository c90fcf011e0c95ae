"""Hardening shared by every response: security headers, a request body limit, and API tokens.

The middlewares are plain ASGI callables, so they also cover streamed responses and static files.
"""

from __future__ import annotations

import logging
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

log = logging.getLogger(__name__)

# Scripts only from this server: no inline script, no eval. Styles allow inline `style` attributes,
# which Leaflet and Swagger UI set; nothing is ever loaded from another host.
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
    "frame-ancestors 'none'"
)
HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
]


class SecurityHeaders:
    """Adds HEADERS to every HTTP response."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        started = False

        async def send_with_headers(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                names = {name for name, _ in message.get("headers", [])}
                message["headers"] = list(message.get("headers", [])) + [
                    h for h in HEADERS if h[0] not in names
                ]
            await send(message)

        try:
            await self.app(scope, receive, send_with_headers)
        except Exception as e:
            # The exception text may quote anything (a URL, a header): only its type reaches the log,
            # and the client gets the generic error body, with these headers like any response.
            log.error("internal error on %s: %s", scope.get("path"), type(e).__name__)
            if not started:
                await send_json(send_with_headers, 500, "internal", "internal error; see the server log")


class NoNul:
    """Refuses with 400 a request whose path or query string holds a NUL character: no text field of the
    store can hold one (PostgreSQL refuses it outright), so it can only be an attack or a broken client."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and (
            "\x00" in scope.get("path", "") or b"%00" in scope.get("query_string", b"")
        ):
            await send_json(send, 400, "bad_request", "the request's path or query holds a NUL character")
            return
        await self.app(scope, receive, send)


class BodyLimit:
    """Refuses request bodies over `max_bytes` with 413: by Content-Length up front; a body sent without
    one (chunked) is read here first, up to the limit, and then handed on."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None:
            if not declared.isdigit() or int(declared) > self.max_bytes:
                await _too_large(send, self.max_bytes)
                return
            await self.app(scope, receive, send)
            return
        messages: list[Message] = []
        seen = 0
        while True:
            message = await receive()
            messages.append(message)
            if message["type"] != "http.request":
                break
            seen += len(message.get("body", b""))
            if seen > self.max_bytes:
                await _too_large(send, self.max_bytes)
                return
            if not message.get("more_body", False):
                break
        replay = iter(messages)

        async def buffered_receive() -> Message:
            return next(replay, None) or await receive()

        await self.app(scope, buffered_receive, send)


async def _too_large(send: Send, limit: int) -> None:
    await send_json(send, 413, "too_large", f"the request body is over the limit of {limit} bytes")


async def send_json(send: Send, status: int, code: str, message: str) -> None:
    """Send a whole error response in the one error body shape."""
    from harmwatch.serve.errors import error_body

    body = error_body(code, message)
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())],
        }
    )
    await send({"type": "http.response.body", "body": body})


def bearer_token(headers: Any) -> str | None:
    """The token of an `Authorization: Bearer ...` header, or None."""
    value = headers.get("authorization") or ""
    scheme, _, token = value.partition(" ")
    return token.strip() or None if scheme.lower() == "bearer" else None
