"""Incident reports: one article's incident, with what clustering and claim comparison need, read from a report.

A report dict (SCHEMA.md) holds incidents whose place, time, perpetrator and claims are ids into the report's
other lists; `incident_reports` resolves them into self-contained `IncidentReport` records, so the rest of the
aggregate stage works on records alone and never on the whole report again.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from harmwatch.aggregate.claimants import claimant_key, claimant_type, perpetrator_name
from harmwatch.aggregate.localnames import local_names, name_context, sentence_bounds
from harmwatch.ingest import dedup
from harmwatch.ingest.dateline import WEEKDAYS

UNDATED_WIDTH = 2
"""Days before the dateline an undated incident may have happened (an article reports the recent past)."""
LONGEST_WINDOW = 7
"""A dated span longer than this (an offensive, 'this month') says too little about the day to block on."""
LEAD_CHARS = 400
"""How much of the body after the title counts as the lead."""
SUBSET_VICTIMS = ("children", "women")
"""Victim types that are a part of a toll (seven of them children), never the toll itself, unless the article
gives no other count of that kind of harm for the incident: then "seven children were killed" is its toll."""

_WORD = re.compile(r"[^\W\d_][\w'-]+", re.UNICODE)
_STOP = frozenset(
    """about after again against also among amid another around because been before being between both could
    during each from have having into more most near only other over said says since some such than that
    their them there these they this those through under until very were what when where which while with
    would year years people killed least according reported report reports told news agency monday tuesday
    wednesday thursday friday saturday sunday january february march april june july august september
    october november december""".split()
)


@dataclass(frozen=True, slots=True)
class PlaceRef:
    name: str
    geonames_id: int | None
    country_code: str | None
    admin1: str | None
    lat: float | None
    lon: float | None
    precision: str


@dataclass(frozen=True, slots=True)
class PerpetratorRef:
    actor: str
    side: str | None
    certainty: str
    claimant: str | None
    """Who alleged or denied it; None when the outlet states it in its own voice."""


@dataclass(frozen=True, slots=True)
class Figure:
    """One claimant's count of one kind of harm, as one article reports it."""

    kind: str
    low: int | None
    high: int | None
    qualifier: str
    as_written: str
    claimant: str
    claimant_type: str
    article_id: str
    published: str | None
    lead: bool = False
    """Told in the article's lead (its title and opening): the news the article is written about."""


@dataclass(frozen=True, slots=True)
class IncidentReport:
    """One incident as one article reports it: the unit that clustering joins across articles."""

    article_id: str
    seq: int
    rec_id: str
    main: bool
    source_key: str
    """The article's original as ingest linked it (`duplicate_of`), else its own id."""
    minhash: str | None
    """The text's MinHash as hex: near-duplicate texts are copies of one story, one source."""
    source_id: str | None
    outlet: str | None
    title: str | None
    published: str | None
    event_type: str
    sub_event_type: str
    day_start: str | None
    day_end: str | None
    date_precision: str
    place: PlaceRef | None
    country_code: str | None
    perpetrator: PerpetratorRef | None
    figures: tuple[Figure, ...] = ()
    words: tuple[str, ...] = ()
    title_words: tuple[str, ...] = ()
    names: tuple[str, ...] = ()
    days: tuple[str, ...] = ()
    """Every day the article names outside its dateline (ISO): weak evidence for an event day its incident's own
    time did not give (a follow-up dated by its news that still names the day of the attack)."""
    place_recalled: bool = False
    """Every mention of the place shares a sentence with an earlier time and with none of the incident's days:
    the place of an event the text recalls ("used in Homs last year"), not of this one."""
    local_names: tuple[str, ...] = ()
    """Names the incident's own sentences give its place by that the gazetteer did not resolve (a small town):
    folded, see `localnames.local_names`."""
    weekdays: tuple[int, ...] = ()
    """For a report with no date at all: the weekdays (Monday 0) the article names ("on Saturday" with nothing
    to anchor it), in the order it first names them; else empty."""
    arrived: str | None = None
    """The day (ISO, UTC) the article came into the store; None for a report read outside a store. An undated
    report has no other time: it only meets reports whose articles came in near it (`score.arrived_near`)."""

    @property
    def key(self) -> tuple[str, str, int]:
        """Total order of reports, independent of ingestion: earliest publication first."""
        return (self.published or "9999", self.article_id, self.seq)


