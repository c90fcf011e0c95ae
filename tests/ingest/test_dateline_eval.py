"""The dateline reader on the raw texts of FA-KES and MUC-4: how many datelines it reads, and how many right."""

from __future__ import annotations

from harmwatch.evaluate.data import load
from harmwatch.ingest.dateline import find_dateline
from harmwatch.ingest.text import clean_text

# Measured on the whole FA-KES train split (640): a dateline in 627, equal to the gold date in 445 (the gold
# is the incident's date, mostly the article's day); MUC-4 dev (200): 184 ("NO DATE" in the other 16).
# Set a little below.


def test_fakes_datelines(shared) -> None:
    docs = load("fakes", shared / "eval", "train")
    found = [(find_dateline(clean_text(d.text)), d.gold["date"]) for d in docs]
    read = [(f.value.date().isoformat(), gold) for f, gold in found if f is not None]
    assert len(read) >= 0.97 * len(docs)
    assert sum(day == gold for day, gold in read) >= 0.68 * len(docs)


def test_muc4_datelines(shared) -> None:
    docs = load("muc4", shared / "eval", "dev")
    found = [find_dateline(clean_text(d.text)) for d in docs]
    assert sum(f is not None for f in found) >= 0.9 * len(docs)
    assert all(f is None or 1985 <= f.value.year <= 1995 for f in found)
