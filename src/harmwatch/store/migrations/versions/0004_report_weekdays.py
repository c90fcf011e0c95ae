"""Incident reports keep their sub-event type and weekday mask, so an undated report's candidates come from an
index: without them every undated report was compared with all of its country's reports, which grew with the
store (time and memory of each ingest)."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import sqlalchemy as sa
from alembic import op

from harmwatch.store.paging import keyset_pages

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

_PAGE = 1000


def _mask(data: dict[str, Any]) -> int:
    """The weekdays a stored report may be paired on, as `harmwatch.aggregate.score.weekday_mask` computed them
    when this migration was written (a migration keeps its own copy: it must not change with the code)."""
    start, end = data.get("day_start"), data.get("day_end")
    if not (start and end):
        return sum(1 << d for d in set(data.get("weekdays") or ()))
    if data.get("date_precision") != "day":
        return 0
    first, last = date.fromisoformat(start), date.fromisoformat(end)
    if (last - first).days >= 6:
        return 0b1111111
    days = range(first.toordinal(), last.toordinal() + 1)
    return sum(1 << d for d in {date.fromordinal(o).weekday() for o in days})


def upgrade() -> None:
    with op.batch_alter_table("agg_reports") as batch:
        batch.add_column(sa.Column("sub_event_type", sa.String(64)))
        batch.add_column(sa.Column("weekdays", sa.Integer, nullable=False, server_default="0"))
    op.create_index("ix_agg_reports_weekday_block", "agg_reports", ["country_code", "sub_event_type"])
    conn = op.get_bind()
    reports = sa.table(
        "agg_reports",
        sa.column("article_id", sa.String),
        sa.column("seq", sa.Integer),
        sa.column("sub_event_type", sa.String),
        sa.column("weekdays", sa.Integer),
        sa.column("data", sa.JSON),
    )
    update = (
        reports.update()
        .where(reports.c.article_id == sa.bindparam("a"), reports.c.seq == sa.bindparam("s"))
        .values(sub_event_type=sa.bindparam("t"), weekdays=sa.bindparam("w"))
    )
    key = reports.c.article_id, reports.c.seq
    # In pages by key, so a large store is never held in memory.
    for rows in keyset_pages(conn, sa.select(*key, reports.c.data), key, _PAGE):
        updates = []
        for row in rows:
            data = row.data if isinstance(row.data, dict) else json.loads(row.data)
            updates.append(
                {"a": row.article_id, "s": row.seq, "t": data.get("sub_event_type"), "w": _mask(data)}
            )
        conn.execute(update, updates)


def downgrade() -> None:
    op.drop_index("ix_agg_reports_weekday_block", "agg_reports")
    with op.batch_alter_table("agg_reports") as batch:
        batch.drop_column("weekdays")
        batch.drop_column("sub_event_type")
