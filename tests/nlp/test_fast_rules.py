"""The faster attribute ruler finds exactly the matches spaCy's own does, in the same order."""

from __future__ import annotations

import spacy

from harmwatch.nlp import MODEL
from harmwatch.nlp.fast_rules import speed_up_attribute_ruler

# Composed for this test: contractions, multi-token exceptions ("gon na"), spaces, numbers and quotes.
TEXTS = [
    "They ain't gon na wait, the mayor said.  We're leaving at 9 a.m. on Tuesday!",
    "\"I can't say,\" she told us.\n\nThe 3 trucks were n't there; it's over.",
    "Shelling hit the market in Hama, killing twenty-one people and wounding dozens more.",
]


def test_same_matches_as_spacy():
    nlp = spacy.load(MODEL)
    with nlp.select_pipes(disable=["attribute_ruler", "lemmatizer", "ner"]):
        docs = list(nlp.pipe(TEXTS))
    ruler = nlp.get_pipe("attribute_ruler")
    stock = [ruler.match(doc) for doc in docs]
    speed_up_attribute_ruler(ruler)
    assert [ruler.match(doc) for doc in docs] == stock
    assert any(len({s for _i, _m, s, _e in matches}) > 1 for matches in stock)


def test_whole_pipeline_output_unchanged():
    plain = spacy.load(MODEL)
    fast = spacy.load(MODEL)
    speed_up_attribute_ruler(fast.get_pipe("attribute_ruler"))
    for a, b in zip(plain.pipe(TEXTS), fast.pipe(TEXTS), strict=True):
        assert [(t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_) for t in a] == [
            (t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_) for t in b
        ]
