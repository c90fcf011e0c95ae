"""Thin command line: parse arguments, call one library function, print."""

from __future__ import annotations

import dataclasses
import json
import sys
from collections.abc import Iterator
from typing import Any

import click

from harmwatch.cli_options import DB_OPTION, incident_filters, open_db
from harmwatch.config import Settings
from harmwatch.errors import HarmWatchError
from harmwatch.ingest import Failure, read_inputs
from harmwatch.ingest.text import with_published


def iter_reports(
    paths: list[str],
    settings: Settings,
    published: str | None = None,
    *,
    workers: int = 1,
    engine: str = "local",
    scheduler: str | None = None,
) -> Iterator[dict[str, Any]]:
    """Report dicts (or error objects) for every input document, in input order; `published` overrides
    every document's publication time, so relative dates resolve against it."""
    items = (
        with_published(item, published) if published and not isinstance(item, Failure) else item
        for item in read_inputs(paths, settings)
    )
    for _item, outcome in _runner(engine, scheduler)(items, settings, workers):
        if isinstance(outcome, Failure):  # unreadable input or a document whose extraction failed
            yield {"input_id": outcome.input_id, "error": {"code": outcome.code, "message": outcome.message}}
        else:
            yield outcome


def _runner(engine: str, scheduler: str | None) -> Any:
    """The batch engine's run function: the local process pool, or Dask (on `scheduler`, else a LocalCluster)."""
    if engine == "dask":
        from functools import partial

        from harmwatch.batch.dask import run_dask

        return partial(run_dask, scheduler=scheduler)
    if scheduler:
        raise click.UsageError("--scheduler needs --engine dask")
    from harmwatch.batch import run_batch

    return run_batch


ENGINE_OPTIONS = [
    click.option(
        "--workers", type=click.IntRange(1, 64), default=1, show_default=True, help="Extraction processes."
    ),
    click.option(
        "--engine",
        type=click.Choice(["local", "dask"]),
        default="local",
        show_default=True,
        help="Batch runner: local processes, or Dask (a LocalCluster of --workers, or --scheduler's cluster).",
    ),
    click.option(
        "--scheduler", default=None, help="Dask scheduler address (tcp://HOST:8786) for --engine dask."
    ),
]


def engine_options(f: Any) -> Any:
    for option in reversed(ENGINE_OPTIONS):
        f = option(f)
    return f


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="harmwatch")
def cli() -> None:
    """HarmWatch: who says what happened to civilians, from conflict news."""


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--published", help="Publication time (ISO 8601) for every input, overriding datelines.")
@click.option("--pretty", is_flag=True, help="Indent the JSON (one report is then several lines).")
@click.option("--full-parse", is_flag=True, help="Tag and parse every sentence, not only those that need it.")
@engine_options
def extract(
    paths: tuple[str, ...],
    published: str | None,
    pretty: bool,
    full_parse: bool,
    workers: int,
    engine: str,
    scheduler: str | None,
) -> None:
    """Extract reports from PATHS (.txt, .html, .jsonl, directories, '-' for stdin) as JSON Lines."""
    failed = 0
    settings = dataclasses.replace(Settings.from_env(), full_parse=full_parse)
    reports = iter_reports(
        list(paths), settings, published, workers=workers, engine=engine, scheduler=scheduler
    )
    for report in reports:
        failed += "error" in report
        if "error" in report:
            click.echo(f"harmwatch: {report['input_id']}: {report['error']['message']}", err=True)
        click.echo(json.dumps(report, ensure_ascii=False, indent=2 if pretty else None))
    sys.exit(1 if failed else 0)


