"""Counts written in digits or words ("12", "4,000", "three dozen", "half a million", "scores of") with their
bounds ("10 to 15" and "two or three" are ranges); "a soldier" and "their mother" after a count and "and" count
one."""

from __future__ import annotations

import re
from dataclasses import dataclass

from harmwatch.extract.casualties.words import OTHER_PERSONS, VICTIM_TYPE
from harmwatch.records import Qualifier

# Lower case words and numbers with their offsets; punctuation is skipped so that texts that lost
# their commas (FA-KES) or their case (MUC-4) read the same.
# A digit glued to letters ("lyp3rmjl" in a short link) is no number.
_WORD = re.compile(r"(?<![a-z\d])(?:\d[\d,.]*\d|\d)|[a-z]+(?:'[a-z]+)?|%")

UNITS = {
    w: i
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
        "sixteen seventeen eighteen nineteen".split()
    )
}
TENS = {
    w: 10 * (i + 2) for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split())
}
SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
# Vague plurals: a lower bound that is the smallest value the word is normally used for.
VAGUE = {
    ("tens", "of", "thousands"): 20_000,
    ("hundreds", "of", "thousands"): 200_000,
    ("dozens",): 24,
    ("scores",): 40,
    ("hundreds",): 200,
    ("thousands",): 2_000,
    ("millions",): 2_000_000,
}
# Vague amounts without a bound.
UNBOUNDED = [
    ("a", "large", "number", "of"),
    ("the", "large", "number", "of"),
    ("a", "great", "number", "of"),
    ("a", "high", "number", "of"),
    ("a", "number", "of"),
    ("a", "few"),
    ("several",),
    ("numerous",),
    ("many",),
]
# (words, qualifier, shift): "more than 400" has low 401; "nearly 50" has high 49. A degree adverb before a
# comparative ("well over", "just over") leaves its bound as it is; "a total of" states the figure itself.
PREFIXES: list[tuple[tuple[str, ...], Qualifier, int]] = [
    (("at", "the", "very", "least"), "at_least", 0),
    (("at", "least"), "at_least", 0),
    (("no", "fewer", "than"), "at_least", 0),
    (("no", "less", "than"), "at_least", 0),
    (("not", "less", "than"), "at_least", 0),
    (("a", "minimum", "of"), "at_least", 0),
    (("well", "in", "excess", "of"), "more_than", 1),
    (("well", "over"), "more_than", 1),
    (("just", "over"), "more_than", 1),
    (("well", "above"), "more_than", 1),
    (("more", "than"), "more_than", 1),
    (("upwards", "of"), "more_than", 1),
    (("in", "excess", "of"), "more_than", 1),
    (("over",), "more_than", 1),
    (("just", "under"), "up_to", -1),
    (("fewer", "than"), "up_to", -1),
    (("less", "than"), "up_to", -1),
    (("close", "to"), "up_to", -1),
    (("nearly",), "up_to", -1),
    (("almost",), "up_to", -1),
    (("up", "to"), "up_to", 0),
    (("as", "many", "as"), "up_to", 0),
    (("at", "most"), "up_to", 0),
    (("a", "maximum", "of"), "up_to", 0),
    (("an", "estimated"), "about", 0),
    (("a", "total", "of"), "exact", 0),
    (("approximately",), "about", 0),
    (("roughly",), "about", 0),
    (("around",), "about", 0),
    (("about",), "about", 0),
    (("some",), "about", 0),
    (("estimated",), "about", 0),
]


@dataclass(frozen=True, slots=True)
class Word:
    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Number:
    """A count phrase: `start`..`end` covers qualifier and number; `first`..`last` are word indices."""

    start: int
    end: int
    first: int
    last: int
    low: int | None
    high: int | None
    qualifier: Qualifier
    value: int | None
    article: bool = False  # "a soldier": one, but only when a person noun follows


_AS_WELL_AS = ("as", "well", "as")


