"""Text repair: the one step that undoes damage a report suffered before it reached HarmWatch.

It runs when an Article's text is built (`make_article`), before any parsing, so the Article's text is the
repaired text and every span of a report indexes into it. Each rule names the damage it repairs; rules are
written from the shape of the damage (how pages lose punctuation, what web-page furniture looks like), never
from one document's words, and each is tested on composed text (tests/ingest/test_repair.py).

| rule | damage |
|---|---|
| line_breaks | Windows or old-Mac line ends, non-breaking spaces |
| repeated_title | the headline printed twice at the top of the page |
| picture_notes | stage directions and credits of pictures left in the text: "(pictured)", "(file photo)" |
| tag_lists | a page's keyword list ("Tags Syria Homs ...") run into the text before the body |
| glued_dates | a date whose punctuation was stripped, gluing the day to the year: "Oct 082017" |
| stripped_possessives | possessives whose apostrophe was stripped with all the text's others: "Assads forces", "the armys guns", "SDFs fighters" |
| trailing_furniture | page furniture after the report: "Leave a Reply", "Read more", "Share this" |
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from harmwatch import geo
from harmwatch.ingest.dateline import WEEKDAYS


@dataclass(frozen=True, slots=True)
class Rule:
    """One repair: its name, the damage it undoes, the pattern that finds the damage, and the fix."""

    name: str
    damage: str
    pattern: re.Pattern[str]
    fix: Callable[[str], str]


def _line_breaks(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")


def _repeated_title(text: str) -> str:
    lines = text.split("\n")
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is not None:
        nxt = next((i for i in range(first + 1, len(lines)) if lines[i].strip()), None)
        if nxt is not None and lines[nxt].strip() == lines[first].strip():
            del lines[nxt]
    return "\n".join(lines)


# "(pictured)", "(seen below)", "(shown left)", "(file photo)", "(Photo: Agency)": notes about a picture.
_PICTURE_NOTES = re.compile(
    r"[ \t]*\((?:(?:seen|pictured|shown)(?: (?:above|below|left|right|here|center|centre|top|bottom))?|"
    r"(?:file )?(?:photo|picture|image)s?(?:\s*(?:[:/|]|by|credit)[^()\n]{0,60})?)\)",
    re.I,
)

# A keyword list opened by "Tags", on its own line ("Tags: Syria, Homs") or run into the text between two
# sentences when line breaks were lost; it ends at the line's end or where the body's first sentence opens.
_TAGS = re.compile(r"(?:^|(?<=[.!?\"”]) |(?<=\n))Tags\b:?[ \t]+", re.M)
_TAG_LIST_WORDS = 40
# Words that open a report's first sentence, capitalised as only a sentence start writes them ("The", "At
# least"); a number alone is no sign, as it may stand inside the sentence that the list ran into.
_BODY_OPENER = re.compile(
    r"\s(?=(?:The|A|An|At least|More than|Nearly|Almost|About|Around|Dozens|Hundreds|Scores|Several) )"
)


def _keywords(listed: str) -> bool:
    """Whether text reads as a keyword list: short, and no sentence ends in it."""
    return len(listed.split()) <= _TAG_LIST_WORDS and not re.search(r"[.!?]", listed)


def _tag_lists(text: str) -> str:
    out, last = [], 0
    for m in _TAGS.finditer(text):
        if m.start() < last:
            continue
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        window = text[m.end() : line_end]
        opener = _BODY_OPENER.search(window)
        if opener is not None and _keywords(window[: opener.start()]):
            end = m.end() + opener.end()
        elif _keywords(window):
            end = min(line_end + 1, len(text))  # a list on a line of its own, or ending the text
        else:
            continue  # no end in sight: leave the text alone rather than cut the report
        out.append(text[last : m.start()].rstrip())
        out.append("\n\n")
        last = end
    out.append(text[last:])
    return "".join(out) if last else text


_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
# "Oct 082017": the comma and space between day and year were stripped; only a two-digit day before a year.
_GLUED_DATE = re.compile(r"\b(" + _MONTH + r"[ \t]+[0-3]\d)((?:19|20)\d\d)\b", re.I)


def _glued_dates(text: str) -> str:
    return _GLUED_DATE.sub(r"\1 \2", text)


# A text stripped of its commas and apostrophes (a long English text without a single one has lost them)
# keeps possessives as "Assads forces", "Syrias army": a capitalised word + "s" whose stem the same text names
# by itself, or a place, reads as the possessive; so does a lower-case noun in a consonant and -ys ("the armys").
_APOSTROPHES = re.compile(r"['’]")
_ACRONYM = re.compile(r"[A-Z]{2,}")
# "SDFs spokesman": an actor's acronym with an s; acronyms of things take plurals ("NGOs", "IEDs"), actors not.
_ACRONYM_CANDIDATE = re.compile(r"\b([A-Z]{2,})s\b(?=[ \t]+[\w-])")
_LOWER_Y_POSSESSIVE = re.compile(r"\b([a-z]{2,}(?<![aeiouyb])(?<!wh))ys\b")
_POSSESSIVE_CANDIDATE = re.compile(r"\b([A-Z][\w-]*[a-rt-z])s\b(?=[ \t]+[\w-])")
_MIN_WORDS = 100
_PLACE_POPULATION = 100_000
_TITLE_SMALL_WORDS = frozenset(
    "a an the of in on at to for and or but by with as from into over after".split()
)
_NUMBERS = frozenset("two three four five six seven eight nine ten dozen hundred thousand million".split())
# Plural nouns of peoples and faiths ("Arabs", "Kurds"), beside the registry's demonyms ("Syrians").
_PEOPLES = frozenset(
    "Arab Kurd Turk Jew Muslim Sunni Shia Shiite Druze Alawite Christian Yazidi Bedouin".split()
)
# A weekday is a name a text need not name alone ("Saturdays blast" with no other "Saturday"); its plural says
# "every such day" only after a word of habit ("on Saturdays", "most Fridays").
_WEEKDAYS = frozenset(day.capitalize() for day in WEEKDAYS)
_HABIT_BEFORE = re.compile(r"\b(?:on|every|most|all|some|many|few)\s+$", re.I)


@lru_cache(maxsize=1)
def _names() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Capitalised words ending in s of actor names and aliases ("Hamas", "United States"), demonyms, and the
    acronyms among the names ("SDF", "UN"), from the actor registry's data."""
    data = json.loads(resources.files("harmwatch").joinpath("data/actors.json").read_text(encoding="utf-8"))
    names = {n for a in data["actors"] for n in (a["name"], *a["aliases"])}
    names.update(n for aliases in data["states"].values() for n in aliases)
    # a word of a name is no possessive either: "States" in "United States", "Forces" in a group's name
    words = {w for n in names for w in n.split() if w[:1].isupper() and w.endswith("s")}
    acronyms = {n for n in names if _ACRONYM.fullmatch(n)}
    return frozenset(words), frozenset(data["demonyms"]) | _PEOPLES, frozenset(acronyms)


