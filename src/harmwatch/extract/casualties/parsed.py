"""Harm to one named or singular person read off the dependency parse (mixed-case text): the passive subject or
the `of` object of a harm, and each person of a coordination of named persons or roles ("Ana Ruiz and Luis Mora
were wounded", "the senator and his bodyguard were injured"); a count of 1 each."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from harmwatch.extract.casualties.single import PASSIVE, PHRASAL_KILLING, TITLES
from harmwatch.extract.casualties.words import HARM_NOUNS, NON_PERSON, OTHER_PERSONS, VICTIM_TYPE
from harmwatch.records import ClaimKind, Span

_SINGULAR_PRONOUNS = frozenset("he she him her".split())


@dataclass(frozen=True, slots=True)
class Single:
    kind: ClaimKind
    victim: Span
    span: Span
    victim_type: str
    includes: tuple[str, ...]


def _victim(token: Token, coordinated: bool = False) -> tuple[str, tuple[str, ...]] | None:
    """(victim type, includes) when `token` heads a phrase naming one person (`coordinated`: one person of a
    coordination), else None."""
    lower = token.lower_
    if lower in _SINGULAR_PRONOUNS:
        return "people", ()
    if token.tag_ not in ("NN", "NNP") or lower in NON_PERSON:
        return None
    if any(c.dep_ == "nummod" or c.lower_ in ("two", "both", "several") for c in token.children):
        return None
    if not coordinated and any(c.dep_ == "conj" for c in token.children):
        return None  # "a man and a woman": a count of several people, not one (`_person_list`'s)
    if lower in VICTIM_TYPE and VICTIM_TYPE[lower] != "people":
        return VICTIM_TYPE[lower], ()
    if lower in ("man", "person", "individual") or lower in OTHER_PERSONS:
        return ("people", ()) if lower in ("man", "person", "individual") else ("other", (lower,))
    if token.ent_type_ == "PERSON" or lower in TITLES:
        return "people", ()
    return None


def _phrase(token: Token) -> Span:
    """The noun phrase of `token` without its relative clauses and trailing prepositions."""
    left = token.left_edge.i
    right = token.i
    for child in token.rights:
        if child.dep_ in ("compound", "flat", "appos") or child.ent_iob_ == "I":
            right = max(right, child.right_edge.i if child.dep_ != "appos" else child.i)
    doc = token.doc
    return doc[left].idx, doc[right].idx + len(doc[right])


def find_singles(doc_tokens: list[Token]) -> list[Single]:
    """One-person harm events: passive harm verbs with a singular subject, harm nouns with a singular `of`."""
    out: list[Single] = []
    for token in doc_tokens:
        lower = token.lower_
        victim: Token | None = None
        kind: ClaimKind | None = None
        only_list = False
        # "were gunned down": a verb whose particle makes it a killing
        verb_kind = PASSIVE.get(lower) or (
            "killed"
            if lower in PHRASAL_KILLING
            and any(c.dep_ == "prt" and c.lower_ == "down" for c in token.children)
            else None
        )
        if verb_kind is not None and token.tag_ in ("VBN", "VBD"):
            subjects = [c for c in token.children if c.dep_ == "nsubjpass" and token.tag_ == "VBN"]
            objects = [c for c in token.children if c.dep_ == "dobj"]
            if subjects:
                victim, kind = subjects[0], verb_kind
            elif objects:
                # "gunmen killed A, B and C": the object list (one named object is `find_active_objects`'s)
                victim, kind, only_list = objects[0], verb_kind, True
        elif lower in HARM_NOUNS:
            preps = [c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"]
            objs = [c for p in preps for c in p.children if c.dep_ == "pobj"]
            if objs:
                victim, kind = objs[0], HARM_NOUNS[lower]
        if victim is None or kind is None:
            continue
        harm = (token.idx, token.idx + len(token))
        listed = _named_list(victim) or _person_list(victim)
        if listed:
            # "Ana Ruiz and Luis Mora were wounded": each named person of the list is one victim; all share the
            # span of the whole coordination, so a tally adds them up
            names = [_name(person) for person in listed]
            whole = (min(harm[0], *(n[0] for n in names)), max(harm[1], *(n[1] for n in names)))
            out.extend(Single(kind, name, whole, "people", ()) for name in names)
            continue
        found = None if only_list else _victim(victim)
        if found is None:
            continue
        phrase = _phrase(victim)
        between = token.doc[min(victim.i, token.i) : max(victim.i, token.i)]
        if any(t.like_num for t in between):
            continue  # "X, his son and at least 20 jihadists were killed": a count, not one person
        out.append(Single(kind, phrase, (min(phrase[0], harm[0]), max(phrase[1], harm[1])), *found))
    return out


def _conjuncts(token: Token) -> list[Token]:
    """`token` and the conjuncts chained to it ("A, B and C": A, B, C)."""
    out = [token]
    for child in token.children:
        # the parser often takes "A, B and C" for A with the apposition "B and C"
        if child.dep_ == "conj" or child.dep_ == "appos" and any(g.dep_ == "conj" for g in child.children):
            out.extend(_conjuncts(child))
    return out


def _name(token: Token) -> Span:
    """The name of one conjunct with the title and name parts before it ("Judge Carlos Ortega")."""
    left = min([c.left_edge.i for c in token.lefts if c.dep_ in ("compound", "flat", "amod")] + [token.i])
    return token.doc[left].idx, token.idx + len(token)


def _named_list(token: Token) -> list[Token]:
    """The persons of a coordination headed by `token` when every conjunct is a proper noun that names no
    place, group or thing (no entity, or a person), none counted, and one of them is a person or has a title
    ("Judge Ortega, Vidal and Ana Ruiz"), else []."""
    people = _conjuncts(token)
    if len(people) < 2:
        return []
    for person in people:
        counted = any(c.dep_ == "nummod" or c.like_num for c in person.subtree if c.i < person.i)
        if person.tag_ != "NNP" or person.ent_type_ not in ("PERSON", "") or counted:
            return []
    if not any(p.ent_type_ == "PERSON" or any(c.lower_ in TITLES for c in p.lefts) for p in people):
        return []
    return people


def _person_list(token: Token) -> list[Token]:
    """The persons of a coordination headed by `token` when each conjunct names one person by a role, a
    singular victim noun or a pronoun ("the senator and his bodyguard", "a nurse and her son"), else []."""
    people = _conjuncts(token)
    if len(people) < 2:
        return []
    for person in people:
        counted = any(c.dep_ == "nummod" or c.like_num for c in person.subtree if c.i < person.i)
        if counted or _victim(person, coordinated=True) is None:
            return []
    return people
