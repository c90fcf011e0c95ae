"""Verb shapes of a casualty statement: a count raised by a passive verb of saying or believing ("are estimated to
have been killed"); a verb and the result after it that make it a killing ("was gunned down", "were shot dead"),
in a list as for one person; "as well as" coordinates as "and" does; an active perfect ("have killed") keeps its
object list; nationals in the plural are people; "executed 20 detainees" is a killing. Sentences composed for
these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from harmwatch.extract.casualties.numbers import words_of
from harmwatch.records import Claim

ClaimsOf = Callable[[str], list[Claim]]


def _counts(claims: list[Claim]) -> list[tuple[str, int | None]]:
    return [(c.kind, c.count.low) for c in claims]


SHAPES: list[tuple[str, list[tuple[str, int]]]] = [
    # a count raised by a verb of saying or believing
    ("Some 300 people are estimated to have been killed in the raids.", [("killed", 300)]),
    ("More than 40 villagers are understood to have died in the fire.", [("killed", 41)]),
    ("Nine officers were presumed to have been wounded.", [("injured", 9)]),
    ("Six guards are likely to have been killed in the ambush.", [("killed", 6)]),
    # a verb with the result that makes it a killing
    ("The mayor was gunned down by two men on a motorbike.", [("killed", 1)]),
    ("THE LAWYER, 50, WAS GUNNED DOWN NEAR HIS HOME.", [("killed", 1)]),
    ("Ana Ruiz and Luis Mora were gunned down outside the court.", [("killed", 1), ("killed", 1)]),
    ("THE MAYOR AND HIS DRIVER WERE GUNNED DOWN BY TWO MEN.", [("killed", 1), ("killed", 1)]),
    ("THE JUDGE AND THE PROSECUTOR WERE SHOT DEAD.", [("killed", 1), ("killed", 1)]),
    ("Three workers were mowed down by machine-gun fire.", [("killed", 3)]),
    # ... and its active voice, the object after the particle
    ("Gunmen gunned down the mayor outside his office.", [("killed", 1)]),
    ("Gunmen gunned down three farmers.", [("killed", 3)]),
    ("Soldiers mowed down 40 protesters.", [("killed", 40)]),
    # as well as coordinates like and
    ("Gunmen killed a judge as well as two of his guards.", [("killed", 1), ("killed", 2)]),
    ("THE BOMB KILLED A POLICEMAN AS WELL AS FOUR CIVILIANS.", [("killed", 1), ("killed", 4)]),
    ("Twelve soldiers as well as three civilians were killed.", [("killed", 12), ("killed", 3)]),
    ("The strike killed 12 fighters as well as 4 civilians.", [("killed", 12), ("killed", 4)]),
    # an active perfect has an object list ...
    (
        "THE REBELS HAVE KILLED THE MAYOR OF A SMALL TOWN AND THREE FARMERS.",
        [("killed", 1), ("killed", 3)],
    ),
    # ... a passive has none: the count after it has a clause of its own
    ("A GUARD WAS KILLED, AND FOUR OTHERS WERE HURT.", [("killed", 1), ("injured", 4)]),
    # the plural noun of a registry demonym names people ...
    ("The rebels killed seven farmers, including four Peruvians.", [("killed", 7), ("killed", 4)]),
    ("THE BOMB KILLED NINE PEOPLE, INCLUDING TWO CANADIANS.", [("killed", 9), ("killed", 2)]),
    (
        "The raid killed a priest, two guards and three Italians.",
        [("killed", 1), ("killed", 2), ("killed", 3)],
    ),
    # ... its adjective does not
    ("Two Canadian jeeps were destroyed and nobody was hurt.", []),
    # a harm verb before a count tells what was done to people its noun says were held ...
    ("The militia executed 20 detainees.", [("killed", 20)]),
    ("The militia executed 20 hostages on Sunday.", [("killed", 20)]),
    # ... without one, the noun's status is the claim
    ("Twenty detainees were freed.", [("detained", 20)]),
    ("Gunmen killed 3 guards and kidnapped 20 hostages.", [("killed", 3), ("abducted", 20)]),
]


@pytest.mark.parametrize(("text", "expected"), SHAPES)
def test_the_claims_of_each_shape(claims_of: ClaimsOf, text: str, expected: list[tuple[str, int]]) -> None:
    assert _counts(claims_of(text)) == expected


def test_an_estimated_count_keeps_its_qualifier(claims_of: ClaimsOf) -> None:
    (claim,) = claims_of("An estimated 300 people were killed.")
    assert (claim.kind, claim.count.low, claim.count.qualifier) == ("killed", 300, "about")


def test_a_listed_killing_shares_one_span(claims_of: ClaimsOf) -> None:
    first, second = claims_of("THE JUDGE AND THE PROSECUTOR WERE SHOT DEAD.")
    assert first.span == second.span


def test_as_well_as_keeps_the_offsets_of_its_words() -> None:
    text = "the mayor, as well as two guards"
    words = words_of(text)
    joined = next(w for w in words if w.text == "and")
    assert text[joined.start : joined.end] == "as well as"
    assert [w.text for w in words][-2:] == ["two", "guards"]
