"""Harm to one person told without a clause of its own, and the persons a count or a list names: passive chains,
gapped clauses, reduced relative clauses, pronoun and possessive objects, "the victims were identified
as", "killed two engineers, A and B", counts inside a harm's list. Sentences composed for these tests."""

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
        (
            "THE JUDGE'S CHAUFFEUR WAS SHOT DEAD AND HER BODYGUARD SERIOUSLY INJURED.",
            [("killed", 1), ("injured", 1)],
        ),
        # coordinated roles in mixed case: each one victim
        ("The senator and his bodyguard were injured in the blast.", [("injured", 1), ("injured", 1)]),
        # a possessive before the person, a pronoun object, the state a verb left the person in
        ("Gunmen wounded the mayor's son outside the school.", [("injured", 1)]),
        ("The attackers fired at a taxi driver, wounding him in the leg.", [("injured", 1)]),
        ("THE GUNMEN BEAT THE WATCHMAN AND LEFT HIM BADLY WOUNDED NEAR THE GATE.", [("injured", 1)]),
        ("A hired gunman ended his life on the steps of the court.", [("killed", 1)]),
        ("The raid killed her husband.", [("killed", 1)]),
        # verbs of dying in several words
        ("The victim passed away in hospital that night.", [("killed", 1)]),
        ("A GUARD LOST HIS LIFE IN THE ATTACK.", [("killed", 1)]),
        # the subject before a participle or relative clause
        (
            "POLICE SAID A 9-YEAR-OLD BOY CARRYING BREAD FROM THE MARKET TO HIS HOUSE WAS INJURED.",
            [("injured", 1)],
        ),
        ("A GUARD WHO HAD GONE OUT TO BUY LUNCH NEAR THE BUILDING WAS WOUNDED.", [("injured", 1)]),
        # a relative clause without "who was": a person noun, a harm participle and the phrase it opens; an
        # apposition after that phrase is the same person, no conjunct of a list
        ("THE OTHER GENERAL WOUNDED IN THE AMBUSH, A RETIRED OFFICER, WAS HIT TWICE.", [("injured", 1)]),
        ("A nurse killed by a stray bullet was buried today.", [("killed", 1)]),
        # an aside between a harm verb and its object
        ("THE INTRUDERS KILLED, IN BROAD DAYLIGHT, A POLICEMAN ON GUARD DUTY.", [("killed", 1)]),
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
        "The soldiers killed in the raid were buried on Friday.",
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
            "THE PATROL MURDERED THE CATECHISTS, THEIR DRIVER AND THE DRIVER'S 16-YEAR-OLD SON AT DAWN.",
            ["THEIR DRIVER", "THE DRIVER'S 16-YEAR-OLD SON"],
        ),
        (
            "THE AMBUSH CLAIMED THE LIVES OF COUNCILMAN PABLO REYES ORTIZ, HIS WIFE AND A POLICE GUARD.",
            ["COUNCILMAN PABLO REYES ORTIZ", "HIS WIFE", "A POLICE GUARD"],
        ),
        # after "the dead/wounded ... are", one person or a list
        ("AMONG THE DEAD WAS THE TOWN'S MAYOR.", ["THE TOWN'S MAYOR"]),
        ("THE DOCTOR SAID THAT AMONG THE INJURED THERE IS ROSA MARIA PEREZ.", ["ROSA MARIA PEREZ"]),
        (
            "THE WOUNDED TECHNICIANS ARE ENGINEER LUIS MENA AND DRIVER JOSE SOTO.",
            ["ENGINEER LUIS MENA", "DRIVER JOSE SOTO"],
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
            "A LANDMINE KILLED TWO ENGINEERS, PEDRO ALVAREZ AND JUAN MANUEL ROJAS, WHILE THEY SURVEYED THE ROAD.",
            [("killed", 2), ("killed", 1), ("killed", 1)],
        ),
        (
            "THE BOMB KILLED THREE TEACHERS: ANA DIAZ, A RETIRED PRINCIPAL, LUIS PAZ, AND MARIO VEGA, A COACH.",
            [("killed", 3), ("killed", 1), ("killed", 1), ("killed", 1)],
        ),
        # places listed after a count are no members
        ("BOMBS KILLED TWO PEOPLE IN THE TOWNS, SAN MIGUEL AND SANTA ANA.", [("killed", 2)]),
        # one person a count includes
        (
            "MORTAR FIRE ON THE MARKET KILLED SEVEN PEOPLE, INCLUDING A RETIRED JUDGE, MARTA LUCIA SOLIS.",
            [("killed", 7), ("killed", 1)],
        ),
        ("BOMBS KILLED 20 PEOPLE IN SEVERAL CITIES, INCLUDING SAN MIGUEL AND SANTA ANA.", [("killed", 20)]),
        # a person listed before a count of others
        (
            "MAYOR ANA MARIA TORRES AND FIVE COUNCIL WORKERS WERE KILLED WHEN THE BOMB WENT OFF.",
            [("killed", 1), ("killed", 5)],
        ),
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
            "THE BISHOP CONDEMNED THE MURDER OF THE ABBOT LUIS FERRER, FOUR OTHER MONKS, AND TWO NURSES AT THE ABBEY.",
            [("killed", 1), ("killed", 4), ("killed", 2)],
        ),
        ("Gunmen killed a judge and three of his guards on the road.", [("killed", 1), ("killed", 3)]),
        # a count with a predicate of its own, or after a passive, is no conjunct of the list
        ("Rebels killed a farmer near the river, and two children escaped.", [("killed", 1)]),
        ("A guard was killed and four bystanders were hurt.", [("killed", 1), ("injured", 4)]),
    ],
)
def test_counts_inside_a_harms_list(claims_of: ClaimsOf, text: str, expected: list) -> None:
    assert _counts(claims_of(text)) == expected


def test_coordinated_roles_share_one_span(claims_of: ClaimsOf) -> None:
    # a tally adds up the persons of one coordination
    claims = claims_of("The senator and his bodyguard were injured in the blast.")
    assert len({c.span for c in claims}) == 1
