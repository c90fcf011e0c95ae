"""Casualty claims: counts of harm with bounds, kind, victims and claimant."""

from __future__ import annotations

import dataclasses

from harmwatch.extract.casualties.claimant import find_claimant
from harmwatch.extract.casualties.counts import (
    find_after,
    find_after_harmed_noun,
    find_after_shared_noun,
    find_after_status,
    find_after_wounding_phrase,
    find_before,
    find_breakdown,
    find_coordinated,
)
from harmwatch.extract.casualties.filters import is_person, not_a_count, sentence_bounds, without_age
from harmwatch.extract.casualties.implied import (
    find_gapped,
    find_pronoun_objects,
    find_reduced_relatives,
    find_treated,
    find_wounds_received,
)
from harmwatch.extract.casualties.lists import find_listed_victims, find_named_members
from harmwatch.extract.casualties.numbers import Number, Word, find_numbers, words_of
from harmwatch.extract.casualties.objects import find_object_chain, find_object_result
from harmwatch.extract.casualties.parsed import find_singles
from harmwatch.extract.casualties.parts import (
    find_along,
    find_governed,
    find_in_list,
    find_named_harmed,
    find_part,
)
from harmwatch.extract.casualties.phrases import (
    OPENERS,
    Found,
    find_gapped_count,
    find_gapped_degree,
    find_listed,
    of_one_person,
    sized_family,
    sized_family_start,
    words_are,
)
from harmwatch.extract.casualties.single import (
    find_active_objects,
    find_harm_of_one,
    find_singular_passives,
)
from harmwatch.extract.casualties.states import find_state
from harmwatch.extract.casualties.words import (
    ARTICLE_PERSONS,
    INCLUDES,
    NON_PERSON,
    OTHER_PERSONS,
    STATUS_KINDS,
    VICTIM_TYPE,
)
from harmwatch.nlp import Parsed, tokens_at
from harmwatch.records import Claim, Count, Place, Quote, Span, Statement, TimeRef, Victims

_NOUN_PREDICATES = frozenset("toll deaths casualties fatalities injuries wounds martyrs bodies".split())


def _also(words: list[Word], found: Found) -> bool:
    """ "killed three rescuers while six children were also killed": victims added to the sentence's count."""
    n = found.number
    between = {w.text for w in words[n.last + 1 : found.last + 1]}
    return found.start == n.start and "also" in between and "among" not in between


def _joined(words: list[Word], first: Found, second: Found) -> bool:
    """Whether two counts share one predicate: "killing 9 children and 14 others", "a woman and a child died"."""
    if first.kind != second.kind or first.last + 1 >= len(words):
        return False
    if first.last + 1 == second.number.first:
        # "killing 10 children, 5 women": the list built by `find_listed`; "four soldiers, two policemen and a
        # civilian were killed": a list before the predicate it shares
        before = first.start < first.number.start and first.start == second.start
        after = first.start == first.number.start and second.start == second.number.start
        return before or after and first.end == second.end
    if words[first.last + 1].text != "and":
        return False
    # "the murder of six monks and their two cooks": a determiner may open the second count
    # "killed a man and a family of three": the family's count opens with "a family of"
    opening = words[first.last + 2 : sized_family_start(words, second.number)]
    if second.number.first >= first.last + 2 and all(w.text in OPENERS for w in opening):
        return first.end == second.end or (first.start < first.number.start and first.start == second.start)
    # "crucifying two people and executing 23 others": a second act on others of the same harm
    acted = second.start < second.number.start and second.start == words[first.last + 2].start
    return acted and second.noun[:1] in (["others"], ["other"])


def _closed_aside(words: list[Word], found: Found, text: str, before: Claim, span: Span) -> bool:
    """Whether `found` is a count inside an aside ("- including nine children -") closed by a mark, within
    the claim `before` that ends with the same predicate as `span`."""
    n = found.number
    included = any(words_are(words, n.first - len(p), p) for p in INCLUDES)
    gap = text[words[found.last].end : words[found.last + 1].start] if found.last + 1 < len(words) else ""
    return included and any(c in gap for c in "-–—)") and before.span[1] == span[1]


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
        for phrase in INCLUDES:
            if words_are(words, j, phrase):
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


def _shared_qualifier(words: list[Word], found: Found, previous: Claim | None) -> Count | None:
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
    sent = tokens_at(parsed.doc, *span)
    bounds = (sent.sent.start_char, sent.sent.end_char) if sent is not None else span
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


