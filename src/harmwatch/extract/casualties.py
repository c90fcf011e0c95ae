"""Casualty claims: counts of harm with bounds, kind, victims and claimant."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from harmwatch.extract.casualty_claimant import find_claimant
from harmwatch.extract.casualty_single import (
    find_active_objects,
    find_harm_of_one,
    find_singles,
    find_singular_passives,
)
from harmwatch.extract.casualty_words import (
    ACTIVE,
    AFTER,
    AUX,
    BEFORE,
    FILLER,
    MONTHS,
    NON_PERSON,
    NOUN_STOP,
    OTHER_PERSONS,
    VICTIM_TYPE,
)
from harmwatch.extract.numbers import Number, Word, find_numbers, words_of
from harmwatch.nlp import Parsed
from harmwatch.records import Claim, ClaimKind, Count, Place, Quote, Span, Statement, TimeRef, Victims

_RATE = frozenset("day week month year daily weekly monthly".split())
_ASIDES = frozenset("in at near inside from across around including mostly mainly most among many".split())
_NOUN_BREAKS = ',.;:"“”[]'
_NOUN_PREDICATES = frozenset("toll deaths casualties fatalities injuries wounds martyrs bodies".split())
_CLAUSE_BREAKS = frozenset("but while when after which that because whereas".split())
_BE = frozenset("have has had were was are is who".split())
_INCLUDES = [
    ("including",),
    ("among", "them"),
    ("among", "whom"),
    ("of", "whom"),
    ("of", "them"),
    ("most", "of", "them"),
]


# A sentence ends at . ! or ? before a space, unless the word is an abbreviation ("Dr.", "U.S.").
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)\]]*\s+")
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr st gen col lt sgt capt maj rev prof jr sr no vs etc u.s u.n u.k".split()
)


def sentence_bounds(text: str, paragraphs: tuple[Span, ...]) -> list[Span]:
    """Sentences from punctuation and paragraph breaks only: hard-wrapped lines (MUC-4) stay joined."""
    out: list[Span] = []
    for start, end in paragraphs or ((0, len(text)),):
        begin = start
        for m in _SENTENCE_END.finditer(text, start, end):
            before = text[begin : m.start()].split()
            word = before[-1].rstrip(".!?\"'”’)]").lower() if before else ""
            if word in _ABBREVIATIONS or len(word) == 1 and word.isalpha():
                continue
            out.append((begin, m.start()))
            begin = m.end()
        if begin < end:
            out.append((begin, end))
    return out


@dataclass(frozen=True, slots=True)
class _Found:
    number: Number
    kind: ClaimKind
    noun: list[str]
    start: int
    end: int
    noun_end: int
    last: int  # index of the last word of the claim


def _phrase_at(
    words: list[Word], i: int, table: dict[tuple[str, ...], ClaimKind]
) -> tuple[ClaimKind, int] | None:
    """The longest phrase of `table` starting at word i: (kind, index after it)."""
    best: tuple[ClaimKind, int] | None = None
    for phrase, kind in table.items():
        if tuple(w.text for w in words[i : i + len(phrase)]) == phrase and (
            best is None or i + len(phrase) > best[1]
        ):
            best = (kind, i + len(phrase))
    return best


def _noun_phrase(words: list[Word], i: int, stop: int, text: str) -> int:
    """Index after the noun phrase that follows a count ("Syrian soldiers", "of civilians")."""
    j = i
    while j < stop and j - i < 6:
        w = words[j].text
        gap = text[words[j - 1].end : words[j].start] if j > 0 else ""
        aside = gap.endswith("(") or _acronym(words, j, text)
        if (w in NOUN_STOP and not aside) or w[0].isdigit() or _phrase_at(words, j, AFTER):
            break
        if j > i and not aside and any(c in gap for c in _NOUN_BREAKS):
            break
        j += 1
    # "20 rebels Monitor AFP": a title or byline runs on after the victims
    persons = [k for k in range(i, j) if _is_person(words[k].text)]
    if persons and (persons[-1] + 1 >= len(words) or words[persons[-1] + 1].text != "of"):
        j = persons[-1] + 1
    while j > i and words[j - 1].text in ("of", "the", "a", "an"):
        j -= 1
    return j


def _acronym(words: list[Word], j: int, text: str) -> bool:
    """Word j is an acronym in mixed-case text ("five IS militants"), not the verb "is"."""
    original = text[words[j].start : words[j].end]
    if len(original) < 2 or not original.isupper() or j + 1 >= len(words):
        return False
    return not text[words[j + 1].start : words[j + 1].end].isupper()


def _is_person(word: str) -> bool:
    return word in VICTIM_TYPE or word in OTHER_PERSONS


def _not_a_count(words: list[Word], n: Number, text: str) -> bool:
    """Dates, ages, years, times, money and percentages."""
    before = words[n.first - 1].text if n.first > 0 else ""
    after = words[n.last + 1].text if n.last + 1 < len(words) else ""
    if before in MONTHS or after in MONTHS or before in ("no", "not", "number", "no.", "aged", "age"):
        return True
    if (
        n.value is not None
        and n.qualifier == "exact"
        and 1900 <= n.value <= 2100
        and "," not in text[n.start : n.end]
    ):
        return not _is_person(after)
    if n.start > 0 and text[n.start - 1] in "$£€#":
        return True
    return after in ("year", "years") and n.last + 2 < len(words) and words[n.last + 2].text == "old"


def _after(words: list[Word], n: Number, stop: int, text: str) -> _Found | None:
    """A harm predicate after the count: "12 people have been killed", "one dead terrorist"."""
    i = n.last + 1
    noun_end = _noun_phrase(words, i, stop, text)
    noun = [w.text for w in words[i:noun_end]]
    found = _after_from(words, n, noun, noun_end, noun_end, stop)
    participle = noun_end < stop and words[noun_end].text.endswith("ing")
    if found is None and noun_end < stop and (words[noun_end].text in _ASIDES or participle):
        # "scores of civilians in the west of the city have been killed", "16 civilians including women and
        # children were killed", "five passengers traveling on the bus were injured": skip an aside
        for k in range(noun_end + 1, min(stop, noun_end + 8)):
            if words[k].text in _CLAUSE_BREAKS:
                break
            if words[k].text in _BE or _phrase_at(words, k, AFTER):
                return _after_from(words, n, noun, noun_end, k, stop)
    return found


def _after_from(
    words: list[Word], n: Number, noun: list[str], noun_end: int, j: int, stop: int
) -> _Found | None:
    """The predicate at or after word j (past auxiliaries), checked for active voice and rates."""
    aux: list[str] = []
    while j < stop and len(aux) < 6 and words[j].text in AUX and not _phrase_at(words, j, AFTER):
        aux.append(words[j].text)
        j += 1
    hit = _phrase_at(words, j, AFTER) if j < stop else None
    if hit is None:
        return None
    kind, k = hit
    pred = words[j].text
    if pred in ACTIVE:
        has = any(a in ("have", "has", "had") for a in aux)
        passive = any(a in ("be", "been", "being", "were", "was", "is", "are") for a in aux)
        if has and not passive:
            return None
        following = words[k].text if k < stop else ""
        if not aux and (following[:1].isdigit() or following in ("the", "a", "an", "at", "dozens", "scores")):
            return None
    # "20 killed a week" is a rate, not a count
    if k + 1 < stop and words[k].text in ("a", "per", "each", "every") and words[k + 1].text in _RATE:
        return None
    end_word = noun_end - 1 if noun else n.last
    return _Found(n, kind, noun, n.start, words[k - 1].end, words[end_word].end, k - 1)


def _before(words: list[Word], n: Number, start: int, stop: int, text: str) -> _Found | None:
    """A harm word before the count: "killing 12 people", "the death toll rose to 45"."""
    noun_end = _noun_phrase(words, n.last + 1, stop, text)
    noun = [w.text for w in words[n.last + 1 : noun_end]]
    j = n.first - 1
    steps = 0
    while j >= start and steps < 6:
        for size in (4, 3, 2, 1):
            if j - size + 1 < start:
                continue
            hit = _phrase_at(words, j - size + 1, BEFORE)
            if hit is not None and hit[1] == j + 1:
                end_word = noun_end - 1 if noun else n.last
                return _Found(
                    n,
                    hit[0],
                    noun,
                    words[j - size + 1].start,
                    words[end_word].end,
                    words[end_word].end,
                    end_word,
                )
        if words[j].text not in FILLER:
            break
        j -= 1
        steps += 1
    # "the death toll from the strikes was 45": a toll reaches further back, over words but no number
    for k in range(n.first - 1, max(start, n.first - 16) - 1, -1):
        if words[k].text[0].isdigit():
            break
        if words[k].text == "toll":
            end_word = noun_end - 1 if noun else n.last
            return _Found(
                n, "killed", noun, words[k].start, words[end_word].end, words[end_word].end, end_word
            )
    return None


def _victims(noun: list[str], words: list[Word], last: int, stop: int, previous: Claim | None) -> Victims:
    """Victim type from the count's noun, and the groups named after it ("including children")."""
    kind, includes = "people", []
    if not noun and previous is not None:
        # "scores of civilians have been killed and hundreds wounded": the victims of the count before
        kind = previous.victims.type
    for w in reversed(noun):
        if w in VICTIM_TYPE:
            kind = VICTIM_TYPE[w]
            break
        if w in OTHER_PERSONS:
            kind = "other"
            includes.append(w)
            break
    j = last + 1
    while j < min(stop, last + 10):
        for phrase in _INCLUDES:
            if tuple(x.text for x in words[j : j + len(phrase)]) == phrase:
                k = j + len(phrase)
                while k < stop and k < j + len(phrase) + 4:
                    w = words[k].text
                    if _is_person(w) and w not in ("people", "others", "persons"):
                        includes.append(w)
                    elif (
                        w not in ("and", "a", "an", "two", "three", "four", "five", "six", "seven")
                        and not w[0].isdigit()
                        and w not in VICTIM_TYPE
                    ):
                        break
                    k += 1
                break
        j += 1
    return Victims(kind, tuple(dict.fromkeys(includes)))


