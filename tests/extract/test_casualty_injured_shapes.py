"""Injured counts in shapes the grammar allows (injuries round): a possessive determines the count after a verb of
harm as an article does ("wounding its two passengers"); "hurt" before its object is a verb of wounding, as
"wounded" is ("the blast hurt 16 people"); "another" standing for a noun is the one person of a gapped passive, as
"a third" is ("a soldier was killed and another wounded"); a bare count after a wounding count's predicate with only
a degree left of its clause is wounded too ("three were slightly hurt and two seriously"); in "left 2 people dead
and injured 9 others" the verb after "and" takes a count of its own, so "dead" alone is the first count's harm; a focus adverb may stand between a verb of harm and its count ("injuring
only two people"), and an intensifier before a degree ("somewhat seriously wounded"); a bare "with" whose people have a participle of
harm of their own opens an absolute clause ("killed with two other guards and a driver injured"). Sentences composed for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from harmwatch.records import Claim

ClaimsOf = Callable[[str], list[Claim]]


def _counts(claims: list[Claim]) -> list[tuple[str, int | None]]:
    return [(c.kind, c.count.low) for c in claims]


POSSESSED: list[tuple[str, list[tuple[str, int]]]] = [
    # a possessive between the verb of harm and its count
    ("Militiamen fired on the minibus, wounding its two passengers.", [("injured", 2)]),
    ("A MILITIA SHOT AT THE VAN, INJURING ITS 12 PASSENGERS.", [("injured", 12)]),
    ("The blast wounded their three children.", [("injured", 3)]),
    ("Gunmen stopped the jeep, killing its four occupants.", [("killed", 4)]),
    ("THE SHELLING KILLED HIS TWO SONS.", [("killed", 2)]),
    # no count after the possessive, or a thing counted
    ("The raid destroyed its 3 tanks.", []),
    ("The shelling killed their 40 cows.", []),
]


@pytest.mark.parametrize(("text", "expected"), POSSESSED)
def test_a_possessive_before_the_count(
    claims_of: ClaimsOf, text: str, expected: list[tuple[str, int]]
) -> None:
    assert _counts(claims_of(text)) == expected


HURT: list[tuple[str, list[tuple[str, int]]]] = [
    # "hurt" with a count as its object, active or after another harm
    ("The grenade hurt 16 people at the bus stop.", [("injured", 16)]),
    ("THE EXPLOSION HURT AT LEAST 9, THE FIRE BRIGADE SAID.", [("injured", 9)]),
    ("The ambush killed 2 and hurt 7.", [("killed", 2), ("injured", 7)]),
    # its passive and participle were read already
    ("Sixteen porters were hurt in the blast.", [("injured", 16)]),
    # what is hurt is no count of people
    ("The curfew hurt morale among 300 recruits.", []),
    ("The grenade hurt no one.", []),
]


@pytest.mark.parametrize(("text", "expected"), HURT)
def test_hurt_before_its_object(claims_of: ClaimsOf, text: str, expected: list[tuple[str, int]]) -> None:
    assert _counts(claims_of(text)) == expected


ANOTHER: list[tuple[str, list[tuple[str, int]]]] = [
    # "another" shares the auxiliary of the passive before it and names one more person
    ("A sentry was killed and another wounded.", [("killed", 1), ("injured", 1)]),
    ("TWO GUARDS WERE SHOT DEAD AND ANOTHER SERIOUSLY INJURED.", [("killed", 2), ("injured", 1)]),
    ("A ranger was wounded and another killed near Osk.", [("injured", 1), ("killed", 1)]),
    # no passive before it: no gapped clause
    ("One rebel died, and another wounded.", [("killed", 1)]),
    ("Two rebels were killed and another convoy arrived.", [("killed", 2)]),
]


@pytest.mark.parametrize(("text", "expected"), ANOTHER)
def test_another_in_a_gapped_passive(claims_of: ClaimsOf, text: str, expected: list[tuple[str, int]]) -> None:
    assert _counts(claims_of(text)) == expected


DEGREE_ONLY: list[tuple[str, list[tuple[str, int]]]] = [
    # "and" or a comma, a bare count and a degree: the verb of wounding is gapped
    ("Medics said 3 porters were slightly wounded and 2 seriously.", [("injured", 3), ("injured", 2)]),
    ("FIVE RANGERS WERE SERIOUSLY WOUNDED AND 3 SLIGHTLY.", [("injured", 5), ("injured", 3)]),
    ("Eleven people were hurt, four critically, in the blast at Orsk.", [("injured", 11), ("injured", 4)]),
    ("Six were wounded, 2 slightly and 4 badly.", [("injured", 6), ("injured", 2), ("injured", 4)]),
    # no wound before it, or a clause of its own after the degree
    ("Three were killed, two brutally.", [("killed", 3)]),
    ("Nine people were hurt and 4 seriously needed surgery.", [("injured", 9)]),
]


@pytest.mark.parametrize(("text", "expected"), DEGREE_ONLY)
def test_a_count_with_only_its_degree_left(
    claims_of: ClaimsOf, text: str, expected: list[tuple[str, int]]
) -> None:
    assert _counts(claims_of(text)) == expected


STATE_AND_VERB: list[tuple[str, list[tuple[str, int]]]] = [
    # "dead and injured" split where the participle has a count of its own as object
    ("The mortar left 2 porters dead and injured 9 others.", [("killed", 2), ("injured", 9)]),
    ("THE AMBUSH LEFT 5 RANGERS DEAD AND WOUNDED 12 CIVILIANS.", [("killed", 5), ("injured", 12)]),
    # no count after it: killed or injured, as before
    ("The ambush left 30 rangers dead and wounded.", [("killed_or_injured", 30)]),
    ("Three people were killed or wounded 2 hours after the blast.", [("killed_or_injured", 3)]),
]


@pytest.mark.parametrize(("text", "expected"), STATE_AND_VERB)
def test_a_participle_with_its_own_object_after_and(
    claims_of: ClaimsOf, text: str, expected: list[tuple[str, int]]
) -> None:
    assert _counts(claims_of(text)) == expected


FOCUS: list[tuple[str, list[tuple[str, int]]]] = [
    # "only" or "just" between the verb of harm and its count
    ("A car bomb went off near the dock, injuring only two people.", [("injured", 2)]),
    ("THE SHELLING WOUNDED JUST FOUR SOLDIERS.", [("injured", 4)]),
    ("The raid killed only one guard.", [("killed", 1)]),
    # a thing counted after it
    ("The drone strike destroyed only two tanks.", []),
]


@pytest.mark.parametrize(("text", "expected"), FOCUS)
def test_a_focus_adverb_before_the_count(
    claims_of: ClaimsOf, text: str, expected: list[tuple[str, int]]
) -> None:
    assert _counts(claims_of(text)) == expected


INTENSIFIED: list[tuple[str, list[tuple[str, int]]]] = [
    # an intensifier grades the degree before the participle
    ("Four had minor cuts, while three were somewhat seriously wounded.", [("injured", 3)]),
    ("FIVE PORTERS WERE VERY BADLY HURT IN THE BLAST.", [("injured", 5)]),
    ("Two rangers were killed and another very seriously hurt.", [("killed", 2), ("injured", 1)]),
    # no participle of harm after it
    ("Ten people were quite happy.", []),
]


@pytest.mark.parametrize(("text", "expected"), INTENSIFIED)
def test_an_intensifier_before_the_degree(
    claims_of: ClaimsOf, text: str, expected: list[tuple[str, int]]
) -> None:
    assert _counts(claims_of(text)) == expected


ABSOLUTE: list[tuple[str, list[tuple[str, int]]]] = [
    # "with", people and their own participle: the people take that harm
    (
        "Six guards were killed with two other soldiers and a driver injured.",
        [("killed", 6), ("injured", 2), ("injured", 1)],
    ),
    ("FOUR FARMERS DIED WITH TWO NURSES WOUNDED.", [("killed", 4), ("injured", 2)]),
    # no participle of their own, or one after a mark: the harm before "with"
    ("Two guards were killed with three others.", [("killed", 2), ("killed", 3)]),
    (
        "The colonel was killed with three of his guards, police said two were wounded.",
        [("killed", 1), ("killed", 3), ("injured", 2)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ABSOLUTE)
def test_an_absolute_clause_after_with(
    claims_of: ClaimsOf, text: str, expected: list[tuple[str, int]]
) -> None:
    assert _counts(claims_of(text)) == expected