def _place(name: str) -> bool:
    """A country, a first-level division or a sizeable city (small places share names with common words)."""
    return any(e.kind != "city" or e.population >= _PLACE_POPULATION for e in geo.lookup(geo.fold(name)))


def _is_possessive(word: str, stem: str, text: str) -> bool:
    names, peoples, _ = _names()
    if word in names or stem in peoples or stem.lower() in _NUMBERS or len(stem) < 3:
        return False
    if stem in _WEEKDAYS:
        return True
    if stem.endswith(("ian", "ean", "ese", "ist", "ite")) or _place(word):
        return False  # a people's plural ("Syrians"), a name of its own that ends in s ("Homs")
    if re.search(rf"\b{re.escape(stem.lower())}\b", text):
        return False  # a common noun in a capitalised headline ("Rebels", "Forces")
    # the stem named mid-sentence, where only a name is capitalised: after or before a lower-case word ("said
    # Assad", "Assad has"), or after "al-"; the small words a headline keeps in lower case do not count
    # ("Killed in Rocket Attack")
    if _place(stem):
        return True
    stem_rx = re.escape(stem)
    if re.search(rf"\b[a-z]{{1,3}}-{stem_rx}\b", text):
        return True
    before = re.findall(rf"\b([a-z][\w-]*) (?={stem_rx}\b)", text)
    after = re.findall(rf"(?<![\w-]){stem_rx} ([a-z][\w-]*)", text)
    return any(w not in _TITLE_SMALL_WORDS for w in before + after)