@cli.command()
@click.argument("dataset")
@click.option("--data", "data_dir", type=click.Path(file_okay=False), help="Folder with the evaluation data.")
@click.option("--split", default=None, help="Split to score (default: the development split).")
@click.option("--limit", type=int, default=None, help="Score only the first N documents.")
@click.option(
    "--sample", type=int, default=None, help="Score N documents at a fixed stride over the whole split."
)
@click.option(
    "--half",
    type=click.Choice(["a", "b"]),
    default=None,
    help="Score one half of the split: documents at even (a) or odd (b) positions in the scorer's order "
    "(aggregate: the judged articles at those positions and the pairs among them).",
)
@click.option("--full-parse", is_flag=True, help="Tag and parse every sentence, not only those that need it.")
def eval(  # noqa: A001
    dataset: str,
    data_dir: str | None,
    split: str | None,
    limit: int | None,
    sample: int | None,
    half: str | None,
    full_parse: bool,
) -> None:
    """Score extraction on DATASET against its gold data and print the metrics as JSON.

    DATASET "aggregate" scores cross-article incidents on judged FA-KES article pairs."""
    from harmwatch.evaluate import run_eval

    try:
        metrics = run_eval(
            dataset,
            data_dir=data_dir,
            split=split,
            limit=limit,
            sample=sample,
            half=half,
            full_parse=full_parse,
        )
    except HarmWatchError as e:
        raise click.ClickException(str(e)) from e
    click.echo(json.dumps(metrics, indent=2))


@cli.command()
@click.argument("paths", nargs=-1, required=True)
def demo(paths: tuple[str, ...]) -> None:
    """Extract PATHS and print a readable summary of each report."""
    from harmwatch.summary import summarise

    failed = 0
    for report in iter_reports(list(paths), Settings.from_env()):
        failed += "error" in report
        click.echo(summarise(report))
    sys.exit(1 if failed else 0)


@cli.command()
@click.argument("sources", nargs=-1, required=True)
@DB_OPTION
@engine_options
@click.option("--reprocess", is_flag=True, help="Re-extract articles stored by an older extractor_version.")
@click.option(
    "--timeout", type=float, default=15.0, show_default=True, help="Seconds allowed per HTTP fetch."
)
def ingest(
    sources: tuple[str, ...],
    db_url: str | None,
    workers: int,
    engine: str,
    scheduler: str | None,
    reprocess: bool,
    timeout: float,
) -> None:
    """Extract SOURCES (files, directories, .jsonl[.gz], RSS/Atom feeds, URLs) into the store."""
    from harmwatch.batch.ingest import count_documents
    from harmwatch.batch.ingest import ingest as run_ingest

    runner = _runner(engine, scheduler)
    settings = Settings.from_env()
    store = open_db(db_url)
    with _progress_bar(count_documents(list(sources))) as advance:
        summary = run_ingest(
            list(sources),
            store,
            settings,
            workers=workers,
            reprocess=reprocess,
            progress=advance,
            fetch_timeout=timeout,
            runner=runner,
        )
    counts = summary.counts()
    click.echo(
        f"stored {counts['stored']}, duplicates {counts['duplicates']}, replaced {counts['replaced']}, "
        f"skipped as already stored {counts['skipped']}, failed {counts['failed']}",
        err=True,
    )
    for code, n in summary.failed.most_common():
        click.echo(f"  failed ({code}): {n}", err=True)
    sys.exit(summary.exit_status)


class _progress_bar:
    """A rich progress bar on stderr when it is a terminal; otherwise nothing is shown."""

    def __init__(self, total: int | None) -> None:
        self.total = total
        self.bar: Any = None

    def __enter__(self) -> Any:
        if not sys.stderr.isatty():
            return lambda _event: None
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            ProgressColumn,
            TextColumn,
            TimeRemainingColumn,
        )
        from rich.text import Text

        class Rate(ProgressColumn):
            def render(self, task: Any) -> Text:
                return Text(f"{task.speed or 0:.1f} docs/s")

        self.bar = Progress(
            TextColumn("ingest"),
            BarColumn(),
            MofNCompleteColumn(),
            Rate(),
            TimeRemainingColumn(),
            console=Console(stderr=True),
        )
        self.bar.start()
        task = self.bar.add_task("ingest", total=self.total)
        return lambda _event: self.bar.advance(task)

    def __exit__(self, *_: object) -> None:
        if self.bar is not None:
            self.bar.stop()


