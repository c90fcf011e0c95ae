"""Mention -> speaker: names, surnames, pronouns, titles, descriptions of organisations and capitals."""

from __future__ import annotations

import bisect
import dataclasses
import itertools
import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token
from spacy.tokens import Span as TokenSpan

from harmwatch.extract.quotes.cues import (
    ABBREVIATIONS,
    ASCRIBING_VERBS,
    BODY_DESCRIPTIONS,
    DOCUMENT_NOUNS,
    GROUP_NOUNS,
    MEDIA_NOUNS,
    MEDIA_WORDS,
    OFFICE_NOUNS,
    PRONOUN_GENDER,
    ROLE_WORDS,
    STATE_WORDS,
    VOICE_NOUNS,
    is_speech_verb,
)
from harmwatch.extract.quotes.people import Person
from harmwatch.extract.quotes.roles import country_of_capital, expand, premodifier
from harmwatch.nlp import Parsed
from harmwatch.records import Resolution, Span, Speaker

_PRONOUNS = frozenset(
    {"he", "she", "they", "it", "i", "we", "you", "him", "her", "them", "who", "whom", "which", "that", "this",
     "these", "those", "one", "us", "me", "himself", "herself", "themselves", "his", "its", "their", "my",
     "our", "your"}
)  # fmt: skip
# Verbs that link a description to its owner: "a recording said / believed / thought to be that of X".
_VOUCHING = frozenset({"be", "say", "believe", "think", "appear", "seem", "report", "claim"})
# Prepositions of manner and time whose gerund borrows the subject of the verb they modify ("by saying").
_ADJUNCT_PREPOSITIONS = frozenset({"by", "upon", "on", "after", "before", "in", "while"})
# A pronoun looks back this many paragraphs for its antecedent.
_PRONOUN_REACH = 4


@dataclass(frozen=True, slots=True)
class Mention:
    """A person named outside quotation marks, at character offsets [start, end)."""

    start: int
    end: int
    person: Person
    is_subject: bool


@dataclass
class Context:
    """What speaker resolution needs to know about one article."""

    parsed: Parsed
    people: list[Person]
    quoted: list[Span]  # character ranges inside quotation marks
    mentions: list[Mention] = field(default_factory=list)
    speakers: list[tuple[int, Speaker]] = field(default_factory=list)  # resolved so far, by cue offset
    _starts: list[int] = field(init=False, repr=False, default_factory=list)
    _reach: list[int] = field(init=False, repr=False, default_factory=list)

    def __post_init__(self) -> None:
        # The ranges by start, with the furthest end reached so far: one bisection answers inside_quote.
        ordered = sorted(self.quoted)
        self._starts = [s for s, _e in ordered]
        self._reach = list(itertools.accumulate((e for _s, e in ordered), max))

    def inside_quote(self, offset: int) -> bool:
        i = bisect.bisect_right(self._starts, offset)
        return i > 0 and self._reach[i - 1] > offset


def build_context(parsed: Parsed, people: list[Person], quoted: list[Span]) -> Context:
    """The article's person mentions outside quotation marks, in order."""
    ctx = Context(parsed, people, quoted)
    doc = parsed.doc
    for person in people:
        for start, end in person.mentions:
            if ctx.inside_quote(start):
                continue  # a person named inside a quote is not its speaker
            span = doc.char_span(start, end, alignment_mode="expand")
            subject = span is None or not _is_object(span)
            ctx.mentions.append(Mention(start, end, person, subject))
    ctx.mentions.sort(key=lambda m: m.start)
    return ctx


def _is_object(name: TokenSpan) -> bool:
    """A name that is the object of a verb or preposition ("a meeting with X", "told X"), its role words
    before it skipped."""
    pre = premodifier(name.doc, name.start)
    first = pre.start if pre is not None else name.start
    if first == 0:
        return False
    before = name.doc[first - 1]
    return before.pos_ in ("ADP", "VERB") and before.lower_ not in ("of", "'s", "’s")


def person_at(ctx: Context, start: int, end: int) -> Mention | None:
    """The person a phrase names: its first name that is neither a possessor ("Clinton's aide") nor in a
    prepositional phrase ("a spokesman for X"); in "X, a chief of staff to Y" it is X."""
    inside = [m for m in ctx.mentions if m.start >= start and m.end <= end]
    text = ctx.parsed.text
    for m in inside:
        after = text[m.end : m.end + 2]
        before = text[max(start, m.start - 5) : m.start].split()
        if after[:2] in ("’s", "'s") or (before and before[-1].lower() in ("for", "to", "of", "with", "by")):
            continue
        return m
    return None


