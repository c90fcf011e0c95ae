"""Victims listed one by one in upper-case text ("A, B and C were killed", "killed A, B and C", "the murders of
A and B"): each conjunct that names one person is one victim, a count of 1 each.

Upper-case text (wire copy) gets no usable parse of its conjuncts, so the list is read off the words: conjuncts
split at commas and "and", each a short phrase with a title or role ("the mayor", "Judge X") or a name of
words that no lexicon knows. Mixed-case text is read off the parse's conjuncts (`parsed.find_singles`).
"""

from __future__ import annotations

from harmwatch.extract.casualties.filters import is_person, without_age
from harmwatch.extract.casualties.numbers import TENS, UNITS, Word
from harmwatch.extract.casualties.single import (
    HARM_OBJECT_VERBS,
    NOT_OBJECT,
    PASSIVE,
    PLURALS,
    SENTENCE_MARKS,
    TITLES,
    chain_head,
    killing_result,
    life_taken,
    of_after,
    one_of,
)
from harmwatch.extract.casualties.words import (
    HARM_NOUNS,
    NON_PERSON,
    OTHER_PERSONS,
    PASSIVE_AUX,
    VICTIM_TYPE,
)
from harmwatch.records import ClaimKind, Span

_LEADING = frozenset("the his her their its a an former late".split())
_DETERMINED = frozenset("the his her their its".split())
_MAX_WORDS = 5
_COUNTS = frozenset("others other dozen dozens hundred hundreds thousand thousands several both all".split())
# Harm words that tell what a count's persons or "the victims" suffered: "killed two engineers, A and B",
# "seven were killed, including a retired judge".
_HARMS: dict[str, ClaimKind] = {**PASSIVE, **HARM_OBJECT_VERBS, "dead": "killed", "died": "killed"}
# Time words that may follow a harm verb in place of its object: "killed last night", "murdered on Sunday".
_TIME_AFTER = frozenset("yesterday today tonight last night morning afternoon evening early late".split())


def _gap(words: list[Word], k: int, text: str) -> str:
    """The characters between word k-1 and word k."""
    return text[words[k - 1].end : words[k].start] if k > 0 else ""


def _name_word(word: str) -> bool:
    """A word no lexicon knows: in upper-case text, a part of a name."""
    return not (
        word in VICTIM_TYPE
        or word in OTHER_PERSONS
        or word in NON_PERSON
        or word in NOT_OBJECT
        or word in _COUNTS
        or word in UNITS
        or word in TENS
        or word[0].isdigit()
        or not word.isalpha()
    )


def _counts(word: str) -> bool:
    """Whether a conjunct opening with `word` is a count ("three guards", "12 others", "several peasants")."""
    return word in UNITS or word in TENS or word[0].isdigit() or word in _COUNTS


def _kind_of_conjunct(words: list[Word], a: int, b: int) -> str:
    """'role' when words[a:b] names one person by a title or role ("the cook's daughter"), 'name' by name words
    only, 'group' for a plural after a determiner ("the priests", "their children": no one person, but the
    list goes on), '' otherwise."""
    determined = a < b and words[a].text in _DETERMINED
    while a < b and words[a].text in _LEADING:
        a += 1
    body = without_age([w.text for w in words[a:b]])
    # "the newly elected party secretary Ana Ruiz": a role and a name may run longer than a name alone
    if not body or len(body) > (2 * _MAX_WORDS if any(one_of(w) for w in body) else _MAX_WORDS):
        return ""
    head = body[-1]
    roled = any(one_of(w) for w in body)
    if determined and head.endswith("s") and head not in TITLES and not head.endswith("'s") and not roled:
        plain = all(_name_word(w) or is_person(w) for w in body)
        return "group" if plain and not any(w in _COUNTS or w[0].isdigit() for w in body) else ""
    if any(w in UNITS or w in TENS or w in _COUNTS or w in PLURALS or w[0].isdigit() for w in body):
        return ""
    if head.endswith("s") and head not in TITLES and (head in VICTIM_TYPE or head in OTHER_PERSONS):
        return ""  # "peasants": a plural, counted elsewhere
    # "the mayor's son", "a police officer": a possessive or a people noun before the role
    if one_of(head) and all(one_of(w) or _name_word(w) or is_person(w) or w.endswith("'s") for w in body):
        return "role"
    if any(one_of(w) for w in body) and all(one_of(w) or _name_word(w) for w in body):
        return "role"
    return "name" if all(_name_word(w) for w in body) else ""


