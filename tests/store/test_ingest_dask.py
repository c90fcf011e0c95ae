"""The Dask engine passes the local engine's ingest tests: idempotent, failures recorded, and nothing lost or
stored twice when a worker process is killed in the middle of a run (a LocalCluster of processes on 127.0.0.1)."""

from __future__ import annotations

import os
import signal
from collections.abc import Iterator
from functools import partial
from typing import Any

import pytest
from test_ingest import assert_consistent, content  # tests/store is on sys.path (no package)

from harmwatch.batch.ingest import ingest
from harmwatch.config import Settings
from harmwatch.store import open_store

distributed = pytest.importorskip("distributed", reason="the Dask engine needs the 'dask' extra")


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as c,
    ):
        yield c


def dask_runner(client: Any) -> Any:
    from harmwatch.batch.dask import run_dask

    # Small chunks so that twelve documents make several tasks spread over both workers.
    return partial(run_dask, client=client, chunk_size=2)


def test_dask_ingest_equals_local_and_a_second_run_adds_nothing(store_url, corpus, client, tmp_path):
    store = open_store(store_url)
    first = ingest([str(corpus)], store, Settings(), workers=2, runner=dask_runner(client))
    assert (first.stored, first.duplicates, first.skipped, sum(first.failed.values())) == (11, 1, 0, 0)
    local = open_store(f"sqlite:///{tmp_path / 'local.db'}")
    ingest([str(corpus)], local, Settings())
    assert content(store) == content(local)
    again = ingest([str(corpus)], store, Settings(), workers=2, runner=dask_runner(client))
    assert (again.stored, again.duplicates, again.skipped) == (0, 0, 12)
    assert content(store) == content(local)
    assert_consistent(store)


def test_dask_ingest_records_failures(store_url, corpus, client):
    (corpus / "zz.bin").write_bytes(b"\x00\x01binary\x00" * 50)
    with (corpus / "wire.jsonl").open("a", encoding="utf-8") as f:
        f.write('{"id": "cut", "text": "A truncated li')
    store = open_store(store_url)
    summary = ingest([str(corpus)], store, Settings(), workers=2, runner=dask_runner(client))
    assert dict(summary.failed) == {"binary": 1, "bad_json": 1}
    assert summary.stored + summary.duplicates == 12
    assert store.counts()["failures"] == 2


def test_a_worker_killed_mid_run_loses_and_duplicates_nothing(store_url, corpus, client, tmp_path):
    run = dask_runner(client)
    killed: list[int] = []

    def killing_runner(items: Any, settings: Settings, workers: int) -> Iterator[Any]:
        for n, pair in enumerate(run(items, settings, workers)):
            if n == 0:  # the first result is back and other chunks are in flight: kill one worker process
                pids = client.run(os.getpid)
                victim = sorted(pids.values())[0]
                os.kill(victim, signal.SIGKILL)
                killed.append(victim)
            yield pair

    store = open_store(store_url)
    summary = ingest([str(corpus)], store, Settings(), workers=2, runner=killing_runner)
    assert killed
    # Every document is accounted for exactly once: stored, or recorded as a failure, never dropped.
    assert summary.stored + summary.duplicates + sum(summary.failed.values()) == 12
    local = open_store(f"sqlite:///{tmp_path / 'local.db'}")
    ingest([str(corpus)], local, Settings())
    if not summary.failed:
        assert content(store) == content(local)
    # A rerun completes whatever failed and ends with the rows of one clean run.
    ingest([str(corpus)], store, Settings(), workers=2, runner=run)
    assert content(store)["counts"] | {"failures": 0} == content(local)["counts"] | {"failures": 0}
    assert_consistent(store)