def _day(value: Any) -> date | None:
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def incident_window(time: dict[str, Any] | None, published: str | None) -> tuple[str | None, str | None, str]:
    """The days an incident may have happened on, and how precisely: its own time when that names a day or
    a short span, else the days just before the dateline (precision "dateline"), else unknown. A time that is
    the dateline itself dates the article, not the event: it counts as no time."""
    if time and time.get("anchor") != "dateline":
        start, end = _day(time.get("start")), _day(time.get("end"))
        if start and time.get("precision") in ("day", "week"):
            end = end or start
            if (end - start).days <= LONGEST_WINDOW:
                return start.isoformat(), end.isoformat(), str(time["precision"])
    day = _day(published)
    if day is None:
        return None, None, "unknown"
    return (day - timedelta(days=UNDATED_WIDTH)).isoformat(), day.isoformat(), "dateline"


_WEEKDAY = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")\b", re.IGNORECASE)


def named_weekdays(times: list[dict[str, Any]]) -> tuple[int, ...]:
    """The weekdays (Monday 0) of the times that name one but could not be resolved to a date, each once, in
    order: an undated article tells of the attack on one day and of the toll or the funerals on the next."""
    out: list[int] = []
    for time in times:
        match = None if time.get("start") else _WEEKDAY.search(str(time.get("as_written") or ""))
        day = WEEKDAYS[match.group(1).casefold()] if match else None
        if day is not None and day not in out:
            out.append(day)
    return tuple(out)


def named_days(times: list[dict[str, Any]]) -> tuple[str, ...]:
    """The days the article's times name to the day, except its dateline."""
    return tuple(
        sorted(
            {
                day.isoformat()
                for t in times
                if t.get("precision") == "day" and t.get("anchor") != "dateline"
                for day in [_day(t.get("start"))]
                if day is not None
            }
        )
    )


def content_words(text: str) -> set[str]:
    """Lower-cased words of four letters or more that are not function words or calendar words."""
    return {w for w in (m.group().casefold() for m in _WORD.finditer(text)) if len(w) >= 4 and w not in _STOP}


def _body_start(article: dict[str, Any]) -> int:
    """Where the body begins in the article's text: after the title when the text opens with it."""
    text = str(article.get("text") or "")
    title = str(article.get("title") or "")
    return len(title) if title and text.startswith(title) else 0


def _lead_end(article: dict[str, Any]) -> int:
    """Where the lead ends in the article's text: LEAD_CHARS into the body."""
    return _body_start(article) + LEAD_CHARS


def _lead(article: dict[str, Any]) -> str:
    """The title and the lead's text."""
    text = str(article.get("text") or "")
    return f"{article.get('title') or ''} {text[_body_start(article) : _lead_end(article)]}"


def _place(record: dict[str, Any] | None) -> PlaceRef | None:
    if not record or not record.get("name"):
        return None
    gid = record.get("geonames_id")
    lat, lon = record.get("lat"), record.get("lon")
    return PlaceRef(
        name=str(record["name"]),
        geonames_id=gid if isinstance(gid, int) else None,
        country_code=record.get("country_code"),
        admin1=record.get("admin1"),
        lat=float(lat) if isinstance(lat, (int, float)) else None,
        lon=float(lon) if isinstance(lon, (int, float)) else None,
        precision=str(record.get("precision") or "unknown"),
    )


