"""Counts of harm in a sentence: a number, its victims noun and the harm predicate before or after it, and the
counts coordinated with or breaking down another; `phrases` reads the noun phrase itself."""

from __future__ import annotations

from harmwatch.extract.casualties.care import NEEDING_CARE, care_at
from harmwatch.extract.casualties.filters import is_age, is_person, starts_count, time_adverbial_end
from harmwatch.extract.casualties.numbers import POSSESSIVES, Number, Word, number_at, possessed_one
from harmwatch.extract.casualties.phrases import (
    CLAUSE_BREAKS,
    DETERMINERS,
    NOUN_BREAKS,
    OPENERS,
    Found,
    auxiliary,
    family_of,
    family_size,
    gap_before,
    noun_phrase,
    phrase_at,
    share_at,
    sized_family_start,
)
from harmwatch.extract.casualties.single import (
    WOUNDING,
    killing_result,
    marked,
    participle,
    tells_death,
    wound_only,
)
from harmwatch.extract.casualties.words import (
    ACTIVE,
    AFTER,
    ARMED,
    AUX,
    BEFORE,
    EUPHEMISMS,
    FILLER,
    LEAVING,
    LOSING,
    MODALS,
    NON_PERSON,
    NOUN_STOP,
    PASSIVE_AUX,
    RECEIVING,
    VICTIM_TYPE,
    names_harmed,
    wound_received,
)
from harmwatch.records import ClaimKind

_RATE = frozenset("day week month year daily weekly monthly".split())
_ASIDES = frozenset(
    "in at near inside from across around including mostly mainly most among many some more".split()
)
_BE = frozenset("have has had were was are is who".split())
# How far a relative clause after a count may run before the count's own predicate: "two women who had been
# working in the fields near the village were killed".
_RELATIVE_WORDS = 16


def _listing(words: list[Word], k: int, stop: int) -> bool:
    """ "40 civilians killed 100 injured": the number after the predicate has a harm predicate of its own."""
    following = number_at(words, k)
    return (
        following is not None
        and following.last + 1 < stop
        and bool(phrase_at(words, following.last + 1, AFTER))
    )


def find_coordinated(
    words: list[Word], n: Number, stop: int, text: str, before: Found | None
) -> Found | None:
    """A count coordinated with another that has the predicate: "killing nine children and 14 others" (the
    predicate before the first count), "a woman and a child were killed", "a man and his two sons died" (after the
    last)."""
    if _abuts(words, n.last + 1, stop):
        return None
    noun_end = noun_phrase(words, n.last + 1, stop, text)
    noun = [w.text for w in words[n.last + 1 : noun_end]]
    end_word = noun_end - 1 if noun else n.last
    # "the murder of six monks and their two cooks": "and" with a determiner or "other" before the count; "killed a
    # man and a family of three": "a family of" before it
    first = sized_family_start(words, n)
    k = first - 1
    while k > first - 3 and k >= 0 and words[k].text in OPENERS:
        k -= 1
    if before is not None and before.start < before.number.start and before.last + 1 == k:
        if words[k].text == "and":
            # the family is the head of the count's noun phrase ("a family of three"), the victims it names
            named = noun or (["family"] if first < n.first else [])
            return Found(
                n, before.kind, named, before.start, words[end_word].end, words[end_word].end, end_word
            )
    later = _after_and(words, noun_end, stop, text)
    if later is None:
        later = _after_list(words, n, noun, noun_end, stop, text)
    if later is not None:
        return Found(n, later.kind, noun, n.start, later.end, words[end_word].end, end_word)
    return None