def words_of(text: str) -> list[Word]:
    """The lower-cased words and numbers of `text` with their offsets; the conjunction "as well as" is one word
    "and" over its three ("killed the mayor as well as two guards" coordinates as "and" does)."""
    words = [Word(m.group(), m.start(), m.end()) for m in _WORD.finditer(text.lower())]
    out: list[Word] = []
    i = 0
    while i < len(words):
        if tuple(w.text for w in words[i : i + 3]) == _AS_WELL_AS:
            out.append(Word("and", words[i].start, words[i + 2].end))
            i += 3
            continue
        out.append(words[i])
        i += 1
    return out


def _digits(word: str) -> int | None:
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+|\d+", word):
        return int(word.replace(",", ""))
    return None


def _glued(word: str) -> int | None:
    """The value of tens and units written as one word, the hyphen lost ("thirtythree" for "thirty-three")."""
    for tens, value in TENS.items():
        if word.startswith(tens) and 0 < UNITS.get(word[len(tens) :], 0) < 10:
            return value + UNITS[word[len(tens) :]]
    return None


def _core(words: list[Word], i: int) -> tuple[int, int] | None:
    """(value, index after the number) of a number starting at word i, or None."""
    n = len(words)
    if i >= n:
        return None
    w = words[i].text
    value = _digits(w)
    if value is not None:
        j = i + 1
        if j < n and words[j].text in ("thousand", "million"):
            value *= SCALES[words[j].text]
            j += 1
        return value, j
    decimal = re.fullmatch(r"\d+\.\d+", w)
    if decimal and i + 1 < n and words[i + 1].text in ("thousand", "million"):
        return round(float(w) * SCALES[words[i + 1].text]), i + 2
    fraction = _fraction(words, i)
    if fraction is not None:
        return fraction
    glued = _glued(w)
    if glued is not None:
        return glued, i + 1
    total = current = 0
    j = i
    seen = False
    while j < n:
        w = words[j].text
        if w in UNITS and (
            not seen or words[j - 1].text in TENS or words[j - 1].text in SCALES or words[j - 1].text == "and"
        ):
            if seen and words[j - 1].text in TENS and current % 100 >= 20 and current % 10:
                break
            current += UNITS[w]
        elif w in TENS and (not seen or words[j - 1].text in SCALES or words[j - 1].text == "and"):
            current += TENS[w]
        elif (
            w == "a"
            and not seen
            and j + 1 < n
            and words[j + 1].text in ("hundred", "thousand", "million", "dozen")
        ):
            current = 1
        elif w == "hundred" and seen:
            current = max(current, 1) * 100
        elif w in ("thousand", "million") and seen:
            total += max(current, 1) * SCALES[w]
            current = 0
        elif w == "dozen" and seen:
            current = max(current, 1) * 12
        elif w == "and" and seen and j + 1 < n and words[j - 1].text in SCALES:
            if words[j + 1].text not in UNITS and words[j + 1].text not in TENS:
                break
        else:
            break
        seen = True
        j += 1
    if not seen or (j == i + 1 and words[i].text == "a"):
        return None
    # "one and a half million": a half of the scale after it added to the units
    if (
        [x.text for x in words[j : j + 3]] == ["and", "a", "half"]
        and j + 3 < n
        and words[j + 3].text in _SCALED
    ):
        return round((total + current + 0.5) * _SCALED[words[j + 3].text]), j + 4
    return total + current, j


# Fractions of a scale and the scales they take: "half a dozen", "half a million", "a quarter of a million".
_FRACTIONS = {"half": 0.5, "quarter": 0.25}
_SCALED = {**SCALES, "dozen": 12}


