"""Writing cross-article incidents: attach one article's incidents inside its own transaction, or rebuild all.

Attaching never re-clusters the store: the new reports are compared with the reports of the same country whose
time windows are near (an indexed range), and only the components they link to are clustered again, with the
same function a rebuild uses on every component, so both reach the same incidents.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Connection, and_, bindparam, delete, insert, or_, select, update

from harmwatch.aggregate import (
    Component,
    IncidentReport,
    group,
    incident_reports,
    report_from_json,
    report_to_json,
    summarise,
)
from harmwatch.aggregate.features import LONGEST_WINDOW, UNDATED_WIDTH
from harmwatch.aggregate.score import ARRIVAL_SPAN, NAMED_GAP, THRESHOLD, score, weekday_mask
from harmwatch.store import schema
from harmwatch.store.rows import column_int

log = logging.getLogger(__name__)
r, inc = schema.agg_reports, schema.agg_incidents
_SPAN = NAMED_GAP + max(LONGEST_WINDOW, UNDATED_WIDTH)
"""Longest distance from a report's first day to a candidate's first day."""

Change = tuple[str, str]
"""(incident id, "new" | "updated")."""


def _shift(day: str, days: int) -> str:
    return (date.fromisoformat(day) + timedelta(days=days)).isoformat()


def _same_country(code: str | None) -> ColumnElement[bool]:
    return r.c.country_code.is_(None) if code is None else r.c.country_code == code


def _candidates(conn: Connection, item: IncidentReport) -> list[tuple[str, IncidentReport]]:
    """(component, report) of stored reports in the item's block: same country, windows near in time; and on
    either side of a pair, an undated report meets the reports of the country with its sub-event type and a
    weekday in common (`weekday_match`), found by the stored weekday mask rather than by reading them all."""
    near: ColumnElement[bool] | None
    by_weekday = _weekday_block(item)
    if not (item.day_start and item.day_end):
        near = by_weekday
    else:
        near = and_(
            r.c.day_start >= _shift(item.day_start, -_SPAN),
            r.c.day_start <= _shift(item.day_end, NAMED_GAP),
            r.c.day_end >= _shift(item.day_start, -NAMED_GAP),
        )
        if by_weekday is not None:
            near = or_(near, and_(r.c.day_start.is_(None), by_weekday))
    if near is None:
        return []
    rows = conn.execute(select(r.c.component, r.c.data).where(_same_country(item.country_code), near))
    return [(row.component, report_from_json(row.data)) for row in rows]


def _weekday_block(item: IncidentReport) -> ColumnElement[bool] | None:
    """Reports an undated report may pair with, or may pair this one with: same sub-event type, a weekday in
    common, articles that came in at most ARRIVAL_SPAN days apart (an indexed range); None when
    `weekday_match` can pair the item with none."""
    mask = weekday_mask(item)
    if not (mask and item.sub_event_type):
        return None
    block = and_(r.c.sub_event_type == item.sub_event_type, r.c.weekdays.op("&")(mask) != 0)
    if item.arrived is None:
        return block
    return and_(
        block,
        r.c.arrived >= _shift(item.arrived, -ARRIVAL_SPAN),
        r.c.arrived <= _shift(item.arrived, ARRIVAL_SPAN),
    )


def arrival_day(ingested_at: datetime | None) -> str | None:
    """The day (ISO, UTC) an article came into the store, from its `ingested_at` (naive values are UTC)."""
    if ingested_at is None:
        return None
    if ingested_at.tzinfo is not None:
        ingested_at = ingested_at.astimezone(UTC)
    return ingested_at.date().isoformat()


Placement = tuple[str, str]
"""Where a stored report sits: (incident id, component)."""


def _members(
    conn: Connection, components: set[str]
) -> dict[tuple[str, int], tuple[IncidentReport, Placement]]:
    """The stored reports of the components, by (article id, position), with where each sits now."""
    if not components:
        return {}
    rows = conn.execute(
        select(r.c.article_id, r.c.seq, r.c.incident_id, r.c.component, r.c.data).where(
            r.c.component.in_(sorted(components))
        )
    )
    return {
        (row.article_id, row.seq): (report_from_json(row.data), (row.incident_id, row.component))
        for row in rows
    }


def _incident_row(component: str, incident: dict[str, Any]) -> dict[str, Any]:
    place = incident.get("place") or {}
    killed = (incident["figures"].get("killed") or {}).get("conservative")
    actors = sorted({p["actor"].casefold() for p in incident["perpetrators"]})
    claimants = sorted(
        {c["claimant"].casefold() for f in incident["figures"].values() for c in f["by_claimant"]}
    )
    return {
        "id": incident["id"],
        "component": component,
        "event_type": incident["event_type"],
        "sub_event_type": incident["sub_event_type"],
        "date": incident["date"],
        "date_end": incident["date_end"],
        "date_precision": incident["date_precision"],
        "country_code": place.get("country_code"),
        "admin1": place.get("admin1"),
        "place_name": place.get("name"),
        "geonames_id": place.get("geonames_id"),
        "lat": place.get("lat"),
        "lon": place.get("lon"),
        "killed": column_int(killed),  # a toll beyond 32 bits stays in `data` only
        "grade": incident["grade"],
        "sources": incident["sources"],
        # '|'-delimited so a filter matches whole names with LIKE '%|name|%'.
        "actors": "|" + "|".join(actors) + "|",
        "claimants": "|" + "|".join(claimants) + "|",
        "updated_at": datetime.now(UTC),
        "data": incident,
    }


def _report_row(item: IncidentReport, placement: Placement) -> dict[str, Any]:
    return {
        "article_id": item.article_id,
        "seq": item.seq,
        "rec_id": item.rec_id,
        "incident_id": placement[0],
        "component": placement[1],
        "main": item.main,
        "source_key": item.source_key,
        "country_code": item.country_code,
        "day_start": item.day_start,
        "day_end": item.day_end,
        "sub_event_type": item.sub_event_type,
        "weekdays": weekday_mask(item),
        "arrived": item.arrived,
        "data": report_to_json(item),
    }


def _write(
    conn: Connection,
    components: Iterable[Component],
    before: dict[str, tuple[str, Any]],
    placed: dict[tuple[str, int], Placement],
) -> list[Change]:
    """Write what changed: reports not stored yet are inserted, stored ones that moved are updated, incidents
    whose members or content changed are rewritten and those that no longer exist deleted. `before` is
    id -> (component, incident dict) of the incidents there were; returns the incidents new or changed."""
    changes: list[Change] = []
    inserts, moves, incident_rows = [], [], []
    now_ids: set[str] = set()
    for component in components:
        for cluster in component.clusters:
            incident = summarise(cluster)
            now_ids.add(incident["id"])
            old = before.get(incident["id"])
            if old is None or old[1] != incident:
                changes.append((incident["id"], "new" if old is None else "updated"))
            if old is None or old != (component.key, incident):
                incident_rows.append(_incident_row(component.key, incident))
            placement = (incident["id"], component.key)
            for item in cluster:
                was = placed.get((item.article_id, item.seq))
                if was is None:
                    inserts.append(_report_row(item, placement))
                elif was != placement:
                    moves.append({"a": item.article_id, "s": item.seq, "i": placement[0], "c": placement[1]})
    # An incident left behind by articles deleted outside HarmWatch would block its id: it is replaced too.
    gone = sorted((set(before) - now_ids) | {row["id"] for row in incident_rows})
    if gone:
        conn.execute(delete(inc).where(inc.c.id.in_(gone)))
    if incident_rows:
        conn.execute(insert(inc), incident_rows)
    if inserts:
        conn.execute(insert(r), inserts)
    if moves:
        conn.execute(
            update(r)
            .where(r.c.article_id == bindparam("a"), r.c.seq == bindparam("s"))
            .values(incident_id=bindparam("i"), component=bindparam("c")),
            moves,
        )
    return changes


def attach(
    conn: Connection, report: dict[str, Any], duplicate_of: str | None = None, minhash: bytes | None = None
) -> list[Change]:
    """Join one stored article's incidents to the store's incidents, in the caller's transaction.

    A re-extracted article first leaves its old incidents; returns the incidents created or changed."""
    article_id = report["article"]["id"]
    a = schema.articles
    ingested = conn.execute(select(a.c.ingested_at).where(a.c.id == article_id)).scalar_one_or_none()
    items = incident_reports(report, duplicate_of, minhash, arrival_day(ingested))
    touched = set(
        conn.execute(select(r.c.component).where(r.c.article_id == article_id).distinct()).scalars()
    )
    conn.execute(delete(r).where(r.c.article_id == article_id))
    for item in items:
        for component, other in _candidates(conn, item):
            if component not in touched and score(item, other) >= THRESHOLD:
                touched.add(component)
    members = _members(conn, touched)
    before = {
        row.id: (row.component, row.data)
        for row in conn.execute(
            select(inc.c.id, inc.c.component, inc.c.data).where(inc.c.component.in_(sorted(touched)))
        )
    }
    placed = {key: placement for key, (_, placement) in members.items()}
    components = group([*(item for item, _ in members.values()), *items])
    return _write(conn, components, before, placed)


def _stored_reports(conn: Connection) -> Iterator[IncidentReport]:
    a = schema.articles
    # Options on the statement, not the connection: they would stay on it for the writes that follow.
    query = (
        select(a.c.report, a.c.duplicate_of, a.c.minhash, a.c.ingested_at)
        .order_by(a.c.id)
        .execution_options(yield_per=200)
    )
    for row in conn.execute(query):
        yield from incident_reports(row.report, row.duplicate_of, row.minhash, arrival_day(row.ingested_at))


def rebuild(conn: Connection) -> int:
    """Recompute every incident from the stored reports; returns how many incidents there are now."""
    conn.execute(delete(r))
    conn.execute(delete(inc))
    components = group(list(_stored_reports(conn)))
    _write(conn, components, {}, {})
    total = sum(len(c.clusters) for c in components)
    log.info("rebuilt %d incidents from %d components", total, len(components))
    return total
