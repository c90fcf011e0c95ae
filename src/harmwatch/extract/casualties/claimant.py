"""Who makes a casualty claim: the quote or statement it sits in, the speaker of the cue that governs it (the
person a pronoun cue was resolved to), or `according to X` / `X said` nearby; in text that lost its commas, the
name or source noun right before a closing speech verb, without the claim's words the parser ran into it."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from harmwatch.extract.actors.registry import country_of
from harmwatch.extract.places.mentions import written_as_place
from harmwatch.extract.quotes.cues import ROLE_WORDS
from harmwatch.extract.quotes.resolve import inverted_subject
from harmwatch.nlp import Parsed, tokens_at
from harmwatch.records import Quote, Span, Speaker, Statement, within

SPEECH = frozenset(
    "say tell report announce claim state confirm add estimate indicate show put quote cite declare reveal "
    "note explain warn allege insist acknowledge surface accuse record document publish".split()
)
# Unnamed sources keep a generic name, as SCHEMA.md asks ("reports", "sources").
UNNAMED = {
    "report": "reports",
    "reports": "reports",
    "source": "sources",
    "sources": "sources",
    "witness": "witnesses",
    "witnesses": "witnesses",
    "activist": "activists",
    "activists": "activists",
    "resident": "residents",
    "residents": "residents",
}
# "according to an estimate by the UN": the body behind the document is the claimant.
DOCUMENTS = frozenset(
    "estimate estimates figure figures report reports statement statements tally count toll data "
    "account accounts information sources".split()
)
# A witness's account is a source too: "residents saw soldiers shoot five men".
PERCEPTION = frozenset("see witness hear watch count".split())
# "claimed 14 lives", "claimed responsibility": harm done or owned, nothing said about a count.
_NOT_SAID = frozenset("life responsibility credit".split())
_MODIFIERS = frozenset("compound amod poss nmod case det nummod".split())
_ENTS = frozenset("PERSON ORG NORP GPE FAC".split())
_PLACES = frozenset("GPE LOC FAC".split())


def is_speech(verb: Token) -> bool:
    """Whether `verb` says something ("said", "reported", "claimed that"), not "claimed 14 lives"."""
    lemma = verb.lemma_.lower()
    if lemma == "claim":
        return not any(c.dep_ == "dobj" and c.lemma_.lower() in _NOT_SAID for c in verb.children)
    return lemma in SPEECH


def _name(token: Token) -> Speaker | None:
    """A speaker named by the noun phrase headed by `token`."""
    if token.pos_ == "PRON":
        return None
    lower = token.text.lower()
    if lower in DOCUMENTS:
        for child in token.children:
            if child.dep_ == "prep" and child.text.lower() in ("by", "from", "of"):
                objs = [c for c in child.children if c.dep_ == "pobj"]
                if objs:
                    return _name(objs[0])
    if lower in DOCUMENTS and lower not in UNNAMED:
        return None  # "according to the latest toll": no one named
    if lower in UNNAMED and not any(c.dep_ in ("compound", "amod", "poss") for c in token.children):
        return Speaker(UNNAMED[lower], "unresolved", span=(token.idx, token.idx + len(token)))
    doc = token.doc
    for ent in doc.ents:
        if ent.start <= token.i < ent.end and ent.label_ in _ENTS:
            named = ent[1:] if len(ent) > 1 and ent[0].lower_ == "the" else ent
            if (ent.label_ in _PLACES and country_of(named.text) is None) or written_as_place(
                doc, named.text
            ):
                # a town or a region says nothing, read as a person or not ("in Bani Suheila ... Bani Suheila said");
                # a country or its capital stands for its state
                return None
            return Speaker(named.text, "explicit", span=(named.start_char, named.end_char))
    # the modifiers right before the head: "a civil defense official", not the clause before them, which
    # text that lost its commas runs into the source ("killed 30 people officials said")
    first = token.i
    while (
        first > 0
        and doc[first - 1].head.i in range(first, token.i + 1)
        and doc[first - 1].dep_ in _MODIFIERS
        and not _ends_a_clause(doc[first - 1], doc[first])
    ):
        first -= 1
    phrase: SpacySpan = doc[first : token.i + 1]
    while len(phrase) > 1 and phrase[0].dep_ in ("det", "poss") and phrase[0].pos_ in ("DET", "PRON"):
        phrase = phrase[1:]
    return Speaker(phrase.text, "explicit", span=(phrase.start_char, phrase.end_char))


def _ends_a_clause(token: Token, after: Token) -> bool:
    """Whether `token` ends the words before a source rather than modifies it: a number, a plural common noun
    or an adverb, or a noun before an adjective ("near the river local officials": an adjective comes first)."""
    if token.like_num or token.dep_ == "nummod" or token.tag_ in ("NNS", "RB"):
        return True
    return token.pos_ in ("NOUN", "PROPN") and after.tag_ == "JJ"


def _is_place(parsed: Parsed, speaker: Speaker) -> bool:
    """Whether a speaker found by the quote finder is only a place name ("Homs said"): no claimant."""
    words = tokens_at(parsed.doc, *speaker.span) if speaker.span else None
    if words is None or not words.ents:
        return False
    if written_as_place(parsed.doc, words.text):
        return True  # a town the tagger read as a person, written as a place elsewhere in the story
    ent = words.ents[0]
    return ent.label_ in _PLACES and len(ent) >= len(words) - 1 and country_of(ent.text) is None


def _according_to(sent: SpacySpan) -> Speaker | None:
    """`according to X` anywhere in the sentence."""
    for token in sent:
        if token.text.lower() == "according" and token.i + 1 < len(token.doc):
            to = token.doc[token.i + 1]
            objs = [c for c in to.children if c.dep_ == "pobj"] or [
                c for c in token.children if c.dep_ == "pobj"
            ]
            if objs:
                return _name(objs[0])
            nxt = [t for t in token.doc[to.i + 1 : sent.end] if not t.is_punct][:4]
            heads = [t for t in nxt if t.pos_ in ("NOUN", "PROPN")]
            if heads:
                return _name(heads[-1] if heads[-1].i - to.i <= 3 else heads[0])
    return None


def _speech_subject(token: Token, cued: Callable[[Token], Speaker | None]) -> Speaker | None:
    """The subject of the speech verb that governs `token` ("the military announced that ...")."""
    for head in [token, *token.ancestors]:
        subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects:
            continue
        subject = inverted_subject(head) or subjects[0]
        witness = subject.text.lower() in UNNAMED and head.lemma_.lower() in PERCEPTION
        if is_speech(head) or witness:
            if head is token:
                continue
            return _source(subject, head, cued)
    return None


def _source(subject: Token, verb: Token, cued: Callable[[Token], Speaker | None]) -> Speaker | None:
    """The speaker a cue's subject names; for a pronoun ("He said ..."), the one it was resolved to by the
    quote or statement the verb cues (a pronoun names no one by itself)."""
    return cued(verb) if subject.pos_ == "PRON" else _name(subject)


def _closing_speech(sent: SpacySpan, span: Span, cued: Callable[[Token], Speaker | None]) -> Speaker | None:
    """A speech verb of the sentence outside the claim (", officials said" covers every clause)."""
    for token in sent:
        if is_speech(token) and token.dep_ in ("ROOT", "parataxis") and not (span[0] <= token.idx < span[1]):
            subjects = [c for c in token.children if c.dep_ == "nsubj"]
            if subjects:
                return _source(subjects[0], token, cued)
            before = _phrase_before(token)
            if before is not None and before.idx >= span[1]:
                return _name(before)
    return None


def _phrase_before(verb: Token) -> Token | None:
    """The head of the noun phrase between a comma and a closing speech verb the parser left without a
    subject (", the governor of the province said.")."""
    doc, i = verb.doc, verb.i - 1
    while i > verb.sent.start and verb.i - i <= 8 and doc[i].text not in _BREAKS:
        i -= 1
    if doc[i].text not in _BREAKS:
        # no mark before it (punctuation stripped): the words may be the claim's own, all but a name or a
        # source noun right before the verb ("... including five children the Observatory said")
        return _source_right_before(verb)
    inside = range(i + 1, verb.i)
    heads = [doc[j] for j in inside if doc[j].head.i not in inside and doc[j].pos_ in ("NOUN", "PROPN")]
    return heads[0] if len(heads) == 1 else None


_BREAKS = frozenset({",", ";", ":", "(", "—", "–"})
_SOURCE_ENTS = frozenset("PERSON ORG NORP".split())
# Nouns of a source besides ROLE_WORDS and UNNAMED: the bodies and groups of people news reports cite.
_SOURCE_NOUNS = frozenset(
    """
    officials authorities ministry media agency police army military government council committee office
    observatory monitor group sources activists residents witnesses doctors medics rescuers spokesperson
    """.split()
)


def _source_right_before(verb: Token) -> Token | None:
    """The head of a source named right before a closing speech verb: a name, or a source noun."""
    if verb.i == verb.sent.start:
        return None
    last = verb.doc[verb.i - 1]
    if last.ent_type_ in _SOURCE_ENTS:
        return last
    lower = last.lower_
    source = (
        lower in _SOURCE_NOUNS
        or lower in UNNAMED
        or lower in ROLE_WORDS
        or lower.removesuffix("s") in ROLE_WORDS
    )
    return last if source and last.pos_ == "NOUN" else None


def find_claimant(
    parsed: Parsed, span: Span, quotes: list[Quote], statements: list[Statement]
) -> Speaker | None:
    """The source of the claim at `span`, or None when the outlet states it in its own voice."""
    for quote in quotes:
        if quote.speaker is not None and within(span, quote.span) and not _is_place(parsed, quote.speaker):
            return quote.speaker
    for statement in statements:
        if within(span, statement.content.span) and not _is_place(parsed, statement.source):
            return statement.source
    piece = tokens_at(parsed.doc, *span)
    if piece is None:
        return None
    sent = piece.sent

    def cued(verb: Token) -> Speaker | None:
        return _cued(parsed, verb, quotes, statements)

    return _according_to(sent) or _speech_subject(piece.root, cued) or _closing_speech(sent, span, cued)


def _cued(parsed: Parsed, verb: Token, quotes: list[Quote], statements: list[Statement]) -> Speaker | None:
    """The named speaker of the quote or statement `verb` cues: a claim the verb governs outside the record's
    words ("He said it was unclear, but the dead included ...") keeps whom the pronoun was resolved to. Looked
    up only for a pronoun subject, so the records are not indexed for every claim."""
    records = [(q.cue, q.speaker) for q in quotes] + [(s.cue, s.source) for s in statements]
    return next(
        (
            speaker
            for cue, speaker in reversed(records)  # of a cue both quote and statement share, the statement
            if cue is not None
            and cue.span[0] == verb.idx
            and speaker is not None
            and speaker.name
            and not _is_place(parsed, speaker)
        ),
        None,
    )
