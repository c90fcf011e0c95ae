"""Victims listed one by one: each conjunct that names one person is one victim (a count of 1 each), read off
the parse's conjuncts in mixed-case text and off commas and "and" in upper-case wire copy."""

from __future__ import annotations

import pytest

from harmwatch.extract.casualties.lists import find_listed_victims
from harmwatch.extract.casualties.numbers import words_of
from harmwatch.extract.casualties.single import find_harm_of_one


def _listed(text: str) -> list[tuple[str, str]]:
    return [(kind, text[v[0] : v[1]]) for kind, v, _span in find_listed_victims(words_of(text), text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a passive list of names, with the serial comma
        (
            "POLICE SAID THAT ANA RUIZ, TOMAS VEGA, AND LUIS MORA WERE KILLED NEAR THE BORDER.",
            [("killed", "ANA RUIZ"), ("killed", "TOMAS VEGA"), ("killed", "LUIS MORA")],
        ),
        # roles, each one person; "have been"
        (
            "AFTER THE CLASH THE MAYOR AND HIS DRIVER HAVE BEEN WOUNDED.",
            [("injured", "THE MAYOR"), ("injured", "HIS DRIVER")],
        ),
        # the object list of a harm verb; titles inside the names
        (
            "GUNMEN KILLED JUDGE CARLOS ORTEGA AND SENATOR INES VIDAL IN THE CAPITAL.",
            [("killed", "JUDGE CARLOS ORTEGA"), ("killed", "SENATOR INES VIDAL")],
        ),
        # where the list begins is not marked: the first conjunct loses the words that name no person
        (
            "AS A RESULT OF THE RAID VEGA, ANA RUIZ, AND LUIS MORA WERE SHOT TO DEATH.",
            [("killed", "VEGA"), ("killed", "ANA RUIZ"), ("killed", "LUIS MORA")],
        ),
        # the harm's people named after a copula; a role after a comma behind a name is its apposition
        (
            "THE INJURED WERE PEDRO SOLIS, A TAXI DRIVER, AND ANA RUIZ.",
            [("injured", "PEDRO SOLIS"), ("injured", "ANA RUIZ")],
        ),
        ("ALSO KILLED WERE THE MAYOR AND A POLICEMAN.", [("killed", "THE MAYOR"), ("killed", "A POLICEMAN")]),
        # a name beside a count of others: the name is one victim, the count is the count rules' own
        ("IN THE ATTACK PEDRO SOLIS AND 12 OTHERS WERE KILLED.", [("killed", "PEDRO SOLIS")]),
    ],
)
def test_a_list_of_named_victims_in_upper_case_text(text: str, expected: list[tuple[str, str]]) -> None:
    assert _listed(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "TWO SOLDIERS AND A CIVILIAN WERE KILLED.",  # a count: found by the count rules
        "GUERRILLAS AND SOLDIERS WERE KILLED.",  # plurals
        "THE REBELS SHELLED CALI AND MEDELLIN AND KILLED NOBODY.",  # no harm verb over the list
        "POLICE AND SOLDIERS WERE WOUNDED.",  # groups
        "THE WOUNDED WERE TAKEN TO THE HOSPITAL AND THE CLINIC.",  # no people after the copula
        "Police said that Ana Ruiz, Tomas Vega and Luis Mora were killed.",  # mixed case: the parse's rule
    ],
)
def test_no_list_of_named_victims(text: str) -> None:
    assert _listed(text) == []


def test_a_list_of_named_victims_in_mixed_case_text(claims_of) -> None:
    claims = claims_of("Police said that Ana Ruiz, Tomas Vega and Luis Mora were killed near the border.")
    assert [(c.kind, c.count.low, c.count.as_written) for c in claims] == [
        ("killed", 1, "Ana Ruiz"),
        ("killed", 1, "Tomas Vega"),
        ("killed", 1, "Luis Mora"),
    ]


def test_a_named_object_list_is_one_claim_per_person(claims_of) -> None:
    claims = claims_of("GUNMEN KILLED JUDGE CARLOS ORTEGA AND SENATOR INES VIDAL IN THE CAPITAL ON FRIDAY.")
    # the single-object rule and the list rule both name the judge: one claim for him
    assert [(c.kind, c.count.low) for c in claims] == [("killed", 1), ("killed", 1)]


def test_a_counted_conjunct_keeps_the_list_a_count(claims_of) -> None:
    claims = claims_of("The mayor, Ana Ruiz and at least nine guards were killed on Monday.")
    assert all(c.count.low != 1 or c.count.as_written.lower() not in ("ana ruiz", "guards") for c in claims)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("THE BISHOP CONDEMNED THE KILLING IN CUZCO OF ANA RUIZ AND TOMAS VEGA.", ["ANA RUIZ", "TOMAS VEGA"]),
        ("THE PAPER RECALLED THE MURDER IN MARCH OF JUDGE CARLOS ORTEGA.", ["JUDGE CARLOS ORTEGA"]),
        ("THE DEATH IN THE TOWN OF SAN JOSE WAS REPORTED.", []),  # "of" names the town, not a victim
    ],
)
def test_a_place_or_time_between_the_harm_noun_and_its_victim(text: str, expected: list[str]) -> None:
    words = words_of(text)
    found = find_listed_victims(words, text) + find_harm_of_one(words, text)
    # the one-object rule also names the first person of a list; `extract_claims` keeps one claim for them
    assert sorted({text[v[0] : v[1]] for _kind, v, _span in found}) == expected
