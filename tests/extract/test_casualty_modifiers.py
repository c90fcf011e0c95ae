"""Numbers that look like counts of people but are not: a day after an abbreviated month in a wire dateline,
and a person word that only modifies a thing ("civilian cars"); and "shot dead" before its count."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from harmwatch.records import Claim


def _counts(claims: list[Claim]) -> list[tuple[str, int | None, str]]:
    return [(c.kind, c.count.low, c.count.as_written) for c in claims]


@pytest.mark.parametrize(
    "text",
    [
        "TRIPOLI, Feb. 9 (Wire) - Gunmen killed four soldiers, the ministry said.",
        "KABUL, Dec. 12 (Wire) - An ambush killed four soldiers, the ministry said.",
        "A roadside bomb killed four soldiers on Sept. 28, the ministry said.",
    ],
)
def test_a_day_after_an_abbreviated_month_is_no_count(
    claims_of: Callable[[str], list[Claim]], text: str
) -> None:
    assert [(kind, low) for kind, low, _ in _counts(claims_of(text))] == [("killed", 4)]


def test_a_full_month_still_ends_its_sentence(claims_of: Callable[[str], list[Claim]]) -> None:
    claims = claims_of("The siege began in May. 5 people died of hunger in the first week.")
    assert [(kind, low) for kind, low, _ in _counts(claims)] == [("killed", 5)]


@pytest.mark.parametrize(
    "text",
    [
        "The militia said it destroyed two armoured personnel carriers near the dam.",
        "Shelling destroyed three civilian cars on the coast road.",
        "Two police stations were destroyed in the night.",
    ],
)
def test_a_person_word_before_a_thing_names_the_thing(
    claims_of: Callable[[str], list[Claim]], text: str
) -> None:
    assert claims_of(text) == []


def test_a_person_word_that_heads_its_phrase_still_counts(claims_of: Callable[[str], list[Claim]]) -> None:
    claims = claims_of("Mortar fire killed six police officers and wounded nine civilians.")
    assert [(kind, low) for kind, low, _ in _counts(claims)] == [("killed", 6), ("injured", 9)]


@pytest.mark.parametrize(
    ("text", "low"),
    [
        ("Masked men shot dead five farmers outside the village.", 5),
        ("Snipers are shooting dead two or three people a day, residents say.", 2),
    ],
)
def test_shot_dead_before_its_count(claims_of: Callable[[str], list[Claim]], text: str, low: int) -> None:
    assert [(kind, lo) for kind, lo, _ in _counts(claims_of(text))][:1] == [("killed", low)]
