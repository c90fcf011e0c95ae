"""Victims listed one by one in upper-case text ("A, B and C were killed", "killed A, B and C", "the murders of
A and B"): each conjunct that names one person is one victim, a count of 1 each.

Upper-case text (wire copy) gets no usable parse of its conjuncts, so the list is read off the words: conjuncts
split at commas and "and", each a short phrase with a title or role ("the mayor", "Judge X") or a name of
words that no lexicon knows. Mixed-case text is read off the parse's conjuncts (`single.find_singles`).
"""

from __future__ import annotations

from harmwatch.extract.casualties.numbers import TENS, UNITS, Word
from harmwatch.extract.casualties.single import (
    NOT_OBJECT,
    PASSIVE,
    PLURALS,
    TITLES,
    VIOLENT,
    chain_head,
    of_after,
    one_of,
)
from harmwatch.extract.casualties.words import HARM_NOUNS, NON_PERSON, OTHER_PERSONS, VICTIM_TYPE
from harmwatch.records import ClaimKind, Span

_BREAKS = '.;:!?"“”()[]'
_LEADING = frozenset("the his her their its a an former late".split())
_MAX_WORDS = 5
_COUNTS = frozenset("others other dozen dozens hundred hundreds thousand thousands several both all".split())
# Past forms of harm verbs whose object is the victim: "gunmen killed A and B".
_ACTIVE: dict[str, ClaimKind] = {
    **dict.fromkeys("killed murdered assassinated executed".split(), "killed"),
    **dict.fromkeys("wounded injured".split(), "injured"),
}


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


def _kind_of_conjunct(words: list[Word], a: int, b: int) -> str:
    """'role' when words[a:b] names one person by a title or role, 'name' by name words only, '' otherwise."""
    while a < b and words[a].text in _LEADING:
        a += 1
    body = [w.text for w in words[a:b]]
    if not body or len(body) > _MAX_WORDS:
        return ""
    if any(w in UNITS or w in TENS or w in _COUNTS or w in PLURALS or w[0].isdigit() for w in body):
        return ""
    head = body[-1]
    if head.endswith("s") and head not in TITLES and (head in VICTIM_TYPE or head in OTHER_PERSONS):
        return ""  # "peasants": a plural, counted elsewhere
    if any(one_of(w) for w in body) and all(one_of(w) or _name_word(w) for w in body):
        return "role"
    return "name" if all(_name_word(w) for w in body) else ""


def _valid(words: list[Word], parts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The conjuncts when each names one person and the list says so: two or more, the first may lose words
    from its start and the last from its end (where the list begins and ends is not marked: "as a result of
    the attack A, B and C were killed", "killed A and B last week"), single name words only beside a longer
    name or a role."""
    if len(parts) < 2:
        return []
    a, b = parts[0]
    while a < b and not _kind_of_conjunct(words, a, b):
        a += 1
    c, d = parts[-1]
    while c < d and not _kind_of_conjunct(words, c, d):
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
    lengths = [y - x for x, y in parts]
    if not any(k == "role" or n >= 2 for k, n in zip(kinds, lengths, strict=True)):
        return []  # "Cali and Medellin": single unknown words may be places
    return parts


def _split(words: list[Word], start: int, stop: int, text: str) -> list[tuple[int, int]]:
    """words[start:stop] split at commas and "and" into (first, after-last) conjuncts; [] unless the last
    conjunct follows "and"."""
    parts: list[tuple[int, int]] = []
    first = start
    last_and = False
    for k in range(start, stop):
        if words[k].text == "and":
            if k > first:
                parts.append((first, k))
            first, last_and = k + 1, True
        elif k > start and "," in _gap(words, k, text):
            if k > first:
                parts.append((first, k))
            first, last_and = k, False
    if first < stop:
        parts.append((first, stop))
    return parts if last_and and len(parts) >= 2 else []


def _before(words: list[Word], end: int, text: str) -> int:
    """Start index of the run of words ending at `end` (inclusive) that holds no sentence mark or clause word."""
    k = end
    while k > 0 and end - k < 4 * _MAX_WORDS:
        if any(c in _gap(words, k, text) for c in _BREAKS):
            break
        prev = words[k - 1].text
        if prev in NOT_OBJECT and prev not in _LEADING and prev != "and" or prev == "of":
            break
        k -= 1
    return k


def _after(words: list[Word], start: int, text: str) -> int:
    """Index after the run of words from `start` that holds no sentence mark or clause word."""
    k = start
    while k < len(words) and k - start < 4 * _MAX_WORDS:
        if k > start and any(c in _gap(words, k, text) for c in _BREAKS):
            break
        w = words[k].text
        if w in NOT_OBJECT and w not in _LEADING and w != "and" or w == "of":
            break
        k += 1
    return k


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


_COPULAS = frozenset("were are include included".split())


def _copula_after(words: list[Word], i: int) -> int:
    """Index of the first word after "the wounded were", "among the dead are", "also injured were" at word i,
    else 0."""
    w = words[i].text
    if not (w in PASSIVE or w == "dead") or i < 1 or i + 2 >= len(words) or words[i + 1].text not in _COPULAS:
        return 0
    before = words[i - 1].text
    return i + 2 if before == "the" or before == "also" and words[i + 1].text == "were" else 0


def find_listed_victims(words: list[Word], text: str) -> list[tuple[ClaimKind, Span, Span]]:
    """(kind, victim span, claim span) for each person of a list of one-person victims in upper-case text; the
    claim span covers the whole list and its verb, the same for each person, so a tally adds them up."""
    if not text.isupper():
        return []
    out: list[tuple[ClaimKind, Span, Span]] = []
    for i, w in enumerate(words):
        to_death = (
            w.text in VIOLENT
            and i + 2 < len(words)
            and words[i + 1].text == "to"
            and words[i + 2].text == "death"
        )
        kind: ClaimKind | None = "killed" if to_death else PASSIVE.get(w.text)
        end = _aux_before(words, chain_head(words, i, text)) if kind is not None else -1
        if kind is not None and end >= 0:
            verb_end = words[i + 2].end if to_death else w.end
            parts = _valid(words, _split(words, _before(words, end, text), end + 1, text))
            whole = (words[parts[0][0]].start, verb_end) if parts else (0, 0)
            out.extend((kind, (words[a].start, words[b - 1].end), whole) for a, b in parts)
            continue
        noun_kind = HARM_NOUNS.get(w.text) or (HARM_NOUNS.get(w.text[:-1]) if w.text.endswith("s") else None)
        obj_kind = _ACTIVE.get(w.text)
        copula = _copula_after(words, i)
        if copula:
            # "the wounded were A and B", "also killed were A and B": the harm's people named after the copula
            first, kind = copula, "killed" if w.text == "dead" else PASSIVE[w.text]
        elif noun_kind is not None and (of := of_after(words, i, text)) >= 0:
            first, kind = of + 1, noun_kind
        elif obj_kind is not None and i > 0 and words[i - 1].text not in _LEADING:
            first, kind = i + 1, obj_kind
        else:
            continue
        if first >= len(words) or any(c in _gap(words, first, text) for c in _BREAKS + ","):
            continue
        parts = _valid(words, _split(words, first, _after(words, first, text), text))
        whole = (w.start, words[parts[-1][1] - 1].end) if parts else (0, 0)
        out.extend((kind, (words[a].start, words[b - 1].end), whole) for a, b in parts)
    return out