def _shared_qualifier(words: list[Word], found: _Found, previous: Claim | None) -> Count | None:
    """A count after "another" shares the "at least" of the count before it."""
    n = found.number
    if previous is None or n.qualifier != "exact" or n.value is None or n.first == 0:
        return None
    if words[n.first - 1].text not in ("another", "further", "additional"):
        return None
    if previous.count.qualifier == "at_least":
        return Count(n.value, None, "at_least", "")
    if previous.count.qualifier == "more_than":
        return Count(n.value + 1, None, "more_than", "")
    return None


def _nearest(span: Span, items: list[tuple[str, Span]], parsed: Parsed) -> str | None:
    """The id of the item in the claim's sentence (else its paragraph) nearest to it."""
    if not items:
        return None
    sent = parsed.doc.char_span(span[0], span[1], alignment_mode="expand")
    bounds = (sent.sent.start_char, sent.sent.end_char) if sent is not None and len(sent) else span
    para = parsed.paragraph_of(span[0])
    best: tuple[int, str] | None = None
    for item_id, (s, e) in items:
        if bounds[0] <= s < bounds[1]:
            rank = 0
        elif parsed.paragraph_of(s) == para:
            rank = 10_000
        else:
            continue
        dist = rank + min(abs(s - span[1]), abs(span[0] - e))
        if best is None or dist < best[0]:
            best = (dist, item_id)
    return best[1] if best else None


