"""The noun phrase of a count: where its victims noun ends, the words that open or break it, a count
gapped or listed after another (also with only the degree of its wound left: "three were slightly hurt and two
seriously"), and the size of "a family of N"."""

from __future__ import annotations

from dataclasses import dataclass

from harmwatch.extract.casualties.filters import is_age, is_person, person_of_count, starts_count
from harmwatch.extract.casualties.numbers import TENS, UNITS, Number, Word, number_at
from harmwatch.extract.casualties.single import SENTENCE_MARKS, marked
from harmwatch.extract.casualties.words import (
    ACTIVE,
    AFTER,
    AUX,
    BEFORE,
    DEGREES,
    NON_PERSON,
    NOUN_STOP,
    RECEIVING,
    REPORTED_AS,
    wound_received,
)
from harmwatch.records import ClaimKind

NOUN_BREAKS = ',.;:"“”[]'
SPEECH = frozenset("said say says told tell reported report added according claimed".split())
DETERMINERS = frozenset("the this that these those their his her its our".split())
CLAUSE_BREAKS = frozenset("but while when after which that because whereas".split())
OPENERS = DETERMINERS | {"other"}
"""Words that may open a second count of one harm: "the murder of six monks and their two cooks", "along with
two other guards"."""


@dataclass(frozen=True, slots=True)
class Found:
    """A count found in a sentence: its number, harm kind, victims noun and word/char extents."""

    number: Number
    kind: ClaimKind
    noun: list[str]
    start: int
    end: int
    noun_end: int
    last: int  # index of the last word of the claim
    also: ClaimKind | None = None  # the status a harmed count held before ("four hostages were beheaded")


def phrase_at(
    words: list[Word], i: int, table: dict[tuple[str, ...], ClaimKind]
) -> tuple[ClaimKind, int] | None:
    """The longest phrase of `table` starting at word i: (kind, index after it)."""
    if i >= len(words):
        return None
    best: tuple[ClaimKind, int] | None = None
    for phrase, kind in _by_first_word(table).get(words[i].text, ()):
        if tuple(w.text for w in words[i : i + len(phrase)]) == phrase and (
            best is None or i + len(phrase) > best[1]
        ):
            best = (kind, i + len(phrase))
    return best


_FIRST_WORD_INDEX: dict[int, tuple[object, dict[str, list[tuple[tuple[str, ...], ClaimKind]]]]] = {}


def _by_first_word(
    table: dict[tuple[str, ...], ClaimKind],
) -> dict[str, list[tuple[tuple[str, ...], ClaimKind]]]:
    """The phrases of a (module-level, never modified) table grouped by their first word, in table order."""
    held = _FIRST_WORD_INDEX.get(id(table))
    if held is None or held[0] is not table:
        index: dict[str, list[tuple[tuple[str, ...], ClaimKind]]] = {}
        for phrase, kind in table.items():
            index.setdefault(phrase[0], []).append((phrase, kind))
        held = _FIRST_WORD_INDEX[id(table)] = (table, index)
    return held[1]


def noun_phrase(words: list[Word], i: int, stop: int, text: str) -> int:
    """Index after the noun phrase that follows a count ("Syrian soldiers", "of civilians")."""
    j = i
    while j < stop and j - i < 6:
        if j + 3 <= stop and is_age([x.text for x in words[j : j + 3]]):
            j += 3  # "two soldiers and a 12-year-old boy": an age is a modifier of the noun, no count
            continue
        w = words[j].text
        gap = text[words[j - 1].end : words[j].start] if j > 0 else ""
        if j > i and gap == "-" and w.isalpha():
            j += 1  # "passers-by", "brothers-in-law": the parts of a hyphenated noun are one word
            continue
        aside = gap.endswith("(") or _acronym(words, j, text)
        # "a further nine people": a number word starts a count of its own, but not in the of-phrase of a count's
        # noun ("five members of one family"; "a family of six" is six)
        counted = j > i + 1 and words[j - 1].text == "of" and words[i - 1].text not in ("a", "an")
        number_word = (w in UNITS or w in TENS) and not counted
        # "412 people more than half of them fighters": a share of the count starts an aside
        share = w == "more" and j + 1 < stop and words[j + 1].text == "than"
        # "13 people suffered minor injuries": a wound received is the predicate ("minor" is no person here)
        received = w in RECEIVING and wound_received([x.text for x in words[j : min(stop, j + 5)]]) > 0
        if (
            (w in NOUN_STOP and not aside)
            or w[0].isdigit()
            and not counted
            or number_word
            or share
            or received
            or phrase_at(words, j, AFTER)
        ):
            break
        if not aside and (_count_ends(words, j, text) if j == i else any(c in gap for c in NOUN_BREAKS)):
            break
        j += 1
    # "20 rebels Monitor AFP": a title or byline runs on after the victims
    persons = [k for k in range(i, j) if is_person(words[k].text)]
    after = persons[-1] + 1 if persons else j
    while after < j and text[words[after - 1].end : words[after].start] == "-":
        after += 1
    # ...but "three civilian cars", "two personnel carriers": a person word before a thing's noun names the thing
    names_thing = after < j and words[after].text in NON_PERSON
    if persons and not names_thing and (after >= len(words) or words[after].text != "of"):
        j = after
    while j > i and words[j - 1].text in ("of", "the", "a", "an"):
        j -= 1
    return j


