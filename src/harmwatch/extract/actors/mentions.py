"""Actors with neutral canonical names and the labels the outlet used."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Doc, Token
from spacy.tokens import Span as TokenSpan

from harmwatch.extract.actors.registry import (
    RegistryActor,
    country_of,
    demonyms,
    generic_group,
    generic_groups,
    is_ambiguous_acronym,
    is_capital,
    load_registry,
    match_actor,
    state_actor,
    state_force,
)
from harmwatch.extract.quotes.people import Person
from harmwatch.nlp import Parsed
from harmwatch.records import Actor, Span

# Pre-modifiers that count or pick out rather than describe: "different Takfiri militant groups".
_NOT_LABEL = {
    "different", "several", "other", "various", "many", "some", "all", "these", "those", "both", "such", "few",
    "numerous", "multiple", "more", "most", "same", "two", "three", "dozens", "hundreds", "thousands",
}  # fmt: skip
_SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj"}
# Last words that make an unregistered ORG entity an organisation worth listing, with its kind.
_ARMED_HEADS = {
    "army",
    "front",
    "brigade",
    "brigades",
    "forces",
    "movement",
    "militia",
    "battalion",
    "commandos",
}
_GOVERNMENT_HEADS = {"ministry", "government", "council", "parliament", "assembly", "presidency", "cabinet"}


@dataclass
class _Draft:
    """An actor being assembled: its identity, first mention, wordings and mention spans."""

    name: str
    kind: str
    side: str | None = None
    country: str | None = None
    role: str | None = None
    organization: str | None = None
    labels: dict[str, str] = field(default_factory=dict)
    mentions: list[Span] = field(default_factory=list)

    def add(self, label: str, span: Span) -> None:
        self.labels.setdefault(label.casefold(), label)
        if span not in self.mentions:
            self.mentions.append(span)


def extract_actors(parsed: Parsed, people: list[Person]) -> list[Actor]:
    """Persons, registry actors, generic armed actors and acting states of the article, ids "a1", "a2"..."""
    doc = parsed.doc
    country = _article_country(doc)
    drafts: dict[str, _Draft] = {}

    def registry_draft(actor: RegistryActor) -> _Draft:
        return drafts.setdefault("r:" + actor.name, _Draft(actor.name, actor.kind, actor.side, actor.country))

    for person in people:
        if match_actor(person.name) or generic_group(person.name):
            continue  # "THE FMLN" taken for a person in all-caps copy: the organisation comes below
        draft = drafts.setdefault(
            "p:" + person.name,
            _Draft(person.name, "person", role=person.role, organization=person.organization),
        )
        for start, end in person.mentions:
            # "Assad's forces" read as a mention of the man is his forces, when the registry knows them.
            forces = match_actor(parsed.text[start:end])
            (registry_draft(forces) if forces else draft).add(parsed.text[start:end], (start, end))
    taken: set[int] = set()
    for ent in doc.ents:
        found = _entity_actor(ent)
        if found:
            registry_draft(found).add(_label_text(ent), (ent.start_char, ent.end_char))
            taken.update(range(ent.start, ent.end))
        elif ent.label_ == "ORG" and _organisation_kind(ent):
            drafts.setdefault(
                "o:" + ent.text, _Draft(_label_text(ent), _organisation_kind(ent) or "other")
            ).add(_label_text(ent), (ent.start_char, ent.end_char))
            taken.update(range(ent.start, ent.end))
    for label, span in _description_mentions(parsed.text):
        actor = match_actor(label)
        if actor:
            registry_draft(actor).add(label, span)
    for label, span, _head in _generic_mentions(doc, taken):
        generic = _generic_draft(drafts, label, country)
        if generic:
            generic.add(label, span)
    for ent, code in _acting_states(doc):
        actor = state_actor(code)
        if actor:
            registry_draft(actor).add(_label_text(ent), (ent.start_char, ent.end_char))
    return _finish(list(drafts.values()))


def _entity_actor(ent: TokenSpan) -> RegistryActor | None:
    if ent.label_ != "ORG":
        return None
    return match_actor(ent.text)


def _label_text(ent: TokenSpan) -> str:
    """The entity's wording without a leading article or a possessive."""
    text = ent.text
    text = re.sub(r"^the\s+", "", text, flags=re.IGNORECASE)
    return re.sub(r"(?:'s|’s)$", "", text)


