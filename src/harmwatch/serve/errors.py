"""One error body for the API, `{"error": {"code", "message", "details"?}}`, and the handlers that map
exceptions to it (HTML pages get the same message in the error template). Messages never carry a
token, a password or the exception text of an unexpected error (security.SecurityHeaders answers those)."""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import Response
from starlette.exceptions import HTTPException

from harmwatch.errors import HarmWatchError, InputError, StoreError, UsageError

log = logging.getLogger(__name__)
STATUS = {InputError: 422, UsageError: 400, StoreError: 503}
CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    413: "too_large",
    422: "invalid",
    500: "internal",
    503: "unavailable",
}


def error_body(code: str, message: str, details: list[dict[str, Any]] | None = None) -> bytes:
    error: dict[str, Any] = {"code": code, "message": message}
    if details:
        error["details"] = details
    return json.dumps({"error": error}, ensure_ascii=False).encode("utf-8")


def _respond(
    request: Request,
    status: int,
    code: str,
    message: str,
    details: Any = None,
    headers: Mapping[str, str] | None = None,
) -> Response:
    if request.url.path.startswith("/api") or "html" not in request.headers.get("accept", ""):
        return Response(error_body(code, message, details), status, headers, media_type="application/json")
    templates = request.app.state.templates
    return templates.TemplateResponse(
        request, "error.html", {"status": status, "message": message}, status_code=status, headers=headers
    )


def _where(loc: tuple[Any, ...]) -> str:
    parts = [str(p) for p in loc if str(p)]
    if parts == ["query"]:
        return "query"
    if parts and parts[0] in ("query", "path", "body", "header"):
        kind, rest = parts[0], parts[1:]
        return f"{kind} parameter '{'.'.join(rest)}'" if kind != "body" else f"body field '{'.'.join(rest)}'"
    return ".".join(parts)


async def on_validation(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestValidationError)
    details = [{"where": _where(tuple(e.get("loc", ()))), "message": e.get("msg", "")} for e in exc.errors()]
    message = "; ".join(f"{d['where']}: {d['message']}" for d in details) or "invalid request"
    return _respond(request, 422, "invalid", message, details)


async def on_http(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    code = CODES.get(exc.status_code, "error")
    return _respond(request, exc.status_code, code, str(exc.detail), headers=exc.headers)


async def on_harmwatch(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HarmWatchError)
    status = next((s for cls, s in STATUS.items() if isinstance(exc, cls)), 400)
    if isinstance(exc, StoreError):
        log.error("store error on %s: %s", request.url.path, exc)
        return _respond(request, status, "unavailable", "the store could not answer; see the server log")
    return _respond(request, status, getattr(exc, "code", "error"), str(exc))


def install(app: FastAPI) -> None:
    app.add_exception_handler(RequestValidationError, on_validation)
    app.add_exception_handler(HTTPException, on_http)
    app.add_exception_handler(HarmWatchError, on_harmwatch)
