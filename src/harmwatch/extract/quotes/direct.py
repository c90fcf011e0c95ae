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
_DASHES = frozenset({"―", "—", "–", "--"})
_RELATIVES = frozenset({"who", "which", "that", "whom"})
# Conjunctions that open an adverbial clause: after a quote, the verb of such a clause is not its cue.
_SUBORDINATORS = frozenset(
    {"when", "while", "whereas", "after", "before", "because", "if", "although", "though", "since", "until",
     "unless", "whether", "once"}
)  # fmt: skip


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


def _crosses_sentence(token: Token, seg: Segment) -> bool:
    """The token lies in an earlier sentence than the quote's opening mark."""
    return token.sent.end_char <= seg.open_at


def _cue_text(verb: Token) -> TextSpan:
    end = cue_end(verb)
    return TextSpan(verb.doc.text[verb.idx : end], (verb.idx, end))


def _np_after(doc: Doc, verb: Token, limit: int) -> TokenSpan:
    """The inverted subject after a cue, appositions and relative clauses included ("said Kevin Barrett, a
    lawyer at Bailey & Glasser, who represents ..."), up to the end of the sentence or a quotation mark."""
    end = verb.i + 1
    sent_end = verb.sent.end
    while (
        end < min(len(doc), sent_end) and doc[end].idx < limit and doc[end].text not in (";", "“", '"', "”")
    ):
        if "\n" in doc[end].text:
            break
        if doc[end].text == "," and end + 1 < len(doc) and doc[end + 1].tag_ in ("VBG", "WRB"):
            break  # "..., adding that ...", "..., where gunmen killed 14": no longer the speaker
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
    signed = _signature(parsed, starts, seg, limit)
    if signed is not None:
        return signed
    if text[seg.close_at - 1] not in ",.?!—–-…'’" and text[seg.close_at + 1 : seg.close_at + 2] not in (
        ",",
        ".",
    ):
        return None  # words in marks inside a running sentence: the verb after them is not their cue
    tokens = [t for t in _tokens_from(doc, starts, seg.close_at + 1, limit) if not t.is_space][:_LONG_SUBJECT]
    if tokens and tokens[0].lower_ in _SUBORDINATORS:
        return None  # `"...," when X said ...`: a new clause, not the quote's cue ("as X put it" is one)
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
            # `X said: "...," adding ...`: the participle's subject is its clause's, else the previous quote's
            if subj is not None and subj.idx < seg.open_at and not _crosses_sentence(subj, seg):
                return _Cue(t, subject_phrase(subj, t), _cue_text(t))
            return _Cue(t, None, _cue_text(t))
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


def _signature(parsed: Parsed, starts: list[int], seg: Segment, limit: int) -> _Cue | None:
    """A quote signed with a dash and a name that ends the paragraph (`"..." — Ana Ruiz`)."""
    assert seg.close_at is not None
    tokens = [t for t in _tokens_from(parsed.doc, starts, seg.close_at + 1, limit) if not t.is_space]
    if len(tokens) < 2 or tokens[0].text not in _DASHES:
        return None
    words = [t for t in tokens[1:] if not (t.is_punct and t.text == ".")]
    if not 0 < len(words) <= 5 or not all(t.pos_ == "PROPN" or t.text[:1].isupper() for t in words):
        return None
    if parsed.text[words[-1].idx + len(words[-1].text) : limit].strip(" .\n"):
        return None  # more text follows: not a signature
    dash = tokens[0]
    return _Cue(None, parsed.doc[words[0].i : words[-1].i + 1], TextSpan(dash.text, (dash.idx, dash.idx + 1)))


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
                lower = sent.start_char
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
            if subj is not None and subj.lower_ in _RELATIVES and t.dep_ == "relcl":
                break  # "anybody who complains about it "...": the relative clause's verb is no cue
            np = subject_phrase(subj, t) if subj is not None and subj.idx >= lower and subj.i < t.i else None
            if np is None and subj is None and t.i + 1 < len(doc) and doc[t.i + 1].pos_ in ("PROPN", "DET"):
                np = _np_after(doc, t, seg.open_at)  # `Said Ellis: "..."`: the subject after the verb
            if np is None or len(np) == 0:
                break  # the clause a colon ends may still name the speaker
            return _aside_over(t, seg) or _Cue(t, np, _cue_text(t))
        if t.pos_ == "VERB" or (n > 5):
            break
    if tokens and tokens[-1].text == ":":
        return _colon_cue(tokens, lower)
    return None