def _after_and(words: list[Word], i: int, stop: int, text: str) -> Found | None:
    """The count after "and" at word i with a predicate after it, which the count before "and" shares."""
    if i + 1 >= stop or words[i].text != "and":
        return None
    # "a woman and her three children were killed": a determiner may open the count after "and"
    k = i + 1
    while k < min(stop, i + 3) and words[k].text in OPENERS:
        k += 1
    # "two boys and their mother": one person a possessive names is counted as "a" counts one
    following = number_at(words, k) or possessed_one(words, i + 1)
    size = family_size(words, following) if following is not None else None
    following = size or following  # "a man and a family of four were killed": the family's size
    later = find_after(words, following, stop, text) if following is not None else None
    # "rounded up 30 men and 12 of them were later shot": a part of the count is no count beside it
    part = later is not None and later.noun in (["of", "them"], ["of", "those"])
    if later is None or following is None or (following.article and not later.noun) or part:
        return None
    return later


_LIST_ITEMS = 6  # how many counts a list joined by commas may hold before its "and"
# Nouns of sex and age, into which a count of civilians is broken down ("two women and five children").
_SEX_AND_AGE = frozenset(w for w, kind in VICTIM_TYPE.items() if kind in ("women", "children")) | frozenset(
    "man men adult adults elderly".split()
)


def _after_list(words: list[Word], n: Number, noun: list[str], i: int, stop: int, text: str) -> Found | None:
    """ "Four soldiers, two policemen and a civilian were killed": the last count of a list of counts of people
    joined by commas (or by nothing, where the text lost its commas), after "and", with the predicate all of them
    share; the list opens at word i, after the count's `noun`. A list after a count of people in general ("three
    people, two women and a child were killed") or closed by a comma before its predicate ("six guards, two
    officers and four privates, were wounded") is an apposition that names the count before it again, no count
    beside it; so is the breakdown of a count of civilians by sex and age (`breakdown`: "seven civilians two women
    and five children were killed", its commas lost)."""
    if not noun or not is_person(noun[-1]) or VICTIM_TYPE.get(noun[-1]) == "people":
        return None
    if breakdown(words, n, noun, i, stop, text):
        return None
    for _ in range(_LIST_ITEMS):
        if i >= stop or gap_before(words, i, text).strip() not in ("", ","):
            return None
        following = number_at(words, i)
        if following is None:
            return None
        noun_end = noun_phrase(words, following.last + 1, stop, text)
        if noun_end == following.last + 1 or not is_person(words[noun_end - 1].text):
            return None
        later = _after_and(words, noun_end, stop, text)
        if later is not None:
            return None if "," in text[later.noun_end : later.end] else later
        i = noun_end
    return None


# Marks that may open an apposition after a count's noun: "seven civilians: two women and five children", "(two
# women and five children)", "-- two women and five children --"; or none, its commas lost.
_APPOSITION_MARKS = ("", ",", ":", "(", "-", "--", "—", "–")


def _sex_and_age_list(words: list[Word], i: int, stop: int, text: str) -> list[Number]:
    """The counts of a list of counts of sex and age that opens at word i, joined by commas or by nothing and
    closed by "and" ("two women and five children", "three men, two women and a boy"), else []."""
    counts: list[Number] = []
    closing = False
    for _ in range(_LIST_ITEMS + 1):
        gap = gap_before(words, i, text).strip() if i < stop else ";"
        if i >= stop or gap not in (_APPOSITION_MARKS if not counts else ("", ",")):
            return []
        following = number_at(words, i)
        if following is None or following.qualifier != "exact":
            return []
        noun_end = noun_phrase(words, following.last + 1, stop, text)
        if noun_end == following.last + 1 or words[noun_end - 1].text not in _SEX_AND_AGE:
            return []
        counts.append(following)
        if closing:
            return counts
        closing = noun_end < stop and words[noun_end].text == "and"
        i = noun_end + closing
    return []


