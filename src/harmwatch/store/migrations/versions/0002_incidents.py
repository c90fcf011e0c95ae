"""Cross-article incidents (agg_incidents, agg_reports) and the input's own id on articles (source_id)."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

ID = sa.String(80)


def upgrade() -> None:
    with op.batch_alter_table("articles") as batch:
        batch.add_column(sa.Column("source_id", sa.Text))
    op.create_index("ix_articles_source_id", "articles", ["source_id"])
    op.create_table(
        "agg_incidents",
        sa.Column("id", ID, primary_key=True),
        sa.Column("component", ID, nullable=False),
        sa.Column("event_type", sa.String(64)),
        sa.Column("sub_event_type", sa.String(64)),
        sa.Column("date", sa.String(10)),
        sa.Column("date_end", sa.String(10)),
        sa.Column("date_precision", sa.String(16)),
        sa.Column("country_code", sa.String(8)),
        sa.Column("admin1", sa.Text),
        sa.Column("place_name", sa.Text),
        sa.Column("geonames_id", sa.Integer),
        sa.Column("lat", sa.Float),
        sa.Column("lon", sa.Float),
        sa.Column("killed", sa.Integer),
        sa.Column("grade", sa.String(24)),
        sa.Column("sources", sa.Integer, nullable=False),
        sa.Column("actors", sa.Text, nullable=False),
        sa.Column("claimants", sa.Text, nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("data", sa.JSON, nullable=False),
    )
    for column in ("component", "event_type", "killed", "grade"):
        op.create_index(f"ix_agg_incidents_{column}", "agg_incidents", [column])
    op.create_index("ix_agg_incidents_date", "agg_incidents", ["date"])
    op.create_index("ix_agg_incidents_country_date", "agg_incidents", ["country_code", "date"])
    op.create_table(
        "agg_reports",
        sa.Column("article_id", ID, sa.ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("seq", sa.Integer, primary_key=True),
        sa.Column("rec_id", sa.String(40)),
        sa.Column("incident_id", ID, nullable=False),
        sa.Column("component", ID, nullable=False),
        sa.Column("main", sa.Boolean, nullable=False),
        sa.Column("source_key", ID, nullable=False),
        sa.Column("country_code", sa.String(8)),
        sa.Column("day_start", sa.String(10)),
        sa.Column("day_end", sa.String(10)),
        sa.Column("data", sa.JSON, nullable=False),
    )
    op.create_index("ix_agg_reports_incident_id", "agg_reports", ["incident_id"])
    op.create_index("ix_agg_reports_component", "agg_reports", ["component"])
    op.create_index("ix_agg_reports_block", "agg_reports", ["country_code", "day_start"])


def downgrade() -> None:
    op.drop_table("agg_reports")
    op.drop_table("agg_incidents")
    op.drop_index("ix_articles_source_id", "articles")
    with op.batch_alter_table("articles") as batch:
        batch.drop_column("source_id")
