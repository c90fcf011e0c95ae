"""Counts a recall audit found unread: a passive with "get" ("five people got injured"); a count told as two figures
to choose from ("two or three", "5 or 6"), a range. Sentences composed for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from harmwatch.extract.casualties.numbers import find_numbers
from harmwatch.records import Claim

ClaimsOf = Callable[[str], list[Claim]]


def _counts(claims: list[Claim]) -> list[tuple[str, int | None]]:
    return [(c.kind, c.count.low) for c in claims]


SHAPES: list[tuple[str, list[tuple[str, int]]]] = [
    # "get" as the auxiliary of a passive, after a count and its noun
    (
        "A driver was killed and six other passengers got injured when the bus hit a mine near Varden.",
        [("killed", 1), ("injured", 6)],
    ),
    ("Three guards got killed in the raid on the depot.", [("killed", 3)]),
    ("Police said 14 people have gotten hurt in the crush at the gate.", [("injured", 14)]),
    ("Dozens of marchers get wounded whenever the troops open fire.", [("injured", 24)]),
]


@pytest.mark.parametrize(("text", "expected"), SHAPES)
def test_the_claims_of_each_shape(claims_of: ClaimsOf, text: str, expected: list[tuple[str, int]]) -> None:
    assert _counts(claims_of(text)) == expected


def test_a_count_before_get_keeps_its_span(claims_of: ClaimsOf) -> None:
    text = "Eleven miners got hurt in the blast."
    (claim,) = claims_of(text)
    assert text[claim.span[0] : claim.span[1]] == "Eleven miners got hurt"


@pytest.mark.parametrize(
    ("text", "bounds"),
    [
        ("Two or three people were injured in the crash near Lorne.", ("injured", 2, 3)),
        ("Gunmen killed one guard and wounded four or five others.", ("injured", 4, 5)),
        ("ONE DEAD, SEVEN OR EIGHT WOUNDED.", ("injured", 7, 8)),
        ("The shelling killed 11 or 12 villagers.", ("killed", 11, 12)),
    ],
)
def test_two_figures_joined_by_or_are_a_range(
    claims_of: ClaimsOf, text: str, bounds: tuple[str, int, int]
) -> None:
    kind, low, high = bounds
    ranged = [c for c in claims_of(text) if c.kind == kind and c.count.high != c.count.low]
    assert [(c.count.low, c.count.high, c.count.qualifier) for c in ranged] == [(low, high, "about")]


def test_or_before_no_greater_figure_is_no_range() -> None:
    # "20 or more" is a lower bound; "five or two" names no range; a clock or a day keeps its own filters
    (more,) = find_numbers("20 or more people")
    assert (more.low, more.high, more.qualifier) == (20, None, "at_least")
    assert [(n.low, n.high) for n in find_numbers("five or two")] == [(5, 5), (2, 2)]


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("A father and his three children were killed when a shell hit their flat in Norwick.", [1, 3]),
        ("A FATHER AND HIS TWO SONS WERE KILLED IN THE RAID.", [1, 2]),
        # a title before a name has no article: no count of one is read off it
        ("Father Tom Kerrigan and two nuns were killed at the mission.", [2]),
    ],
)
def test_a_father_after_an_article_is_a_person(claims_of: ClaimsOf, text: str, killed: list[int]) -> None:
    assert sorted(c.count.low or 0 for c in claims_of(text) if c.kind == "killed") == killed
