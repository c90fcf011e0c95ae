"""Crash safety: an ingest SIGKILLed at random moments, on SQLite and PostgreSQL, leaves a store that
`db check` passes, and a rerun reaches the state of one uninterrupted run.

The pipeline is loaded once; each trial forks a child that inherits it, ingests, and is killed after a delay
drawn from a seeded RNG (so a failure can be replayed), spread over the length of a clean run.
"""

from __future__ import annotations

import os
import random
import signal
import time
from typing import Any

import pytest
from sqlalchemy import text

from harmwatch.batch.ingest import ingest
from harmwatch.config import Settings
from harmwatch.store import Store, open_store
from harmwatch.store.check import check_store

TRIALS = int(os.environ.get("HARMWATCH_CRASH_TRIALS", "20"))
SEED = int(os.environ.get("HARMWATCH_CRASH_SEED", "11"))


def state(store: Store) -> dict[str, Any]:
    """Everything an ingest decides: each article's report and duplicate link, its records, its failures, the
    cross-article incidents and where each article's incidents sit in them."""
    with store.connect() as conn:
        articles = sorted(
            (r.id, r.duplicate_of, r.extractor_version, str(r.report))
            for r in conn.execute(text("SELECT id, duplicate_of, extractor_version, report FROM articles"))
        )
        failures = sorted(
            tuple(r) for r in conn.execute(text("SELECT input_ref, code, message FROM failures"))
        )
        bands = conn.execute(text("SELECT count(*) FROM minhash_bands")).scalar_one()
        incidents = sorted(
            (r.id, r.component, str(r.data))
            for r in conn.execute(text("SELECT id, component, data FROM agg_incidents"))
        )
        placed = sorted(
            tuple(r) for r in conn.execute(text("SELECT article_id, seq, incident_id FROM agg_reports"))
        )
    counts = {k: v for k, v in store.counts().items() if k != "runs"}
    return {
        "articles": articles,
        "failures": failures,
        "bands": bands,
        "incidents": incidents,
        "placed": placed,
        "counts": counts,
    }


def _clear(store: Store) -> None:
    with store.engine.begin() as conn:
        # records, band keys and incident placements go by ON DELETE CASCADE; incidents have no foreign key
        for table in ("articles", "failures", "runs", "agg_incidents"):
            conn.execute(text(f"DELETE FROM {table}"))


def _ingest_in_child(url: str, corpus: Any) -> int:
    """Fork a child that ingests the corpus with the already loaded pipeline; returns its pid."""
    pid = os.fork()
    if pid == 0:  # the child: its own engine, never the parent's pooled connections
        try:
            ingest([str(corpus)], open_store(url), Settings())
        finally:
            os._exit(0)
    return pid


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork")
def test_sigkill_at_random_moments_leaves_a_checkable_store_and_a_rerun_finishes_the_job(
    store_url, corpus, nlp
):
    import harmwatch.batch

    harmwatch.batch._nlp = nlp  # the children inherit the loaded pipeline instead of loading their own
    (corpus / "zz-broken.bin").write_bytes(b"\x00\x01\x02binary" * 40)
    store = open_store(store_url)
    ingest([str(corpus)], store, Settings())  # warms the gazetteer and the caches the children inherit
    _clear(store)
    started = time.monotonic()
    ingest([str(corpus)], store, Settings())
    clean_seconds = time.monotonic() - started
    clean = state(store)
    assert clean["counts"]["articles"] == 12 and len(clean["failures"]) == 1
    assert check_store(store).ok

    rng = random.Random(SEED)
    _clear(store)
    partial = []
    for trial in range(TRIALS):
        if store.counts()["articles"] == 12:
            _clear(store)  # start over, so later kills land in the middle of writing again
        store.engine.dispose()  # no pooled connection crosses the fork
        pid = _ingest_in_child(store_url, corpus)
        time.sleep(rng.uniform(0.0, 1.2 * clean_seconds))
        os.kill(pid, signal.SIGKILL)
        _, status = os.waitpid(pid, 0)
        result = check_store(store)
        assert result.ok, (trial, result.problems[:5])
        partial.append(result.articles)
    print(f"articles stored when killed: {partial}, clean run {clean_seconds:.1f} s")
    # The kills must have landed at different points, some in the middle of the corpus.
    assert len(set(partial)) >= 3, partial
    assert any(0 < n < 12 for n in partial), partial

    rerun = ingest([str(corpus)], store, Settings())
    assert rerun.exit_status == 1 and dict(rerun.failed) == {"binary": 1}
    assert state(store) == clean
    assert check_store(store).ok
    with store.connect() as conn:
        statuses = {r[0] for r in conn.execute(text("SELECT status FROM runs"))}
    assert "failed" in statuses  # the rerun closed its run; killed runs may stay "running"
