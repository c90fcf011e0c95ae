"""Who may call what: writes need a live API token; reads too when the server was started with
--read-token-required. Failures are 401 with `WWW-Authenticate: Bearer`; the token is never echoed.

A browser cannot send an `Authorization` header from a link, so for reading a token may also come from the
sign-in cookie that /login sets. The cookie never authorises a write: a page on another site that makes the
browser post here gets a 401, whatever cookies the browser holds."""

from __future__ import annotations

from fastapi import HTTPException, Request

from harmwatch.serve.security import bearer_token
from harmwatch.store.tokens import check_token

CHALLENGE = {"WWW-Authenticate": "Bearer"}
COOKIE = "harmwatch_token"


def _token_name(request: Request, cookie: bool = False) -> str | None:
    token = bearer_token(request.headers)
    if token is None and cookie:
        token = request.cookies.get(COOKIE)
    return check_token(request.app.state.store, token)


def require_write(request: Request) -> str:
    """The name of the token allowed to write (a dependency of every writing route)."""
    name = _token_name(request)
    if name is None:
        raise HTTPException(401, "a live API token is required: Authorization: Bearer <token>", CHALLENGE)
    return name


def require_read(request: Request) -> None:
    """Reads are open unless the server requires a token for them too."""
    if request.app.state.config.read_token_required and _token_name(request, cookie=True) is None:
        raise HTTPException(401, "this server requires an API token for reading too", CHALLENGE)
