"""Places geocoded offline with a precision level."""

from __future__ import annotations

import math
import re
from collections import Counter

from harmwatch import geo
from harmwatch.extract.places.mentions import PlaceMention, find_mentions
from harmwatch.nlp import Parsed
from harmwatch.records import Place, Span

_KIND_RANK = {"city": 0, "country": 0, "admin1": 1}
# A city GeoNames knows by this many names is known abroad (Geneva, Kilis): a story may name it bare.
RENOWNED = 25


def _candidates(mention: PlaceMention) -> list[geo.GeoEntry]:
    found = geo.lookup(mention.key)
    if not mention.admin1:
        return found
    divisions = [e for e in found if e.kind == "admin1"]
    # "Homs province" when the gazetteer knows the city: the division the city lies in.
    for city in (e for e in found if e.kind == "city" and e.admin1):
        divisions += [
            e
            for e in geo.lookup(city.admin1 or "")
            if e.kind == "admin1" and e.country_code == city.country_code
        ]
    return list(dict.fromkeys(divisions)) or found


def _context(options: list[list[geo.GeoEntry]]) -> Counter[str]:
    """Countries the article is about: those it names, and those of places with a single reading."""
    context: Counter[str] = Counter()
    for entries in options:
        if entries and (entries[0].kind == "country" or len({e.country_code for e in entries}) == 1):
            context[entries[0].country_code] += 1
    return context


def _choose(entries: list[geo.GeoEntry], context: Counter[str]) -> geo.GeoEntry:
    # A bare name is a city before it is the division named after it. A country the article names weighs as
    # much as a hundredfold population: Tripoli in a Lebanon story is Lebanese, but Moscow stays in Russia
    # when the story also names the US.
    def score(entry: geo.GeoEntry) -> tuple[int, float]:
        return _KIND_RANK[entry.kind], -(
            math.log10(entry.population + 1) + (2.0 if context[entry.country_code] else 0)
        )

    return min(entries, key=score)


def _far_namesake(entry: geo.GeoEntry, others: Counter[str], key: str = "") -> bool:
    """A little-known town abroad that only shares its name with the place meant: "Madaya" in a Syria story
    is not the town in Myanmar, though the gazetteer knows no other. `others` counts the countries of the
    article's other place names as read; a town in the story's country or a neighbour of it is taken at its word."""
    # A city is known abroad by its own name, however spelt ("Hama" for "Ḩamāh"), not by a foreign one:
    # "Ariha" is Jericho's Arabic name, and a Syrian town's.
    renowned = entry.renown >= RENOWNED and (
        not key or geo.loose(key)[:1] == geo.loose(geo.fold(entry.name))[:1]
    )
    if entry.kind != "city" or renowned or not others or others[entry.country_code]:
        return False
    home, weight = others.most_common(1)[0]
    # The story's country is clear when named twice, or when it is the only one named.
    return (weight >= 2 or len(others) == 1) and entry.country_code not in geo.neighbours(home)


def _unknown(mention: PlaceMention) -> geo.GeoEntry:
    """A place the gazetteer does not know: its name as written, nothing more."""
    name = mention.text.split(maxsplit=1)[-1] if mention.qualifier else mention.text
    return geo.GeoEntry(None, name, "", None, None, None, "unknown", 0)


# Between a quarter's name and its city's: "the Bab Amr district of Homs", "the Karm al-Zaitoun
# neighborhood of the Syrian city of Homs".
_PART_OF = re.compile(
    r"\s+(?:district|neighbou?rhood|quarter)\s+of\s+(?:the\s+)?(?:(?:\w+\s+)?(?:city|town)\s+of\s+)?"
    r"(?P<city>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})"
)


def _city_named(words: str) -> geo.GeoEntry | None:
    """The city a run of capitalised words opens with ("Homs Syrian state television" -> Homs)."""
    parts = words.split()
    for n in range(len(parts), 0, -1):
        found = [e for e in geo.lookup(geo.fold(" ".join(parts[:n]))) if e.kind == "city"]
        if found:
            return max(found, key=lambda e: e.population)
    return None


def _quarters(
    text: str, named: list[PlaceMention], read: dict[Span, geo.GeoEntry]
) -> dict[str, geo.GeoEntry]:
    """Names written as a quarter of the city named next, that the gazetteer files abroad: the quarter, in that
    city, whatever town or province elsewhere bears its name. The city is read from the text itself, as the
    tagger may take it for part of a longer name."""
    out: dict[str, geo.GeoEntry] = {}
    for mention in named:
        name = read.get(mention.span)
        part = _PART_OF.match(text, mention.span[1])
        city = _city_named(part.group("city")) if part else None
        if name is None or city is None or name.country_code == city.country_code:
            continue
        written = _unknown(mention).name
        out[mention.key] = geo.GeoEntry(
            None, written, city.country_code, city.admin1, city.lat, city.lon, "neighborhood", 0
        )
    return out


def extract_places(parsed: Parsed) -> list[Place]:
    """One Place per distinct location (and qualifier) with all its mentions, in order of first mention."""
    mentions = find_mentions(parsed.doc)
    named = [m for m in mentions if not m.back_reference]
    options = [_candidates(m) for m in named]
    context = _context(options)
    read = {m.span: _choose(e, context) for m, e in zip(named, options, strict=True) if e}
    by_name: dict[str, Counter[str]] = {}
    for mention in named:
        if mention.span in read:
            by_name.setdefault(mention.key, Counter())[read[mention.span].country_code] += 1
    every: Counter[str] = sum(by_name.values(), Counter())
    quarters = _quarters(parsed.text, named, read)
    chosen: dict[Span, geo.GeoEntry] = {}
    for mention in named:
        entry = quarters.get(mention.key) or read.get(mention.span)
        if not mention.known:
            chosen[mention.span] = _unknown(mention)
        elif entry is not None and entry.kind == "neighborhood":
            chosen[mention.span] = entry
        elif entry is not None:
            far = _far_namesake(entry, every - by_name[mention.key], mention.key)
            chosen[mention.span] = _unknown(mention) if far else entry
    groups: dict[tuple[object, ...], list[tuple[PlaceMention, geo.GeoEntry]]] = {}
    cities: Counter[geo.GeoEntry] = Counter()
    for mention in mentions:
        # "the city" is the story's city: the one named most so far (an office's city is named once, in passing).
        entry = cities.most_common(1)[0][0] if mention.back_reference and cities else chosen.get(mention.span)
        if entry is None:
            continue
        if entry.kind == "city":
            cities[entry] += 1
        key = (entry.kind, entry.country_code, entry.geonames_id or entry.name, mention.qualifier)
        groups.setdefault(key, []).append((mention, entry))
    places = []
    for n, group in enumerate(groups.values(), start=1):
        # The first mention written out by name is the one a reader would cite ("the city" names nothing).
        first, entry = next(((m, e) for m, e in group if not m.back_reference), group[0])
        places.append(
            Place(
                id=f"p{n}",
                name=entry.name,
                as_written=first.text,
                country_code=entry.country_code or None,
                lat=entry.lat,
                lon=entry.lon,
                precision=entry.kind,
                geonames_id=entry.geonames_id if entry.kind != "admin1" else None,
                admin1=entry.admin1,
                qualifier=first.qualifier,
                mentions=tuple(m.span for m, _e in group),
            )
        )
    return places
