"""Initial store: articles, report records, runs, failures, LSH bands and full-text search."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

ID = sa.String(80)
REC = sa.String(40)
TZ = sa.DateTime(timezone=True)


def _record_table(name: str, *columns: sa.Column, indexed: tuple[str, ...] = ()) -> None:
    op.create_table(
        name,
        sa.Column("article_id", ID, sa.ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("seq", sa.Integer, primary_key=True),
        sa.Column("rec_id", REC),
        sa.Column("span_start", sa.Integer),
        sa.Column("span_end", sa.Integer),
        *columns,
        sa.Column("data", sa.JSON, nullable=False),
    )
    for column in indexed:
        op.create_index(f"ix_{name}_{column}", name, [column])


def _full_text_sqlite() -> None:
    # External-content FTS5 tables (no second copy of the text) kept in step by triggers, so search sees
    # exactly what each transaction wrote; rows are matched by rowid.
    for table, columns in (("articles", ("title", "text")), ("quotes", ("text",))):
        cols = ", ".join(columns)
        new = ", ".join(f"new.{c}" for c in columns)
        old = ", ".join(f"old.{c}" for c in columns)
        op.execute(
            f"CREATE VIRTUAL TABLE {table}_fts USING fts5({cols}, content='{table}', content_rowid='rowid', "
            "tokenize='porter unicode61')"
        )
        op.execute(
            f"CREATE TRIGGER {table}_fts_ai AFTER INSERT ON {table} BEGIN "
            f"INSERT INTO {table}_fts(rowid, {cols}) VALUES (new.rowid, {new}); END"
        )
        op.execute(
            f"CREATE TRIGGER {table}_fts_ad AFTER DELETE ON {table} BEGIN "
            f"INSERT INTO {table}_fts({table}_fts, rowid, {cols}) VALUES ('delete', old.rowid, {old}); END"
        )
        op.execute(
            f"CREATE TRIGGER {table}_fts_au AFTER UPDATE OF {cols} ON {table} BEGIN "
            f"INSERT INTO {table}_fts({table}_fts, rowid, {cols}) VALUES ('delete', old.rowid, {old}); "
            f"INSERT INTO {table}_fts(rowid, {cols}) VALUES (new.rowid, {new}); END"
        )


def _full_text_postgresql() -> None:
    # Generated tsvector columns follow every write; left() keeps huge texts under tsvector's 1 MB limit.
    op.execute(
        "ALTER TABLE articles ADD COLUMN tsv tsvector GENERATED ALWAYS AS "
        "(to_tsvector('english', left(coalesce(title, '') || ' ' || text, 400000))) STORED"
    )
    op.execute("CREATE INDEX ix_articles_tsv ON articles USING GIN (tsv)")
    op.execute(
        "ALTER TABLE quotes ADD COLUMN tsv tsvector GENERATED ALWAYS AS "
        "(to_tsvector('english', coalesce(text, ''))) STORED"
    )
    op.execute("CREATE INDEX ix_quotes_tsv ON quotes USING GIN (tsv)")


def upgrade() -> None:
    op.create_table(
        "runs",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("started_at", TZ, nullable=False),
        sa.Column("finished_at", TZ),
        sa.Column("extractor_version", sa.String(40), nullable=False),
        sa.Column("sources", sa.JSON, nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("stored", sa.Integer, nullable=False),
        sa.Column("duplicates", sa.Integer, nullable=False),
        sa.Column("skipped", sa.Integer, nullable=False),
        sa.Column("failed", sa.Integer, nullable=False),
    )
    op.create_table(
        "articles",
        sa.Column("id", ID, primary_key=True),
        sa.Column("title", sa.Text),
        sa.Column("outlet", sa.Text),
        sa.Column("url", sa.Text),
        sa.Column("published", sa.String(40)),
        sa.Column("published_precision", sa.String(16)),
        sa.Column("language", sa.String(8)),
        sa.Column("input_id", sa.Text),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("extractor_version", sa.String(40), nullable=False),
        sa.Column("ingested_at", TZ, nullable=False),
        sa.Column("run_id", sa.Integer, sa.ForeignKey("runs.id", ondelete="SET NULL")),
        sa.Column("duplicate_of", ID, sa.ForeignKey("articles.id", ondelete="SET NULL")),
        sa.Column("minhash", sa.LargeBinary),
        sa.Column("report", sa.JSON, nullable=False),
    )
    op.create_index("ix_articles_published", "articles", ["published"])
    op.create_index("ix_articles_duplicate_of", "articles", ["duplicate_of"])
    op.create_table(
        "failures",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("run_id", sa.Integer, sa.ForeignKey("runs.id", ondelete="SET NULL")),
        sa.Column("input_ref", sa.Text, nullable=False, unique=True),
        sa.Column("code", sa.String(40), nullable=False),
        sa.Column("message", sa.Text, nullable=False),
        sa.Column("failed_at", TZ, nullable=False),
    )
    op.create_table(
        "minhash_bands",
        sa.Column("band_key", sa.String(40), primary_key=True),
        sa.Column("article_id", ID, sa.ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    )
    op.create_index("ix_minhash_bands_article_id", "minhash_bands", ["article_id"])
    _record_table(
        "quotes",
        sa.Column("kind", sa.String(16)),
        sa.Column("text", sa.Text),
        sa.Column("speaker_name", sa.Text),
        sa.Column("speaker_actor_id", REC),
        sa.Column("confidence", sa.Float),
        indexed=("speaker_name",),
    )
    _record_table(
        "statements",
        sa.Column("source_name", sa.Text),
        sa.Column("source_actor_id", REC),
        sa.Column("content", sa.Text),
        indexed=("source_name",),
    )
    _record_table(
        "claims",
        sa.Column("kind", sa.String(24)),
        sa.Column("count_low", sa.Integer),
        sa.Column("count_high", sa.Integer),
        sa.Column("qualifier", sa.String(16)),
        sa.Column("victims_type", sa.String(16)),
        sa.Column("claimant_name", sa.Text),
        sa.Column("claimant_actor_id", REC),
        sa.Column("place_id", REC),
        sa.Column("time_id", REC),
        sa.Column("incident_id", REC),
        indexed=("kind", "claimant_name"),
    )
    _record_table(
        "incidents",
        sa.Column("event_type", sa.String(64)),
        sa.Column("sub_event_type", sa.String(64)),
        sa.Column("perpetrator_actor_id", REC),
        sa.Column("place_id", REC),
        sa.Column("time_id", REC),
        sa.Column("killed_low", sa.Integer),
        sa.Column("killed_high", sa.Integer),
        sa.Column("injured_low", sa.Integer),
        sa.Column("injured_high", sa.Integer),
        indexed=("event_type",),
    )
    _record_table(
        "actors",
        sa.Column("name", sa.Text),
        sa.Column("kind", sa.String(24)),
        sa.Column("side", sa.String(24)),
        sa.Column("country", sa.String(8)),
        indexed=("name",),
    )
    _record_table(
        "places",
        sa.Column("name", sa.Text),
        sa.Column("country_code", sa.String(8)),
        sa.Column("admin1", sa.Text),
        sa.Column("geonames_id", sa.Integer),
        sa.Column("lat", sa.Float),
        sa.Column("lon", sa.Float),
        sa.Column("precision", sa.String(16)),
        indexed=("name",),
    )
    _record_table(
        "times",
        sa.Column("start", sa.String(40)),
        sa.Column("end", sa.String(40)),
        sa.Column("precision", sa.String(16)),
        sa.Column("anchor", sa.String(16)),
    )
    _record_table(
        "framing",
        sa.Column("term", sa.Text),
        sa.Column("kind", sa.String(24)),
        sa.Column("neutral", sa.Text),
    )
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        _full_text_sqlite()
    elif dialect == "postgresql":
        _full_text_postgresql()


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for name in ("quotes_fts", "articles_fts"):
            op.execute(f"DROP TABLE IF EXISTS {name}")
    for name in ("framing", "times", "places", "actors", "incidents", "claims", "statements", "quotes"):
        op.drop_table(name)
    for name in ("minhash_bands", "failures", "articles", "runs"):
        op.drop_table(name)