def _country(place: PlaceRef | None, places: list[dict[str, Any]]) -> str | None:
    """The incident's country: its place's, else the country the article names most places in."""
    if place and place.country_code:
        return place.country_code
    counts: dict[str, int] = {}
    for p in places:
        code = p.get("country_code")
        if code:
            counts[code] = counts.get(code, 0) + len(p.get("mentions") or [1])
    return min(counts, key=lambda c: (-counts[c], c)) if counts else None


def _figures(
    incident: dict[str, Any], claims: list[dict[str, Any]], actors: dict[str, dict[str, Any]], article: dict
) -> tuple[Figure, ...]:
    ids = set(incident.get("claim_ids") or [])
    own_voice = claimant_key(None, actors, article.get("outlet"))
    lead_end = _lead_end(article)
    own = [c for c in claims if c.get("id") in ids or c.get("incident_id") == incident.get("id")]
    whole = {
        c.get("kind")
        for c in own
        if (c.get("victims") or {}).get("type") not in SUBSET_VICTIMS
        and ((c.get("count") or {}).get("low") is not None or (c.get("count") or {}).get("high") is not None)
    }
    out = []
    for claim in own:
        if claim.get("kind") in whole and (claim.get("victims") or {}).get("type") in SUBSET_VICTIMS:
            continue
        count = claim.get("count") or {}
        low, high = count.get("low"), count.get("high")
        if low is None and high is None:
            continue
        speaker = claim.get("claimant")
        span = claim.get("span") or [lead_end]
        out.append(
            Figure(
                kind=str(claim.get("kind")),
                low=low,
                high=high,
                qualifier=str(count.get("qualifier") or "exact"),
                as_written=str(count.get("as_written") or ""),
                claimant=claimant_key(speaker, actors, article.get("outlet")),
                claimant_type=claimant_type(speaker, actors),
                article_id=str(article["id"]),
                published=article.get("published"),
                lead=int(span[0]) < lead_end,
            )
        )
    # A figure the lead gives is the lead's wherever else the article repeats it (with its source, say).
    in_lead = {(f.kind, f.low, f.high) for f in out if f.lead}
    out = [dataclasses.replace(f, lead=(f.kind, f.low, f.high) in in_lead) for f in out]
    # A headline's figure in the outlet's voice usually repeats one the body attributes: keep the attributed one.
    named = {(f.kind, f.low, f.high) for f in out if f.claimant != own_voice}
    return tuple(f for f in out if f.claimant != own_voice or (f.kind, f.low, f.high) not in named)


def _perpetrator(incident: dict[str, Any], actors: dict[str, dict[str, Any]]) -> PerpetratorRef | None:
    perp = incident.get("perpetrator")
    if not perp:
        return None
    actor = actors.get(perp.get("actor_id") or "")
    name = perpetrator_name(actor, perp.get("label_used"))
    if not name:
        return None
    alleged = actors.get(perp.get("alleged_by") or "")
    return PerpetratorRef(
        actor=name,
        side=(actor or {}).get("side"),
        certainty=str(perp.get("certainty") or "unknown"),
        claimant=alleged.get("name") if alleged else None,
    )


def place_recalled(
    record: dict[str, Any] | None,
    times: list[dict[str, Any]],
    text: str,
    window: tuple[str | None, str | None],
) -> bool:
    """Whether each mention of the place stands in a sentence that holds a time ending before the incident's
    window and no time inside it (see IncidentReport.place_recalled)."""
    first, last = window
    mentions = (record or {}).get("mentions") or []
    if not (first and last and mentions and text):
        return False
    at = [(t, int(t["span"][0])) for t in times if t.get("span") and t.get("anchor") != "dateline"]

    def recalled(offset: int) -> bool:
        start, end = sentence_bounds(text, offset)
        inside = [t for t, position in at if start <= position < end]
        earlier = any(str(t.get("end") or "9999") < first for t in inside)
        return earlier and not any(first <= str(t.get("start") or "")[:10] <= last for t in inside)

    return all(recalled(int(m[0])) for m in mentions)