def _organisation_kind(ent: TokenSpan) -> str | None:
    words = [t.lower_ for t in ent if t.is_alpha]
    if len(words) < 2:
        return None
    if words[-1] in _ARMED_HEADS:
        return "armed_group"
    if words[-1] in _GOVERNMENT_HEADS or words[0] in _GOVERNMENT_HEADS:
        return "government"
    return None


@lru_cache(maxsize=1)
def _description_pattern() -> re.Pattern[str] | None:
    """Lower-case registry descriptions ("the world body") that the entity ruler does not tag."""
    aliases = sorted(
        {a for actor in load_registry() for a in actor.aliases if a[:1].islower() and " " in a}, key=len
    )
    if not aliases:
        return None
    return re.compile(r"\b(?:" + "|".join(re.escape(a) for a in reversed(aliases)) + r")\b")


def _description_mentions(text: str) -> list[tuple[str, Span]]:
    pattern = _description_pattern()
    return [(m.group(), m.span()) for m in pattern.finditer(text)] if pattern else []


@lru_cache(maxsize=1)
def _generic_pattern() -> re.Pattern[str]:
    labels = sorted({label for g in generic_groups() for label in g.labels}, key=len, reverse=True)
    return re.compile(
        r"(?<![\w-])(?:" + "|".join(re.escape(x) for x in labels) + r")(?![\w-])", re.IGNORECASE
    )


def _generic_mentions(doc: Doc, taken: set[int]) -> list[tuple[str, Span, Token]]:
    """Generic armed-actor wordings as noun phrases: ("Takfiri militant groups", span, head token)."""
    out = []
    for m in _generic_pattern().finditer(doc.text):
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is None or taken.intersection(range(span.start, span.end)):
            continue
        head = span[-1]
        while head.dep_ in ("amod", "compound", "nmod") and head.head.i > head.i:
            # "moderate opposition groups" grows to its head noun; "militant rocket attacks" and
            # "military targets" are modifiers of something else, not actors.
            head = head.head
        if not generic_group(doc[span.start : head.i + 1].text):
            continue
        span = doc[span.start : head.i + 1]
        start = span.start
        while start > 0 and _premodifier(doc[start - 1], doc[start], head):
            start -= 1
        start = _demonym_start(doc, start)
        phrase = doc[start : span.end]
        out.append((phrase.text, (phrase.start_char, phrase.end_char), head))
    return out


def _demonym_start(doc: Doc, start: int) -> int:
    """Where a label starts when a nationality leads it: "Syrian planes", "Russian or Syrian jets"."""
    code = _word_country(doc[start - 1]) if start > 0 else None
    if code is None:
        return start
    start -= 1
    # "Russian or Syrian regime war planes": both states are named; the label keeps both.
    if start > 1 and doc[start - 1].lower_ in ("or", "and") and _word_country(doc[start - 2]):
        start -= 2
    return start


def _word_country(token: Token) -> str | None:
    """The country a nationality or country word stands for ("Turkish", "Syria's"), else None."""
    if not token.text[:1].isupper() or token.ent_type_ not in ("NORP", "GPE", ""):
        return None
    text = re.sub(r"(?:'s|’s)$", "", token.text)
    return country_of(text)


def _premodifier(token: Token, following: Token, head: Token) -> bool:
    """Whether `token` belongs to the label: a describing modifier of the head ("so-called", "Takfiri")."""
    if token.lower_ in _NOT_LABEL or token.ent_type_ in ("GPE", "DATE", "CARDINAL", "NORP"):
        return False
    if not token.whitespace_ and token.is_alpha | (token.text == "-"):
        return True  # the pieces of a hyphenated word: "so-called", "foreign-backed"
    if token.text == "-" or following.text == "-":
        return token.text == "-" or not token.whitespace_
    ancestors = {a.i for a in token.ancestors}
    return (
        head.i in ancestors
        and token.dep_ in ("amod", "compound", "advmod", "npadvmod", "nmod")
        and token.pos_ in ("ADJ", "NOUN", "PROPN", "VERB")
    )


