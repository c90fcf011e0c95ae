"""Read-only summaries for browsing: actors with the labels each outlet used, the most named places and
actors. Article-level records; incidents are read through the incident queries."""

from __future__ import annotations

from typing import Any

from sqlalchemy import distinct, func, select

from harmwatch.store import schema
from harmwatch.store.engine import Store
from harmwatch.store.queries import Page, Result

a = schema.articles
NO_OUTLET = "(outlet not given)"


def _ranked(store: Store, table: Any, columns: list[Any], page: Page) -> Result:
    """Distinct values of `columns` in `table`, by how many articles name them (most first)."""
    articles = func.count(distinct(table.c.article_id)).label("articles")
    query = select(*columns, articles).where(table.c.name.is_not(None)).group_by(*columns)
    with store.connect() as conn:
        total = conn.execute(select(func.count()).select_from(query.subquery())).scalar_one()
        rows = conn.execute(
            query.order_by(articles.desc(), *columns).limit(page.limit).offset(page.offset)
        ).mappings()
        return Result([dict(r) for r in rows], int(total), page)


def top_places(store: Store, page: Page) -> Result:
    """Places (name, country, coordinates) by the number of articles naming them."""
    p = schema.places
    return _ranked(store, p, [p.c.name, p.c.country_code], page)


def actors_by_outlet(store: Store, page: Page) -> Result:
    """Actors by the number of articles naming them, each with the labels every outlet used for it:
    `{"name", "kind", "side", "articles", "labels": {outlet: [label, ...]}}`."""
    ac = schema.actors
    ranked = _ranked(store, ac, [ac.c.name], page)
    out: dict[str, dict[str, Any]] = {
        r["name"]: {"name": r["name"], "kind": None, "side": None, "articles": r["articles"], "labels": {}}
        for r in ranked.items
    }
    if not out:
        return ranked
    with store.connect() as conn:
        rows = conn.execute(
            select(ac.c.name, ac.c.kind, ac.c.side, ac.c.data, a.c.outlet)
            .join(a, a.c.id == ac.c.article_id)
            .where(ac.c.name.in_(list(out)))
            .order_by(ac.c.name, a.c.outlet, ac.c.article_id)
        )
        for row in rows:
            actor = out[row.name]
            actor["kind"] = actor["kind"] or row.kind
            actor["side"] = actor["side"] or row.side
            labels = actor["labels"].setdefault(row.outlet or NO_OUTLET, [])
            for label in (row.data or {}).get("labels_used") or []:
                if label not in labels:
                    labels.append(label)
    return Result(list(out.values()), ranked.total, page)


def top_actors(store: Store, page: Page) -> Result:
    ac = schema.actors
    return _ranked(store, ac, [ac.c.name, ac.c.kind], page)
