"""Where a quote's cue and speaker phrase are: next to the marks (`"...," X said`, `X said: "..."`, `Said X:`,
`"..." — X`), or up the parse (the reporting verb whose clause holds the quote, a reporting aside, the named
subject of the clause around a partial quote)."""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from spacy.tokens import Doc, Token
from spacy.tokens import Span as TokenSpan

from harmwatch.extract.quotes.cues import (
    NAMING_VERBS,
    SPEECH_NOUNS,
    SPEECH_VERBS,
    THOUGHT_VERBS,
    cue_end,
    is_speech_verb,
)
from harmwatch.extract.quotes.marks import Segment, last_mark
from harmwatch.extract.quotes.resolve import noun_phrase, subject_of, subject_phrase, tokens_between
from harmwatch.nlp import Parsed, doc_text
from harmwatch.records import TextSpan

# A cue after the closing mark is at most this many tokens away ("," the Foreign Ministry spokesman said").
_CUE_REACH = 8
# ... unless the subject between them is a long phrase that starts right after the quote.
_LONG_SUBJECT = 45
_DASHES = frozenset({"―", "—", "–", "--"})
# Parts of speech of a short subject phrase ("the two", "a voice in the ad").
_PHRASE_POS = frozenset({"DET", "NUM", "PROPN", "ADJ", "NOUN", "ADP", "PART"})
# The longest source label before a colon (`... - Dana Reyes and Omar Saleh: "..."`).
_LABEL_WORDS = 6
# Names that are no source: places and times.
_NOT_SOURCES = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME"})
# What fills a verb's object place: a verb that has one does not report the quote before it.
_OBJECTS = frozenset({"dobj", "ccomp", "xcomp", "attr", "acomp", "oprd", "dative", "iobj"})
# Verbs that never report the words before them, whatever the frame ("... ," was another).
_NOT_REPORTING = frozenset({"be", "have", "do", "get", "become"})
_RELATIVES = frozenset({"who", "which", "that", "whom"})
# Conjunctions that open an adverbial clause: after a quote, the verb of such a clause is not its cue.
_SUBORDINATORS = frozenset(
    {"when", "while", "whereas", "after", "before", "because", "if", "although", "though", "since", "until",
     "unless", "whether", "once"}
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Cue:
    verb: Token | None  # None for "according to"
    subject: TokenSpan | None
    text: TextSpan


def tokens_from(doc: Doc, starts: list[int], start: int, end: int) -> list[Token]:
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
    return TextSpan(doc_text(verb.doc)[verb.idx : end], (verb.idx, end))


def _np_after(doc: Doc, verb: Token, limit: int) -> TokenSpan:
    """The inverted subject after a cue, appositions and relative clauses included ("said Nadia Farouk, a
    surgeon at the city hospital, who has treated ..."), up to the end of the sentence or a quotation mark."""
    end = verb.i + 1
    sent_end = verb.sent.end
    while (
        end < min(len(doc), sent_end) and doc[end].idx < limit and doc[end].text not in (";", "“", '"', "”")
    ):
        if "\n" in doc[end].text:
            break
        if (
            doc[end].text == ","
            and end + 1 < len(doc)
            and (doc[end + 1].tag_ in ("VBG", "WRB") or doc[end + 1].lower_ in _SUBORDINATORS | {"as"})
        ):
            break  # "..., adding that ...", "..., where gunmen killed 14", "..., as the crowd booed"
        if doc[end].lower_ in ("on", "in", "at") and end + 1 < len(doc) and end == verb.i + 1:
            break  # "said in a statement"
        end += 1
    while end > verb.i + 1 and (doc[end - 1].is_punct and doc[end - 1].text != ")"):
        end -= 1
    return doc[verb.i + 1 : end]


def after_cue(parsed: Parsed, starts: list[int], seg: Segment, limit: int) -> Cue | None:
    """A cue right after the closing mark: `"...," X said`, `"...," said X`, `..." He added.`"""
    if seg.close_at is None:
        return None
    doc = parsed.doc
    text = parsed.text
    signed = _signature(parsed, starts, seg, limit)
    if signed is not None:
        return signed
    # the words end with their own stop, or with a quote inside the quote (`... call it 'a farce,' " X said`)
    if last_mark(text, seg) not in tuple(",.?!—–-…'’") and text[seg.close_at + 1 : seg.close_at + 2] not in (
        ",",
        ".",
    ):
        return None  # words in marks inside a running sentence: the verb after them is not their cue
    tokens = [t for t in tokens_from(doc, starts, seg.close_at + 1, limit) if not t.is_space][:_LONG_SUBJECT]
    if tokens and tokens[0].lower_ in _SUBORDINATORS:
        return None  # `"...," when X said ...`: a new clause, not the quote's cue ("as X put it" is one)
    for n, t in enumerate(tokens):
        if not is_speech_verb(t) and not _verb_taken_for_noun(text, seg, tokens, n):
            finite = t.tag_ in ("VBD", "VBZ", "VBP") and t.text[:1].islower()
            if finite and t.dep_ not in ("relcl", "acl") and n <= _CUE_REACH:
                if not _reporting_frame(text, seg, tokens, n):
                    return None
            else:
                if t.is_punct and t.text in ".!?" and n > 0:
                    return None
                continue
        subj = subject_of(t)
        if n > _CUE_REACH and not (
            (subj is not None and subj.i < t.i and subj.left_edge.i <= tokens[0].i + 1)
            or (subj is None and _named_with_apposition(tokens[:n]))
        ):
            continue  # a long subject must start right after the quote: `," Malkia Cyril, the ..., said`
        if t.tag_ == "VBG" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
            # `X said: "...," adding ...`: the participle's subject is its clause's, else the previous quote's
            if subj is not None and subj.idx < seg.open_at and not _crosses_sentence(subj, seg):
                return Cue(t, subject_phrase(subj, t), _cue_text(t))
            return Cue(t, None, _cue_text(t))
        words_before = n > 0 and any(x.pos_ in ("PROPN", "NOUN", "PRON", "NUM") for x in tokens[:n])
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
        return Cue(t, np, _cue_text(t))
    return None


def _reporting_frame(text: str, seg: Segment, tokens: list[Token], n: int) -> bool:
    """`"...," X retorted.`, `"...?" pressed X.`: words that end with a comma, a question or an exclamation,
    right after them a clause of only a subject and a verb with nothing in its object's place after it (the
    parser may hang the quoted words there), and the clause ends: the quoted words are what the verb reports,
    whatever the verb ("the email read", "Y started")."""
    verb = tokens[n]
    if (
        last_mark(text, seg) not in (",", "?", "!")
        or verb.pos_ != "VERB"
        or verb.lemma_.lower() in _NOT_REPORTING
    ):
        return False
    first = next((x for x in tokens if not x.is_punct), None)
    if first is None:
        return False
    subj = subject_of(verb)
    if first.i == verb.i:  # inverted: `," opined the paper.`; the parser may take the subject for an object
        after = [c for c in verb.children if c.i > verb.i and c.dep_ in ("nsubj", "dobj")]
        if len(after) != 1 or after[0].pos_ not in ("PROPN", "NOUN"):
            return False
        clause_end = after[0].right_edge.i + 1
        objects = [c for c in verb.children if c.dep_ in _OBJECTS and c.i > verb.i and c.i != after[0].i]
    else:
        if subj is None or subj.i > verb.i or subj.left_edge.i != first.i or subj.right_edge.i >= verb.i:
            return False
        clause_end = verb.i + 1
        objects = [c for c in verb.children if c.dep_ in _OBJECTS and c.i > verb.i]
    while clause_end < len(verb.doc) and verb.doc[clause_end].dep_ == "prt":
        clause_end += 1  # "shot back"
    nxt = verb.doc[clause_end] if clause_end < len(verb.doc) else None
    return not objects and (nxt is None or nxt.text in (".", ",", ";", "!", "?") or "\n" in nxt.text)


def _verb_taken_for_noun(text: str, seg: Segment, tokens: list[Token], n: int) -> bool:
    """`"...," the two write.`: after words that end with a comma, a question or an exclamation, a noun
    phrase and a word that ends the sentence, whose lemma is a reporting verb: the verb of the reporting
    clause, which the tagger took for a noun."""
    t = tokens[n]
    if t.pos_ not in ("NOUN", "PROPN") or t.lemma_.lower() not in SPEECH_VERBS or not 0 < n <= _CUE_REACH:
        return False
    if last_mark(text, seg) not in (",", "?", "!"):
        return False
    nxt = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
    if nxt is not None and nxt.text not in (".", ",", "!", "?") and "\n" not in nxt.text:
        return False
    words = [x for x in tokens[:n] if not x.is_punct]
    return (
        bool(words)
        and words[0].pos_ in ("DET", "NUM", "PROPN", "ADJ")
        and all(x.pos_ in _PHRASE_POS for x in words)
    )


def _named_with_apposition(words: list[Token]) -> bool:
    """`," Dana Reyes, a senior adviser to the mayor, said`: a name and an apposition set off by commas,
    with no verb of its own outside a relative clause (which the parser may hang inside the quote)."""
    if len(words) < 3 or words[0].pos_ != "PROPN" or words[-1].text != ",":
        return False
    relative = False
    for w in words:
        relative = relative or w.lower_ in _RELATIVES
        if w.tag_ in ("VBD", "VBZ", "VBP", "MD") and not relative:
            return False
    return True


def _signature(parsed: Parsed, starts: list[int], seg: Segment, limit: int) -> Cue | None:
    """A quote signed with a dash and a name that ends the paragraph (`"..." — Ana Ruiz`), or that makes the
    paragraph after a quote that ends its own (`"..."` / `- Ana Ruiz.`, as fact checks print a claim)."""
    assert seg.close_at is not None
    tokens = [t for t in tokens_from(parsed.doc, starts, seg.close_at + 1, limit) if not t.is_space]
    if not tokens and parsed.paragraphs:
        # the quote ends its paragraph: the signature may be the next paragraph (`"..."` / `- Ana Ruiz.`)
        para = parsed.paragraph_of(seg.close_at)
        if (
            para + 1 < len(parsed.paragraphs)
            and not parsed.text[seg.close_at + 1 : parsed.paragraphs[para][1]].strip()
        ):
            start, limit = parsed.paragraphs[para + 1]
            tokens = [t for t in tokens_from(parsed.doc, starts, start, limit) if not t.is_space]
    if len(tokens) < 2 or tokens[0].text not in _DASHES | {"-"}:
        return None  # a hyphen set apart stands for a dash here
    words = [t for t in tokens[1:] if not (t.is_punct and t.text == ".")]
    if not 0 < len(words) <= 5 or not all(t.pos_ == "PROPN" or t.text[:1].isupper() for t in words):
        return None
    if parsed.text[words[-1].idx + len(words[-1].text) : limit].strip(" .\n"):
        return None  # more text follows: not a signature
    dash = tokens[0]
    return Cue(None, parsed.doc[words[0].i : words[-1].i + 1], TextSpan(dash.text, (dash.idx, dash.idx + 1)))


def before_cue(parsed: Parsed, starts: list[int], seg: Segment, lower: int) -> Cue | None:
    """A cue right before the opening mark: `X said: "..."`, `X told reporters "..."`, `According to X, "..."`."""
    doc = parsed.doc
    tokens = [t for t in tokens_from(doc, starts, lower, seg.open_at) if not t.is_space]
    if not tokens:
        # `X said:` ending the previous paragraph
        before = parsed.text[: seg.open_at].rstrip()
        if before.endswith(":"):
            last = tokens_from(doc, starts, max(0, len(before) - 1), len(before))
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
                return Cue(None, noun_phrase(pobj), TextSpan(doc_text(doc)[t.idx : end], (t.idx, end)))
    for n, t in enumerate(reversed(tokens[-8:])):
        if is_speech_verb(t):
            t = _reporter_of_thought(t)
            subj = subject_of(t)
            if subj is not None and subj.lower_ in _RELATIVES and t.dep_ == "relcl":
                break  # "anybody who complains about it "...": the relative clause's verb is no cue
            np = subject_phrase(subj, t) if subj is not None and subj.idx >= lower and subj.i < t.i else None
            if np is None and subj is None and t.i + 1 < len(doc) and doc[t.i + 1].pos_ in ("PROPN", "DET"):
                np = _np_after(doc, t, seg.open_at)  # `Said Ellis: "..."`: the subject after the verb
            if np is None or len(np) == 0:
                break  # the clause a colon ends may still name the speaker
            return _aside_over(t, seg) or Cue(t, np, _cue_text(t))
        if t.pos_ == "VERB" or (n > 5):
            break
    if tokens and tokens[-1].text == ":":
        return _colon_cue(tokens, lower)
    return None


def _reporter_of_thought(verb: Token) -> Token:
    """A verb of thought with a pronoun subject that completes a reporting verb ("X said she thinks ...",
    "X told reporters he believes ..."): the reporting verb, whose subject names the speaker."""
    subj = subject_of(verb)
    head = verb.head
    if (
        verb.lemma_.lower() in THOUGHT_VERBS
        and subj is not None
        and subj.pos_ == "PRON"
        and verb.dep_ == "ccomp"
        and head.i < verb.i
        and is_speech_verb(head)
    ):
        outer = subject_of(head)
        if outer is not None and outer.pos_ != "PRON" and outer.i < head.i:
            return head
    return verb


def pronoun_subject(cue: Cue) -> bool:
    """The cue's subject is a lone pronoun ("she said")."""
    return cue.subject is not None and len(cue.subject) == 1 and cue.subject[0].pos_ == "PRON"


def _inside_marks(token: Token) -> bool:
    """An odd number of double quotation marks lies between the sentence's start and the token."""
    return (
        sum(doc_text(token.doc).count(m, token.sent.start_char, token.idx) for m in ('"', "“", "”")) % 2 == 1
    )


def _colon_cue(tokens: list[Token], lower: int) -> Cue | None:
    """`Cruz continued: "..."`, `Republican pollster Daron Shaw: "..."`: the subject of the clause that the
    colon ends, or the bare noun phrase before it."""
    label = _source_label(tokens)
    if label is not None:
        colon = tokens[-1]
        return Cue(None, label, TextSpan(":", (colon.idx, colon.idx + 1)))
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
            return Cue(verb, subject_phrase(subj, verb), _cue_text(verb))
    if not verbs:
        words = [t for t in tokens[:-1] if t.sent == sent and not t.is_space]
        if 0 < len(words) <= 8 and any(t.pos_ == "PROPN" for t in words):
            return Cue(
                None,
                words[0].doc[words[0].i : words[-1].i + 1],
                TextSpan(":", (tokens[-1].idx, tokens[-1].idx + 1)),
            )
    return None


def _source_label(tokens: list[Token]) -> TokenSpan | None:
    """A source set before a colon as a label, not a clause: after a dash that ends a headline or a
    summary (`Turnout fell sharply - Dana Reyes: "..."`), or after "from" (`More from the survey: "..."`).
    The label is a short phrase without a verb that names someone (a name, or a determiner and a noun)."""
    words: list[Token] = []
    for t in reversed(tokens[:-1]):
        if t.text in _DASHES or t.text == "-" or t.lower_ == "from":
            break
        if len(words) == _LABEL_WORDS or t.is_space or "\n" in t.text:
            return None
        words.insert(0, t)
    else:
        return None
    if not words or any(w.pos_ in ("VERB", "AUX") or w.is_punct for w in words):
        return None
    if t.lower_ == "from":
        # `More from X:` opens its sentence or follows a dash; "a phrase that could have come from X:" is a clause
        for x in reversed(tokens[: tokens.index(t)]):
            if x.i < t.sent.start or x.text in _DASHES or x.text == "-" or x.is_space or "\n" in x.text:
                break
            if x.pos_ in ("VERB", "AUX"):
                return None
        named = any(w.pos_ == "PROPN" for w in words) or (
            words[0].lower_ == "the" and words[-1].pos_ == "NOUN"
        )
    else:
        # after a dash only a name: "Karim Nasser spoke in Hama - the old capital:" is an apposition
        named = words[0].text[:1].isupper() and any(w.pos_ == "PROPN" for w in words)
    kinds = {w.ent_type_ for w in words if w.ent_type_}
    if not named or (kinds and kinds <= _NOT_SOURCES):
        return None  # a place or a time, unless a person or a body is named too
    return words[0].doc[words[0].i : words[-1].i + 1]


def governing_cue(inner: TokenSpan) -> Cue | None:
    """The speech verb whose clause holds an embedded quote ("said that it will become an "accomplice"")."""
    if len(inner) == 0:
        return None
    # a quote of several sentences hangs from the sentence that opens it
    root = inner.doc[inner.start : min(inner.end, inner[0].sent.end)].root
    t = root
    found: Cue | None = None
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
                found = Cue(t, subject_phrase(subj, t), _cue_text(t))
                if t.dep_ in ("relcl", "acl"):
                    break  # "the meddling the congressman said is "..."": the relative clause holds the cue
        elif t.lemma_.lower() in SPEECH_NOUNS and t.pos_ == "NOUN" and found is None:
            owner = next((c for c in t.children if c.dep_ == "poss"), None)
            if owner is None:
                by = next((c for c in t.children if c.lower_ == "by" and c.dep_ == "prep"), None)
                owner = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
            if owner is not None:
                found = Cue(t, noun_phrase(owner), _cue_text(t))
    if found is not None:
        return found
    sent = root.sent
    for tok in sent:
        if tok.lower_ == "according" and tok.i + 1 < len(inner.doc) and inner.doc[tok.i + 1].lower_ == "to":
            pobj = next((c for c in inner.doc[tok.i + 1].children if c.dep_ == "pobj"), None)
            if pobj is not None:
                end = inner.doc[tok.i + 1].idx + 2
                return Cue(
                    None, noun_phrase(pobj), TextSpan(doc_text(inner.doc)[tok.idx : end], (tok.idx, end))
                )
    return None


def _parenthetical_cue(verb: Token, inner: TokenSpan) -> Cue | None:
    """A reporting clause set off inside the clause that holds the quote ("..., X said, ..."), which the
    parser hangs under that clause's verb."""
    for c in verb.children:
        if c.dep_ == "parataxis" and not inner.start <= c.i < inner.end and is_speech_verb(c):
            subj = subject_of(c)
            if subj is not None and subj.head.i == c.i and not inner.start <= subj.i < inner.end:
                return Cue(c, subject_phrase(subj, c), _cue_text(c))
    return None


def _aside_over(verb: Token, seg: Segment) -> Cue | None:
    """A reporting aside in a clause above the cue ("X said, most voters have come to believe "..."")."""
    inner = tokens_between(verb.doc, seg.start, seg.end)
    t = verb
    while t.head.i != t.i:
        t = t.head
        aside = _parenthetical_cue(t, inner)
        if aside is not None:
            return aside
    return None


def clause_cue(inner: TokenSpan) -> Cue | None:
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
            return Cue(t, np, _cue_text(t))
        if subj.lower_ not in _RELATIVES:
            return None  # the nearest clause with a subject of its own has an unnamed one
    return None
