"""How likely two incident reports describe one event: blocking rules and a weighted score of signals.

`may_match` is the cheap block (same country, time windows at most MAX_GAP days apart, or NAMED_GAP when one
article names a day of the other's window, compatible event families); `score` weighs the signals, each in
[0, 1]: event type, day distance, places apart, a shared local place name, perpetrator, closeness of the death
tolls, and shared lead wording and names. The weights were fitted on the FA-KES development pairs whose smaller
unit id is even; the "apart" and local-place weights and the threshold were chosen on half a of the judged pairs
(see docs/incidents.md).
"""

from __future__ import annotations

import math
from datetime import date

from harmwatch.aggregate.features import IncidentReport, PlaceRef

MAX_GAP = 3
"""Days between two reports' time windows beyond which they are never one incident, unless one article names
a day inside the other's window (see `named_day`)."""
NAMED_GAP = 8
"""Days between two windows that an article naming a day of the other's window may still bridge."""
NAMED_DAY = 0.5
"""The day signal of a pair whose windows are apart but one article names a day of the other's window."""
DAY_GAP = {0: 1.0, 1: 0.6, 2: 0.25, 3: 0.1}
"""The day signal by days between the windows: outlets that name the day still date one event up to three days
apart (the strike, the night it ended, the day the toll was confirmed), but that far apart the day only just
counts, and the place, type, toll and wording must carry the pair."""
ARRIVAL_SPAN = 7
"""Days between two articles' arrival in the store beyond which an undated report never pairs with the other
report. A weekday named without a date is a day of the week of the article's news: the event lies in the week
before the article came in, and another outlet's article about it comes in within days of the event. So two
articles of one such event come in at most about a week apart, either way round."""
THRESHOLD = 0.55
"""Average score at or above which two clusters of reports are joined."""
SECONDARY = 0.8
"""Factor on the score of a pair in which an incident is not its article's main one."""
# A logistic model of "same event" fitted on candidate pairs of the even half of the FA-KES development pairs
# (weights of agreeing signals held at zero or above, so no agreement ever counts against a pair). Place
# agreement earned no weight beyond the block and the "apart" penalty: a big city's name says little alone. The
# two "apart" weights were set by hand on half a of the judged pairs (EVALUATION.md), and so was "local_place":
# a village too small for the gazetteer that both incidents' sentences name is a precise agreement (half a's
# figures are the same for 1.5-2.5).
WEIGHTS = {
    "type": 1.1,
    "day": 3.9,
    "perpetrator": 0.4,
    "figures": 0.6,
    "same_toll": 2.1,
    "words": 1.0,
    "title": 0.35,
    "names": 1.7,
    "local_place": 2.0,
    "apart": -3.0,
    "apart_named": -0.5,
}
BIAS = -5.5

_FAMILIES = {
    "Battles": "violence",
    "Explosions/Remote violence": "violence",
    "Violence against civilians": "violence",
    "Protests": "unrest",
    "Riots": "unrest",
    "Strategic developments": "strategic",
}
_FINE = ("exact", "neighborhood", "city")


def gap_days(a: IncidentReport, b: IncidentReport) -> int | None:
    """Days between the two time windows (0 when they overlap); None when either is unknown, except that an
    undated report that names a weekday is 0 days from a report of the same place and kind dated to a day of
    that weekday, or from another undated one that names the same weekday (see `weekday_match`)."""
    if not (a.day_start and a.day_end and b.day_start and b.day_end):
        undated, other = (a, b) if not (a.day_start and a.day_end) else (b, a)
        return 0 if weekday_match(undated, other) else None
    start = max(date.fromisoformat(a.day_start), date.fromisoformat(b.day_start))
    end = min(date.fromisoformat(a.day_end), date.fromisoformat(b.day_end))
    return max(0, (start - end).days)


def weekday_match(undated: IncidentReport, other: IncidentReport) -> bool:
    """Whether a report with no date at all may be another report's event: the article names a weekday (with
    no dateline to anchor it) that is the day-dated report's day, or that the other undated article names too;
    in the same or a nested place, with the same sub-event type. Without a date the place and kind of event
    must agree exactly; and only when the two articles came into the store within a week of each other
    (`arrived_near`), as the weekday is all the time the undated report has."""
    if not undated.weekdays or not arrived_near(undated, other):
        return False
    if not undated.sub_event_type or undated.sub_event_type != other.sub_event_type:
        return False
    if place_agreement(undated, other) not in ("same", "nested"):
        return False
    if not (other.day_start and other.day_end):
        return bool(set(undated.weekdays) & set(other.weekdays))
    if other.date_precision != "day":
        return False
    first, last = date.fromisoformat(other.day_start), date.fromisoformat(other.day_end)
    return any(
        date.fromordinal(d).weekday() in undated.weekdays
        for d in range(first.toordinal(), last.toordinal() + 1)
    )


