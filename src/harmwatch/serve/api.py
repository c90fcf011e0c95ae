"""JSON API under /api: the routes call the same library functions as the CLI."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, StreamingResponse
from pydantic import BaseModel, ConfigDict, Field, model_validator
from starlette.concurrency import run_in_threadpool

from harmwatch.export import FORMATS, iter_export
from harmwatch.export.source import get_incident, incident_page, iter_incidents, iter_reports, stored_report
from harmwatch.export.timeline import weekly_series
from harmwatch.serve.access import require_write
from harmwatch.serve.params import ExportQuery, IncidentQuery, PageQuery, RecordQuery, pages
from harmwatch.store import Result, Store, browse

router = APIRouter(prefix="/api", tags=["read"])
write_router = APIRouter(prefix="/api", tags=["write"])
open_router = APIRouter()
MAX_TEXT = 1_000_000


class Json(JSONResponse):
    """JSON rendered straight with json.dumps: the bodies are already plain JSON values (dates as
    strings), and FastAPI's generic encoder would walk every nested incident again."""

    def render(self, content: Any) -> bytes:
        return json.dumps(content, ensure_ascii=False, separators=(",", ":"), default=str).encode("utf-8")


def _store(request: Request) -> Store:
    store = request.app.state.store
    assert isinstance(store, Store)
    return store


def listing(result: Result, query: PageQuery, items: list[Any] | None = None) -> Json:
    """The one list shape: items, total, page, per_page, pages."""
    return Json(
        {
            "items": result.items if items is None else items,
            "total": result.total,
            "page": query.page,
            "per_page": query.per_page,
            "pages": pages(result.total, query.per_page),
        }
    )


