"""Reported speech without quotation marks: sources, cues and contents."""

from __future__ import annotations

import pytest

from harmwatch.config import Settings
from harmwatch.extract.quotes.direct import extract_quotes
from harmwatch.extract.quotes.people import find_people
from harmwatch.extract.quotes.speech import extract_statements
from harmwatch.ingest.text import make_article
from harmwatch.nlp import parse
from harmwatch.records import Statement


@pytest.fixture(scope="module")
def statements_of(nlp):
    def run(text: str) -> list[Statement]:
        parsed = parse(make_article("Headline of the story\n\n" + text, Settings()), nlp)
        people = find_people(parsed)
        return extract_statements(parsed, people, extract_quotes(parsed, people))

    return run


def _by_cue(statements: list[Statement]) -> dict[str, Statement]:
    return {s.cue.text: s for s in statements if s.cue}


def test_said_that(statements_of):
    s = statements_of("The Health Ministry said that 12 people were killed in the blast.")[0]
    assert s.source.name == "Health Ministry" and s.cue.text == "said"
    assert s.content.text == "12 people were killed in the blast"


def test_called_on_and_slammed(statements_of):
    found = _by_cue(
        statements_of(
            "Human Rights Watch has called on both sides to stop shelling homes. "
            "On Friday, Deputy Mayor Tom Reyes slammed the attacks on the hospital."
        )
    )
    assert found["called on"].source.name == "Human Rights Watch"
    assert found["called on"].content.text.startswith("both sides to stop shelling")
    assert found["slammed"].source.name == "Tom Reyes"
    assert found["slammed"].content.text == "the attacks on the hospital"


def test_according_to_an_estimate_by_an_abbreviated_body(statements_of):
    s = statements_of("The war has displaced 2 million people, according to an estimate by the UN.")[0]
    assert s.cue.text == "according to" and s.source.name == "United Nations"
    assert s.content.text == "The war has displaced 2 million people"


def test_unnamed_reports_and_sources(statements_of):
    found = _by_cue(
        statements_of(
            "On Sunday, reports surfaced that a convoy had been ambushed near the border. "
            "The attackers fled into the hills, sources said."
        )
    )
    assert found["surfaced"].source.name == "reports"
    assert found["said"].source.name == "sources"
    assert found["said"].content.text == "The attackers fled into the hills"


def test_capital_as_speaker_is_its_country(statements_of):
    s = statements_of("Washington has long insisted that the rebels must leave the city.")[0]
    assert s.source.name == "United States" and s.cue.text == "insisted"


def test_descriptions_resolve_to_the_organisation_named_before(statements_of):
    statements = statements_of(
        "Amnesty International published a report on Monday. The human rights group said the strikes "
        "were unlawful. The UN offices were hit by a shell, said a statement released by the world body."
    )
    by_content = {s.content.text.split()[1]: s.source for s in statements}
    assert by_content["strikes"].name == "Amnesty International"
    assert by_content["UN"].name == "United Nations"


def test_direct_quote_cue_is_not_a_statement(statements_of):
    assert statements_of('"We will win," the general said.') == []


def test_a_description_set_off_before_a_name_is_the_name(statements_of):
    text = (
        "A volunteer network that counts the dead from across the border, the Northern Casualty Monitor, "
        "said on Tuesday that nineteen villagers had died in the raid."
    )
    sources = [s.source.name for s in statements_of(text) if s.source]
    assert "Northern Casualty Monitor" in sources


def test_inside_quote_over_unordered_and_nested_ranges(nlp):
    from harmwatch.extract.quotes.resolve import Context

    parsed = parse(make_article("A short text for the context.", Settings()), nlp)
    quoted = [(40, 60), (5, 30), (10, 12), (70, 71)]
    ctx = Context(parsed, [], quoted)
    for offset in range(0, 80):
        assert ctx.inside_quote(offset) == any(s <= offset < e for s, e in quoted), offset
    assert ctx.inside_quote(29) and not ctx.inside_quote(30) and ctx.inside_quote(70)
    assert not Context(parsed, [], []).inside_quote(0)
