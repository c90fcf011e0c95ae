"""The article's people: full names, surnames, roles, organisations and gender, for speaker resolution."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from spacy.tokens import Doc
from spacy.tokens import Span as TokenSpan

from harmwatch.extract.places.mentions import written_as_place
from harmwatch.extract.quotes.cues import GENDER_TITLES, PRONOUN_GENDER, ROLE_WORDS, is_speech_verb
from harmwatch.extract.quotes.roles import (
    country_of_capital,
    country_of_demonym,
    premodifier,
    role_of_description,
    split_role,
)
from harmwatch.nlp import Parsed
from harmwatch.records import Span


@dataclass(frozen=True, slots=True)
class Person:
    name: str
    mentions: tuple[Span, ...] = ()
    role: str | None = None
    organization: str | None = None
    gender: str | None = None


# Lower-case particles inside personal names ("Ursula von der Leyen", "Osama bin Laden").
_PARTICLES = frozenset(
    {
        "de",
        "da",
        "del",
        "della",
        "di",
        "van",
        "von",
        "der",
        "den",
        "bin",
        "ibn",
        "al",
        "el",
        "la",
        "le",
        "abu",
        "du",
    }
)
# Words that make a capitalised phrase an organisation or a group rather than a person.
_ORG_WORDS = frozenset(
    """
    front army brigade brigades state party movement council ministry committee union nations organization
    organisation group forces force international agency office department university institute news post
    times press network association court house senate congress company bank foundation league coalition
    jabhat hezbollah hamas taliban militia battalion corps regiment police commission church mosque hospital
    school airport street square republic kingdom republicans democrats government administration media
    journal herald tribune gazette magazine radio television channel observatory center centre fund mission
    authority assembly parliament command
    """.split()
)
_PERSON_LABELS = ("PERSON",)
_MAYBE_LABELS = ("ORG", "GPE", "NORP", "WORK_OF_ART", "LOC", "FAC", "PRODUCT", "EVENT", "LANGUAGE")


def _strip(span: TokenSpan) -> TokenSpan:
    """A name span without leading titles, country names and a trailing possessive."""
    start, end = span.start, span.end
    doc = span.doc
    while end > start and doc[end - 1].lower_ in ("'s", "’s", "'", "’", "-", "."):
        end -= 1
    while start < end and (
        doc[start].lower_ in ROLE_WORDS
        or doc[start].lower_ in GENDER_TITLES
        or doc[start].lower_.rstrip(".") in GENDER_TITLES
        or (country_of_demonym(doc[start].text) is not None and end - start > 2)
    ):
        start += 1
    return doc[start:end]


def _person_shaped(span: TokenSpan) -> bool:
    words = [t for t in span if not t.is_punct]
    if not words or len(words) > 4:
        return False
    if not all(t.text[:1].isupper() for t in words if t.lower_ not in _PARTICLES):
        return False
    if not any(t.text[:1].isupper() for t in words):
        return False
    if any(t.lower_ in _ORG_WORDS or t.lower_ in ROLE_WORDS for t in words):
        return False
    if any(t.is_digit or t.like_num for t in words):
        return False
    text = span.text
    return country_of_demonym(text) is None and country_of_capital(text) is None


def _subject_of_speech(span: TokenSpan) -> bool:
    head = span.root
    return head.dep_ in ("nsubj", "nsubjpass") and is_speech_verb(head.head)


def _candidates(doc: Doc) -> list[TokenSpan]:
    out = []
    for ent in doc.ents:
        if ent.label_ not in _PERSON_LABELS + _MAYBE_LABELS:
            continue
        name = _strip(ent)
        # a town the story writes as a place elsewhere ("in Bani Suheila") is no person where the tagger says so
        if len(name) == 0 or not _person_shaped(name) or written_as_place(doc, name.text):
            continue
        if ent.label_ in _PERSON_LABELS:
            out.append(name)
            continue
        # a mislabelled person: two or more capitalised words after a role word, or the subject of a cue
        before = doc[name.start - 1] if name.start > 0 else None
        titled = name.start > ent.start or (before is not None and before.lower_ in ROLE_WORDS)
        if len([t for t in name if t.text[:1].isupper()]) >= 2 and (titled or _subject_of_speech(name)):
            out.append(name)
    # names the NER missed: a run of proper nouns as the subject of a cue ("..., said Charlie King")
    for token in doc:
        if token.pos_ != "PROPN" or not _subject_of_speech(doc[token.i : token.i + 1]):
            continue
        start = token.i
        while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ == "compound":
            start -= 1
        name = _strip(doc[start : token.i + 1])
        if len(name) >= 2 and _person_shaped(name) and not written_as_place(doc, name.text):
            out.append(name)
    return out


def _gender(doc: Doc, spans: list[tuple[int, int]], other_starts: list[int]) -> str | None:
    """The gender the text shows: a Mr/Mrs/Ms title, or he/she as the next pronoun after a mention."""
    votes: Counter[str] = Counter()
    for start, end in spans:
        if start > 0 and doc[start - 1].lower_.rstrip(".") + "." in GENDER_TITLES:
            votes[GENDER_TITLES[doc[start - 1].lower_.rstrip(".") + "."]] += 2
        stop = min([s for s in other_starts if s > start] + [len(doc)])
        for token in doc[end : min(stop, end + 40)]:
            g = PRONOUN_GENDER.get(token.lower_)
            # only a subject pronoun refers back: in "X scolded him", "him" is someone else
            if g and token.pos_ == "PRON" and token.dep_ in ("nsubj", "nsubjpass"):
                votes[g] += 1
                break
    return votes.most_common(1)[0][0] if votes else None


def find_people(parsed: Parsed) -> list[Person]:
    """The article's people: each full name with its mentions (surnames too), role, organisation, gender."""
    doc = parsed.doc
    names = _candidates(doc)
    # the longest name first: shorter ones ("Guterres") join it as surname or first-name mentions
    full: dict[str, list[TokenSpan]] = {}
    key_of: dict[str, str] = {}
    for name in sorted(names, key=lambda s: (-len(s), s.start)):
        text = name.text
        if text in key_of:
            full[key_of[text]].append(name)
            continue
        words = text.split()
        owner = next(
            (
                k
                for k in full
                if len(words) < len(k.split()) and (k.endswith(" " + text) or k.split()[0] == text)
            ),
            None,
        )
        if owner is None:
            full[text] = [name]
            key_of[text] = text
        else:
            full[owner].append(name)
            key_of[text] = owner
    # surnames the NER missed or mislabelled ("Keita added")
    surname_of = {k.split()[-1]: k for k in full if len(k.split()) > 1}
    taken = {t.i for spans in full.values() for s in spans for t in s}
    for token in doc:
        owner = surname_of.get(token.text)
        if owner and token.i not in taken and token.text[:1].isupper():
            full[owner].append(doc[token.i : token.i + 1])
    starts = sorted(s.start for spans in full.values() for s in spans)
    people = []
    for key, spans in full.items():
        spans.sort(key=lambda s: s.start)
        role = organization = None
        for span in spans:
            role, organization = _role_near(span)
            if role or organization:
                break
        others = [s for s in starts if s not in {x.start for x in spans}]
        gender = _gender(doc, [(s.start, s.end) for s in spans], others)
        mentions = tuple(sorted({(s.start_char, s.end_char) for s in spans}))
        people.append(Person(key, mentions, role, organization, gender))
    return people


