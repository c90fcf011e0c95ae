"""The evaluation sample: documents at a fixed stride over the whole split."""

from __future__ import annotations

from harmwatch.evaluate.data import stride_sample


def test_a_sample_spans_the_whole_split_at_a_fixed_stride():
    docs = list(range(640))
    sample = stride_sample(docs, 100)
    assert len(sample) == len(set(sample)) == 100
    assert sample[0] < 7 and sample[-1] > 632  # both ends, so both halves of a two-part split
    assert sum(d < 320 for d in sample) == 50
    steps = {b - a for a, b in zip(sample, sample[1:], strict=False)}
    assert steps <= {6, 7}


def test_a_sample_as_large_as_the_split_is_the_split():
    assert stride_sample(["a", "b", "c"], 3) == ["a", "b", "c"]
    assert stride_sample(["a", "b", "c"], 10) == ["a", "b", "c"]
    assert stride_sample(["a", "b", "c"], 0) == []
    assert stride_sample(["a", "b", "c", "d"], 2) == ["b", "d"]