def arrived_near(a: IncidentReport, b: IncidentReport) -> bool:
    """Whether the two articles came into the store at most ARRIVAL_SPAN days apart; True when either day is
    unknown (reports read outside a store)."""
    if a.arrived is None or b.arrived is None:
        return True
    return abs((date.fromisoformat(a.arrived) - date.fromisoformat(b.arrived)).days) <= ARRIVAL_SPAN


ALL_WEEKDAYS = 0b1111111


def weekday_mask(item: IncidentReport) -> int:
    """The weekdays (bit 0 = Monday) on which `weekday_match` may pair this report with an undated one: those an
    undated report names, or those a day-precise window covers; 0 when it can pair with no undated report. The
    store keeps it beside the sub-event type, so an undated report's candidates come from an index, not a scan
    of the country."""
    if not (item.day_start and item.day_end):
        return sum(1 << d for d in set(item.weekdays))
    if item.date_precision != "day":
        return 0
    first, last = date.fromisoformat(item.day_start), date.fromisoformat(item.day_end)
    if (last - first).days >= 6:
        return ALL_WEEKDAYS
    return sum(
        1 << d
        for d in {date.fromordinal(o).weekday() for o in range(first.toordinal(), last.toordinal() + 1)}
    )


def named_day(a: IncidentReport, b: IncidentReport) -> bool:
    """Whether either article names a day inside the other report's window."""

    def inside(days: tuple[str, ...], item: IncidentReport) -> bool:
        return bool(item.day_start and item.day_end) and any(
            (item.day_start or "") <= d <= (item.day_end or "") for d in days
        )

    return inside(a.days, b) or inside(b.days, a)


def may_match(a: IncidentReport, b: IncidentReport) -> bool:
    """The block: reports that fail it are never one incident (and never compared further)."""
    if a.article_id == b.article_id:
        return False  # one article's incidents are distinct by construction
    if a.country_code != b.country_code:
        return False
    gap = gap_days(a, b)
    if gap is None or gap > NAMED_GAP or (gap > MAX_GAP and not named_day(a, b)):
        return False
    fa, fb = _FAMILIES.get(a.event_type), _FAMILIES.get(b.event_type)
    return fa is None or fb is None or fa == fb


def type_signal(a: IncidentReport, b: IncidentReport) -> float:
    if a.sub_event_type and a.sub_event_type == b.sub_event_type:
        return 1.0
    if a.event_type and a.event_type == b.event_type:
        return 0.7
    return 0.4


def day_signal(a: IncidentReport, b: IncidentReport) -> float:
    gap = gap_days(a, b)
    if gap is None:
        return 0.0
    # A window from the dateline is a guess; an overlap of two such guesses says less than two named days.
    guessed = (a.date_precision == "dateline") + (b.date_precision == "dateline")
    base = DAY_GAP.get(gap, 0.0)
    if gap and base < NAMED_DAY and named_day(a, b):
        base = NAMED_DAY
    return base * (1.0, 0.9, 0.8)[guessed]


def distance_km(a: PlaceRef, b: PlaceRef) -> float | None:
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return None
    p1, p2 = math.radians(a.lat), math.radians(b.lat)
    dp, dl = p2 - p1, math.radians(b.lon - a.lon)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, h)))


def place_relation(a: PlaceRef | None, b: PlaceRef | None) -> str:
    """same | nested | near | region | apart | unknown."""
    if a is None or b is None:
        return "unknown"
    if (
        a.geonames_id is not None and a.geonames_id == b.geonames_id
    ) or a.name.casefold() == b.name.casefold():
        return "same"
    fine_a, fine_b = a.precision in _FINE, b.precision in _FINE
    if fine_a and fine_b and a.admin1 and a.admin1 == b.admin1 and (_names_province(a) or _names_province(b)):
        return "nested"  # "Syria's Idlib" is often the province, though the gazetteer gives the city
    if fine_a and fine_b:
        km = distance_km(a, b)
        if km is not None:
            return "near" if km <= 12 else "apart"
        return "region" if a.admin1 and a.admin1 == b.admin1 else "apart"
    if a.precision == "country" or b.precision == "country":
        return "region"
    # One is a province: nested when the other lies in it.
    admin_a = a.admin1 or (a.name if a.precision == "admin1" else None)
    admin_b = b.admin1 or (b.name if b.precision == "admin1" else None)
    if admin_a and admin_b:
        return "nested" if admin_a == admin_b else "apart"
    return "region"


