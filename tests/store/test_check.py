"""`harmwatch db check` on SQLite and PostgreSQL: a whole store passes, each kind of damage is named."""

from __future__ import annotations

import json
import subprocess
import sys

from click.testing import CliRunner
from sqlalchemy import text

from harmwatch.cli import cli
from harmwatch.store import open_store
from harmwatch.store.check import check_store

# Another article holding every phrase the sample report points at, so its spans fit.
OTHER = (
    "Shelling resumes near Varna Vale\n\nShelling went on near Varna Vale on Sunday; twelve people died in "
    'two villages. Mara Quell of Relief Corps said it was "a massacre of shoppers" and blamed the army.\n'
)


def _filled(store, report_factory):
    store.save_report(report_factory())
    store.save_report(report_factory(OTHER, input_id="doc-2"))
    return store


def test_a_whole_store_passes(store, report_factory):
    result = check_store(_filled(store, report_factory))
    assert result.ok, result.problems
    assert (result.articles, result.records) == (2, 2 * 9)


def test_a_store_read_one_row_at_a_time_is_read_whole(store, report_factory, monkeypatch):
    # every check pages through the store by key; with one row a page each page must start after the last
    monkeypatch.setattr("harmwatch.store.check.CHUNK", 1)
    result = check_store(_filled(store, report_factory))
    assert result.ok, result.problems
    assert (result.articles, result.records) == (2, 2 * 9)
    with store.engine.begin() as conn:
        conn.execute(text("DELETE FROM claims"))
    problems = check_store(store).problems
    assert sorted(p.where for p in problems if p.check == "records") == sorted(
        [report_factory()["article"]["id"], report_factory(OTHER)["article"]["id"]]
    )


def test_a_missing_row_and_a_changed_row_are_named(store, report_factory):
    _filled(store, report_factory)
    first = report_factory()["article"]["id"]
    with store.engine.begin() as conn:
        conn.execute(text("DELETE FROM claims WHERE article_id = :a"), {"a": first})
        conn.execute(text("UPDATE quotes SET seq = 5 WHERE article_id <> :a"), {"a": first})
    problems = check_store(store).problems
    assert {(p.check, p.where == first) for p in problems} == {("records", True), ("records", False)}
    assert any("claims: 0 rows stored, the report lists 1" in p.message for p in problems)
    assert any(p.message == "quotes[0]: the row differs from the report" for p in problems)


def test_a_report_whose_spans_leave_the_text_is_named(store, report_factory):
    broken = report_factory()
    broken["quotes"][0]["span"] = [3, 9]  # slices to other words than the quote
    broken["times"][0]["span"] = [0, 10_000]
    store.save_report(broken)
    problems = check_store(store).problems
    assert [p.check for p in problems] == ["spans", "spans", "spans"]
    messages = " | ".join(p.message for p in problems)
    assert "quote q1: span [3, 9] slices to" in messages
    assert "time t1: span [0, 10000] is outside the text" in messages
    assert "times[0]: span outside the text" in messages


def test_an_edited_text_no_longer_matches_its_id(store, report_factory):
    _filled(store, report_factory)
    with store.engine.begin() as conn:
        conn.execute(text("UPDATE articles SET text = text || 'x' WHERE input_id = 'doc-2'"))
    problems = check_store(store).problems
    assert {p.message for p in problems} == {
        "the id is not the sha256 of the stored text",
        "the stored report describes another article",
    }


def test_orphans_are_found_where_the_engine_did_not_enforce_keys(tmp_path, report_factory):
    url = f"sqlite:///{tmp_path / 'orphans.db'}"
    store = _filled(open_store(url), report_factory)
    store.close()
    import sqlite3

    # Another tool wrote with foreign keys off (SQLite's default): rows that point at nothing.
    with sqlite3.connect(tmp_path / "orphans.db") as raw:
        raw.execute("UPDATE articles SET duplicate_of = 'sha256:gone' WHERE input_id = 'doc-2'")
        raw.execute("INSERT INTO minhash_bands VALUES ('00:ab', 'sha256:gone')")
        raw.execute(
            "INSERT INTO framing (article_id, seq, data) VALUES ('sha256:gone', 0, ?)", [json.dumps({})]
        )
    problems = check_store(open_store(url)).problems
    # The changed duplicate link also changes how doc-2's incident is grouped: named under "incidents".
    assert {p.where for p in problems if p.check == "incidents"} == {report_factory(OTHER)["article"]["id"]}
    assert sorted((p.check, p.where) for p in problems if p.check != "incidents") == [
        ("references", "articles.duplicate_of=sha256:gone"),
        ("references", "framing.article_id=sha256:gone"),
        ("references", "minhash_bands.article_id=sha256:gone"),
    ]


def test_the_command_says_ok_or_lists_the_problems(store_url, report_factory):
    store = _filled(open_store(store_url), report_factory)
    runner = CliRunner()
    result = runner.invoke(cli, ["db", "check", "--db", store_url])
    assert result.exit_code == 0, result.output
    assert result.output == "ok: 2 articles, 18 records checked\n"
    with store.engine.begin() as conn:
        conn.execute(text("DELETE FROM places"))
    result = runner.invoke(cli, ["db", "check", "--db", store_url, "--limit", "1"])
    assert result.exit_code == 1
    assert result.output.splitlines()[-2:] == ["... and 1 more", "2 problems: 2 articles, 16 records checked"]


def test_the_console_script_exits_1_on_a_damaged_store(tmp_path, report_factory):
    url = f"sqlite:///{tmp_path / 'damaged.db'}"
    store = _filled(open_store(url), report_factory)
    with store.engine.begin() as conn:
        conn.execute(text("DELETE FROM actors WHERE seq = 1"))
    run = subprocess.run(
        [sys.executable, "-m", "harmwatch.cli", "db", "check", "--db", url],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 1
    assert "actors: 1 rows stored, the report lists 2" in run.stdout


def test_cross_article_incidents_must_agree_with_their_reports(store, report_factory):
    _filled(store, report_factory)
    assert check_store(store).ok
    with store.connect() as conn:
        (incident_id,) = conn.execute(text("SELECT incident_id FROM agg_reports LIMIT 1")).one()
    with store.engine.begin() as conn:
        conn.execute(
            text("UPDATE agg_incidents SET data = :d WHERE id = :i"), {"d": '{"id": "x"}', "i": incident_id}
        )
    problems = check_store(store).problems
    assert [(p.check, p.where, p.message) for p in problems] == [
        ("incidents", incident_id, "the stored incident is not the summary of its reports")
    ]
    with store.engine.begin() as conn:
        conn.execute(text("DELETE FROM agg_incidents"))
    problems = check_store(store).problems
    assert {p.message for p in problems} == {"points at no incident"}


def test_an_article_whose_incidents_were_never_placed_is_named(store, report_factory):
    _filled(store, report_factory)
    first = report_factory()["article"]["id"]
    with store.engine.begin() as conn:
        conn.execute(text("DELETE FROM agg_reports WHERE article_id = :a"), {"a": first})
    messages = {(p.where, p.message) for p in check_store(store).problems}
    assert (first, "0 incidents placed, the report has 1") in messages
