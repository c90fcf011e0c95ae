"""Who makes a casualty claim: the quote or statement it sits in, or `according to X` / `X said` nearby."""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

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
_MODIFIERS = frozenset("compound amod poss nmod case det nummod".split())
_ENTS = frozenset("PERSON ORG NORP GPE FAC".split())


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
            return Speaker(named.text, "explicit", span=(named.start_char, named.end_char))
    # the modifiers right before the head: "a civil defense official", not the clause before them
    first = token.i
    while (
        first > 0 and doc[first - 1].head.i in range(first, token.i + 1) and doc[first - 1].dep_ in _MODIFIERS
    ):
        first -= 1
    phrase: SpacySpan = doc[first : token.i + 1]
    while len(phrase) > 1 and phrase[0].dep_ in ("det", "poss") and phrase[0].pos_ in ("DET", "PRON"):
        phrase = phrase[1:]
    return Speaker(phrase.text, "explicit", span=(phrase.start_char, phrase.end_char))


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


def _speech_subject(token: Token) -> Speaker | None:
    """The subject of the speech verb that governs `token` ("the military announced that ...")."""
    for head in [token, *token.ancestors]:
        subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects:
            continue
        subject = subjects[0]
        if head.lemma_.lower() in SPEECH or subject.text.lower() in UNNAMED:
            if head is token:
                continue
            return _name(subject)
    return None


def _closing_speech(sent: SpacySpan, span: Span) -> Speaker | None:
    """A speech verb of the sentence outside the claim (", officials said" covers every clause)."""
    for token in sent:
        if (
            token.lemma_.lower() in SPEECH
            and token.dep_ in ("ROOT", "parataxis")
            and not (span[0] <= token.idx < span[1])
        ):
            subjects = [c for c in token.children if c.dep_ == "nsubj"]
            if subjects:
                return _name(subjects[0])
    return None


def find_claimant(
    parsed: Parsed, span: Span, quotes: list[Quote], statements: list[Statement]
) -> Speaker | None:
    """The source of the claim at `span`, or None when the outlet states it in its own voice."""
    for quote in quotes:
        if quote.speaker is not None and within(span, quote.span):
            return quote.speaker
    for statement in statements:
        if within(span, statement.content.span):
            return statement.source
    piece = tokens_at(parsed.doc, *span)
    if piece is None:
        return None
    sent = piece.sent
    return _according_to(sent) or _speech_subject(piece.root) or _closing_speech(sent, span)
