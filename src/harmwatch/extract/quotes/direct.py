"""Direct and partial quotes with resolved speakers, and scare quotes for the framing extractor."""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from spacy.tokens import Doc, Token
from spacy.tokens import Span as TokenSpan

from harmwatch.extract.quotes.cues import NAMING_VERBS, SPEECH_NOUNS, cue_end, is_speech_verb
from harmwatch.extract.quotes.marks import Segment, pair_quotes
from harmwatch.extract.quotes.people import Person
from harmwatch.extract.quotes.resolve import (
    Context,
    build_context,
    noun_phrase,
    resolve_phrase,
    subject_of,
    subject_phrase,
    tokens_between,
)
from harmwatch.nlp import Parsed
from harmwatch.records import Framing, Quote, Speaker, TextSpan

CONFIDENCE = {
    "explicit": 0.9,
    "surname": 0.85,
    "title": 0.75,
    "pronoun": 0.7,
    "continuation": 0.7,
    "unresolved": 0.3,
}
# A cue after the closing mark is at most this many tokens away ("," the Foreign Ministry spokesman said").
_CUE_REACH = 8
# ... unless the subject between them is a long phrase that starts right after the quote.
_LONG_SUBJECT = 45
_SCARE_WORDS = 2


@dataclass(frozen=True, slots=True)
class _Cue:
    verb: Token | None  # None for "according to"
    subject: TokenSpan | None
    text: TextSpan


@dataclass(frozen=True, slots=True)
class _Analysis:
    segment: Segment
    kind: str  # direct | partial | scare
    cue: _Cue | None
    cue_after: bool


def _tokens_from(doc: Doc, starts: list[int], start: int, end: int) -> list[Token]:
    i = bisect.bisect_right(starts, start) - 1
    if i < 0 or doc[i].idx + len(doc[i].text) <= start:
        i += 1  # the token holding `start` counts only when it runs past it (`"He` glued to its mark)
    out = []
    while i < len(doc) and doc[i].idx < end:
        out.append(doc[i])
        i += 1
    return out


def _cue_text(verb: Token) -> TextSpan:
    end = cue_end(verb)
    return TextSpan(verb.doc.text[verb.idx : end], (verb.idx, end))


def _np_after(doc: Doc, verb: Token, limit: int) -> TokenSpan:
    """The inverted subject after a cue, appositions and relative clauses included ("said Mara Lind, a
    partner at Lind & Osei, who acts for ..."), up to the end of the sentence or a quotation mark."""
    end = verb.i + 1
    sent_end = verb.sent.end
    while (
        end < min(len(doc), sent_end) and doc[end].idx < limit and doc[end].text not in (";", "“", '"', "”")
    ):
        if "\n" in doc[end].text:
            break
        if doc[end].text == "," and end + 1 < len(doc) and doc[end + 1].tag_ == "VBG":
            break  # "..., adding that ..."
        if doc[end].lower_ in ("on", "in", "at") and end + 1 < len(doc) and end == verb.i + 1:
            break  # "said in a statement"
        end += 1
    while end > verb.i + 1 and (doc[end - 1].is_punct and doc[end - 1].text != ")"):
        end -= 1
    return doc[verb.i + 1 : end]