def breakdown(words: list[Word], n: Number, noun: list[str], i: int, stop: int, text: str) -> list[Number]:
    """The counts of sex and age listed right after the count `n` of civilians or people (its `noun`, ending
    before word i) when they add up to it: an apposition that breaks the count down ("seven civilians, two women
    and five children", with its commas or without), no people beside it; else []. A list of other people adds up
    as often ("five soldiers, three guards and two drivers"), so only a split by sex and age is read so."""
    if (
        not noun
        or VICTIM_TYPE.get(noun[-1]) not in ("civilians", "people")
        or noun[-1] in ("others", "other")
    ):
        return []
    if n.qualifier != "exact" or n.value is None:
        return []
    counts = _sex_and_age_list(words, i, stop, text)
    return counts if sum(c.value or 0 for c in counts) == n.value else []


def find_breakdown(
    words: list[Word], n: Number, start: int, stop: int, text: str, before: Found | None
) -> Found | None:
    """A count of the breakdown (`breakdown`) of a count that a harm word before it governs, in its sentence:
    harmed as that count was and a part of it, no total of its own ("shelling killed seven civilians two women and
    five children"). A breakdown before its predicate ("seven civilians, two women and five children, were
    killed") is read by `_after_list`."""
    if before is None:
        return None
    for k in range(n.first - 1, max(start, n.first - 4 * _LIST_ITEMS) - 1, -1):
        head = number_at(words, k)
        if head is None or head.first != k or head.last >= n.first:
            continue
        noun_end = noun_phrase(words, head.last + 1, stop, text)
        noun = [w.text for w in words[head.last + 1 : noun_end]]
        firsts = [c.first for c in breakdown(words, head, noun, noun_end, stop, text)]
        if n.first not in firsts or before.number.first not in [head.first, *firsts[: firsts.index(n.first)]]:
            continue
        harmed = find_before(words, head, start, stop, text)
        if harmed is None or harmed.kind != before.kind:
            return None
        end = noun_phrase(words, n.last + 1, stop, text)
        last = words[end - 1].end
        return Found(n, before.kind, [w.text for w in words[n.last + 1 : end]], n.start, last, last, end - 1)
    return None


def wound_at(words: list[Word], j: int, stop: int, text: str, had: list[str]) -> tuple[ClaimKind, int] | None:
    """("injured", index after it) for a wound received from word j ("suffered gunshot wounds", "received three
    bullet wounds", "with serious injuries"), or after the auxiliary `had` read before it ("four people have" +
    "bullet wounds"), else None; no mark between its words."""
    # "14 people with serious injuries": those with wounds have them
    texts = ["have" if words[j].text == "with" else words[j].text]
    for k in range(j + 1, min(stop, j + 5)):
        if any(c in gap_before(words, k, text) for c in NOUN_BREAKS):
            break
        texts.append(words[k].text)
    before = had if had and had[0] in ("have", "has", "had") and texts[0] not in RECEIVING else []
    length = wound_received(before + texts)
    return ("injured", j + length - len(before)) if length else None


def _abuts(words: list[Word], i: int, stop: int) -> bool:
    """ "URL 124 At least four people were killed", "0 15 The death toll", "612 A woman and a child were
    killed": another count or a determiner right after the number; the predicate is not the number's."""
    # "a 12-year-old boy": an age after the article is no count
    counted = starts_count(words, i) and not is_age([w.text for w in words[i : i + 3]])
    return i < stop and (words[i].text in ("the", "this", "a", "an") or counted)


_DASHES = ("--", " - ", "—", "–")


def _aside_end(words: list[Word], i: int, stop: int, text: str) -> int | None:
    """Index of the word after an aside in brackets or dashes that opens before word i, else None."""
    opening = gap_before(words, i, text)
    if "(" in opening:
        closing: tuple[str, ...] = (")",)
    elif "[" in opening:
        closing = ("]",)  # an editor's note: "ten other people [not identified] were hurt"
    else:
        closing = tuple(d for d in _DASHES if d in opening)
        if not closing:
            return None
    return next(
        (k for k in range(i + 1, min(stop, i + 12)) if any(c in gap_before(words, k, text) for c in closing)),
        None,
    )