def _without_text(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Article rows without their text (a list stays small; the report route gives the text)."""
    return [{k: v for k, v in r.items() if k != "text"} for r in rows]


def _record(row: dict[str, Any]) -> dict[str, Any]:
    """A claim or quote row: its record, with the article it came from."""
    return {
        **(row.get("data") or {}),
        "article_id": row.get("article_id"),
        "article_title": row.get("article_title"),
        "published": row.get("published"),
        "outlet": row.get("outlet"),
    }


@router.get("/incidents", summary="Incidents matching the filters, one page")
def list_incidents(request: Request, query: Annotated[IncidentQuery, Query()]) -> Json:
    return listing(incident_page(_store(request), query.filters(), query.page_of(), query.sort), query)


@router.get("/incidents/{incident_id}", summary="One incident with its claims table")
def read_incident(request: Request, incident_id: str) -> Json:
    incident = get_incident(_store(request), incident_id)
    if incident is None:
        raise HTTPException(404, f"no incident {incident_id!r}")
    return Json(incident)


@router.get("/articles", summary="Articles (metadata, no text) matching the filters")
def list_articles(request: Request, query: Annotated[RecordQuery, Query()]) -> Json:
    result = _store(request).query("articles", query.filters(), query.page_of())
    return listing(result, query, _without_text(result.items))


def report_or_404(store: Store, article_id: str) -> dict[str, Any]:
    """An article's full report; 404 when it is not stored."""
    report = stored_report(store, article_id)
    if report is None:
        raise HTTPException(404, f"no article {article_id!r}")
    return report


@router.get("/articles/{article_id}", summary="One article's full report")
def read_article(request: Request, article_id: str) -> Json:
    return Json(report_or_404(_store(request), article_id))


@router.get("/claims", summary="Casualty claims matching the filters")
def list_claims(request: Request, query: Annotated[RecordQuery, Query()]) -> Json:
    result = _store(request).query("claims", query.filters(), query.page_of())
    return listing(result, query, [_record(r) for r in result.items])


@router.get("/quotes", summary="Quotes matching the filters (claimant = speaker, q = the quote's words)")
def list_quotes(request: Request, query: Annotated[RecordQuery, Query()]) -> Json:
    result = _store(request).query("quotes", query.filters(), query.page_of())
    return listing(result, query, [_record(r) for r in result.items])


@router.get("/actors", summary="Actors with the labels each outlet used for them")
def list_actors(request: Request, query: Annotated[PageQuery, Query()]) -> Json:
    return listing(browse.actors_by_outlet(_store(request), query.page_of()), query)


@router.get("/places", summary="Places by the number of articles naming them")
def list_places(request: Request, query: Annotated[PageQuery, Query()]) -> Json:
    return listing(browse.top_places(_store(request), query.page_of()), query)


class SearchQuery(PageQuery):
    q: str = Field(..., min_length=1, max_length=200, description="Words to find (all of them).")
    target: str = Field("articles", pattern="^(articles|quotes)$", description="articles or quotes")


@router.get("/search", summary="Full-text search over articles or quotes")
def search(request: Request, query: Annotated[SearchQuery, Query()]) -> Json:
    result = _store(request).search(query.q, target=query.target, page=query.page_of())
    items = [_record(r) for r in result.items] if query.target == "quotes" else _without_text(result.items)
    return listing(result, query, items)


@router.get("/stats/timeline", summary="Weekly incidents and killed/injured per claimant type")
def timeline(request: Request, query: Annotated[RecordQuery, Query()]) -> Json:
    return Json(weekly_series(iter_incidents(_store(request), query.filters())))


def _exported(store: Store, query: ExportQuery) -> Iterator[dict[str, Any]]:
    if query.rows == "page":
        return iter(incident_page(store, query.filters(), query.page_of(), query.sort).items)
    return iter_incidents(store, query.filters())


def _stream(fmt: str, records: Iterator[dict[str, Any]], filename: str) -> StreamingResponse:
    return StreamingResponse(
        iter_export(fmt, records),
        media_type=FORMATS[fmt][1],
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )


@router.get("/export.csv", summary="Incidents as ACLED-compatible CSV (streamed)")
def export_csv(request: Request, query: Annotated[ExportQuery, Query()]) -> StreamingResponse:
    return _stream("acled-csv", _exported(_store(request), query), "harmwatch-incidents.csv")


@router.get("/export.geojson", summary="Incidents as a GeoJSON FeatureCollection of points (streamed)")
def export_geojson(request: Request, query: Annotated[ExportQuery, Query()]) -> StreamingResponse:
    return _stream("geojson", _exported(_store(request), query), "harmwatch-incidents.geojson")


@router.get("/export.jsonl", summary="Full reports of the articles behind the incidents (streamed)")
def export_jsonl(request: Request, query: Annotated[ExportQuery, Query()]) -> StreamingResponse:
    store = _store(request)
    return _stream("jsonl", iter_reports(store, _exported(store, query)), "harmwatch-reports.jsonl")


class ArticleIn(BaseModel):
    """An article to analyse: `text` or `html`, and optional metadata. `url` is kept as metadata and is
    never fetched."""

    model_config = ConfigDict(extra="forbid")

    text: str | None = Field(None, max_length=MAX_TEXT)
    html: str | None = Field(None, max_length=MAX_TEXT)
    title: str | None = Field(None, max_length=1000)
    published: str | None = Field(None, max_length=40, description="ISO 8601")
    outlet: str | None = Field(None, max_length=200)
    url: str | None = Field(None, max_length=2000, description="Where it was published (never fetched)")
    id: str | None = Field(None, max_length=200, description="Your own id for it (input_id)")

    @model_validator(mode="after")
    def _one_body(self) -> ArticleIn:
        if bool(self.text and self.text.strip()) == bool(self.html and self.html.strip()):
            raise ValueError("give exactly one of 'text' and 'html'")
        return self


def _analyse(request: Request, body: ArticleIn, token_name: str) -> tuple[dict[str, Any], str]:
    """Extract, store and aggregate one article as ingest does, in a run of its own named after the token."""
    from harmwatch.batch.ingest import IngestSummary, store_report
    from harmwatch.extract import extract_article
    from harmwatch.ingest.html import article_from_html
    from harmwatch.ingest.text import make_article
    from harmwatch.nlp import load_nlp
    from harmwatch.records import report_to_dict

    settings = request.app.state.config.settings
    meta: dict[str, str | None] = {
        "title": body.title,
        "published": body.published,
        "outlet": body.outlet,
        "url": body.url,
    }
    if body.html:
        article = article_from_html(body.html, settings, input_id=body.id, **meta)
    else:
        article = make_article(
            body.text or "",
            settings,
            input_id=body.id,
            title=meta["title"],
            published=meta["published"],
            outlet=meta["outlet"],
            url=meta["url"],
        )
    with request.app.state.extract_lock:  # one spaCy pipeline per process, used by one request at a time
        report = report_to_dict(extract_article(article, load_nlp()))
    store = _store(request)
    summary = IngestSummary(store.start_run([f"api:{token_name}"]))
    status = "failed"
    try:
        outcome = store_report(store, report, summary)
        status = "ok"
    finally:
        store.finish_run(summary.run_id, status, summary.counts())
    return report_or_404(store, report["article"]["id"]), outcome


@write_router.post(
    "/articles",
    status_code=201,
    summary="Analyse and store an article; returns its report (needs an API token)",
    responses={200: {"description": "already stored by this extractor version"}, 401: {}, 413: {}, 422: {}},
)
async def post_article(
    request: Request, body: ArticleIn, token: Annotated[str, Depends(require_write)]
) -> Any:
    report, outcome = await run_in_threadpool(_analyse, request, body, token)
    return Json(report, status_code=200 if outcome == "skipped" else 201)


@open_router.get("/api/docs", include_in_schema=False, response_class=HTMLResponse)
def api_docs(request: Request) -> HTMLResponse:
    return request.app.state.templates.TemplateResponse(request, "docs.html", {})


@open_router.get("/basemap.geojson", include_in_schema=False)
def basemap(request: Request) -> FileResponse:
    return FileResponse(request.app.state.basemap_path, media_type="application/geo+json")


__all__ = ["open_router", "router", "write_router"]