def _after_cue(parsed: Parsed, starts: list[int], seg: Segment, limit: int) -> _Cue | None:
    """A cue right after the closing mark: `"...," X said`, `"...," said X`, `..." He added.`"""
    if seg.close_at is None:
        return None
    doc = parsed.doc
    text = parsed.text
    if text[seg.close_at - 1] not in ",.?!—–-…'’" and text[seg.close_at + 1 : seg.close_at + 2] not in (
        ",",
        ".",
    ):
        return None  # words in marks inside a running sentence: the verb after them is not their cue
    tokens = [t for t in _tokens_from(doc, starts, seg.close_at + 1, limit) if not t.is_space][:_LONG_SUBJECT]
    for n, t in enumerate(tokens):
        if not is_speech_verb(t):
            finite = t.tag_ in ("VBD", "VBZ", "VBP") and t.text[:1].islower()
            if finite and t.dep_ not in ("relcl", "acl") and n <= _CUE_REACH:
                return None
            if t.is_punct and t.text in ".!?" and n > 0:
                return None
            continue
        subj = subject_of(t)
        if n > _CUE_REACH and not (subj is not None and subj.i < t.i and subj.left_edge.i <= tokens[0].i + 1):
            continue  # a long subject must start right after the quote: `," Malkia Cyril, the ..., said`
        if t.tag_ == "VBG" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
            return _Cue(t, None, _cue_text(t))  # `," adding ...`: the speaker of the quote before
        words_before = n > 0 and any(x.pos_ in ("PROPN", "NOUN", "PRON") for x in tokens[:n])
        if subj is not None and seg.close_at < subj.idx < limit and (subj.i < t.i or not words_before):
            np = subject_phrase(subj, t) if subj.i < t.i else _np_after(doc, t, limit)
        elif words_before:
            first = next(x for x in tokens[:n] if not x.is_punct)
            np = doc[first.i : t.i]
        elif subj is not None and subj.idx < seg.open_at and subj.i < t.i:
            np = noun_phrase(subj)  # `X said they want "...," but pledged ...`: the sentence's subject
        elif t.i + 1 < len(doc) and doc[t.i + 1].pos_ in ("DET", "PROPN", "NOUN", "ADJ", "NUM", "PRON"):
            np = _np_after(doc, t, limit)
        else:
            return None
        return _Cue(t, np, _cue_text(t))
    return None


def _before_cue(parsed: Parsed, starts: list[int], seg: Segment, lower: int) -> _Cue | None:
    """A cue right before the opening mark: `X said: "..."`, `X told reporters "..."`, `According to X, "..."`."""
    doc = parsed.doc
    tokens = [t for t in _tokens_from(doc, starts, lower, seg.open_at) if not t.is_space]
    if not tokens:
        # `X said:` ending the previous paragraph
        before = parsed.text[: seg.open_at].rstrip()
        if before.endswith(":"):
            last = _tokens_from(doc, starts, max(0, len(before) - 1), len(before))
            if last:
                sent = last[0].sent
                tokens = [t for t in sent if t.idx < len(before)]
    if tokens and tokens[-1].text in (".", "!", "?"):
        return None  # `he said. "...`: the cue belongs to the quote before
    for t in tokens:
        if t.lower_ == "according" and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "to":
            pobj = next((c for c in doc[t.i + 1].children if c.dep_ == "pobj"), None)
            if pobj is not None:
                end = doc[t.i + 1].idx + 2
                return _Cue(None, noun_phrase(pobj), TextSpan(doc.text[t.idx : end], (t.idx, end)))
    for n, t in enumerate(reversed(tokens[-8:])):
        if is_speech_verb(t):
            subj = subject_of(t)
            np = subject_phrase(subj, t) if subj is not None and subj.idx >= lower and subj.i < t.i else None
            if np is None:
                return None
            return _Cue(t, np, _cue_text(t))
        if t.pos_ == "VERB" or (n > 5):
            break
    if tokens and tokens[-1].text == ":":
        return _colon_cue(tokens, lower)
    return None


def _colon_cue(tokens: list[Token], lower: int) -> _Cue | None:
    """`Cruz continued: "..."`, `Republican pollster Daron Shaw: "..."`: the subject of the clause that the
    colon ends, or the bare noun phrase before it."""
    sent = tokens[-1].sent
    verbs = [
        t
        for t in tokens
        if t.sent == sent and t.pos_ in ("VERB", "AUX") and t.dep_ in ("ROOT", "conj", "ccomp")
    ]
    for verb in reversed(verbs):
        subj = subject_of(verb)
        if subj is not None and subj.idx >= lower and subj.i < verb.i:
            return _Cue(verb, subject_phrase(subj, verb), _cue_text(verb))
    if not verbs:
        words = [t for t in tokens[:-1] if t.sent == sent and not t.is_space]
        if 0 < len(words) <= 8 and any(t.pos_ == "PROPN" for t in words):
            return _Cue(
                None,
                words[0].doc[words[0].i : words[-1].i + 1],
                TextSpan(":", (tokens[-1].idx, tokens[-1].idx + 1)),
            )
    return None


