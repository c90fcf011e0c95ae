"""One store interface over SQLite and PostgreSQL: open, migrate, write reports, runs and failures."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, delete, event, func, insert, select, update
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DataError, NoSuchModuleError, SQLAlchemyError

from harmwatch import EXTRACTOR_VERSION
from harmwatch.errors import StoreError, UnstorableReport
from harmwatch.records import Report, report_to_dict
from harmwatch.redact import redact_url, scrub, secrets_of
from harmwatch.store import aggregation, incident_queries, queries, schema
from harmwatch.store.rows import record_rows

log = logging.getLogger(__name__)
MIGRATIONS = Path(__file__).resolve().parent
ALL_TABLES = (
    "articles",
    *schema.RECORD_TABLES,
    "minhash_bands",
    "runs",
    "failures",
    "agg_incidents",
    "agg_reports",
)


def now() -> datetime:
    return datetime.now(UTC)


def engine_url(url: str) -> str:
    """The SQLAlchemy URL for a `--db` value: plain `postgresql://` uses psycopg 3, the driver installed."""
    if url.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # WAL lets readers (a dashboard, a test polling progress) run while the single writer commits.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


class Store:
    """A HarmWatch store: one database, its schema at the newest migration."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.dialect = engine.dialect.name
        self.secrets = secrets_of(engine.url.render_as_string(hide_password=False))
        """The password of the URL, masked in every message the store raises."""

    def describe(self) -> str:
        """The store's URL as it may be shown: no password."""
        return redact_url(self.engine.url.render_as_string(hide_password=True))

    def error(self, what: str, e: BaseException) -> StoreError:
        """A StoreError saying `what` failed and why, with the URL's secrets masked."""
        why = getattr(e, "orig", None) or e
        return StoreError(scrub(f"{what} at {self.describe()}: {why}", self.secrets))

    # --- schema -------------------------------------------------------------------------------------------
    def upgrade(self) -> str:
        """Apply pending migrations; returns the revision the store is now at."""
        from alembic import command
        from alembic.config import Config

        config = Config(str(MIGRATIONS / "alembic.ini"))
        config.set_main_option("script_location", str(MIGRATIONS / "migrations"))
        try:
            with self.engine.begin() as conn:
                config.attributes["connection"] = conn
                command.upgrade(config, "head")
        except SQLAlchemyError as e:
            # `from None`: the driver's error is summarised, secrets masked; chained it could show the password
            raise self.error("the store could not be migrated", e) from None
        return self.revision() or ""

    def revision(self) -> str | None:
        """The migration the store is at, or None for an empty database."""
        from alembic.runtime.migration import MigrationContext

        with self.engine.connect() as conn:
            return MigrationContext.configure(conn).get_current_revision()

    def close(self) -> None:
        self.engine.dispose()

    @contextmanager
    def connect(self) -> Iterator[Connection]:
        """A read connection."""
        with self.engine.connect() as conn:
            yield conn

    # --- writing ------------------------------------------------------------------------------------------
    def stored_version(self, article_id: str) -> str | None:
        """The extractor_version the article was stored with, or None when it is not stored."""
        with self.engine.connect() as conn:
            return conn.execute(
                select(schema.articles.c.extractor_version).where(schema.articles.c.id == article_id)
            ).scalar_one_or_none()

    def has_article(self, article_id: str, extractor_version: str | None = None) -> bool:
        """Whether the article is stored (by that extractor_version, when one is given)."""
        version = self.stored_version(article_id)
        return version is not None and (extractor_version is None or version == extractor_version)

    def save_report(
        self,
        report: Report | dict[str, Any],
        *,
        run_id: int | None = None,
        duplicate_of: str | None = None,
        minhash: bytes | None = None,
        band_keys: Iterable[str] = (),
        changes: list[aggregation.Change] | None = None,
    ) -> str:
        """Store one report and all its records in one transaction, its incidents joined to the store's
        cross-article incidents in the same transaction (a crash leaves nothing half-stored).

        Returns "stored", "replaced" (an older extractor_version's records were replaced) or "exists"
        (the same extractor_version already stored it; nothing written). The incidents created or changed
        are appended to `changes` when it is given. Raises UnstorableReport when the database refuses the
        report's values; nothing of it is then written."""
        body = report_to_dict(report) if isinstance(report, Report) else report
        article_id = body["article"]["id"]
        version = str(body.get("extractor_version") or EXTRACTOR_VERSION)
        changed: list[aggregation.Change] = []
        try:
            with self.engine.begin() as conn:
                old = self._write_report(
                    conn, body, version, run_id, duplicate_of, minhash, band_keys, changed
                )
        except (DataError, OverflowError) as e:
            # One report's values the database refuses (a number beyond its range) fail that report alone.
            why = scrub(f"{type(e).__name__}: {getattr(e, 'orig', None) or e}", self.secrets)
            raise UnstorableReport(f"the report of {article_id} could not be stored: {why}") from None
        if old == version:
            return "exists"
        if changes is not None:
            changes.extend(changed)
        return "stored" if old is None else "replaced"

    def _write_report(
        self,
        conn: Connection,
        body: dict[str, Any],
        version: str,
        run_id: int | None,
        duplicate_of: str | None,
        minhash: bytes | None,
        band_keys: Iterable[str],
        changed: list[aggregation.Change],
    ) -> str | None:
        """Write one report in the caller's transaction; returns the extractor_version stored before."""
        art = body["article"]
        article_id = art["id"]
        a = schema.articles
        old = conn.execute(select(a.c.extractor_version).where(a.c.id == article_id)).scalar_one_or_none()
        if old == version:
            return old
        row = {
            "title": art.get("title"),
            "outlet": art.get("outlet"),
            "url": art.get("url"),
            "published": art.get("published"),
            "published_precision": art.get("published_precision"),
            "language": art.get("language"),
            "input_id": body.get("input_id"),
            "source_id": body.get("source_id"),
            "text": art["text"],
            "extractor_version": version,
            "ingested_at": now(),
            "run_id": run_id,
            "report": body,
        }
        if old is None:
            conn.execute(insert(a).values(id=article_id, duplicate_of=duplicate_of, minhash=minhash, **row))
            keys = sorted(set(band_keys))
            if keys:
                conn.execute(
                    insert(schema.minhash_bands), [{"band_key": k, "article_id": article_id} for k in keys]
                )
        else:
            for table in schema.RECORD_TABLES.values():
                conn.execute(delete(table).where(table.c.article_id == article_id))
            # It keeps the day it first came in: undated reports are joined by that day (docs/incidents.md).
            row.pop("ingested_at")
            conn.execute(update(a).where(a.c.id == article_id).values(**row))
            stored = conn.execute(select(a.c.duplicate_of, a.c.minhash).where(a.c.id == article_id)).one()
            duplicate_of, minhash = stored.duplicate_of, stored.minhash
        for key, table in schema.RECORD_TABLES.items():
            records = body.get(key) or []
            if records:
                conn.execute(insert(table), record_rows(article_id, key, list(records)))
        changed.extend(aggregation.attach(conn, body, duplicate_of, minhash))
        return old

    def save_failure(self, input_ref: str, code: str, message: str, *, run_id: int | None = None) -> None:
        """Record why one input failed; a later failure of the same input replaces the earlier row."""
        f = schema.failures
        with self.engine.begin() as conn:
            conn.execute(delete(f).where(f.c.input_ref == input_ref))
            conn.execute(
                insert(f).values(
                    input_ref=input_ref, code=code, message=message, run_id=run_id, failed_at=now()
                )
            )

    def clear_failure(self, input_ref: str) -> None:
        """Forget an input's earlier failure once it has been stored."""
        with self.engine.begin() as conn:
            conn.execute(delete(schema.failures).where(schema.failures.c.input_ref == input_ref))

    def start_run(self, sources: list[str]) -> int:
        """A new row in runs; its id tags what this run writes."""
        with self.engine.begin() as conn:
            result = conn.execute(
                insert(schema.runs).values(
                    started_at=now(),
                    extractor_version=EXTRACTOR_VERSION,
                    sources=sources,
                    status="running",
                    stored=0,
                    duplicates=0,
                    skipped=0,
                    failed=0,
                )
            )
            key = result.inserted_primary_key
            assert key is not None
            return int(key[0])

    def finish_run(self, run_id: int, status: str, counts: dict[str, int]) -> None:
        """Close a run with its status and summary counts."""
        values = {k: counts.get(k, 0) for k in ("stored", "duplicates", "skipped", "failed")}
        with self.engine.begin() as conn:
            conn.execute(
                update(schema.runs)
                .where(schema.runs.c.id == run_id)
                .values(finished_at=now(), status=status, **values)
            )

    # --- near-duplicates ----------------------------------------------------------------------------------
    def band_candidates(self, band_keys: Iterable[str]) -> list[tuple[str, bytes | None, str | None]]:
        """(id, minhash, duplicate_of) of stored articles sharing at least one LSH band key, oldest first."""
        keys = sorted(set(band_keys))
        if not keys:
            return []
        a, b = schema.articles, schema.minhash_bands
        ids = select(b.c.article_id).where(b.c.band_key.in_(keys)).distinct()
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(a.c.id, a.c.minhash, a.c.duplicate_of)
                .where(a.c.id.in_(ids))
                .order_by(a.c.ingested_at, a.c.id)
            )
            return [(r.id, r.minhash, r.duplicate_of) for r in rows]

    # --- reading ------------------------------------------------------------------------------------------
    def counts(self) -> dict[str, int]:
        """Rows in each table."""
        with self.engine.connect() as conn:
            return {
                name: int(
                    conn.execute(select(func.count()).select_from(schema.metadata.tables[name])).scalar_one()
                )
                for name in ALL_TABLES
            }

    def search(
        self, text: str, *, target: str = "articles", page: queries.Page | None = None
    ) -> queries.Result:
        """Full-text search over article text (target="articles") or quotes (target="quotes")."""
        find = {"articles": queries.articles, "quotes": queries.quotes}.get(target)
        if find is None:
            raise StoreError(f"search target must be 'articles' or 'quotes', not {target!r}")
        with self.engine.connect() as conn:
            return find(conn, queries.Filters(text=text), page or queries.Page())

    def query(self, what: str, filters: queries.Filters, page: queries.Page | None = None) -> queries.Result:
        """Incidents, claims, quotes or articles matching the filters, one page of them."""
        find = queries.QUERIES.get(what)
        if find is None:
            raise StoreError(f"can query {', '.join(queries.QUERIES)}, not {what!r}")
        with self.engine.connect() as conn:
            return find(conn, filters, page or queries.Page())

    # --- cross-article incidents (docs/incidents.md) ------------------------------------------------------
    def aggregated_incidents(
        self, filters: queries.Filters, page: queries.Page, order: str = "-date"
    ) -> queries.Result:
        """One page of incident dicts matching the filters, latest first (or by `order`: date, killed or
        event_type, '-' for descending), and the total that matched."""
        with self.engine.connect() as conn:
            return incident_queries.aggregated_incidents(conn, filters, page, order)

    def iter_aggregated_incidents(self, filters: queries.Filters) -> Iterator[dict[str, Any]]:
        """Every matching incident dict, latest first, streamed (memory stays flat)."""
        with self.engine.connect() as conn:
            yield from incident_queries.iter_aggregated_incidents(conn, filters)

    def aggregated_incident(self, incident_id: str) -> dict[str, Any] | None:
        """The incident dict with that id, or None."""
        with self.engine.connect() as conn:
            return incident_queries.aggregated_incident(conn, incident_id)

    def rebuild_incidents(self) -> int:
        """Recompute every cross-article incident from the stored reports, in one transaction; returns how
        many incidents there are. Reaches the same incidents as attaching the articles one by one."""
        with self.engine.begin() as conn:
            return aggregation.rebuild(conn)


def open_store(url: str, *, upgrade: bool = True) -> Store:
    """The store at a database URL (`sqlite:///path` or `postgresql://...`), migrated on first use."""
    try:
        sa_url = make_url(engine_url(url))
        if sa_url.get_backend_name() == "sqlite":
            if sa_url.database and sa_url.database != ":memory:":
                Path(sa_url.database).expanduser().parent.mkdir(parents=True, exist_ok=True)
            engine = create_engine(sa_url)
            event.listen(engine, "connect", _sqlite_pragmas)
        elif sa_url.get_backend_name() == "postgresql":
            engine = create_engine(sa_url)
        else:
            raise StoreError(
                f"unsupported database {redact_url(url)!r}: use sqlite:///path or postgresql://..."
            )
    except (ArgumentError, NoSuchModuleError, ValueError) as e:
        # `from None`: the driver's own message may quote the URL with its password
        raise StoreError(scrub(f"cannot open the store {redact_url(url)!r}: {e}", secrets_of(url))) from None
    store = Store(engine)
    if upgrade:
        store.upgrade()
    return store
