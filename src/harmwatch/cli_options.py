"""Options and helpers the command modules share (cli.py, cli_store.py, cli_incidents.py)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import click

from harmwatch.config import Settings

DB_OPTION = click.option(
    "--db",
    "db_url",
    envvar="HARMWATCH_DB",
    default=None,
    help="Store URL: sqlite:///path (default sqlite:///harmwatch.db) or postgresql://user@host/db.",
)


def open_db(db_url: str | None) -> Any:
    """The store at `db_url`, else at HARMWATCH_DB, else the default SQLite file."""
    from harmwatch.store import open_store

    return open_store(db_url or Settings.from_env().db_url)


INCIDENT_FILTERS: dict[str, Callable[[Any], Any]] = {
    "since": click.option("--since", "date_from", help="First day (ISO)."),
    "until": click.option("--until", "date_to", help="Last day (ISO)."),
    "place": click.option("--place", help="Place name, province or country code."),
    "actor": click.option("--actor", help="A perpetrator's name."),
    "type": click.option("--type", "event_type", help="ACLED event or sub-event type."),
    "claimant": click.option("--claimant", help="Who made a casualty claim."),
    "min-killed": click.option("--min-killed", type=int, help="Conservative death toll at least this."),
    "grade": click.option(
        "--grade", help="contested, disputed_toll, confirmed, party_only, corroborated or single_source."
    ),
    "search": click.option("--search", "text", help="Full-text search in the incidents' articles."),
}
"""The incident filters by option name, each passed on under the name of its `store.Filters` field."""


def incident_filters(*, leave_out: tuple[str, ...] = ()) -> Callable[[Any], Any]:
    """A decorator adding the INCIDENT_FILTERS (but those named in `leave_out`) to a command."""

    def add(command: Any) -> Any:
        for name, option in reversed(INCIDENT_FILTERS.items()):
            if name not in leave_out:
                command = option(command)
        return command

    return add
