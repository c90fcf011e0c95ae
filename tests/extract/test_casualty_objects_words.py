"""Casualty shapes met in unscored news texts: an active verb whose object is a count written in words is no
predicate of the count before it ("two gunmen killed three villagers"); a harm word that modifies a noun of people
in an aside after a count is no predicate of it ("killed five at a displaced families' shelter"); a figure before
the toll a verb brings to it ("brought to 64 the death toll"); a share after a count whose commas were lost ("four
villagers two of them boys died"); the state "left" leaves a count in ("left 17 villagers wounded the monitor added"); a count
dying in a gerund clause ("resulted in 14 villagers dying"); fractions of a scale ("a quarter of a million"); a
count after "with" that shares the harm before it ("was killed with three of his bodyguards"); a headline's verbs
with their counts, commas lost ("kills 8 wounds 31"); "others" in a gapped clause is no one person ("and others
killed"); one person named by a possessive after a count ("two boys and their mother"); a count after "and" and a
determiner ("a woman and her three sons were killed"). Sentences composed for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from harmwatch.extract.casualties.numbers import find_numbers
from harmwatch.records import Claim

ClaimsOf = Callable[[str], list[Claim]]


def _counts(claims: list[Claim]) -> list[tuple[str, int | None]]:
    return [(c.kind, c.count.low) for c in claims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the count before an active verb is its subject, with an object count in words or digits after it
        ("Two gunmen killed three villagers near the well.", [("killed", 3)]),
        ("A sniper wounded four at the crossing on Monday.", [("injured", 4)]),
        ("A bomber driving a lorry killed nine people outside the bank.", [("killed", 9)]),
        # ... also with an adverb before the verb
        ("Three soldiers also killed two shepherds at the checkpoint.", [("killed", 2)]),
        ("Two attackers reportedly wounded 14 worshippers in the hall.", [("injured", 14)]),
        ("Five guards later killed eleven prisoners in the yard.", [("killed", 11)]),
        # a passive keeps its count, and a count of hours after the verb is no object
        ("Five farmers were also killed two days later.", [("killed", 5)]),
        ("Two guards were killed and three others wounded two hours later.", [("killed", 2), ("injured", 3)]),
        ("Two guards were killed and 3 others wounded 2 hours later.", [("killed", 2), ("injured", 3)]),
        # a headline's list of counts, each with its own predicate
        ("Seven killed two wounded in overnight raid", [("killed", 7), ("injured", 2)]),
    ],
)
def test_count_before_an_active_verb(claims_of: ClaimsOf, text: str, expected: list[tuple[str, int]]) -> None:
    assert _counts(claims_of(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a harm word before a noun of people inside an aside after the count modifies that noun
        ("Militants killed five at a displaced families' shelter outside the town.", [("killed", 5)]),
        (
            "The rockets killed 12 villagers and wounded 40 others near a school where displaced families slept.",
            [("killed", 12), ("injured", 40)],
        ),
        ("Mortars killed nine near a ward for wounded soldiers.", [("killed", 9)]),
        # the predicate after the aside is still read
        ("Six farmers in the fields near the river were killed.", [("killed", 6)]),
        ("Eight children inside the school were injured.", [("injured", 8)]),
    ],
)
def test_harm_word_modifying_a_noun_in_an_aside(
    claims_of: ClaimsOf, text: str, expected: list[tuple[str, int]]
) -> None:
    assert _counts(claims_of(text)) == expected


@pytest.mark.parametrize(
    ("text", "kind", "figure"),
    [
        # the figure before the toll a causative verb puts at it: the toll, or a counting noun with those harmed
        # right after it, or the total read as a determiner
        ("Saturday's raids brought to 64 the death toll in the province.", "killed", 64),
        ("The strike brings to 30 the toll.", "killed", 30),
        ("The monitor said the raids brought to 52 the number killed in the valley.", "killed", 52),
        ("The shelling brought to 18 the total wounded in the district.", "injured", 18),
        ("The shelling brought to 18 the total of wounded in the district.", "injured", 18),
        ("The fighting raised to 40 its count of soldiers killed.", "killed", 40),
        # a verb of updating or revising brings a toll to its figure too
        ("The monitor updated to 21 its tally of the dead.", "killed", 21),
        ("The ministry revised the number of dead to 27.", "killed", 27),
    ],
)
def test_figure_before_the_toll_a_verb_brings_to_it(
    claims_of: ClaimsOf, text: str, kind: str, figure: int
) -> None:
    assert [(c.kind, c.count.low) for c in claims_of(text)] == [(kind, figure)]


@pytest.mark.parametrize(
    "text",
    [
        "The raids brought to 12 the number of villages hit this week.",
        "The storm brought to 45 the number of flooded homes.",
        "The ministry revised the number of schools to 27.",
    ],
)
def test_figure_before_a_count_of_things_is_no_toll(claims_of: ClaimsOf, text: str) -> None:
    assert claims_of(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a share with a noun of its own after the count, its commas lost: the predicate after the share is the
        # count's; the share is a claim of its own
        (
            "Four villagers two of them boys died and six more were hurt.",
            [("killed", 4), ("killed", 2)],
        ),
        (
            "Eleven farmers at least three of them women were killed in the shelling.",
            [("killed", 11), ("killed", 3)],
        ),
        ("Nine guards seven of them conscripts were wounded.", [("injured", 9), ("injured", 7)]),
        # with its commas, as before
        ("Four villagers, two of them boys, died in the raid.", [("killed", 4), ("killed", 2)]),
    ],
)
def test_share_without_marks_after_a_count(
    claims_of: ClaimsOf, text: str, expected: list[tuple[str, int]]
) -> None:
    assert _counts(claims_of(text))[:2] == expected


def test_share_without_a_noun_starts_a_clause(claims_of: ClaimsOf) -> None:
    # "12 of them were later executed" tells a part of those rounded up, no harm of the 30
    assert _counts(claims_of("The army rounded up 30 men 12 of them were later executed.")) == [
        ("killed", 12)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the state "left" leaves its object in is no active verb, whatever follows it once commas are lost
        ("The raid left 17 villagers wounded the monitor added.", [("injured", 17)]),
        ("The shelling left at least 15 residents injured the governor said.", [("injured", 15)]),
        ("The blast left nine people killed a witness said.", [("killed", 9)]),
        # after another verb the word after the participle is still its object (one driver wounded)
        ("Nine soldiers wounded the driver of the truck.", [("injured", 1)]),
    ],
)
def test_state_left_after_a_count(claims_of: ClaimsOf, text: str, expected: list[tuple[str, int]]) -> None:
    assert _counts(claims_of(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "dying" as the verb of a gerund clause whose subject is the count, after a preposition
        ("The blast resulted in 14 villagers dying, among them three boys.", [("killed", 14), ("killed", 3)]),
        ("The siege led to 40 children dying of hunger.", [("killed", 40)]),
        ("Clashes raged overnight, with at least 30 fighters dying on both sides.", [("killed", 30)]),
        # a progressive, a state left or a modifier tells no death yet
        ("Three people are dying every day in the camp.", []),
        ("Aid workers found 12 dying soldiers in the ruins.", []),
        ("The raid left 30 people dying in the street.", []),
    ],
)
def test_count_dying_in_a_gerund_clause(
    claims_of: ClaimsOf, text: str, expected: list[tuple[str, int]]
) -> None:
    assert _counts(claims_of(text)) == expected


@pytest.mark.parametrize(
    ("text", "low", "high", "qualifier"),
    [
        # a fraction of a scale, and a half added to the units before a scale
        ("half a dozen wounded", 6, 6, "exact"),
        ("more than a quarter of a million refugees", 250_001, None, "more_than"),
        ("some half million people", 500_000, 500_000, "about"),
        ("half a million people", 500_000, 500_000, "exact"),
        ("a quarter million refugees", 250_000, 250_000, "exact"),
        ("one and a half million people", 1_500_000, 1_500_000, "exact"),
        ("two and a half thousand troops", 2_500, 2_500, "exact"),
    ],
)
def test_fractions_of_a_scale(text: str, low: int, high: int | None, qualifier: str) -> None:
    found = find_numbers(text)
    assert [(n.low, n.high, n.qualifier) for n in found][:1] == [(low, high, qualifier)]


def test_a_half_without_a_scale_is_no_number() -> None:
    assert find_numbers("half of them were children") == []


def test_a_toll_in_a_fraction_of_a_million(claims_of: ClaimsOf) -> None:
    claims = claims_of("Over the winter more than a quarter of a million refugees died of cold.")
    assert [(c.kind, c.count.low, c.count.qualifier) for c in claims] == [("killed", 250_001, "more_than")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a count of people after "with" right after a passive or intransitive predicate shares its harm
        (
            "The rebel commander was killed with three of his bodyguards in the raid.",
            [("killed", 1), ("killed", 3)],
        ),
        ("The district chief died with four of his guards in the ambush.", [("killed", 1), ("killed", 4)]),
        (
            "The local judge was wounded with two policemen outside the court.",
            [("injured", 1), ("injured", 2)],
        ),
        # "together with" as "along with"
        (
            "The rebel commander was killed on Sunday together with three of his bodyguards.",
            [("killed", 1), ("killed", 3)],
        ),
        # an active verb takes an object after "with"; things are no victims
        ("The gunmen killed with three accomplices watching.", []),
        ("Gunmen killed the judge with two bullets to the head.", [("killed", 1)]),
    ],
)
def test_count_with_those_harmed_before_it(
    claims_of: ClaimsOf, text: str, expected: list[tuple[str, int]]
) -> None:
    assert _counts(claims_of(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a headline's list of verbs with their counts, its commas lost: each count is its verb's object
        ("Rocket fire kills 8 wounds 31 in port city", [("killed", 8), ("injured", 31)]),
        ("Car bomb kills 14 injured 30 near checkpoint", [("killed", 14), ("injured", 30)]),
        ("The strike killed 12 wounded 30 others, the monitor said.", [("killed", 12), ("injured", 30)]),
        # with its comma, as before
        ("Shelling kills 17, wounds 40", [("killed", 17), ("injured", 40)]),
    ],
)
def test_verbs_with_counts_without_commas(
    claims_of: ClaimsOf, text: str, expected: list[tuple[str, int]]
) -> None:
    assert _counts(claims_of(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "others" in a gapped clause or before a reduced relative names more than one: no claim of one
        ("Twelve villagers were wounded and others killed in the raids.", [("injured", 12)]),
        ("Nine guards were killed and others hurt in the fighting.", [("killed", 9)]),
        ("The others killed by the blast were buried on Friday.", []),
        # one person, as before
        ("The mayor was killed and his driver wounded.", [("killed", 1), ("injured", 1)]),
    ],
)
def test_others_in_a_gapped_clause_are_no_one(
    claims_of: ClaimsOf, text: str, expected: list[tuple[str, int]]
) -> None:
    assert _counts(claims_of(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one person named by a possessive after a count and "and" shares the count's harm, as "a woman" does
        ("Two boys and their mother were killed in the strike.", [("killed", 2), ("killed", 1)]),
        ("Three brothers and their sister died in the raid.", [("killed", 3), ("killed", 1)]),
        ("The shelling killed two young girls and their mother.", [("killed", 2), ("killed", 1)]),
        ("Five guards and their commander were wounded.", [("injured", 5), ("injured", 1)]),
        # two persons without a count are each one, as before; a thing is no one
        ("The farmer and his wife were wounded.", [("injured", 1), ("injured", 1)]),
    ],
)
def test_possessed_person_after_a_count(
    claims_of: ClaimsOf, text: str, expected: list[tuple[str, int]]
) -> None:
    assert _counts(claims_of(text)) == expected


def test_possessed_person_adds_to_the_toll(claims_of: ClaimsOf) -> None:
    claims = claims_of("An air strike on the farm killed two boys and their mother, a monitor said.")
    assert _counts(claims) == [("killed", 2), ("killed", 1)]
    assert len({c.span for c in claims}) == 1  # one coordination: a tally adds the two and the one up


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a determiner may open the count after "and" that tells the harm of the one before it
        ("A woman and her three sons were killed in the strike.", [("killed", 1), ("killed", 3)]),
        ("A farmer and his two daughters died in the raid.", [("killed", 1), ("killed", 2)]),
        ("Six guards and their two officers were wounded.", [("injured", 6), ("injured", 2)]),
        ("The strike killed a woman and her four children.", [("killed", 1), ("killed", 4)]),
    ],
)
def test_count_after_and_a_determiner(
    claims_of: ClaimsOf, text: str, expected: list[tuple[str, int]]
) -> None:
    claims = claims_of(text)
    assert _counts(claims) == expected
    assert len({c.span for c in claims}) == 1
