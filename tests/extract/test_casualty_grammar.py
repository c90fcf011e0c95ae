"""Casualty counts in wordings read by general rules of English grammar, on sentences composed for these tests, with
commas and without (text that lost its commas reads as it does with them)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from harmwatch.extract.incidents.claims import tally
from harmwatch.records import Claim

ClaimsOf = Callable[[str], list[Claim]]


def _counts(claims: list[Claim]) -> list[tuple[str, int | None, int | None]]:
    return sorted((c.kind, c.count.low, c.count.high) for c in claims)


def _toll(claims: list[Claim], kind: str = "killed") -> int | None:
    counted = tally(claims).get(kind)
    return counted.low if counted is not None else None


@pytest.mark.parametrize(
    "text",
    [
        "Two soldiers were killed at least 12 others\n\nWounded civilians were taken to hospital.",
        "Three guards were killed 14 more\n\nHave the officials said anything?",
    ],
)
def test_a_passive_closes_on_a_verb_of_the_counts_own_sentence_only(claims_of: ClaimsOf, text: str) -> None:
    """A count after a passive opens a clause of its own only when its own sentence gives it a verb: the first word
    of the next paragraph ("Wounded", "Have") is no verb of the count at the end of a headline line."""
    claims = claims_of(text)
    assert len([c for c in claims if c.kind == "killed"]) == 2
