"""Incidents as the dashboard, the API and the exports read them: the store's cross-article incidents
(docs/incidents.md), and the stored reports behind them."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from sqlalchemy import select

from harmwatch.store import Filters, Page, Result, Store, schema


def incident_page(store: Store, filters: Filters, page: Page, order: str = "-date") -> Result:
    """One page of incidents matching the filters, newest first unless `order` says otherwise."""
    return store.aggregated_incidents(filters, page, order)


def iter_incidents(store: Store, filters: Filters) -> Iterator[dict[str, Any]]:
    """Every incident matching the filters, streamed."""
    return store.iter_aggregated_incidents(filters)


def get_incident(store: Store, incident_id: str) -> dict[str, Any] | None:
    return store.aggregated_incident(incident_id)


def stored_report(store: Store, article_id: str) -> dict[str, Any] | None:
    """An article's stored report, or None."""
    with store.connect() as conn:
        report = conn.execute(
            select(schema.articles.c.report).where(schema.articles.c.id == article_id)
        ).scalar_one_or_none()
    return report if isinstance(report, dict) else None


def incidents_of_article(store: Store, article_id: str) -> list[dict[str, Any]]:
    """(id, label) of the cross-article incidents an article's incidents joined."""
    r, inc = schema.agg_reports, schema.agg_incidents
    with store.connect() as conn:
        rows = conn.execute(
            select(inc.c.id, inc.c.sub_event_type, inc.c.place_name, inc.c.date)
            .join(r, r.c.incident_id == inc.c.id)
            .where(r.c.article_id == article_id)
            .distinct()
            .order_by(inc.c.id)
        )
        return [dict(row._mapping) for row in rows]


def iter_reports(store: Store, incidents: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """The stored report of every article behind the incidents, each once, in incident order; only the ids
    of the articles already written are remembered."""
    seen: set[str] = set()
    for incident in incidents:
        for article in incident.get("articles") or []:
            if article["id"] in seen:
                continue
            seen.add(article["id"])
            report = stored_report(store, article["id"])
            if report is not None:
                yield report
