"""Ingest benchmark: articles/s stored into SQLite and PostgreSQL next to extraction alone on the same documents,
peak RSS of `harmwatch ingest` for growing corpora (memory must stay flat), and the time spent attaching
articles to cross-article incidents as a share of ingest time as the store grows to --agg articles.

    python bench/ingest.py [--docs 300] [--rss 1000,10000] [--agg 10000] [--pg postgresql+psycopg://...]
                           [--data ../shared/eval] [--round-days 7] [--undated]

Documents are synthetic: each mixes 6-10 sentences drawn (seeded) from the evaluation sets' texts, so they read
like news yet no two are near-duplicates. The texts are read at run time and never written into the repository.
"""

from __future__ import annotations

import argparse
import copy
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SETS = [
    "fakes/fakes_train.jsonl",
    "muc4/muc4_dev.jsonl",
    "polnear/polnear_train.jsonl",
    "rams/rams_dev.jsonl",
]


def sentence_pool(data: Path) -> list[str]:
    pool: list[str] = []
    for name in SETS:
        path = data / name
        if not path.exists():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            text = row.get("text") or " ".join(row.get("sentences") or [])
            if isinstance(text, list):
                text = " ".join(" ".join(s) if isinstance(s, list) else str(s) for s in text)
            pool += [s for s in re.split(r"(?<=[.!?])\s+", str(text)) if 40 <= len(s) <= 300]
    if not pool:
        sys.exit(f"no evaluation texts found under {data}; pass --data")
    return pool


def make_corpus(path: Path, n: int, pool: list[str], seed: int = 7) -> Path:
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8") as f:
        for i in range(n):
            body = " ".join(rng.sample(pool, rng.randint(6, 10)))
            title = " ".join(body.split()[:8])
            f.write(json.dumps({"id": f"bench-{i}", "title": title, "text": f"{title}\n\n{body}"}) + "\n")
    return path


def fresh_pg(url: str) -> str:
    from sqlalchemy import create_engine, text

    from harmwatch.store.engine import engine_url

    schema = f"bench_{uuid.uuid4().hex[:12]}"
    engine = create_engine(engine_url(url))
    with engine.begin() as conn:
        conn.execute(text(f"CREATE SCHEMA {schema}"))
    engine.dispose()
    return f"{url}{'&' if '?' in url else '?'}options=-csearch_path%3D{schema}"


def throughput(corpus: Path, pg: str | None) -> tuple[list[dict[str, Any]], float]:
    from harmwatch.batch import extract_one
    from harmwatch.batch.ingest import ingest, store_report
    from harmwatch.config import Settings
    from harmwatch.ingest import Failure, read_inputs
    from harmwatch.store import open_store

    settings = Settings()
    articles = [a for a in read_inputs([str(corpus)], settings) if not isinstance(a, Failure)]
    extract_one(articles[0])  # load the pipeline before any clock starts
    start = time.perf_counter()
    reports = [r for r in (extract_one(a) for a in articles) if not isinstance(r, Failure)]
    extract_s = time.perf_counter() - start
    n = len(articles)
    print(f"{'documents':28} {n}")
    print(f"{'extract alone':28} {n / extract_s:8.1f} articles/s")
    targets = [("sqlite", f"sqlite:///{corpus.parent / 'bench.db'}")] + (
        [("postgresql", fresh_pg(pg))] if pg else []
    )
    for name, url in targets:
        store = open_store(url)
        start = time.perf_counter()
        ingest([str(corpus)], store, settings)
        ingest_s = time.perf_counter() - start
        # The storing share measured on its own: the same reports saved (with near-duplicate lookup) again.
        store2 = open_store(
            fresh_pg(pg) if name == "postgresql" and pg else f"sqlite:///{corpus.parent / 'b2.db'}"
        )
        from harmwatch.batch.ingest import IngestSummary

        summary = IngestSummary(store2.start_run([str(corpus)]))
        start = time.perf_counter()
        for report in reports:
            store_report(store2, report, summary)
        store_s = time.perf_counter() - start
        print(
            f"{'ingest into ' + name:28} {n / ingest_s:8.1f} articles/s   storing alone {len(reports) / store_s:8.1f} "
            f"articles/s = {100 * store_s / extract_s:5.1f}% of extraction time"
        )
    return reports, extract_s


def _shift(value: Any, days: int) -> Any:
    """An ISO date or datetime string moved by `days`; anything else unchanged."""
    if not isinstance(value, str) or len(value) < 10 or value[4] != "-":
        return value
    try:
        day = date.fromisoformat(value[:10]) + timedelta(days=days)
    except ValueError:
        return value
    return day.isoformat() + value[10:]


START = "2017-01-01"
"""The day the stream of variants starts: their publication and their arrival in the store."""


def variant(report: dict[str, Any], n: int, days: int, undated: bool = False) -> dict[str, Any]:
    """A copy of a report as a new article, its dates moved by `days`: a stream of distinct articles over time.
    `undated`: the copy has no publication date (so an incident with no dated time of its own is undated)."""
    from harmwatch.ingest.text import article_id

    out = copy.deepcopy(report)
    art = out["article"]
    art["text"] = f"{art['text']}\n[variant {n}]"
    art["id"] = article_id(art["text"])
    art["published"] = None if undated else _shift(art.get("published") or START, days)
    for t in out.get("times") or []:
        t["start"], t["end"] = _shift(t.get("start"), days), _shift(t.get("end"), days)
    return out


