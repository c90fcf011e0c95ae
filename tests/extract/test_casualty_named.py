"""Counts of harm in the wordings of the eleventh round, one list per rule (each list's comments say what it
reads and what it must not). Sentences composed for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from harmwatch.records import Claim

ClaimsOf = Callable[[str], list[Claim]]


def _counts(claims: list[Claim]) -> list[tuple[str, int | None]]:
    return [(c.kind, c.count.low) for c in claims]


# The people named after those harmed and a copula, and the count that ends their list.
NAMED: list[tuple[str, list[tuple[str, int]]]] = [
    # the people named after those harmed and a copula
    ("Among the wounded were eight firefighters.", [("injured", 8)]),
    ("AMONG THE INJURED ARE FIVE STUDENTS FROM THE TECHNICAL SCHOOL.", [("injured", 5)]),
    ("The dead included six customs officers.", [("killed", 6)]),
    # a person named with an article is one of a list, not a count: the list readers take such persons
    ("Those hurt included 4 journalists and a driver.", [("injured", 4)]),
    ("He said the dead included a driver and a ticket seller.", []),
    ("Among those killed were two nurses.", [("killed", 2)]),
    ("The injured included three boys and two elderly women.", [("injured", 3), ("injured", 2)]),
    # the count that ends a list of those harmed
    (
        "THE WOUNDED WERE PEDRO LUNA, TOMAS VEGA, AND THREE OTHER MEN.",
        [("injured", 1), ("injured", 1), ("injured", 3)],
    ),
    ("The injured were Karl Benn, Ruth Oyelaran and four other people.", [("injured", 4)]),
    (
        "THE WOUNDED WERE 23-YEAR-OLD RAUL SOTO, 51-YEAR-OLD ELENA MARIN CRUZ, AND TWO OTHER MEN WHO WERE TAKEN AWAY.",
        [("injured", 1), ("injured", 1), ("injured", 2)],
    ),
    # an ordinal names one person, no count; each person of the list is one
    ("THE DEAD WERE 2ND LIEUTENANT OSCAR REYES AND A DRIVER.", [("killed", 1), ("killed", 1)]),
    # no list of those harmed: a clause of its own, or no copula after them
    ("The wounded were flown to the capital, where nine surgeons waited.", []),
    ("The attackers included three teenagers.", []),
    ("Among the guests were seven diplomats.", []),
]

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

# A time adjunct between a harm noun and its `of` object.
GOVERNED: list[tuple[str, list[tuple[str, int]]]] = [
    # a time adjunct between a harm noun and its `of` object
    ("They condemned the killing on Friday of four aid workers.", [("killed", 4)]),
    ("THE MURDER ON THE NIGHT OF 9 JUNE OF SIX MORE FARMERS SHOCKED THE REGION.", [("killed", 6)]),
    ("The death last month of two prison guards went unpunished.", [("killed", 2)]),
    # no harm noun before the adjunct
    ("The meeting on Friday of four ministers ended early.", []),
]


# A count with its wounds: "with" + a wound received.
WITH: list[tuple[str, list[tuple[str, int]]]] = [
    ("The shelling left 16 villagers with shrapnel wounds.", [("injured", 16)]),
    ("Twenty miners with severe burns were flown to the capital.", [("injured", 20)]),
    # no wound, or one that killed
    ("Police stopped 14 men with rifles.", []),
    ("Eleven people with fatal injuries were found in the rubble.", []),
]

# A count that receives or needs a wound's treatment itself.
NEEDED: list[tuple[str, list[tuple[str, int]]]] = [
    ("Seventeen students required hospital treatment.", [("injured", 17)]),
    ("SIX FIREMEN RECEIVED MEDICAL ATTENTION AT THE SCENE.", [("injured", 6)]),
    # care of any other kind, and treatment beside a death
    ("The 30 orphans needed care and shelter.", []),
    ("Nine families received food parcels.", []),
    ("Two guards died and 12 received treatment.", [("killed", 2)]),
]


@pytest.mark.parametrize(("text", "expected"), NAMED + WOUNDS + TREATED + GOVERNED + WITH + NEEDED)
def test_the_claims_of_each_wording(claims_of: ClaimsOf, text: str, expected: list[tuple[str, int]]) -> None:
    assert _counts(claims_of(text)) == expected
