"""`harmwatch eval aggregate`'s scoring on incidents and pairs written for these tests."""

from __future__ import annotations

from typing import Any

from harmwatch.evaluate.aggregate import PairGold, outlets_listed, score_together


def _incident(articles: list[tuple[str, str, str]], cited: list[str]) -> dict[str, Any]:
    return {
        "articles": [{"id": a, "outlet": o, "incident": i} for a, o, i in articles],
        "figures": {"killed": {"by_claimant": [{"article_ids": cited}]}},
    }


def test_an_outlet_counts_only_with_figures_for_that_incident():
    # Article b gives figures for its own main incident i1, not for its i2 that sits here beside a's report.
    beside = _incident([("a", "Wire", "i1"), ("b", "Post", "i2"), ("c", "Daily", "i1")], cited=["a", "c"])
    missing = _incident([("d", "Wire", "i1"), ("e", "Post", "i1")], cited=["d"])
    given = {("a", "i1"), ("b", "i1"), ("c", "i1"), ("d", "i1"), ("e", "i1")}
    assert outlets_listed([beside, missing], given) == (0.5, 2)


def test_together_pairs_by_half_with_unsure_pairs_left_out():
    gold = PairGold(
        articles=("10", "11", "12", "13"),
        same=frozenset({frozenset({"10", "11"}), frozenset({"12", "13"})}),
        unsure=frozenset({frozenset({"11", "12"})}),
    )
    incident_of: dict[str, str | None] = {"10": "x", "11": "x", "12": "x", "13": None}
    m = score_together(incident_of, gold)
    # Predicted: 10-11 (same) and 10-12 (wrong), both of the even half; 11-12 is unsure; 13 has no incident,
    # so the same pair 12-13 is missed.
    assert (m["even_precision"], m["even_recall"]) == (0.5, 0.5)
    assert (m["odd_precision"], m["odd_recall"]) == (0.0, 0.0)
    assert m["pairs_predicted"] == 2 and m["pairs_same"] == 2
