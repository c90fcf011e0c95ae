"""One incident -> one CSV row: ACLED's columns in ACLED's order, then HarmWatch's own.

ACLED's conventions followed here: `fatalities` is the most conservative figure reported (0 when none
is), `time_precision` 1/2/3 for a day / a week / anything vaguer, `geo_precision` 1/2/3 for a town / a
province / a country. Interaction codes need an actor typology the incident does not carry, so inter1,
inter2 and interaction stay empty except for civilians as the target of violence against civilians (7).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import pycountry

ACLED_COLUMNS = (
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
)
OWN_COLUMNS = (
    "fatalities_low",
    "fatalities_high",
    "injured_low",
    "injured_high",
    "claimants",
    "article_ids",
    "source_ids",
    "grade",
)
COLUMNS = ACLED_COLUMNS + OWN_COLUMNS
TIME_PRECISION = {"day": 1, "week": 2}
GEO_PRECISION = {"exact": 1, "neighborhood": 1, "city": 1, "admin1": 2}
CIVILIAN_TARGETED = "Violence against civilians"


@lru_cache(maxsize=512)
def _country(code: str | None) -> tuple[str, str]:
    """(alpha-3, name) of an ISO alpha-2 code; ("XXX", "") when unknown."""
    found = pycountry.countries.get(alpha_2=code.upper()) if code else None
    return (found.alpha_3, found.name) if found else ("XXX", "")


def _join(values: Any) -> str:
    return "; ".join(dict.fromkeys(str(v) for v in values if v))


def _figure(incident: dict[str, Any], kind: str, key: str) -> Any:
    value = ((incident.get("figures") or {}).get(kind) or {}).get(key)
    return "" if value is None else value


def acled_row(incident: dict[str, Any]) -> dict[str, Any]:
    """The incident as a dict keyed by COLUMNS (values are str, int or float)."""
    place = incident.get("place") or {}
    alpha3, country = _country(place.get("country_code"))
    date = incident.get("date") or ""
    actors = [p.get("actor") for p in incident.get("perpetrators") or [] if p.get("certainty") != "denied"]
    actors = [a for a in actors if a]
    articles = incident.get("articles") or []
    figures = incident.get("figures") or {}
    claimants = [c.get("claimant") for f in figures.values() for c in f.get("by_claimant") or []]
    civilians = incident.get("event_type") == CIVILIAN_TARGETED
    fatalities = _figure(incident, "killed", "conservative")
    location = place.get("name") or ""
    notes = f"{incident.get('sub_event_type') or 'Event'} in {location or 'an unknown place'}"
    notes += f" on {date}." if date else "."
    if fatalities != "":
        notes += f" Most conservative reported toll: {fatalities} killed."
    return {
        "event_id_cnty": f"{alpha3}-{incident['id']}",
        "event_date": date[:10],
        "year": date[:4],
        "time_precision": TIME_PRECISION.get(incident.get("date_precision") or "", 3),
        "event_type": incident.get("event_type") or "",
        "sub_event_type": incident.get("sub_event_type") or "",
        "actor1": actors[0] if actors else "",
        "assoc_actor_1": _join(actors[1:]),
        "inter1": "",
        "actor2": f"Civilians ({country})" if civilians and country else ("Civilians" if civilians else ""),
        "assoc_actor_2": "",
        "inter2": 7 if civilians else "",
        "interaction": "",
        "country": country,
        "admin1": place.get("admin1") or "",
        "admin2": "",
        "admin3": "",
        "location": location,
        "latitude": "" if place.get("lat") is None else place["lat"],
        "longitude": "" if place.get("lon") is None else place["lon"],
        "geo_precision": GEO_PRECISION.get(place.get("precision") or "", 3),
        "source": _join(a.get("outlet") for a in articles),
        "source_scale": "",
        "notes": notes,
        "fatalities": fatalities if fatalities != "" else 0,
        "fatalities_low": _figure(incident, "killed", "low"),
        "fatalities_high": _figure(incident, "killed", "high"),
        "injured_low": _figure(incident, "injured", "low"),
        "injured_high": _figure(incident, "injured", "high"),
        "claimants": _join(claimants),
        "article_ids": _join(a.get("id") for a in articles),
        "source_ids": _join(a.get("source_id") for a in articles),
        "grade": incident.get("grade") or "",
    }
