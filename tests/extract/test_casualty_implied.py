"""Harm to one person told without a clause of its own, and the persons a count or a list names: passive chains,
gapped clauses, pronoun and possessive objects, "the victims were identified
as", "killed two reporters, A and B", counts inside a harm's list. Sentences composed for these tests."""

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
        # a chain of participles shares the auxiliary of its first: one victim of each harm
        ("A nurse was kidnapped and later killed by the rebels.", [("abducted", 1), ("killed", 1)]),
        (
            "THE JUDGE, A VETERAN OF THE COURTS, WAS ABDUCTED, TORTURED AND MURDERED.",
            [("abducted", 1), ("killed", 1)],
        ),
        ("The trader was shot and killed outside his shop.", [("killed", 1)]),
        # a gapped clause shares the auxiliary of the passive before it
        ("THE COLONEL'S DRIVER WAS KILLED AND HIS BODYGUARD WOUNDED.", [("killed", 1), ("injured", 1)]),
        # coordinated roles in mixed case: each one victim
        ("The senator and his bodyguard were injured in the blast.", [("injured", 1), ("injured", 1)]),
        # a possessive before the person, a pronoun object, the state a verb left the person in
        ("Gunmen wounded the mayor's son outside the school.", [("injured", 1)]),
        ("The attackers fired at a taxi driver, wounding him in the leg.", [("injured", 1)]),
        ("THEY SHOT HIM AND LEFT HIM BADLY WOUNDED.", [("injured", 1)]),
        ("A hired gunman ended his life on the steps of the court.", [("killed", 1)]),
        ("The raid killed her husband.", [("killed", 1)]),
        # verbs of dying in several words
        ("The victim passed away in hospital that night.", [("killed", 1)]),
        ("A GUARD LOST HIS LIFE IN THE ATTACK.", [("killed", 1)]),
        # the subject before a participle or relative clause
        ("IT IS SAD THAT A 9-YEAR-OLD BOY WALKING HOME FROM CLASS WAS INJURED.", [("injured", 1)]),
        (
            "A WORKER WHO HAPPENED TO BE WALKING PAST THE OFFICE AT THE TIME OF THE BLAST WAS WOUNDED.",
            [("injured", 1)],
        ),
        # an aside between a harm verb and its object
        ("THEY MURDERED, AT GUNPOINT, A SOLDIER WHO WAS BEING TREATED.", [("killed", 1)]),
        # an editor's note in square brackets between a count and its predicate
        ("TEN OTHER PEOPLE [NOT FURTHER NAMED] WERE ALSO HURT IN THE BLAST.", [("injured", 10)]),
    ],
)
def test_one_victim_without_a_clause_of_its_own(claims_of: ClaimsOf, text: str, expected: list) -> None:
    assert _counts(claims_of(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The wounded were taken to the hospital.",
        "A medic carried a wounded corporal to the truck.",
        "THE BOMB KILLED INNOCENT CIVILIANS.",
        "THE GUERRILLAS AND THE SOLDIERS WERE KILLED IN THE FIGHTING.",
        "The convoy was stopped and searched at the bridge.",
    ],
)
def test_no_one_victim(claims_of: ClaimsOf, text: str) -> None:
    assert claims_of(text) == []


def test_a_time_after_a_passive_is_no_name(claims_of: ClaimsOf) -> None:
    claims = claims_of("THE JUDGE WAS KILLED YESTERDAY MORNING IN HIS CAR.")
    assert [(c.kind, c.count.low, c.count.as_written) for c in claims] == [("killed", 1, "THE JUDGE")]


