"""Counts told with another count's harm: a part named after it ("14 villagers, including six children",
"seven of them women"), the people "along with" a harmed person, the `of` object of a harm noun or of its
agent ("the death of five farmers", "the killers of the three judges"), and the people named after those harmed
and a copula ("among the wounded were seven soldiers", "the dead included two policemen", "killed in the raid were
12 soldiers")."""

from __future__ import annotations

from harmwatch.extract.casualties.filters import is_person, not_a_count, starts_count
from harmwatch.extract.casualties.lists import HARM_REACH, copula_after, previous_harm, victims_named
from harmwatch.extract.casualties.numbers import POSSESSIVES, Number, Word, number_at, possessed_one
from harmwatch.extract.casualties.phrases import (
    CLAUSE_BREAKS,
    OPENERS,
    SPEECH,
    Found,
    auxiliary,
    noun_phrase,
    phrase_at,
    share_at,
    words_are,
)
from harmwatch.extract.casualties.single import PASSIVE, VIOLENT_ACTIVE, marked, tells_death
from harmwatch.extract.casualties.words import (
    ACTIVE,
    AFTER,
    HARM_AGENTS,
    HARM_NOUNS,
    INCLUDES,
    MONTHS,
    PASSIVE_AUX,
    TOLL_VICTIMS,
)
from harmwatch.ingest.dateline import WEEKDAYS
from harmwatch.records import ClaimKind


def _people_after(
    words: list[Word], n: Number, stop: int, text: str
) -> tuple[list[str], int, int, int] | None:
    """The noun phrase after a count when it names people: (its words, its end twice, its last word's index)
    as a `Found` takes them; else None."""
    noun_end = noun_phrase(words, n.last + 1, stop, text)
    noun = [w.text for w in words[n.last + 1 : noun_end]]
    if not any(is_person(w) for w in noun[:4]):
        return None
    end = words[noun_end - 1].end
    return noun, end, end, noun_end - 1


def find_part(words: list[Word], n: Number, stop: int, text: str, before: Found | None) -> Found | None:
    """A part of the count told just before it in the sentence, harmed as that count was: "killed 14
    villagers, including six children", "nine were hurt, among them four nurses", "twelve farmers were
    killed, seven of them women". The part names people; it is no total of its own."""
    if before is None or n.first <= before.last or n.qualifier == "vague":
        return None  # "including scores of women" names a group, which the count's victims record
    lead = next((p for p in INCLUDES if words_are(words, n.first - len(p), p)), None)
    if lead is not None:
        between = range(before.last + 1, n.first - len(lead))
        # "12 were wounded today, including three policemen": a few words may close the count's clause
        if len(between) > 3 or any(words[k].text in CLAUSE_BREAKS or starts_count(words, k) for k in between):
            return None
        people = _people_after(words, n, stop, text)
        return None if people is None else Found(n, before.kind, people[0], n.start, *people[1:])
    # "twelve farmers, seven of them women": a share right after the count
    if not share_at(words, n.first) or before.last + 1 != n.first or n.last + 3 > stop:
        return None
    noun_end = noun_phrase(words, n.last + 3, stop, text)
    own = _harm_after(words, noun_end, stop)
    if own is not None and own != before.kind:
        # "five were wounded, two of them died later": the share is the subject of a harm of its own
        return None
    last = max(noun_end - 1, n.last + 2)
    return Found(
        n,
        before.kind,
        [w.text for w in words[n.last + 3 : noun_end]],
        n.start,
        words[last].end,
        words[last].end,
        last,
    )


def _harm_after(words: list[Word], j: int, stop: int) -> ClaimKind | None:
    """The kind of a predicate of harm that starts at word j, after its auxiliaries and adverbs, else None."""
    while j < stop and auxiliary(words, j, stop):
        j += 1
    hit = phrase_at(words, j, AFTER) if j < stop else None
    return hit[0] if hit is not None else None


def _a_count_at(words: list[Word], k: int, text: str) -> bool:
    """Whether a count starts at word k: a time ("at 0630", "(1100 GMT)") or a date is none."""
    found = number_at(words, k) if starts_count(words, k) else None
    return found is not None and not not_a_count(words, found, text)


