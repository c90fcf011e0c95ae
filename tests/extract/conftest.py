"""Fixtures shared by the extraction tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from harmwatch.config import Settings
from harmwatch.extract.casualties.claims import extract_claims
from harmwatch.ingest.text import make_article
from harmwatch.nlp import parse
from harmwatch.records import Claim


@pytest.fixture(scope="module")
def claims_of(nlp) -> Callable[[str], list[Claim]]:
    """Text -> its casualty claims (no quotes, statements, places or times around them)."""

    def run(text: str) -> list[Claim]:
        return extract_claims(parse(make_article(text, Settings()), nlp), [], [], [], [])

    return run
