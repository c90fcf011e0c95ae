"""Place mentions in a parsed article: gazetteer names, their qualifiers and level cues, "the city", and the
compound names the gazetteer lacks ("Kafr X", a generic head word and a specific), kept as written."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from spacy.tokens import Doc
from spacy.tokens import Span as DocSpan

from harmwatch import geo
from harmwatch.cache import cached
from harmwatch.nlp import doc_text
from harmwatch.nlp.entities import BUILDING_HEADS
from harmwatch.records import Span

MAX_WORDS = 4
# A word after a name that makes it a first-level division: "Idlib province", "Homs countryside".
_ADMIN1_AFTER = re.compile(
    r"^['’]?s?\s*(?:(?:northern|southern|eastern|western|north|south|east|west|central|rural)\s+)?"
    r"(province|governorate|countryside|region|oblast|department|state)\b",
    re.I,
)
_ADMIN1_BEFORE = re.compile(r"\b(province|governorate|countryside|department|region)\s+of\s+$", re.I)
_RURAL_BEFORE = re.compile(r"\b(rural|reef|rif)\s+$", re.I)
_DIRECTIONS = {
    "east": "east",
    "eastern": "east",
    "west": "west",
    "western": "west",
    "north": "north",
    "northern": "north",
    "south": "south",
    "southern": "south",
    "central": "central",
    "northeast": "northeast",
    "northeastern": "northeast",
    "northwest": "northwest",
    "northwestern": "northwest",
    "southeast": "southeast",
    "southeastern": "southeast",
    "southwest": "southwest",
    "southwestern": "southwest",
}
_DIRECTION = r"(?:north|south)?-?(?:east|west)(?:ern)?|north(?:ern)?|south(?:ern)?|central"
_HELD = r"[a-z]+-(?:held|controlled|besieged)"
_QUALIFIER_BEFORE = re.compile(rf"\b({_DIRECTION}|{_HELD}|besieged)\s+$", re.I)
# "the city", "the government-held parts of the city", "the city's eastern parts": a city named earlier.
_BACK_REFERENCE = re.compile(
    rf"\bthe\s+(?:(?P<q1>{_DIRECTION}|{_HELD})\s+(?:parts?|areas?|districts?|neighbou?rhoods?|sides?|sectors?|"
    rf"half|outskirts|suburbs)\s+of\s+the\s+city|city['’]s\s+(?P<q2>{_DIRECTION}|{_HELD})\s+"
    rf"(?:parts?|areas?|districts?|neighbou?rhoods?|sides?|sectors?|half|outskirts|suburbs)|city\b(?!\s+of\b))",
    re.I,
)
# Words that open a name but are never a place on their own in these texts.
_SKIP_START = frozenset({"the", "a", "an", "and", "of", "in", "on", "at", "to", "for"})


# Generic words that open Arabic and Kurdish place names, in their usual spellings: village (kafr), hill (tal),
# monastery (deir), spring (ain, kani), inn (khan), house (beit), bridge (jisr), well (bir), cave (maarat),
# mountain (jabal), valley (wadi), castle (qalaat), ruin (khirbet), farm (mazraat), tower (burj). With the
# specific word after them they name one place; the specific alone names another, or none.
GENERIC_HEADS = frozenset(
    {
        *("kafr", "kfar", "kafar", "kefr", "kfr"),
        *("tal", "tall", "tell", "tel", "til"),
        *("deir", "dayr", "dair", "dier"),
        *("ain", "ayn", "ein", "ayin", "kani"),
        *("khan", "beit", "bayt", "beyt", "bait", "jisr", "bir", "bier"),
        *("maarat", "maarrat", "maaret", "marat"),
        *("jabal", "jebel", "jabel", "wadi", "qalaat", "qalat", "khirbet", "khirbat", "mazraat", "burj"),
    }
)


@dataclass(frozen=True, slots=True)
class PlaceMention:
    """One written mention of a place; `key` is what is looked up in the gazetteer."""

    span: Span
    text: str
    key: str
    qualifier: str | None = None
    admin1: bool = False
    back_reference: bool = False
    known: bool = True  # False: a compound name the gazetteer lacks ("Kafr Hamra"), kept as written


@lru_cache(maxsize=1)
def tagged_keys() -> frozenset[str]:
    """Folded forms of every gazetteer name worth tagging in running text."""

    def build() -> frozenset[str]:
        folded = {geo.fold(surface) for surface, _kind in geo.names()}
        return frozenset(folded | {geo.article_form(key) for key in folded})

    return cached("place_keys", build)


def _upper(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return bool(letters) and sum(ch.isupper() for ch in letters) > 0.8 * len(letters)


def _qualifier(word: str) -> str:
    word = word.lower()
    if "-" in word and not word.replace("-", "").isalpha():
        return word
    if word in _DIRECTIONS:
        return _DIRECTIONS[word]
    joined = word.replace("-", "")
    return _DIRECTIONS.get(joined, word)


# Entity labels a place name is never part of ("Syrian Observatory for Human Rights", "Ramadan", "Ahmad").
_NOT_PLACE = frozenset({"PERSON", "ORG", "DATE", "TIME", "EVENT", "WORK_OF_ART", "LAW", "PRODUCT", "MONEY"})


def _title_case(sent: DocSpan) -> bool:
    """A headline in title case ("Car Bomb in Homs Kills 23"), where the tagger reads names into any run of
    capitals ("Homs Kills" as a person)."""
    words = [t for t in sent if t.is_alpha and len(t) > 3]
    return len(words) >= 3 and sum(t.text[:1].isupper() for t in words) >= 0.8 * len(words)


def _blocked(doc: Doc) -> tuple[set[int], set[int]]:
    """Tokens inside names of people, organisations, dates and the like (a place alone may be mislabelled ORG),
    and among them those of a person or organisation in a title-case headline, where the tagger reads a name
    into any run of capitals ("Car Bomb in Homs Kills 23": "Homs Kills" as a person)."""
    blocked: set[int] = set(_building_words(doc))
    headline: set[int] = set()
    for ent in doc.ents:
        if ent.label_ in _NOT_PLACE and (ent.label_ != "ORG" or len(ent) > 1):
            blocked.update(range(ent.start, ent.end))
            if ent.label_ in ("PERSON", "ORG") and _title_case(ent.sent) and not _upper(ent.sent.text):
                headline.update(range(ent.start, ent.end))
    return blocked, headline


def _building_words(doc: Doc) -> list[int]:
    """Tokens of a building's name after the place it opens with: "the Kabul Serena Hotel" lies in Kabul, and
    "Serena" names the hotel, not a town of that name. Only names headed by a building noun (hotel, mosque,
    ...): other facilities ("the X-Y highway") may name more than one place."""
    keys = tagged_keys()
    out: list[int] = []
    for ent in doc.ents:
        if ent.label_ != "FAC" or ent[-1].lower_ not in BUILDING_HEADS:
            continue
        start = ent.start + (ent[0].lower_ == "the")
        before = doc[ent.start - 1] if ent.start > 0 else None
        if start == ent.start and before is not None and before.text[:1].isupper() and not before.is_stop:
            # the tagger cut the city off the name ("Kabul" + "Serena Hotel"): the name holds no place
            out.extend(range(start, ent.end))
            continue
        n = next(
            (
                n
                for n in range(min(MAX_WORDS, ent.end - start - 1), 0, -1)
                if geo.fold(doc[start : start + n].text) in keys
            ),
            0,
        )
        out.extend(range(start + n, ent.end))
    return out


def _plausible(span: DocSpan, upper: bool) -> bool:
    """Whether a gazetteer match reads as a name here: one word must be a proper noun or a place entity."""
    if len(span) > 1:
        return True
    token = span[0]
    if upper:
        return not token.is_stop
    return token.pos_ == "PROPN" or token.ent_type_ in ("GPE", "LOC") and not token.is_sent_start


def find_mentions(doc: Doc) -> list[PlaceMention]:
    """Gazetteer names in the text (longest first), with their qualifier and level cues, and back-references."""
    text = doc_text(doc)
    upper = _upper(text)
    blocked, headline = _blocked(doc)
    mentions = _scan(doc, blocked, upper)
    # A headline's "person" is a place when the story names that place elsewhere ("Vladimir Putin" stays a man).
    named = {m.key for m in mentions}
    starts = {doc[i].idx for i in headline}
    taken = [m.span for m in mentions]
    mentions += [
        m
        for m in (_scan(doc, blocked - headline, upper) if headline else [])
        if m.key in named
        and any(m.span[0] <= start < m.span[1] for start in starts)
        and not any(a < m.span[1] and m.span[0] < b for a, b in taken)
    ]
    # In wire copy set in capitals the tagger's labels are guesses, and so would a rescue from them be.
    if not upper:
        mentions += _written_as_places(doc, blocked, upper, [m.span for m in mentions])
    mentions.extend(_back_references(text))
    mentions.sort(key=lambda m: m.span)
    return mentions


# What puts a name read as a person's or a group's in place: "the town of al-Bab", "attacks in al-Bab".
_LOCATIVE_BEFORE = re.compile(
    r"\b(?:(?:town|city|village|district|suburb|neighbou?rhood|province)\s+of|in|near|outside|around|into)\s+$",
    re.I,
)


def written_as_place(doc: Doc, name: str) -> bool:
    """Whether a town's name is written as a place somewhere in the text ("in Bani Suheila", "the town of Bani
    Suheila"): then it names no person wherever the tagger read it as one ("Bani Suheila said ..."). The town is
    one the gazetteer knows, or a compound name opened by a generic place word ("Kafr Nour"), known or not."""
    key = geo.fold(name)
    words = key.split()
    compound = len(words) > 1 and words[0] in GENERIC_HEADS
    town = (
        compound or geo.article_form(key) in tagged_keys() and any(e.kind == "city" for e in geo.lookup(key))
    )
    if not name.strip() or not town:
        return False
    text = doc_text(doc)
    return any(
        _LOCATIVE_BEFORE.search(text[max(0, m.start() - 30) : m.start()])
        for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text)
    )


def _written_as_places(doc: Doc, blocked: set[int], upper: bool, taken: list[Span]) -> list[PlaceMention]:
    """Gazetteer names the tagger read into a person's, a group's or a title's name ("al-Bab", "Syria's Homs") that
    the story writes as a place once at least ("the town of al-Bab", "in Homs"): every mention of them."""
    keys = tagged_keys()
    names: list[tuple[str, int, int]] = []  # (key, first token, end token) of a name opening an entity
    for ent in doc.ents:
        # A nationality too: "in Homs city" may be read as one ("Homs" as an adjective).
        if ent.label_ not in _NOT_PLACE and ent.label_ != "NORP":
            continue
        for n in range(min(MAX_WORDS, len(ent)), 0, -1):
            key = geo.fold(doc[ent.start : ent.start + n].text)
            if key in keys:
                names.append((key, ent.start, ent.start + n))
                break
    found = {
        key
        for key, start, _end in names
        if _LOCATIVE_BEFORE.search(doc_text(doc)[max(0, doc[start].idx - 30) : doc[start].idx])
    }
    if not found:
        return []
    freed = {i for key, start, end in names if key in found for i in range(start, end)}
    return [
        m
        for m in _scan(doc, blocked - freed, upper, freed)
        if m.key in found and not any(a < m.span[1] and m.span[0] < b for a, b in taken)
    ]


def _name_tail(doc: Doc, i: int) -> bool:
    """Whether token `i` ends a longer name the gazetteer does not know, after a joined article ("Maarat
    al-Numan", "Ras al-Ain"): alone it would be a namesake elsewhere (a Numan in Nigeria, an Ain in the Gulf)."""
    if i < 3:
        return False
    hyphen, article, head = doc[i - 1], doc[i - 2], doc[i - 3]
    return (
        hyphen.text == "-"
        and not hyphen.whitespace_
        and not article.whitespace_
        and article.lower_ in geo.ARABIC_ARTICLES
        and head.text[:1].isupper()
    )


# English words for a kind of place, capitalised after a name in headlines and official names.
_DESIGNATORS = frozenset(
    {"city", "town", "village", "district", "province", "governorate", "countryside", "region", "area"}
    | {"neighborhood", "neighbourhood", "suburb", "camp", "road", "highway", "airport", "base", "hospital"}
)


def _compound_end(doc: Doc, i: int, keys: frozenset[str], blocked: set[int], upper: bool) -> int:
    """Where a name opened by a generic head word at token `i` ends: after the capitalised words, and the
    articles joined to them, that follow it in the sentence ("Kafr Hamra", "Tal al-Hamra", "Deir Abu Salim");
    `i` when token `i` opens no such name. A stop word ends it ("Kafr Hamra In Idlib" in a headline), and so
    does a name the gazetteer knows or another generic word after its first word ("in Kafr Hamra Idlib"), an
    acronym and an English word for a kind of place ("Kafr Hamra District"). The words of a person's or a
    group's name (`blocked`) are no part of it."""
    head = doc[i].text
    if geo.fold(head) not in GENERIC_HEADS or not upper and head.isupper():
        return i
    end, words = i, 0
    for token in doc[i + 1 : i + 1 + 2 * MAX_WORDS]:
        if token.is_sent_start or "\n" in doc[token.i - 1].whitespace_ or token.i in blocked:
            break
        if words == MAX_WORDS - 1:
            break
        if token.lower_ in geo.ARABIC_ARTICLES or token.text == "-" and not doc[token.i - 1].whitespace_:
            continue
        if not (token.is_alpha and token.text[:1].isupper()) or token.is_stop:
            break
        # after the first word, a place or a name of its own begins: "Kafr Hamra Idlib", "Tal Hamra Kafr Nour"
        if words and (geo.fold(token.text) in keys or token.lower_ in GENERIC_HEADS):
            break
        # an acronym ("Kafr Hamra SANA") or an English designator ("Kafr Hamra District") is no part of it
        if not upper and token.text.isupper() and len(token) > 1 or token.lower_ in _DESIGNATORS:
            break
        end, words = token.i + 1, words + 1
    return end if words else i


def _open_name(span: DocSpan, keys: frozenset[str]) -> bool:
    """A name whose capitalised first word names nothing alone, closed by a word written in lower case: "Deir
    ezzor", "Ras al ain". The first word needs its tail to name a place, so the tail belongs to the name."""
    return (
        len(span) > 1
        and span[0].text[:1].isupper()
        and geo.fold(span[0].text) not in keys
        and all(not t.is_stop or t.lower_ in geo.ARABIC_ARTICLES for t in span[1:])
    )


def _scan(
    doc: Doc, blocked: set[int], upper: bool, trusted: frozenset[int] | set[int] = frozenset()
) -> list[PlaceMention]:
    """Gazetteer names outside the blocked tokens, longest first; `trusted` tokens are known to be names."""
    keys = tagged_keys()
    mentions: list[PlaceMention] = []
    i = 0
    while i < len(doc):
        token = doc[i]
        # "al-Bab": a name may open with a lower-case article joined by a hyphen.
        article = token.lower_ in geo.ARABIC_ARTICLES and doc[i + 1 : i + 2].text == "-"
        if (
            i in blocked
            or not (token.text[:1].isupper() or article)
            or token.lower_ in _SKIP_START
            or _name_tail(doc, i)
        ):
            i += 1
            continue
        found = None
        for n in range(min(MAX_WORDS, len(doc) - i), 0, -1):
            span = doc[i : i + n]
            if any(t.i in blocked or t.is_space for t in span) or not span[-1].text[:1].isalpha():
                continue
            key = geo.article_form(geo.fold(span.text))
            if (
                key in keys
                and (upper or span[-1].text[:1].isupper() or _open_name(span, keys))
                and (span.start in trusted or _plausible(span, upper))
            ):
                found = span
                break
        compound = _compound_end(doc, i, keys, blocked, upper)
        if compound > i and (found is None or found.end <= i + 1):
            # "Kafr Hamra" when the gazetteer lacks it: a place of its own, neither "Hamra" nor "Kafr" elsewhere
            span = doc[i:compound]
            mentions.append(replace(_mention(doc_text(doc), span.start_char, span.end_char), known=False))
            i = compound
            continue
        if found is None:
            i += 1
            continue
        mentions.append(_mention(doc_text(doc), found.start_char, found.end_char))
        i = found.end
    return mentions


def _mention(text: str, start: int, end: int) -> PlaceMention:
    before, after = text[max(0, start - 40) : start], text[end : end + 40]
    name = text[start:end]
    key = geo.fold(name)
    qualifier = None
    admin1 = bool(_ADMIN1_AFTER.match(after) or _ADMIN1_BEFORE.search(before))
    rural = _RURAL_BEFORE.search(before)
    if rural:
        # "rural Damascus" is a division of its own in some countries (Rif Dimashq): try the whole phrase first.
        phrase = geo.fold(f"{rural.group(1)} {name}")
        if geo.lookup(phrase):
            return PlaceMention(
                (start - len(rural.group(0)), end), text[start - len(rural.group(0)) : end], phrase
            )
        admin1 = True
    suffix = _ADMIN1_AFTER.match(after)
    if suffix and suffix.group(1).lower() == "countryside" and geo.lookup(f"{key} countryside"):
        end += suffix.end()
        return PlaceMention((start, end), text[start:end], geo.fold(text[start:end]))
    held = _QUALIFIER_BEFORE.search(before)
    if held:
        qualifier = _qualifier(held.group(1))
        start -= len(held.group(0))
    return PlaceMention((start, end), text[start:end], key, qualifier, admin1)


def _back_references(text: str) -> list[PlaceMention]:
    out = []
    for m in _BACK_REFERENCE.finditer(text):
        word = m.group("q1") or m.group("q2")
        out.append(
            PlaceMention(m.span(), m.group(0), "", _qualifier(word) if word else None, back_reference=True)
        )
    return out
