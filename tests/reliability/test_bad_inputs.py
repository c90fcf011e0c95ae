"""The bad-input corpus (tests/reliability/corpus.py) and a hostile loopback server: every item gets a clear
error code or a valid report, the batch goes on, exit status and failures table say what happened, and
memory stays bounded (generous limits; time is bounded by subprocess timeouts, never asserted)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tracemalloc
from pathlib import Path

import pytest

from harmwatch.config import Settings
from harmwatch.ingest import Failure, read_inputs
from harmwatch.schema import schema_errors, span_errors
from reliability.corpus import short, write_corpus
from reliability.server import EXPECTED as URL_EXPECTED
from reliability.server import hostile_server

MB = 1 << 20


@pytest.fixture(scope="module")
def bad_corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    folder = tmp_path_factory.mktemp("bad") / "corpus"
    return folder, write_corpus(folder)


def test_reading_gives_each_item_its_code_without_holding_big_inputs(bad_corpus):
    folder, expected = bad_corpus
    tracemalloc.start()
    try:
        outcomes = {
            short(item.input_id or ""): item.code if isinstance(item, Failure) else "report"
            for item in read_inputs([str(folder)], Settings())
        }
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    # Reading alone: articles are "report" here; a few become errors only once analysed (none today).
    print(f"reading the bad-input corpus: {len(outcomes)} items, traced peak {peak / MB:.1f} MB")
    assert outcomes == expected
    # The 50 MB file and the 64 MB gzip-bombed line are refused without being held: the peak is the
    # 5 MB line limit and the 1 MB line, not tens of megabytes.
    assert peak < 40 * MB, f"peak {peak / MB:.0f} MB"


def test_extract_gives_an_error_object_or_a_valid_report_for_each_item(bad_corpus, nlp):
    from harmwatch.cli import iter_reports

    folder, expected = bad_corpus
    seen = {}
    for report in iter_reports([str(folder)], Settings()):
        key = short(report.get("input_id") or "")
        if "error" in report:
            error = report["error"]
            assert error["code"] and len(error["message"]) > 10, report
            assert error["code"] != "internal", report  # no bug escapes as a crash
            seen[key] = error["code"]
            continue
        assert schema_errors(report) == [], key
        assert span_errors(report) == [], key
        seen[key] = "report"
    assert seen == expected


@pytest.mark.parametrize("path", sorted(URL_EXPECTED))
def test_each_hostile_url_fails_alone_with_its_code_in_bounded_memory(path):
    from harmwatch.ingest.feeds import read_url
    from harmwatch.ingest.fetch import Fetcher

    with hostile_server() as base, Fetcher(Settings(), timeout=2) as fetcher:
        tracemalloc.start()
        try:
            items = list(read_url(base + path, Settings(), fetcher))
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    outcome = items[0].code if isinstance(items[0], Failure) else "report"
    print(f"{path}: {outcome}, traced peak {peak / MB:.1f} MB")
    assert outcome == URL_EXPECTED[path], items
    if isinstance(items[0], Failure):
        assert base in items[0].message or path in items[0].message
    # The endless body and the gzip bomb stop at the 5 MB limit (1 GiB inflated would not fit).
    assert peak < 24 * MB, f"peak {peak / MB:.0f} MB"


RSS_PROBE = (
    "import resource, sys\n"
    "from harmwatch.cli import main\n"
    "sys.argv = ['harmwatch', *sys.argv[1:]]\n"
    "try:\n"
    "    main()\n"
    "finally:\n"
    "    print(f'maxrss_kb={resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}', file=sys.stderr)\n"
)


def test_ingest_of_the_whole_corpus_and_hostile_urls_goes_on_and_reports_every_failure(bad_corpus, tmp_path):
    from sqlalchemy import text

    from harmwatch.store import open_store
    from harmwatch.store.check import check_store

    folder, expected = bad_corpus
    # ingest reads feed files as feeds: the broken one is named, and its one whole entry is stored
    expected = {**expected, "broken-feed.xml": "bad_feed", "broken-feed.xml#1": "report"}
    url = f"sqlite:///{tmp_path / 'bad.db'}"
    with hostile_server() as base:
        urls = [base + path for path in sorted(URL_EXPECTED)]
        run = subprocess.run(
            [sys.executable, "-c", RSS_PROBE, "ingest", str(folder), *urls, "--db", url, "--timeout", "2"],
            capture_output=True,
            text=True,
            timeout=900,
            env={**os.environ, "PYTHONWARNINGS": "ignore"},
        )
    assert run.returncode == 1, run.stderr[-2000:]
    assert "Traceback" not in run.stderr, run.stderr[-3000:]
    maxrss_mb = int(run.stderr.rsplit("maxrss_kb=", 1)[1].split()[0]) / 1024
    print(f"ingest of the bad-input corpus and hostile URLs: peak RSS {maxrss_mb:.0f} MB")
    assert maxrss_mb < 1500, f"peak RSS {maxrss_mb:.0f} MB"

    store = open_store(url)
    with store.connect() as conn:
        failures = {r.input_ref: r.code for r in conn.execute(text("SELECT input_ref, code FROM failures"))}
        stored = {r[0] for r in conn.execute(text("SELECT input_id FROM articles"))}
    want_failures = {k: v for k, v in expected.items() if v != "report"}
    want_failures |= {f"{base}{p}": c for p, c in URL_EXPECTED.items() if c != "report"}
    got_failures = {(short(k) if not k.startswith("http") else k): v for k, v in failures.items()}
    # The broken feed says so once, and once more for the entry it broke off (neither link nor content).
    got_failures.pop(f"{base}/broken-feed.xml#1", None)
    assert got_failures == want_failures
    want_stored = {k for k, v in expected.items() if v == "report"} | {
        f"{base}{p}" for p, c in URL_EXPECTED.items() if c == "report"
    }
    # Several items carry the same story (UTF-8, UTF-16, the page plain and gzipped): one article, the
    # others skipped as already stored. Every item that should yield a report is accounted for.
    assert {short(s) if not s.startswith("http") else s for s in stored} <= want_stored
    (summary,) = [line for line in run.stderr.splitlines() if line.startswith("stored ")]
    counts = dict(part.rsplit(" ", 1) for part in summary.split(", "))
    assert int(counts["stored"]) + int(counts["duplicates"]) + int(
        counts["skipped as already stored"]
    ) == len(want_stored), summary
    assert int(counts["failed"]) == len(failures), summary
    for code in set(failures.values()):
        assert f"failed ({code}):" in run.stderr
    assert check_store(store).ok
    json.dumps(failures)  # plain data, no secrets or objects
