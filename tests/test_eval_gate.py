"""The evaluation gate: each set's metrics on a fixed sample stay at or above tests/eval_minimums.json.

The minimums are a ratchet: raise them when extraction improves, never lower them (the last test refuses a
minimum below the committed one).
"""

from __future__ import annotations

import json
import subprocess
import time
from pathlib import Path

import pytest

from harmwatch.evaluate import run_eval

MINIMUMS_FILE = Path(__file__).with_name("eval_minimums.json")
MINIMUMS = json.loads(MINIMUMS_FILE.read_text(encoding="utf-8"))


@pytest.mark.slow
@pytest.mark.parametrize("dataset", sorted(MINIMUMS))
def test_metrics_reach_their_minimums(dataset, shared, nlp):
    entry = MINIMUMS[dataset]
    start = time.perf_counter()
    metrics = run_eval(dataset, data_dir=str(shared / "eval"), limit=entry["limit"])
    print(f"eval gate {dataset}: {metrics['documents']} documents in {time.perf_counter() - start:.1f}s")
    assert metrics["documents"] == entry["documents"], "the sample changed: re-measure the minimums"
    below = {
        name: metrics.get(name)
        for name, minimum in entry["minimums"].items()
        if not isinstance(metrics.get(name), int | float) or metrics[name] < minimum
    }
    assert not below, f"{dataset}: below the minimums of {MINIMUMS_FILE.name}: {below}"


def test_minimums_only_go_up():
    try:
        committed = subprocess.run(
            ["git", "show", "HEAD:tests/eval_minimums.json"],
            cwd=MINIMUMS_FILE.parent.parent,
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    except (OSError, subprocess.CalledProcessError):
        pytest.skip("no committed eval_minimums.json to compare with")
    lowered = [
        f"{dataset}.{name}: {value} -> {MINIMUMS.get(dataset, {}).get('minimums', {}).get(name)}"
        for dataset, entry in json.loads(committed).items()
        for name, value in entry["minimums"].items()
        if MINIMUMS.get(dataset, {}).get("minimums", {}).get(name, float("-inf")) < value
    ]
    assert not lowered, f"minimums may only go up: {lowered}"