def _generic_draft(drafts: dict[str, _Draft], label: str, country: str | None) -> _Draft | None:
    """The actor a generic wording stands for: a registry actor it names, the state's own forces, or a
    generic actor of the right side in the article's country."""
    named = match_actor(label)
    if named and named.kind != "government":
        return drafts.setdefault("r:" + named.name, _Draft(named.name, named.kind, named.side, named.country))
    group = generic_group(label)
    if group is None:
        return None
    if group.kind == "state_force" and re.search(r"\bcoalition\b", label, re.IGNORECASE):
        # "coalition warplanes" are the coalition's, when the article names one; no state's own force.
        return next((d for d in drafts.values() if d.side == "coalition"), None)
    named_country = _label_country(label)
    side = group.side
    if group.side == "government" and group.kind == "state_force" and (named_country or country):
        force = state_force(named_country or country or "")
        if force:
            return drafts.setdefault(
                "r:" + force.name, _Draft(force.name, force.kind, force.side, force.country)
            )
        if named_country and named_country != country:
            side = "foreign_state"  # "Jordanian jets" over Syria: a foreign state's, not the government's
    country = named_country or country
    key = f"g:{group.key}:{country}"
    return drafts.setdefault(key, _Draft(group.name, group.kind, side, country))


def _article_country(doc: Doc) -> str | None:
    """The country most of the article's place names belong to (the dateline's place counts double)."""
    counts: Counter[str] = Counter()
    for n, ent in enumerate(e for e in doc.ents if e.label_ == "GPE"):
        if ent.text.isupper() and is_ambiguous_acronym(ent.text):
            continue  # "US" in all-caps copy is usually the pronoun
        code = country_of(ent.text) or _city_country(ent.text)
        if code:
            counts[code] += 2 if n == 0 and ent.start_char < 200 else 1
    return counts.most_common(1)[0][0] if counts else None


def _label_country(label: str) -> str | None:
    """The country a label names by its demonym or possessive ("Argentine troops", "Syria's army")."""
    for word in label.split()[:-1]:
        code = country_of(word)
        if code and word.casefold() in _demonym_keys():
            return code
        owner = re.sub(r"(?:'s|’s)$", "", word)
        if owner != word and country_of(owner):
            return country_of(owner)
    return None


@lru_cache(maxsize=1)
def _demonym_keys() -> frozenset[str]:
    return frozenset(d.casefold() for d, code in demonyms().items() if code)


def _city_country(text: str) -> str | None:
    try:
        from harmwatch import geo
    except ImportError:
        return None
    entries = geo.lookup(text)
    return entries[0].country_code if entries else None


def _acting_states(doc: Doc) -> list[tuple[TokenSpan, str]]:
    """Countries and capitals that speak or act: "Moscow has long insisted", "the US fails to separate"."""
    out = []
    for ent in doc.ents:
        if ent.label_ != "GPE":
            continue
        code = country_of(ent.text)
        if not code or (country_of(ent.root.text) != code and not is_capital(ent.text)):
            continue
        root = ent.root
        acting = root.dep_ in _SUBJECT_DEPS or (root.dep_ == "pobj" and root.head.lower_ == "by")
        if acting or (root.dep_ == "conj" and root.head.dep_ in _SUBJECT_DEPS):
            out.append((ent, code))
    return out


def _finish(drafts: list[_Draft]) -> list[Actor]:
    """Number the actors in order of first mention and link persons to their organisation's actor."""
    drafts = [d for d in drafts if d.mentions]
    drafts.sort(key=lambda d: min(d.mentions))
    ids = {id(d): f"a{i}" for i, d in enumerate(drafts, 1)}
    actors = []
    for d in drafts:
        affiliation = _affiliation(d, drafts, ids) if d.kind == "person" else None
        actors.append(
            Actor(
                id=ids[id(d)],
                name=d.name,
                kind=d.kind,
                side=d.side,
                country=d.country,
                affiliation=affiliation,
                role=d.role,
                labels_used=tuple(d.labels.values()),
                mentions=tuple(sorted(d.mentions)),
            )
        )
    return actors


def _affiliation(person: _Draft, drafts: list[_Draft], ids: dict[int, str]) -> str | None:
    org = person.organization
    if not org:
        return None
    key = org.casefold()
    named = match_actor(org)
    code = country_of(org)
    for d in drafts:
        if d is person or d.kind == "person":
            continue
        if d.name.casefold() == key or key in d.labels or (named and d.name == named.name):
            return ids[id(d)]
    for d in drafts:
        if (
            code
            and d.kind == "government"
            and d.country == code
            and d.name == getattr(state_actor(code), "name", "")
        ):
            return ids[id(d)]
    return None
