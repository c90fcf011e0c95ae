"""Thin command line: parse arguments, call one library function, print."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from typing import Any

import click

from harmwatch.config import Settings
from harmwatch.errors import HarmWatchError
from harmwatch.ingest import Failure, read_inputs


def iter_reports(paths: list[str], settings: Settings) -> Iterator[dict[str, Any]]:
    """Report dicts (or error objects) for every input document, in input order."""
    from harmwatch.extract import extract_article
    from harmwatch.nlp import load_nlp
    from harmwatch.records import report_to_dict

    nlp = load_nlp()
    for item in read_inputs(paths, settings):
        if isinstance(item, Failure):
            yield {"input_id": item.input_id, "error": {"code": item.code, "message": item.message}}
            continue
        try:
            yield report_to_dict(extract_article(item, nlp))
        except HarmWatchError as e:
            yield {"input_id": item.input_id, "error": {"code": e.code, "message": str(e)}}
        except Exception as e:  # one document's bug must not stop the batch
            yield {
                "input_id": item.input_id,
                "error": {"code": "internal", "message": f"{type(e).__name__}: {e}"},
            }


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="harmwatch")
def cli() -> None:
    """HarmWatch: who says what happened to civilians, from conflict news."""


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--published", help="Publication time (ISO 8601) for every input, overriding datelines.")
@click.option("--pretty", is_flag=True, help="Indent the JSON (one report is then several lines).")
def extract(paths: tuple[str, ...], published: str | None, pretty: bool) -> None:
    """Extract reports from PATHS (.txt, .html, .jsonl, directories, '-' for stdin) as JSON Lines."""
    failed = 0
    for report in iter_reports(list(paths), Settings.from_env()):
        if published and "article" in report:
            report["article"]["published"] = published
        failed += "error" in report
        if "error" in report:
            click.echo(f"harmwatch: {report['input_id']}: {report['error']['message']}", err=True)
        click.echo(json.dumps(report, ensure_ascii=False, indent=2 if pretty else None))
    sys.exit(1 if failed else 0)


@cli.command()
@click.argument("dataset")
@click.option("--data", "data_dir", type=click.Path(file_okay=False), help="Folder with the evaluation data.")
@click.option("--split", default=None, help="Split to score (default: the development split).")
@click.option("--limit", type=int, default=None, help="Score only the first N documents (a fixed sample).")
def eval(dataset: str, data_dir: str | None, split: str | None, limit: int | None) -> None:  # noqa: A001
    """Score extraction on DATASET against its gold data and print the metrics as JSON."""
    from harmwatch.evaluate import run_eval

    try:
        metrics = run_eval(dataset, data_dir=data_dir, split=split, limit=limit)
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


def main() -> None:
    try:
        cli(standalone_mode=True)
    except HarmWatchError as e:  # library errors become CLI errors here, in one place
        click.echo(f"harmwatch: {e}", err=True)
        sys.exit(2)


if __name__ == "__main__":
    main()