def _speaker(person: Person, resolution: Resolution, span: Span) -> Speaker:
    return Speaker(person.name, resolution, span, person.role, person.organization)


def noun_phrase(token: Token) -> TokenSpan:
    """The whole noun phrase of `token`, appositions and relative clauses included ("Joseph, who has four
    children"), cut at quotation marks and semicolons."""
    doc = token.doc
    start, end = token.left_edge.i, token.right_edge.i + 1
    for t in doc[token.i + 1 : end]:
        if t.text in ("“", "”", '"', ";") or "\n" in t.text:
            end = t.i
            break
    for t in doc[start : token.i]:
        if t.text in ("“", "”", '"', ";") or "\n" in t.text:
            start = t.i + 1
    while end > start and (doc[end - 1].is_punct and doc[end - 1].text != ")" or doc[end - 1].is_space):
        end -= 1
    while start < end and (doc[start].is_punct or doc[start].is_space):
        start += 1
    return doc[start:end]


def subject_phrase(subj: Token, verb: Token) -> TokenSpan:
    """A cue's subject with everything up to the verb: "Kerr Putney, the Charlotte-Mecklenburg police
    chief, said" (the parser often leaves the apposition out of the subject's subtree)."""
    np = noun_phrase(subj)
    if subj.i > verb.i or verb.i - subj.i > 40:
        return np
    doc = verb.doc
    # the verb that owns the subject: in "X praised them and said" the phrase ends before "praised"
    end = subj.head.i if np.end <= subj.head.i < verb.i else verb.i
    while end > np.end and (
        doc[end - 1].pos_ in ("AUX", "ADV", "PART", "PUNCT", "SPACE") or doc[end - 1].is_space
    ):
        end -= 1
    between = doc[np.end : end]
    if any(t.text in ("“", "”", '"', ";") or "\n" in t.text for t in between):
        return np
    # only an apposition set off by a comma may hold verbs ("X, who runs Y, said"); else "that was not her
    # view and dismissed" would pass for a subject
    if len(between) and between[0].text != "," and any(t.pos_ in ("VERB", "AUX") for t in between):
        return np
    return doc[np.start : max(np.end, end)]


def mention_phrase(doc: Doc, start: int, end: int) -> Span:
    """The phrase a name heads, its appositions and relative clauses included ("Nadia Farouk, a surgeon at
    the city hospital,"): the mention that names a speaker found without a cue. A subject takes everything up
    to its verb; a name that is only part of a phrase ("X's aide", "the X campaign") keeps its own words."""
    name = doc.char_span(start, end, alignment_mode="expand")
    if name is None or name.root.dep_ in ("ROOT", "poss", "compound") or name.root.head.i == name.root.i:
        return (start, end)
    root = name.root
    np = subject_phrase(root, root.head) if root.dep_ in ("nsubj", "nsubjpass") else noun_phrase(root)
    if len(np) == 0 or np.start_char > start or np.end_char < end:
        return (start, end)
    return (np.start_char, np.end_char)


def _apposition_follows(comma: Token, head: Token) -> bool:
    """The comma opens an apposition of the phrase ("Brian Fallon, the campaign's press secretary,")."""
    doc = comma.doc
    for t in doc[comma.i + 1 : min(len(doc), comma.i + 12)]:
        if t.is_punct and t.text != "-" and t.text not in ("’s", "'s"):
            return False
        if t.dep_ == "appos" and (t.head.i == head.i or t.head.head.i == head.i):
            return True
    return False


