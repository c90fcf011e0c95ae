"""What is no casualty count: dates, clocks, years, times before or after an event ("two days earlier"), ages, money
and reference marks; and the sentences claims are read in."""

from __future__ import annotations

import re
from functools import cache

from harmwatch import geo
from harmwatch.extract.actors.registry import demonyms, match_actor
from harmwatch.extract.casualties.numbers import TENS, UNITS, Number, Word, number_at
from harmwatch.extract.casualties.words import (
    BEFORE,
    MONTHS,
    OTHER_PERSONS,
    RELATIVE_PRONOUNS,
    VICTIM_TYPE,
    names_harmed,
)
from harmwatch.records import Span

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


@cache
def _nationals() -> frozenset[str]:
    """Plural nouns of the registry's one-word demonyms: "Canadians", "Salvadorans" name people, as a noun only
    ("two Canadian jets" ends its noun phrase at "jets")."""
    return frozenset(
        d.casefold() + "s" for d, code in demonyms().items() if code and " " not in d and d[-1] in "nio"
    )


def is_person(word: str) -> bool:
    """Whether a word names people (a victim noun, a role such as "paramedics", or nationals: "Canadians")."""
    # "newsmen", "cameramen", "tribesmen": plural compounds of "men" name people ("abdomen", "specimen" do not)
    compound = len(word) > 5 and word.endswith("men") and word[-4] not in "io"
    return word in VICTIM_TYPE or word in OTHER_PERSONS or compound or word in _nationals()


# Singular nouns of people whose plural is not the noun and "s": "a mother of three", "a man of 70".
_IRREGULAR_PLURALS = {"man": "men", "woman": "women", "child": "children", "person": "people"}
# Nouns of a body of people whose of-phrase counts its members: "a militia of 300", "a troop of 40 scouts".
_COLLECTIVES = frozenset("militia troop family".split())


def singular_person(word: str) -> bool:
    """Whether a noun names one person: its plural names people ("mother", "father", "commander", "man"); "family",
    "staff", "police" and the plurals do not."""
    plural = _IRREGULAR_PLURALS.get(word, word + "s")
    # "one of three soldiers": a number word is no noun of a person, though "ones" is one
    number = word in UNITS or word in TENS
    return not word.endswith("s") and not number and word not in _COLLECTIVES and is_person(plural)


def person_of_count(words: list[Word], s: int) -> int:
    """Index of the singular noun of a person whose of-phrase holds a count ending at word s or the noun after it
    ("a mother of three", "the commander of 300 fighters"), else -1: the count is whom that person has or leads."""
    for k in range(s, max(1, s - 3) - 1, -1):
        n = number_at(words, k)
        if n is None or n.first != k or n.article or n.last > s:
            continue
        if k >= 2 and words[k - 1].text == "of" and singular_person(words[k - 2].text):
            return k - 2
    return -1


# Words after a number that make it a time ("1100 GMT", "10 pm"); `words_of` splits "a.m." at its stops, so
# only the forms without stops can follow a number.
_CLOCK_WORDS = frozenset("gmt utc am pm o'clock hrs".split())
# Month names that are no abbreviation: their stop ends a sentence.
_FULL_MONTHS = frozenset("may june july".split())


def _label(words: list[Word], n: Number) -> bool:
    """ "number 23" labels one of a series; "the dead number 23", "those killed now number 56", "the injured, who
    number 10" count them."""
    k = n.first - 1
    if k < 1 or words[k].text != "number":
        return False
    while k > 1 and words[k - 1].text in ("now", "already"):
        k -= 1
    if k > 1 and words[k - 1].text in RELATIVE_PRONOUNS:
        k -= 1  # "the injured, who number 10": the relative pronoun stands for those harmed before it
    return not names_harmed(words[k - 1].text)


# Units of time, and the words after "N units" that place an event in time: "two days earlier", "three weeks ago",
# "six hours after the raid".
_TIME_UNITS = frozenset("minute minutes hour hours day days week weeks month months year years".split())
_RELATIVE_TIME = frozenset("earlier later ago before after".split())


