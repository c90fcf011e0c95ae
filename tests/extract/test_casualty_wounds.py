"""Wounds told without a verb of wounding: a passive verb of a blow or a weapon with no result after it ("the
judge was shot"), not when it aims at no one ("shot at"), brings something down ("shot down") or its sentence
tells a death; the care a wound needs, told of one person ("is in critical condition", "was rushed to a
hospital"), not of the dead; a wound received ("suffered serious injuries", "have bullet wounds"), by one person or
a count, not when denied ("suffered no injuries") or fatal; "maim" is a verb of injury and "injury" a harm noun,
and a second harm noun after "and" is no person of a list; kinship nouns in the plural name people ("two of his
brothers"); a time ("at 1100 GMT") is no count between "along with" and the harm it shares; the body of a person
named by a title or role tells a death whatever verb follows; a count's predicate after a relative clause of up to
fourteen words; tens and units written as one word ("thirtythree"); a list of named victims in upper case with an
aside between it and its verb ("A and B, members of the patrol, were killed"), or a count at its end after a
copula ("the injured were A, B and two others"). Sentences composed for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from harmwatch.records import Claim

ClaimsOf = Callable[[str], list[Claim]]


def _counts(claims: list[Claim]) -> list[tuple[str, int | None]]:
    return [(c.kind, c.count.low) for c in claims]


SHAPES: list[tuple[str, list[tuple[str, int]]]] = [
    # a passive verb of a blow or a weapon, with no result: one person wounded
    ("The judge was shot near the court on Monday.", [("injured", 1)]),
    ("THE NOTARY, A FORMER TEACHER, WAS SHOT ON THURSDAY.", [("injured", 1)]),
    ("A teacher who was shot by two men remains at home.", [("injured", 1)]),
    ("The shopkeeper was stabbed outside his store.", [("injured", 1)]),
    ("A NIGHT WATCHMAN WAS BEATEN BY THE INTRUDERS.", [("injured", 1)]),
    # a result or a death in the sentence says more than a wound
    ("The trader was shot and killed outside his shop.", [("killed", 1)]),
    ("THE COURIER WAS SHOT DEAD AT DAWN.", [("killed", 1)]),
    ("The guard was shot in the chest and died the next day.", [("killed", 1)]),
    # fired at, or a thing brought down: no one hurt
    ("The convoy was shot at near the bridge.", []),
    ("A helicopter was shot down on Monday.", []),
    ("THE PATROL WAS SHOT AT FROM THE HILLS.", []),
    # a wound told by its care
    ("The engineer is in critical condition after the blast.", [("injured", 1)]),
    ("THE PRIEST IS STILL IN A SERIOUS CONDITION.", [("injured", 1)]),
    ("THE TREASURER HAS BEEN TAKEN TO A PROVINCIAL HOSPITAL.", [("injured", 1)]),
    ("A watchman was rushed to the military hospital by his colleagues.", [("injured", 1)]),
    ("The second casualty, a cook, is recovering at a field clinic.", [("injured", 1)]),
    ("THE FERRY CONDUCTOR IS RECOVERING FROM HER INJURIES.", [("injured", 1)]),
    ("The farmer is now in hospital.", [("injured", 1)]),
    ("The mayor was hospitalized on Friday.", [("injured", 1)]),
    ("A BYSTANDER IS RECEIVING EMERGENCY TREATMENT.", [("injured", 1)]),
    ("She is being treated at a clinic near the port.", [("injured", 1)]),
    # the wound and its care told of one person: one claim
    ("A guard was wounded and taken to the hospital.", [("injured", 1)]),
    # the dead are taken to hospitals too; things are in poor condition
    ("The minister was rushed to the hospital, where he died.", [("killed", 1)]),
    ("The body was taken to the hospital.", []),
    ("THE BRIDGE IS IN POOR CONDITION.", []),
    ("The economy is recovering from the war.", []),
    # a wound received
    ("THE CLERK RECEIVED THREE BULLET WOUNDS DURING THE ROBBERY.", [("injured", 1)]),
    ("The governor suffered serious injuries when the car exploded.", [("injured", 1)]),
    ("A porter sustained a head wound.", [("injured", 1)]),
    ("SIX PEOPLE HAVE SHRAPNEL WOUNDS.", [("injured", 6)]),
    ("Seven miners suffered minor injuries in the blast.", [("injured", 7)]),
    # denied, or fatal: no one hurt
    ("THE DRIVER SUFFERED NO INJURIES.", []),
    ("The courier suffered fatal wounds.", []),
    ("The courier suffered injuries and died later.", [("killed", 1)]),
    # maiming and injury
    ("A BOOBY TRAP MAIMED TWO SHEPHERDS.", [("injured", 2)]),
    ("Three herders were maimed by a mine.", [("injured", 3)]),
    ("A landmine maimed the farmer near the village.", [("injured", 1)]),
    ("The blast resulted in the injury of six people.", [("injured", 6)]),
    (
        "THE BISHOP MOURNED THE DEATH OF ANA PEREZ AND THE GRAVE INJURY OF MARIO LUNA.",
        [("killed", 1), ("injured", 1)],
    ),
    # kin in the plural
    ("THE RAIDERS KILLED A CUSTOMS INSPECTOR AND TWO OF HIS BROTHERS.", [("killed", 1), ("killed", 2)]),
    ("Gunmen killed a farmer and his two sons.", [("killed", 1), ("killed", 2)]),
    ("Her two daughters were wounded.", [("injured", 2)]),
    # a time is no count
    (
        "A TAX INSPECTOR WAS KILLED AT DAWN (1100 GMT) ON THE BRIDGE, ALONG WITH THREE DRIVERS.",
        [("killed", 1), ("killed", 3)],
    ),
    ("The judge was killed at 10 pm along with two of his guards.", [("killed", 1), ("killed", 2)]),
    ("Nine people were killed at 1100 GMT.", [("killed", 9)]),
    # the body of a titled person
    ("THE BODY OF COUNCILMAN JUAN PEREZ WILL LIE IN THE TOWN HALL UNTIL SUNDAY.", [("killed", 1)]),
    ("The body of Judge Ana Ruiz lies in state at the court.", [("killed", 1)]),
    ("THE BODY OF THE REPORT WAS PUBLISHED.", []),
    ("The governing body of the party met on Monday.", []),
    # a long relative clause
    (
        "TWO GUARDS WHO HAD BEEN WATCHING THE GATE OF THE GRAIN DEPOT SINCE NOON WERE HURT.",
        [("injured", 2)],
    ),
    ("Two women who had been working in the fields near the village were killed.", [("killed", 2)]),
    # tens and units in one word
    ("FORTYSIX MINERS WERE HURT WHEN THE SHAFT WAS BOMBED.", [("injured", 46)]),
    ("Twentyfive people were killed.", [("killed", 25)]),
    ("Twentyten people were killed.", []),
    # a list before an aside
    (
        "ANA PEREZ AND JOSE LUNA, MEMBERS OF A RIVER COOPERATIVE, WERE KIDNAPPED AND LATER KILLED.",
        [("abducted", 1), ("abducted", 1), ("killed", 1), ("killed", 1)],
    ),
    (
        "NURSES ROSA DIAZ, MARTA SOTO AND ELENA VEGA, ALL VOLUNTEERS, WERE KILLED ON THE ROAD.",
        [("killed", 1), ("killed", 1), ("killed", 1)],
    ),
    ("ANA PEREZ AND JOSE LUNA, BOTH TEACHERS, WERE WOUNDED.", [("injured", 1), ("injured", 1)]),
    # an aside that names no one more: no list before it
    ("THE BRIDGE, A LANDMARK OF THE TOWN, WAS DESTROYED.", []),
    # a list ending with a count: each person one, the count a claim of its own
    (
        "AMONG THE WOUNDED ARE PABLO RIOS, TERESA GIL AND FOUR STUDENTS.",
        [("injured", 1), ("injured", 1), ("injured", 4)],
    ),
    ("THE DEAD WERE ANA PEREZ, JOSE LUNA AND THREE CHILDREN.", [("killed", 1), ("killed", 1), ("killed", 3)]),
    ("THE MAYOR AND THREE GUARDS WERE KILLED.", [("killed", 1), ("killed", 3)]),
]


@pytest.mark.parametrize(("text", "expected"), SHAPES)
def test_the_claims_of_each_shape(claims_of: ClaimsOf, text: str, expected: list[tuple[str, int]]) -> None:
    assert _counts(claims_of(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Medics say 13 workers suffered minor injuries at the depot.",
        "By the evening 13 workers had suffered mainly minor wounds, the medics say.",
        "The clinic said 13 guests sustained largely light wounds.",
    ],
)
def test_a_wound_received_ends_the_count_before_it(claims_of: ClaimsOf, text: str) -> None:
    """The verb of receiving a wound is the count's predicate, never part of its noun ("minor" names a child only as
    a noun); an adverb that spreads the modifiers over the wounded may stand before them."""
    (claim,) = claims_of(text)
    assert (claim.kind, claim.count.low) == ("injured", 13)
    assert claim.count.as_written.split()[-1] in ("workers", "guests")