def resolve_pronoun(ctx: Context, token: Token) -> Speaker:
    """he/she: the most recent compatible person outside quotes (subjects first), or an anonymous holder of a
    role who spoke after that person; they: the last group or anonymous plural source; it: the last source, when
    it is one body."""
    lower = token.lower_.strip('"“”')
    span = (token.idx, token.idx + len(token.text))
    if lower not in ("he", "she", "him", "her", "his"):
        recent = [
            s
            for at, s in ctx.speakers
            if at < token.idx and s.name and (s.resolution != "unresolved" or _anonymous(ctx, s, plural=True))
        ]
        if lower == "they" and recent and not _is_person_name(ctx, recent[-1].name):
            last = recent[-1]
            return Speaker(last.name, "pronoun", span, last.role, last.organization)
        # "The ministry said ... It said": the last source, when it is one body
        last_said = next((s for at, s in reversed(ctx.speakers) if at < token.idx), None)
        if lower == "it" and last_said is not None and _body(ctx, last_said):
            return Speaker(last_said.name, "pronoun", span, last_said.role, last_said.organization)
        return Speaker(None, "unresolved", span)
    gender = PRONOUN_GENDER[lower]
    para = ctx.parsed.paragraph_of(token.idx)
    floor = ctx.parsed.paragraphs[max(0, para - _PRONOUN_REACH)][0] if ctx.parsed.paragraphs else 0
    candidates = [
        m for m in ctx.mentions if floor <= m.start < token.idx and m.person.gender in (None, gender)
    ]
    # speakers of earlier quotes count as mentions at their cue
    spoken = [
        (at, s)
        for at, s in ctx.speakers
        if floor <= at < token.idx and s.name and _is_person_name(ctx, s.name)
    ]
    best: tuple[int, Person] | None = None
    for m in reversed(candidates):
        if m.is_subject:
            best = (m.start, m.person)
            break
    for at, s in reversed(spoken):
        person = next(p for p in ctx.people if p.name == s.name)
        if person.gender in (None, gender) and (best is None or at > best[0]):
            best = (at, person)
        break
    if best is None and candidates:
        best = (candidates[-1].start, candidates[-1].person)
    # an anonymous source who spoke after the last person ("..., the regional governor said. He said ...")
    anonymous = [
        (at, s)
        for at, s in ctx.speakers
        if floor <= at < token.idx and _anonymous(ctx, s, plural=False) and _role_gender(s) in (None, gender)
    ]
    if anonymous and (best is None or anonymous[-1][0] > best[0]):
        last = anonymous[-1][1]
        return Speaker(last.name, "pronoun", span, last.role, last.organization)
    if best is None:
        return Speaker(None, "unresolved", span)
    return _speaker(best[1], "pronoun", span)


def _unnamed_root(ctx: Context, speaker: Speaker) -> Token | None:
    """The head word of the phrase a source was found in, when no person of the article has its name."""
    if speaker.span is None or _is_person_name(ctx, speaker.name):
        return None
    phrase = ctx.parsed.doc.char_span(*speaker.span, alignment_mode="expand")
    return phrase.root if phrase is not None and len(phrase) else None


def _body(ctx: Context, speaker: Speaker) -> bool:
    """A source that "it" may stand for: one organisation, state or office ("the ministry", "the army", "the
    Example Monitor"), neither a person of the article nor the holder of a role."""
    root = _unnamed_root(ctx, speaker) if speaker.name else None
    if root is None:
        return False
    if root.pos_ == "PRON":
        return root.lower_ == "it" and speaker.resolution == "pronoun"
    return root.tag_ in ("NN", "NNP") and root.lemma_.lower() not in ROLE_WORDS and root.ent_type_ != "PERSON"


def _role_gender(speaker: Speaker) -> str | None:
    """The gender a role's head word tells ("spokeswoman", "chairman"), else None."""
    head = (speaker.role or "").split()[-1:] or [""]
    if head[0].lower().endswith("woman"):
        return "female"
    return "male" if head[0].lower().endswith("man") else None


def _anonymous(ctx: Context, speaker: Speaker, *, plural: bool) -> bool:
    """A source no person of the article names, that a later pronoun may stand for: one holder of a role for
    he/she ("the regional governor", "a police spokesman"), a plural for they ("officials", "local residents"). A
    pronoun already resolved to such a source passes its number on."""
    root = _unnamed_root(ctx, speaker)
    if root is None:
        return False
    if root.pos_ == "PRON":
        return (root.lower_ == "they") == plural and speaker.resolution == "pronoun"
    if plural:
        return root.tag_ == "NNS"
    return root.tag_ == "NN" and root.lemma_.lower() in ROLE_WORDS


def _is_person_name(ctx: Context, name: str | None) -> bool:
    return any(p.name == name for p in ctx.people)


def _strip_det(text: str) -> str:
    return re.sub(r"^(?:the|a|an|The|A|An)\s+", "", text.strip())


