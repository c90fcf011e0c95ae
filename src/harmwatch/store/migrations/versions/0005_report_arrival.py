"""Incident reports keep the day their article came into the store, indexed with the weekday block: an undated
report that names a weekday is only compared with reports whose articles came in within a week of its own,
instead of every report of its country and sub-event type that shares the weekday, across all time."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

from harmwatch.store.paging import keyset_pages

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

_PAGE = 1000


def _day(ingested_at: datetime | None) -> str | None:
    """The day (ISO, UTC) an article came in, as `harmwatch.store.aggregation.arrival_day` computed it when this
    migration was written (a migration keeps its own copy: it must not change with the code)."""
    if ingested_at is None:
        return None
    if ingested_at.tzinfo is not None:
        ingested_at = ingested_at.astimezone(UTC)
    return ingested_at.date().isoformat()


def upgrade() -> None:
    with op.batch_alter_table("agg_reports") as batch:
        batch.add_column(sa.Column("arrived", sa.String(10)))
    op.drop_index("ix_agg_reports_weekday_block", "agg_reports")
    op.create_index(
        "ix_agg_reports_weekday_block", "agg_reports", ["country_code", "sub_event_type", "arrived"]
    )
    conn = op.get_bind()
    reports = sa.table(
        "agg_reports",
        sa.column("article_id", sa.String),
        sa.column("seq", sa.Integer),
        sa.column("arrived", sa.String),
        sa.column("data", sa.JSON),
    )
    articles = sa.table("articles", sa.column("id", sa.String), sa.column("ingested_at", sa.DateTime(True)))
    update = (
        reports.update()
        .where(reports.c.article_id == sa.bindparam("a"), reports.c.seq == sa.bindparam("s"))
        .values(arrived=sa.bindparam("d"), data=sa.bindparam("j"))
    )
    key = reports.c.article_id, reports.c.seq
    query = sa.select(*key, reports.c.data, articles.c.ingested_at).select_from(
        reports.outerjoin(articles, articles.c.id == reports.c.article_id)
    )
    for rows in keyset_pages(conn, query, key, _PAGE):  # so a large store is never held in memory
        updates = []
        for row in rows:
            data = row.data if isinstance(row.data, dict) else json.loads(row.data)
            day = _day(row.ingested_at)
            updates.append({"a": row.article_id, "s": row.seq, "d": day, "j": {**data, "arrived": day}})
        conn.execute(update, updates)


def downgrade() -> None:
    op.drop_index("ix_agg_reports_weekday_block", "agg_reports")
    op.create_index("ix_agg_reports_weekday_block", "agg_reports", ["country_code", "sub_event_type"])
    with op.batch_alter_table("agg_reports") as batch:
        batch.drop_column("arrived")