def find_after(words: list[Word], n: Number, stop: int, text: str) -> Found | None:
    """A harm predicate after the count: "12 people have been killed", "one dead terrorist"."""
    i = n.last + 1
    if _abuts(words, i, stop):
        return None
    noun_end = noun_phrase(words, i, stop, text)
    noun = [w.text for w in words[i:noun_end]]
    found = _after_from(words, n, noun, noun_end, noun_end, stop, text)
    # "six people (four guards and two clerks) were wounded", "two children -- a boy and a girl -- died":
    # the predicate after the aside
    close = _aside_end(words, noun_end, stop, text) if found is None and noun_end < stop else None
    if close is not None:
        found = _after_from(words, n, noun, noun_end, close, stop, text)
        if found is None and any(c in gap_before(words, noun_end, text) for c in "(["):
            return _shared_with_next(words, n, noun, noun_end, close, stop, text)
    if found is None and noun_end + 2 < stop and share_at(words, noun_end):
        # "seven monks, three of them foreigners, were murdered": the predicate after the share's aside
        close = next(
            (k for k in range(noun_end + 3, min(stop, noun_end + 10)) if "," in gap_before(words, k, text)),
            None,
        )
        if close is not None:
            return _after_from(words, n, noun, noun_end, close, stop, text)
        # "four people two of them children died": a share with a noun of its own, its marks lost
        share = number_at(words, noun_end)
        share_end = share.last + 3 if share is not None else stop
        after_share = noun_phrase(words, share_end, stop, text)
        if share_end < after_share < stop:
            return _after_from(words, n, noun, noun_end, after_share, stop, text)
        if words[share_end - 1].text == "whom":
            # "thirty people 11 of whom had bullet wounds were taken to hospital": past the relative clause
            return _after_relative(words, n, noun, noun_end, share_end, stop, text)
    participle = noun_end < stop and words[noun_end].text.endswith("ing")
    # "two employees of the gas station were injured": an of-phrase longer than the noun phrase read
    of_phrase = "of" in noun[1:] and noun_end - n.last > 5
    if found is None and noun_end < stop and (words[noun_end].text in _ASIDES or participle or of_phrase):
        # "scores of civilians in the west of the city have been killed", "16 civilians including women and
        # children were killed", "five passengers traveling on the bus were injured": skip an aside
        for k in range(noun_end + 1, min(stop, noun_end + 8)):
            if words[k].text in CLAUSE_BREAKS:
                break
            if _attributive(words, k, stop):
                continue  # "killing five at a displaced families' shelter": the harm word modifies a noun
            if words[k].text in _BE or phrase_at(words, k, AFTER):
                return _after_from(words, n, noun, noun_end, k, stop, text)
    if found is None and noun_end < stop and words[noun_end].text == "who":
        # "two women who worked at the school were murdered": the predicate after a relative clause
        for k in range(noun_end + 2, min(stop, noun_end + _RELATIVE_WORDS)):
            if words[k].text in CLAUSE_BREAKS:
                break
            if words[k].text in _BE and words[k].text != "who":
                found = _after_from(words, n, noun, noun_end, k, stop, text)
                if found is not None:
                    return found
    if found is None and close is not None:
        # "two children -- a boy and a girl -- and their father died": the predicate of the count after it
        found = _shared_with_next(words, n, noun, noun_end, close, stop, text)
    return found


# Finite verbs that may open the predicate after a relative clause whose marks were lost.
_FINITE = frozenset("were was are is have has had died".split())


