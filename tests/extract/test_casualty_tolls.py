"""Tolls written in shapes read from their grammar: approximators before a count ("well over N", "a total of N")
and verbs of exceeding before its figure ("the toll topped N"), modals before a perfect, toll-state predicates ("the
number of dead has reached N"), verbs of violence with their result, status nouns with a harm and tolls in lives; a
chain of participles ("were rounded up and released") tells no harm of a count. Sentences composed for these
tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from harmwatch.extract.incidents.claims import tally
from harmwatch.records import Claim

ClaimsOf = Callable[[str], list[Claim]]


def _killed(claims: list[Claim]) -> list[tuple[int | None, int | None, str]]:
    return [(c.count.low, c.count.high, c.count.qualifier) for c in claims if c.kind == "killed"]


@pytest.mark.parametrize(
    ("text", "expected", "figure"),
    [
        # a degree adverb before a comparative keeps the comparative's bound
        ("Well over 300 people were killed in the shelling of the market.", (301, None, "more_than"), 300),
        ("Just over 40 civilians died when the dam was bombed.", (41, None, "more_than"), 40),
        ("The air raids killed well over 100 people in the suburb.", (101, None, "more_than"), 100),
        ("The toll reached well above 60 by the evening.", (61, None, "more_than"), 60),
        # "a total of N" states the figure itself
        ("A total of 58 people were killed in a week of shelling.", (58, 58, "exact"), 58),
        ("The shelling killed a total of 27 people.", (27, 27, "exact"), 27),
        # a verb of exceeding before a toll's figure bounds it as "more than" does; "reached" states it
        ("The toll topped 100 on Sunday.", (101, None, "more_than"), 100),
        ("The death toll exceeded 100 after the second day of shelling.", (101, None, "more_than"), 100),
        ("By the evening the death toll had surpassed 250.", (251, None, "more_than"), 250),
        ("The number of dead has now passed 40, medics said.", (41, None, "more_than"), 40),
        ("The death toll reached 100 on Sunday.", (100, 100, "exact"), 100),
        ("The toll has topped at least 50.", (50, None, "at_least"), 50),
    ],
)
def test_an_approximator_or_a_verb_of_exceeding_bounds_the_count(
    claims_of: ClaimsOf, text: str, expected: tuple[int | None, int | None, str], figure: int
) -> None:
    claims = claims_of(text)
    assert _killed(claims) == [expected]
    assert tally(claims)["killed"].low == figure


@pytest.mark.parametrize(
    "text",
    [
        "The war has lasted well over 20 years.",
        "The town lost just over 300 houses and a total of 12 schools.",
        # a sentence ending in "well" lends no prefix to the count of the next one
        "The defenders held out well. Over 20 shops were looted in the market.",
    ],
)
def test_an_approximator_before_no_people_is_no_toll(claims_of: ClaimsOf, text: str) -> None:
    assert _killed(claims_of(text)) == []


def test_a_prefix_stops_at_the_end_of_its_sentence(claims_of: ClaimsOf) -> None:
    claims = claims_of("The convoy was guarded well. Over 20 soldiers were killed in the ambush.")
    assert _killed(claims) == [(21, None, "more_than")]
    assert claims[0].count.as_written.startswith("Over")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Up to 90 people may have been killed in the bombardment.", (None, 90, "up_to")),
        ("As many as 40 civilians could have died in the fire.", (None, 40, "up_to")),
        ("At least 12 people must have been killed in the blast.", (12, None, "at_least")),
    ],
)
def test_a_modal_before_a_perfect_states_an_estimated_toll(
    claims_of: ClaimsOf, text: str, expected: tuple[int | None, int | None, str]
) -> None:
    assert _killed(claims_of(text)) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # a modal before a bare verb tells what might happen, no harm done
        "Up to 500 people may be killed if the dam is breached.",
        "Thousands could die if the siege goes on.",
    ],
)
def test_a_modal_before_a_bare_verb_is_no_toll(claims_of: ClaimsOf, text: str) -> None:
    assert _killed(claims_of(text)) == []


def test_a_modal_perfect_keeps_the_active_voice_apart(claims_of: ClaimsOf) -> None:
    # the troops did the killing: the count after the verb is the toll, not the troops
    assert _killed(claims_of("Some 5,000 troops could have killed 20 people.")) == [(20, 20, "exact")]


@pytest.mark.parametrize(
    ("text", "kind", "figure"),
    [
        # a noun of counting whose of-phrase names those harmed, with a verb of its state
        ("The number of dead has reached 76, the ministry said.", "killed", 76),
        ("The number of victims rose to 140 by the evening.", "killed", 140),
        ("The number of martyrs in the town has reached 19.", "killed", 19),
        ("The number of fatalities climbed to 25.", "killed", 25),
        ("The number of people killed in the attack rose to 61.", "killed", 61),
        ("The number of Syrian civilians killed since March has risen to 410.", "killed", 410),
        ("The number of those who died in the blast reached 14.", "killed", 14),
        # a causative verb brings the toll to its figure, the figure also before the toll
        ("The shelling raised the number of dead to 45.", "killed", 45),
        ("Medics put the number of dead at 19.", "killed", 19),
        ("The new raids bring to 27 the number of people killed this week.", "killed", 27),
        ("The tally of the wounded now stands at 12.", "injured", 12),
        # those harmed counted by the verb "number" or "total"
        ("The dead number 23, among them four children.", "killed", 23),
        ("Those killed now number 56.", "killed", 56),
        ("The injured totalled 31 by nightfall.", "injured", 31),
        # the figure as the subject, the toll as the complement
        ("Eighty-two is the toll given by the monitor.", "killed", 82),
        # the toll nouns read before
        ("The death toll from the bombing climbed to 63.", "killed", 63),
        ("A second blast struck the crowd, bringing the death toll to 31.", "killed", 31),
    ],
)
def test_a_toll_told_by_its_state(claims_of: ClaimsOf, text: str, kind: str, figure: int) -> None:
    claims = claims_of(text)
    assert [(c.kind, c.count.low) for c in claims][:1] == [(kind, figure)]


@pytest.mark.parametrize(
    "text",
    [
        "The number of refugees reached 2,000.",
        "The number of attacks climbed to 15 last month.",
        "The number of checkpoints in the city has reached 40.",
        "The number of houses destroyed has reached 300.",
        "The storm raised the number of flooded villages to 45.",
        "The ministry put the number of new schools at 19.",
        # "number 23" labels one of a series
        "The dead man was found near bus number 23.",
        "The number 9 bus was late.",
    ],
)
def test_a_count_of_things_or_a_label_is_no_toll(claims_of: ClaimsOf, text: str) -> None:
    assert [c for c in claims_of(text) if c.count.low not in (1, None)] == []


def _kinds(claims: list[Claim]) -> list[tuple[str, int | None]]:
    return [(c.kind, c.count.low) for c in claims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Eleven men were rounded up and released.", []),
        ("Eleven men were taken to a camp and questioned.", []),
        ("Five soldiers were sent to the front and two of them were wounded.", [("injured", 2)]),
        ("Six engineers were abducted and held for ransom.", [("abducted", 6)]),
        # a new clause with a count of its own is no later verb of the chain
        ("Six engineers were abducted and 3 guards were killed.", [("abducted", 6), ("killed", 3)]),
        ("Five men were arrested and their two rifles seized.", [("detained", 5)]),
    ],
)
def test_a_chain_without_a_later_harm_keeps_its_own(
    claims_of: ClaimsOf, text: str, expected: list[tuple[str, int]]
) -> None:
    assert [k for k in _kinds(claims_of(text)) if k[1] != 1] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Four prisoners were beaten to death.",
        "Four prisoners were tortured to death in custody.",
        "Four prisoners were stabbed dead.",
        "Four prisoners were hanged in the main square.",
    ],
)
def test_a_verb_of_violence_with_its_result_is_a_killing_of_a_count(claims_of: ClaimsOf, text: str) -> None:
    claims = claims_of(text)
    assert ("killed", 4) in _kinds(claims)
    assert tally(claims)["killed"].low == 4


@pytest.mark.parametrize(
    "text",
    [
        "Four prisoners were beaten in custody.",
        "Four prisoners were beaten and then released.",
        "The flags were hanged out.",
    ],
)
def test_a_verb_of_violence_without_its_result_is_no_killing(claims_of: ClaimsOf, text: str) -> None:
    assert "killed" not in tally(claims_of(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a count's own noun names a status held before the harm its predicate tells
        ("Four hostages were beheaded.", [("killed", 4), ("abducted", 4)]),
        ("Twenty detainees died in custody last year.", [("killed", 20), ("detained", 20)]),
        # no harm told after the status: the status stays the claim
        ("Four hostages were released on Sunday.", [("abducted", 4)]),
    ],
)
def test_a_status_noun_before_a_harm_predicate(
    claims_of: ClaimsOf, text: str, expected: list[tuple[str, int]]
) -> None:
    assert _kinds(claims_of(text)) == expected


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The siege has cost more than 300 lives.", 300),
        ("At least 25 lives were lost in the bombardment.", 25),
        ("The fighting claimed 40 lives in two days.", 40),
    ],
)
def test_a_toll_counted_in_lives(claims_of: ClaimsOf, text: str, figure: int) -> None:
    assert tally(claims_of(text))["killed"].low == figure


@pytest.mark.parametrize("text", ["The doctors saved 25 lives.", "The reform cost 300 jobs."])
def test_lives_saved_or_jobs_lost_are_no_toll(claims_of: ClaimsOf, text: str) -> None:
    assert "killed" not in tally(claims_of(text))


@pytest.mark.parametrize(
    "text", ["Donations exceeded 100 dollars in a week.", "The convoy passed 40 checkpoints on the road."]
)
def test_a_verb_of_exceeding_without_a_toll_is_no_count(claims_of: ClaimsOf, text: str) -> None:
    assert _killed(claims_of(text)) == []


@pytest.mark.parametrize(
    ("text", "victims"),
    [
        ("Guards beat 4 prisoners to death.", "4 prisoners"),
        ("The guards beat the four prisoners to death in the yard.", "four prisoners"),
        ("A mob stoned two women to death on Friday.", "two women"),
        ("The attackers hacked seven farmers to death with machetes.", "seven farmers"),
        # a noun of status held before the harm: the killing, not the detention, is the claim
        ("Soldiers were accused of beating three detainees to death.", "three detainees"),
    ],
)
def test_a_verb_of_violence_with_its_result_after_the_count(
    claims_of: ClaimsOf, text: str, victims: str
) -> None:
    """The active voice of a verb of violence with its result after its object: the count is a killing."""
    claims = claims_of(text)
    (killed,) = [c for c in claims if c.kind == "killed"]
    assert killed.count.as_written == victims
    assert [c.kind for c in claims if c.count.low != 1] == ["killed"]
    assert text[killed.span[0] : killed.span[1]].endswith("to death")


@pytest.mark.parametrize(
    "text",
    [
        "Police beat 40 protesters with batons.",
        "They tortured 5 men to extract confessions.",
        "Guards beat 4 prisoners unconscious and left them in the yard.",
    ],
)
def test_a_verb_of_violence_before_a_count_without_its_result(claims_of: ClaimsOf, text: str) -> None:
    assert "killed" not in tally(claims_of(text))