def extract_claims(
    parsed: Parsed,
    quotes: list[Quote],
    statements: list[Statement],
    places: list[Place],
    times: list[TimeRef],
) -> list[Claim]:
    """Every count of people killed, injured, missing, abducted, detained or displaced, with its claimant."""
    text = parsed.text
    words = words_of(text)
    sent_bounds = sentence_bounds(text, parsed.paragraphs)
    place_items = [(p.id, m) for p in places for m in p.mentions]
    time_items = [(t.id, t.span) for t in times]
    claims: list[Claim] = []
    previous: Claim | None = None
    sent_index = -1
    for n in find_numbers(text, words):
        bounds = next(((s, e) for s, e in sent_bounds if s <= n.start < e), (0, len(text)))
        index = sent_bounds.index(bounds) if bounds in sent_bounds else -1
        if index != sent_index:
            previous, sent_index = None, index
        start = next(i for i, w in enumerate(words) if w.start >= bounds[0])
        stop = next((i for i in range(n.last, len(words)) if words[i].start >= bounds[1]), len(words))
        if _not_a_count(words, n, text):
            continue
        found = _after(words, n, stop, text) or _before(words, n, start, stop, text)
        if found is None:
            continue
        if any(w in NON_PERSON for w in found.noun):
            continue
        if n.article and (
            not any(_is_person(w) for w in found.noun[:3]) or words[found.last].text in _NOUN_PREDICATES
        ):
            continue  # "a soldier was wounded" is one; "a heavy civilian death toll" is no count
        count = Count(n.low, n.high, n.qualifier, text[n.start : found.noun_end])
        shared = _shared_qualifier(words, found, previous)
        if shared is not None:
            count = Count(shared.low, shared.high, shared.qualifier, count.as_written)
        span = (min(found.start, n.start), max(found.end, found.noun_end))
        claim = Claim(
            id=f"c{len(claims) + 1}",
            kind=found.kind,
            count=count,
            victims=_victims(found.noun, words, found.last, stop, previous),
            claimant=find_claimant(parsed, span, quotes, statements),
            span=span,
            place_id=_nearest(span, place_items, parsed),
            time_id=_nearest(span, time_items, parsed),
        )
        claims.append(claim)
        previous = claim
    singles = [
        (s.kind, s.victim, s.span, Victims(s.victim_type, s.includes)) for s in find_singles(list(parsed.doc))
    ]
    singles += [
        (k, v, s, Victims())
        for k, v, s in find_singular_passives(words)
        + find_harm_of_one(words, text)
        + find_active_objects(words, text)
    ]
    for kind, victim, span, victims in singles:
        if any(c.span[0] < span[1] and span[0] < c.span[1] for c in claims):
            continue
        claims.append(
            Claim(
                id="",
                kind=kind,
                count=Count(1, 1, "exact", text[victim[0] : victim[1]]),
                victims=victims,
                claimant=find_claimant(parsed, span, quotes, statements),
                span=span,
                place_id=_nearest(span, place_items, parsed),
                time_id=_nearest(span, time_items, parsed),
            )
        )
    claims.sort(key=lambda c: c.span[0])
    return [dataclasses.replace(c, id=f"c{i}") for i, c in enumerate(claims, 1)]
