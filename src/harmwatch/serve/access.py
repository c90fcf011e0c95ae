"""Who may call what: writes need a live API token; reads too when the server was started with
--read-token-required. Failures are 401 with `WWW-Authenticate: Bearer`; the token is never echoed."""

from __future__ import annotations

from fastapi import HTTPException, Request

from harmwatch.serve.security import bearer_token
from harmwatch.store.tokens import check_token

CHALLENGE = {"WWW-Authenticate": "Bearer"}


def _token_name(request: Request) -> str | None:
    return check_token(request.app.state.store, bearer_token(request.headers))


def require_write(request: Request) -> str:
    """The name of the token allowed to write (a dependency of every writing route)."""
    name = _token_name(request)
    if name is None:
        raise HTTPException(401, "a live API token is required: Authorization: Bearer <token>", CHALLENGE)
    return name


def require_read(request: Request) -> None:
    """Reads are open unless the server requires a token for them too."""
    if request.app.state.config.read_token_required and _token_name(request) is None:
        raise HTTPException(401, "this server requires an API token for reading too", CHALLENGE)