def _valid(words: list[Word], parts: list[tuple[int, int]], ended: bool = False) -> list[tuple[int, int]]:
    """The conjuncts when each names one person and the list says so: two or more (one when the list `ended`
    with a count, dropped before), the first may lose words from its start and the last from its end (where
    the list begins and ends is not marked: "as a result of the attack A, B and C were killed", "killed A and
    B last week"), single name words only beside a longer name or a role."""
    # "the death of A and the grave injury of B": the list ends before a second harm
    harm = next((k for k, (x, y) in enumerate(parts) if any(w.text in HARM_NOUNS for w in words[x:y])), None)
    parts = parts if harm is None else parts[:harm]
    if len(parts) < (1 if ended else 2):
        return []
    a, b = parts[0]
    while a < b and not _kind_of_conjunct(words, a, b):
        a += 1
    if len(parts) == 1:
        parts = [(a, b)]
    else:
        c, d = parts[-1]
        while c < d and not (ended or _kind_of_conjunct(words, c, d)):
            d -= 1
        parts = [(a, b), *parts[1:-1], (c, d)]
    kinds = [_kind_of_conjunct(words, x, y) for x, y in parts]
    if not all(kinds):
        return []
    # "Pedro Solis, a driver, and Ana Ruiz": a role after a comma behind a name is that person's apposition
    keep = [
        k == 0 or not (kinds[k - 1] == "name" and words[x].text in ("a", "an") and words[x - 1].text != "and")
        for k, (x, _y) in enumerate(parts)
    ]
    parts = [p for p, kept in zip(parts, keep, strict=True) if kept]
    kinds = [k for k, kept in zip(kinds, keep, strict=True) if kept]
    # "the catechists, their driver and his son": a plural group names no one person; the others still do
    parts = [p for p, k in zip(parts, kinds, strict=True) if k != "group"]
    kinds = [k for k in kinds if k != "group"]
    lengths = [y - x for x, y in parts]
    if not any(k == "role" or n >= 2 for k, n in zip(kinds, lengths, strict=True)):
        return []  # "Cali and Medellin": single unknown words may be places
    return parts


def _split(words: list[Word], start: int, stop: int, text: str) -> list[tuple[int, int]]:
    """words[start:stop] split at commas and "and" into (first, after-last) conjuncts; [] unless the last
    conjunct follows "and", or is the apposition of the one that does ("..., and C, a reporter")."""
    parts: list[tuple[int, int]] = []
    first = start
    last_and = after_and = False
    for k in range(start, stop):
        if words[k].text == "and":
            if k > first:
                parts.append((first, k))
            first, last_and = k + 1, True
        elif k > start and "," in _gap(words, k, text):
            if k > first:
                parts.append((first, k))
            first, after_and, last_and = k, last_and, False
    if first < stop:
        parts.append((first, stop))
    apposition = after_and and words[parts[-1][0]].text in ("a", "an") and len(parts) >= 3
    return parts if (last_and or apposition) and len(parts) >= 2 else []


def _before(words: list[Word], end: int, text: str) -> int:
    """Start index of the run of words ending at `end` (inclusive) that holds no sentence mark or clause word."""
    k = end
    while k > 0 and end - k < 4 * _MAX_WORDS:
        if any(c in _gap(words, k, text) for c in SENTENCE_MARKS):
            break
        prev = words[k - 1].text
        if prev in NOT_OBJECT and prev not in _LEADING and prev != "and" or prev == "of":
            break
        if prev in PASSIVE_AUX or prev in _HARMS:
            break  # "three rebels were killed and two others were wounded": a clause of its own
        k -= 1
    return k


def _after(words: list[Word], start: int, text: str) -> int:
    """Index after the run of words from `start` that holds no sentence mark or clause word."""
    k = start
    while k < len(words) and k - start < 4 * _MAX_WORDS:
        if k > start and any(c in _gap(words, k, text) for c in SENTENCE_MARKS):
            break
        w = words[k].text
        if w in NOT_OBJECT and w not in _LEADING and w != "and" or w == "of":
            break
        k += 1
    return k


# Words that open an aside between a list and its verb: "A and B, members of the patrol, were killed", "A and B,
# both teachers, ...", "A, B and C, all volunteers, ...", "A and B, who were driving, ...".
_ASIDE_OPENERS = frozenset("both all the who whom each members".split())


def _before_apposition(words: list[Word], end: int, text: str) -> int:
    """Index of the last word before an aside closed by a comma that ends at word `end` ("A and B, members of
    the patrol, were killed" -> B), when it opens with a plural people noun, a count or a word of
    `_ASIDE_OPENERS`; else `end`."""
    if end + 1 >= len(words) or "," not in _gap(words, end + 1, text):
        return end
    for k in range(end, max(1, end - 12), -1):
        gap = _gap(words, k, text)
        if any(c in gap for c in SENTENCE_MARKS):
            return end
        if "," in gap:
            w = words[k].text
            opens = w in _ASIDE_OPENERS or _counts(w) or w.endswith("s") and is_person(w)
            return k - 1 if opens else end
    return end


