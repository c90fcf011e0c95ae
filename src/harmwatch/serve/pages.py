"""HTML pages, rendered on the server; every value passes through Jinja's autoescaping."""

from __future__ import annotations

from typing import Annotated, Any, get_args
from urllib.parse import parse_qs

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

from harmwatch.export.source import get_incident, incident_page, incidents_of_article
from harmwatch.serve.access import COOKIE
from harmwatch.serve.api import report_or_404
from harmwatch.serve.highlight import KINDS, highlight, marks_of, sentence_around
from harmwatch.serve.params import Grade, IncidentQuery, PageQuery, event_types, pages
from harmwatch.store import Page, Store, browse
from harmwatch.store.tokens import check_token

router = APIRouter(default_response_class=HTMLResponse, include_in_schema=False)
open_router = APIRouter(default_response_class=HTMLResponse, include_in_schema=False)
SORTABLE = {"date": "Date", "event_type": "Event", "killed": "Killed"}


def _render(request: Request, name: str, context: dict[str, Any]) -> HTMLResponse:
    response = request.app.state.templates.TemplateResponse(request, name, context)
    assert isinstance(response, HTMLResponse)
    return response


def _store(request: Request) -> Store:
    store = request.app.state.store
    assert isinstance(store, Store)
    return store


@router.get("/")
def overview(request: Request) -> HTMLResponse:
    store = _store(request)
    counts = store.counts()
    totals = {k: counts.get(k, 0) for k in ("articles", "incidents", "claims", "quotes", "actors", "places")}
    return _render(
        request,
        "overview.html",
        {
            "totals": totals,
            "places": browse.top_places(store, Page(10)).items,
            "actors": browse.top_actors(store, Page(10)).items,
        },
    )


def _filter_context(query: IncidentQuery) -> dict[str, Any]:
    return {"query": query, "event_types": event_types(), "grades": get_args(Grade)}


@router.get("/incidents")
def incidents(request: Request, query: Annotated[IncidentQuery, Query()]) -> HTMLResponse:
    result = incident_page(_store(request), query.filters(), query.page_of(), query.sort)
    return _render(
        request,
        "incidents.html",
        {
            **_filter_context(query),
            "result": result,
            "pages": pages(result.total, query.per_page),
            "sortable": SORTABLE,
        },
    )


def _sentences(store: Store, incident: dict[str, Any]) -> list[dict[str, Any]]:
    """Each report's sentence that first mentions the incident."""
    out = []
    for article in incident.get("articles") or []:
        report = report_or_404(store, article["id"])
        text = report["article"]["text"]
        own = next((i for i in report.get("incidents") or [] if i.get("id") == article.get("incident")), None)
        # The body tells more than the headline: its first mention, else the headline's.
        mentions = sorted((own or {}).get("mentions") or [])
        body = [m for m in mentions if m[0] > text.find("\n")]
        sentence = sentence_around(text, (body or mentions)[0]) if mentions else None
        out.append({**article, "sentence": sentence})
    return out


@router.get("/incidents/{incident_id}")
def incident(request: Request, incident_id: str) -> HTMLResponse:
    store = _store(request)
    found = get_incident(store, incident_id)
    if found is None:
        raise HTTPException(404, f"no incident {incident_id!r}")
    numbers = {a["id"]: n for n, a in enumerate(found.get("articles") or [], 1)}
    return _render(
        request, "incident.html", {"incident": found, "reports": _sentences(store, found), "numbers": numbers}
    )


@router.get("/articles/{article_id}")
def article(request: Request, article_id: str) -> HTMLResponse:
    store = _store(request)
    report = report_or_404(store, article_id)
    marks, records = marks_of(report)
    text = report["article"]["text"]
    incidents = incidents_of_article(store, article_id)
    return _render(
        request,
        "article.html",
        {
            "report": report,
            "html": highlight(text, marks),
            "records": records,
            "kinds": KINDS,
            "incidents": incidents,
        },
    )


@router.get("/actors")
def actors(request: Request, query: Annotated[PageQuery, Query()]) -> HTMLResponse:
    result = browse.actors_by_outlet(_store(request), query.page_of())
    return _render(
        request,
        "actors.html",
        {"result": result, "query": query, "pages": pages(result.total, query.per_page)},
    )


@router.get("/map")
def map_page(request: Request, query: Annotated[IncidentQuery, Query()]) -> HTMLResponse:
    return _render(request, "map.html", _filter_context(query))


def _local(target: str | None) -> str:
    """A path on this server to return to after signing in; anything else (another host) is the overview."""
    if target and target.startswith("/") and not target.startswith("//") and "\\" not in target:
        return target
    return "/"


@open_router.get("/login")
def login_form(request: Request, next: str = "/") -> HTMLResponse:  # noqa: A002 (the query's name)
    return _render(request, "login.html", {"next": _local(next), "message": None})


@open_router.post("/login", response_model=None)
async def login(request: Request) -> HTMLResponse | RedirectResponse:
    """Check a pasted API token and keep it in an HttpOnly, same-site cookie that authorises reading only."""
    form = parse_qs((await request.body()).decode("utf-8", "replace"))
    token = (form.get("token") or [""])[0].strip()
    target = _local((form.get("next") or ["/"])[0])
    if check_token(_store(request), token) is None:
        page = _render(
            request, "login.html", {"next": target, "message": "That token is unknown or revoked."}
        )
        page.status_code = 401
        return page
    response = RedirectResponse(target, status_code=303)
    secure = request.url.scheme == "https"
    response.set_cookie(COOKIE, token, httponly=True, samesite="strict", secure=secure, path="/")
    return response


@open_router.post("/logout")
def logout() -> RedirectResponse:
    response = RedirectResponse("/login", status_code=303)
    response.delete_cookie(COOKIE, path="/")
    return response