def _last_org(ctx: Context, before: int, want: str) -> str | None:
    """The last organisation named before `before` outside quotes: an NGO-like one or a media outlet."""
    for ent in reversed(ctx.parsed.doc.ents):
        if ent.start_char >= before or ent.label_ != "ORG" or ctx.inside_quote(ent.start_char):
            continue
        words = {t.lower_ for t in ent}
        media = bool(words & MEDIA_WORDS)
        if want == "media" and media:
            return expand(ent.text)
        if want == "group" and not media and not words & STATE_WORDS and expand(ent.text) != "United Nations":
            return expand(ent.text)
    return None


def resolve_phrase(ctx: Context, np: TokenSpan, anchor: int | None = None) -> Speaker | None:
    """The speaker a noun phrase (the subject of a cue) refers to, or None for an empty phrase."""
    if len(np) == 0:
        return None
    anchor = np.start_char if anchor is None else anchor
    span = (np.start_char, np.end_char)
    mention = person_at(ctx, np.start_char, np.end_char)
    root = np.root
    if mention is not None:
        full = mention.person.name
        written = ctx.parsed.text[mention.start : mention.end]
        resolution: Resolution = "explicit" if len(written.split()) > 1 or written == full else "surname"
        # the span is the whole phrase: "Rep. Jim Clyburn (D-S.C.), the assistant leader of ..." names him
        return _speaker(mention.person, resolution, span)
    # a pronoun glued to a quotation mark by lost spaces (`"He added`) is still a pronoun
    if all(t.lower_.strip('"“”') in _PRONOUNS or t.is_punct for t in np):
        if root.lower_.strip('"“”') in ("he", "she", "they", "him", "her", "his", "it"):
            return resolve_pronoun(ctx, root)
        return Speaker(None, "unresolved", span)
    text = _strip_det(np.text)
    key = text.lower()
    if key in BODY_DESCRIPTIONS:
        return Speaker(BODY_DESCRIPTIONS[key], "title", span)
    if text in ABBREVIATIONS:
        return Speaker(ABBREVIATIONS[text], "explicit", span)
    country = country_of_capital(text)
    if country:
        return Speaker(country, "explicit", span)
    lemma = root.lemma_.lower()
    owner = _owner(ctx, np, anchor)
    if owner is not None:
        return owner
    named_apposition = _named_apposition(np) if root.pos_ == "NOUN" else None
    if named_apposition is not None:
        inner = resolve_phrase(ctx, named_apposition, anchor)
        if inner is not None and inner.name:
            return dataclasses.replace(inner, span=span)
    if lemma in DOCUMENT_NOUNS:
        # "a statement released by the global body", "an estimate by the UN", "the group's statement"
        for child in root.subtree:
            if child.dep_ in ("pobj", "poss") and child.head.lower_ in ("by", "from", "of", root.lower_):
                owner_np = noun_phrase(child)
                if owner_np.start <= root.i < owner_np.end:
                    continue  # the phrase holds the document noun itself: no owner of its own
                inner = resolve_phrase(ctx, owner_np, anchor)
                if inner is not None and inner.name:
                    return inner
    determined = np[0].lower_ in ("the", "this", "that")
    if lemma in ROLE_WORDS and determined and not any(t.pos_ == "PROPN" for t in np):
        person = _person_with_role(ctx, lemma, anchor)
        if person is not None:
            return _speaker(person, "title", span)
    if determined and lemma in GROUP_NOUNS | MEDIA_NOUNS and not any(t.pos_ == "PROPN" for t in np):
        org = _last_org(ctx, anchor, "media" if lemma in MEDIA_NOUNS else "group")
        if org:
            return Speaker(org, "title", span)
    named = any(t.pos_ == "PROPN" or t.ent_type_ in ("ORG", "NORP", "GPE") for t in np)
    if lemma in ROLE_WORDS or not named:
        # an anonymous source ("a senior official", "sources") keeps its description
        return Speaker(text, "unresolved", span, role=text if lemma in ROLE_WORDS else None)
    return Speaker(expand(text), "explicit", span)


def _named_apposition(np: TokenSpan) -> TokenSpan | None:
    """The name set off by commas after a description ("a group that tracks the fighting from abroad, the
    Example Monitor, said"), wherever the parser attached it inside the subject."""
    doc = np.doc
    last = np.root.right_edge.i
    for ent in doc.ents:
        if ent.label_ not in ("ORG", "PERSON") or not (np.start < ent.start and ent.end - 1 <= last):
            continue
        if doc[ent.start - 1].text == "," and ent.end < len(doc) and doc[ent.end].text == ",":
            return ent
    return None


