"""Quotes and their speakers on small texts, one construction each."""

from __future__ import annotations

import pytest

from harmwatch.config import Settings
from harmwatch.extract.quotes.direct import extract_quotes, find_scare_quotes
from harmwatch.extract.quotes.marks import pair_quotes
from harmwatch.extract.quotes.people import find_people
from harmwatch.ingest.text import make_article
from harmwatch.nlp import parse, split_paragraphs
from harmwatch.records import Quote


@pytest.fixture(scope="module")
def quotes_of(nlp):
    def run(text: str) -> list[Quote]:
        parsed = parse(make_article("Headline of the story\n\n" + text, Settings()), nlp)
        return extract_quotes(parsed, find_people(parsed))

    return run


def _speaker(q: Quote) -> str | None:
    return q.speaker.name if q.speaker else None


def test_split_quote_gives_both_pieces_the_speaker(quotes_of):
    quotes = quotes_of(
        'Police chief Maria Lopez spoke on Tuesday. "We have arrested two men," she said. '
        '"More arrests will follow in the coming days."'
    )
    assert [q.text for q in quotes] == [
        "We have arrested two men,",
        "More arrests will follow in the coming days.",
    ]
    assert [_speaker(q) for q in quotes] == ["Maria Lopez", "Maria Lopez"]
    assert quotes[0].speaker.resolution == "pronoun" and quotes[0].cue.text == "said"
    assert quotes[1].speaker.resolution == "continuation" and quotes[1].cue is None


def test_quote_over_several_paragraphs(quotes_of):
    text = (
        '"The shelling started at dawn and did not stop until noon," said Omar Haddad, a local doctor.\n\n'
        '"We treated forty people in the first hour alone.\n\n'
        '"Most of them were children," he added.'
    )
    quotes = quotes_of(text)
    texts = [q.text for q in quotes]
    assert "We treated forty people in the first hour alone." in texts
    assert all(_speaker(q) == "Omar Haddad" for q in quotes)


def test_paragraph_that_is_only_a_quote_continues_the_speaker(quotes_of):
    text = (
        'The minister, Ahmed Karimi, met reporters. "Our forces will hold the line," Karimi said.\n\n'
        '"We will not retreat from the city."'
    )
    quotes = quotes_of(text)
    assert _speaker(quotes[0]) == "Ahmed Karimi" and quotes[0].speaker.resolution == "surname"
    assert _speaker(quotes[1]) == "Ahmed Karimi" and quotes[1].speaker.resolution == "continuation"


def test_pronoun_skips_a_paragraph_without_people(quotes_of):
    text = (
        '"The convoy was hit twice," aid worker Sarah Collins said.\n\n'
        "Reports surfaced later that the road had been closed for days.\n\n"
        '"Nobody could reach the wounded," she added.'
    )
    quotes = quotes_of(text)
    assert _speaker(quotes[1]) == "Sarah Collins" and quotes[1].speaker.resolution == "pronoun"


def test_person_named_inside_the_quote_is_not_the_speaker(quotes_of):
    text = (
        "Interior Minister Pavel Sokolov said the talks had failed.\n\n"
        '"Not even Martin Greaves could persuade them to stay," he said.'
    )
    quote = quotes_of(text)[0]
    assert _speaker(quote) == "Pavel Sokolov"


def test_object_of_a_meeting_is_not_the_speaker(quotes_of):
    text = (
        "Following a meeting with Swedish Foreign Minister Anna Lindqvist, Mr Sokolov's deputy Ivan Petrov "
        "spoke to reporters.\n\n"
        '"We agreed on very little," he said.'
    )
    quote = quotes_of(text)[0]
    assert _speaker(quote) == "Ivan Petrov"


def test_lost_spaces_between_sentences_and_quotes(quotes_of):
    text = 'The governor John Miles said."We will rebuild the bridge."He added that work starts in May.'
    quotes = quotes_of(text)
    assert [q.text for q in quotes] == ["We will rebuild the bridge."]
    assert _speaker(quotes[0]) == "John Miles"


def test_unmatched_mark_does_not_swallow_the_article(quotes_of):
    text = (
        'The spokesman said "the strikes hit only military targets.\n\n'
        "Residents disputed the account and said a market was hit.\n\n"
        '"Three shops burned down," said shop owner Ali Hassan.'
    )
    quotes = quotes_of(text)
    assert [q.text for q in quotes] == ["Three shops burned down,"]
    assert _speaker(quotes[0]) == "Ali Hassan"


def test_pairing_survives_stray_marks():
    text = 'One "stray mark.\n\nTwo ” more and " another "\n\nThen "a real quote" here.'
    segments = pair_quotes(text, split_paragraphs(text))
    assert [text[s.start : s.end] for s in segments][-1] == "a real quote"
    assert all(s.end - s.start < 60 for s in segments)


def test_scare_quotes_are_not_quotes(nlp, quotes_of):
    text = 'The so-called "moderate" rebels shelled the district on Friday, witnesses told the agency.'
    assert quotes_of(text) == []
    parsed = parse(make_article("Headline\n\n" + text, Settings()), nlp)
    framing = find_scare_quotes(parsed)
    assert [(f.term, f.kind, f.neutral) for f in framing] == [("moderate", "scare_quote", None)]


def test_partial_quote_in_reported_speech(quotes_of):
    text = "Foreign Minister Jean Marchand said that the coalition would become a \u201cpartner\u201d of the militias."
    quote = quotes_of(text)[0]
    assert quote.kind == "partial" and quote.text == "partner"
    assert _speaker(quote) == "Jean Marchand"


def test_inverted_cue_with_a_long_premodifier(quotes_of):
    text = (
        '"The hospital was clearly marked," said Head of Emergency Operations at Doctors Without Borders\u2019 '
        "Geneva office Lena Fischer."
    )
    quote = quotes_of(text)[0]
    assert _speaker(quote) == "Lena Fischer"
    assert quote.speaker.role == "Head of Emergency Operations"
    assert quote.speaker.organization == "Doctors Without Borders"


def test_title_alone_resolves_to_the_person_with_that_role(quotes_of):
    text = (
        "UN Special Envoy Karin Holm arrived in the capital on Monday.\n\n"
        "The city was calm.\n\n"
        '"There is still a chance for a ceasefire," the envoy said.'
    )
    quote = quotes_of(text)[-1]
    assert _speaker(quote) == "Karin Holm" and quote.speaker.resolution == "title"
    assert quote.speaker.organization == "United Nations"


def test_anonymous_source_keeps_its_description(quotes_of):
    quote = quotes_of('"The talks are over," a senior official said.')[0]
    assert quote.speaker.name == "senior official" and quote.speaker.resolution == "unresolved"


def test_unresolved_pronoun_has_no_name(quotes_of):
    quote = quotes_of('"It is over," he said.')[0]
    assert quote.speaker.name is None and quote.speaker.resolution == "unresolved"