def _pronoun(cue: _Cue) -> bool:
    """The cue's subject is a lone pronoun ("she said")."""
    return cue.subject is not None and len(cue.subject) == 1 and cue.subject[0].pos_ == "PRON"


def _inside_marks(token: Token) -> bool:
    """An odd number of double quotation marks lies between the sentence's start and the token."""
    return sum(token.doc.text.count(m, token.sent.start_char, token.idx) for m in ('"', "“", "”")) % 2 == 1


def _colon_cue(tokens: list[Token], lower: int) -> _Cue | None:
    """`Cruz continued: "..."`, `Republican pollster Daron Shaw: "..."`: the subject of the clause that the
    colon ends, or the bare noun phrase before it."""
    sent = tokens[-1].sent
    verbs = [
        t
        for t in tokens
        if t.sent == sent and t.pos_ in ("VERB", "AUX") and t.dep_ in ("ROOT", "conj", "ccomp")
    ]
    for verb in sorted(reversed(verbs), key=lambda v: not is_speech_verb(v)):
        subj = subject_of(verb)
        if subj is None or subj.i >= verb.i:
            continue
        # a reporting verb's subject may stand before words in marks earlier in its sentence ("X stressed
        # her support of the "..." raid and said: "...""), never inside them
        if subj.idx >= lower or (is_speech_verb(verb) and subj.sent == sent and not _inside_marks(subj)):
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
        aside = _parenthetical_cue(t, inner)
        if aside is not None:
            found = aside  # "During his term, X said, a majority came to believe "...""
        elif is_speech_verb(t) or t.lemma_.lower() in NAMING_VERBS and t.pos_ == "VERB":
            subj = subject_of(t)
            if subj is not None and not (inner.start <= subj.i < inner.end):
                found = _Cue(t, subject_phrase(subj, t), _cue_text(t))
                if t.dep_ in ("relcl", "acl"):
                    break  # "the meddling the congressman said is "..."": the relative clause holds the cue
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


def _parenthetical_cue(verb: Token, inner: TokenSpan) -> _Cue | None:
    """A reporting clause set off inside the clause that holds the quote ("..., X said, ..."), which the
    parser hangs under that clause's verb."""
    for c in verb.children:
        if c.dep_ == "parataxis" and not inner.start <= c.i < inner.end and is_speech_verb(c):
            subj = subject_of(c)
            if subj is not None and subj.head.i == c.i and not inner.start <= subj.i < inner.end:
                return _Cue(c, subject_phrase(subj, c), _cue_text(c))
    return None


def _aside_over(verb: Token, seg: Segment) -> _Cue | None:
    """A reporting aside in a clause above the cue ("X said, most voters have come to believe "..."")."""
    inner = tokens_between(verb.doc, seg.start, seg.end)
    t = verb
    while t.head.i != t.i:
        t = t.head
        aside = _parenthetical_cue(t, inner)
        if aside is not None:
            return aside
    return None