def _count_ends(words: list[Word], i: int, text: str) -> bool:
    """Whether a mark right after a count, before word i, ends it ("killed two, police said", "killed two," a
    resident said); not a quotation mark opened on its noun ('two "attackers"'), nor the bracket that closes an
    editor's figure ("[9] persons")."""
    gap = gap_before(words, i, text)
    marks = gap.strip()
    if marks in ('"', "“") and gap[:1].isspace():
        return False
    before = gap_before(words, i - 1, text) if i >= 2 else ""
    if marks == "]" and before.endswith("[") or marks == ")" and before.endswith("("):
        return False
    return any(c in gap for c in NOUN_BREAKS)


def _acronym(words: list[Word], j: int, text: str) -> bool:
    """Word j is an acronym in mixed-case text ("five IS militants"), not the verb "is"."""
    original = text[words[j].start : words[j].end]
    if len(original) < 2 or not original.isupper() or j + 1 >= len(words):
        return False
    return not text[words[j + 1].start : words[j + 1].end].isupper()


# Prepositions that open the adjunct a gapped count repeats: "killed 45 in X and 12 in Y", "on the first day and 20
# on the second".
_GAPPED_ADJUNCTS = frozenset("in on at near around during".split())
_GAP_WORDS = 8  # how long the first count's adjunct may run before "and"


def find_gapped_count(
    words: list[Word], n: Number, stop: int, text: str, before: Found | None
) -> Found | None:
    """A count after "and" whose verb is gapped, with an adjunct opened by the preposition that follows the
    count before it: "45 people were killed in Tamsk and 12 in Lusk", "killed 45 people in Tamsk and another 12
    in Lusk"; the count shares the earlier count's harm."""
    if before is None or before.last + 2 >= n.first:
        return None
    k = n.first - 1
    if words[k].text in ("another", "further"):
        k -= 1
    p = before.last + 1
    if words[k].text != "and" or words[p].text not in _GAPPED_ADJUNCTS or k - p > _GAP_WORDS:
        return None
    if marked(words, p, k, text, SENTENCE_MARKS) or any(
        w.text in CLAUSE_BREAKS
        or starts_count(words, i)
        or phrase_at(words, i, AFTER)
        or phrase_at(words, i, BEFORE)
        for i, w in enumerate(words[p:k], p)
    ):
        return None
    noun_end = noun_phrase(words, n.last + 1, stop, text)
    if (
        noun_end >= stop
        or words[noun_end].text != words[p].text
        or marked(words, noun_end - 1, noun_end, text)
    ):
        return None
    noun = [w.text for w in words[n.last + 1 : noun_end]]
    end_word = noun_end - 1 if noun else n.last
    return Found(n, before.kind, noun, n.start, words[end_word].end, words[end_word].end, end_word)


# Words that may follow the degree of a gapped count of wounded: "and two seriously in the blast".
_GAP_ENDS = frozenset("and in on at near during when after by".split())


def find_gapped_degree(
    words: list[Word], n: Number, stop: int, text: str, before: Found | None
) -> Found | None:
    """A bare count right after a wounding count's predicate, with "and" or a comma between and only an adverb of
    degree after it: the verb is gapped and the degree is all that is left of its clause ("three guards were
    slightly hurt and two seriously", "seven were injured, three seriously"); the count is wounded too."""
    if before is None or before.kind != "injured" or n.article or before.last >= n.first:
        return None
    between = [w.text for w in words[before.last + 1 : n.first]]
    joined = between == ["and"] or not between and "," in text[words[before.last].end : n.start]
    degree = n.last + 1
    if (
        not joined
        or marked(words, before.last, n.first, text)
        or degree >= stop
        or words[degree].text not in DEGREES
    ):
        return None
    # the degree ends the gapped clause: a mark, "and" or a preposition after it, or the sentence's end
    ends = degree + 1 >= stop or marked(words, degree, degree + 1, text, SENTENCE_MARKS + ",")
    if not ends and words[degree + 1].text not in _GAP_ENDS:
        return None
    return Found(n, "injured", [], n.start, words[degree].end, words[n.last].end, degree)