@cli.command()
@click.argument("datasets", nargs=-1)
@click.option(
    "--minimums",
    "path",
    type=click.Path(dir_okay=False),
    default="tests/eval_minimums.json",
    show_default=True,
    help="The gate's minimums file.",
)
@click.option("--data", "data_dir", type=click.Path(file_okay=False), help="Folder with the evaluation data.")
@click.option(
    "--write", is_flag=True, help="Raise the minimums to the measured figures (floored to 2 decimals)."
)
def gate(datasets: tuple[str, ...], path: str, data_dir: str | None, write: bool) -> None:
    """Measure the evaluation gate's sample of each set (or of DATASETS) against its minimums."""
    from pathlib import Path

    from harmwatch.evaluate.gate import below, measure, ratchet, read_minimums, write_minimums

    entries = read_minimums(Path(path))
    failed = False
    for dataset in datasets or sorted(entries):
        if dataset not in entries:
            raise click.ClickException(
                f"{dataset} has no entry in {path}; add one with its sample and metrics"
            )
        metrics = measure(dataset, entries[dataset], data_dir)
        if write:
            entries[dataset] = ratchet(entries[dataset], metrics)
        short = below(entries[dataset], metrics)
        failed = failed or bool(short)
        measured = {name: metrics.get(name) for name in entries[dataset]["minimums"]}
        row = {"dataset": dataset, "documents": metrics["documents"], "metrics": measured, "below": short}
        click.echo(json.dumps({**row, "seconds": metrics["timing"]["seconds"]}))
    if write:
        write_minimums(Path(path), entries)
    sys.exit(1 if failed else 0)


@cli.command()
@DB_OPTION
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True)
@click.option("--read-token-required", is_flag=True, help="Require an API token for reading too.")
def serve(db_url: str | None, host: str, port: int, read_token_required: bool) -> None:
    """Serve the dashboard and the JSON API (Ctrl-C stops it)."""
    import uvicorn

    from harmwatch.serve import ServeConfig, create_app

    app = create_app(open_db(db_url), ServeConfig(read_token_required=read_token_required))
    click.echo(
        f"HarmWatch dashboard: http://{host}:{port}/  (API docs: http://{host}:{port}/api/docs)", err=True
    )
    uvicorn.run(app, host=host, port=port, log_level="warning", server_header=False)


@cli.command()
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["acled-csv", "geojson", "jsonl"]),
    required=True,
    help="acled-csv and geojson: incidents; jsonl: the full reports of their articles.",
)
@DB_OPTION
@incident_filters()
@click.option(
    "--output", "-o", type=click.File("w", encoding="utf-8"), default="-", help="File (default stdout)."
)
def export(fmt: str, db_url: str | None, output: Any, **filters: Any) -> None:
    """Write incidents (ACLED-compatible CSV, GeoJSON points) or their articles' full reports (JSONL)."""
    from harmwatch.export import iter_export
    from harmwatch.export.source import iter_incidents, iter_reports
    from harmwatch.store import Filters

    store = open_db(db_url)
    incidents = iter_incidents(store, Filters(**filters))
    records = iter_reports(store, incidents) if fmt == "jsonl" else incidents
    for chunk in iter_export(fmt, records):
        output.write(chunk)


from harmwatch.cli_incidents import aggregate, incidents, watch  # noqa: E402  (commands join the group here)
from harmwatch.cli_store import db, token  # noqa: E402

for _command in (db, token, incidents, aggregate, watch):
    cli.add_command(_command)


def main() -> None:
    """The console script: library errors become one line on stderr here, in one place, secrets masked."""
    from sqlalchemy.exc import SQLAlchemyError

    from harmwatch.redact import scrub

    try:
        cli(standalone_mode=True)
    except HarmWatchError as e:
        click.echo(f"harmwatch: {scrub(str(e))}", err=True)
        sys.exit(2)
    except SQLAlchemyError as e:  # the store went away mid-run (server stopped, disk full)
        why = getattr(e, "orig", None) or e
        click.echo(f"harmwatch: store error: {scrub(str(why))}", err=True)
        sys.exit(3)


if __name__ == "__main__":
    main()
