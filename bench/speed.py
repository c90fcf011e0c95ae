"""End-to-end speed of `harmwatch extract` against spaCy's plain `nlp.pipe`, in fresh processes.

    python bench/speed.py --quick          # ~60 documents, 2 rounds, corpus sizes 100 and 300
    python bench/speed.py                  # 260 documents (200 FA-KES + 60 PolNeAR), 3 rounds, sizes 1k/5k/20k
    python bench/speed.py --only engines   # one part: engines | sizes
    python bench/speed.py --only engines --docs 1000 --variants extract,workers2,dask2   # bigger corpus, some variants

Every variant is a new process over the same JSON Lines corpus built from the development sets (read at run
time from ../shared/eval, never written into the repository), start-up included:

- spaCy plain: `spacy.load(MODEL)` then `nlp.pipe` over the texts with the full pipeline, nothing else;
- harmwatch extract (selective parse, the default), and with `--full-parse`;
- harmwatch extract with 2 local processes; with the Dask engine (LocalCluster) of 1 and 2 workers.

Variants run interleaved, round after round, in a rotating order, and each keeps its fastest round, so a burst
of load from other jobs hurts all of them alike. Wall time and CPU time (user + system of the process and its
children) are printed; on a shared machine CPU time is the steadier figure for single-process ratios, while
parallel speed-ups can only be read from wall time. Peak RSS is the largest resident set of any process of a
variant's process tree (sampled every 0.1 s), i.e. per worker.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
PLAIN = """
import sys, json, spacy
from harmwatch.nlp import MODEL
nlp = spacy.load(MODEL)
texts = [json.loads(line)["text"] for line in open(sys.argv[1], encoding="utf-8")]
for _doc in nlp.pipe(texts):
    pass
