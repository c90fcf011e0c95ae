"""Casualty counts on fixed samples of the evaluation sets: is the gold number among the claims?"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from harmwatch.config import Settings
from harmwatch.extract.casualties.claims import extract_claims
from harmwatch.ingest.text import make_article
from harmwatch.nlp import parse
from harmwatch.records import Claim

SAMPLE = 80


def _numbers(claims: list[Claim], kind: str) -> set[int]:
    """Every bound of the claims of one kind; 'more than 120' also offers the 120 it was written as."""
    out: set[int] = set()
    for c in claims:
        if c.kind == kind:
            out.update(v for v in (c.count.low, c.count.high) if v is not None)
            if c.count.qualifier == "more_than" and c.count.low is not None:
                out.add(c.count.low - 1)
    return out


def _claims(text: str, nlp) -> list[Claim]:
    return extract_claims(parse(make_article(text, Settings()), nlp), [], [], [], [])


@pytest.mark.slow
def test_fakes_killed_count_among_claims(shared: Path, nlp) -> None:
    rows = []
    with open(shared / "eval" / "fakes" / "fakes_train.jsonl", encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            if (
                row.get("original_split") == "train"
                and int(row["nb_civilians"]) + int(row["nb_noncivilians"]) > 0
            ):
                rows.append(row)
            if len(rows) == SAMPLE:
                break
    found = sum(
        int(r["nb_civilians"]) + int(r["nb_noncivilians"]) in _numbers(_claims(r["text"], nlp), "killed")
        for r in rows
    )
    # measured 0.95 on this sample
    assert found / len(rows) >= 0.9


@pytest.mark.slow
def test_muc4_deaths_among_claims(shared: Path, nlp) -> None:
    sys.path.insert(0, str(shared / "eval" / "scorer"))
    try:
        import events  # the project's scorer: its reading of MUC-4 templates
    finally:
        sys.path.pop(0)
    total = found = 0
    with open(shared / "eval" / "muc4" / "muc4_tst1.jsonl", encoding="utf-8") as f:
        docs = [json.loads(line) for line in f][:SAMPLE]
    for doc in docs:
        items = events.muc_gold(doc)[2]
        if not items:
            continue
        claims = _claims(doc.get("text_mixed_case") or doc["text"], nlp)
        killed, injured = _numbers(claims, "killed"), _numbers(claims, "injured")
        for kind, nums in items:
            total += 1
            found += bool(nums & (killed if kind == "DEATH" else injured))
    # measured 0.73 on this sample
    assert found / total >= 0.66
