"""Count phrases in digits and words, with their bounds and qualifiers."""

from __future__ import annotations

import pytest

from harmwatch.extract.casualties.numbers import find_numbers


@pytest.mark.parametrize(
    ("text", "low", "high", "qualifier", "as_written"),
    [
        ("84 people", 84, 84, "exact", "84"),
        ("some 400,000 refugees", 400_000, 400_000, "about", "some 400,000"),
        ("at least 84 people", 84, None, "at_least", "at least 84"),
        ("more than 400,000 people", 400_001, None, "more_than", "more than 400,000"),
        ("nearly 50 people", None, 49, "up_to", "nearly 50"),
        ("almost 50 people", None, 49, "up_to", "almost 50"),
        ("up to 20 people", None, 20, "up_to", "up to 20"),
        ("around 30 people", 30, 30, "about", "around 30"),
        ("between 10 and 15 people", 10, 15, "about", "between 10 and 15"),
        ("10 to 15 people", 10, 15, "about", "10 to 15"),
        ("10-15 people", 10, 15, "about", "10-15"),
        ("three dozen people", 36, 36, "exact", "three dozen"),
        ("a dozen people", 12, 12, "exact", "a dozen"),
        ("half a dozen people", 6, 6, "exact", "half a dozen"),
        ("a thousand people", 1000, 1000, "exact", "a thousand"),
        ("a million people", 1_000_000, 1_000_000, "exact", "a million"),
        ("twenty-five people", 25, 25, "exact", "twenty-five"),
        ("THIRTY ONE MILITANTS", 31, 31, "exact", "THIRTY ONE"),
        ("one hundred and twenty people", 120, 120, "exact", "one hundred and twenty"),
        ("1.5 million people", 1_500_000, 1_500_000, "exact", "1.5 million"),
        ("dozens of people", 24, None, "vague", "dozens"),
        ("scores of civilians", 40, None, "vague", "scores"),
        ("hundreds wounded", 200, None, "vague", "hundreds"),
        ("thousands fled", 2000, None, "vague", "thousands"),
        ("tens of thousands fled", 20_000, None, "vague", "tens of thousands"),
        ("a number of people", None, None, "vague", "a number of"),
        ("20 or more people", 20, None, "at_least", "20 or more"),
    ],
)
def test_count_phrase(text: str, low: int | None, high: int | None, qualifier: str, as_written: str) -> None:
    first = find_numbers(text)[0]
    assert (first.low, first.high, first.qualifier) == (low, high, qualifier)
    assert text[first.start : first.end] == as_written


def test_two_counts_in_a_coordination() -> None:
    text = "at least 37 residents have been killed and another 150 residents sustained injuries"
    values = [(n.low, n.qualifier) for n in find_numbers(text) if not n.article]
    assert values == [(37, "at_least"), (150, "exact")]


def test_article_is_one_only_as_a_candidate() -> None:
    (number,) = find_numbers("a soldier")
    assert number.article and number.low == 1


def test_a_date_with_dashes_is_no_range() -> None:
    text = "Fri 31-07-2015 and 10-15 people"
    spans = [(text[n.start : n.end], n.low, n.high) for n in find_numbers(text)]
    assert ("10-15", 10, 15) in spans
    assert not any("-" in written for written, _low, _high in spans if written != "10-15")


def test_a_digit_inside_a_word_is_no_number() -> None:
    assert [n.low for n in find_numbers("see lyp3RMJL and F16 for 20")] == [20]