"""


VARIANT_KEYS = ("plain", "extract", "full-parse", "workers2", "dask1", "dask2")


@dataclass(slots=True)
class Timing:
    wall: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)
    rss_mib: float = 0.0


def machine() -> str:
    model = platform.machine()
    try:
        info = Path("/proc/cpuinfo").read_text()
        model = next(
            line.split(":", 1)[1].strip() for line in info.splitlines() if line.startswith("model name")
        )
    except (OSError, StopIteration):
        pass
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    return f"{cores} cores, {model}, Python {platform.python_version()}; load average {load:.1f} at start"


def build_corpus(path: Path, data: Path, sets: list[tuple[str, str, int]], size: int | None = None) -> int:
    """Write a JSON Lines corpus of development documents; with `size`, cycle them (new ids) up to that count."""
    from harmwatch.evaluate.data import load

    docs = []
    for name, split, n in sets:
        docs += load(name, data, split)[:n]
    if not docs:
        sys.exit(f"no development documents under {data}; pass --data")
    total = size or len(docs)
    with path.open("w", encoding="utf-8") as f:
        for i in range(total):
            d = docs[i % len(docs)]
            row = {
                "id": f"{d.id}#{i // len(docs)}",
                "title": d.title,
                "text": d.text,
                "published": d.published,
            }
            f.write(json.dumps(row) + "\n")
    return total


def _peak_rss(pid: int, stop: threading.Event, out: list[float]) -> None:
    import psutil  # installed with distributed (the dask extra)

    peak: dict[int, float] = {}
    try:
        root = psutil.Process(pid)
    except psutil.Error:
        return
    while not stop.is_set():
        try:
            for proc in [root, *root.children(recursive=True)]:
                try:
                    peak[proc.pid] = max(peak.get(proc.pid, 0), proc.memory_info().rss / 2**20)
                except psutil.Error:
                    pass
        except psutil.Error:
            break
        stop.wait(0.1)
    out.append(max(peak.values(), default=0.0))


def run(cmd: list[str]) -> tuple[float, float, float]:
    """(wall s, CPU s of the process tree, peak RSS MiB of any one process) of a command, output discarded."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=ROOT)
    stop, rss = threading.Event(), list[float]()
    sampler = threading.Thread(target=_peak_rss, args=(proc.pid, stop, rss))
    sampler.start()
    _, err = proc.communicate()
    wall = time.perf_counter() - start
    stop.set()
    sampler.join()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode not in (0, 1):
        sys.exit(f"{' '.join(cmd)} failed ({proc.returncode}): {err.decode()[-2000:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, rss[0] if rss else 0.0


def engines(corpus: Path, n_docs: int, rounds: int, only: list[str] | None = None) -> None:
    hw = str(BIN / "harmwatch")
    variants = {
        "spaCy plain nlp.pipe": [sys.executable, "-c", PLAIN, str(corpus)],
        "harmwatch extract": [hw, "extract", str(corpus)],
        "harmwatch extract --full-parse": [hw, "extract", "--full-parse", str(corpus)],
        "harmwatch extract --workers 2": [hw, "extract", "--workers", "2", str(corpus)],
        "dask LocalCluster, 1 worker": [hw, "extract", "--engine", "dask", "--workers", "1", str(corpus)],
        "dask LocalCluster, 2 workers": [hw, "extract", "--engine", "dask", "--workers", "2", str(corpus)],
    }
    if only:
        keys = dict(zip(VARIANT_KEYS, variants, strict=True))
        variants = {keys[key]: variants[keys[key]] for key in only}
    times = {name: Timing() for name in variants}
    names = list(variants)
    # The derived tables are built into the cache by the first process after an install or an upgrade:
    # measured here is a start with the cache present (`harmwatch extract` does the same on first use).
    warm = corpus.parent / "warm.jsonl"
    warm.write_text(corpus.read_text(encoding="utf-8").splitlines()[0] + "\n", encoding="utf-8")
    wall, cpu, _ = run([hw, "extract", str(warm)])
    print(
        f"warm-up (one document, builds the cache if absent): {wall:.1f} s wall, {cpu:.1f} s CPU",
        file=sys.stderr,
    )
    for r in range(rounds):
        for name in names[r % len(names) :] + names[: r % len(names)]:
            wall, cpu, rss = run(variants[name])
            times[name].wall.append(wall)
            times[name].cpu.append(cpu)
            times[name].rss_mib = max(times[name].rss_mib, rss)
            print(f"  round {r + 1} {name}: {wall:.1f} s wall, {cpu:.1f} s CPU", file=sys.stderr, flush=True)
    base = times.get("spaCy plain nlp.pipe") or times["harmwatch extract"]
    print(
        f"\n{n_docs} documents, fastest of {rounds} interleaved rounds, each a new process (start-up included)"
    )
    print(
        f"| {'variant':34} | wall s | CPU s | docs/s (wall) | vs plain (wall) | vs plain (CPU) | peak RSS MiB |"
    )
    print(f"|{'-' * 36}|-------:|------:|--------------:|----------------:|---------------:|-------------:|")
    for name, t in times.items():
        wall, cpu = min(t.wall), min(t.cpu)
        print(
            f"| {name:34} | {wall:6.1f} | {cpu:5.1f} | {n_docs / wall:13.2f} | {min(base.wall) / wall:14.2f}x "
            f"| {min(base.cpu) / cpu:13.2f}x | {t.rss_mib:12.0f} |"
        )
    if "spaCy plain nlp.pipe" not in times:
        print("(no plain spaCy run: the 'vs plain' columns compare with one harmwatch extract process)")
    one = times.get("harmwatch extract")
    for name, label in (
        ("harmwatch extract --workers 2", "2 local processes / 1 process"),
        ("dask LocalCluster, 2 workers", "Dask 2 workers / 1 local process"),
    ):
        if one and name in times:
            print(f"\n{label} (wall): {min(one.wall) / min(times[name].wall):.2f}x")


def sizes(data: Path, work: Path, counts: list[int], sets: list[tuple[str, str, int]]) -> None:
    hw = str(BIN / "harmwatch")
    print("\n| documents | wall s | CPU s | s per 1k docs (wall) | s per 1k docs (CPU) | peak RSS MiB |")
    print("|---:|---:|---:|---:|---:|---:|")
    per_k: list[tuple[int, float, float]] = []
    for count in counts:
        corpus = work / f"size{count}.jsonl"
        build_corpus(corpus, data, sets, size=count)
        wall, cpu, rss = run([hw, "extract", str(corpus)])
        per_k.append((count, wall, cpu))
        print(
            f"| {count:,} | {wall:.1f} | {cpu:.1f} | {1000 * wall / count:.1f} | {1000 * cpu / count:.1f} | {rss:.0f} |"
        )
        sys.stdout.flush()
    base_n, base_wall, base_cpu = per_k[0]
    for count, wall, cpu in per_k[1:]:
        scale = count / base_n
        print(
            f"{count:,} documents: {wall / (scale * base_wall):.2f}x (wall) and {cpu / (scale * base_cpu):.2f}x (CPU) "
            f"the {base_n:,}-document time scaled linearly"
        )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="a small corpus and two rounds (minutes, not hours)")
    ap.add_argument("--only", choices=["engines", "sizes"], help="run one part only")
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "eval")
    ap.add_argument("--rounds", type=int, default=None)
    ap.add_argument("--sizes", default=None, help="corpus sizes for the scaling part, e.g. 1000,5000,20000")
    ap.add_argument("--docs", type=int, default=None, help="engines part: cycle the corpus up to N documents")
    ap.add_argument("--variants", default=None, help=f"engines part: some of {','.join(VARIANT_KEYS)}")
    args = ap.parse_args()
    fakes, polnear = ("fakes", "train"), ("polnear", "dev")
    sets = [(*fakes, 40), (*polnear, 20)] if args.quick else [(*fakes, 200), (*polnear, 60)]
    rounds = args.rounds or (2 if args.quick else 3)
    counts = [int(s) for s in (args.sizes or ("100,300" if args.quick else "1000,5000,20000")).split(",")]
    print(f"machine: {machine()}")
    with tempfile.TemporaryDirectory(prefix="harmwatch-speed-") as tmp:
        work = Path(tmp)
        if args.only in (None, "engines"):
            corpus = work / "docs.jsonl"
            n = build_corpus(corpus, args.data, sets, size=args.docs)
            engines(corpus, n, rounds, args.variants.split(",") if args.variants else None)
        if args.only in (None, "sizes"):
            sizes(args.data, work, counts, sets)


if __name__ == "__main__":
    main()