def _fraction(words: list[Word], i: int) -> tuple[int, int] | None:
    """(value, index after it) of a fraction of a scale starting at word i ("half a dozen", "half a million", "a
    quarter of a million", "a quarter million"), else None; "half of them" is no number."""
    j = i + 1 if words[i].text == "a" else i
    if j >= len(words) or words[j].text not in _FRACTIONS:
        return None
    k = j + 1
    for word in ("of", "a"):
        if k < len(words) and words[k].text == word:
            k += 1
    if k >= len(words) or words[k].text not in _SCALED:
        return None
    return round(_FRACTIONS[words[j].text] * _SCALED[words[k].text]), k + 1


def _match(words: list[Word], i: int, phrase: tuple[str, ...]) -> bool:
    """Whether the words from i on spell `phrase` (stops at the first word that differs)."""
    if i + len(phrase) > len(words) or words[i].text != phrase[0]:
        return False
    return len(phrase) == 1 or all(words[i + k].text == phrase[k] for k in range(1, len(phrase)))


def number_at(words: list[Word], i: int) -> Number | None:
    """The count phrase starting at word i (with its qualifier), or None."""
    qualifier: Qualifier = "exact"
    shift = 0
    j = i
    for phrase, qual, delta in PREFIXES:
        if _match(words, i, phrase) and not _particle(words, i, phrase):
            qualifier, shift, j = qual, delta, i + len(phrase)
            break
    between = _match(words, j, ("between",))
    if between:
        j += 1
    for phrase, floor in VAGUE.items():
        if _match(words, j, phrase):
            end = j + len(phrase)
            return Number(words[i].start, words[end - 1].end, i, end - 1, floor, None, "vague", None)
    if qualifier == "exact" and not between:
        for phrase in UNBOUNDED:
            if _match(words, j, phrase):
                end = j + len(phrase)
                return Number(words[i].start, words[end - 1].end, i, end - 1, None, None, "vague", None)
    core = _core(words, j)
    if core is None:
        if qualifier == "exact" and j < len(words) and words[j].text in ("a", "an"):
            return Number(words[j].start, words[j].end, j, j, 1, 1, "exact", 1, article=True)
        return None
    value, k = core
    # "between 10 and 15", "10 to 15": a range ("10-15" is found by find_numbers); "two or three", "5 or 6": a
    # count told as two figures to choose from is one too ("or more" is a bound, read below)
    spanned = k < len(words) and (words[k].text == "to" or words[k].text == "and" and between)
    chosen = qualifier == "exact" and not between and _match(words, k, ("or",))
    if spanned or chosen:
        upper = _core(words, k + 1)
        if upper is not None and spanned and _changed(words, i):
            # "the toll rose from 30 to 45", "climbed by 12 to 45": a change, whose end is the figure
            end = upper[1]
            return Number(
                words[i].start, words[end - 1].end, i, end - 1, upper[0], upper[0], "exact", upper[0]
            )
        if upper is not None and upper[0] > value:
            end = upper[1]
            return Number(words[i].start, words[end - 1].end, i, end - 1, value, upper[0], "about", value)
    low: int | None = value
    high: int | None = value
    if qualifier == "at_least":
        high = None
    elif qualifier == "more_than":
        low, high = value + shift, None
    elif qualifier == "up_to":
        low, high = None, value + shift
    # "20 or more", "20-plus"
    if qualifier == "exact" and _match(words, k, ("or", "more")):
        qualifier, high, k = "at_least", None, k + 2
    return Number(words[i].start, words[k - 1].end, i, k - 1, low, high, qualifier, value)


# Verbs of a figure's change: "rose from 30 to 45", "was raised by 12 to 45" tell a change ending at the second figure.
CHANGING = frozenset(
    "rose risen rise rises rising climbed climb climbs climbing jumped jump jumps increased increase increases "
    "raised raise raises raising revised grew grown soared surged went fell dropped".split()
)


def _changed(words: list[Word], i: int) -> bool:
    """Whether the figure at word i follows "from" or "by" after a verb of change ("rose from", "rose by")."""
    return i >= 2 and words[i - 1].text in ("from", "by") and words[i - 2].text in CHANGING


