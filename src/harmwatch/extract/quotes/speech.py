"""Reported speech without quotation marks: "X said (that) ...", "X called on ...", "according to X"; the pronoun
speakers of quotes resolved again with the sources of that speech."""

from __future__ import annotations

import bisect
import dataclasses

from spacy.tokens import Span as TokenSpan
from spacy.tokens import Token

from harmwatch.extract.quotes.cues import PHRASAL_CUES, cue_end, is_speech_verb
from harmwatch.extract.quotes.direct import CONFIDENCE
from harmwatch.extract.quotes.marks import MARKS
from harmwatch.extract.quotes.people import Person
from harmwatch.extract.quotes.resolve import (
    Context,
    build_context,
    noun_phrase,
    resolve_phrase,
    resolve_pronoun,
    subject_of,
    subject_phrase,
)
from harmwatch.nlp import Parsed, doc_text
from harmwatch.records import Quote, Speaker, Statement, TextSpan

# Verbs whose object is what was said about it ("slammed the attacks", "denied the claims").
_OBJECT_CUES = frozenset(
    {"slam", "condemn", "deny", "criticize", "criticise", "denounce", "deplore", "blame", "reject", "welcome",
     "praise", "hail", "announce", "confirm", "acknowledge", "admit", "dispute", "decry", "rebuke", "report"}
)  # fmt: skip


def _trim(span: TokenSpan) -> TokenSpan | None:
    """A content span without a leading "that"/comma and trailing punctuation."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].lower_ in ("that", ",", ":") or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return doc[start:end] if end > start else None


def _quoted_share(ctx: Context, span: TokenSpan) -> float:
    inside = sum(1 for t in span if ctx.inside_quote(t.idx))
    return inside / max(1, len(span))


def _content(verb: Token) -> TokenSpan | None:
    """What the cue verb reports: its clausal complement, the object of "slammed", or "on X to Y"."""
    doc = verb.doc
    sent = verb.sent
    lemma = verb.lemma_.lower()
    if lemma in PHRASAL_CUES and verb.i + 1 < len(doc) and doc[verb.i + 1].lower_ in PHRASAL_CUES[lemma]:
        end = max(verb.right_edge.i + 1, verb.i + 2)
        return _trim(doc[verb.i + 2 : min(end, sent.end)])
    comps = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp", "parataxis")] or _that_after_adjunct(
        verb
    )
    if not comps and lemma in _OBJECT_CUES:
        comps = [c for c in verb.children if c.dep_ in ("dobj", "attr")]
    if comps:
        c = comps[0]
        return _trim(doc[c.left_edge.i : c.right_edge.i + 1])
    # "..., officials said": the clause before the cue, when the parser made the cue a dependent of it
    if verb.dep_ in ("parataxis", "advcl", "conj") and verb.head.i < verb.i:
        head = verb.head
        subj = subject_of(verb)
        stop = subj.left_edge.i if subj is not None and subj.i < verb.i else verb.i
        return _trim(doc[max(sent.start, head.left_edge.i) : stop])
    return None


def _that_after_adjunct(verb: Token) -> list[Token]:
    """The "that" clause the parser hung on the object of the cue's preposition ("said in a statement that
    ...", "told reporters on Twitter that ..."): what the cue reports, not a clause about that noun."""
    return [
        clause
        for prep in verb.children
        if prep.dep_ == "prep"
        for obj in prep.children
        if obj.dep_ == "pobj"
        for clause in obj.children
        if clause.dep_ in ("acl", "ccomp")
        and clause.i > obj.i
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)
    ]


def _according_to(ctx: Context, token: Token) -> Statement | None:
    doc = token.doc
    to = doc[token.i + 1]
    pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
    if pobj is None:
        return None
    np = noun_phrase(pobj)
    source = resolve_phrase(ctx, doc[np.start : pobj.right_edge.i + 1], token.idx)
    if source is None or not source.name:
        return None
    sent = token.sent
    if token.i - sent.start <= 1:  # "According to X, ..."
        start = pobj.right_edge.i + 1
        content = _trim(doc[start : sent.end])
    else:
        content = _trim(doc[sent.start : token.i])
    if content is None:
        return None
    end = to.idx + len(to.text)
    return _statement(source, TextSpan(doc_text(doc)[token.idx : end], (token.idx, end)), content)


