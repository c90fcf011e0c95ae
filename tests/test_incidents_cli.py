"""`harmwatch incidents` and `harmwatch aggregate --rebuild`: thin commands over the store's incidents."""

from __future__ import annotations

import copy
import json

from click.testing import CliRunner

from harmwatch.cli import cli
from harmwatch.store import open_store


def filled(tmp_path, douma_week) -> str:
    url = f"sqlite:///{tmp_path / 'hw.db'}"
    store = open_store(url)
    for report in douma_week.values():
        store.save_report(copy.deepcopy(report))
    store.close()
    return url


def test_incidents_table_json_and_filters(tmp_path, douma_week):
    db = filled(tmp_path, douma_week)
    runner = CliRunner()
    table = runner.invoke(cli, ["incidents", "--db", db])
    assert table.exit_code == 0, table.output
    assert "incidents 1-2 of 2" in table.output and "contested" in table.output and "Douma" in table.output
    lines = runner.invoke(cli, ["incidents", "--db", db, "--json", "--min-killed", "10"]).output.splitlines()
    (incident,) = [json.loads(line) for line in lines]
    assert incident["figures"]["killed"]["conservative"] == 12
    assert {a["source_id"] for a in incident["articles"]} >= {"wire-0311"}
    for args, expected in (
        (["--grade", "single_source"], 1),
        (["--actor", "Syrian Arab Army"], 1),
        (["--type", "Air/drone strike"], 1),
        (["--since", "2019-03-12"], 1),
        (["--until", "2019-03-10"], 0),
        (["--search", "school"], 1),
        (["--place", "Douma"], 2),
    ):
        out = runner.invoke(cli, ["incidents", "--db", db, "--json", *args]).output
        assert len(out.splitlines()) == expected, args


def test_rebuild_reaches_the_same_incidents(tmp_path, douma_week):
    db = filled(tmp_path, douma_week)
    runner = CliRunner()
    before = runner.invoke(cli, ["incidents", "--db", db, "--json"]).output
    rebuilt = runner.invoke(cli, ["aggregate", "--rebuild", "--db", db])
    assert rebuilt.exit_code == 0 and "2 incidents" in rebuilt.output
    assert runner.invoke(cli, ["incidents", "--db", db, "--json"]).output == before
    assert runner.invoke(cli, ["aggregate", "--db", db]).exit_code == 2  # the mode must be named
