"""Counts a recall audit found unread: a passive with "get" ("five people got injured"). Sentences composed for
these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from harmwatch.records import Claim

ClaimsOf = Callable[[str], list[Claim]]


def _counts(claims: list[Claim]) -> list[tuple[str, int | None]]:
    return [(c.kind, c.count.low) for c in claims]


SHAPES: list[tuple[str, list[tuple[str, int]]]] = [
    # "get" as the auxiliary of a passive, after a count and its noun
    (
        "A driver was killed and six other passengers got injured when the bus hit a mine near Varden.",
        [("killed", 1), ("injured", 6)],
    ),
    ("Three guards got killed in the raid on the depot.", [("killed", 3)]),
    ("Police said 14 people have gotten hurt in the crush at the gate.", [("injured", 14)]),
    ("Dozens of marchers get wounded whenever the troops open fire.", [("injured", 24)]),
]


@pytest.mark.parametrize(("text", "expected"), SHAPES)
def test_the_claims_of_each_shape(claims_of: ClaimsOf, text: str, expected: list[tuple[str, int]]) -> None:
    assert _counts(claims_of(text)) == expected


def test_a_count_before_get_keeps_its_span(claims_of: ClaimsOf) -> None:
    text = "Eleven miners got hurt in the blast."
    (claim,) = claims_of(text)
    assert text[claim.span[0] : claim.span[1]] == "Eleven miners got hurt"
