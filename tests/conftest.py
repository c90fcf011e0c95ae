"""Shared fixtures: one spaCy pipeline per session, and the reference data in ../shared when present."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("HARMWATCH_SHARED", ROOT.parent / "shared"))
EXAMPLES = ROOT / "examples"


@pytest.fixture(scope="session")
def nlp():
    from harmwatch.nlp import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def shared() -> Path:
    if not (SHARED / "SCHEMA.md").exists():
        pytest.skip(f"reference data not found at {SHARED} (set HARMWATCH_SHARED); skipping")
    return SHARED


@pytest.fixture(scope="session")
def extract_text(nlp):
    """A function: text (and optional metadata) -> report dict, through the whole pipeline."""
    from harmwatch.config import Settings
    from harmwatch.extract import extract_article
    from harmwatch.ingest.text import make_article
    from harmwatch.records import report_to_dict

    def run(text: str, **meta: Any) -> dict[str, Any]:
        return report_to_dict(extract_article(make_article(text, Settings(), **meta), nlp))

    return run


@pytest.fixture(scope="session")
def seed_report(shared, extract_text):
    """The report of the reference article and its gold annotation."""
    gold = json.loads((shared / "gold" / "aleppo-2016-10-31.json").read_text(encoding="utf-8"))
    text = (shared / gold["article"]).read_text(encoding="utf-8")
    return extract_text(text), gold
