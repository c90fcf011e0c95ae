"""Sentence shapes of casualty counts that generalise across corpora: one victim told by an intransitive verb,
behind an aside or a relative clause, or by a violent verb with its result; a sum over several places."""

from __future__ import annotations

import pytest

from harmwatch.extract.casualties.numbers import words_of
from harmwatch.extract.casualties.single import find_active_objects, find_harm_of_one, find_singular_passives


def _victims(text: str) -> list[tuple[str, str]]:
    return [(kind, text[v[0] : v[1]]) for kind, v, _span in find_singular_passives(words_of(text), text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an intransitive verb of dying: its subject is the one victim
        ("A local councillor died in hospital on Tuesday.", [("killed", "councillor")]),
        ("Her husband has died of his injuries.", [("killed", "husband")]),
        # the subject before an aside closed by a comma
        ("POLICE SAID THE DRIVER, A FATHER OF TWO, DIED INSTANTLY.", [("killed", "DRIVER")]),
        (
            "THE UNION ORGANIZER, WHO HAD LEFT HIS OFFICE AT NOON, WAS BADLY WOUNDED BY GUNFIRE.",
            [("injured", "ORGANIZER")],
        ),
        ("FORMER MAYOR PEDRO GOMEZ, 51, WAS SHOT TO DEATH BY TWO GUNMEN.", [("killed", "GOMEZ")]),
        # "who was killed": the singular auxiliary says one, the word before "who" names the victim
        ("They named the clerk who was killed near the market.", [("killed", "clerk")]),
        # a verb of violence or of finding with the death it ended in; adverbs inside "has ... been"
        ("A councilman has also been shot dead in the north.", [("killed", "councilman")]),
        ("The night guard was found dead near the gate.", [("killed", "guard")]),
        ("The missing reporter has been found murdered outside the city.", [("killed", "reporter")]),
        # an aside that ends in an abbreviation: the word before the verb still names the victim
        ("THE WIFE OF A DIPLOMAT, A U.S.\nCITIZEN, WAS SERIOUSLY WOUNDED TODAY", [("injured", "CITIZEN")]),
    ],
)
def test_one_victim(text: str, expected: list[tuple[str, str]]) -> None:
    assert _victims(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Many people died. Those who died were buried on Friday.",
        "the villagers who died were farmers from the valley",
        "THE BUS, WHICH WAS CARRYING WORKERS, WAS DESTROYED.",
        "Three men were shot dead at the checkpoint.",
        "The convoy was hit and shot at near the bridge.",
        "The wounded man almost died on the way.",
    ],
)
def test_no_one_victim(text: str) -> None:
    assert _victims(text) == []


def test_a_name_ending_in_s_is_one_victim_in_upper_case_text() -> None:
    text = "THEY CONDEMNED THE ASSASSINATION OF CARLOS MENDES, A TEACHER, AND THE MURDER OF PEASANTS IN THE NORTH."
    found = [(kind, text[v[0] : v[1]]) for kind, v, _span in find_harm_of_one(words_of(text), text)]
    assert found == [("killed", "CARLOS MENDES")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # upper case has no capitals to tell a name: a title inside the object phrase tells it
        ("THE GROUP CLAIMED RESPONSIBILITY FOR KILLING FORMER ARMY CHIEF GENERAL JUAN PEREZ.", 1),
        # ... or a role in the apposition after it
        ('A "FOREIGN COMMANDO" KILLED PEDRO ALVARADO, LEADER OF THE WORKERS PARTY, IN THE CAPITAL.', 1),
        ("GUNMEN TODAY KILLED MARIA LOPEZ DE SOTO, A 40-YEAR-OLD TEACHER, IN HER HOME.", 1),
        # plurals and adverbs are no named victim
        ("THE ARMY KILLED GUERRILLAS AND PEASANTS IN THE NORTH.", 0),
        ("THE REBELS KILLED YESTERDAY IN THE RAID WERE BURIED TODAY.", 0),
    ],
)
def test_a_named_object_of_killing_in_upper_case_text(text: str, expected: int) -> None:
    assert len(find_active_objects(words_of(text), text)) == expected


def test_a_count_of_several_is_not_read_as_one(claims_of) -> None:
    claims = claims_of("Twelve soldiers and a civilian died when the bridge was bombed on Sunday.")
    # two coordinated counts of one predicate (their span is shared, a tally adds them up), no third of one
    assert [(c.kind, c.count.low) for c in claims] == [("killed", 12), ("killed", 1)]
    assert claims[0].span == claims[1].span


