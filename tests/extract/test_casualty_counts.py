"""Casualty counts in noisy news text: dates, clocks, share counters and links next to the real count."""

from __future__ import annotations

from typing import Any

import pytest

from harmwatch.records import Claim


def _summary(claims: list[Claim]) -> list[tuple[Any, ...]]:
    return [(c.kind, c.count.low, c.count.high, c.count.qualifier) for c in claims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "17-06-2016 40 Civilians Killed 100 Injured in New Rocket Attacks on the city.",
            [("killed", 40, 40, "exact"), ("injured", 100, 100, "exact")],
        ),
        (
            "Tuesday 9 February 2016 08:15 Seven Civilians Killed in Shelling on the outskirts.",
            [("killed", 7, 7, "exact")],
        ),
        (
            "Get short URL 124 At least four people were killed by the shelling on Saturday.",
            [("killed", 4, None, "at_least")],
        ),
        (
            "Get short URL 0 15 The death toll following the attack on the village reached 51 people.",
            [("killed", 51, 51, "exact")],
        ),
        (
            "SHARE httpnewsexam.pl7QXKR2 AA Photo At least 14 people were killed when a mortar hit.",
            [("killed", 14, None, "at_least")],
        ),
        ("The army eliminated over 75 Nusra Front militants.", [("killed", 76, None, "more_than")]),
        ("A video showed the beheadings of at least 18 men.", [("killed", 18, None, "at_least")]),
        ("A further nine people died in hospital.", [("killed", 9, 9, "exact")]),
    ],
)
def test_the_count_next_to_noise(claims_of, text: str, expected: list[tuple[Any, ...]]) -> None:
    assert _summary(claims_of(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Fri 31-07-2015 Rocket attacks hit the city again.",
        "August 12 2016 Terrorists executed militants who tried to leave the city.",
        "The army destroyed 5 tanks and 12 positions of the group.",
    ],
)
def test_dates_and_things_are_no_counts(claims_of, text: str) -> None:
    assert [c for c in claims_of(text) if c.count.low != 1] == []


def test_victims_before_an_aside(claims_of) -> None:
    (claim,) = claims_of("Ten civilians some of them children were killed in the strike.")
    assert (claim.count.low, claim.victims.type) == (10, "civilians")


def test_counts_sharing_one_predicate_share_its_span(claims_of) -> None:
    before = claims_of("The strike hit the camp killing five women and a child.")
    assert [(c.count.low, c.victims.type) for c in before] == [(5, "women"), (1, "children")]
    assert before[0].span == before[1].span
    after = claims_of("Three soldiers and a civilian were killed in the shelling.")
    assert [(c.kind, c.count.low) for c in after] == [("killed", 3), ("killed", 1)]
    assert after[0].span == after[1].span
    others = claims_of("The group was crucifying two people and executing 23 others.")
    assert [(c.kind, c.count.low) for c in others] == [("killed", 2), ("killed", 23)]
    assert others[0].span == others[1].span
    apart = claims_of("Gunmen killed 5 people and wounded 10.")
    assert [(c.kind, c.count.low) for c in apart] == [("killed", 5), ("injured", 10)]
    assert apart[0].span != apart[1].span


def test_one_count_over_coordinated_modifiers(claims_of) -> None:
    (claim,) = claims_of("At least 45 regime and rebel fighters have been killed since Sunday.")
    assert (claim.kind, claim.count.low, claim.victims.type) == ("killed", 45, "fighters")
    assert _summary(claims_of("The raid killed 5 people and the attackers were arrested.")) == [
        ("killed", 5, 5, "exact")
    ]


def test_a_count_after_a_closed_aside_joins_the_count_before_it(claims_of) -> None:
    claims = claims_of(
        "Clashes left 23 civilians - including nine children - and 16 combatants dead, the monitor said."
    )
    by_low = {c.count.low: c for c in claims}
    assert by_low[23].span == by_low[16].span
    assert by_low[9].span != by_low[23].span
    # without a closing mark "and three women" stays inside the "including" list
    listed = claims_of("The shelling left 16 civilians including five children and three women dead.")
    by_low = {c.count.low: c for c in listed}
    assert by_low[5].span == by_low[3].span != by_low[16].span


