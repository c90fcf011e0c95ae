"""The evaluation gate's minimums: each set measured on a fixed sample, minimums that only go up.

A minimums file maps a dataset to its entry: the options that choose its sample (`sample`, and any other
keyword of `run_eval` such as `split`), the number of documents that sample holds, and the minimum of each
metric the gate holds:

    {"fakes": {"sample": 100, "documents": 100, "minimums": {"killed_exact": 0.8, ...}}}

`ratchet` turns a measurement into new minimums: floored to two decimals, and never below the old minimum
while the sample stays the same. A changed sample (other options, or another number of documents) is a new
measurement and starts afresh. To gate a new set, add an entry with its options and metric names (minimum 0)
and measure (`make gate`).
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

from harmwatch.errors import EvaluationError
from harmwatch.evaluate import run_eval

Entry = dict[str, Any]
_NOT_OPTIONS = ("documents", "minimums")


def read_minimums(path: Path) -> dict[str, Entry]:
    """The entries of a minimums file."""
    try:
        entries = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as e:
        raise EvaluationError(f"{path} could not be read as a minimums file: {e}") from e
    if not isinstance(entries, dict):
        raise EvaluationError(f"{path}: expected an object of dataset entries")
    return entries


def write_minimums(path: Path, entries: dict[str, Entry]) -> None:
    path.write_text(json.dumps(entries, indent=2) + "\n", encoding="utf-8")


def sampling(entry: Entry) -> dict[str, Any]:
    """The `run_eval` options that choose an entry's documents."""
    return {k: v for k, v in entry.items() if k not in _NOT_OPTIONS}


def same_sample(old: Entry, new: Entry) -> bool:
    return sampling(old) == sampling(new) and old.get("documents") == new.get("documents")


def measure(dataset: str, entry: Entry, data_dir: str | None = None) -> dict[str, Any]:
    """The metrics of `dataset` on the entry's sample."""
    return run_eval(dataset, data_dir=data_dir, **sampling(entry))


def below(entry: Entry, metrics: dict[str, Any]) -> dict[str, Any]:
    """The entry's metrics that fall below their minimums (a missing metric is below), with the measured value."""
    return {
        name: metrics.get(name)
        for name, minimum in entry["minimums"].items()
        if not isinstance(metrics.get(name), int | float) or metrics[name] < minimum
    }


def _floor(value: Any) -> int | float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise EvaluationError(f"metric value {value!r} is not a number")
    return value if isinstance(value, int) else math.floor(value * 100 + 1e-9) / 100


def ratchet(entry: Entry, metrics: dict[str, Any]) -> Entry:
    """The entry with minimums from `metrics` (floored to 2 decimals); for the same sample never lower."""
    measured = {**entry, "documents": metrics["documents"]}
    keep = same_sample(entry, measured)
    minimums = {}
    for name, old in entry["minimums"].items():
        new = _floor(metrics.get(name))
        minimums[name] = max(old, new) if keep else new
    return {**measured, "minimums": minimums}


def lowered(committed: dict[str, Entry], current: dict[str, Entry]) -> list[str]:
    """Minimums of `current` below those of `committed` for the same sample (a changed sample may start anew)."""
    out = []
    for dataset, old in committed.items():
        new = current.get(dataset)
        if new is None:
            out.append(f"{dataset}: no longer gated")
            continue
        if not same_sample(old, new):
            continue
        for name, value in old["minimums"].items():
            if new["minimums"].get(name, float("-inf")) < value:
                out.append(f"{dataset}.{name}: {value} -> {new['minimums'].get(name)}")
    return out