# Words before "with" that make it join a count to those harmed before it: "along with", "together with".
_ALONG = frozenset("along together".split())


def _harmed_before_with(words: list[Word], j: int, start: int) -> ClaimKind | None:
    """The harm of a passive or intransitive predicate that ends right before "with" at word j ("was killed with",
    "died with"); an active verb takes an object ("gunmen killed with rifles") and is none."""
    for k in range(j - 1, max(start, j - 4) - 1, -1):
        hit = phrase_at(words, k, AFTER)
        if hit is not None and hit[1] == j:
            active = words[k].text in ACTIVE and (k == 0 or words[k - 1].text not in PASSIVE_AUX)
            return None if active else hit[0]
    return None


def find_along(words: list[Word], n: Number, start: int, stop: int, text: str) -> Found | None:
    """ "the mayor was killed on Sunday along with three of his guards": the count after "along with" or
    "together with" shares the harm predicate told before it in its clause (the nearest, with no other count
    between); after a bare "with", the predicate right before it ("the commander was killed with three of his
    bodyguards")."""
    j = n.first - 1
    while j > start and words[j].text in OPENERS:
        j -= 1
    if j - 1 < start or words[j].text != "with":
        return None
    people = _people_after(words, n, stop, text)
    if people is None:
        return None
    if words[j - 1].text not in _ALONG:
        if _absolute(words, people[3] + 1, stop, text):
            return None
        kind = _harmed_before_with(words, j, start)
        return Found(n, kind, people[0], words[j].start, *people[1:]) if kind is not None else None
    for k in range(j - 2, max(start, j - 14) - 1, -1):
        if _a_count_at(words, k, text) or words[k].text in CLAUSE_BREAKS:
            return None
        hit = phrase_at(words, k, AFTER)
        if hit is not None:
            # the count's own phrase: the victim told with the predicate is a claim of its own
            return Found(n, hit[0], people[0], words[j - 1].start, *people[1:])
    return None


# How far after the people of "with" their own participle may stand ("and a cook injured").
_ABSOLUTE_REACH = 6


def _absolute(words: list[Word], k: int, stop: int, text: str) -> bool:
    """Whether a predicate of harm of its own follows the people after a bare "with" from word k, before a mark:
    "with" opens an absolute clause then ("six rangers were killed with two others and a cook injured"), and
    its people take that harm, not the one before "with"."""
    for i in range(k, min(stop, k + _ABSOLUTE_REACH)):
        if marked(words, i - 1, i, text, ",.;:"):
            return False
        if phrase_at(words, i, AFTER) is not None:
            return True
    return False


# Words of a time adjunct that may stand between a harm noun and its `of` object: "the murder on Sunday of four
# aid workers", "the killing on the night of 3 May of six farmers", "the death last week of two guards".
_TIME_OPENERS = frozenset("on last this early late yesterday".split())
_TIME_WORDS = (
    _TIME_OPENERS
    | frozenset(WEEKDAYS)
    | MONTHS
    | frozenset("the of morning afternoon evening night week month weekend today tonight".split())
)


def _before_time(words: list[Word], k: int) -> int:
    """Index of the word `of` at k, or of the first word of a time adjunct that ends just before it when a harm
    noun stands before that adjunct ("the murder on Sunday of"), so the noun governs the count after `of`."""
    for j in range(k - 1, max(0, k - 8), -1):
        w = words[j].text
        if w not in _TIME_WORDS and not w.isdigit():
            return k
        if w in _TIME_OPENERS and _harm_noun(words[j - 1].text):
            return j
    return k


def _harm_noun(word: str) -> bool:
    return word in HARM_NOUNS or word.endswith("s") and word[:-1] in HARM_NOUNS


