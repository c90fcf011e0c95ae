"""Thin commands over the store itself: migrate, count, check and query it; API tokens."""

from __future__ import annotations

import json
import sys
from typing import Any

import click

from harmwatch.cli_options import DB_OPTION, open_db


@click.group()
def db() -> None:
    """The store: migrate it, count its rows, query it."""


@db.command()
@DB_OPTION
def upgrade(db_url: str | None) -> None:
    """Apply pending migrations to the store (also done on first use)."""
    click.echo(f"store at revision {open_db(db_url).revision()}")


@db.command()
@DB_OPTION
def stats(db_url: str | None) -> None:
    """Rows in each table of the store."""
    for table, n in open_db(db_url).counts().items():
        click.echo(f"{table:14} {n:>8}")


@db.command()
@DB_OPTION
@click.option("--limit", type=int, default=20, show_default=True, help="Problems to list at most.")
def check(db_url: str | None, limit: int) -> None:
    """Verify the store: references, article ids, records equal to each stored report, spans in their text.
    Exit status 0 when the store is whole, 1 when a problem was found."""
    from harmwatch.store.check import check_store

    result = check_store(open_db(db_url))
    for problem in result.problems[:limit]:
        click.echo(f"{problem.check}: {problem.where}: {problem.message}")
    if len(result.problems) > limit:
        click.echo(f"... and {len(result.problems) - limit} more")
    verdict = "ok" if result.ok else f"{len(result.problems)} problems"
    click.echo(f"{verdict}: {result.articles} articles, {result.records} records checked")
    sys.exit(0 if result.ok else 1)


@db.command()
@click.argument("what", type=click.Choice(["incidents", "claims", "quotes", "articles"]))
@DB_OPTION
@click.option("--from", "date_from", help="First date (ISO).")
@click.option("--to", "date_to", help="Last date (ISO).")
@click.option("--place", help="Place name or country code.")
@click.option("--actor", help="Actor name.")
@click.option("--event-type", help="ACLED event or sub-event type.")
@click.option("--claimant", help="Who made the claim (or said the quote).")
@click.option("--text", help="Full-text search.")
@click.option("--unique", is_flag=True, help="Leave out near-duplicate copies of stored articles.")
@click.option("--limit", type=int, default=20, show_default=True)
@click.option("--offset", type=int, default=0, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="One JSON object per row instead of a table.")
def query(
    what: str, db_url: str | None, unique: bool, limit: int, offset: int, as_json: bool, **filters: Any
) -> None:
    """Incidents, claims, quotes or articles in the store, filtered and paginated."""
    from harmwatch.store import Filters, Page
    from harmwatch.store.table import render_table

    result = open_db(db_url).query(
        what, Filters(include_duplicates=not unique, **filters), Page(limit, offset)
    )
    if as_json:
        for row in result.items:
            click.echo(json.dumps(row, ensure_ascii=False, default=str))
        return
    click.echo(render_table(what, result))


@click.group()
def token() -> None:
    """API tokens for writing (and, with serve --read-token-required, reading)."""


@token.command("create")
@click.argument("name")
@DB_OPTION
def token_create(name: str, db_url: str | None) -> None:
    """Create a token named NAME and print it once; the store keeps only its hash."""
    from harmwatch.store.tokens import create_token

    click.echo(create_token(open_db(db_url), name))
    click.echo("Keep it now: it cannot be shown again.", err=True)


@token.command("revoke")
@click.argument("name")
@DB_OPTION
def token_revoke(name: str, db_url: str | None) -> None:
    """Revoke the token named NAME."""
    from harmwatch.store.tokens import revoke_token

    if not revoke_token(open_db(db_url), name):
        raise click.ClickException(f"no live token named {name!r}")
    click.echo(f"revoked {name}", err=True)


@token.command("list")
@DB_OPTION
def token_list(db_url: str | None) -> None:
    """Names of the tokens and whether each is live (never the tokens)."""
    from harmwatch.store.tokens import token_names

    for name, live in token_names(open_db(db_url)):
        click.echo(f"{name}\t{'live' if live else 'revoked'}")