def _after_relative(
    words: list[Word], n: Number, noun: list[str], noun_end: int, i: int, stop: int, text: str
) -> Found | None:
    """The predicate of the count `n` after a relative clause whose verb opens at word i with no mark around it
    ("11 of whom had bullet wounds were taken to hospital", "12 of whom were children were killed"): the first
    finite verb after the relative's verb and at least one word of its complement; else None."""
    k = i
    while k < min(stop, i + 4) and (words[k].text in AUX or phrase_at(words, k, AFTER)):
        k += 1
    if k == i:
        return None
    for j in range(k + 1, min(stop, k + _RELATIVE_WORDS)):
        if words[j].text in CLAUSE_BREAKS or marked(words, j - 1, j, text):
            return None
        if words[j].text in _FINITE:
            return _after_from(words, n, noun, noun_end, j, stop, text)
    return None


def _attributive(words: list[Word], k: int, stop: int) -> bool:
    """Whether word k is a one-word harm that modifies the noun of people after it ("displaced families", "wounded
    soldiers"), so no predicate."""
    return k + 1 < stop and names_harmed(words[k].text) and is_person(words[k + 1].text)


def find_after_status(words: list[Word], found: Found, stop: int, text: str) -> Found | None:
    """The predicate after a count's own noun when that noun names a status and was read as its harm ("four
    hostages were beheaded", "17 detainees were tortured and killed"), else None."""
    if found.noun or found.start != found.number.start or participle(words[found.last].text):
        return None
    after = found.last + 1
    return _after_from(words, found.number, [words[found.last].text], after, after, stop, text)


def find_after_harmed_noun(words: list[Word], found: Found, stop: int, text: str) -> Found | None:
    """The predicate after a count's noun when a harm adjective right after the count modifies that noun and was
    read as its harm ("eight wounded people later died", "five injured civilians died"), else None; "three wounded
    were taken away" has no noun after its adjective."""
    if found.noun or found.start != found.number.start or found.last != found.number.last + 1:
        return None
    noun_end = noun_phrase(words, found.last + 1, stop, text)
    if noun_end == found.last + 1:
        return None
    noun = [w.text for w in words[found.last + 1 : noun_end]]
    later = _after_from(words, found.number, noun, noun_end, noun_end, stop, text)
    if later is not None and starts_count(words, later.last + 1):
        return None  # "six wounded fighters killed two guards": a verb with an object of its own
    return later


# Prepositions that open a wound's complement: "wounded in the raid", "injured by shrapnel", "hurt during clashes".
_BY_OR_IN = frozenset("in by during at on from near after when".split())


def find_after_wounding_phrase(words: list[Word], found: Found, stop: int, text: str) -> Found | None:
    """The predicate after a wound's participle that follows the count's noun with no auxiliary and opens a
    reduced relative, when that predicate tells a death ("eight people wounded in the raid later died", "two
    soldiers injured in the blast died in hospital"), else None."""
    if found.kind != "injured" or not found.noun or found.last != found.number.last + 1 + len(found.noun):
        return None
    # the complement opens with a preposition: "wounded in the raid", "injured by sniper fire"
    if found.last + 1 >= stop or words[found.last + 1].text not in _BY_OR_IN:
        return None
    for k in range(found.last + 2, min(stop, found.last + 8)):
        if marked(words, k - 1, k, text, ",;:.!?") or words[k].text in CLAUSE_BREAKS:
            return None  # the participle's complement ends at a mark or a new clause
        later = _after_from(words, found.number, found.noun, found.last, k, stop, text)
        if later is not None:
            return later if later.kind == "killed" else None
    return None


def find_after_shared_noun(words: list[Word], n: Number, stop: int, text: str) -> Found | None:
    """ "70 regime and rebel fighters have been killed": one count over coordinated modifiers of its noun."""
    if _abuts(words, n.last + 1, stop):
        return None
    noun_end = noun_phrase(words, n.last + 1, stop, text)
    if noun_end >= stop or words[noun_end].text != "and":
        return None
    # "rounded up 30 men, and soldiers executed them": a mark before "and" ends the noun; a new clause follows
    if any(c in gap_before(words, noun_end, text) for c in NOUN_BREAKS):
        return None
    for k in range(noun_end + 1, min(stop, noun_end + 5)):
        w = words[k].text
        if k > noun_end + 1 and (w in _BE or phrase_at(words, k, AFTER)):
            noun = [x.text for x in words[n.last + 1 : k]]
            return _after_from(words, n, noun, k, k, stop, text)
        if number_at(words, k) is not None or w in CLAUSE_BREAKS or w in NOUN_STOP or w in DETERMINERS:
            return None
    return None


