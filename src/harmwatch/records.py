"""Typed records of a HarmWatch report (SCHEMA.md). Every extracted item carries the span(s) it came from."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any, Literal

SCHEMA_VERSION = "harmwatch.report/1"

Span = tuple[int, int]
"""Character offsets [start, end) into `Article.text`."""


def within(span: Span, outer: Span) -> bool:
    """Whether `span` lies inside `outer`."""
    return outer[0] <= span[0] and span[1] <= outer[1]


Resolution = Literal["explicit", "surname", "pronoun", "title", "continuation", "unresolved"]
ClaimKind = Literal["killed", "injured", "killed_or_injured", "missing", "abducted", "detained", "displaced"]
Qualifier = Literal["exact", "at_least", "more_than", "about", "up_to", "vague"]
Certainty = Literal["claimed", "reported_as_fact", "alleged", "denied", "unknown"]


@dataclass(frozen=True, slots=True)
class Article:
    id: str
    text: str
    title: str | None = None
    published: str | None = None
    published_precision: str = "unknown"
    outlet: str | None = None
    url: str | None = None
    language: str = "en"
    input_id: str | None = None
    source_id: str | None = None
    """The input's own id: a JSON Lines `id`, else the file name (or the URL), for joining back to it."""


@dataclass(frozen=True, slots=True)
class TextSpan:
    text: str
    span: Span


@dataclass(frozen=True, slots=True)
class Speaker:
    name: str | None
    resolution: Resolution
    span: Span | None = None
    role: str | None = None
    organization: str | None = None
    actor_id: str | None = None


@dataclass(frozen=True, slots=True)
class Quote:
    id: str
    text: str
    span: Span
    kind: Literal["direct", "partial"]
    speaker: Speaker | None
    cue: TextSpan | None
    confidence: float


@dataclass(frozen=True, slots=True)
class Statement:
    id: str
    source: Speaker
    cue: TextSpan | None
    content: TextSpan


@dataclass(frozen=True, slots=True)
class Count:
    low: int | None
    high: int | None
    qualifier: Qualifier
    as_written: str


@dataclass(frozen=True, slots=True)
class Victims:
    type: str = "people"
    includes: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Claim:
    id: str
    kind: ClaimKind
    count: Count
    victims: Victims
    claimant: Speaker | None
    span: Span
    place_id: str | None = None
    time_id: str | None = None
    incident_id: str | None = None


@dataclass(frozen=True, slots=True)
class Perpetrator:
    actor_id: str | None
    label_used: str | None
    certainty: Certainty
    alleged_by: str | None = None


@dataclass(frozen=True, slots=True)
class Target:
    label: str
    kind: str


@dataclass(frozen=True, slots=True)
class Weapon:
    label: str
    cls: str  # serialised as "class"


@dataclass(frozen=True, slots=True)
class Tally:
    low: int | None
    high: int | None
    claim_ids: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Incident:
    id: str
    event_type: str
    sub_event_type: str
    perpetrator: Perpetrator | None
    targets: tuple[Target, ...] = ()
    weapons: tuple[Weapon, ...] = ()
    place_id: str | None = None
    time_id: str | None = None
    casualties: dict[str, Tally] = field(default_factory=dict)
    claim_ids: tuple[str, ...] = ()
    mentions: tuple[Span, ...] = ()


@dataclass(frozen=True, slots=True)
class Actor:
    id: str
    name: str
    kind: str
    side: str | None = None
    country: str | None = None
    affiliation: str | None = None
    role: str | None = None
    labels_used: tuple[str, ...] = ()
    mentions: tuple[Span, ...] = ()


@dataclass(frozen=True, slots=True)
class Place:
    id: str
    name: str
    as_written: str
    country_code: str | None
    lat: float | None
    lon: float | None
    precision: str
    geonames_id: int | None = None
    admin1: str | None = None
    qualifier: str | None = None
    mentions: tuple[Span, ...] = ()


@dataclass(frozen=True, slots=True)
class TimeRef:
    id: str
    as_written: str
    start: str | None
    end: str | None
    precision: str
    anchor: Literal["dateline", "absolute", "relative"]
    span: Span


@dataclass(frozen=True, slots=True)
class Framing:
    term: str
    span: Span
    kind: Literal["loaded_label", "scare_quote", "hedge", "euphemism"]
    neutral: str | None = None


@dataclass(frozen=True, slots=True)
class Report:
    article: Article
    extractor_version: str
    quotes: tuple[Quote, ...] = ()
    statements: tuple[Statement, ...] = ()
    claims: tuple[Claim, ...] = ()
    incidents: tuple[Incident, ...] = ()
    actors: tuple[Actor, ...] = ()
    places: tuple[Place, ...] = ()
    times: tuple[TimeRef, ...] = ()
    framing: tuple[Framing, ...] = ()


def _jsonable(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        out = {}
        for f in dataclasses.fields(value):
            out["class" if f.name == "cls" else f.name] = _jsonable(getattr(value, f.name))
        return out
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    return value


def report_to_dict(report: Report) -> dict[str, Any]:
    """The report as SCHEMA.md's JSON object (tuples become lists, `cls` becomes `class`)."""
    body = _jsonable(report)
    article = body.pop("article")
    input_id = article.pop("input_id")
    source_id = article.pop("source_id")
    out: dict[str, Any] = {"schema": SCHEMA_VERSION}
    if input_id is not None:
        out["input_id"] = input_id
    if source_id is not None:
        out["source_id"] = source_id
    out["extractor_version"] = body.pop("extractor_version")
    out["article"] = article
    out.update(body)
    return out