def _owner(ctx: Context, np: TokenSpan, anchor: int) -> Speaker | None:
    """The person whose voice or office a description names: "a recording said to be that of X", "an audio
    message attributed to X", "X's office" (role: office). The span is the whole description. A bare "the
    recording" refers back to the last description of the same thing that named its owner."""
    heads = [t for t in np if t.pos_ == "NOUN" and t.lemma_.lower() in VOICE_NOUNS | OFFICE_NOUNS]
    if not heads:
        return None
    voice = any(t.lemma_.lower() in VOICE_NOUNS for t in heads)
    span = (np.start_char, np.end_char)
    for m in ctx.mentions:
        if not np.start_char <= m.start < np.end_char:
            continue
        token = ctx.parsed.doc.char_span(m.start, m.end, alignment_mode="expand")
        root = next((h for h in heads if token is not None and _owns(token.root, h)), None)
        if token is None or root is None:
            continue
        role = _office_words(np, token.end, root)
        return Speaker(
            m.person.name, "title", span, (not voice and role) or m.person.role, m.person.organization
        )
    for t in np:
        if t.pos_ == "PROPN" and t.dep_ != "compound" and any(_owns(t, h) for h in heads):
            name = ctx.parsed.doc[t.left_edge.i if t.left_edge.pos_ == "PROPN" else t.i : t.i + 1]
            if not ctx.inside_quote(name.start_char):
                role = _office_words(np, t.i + 1, heads[-1])
                return Speaker(expand(name.text), "explicit", span, (not voice and role) or None)
    if voice and np[0].lower_ in ("the", "this", "that"):
        return _earlier_owner(ctx, np, anchor)
    return None


def _office_words(np: TokenSpan, owner_end: int, head: Token) -> str:
    """The words of an office its owner holds: after the possessor in "X's press office", before "of" in "the
    press office of X" (the head included, the determiner left out)."""
    doc = np.doc
    if head.i >= owner_end:
        return doc[owner_end : head.i + 1].text.removeprefix("'s").removeprefix("’s").strip()
    first = max(head.left_edge.i, np.start)
    while first < head.i and doc[first].dep_ in ("det", "poss"):
        first += 1
    return doc[first : head.i + 1].text


def _owns(name: Token, head: Token) -> bool:
    """`name` owns `head`'s words: its possessor, "of"/"by"/"from" X, "attributed to" X, or "that of" X."""
    t = name
    for _ in range(8):
        if t.i == head.i:
            return True
        if t.lemma_.lower() in _VOUCHING and any(
            c.i == head.i and c.dep_.startswith("nsubj") for c in t.children
        ):
            return True  # "a recording (that is) said to be that of X"
        if t.dep_ in (
            "poss",
            "compound",
            "appos",
            "attr",
            "acl",
            "xcomp",
            "relcl",
            "ccomp",
            "nsubj",
            "nsubjpass",
        ):
            t = t.head
        elif t.dep_ == "pobj" and (
            t.head.lower_ in ("of", "by", "from")
            or (t.head.lower_ == "to" and t.head.head.lemma_.lower() in ASCRIBING_VERBS)
        ):
            t = t.head.head
        elif t.dep_ == "agent":
            t = t.head
        else:
            return False
    return False


def _earlier_owner(ctx: Context, np: TokenSpan, anchor: int) -> Speaker | None:
    """'the voice on the recording': the owner of the last earlier description with one of its nouns."""
    nouns = {t.lemma_.lower() for t in np if t.lemma_.lower() in VOICE_NOUNS}
    doc = ctx.parsed.doc
    for t in reversed(doc[: np.start]):
        if t.idx >= anchor or t.lemma_.lower() not in nouns or ctx.inside_quote(t.idx):
            continue
        if np.start_char - t.idx > 3000:
            break
        # the description with the clause it heads ("A recording said to be that of X was posted ...")
        start = noun_phrase(t).start
        end = next((x.i for x in doc[t.i : t.sent.end] if x.text in ('"', "“", "”")), t.sent.end)
        if start >= np.start or end <= start:
            continue
        earlier = doc[start : min(end, np.start)]
        found = _owner(ctx, earlier, t.idx)
        if found is not None:
            return Speaker(found.name, "title", (np.start_char, np.end_char), found.role, found.organization)
    return None