def find_governed(words: list[Word], n: Number, stop: int, text: str) -> Found | None:
    """A count that is the `of` object of a harm noun or its agent noun: "the death of five farmers who had
    been abducted", "the killers of the three judges". The noun governs the count, whatever a relative
    clause after it tells of the victims' past."""
    k = n.first - 1
    if k >= 1 and words[k].text == "the":
        k -= 1
    if k < 1 or words[k].text != "of":
        return None
    k = _before_time(words, k)
    head = words[k - 1].text
    singular = head[:-1] if head.endswith("s") else head
    kind = HARM_NOUNS.get(singular) or HARM_AGENTS.get(singular)
    if kind is None or kind == "detained":
        # "the arrest of five soldiers": those held are mostly the suspects, counted by `find_before` if at all
        return None
    if k >= 3 and words[k - 2].text in ("and", "or") and _harm_noun(words[k - 3].text):
        return None  # "the death and injury of scores": two harms over one count, `find_before`'s
    people = _people_after(words, n, stop, text)
    return None if people is None else Found(n, kind, people[0], words[k - 1].start, *people[1:])


_PREPOSITIONS = frozenset("in on at near during by from with into after before".split())
_PREDICATES = frozenset("were was are is be been being have has had got died die fled drowned".split())
# Active harm verbs whose object list may hold a count: "killed the mayor, four guards and a driver".
_LIST_VERBS: dict[str, ClaimKind] = {
    **dict.fromkeys("killed killing murdered murdering assassinated executed".split(), "killed"),
    **dict.fromkeys("wounded wounding injured injuring".split(), "injured"),
}


# Marks that end a list of the harmed before a count in it: a sentence's end, a colon, brackets.
_LIST_BREAKS = ".;:!?()[]"


def find_in_list(words: list[Word], n: Number, start: int, stop: int, text: str) -> Found | None:
    """A count that is a later conjunct of the list a harm noun or verb governs ("the murder of the abbot, four
    other monks and two nurses", "killed a judge and three of his guards")."""
    if n.first <= start or not (
        "," in text[words[n.first - 1].end : n.start] or words[n.first - 1].text == "and"
    ):
        return None
    noun_end = noun_phrase(words, n.last + 1, stop, text)
    noun = [w.text for w in words[n.last + 1 : noun_end]]
    if not noun or not is_person(noun[-1]):
        return None
    # "..., and two children drowned": a count with a predicate of its own is no conjunct of the list
    closed = noun_end >= stop or any(
        c in text[words[noun_end - 1].end : words[noun_end].start] for c in ",.;:"
    )
    following = "" if closed else words[noun_end].text
    # "..., two residents said": the people after the count are its source
    if following.endswith("ed") or following in _PREDICATES | SPEECH or phrase_at(words, noun_end, AFTER):
        return None
    for k in range(n.first - 1, max(start, n.first - 16) - 1, -1):
        if marked(words, k, k + 1, text, _LIST_BREAKS):
            return None
        w = words[k].text
        if (
            w in CLAUSE_BREAKS
            or w in ("was", "were", "is", "are", "have", "has", "had")
            or w in _PREPOSITIONS
        ):
            return None  # "wounded in the ambush, a retired officer": no list runs on past a verb's adjunct
        kind = _LIST_VERBS.get(w)
        if kind is not None and (
            words[k + 1].text == "and" or k > start and words[k - 1].text in PASSIVE_AUX
        ):
            # "a guard was killed and four others were hurt": no object list after a passive ("have killed" is
            # active and has one)
            return None
        if kind is None and w == "of" and k > start:
            before = words[k - 1].text
            kind = HARM_NOUNS.get(before) or (HARM_NOUNS.get(before[:-1]) if before.endswith("s") else None)
        if kind is not None:
            end = words[noun_end - 1].end
            return Found(n, kind, noun, n.start, end, end, noun_end - 1)
    return None


# Copulas after a fronted participle: "killed in the raid were 12 soldiers".
_FRONTED_COPULAS = frozenset("were was are is".split())
_ADJUNCT_WORDS = 10  # how long the adjunct between a fronted participle and its copula may run
_ADJUNCT_OPENERS = _PREPOSITIONS | _TIME_OPENERS | {"also", "today"}


