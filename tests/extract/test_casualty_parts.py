"""Parts of a count and counts that share its harm: "including six children", "seven of them women", "along
with three of his guards", "the murder of the four nuns and the three gardeners", "the killers of", "among
those killed"; a day before a month; the figure stated by "nearly N". Sentences composed for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from harmwatch.extract.incidents.claims import tally
from harmwatch.records import Claim, Count, Victims

ClaimsOf = Callable[[str], list[Claim]]


def _counts(claims: list[Claim]) -> list[tuple[str, int | None]]:
    return [(c.kind, c.count.low) for c in claims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "including N", "among them N" after a count: a part, harmed as the count was
        (
            "Gunmen killed 14 villagers, including 6 children, in a hamlet near the border.",
            [("killed", 14), ("killed", 6)],
        ),
        (
            "Eight people were hurt, including two nurses, when the clinic was shelled.",
            [("injured", 8), ("injured", 2)],
        ),
        ("Nine shoppers were injured, among them four teenagers.", [("injured", 9), ("injured", 4)]),
        (
            "THE BOMB KILLED 4 PERSONS AND INJURED 21 TODAY, INCLUDING 3 POLICE AGENTS.",
            [("killed", 4), ("injured", 21), ("injured", 3)],
        ),
        # "N of them" right after a count, and a count whose predicate follows such a share
        ("The raid killed twelve farmers, seven of them women.", [("killed", 12), ("killed", 7)]),
        (
            "SEVEN MONKS, THREE OF THEM FOREIGNERS, WERE MURDERED BY UNIDENTIFIED MEN.",
            [("killed", 7), ("killed", 3)],
        ),
    ],
)
def test_a_part_of_a_count_is_a_claim_of_the_same_harm(
    claims_of: ClaimsOf, text: str, expected: list[tuple[str, int]]
) -> None:
    assert _counts(claims_of(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Eleven guards were wounded, three of them died the next day.", [("injured", 11), ("killed", 3)]),
        ("Six porters were hurt; two of them later died in hospital.", [("injured", 6), ("killed", 2)]),
        # a share with a harm of the count's own kind, or with no harm of its own, stays a part
        ("Nine were hurt, two of them seriously.", [("injured", 9), ("injured", 2)]),
    ],
)
def test_a_share_with_a_harm_of_its_own_is_no_part(
    claims_of: ClaimsOf, text: str, expected: list[tuple[str, int]]
) -> None:
    """ "N of them" followed by a predicate of another harm is that predicate's subject: its own count of that harm,
    not a part of the count before it harmed as that count was."""
    assert _counts(claims_of(text)) == expected


def test_a_plural_pronoun_names_no_one_victim(claims_of: ClaimsOf) -> None:
    assert _counts(claims_of("The guards were taken to the clinic, where they died.")) == []
    assert _counts(claims_of("The guard was taken to the clinic, where he died.")) == [("killed", 1)]


def test_a_part_is_no_total_of_the_incident(claims_of: ClaimsOf) -> None:
    claims = claims_of("The shelling killed 14 villagers, including 6 soldiers, and wounded 30 others.")
    assert _counts(claims) == [("killed", 14), ("killed", 6), ("injured", 30)]
    assert tally(claims)["killed"].low == 14
    # the part lies inside the count's span, which runs over it
    whole, part = claims[0].span, claims[1].span
    assert whole[0] < part[0] and part[1] <= whole[1]


def test_a_part_needs_people_and_a_count_just_before(claims_of: ClaimsOf) -> None:
    # "including 3 tanks" names things; "including" far after the count opens no part
    assert _counts(claims_of("The strike killed 9 fighters, including 3 tank crews.")) == [("killed", 9)]
    text = "Nine people were killed when rebels, who hold the hills overlooking the road, shelled buses including 4 minibuses."
    assert _counts(claims_of(text)) == [("killed", 9)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a determiner or "other" after "and" keeps the second count in the harm of the first
        (
            "Police are investigating the murder of the four nuns and the three gardeners.",
            [("killed", 4), ("killed", 3)],
        ),
        (
            "THE COURT WILL STUDY THE KILLING OF FOUR TEACHERS AND THEIR TWO DRIVERS.",
            [("killed", 4), ("killed", 2)],
        ),
        # "along with N": the harm told before it in the clause
        ("The mayor was killed on Sunday along with three of his guards.", [("killed", 1), ("killed", 3)]),
        ("A TEACHER WAS SHOT TO DEATH ALONG WITH TWO OTHER UNION MEMBERS.", [("killed", 1), ("killed", 2)]),
        # the harm noun governs its object, whatever a relative clause says of the victims' past
        ("The report follows the death of five farmers who had been abducted last month.", [("killed", 5)]),
        # the agents of a killing name its victims too
        ("The killers of the three judges have not been found.", [("killed", 3)]),
        # "were among those killed"
        ("Three soldiers were among those killed.", [("killed", 3)]),
        # base forms of the verbs of wounding
        ("THE SNIPER MANAGED TO KILL 2 PERSONS AND WOUND 9 OTHERS.", [("killed", 2), ("injured", 9)]),
        # a day before the month: the number after the month is a count, not the day
        ("ON 14 MARCH 17 BODIES WERE FOUND IN A DITCH.", [("killed", 17)]),
        ("On March 14 2015 gunmen killed 3 people.", [("killed", 3)]),
    ],
)
def test_counts_that_share_a_harm(claims_of: ClaimsOf, text: str, expected: list[tuple[str, int]]) -> None:
    assert _counts(claims_of(text)) == expected


def test_coordinated_counts_after_a_determiner_add_up(claims_of: ClaimsOf) -> None:
    claims = claims_of("Police are investigating the murder of the four nuns and the three gardeners.")
    assert tally(claims)["killed"].low == 7


def test_along_with_needs_a_harm_before_it(claims_of: ClaimsOf) -> None:
    assert claims_of("The minister, along with three aides, visited the wounded on Monday.") == []
    # another count between the harm and "along with" takes the harm, not the people after it
    text = "The army killed five rebels along with 20 militiamen."
    assert _counts(claims_of(text)) == [("killed", 5)]


def _up_to(low_written: str, high: int, start: int) -> Claim:
    return Claim(
        id=f"c{start}",
        kind="killed",
        count=Count(None, high, "up_to", low_written),
        victims=Victims(),
        claimant=None,
        span=(start, start + 5),
    )


def test_nearly_n_gives_the_figure_the_text_states() -> None:
    # "nearly 58 people" bounds the toll from above only: the incident's figure is the 58 the text states
    assert tally([_up_to("nearly 58 people", 57, 0)])["killed"].low == 58
    assert tally([_up_to("up to 30", 30, 0)])["killed"].low == 30
    exact = Claim("c9", "killed", Count(12, 12, "exact", "12"), Victims(), None, (20, 25))
    assert tally([_up_to("nearly 58 people", 57, 0), exact])["killed"].low == 12


def test_a_count_inside_another_is_not_coordinated_with_the_next(claims_of: ClaimsOf) -> None:
    # "and" after the predicate joins the wounded, not the children named inside the count before it
    text = "At least 30 civilians including 8 children have been killed and over 90 wounded in the shelling."
    claims = claims_of(text)
    assert _counts(claims) == [("killed", 30), ("killed", 8), ("injured", 91)]
    assert tally(claims)["killed"].low == 30


def test_a_year_after_a_day_and_month_is_no_count(claims_of: ClaimsOf) -> None:
    # the year is no count; the headline's bare "Boy killed" after the date is one person
    claims = claims_of("4 June 2019 Boy killed by a sniper near the bakery.")
    assert [(c.kind, c.count.low, c.count.as_written) for c in claims] == [("killed", 1, "Boy")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an aside in dashes or brackets between the count and its predicate
        ("TWO YOUNG GIRLS -- ONE AGED 6 AND THE OTHER AGED 9 -- DIED IN THE FIRE SET BY THE RAIDERS.", [2]),
        ("Six people - three men and three women - were killed at the crossing.", [6, 3, 3]),
        ("Four guards (two of them from the village) were wounded in the attack.", [4, 2]),
    ],
)
def test_a_count_reaches_its_predicate_over_an_aside(
    claims_of: ClaimsOf, text: str, expected: list[int]
) -> None:
    claims = claims_of(text)
    assert [c.count.low for c in claims] == expected
    assert tally(claims)[claims[0].kind].low == expected[0]


def test_assassinated_before_a_count_is_a_killing(claims_of: ClaimsOf) -> None:
    assert _counts(claims_of("UNKNOWN MEN ASSASSINATED 8 COOPERATIVE MEMBERS IN THE PROVINCE.")) == [
        ("killed", 8)
    ]


def test_the_arrest_of_suspects_is_not_governed_as_harm(claims_of: ClaimsOf) -> None:
    # those arrested are mostly the suspects of the harm: the arrest noun opens no count of its own
    assert claims_of("Prosecutors ordered the arrest of five soldiers over the killings.") == []


def test_plural_compounds_of_men_name_people(claims_of: ClaimsOf) -> None:
    text = "A DRIVER DIED ON THE ROAD; FIVE OTHER PASSENGERS WERE HURT, AMONG THEM TWO CAMERAMEN."
    assert _counts(claims_of(text)) == [("killed", 1), ("injured", 5), ("injured", 2)]
    assert claims_of("The museum lost 40 specimens and 3 regimen charts in the fire.") == []


def test_a_comma_after_a_participle_ends_its_clause(claims_of: ClaimsOf) -> None:
    # "17 wounded, the army": no object of "wounded" follows the comma
    text = "AFTER THE BLAST THAT LEFT 4 GUARDS DEAD AND 17 WOUNDED, THE ARMY CLOSED THE BRIDGE."
    assert _counts(claims_of(text)) == [("killed", 4), ("injured", 17)]
    # without the comma "wounded the" is an active verb with its object: no count of 30 wounded
    assert _counts(claims_of("Some 30 wounded the guard before they fled.")) == []


def test_a_verbs_at_phrase_is_no_count(claims_of: ClaimsOf) -> None:
    # "murdered at 1730": a time; a toll "stands at" its figure
    text = "THE JUDGE, A 52-YEAR-OLD MAN FROM THE CAPITAL, WAS MURDERED AT 1730 THIS AFTERNOON."
    assert [c.count.low for c in claims_of(text)] == [1]
    assert _counts(claims_of("The death toll stood at 45 on Monday.")) == [("killed", 45)]
    assert _counts(claims_of("The attack killed at least 12 people.")) == [("killed", 12)]


@pytest.mark.parametrize(
    "text",
    [
        "Six monks (four of them foreigners) and two cooks were killed in the night.",
        "SEVEN FARMERS (FIVE MEN AND TWO WOMEN) AND A TEACHER WERE MURDERED ON FRIDAY.",
    ],
)
def test_a_count_before_an_aside_shares_the_predicate_of_the_count_after_it(
    claims_of: ClaimsOf, text: str
) -> None:
    claims = claims_of(text)
    assert claims[0].kind == "killed" and claims[0].count.low in (6, 7)
    assert tally(claims)["killed"].low == claims[0].count.low


def test_a_vague_part_names_a_group_and_opens_no_claim(claims_of: ClaimsOf) -> None:
    claims = claims_of("Nearly 30 civilians were killed, including dozens of women, in the night raid.")
    assert [(c.kind, c.count.qualifier) for c in claims] == [("killed", "up_to")]
    assert tally(claims)["killed"].low == 30


def test_a_number_in_a_possessive_name_is_no_count(claims_of: ClaimsOf) -> None:
    text = "A GUARD, WHO IS SAID TO HAVE WORKED AT RADIO 9'S STUDIO, WAS KILLED BY THE BLAST."
    assert _counts(claims_of(text)) == [("killed", 1)]


def test_one_victim_harmed_twice_gives_a_claim_of_each_kind(claims_of: ClaimsOf) -> None:
    text = "THE PRESS REPORTED THAT THE UNION LEADER PEDRO ARIAS, WHO WAS ABDUCTED IN THE CAPITAL, WAS FOUND DEAD."
    assert _counts(claims_of(text)) == [("abducted", 1), ("killed", 1)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a body found tells a death; a "body" that is an institution, or found nowhere, tells none
        ("THE BODY OF LAWYER PEDRO ARIAS, WHO WAS ABDUCTED ON MONDAY, WAS FOUND ON A ROAD.", [("killed", 1)]),
        ("Police found the body of Maria Lopez near the river.", [("killed", 1)]),
        ("The governing body of the United Nations met in Geneva.", []),
        ("The body of the report was written by Maria Lopez.", []),
    ],
)
def test_a_body_found_tells_a_death(claims_of: ClaimsOf, text: str, expected: list[tuple[str, int]]) -> None:
    assert [k for k in _counts(claims_of(text)) if k[0] == "killed"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a time phrase between a harm noun and its "of": the victim follows it
        ("THE PARTY SAID THE ASSASSINATION ON 3 APRIL OF PARTY LEADER PEDRO ARIAS FORCED IT TO QUIT.", 1),
        ("The group condemned the murder on the evening of 3 May of Pedro Arias.", 1),
        ("THE CURFEW FOLLOWS THE DEATHS DURING THOSE 36 HOURS OF A DEPUTY AND A MAYOR.", 2),
        # a place phrase is no time: "of" belongs to the place
        ("The killing in the village of Tal Hamra shocked the region.", 0),
    ],
)
def test_a_time_between_a_harm_noun_and_its_victim(claims_of: ClaimsOf, text: str, expected: int) -> None:
    assert len([c for c in claims_of(text) if c.kind == "killed"]) == expected
