"""Casualty counts in text that lost its commas read as they do with them, on sentences composed for these tests: a
passive harm participle takes no count after it as its object when that count has a verb of its own ("twelve
soldiers were killed three were captured": the three were captured, not killed); digits between a name and a
singular verb are the person's age ("Omar Haddad 34 was shot" is one killed, no count of 34); counts after a count
that add up to it are its breakdown ("seven civilians two women and five children were killed" is seven, not 14)."""

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
        # the count after the passive is the subject of a clause of its own, told by an auxiliary
        (
            "Twelve soldiers were killed, three were captured in the raid.",
            [("detained", 3, 3), ("killed", 12, 12)],
        ),
        (
            "Nine rebels have been killed, eight more have been captured, and a camp was burned.",
            [("detained", 8, 8), ("killed", 9, 9)],
        ),
        ("Two men were shot dead, 3 were hurt.", [("injured", 3, 3), ("killed", 2, 2)]),
        ("Six people were killed, 20 others were wounded.", [("injured", 20, 20), ("killed", 6, 6)]),
        # or by a harm participle of its own after its noun
        ("Some 300 people have been killed, 450 wounded.", [("injured", 450, 450), ("killed", 300, 300)]),
    ],
)
@pytest.mark.parametrize("commas", [True, False])
def test_a_passive_takes_no_count_with_a_verb_of_its_own(
    claims_of: ClaimsOf, text: str, expected: list[tuple], commas: bool
) -> None:
    assert _counts(claims_of(text if commas else text.replace(",", ""))) == expected


def test_a_passive_still_reads_a_count_without_a_verb(claims_of: ClaimsOf) -> None:
    """A count after a passive with no verb of its own is no new clause: a time ("3 days later") is no count, and a
    part ("two of them children") is still read."""
    assert _counts(claims_of("They were killed 3 days later.")) == []
    assert _counts(claims_of("Four civilians were killed two of them children.")) == [
        ("killed", 2, 2),
        ("killed", 4, 4),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Rashid Omar, 34, was killed by a sniper.",
        "RASHID OMAR, 34, WAS KILLED BY A SNIPER.",
        "Police said Hadi Karam, 61, has died of his wounds.",
        "Police said Hadi Karam, 61, has been shot dead.",
    ],
)
@pytest.mark.parametrize("commas", [True, False])
def test_an_age_after_a_name_is_no_count(claims_of: ClaimsOf, text: str, commas: bool) -> None:
    assert _counts(claims_of(text if commas else text.replace(",", ""))) == [("killed", 1, 1)]


def test_a_count_before_a_singular_verb_after_a_harm_or_a_plural_verb_stays(claims_of: ClaimsOf) -> None:
    """The object of a verb of harm before "was" is a count, and a count before a plural verb after a name is one."""
    assert _counts(claims_of("The attack that killed 12 was condemned.")) == [("killed", 12, 12)]
    assert _counts(claims_of("In Tel Amra 15 were killed.")) == [("killed", 15, 15)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the counts after the first add up to it: they break it down, no count beside it
        (
            "Seven civilians, two women and five children, were killed in the shelling.",
            [("killed", 2, 2), ("killed", 5, 5)],
        ),
        (
            "Eleven villagers, three women and eight men, died in the raid.",
            [("killed", 3, 3), ("killed", 8, 8)],
        ),
    ],
)
@pytest.mark.parametrize("commas", [True, False])
def test_a_list_that_adds_up_to_the_count_before_it_is_its_breakdown(
    claims_of: ClaimsOf, text: str, expected: list[tuple], commas: bool
) -> None:
    assert _counts(claims_of(text if commas else text.replace(",", ""))) == expected


def test_a_list_that_does_not_add_up_stays_a_list(claims_of: ClaimsOf) -> None:
    """Counts that do not add up to the first are more people beside it, with commas or without."""
    expected = [("killed", 1, 1), ("killed", 4, 4), ("killed", 6, 6)]
    assert _counts(claims_of("Six fighters, four soldiers and a nurse were killed.")) == expected
    assert _counts(claims_of("Six fighters four soldiers and a nurse were killed.")) == expected
