"""Query layer over the store: incidents, claims, quotes and articles by filters, one page at a time."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Select,
    Table,
    exists,
    func,
    literal_column,
    select,
    text,
)

from harmwatch.store import schema

a = schema.articles


@dataclass(frozen=True, slots=True)
class Filters:
    """What to select; every field left None matches everything. Names match case-insensitively."""

    date_from: str | None = None
    """ISO date (inclusive): the incident's or claim's own date when known, else the article's."""
    date_to: str | None = None
    place: str | None = None
    actor: str | None = None
    event_type: str | None = None
    """An ACLED event type or sub-event type."""
    claimant: str | None = None
    text: str | None = None
    """Full-text search: article text (incidents, claims, articles) or quote text (quotes)."""
    include_duplicates: bool = True
    """False leaves out articles linked to an earlier copy (duplicate_of), so each story counts once."""
    min_killed: int | None = None
    """Aggregated incidents only: the conservative death toll is at least this."""
    grade: str | None = None
    """Aggregated incidents only: the incident's grade (harmwatch.aggregate.GRADES)."""


@dataclass(frozen=True, slots=True)
class Page:
    limit: int = 50
    offset: int = 0


@dataclass(frozen=True, slots=True)
class Result:
    """One page of rows (each a dict with the record's JSON under "data") and the total that matched."""

    items: list[dict[str, Any]]
    total: int
    page: Page = field(default_factory=Page)

    @property
    def next_offset(self) -> int | None:
        end = self.page.offset + len(self.items)
        return end if end < self.total else None


def _same_article(table: Table, outer: Table) -> ColumnElement[bool]:
    return table.c.article_id == (outer.c.id if outer is a else outer.c.article_id)


def _lower_eq(column: Any, value: str) -> ColumnElement[bool]:
    return func.lower(column) == value.casefold()


def fts_match(conn: Connection, target: str, query: str) -> ColumnElement[bool]:
    """Rows whose article text (target "articles") or quote text (target "quotes") matches the words;
    FTS5 on SQLite, tsvector on PostgreSQL. Every query joins articles, so the match applies directly."""
    base = schema.quotes if target == "quotes" else a
    if conn.dialect.name == "postgresql":
        tsv: Any = literal_column(f"{base.name}.tsv")
        return tsv.op("@@")(func.plainto_tsquery("english", query))
    # Every word quoted, so user text never reaches FTS5's query syntax; words are ANDed as in plainto_tsquery.
    words = [w for w in query.replace('"', " ").split() if w]
    phrase = " ".join(f'"{w}"' for w in words) or '""'
    rowids = text(f"SELECT rowid FROM {base.name}_fts WHERE {base.name}_fts MATCH :fts").bindparams(
        fts=phrase
    )
    return literal_column(f"{base.name}.rowid").in_(rowids)


def _article_filters(conn: Connection, f: Filters, outer: Table, date: Any) -> list[ColumnElement[bool]]:
    """Conditions every query shares; record-specific ones are added by the caller."""
    where: list[ColumnElement[bool]] = []
    if f.date_from:
        where.append(date >= f.date_from[:10])
    if f.date_to:
        where.append(date <= f.date_to[:10] + "\uffff")
    if f.place:
        p = schema.places
        where.append(
            exists(
                select(p.c.seq).where(
                    _same_article(p, outer),
                    _lower_eq(p.c.name, f.place) | _lower_eq(p.c.country_code, f.place),
                )
            )
        )
    if f.actor:
        ac = schema.actors
        where.append(exists(select(ac.c.seq).where(_same_article(ac, outer), _lower_eq(ac.c.name, f.actor))))
    if not f.include_duplicates:
        where.append(a.c.duplicate_of.is_(None))
    return where


def _page(conn: Connection, query: Select[Any], page: Page, order: list[Any]) -> Result:
    total = conn.execute(select(func.count()).select_from(query.subquery())).scalar_one()
    rows = conn.execute(query.order_by(*order).limit(page.limit).offset(page.offset)).mappings()
    return Result([dict(r) for r in rows], int(total), page)


def _article_cols() -> list[Any]:
    return [a.c.title.label("article_title"), a.c.published, a.c.url, a.c.outlet, a.c.duplicate_of]