def _role_near(name: TokenSpan) -> tuple[str | None, str | None]:
    """Role and organisation from the pre-modifier, or an apposition after or before the name."""
    doc = name.doc
    pre = premodifier(doc, name.start)
    if pre is not None:
        role, org = split_role(pre)
        if role or org:
            return role, org
    # "X, the top UN official in Syria," or "the top UN official in Syria, X"
    if name.end < len(doc) and doc[name.end].text == ",":
        end = name.end + 1
        while end < len(doc) and doc[end].text not in (",", ".", ";", "“", "”", '"') and end - name.end < 14:
            end += 1
        if doc[name.end + 1].lower_ in ("the", "a", "an"):
            role, org = role_of_description(doc[name.end + 1 : end])
            if role:
                return role, org
    if name.start > 1 and doc[name.start - 1].text == ",":
        start = name.start - 2
        while start > 0 and doc[start].lower_ not in ("the", "a", "an") and name.start - start < 14:
            if doc[start].is_punct or doc[start].pos_ in ("VERB", "AUX") or "\n" in doc[start].text_with_ws:
                break  # a role never reaches back over a verb, punctuation or a paragraph break
            start -= 1
        if doc[start].lower_ in ("the", "a", "an"):
            role, org = role_of_description(doc[start : name.start - 1])
            if role:
                return role, org
    return None, None