def time_before_or_after(words: list[Word], n: Number) -> bool:
    """Whether the number `n` counts units of time that place an event before or after another ("killed two days
    earlier a rebel leader", "died three weeks after the raid"): an adverbial of time, no count of people."""
    k = n.last + 1
    return k + 1 < len(words) and words[k].text in _TIME_UNITS and words[k + 1].text in _RELATIVE_TIME


def time_adverbial_end(words: list[Word], i: int) -> int:
    """Index after an adverbial of time "N units earlier / later / ago" that starts at word i, else i: it may stand
    between a verb and its object ("killed two days earlier a rebel leader", "shot four hours later three
    guards")."""
    n = number_at(words, i)
    if n is None or n.first != i or not time_before_or_after(words, n):
        return i
    return n.last + 3 if words[n.last + 2].text in ("earlier", "later", "ago") else i


def not_a_count(words: list[Word], n: Number, text: str) -> bool:
    """Whether a number is a date, an age, a year, a time, money or a percentage rather than a count."""
    before = words[n.first - 1].text if n.first > 0 else ""
    after = words[n.last + 1].text if n.last + 1 < len(words) else ""
    # "on 11 February 14 people died": a day next to its month; "11 February, one adult" is a count after it
    # "on 14 March 17 bodies were found": a day before the month leaves the number after it a year or a count
    day_month = before in MONTHS and n.first > 1 and _day(words[n.first - 2].text)
    between = text[words[n.first - 1].end : n.start] if n.first > 0 else ""
    # "Oct. 3": the stop of an abbreviated month is no sentence's end ("in October. 3 people died" is)
    abbreviated = (
        before in MONTHS and len(before) <= 4 and before not in _FULL_MONTHS and between.strip() == "."
    )
    month_before = (
        before in MONTHS and (abbreviated or not any(c in between for c in ",;:.")) and not day_month
    )
    if month_before or after in MONTHS or before in ("no", "not", "no.", "aged", "age") or _label(words, n):
        return True
    if after in _CLOCK_WORDS or time_before_or_after(words, n):
        return True  # "at 1100 GMT", "at 10 pm", "two days earlier": a time
    if _date_or_clock(words, n, text):
        return True
    if (
        n.value is not None
        and n.qualifier == "exact"
        and 1900 <= n.value <= 2100
        and "," not in text[n.start : n.end]
    ):
        # "August 12 2016 Terrorists executed ...": a year after a day of a month, whatever follows
        dated = n.first > 1 and words[n.first - 2].text in MONTHS and before.isdigit() or day_month
        return dated or not is_person(after)
    if n.start > 0 and text[n.start - 1] in "$£€#":
        return True
    if _reference(n, text):
        return True
    if text[n.end : n.end + 2].lower() in ("'s", "’s"):
        return True  # "Channel 7's studio": a number in a name
    # "the mayor, 45, was shot": a bare number set off by commas after a word is an age
    if n.qualifier == "exact" and n.value is not None and n.value < 120 and n.first == n.last:
        if text[max(0, n.start - 2) : n.start] == ", " and text[n.end : n.end + 1] == "," and n.first > 0:
            return True
        if age_after_name(words, n, text, after):
            return True
    return after in ("year", "years") and n.last + 2 < len(words) and words[n.last + 2].text == "old"


# Singular verbs: a count of two or more takes none ("were", "have"), a person named before an age does.
_SINGULAR_VERBS = frozenset("was is has".split())
# Verbs of dying, which agree with no number: "Omar Haddad 26 died" and "in Tel Amra 15 died" differ only in the name
# before the digits.
_DYING = frozenset("died dies".split())
# Words that put a place, not a person, before the digits: "in Tel Amra 15 died", "the Red Crescent", "of Aleppo".
_PLACE_OPENERS = frozenset(
    "in on at by from with after during near inside outside into across against under over for to of the a an "
    "this that these those and or".split()
)
_NAME_WORDS = 4  # how many words a person's name may have


