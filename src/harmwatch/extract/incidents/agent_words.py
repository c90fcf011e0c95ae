"""Event words and the words around them that name an actor: the run before "airstrikes", a phrase without its
dateline, the sentence's other words for the same act."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token
from spacy.tokens import Span as DocSpan

from harmwatch.extract.actors.registry import actor_modifiers, actor_nouns, is_ambiguous_acronym, is_shouting
from harmwatch.extract.incidents.words import find_triggers
from harmwatch.nlp import doc_text
from harmwatch.records import Span


# The words that name an armed actor, all from the actor registry (its generic labels, side words, force
# nouns, demonyms and armed actors' names): a phrase with one names an actor even where no entity is tagged.
def _actor_pattern() -> re.Pattern[str]:
    words = sorted(actor_nouns(), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in words) + r")(?![\w-])", re.I)


ACTOR_WORDS = _actor_pattern()
_MODIFIERS, _ACRONYMS = actor_modifiers()


def names_actor(text: str) -> bool:
    """Whether a phrase holds a word that names an armed actor ("rebel fighters", "the regime's jets")."""
    return ACTOR_WORDS.search(text) is not None


def is_actor_modifier(word: Token | DocSpan) -> bool:
    """Whether one word says whose act the next one is: a demonym ("Russian"), a side word ("regime"), an
    armed actor's acronym in its own case ("ISIS"; an acronym that is also a word, "IS", not in all-caps
    text), or a "-led" compound of one ("US-led")."""
    text = word.text
    if text.casefold() in _MODIFIERS:
        return True
    if text in _ACRONYMS:
        return not (is_ambiguous_acronym(text) and is_shouting(word.sent.text))
    head, dash, led = text.rpartition("-")
    return bool(dash) and led.casefold() == "led" and (head.casefold() in _MODIFIERS or head in _ACRONYMS)


_DESCRIPTIVE = frozenset(
    {"heavy", "intense", "intensive", "fresh", "new", "overnight", "suspected", "fierce"}
)
# A dateline run into the text ("8 Jun 2016 Russian air strikes") where the tagger saw no date.
_MONTHS = frozenset(
    "jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july august "
    "september october november december".split()
)
WEAPON_WORDS = frozenset(
    {"artillery", "aircraft", "warplanes", "planes", "jets", "helicopters", "helicopter"}
)
# Words that end a run of pre-modifiers: "rebel-held town shelling" is not the rebels' shelling.
_NOT_MODIFIER = frozenset({"held", "controlled", "dominated", "besieged", "run", "based", "against", "on"})


def trimmed(phrase: DocSpan) -> DocSpan:
    """The phrase without a leading date, number or descriptive word ("8 Jun 2016 Russian" -> "Russian"), and
    without the line breaks of wrapped text at its ends."""
    start, end = phrase.start, phrase.end
    while end > start + 1 and phrase.doc[end - 1].is_space:
        end -= 1
    while start < end - 1 and (
        phrase.doc[start].is_space
        or phrase.doc[start].like_num
        or phrase.doc[start].ent_type_ in ("DATE", "TIME", "CARDINAL", "ORDINAL")
        or phrase.doc[start].lower_ in _DESCRIPTIVE
        or phrase.doc[start].lower_.rstrip(".") in _MONTHS
    ):
        start += 1
    return phrase.doc[start:end]


def words_before(doc: Doc, trigger: DocSpan) -> DocSpan | None:
    """The run of nationality and actor words just before a trigger ("Russian and Syrian regime" airstrikes)."""
    start = trigger.start
    while start > trigger.sent.start:
        token = doc[start - 1]
        if token.lower_ in _NOT_MODIFIER or token.ent_type_ in ("DATE", "TIME", "CARDINAL", "ORDINAL"):
            break
        if token.lower_ in ("and", "or", "-") or token.pos_ in ("ADJ", "NOUN", "PROPN"):
            start -= 1
            continue
        break
    if start > trigger.sent.start and (doc[start - 1].tag_ == "POS" or doc[start - 1].text in ")]"):
        return None  # "the FMLN's terrorist attacks": the owner before the words is the actor
    # Leading words that describe the act rather than name the actor ("heavy", "fresh") are dropped.
    while start < trigger.start and not (
        is_actor_modifier(doc[start]) or ACTOR_WORDS.fullmatch(doc[start].text)
    ):
        start += 1
    if start == trigger.start or trigger.start - start > 5:
        return None
    if doc[trigger.start - 1].lower_ in ("and", "or", "-"):
        return None  # "regime strikes and shelling": the words before the conjunction join another act
    phrase = doc[start : trigger.start]
    if all(t.lower_ in WEAPON_WORDS for t in phrase):
        return None  # "artillery shells", "aircraft bombs": the weapon, with no one named
    return phrase


def kindred_triggers(doc: Doc, sentence: Span, trigger: Span) -> list[Span]:
    """The sentence's other words for the same kind of event, nearest first: "killed in Syrian regime
    airstrikes" names the actor the sentence's first event word does not."""
    typed = [
        t for t in find_triggers(doc_text(doc)[sentence[0] : sentence[1]], sentence[0]) if t.sub_event_type
    ]
    if not typed:
        return []
    # The sentence's most specific event word types its incident ("barrel bomb" over "rockets").
    sub = min(typed, key=lambda t: t.rank).sub_event_type
    return sorted(
        (t.span for t in typed if t.span != trigger and t.sub_event_type == sub),
        key=lambda span: abs(span[0] - trigger[0]),
    )


# Verbs of attacking that name no kind of event: "regime jets pounded the town", "forces stormed the village".
ATTACK_VERBS = frozenset(
    {"pound", "hammer", "pummel", "bomb", "bombard", "shell", "strike", "raid", "storm", "target", "attack"}
)


def attack_verbs(doc: Doc, sentence: Span) -> list[Span]:
    """Verbs of attacking in a sentence whose subject names an armed actor ("Syrian regime jets pounded")."""
    words = doc.char_span(sentence[0], sentence[1], alignment_mode="expand")
    found: list[Span] = []
    for token in words or []:
        if token.pos_ != "VERB" or token.lemma_.lower() not in ATTACK_VERBS:
            continue
        for child in token.children:
            if child.dep_ != "nsubj":
                continue
            subject = doc[child.left_edge.i : child.i + 1]
            if names_actor(subject.text) or any(is_actor_modifier(t) for t in subject):
                found.append((token.idx, token.idx + len(token.text)))
    return found


# "blaming the Islamic State group for the attack": the definite event blamed on someone is the story's own.
_BLAMED = re.compile(
    r"\b(?:blam(?:e|ed|es|ing)|accus(?:e|ed|es|ing)|hold|held|holding|holds)\b[^.;]{1,80}?\b(?:for|of)\s+"
    r"(?:the|this|that|these|those)\s+(?:\w+\s+)?(attacks?|bombings?|strikes?|air ?strikes?|raids?|massacres?|"
    r"shelling|explosions?|blasts?|killings?)\b",
    re.I,
)


def blamed_events(text: str, sentence: Span) -> list[Span]:
    """The event words in a sentence that blames someone for a definite event ("blamed X for the attack")."""
    words = text[sentence[0] : sentence[1]]
    return [(sentence[0] + m.start(1), sentence[0] + m.end(1)) for m in _BLAMED.finditer(words)]
