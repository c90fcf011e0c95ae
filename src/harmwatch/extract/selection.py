"""Which sentences the tagger and parser must see: those that may hold something an extractor reads off a parse.

A sentence is parsed when it has a quotation mark (with the sentences either side of it, where the speaker
is often named), a number or number word, or a word of the extractors' own lexicons: reporting verbs and
speech nouns, harm predicates and victim nouns, event words. Words are matched by every lemma the model's
lemmatizer could give them, so "told" meets "tell" before any tagging. The other sentences keep the whole-text
analysis (tokens, sentences, entities) only; see harmwatch.nlp.selective.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Span as DocSpan

from harmwatch.extract.casualties.numbers import SCALES, TENS, UNBOUNDED, UNITS, VAGUE
from harmwatch.extract.casualties.words import AFTER, BEFORE, VICTIM_TYPE
from harmwatch.extract.incidents.words import find_triggers
from harmwatch.extract.quotes.cues import (
    DOCUMENT_NOUNS,
    NAMING_VERBS,
    NEWS_NOUNS,
    NEWS_VERBS,
    PHRASAL_CUES,
    SPEECH_NOUNS,
    SPEECH_VERBS,
)
from harmwatch.extract.quotes.marks import MARKS
from harmwatch.nlp.selective import Selector, lemma_guesser

CUE_LEMMAS = frozenset(
    SPEECH_VERBS
    | NEWS_NOUNS
    | NEWS_VERBS
    | DOCUMENT_NOUNS
    | NAMING_VERBS
    | SPEECH_NOUNS
    | set(PHRASAL_CUES)
    | {"accord"}  # "according to"
    | {phrase[0] for phrase in (*AFTER, *BEFORE)}
    | set(VICTIM_TYPE)
)
NUMBER_WORDS = frozenset(
    {
        *UNITS,
        *TENS,
        *SCALES,
        *(p[0] for p in VAGUE),
        *(w for p in UNBOUNDED for w in p if w not in ("a", "the")),
    }
    | {"dozen", "score", "tens"}
)


def _needs_parse(sentence: DocSpan, guess: Callable[[str], frozenset[str]]) -> bool:
    for token in sentence:
        if token.like_num or token.lower_ in NUMBER_WORDS or not guess(token.lower_).isdisjoint(CUE_LEMMAS):
            return True
    return bool(find_triggers(sentence.text))


def _quoted(sentence: DocSpan) -> bool:
    return any(ch in MARKS for ch in sentence.text)


@lru_cache(maxsize=4)
def selector(nlp: Language) -> Selector:
    """The sentence selector for a pipeline (its lemmatizer's tables guess the lemmas)."""
    guess = lemma_guesser(nlp)

    def select(sentences: list[DocSpan]) -> list[bool]:
        quoted = [_quoted(s) for s in sentences]
        near_quote = [
            quoted[i] or (i > 0 and quoted[i - 1]) or (i + 1 < len(quoted) and quoted[i + 1])
            for i in range(len(sentences))
        ]
        return [near or _needs_parse(s, guess) for near, s in zip(near_quote, sentences, strict=True)]

    return select
