"""Tables of the store (SQLAlchemy Core). Migrations under migrations/versions create the same schema."""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData()

articles = Table(
    "articles",
    metadata,
    Column("id", String(80), primary_key=True),
    Column("title", Text),
    Column("outlet", Text),
    Column("url", Text),
    Column("published", String(40), index=True),
    Column("published_precision", String(16)),
    Column("language", String(8)),
    Column("input_id", Text),
    Column("source_id", Text, index=True),
    Column("text", Text, nullable=False),
    Column("extractor_version", String(40), nullable=False),
    Column("ingested_at", DateTime(timezone=True), nullable=False),
    Column("run_id", Integer, ForeignKey("runs.id", ondelete="SET NULL")),
    Column("duplicate_of", String(80), ForeignKey("articles.id", ondelete="SET NULL"), index=True),
    Column("minhash", LargeBinary),
    Column("report", JSON, nullable=False),
)

runs = Table(
    "runs",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("started_at", DateTime(timezone=True), nullable=False),
    Column("finished_at", DateTime(timezone=True)),
    Column("extractor_version", String(40), nullable=False),
    Column("sources", JSON, nullable=False),
    Column("status", String(16), nullable=False),
    Column("stored", Integer, nullable=False, default=0),
    Column("duplicates", Integer, nullable=False, default=0),
    Column("skipped", Integer, nullable=False, default=0),
    Column("failed", Integer, nullable=False, default=0),
)

failures = Table(
    "failures",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("run_id", Integer, ForeignKey("runs.id", ondelete="SET NULL")),
    Column("input_ref", Text, nullable=False, unique=True),
    Column("code", String(40), nullable=False),
    Column("message", Text, nullable=False),
    Column("failed_at", DateTime(timezone=True), nullable=False),
)

# API tokens (migration 0003): the secret is shown once at creation; only its SHA-256 is kept.
api_tokens = Table(
    "api_tokens",
    metadata,
    Column("name", String(80), primary_key=True),
    Column("token_id", String(32), nullable=False, unique=True),
    Column("token_hash", String(64), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("revoked_at", DateTime(timezone=True)),
)

# LSH band keys of each stored article: near-duplicate candidates are the articles sharing a key.
minhash_bands = Table(
    "minhash_bands",
    metadata,
    Column("band_key", String(40), primary_key=True),
    Column("article_id", String(80), ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Index("ix_minhash_bands_article_id", "article_id"),
)


def _record_table(name: str, *columns: Column) -> Table:
    """A table of one record type: (article, position) key, record id, first span, typed columns, JSON."""
    return Table(
        name,
        metadata,
        Column("article_id", String(80), ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
        Column("seq", Integer, primary_key=True),
        Column("rec_id", String(40)),
        Column("span_start", Integer),
        Column("span_end", Integer),
        *columns,
        Column("data", JSON, nullable=False),
    )


quotes = _record_table(
    "quotes",
    Column("kind", String(16)),
    Column("text", Text),
    Column("speaker_name", Text, index=True),
    Column("speaker_actor_id", String(40)),
    Column("confidence", Float),
)
statements = _record_table(
    "statements",
    Column("source_name", Text, index=True),
    Column("source_actor_id", String(40)),
    Column("content", Text),
)
claims = _record_table(
    "claims",
    Column("kind", String(24), index=True),
    Column("count_low", Integer),
    Column("count_high", Integer),
    Column("qualifier", String(16)),
    Column("victims_type", String(16)),
    Column("claimant_name", Text, index=True),
    Column("claimant_actor_id", String(40)),
    Column("place_id", String(40)),
    Column("time_id", String(40)),
    Column("incident_id", String(40)),
)
incidents = _record_table(
    "incidents",
    Column("event_type", String(64), index=True),
    Column("sub_event_type", String(64)),
    Column("perpetrator_actor_id", String(40)),
    Column("place_id", String(40)),
    Column("time_id", String(40)),
    Column("killed_low", Integer),
    Column("killed_high", Integer),
    Column("injured_low", Integer),
    Column("injured_high", Integer),
)
actors = _record_table(
    "actors",
    Column("name", Text, index=True),
    Column("kind", String(24)),
    Column("side", String(24)),
    Column("country", String(8)),
)
places = _record_table(
    "places",
    Column("name", Text, index=True),
    Column("country_code", String(8)),
    Column("admin1", Text),
    Column("geonames_id", Integer),
    Column("lat", Float),
    Column("lon", Float),
    Column("precision", String(16)),
)
times = _record_table(
    "times",
    Column("start", String(40)),
    Column("end", String(40)),
    Column("precision", String(16)),
    Column("anchor", String(16)),
)
framing = _record_table(
    "framing",
    Column("term", Text),
    Column("kind", String(24)),
    Column("neutral", Text),
)

RECORD_TABLES: dict[str, Table] = {
    t.name: t for t in (quotes, statements, claims, incidents, actors, places, times, framing)
}
"""Report key -> table; each report list is stored in the table of the same name."""

# Cross-article incidents (harmwatch.aggregate): one row per incident, and one per article incident (report)
# linking it to the incident it joined. `component` groups reports linked by strong pairs: a new report only
# re-clusters the components it links to.
agg_incidents = Table(
    "agg_incidents",
    metadata,
    Column("id", String(80), primary_key=True),
    Column("component", String(80), nullable=False, index=True),
    Column("event_type", String(64), index=True),
    Column("sub_event_type", String(64)),
    Column("date", String(10)),
    Column("date_end", String(10)),
    Column("date_precision", String(16)),
    Column("country_code", String(8)),
    Column("admin1", Text),
    Column("place_name", Text),
    Column("geonames_id", Integer),
    Column("lat", Float),
    Column("lon", Float),
    Column("killed", Integer, index=True),
    Column("grade", String(24), index=True),
    Column("sources", Integer, nullable=False),
    Column("actors", Text, nullable=False),
    Column("claimants", Text, nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
    Column("data", JSON, nullable=False),
    Index("ix_agg_incidents_date", "date"),
    Index("ix_agg_incidents_country_date", "country_code", "date"),
)

agg_reports = Table(
    "agg_reports",
    metadata,
    Column("article_id", String(80), ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("seq", Integer, primary_key=True),
    Column("rec_id", String(40)),
    Column("incident_id", String(80), nullable=False, index=True),
    Column("component", String(80), nullable=False, index=True),
    Column("main", Boolean, nullable=False),
    Column("source_key", String(80), nullable=False),
    Column("country_code", String(8)),
    Column("day_start", String(10)),
    Column("day_end", String(10)),
    Column("sub_event_type", String(64)),
    Column("weekdays", Integer, nullable=False, server_default="0"),
    Column("arrived", String(10)),
    Column("data", JSON, nullable=False),
    Index("ix_agg_reports_block", "country_code", "day_start"),
    Index("ix_agg_reports_weekday_block", "country_code", "sub_event_type", "arrived"),
)