def _statement(source: Speaker, cue: TextSpan | None, content: TokenSpan) -> Statement:
    return Statement(
        id="",
        source=source,
        cue=cue,
        content=TextSpan(content.text, (content.start_char, content.end_char)),
    )


def _context(parsed: Parsed, people: list[Person], quotes: list[Quote]) -> Context:
    """The article's mentions outside the quotes, with the quotes' named speakers by their cues."""
    ctx = build_context(parsed, people, [(q.span[0] - 1, q.span[1] + 1) for q in quotes])
    ctx.speakers = sorted(
        ((q.cue.span[0] if q.cue else q.span[0], q.speaker) for q in quotes if q.speaker and q.speaker.name),
        key=lambda pair: pair[0],
    )
    return ctx


def resolve_quote_pronouns(
    parsed: Parsed, people: list[Person], quotes: list[Quote], statements: list[Statement]
) -> list[Quote]:
    """Quotes whose cue's pronoun found no one, resolved again with the sources of the statements before them
    ("..., the regional governor said. "...," he said."): quotes are read before reported speech."""
    pronouns = [_lone_pronoun(parsed, quote) for quote in quotes]
    if not any(pronouns):
        return quotes  # nothing to resolve: no context is built
    ctx = _context(parsed, people, quotes)
    for statement in statements:
        if statement.cue is not None:
            _heard(ctx, statement.cue.span[0], statement.source)
    out = []
    for quote, pronoun in zip(quotes, pronouns, strict=True):
        if pronoun is not None:
            found = resolve_pronoun(ctx, pronoun)
            if found.name:
                quote = dataclasses.replace(quote, speaker=found, confidence=CONFIDENCE["pronoun"])
        out.append(quote)
    return out


def _lone_pronoun(parsed: Parsed, quote: Quote) -> Token | None:
    """The pronoun a quote's speaker was left as when it found no one ("he" of '"...," he said'), else None."""
    speaker = quote.speaker
    if speaker is None or speaker.name or speaker.span is None:
        return None
    words = parsed.doc.char_span(*speaker.span, alignment_mode="expand")
    return words[0] if words is not None and len(words) == 1 and words[0].pos_ == "PRON" else None


def _heard(ctx: Context, at: int, source: Speaker) -> None:
    """A statement's source that no person of the article names joins the speakers a later pronoun may refer to,
    in the order of the text (a person is one already, by the mention of the name)."""
    if not any(p.name == source.name for p in ctx.people):
        bisect.insort(ctx.speakers, (at, source), key=lambda pair: pair[0])


def extract_statements(parsed: Parsed, people: list[Person], quotes: list[Quote]) -> list[Statement]:
    """Reported speech: each cue outside quotation marks with its source and what it reports."""
    doc = parsed.doc
    ctx = _context(parsed, people, quotes)
    out: list[Statement] = []
    for token in doc:
        if ctx.inside_quote(token.idx) or token.text in MARKS:
            continue
        if token.lower_ == "according" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "to":
            found = _according_to(ctx, token)
            if found is not None:
                out.append(found)
                _heard(ctx, token.idx, found.source)
            continue
        if not is_speech_verb(token):
            continue
        content = _content(token)
        if content is None or _quoted_share(ctx, content) > 0.5:
            continue  # a direct quote's cue: the quote holds what was said
        subj = subject_of(token)
        if (
            subj is None
            or (subj.lower_ == "it" and subj.dep_ != "nsubj")  # "it is said that ..." names no one
            or (content.start <= subj.i < content.end)
            or ctx.inside_quote(subj.idx)
        ):
            continue
        np = subject_phrase(subj, token)
        if subj.i > token.i:  # "..., said a report the agency issued on Friday"
            np = doc[np.start : max(np.end, min(subj.right_edge.i + 1, token.sent.end))]
        source = resolve_phrase(ctx, np, token.idx)
        if source is None or not source.name:
            continue
        end = cue_end(token)
        out.append(_statement(source, TextSpan(doc_text(doc)[token.idx : end], (token.idx, end)), content))
        _heard(ctx, token.idx, source)
    return [
        Statement(id=f"s{n}", source=s.source, cue=s.cue, content=s.content)
        for n, s in enumerate(out, start=1)
    ]