def _after_from(
    words: list[Word], n: Number, noun: list[str], noun_end: int, j: int, stop: int, text: str
) -> Found | None:
    """The predicate at or after word j (past auxiliaries), checked for active voice and rates."""
    aux: list[str] = []
    while j < stop and len(aux) < 6 and (auxiliary(words, j, stop) or _modal_perfect(words, j, stop)):
        if phrase_at(words, j, AFTER):
            break
        aux.append(words[j].text)
        j += 1
    if j >= stop:
        return None
    # the harm, first as a phrase, then a wound's shape, a killing's result, a blow, the care a wound needs
    hit = (
        phrase_at(words, j, AFTER)
        or wound_at(words, j, stop, text, aux[-1:])
        or _killing_at(words, j)
        or _blow_at(words, j, aux, text)
        or _care_of_count(words, j, aux, stop, text)
        or _dying_at(words, n, j, aux)
    )
    if hit is None:
        return None
    kind, k = hit
    if (
        k - j > 2
        and words[k - 2].text in ("and", "or")
        and words[k - 1].text in ACTIVE
        and _counts_people(words, k, stop)
    ):
        # "left 2 people dead and injured 9 others": the verb after "and" has a count of its own as object; the
        # first word alone is this count's predicate
        kind, k = AFTER.get((words[j].text,), kind), j + 1
    # "kills 17, wounds 40": after a comma, a verb with a count of its own is no predicate of this one; nor after a
    # count that is the object of a verb of harm, its comma lost ("shelling kills 17 wounds 40")
    governed = n.first > 0 and (words[n.first - 1].text,) in BEFORE
    if (
        ("," in gap_before(words, j, text) or governed)
        and k < stop
        and starts_count(words, k)
        and phrase_at(words, j, BEFORE)
    ):
        return None
    if _partitive(words, j):
        # "seven of the wounded later died": the count is a part of those harmed, and what is told of it follows
        later = _after_from(words, n, noun, noun_end, k, stop, text)
        if later is not None:
            return later
    pred = words[j].text
    if pred in ACTIVE:
        has = any(a in ("have", "has", "had") for a in aux)
        passive = any(a in PASSIVE_AUX for a in aux)
        if has and not passive:
            return None
        following = words[k].text if k < stop else ""
        # "30 wounded, the group said": a mark after the participle ends the clause; no object follows
        closed = k < stop and any(c in gap_before(words, k, text) for c in ",.;:")
        # "two gunmen killed three villagers", "three soldiers also killed 14 people": a count after the verb is
        # its object, in digits or words, with no auxiliary or only adverbs before the verb; "three others
        # wounded two hours later" counts no people after the verb
        counted = k < stop and _counts_people(words, k, stop)
        objected = counted or following in ("the", "a", "an", "at")
        # "the raid left 17 villagers wounded the monitor added": the state "left" leaves its object in, no verb
        left = n.first > 0 and words[n.first - 1].text in LEAVING
        if not closed and not left and (not aux and objected or not passive and counted):
            if not _listing(words, k, stop):
                return None
    # "20 killed a week" is a rate, not a count
    if k + 1 < stop and words[k].text in ("a", "per", "each", "every") and words[k + 1].text in _RATE:
        return None
    end_word = noun_end - 1 if noun else n.last
    return Found(n, kind, noun, n.start, words[k - 1].end, words[end_word].end, k - 1)