def _person_with_role(ctx: Context, lemma: str, before: int) -> Person | None:
    """The person most recently mentioned before `before` whose role holds the role word."""
    for m in reversed(ctx.mentions):
        if m.start < before and m.person.role and lemma in m.person.role.lower():
            return m.person
    for p in ctx.people:
        if p.role and lemma in p.role.lower():
            return p
    return None


def inverted_subject(verb: Token) -> Token | None:
    """Of two subjects the parser gave a speech verb, the name right after it: "... were women said Dr Sami
    Haddad who ..." (a quote that lost its marks and comma), where the subject before is the quote's own word.
    Only a name and its title may stand between: "said Dr X", not "said the town where X lived"."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subjects) < 2 or not is_speech_verb(verb):
        return None
    after = next((c for c in subjects if c.i > verb.i and c.ent_type_ in ("PERSON", "ORG")), None)
    if after is None:
        return None
    between = verb.doc[verb.i + 1 : after.i]
    return after if all(t.head.i == after.i or t.ent_type_ == after.ent_type_ for t in between) else None


def subject_of(verb: Token) -> Token | None:
    """The subject of a cue verb (climbing conjunctions: "X stopped and said")."""
    inverted = inverted_subject(verb)
    if inverted is not None:
        return inverted
    t = verb
    for _ in range(4):
        for child in t.children:
            if child.dep_ in ("nsubj", "nsubjpass") and child.i != verb.i:
                if child.dep_ == "nsubjpass" and t.i == verb.i and is_speech_verb(verb):
                    # "X was asked by the moderator, "..."": the agent speaks, the subject is spoken to
                    agent = _agent(verb)
                    return agent if agent is not None else child
                return child
        if t.head.i == t.i:
            break
        if t.dep_ == "pcomp" and t.head.lower_ == "as" and t.head.head.i != t.head.i:
            t = t.head.head  # "X was quoted as saying"
        elif (
            t.dep_ == "pcomp"
            and t.tag_ == "VBG"
            and t.head.lower_ in _ADJUNCT_PREPOSITIONS
            and t.head.head.pos_ in ("VERB", "AUX")
        ):
            # "X continued by saying", "X drew boos upon saying": an adjunct's gerund takes the subject of
            # its verb ("barred Y from saying", "refrained from saying" are not; they stay without one)
            t = t.head.head
        elif t.dep_ == "xcomp" or t.dep_ == "conj" or (t.dep_ == "advcl" and _non_finite(t)):
            # "X mocked the complaint, saying ...": a conjunct or a clause without a subject of its own
            # ("when forced to defend it, saying ...", "came to believe") takes its head's subject
            t = t.head
        elif (
            t.dep_ == "acl"
            and t.tag_ == "VBG"
            and t.head.pos_ == "PROPN"
            and (t.head.dep_ != "pobj" or t.head.head.lower_ == "of")
        ):
            return t.head  # "footage of Hillary Clinton asking, ..."
        elif (
            t.dep_ == "acl" and t.head.pos_ == "PROPN" and t.head.dep_ in ("ROOT", "nsubj") and t.i > t.head.i
        ):
            return t.head  # "X, the director of ..., compared" parsed as a clause on the name
        elif t.dep_ == "acl" and t.tag_ == "VBG" and t.head.head.pos_ == "VERB" and t.head.head.i != t.head.i:
            t = t.head.head  # "X emailed supporters saying: ...": the sender speaks
        else:
            break
    return None


def _agent(verb: Token) -> Token | None:
    """The object of a passive verb's "by" ("was asked by the host")."""
    by = next((c for c in verb.children if c.dep_ == "agent"), None)
    return next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None


def _non_finite(verb: Token) -> bool:
    """A participle or an infinitive ("saying", "forced", "to say"): a clause that borrows its subject."""
    return verb.tag_ in ("VBG", "VBN") or (verb.tag_ == "VB" and any(c.lower_ == "to" for c in verb.children))


def tokens_between(doc: Doc, start: int, end: int) -> TokenSpan:
    """The tokens that lie within characters [start, end)."""
    span = doc.char_span(start, end, alignment_mode="contract")
    return span if span is not None else doc[0:0]
