"""`harmwatch eval aggregate`'s scoring on incidents and pairs written for these tests."""

from __future__ import annotations

from typing import Any

from harmwatch.evaluate.aggregate import PairGold, outlets_listed, pair_group, restrict, score_together


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


def test_together_pairs_by_group_with_unsure_pairs_left_out():
    gold = PairGold(
        articles=("10", "11", "12", "13"),
        same=frozenset({frozenset({"10", "11"}), frozenset({"12", "13"})}),
        unsure=frozenset({frozenset({"11", "12"})}),
    )
    incident_of: dict[str, str | None] = {"10": "x", "11": "x", "12": "x", "13": None}
    m = score_together(incident_of, gold)
    # Half a holds 10 and 12 (even positions), half b 11 and 13. Predicted: 10-11 (same, a cross pair) and
    # 10-12 (wrong, half a); 11-12 is unsure; 13 has no incident, so the same cross pair 12-13 is missed.
    assert (m["precision"], m["recall"]) == (0.5, 0.5)
    assert (m["cross_precision"], m["cross_recall"]) == (1.0, 0.5)
    assert (m["a_precision"], m["a_recall"]) == (0.0, 0.0)
    assert "b_precision" not in m  # half b has no pair judged same and none predicted
    assert m["pairs_predicted"] == 2 and m["pairs_same"] == 2


def test_one_half_keeps_its_own_judgements_and_positions():
    gold = PairGold(
        articles=("10", "11", "12", "13", "14"),
        same=frozenset({frozenset({"10", "12"}), frozenset({"11", "13"}), frozenset({"12", "13"})}),
        unsure=frozenset({frozenset({"12", "14"})}),
    )
    position = {a: i for i, a in enumerate(gold.articles)}
    half_a = restrict(gold, set(gold.articles[0::2]))
    assert half_a.articles == ("10", "12", "14")
    assert half_a.same == {frozenset({"10", "12"})} and half_a.unsure == {frozenset({"12", "14"})}
    # Scored with the positions among all judged articles, the half's pairs stay in group a.
    m = score_together({"10": "x", "12": "x", "14": "y"}, half_a, position)
    assert (m["a_precision"], m["a_recall"], m["precision"]) == (1.0, 1.0, 1.0)
    assert not any(k.startswith(("b_", "cross_")) for k in m)
    assert pair_group(frozenset({"11", "12"}), position) == "cross"
