"""Entity spans on re3d: the pipeline's doc.ents against gold entities, precision/recall/F1 per type.

Our labels map to re3d types: PERSON -> Person; ORG -> Organisation; NORP -> Nationality; GPE, LOC, FAC ->
Location; other labels are not scored, nor are gold types without a counterpart (Weapon, Temporal, ...). Gold
entities with confidence < 0.5 are dropped (one span may carry two types). Exact: same type and the same
character range; overlap: same type and ranges sharing >= 50% of the shorter. Precision counts predictions
with a matching gold entity, recall gold entities with a matching prediction; micro averages over the types.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from spacy.tokens import Doc

from harmwatch.evaluate.data import Document
from harmwatch.evaluate.matching import Aligner, f1, overlap_ok, ratio

LABELS = {
    "PERSON": "Person",
    "ORG": "Organisation",
    "NORP": "Nationality",
    "GPE": "Location",
    "LOC": "Location",
    "FAC": "Location",
}
TYPES = ("Person", "Organisation", "Nationality", "Location")
Entity = tuple[str, int, int]


def gold_entities(doc: Document) -> set[Entity]:
    """(type, start, end) of the confident gold entities of scored types."""
    return {
        (e["type"], e["begin"], e["end"])
        for e in doc.gold.get("entities") or []
        if e.get("type") in TYPES and (e.get("confidence") or 0) >= 0.5
    }


def predicted_entities(doc: Document, parsed: Doc) -> set[Entity]:
    """(type, start, end) in the gold text of the pipeline's entities of mapped labels."""
    same = parsed.text == doc.text
    aligner = None if same else Aligner(doc.text)
    out = set()
    for ent in parsed.ents:
        kind = LABELS.get(ent.label_)
        if kind is None:
            continue
        if aligner is None:
            out.add((kind, ent.start_char, ent.end_char))
        elif (rng := aligner.find(ent.text, ent.start_char)) is not None:
            out.add((kind, rng[0], rng[1]))
    return out


def _matches(a: Entity, b: Entity, exact: bool) -> bool:
    if a[0] != b[0]:
        return False
    if exact:
        return a[1:] == b[1:]
    return overlap_ok(set(range(a[1], a[2])), set(range(b[1], b[2])))


def score_entities(docs: Sequence[Document], parsed: Sequence[Doc]) -> dict[str, Any]:
    """Exact and overlap precision/recall/F1 per type and micro-averaged."""
    counts: dict[tuple[str, str], int] = {}
    for d, parsed_doc in zip(docs, parsed, strict=True):
        gold, pred = gold_entities(d), predicted_entities(d, parsed_doc)
        for kind in TYPES:
            g = [e for e in gold if e[0] == kind]
            q = [e for e in pred if e[0] == kind]
            counts[kind, "gold"] = counts.get((kind, "gold"), 0) + len(g)
            counts[kind, "pred"] = counts.get((kind, "pred"), 0) + len(q)
            for mode in ("exact", "overlap"):
                exact = mode == "exact"
                found = sum(any(_matches(x, y, exact) for y in q) for x in g)
                right = sum(any(_matches(y, x, exact) for x in g) for y in q)
                counts[kind, mode + "_found"] = counts.get((kind, mode + "_found"), 0) + found
                counts[kind, mode + "_right"] = counts.get((kind, mode + "_right"), 0) + right
    out: dict[str, Any] = {
        "gold_entities": sum(counts[k, "gold"] for k in TYPES),
        "pred_entities": sum(counts[k, "pred"] for k in TYPES),
    }
    for mode in ("exact", "overlap"):
        p = ratio(sum(counts[k, mode + "_right"] for k in TYPES), out["pred_entities"])
        r = ratio(sum(counts[k, mode + "_found"] for k in TYPES), out["gold_entities"])
        out.update({f"{mode}_precision": p, f"{mode}_recall": r, f"{mode}_f1": f1(p, r)})
    for kind in TYPES:
        key = kind.lower()
        out[f"{key}_gold"] = counts[kind, "gold"]
        for mode in ("exact", "overlap"):
            p = ratio(counts[kind, mode + "_right"], counts[kind, "pred"])
            r = ratio(counts[kind, mode + "_found"], counts[kind, "gold"])
            out[f"{key}_{mode}_f1"] = f1(p, r)
    return out
