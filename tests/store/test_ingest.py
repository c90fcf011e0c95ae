"""Ingest into the store on SQLite and PostgreSQL: idempotent, resumable after SIGKILL, near-duplicates linked."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from typing import Any

from sqlalchemy import text

from harmwatch.batch.ingest import ingest
from harmwatch.config import Settings
from harmwatch.store import Store, open_store
from harmwatch.store.schema import RECORD_TABLES

CONTENT_TABLES = ("articles", *RECORD_TABLES, "minhash_bands", "failures")
"""Every table but runs, which gains a row per run by design."""


def content(store: Store) -> dict[str, Any]:
    """Row counts of the content tables and the duplicate links, to compare two stores."""
    counts = store.counts()
    with store.connect() as conn:
        links = sorted(tuple(r) for r in conn.execute(text("SELECT id, duplicate_of FROM articles")))
    return {"counts": {t: counts[t] for t in CONTENT_TABLES}, "links": links}


def assert_consistent(store: Store) -> None:
    """Every stored article has exactly the records its stored report lists: no half-written article."""
    with store.connect() as conn:
        for article_id, report in conn.execute(text("SELECT id, report FROM articles")):
            if isinstance(report, str):
                import json

                report = json.loads(report)
            for table in RECORD_TABLES:
                n = conn.execute(
                    text(f"SELECT count(*) FROM {table} WHERE article_id = :a"), {"a": article_id}
                ).scalar_one()
                assert n == len(report.get(table) or []), (article_id, table)


def test_ingesting_twice_adds_nothing(store_url, corpus):
    store = open_store(store_url)
    first = ingest([str(corpus)], store, Settings())
    assert (first.stored, first.duplicates, first.skipped, sum(first.failed.values())) == (11, 1, 0, 0)
    before = content(store)
    again = ingest([str(corpus)], store, Settings())
    assert (again.stored, again.duplicates, again.skipped) == (0, 0, 12)
    assert content(store) == before
    assert store.counts()["runs"] == 2
    assert_consistent(store)


def test_syndicated_copy_is_linked_and_a_same_event_report_is_not(store_url, corpus):
    store = open_store(store_url)
    ingest([str(corpus)], store, Settings())
    with store.connect() as conn:
        rows = {r.input_id: r for r in conn.execute(text("SELECT id, input_id, duplicate_of FROM articles"))}
    original = next(r for ref, r in rows.items() if ref.endswith("story00.txt"))
    assert rows["copy-1"].duplicate_of == original.id
    assert rows["event-1"].duplicate_of is None
    assert sum(r.duplicate_of is not None for r in rows.values()) == 1
    from harmwatch.store import Filters

    assert store.query("articles", Filters()).total == 12
    assert store.query("articles", Filters(include_duplicates=False)).total == 11


def test_bad_inputs_become_failure_rows_and_the_rest_is_stored(store_url, corpus):
    (corpus / "zz.bin").write_bytes(b"\x00\x01binary\x00" * 50)
    with (corpus / "wire.jsonl").open("a", encoding="utf-8") as f:
        f.write('{"id": "cut", "text": "A truncated li')
    (corpus / "feed.xml").write_text('<?xml version="1.0"?><rss><channel><title>Bro', encoding="utf-8")
    store = open_store(store_url)
    summary = ingest([str(corpus)], store, Settings())
    assert summary.exit_status == 1
    assert dict(summary.failed) == {"binary": 1, "bad_json": 1, "bad_feed": 1}
    assert summary.stored + summary.duplicates == 12
    with store.connect() as conn:
        rows = {
            r.code: r for r in conn.execute(text("SELECT input_ref, code, message, failed_at FROM failures"))
        }
    assert rows["binary"].input_ref.endswith("zz.bin") and "binary" in rows["binary"].message
    assert (
        rows["bad_json"].input_ref.endswith("wire.jsonl:3") and "not valid JSON" in rows["bad_json"].message
    )
    assert rows["bad_feed"].input_ref.endswith("feed.xml") and rows["bad_feed"].failed_at is not None
    ingest([str(corpus)], store, Settings())
    assert store.counts()["failures"] == 3


def test_reprocess_re_extracts_articles_of_an_older_extractor(store_url, corpus):
    store = open_store(store_url)
    ingest([str(corpus)], store, Settings())
    before = content(store)
    with store.engine.begin() as conn:
        conn.execute(text("UPDATE articles SET extractor_version = '0.0.0' WHERE input_id = 'event-1'"))
    assert ingest([str(corpus)], store, Settings()).skipped == 12
    redo = ingest([str(corpus)], store, Settings(), reprocess=True)
    assert (redo.replaced, redo.skipped) == (1, 11)
    assert content(store) == before
    assert_consistent(store)


def _rows(store: Store, table: str) -> int:
    with store.connect() as conn:
        return int(conn.execute(text(f"SELECT count(*) FROM {table}")).scalar_one())


def _run_cli(url: str, corpus: Any) -> subprocess.Popen[bytes]:
    # One article per nlp.pipe batch: the articles of a batch are stored milliseconds apart, and a kill
    # aimed between two articles must have a parse between them to land in.
    env = {**os.environ, "HARMWATCH_DB": url, "HARMWATCH_PIPE_BATCH": "1"}
    return subprocess.Popen(
        [sys.executable, "-m", "harmwatch.cli", "ingest", str(corpus)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


def test_sigkill_at_five_points_then_rerun_ends_with_the_rows_of_one_clean_run(store_url, corpus):
    store = open_store(store_url)
    ingest([str(corpus)], store, Settings())
    clean = content(store)
    with store.engine.begin() as conn:
        conn.execute(text("DELETE FROM articles"))
        conn.execute(text("DELETE FROM failures"))
        conn.execute(text("DELETE FROM runs"))
    assert store.counts()["articles"] == 0
    # Kill points: while the model loads (run row written, no article yet), then after 2, 5, 8 and 10 stored
    # articles, each run resuming the one before. A kill can land inside an article's transaction: it must
    # leave no trace. Polling is gentle (20 ms) so the test does not starve the process it watches.
    for runs, target in enumerate((0, 2, 5, 8, 10), 1):
        process = _run_cli(store_url, corpus)
        deadline = time.monotonic() + 300
        while process.poll() is None and time.monotonic() < deadline:
            if _rows(store, "runs") >= runs and _rows(store, "articles") >= target:
                break
            time.sleep(0.02)
        assert process.poll() is None, f"ingest ended before the kill point {target}"
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
        assert process.returncode == -signal.SIGKILL
        assert_consistent(store)
        assert _rows(store, "articles") < 12
    final = _run_cli(store_url, corpus)
    _, err = final.communicate(timeout=300)
    assert final.returncode == 0, err.decode()
    assert "skipped as already stored" in err.decode()
    assert content(store) == clean
    assert_consistent(store)
    with store.connect() as conn:
        statuses = [r[0] for r in conn.execute(text("SELECT status FROM runs ORDER BY id"))]
    assert statuses == ["running"] * 5 + ["ok"]  # killed runs never got to close their row