def _governing_cue(inner: TokenSpan) -> _Cue | None:
    """The speech verb whose clause holds an embedded quote ("said that it will become an "accomplice"")."""
    if len(inner) == 0:
        return None
    # a quote of several sentences hangs from the sentence that opens it
    root = inner.doc[inner.start : min(inner.end, inner[0].sent.end)].root
    t = root
    found: _Cue | None = None
    # the outermost cue: in "X said that Y called it "Z"" the attribution that holds the quote is X's
    while t.head.i != t.i:
        t = t.head
        if inner.start <= t.i < inner.end:
            continue
        if is_speech_verb(t) or t.lemma_.lower() in NAMING_VERBS and t.pos_ == "VERB":
            subj = subject_of(t)
            if subj is not None and not (inner.start <= subj.i < inner.end):
                found = _Cue(t, subject_phrase(subj, t), _cue_text(t))
        elif t.lemma_.lower() in SPEECH_NOUNS and t.pos_ == "NOUN" and found is None:
            owner = next((c for c in t.children if c.dep_ == "poss"), None)
            if owner is None:
                by = next((c for c in t.children if c.lower_ == "by" and c.dep_ == "prep"), None)
                owner = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
            if owner is not None:
                found = _Cue(t, noun_phrase(owner), _cue_text(t))
    if found is not None:
        return found
    sent = root.sent
    for tok in sent:
        if tok.lower_ == "according" and tok.i + 1 < len(inner.doc) and inner.doc[tok.i + 1].lower_ == "to":
            pobj = next((c for c in inner.doc[tok.i + 1].children if c.dep_ == "pobj"), None)
            if pobj is not None:
                end = inner.doc[tok.i + 1].idx + 2
                return _Cue(None, noun_phrase(pobj), TextSpan(inner.doc.text[tok.idx : end], (tok.idx, end)))
    return None


def _analyse(parsed: Parsed, segments: list[Segment]) -> list[_Analysis]:
    doc, text = parsed.doc, parsed.text
    starts = [t.idx for t in doc]
    out = []
    for k, seg in enumerate(segments):
        p_start, p_end = (
            parsed.paragraphs[parsed.paragraph_of(seg.open_at)] if parsed.paragraphs else (0, len(text))
        )
        nxt = segments[k + 1].open_at if k + 1 < len(segments) else len(text)
        limit = min(p_end, nxt)
        prev_close = segments[k - 1].close_at if k > 0 else None
        lower = max(p_start, prev_close + 1 if prev_close is not None else 0)
        inner = tokens_between(doc, seg.start, seg.end)
        first = _tokens_from(doc, starts, seg.open_at, seg.open_at + 1)
        sent_start = first[0].sent.start_char if first else p_start
        lead = text[max(sent_start, lower) : seg.open_at].strip()
        embedded = bool(lead) and lead[-1] not in ":,.!?—–-"
        # words in marks inside a running sentence end it with their full stop: the next sentence is no cue
        ends_clause = seg.close_at is not None and text[seg.close_at - 1] in ",'’"
        after = _after_cue(parsed, starts, seg, limit) if not embedded or ends_clause else None
        if embedded and after is not None and (after.subject is None or after.subject.start_char < seg.end):
            after = None  # `that X "...," adding`: the clause the quote sits in has the cue
        before = None if after else _before_cue(parsed, starts, seg, lower)
        direct = not embedded or after is not None or before is not None
        if not direct and lead.split()[-1].lower() in ("that",) and _governing_cue(inner) is None:
            direct = True
        if direct:
            out.append(_Analysis(seg, "direct", after or before, after is not None))
            continue
        gov = _governing_cue(inner)
        words = [t for t in inner if not t.is_punct]
        # a word or two in marks that modifies a noun is the outlet's framing ("so-called "moderate" rebels")
        modifier = (
            len(inner) > 0
            and inner.root.dep_ in ("amod", "compound", "nmod")
            and not (inner.start <= inner.root.head.i < inner.end)
        )
        framed = modifier or lead.lower().endswith(("so-called", "so called"))
        if len(words) <= _SCARE_WORDS and (gov is None or framed):
            out.append(_Analysis(seg, "scare", None, False))
        else:
            out.append(_Analysis(seg, "partial", gov, False))
    return out


