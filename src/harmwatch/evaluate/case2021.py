"""CASE 2021 task 2 metrics, as the scorer defines them: the sub-type of each snippet's first incident.

- sub_event_acc / sub_event_macro_f1 (over the gold classes present) on the 25 ACLED sub-types;
  event_type_acc: the first incident's event type; no_incident: conflict snippets left without incident.
- unseen_no_incident: the share of non-conflict snippets (disasters, crime, diplomacy, attribution) left
  without incident, which is what they should get.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from harmwatch.evaluate import maps
from harmwatch.evaluate.data import Document
from harmwatch.evaluate.matching import Report, first_incident, ratio


def macro_f1(gold: Sequence[str], pred: Sequence[str | None]) -> float:
    """Mean F1 over the classes present in `gold` (unrounded)."""
    f1s = []
    for c in sorted(set(gold)):
        tp = sum(g == p == c for g, p in zip(gold, pred, strict=True))
        fp = sum(p == c != g for g, p in zip(gold, pred, strict=True))
        fn = sum(g == c != p for g, p in zip(gold, pred, strict=True))
        f1s.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return sum(f1s) / len(f1s) if f1s else 0.0


def score_case2021(docs: Sequence[Document], reports: Sequence[Report]) -> dict[str, Any]:
    """Sub-type accuracy and macro-F1 of the first incident, and no incident for non-conflict snippets."""
    gold: list[str] = []
    pred: list[str | None] = []
    unseen = unseen_none = 0
    for d, r in zip(docs, reports, strict=True):
        code, inc = d.gold["sub_type"], first_incident(r)
        if code in maps.CASE2021_UNSEEN:
            unseen += 1
            unseen_none += not inc
        else:
            gold.append(maps.CASE2021[code])
            pred.append(inc.get("sub_event_type"))
    pairs = list(zip(gold, pred, strict=True))
    event_ok = sum(maps.EVENT_TYPE.get(p or "") == maps.EVENT_TYPE[g] for g, p in pairs)
    n_classes = len(set(gold))
    return {
        "snippets": len(gold),
        "sub_event_acc": ratio(sum(g == p for g, p in pairs), len(gold)),
        "sub_event_macro_f1": round(macro_f1(gold, pred), 4) if n_classes else None,
        "event_type_acc": ratio(event_ok, len(gold)),
        "no_incident": ratio(sum(p is None for p in pred), len(gold)),
        "unseen_snippets": unseen,
        "unseen_no_incident": ratio(unseen_none, unseen),
    }
