"""Casualty claims: counts of harm with bounds, kind, victims and claimant."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from harmwatch.extract.casualty_claimant import find_claimant
from harmwatch.extract.casualty_filters import is_person, not_a_count, sentence_bounds, starts_count
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
    EUPHEMISMS,
    FILLER,
    NON_PERSON,
    NOUN_STOP,
    OTHER_PERSONS,
    VICTIM_TYPE,
)
from harmwatch.extract.numbers import TENS, UNITS, Number, Word, find_numbers, number_at, words_of
from harmwatch.nlp import Parsed
from harmwatch.records import Claim, ClaimKind, Count, Place, Quote, Span, Statement, TimeRef, Victims

_RATE = frozenset("day week month year daily weekly monthly".split())
_ASIDES = frozenset(
    "in at near inside from across around including mostly mainly most among many some more".split()
)
_NOUN_BREAKS = ',.;:"“”[]'
_NOUN_PREDICATES = frozenset("toll deaths casualties fatalities injuries wounds martyrs bodies".split())
_SPEECH = frozenset("said say says told tell reported report added according claimed".split())
_DETERMINERS = frozenset("the this that these those their his her its our".split())
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
        # "a further nine people": a number word starts a count of its own
        number_word = w in UNITS or w in TENS
        # "412 people more than half of them fighters": a share of the count starts an aside
        share = w == "more" and j + 1 < stop and words[j + 1].text == "than"
        if (
            (w in NOUN_STOP and not aside)
            or w[0].isdigit()
            or number_word
            or share
            or _phrase_at(words, j, AFTER)
        ):
            break
        if j > i and not aside and any(c in gap for c in _NOUN_BREAKS):
            break
        j += 1
    # "20 rebels Monitor AFP": a title or byline runs on after the victims
    persons = [k for k in range(i, j) if is_person(words[k].text)]
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


def _listing(words: list[Word], k: int, stop: int) -> bool:
    """ "40 civilians killed 100 injured": the number after the predicate has a harm predicate of its own."""
    following = number_at(words, k)
    return (
        following is not None
        and following.last + 1 < stop
        and bool(_phrase_at(words, following.last + 1, AFTER))
    )


def _coordinated(words: list[Word], n: Number, stop: int, text: str, before: _Found | None) -> _Found | None:
    """A count coordinated with another that has the predicate: "killing nine children and 14 others" (the
    predicate before the first count), "a woman and a child were killed" (after the last)."""
    if _abuts(words, n.last + 1, stop):
        return None
    noun_end = _noun_phrase(words, n.last + 1, stop, text)
    noun = [w.text for w in words[n.last + 1 : noun_end]]
    end_word = noun_end - 1 if noun else n.last
    if before is not None and before.start < before.number.start and before.last + 2 == n.first:
        if words[before.last + 1].text == "and":
            return _Found(
                n, before.kind, noun, before.start, words[end_word].end, words[end_word].end, end_word
            )
    if noun_end + 1 < stop and words[noun_end].text == "and":
        following = number_at(words, noun_end + 1)
        later = _after(words, following, stop, text) if following is not None else None
        if later is not None and following is not None and (not following.article or later.noun):
            return _Found(n, later.kind, noun, n.start, later.end, words[end_word].end, end_word)
    return None


def _listed(words: list[Word], n: Number, stop: int, text: str, before: _Found | None) -> _Found | None:
    """ "kill 10 children, 5 women": a list without "and" (headlines, stripped commas) of people."""
    if before is None or before.start >= before.number.start or before.last + 1 != n.first or not before.noun:
        return None
    noun_end = _noun_phrase(words, n.last + 1, stop, text)
    noun = [w.text for w in words[n.last + 1 : noun_end]]
    if not noun or not is_person(noun[-1]) or noun[0] == "of":
        return None
    # "killing four civilians, two residents said": the people after the count are its source
    if noun_end < stop and words[noun_end].text in _SPEECH:
        return None
    end = words[noun_end - 1].end
    return _Found(n, before.kind, noun, before.start, end, end, noun_end - 1)


def _also(words: list[Word], found: _Found) -> bool:
    """ "killed three rescuers while six children were also killed": victims added to the sentence's count."""
    n = found.number
    between = {w.text for w in words[n.last + 1 : found.last + 1]}
    return found.start == n.start and "also" in between and "among" not in between


def _joined(words: list[Word], first: _Found, second: _Found) -> bool:
    """Whether two counts share one predicate: "killing 9 children and 14 others", "a woman and a child died"."""
    if first.kind != second.kind or first.last + 1 >= len(words):
        return False
    if first.last + 1 == second.number.first:
        # "killing 10 children, 5 women": the list built by `_coordinated`
        return first.start < first.number.start and first.start == second.start
    if words[first.last + 1].text != "and":
        return False
    if first.last + 2 == second.number.first:
        return first.end == second.end or (first.start < first.number.start and first.start == second.start)
    # "crucifying two people and executing 23 others": a second act on others of the same harm
    acted = second.start < second.number.start and second.start == words[first.last + 2].start
    return acted and second.noun[:1] in (["others"], ["other"])