def _aux_before(words: list[Word], i: int) -> int:
    """Index of the last word of the subject before "were/have been/had been (adverb) <verb>" at i, or -1."""
    j = i - 1
    while j > 0 and words[j].text in ("also", "reportedly", "later", "then", "brutally", "allegedly"):
        j -= 1
    if j >= 1 and words[j].text == "were":
        return j - 1
    if j >= 2 and words[j].text == "been" and words[j - 1].text in ("have", "had"):
        return j - 2
    return -1


_COPULAS = frozenset("were are was is include included includes".split())


def copula_after(words: list[Word], i: int) -> int:
    """Index of the first word after "the wounded were", "among the dead are", "also injured were", "those killed
    included" at word i, else 0."""
    w = words[i].text
    if not (w in PASSIVE or w == "dead") or i < 1 or i + 3 >= len(words):
        return 0
    before = words[i - 1].text
    if before == "also" and words[i + 1].text == "were":
        return i + 2
    # "among the injured there is", "the wounded drivers are": a place word or the plural people named
    between = words[i + 1].text
    c = (
        i + 2
        if between in ("here", "there") or between.endswith("s") and between not in NON_PERSON | _COPULAS
        else i + 1
    )
    # "the two other wounded guards are A and B": a count or "other" between the article and the participle
    k = i - 1
    while k > 0 and words[k].text in ("other", "two", "three", "four", "five") and i - k <= 2:
        k -= 1
    determined = words[k].text == "the" or words[k].text == "those" and k == i - 1
    return _identified(words, c + 1) if determined and words[c].text in _COPULAS else 0


def _identified(words: list[Word], k: int) -> int:
    """Index after "identified as" or "named as" at word k ("the dead were identified as A and B"), else k."""
    if k + 1 < len(words) and words[k].text in ("identified", "named") and words[k + 1].text == "as":
        return k + 2
    return k


def victims_named(words: list[Word], i: int) -> int:
    """Index of the first word after "the victims were (identified as)" at word i, else 0."""
    if words[i].text not in ("victims", "victim") or i < 1 or words[i - 1].text != "the":
        return 0
    return _identified(words, i + 2) if i + 2 < len(words) and words[i + 1].text in _COPULAS else 0


# How far before "the victims" the harm they suffered may be told.
HARM_REACH = 60


def previous_harm(words: list[Word], i: int) -> ClaimKind | None:
    """The kind of the nearest harm word in the `HARM_REACH` words before word i: what "the victims" suffered."""
    for k in range(i - 1, max(-1, i - HARM_REACH - 1), -1):
        kind = _HARMS.get(words[k].text)
        if kind is not None:
            return kind
    return None


def _active(words: list[Word], i: int) -> bool:
    """Whether the harm verb at word i is active: no form of "be" before it (past adverbs)."""
    j = i - 1
    while j > 0 and words[j].text in ("also", "reportedly", "later", "then", "allegedly", "brutally"):
        j -= 1
    return j >= 0 and words[j].text not in PASSIVE_AUX


def _one_name(words: list[Word], first: int, text: str, roles: bool = False) -> list[tuple[int, int]]:
    """[(first, end)] when a name of two to five name words (or, with `roles`, one person named by a role:
    "among the dead was the town's mayor") starts at word `first` and ends at a mark or a clause word
    ("murdered Ana Maria Ruiz in her home"), else []."""
    end = first
    while end < len(words) and end - first < (2 if roles else 1) * _MAX_WORDS:
        if end > first and any(c in _gap(words, end, text) for c in SENTENCE_MARKS + ","):
            break
        word = words[end].text
        if word in _TIME_AFTER or not (
            _name_word(word) or roles and (word in _LEADING or one_of(word) or word.endswith("'s"))
        ):
            break
        end += 1
    kind = _kind_of_conjunct(words, first, end) if end > first else ""
    if not (kind == "name" and end - first >= 2 or roles and kind == "role"):
        return []
    closed = end >= len(words) or any(c in _gap(words, end, text) for c in SENTENCE_MARKS + ",")
    return [(first, end)] if closed or words[end].text in NOT_OBJECT or words[end].text == "of" else []


def _persons(words: list[Word], split: list[tuple[int, int]]) -> tuple[list[tuple[int, int]], bool]:
    """The conjuncts of `split` that name one person each, and whether a count ended the list: "the mayor and
    three guards were killed", "the injured were A, B and two others": the count is a claim of its own, the
    persons before it each one."""
    counted = bool(split) and _counts(words[split[-1][0]].text)
    return _valid(words, split[:-1] if counted else split, ended=counted), counted


