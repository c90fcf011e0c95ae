"""Direct and partial quotes with resolved speakers, and scare quotes for the framing extractor."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span as TokenSpan

from harmwatch.extract.quotes.clauses import (
    Cue,
    after_cue,
    before_cue,
    clause_cue,
    governing_cue,
    pronoun_subject,
    tokens_from,
)
from harmwatch.extract.quotes.marks import Segment, last_mark, pair_quotes
from harmwatch.extract.quotes.people import Person
from harmwatch.extract.quotes.resolve import (
    Context,
    build_context,
    mention_phrase,
    resolve_phrase,
    subject_of,
    subject_phrase,
    tokens_between,
)
from harmwatch.nlp import Parsed
from harmwatch.records import Framing, Quote, Speaker

CONFIDENCE = {
    "explicit": 0.9,
    "surname": 0.85,
    "title": 0.75,
    "pronoun": 0.7,
    "continuation": 0.7,
    "unresolved": 0.3,
}
_SCARE_WORDS = 2


@dataclass(frozen=True, slots=True)
class _Analysis:
    segment: Segment
    kind: str  # direct | partial | scare
    cue: Cue | None
    cue_after: bool


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
        first = tokens_from(doc, starts, seg.open_at, seg.open_at + 1)
        sent_start = first[0].sent.start_char if first else p_start
        lead = text[max(sent_start, lower) : seg.open_at].strip()
        embedded = bool(lead) and lead[-1] not in ":,.!?—–-"
        # words in marks inside a running sentence end it with their full stop: the next sentence is no cue
        ends_clause = seg.close_at is not None and text[seg.close_at - 1] in ",'’"
        after = after_cue(parsed, starts, seg, limit) if not embedded or ends_clause else None
        if embedded and after is not None and (after.subject is None or after.subject.start_char < seg.end):
            after = None  # `that X "...," adding`: the clause the quote sits in has the cue
        if after is not None and _introduces_next(text, seg, after, nxt):
            after = None  # `X replied: "...." Y quipped, "..."`: Y's cue opens the next quote
        before = before_cue(parsed, starts, seg, lower)
        if before is not None:
            before = _outer_cue(before, inner)
        if after is not None and not (
            before is not None
            and before.subject is not None
            and ((pronoun_subject(after) and not pronoun_subject(before)) or _ends_sentence(text, seg))
        ):
            # `X scolded him: "...," she said`: the name before the colon beats the pronoun; `X answered:
            # "...?" His critics cited it ...`: a quote that ends its sentence keeps the cue before it
            before = None
        if before is not None:
            after = None
        direct = not embedded or after is not None or before is not None
        if not direct and lead.split()[-1].lower() in ("that",) and governing_cue(inner) is None:
            direct = True
        if direct:
            # no cue next to the marks: the reporting verb whose clause holds the quote ("asked the crowd to
            # welcome the governor - "...""), found by the parse
            cue = after or before or (governing_cue(inner) if lead else _closing_cue(inner, seg))
            out.append(_Analysis(seg, "direct", cue, after is not None))
            continue
        gov = governing_cue(inner)
        words = [t for t in inner if not t.is_punct]
        if gov is None and len(words) > _SCARE_WORDS:
            gov = clause_cue(inner)
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


def _outer_cue(cue: Cue, inner: TokenSpan) -> Cue:
    """Words in marks whose cue before them lies in what another reporting verb reports ("X said Y called on
    them to stay "calm."", "X says that Y told an agent, "...""): the outer verb's speaker, as for partial
    quotes, since the attribution that holds the words is X's. The cue must hang in the outer verb's reported
    clause (a clausal complement on the way up, no quoted words between): "X said A, and Y vowed "..."" and
    "A happened, while Y said "..."" keep Y."""
    outer = governing_cue(inner)
    if cue.verb is None or outer is None or outer.verb is None or outer.verb.i >= cue.verb.i:
        return cue
    doc = cue.verb.doc
    if any(m in doc[outer.verb.i : cue.verb.i].text for m in ('"', "“", "”")):
        return cue
    t, reported = cue.verb, False
    while t.head.i != t.i:
        if t.dep_ in ("conj", "advcl", "parataxis") and any(c.dep_ == "nsubj" for c in t.children):
            return cue  # a clause of its own beside the outer verb's, not inside what it reports
        reported = reported or t.dep_ == "ccomp"
        t = t.head
        if t.i == outer.verb.i:
            return outer if reported else cue
    return cue


def _ends_sentence(text: str, seg: Segment) -> bool:
    """The quoted words end with a full stop, a question or an exclamation mark: the sentence ends with them."""
    return last_mark(text, seg) in (".", "?", "!")


def _introduces_next(text: str, seg: Segment, cue: Cue, next_open: int) -> bool:
    """A cue after a quote that ends its own sentence belongs to the next quote when its clause runs on to
    that quote's opening mark and ends there with a comma or colon (`"...." Y added, "..."`)."""
    if not _ends_sentence(text, seg):
        return False
    rest = text[cue.text.span[1] : next_open].strip()
    return next_open < len(text) and rest[-1:] in (",", ":") and not any(c in rest for c in ".?!\n")


def _closing_cue(inner: TokenSpan, seg: Segment) -> Cue | None:
    """A quote that opens its sentence, which goes on past the marks to a reporting clause ("\"The pumps will
    run\" unless the river floods, said X"): the speech verb that governs the quoted words, after the marks in
    the same sentence."""
    if len(inner) == 0 or seg.close_at is None:
        return None
    cue = governing_cue(inner)
    if cue is None or cue.verb is None or cue.verb.idx <= seg.close_at:
        return None
    return cue if cue.verb.sent.start <= inner.start else None


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
        span = mention_phrase(parsed.doc, m.start, m.end)
        return Speaker(who.name, "explicit", span, who.role, who.organization)
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