def test_a_list_without_and_shares_its_predicate(claims_of) -> None:
    claims = claims_of("Air strikes kill 10 children 5 women in the north of the province")
    assert [(c.count.low, c.victims.type) for c in claims] == [(10, "children"), (5, "women")]
    assert claims[0].span == claims[1].span
    sourced = claims_of("Tanks shelled the city on Monday, killing four more civilians, two residents said.")
    assert [c.count.low for c in sourced] == [4]


def test_all_before_a_count(claims_of) -> None:
    (claim,) = claims_of("A helicopter was shot down on Monday, killing all five people on board.")
    assert (claim.kind, claim.count.low) == ("killed", 5)


def test_a_share_of_the_count_is_an_aside(claims_of) -> None:
    (claim,) = claims_of(
        "At least 230 people more than half of them from Hezbollah have been killed near the border."
    )
    assert (claim.kind, claim.count.low, claim.count.qualifier) == ("killed", 230, "at_least")


def test_a_counter_before_a_count_of_one_is_no_count(claims_of) -> None:
    claims = claims_of("Get short URL 0 612 A woman and a child were killed after the shelling.")
    assert 612 not in [c.count.low for c in claims]


def test_victims_also_killed_add_to_the_count_before(claims_of) -> None:
    claims = claims_of(
        "Bombing has killed three emergency workers while six children were also killed in air raids."
    )
    assert [c.count.low for c in claims] == [3, 6]
    assert claims[0].span == claims[1].span
    # a part named inside the count is no addition to it
    parts = claims_of("Thirteen civilians including four children were also killed in the shelling.")
    by_low = {c.count.low: c for c in parts}
    assert by_low[13].span != by_low[4].span


@pytest.mark.parametrize(
    ("text", "written", "spanned"),
    [
        ("Gunmen killed two, police said.", "two", "killed two"),
        ("Militants shot dead three, the army said on Friday.", "three", "shot dead three"),
        ('"Gunmen killed two," a resident told reporters.', "two", "killed two"),
        ("The raid killed 12. Police later arrested a suspect.", "12", "killed 12"),
        ("Gunmen killed two farmers, police said.", "two farmers", "killed two farmers"),
    ],
)
def test_a_count_ends_at_its_own_words(claims_of, text: str, written: str, spanned: str) -> None:
    """A comma, a sentence's end or a quotation mark right after the number ends the count: the claimant after
    it is no victim."""
    claim = next(c for c in claims_of(text) if c.kind == "killed")
    assert claim.count.as_written == written
    assert text[claim.span[0] : claim.span[1]] == spanned


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ('The army said two "infiltrators" lost their lives in the clash.', 'two "infiltrators'),
        ("AT LEAST [9] PERSONS DIED DURING THE RIOTS OF LAST WEEK.", "AT LEAST [9] PERSONS"),
    ],
)
def test_a_mark_that_opens_the_noun_or_closes_the_figure_keeps_the_count(
    claims_of, text: str, written: str
) -> None:
    """A quotation mark opened on the count's noun and the bracket closing an editor's figure end no count."""
    (claim,) = claims_of(text)
    assert (claim.kind, claim.count.as_written) == ("killed", written)


def test_a_shared_noun_ends_at_a_comma(claims_of) -> None:
    """ "70 regime and rebel fighters" is one noun over two modifiers; a comma before "and" opens a new clause."""
    (shared,) = claims_of("70 regime and rebel fighters have been killed.")
    assert shared.count.as_written == "70 regime and rebel fighters"
    assert [
        c.count.as_written for c in claims_of("The militia rounded up 30 men, and guards were killed.")
    ] == []


def test_pilots_are_people(claims_of) -> None:
    """A count of pilots is a count of people, also behind a participle's aside ("ferrying the cargo plane")."""
    (claim,) = claims_of("Three pilots ferrying the cargo plane died near the runway.")
    assert (claim.kind, claim.count.low, claim.count.as_written) == ("killed", 3, "Three pilots")