def incident_reports(
    report: dict[str, Any],
    duplicate_of: str | None = None,
    minhash: bytes | None = None,
    arrived: str | None = None,
) -> list[IncidentReport]:
    """Every incident of one report dict as an IncidentReport; the first is the article's main incident.
    `minhash` is the text's signature when the caller has it (ingest does), else it is computed; `arrived` is
    the day the article came into the store (see IncidentReport.arrived)."""
    article = report["article"]
    text = str(article.get("text") or "")
    signature = (minhash or dedup.to_bytes(dedup.signature(text))).hex()
    actors = {a["id"]: a for a in report.get("actors") or [] if a.get("id")}
    places = {p["id"]: p for p in report.get("places") or [] if p.get("id")}
    times = {t["id"]: t for t in report.get("times") or [] if t.get("id")}
    all_times = list(times.values())
    # What the article as a whole gives, the same for each of its incidents.
    words = tuple(sorted(content_words(_lead(article))))
    title_words = tuple(sorted(content_words(str(article.get("title") or ""))))
    days = named_days(all_times)
    weekdays = named_weekdays(all_times)
    names = tuple(
        sorted(
            {str(p["name"]).casefold() for p in places.values() if p.get("precision") != "country"}
            | {str(a["name"]).casefold() for a in actors.values() if a.get("kind") != "person"}
        )
    )
    source_id = report.get("source_id") or article.get("source_id")
    out = []
    context = name_context(report)
    for seq, incident in enumerate(report.get("incidents") or []):
        place = _place(places.get(incident.get("place_id") or ""))
        start, end, precision = incident_window(
            times.get(incident.get("time_id") or ""), article.get("published")
        )
        out.append(
            IncidentReport(
                article_id=str(article["id"]),
                seq=seq,
                rec_id=str(incident.get("id") or f"i{seq + 1}"),
                main=seq == 0,
                source_key=duplicate_of or str(article["id"]),
                minhash=signature,
                source_id=source_id,
                outlet=article.get("outlet"),
                title=article.get("title"),
                published=article.get("published"),
                event_type=str(incident.get("event_type") or ""),
                sub_event_type=str(incident.get("sub_event_type") or ""),
                day_start=start,
                day_end=end,
                date_precision=precision,
                place=place,
                place_recalled=place_recalled(
                    places.get(incident.get("place_id") or ""), all_times, text, (start, end)
                ),
                country_code=_country(place, list(places.values())),
                perpetrator=_perpetrator(incident, actors),
                figures=_figures(incident, report.get("claims") or [], actors, article),
                words=words,
                title_words=title_words,
                names=names,
                days=days,
                local_names=local_names(report, incident, context),
                weekdays=weekdays if precision == "unknown" else (),
                arrived=arrived,
            )
        )
    return out


def report_to_json(item: IncidentReport) -> dict[str, Any]:
    """The record as plain JSON for the store."""
    return dataclasses.asdict(item)


_SCALARS = frozenset(f.name for f in dataclasses.fields(IncidentReport)) - {
    "place",
    "perpetrator",
    "figures",
    "words",
    "title_words",
    "names",
    "days",
    "local_names",
    "weekdays",
}


def report_from_json(data: dict[str, Any]) -> IncidentReport:
    """The record back from `report_to_json`; a field an older version stored and this one dropped is ignored
    (`harmwatch aggregate --rebuild` recomputes every record with the current fields)."""
    place = PlaceRef(**data["place"]) if data.get("place") else None
    perp = PerpetratorRef(**data["perpetrator"]) if data.get("perpetrator") else None
    fields = {k: v for k, v in data.items() if k in _SCALARS}
    return IncidentReport(
        **fields,
        place=place,
        perpetrator=perp,
        figures=tuple(Figure(**f) for f in data.get("figures") or []),
        words=tuple(data.get("words") or ()),
        title_words=tuple(data.get("title_words") or ()),
        names=tuple(data.get("names") or ()),
        days=tuple(data.get("days") or ()),
        local_names=tuple(data.get("local_names") or ()),
        weekdays=tuple(data.get("weekdays") or ()),
    )
