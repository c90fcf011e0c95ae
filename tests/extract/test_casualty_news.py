"""Casualty wordings of real news that earlier rounds did not read, tested on sentences composed for these tests (other
names, places, numbers and wording than any news text): a count after "and" opened by a possessive or another
determiner shares the predicate of the coordination ("a woman and her three children were killed"); each count of a
list joined by commas shares the predicate after its last count ("four soldiers, two policemen and a civilian were
killed"; also where the text lost its commas), unless the list restates a count of people in general or a comma
closes it as an apposition; every count of a list after its verb carries the span of the whole list, so the toll adds
them all up ("killed 9 children, 6 women and 4 men"); an age before a noun ("a 13-year-old boy") is a modifier of it,
no count; nouns of kin ("a grandfather", "four nephews") name people; a reference mark glued to a word ("the
cell.[6]") is no count; a passive before a comma takes no count after the comma as its object ("five guards were
killed, three drivers ... wounded")."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from harmwatch.records import Claim

ClaimsOf = Callable[[str], list[Claim]]


def _counts(claims: list[Claim]) -> list[tuple[str, int | None, int | None]]:
    return sorted((c.kind, c.count.low, c.count.high) for c in claims)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a person and a count of people after a possessive: both harmed
        ("A woman and her three children were killed.", [("killed", 1, 1), ("killed", 3, 3)]),
        (
            "A farmer and his four daughters died when the shell hit their house.",
            [("killed", 1, 1), ("killed", 4, 4)],
        ),
        (
            "Two nurses and their 5 patients were wounded in the strike.",
            [("injured", 2, 2), ("injured", 5, 5)],
        ),
        ("A teacher and the 12 pupils in her class were injured.", [("injured", 1, 1), ("injured", 12, 12)]),
        ("THE ARMY KILLED A COMMANDER AND HIS 20 BODYGUARDS.", [("killed", 1, 1), ("killed", 20, 20)]),
        # a thing after the possessive is no victim, and a count with no predicate shares none
        ("A man and his two cars were hit.", []),
        ("A mother and her three sons left the village on Monday.", []),
    ],
)
def test_a_count_after_and_a_possessive_shares_the_predicate(
    claims_of: ClaimsOf, text: str, expected: list[tuple]
) -> None:
    assert _counts(claims_of(text)) == expected


def test_a_person_and_her_children_add_up_in_the_incident_toll(
    extract_text: Callable[..., dict[str, Any]],
) -> None:
    report = extract_text(
        "A woman and her five children were killed in an air strike on the village of Tel Marwa on Sunday."
    )
    assert report["incidents"][0]["casualties"]["killed"]["low"] == 6


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # each count of a list joined by commas shares the predicate after its last count
        (
            "Three soldiers, two border guards and a farmer were killed in the ambush.",
            [("killed", 1, 1), ("killed", 2, 2), ("killed", 3, 3)],
        ),
        (
            "Eight policemen, six soldiers, and 11 militants died in the fighting.",
            [("killed", 6, 6), ("killed", 8, 8), ("killed", 11, 11)],
        ),
        (
            "Two doctors, a driver and four guards were abducted on the road to Karsa.",
            [("abducted", 1, 1), ("abducted", 2, 2), ("abducted", 4, 4)],
        ),
        (
            "FIVE CHILDREN, THREE WOMEN AND TWO MEN WERE WOUNDED BY THE MORTAR FIRE.",
            [("injured", 2, 2), ("injured", 3, 3), ("injured", 5, 5)],
        ),
        # an apposition closed by a comma names the count before it again: no count of its own for that count
        ("Nine people, four women and five men, were killed.", [("killed", 4, 4), ("killed", 5, 5)]),
        # a count of things before a list of people is no victim
        ("Three checkpoints, two bases and 40 soldiers were captured.", [("detained", 40, 40)]),
    ],
)
def test_a_list_of_counts_shares_the_predicate_after_it(
    claims_of: ClaimsOf, text: str, expected: list[tuple]
) -> None:
    assert _counts(claims_of(text)) == expected


def test_a_list_of_counts_adds_up_in_the_incident_toll(extract_text: Callable[..., dict[str, Any]]) -> None:
    report = extract_text(
        "Six fighters, four soldiers and three civilians were killed when a car bomb exploded at a checkpoint near "
        "the town of Qarya on Friday."
    )
    assert report["incidents"][0]["casualties"]["killed"]["low"] == 13


@pytest.mark.parametrize(
    ("text", "total"),
    [
        ("Artillery fire on the village of Kafr Selma killed 9 children, 6 women and 4 men on Sunday.", 19),
        (
            "A suicide bomber at a checkpoint near Tal Hamra killed three soldiers, two policemen and a farmer.",
            6,
        ),
        (
            "Mortar shells on the market of Ain Sarra killed seven civilians, four fighters and two medics.",
            13,
        ),
    ],
)
def test_a_list_after_the_verb_adds_up_in_the_incident_toll(
    extract_text: Callable[..., dict[str, Any]], text: str, total: int
) -> None:
    assert extract_text(text)["incidents"][0]["casualties"]["killed"]["low"] == total


def test_every_count_of_a_list_after_the_verb_has_the_span_of_the_list(claims_of: ClaimsOf) -> None:
    text = "The raid killed 8 guards, 3 drivers and 2 cooks."
    spans = {text[c.span[0] : c.span[1]] for c in claims_of(text)}
    assert spans == {"killed 8 guards, 3 drivers and 2 cooks"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an age before a noun is a modifier of it, no count, and the count it sits in still reads
        ("Two guards and a 13-year-old boy were killed.", [("killed", 1, 1), ("killed", 2, 2)]),
        (
            "Five women, a 9-year-old girl and two men were injured.",
            [("injured", 1, 1), ("injured", 2, 2), ("injured", 5, 5)],
        ),
        ("The rocket killed four children and a 68-year-old man.", [("killed", 1, 1), ("killed", 4, 4)]),
        ("Three 16-year-old students were wounded by the sniper.", [("injured", 3, 3)]),
        (
            "Seven people, including an 8-year-old boy, died in the fire.",
            [("killed", 1, 1), ("killed", 7, 7)],
        ),
        # an age alone is no count
        ("The 45-year-old driver was questioned by the police.", []),
    ],
)
def test_an_age_before_the_noun_is_no_count(claims_of: ClaimsOf, text: str, expected: list[tuple]) -> None:
    assert _counts(claims_of(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # nouns of kin name people, as "mother" and "sons" already did
        ("The shelling killed a grandfather and his two nephews.", [("killed", 1, 1), ("killed", 2, 2)]),
        ("A grandmother and her three grandchildren died in the fire.", [("killed", 1, 1), ("killed", 3, 3)]),
        ("An uncle and his four nephews were wounded at the market.", [("injured", 1, 1), ("injured", 4, 4)]),
    ],
)
def test_a_noun_of_kin_names_a_victim(claims_of: ClaimsOf, text: str, expected: list[tuple]) -> None:
    assert _counts(claims_of(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a text that lost its commas still joins the counts of its list
        (
            "Six fighters four soldiers and a nurse were killed in the clashes near Umm Sahra.",
            [("killed", 1, 1), ("killed", 4, 4), ("killed", 6, 6)],
        ),
        # a list after a count of people in general names them again: an apposition, with commas or without
        ("Five people two women and three men were killed.", [("killed", 2, 2), ("killed", 3, 3)]),
        ("Five people, two women and three men were killed.", [("killed", 2, 2), ("killed", 3, 3)]),
    ],
)
def test_a_list_without_commas_and_an_apposition_of_people(
    claims_of: ClaimsOf, text: str, expected: list[tuple]
) -> None:
    assert _counts(claims_of(text)) == expected


def test_a_reference_mark_is_no_count(claims_of: ClaimsOf) -> None:
    text = "Abu Tarek supplied rifles to the cell.[6]\nTarek was killed in a raid by special forces.[7]\n"
    assert [(c.kind, c.count.low) for c in claims_of(text)] == [("killed", 1)]
    # an editor's figure in brackets stands apart from the word before it, and stays a count
    assert _counts(claims_of("Police said that [9] persons were wounded.")) == [("injured", 9, 9)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a passive's clause ends at the comma after it: the count after the comma has the harm after it
        (
            "Five guards were killed, three drivers and a nurse wounded.",
            [("injured", 1, 1), ("injured", 3, 3), ("killed", 5, 5)],
        ),
        # an active verb still reaches its object across no comma, and a part after the comma is still read
        ("The blast killed five guards and wounded three drivers.", [("injured", 3, 3), ("killed", 5, 5)]),
        ("Nine people were wounded, including two doctors.", [("injured", 2, 2), ("injured", 9, 9)]),
    ],
)
def test_a_passive_before_a_comma_has_no_object(
    claims_of: ClaimsOf, text: str, expected: list[tuple]
) -> None:
    assert _counts(claims_of(text)) == expected