def _record_date(table: Any) -> Any:
    """A record's date: the start of its time reference, else its article's publication time."""
    t = schema.times
    when = (
        select(t.c.start)
        .where(t.c.article_id == table.c.article_id, t.c.rec_id == table.c.time_id)
        .limit(1)
        .scalar_subquery()
    )
    return func.coalesce(when, a.c.published)


def _of_type(i: Table, event_type: str) -> ColumnElement[bool]:
    """Incidents (table `i`) whose ACLED event type or sub-event type is `event_type`."""
    return _lower_eq(i.c.event_type, event_type) | _lower_eq(i.c.sub_event_type, event_type)


def _claim_of(c: Table, i: Table) -> ColumnElement[bool]:
    """The claim (table `c`) is linked to the incident (table `i`) of its own article."""
    return (c.c.article_id == i.c.article_id) & (c.c.incident_id == i.c.rec_id)


def _dated_records(
    conn: Connection, f: Filters, table: Table
) -> tuple[Select[Any], Any, list[ColumnElement[bool]]]:
    """The query over a dated record table joined to its articles, its date, and the shared conditions."""
    date = _record_date(table)
    query = select(table, date.label("date"), *_article_cols()).join(a, a.c.id == table.c.article_id)
    return query, date, _article_filters(conn, f, table, date)


def incidents(conn: Connection, f: Filters, page: Page) -> Result:
    """Incidents with their article's metadata; event_type matches the type or the sub-event type."""
    i = schema.incidents
    query, date, where = _dated_records(conn, f, i)
    if f.event_type:
        where.append(_of_type(i, f.event_type))
    if f.claimant:
        c = schema.claims
        where.append(exists(select(c.c.seq).where(_claim_of(c, i), _lower_eq(c.c.claimant_name, f.claimant))))
    if f.text:
        where.append(fts_match(conn, "articles", f.text))
    return _page(conn, query.where(*where), page, [date.desc().nulls_last(), i.c.article_id, i.c.seq])


def claims(conn: Connection, f: Filters, page: Page) -> Result:
    """Casualty claims; event_type selects claims linked to an incident of that type."""
    c = schema.claims
    query, date, where = _dated_records(conn, f, c)
    if f.claimant:
        where.append(_lower_eq(c.c.claimant_name, f.claimant))
    if f.event_type:
        i = schema.incidents
        where.append(exists(select(i.c.seq).where(_claim_of(c, i), _of_type(i, f.event_type))))
    if f.text:
        where.append(fts_match(conn, "articles", f.text))
    return _page(conn, query.where(*where), page, [date.desc().nulls_last(), c.c.article_id, c.c.seq])


def quotes(conn: Connection, f: Filters, page: Page) -> Result:
    """Quotes; claimant matches the speaker, text searches the quote's own words."""
    q = schema.quotes
    date = a.c.published
    query = select(*[col for col in q.c if col.name != "tsv"], *_article_cols()).join(
        a, a.c.id == q.c.article_id
    )
    where = _article_filters(conn, f, q, date)
    if f.claimant:
        where.append(_lower_eq(q.c.speaker_name, f.claimant))
    if f.event_type:
        where.append(_any_incident(q, f.event_type))
    if f.text:
        where.append(fts_match(conn, "quotes", f.text))
    return _page(conn, query.where(*where), page, [date.desc().nulls_last(), q.c.article_id, q.c.seq])


def _any_incident(outer: Table, event_type: str) -> ColumnElement[bool]:
    i = schema.incidents
    return exists(
        select(i.c.seq).where(
            _same_article(i, outer),
            _of_type(i, event_type),
        )
    )


def articles(conn: Connection, f: Filters, page: Page) -> Result:
    """Articles (without the stored report) that mention the place, actor, event type or claimant."""
    cols = [c for c in a.c if c.name not in ("report", "minhash", "tsv")]
    date = a.c.published
    where = _article_filters(conn, f, a, date)
    if f.event_type:
        where.append(_any_incident(a, f.event_type))
    if f.claimant:
        c = schema.claims
        where.append(
            exists(select(c.c.seq).where(c.c.article_id == a.c.id, _lower_eq(c.c.claimant_name, f.claimant)))
        )
    if f.text:
        where.append(fts_match(conn, "articles", f.text))
    return _page(conn, select(*cols).where(*where), page, [date.desc().nulls_last(), a.c.id])


QUERIES: dict[str, Callable[[Connection, Filters, Page], Result]] = {
    "incidents": incidents,
    "claims": claims,
    "quotes": quotes,
    "articles": articles,
}
