"""The extractors: a package per record family, run in dependency order over one parse by `extract_parsed`.

- `quotes/`: quotes, reported speech and their speakers.
- `actors/`: actors under neutral names, the outlet's labels and framing.
- `places/`: places geocoded offline.
- `times/`: dates normalised against the dateline.
- `casualties/`: casualty claims with bounds, victims and claimant.
- `incidents/`: ACLED-typed incidents with perpetrator, place, time and figures.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator

from spacy.language import Language

from harmwatch import EXTRACTOR_VERSION
from harmwatch.extract.actors import extract_actors, extract_framing
from harmwatch.extract.casualties import extract_claims
from harmwatch.extract.incidents import extract_incidents
from harmwatch.extract.places import extract_places
from harmwatch.extract.quotes import extract_quotes, extract_statements, find_people, resolve_quote_pronouns
from harmwatch.extract.selection import selector
from harmwatch.extract.times import extract_times
from harmwatch.nlp import Parsed, load_nlp, parse, parse_many
from harmwatch.records import Actor, Article, Quote, Report, Speaker, Statement


def link_speaker(speaker: Speaker | None, actors: list[Actor]) -> Speaker | None:
    """The speaker with `actor_id` of the actor of the same name, when there is one."""
    if speaker is None or speaker.actor_id or not speaker.name:
        return speaker
    key = speaker.name.casefold()
    for actor in actors:
        if actor.name.casefold() == key or key in (label.casefold() for label in actor.labels_used):
            return dataclasses.replace(speaker, actor_id=actor.id)
    return speaker


def extract_parsed(parsed: Parsed) -> Report:
    """Every extractor over one parsed article, in dependency order."""
    people = find_people(parsed)
    quotes = extract_quotes(parsed, people)
    statements = extract_statements(parsed, people, quotes)
    quotes = resolve_quote_pronouns(parsed, people, quotes, statements)
    actors = extract_actors(parsed, people)
    quotes = [dataclasses.replace(q, speaker=link_speaker(q.speaker, actors)) for q in quotes]
    statements = [
        dataclasses.replace(s, source=link_speaker(s.source, actors) or s.source) for s in statements
    ]
    places = extract_places(parsed)
    times = extract_times(parsed)
    claims = extract_claims(parsed, quotes, statements, places, times)
    incidents, claims = extract_incidents(parsed, claims, actors, places, times, statements, quotes)
    framing = extract_framing(parsed, quotes, actors)
    return Report(
        article=parsed.article,
        extractor_version=EXTRACTOR_VERSION,
        quotes=tuple(quotes),
        statements=tuple(statements),
        claims=tuple(claims),
        incidents=tuple(incidents),
        actors=tuple(actors),
        places=tuple(places),
        times=tuple(times),
        framing=tuple(framing),
    )


def extract_article(article: Article, nlp: Language | None = None, *, full_parse: bool = False) -> Report:
    """The report of one article (parses it first: only the sentences that need it, or all with `full_parse`)."""
    nlp = nlp or load_nlp()
    return extract_parsed(parse(article, nlp, None if full_parse else selector(nlp)))


def parse_articles(
    articles: Iterable[Article], nlp: Language | None = None, *, full_parse: bool = False
) -> Iterator[Parsed]:
    """Articles parsed in batches for `extract_parsed`, in input order (see extract_article for `full_parse`)."""
    nlp = nlp or load_nlp()
    return parse_many(articles, nlp, None if full_parse else selector(nlp))


__all__ = ["extract_article", "extract_parsed", "link_speaker", "parse_articles", "Quote", "Statement"]
