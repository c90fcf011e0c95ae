"""`harmwatch db check`: the store's invariants, verified after a crash, a restore or a manual edit.

Each check reads the store in bounded chunks and returns Problems; an empty list means the store is whole:
- references: every record, band key and duplicate link points at a stored article; runs and failures exist;
- articles: the id is the hash of the text, and the stored report describes that same article;
- records: each article has exactly the records its stored report lists, row for row;
- spans: every span lies inside the article's text and slices to the text its record claims;
- incidents: every article's incidents are placed in a cross-article incident, each placement is what the
  article's report gives, and each incident is the summary of the reports placed in it.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Column, Connection, Select, Table, func, select

from harmwatch.aggregate import incident_reports, report_from_json, report_to_json, summarise
from harmwatch.ingest.text import article_id as hash_id
from harmwatch.schema import span_errors
from harmwatch.store import schema
from harmwatch.store.aggregation import arrival_day
from harmwatch.store.engine import Store
from harmwatch.store.paging import keyset_pages

CHUNK = 200
"""Articles read per round trip: memory stays flat however large the store."""


@dataclass(frozen=True, slots=True)
class Problem:
    check: str
    where: str
    message: str


@dataclass(frozen=True, slots=True)
class CheckReport:
    """What `check_store` looked at and what it found wrong."""

    articles: int
    records: int
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def _chunks(conn: Connection, query: Select[Any], key: Column[Any]) -> Iterator[list[Any]]:
    """The rows of `query` CHUNK at a time in the order of the unique `key` (keyset paging)."""
    return keyset_pages(conn, query, (key,), CHUNK)


def _orphans(conn: Connection, child: Table, column: str, parent: Table, key: str = "id") -> list[Any]:
    """Values of child.column (not NULL) with no parent row."""
    col = child.c[column]
    other = parent.alias("parent")  # an alias, so articles.duplicate_of looks at other rows of articles
    missing = ~select(other.c[key]).where(other.c[key] == col).exists()
    return [r[0] for r in conn.execute(select(col).where(col.is_not(None), missing).distinct().limit(50))]


def check_references(conn: Connection) -> Iterator[Problem]:
    """Foreign keys, checked in SQL whether or not the engine enforces them."""
    a, runs = schema.articles, schema.runs
    pairs: list[tuple[Table, str, Table]] = [
        *((t, "article_id", a) for t in schema.RECORD_TABLES.values()),
        (schema.minhash_bands, "article_id", a),
        (a, "duplicate_of", a),
        (a, "run_id", runs),
        (schema.failures, "run_id", runs),
    ]
    for child, column, parent in pairs:
        for value in _orphans(conn, child, column, parent):
            yield Problem(
                "references", f"{child.name}.{column}={value}", f"points at no row of {parent.name}"
            )


def _json(value: Any) -> Any:
    return json.loads(value) if isinstance(value, str) else value


def _plain(value: Any) -> Any:
    """The value as JSON gives it back (tuples become lists), so a fresh summary compares with a stored one."""
    return json.loads(json.dumps(value, default=str))


def _check_article(article_id: str, text: str, report: dict[str, Any]) -> Iterator[Problem]:
    art = report.get("article") or {}
    if hash_id(text) != article_id:
        yield Problem("articles", article_id, "the id is not the sha256 of the stored text")
    if art.get("id") != article_id or art.get("text") != text:
        yield Problem("articles", article_id, "the stored report describes another article")
        return
    try:
        errors = span_errors(report)
    except (KeyError, TypeError, ValueError) as e:
        errors = [f"the stored report is malformed: {type(e).__name__}: {e}"]
    for message in errors:
        yield Problem("spans", article_id, message)


def _check_records(
    article_id: str, report: dict[str, Any], rows: dict[str, list[Any]], text_length: int
) -> Iterator[Problem]:
    for key in schema.RECORD_TABLES:
        listed = report.get(key) or []
        stored = sorted(rows.get(key, []), key=lambda r: r.seq)
        if len(stored) != len(listed):
            yield Problem(
                "records", article_id, f"{key}: {len(stored)} rows stored, the report lists {len(listed)}"
            )
            continue
        for seq, (row, record) in enumerate(zip(stored, listed, strict=True)):
            if row.seq != seq or _json(row.data) != record:
                yield Problem("records", article_id, f"{key}[{seq}]: the row differs from the report")
            elif row.span_start is not None and not 0 <= row.span_start <= row.span_end <= text_length:
                yield Problem("spans", article_id, f"{key}[{seq}]: span outside the text")


def check_articles(conn: Connection) -> Iterator[Problem | int]:
    """Per article: id, report, records and spans. Yields the number of records seen after each chunk."""
    a = schema.articles
    for chunk in _chunks(conn, select(a.c.id, a.c.text, a.c.report), a.c.id):
        ids = [r.id for r in chunk]
        rows: dict[str, dict[str, list[Any]]] = {i: {} for i in ids}
        records = 0
        for key, table in schema.RECORD_TABLES.items():
            cols = [table.c.article_id, table.c.seq, table.c.span_start, table.c.span_end, table.c.data]
            for row in conn.execute(select(*cols).where(table.c.article_id.in_(ids))):
                rows[row.article_id].setdefault(key, []).append(row)
                records += 1
        for r in chunk:
            report = _json(r.report)
            if not isinstance(report, dict):
                yield Problem("articles", r.id, "the stored report is not a JSON object")
                continue
            yield from _check_article(r.id, r.text, report)
            yield from _check_records(r.id, report, rows[r.id], len(r.text))
        yield records


def check_incidents(conn: Connection) -> Iterator[Problem]:
    """Cross-article incidents agree with the stored reports: every article's incidents are placed, each
    placement equals what its report gives, and each incident is the summary of the reports placed in it."""
    r, inc, a = schema.agg_reports, schema.agg_incidents, schema.articles
    for value in _orphans(conn, r, "incident_id", inc):
        yield Problem("incidents", f"agg_reports.incident_id={value}", "points at no incident")
    for value in _orphans(conn, r, "article_id", a):
        yield Problem("references", f"agg_reports.article_id={value}", "points at no row of articles")
    articles = select(a.c.id, a.c.report, a.c.duplicate_of, a.c.minhash, a.c.ingested_at)
    for chunk in _chunks(conn, articles, a.c.id):
        ids = [row.id for row in chunk]
        placed: dict[tuple[str, int], Any] = {
            (row.article_id, row.seq): _json(row.data)
            for row in conn.execute(select(r.c.article_id, r.c.seq, r.c.data).where(r.c.article_id.in_(ids)))
        }
        for row in chunk:
            report = _json(row.report)
            if not isinstance(report, dict):
                continue  # named by check_articles
            want = incident_reports(report, row.duplicate_of, row.minhash, arrival_day(row.ingested_at))
            have = {seq: data for (article_id, seq), data in placed.items() if article_id == row.id}
            if sorted(have) != [item.seq for item in want]:
                yield Problem(
                    "incidents", row.id, f"{len(have)} incidents placed, the report has {len(want)}"
                )
            elif any(_plain(report_to_json(item)) != _plain(have[item.seq]) for item in want):
                yield Problem("incidents", row.id, "a placed incident differs from the report's")
    for incidents in _chunks(conn, select(inc.c.id, inc.c.component, inc.c.data), inc.c.id):
        members: dict[str, list[Any]] = {i.id: [] for i in incidents}
        placements = select(r.c.incident_id, r.c.component, r.c.data).where(
            r.c.incident_id.in_(list(members))
        )
        for placement in conn.execute(placements):
            members[placement.incident_id].append(placement)
        for i in incidents:
            rows = members[i.id]
            if not rows:
                yield Problem("incidents", i.id, "no report is placed in this incident")
            elif any(row.component != i.component for row in rows):
                yield Problem("incidents", i.id, "its reports sit in another component")
            elif _plain(summarise([report_from_json(_json(row.data)) for row in rows])) != _plain(
                _json(i.data)
            ):
                yield Problem("incidents", i.id, "the stored incident is not the summary of its reports")


Check = Callable[[Connection], Iterator[Any]]
CHECKS: dict[str, Check] = {
    "references": check_references,
    "articles": check_articles,
    "incidents": check_incidents,
}
"""Name -> check; each yields Problems (and, for articles, record counts)."""


def check_store(store: Store) -> CheckReport:
    """Every check over the whole store, in one read transaction (a consistent snapshot on PostgreSQL)."""
    problems: list[Problem] = []
    records = 0
    with store.connect() as conn:
        if conn.dialect.name == "postgresql":  # one snapshot for every query, even while an ingest writes
            conn = conn.execution_options(isolation_level="REPEATABLE READ")
        conn.begin()
        articles = int(conn.execute(select(func.count()).select_from(schema.articles)).scalar_one())
        for check in CHECKS.values():
            for item in check(conn):
                if isinstance(item, Problem):
                    problems.append(item)
                else:
                    records += item
    return CheckReport(articles, records, problems)