def shared_local_name(a: IncidentReport, b: IncidentReport) -> bool:
    """Whether both incidents' sentences name one place the gazetteer did not resolve (or one's names the
    other's unresolved place): a town too small for the gazetteer, so a precise agreement."""

    def names(item: IncidentReport) -> set[str]:
        own = {item.place.name.casefold()} if item.place and item.place.geonames_id is None else set()
        return own | set(item.local_names)

    return bool(set(a.local_names) & names(b) or set(b.local_names) & names(a))


def own_place(item: IncidentReport) -> PlaceRef | None:
    """The report's place, unless the text names it only for an earlier event it recalls."""
    return None if item.place_recalled else item.place


def place_agreement(a: IncidentReport, b: IncidentReport) -> str:
    """How the two reports' places relate (`place_relation`); "same" when they share a local name."""
    return "same" if shared_local_name(a, b) else place_relation(own_place(a), own_place(b))


def _names_province(place: PlaceRef) -> bool:
    """Whether a town shares its name with its province (Idlib, Homs, Raqqa), so may stand for it."""
    return bool(place.admin1) and place.name.casefold().split()[0] in (place.admin1 or "").casefold()


def perpetrator_signal(a: IncidentReport, b: IncidentReport) -> float:
    pa, pb = a.perpetrator, b.perpetrator
    if pa is None or pb is None:
        return 0.5
    if pa.actor.casefold() == pb.actor.casefold():
        return 1.0
    if pa.side and pa.side == pb.side:
        return 0.8
    return 0.2


def _killed_figures(item: IncidentReport) -> set[int]:
    """The death tolls the report gives, by any claimant (a figure's low end, else its high end). Of an article's
    main incident, only the tolls its lead tells when the lead tells one: a toll further down is as often an
    earlier or another event's the text recalls ("a week after a convoy blast that left 120 dead") as this one's."""
    killed = [f for f in item.figures if f.kind == "killed" and (f.low is not None or f.high is not None)]
    if item.main and any(f.lead for f in killed):
        killed = [f for f in killed if f.lead]
    return {f.low if f.low is not None else f.high or 0 for f in killed}


def _killed(item: IncidentReport) -> int | None:
    values = _killed_figures(item)
    return max(values) if values else None


def figures_signal(a: IncidentReport, b: IncidentReport) -> float:
    """How close the two reports' death tolls come: the closest pair of any claimant's figures of one and of
    the other (an early toll, a cumulative one and a rival claimant's stand side by side, never blended)."""
    ka, kb = _killed_figures(a), _killed_figures(b)
    if not ka or not kb:
        return 0.5
    best = max(1.0 if max(x, y) == 0 else min(x, y) / max(x, y) for x in ka for y in kb)
    if best >= 0.75:
        return 1.0
    return 0.6 if best >= 0.4 else 0.1


def jaccard(a: tuple[str, ...], b: tuple[str, ...]) -> float:
    sa, sb = set(a), set(b)
    return len(sa & sb) / len(sa | sb) if sa and sb else 0.0


def signals(a: IncidentReport, b: IncidentReport) -> dict[str, float]:
    """Each signal of the pair, in [0, 1]. Two places apart contradict each other unless one article also names
    the other's place: then an incident placed by a town the text names for something else is as likely."""
    ka, kb = _killed(a), _killed(b)
    local = shared_local_name(a, b)
    relation = place_relation(own_place(a), own_place(b))
    apart = not local and relation == "apart"
    named = apart and _names_other_place(a, b)
    return {
        "type": type_signal(a, b),
        "day": day_signal(a, b),
        "perpetrator": perpetrator_signal(a, b),
        "figures": figures_signal(a, b),
        "same_toll": float(ka is not None and ka == kb),
        "words": jaccard(a.words, b.words),
        "title": jaccard(a.title_words, b.title_words),
        "names": jaccard(a.names, b.names),
        "local_place": float(local and relation != "same"),
        "apart": float(apart and not named),
        "apart_named": float(apart and named),
    }


def _names_other_place(a: IncidentReport, b: IncidentReport) -> bool:
    """Whether either article names the place of the other's incident among its places."""
    if a.place is None or b.place is None:
        return False
    return b.place.name.casefold() in a.names or a.place.name.casefold() in b.names


def score(a: IncidentReport, b: IncidentReport) -> float:
    """The probability-like score of the pair in [0, 1]; 0 when the block rules it out."""
    if not may_match(a, b):
        return 0.0
    z = BIAS + sum(WEIGHTS[k] * v for k, v in signals(a, b).items())
    # A round-up's later incidents are told in passing; its lead is what another article's lead reports.
    return (1.0 if a.main and b.main else SECONDARY) / (1.0 + math.exp(-z))
