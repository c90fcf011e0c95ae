"""One incident -> one CSV row: ACLED's columns in ACLED's order, then HarmWatch's own.

ACLED's conventions followed here: `fatalities` is the most conservative figure reported (0 when none
is), `time_precision` 1/2/3 for a day / a week / anything vaguer, `geo_precision` 1/2/3 for a town / a
province / a country. Interaction codes (`inter1`, `inter2`: 1 state forces, 2 rebel groups, 3 political
militias, 5 rioters, 6 protesters, 7 civilians, 8 external / other forces) come from the actor registry's
kind and side of each actor; `interaction` joins the two codes, lower first, or is the sole actor's code
times ten. An actor the registry does not know gets no code.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import pycountry

from harmwatch.extract.actors.registry import generic_group, match_actor

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
PROTESTS, RIOTS = "Protests", "Riots"
# ACLED's actor types by the registry's (kind, side); a state's forces outside their own country are external.
INTER_BY_SIDE = {
    "government": 1,
    "opposition": 2,
    "jihadist": 2,
    "kurdish": 2,
    "coalition": 8,
    "foreign_state": 8,
}
PROTESTERS, RIOTERS, CIVILIANS = 6, 5, 7
REBEL_SIDES = ("opposition", "jihadist", "kurdish")


def inter_code(actor: str, country_code: str | None) -> int | None:
    """ACLED's actor type code of a named or generic actor, None when the registry does not know it."""
    known = match_actor(actor) or generic_group(actor)
    if known is None or known.kind not in ("igo", "state_force", "government", "armed_group"):
        return None
    if known.kind == "igo":
        return 8
    if known.kind == "armed_group":
        # Pro-government and unaffiliated armed groups are political militias in ACLED's typology.
        return INTER_BY_SIDE.get(known.side or "") if known.side in REBEL_SIDES else 3
    home = getattr(known, "country", None)
    abroad = bool(home and country_code and home != country_code.upper())
    return 8 if abroad or known.side in ("coalition", "foreign_state") else 1


def interaction(first: int | None, second: int | None) -> int | None:
    """ACLED's interaction code: both actor types, lower first; a sole actor's type times ten."""
    codes = sorted(c for c in (first, second) if c)
    if not codes:
        return None
    return codes[0] * 10 + (codes[1] if len(codes) > 1 else 0)


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
    event_type = incident.get("event_type")
    civilians = event_type == CIVILIAN_TARGETED
    crowd = {PROTESTS: ("Protesters", PROTESTERS), RIOTS: ("Rioters", RIOTERS)}.get(event_type or "")
    if crowd and not actors:
        actors = [f"{crowd[0]} ({country})" if country else crowd[0]]
    inter1 = (
        crowd[1]
        if crowd and actors[0].startswith(crowd[0])
        else (inter_code(actors[0], place.get("country_code")) if actors else None)
    )
    inter2 = CIVILIANS if civilians else None
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
        "inter1": inter1 or "",
        "actor2": f"Civilians ({country})" if civilians and country else ("Civilians" if civilians else ""),
        "assoc_actor_2": "",
        "inter2": inter2 or "",
        "interaction": interaction(inter1, inter2) or "",
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
