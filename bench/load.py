"""Load test of the dashboard and API on loopback: p50/p95/p99 latency and errors under concurrent clients.

Usage: python bench/load.py [--articles 10000] [--db /tmp/harmwatch-load.db] [--clients 8] [--requests 400]
                            [--seconds 60]

1. Builds (or reuses) a store of `--articles` articles synthetically: the example corpus is extracted once,
   then its reports are cloned with a new id, their dates moved apart (so copies of one story are not one
   incident) and saved through the store's ordinary write path, which also aggregates them.
2. Starts `harmwatch serve` on a free 127.0.0.1 port in a child process.
3. For each scenario, `--clients` concurrent clients send at most `--requests` requests in at most `--seconds`
   seconds; prints latency percentiles, errors and requests/s, then stops the server. Nothing leaves loopback.
"""

from __future__ import annotations

import argparse
import asyncio
import copy
import hashlib
import os
import random
import socket
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))
from throughput import machine  # noqa: E402

WORDS = [
    "market",
    "hospital",
    "village",
    "checkpoint",
    "army",
    "strike",
    "wounded",
    "killed",
    "rocket",
    "police",
]


def _shift(value: Any, days: int) -> Any:
    if not isinstance(value, str) or len(value) < 10:
        return value
    try:
        day = date.fromisoformat(value[:10])
    except ValueError:
        return value
    return (day + timedelta(days=days)).isoformat() + value[10:]


def clone(report: dict[str, Any], n: int, days: int) -> dict[str, Any]:
    """A copy of a report as another article: text with a marker appended (spans stay valid), dates moved."""
    out = copy.deepcopy(report)
    article = out["article"]
    article["text"] = f"{article['text']}\n\n[synthetic copy {n}]"
    article["id"] = "sha256:" + hashlib.sha256(article["text"].encode("utf-8")).hexdigest()
    article["published"] = _shift(article.get("published") or "2020-01-01T12:00:00", days)
    article["outlet"] = f"Outlet {n % 40}"
    out.pop("input_id", None)
    for time_ref in out.get("times") or []:
        time_ref["start"], time_ref["end"] = (
            _shift(time_ref.get("start"), days),
            _shift(time_ref.get("end"), days),
        )
    return out


def build_store(db: str, articles: int) -> None:
    from harmwatch.cli import iter_reports
    from harmwatch.config import Settings
    from harmwatch.store import open_store

    store = open_store(db)
    have = store.counts()["articles"]
    if have >= articles:
        print(f"store: reusing {db} ({have} articles)")
        return
    reports = [r for r in iter_reports([str(ROOT / "examples")], Settings()) if "error" not in r]
    started = time.perf_counter()
    for n in range(have, articles):
        # Copies of one story sit 40 days apart, beyond any incident's time window.
        store.save_report(clone(reports[n % len(reports)], n, -40 * (n // len(reports))))
        if (n + 1) % 1000 == 0:
            print(f"  stored {n + 1} articles ({time.perf_counter() - started:.0f} s)", flush=True)
    counts = store.counts()
    print(
        f"store: {counts['articles']} articles, {counts['agg_incidents']} incidents, "
        f"built in {time.perf_counter() - started:.0f} s"
    )
    store.close()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def scenario(
    base: str,
    name: str,
    make_path: Callable[[random.Random], str],
    clients: int,
    requests: int,
    seconds: float,
) -> dict[str, Any]:
    latencies: list[float] = []
    errors = 0
    sent = 0
    deadline = time.monotonic() + seconds
    rng = random.Random(7)

    async def worker(client: httpx.AsyncClient) -> None:
        nonlocal errors, sent
        while sent < requests and time.monotonic() < deadline:
            sent += 1
            path = make_path(rng)
            started = time.perf_counter()
            try:
                response = await client.get(path)
                ok = response.status_code == 200
            except httpx.HTTPError:
                ok = False
            latencies.append((time.perf_counter() - started) * 1000)
            errors += not ok

    started = time.perf_counter()
    async with httpx.AsyncClient(base_url=base, timeout=30) as client:
        await asyncio.gather(*(worker(client) for _ in range(clients)))
    wall = time.perf_counter() - started
    q = statistics.quantiles(latencies, n=100) if len(latencies) > 1 else latencies * 99
    return {
        "name": name,
        "requests": len(latencies),
        "errors": errors,
        "p50": q[49],
        "p95": q[94],
        "p99": q[98],
        "rps": len(latencies) / wall,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--db", default="sqlite:////tmp/harmwatch-load.db")
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--requests", type=int, default=400)
    parser.add_argument("--seconds", type=float, default=60.0)
    args = parser.parse_args()
    print(f"machine: {machine()}; load average {os.getloadavg()[0]:.1f}")
    build_store(args.db, args.articles)

    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen(
        [sys.executable, "-m", "harmwatch.cli", "serve", "--db", args.db, "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        for _ in range(200):
            try:
                if httpx.get(f"{base}/api/incidents?per_page=1", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.1)
        ids = [i["id"] for i in httpx.get(f"{base}/api/incidents", params={"per_page": 200}).json()["items"]]
        scenarios: list[tuple[str, Callable[[random.Random], str]]] = [
            ("GET /api/incidents (page of 25)", lambda r: f"/api/incidents?page={r.randint(1, 40)}"),
            ("GET /incidents (HTML list)", lambda r: f"/incidents?page={r.randint(1, 40)}"),
            ("GET /incidents/{id} (HTML)", lambda r: f"/incidents/{r.choice(ids)}"),
            ("GET /api/search?q=word", lambda r: f"/api/search?q={r.choice(WORDS)}"),
        ]
        print(
            f"{args.clients} clients, at most {args.requests} requests or {args.seconds:.0f} s per scenario"
        )
        print(
            "| scenario | requests | errors | p50 ms | p95 ms | p99 ms | req/s |\n|---|---|---|---|---|---|---|"
        )
        for name, make in scenarios:
            r = asyncio.run(scenario(base, name, make, args.clients, args.requests, args.seconds))
            print(
                f"| {r['name']} | {r['requests']} | {r['errors']} | {r['p50']:.0f} | {r['p95']:.0f} | "
                f"{r['p99']:.0f} | {r['rps']:.1f} |",
                flush=True,
            )
    finally:
        server.terminate()
        server.wait(10)
    return 0


if __name__ == "__main__":
    sys.exit(main())