def aggregation_share(
    reports: list[dict[str, Any]],
    extract_s: float,
    total: int,
    workdir: Path,
    round_days: int = 7,
    undated: bool = False,
) -> None:
    """Store `total` articles (variants of the reports, `round_days` apart per round, each round coming into the
    store on its own day) and time the incident attachment alone, per thousand articles, against extraction +
    storing + attaching."""
    from datetime import UTC, datetime

    from sqlalchemy import text

    from harmwatch.store import aggregation, engine, open_store

    store = open_store(f"sqlite:///{workdir / 'agg.db'}")
    spent = [0.0]
    attach = aggregation.attach
    clock, arrival = engine.now, [datetime.now(UTC)]
    engine.now = lambda: arrival[0]  # type: ignore[assignment]

    def timed(*args: Any, **kwargs: Any) -> Any:
        start = time.perf_counter()
        try:
            return attach(*args, **kwargs)
        finally:
            spent[0] += time.perf_counter() - start

    aggregation.attach = timed  # type: ignore[assignment]
    per_band: list[tuple[float, float]] = []
    try:
        band_start, band_agg = time.perf_counter(), 0.0
        for n in range(total):
            # Each round a week later: new events, not the same story re-run every few days (which would
            # chain into one ever-growing component; docs/incidents.md, "Limits"). Articles come in on the
            # day of their round: undated reports are bounded by it.
            days = round_days * (n // len(reports))
            arrival[0] = datetime.fromisoformat(_shift(START, days)).replace(hour=12, tzinfo=UTC)
            store.save_report(variant(reports[n % len(reports)], n, days, undated))
            if (n + 1) % 1000 == 0 or n + 1 == total:
                per_band.append((time.perf_counter() - band_start, spent[0] - band_agg))
                band_start, band_agg = time.perf_counter(), spent[0]
    finally:
        aggregation.attach = attach  # type: ignore[assignment]
        engine.now = clock  # type: ignore[assignment]
    extract_each = extract_s / len(reports)
    for k, (store_s, agg_s) in enumerate(per_band):
        size = min(1000, total - 1000 * k)
        share = agg_s / (store_s + extract_each * size)
        print(
            f"{'aggregation, articles ' + str(1000 * k + 1) + '+':28} {1000 * agg_s / size:8.2f} ms/article "
            f"= {100 * share:5.2f}% of ingest time (extract + store + attach)"
        )
    counts = store.counts()
    print(
        f"{'incidents at ' + str(total):28} {counts['agg_incidents']:8d} from {counts['agg_reports']} reports"
    )
    with store.connect() as conn:
        largest, undated_weekday = conn.execute(
            text(
                "SELECT (SELECT count(*) FROM agg_reports GROUP BY component ORDER BY count(*) DESC LIMIT 1),"
                " (SELECT count(*) FROM agg_reports WHERE day_start IS NULL AND weekdays != 0)"
            )
        ).one()
    print(f"{'largest component':28} {largest:8d} reports; {undated_weekday} undated reports name a weekday")


def peak_rss(corpus: Path, workdir: Path) -> float:
    """Peak RSS (MiB) of one `harmwatch ingest` process over the corpus, into a new SQLite store."""
    db = workdir / f"rss-{uuid.uuid4().hex[:8]}.db"
    exe = Path(sys.executable).parent / "harmwatch"
    proc = subprocess.Popen(
        [str(exe), "ingest", str(corpus), "--db", f"sqlite:///{db}"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    _, status, usage = os.wait4(proc.pid, 0)
    if os.waitstatus_to_exitcode(status) not in (0, 1):
        sys.exit(f"ingest failed with status {status}")
    return usage.ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=300, help="documents for the throughput comparison")
    parser.add_argument("--rss", default="1000,10000", help="corpus sizes for peak RSS ('' to skip)")
    parser.add_argument("--pg", default=os.environ.get("HARMWATCH_TEST_PG_URL"), help="PostgreSQL URL")
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "eval")
    parser.add_argument(
        "--agg", type=int, default=10000, help="articles for the aggregation share (0 to skip)"
    )
    parser.add_argument(
        "--round-days", type=int, default=7, help="days between rounds of variants (publication and arrival)"
    )
    parser.add_argument(
        "--undated", action="store_true", help="variants without a publication date (undated reports)"
    )
    parser.add_argument("--skip-throughput", action="store_true")
    args = parser.parse_args()
    pool = sentence_pool(args.data)
    with tempfile.TemporaryDirectory(prefix="harmwatch-bench-") as tmp:
        work = Path(tmp)
        if not args.skip_throughput:
            reports, extract_s = throughput(make_corpus(work / "docs.jsonl", args.docs, pool), args.pg)
            if args.agg:
                aggregation_share(reports, extract_s, args.agg, work, args.round_days, args.undated)
        for size in [int(s) for s in args.rss.split(",") if s.strip()]:
            mib = peak_rss(make_corpus(work / f"rss{size}.jsonl", size, pool), work)
            print(f"{'peak RSS, ' + str(size) + ' documents':28} {mib:8.1f} MiB")


if __name__ == "__main__":
    main()