def test_one_death_in_upper_case_text_is_a_claim(claims_of) -> None:
    text = (
        "SAN ISIDRO, 4 MAY 90 -- THE TOWN TREASURER, WHO WAS DRIVING HOME, WAS SHOT TO DEATH BY TWO MEN "
        "ON A MOTORCYCLE. A PASSERBY WAS SLIGHTLY WOUNDED."
    )
    claims = claims_of(text)
    assert [(c.kind, c.count.low, c.count.as_written) for c in claims] == [
        ("killed", 1, "TREASURER"),
        ("injured", 1, "A PASSERBY"),
    ]


def test_a_sum_over_the_country_gives_way_to_the_event_figure(extract_text) -> None:
    text = (
        "Government air strikes on rebel-held towns across the country killed at least 30 people on Monday, a "
        "monitoring group said. In the town of Kafr Nabl in Idlib province, 12 civilians were killed in four "
        "raids, the group said. Another six people died in strikes on Douma."
    )
    report = extract_text(text)
    assert [c["incident_id"] for c in report["claims"] if c["count"]["low"] == 30] == [None]
    assert report["incidents"][0]["casualties"]["killed"]["low"] == 12


def test_an_age_between_commas_is_no_count(claims_of) -> None:
    claims = claims_of("A SHOPKEEPER, 61, WAS WOUNDED WHEN THE GRENADE EXPLODED NEAR THE MARKET.")
    assert [(c.kind, c.count.low, c.count.as_written) for c in claims] == [("injured", 1, "SHOPKEEPER")]


def test_a_count_after_a_date_and_a_comma_is_a_count(claims_of) -> None:
    claims = claims_of("On 3 March, one farmer and two boys were killed when a shell hit the orchard.")
    assert [(c.kind, c.count.low) for c in claims] == [("killed", 1), ("killed", 2)]
    # without the comma the number is the day of the month
    assert [c.count.low for c in claims_of("They left on March 3 for the coast.")] == []


def test_the_subject_before_a_long_aside_and_an_age(claims_of) -> None:
    text = (
        "JUAN PEREZ, 72, WHO WAS SELLING FRUIT NEXT TO THE BUS STATION ON THE MAIN ROAD AT THE TIME OF THE "
        "BLAST, WAS KILLED."
    )
    assert [(c.kind, c.count.low, c.count.as_written) for c in claims_of(text)] == [("killed", 1, "PEREZ")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plural harm noun over a list of persons: the first of them is one victim
        (
            "JUDGES INVESTIGATING THE MURDERS OF THE GOVERNOR OF THE PROVINCE, A JUDGE, AND THE POLICE CHIEF RESIGNED.",
            ["GOVERNOR"],
        ),
        ("THE ASSASSINATIONS OF CARLOS MENDES AND JORGE PAZ WERE CONDEMNED.", ["CARLOS MENDES"]),
        # a plural person noun or a number after "of" is a count, not one victim
        ("THE MURDERS OF THE VILLAGE TEACHERS WERE CONDEMNED.", []),
        ("The deaths of three soldiers were confirmed on Monday.", []),
    ],
)
def test_harm_nouns_with_one_victim(text: str, expected: list[str]) -> None:
    assert [text[v[0] : v[1]] for _kind, v, _span in find_harm_of_one(words_of(text), text)] == expected


def test_a_count_before_brackets_and_a_long_of_phrase_keeps_its_predicate(claims_of) -> None:
    text = "THE MORTARS HIT THE BARRACKS. TWO CHILDREN AND SIX OTHER PEOPLE (FOUR GUARDS AND TWO CLERKS) WERE WOUNDED."
    assert [(c.kind, c.count.low) for c in claims_of(text)] == [
        ("injured", 2),
        ("injured", 6),
        ("injured", 4),
        ("injured", 2),
    ]
    text = "Two members of the local council of the northern district were kidnapped on Friday."
    assert [(c.kind, c.count.low) for c in claims_of(text)] == [("abducted", 2)]


def test_a_count_keeps_its_predicate_after_a_relative_clause(claims_of) -> None:
    text = "ON 3 MAY, FOUR NURSES AND TWO DRIVERS WHO WORKED AT THE CLINIC WERE BRUTALLY MURDERED."
    assert [(c.kind, c.count.low) for c in claims_of(text)] == [("killed", 4), ("killed", 2)]
