"""A count's harm told by a later verb: the object of a first verb harmed through a pronoun ("rounded up 14 farmers
and executed them"). Sentences composed for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from harmwatch.extract.incidents.claims import tally
from harmwatch.records import Claim

ClaimsOf = Callable[[str], list[Claim]]


def _kinds(claims: list[Claim]) -> list[tuple[str, int | None]]:
    return [(c.kind, c.count.low) for c in claims if c.count.low != 1]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Militiamen rounded up 14 farmers and executed them.", [("killed", 14)]),
        ("Soldiers rounded up 14 farmers in the village and then shot them dead.", [("killed", 14)]),
        ("The rebels seized the 12 passengers and beheaded them all.", [("killed", 12)]),
        ("The guards dragged 5 prisoners into the yard and beat them to death.", [("killed", 5)]),
        # the first verb's status is a claim of its own
        ("The gunmen abducted six engineers and later killed them.", [("killed", 6), ("abducted", 6)]),
        ("Rebels captured 20 soldiers and wounded them.", [("injured", 20), ("detained", 20)]),
    ],
)
def test_a_count_harmed_through_a_pronoun_by_a_later_verb(
    claims_of: ClaimsOf, text: str, expected: list[tuple[str, int]]
) -> None:
    claims = claims_of(text)
    assert _kinds(claims) == expected
    harm = claims[0]
    # the claim runs from the first verb to the harm done to "them"
    assert text[harm.span[0] : harm.span[1]].split()[-1] in ("them", "dead", "death", "all")
    assert tally(claims)[expected[0][0]].low == expected[0][1]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Guards beat 4 prisoners and threw them into a cell.", []),
        ("Police arrested 14 farmers and released them on Sunday.", [("detained", 14)]),
        ("The army killed 14 fighters and buried them.", [("killed", 14)]),
        # a new subject after a comma: the pronoun's verb is no later verb of the first one's subject
        ("The militia rounded up 30 men, and soldiers executed them.", []),
        # the part's own predicate (a wound, tenth round) is the part's alone
        ("Troops rounded up 30 men and 12 of them were later shot.", [("injured", 12)]),
    ],
)
def test_a_later_verb_without_harm_on_the_count(
    claims_of: ClaimsOf, text: str, expected: list[tuple[str, int]]
) -> None:
    assert _kinds(claims_of(text)) == expected
