"""Thin commands over cross-article incidents: list them, rebuild them, watch feeds for new ones."""

from __future__ import annotations

import json
import signal
import sys
from typing import Any

import click

from harmwatch.cli_options import DB_OPTION, incident_filters, open_db
from harmwatch.config import Settings


def killed_text(incident: dict[str, Any]) -> str:
    """'12 (12-20, disputed)': the conservative death toll, the range across claimants, the dispute."""
    killed = incident["figures"].get("killed")
    if not killed or killed["conservative"] is None:
        return "-"
    text = str(killed["conservative"])
    if killed["high"] is not None and killed["high"] != killed["low"]:
        text += f" ({killed['low']}-{killed['high']}"
        text += ", disputed)" if killed["disputed"] else ")"
    return text


def incident_line(kind: str, incident: dict[str, Any]) -> str:
    """One line for an incident: what became of it, id, day, place, type, toll, grade, sources."""
    place = (incident.get("place") or {}).get("name") or "?"
    return (
        f"{kind:7} {incident['id']}  {incident.get('date') or '?'}  {place}  {incident.get('sub_event_type') or '?'}"
        f"  killed {killed_text(incident)}  {incident['grade']}  {incident['sources']} source(s)"
    )


@click.command()
@DB_OPTION
@incident_filters(leave_out=("claimant",))
@click.option(
    "--limit", type=int, default=50, show_default=True, help="Rows in the table (--json: no limit)."
)
@click.option("--json", "as_json", is_flag=True, help="One incident per line as JSON (docs/incidents.md).")
def incidents(db_url: str | None, limit: int, as_json: bool, **filters: Any) -> None:
    """Cross-article incidents in the store: every claimant's figures side by side, graded."""
    from rich.console import Console
    from rich.table import Table

    from harmwatch.store import Filters, Page

    store = open_db(db_url)
    chosen = Filters(**filters)
    if as_json:
        for incident in store.iter_aggregated_incidents(chosen):
            click.echo(json.dumps(incident, ensure_ascii=False))
        return
    result = store.aggregated_incidents(chosen, Page(limit=limit))
    table = Table(title=f"incidents 1-{len(result.items)} of {result.total}")
    for head in ("date", "place", "type", "killed", "claimants", "grade", "sources", "id"):
        table.add_column(head)
    for item in result.items:
        claimants = {c["claimant"] for f in item["figures"].values() for c in f["by_claimant"]}
        table.add_row(
            item.get("date") or "?",
            (item.get("place") or {}).get("name") or "?",
            item.get("sub_event_type") or "?",
            killed_text(item),
            str(len(claimants)),
            item["grade"],
            str(item["sources"]),
            item["id"],
        )
    Console(width=160).print(table)


@click.command()
@DB_OPTION
@click.option(
    "--rebuild", is_flag=True, required=True, help="Recompute every incident from the stored reports."
)
def aggregate(db_url: str | None, rebuild: bool) -> None:
    """Recompute cross-article incidents from the stored reports (ingest keeps them up to date itself)."""
    del rebuild  # the only mode; the flag says what the command does
    click.echo(f"{open_db(db_url).rebuild_incidents()} incidents", err=True)


@click.command()
@click.argument("feeds", nargs=-1, required=True)
@DB_OPTION
@click.option("--every", default="15m", show_default=True, help="Interval between polls: 90s, 15m, 2h.")
@click.option(
    "--delay", type=float, default=2.0, show_default=True, help="Seconds between requests to one host."
)
@click.option(
    "--rounds", type=int, default=None, help="Stop after this many polls (default: run until stopped)."
)
def watch(feeds: tuple[str, ...], db_url: str | None, every: str, delay: float, rounds: int | None) -> None:
    """Poll FEEDS (RSS/Atom URLs or files), ingest new entries, print each new or updated incident."""
    from harmwatch.batch.watch import Watcher, parse_every

    seconds = parse_every(every)
    store = open_db(db_url)

    def show(change: tuple[str, str]) -> None:
        incident = store.aggregated_incident(change[0])
        if incident is not None:
            click.echo(incident_line(change[1], incident))

    watcher = Watcher(list(feeds), store, Settings.from_env(), show, delay=delay)

    def stop(_signum: int, _frame: Any) -> None:
        watcher.stop.set()

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    summary = watcher.run(seconds, rounds)
    counts = summary.counts()
    click.echo(f"watch stopped: stored {counts['stored']}, failed {counts['failed']}", err=True)
    sys.exit(0)
