"""Ingest: read sources, extract what is not stored yet, link near-duplicates, store one article per commit."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from harmwatch import EXTRACTOR_VERSION
from harmwatch.batch import Outcome, Runner, run_batch
from harmwatch.config import Settings
from harmwatch.errors import UnstorableReport
from harmwatch.ingest import Failure, dedup
from harmwatch.ingest.feeds import read_sources
from harmwatch.ingest.fetch import DEFAULT_TIMEOUT, Fetcher
from harmwatch.records import Article
from harmwatch.store import Store
from harmwatch.store.aggregation import Change

Progress = Callable[[str], None]
"""Called once per document with what became of it: stored, duplicate, replaced, skipped or failed."""


@dataclass(slots=True)
class IngestSummary:
    run_id: int
    stored: int = 0
    duplicates: int = 0
    replaced: int = 0
    skipped: int = 0
    failed: Counter[str] = field(default_factory=Counter)

    @property
    def exit_status(self) -> int:
        return 1 if self.failed else 0

    def counts(self) -> dict[str, int]:
        return {
            "stored": self.stored,
            "duplicates": self.duplicates,
            "replaced": self.replaced,
            "skipped": self.skipped,
            "failed": sum(self.failed.values()),
        }


def _to_extract(
    items: Iterable[Article | Failure],
    store: Store,
    reprocess: bool,
    summary: IngestSummary,
    progress: Progress,
) -> Iterator[Article | Failure]:
    """Items still to extract: articles not stored yet, or stored by an older extractor with --reprocess."""
    for item in items:
        if isinstance(item, Article):
            version = store.stored_version(item.id)
            if version == EXTRACTOR_VERSION or (version is not None and not reprocess):
                summary.skipped += 1
                progress("skipped")
                continue
        yield item


def ingest(
    sources: list[str],
    store: Store,
    settings: Settings,
    *,
    workers: int = 1,
    reprocess: bool = False,
    progress: Progress | None = None,
    fetch_timeout: float = DEFAULT_TIMEOUT,
    runner: Runner = run_batch,
) -> IngestSummary:
    """Extract and store every document of the sources; idempotent, and safe to rerun after a crash.
    `runner` is the batch engine (the local process pool by default, or harmwatch.batch.dask.run_dask)."""
    notify: Progress = progress or (lambda _: None)
    summary = IngestSummary(store.start_run(sources))
    status = "interrupted"
    try:
        with Fetcher(settings, timeout=fetch_timeout) as fetcher:
            items = _to_extract(read_sources(sources, settings, fetcher), store, reprocess, summary, notify)
            for _item, outcome in runner(items, settings, workers):
                notify(record_outcome(store, outcome, summary))
        status = "failed" if summary.failed else "ok"
    finally:
        store.finish_run(summary.run_id, status, summary.counts())
    return summary


def record_outcome(
    store: Store, outcome: Outcome, summary: IngestSummary, changes: list[Change] | None = None
) -> str:
    """Store a report (see store_report) or record why its document failed; returns what became of it.
    A report the database refuses fails alone, so one document never stops a run."""
    if not isinstance(outcome, Failure):
        try:
            return store_report(store, outcome, summary, changes)
        except UnstorableReport as e:
            outcome = Failure(outcome.get("input_id") or outcome["article"]["id"], e.code, str(e))
    store.save_failure(outcome.input_id, outcome.code, outcome.message, run_id=summary.run_id)
    summary.failed[outcome.code] += 1
    return "failed"


def store_report(
    store: Store, report: dict, summary: IngestSummary, changes: list[Change] | None = None
) -> str:
    """Store one report with its near-duplicate link and cross-article incidents; count it in the summary.
    Returns what became of it; the incidents created or changed are appended to `changes` when given."""
    mh = dedup.signature(report["article"]["text"])
    keys = dedup.band_keys(mh)
    original = dedup.original_of(mh, store.band_candidates(keys))
    outcome = store.save_report(
        report,
        run_id=summary.run_id,
        duplicate_of=original,
        minhash=dedup.to_bytes(mh),
        band_keys=keys,
        changes=changes,
    )
    if outcome == "exists":
        summary.skipped += 1
        return "skipped"
    if outcome == "replaced":
        summary.replaced += 1
        return "replaced"
    if original is not None:
        summary.duplicates += 1
        return "duplicate"
    summary.stored += 1
    return "stored"


def count_documents(sources: list[str]) -> int | None:
    """How many documents local sources hold (JSON Lines counted by line), for a progress bar's ETA;
    None when a source is a URL or a feed, whose size is unknown until read."""
    from pathlib import Path

    from harmwatch.ingest import FEED_SUFFIXES, JSONL_SUFFIXES, walk
    from harmwatch.ingest.fetch import is_url

    total = 0
    for source in sources:
        if is_url(source):
            return None
        path = Path(source)
        files = list(walk(path)) if path.is_dir() else [path]
        for file in files:
            name = file.name.lower()
            if name.endswith(FEED_SUFFIXES):
                return None
            if name.endswith(JSONL_SUFFIXES):
                total += _count_lines(file)
            else:
                total += 1
    return total


def _count_lines(path: object) -> int:
    import gzip
    from pathlib import Path

    assert isinstance(path, Path)
    opener = gzip.open if path.name.lower().endswith(".gz") else open
    # Counted in 1 MB blocks: a single enormous line (a gzip bomb) must not be held in memory to be counted.
    lines, last = 0, b"\n"
    try:
        with opener(path, "rb") as f:  # type: ignore[operator]
            while block := f.read(1 << 20):
                lines += block.count(b"\n")
                last = block[-1:]
    except (OSError, EOFError):
        return 1
    return lines + (last != b"\n")