def find_listed(words: list[Word], n: Number, stop: int, text: str, before: Found | None) -> Found | None:
    """ "kill 10 children, 5 women": a list without "and" (headlines, stripped commas) of people."""
    if before is None or before.start >= before.number.start or before.last + 1 != n.first or not before.noun:
        return None
    noun_end = noun_phrase(words, n.last + 1, stop, text)
    noun = [w.text for w in words[n.last + 1 : noun_end]]
    if not noun or not is_person(noun[-1]) or noun[0] == "of":
        return None
    # "killing four civilians, two residents said": the people after the count are its source
    if noun_end < stop and words[noun_end].text in SPEECH:
        return None
    end = words[noun_end - 1].end
    return Found(n, before.kind, noun, before.start, end, end, noun_end - 1)


def auxiliary(words: list[Word], j: int, stop: int) -> bool:
    """Whether word j may stand between a count (or its noun) and its predicate of harm: an auxiliary or adverb
    (`AUX`: "have been", "reportedly"), or a verb of reporting with the "as" of its complement and that "as"
    ("were reported as wounded", "are listed as missing")."""
    w = words[j].text
    if w in AUX:
        return True
    if w in REPORTED_AS:
        return j + 1 < stop and words[j + 1].text == "as"
    return w == "as" and j > 0 and words[j - 1].text in REPORTED_AS


def words_are(words: list[Word], i: int, phrase: tuple[str, ...]) -> bool:
    return (
        0 <= i and i + len(phrase) <= len(words) and all(words[i + k].text == p for k, p in enumerate(phrase))
    )


def share_at(words: list[Word], i: int) -> bool:
    """Whether a share of a count starts at word i: "seven of them", "five of whom"."""
    share = number_at(words, i)
    return (
        share is not None
        and not share.article
        and (
            words_are(words, share.last + 1, ("of", "them"))
            or words_are(words, share.last + 1, ("of", "whom"))
        )
    )


def gap_before(words: list[Word], k: int, text: str) -> str:
    """The characters between word k-1 and word k."""
    return text[words[k - 1].end : words[k].start]


def _after_family(words: list[Word], j: int) -> int | None:
    """Index of the word after "[entire] family of" spelt from word j, else None."""
    if j < len(words) and words[j].text in ("entire", "whole"):
        j += 1
    return j + 2 if j + 2 < len(words) and words[j].text == "family" and words[j + 1].text == "of" else None


def family_of(words: list[Word], j: int, n: Number) -> bool:
    """Whether word j is in the "[entire] family of" right before the count ("killed a family of five", "an entire
    family of seven"): the count is how many of them there were."""
    return _after_family(words, j) == n.first


def of_one_person(words: list[Word], n: Number, stop: int, text: str) -> bool:
    """Whether the count `n` is the of-object of a singular noun of a person ("a mother of three was shot dead",
    "killed the commander of 300 fighters"): it counts whom that person has or leads, and the harm told of the
    phrase is the person's ("a father of five died", "Mother of three killed" in a headline); but a participle of
    harm right after the count's own noun may open a reduced relative of its own ("the father of two boys killed
    in the raid")."""
    if n.article or person_of_count(words, n.last) < 0:
        return False
    noun_end = noun_phrase(words, n.last + 1, stop, text)
    return noun_end >= stop or noun_end == n.last + 1 or words[noun_end].text not in ACTIVE


def sized_family_start(words: list[Word], n: Number) -> int:
    """Index of the article of "a family of" ("an entire family of") right before the count `n`, else `n.first`."""
    for k in (n.first - 3, n.first - 4):
        if k >= 0 and words[k].text in ("a", "an") and family_of(words, k + 1, n):
            return k
    return n.first


def family_size(words: list[Word], n: Number) -> Number | None:
    """The N of "a family of N" ("an entire family of seven") when the article count `n` opens it, else None."""
    size = _after_family(words, n.last + 1) if n.article else None
    return number_at(words, size) if size is not None and starts_count(words, size) else None


def sized_family(words: list[Word], n: Number) -> bool:
    """Whether the article count `n` opens "a family of N" ("an entire family of seven"): N counts them."""
    return family_size(words, n) is not None