def age_after_name(words: list[Word], n: Number, text: str, after: str) -> bool:
    """ "Omar Haddad 34 was shot": digits between a capitalised word and a singular verb are the age of the person
    named, their commas lost; a count of two or more takes a plural verb, and a harm word before the digits
    ("the blast that killed 12 was ...") makes them its object. Before "died", which agrees with no number, the
    words before the digits must be a person's name (`_named_person`)."""
    if n.first == 0 or not text[n.start : n.end].isdigit() or n.value is None or n.value < 2:
        return False
    before = words[n.first - 1]
    if names_harmed(before.text) or (before.text,) in BEFORE:
        return False
    if after in _DYING:
        return _named_person(words, n.first, text)
    return after in _SINGULAR_VERBS and text[before.start : before.start + 1].isupper()


def _title(text: str) -> bool:
    return text[:1].isupper() and text[1:].islower()


def _named_person(words: list[Word], i: int, text: str) -> bool:
    """Whether the words before word i are a person's name: two to four title-case words (in mixed-case text),
    not a place the gazetteer knows nor an actor of the registry, and no preposition or determiner before them
    ("in Tel Amra 15 died", "the Red Crescent", "for Human Rights" name places and bodies)."""
    k = i
    while k > 0 and i - k < _NAME_WORDS and _title(text[words[k - 1].start : words[k - 1].end]):
        if any(c in text[words[k - 1].end : words[k].start] for c in ",.;:!?()"):
            break
        k -= 1
    if i - k < 2 or any(w.text in _PLACE_OPENERS for w in words[k:i]):
        return False
    opening = k > 0 and not any(c in text[words[k - 1].end : words[k].start] for c in ".;:!?")
    if opening and words[k - 1].text in _PLACE_OPENERS:
        return False
    name = text[words[k].start : words[i - 1].end]
    return not geo.lookup(name) and match_actor(name) is None


def is_age(texts: list[str]) -> bool:
    """Whether the first three words of `texts` spell an age before a noun ("15-year-old", "two-year-old": the
    hyphens are lost)."""
    return (
        len(texts) >= 3
        and (texts[0][:1].isdigit() or texts[0] in UNITS or texts[0] in TENS)
        and texts[1] == "year"
        and texts[2] == "old"
    )


def without_age(noun: list[str]) -> list[str]:
    """The words of a noun phrase without an age before its noun ("the cook's 15-year-old daughter")."""
    for k in range(len(noun) - 2):
        if is_age(noun[k : k + 3]):
            return noun[:k] + noun[k + 3 :]
    return noun


def _reference(n: Number, text: str) -> bool:
    """ "supplied weapons to the fighters.[3]": a number in square brackets glued to the word or stop before it is
    a reference mark; an editor's figure stands apart ("[9] persons")."""
    opened = n.start >= 2 and text[n.start - 1] == "[" and not text[n.start - 2].isspace()
    return opened and text[n.end : n.end + 1] == "]"


def _day(word: str) -> bool:
    return word.isdigit() and 1 <= int(word) <= 31


def starts_count(words: list[Word], i: int) -> bool:
    """Whether a count (not "a") starts at word i."""
    found = number_at(words, i)
    return found is not None and not found.article


def _date_or_clock(words: list[Word], n: Number, text: str) -> bool:
    """ "07-2015", "31-07", "17:27", "24/7": digits joined to digits, or written with a leading zero."""
    digits = [w for w in words[n.first : n.last + 1] if w.text[:1].isdigit()]
    if n.value is None or not digits:
        return False
    if any(w.text.startswith("0") and len(w.text) > 1 for w in digits):
        return True
    # a range ("10-15") is one Number: look only outside it
    start, end = digits[0].start, digits[-1].end
    joined_before = start > 1 and text[start - 1] in "-/:" and text[start - 2].isdigit()
    joined_after = end + 1 < len(text) and text[end] in "-/:" and text[end + 1].isdigit()
    return joined_before or joined_after
