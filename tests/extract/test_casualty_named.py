"""Counts of harm in the wordings of the eleventh round, one list per rule (each list's comments say what it
reads and what it must not). Sentences composed for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from harmwatch.records import Claim

ClaimsOf = Callable[[str], list[Claim]]


def _counts(claims: list[Claim]) -> list[tuple[str, int | None]]:
    return [(c.kind, c.count.low) for c in claims]


# Wounds named by their kind: burns, fractures, bruises, cuts.
WOUNDS: list[tuple[str, list[tuple[str, int]]]] = [
    # wounds named by their kind
    ("Fourteen workers suffered burns in the fire at the depot.", [("injured", 14)]),
    ("Three guards suffered cuts and bruises.", [("injured", 3)]),
    ("Two passengers suffered fractures.", [("injured", 2)]),
    ("THE DRIVER SUFFERED CUTS ON HIS FACE.", [("injured", 1)]),
    ("She suffered severe burns to her hands.", [("injured", 1)]),
    # "cuts" with a modifier is a loss, not a wound
    ("Forty teachers suffered pay cuts this year.", []),
    ("Three people died of their burns.", [("killed", 3)]),
]

# The treatment of a named wound.
TREATED: list[tuple[str, list[tuple[str, int]]]] = [
    # the treatment of a wound
    ("Nine miners were treated for burns at the scene.", [("injured", 9)]),
    ("The governor was treated for gunshot wounds.", [("injured", 1)]),
    ("Nine miners were treated for exhaustion.", []),
]


@pytest.mark.parametrize(("text", "expected"), WOUNDS + TREATED)
def test_the_claims_of_each_wording(claims_of: ClaimsOf, text: str, expected: list[tuple[str, int]]) -> None:
    assert _counts(claims_of(text)) == expected