def _fronted(words: list[Word], i: int, start: int, text: str) -> int:
    """Index of the first word after the copula of a participle of harm fronted at the start of its sentence at
    word i, with an adjunct or "also" before the copula ("Killed in the raid were 12 soldiers", "Killed were four
    guards", "Also wounded on Monday was a nurse"), else 0: the subject after the copula is those harmed."""
    if words[i].text not in PASSIVE:
        return 0
    opening = i - 1 if i > start and words[i - 1].text == "also" else i
    if opening != start:
        return 0
    for k in range(i + 1, min(len(words) - 1, i + 1 + _ADJUNCT_WORDS)):
        w = words[k].text
        if w in _FRONTED_COPULAS:
            return k + 1
        # the adjunct opens with a preposition or a time: "in the raid", "on Monday", "last week"
        if k == i + 1 and w not in _ADJUNCT_OPENERS:
            return 0
        if _a_count_at(words, k, text) or w in CLAUSE_BREAKS or marked(words, k - 1, k, text, _LIST_BREAKS):
            return 0
    return 0


def _victims_harm(words: list[Word], i: int, text: str) -> ClaimKind:
    """What "the victims" at word i suffered: the harm told nearest before them; else a wound when a blow is told
    before them and no death in their sentence ("criminals stabbed them ... the victims were two women"), as a blow
    with no death is a wound (`single.wound_only`); else the deaths a toll's victims are."""
    told = previous_harm(words, i)
    if told is not None:
        return told
    blow = any(w.text in VIOLENT_ACTIVE for w in words[max(0, i - HARM_REACH) : i])
    return "injured" if blow and not tells_death(words, i, text) else TOLL_VICTIMS["victims"]


# How far back from a count the words naming those harmed may stand: "the injured were A, B and two others",
# a list of names with their ages.
_NAMED_REACH = 30
# The letters of an ordinal after its digits, a word of its own: "the dead were 1st Sergeant X" names one man.
_ORDINALS = frozenset("st nd rd th".split())


def find_named_harmed(words: list[Word], n: Number, start: int, stop: int, text: str) -> Found | None:
    """A count of people named after those harmed and a copula ("among the wounded were seven soldiers", "the
    dead included four policemen", "those killed were two guards"), or a later conjunct of their list ("the
    injured were A, B and three other people"): harmed as the words before the copula tell."""
    people = _people_after(words, n, stop, text)
    if people is None or people[0][0] in _ORDINALS:
        return None
    for i in range(n.first - 1, max(start, n.first - _NAMED_REACH) - 1, -1):
        if marked(words, i, i + 1, text, _LIST_BREAKS):
            return None
        first = copula_after(words, i) or victims_named(words, i) or _fronted(words, i, start, text)
        if not first or first > n.first:
            continue
        listed = words[first : n.first]
        joined = words[n.first - 1].text == "and" or "," in text[words[n.first - 1].end : n.start]
        if listed and (not joined or any(w.text in CLAUSE_BREAKS or w.text in _PREDICATES for w in listed)):
            return None  # "the wounded were taken to hospital, where four soldiers ...": no list of them
        # "the dead included a driver and a ticket seller": persons of a list, not a count of them; but "12
        # children and their teacher": one person a possessive names after a count, as "a" counts one
        possessed = (
            n.article and words[n.first].text in POSSESSIVES and bool(listed) and listed[-1].text == "and"
        )
        if n.article and not (possessed and any(starts_count(words, k) for k in range(first, n.first))):
            return None
        kind: ClaimKind = (
            "killed"
            if words[i].text == "dead"
            else PASSIVE.get(words[i].text) or _victims_harm(words, i, text)
        )
        noun, end, noun_end, last = people
        # "12 children and their teacher": the count runs to the end of the one after it, so the two add up
        after = last + 1
        one = possessed_one(words, after + 1) if after + 1 < stop and words[after].text == "and" else None
        named = _people_after(words, one, stop, text) if one is not None else None
        end = named[1] if named is not None else end
        return Found(n, kind, noun, n.start, end, noun_end, last)
    return None
