"""Reading cross-article incidents: by filters one page at a time, streamed, or one by id."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from sqlalchemy import ColumnElement, Connection, exists, func, select

from harmwatch.store import schema
from harmwatch.store.queries import Filters, Page, Result, fts_match

inc, r = schema.agg_incidents, schema.agg_reports


def _like_name(column: Any, value: str) -> ColumnElement[bool]:
    # Names are stored '|'-delimited and case-folded; LIKE wildcards in the value are escaped.
    name = value.casefold().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return column.like(f"%|{name}|%", escape="\\")


def _where(conn: Connection, f: Filters) -> list[ColumnElement[bool]]:
    where: list[ColumnElement[bool]] = []
    if f.date_from:
        where.append(func.coalesce(inc.c.date_end, inc.c.date) >= f.date_from[:10])
    if f.date_to:
        where.append(inc.c.date <= f.date_to[:10])
    if f.place:
        place = f.place.casefold()
        where.append(
            (func.lower(inc.c.place_name) == place)
            | (func.lower(inc.c.country_code) == place)
            | (func.lower(inc.c.admin1) == place)
        )
    if f.actor:
        where.append(_like_name(inc.c.actors, f.actor))
    if f.claimant:
        where.append(_like_name(inc.c.claimants, f.claimant))
    if f.event_type:
        kind = f.event_type.casefold()
        where.append((func.lower(inc.c.event_type) == kind) | (func.lower(inc.c.sub_event_type) == kind))
    if f.min_killed is not None:
        where.append(inc.c.killed >= f.min_killed)
    if f.grade:
        where.append(inc.c.grade == f.grade)
    if f.text:
        a = schema.articles
        where.append(
            exists(
                select(r.c.seq)
                .join(a, a.c.id == r.c.article_id)
                .where(r.c.incident_id == inc.c.id, fts_match(conn, "articles", f.text))
            )
        )
    return where


def _ordered(conn: Connection, f: Filters) -> Any:
    return select(inc.c.data).where(*_where(conn, f)).order_by(inc.c.date.desc().nulls_last(), inc.c.id)


def aggregated_incidents(conn: Connection, f: Filters, page: Page) -> Result:
    """One page of incident dicts (docs/incidents.md), latest first, and how many matched."""
    total = conn.execute(select(func.count()).select_from(inc).where(*_where(conn, f))).scalar_one()
    rows = conn.execute(_ordered(conn, f).limit(page.limit).offset(page.offset)).scalars()
    return Result([dict(row) for row in rows], int(total), page)


def iter_aggregated_incidents(conn: Connection, f: Filters) -> Iterator[dict[str, Any]]:
    """Every matching incident dict, latest first, read in batches so memory stays flat."""
    for row in conn.execute(_ordered(conn, f).execution_options(yield_per=200)).scalars():
        yield dict(row)


def aggregated_incident(conn: Connection, incident_id: str) -> dict[str, Any] | None:
    """The incident dict with that id, or None."""
    data = conn.execute(select(inc.c.data).where(inc.c.id == incident_id)).scalar_one_or_none()
    return dict(data) if data is not None else None
