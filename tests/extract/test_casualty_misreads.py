"""Counts misread or left unread by earlier rounds, read from their grammar in sentences composed for these tests: a
number of units of time before "earlier", "later", "ago", "before" or "after" is an adverbial of time, no count of
people, and a verb's object may follow it ("killed two days earlier a rebel leader"); the armed men a force loses
are its dead ("the army lost 200 soldiers and 800 wounded" is 200 killed and 800 injured); a verb of reporting
with "as" before a harm is its predicate as the verb without "as" is ("three people were reported as wounded"); a
linking verb joins a count to its harm as "were" does ("12 persons resulted wounded", "nine fishermen remain
missing"); "who number N" on those harmed counts them as "the dead number N" does ("the injured, who number
10"); a bare singular noun before a harm participle in a headline is one person ("Soldier killed in blast"), who
neither adds to the body's telling of the same person nor beats its larger toll."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from harmwatch.records import Claim

ClaimsOf = Callable[[str], list[Claim]]


def _counts(claims: list[Claim]) -> list[tuple[str, int | None, int | None]]:
    return sorted((c.kind, c.count.low, c.count.high) for c in claims)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the time between the verb and its object: the object is the victim
        ("The gunmen killed 2 days earlier a rebel leader.", [("killed", 1, 1)]),
        ("Militiamen murdered four hours later two farmers near Varnok.", [("killed", 2, 2)]),
        ("The insurgents executed six months earlier 12 prisoners in Dalby.", [("killed", 12, 12)]),
        ("Unknown men wounded 3 weeks ago Mayor Tomas Reyel.", [("injured", 1, 1)]),
        # the time after the predicate or before an event: the count is the subject's alone
        ("Two policemen died three days after the bombing.", [("killed", 2, 2)]),
        ("Five villagers were killed 10 days before the vote in Osterby.", [("killed", 5, 5)]),
        ("SEVEN PEASANTS WERE WOUNDED TWO WEEKS AGO IN SAN LUCAS.", [("injured", 7, 7)]),
        # a time with no person after it is no count
        ("The patrol was ambushed 20 minutes later and shot at.", []),
    ],
)
def test_a_time_before_or_after_is_no_count(claims_of: ClaimsOf, text: str, expected: list[tuple]) -> None:
    assert _counts(claims_of(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the armed men a force loses are its dead; the wounded after "and" are a count of their own
        ("The army lost 200 soldiers and 800 wounded.", [("injured", 800, 800), ("killed", 200, 200)]),
        ("The police lost three officers and two were hurt.", [("injured", 2, 2), ("killed", 3, 3)]),
        ("Government forces withdrew from Varnok after losing 14 soldiers.", [("killed", 14, 14)]),
        ("THE GUERRILLAS LOST 12 MEN IN THE CLASH NEAR SAN LUCAS.", [("killed", 12, 12)]),
        # things, or people who are not armed men, are no toll
        ("The army lost two helicopters and a tank.", []),
        ("The town lost 500 residents to the war.", []),
    ],
)
def test_the_armed_men_a_force_loses_are_killed(
    claims_of: ClaimsOf, text: str, expected: list[tuple]
) -> None:
    assert _counts(claims_of(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb of reporting or counting with "as" before the harm, as "were reported killed" has it without
        ("Three people were reported as wounded.", [("injured", 3, 3)]),
        ("Two guards are listed as missing after the ambush.", [("missing", 2, 2)]),
        ("Six soldiers were described as seriously injured.", [("injured", 6, 6)]),
        ("FOUR PEASANTS WERE REPORTED AS KILLED IN THE RAID.", [("killed", 4, 4)]),
        ("Eleven residents have been registered as displaced.", [("displaced", 11, 11)]),
        # "as" after another verb opens no predicate of harm
        ("Five men worked as guards at the wounded soldiers' camp.", []),
    ],
)
def test_a_harm_reported_as_is_a_predicate(claims_of: ClaimsOf, text: str, expected: list[tuple]) -> None:
    assert _counts(claims_of(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a linking verb joins the count to its state as "were" does
        ("12 persons resulted wounded.", [("injured", 12, 12)]),
        ("Four peasants resulted dead in the attack.", [("killed", 4, 4)]),
        ("TWO SOLDIERS RESULTED SERIOUSLY INJURED.", [("injured", 2, 2)]),
        ("Nine fishermen remain missing.", [("missing", 9, 9)]),
        ("Three guards remained hospitalized on Monday.", [("injured", 3, 3)]),
        # a complement that is no harm is no claim
        ("Five soldiers remained in the town.", []),
    ],
)
def test_a_linking_verb_joins_a_count_to_its_harm(
    claims_of: ClaimsOf, text: str, expected: list[tuple]
) -> None:
    assert _counts(claims_of(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "who number N" in a relative clause on those harmed counts them, as "the dead number N" does
        ("The injured, who number 10, were taken to hospital.", [("injured", 10, 10)]),
        ("The dead, who now number 42, were buried on Sunday.", [("killed", 42, 42)]),
        ("The wounded, who total 17, are in Lusk.", [("injured", 17, 17)]),
        ("THE DEAD, WHO NUMBER 8, WERE IDENTIFIED.", [("killed", 8, 8)]),
        # a relative clause on people who are not harmed counts no harm
        ("The soldiers, who number 400, left the base.", []),
    ],
)
def test_a_relative_clause_numbers_those_harmed(
    claims_of: ClaimsOf, text: str, expected: list[tuple]
) -> None:
    assert _counts(claims_of(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare singular noun before a harm participle is headline grammar: one person
        ("Soldier killed in blast", [("killed", 1, 1)]),
        ("JOURNALIST WOUNDED IN CLASH NEAR SAN LUCAS", [("injured", 1, 1)]),
        ("Rebel commander killed\nThe group gave no details.", [("killed", 1, 1)]),
        (
            "Wed 05 Apr 2017 Police officer wounded by sniper near Dalby. The sniper fled.",
            [("injured", 1, 1)],
        ),
        # with a determiner it is the reduced relative read before; an active verb with an object is no headline
        ("A nurse killed by a stray bullet", [("killed", 1, 1)]),
        ("Gunman killed three guards at the gate.", [("killed", 3, 3)]),
    ],
)
def test_a_headline_singular_is_one_person(claims_of: ClaimsOf, text: str, expected: list[tuple]) -> None:
    assert _counts(claims_of(text)) == expected


def test_a_headline_singular_neither_adds_to_nor_beats_the_body(extract_text) -> None:
    # the headline's one person told again in the body is one killed, not two
    once = extract_text(
        "Farmer killed by landmine\nA farmer was killed on Friday by a landmine near Osterby."
    )
    assert once["incidents"][0]["casualties"]["killed"]["low"] == 1
    # the body's larger toll of the same event leads
    larger = extract_text(
        "Soldier killed in blast\nThree soldiers were killed on Monday when a roadside bomb hit their patrol."
    )
    assert larger["incidents"][0]["casualties"]["killed"]["low"] == 3


def test_a_participle_is_no_modifier_of_a_headline_noun(claims_of: ClaimsOf) -> None:
    # "Guard killed other hurt" runs two clauses together: "other" is no bare noun a headline opens with
    claims = claims_of("Tue 14 Mar 2017 Guard killed other hurt in Dalby raid")
    assert [c.count.as_written for c in claims if c.kind == "injured"] == []