def _only_quotes(parsed: Parsed, para: int, segments: list[Segment]) -> bool:
    """The paragraph holds nothing but quoted text."""
    start, end = parsed.paragraphs[para]
    rest = list(parsed.text[start:end])
    for seg in segments:
        close = seg.close_at if seg.close_at is not None else seg.end
        for i in range(max(seg.open_at, start), min(close + 1, end)):
            rest[i - start] = " "
    return not any(c.isalnum() for c in rest)


def _quoted_ranges(segments: list[Segment]) -> list[tuple[int, int]]:
    return [(s.open_at, (s.close_at if s.close_at is not None else s.end) + 1) for s in segments]


def extract_quotes(parsed: Parsed, people: list[Person]) -> list[Quote]:
    """Words in quotation marks, each with its speaker, cue and how the speaker was resolved."""
    segments = pair_quotes(parsed.text, parsed.paragraphs)
    ctx = build_context(parsed, people, _quoted_ranges(segments))
    analyses = [a for a in _analyse(parsed, segments) if a.kind != "scare"]
    speakers: list[Speaker | None] = []
    for k in range(len(analyses)):
        speakers.append(_attribute(ctx, analyses, speakers, k))
    # a quote over several paragraphs shares the speaker found in any of its pieces
    by_group = {a.segment.group: s for a, s in zip(analyses, speakers, strict=True) if s and s.name}
    quotes = []
    for n, (a, s) in enumerate(zip(analyses, speakers, strict=True), start=1):
        if (s is None or not s.name) and a.segment.group in by_group:
            g = by_group[a.segment.group]
            s = Speaker(g.name, "continuation", g.span, g.role, g.organization)
        seg = a.segment
        resolution = s.resolution if s else "unresolved"
        quotes.append(
            Quote(
                id=f"q{n}",
                text=parsed.text[seg.start : seg.end],
                span=(seg.start, seg.end),
                kind="direct" if a.kind == "direct" else "partial",
                speaker=s,
                cue=a.cue.text if a.cue else None,
                confidence=CONFIDENCE[resolution] if s and s.name else 0.3,
            )
        )
    return quotes


def _attribute(ctx: Context, analyses: list[_Analysis], done: list[Speaker | None], k: int) -> Speaker | None:
    """The speaker of quote k: its cue, else the quote it continues, else the one person of its paragraph."""
    parsed = ctx.parsed
    a = analyses[k]
    seg = a.segment
    if a.cue is not None and a.cue.subject is not None:
        anchor = a.cue.text.span[0]
        speaker = resolve_phrase(ctx, a.cue.subject, anchor)
        if speaker is not None:
            if speaker.name:
                ctx.speakers.append((anchor, speaker))
            return speaker
    para = parsed.paragraph_of(seg.open_at)
    prev = k - 1
    if prev >= 0 and done[prev] is not None and done[prev].name:  # type: ignore[union-attr]
        p = analyses[prev]
        last = done[prev]
        assert last is not None
        p_para = parsed.paragraph_of(p.segment.open_at)
        same_group = p.segment.group == seg.group
        split = p_para == para and p.cue_after and p.cue is not None and p.cue.text.span[1] <= seg.open_at
        only = _only_quotes(parsed, para, [x.segment for x in analyses]) and para - p_para <= 1
        if same_group or split or only or (p_para == para and a.kind == "direct"):
            return Speaker(last.name, "continuation", last.span, last.role, last.organization)
    # a paragraph that names exactly one person outside the quotes
    start, end = parsed.paragraphs[para] if parsed.paragraphs else (0, len(parsed.text))
    named = {m.person.name: m for m in ctx.mentions if start <= m.start < end}
    if len(named) == 1:
        m = next(iter(named.values()))
        who = m.person
        return Speaker(who.name, "explicit", (m.start, m.end), who.role, who.organization)
    return Speaker(None, "unresolved") if a.kind == "direct" else None


def find_scare_quotes(parsed: Parsed) -> list[Framing]:
    """One or two words in quotation marks that nobody is quoted as saying ("so-called "moderate" rebels")."""
    segments = pair_quotes(parsed.text, parsed.paragraphs)
    return [
        Framing(
            term=parsed.text[a.segment.start : a.segment.end],
            span=(a.segment.start, a.segment.end),
            kind="scare_quote",
        )
        for a in _analyse(parsed, segments)
        if a.kind == "scare"
    ]
