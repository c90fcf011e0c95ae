"""Verb shapes of a casualty statement: a count raised by a passive verb of saying or believing ("are estimated to
have been killed"). Sentences composed for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from harmwatch.records import Claim

ClaimsOf = Callable[[str], list[Claim]]


def _counts(claims: list[Claim]) -> list[tuple[str, int | None]]:
    return [(c.kind, c.count.low) for c in claims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Some 300 people are estimated to have been killed in the raids.", [("killed", 300)]),
        ("More than 40 villagers are understood to have died in the fire.", [("killed", 41)]),
        ("Nine officers were presumed to have been wounded.", [("injured", 9)]),
        ("Six guards are likely to have been killed in the ambush.", [("killed", 6)]),
    ],
)
def test_a_count_raised_by_a_verb_of_saying_or_believing(
    claims_of: ClaimsOf, text: str, expected: list[tuple[str, int]]
) -> None:
    assert _counts(claims_of(text)) == expected


def test_an_estimated_count_keeps_its_qualifier(claims_of: ClaimsOf) -> None:
    (claim,) = claims_of("An estimated 300 people were killed.")
    assert (claim.kind, claim.count.low, claim.count.qualifier) == ("killed", 300, "about")
