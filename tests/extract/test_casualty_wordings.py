"""Wordings of a toll or an injury count read from their grammar and the word tables: "the martyrdom of N" is a
noun of harm like "the death of N". Sentences composed for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from harmwatch.records import Claim

ClaimsOf = Callable[[str], list[Claim]]


def _counts(claims: list[Claim]) -> list[tuple[str, int | None, int | None]]:
    return sorted((c.kind, c.count.low, c.count.high) for c in claims)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "martyrdom" is a noun of harm whose `of` object is the victim, as "death" is
        ("The rocket attack led to the martyrdom of three civilians.", [("killed", 3, 3)]),
        (
            "The shelling resulted in the martyrdom of four villagers and the injury of nine others.",
            [("injured", 9, 9), ("killed", 4, 4)],
        ),
        ("The martyrdom of 12 soldiers was announced on Tuesday.", [("killed", 12, 12)]),
        ("They mourned the martyrdom of Sheikh Omar Zayed.", [("killed", 1, 1)]),
        # no victim named after it: no claim
        ("The group marked the anniversary of the martyrdom of its founder.", []),
    ],
)
def test_martyrdom_is_a_noun_of_harm(claims_of: ClaimsOf, text: str, expected: list[tuple]) -> None:
    assert _counts(claims_of(text)) == expected