def _closed_aside(words: list[Word], found: _Found, text: str, before: Claim, span: Span) -> bool:
    """Whether `found` is a count inside an aside ("- including nine children -") closed by a mark, within
    the claim `before` that ends with the same predicate as `span`."""
    n = found.number
    included = any(
        tuple(w.text for w in words[n.first - len(p) : n.first]) == p for p in _INCLUDES if n.first >= len(p)
    )
    gap = text[words[found.last].end : words[found.last + 1].start] if found.last + 1 < len(words) else ""
    return included and any(c in gap for c in "-–—)") and before.span[1] == span[1]


def _abuts(words: list[Word], i: int, stop: int) -> bool:
    """ "URL 124 At least four people were killed", "0 15 The death toll", "612 A woman and a child were
    killed": another count or a determiner right after the number; the predicate is not the number's."""
    return i < stop and (words[i].text in ("the", "this", "a", "an") or starts_count(words, i))


def _after(words: list[Word], n: Number, stop: int, text: str) -> _Found | None:
    """A harm predicate after the count: "12 people have been killed", "one dead terrorist"."""
    i = n.last + 1
    if _abuts(words, i, stop):
        return None
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


def _after_shared_noun(words: list[Word], n: Number, stop: int, text: str) -> _Found | None:
    """ "70 regime and rebel fighters have been killed": one count over coordinated modifiers of its noun."""
    if _abuts(words, n.last + 1, stop):
        return None
    noun_end = _noun_phrase(words, n.last + 1, stop, text)
    if noun_end >= stop or words[noun_end].text != "and":
        return None
    for k in range(noun_end + 1, min(stop, noun_end + 5)):
        w = words[k].text
        if k > noun_end + 1 and (w in _BE or _phrase_at(words, k, AFTER)):
            noun = [x.text for x in words[n.last + 1 : k]]
            return _after_from(words, n, noun, k, k, stop)
        if number_at(words, k) is not None or w in _CLAUSE_BREAKS or w in NOUN_STOP or w in _DETERMINERS:
            return None
    return None


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
            if not _listing(words, k, stop):
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
            if hit is not None and words[j].text in EUPHEMISMS and not any(is_person(w) for w in noun):
                hit = None
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
    # "children of alleged rebels": the head of "X of Y" is X
    head = noun[: noun.index("of")] if "of" in noun else noun
    for w in reversed(head if any(is_person(w) for w in head) else noun):
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
                    if is_person(w) and w not in ("people", "others", "persons"):
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
    last_found: _Found | None = None
    sent_index = -1
    for n in find_numbers(text, words):
        bounds = next(((s, e) for s, e in sent_bounds if s <= n.start < e), (0, len(text)))
        index = sent_bounds.index(bounds) if bounds in sent_bounds else -1
        if index != sent_index:
            previous, sent_index = None, index
        start = next(i for i, w in enumerate(words) if w.start >= bounds[0])
        stop = next((i for i in range(n.last, len(words)) if words[i].start >= bounds[1]), len(words))
        if not_a_count(words, n, text):
            continue
        found = (
            _listed(words, n, stop, text, last_found if previous else None)
            or _after(words, n, stop, text)
            or _before(words, n, start, stop, text)
            or _after_shared_noun(words, n, stop, text)
        )
        if found is None:
            found = _coordinated(words, n, stop, text, last_found if previous else None)
        if found is None:
            continue
        # "5 tanks", "two buildings" are no victims; "Nusra Front militants" are: the head is a person
        if any(
            w in NON_PERSON and not any(is_person(x) for x in found.noun[k:])
            for k, w in enumerate(found.noun)
        ):
            continue
        if n.article and (
            not any(is_person(w) for w in found.noun[:3]) or words[found.last].text in _NOUN_PREDICATES
        ):
            continue  # "a soldier was wounded" is one; "a heavy civilian death toll" is no count
        count = Count(n.low, n.high, n.qualifier, text[n.start : found.noun_end])
        shared = _shared_qualifier(words, found, previous)
        if shared is not None:
            count = Count(shared.low, shared.high, shared.qualifier, count.as_written)
        span = (min(found.start, n.start), max(found.end, found.noun_end))
        also = (
            previous is not None
            and previous.kind == found.kind
            and previous.span[1]
            <= n.start  # not a part named inside it ("13 civilians including four children")
            and _also(words, found)
        )
        if previous is not None and last_found is not None and (also or _joined(words, last_found, found)):
            # counts sharing one predicate carry the span of the whole coordination, so a tally adds them up;
            # "23 civilians - including nine children - and 16 fighters dead": the count after a closed aside
            # is coordinated with the count before the aside
            at = -2 if len(claims) > 1 and _closed_aside(words, last_found, text, claims[-2], span) else -1
            span = (min(span[0], claims[at].span[0]), max(span[1], claims[at].span[1]))
            claims[at] = dataclasses.replace(claims[at], span=span)
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
        previous, last_found = claim, found
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
