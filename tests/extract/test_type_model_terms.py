"""The sub-type model's terms around an event word (model v8): the words next to it and what the parse says of
it, so that a bomb defused reads apart from a bomb that went off, and a town captured apart from a man.

Every sentence here is composed for the test; none comes from an evaluation set.
"""

from __future__ import annotations

import pytest

from harmwatch.config import Settings
from harmwatch.extract import parse_articles
from harmwatch.extract.incidents.classify import features
from harmwatch.extract.incidents.words import find_triggers
from harmwatch.ingest.text import make_article

_PARSED = ("CTX=", "DEP=", "GOV=", "ARG=", "NEG=")


def _terms(sentence: str, prefix: str, nlp) -> set[str]:
    return {t for t in features(sentence, doc=nlp(sentence)) if t.startswith(prefix)}


def test_the_words_next_to_an_event_word_are_joined_with_its_type():
    defused = features("Police defused a bomb hidden under a parked lorry.")
    exploded = features("A bomb exploded under a parked lorry at noon.")
    assert "CTX=Remote explosive/landmine/IED|defus" in defused
    assert "CTX=Remote explosive/landmine/IED|explo" in exploded
    assert "CTX=Remote explosive/landmine/IED|defus" not in exploded


def test_the_object_of_a_capture_tells_a_place_from_a_person(nlp):
    place = _terms("Soldiers captured the village of Dranik on Friday.", "ARG=", nlp)
    person = _terms("Soldiers captured the rebel commander on Friday.", "ARG=", nlp)
    assert any(t.endswith("|dobj|village") for t in place)
    assert any(t.endswith("|dobj|commander") for t in person)
    # the subject is the same in both
    assert {t for t in place if "|nsubj|" in t} == {t for t in person if "|nsubj|" in t} != set()


def test_a_noun_event_word_is_read_with_the_verb_that_governs_it(nlp):
    terms = _terms("Police defused a bomb hidden under a parked lorry.", "GOV=", nlp)
    assert "GOV=Remote explosive/landmine/IED|defuse" in terms


@pytest.mark.parametrize(
    ("sentence", "negated"),
    [
        ("Police did not arrest anyone at the march.", True),
        ("Police arrested six men at the march.", False),
    ],
    ids=["did_not_arrest", "arrested"],
)
def test_a_negated_event_word_is_marked(nlp, sentence: str, negated: bool):
    assert bool(_terms(sentence, "NEG=", nlp)) is negated


def test_without_a_parse_only_the_text_terms_are_made():
    terms = features("Soldiers captured the village of Dranik on Friday.")
    assert not [t for t in terms if t.startswith(("DEP=", "GOV=", "ARG=", "NEG="))]


def test_the_pipeline_reads_a_sentence_as_training_does(nlp):
    # training parses each text on its own; the pipeline types a sentence of the parsed article: the model
    # must see the same terms either way
    first = "Rebel fighters seized two villages east of Korin on Tuesday."
    second = "Residents said the army had left the area a week earlier."
    article = make_article(f"{first} {second}", Settings())
    parsed = next(parse_articles([article], nlp))
    start = parsed.text.index(first)
    in_article = features(first, find_triggers(first, start), start, parsed.doc)
    on_its_own = features(first, doc=nlp(first))
    assert [t for t in in_article if t.startswith(_PARSED)] != []
    assert sorted(in_article) == sorted(on_its_own)