def _stripped_possessives(text: str) -> str:
    if _APOSTROPHES.search(text) or "," in text or len(text.split()) < _MIN_WORDS:
        return text  # text that kept its commas or apostrophes, or too short to tell
    verdict: dict[str, bool] = {}

    def fix(m: re.Match[str]) -> str:
        word, stem = m.group(0), m.group(1)
        if word not in verdict:
            verdict[word] = _is_possessive(word, stem, text)
        if stem in _WEEKDAYS and _HABIT_BEFORE.search(text[max(0, m.start() - 8) : m.start()]):
            return word  # "on Saturdays": days of habit, not one day's event
        return f"{stem}'s" if verdict[word] else word

    text = _POSSESSIVE_CANDIDATE.sub(fix, text)
    acronyms = _names()[2]
    text = _ACRONYM_CANDIDATE.sub(lambda m: f"{m.group(1)}'s" if m.group(1) in acronyms else m.group(0), text)
    # "the countrys north", "the armys artillery": a noun ending in a consonant and y takes -ies in the
    # plural, so -ys after that consonant is only its possessive ("standbys" and "whys" are the plurals
    # English makes of words that end in "by" and of "why")
    return _LOWER_Y_POSSESSIVE.sub(r"\1y's", text)


_TRAILING_FURNITURE = re.compile(
    r"(?:\n\s*(?:leave a reply|leave a comment|read the rest here\.?|read more\.?|continue reading\.?|"
    r"share this(?: article| story)?:?|related(?: articles?| stories| posts?)?:?|advertisement|comments?|"
    r"(?:follow us|subscribe|sign up)\b[^\n]{0,80}))+\s*$",
    re.I,
)


def _trailing_furniture(text: str) -> str:
    stripped = text.rstrip()
    found = _TRAILING_FURNITURE.search(stripped)
    return stripped[: found.start()] if found else text


RULES: tuple[Rule, ...] = (
    Rule(
        "line_breaks",
        "Windows or old-Mac line ends, non-breaking spaces",
        re.compile(r"\r|\u00a0"),
        _line_breaks,
    ),
    Rule(
        "repeated_title",
        "the headline printed twice at the top",
        re.compile(r"\A\s*(.+)\n\s*\1\s*\n"),
        _repeated_title,
    ),
    Rule(
        "picture_notes",
        "stage directions and credits of pictures",
        _PICTURE_NOTES,
        lambda t: _PICTURE_NOTES.sub("", t),
    ),
    Rule("tag_lists", "a page's keyword list run into the text", _TAGS, _tag_lists),
    Rule("glued_dates", "a day glued to its year by stripped punctuation", _GLUED_DATE, _glued_dates),
    Rule(
        "stripped_possessives",
        "possessives whose apostrophe was stripped",
        _POSSESSIVE_CANDIDATE,
        _stripped_possessives,
    ),
    Rule("trailing_furniture", "page furniture after the report", _TRAILING_FURNITURE, _trailing_furniture),
)


def repair_text(text: str) -> str:
    """The text with every rule's damage repaired, its line breaks normalised to \\n; nothing else changes."""
    for rule in RULES:
        text = rule.fix(text)
    return text
