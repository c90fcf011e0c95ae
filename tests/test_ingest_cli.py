"""`harmwatch ingest` and `harmwatch db`: thin commands over the store, summary and exit status."""

from __future__ import annotations

import json

from click.testing import CliRunner

from harmwatch.cli import cli

STORIES = {
    "market.txt": "Market shelling kills seven\n\nShelling struck a crowded vegetable market in the northern "
    "district on Monday, killing at least seven people, local health officials said.\n",
    "clinic.txt": "Clinic damaged in air strike\n\nAn air strike damaged the only clinic in a hill village near "
    'the border, a nurse said. "We had to carry the patients out," she said.\n',
}


def write_corpus(folder):
    folder.mkdir()
    for name, body in STORIES.items():
        (folder / name).write_text(body, encoding="utf-8")
    return folder


def test_ingest_stores_reports_and_a_second_run_skips_them(tmp_path):
    corpus = write_corpus(tmp_path / "corpus")
    db = f"sqlite:///{tmp_path / 'hw.db'}"
    runner = CliRunner()
    first = runner.invoke(cli, ["ingest", str(corpus), "--db", db])
    assert first.exit_code == 0, first.output
    assert "stored 2, duplicates 0" in first.output
    second = runner.invoke(cli, ["ingest", str(corpus)], env={"HARMWATCH_DB": db})
    assert second.exit_code == 0
    assert "stored 0" in second.output and "skipped as already stored 2" in second.output
    stats = runner.invoke(cli, ["db", "stats", "--db", db])
    assert "articles" in stats.output and " 2\n" in stats.output.split("quotes")[0]
    table = runner.invoke(cli, ["db", "query", "articles", "--db", db, "--text", "shelling"])
    assert table.exit_code == 0 and "Market shelling kills seven" in table.output
    assert "Clinic" not in table.output and "articles 1-1 of 1" in table.output
    rows = runner.invoke(cli, ["db", "query", "articles", "--db", db, "--json", "--limit", "1"])
    assert len(rows.output.splitlines()) == 1 and json.loads(rows.output)["id"].startswith("sha256:")


def test_failed_inputs_are_summarised_by_reason_and_exit_1(tmp_path):
    corpus = write_corpus(tmp_path / "corpus")
    (corpus / "image.txt").write_bytes(b"\x89PNG\x00\x00\x00binary" * 20)
    db = f"sqlite:///{tmp_path / 'hw.db'}"
    result = CliRunner().invoke(cli, ["ingest", str(corpus), "--db", db])
    assert result.exit_code == 1
    assert "failed 1" in result.output and "failed (binary): 1" in result.output
    assert "stored 2" in result.output


def test_db_upgrade_creates_the_schema(tmp_path, head_revision):
    db = f"sqlite:///{tmp_path / 'new' / 'hw.db'}"
    result = CliRunner().invoke(cli, ["db", "upgrade", "--db", db])
    assert result.exit_code == 0 and f"revision {head_revision}" in result.output
    assert (tmp_path / "new" / "hw.db").exists()


def test_a_bad_store_url_is_a_clear_error(tmp_path):
    result = CliRunner().invoke(cli, ["db", "upgrade", "--db", "mysql://nowhere/x"])
    assert result.exit_code != 0
    assert "sqlite:///path or postgresql://" in str(result.exception) + result.output