# What a verb of change may take as its object before its particle: "raised the death toll up to 63".
_FIGURE_NOUNS = frozenset("toll tally figure figures count number".split())
_OBJECT_WORDS = 9  # how long the object between a verb of change and its particle may run


def _particle(words: list[Word], i: int, phrase: tuple[str, ...]) -> bool:
    """Whether the "up" of "up to" at word i is the particle of a verb of change before it ("the toll was revised up
    to 140", "rose up to 45", "raised the death toll up to 63"): the figure is where the change ends, not a
    bound."""
    if phrase != ("up", "to") or i < 1:
        return False
    if words[i - 1].text in CHANGING:
        return True
    # the verb's object between it and its particle: a noun of a figure, with its of-phrase ("raised the number of
    # dead up to 12", "raised its count of those killed up to 40")
    figure = False
    for k in range(i - 1, max(0, i - _OBJECT_WORDS) - 1, -1):
        w = words[k].text
        if w in CHANGING:
            return figure
        if w[0].isdigit() or w in UNITS or w in TENS:
            return False
        figure = figure or w in _FIGURE_NOUNS
    return False


def _date_like(words: list[Word], found: Number, nxt: int) -> bool:
    """ "07-2015", "16-11": digits joined by a dash that read as a date, not a range."""
    lower, upper = words[found.last].text, words[nxt].text
    return lower.startswith("0") or (len(upper) == 4 and upper[:2] in ("19", "20"))


POSSESSIVES = frozenset("his her their its".split())


_COUNT_REACH = 4  # how many words the count before "and" may stand back from it ("two young children and")


def possessed_one(words: list[Word], i: int) -> Number | None:
    """One person named by a possessive and a singular noun of a person after "and" and a count ("two children
    and their mother", "five soldiers and their commander"), counted as "a" counts one, else None; "the man and
    his wife" are two persons each read as one."""
    if i < 2 or i + 1 >= len(words) or words[i - 1].text != "and" or words[i].text not in POSSESSIVES:
        return None
    noun = words[i + 1].text
    plural = noun.endswith("s") or noun.endswith("men") or noun in ("children", "people")
    if plural or not (noun in VICTIM_TYPE or noun in OTHER_PERSONS):
        return None
    counted = any(
        (n := number_at(words, k)) is not None and not n.article and n.last < i - 1
        for k in range(max(0, i - 1 - _COUNT_REACH), i - 1)
    )
    return Number(words[i].start, words[i].end, i, i, 1, 1, "exact", 1, article=True) if counted else None


def find_numbers(text: str, words: list[Word] | None = None) -> list[Number]:
    """Every count phrase in `text`, left to right, none overlapping."""
    words = words if words is not None else words_of(text)
    out: list[Number] = []
    i = 0
    while i < len(words):
        found = number_at(words, i)
        if found is not None and found.article and found.first != i:
            found = None
        if (
            found is not None
            and found.last > i
            and any(c in text[words[i].end : words[i + 1].start] for c in ".;:!?")
        ):
            found = None  # "they fought well. Over 20 ...": a count phrase never runs over a sentence's end
        if found is None:
            found = possessed_one(words, i)
        if found is None:
            i += 1
            continue
        if found.value is not None and not found.article:
            gap_end = words[found.last].end
            # "10-15": the dash is punctuation, which the word list skips
            nxt = found.last + 1
            if nxt < len(words) and text[gap_end : words[nxt].start] in ("-", "–", " - ", " – "):
                upper = _core(words, nxt)
                if upper is not None and upper[0] > found.value and not _date_like(words, found, nxt):
                    found = Number(
                        found.start,
                        words[upper[1] - 1].end,
                        found.first,
                        upper[1] - 1,
                        found.value,
                        upper[0],
                        "about",
                        found.value,
                    )
        out.append(found)
        i = found.last + 1
    return out