def _harmed_after_status(words: list[Word], n: Number, start: int, stop: int, text: str) -> Found | None:
    """`find_after`, unless its harm is the status the count's noun names and a harm verb before or after the
    count tells what was done to them: "executed 15 detainees", "four hostages were beheaded" are killings of people
    who were held (the status kept as the claim's second harm); a wound the count's adjective names gives way to a
    death told after its noun ("eight wounded people later died")."""
    after = find_after(words, n, stop, text)
    if after is not None and after.kind == "injured":
        # "eight wounded people later died": the predicate after the noun the harm adjective modifies
        later = find_after_harmed_noun(words, after, stop, text) or find_after_wounding_phrase(
            words, after, stop, text
        )
        if later is not None and later.kind == "killed":
            return later
    if after is None or after.kind not in STATUS_KINDS:
        return after
    later = find_after_status(words, after, stop, text)
    if later is not None and later.kind in ("killed", "injured"):
        return dataclasses.replace(later, also=after.kind)
    before = (
        find_before(words, n, start, stop, text)
        or find_object_result(words, n, start, stop, text)
        or find_state(words, n, start, stop, text)
    )
    return before if before is not None and before.kind in ("killed", "injured") else after


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
    last_found: Found | None = None
    sent_index = -1
    for n in find_numbers(text, words):
        bounds = next(((s, e) for s, e in sent_bounds if s <= n.start < e), (0, len(text)))
        index = sent_bounds.index(bounds) if bounds in sent_bounds else -1
        if index != sent_index:
            previous, sent_index = None, index
        start = next(i for i, w in enumerate(words) if w.start >= bounds[0])
        stop = next((i for i in range(n.last, len(words)) if words[i].start >= bounds[1]), len(words))
        if not_a_count(words, n, text) or of_one_person(words, n, stop, text):
            continue  # "a mother of three was shot dead": the three are hers, no victims
        if (
            last_found is not None
            and previous is not None
            and last_found.number.end < n.start < last_found.noun_end
        ):
            continue  # "five members of one family were killed": a number inside the noun of the count before it
        part = find_part(words, n, stop, text, last_found if previous else None) or find_breakdown(
            words, n, start, stop, text, last_found if previous else None
        )
        found = (
            part
            or find_governed(words, n, stop, text)
            or find_listed(words, n, stop, text, last_found if previous else None)
            or find_object_chain(words, n, start, stop, text)
            or _harmed_after_status(words, n, start, stop, text)
            or find_before(words, n, start, stop, text)
            or find_object_result(words, n, start, stop, text)
            or find_state(words, n, start, stop, text)
            or find_after_shared_noun(words, n, stop, text)
            or find_along(words, n, start, stop, text)
        )
        if found is None:
            found = find_coordinated(words, n, stop, text, last_found if previous else None)
        if found is None:
            found = find_gapped_count(words, n, stop, text, last_found if previous else None)
        if found is None:
            found = find_gapped_degree(words, n, stop, text, last_found if previous else None)
        if found is None:
            found = find_in_list(words, n, start, stop, text) or find_named_harmed(
                words, n, start, stop, text
            )
        if found is None:
            continue
        # "5 tanks", "two buildings" are no victims; "Nusra Front militants" are: the head is a person
        if any(
            w in NON_PERSON and not any(is_person(x) for x in found.noun[k:])
            for k, w in enumerate(found.noun)
        ):
            continue
        if n.article and (
            not any(is_person(w) or w in ARTICLE_PERSONS for w in without_age(found.noun)[:3])
            or words[found.last].text in _NOUN_PREDICATES
        ):
            continue  # "a soldier was wounded" is one; "a heavy civilian death toll" is no count
        if sized_family(words, n):
            continue  # "killed a family of five": the count after "of" says how many, not "a"
        # the bound the count's predicate may give it ("the toll topped 100" is more than 100)
        bound = found.number
        count = Count(bound.low, bound.high, bound.qualifier, text[n.start : found.noun_end])
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
        if part is not None and claims:
            # the count a part is named in runs over it, so the part lies inside it: no total of its own
            claims[-1] = dataclasses.replace(
                claims[-1], span=(claims[-1].span[0], max(claims[-1].span[1], span[1]))
            )
        elif previous is not None and last_found is not None and (also or _joined(words, last_found, found)):
            # counts sharing one predicate carry the span of the whole coordination, so a tally adds them up;
            # "23 civilians - including nine children - and 16 fighters dead": the count after a closed aside
            # is coordinated with the count before the aside
            at = -2 if len(claims) > 1 and _closed_aside(words, last_found, text, claims[-2], span) else -1
            old = claims[at].span
            span = (min(span[0], old[0]), max(span[1], old[1]))
            # "killed four soldiers, two policemen and a civilian": every count the coordination already holds
            # takes its whole span, not only the last one
            claims = [
                dataclasses.replace(c, span=span) if c.span == old and c.kind == found.kind else c
                for c in claims
            ]
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
        if found.also is not None:
            # "four hostages were beheaded": killed, and the status held before kept as a claim of its own
            claims.append(dataclasses.replace(claim, id=f"c{len(claims) + 1}", kind=found.also))
        previous, last_found = claim, found
    singles = [
        (s.kind, s.victim, s.span, Victims(s.victim_type, s.includes)) for s in find_singles(list(parsed.doc))
    ]
    singles += [
        (k, v, s, Victims())
        for k, v, s in find_listed_victims(words, text)
        + find_named_members(words, text)
        + find_singular_passives(words, text)
        + find_harm_of_one(words, text)
        + find_active_objects(words, text)
        + find_gapped(words, text)
        + find_pronoun_objects(words, text)
        + find_reduced_relatives(words, text)
        + find_treated(words, text)
        + find_wounds_received(words, text)
    ]
    read: dict[Span, list[Span]] = {}  # claim span -> victims read in it
    for kind, victim, span, victims in singles:
        # the persons of a list share its span (a tally adds them up): another person of it is a claim of its
        # own, the same person found by a second rule is not; a harm of another kind is ("X, who was abducted
        # on Monday, was found dead")
        overlaps = any(
            c.span[0] < span[1] and span[0] < c.span[1] and c.span != span and c.kind == kind for c in claims
        )
        if overlaps or any(v[0] < victim[1] and victim[0] < v[1] for v in read.get(span, [])):
            continue
        if span not in read and any(c.span == span for c in claims):
            continue  # a count's span
        read.setdefault(span, []).append(victim)
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
