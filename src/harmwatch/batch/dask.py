"""Dask batch runner: the local pool's contract (`run_batch`) over a Dask cluster, for more than one machine.

Documents go to the workers in chunks; each worker loads the spaCy pipeline once (a worker plugin) and parses
its chunk with `nlp.pipe`. At most `2 x workers` chunks are in flight, so the reader never runs far ahead of
the single writer and memory stays bounded whatever the corpus size. Results come back to the caller in input
order. A task that raises is retried; a chunk whose task still fails (or whose workers keep dying) becomes
one Failure per document, so no document is ever dropped. A task the scheduler reruns after a worker died
still has one result, so nothing is stored twice.

Without a scheduler address a LocalCluster of `workers` single-threaded processes on the loopback interface is
started for the run; with one (`tcp://HOST:8786`) the run uses that cluster's workers, which must have
HarmWatch installed (the same version) and, for a shared store, reach the same PostgreSQL server.
"""

from __future__ import annotations

import logging
import uuid
from collections import deque
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

from harmwatch.batch import Outcome, _chunks, extract_many
from harmwatch.config import Settings
from harmwatch.errors import HarmWatchError
from harmwatch.ingest import Failure
from harmwatch.records import Article

log = logging.getLogger(__name__)

CHUNK = 8
"""Documents per task: enough to batch the parse, few enough to spread a small corpus over the workers."""
RETRIES = 2


class DaskUnavailable(HarmWatchError):
    """The Dask engine was asked for but dask/distributed are not installed."""

    code = "usage"


def _distributed() -> Any:
    try:
        import distributed
    except ImportError as e:  # pragma: no cover - depends on the install
        raise DaskUnavailable("the Dask engine needs the 'dask' extra: pip install 'harmwatch[dask]'") from e
    return distributed


def _plugin_class() -> type:
    distributed = _distributed()

    class PipelinePlugin(distributed.WorkerPlugin):  # type: ignore[misc,name-defined]
        """Loads the spaCy pipeline (and the cached tables) once per worker process, before its first task."""

        name = "harmwatch-pipeline"

        async def setup(self, worker: Any) -> None:
            import asyncio

            from harmwatch.batch import _load

            # In a thread: loading takes seconds, and the worker's event loop must keep answering heartbeats.
            await asyncio.get_running_loop().run_in_executor(None, _load)

    return PipelinePlugin


@contextmanager
def dask_client(scheduler: str | None, workers: int) -> Iterator[Any]:
    """A client of the given scheduler, or of a LocalCluster of `workers` processes on 127.0.0.1."""
    distributed = _distributed()
    if scheduler:
        with distributed.Client(scheduler) as client:
            yield client
        return
    with (
        distributed.LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            dashboard_address=None,
            silence_logs=logging.WARNING,
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        yield client


def _failed(chunk: list[Article | Failure], error: BaseException) -> list[Outcome]:
    message = f"the Dask task failed after {RETRIES} retries: {type(error).__name__}: {error}"
    return [Failure(a.input_id or a.id, "worker_failed", message) for a in chunk if isinstance(a, Article)]


def run_dask(
    items: Iterable[Article | Failure],
    settings: Settings,
    workers: int = 2,
    *,
    scheduler: str | None = None,
    chunk_size: int = CHUNK,
    client: Any = None,
) -> Iterator[tuple[Article | Failure, Outcome]]:
    """(item, report dict or Failure) for each item, in input order, extracted on a Dask cluster (see module doc).
    `client`: an existing distributed.Client to use instead of starting one."""
    if client is not None:
        yield from _run(client, items, settings, workers, chunk_size)
        return
    with dask_client(scheduler, workers) as own:
        yield from _run(own, items, settings, workers, chunk_size)


def _run(
    client: Any, items: Iterable[Article | Failure], settings: Settings, workers: int, chunk_size: int
) -> Iterator[tuple[Article | Failure, Outcome]]:
    client.register_plugin(_plugin_class()(), name="harmwatch-pipeline")
    cluster_workers = len(client.scheduler_info().get("workers", {})) or workers
    window = 2 * max(cluster_workers, 1)
    run = uuid.uuid4().hex[:8]
    chunks = _chunks(items, chunk_size)
    # Chunks in flight, oldest first. The oldest is awaited and emitted while the later ones compute, so
    # results leave in input order and at most `window` chunks are ever held.
    pending: deque[tuple[list[Article | Failure], Any]] = deque()
    submitted = 0
    while True:
        while len(pending) < window:
            chunk = next(chunks, None)
            if chunk is None:
                break
            articles = [a for a in chunk if isinstance(a, Article)]
            future = None
            if articles:
                key = f"harmwatch-extract-{run}-{submitted}"
                future = client.submit(
                    extract_many, articles, settings.full_parse, key=key, retries=RETRIES, pure=False
                )
            pending.append((chunk, future))
            submitted += 1
        if not pending:
            return
        chunk, future = pending.popleft()
        outcomes = iter(_collect(future, chunk) if future is not None else [])
        for item in chunk:
            yield item, item if isinstance(item, Failure) else next(outcomes)


def _collect(future: Any, chunk: list[Article | Failure]) -> list[Outcome]:
    """A chunk's outcomes: its task's result, or one Failure per document when the task failed for good."""
    try:
        result: list[Outcome] = future.result()
        return result
    except Exception as e:  # retried and still failing, or its workers kept dying: fail its documents
        log.warning("Dask task %s failed: %s: %s", future.key, type(e).__name__, e)
        return _failed(chunk, e)
    finally:
        future.release()
