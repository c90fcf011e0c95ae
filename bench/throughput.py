"""Throughput of HarmWatch's full extraction next to plain `nlp.pipe` of the same pipeline, single process.

Usage: python bench/throughput.py [--data ../shared/eval] [--per-set 100] [--sets polnear,fakes,muc4] [--repeat N]
Prints the machine, then documents/s and words/s of each way over the same development-split texts.
"""

from __future__ import annotations

import argparse
import os
import platform
import time
from pathlib import Path

from harmwatch.config import Settings
from harmwatch.evaluate.data import DEFAULT_SPLITS, Document, load
from harmwatch.extract import extract_article
from harmwatch.ingest.text import make_article
from harmwatch.nlp import load_nlp


def machine() -> str:
    """Cores, CPU model and RAM, read from /proc where there is one."""
    model = platform.processor() or platform.machine()
    ram = "unknown RAM"
    try:
        cpuinfo = Path("/proc/cpuinfo").read_text()
        model = next(
            (line.split(":", 1)[1].strip() for line in cpuinfo.splitlines() if line.startswith("model name")),
            model,
        )
        kb = int(
            next(
                line.split()[1]
                for line in Path("/proc/meminfo").read_text().splitlines()
                if line.startswith("MemTotal")
            )
        )
        ram = f"{kb / 1024 / 1024:.1f} GiB RAM"
    except (OSError, StopIteration, ValueError):
        pass
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return f"{cores} cores available, {model}, {ram}, Python {platform.python_version()}, {platform.system()}"


def documents(data_dir: Path, sets: list[str], per_set: int) -> list[Document]:
    docs: list[Document] = []
    for name in sets:
        docs += load(name, data_dir, DEFAULT_SPLITS[name])[:per_set]
    return docs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default=os.environ.get("HARMWATCH_EVAL_DATA", "../shared/eval"))
    ap.add_argument("--per-set", type=int, default=100, help="first N documents of each set's dev split")
    ap.add_argument("--sets", default="polnear,fakes,muc4")
    ap.add_argument("--repeat", type=int, default=1, help="time each way N times and keep the fastest")
    args = ap.parse_args()

    docs = documents(Path(args.data), args.sets.split(","), args.per_set)
    settings = Settings()
    articles = [
        make_article(d.text, settings, title=d.title, published=d.published, input_id=d.id) for d in docs
    ]
    texts = [a.text for a in articles]
    n_words = sum(len(t.split()) for t in texts)
    nlp = load_nlp()
    extract_article(articles[0], nlp)  # warm-up: lazy loads and caches are not throughput

    pipe_s = full_s = float("inf")
    for _ in range(max(args.repeat, 1)):  # the fastest run is the one least disturbed by other processes
        start = time.perf_counter()
        for _doc in nlp.pipe(texts):
            pass
        pipe_s = min(pipe_s, time.perf_counter() - start)
        start = time.perf_counter()
        for article in articles:
            extract_article(article, nlp)
        full_s = min(full_s, time.perf_counter() - start)

    print(f"machine: {machine()}")
    print(f"documents: {len(docs)} ({args.sets}, first {args.per_set} of each dev split), {n_words:,} words")
    print(f"{'':24}{'seconds':>10}{'docs/s':>10}{'words/s':>10}")
    for label, secs in (("nlp.pipe (spaCy only)", pipe_s), ("harmwatch extraction", full_s)):
        print(f"{label:24}{secs:10.1f}{len(docs) / secs:10.2f}{n_words / secs:10.0f}")
    print(f"extraction costs {full_s / pipe_s:.2f}x the plain pipeline")


if __name__ == "__main__":
    main()