def find_listed_victims(words: list[Word], text: str) -> list[tuple[ClaimKind, Span, Span]]:
    """(kind, victim span, claim span) for each person of a list of one-person victims in upper-case text; the
    claim span covers the whole list and its verb, the same for each person, so a tally adds them up."""
    if not text.isupper():
        return []
    out: list[tuple[ClaimKind, Span, Span]] = []
    for i, w in enumerate(words):
        result = killing_result(words, i)
        to_death = result > 0
        kind: ClaimKind | None = "killed" if to_death else PASSIVE.get(w.text)
        end = _aux_before(words, chain_head(words, i, text)) if kind is not None else -1
        if kind is not None and end >= 0:
            end = _before_apposition(words, end, text)
            verb_end = words[i + result].end
            parts, counted = _persons(words, _split(words, _before(words, end, text), end + 1, text))
            if counted and parts:
                verb_end = words[parts[-1][1] - 1].end
            whole = (words[parts[0][0]].start, verb_end) if parts else (0, 0)
            out.extend((kind, (words[a].start, words[b - 1].end), whole) for a, b in parts)
            continue
        noun_kind = HARM_NOUNS.get(w.text) or (HARM_NOUNS.get(w.text[:-1]) if w.text.endswith("s") else None)
        noun_kind = "killed" if life_taken(words, i) else noun_kind
        obj_kind = HARM_OBJECT_VERBS.get(w.text)  # "gunmen killed A and B"
        copula = copula_after(words, i)
        named = victims_named(words, i)
        previous = previous_harm(words, i) if named else None
        if copula:
            # "the wounded were A and B", "also killed were A and B": the harm's people named after the copula
            first, kind = copula, "killed" if w.text == "dead" else PASSIVE[w.text]
        elif named and previous is not None:
            # "the victims were identified as A and B": victims of the harm told before
            first, kind, copula = named, previous, named
        elif noun_kind is not None and (of := of_after(words, i, text)) >= 0:
            first, kind = of + 1, noun_kind
        elif obj_kind is not None and i > 0 and words[i - 1].text not in _LEADING | {"other"}:
            first, kind = i + 1, obj_kind
        else:
            continue
        if first >= len(words) or any(c in _gap(words, first, text) for c in SENTENCE_MARKS + ","):
            continue
        parts = _persons(words, _split(words, first, _after(words, first, text), text))[0]
        if not parts and obj_kind is not None and not copula and _active(words, i):
            parts = _one_name(words, first, text)
        elif not parts and copula:
            parts = _one_name(words, first, text, roles=True)
        whole = (w.start, words[parts[-1][1] - 1].end) if parts else (0, 0)
        out.extend((kind, (words[a].start, words[b - 1].end), whole) for a, b in parts)
    return out


def _harm_before(words: list[Word], i: int, text: str) -> ClaimKind | None:
    """The kind of the nearest harm word at most ten words before word i in its clause, else None."""
    for k in range(i - 1, max(-1, i - 11), -1):
        if k + 1 < i and any(c in _gap(words, k + 1, text) for c in SENTENCE_MARKS):
            return None
        kind = _HARMS.get(words[k].text)
        if kind is not None:
            return kind
    return None


def _count_before(words: list[Word], i: int) -> int:
    """The number of a count whose plural noun phrase ends at word i-1 ("two Salvadoran reporters"), else 0."""
    for k in range(i - 2, max(-1, i - 5), -1):
        w = words[k].text
        value = UNITS.get(w) or TENS.get(w) or (int(w) if w.isdigit() else 0)
        if value:
            return value
        if w in NOT_OBJECT or w in NON_PERSON:
            return 0  # "two people in the towns": the noun before the list is no person
    return 0


def find_named_members(words: list[Word], text: str) -> list[tuple[ClaimKind, Span, Span]]:
    """(kind, victim span, claim span) for the persons a count of harm names after it in upper-case text: its
    members when as many are listed ("killed two engineers, A and B", "three engineers: A, B and C") and
    one person it includes ("killing seven people, including a retired judge")."""
    if not text.isupper():
        return []
    out: list[tuple[ClaimKind, Span, Span]] = []
    for i in range(2, len(words)):
        gap = _gap(words, i, text)
        if not (":" in gap or "," in gap):
            continue
        before = words[i - 1].text
        kind = _harm_before(words, i, text)
        if kind is None:
            continue
        if words[i].text == "including" and (is_person(before) or before in _HARMS):
            # "seven people, including a retired judge": one person of the count
            parts = _one_name(words, i + 1, text, roles=True)
        elif before.endswith("s") and before not in NON_PERSON and (count := _count_before(words, i)) > 1:
            parts = _valid(words, _split(words, i, _after(words, i, text), text))
            parts = parts if len(parts) == count else []
        else:
            continue
        whole = (words[i].start, words[parts[-1][1] - 1].end) if parts else (0, 0)
        out.extend((kind, (words[a].start, words[b - 1].end), whole) for a, b in parts)
    return out