def _clause_cue(inner: TokenSpan) -> _Cue | None:
    """The nearest clause around words in marks whose subject is named ("X likened the rules to "..."",
    "X compared him to a coach who is "...""): who uses the words is the subject of the verb that holds them.
    Only a name or he/she counts: "Gunmen stormed the "safe zone"" gives the gunmen no words."""
    if len(inner) == 0:
        return None
    long_words = [w for w in inner if w.is_alpha and len(w) > 3]
    if long_words and all(w.text[:1].isupper() for w in long_words):
        return None  # a name or a title in marks ("the "Free Syrian Army"") is nobody's words
    t = inner.doc[inner.start : min(inner.end, inner[0].sent.end)].root
    while t.head.i != t.i:
        t = t.head
        if inner.start <= t.i < inner.end or t.pos_ not in ("VERB", "AUX"):
            continue
        subj = subject_of(t)
        if subj is None or inner.start <= subj.i < inner.end or subj.dep_ == "nsubjpass":
            continue
        np = subject_phrase(subj, t)
        if any(x.pos_ == "PROPN" for x in np) or subj.lower_ in ("he", "she"):
            return _Cue(t, np, _cue_text(t))
        if subj.lower_ not in _RELATIVES:
            return None  # the nearest clause with a subject of its own has an unnamed one
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
        before = _before_cue(parsed, starts, seg, lower)
        if after is not None and not (
            before is not None and before.subject is not None and _pronoun(after) and not _pronoun(before)
        ):
            before = None  # `X scolded him: "...," she said`: the name before the colon beats the pronoun
        if before is not None:
            after = None
        direct = not embedded or after is not None or before is not None
        if not direct and lead.split()[-1].lower() in ("that",) and _governing_cue(inner) is None:
            direct = True
        if direct:
            # no cue next to the marks: the reporting verb whose clause holds the quote ("asked the crowd to
            # welcome the governor - "...""), found by the parse
            cue = after or before or (_governing_cue(inner) if lead else None)
            out.append(_Analysis(seg, "direct", cue, after is not None))
            continue
        gov = _governing_cue(inner)
        words = [t for t in inner if not t.is_punct]
        if gov is None and len(words) > _SCARE_WORDS:
            gov = _clause_cue(inner)
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
    last = done[prev] if prev >= 0 else None
    only_quotes = _only_quotes(parsed, para, [x.segment for x in analyses])
    if last is not None and last.name and analyses[prev].segment.group == seg.group:
        return Speaker(last.name, "continuation", last.span, last.role, last.organization)
    if a.kind == "direct":
        cue = analyses[prev].cue if prev >= 0 else None
        narrator = _narrator(ctx, seg, only_quotes, cue.text.span[0] if cue is not None else None)
        if narrator is not None:
            return narrator
    if last is not None and last.name:
        p = analyses[prev]
        p_para = parsed.paragraph_of(p.segment.open_at)
        split = p_para == para and _cue_just_before(p, seg)
        only = only_quotes and para - p_para <= 1
        if split or only or (p_para == para and a.kind == "direct"):
            return Speaker(last.name, "continuation", last.span, last.role, last.organization)
    # a paragraph that names exactly one person outside the quotes
    start, end = parsed.paragraphs[para] if parsed.paragraphs else (0, len(parsed.text))
    named = {m.person.name: m for m in ctx.mentions if start <= m.start < end}
    if len(named) == 1:
        m = next(iter(named.values()))
        who = m.person
        return Speaker(who.name, "explicit", (m.start, m.end), who.role, who.organization)
    # a paragraph of only quoted words after narration that names nobody: the last speaker goes on
    earlier = next((s for s in reversed(done) if s is not None and s.name), None)
    if only_quotes and earlier is not None and prev >= 0:
        since = analyses[prev].segment.end
        if parsed.paragraphs:  # its own paragraph may name its speaker after it ("...," X said.)
            since = parsed.paragraphs[parsed.paragraph_of(since)][1]
        if not any(since <= m.start < seg.open_at for m in ctx.mentions):
            return Speaker(earlier.name, "continuation", earlier.span, earlier.role, earlier.organization)
    return Speaker(None, "unresolved") if a.kind == "direct" else None


def _cue_just_before(p: _Analysis, seg: Segment) -> bool:
    """The previous quote's cue comes after it and before this one (`"...," he said. "..."`)."""
    return p.cue_after and p.cue is not None and p.segment.end <= p.cue.text.span[1] <= seg.open_at


def _narrator(ctx: Context, seg: Segment, only_quotes: bool, last_cue: int | None) -> Speaker | None:
    """A quote that is a sentence of its own after a narrating sentence (not itself quoted words) whose subject
    is a person: that person speaks ("X toured the camp on Monday. "We need tents.""). The sentence is the
    one before in the paragraph, or the last of the previous paragraph when the quote's is only quotes."""
    parsed = ctx.parsed
    doc = parsed.doc
    first = doc.char_span(seg.open_at, seg.open_at + 1, alignment_mode="expand")
    if first is None:
        return None
    sent = first[0].sent
    if parsed.text[sent.start_char : seg.open_at].strip():
        return None  # the quote does not open its sentence
    para_start = parsed.paragraphs[parsed.paragraph_of(seg.open_at)][0] if parsed.paragraphs else 0
    if (
        sent.start == 0
        or (sent.start_char < para_start or doc[sent.start - 1].idx < para_start)
        and not only_quotes
    ):
        return None
    before = doc[sent.start - 1].sent
    while before.start > 0 and not before.text.strip():
        before = doc[before.start - 1].sent
    if ctx.inside_quote(before.start_char) or ctx.inside_quote(before.root.idx):
        return None  # the sentence before is quoted words, not narration
    if last_cue is not None and before.start_char <= last_cue < before.end_char:
        return None  # `"...," he said. "..."`: the sentence is the cue of the quote before
    subj = subject_of(before.root)
    if subj is None or subj.dep_ != "nsubj":
        return None
    speaker = resolve_phrase(ctx, subject_phrase(subj, before.root), subj.idx)
    if speaker is None or not speaker.name or not any(p.name == speaker.name for p in ctx.people):
        return None  # only a person narrates: "The agency asked donors for money" gives no speaker
    return speaker


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