@pytest.mark.parametrize(
    ("text", "victims"),
    [
        # a name after an active harm verb in upper-case text
        ("POLICE SAID THEY HAD KILLED MANUEL ANTONIO FERRER, A DRUG TRAFFICKER.", ["MANUEL ANTONIO FERRER"]),
        ("THE BLAST CLAIMED THE LIFE OF RAMON PEREZ GIL.", ["RAMON PEREZ GIL"]),
        # a list's one-person conjuncts count beside a plural group
        (
            "SOLDIERS KILLED THE PRIESTS, THEIR HOUSEKEEPER, AND THE HOUSEKEEPER'S 12-YEAR-OLD SON.",
            ["THEIR HOUSEKEEPER", "THE HOUSEKEEPER'S 12-YEAR-OLD SON"],
        ),
        (
            "THE ATTACKS CLAIMED THE LIVES OF PRESIDENTIAL CANDIDATE JOSE MARIA LOPEZ, A SENIOR POLICE OFFICER, "
            "AND A JUDGE.",
            ["PRESIDENTIAL CANDIDATE JOSE MARIA LOPEZ", "A SENIOR POLICE OFFICER", "A JUDGE"],
        ),
        # after "the dead/wounded ... are", one person or a list
        ("AMONG THE DEAD WAS THE TOWN'S MAYOR.", ["THE TOWN'S MAYOR"]),
        ("AMONG THE INJURED HERE IS ROSA MARIA PEREZ, 41;", ["ROSA MARIA PEREZ"]),
        (
            "THE WOUNDED JOURNALISTS ARE PHOTOGRAPHER LUIS MENA AND DRIVER JOSE SOTO.",
            ["PHOTOGRAPHER LUIS MENA", "DRIVER JOSE SOTO"],
        ),
    ],
)
def test_persons_named_one_by_one(claims_of: ClaimsOf, text: str, victims: list[str]) -> None:
    claims = claims_of(text)
    assert [c.count.as_written for c in claims] == victims
    assert all(c.count.low == 1 for c in claims)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the members of a count named after it, when as many are listed
        (
            "ARMY PATROLS KILLED TWO FOREIGN PHOTOGRAPHERS, PEDRO ALVAREZ AND JUAN MANUEL ROJAS, AT A ROADBLOCK.",
            [("killed", 2), ("killed", 1), ("killed", 1)],
        ),
        (
            "THE GUERRILLAS KILLED THREE TEACHERS: ANA DIAZ, A RETIRED PRINCIPAL, LUIS PAZ, AND MARIO VEGA, A COACH.",
            [("killed", 3), ("killed", 1), ("killed", 1), ("killed", 1)],
        ),
        # places listed after a count are no members
        ("BOMBS KILLED TWO PEOPLE IN THE TOWNS, SAN MIGUEL AND SANTA ANA.", [("killed", 2)]),
        # one person a count includes
        (
            "THE BLAST KILLED SEVEN PEOPLE, INCLUDING THE PROVINCIAL UNION LEADER MARTA LUCIA SOLIS.",
            [("killed", 7), ("killed", 1)],
        ),
        ("BOMBS KILLED 20 PEOPLE IN SEVERAL CITIES, INCLUDING SAN MIGUEL AND SANTA ANA.", [("killed", 20)]),
        # a person listed before a count of others
        ("LABOR LEADER ANA MARIA TORRES AND SIX OTHER PEOPLE WERE KILLED.", [("killed", 1), ("killed", 6)]),
        ("CALI AND 12 OTHERS WERE KILLED.", [("killed", 12)]),
        # "the victims" of the harm told before
        (
            "FIVE FARMERS WERE KILLED IN THE VILLAGE ON MONDAY. THE VICTIMS WERE IDENTIFIED AS JUAN CARLOS MEJIA, "
            "PEDRO LUIS SOTO AND ANTONIO RUIZ.",
            [("killed", 5), ("killed", 1), ("killed", 1), ("killed", 1)],
        ),
    ],
)
def test_the_persons_of_a_count(claims_of: ClaimsOf, text: str, expected: list) -> None:
    assert _counts(claims_of(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # counts that are later conjuncts of the list a harm noun or verb governs
        (
            "THEY ARE SUSPECTED IN THE MURDER OF THE ABBOT LUIS FERRER, FOUR OTHER MONKS, AND TWO NURSES.",
            [("killed", 1), ("killed", 4), ("killed", 2)],
        ),
        ("Gunmen killed a judge and three of his guards on the road.", [("killed", 1), ("killed", 3)]),
        # a count with a predicate of its own, or after a passive, is no conjunct of the list
        ("Rebels killed a farmer near the river, and two children drowned.", [("killed", 1)]),
        ("A woman was killed and six other people were hurt.", [("killed", 1), ("injured", 6)]),
    ],
)
def test_counts_inside_a_harms_list(claims_of: ClaimsOf, text: str, expected: list) -> None:
    assert _counts(claims_of(text)) == expected


def test_coordinated_roles_share_one_span(claims_of: ClaimsOf) -> None:
    # a tally adds up the persons of one coordination
    claims = claims_of("The senator and his bodyguard were injured in the blast.")
    assert len({c.span for c in claims}) == 1
