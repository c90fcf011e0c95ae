"""Injured counts told without a verb of wounding (tenth round): the passive of a verb of a blow or a weapon told
of a count ("three farmers were shot") is a wound, as it is for one person, unless a killing follows it, it aims
at no one or its sentence tells a death; a part of a count ("30 men and 12 of them were killed") lends the count
no predicate; the care a wound needs told of a count ("12 people were taken to hospital", "five guards are in
critical condition") is a wound, unless its sentence tells a death; so is "beat him up". Sentences composed for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from harmwatch.records import Claim

ClaimsOf = Callable[[str], list[Claim]]


def _counts(claims: list[Claim]) -> list[tuple[str, int | None]]:
    return [(c.kind, c.count.low) for c in claims]


SHAPES: list[tuple[str, list[tuple[str, int]]]] = [
    # a count shot, stabbed or beaten with no result: wounded
    ("Three farmers were shot on Monday.", [("injured", 3)]),
    ("THREE FARMERS WERE SHOT BY UNKNOWN GUNMEN.", [("injured", 3)]),
    ("Two guards were stabbed outside the depot, the police said.", [("injured", 2)]),
    ("Forty marchers were beaten by riot police.", [("injured", 40)]),
    ("Six men had been shot in the legs.", [("injured", 6)]),
    # a killing after it, or a death in its sentence, says more than a wound
    ("Three farmers were shot dead.", [("killed", 3)]),
    ("Three farmers were shot and killed on Monday.", []),
    ("Four people were shot and one of them later died.", [("killed", 1)]),
    # aimed at no one, or a thing brought down
    ("Five soldiers were shot at near the bridge.", []),
    ("Two aircraft were shot down.", []),
    # a part of a count ("12 of them") is no count beside it: its predicate is its own
    ("Troops rounded up 30 men and 12 of them were later killed.", [("killed", 12)]),
    ("A woman and three of her children were killed.", [("killed", 1), ("killed", 3)]),
    # the care a wound needs told of a count: wounded
    ("Twelve villagers were taken to hospital after the blast.", [("injured", 12)]),
    ("SEVEN PASSENGERS WERE RUSHED TO A MILITARY HOSPITAL.", [("injured", 7)]),
    ("Ten soldiers were flown to a field clinic.", [("injured", 10)]),
    ("Five guards are in critical condition.", [("injured", 5)]),
    ("Twenty people were being treated at a clinic near the port.", [("injured", 20)]),
    ("Four people were injured and taken to hospital.", [("injured", 4)]),
    # the dead are taken to hospitals too; a place of no care; a count held, not treated
    ("The bodies of 12 people were taken to the hospital.", [("killed", 12)]),
    ("Twelve people were taken to hospital, where three died.", [("killed", 3)]),
    ("Twelve people were taken to the police station.", []),
    ("Twenty people were being held at a camp.", []),
    # "beat" with the particle "up" and a pronoun object: a wound, unless a death is told
    ("The soldiers beat him up and left.", [("injured", 1)]),
    ("THE SOLDIERS BEAT HIM UP, ACCUSING HIM OF THEFT.", [("injured", 1)]),
    ("Two men were beating her up when the police arrived.", [("injured", 1)]),
    ("They beat him up and then killed him.", [("killed", 1)]),
    ("The soldiers beat him in the final.", []),
    ("Four students were beaten up by the guards.", [("injured", 4)]),
]


@pytest.mark.parametrize(("text", "expected"), SHAPES)
def test_the_claims_of_each_shape(claims_of: ClaimsOf, text: str, expected: list[tuple[str, int]]) -> None:
    assert _counts(claims_of(text)) == expected
