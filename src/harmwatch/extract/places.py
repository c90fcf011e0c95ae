"""Places geocoded offline with a precision level."""

from __future__ import annotations

import math
from collections import Counter

from harmwatch import geo
from harmwatch.extract.place_mentions import PlaceMention, find_mentions
from harmwatch.nlp import Parsed
from harmwatch.records import Place, Span

_KIND_RANK = {"city": 0, "country": 0, "admin1": 1}


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


def extract_places(parsed: Parsed) -> list[Place]:
    """One Place per distinct location (and qualifier) with all its mentions, in order of first mention."""
    mentions = find_mentions(parsed.doc)
    named = [m for m in mentions if not m.back_reference]
    options = [_candidates(m) for m in named]
    context = _context(options)
    chosen: dict[Span, geo.GeoEntry] = {}
    for mention, entries in zip(named, options, strict=True):
        if entries:
            chosen[mention.span] = _choose(entries, context)
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
                country_code=entry.country_code,
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