def _counts_people(words: list[Word], k: int, stop: int) -> bool:
    """Whether a count starts at word k that is not followed by a noun of things or time ("two hours")."""
    found = number_at(words, k)
    if found is None or found.article:
        return False
    return found.last + 1 >= stop or words[found.last + 1].text not in NON_PERSON


# Prepositions whose object may be a gerund clause with a count as its subject: "resulted in 14 villagers dying".
_GERUND_OPENERS = frozenset("in to with".split())


def _dying_at(words: list[Word], n: Number, j: int, aux: list[str]) -> tuple[ClaimKind, int] | None:
    """("killed", index after it) for "dying" at word j as the verb of a gerund clause whose subject is the count,
    the object of a preposition ("resulted in 14 villagers dying", "with 30 people dying"); "were dying" and "left
    30 people dying" tell no death yet."""
    if words[j].text != "dying" or aux or n.first == 0 or words[n.first - 1].text not in _GERUND_OPENERS:
        return None
    return ("killed", j + 1)


def _partitive(words: list[Word], j: int) -> bool:
    """Whether the harm word j is the head of a partitive after a count ("seven of the wounded", "two of those
    injured"): a word naming those harmed, with "of the" or "of those" before it."""
    return (
        j >= 2
        and words[j - 2].text == "of"
        and words[j - 1].text in ("the", "those")
        and names_harmed(words[j].text)
    )


def _killing_at(words: list[Word], j: int) -> tuple[ClaimKind, int] | None:
    """("killed", index after it) for a verb of violence and the result that makes it a killing from word j ("beaten
    to death", "stabbed dead"), else None."""
    result = killing_result(words, j)
    return ("killed", j + 1 + result) if result else None


def _blow_at(words: list[Word], j: int, aux: list[str], text: str) -> tuple[ClaimKind, int] | None:
    """("injured", index after it) for the passive of a verb of a blow or a weapon at word j with no result after
    it and no death in its sentence ("three farmers were shot", "40 marchers were beaten"), as for one person; a
    killing after it ("were shot and killed") or a shot aimed at no one ("were shot at") is no wound."""
    if words[j].text in WOUNDING and any(a in PASSIVE_AUX for a in aux) and wound_only(words, j, text):
        return ("injured", j + 1)
    return None


def _care_of_count(
    words: list[Word], j: int, aux: list[str], stop: int, text: str
) -> tuple[ClaimKind, int] | None:
    """("injured", index after it) for the care a wound needs told of a count from word j after a verb "to be"
    ("12 people were taken to hospital", "five guards are in critical condition", "20 were being treated"), when
    its sentence tells no death (the dead are taken to hospitals too), else None; with no auxiliary when the
    count receives or needs the care itself ("ten people required hospital treatment")."""
    if not any(a in PASSIVE_AUX for a in aux) and words[j].text not in NEEDING_CARE:
        return None
    # "were being treated": "being" was read among the auxiliaries
    last = j if aux[-1:] == ["being"] and words[j].text == "treated" else care_at(words, j, text)
    if last < 0 or last >= stop or tells_death(words, j, text):
        return None
    return ("injured", last + 1)


def _modal_perfect(words: list[Word], j: int, stop: int) -> bool:
    """Word j is a modal before a perfect ("may have been killed"), an auxiliary of a count's predicate."""
    return words[j].text in MODALS and j + 1 < stop and words[j + 1].text == "have"


def _adjunct(words: list[Word], j: int, n: Number) -> bool:
    """Whether the number follows the verb of harm ending at word j through a bare "at" ("killed at 1620"),
    which opens an adjunct; a toll or a noun "stands at" its figure."""
    verb = words[j].text
    return (
        words[n.first - 1].text == "at"
        and n.first - 1 > j
        and (verb in ACTIVE or verb.endswith("ing") or verb.endswith("ed"))
        and all(w.text in ("at",) for w in words[j + 1 : n.first])
    )


