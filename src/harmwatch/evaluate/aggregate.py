"""`harmwatch eval aggregate`: same-incident decisions between articles, scored against pair judgements.

Two articles are "together" when their main incidents end in one cross-article incident. The gold is a list of
judged pairs over a set of FA-KES articles (same / different / unsure); pairs not listed count as different,
pairs marked unsure are left out. Inputs with the same text are one article to HarmWatch (one id, stored once),
so each such input is scored by that article's main incident. Precision and recall of "together" are printed for all pairs
and for three groups by the articles' positions in the judgement file: pairs of two articles at even positions
(half a), of two at odd positions (half b), and of one of each (cross), so a rule chosen on one half can be checked
on pairs it never saw. `half` ("a" or "b") ingests only that half's articles and scores the pairs within it.
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path
from typing import Any

from harmwatch.config import Settings
from harmwatch.errors import EvaluationError
from harmwatch.evaluate.data import Document, dataset_dir, find, load

PAIRS_FILE = "fakes_train_pairs.json"


@dataclass(frozen=True, slots=True)
class PairGold:
    articles: tuple[str, ...]
    same: frozenset[frozenset[str]]
    unsure: frozenset[frozenset[str]]


def load_pairs(data_dir: Path) -> PairGold:
    """The judged pairs and the articles they were judged over."""
    path = find(data_dir, "fakes", PAIRS_FILE)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        pairs = data["pairs"]
        return PairGold(
            articles=tuple(str(a) for a in data["articles"]),
            same=frozenset(
                frozenset((str(p["a"]), str(p["b"]))) for p in pairs if p["same"] and not p["unsure"]
            ),
            unsure=frozenset(frozenset((str(p["a"]), str(p["b"]))) for p in pairs if p["unsure"]),
        )
    except (OSError, ValueError, KeyError, TypeError) as e:
        raise EvaluationError(f"{path} is not a pair judgement file: {e}") from e


HALF_START = {"a": 0, "b": 1}
"""Where each half starts among the judged articles: half a holds the even positions, half b the odd ones."""
GROUPS = ("a", "b", "cross")


def pair_group(pair: frozenset[str], position: dict[str, int]) -> str:
    """'a' when both articles sit at even positions of the judged articles, 'b' when both sit at odd ones,
    else 'cross'."""
    parities = {position[x] % 2 for x in pair}
    return "cross" if len(parities) > 1 else ("a", "b")[parities.pop()]


def restrict(gold: PairGold, kept: set[str]) -> PairGold:
    """The judgements among the `kept` articles only (their order kept)."""
    return PairGold(
        articles=tuple(a for a in gold.articles if a in kept),
        same=frozenset(p for p in gold.same if p <= kept),
        unsure=frozenset(p for p in gold.unsure if p <= kept),
    )


def _prf(tp: int, predicted: int, gold: int) -> dict[str, float]:
    p = tp / predicted if predicted else 0.0
    r = tp / gold if gold else 0.0
    return {
        "precision": round(p, 4),
        "recall": round(r, 4),
        "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0,
    }


def score_together(
    incident_of: dict[str, str | None], gold: PairGold, position: dict[str, int] | None = None
) -> dict[str, Any]:
    """Precision, recall and F1 of "together" pairs over the gold's articles, overall and per group of pairs
    (`pair_group`; `position` is each article's place among all judged articles, by default its place in
    `gold.articles`)."""
    position = position or {a: i for i, a in enumerate(gold.articles)}
    counts = {h: {"tp": 0, "predicted": 0, "gold": 0} for h in ("all", *GROUPS)}
    for pair in gold.same:
        for h in ("all", pair_group(pair, position)):
            counts[h]["gold"] += 1
    for a, b in combinations(sorted(gold.articles), 2):
        pair = frozenset((a, b))
        if pair in gold.unsure or incident_of.get(a) is None or incident_of.get(a) != incident_of.get(b):
            continue
        for h in ("all", pair_group(pair, position)):
            counts[h]["predicted"] += 1
            counts[h]["tp"] += pair in gold.same
    out: dict[str, Any] = {}
    for h, c in counts.items():
        if h != "all" and not c["gold"] and not c["predicted"]:
            continue  # a group with no pairs (one half scored alone)
        prefix = "" if h == "all" else f"{h}_"
        for name, value in _prf(c["tp"], c["predicted"], c["gold"]).items():
            out[prefix + name] = value
    out["pairs_predicted"] = counts["all"]["predicted"]
    out["pairs_same"] = counts["all"]["gold"]
    return out


def outlets_listed(
    incidents: Iterable[dict[str, Any]], with_figures: set[tuple[str, str]]
) -> tuple[float | None, int]:
    """Share of incidents reported by several outlets in which every outlet whose article gives a figure for
    that incident (`with_figures`: (article id, the article's incident id) pairs) appears among the figures'
    claimants' articles; and how many such incidents there are. An article that gives figures only for another
    of its incidents gives none for this one."""
    hits = total = 0
    for incident in incidents:
        outlets: dict[str, set[str]] = {}
        giving_ids: set[str] = set()
        for article in incident["articles"]:
            outlets.setdefault(str(article["outlet"] or article["id"]), set()).add(article["id"])
            if (article["id"], article["incident"]) in with_figures:
                giving_ids.add(article["id"])
        if len(outlets) < 2:
            continue
        cited = {
            a for f in incident["figures"].values() for row in f["by_claimant"] for a in row["article_ids"]
        }
        giving = [ids for ids in outlets.values() if ids & giving_ids]
        if len(giving) < 2:
            continue
        total += 1
        hits += all(ids & cited for ids in giving)
    return (round(hits / total, 4) if total else None), total


def fakes_articles(docs: Sequence[Document], settings: Settings) -> list[Any]:
    """The articles as `harmwatch ingest` would read them: text, title, the outlet named by the set, the unit id
    as the input's own id. The set's coded governorate and date are not given to HarmWatch."""
    from harmwatch.ingest.text import make_article

    return [
        make_article(
            d.text, settings, title=d.title, outlet=d.gold.get("source"), input_id=d.id, source_id=d.id
        )
        for d in docs
    ]


def run_aggregate_eval(
    data_dir: str | None = None, limit: int | None = None, half: str | None = None
) -> dict[str, Any]:
    """Ingest the judged FA-KES articles (or one `half` of them, or their first `limit`) into a temporary
    store and score same-incident pairs."""
    from harmwatch.batch import extract_one
    from harmwatch.batch.ingest import IngestSummary, store_report
    from harmwatch.ingest import Failure
    from harmwatch.store import Filters, open_store
    from harmwatch.store.schema import agg_reports

    base = dataset_dir("fakes", data_dir)
    gold = load_pairs(base)
    position = {a: i for i, a in enumerate(gold.articles)}
    if half is not None:
        if half not in HALF_START:
            raise EvaluationError(f"unknown half {half!r}; choose one of {', '.join(HALF_START)}")
        gold = restrict(gold, set(gold.articles[HALF_START[half] :: 2]))
    wanted = set(gold.articles)
    docs = [d for d in load("fakes", base, "train") if d.id in wanted]
    if limit is not None:
        docs = docs[: max(limit, 0)]
        gold = restrict(gold, {d.id for d in docs})
    if not docs:
        raise EvaluationError("aggregate: none of the judged articles was found in fakes_train.jsonl")
    with tempfile.TemporaryDirectory(prefix="harmwatch-eval-") as tmp:
        store = open_store(f"sqlite:///{Path(tmp) / 'eval.db'}")
        summary = IngestSummary(store.start_run(["eval aggregate"]))
        with_figures: set[tuple[str, str]] = set()
        article_of: dict[str, str] = {}
        for doc, article in zip(docs, fakes_articles(docs, Settings()), strict=True):
            report = extract_one(article)
            if isinstance(report, Failure):
                continue
            # Inputs with one text are one article (one id, stored once): each input follows that article.
            article_of[doc.id] = str(report["article"]["id"])
            with_figures |= {
                (str(report["article"]["id"]), str(c["incident_id"]))
                for c in report["claims"]
                if c.get("incident_id")
            }
            store_report(store, report, summary)
        with store.connect() as conn:
            rows = conn.execute(
                agg_reports.select()
                .with_only_columns(agg_reports.c.article_id, agg_reports.c.incident_id)
                .where(agg_reports.c.main.is_(True))
            )
            by_article = {str(r.article_id): r.incident_id for r in rows}
        incident_of = {source: by_article.get(a) for source, a in article_of.items()}
        incidents = list(store.iter_aggregated_incidents(Filters()))
        store.close()
    share, multi = outlets_listed(incidents, with_figures)
    metrics: dict[str, Any] = {"dataset": "aggregate", "split": "train", "documents": len(docs)}
    if half is not None:
        metrics["half"] = half
    metrics.update(score_together(incident_of, gold, position))
    metrics.update({"incidents": len(incidents), "multi_outlet_incidents": multi, "outlets_listed": share})
    return metrics
