"""One incident from its reports: representative type, day and place, every claimant's figures side by side,
the perpetrator as each source puts it, and a grade with its reasons (docs/incidents.md)."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any

from harmwatch.aggregate.cluster import connected, incident_id
from harmwatch.aggregate.features import Figure, IncidentReport
from harmwatch.ingest import dedup

PLACE_RANK = {"exact": 0, "neighborhood": 1, "city": 2, "admin1": 3, "country": 4, "unknown": 5}
DATE_RANK = {"day": 0, "week": 1, "dateline": 2, "unknown": 3}
GRADES = ("contested", "disputed_toll", "confirmed", "party_only", "corroborated", "single_source")
"""From the most to the least pressing; an incident gets the first that applies."""


def source_groups(items: Sequence[IncidentReport]) -> dict[str, str]:
    """Article id -> its source: articles whose texts are near-duplicates (dedup's threshold), directly or
    through another copy, are one source, named by the smallest article id. Read from the texts' signatures,
    not from ingest's `duplicate_of` links, whose shape depends on which copy came first."""
    ids = sorted({i.article_id for i in items})
    loaded = {i.article_id: dedup.from_bytes(bytes.fromhex(i.minhash)) for i in items if i.minhash}
    copies = [
        (a, b)
        for n, a in enumerate(ids)
        for b in ids[n + 1 :]
        if a in loaded and b in loaded and dedup.similarity(loaded[a], loaded[b]) >= dedup.THRESHOLD
    ]
    return connected(ids, copies)


def _pick(items: Sequence[IncidentReport], value: Any) -> Any:
    """The most common value among the reports (main incidents count double), ties to the earliest report."""
    votes: Counter[Any] = Counter()
    first: dict[Any, int] = {}
    for pos, item in enumerate(items):
        v = value(item)
        if v is None:
            continue
        votes[v] += 2 if item.main else 1
        first.setdefault(v, pos)
    if not votes:
        return None
    return min(votes, key=lambda v: (-votes[v], first[v]))


def _date(items: Sequence[IncidentReport]) -> tuple[str | None, str | None, str]:
    best = min(DATE_RANK.get(i.date_precision, 3) for i in items)
    dated = [i for i in items if DATE_RANK.get(i.date_precision, 3) == best]
    window = _pick(dated, lambda i: (i.day_start, i.day_end) if i.day_start else None)
    if window is None:
        return None, None, "unknown"
    precision = dated[0].date_precision
    return window[0], window[1], "approximate" if precision == "dateline" else precision


def _place(items: Sequence[IncidentReport]) -> dict[str, Any] | None:
    placed = [i for i in items if i.place is not None]
    if not placed:
        return None
    best = min(PLACE_RANK.get(i.place.precision, 5) for i in placed if i.place)
    place = _pick(
        [i for i in placed if i.place and PLACE_RANK.get(i.place.precision, 5) == best], lambda i: i.place
    )
    return {
        "name": place.name,
        "geonames_id": place.geonames_id,
        "country_code": place.country_code,
        "admin1": place.admin1,
        "lat": place.lat,
        "lon": place.lon,
        "precision": place.precision,
    }


def _perpetrators(items: Sequence[IncidentReport]) -> list[dict[str, Any]]:
    """One entry per (actor, certainty, claimant): who claimed it, who reported it as fact, who alleged it,
    who denied it, each kept apart."""
    entries: dict[tuple[str, str, str | None], dict[str, Any]] = {}
    for item in items:
        p = item.perpetrator
        if p is None:
            continue
        if p.certainty == "claimed":
            claimant: str | None = p.actor
        elif p.certainty == "reported_as_fact":
            claimant = item.outlet
        elif p.certainty == "denied":
            claimant = p.claimant or p.actor  # a denial nobody else is named for is the accused's own
        else:
            claimant = p.claimant
        key = (p.actor.casefold(), p.certainty, (claimant or "").casefold() or None)
        entry = entries.setdefault(
            key, {"actor": p.actor, "certainty": p.certainty, "claimant": claimant, "article_ids": []}
        )
        if item.article_id not in entry["article_ids"]:
            entry["article_ids"].append(item.article_id)
    return sorted(
        entries.values(), key=lambda e: (e["actor"].casefold(), e["certainty"], e["claimant"] or "")
    )


def _bounds(f: Figure) -> tuple[float, float]:
    low = f.low if f.low is not None else 0
    high = f.high if f.high is not None else (math.inf if f.qualifier in ("at_least", "more_than") else low)
    if f.low is None and f.high is not None:
        low = 0 if f.qualifier == "up_to" else f.high
    return float(low), float(high)


def _history(figures: list[Figure], source_of: dict[str, str]) -> list[dict[str, Any]]:
    """A claimant's figures over time, one per source (copies of one story give one entry), oldest first;
    of one article's several figures of a kind, the largest is its toll (the others are parts of it)."""
    per_source: dict[str, Figure] = {}
    articles: dict[str, list[str]] = {}
    for f in sorted(figures, key=lambda f: (f.published or "", f.article_id)):
        src = source_of.get(f.article_id, f.article_id)
        held = per_source.get(src)
        if held is None or (
            held.article_id == f.article_id and (f.low or f.high or 0) > (held.low or held.high or 0)
        ):
            per_source[src] = f
        articles.setdefault(src, [])
        if f.article_id not in articles[src]:
            articles[src].append(f.article_id)
    ordered = sorted(per_source.items(), key=lambda kv: (kv[1].published or "", kv[1].article_id))
    return [
        {
            "published": f.published,
            "low": f.low,
            "high": f.high,
            "qualifier": f.qualifier,
            "as_written": f.as_written,
            "article_ids": articles[src],
        }
        for src, f in ordered
    ]


def _words(name: str) -> str:
    return " " + " ".join(name.casefold().removeprefix("the ").split()) + " "


def claimant_names(names: Iterable[str]) -> dict[str, str]:
    """Casefolded claimant name -> the name it is grouped under: a shorter name whose words appear in a
    longer one ("Civil Defence" in "Syrian Civil Defence", "the Observatory" in "Syrian Observatory for Human
    Rights") is the same claimant, unless it fits several ("officials" in "US officials" and "Syrian officials").
    Longest names first, so the choice does not depend on order."""
    ordered = sorted({n.casefold() for n in names}, key=lambda n: (-len(n), n))
    out: dict[str, str] = {}
    for n, name in enumerate(ordered):
        roots = {out[longer] for longer in ordered[:n] if _words(name) in _words(longer)}
        out[name] = roots.pop() if len(roots) == 1 else name
    return out


def compare_figures(items: Sequence[IncidentReport]) -> dict[str, dict[str, Any]]:
    """Per kind of harm: each claimant's latest figure and history, the range across claimants, the
    conservative figure (the lowest credible one, never a sum) and whether the claimants' ranges disagree."""
    source_of = source_groups(items)
    by_kind: dict[str, dict[str, list[Figure]]] = {}
    names: dict[str, Figure] = {}
    same = claimant_names(f.claimant for i in items for f in i.figures)
    for item in items:
        for f in item.figures:
            key = same[f.claimant.casefold()]
            if key not in names or len(f.claimant) > len(names[key].claimant):
                names[key] = f  # shown under its fullest name
            by_kind.setdefault(f.kind, {}).setdefault(key, []).append(f)
    out: dict[str, dict[str, Any]] = {}
    for kind in sorted(by_kind):
        rows = []
        for key, figures in sorted(by_kind[kind].items()):
            history = _history(figures, source_of)
            latest = history[-1]
            latest_figure = next(
                f
                for f in figures
                if f.article_id == latest["article_ids"][0]
                and f.low == latest["low"]
                and f.high == latest["high"]
            )
            rows.append(
                {
                    "claimant": names[key].claimant,
                    "claimant_type": names[key].claimant_type,
                    "low": latest["low"],
                    "high": latest["high"],
                    "qualifier": latest["qualifier"],
                    "article_ids": sorted({a for h in history for a in h["article_ids"]}),
                    "history": history,
                    "_bounds": _bounds(latest_figure),
                }
            )
        lows = [r["_bounds"][0] for r in rows]
        highs = [r["_bounds"][1] for r in rows]
        credible = [r["low"] if r["low"] is not None else r["high"] for r in rows]
        credible = [c for c in credible if c is not None]
        finite_high = [h for h in highs if h != math.inf]
        out[kind] = {
            "conservative": min(credible) if credible else None,
            "low": int(min(lows)) if lows else None,
            "high": int(max(finite_high + lows)) if rows else None,
            "disputed": max(lows) > min(highs),
            "by_claimant": [{k: v for k, v in r.items() if k != "_bounds"} for r in rows],
        }
    return out


def _contested(perpetrators: list[dict[str, Any]]) -> list[str]:
    """Reasons the perpetrator is contested: several actors blamed, or the one blamed denies it."""
    blamed = sorted({p["actor"] for p in perpetrators if p["certainty"] != "denied"})
    denied = sorted({p["actor"] for p in perpetrators if p["certainty"] == "denied"})
    reasons = []
    if len(blamed) > 1:
        reasons.append("sources blame different perpetrators: " + ", ".join(blamed))
    for actor in denied:
        if actor in blamed:
            reasons.append(f"{actor} is blamed and denies it")
    return reasons


def grade(
    items: Sequence[IncidentReport], figures: dict[str, Any], perpetrators: list[dict[str, Any]]
) -> tuple[str, list[str]]:
    """The incident's grade (GRADES) and every reason that bears on it, in the spirit of Airwars' grading."""
    groups: dict[str, set[str]] = {}
    for article_id, source in source_groups(items).items():
        groups.setdefault(source, set()).add(article_id)
    outlets = sorted({i.outlet or f"unnamed outlet ({i.source_id or i.article_id[:15]})" for i in items})
    copies = sum(len(g) - 1 for g in groups.values())
    reasons = [f"{len(groups)} independent report(s) from {len(outlets)} outlet(s): {', '.join(outlets)}"]
    if copies:
        reasons.append(
            f"{copies} syndicated or near-duplicate cop{'y' if copies == 1 else 'ies'} counted once"
        )
    rows = [r for kind in figures.values() for r in kind["by_claimant"]]
    types = {r["claimant_type"] for r in rows}
    claimants = sorted({r["claimant"] for r in rows})
    if claimants:
        reasons.append(f"{len(claimants)} claimant(s) give figures: {', '.join(claimants)}")
    party_only = bool(rows) and types == {"party"}
    if party_only:
        reasons.append("every figure comes from a party to the conflict")
    contested = _contested(perpetrators)
    reasons += contested
    disputed = [kind for kind, f in figures.items() if f["disputed"]]
    for kind in disputed:
        values = "; ".join(
            f"{r['low'] if r['low'] is not None else r['high']} ({r['claimant']})"
            for r in figures[kind]["by_claimant"]
        )
        reasons.append(f"{kind} figures disagree: {values}")
    claimed = sorted({p["actor"] for p in perpetrators if p["certainty"] == "claimed"})
    if claimed:
        reasons.append("responsibility claimed by " + ", ".join(claimed))
    if not perpetrators:
        reasons.append("no perpetrator named")
    if contested:
        return "contested", reasons
    if disputed:
        return "disputed_toll", reasons
    if claimed:
        return "confirmed", reasons
    if party_only:
        return "party_only", reasons
    return ("corroborated" if len(groups) > 1 else "single_source"), reasons


def summarise(cluster: Sequence[IncidentReport]) -> dict[str, Any]:
    """The incident's JSON object (docs/incidents.md) from its reports."""
    items = sorted(cluster, key=lambda r: r.key)
    start, end, precision = _date(items)
    perpetrators = _perpetrators(items)
    figures = compare_figures(items)
    grade_name, reasons = grade(items, figures, perpetrators)
    return {
        "id": incident_id(items),
        "event_type": _pick(items, lambda i: i.event_type or None),
        "sub_event_type": _pick(items, lambda i: i.sub_event_type or None),
        "date": start,
        "date_end": end,
        "date_precision": precision,
        "place": _place(items),
        "perpetrators": perpetrators,
        "figures": figures,
        "grade": grade_name,
        "grade_reasons": reasons,
        "sources": len(set(source_groups(items).values())),
        "articles": [
            {
                "id": i.article_id,
                "source_id": i.source_id,
                "outlet": i.outlet,
                "title": i.title,
                "published": i.published,
                "main": i.main,
                "incident": i.rec_id,
            }
            for i in items
        ],
    }