def _shared_with_next(
    words: list[Word], n: Number, noun: list[str], noun_end: int, i: int, stop: int, text: str
) -> Found | None:
    """ "six monks (four of them foreigners) and two cooks were killed": a count coordinated after an aside
    with a count that has the predicate shares it."""
    if i + 1 >= stop or words[i].text != "and":
        return None
    following = number_at(words, i + 1)
    later = find_after(words, following, stop, text) if following is not None else None
    if later is None or following is None or following.article and not any(is_person(w) for w in later.noun):
        return None
    end_word = noun_end - 1 if noun else n.last
    return Found(n, later.kind, noun, n.start, later.end, words[end_word].end, end_word)


def _closed_passive(words: list[Word], first: int, last: int, n: Number, stop: int, text: str) -> bool:
    """Whether the harm words first..last are a passive participle after a form of "be" whose clause ends before
    the count `n`: at a comma ("were killed, two policemen ..."), or, the comma lost, where the count has a verb
    of its own in its sentence, which ends before word `stop` ("nine were killed eight more were captured", "have
    been killed 40 others wounded")."""
    passive = first > 0 and words[first - 1].text in PASSIVE_AUX
    return passive and ("," in text[words[last].end : n.start] or _own_verb(words, n, stop, text))


def _own_verb(words: list[Word], n: Number, stop: int, text: str) -> bool:
    """Whether an auxiliary or a harm predicate follows the count `n` or its noun before word `stop` (its
    sentence's end): the count is a clause's subject ("eight more have been captured", "40 others wounded"); the
    first word of the next sentence is none of its."""
    noun_end = noun_phrase(words, n.last + 1, stop, text)
    return any(
        j < stop and (words[j].text in _BE - {"who"} or bool(phrase_at(words, j, AFTER)))
        for j in (n.last + 1, noun_end)
    )


def find_before(words: list[Word], n: Number, start: int, stop: int, text: str) -> Found | None:
    """A harm word before the count: "killing 12 people", "the death toll rose to 45", "wounding its two guards"."""
    noun_end = noun_phrase(words, n.last + 1, stop, text)
    noun = [w.text for w in words[n.last + 1 : noun_end]]
    j = n.first - 1
    steps = 0
    while j >= start and steps < 6:
        for size in (4, 3, 2, 1):
            if j - size + 1 < start:
                continue
            hit = phrase_at(words, j - size + 1, BEFORE)
            if hit is not None and words[j].text in EUPHEMISMS and not any(is_person(w) for w in noun):
                hit = None
            if hit is not None and words[j].text in LOSING and not any(w in ARMED for w in noun):
                hit = None
            if hit is not None and hit[1] == j + 1 and _adjunct(words, j, n):
                # "was murdered at 1620 this afternoon": a verb's "at" phrase is a time or place, no count
                return None
            if hit is not None and hit[1] == j + 1 and _closed_passive(words, j - size + 1, j, n, stop, text):
                # "four soldiers were killed, two policemen and a civilian wounded": a passive's clause ends at
                # the comma after it; the count after the comma is no object of it
                return None
            if hit is not None and hit[1] == j + 1:
                end_word = noun_end - 1 if noun else n.last
                return Found(
                    n,
                    hit[0],
                    noun,
                    words[j - size + 1].start,
                    words[end_word].end,
                    words[end_word].end,
                    end_word,
                )
        # "murdered four hours later two farmers": an adverbial of time may stand between the verb and its object
        timed = next((k for k in range(max(start, j - 3), j) if time_adverbial_end(words, k) == j + 1), None)
        if timed is not None:
            j = timed - 1
            steps += 1
            continue
        # a possessive determines the count as an article does: "wounding its four occupants", "killed his two sons"
        owned = j == n.first - 1 and words[j].text in POSSESSIVES
        if words[j].text not in FILLER and not owned and not family_of(words, j, n):
            break
        j -= 1
        steps += 1
    return None
