"""The evaluation gate: each set's metrics on its sample stay at or above tests/eval_minimums.json.

Each sample is spread at a fixed stride over the whole development split (`harmwatch eval --sample N`), not
its first documents, which are the ones rules were most tuned on. The minimums are a ratchet: `make gate`
re-measures the samples and raises them, never lowers them, and the last test refuses a minimum below the
committed one for the same sample.
"""

from __future__ import annotations

import json
import subprocess
import time
from pathlib import Path

import pytest

from harmwatch.evaluate.gate import below, lowered, measure, ratchet, read_minimums

MINIMUMS_FILE = Path(__file__).with_name("eval_minimums.json")
MINIMUMS = read_minimums(MINIMUMS_FILE)


@pytest.mark.slow
@pytest.mark.parametrize("dataset", sorted(MINIMUMS))
def test_metrics_reach_their_minimums(dataset, shared, nlp):
    entry = MINIMUMS[dataset]
    start = time.perf_counter()
    metrics = measure(dataset, entry, str(shared / "eval"))
    print(f"eval gate {dataset}: {metrics['documents']} documents in {time.perf_counter() - start:.1f}s")
    assert metrics["documents"] == entry["documents"], "the sample changed: re-measure it with `make gate`"
    short = below(entry, metrics)
    assert not short, f"{dataset}: below the minimums of {MINIMUMS_FILE.name}: {short}"


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
    down = lowered(json.loads(committed), MINIMUMS)
    assert not down, f"minimums may only go up for the same sample: {down}"


ENTRY = {"sample": 10, "documents": 10, "minimums": {"recall": 0.5, "found": 3}}


def test_a_measurement_raises_the_minimums_floored_and_never_lowers_them():
    raised = ratchet(ENTRY, {"documents": 10, "recall": 0.6789, "found": 2})
    assert raised["minimums"] == {"recall": 0.67, "found": 3}
    assert below(raised, {"recall": 0.6699, "found": 3}) == {"recall": 0.6699}
    assert below(raised, {"recall": 0.7, "found": 4}) == {}
    assert below(raised, {"found": 4}) == {"recall": None}


def test_a_new_sample_starts_afresh_and_only_the_same_sample_is_held():
    resampled = {**ENTRY, "sample": 20}
    assert ratchet(resampled, {"documents": 20, "recall": 0.41, "found": 1})["minimums"] == {
        "recall": 0.41,
        "found": 1,
    }
    lower = {**ENTRY, "minimums": {"recall": 0.4, "found": 3}}
    assert lowered({"x": ENTRY}, {"x": lower}) == ["x.recall: 0.5 -> 0.4"]
    assert lowered({"x": ENTRY}, {"x": {**lower, "sample": 20, "documents": 20}}) == []
    assert lowered({"x": ENTRY}, {}) == ["x: no longer gated"]
