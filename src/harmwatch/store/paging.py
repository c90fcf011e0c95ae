"""Keyset paging: a large table read a page at a time, so neither a check nor a migration holds it in memory.
Migrations use it: it must keep reading every row once, in key order."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from sqlalchemy import ColumnClause, Connection, Row, Select, tuple_


def keyset_pages(
    conn: Connection, query: Select[Any], keys: Sequence[ColumnClause[Any]], size: int
) -> Iterator[list[Row[Any]]]:
    """The rows of `query`, `size` at a time, in the order of the unique `keys` (selected by the query); each
    round trip starts after the last keys seen, so rows written to a page already read are not read again."""
    after: tuple[Any, ...] | None = None
    while True:
        page = query.order_by(*keys).limit(size)
        if after is not None:
            page = page.where(tuple_(*keys) > tuple_(*after))
        rows = list(conn.execute(page))
        if not rows:
            return
        yield rows
        after = tuple(getattr(rows[-1], key.name) for key in keys)
