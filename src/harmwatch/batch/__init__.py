"""Local batch runner: extraction in a pool of processes (one spaCy pipeline each), results in input order."""

from __future__ import annotations

import logging
import os
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice
from multiprocessing import get_context
from typing import Any

from harmwatch.config import Settings
from harmwatch.errors import HarmWatchError
from harmwatch.ingest import Failure
from harmwatch.records import Article, Report
from harmwatch.redact import redact_url

log = logging.getLogger(__name__)
Outcome = dict[str, Any] | Failure
"""A report dict (SCHEMA.md) or the reason the document failed."""
Runner = Callable[
    [Iterable["Article | Failure"], Settings, int], Iterator[tuple["Article | Failure", Outcome]]
]
"""A batch engine: (items, settings, workers) -> (item, outcome) in input order; `run_batch` or Dask's."""

_nlp: Any = None


def _load() -> Any:
    global _nlp
    if _nlp is None:
        from harmwatch.nlp import load_nlp

        _nlp = load_nlp()
    return _nlp


def extract_one(article: Article, full_parse: bool = False) -> Outcome:
    """The report dict of one article, or a Failure: one document's bug never stops a batch."""
    from harmwatch.extract import extract_article

    return _guarded(article, lambda: extract_article(article, _load(), full_parse=full_parse))


def extract_many(articles: list[Article], full_parse: bool = False) -> list[Outcome]:
    """extract_one of each article, the parses batched through `nlp.pipe`; a batch that fails to parse falls
    back to one article at a time, so a bad document fails alone."""
    from harmwatch.extract import extract_parsed, parse_articles

    try:
        parsed = list(parse_articles(articles, _load(), full_parse=full_parse))
    except Exception:
        log.warning("batch parse failed; parsing its %d articles one by one", len(articles))
        return [extract_one(article, full_parse) for article in articles]
    return [_guarded(p.article, lambda p=p: extract_parsed(p)) for p in parsed]  # type: ignore[misc]


def _guarded(article: Article, run: Callable[[], Report]) -> Outcome:
    from harmwatch.records import report_to_dict

    ref = article.input_id or article.id
    try:
        return report_to_dict(run())
    except HarmWatchError as e:
        return Failure(ref, e.code, str(e))
    except Exception as e:
        log.exception("extraction failed on %s", redact_url(ref))
        return Failure(ref, "internal", f"extraction failed: {type(e).__name__}: {e}")


def _watch_parent(parent: int) -> None:
    # A parent killed with SIGKILL cannot stop its pool; workers notice and leave instead of lingering.
    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(1)


def _init_worker(parent: int) -> None:
    threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()
    _load()


def run_batch(
    items: Iterable[Article | Failure], settings: Settings, workers: int = 1
) -> Iterator[tuple[Article | Failure, Outcome]]:
    """(item, report dict or Failure) for each item, in input order. Failures from reading pass through.

    With workers > 1 extraction runs in that many processes; at most 2 x workers documents are in flight,
    so memory does not grow with the corpus."""
    if workers <= 1:
        for chunk in _chunks(items, settings.pipe_batch):
            outcomes = iter(extract_many([a for a in chunk if isinstance(a, Article)], settings.full_parse))
            for item in chunk:
                yield item, item if isinstance(item, Failure) else next(outcomes)
        return
    pending: deque[tuple[Article | Failure, Future[Outcome] | None]] = deque()
    ctx = get_context("spawn")
    with ProcessPoolExecutor(
        workers, mp_context=ctx, initializer=_init_worker, initargs=(os.getpid(),)
    ) as pool:
        for item in items:
            future = (
                None if isinstance(item, Failure) else pool.submit(extract_one, item, settings.full_parse)
            )
            pending.append((item, future))
            while len(pending) > 2 * workers or (pending and _done(pending[0][1])):
                yield _result(*pending.popleft())
        while pending:
            yield _result(*pending.popleft())


def _chunks(items: Iterable[Article | Failure], size: int) -> Iterator[list[Article | Failure]]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def _done(future: Future[Outcome] | None) -> bool:
    return future is None or future.done()


def _result(item: Article | Failure, future: Future[Outcome] | None) -> tuple[Article | Failure, Outcome]:
    if future is None:
        assert isinstance(item, Failure)
        return item, item
    try:
        return item, future.result()
    except Exception as e:  # a worker that died (out of memory, killed) fails its document, not the run
        ref = item.input_id or item.id if isinstance(item, Article) else item.input_id
        return item, Failure(ref, "worker_failed", f"the extraction process failed: {type(e).__name__}: {e}")
