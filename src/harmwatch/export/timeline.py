"""Weekly series of incidents and of killed/injured, one series per claimant type, for the overview."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date, timedelta
from typing import Any

UNTYPED = "unclassified"


def week_of(value: str | None) -> str | None:
    """The Monday (ISO date) of the week holding an ISO date, or None."""
    try:
        day = date.fromisoformat((value or "")[:10])
    except ValueError:
        return None
    return (day - timedelta(days=day.weekday())).isoformat()


def _per_type(figure: dict[str, Any]) -> dict[str, int]:
    """Each claimant type's most conservative figure for one incident."""
    out: dict[str, int] = {}
    for claim in figure.get("by_claimant") or []:
        low = claim.get("low")
        if low is None:
            continue
        kind = claim.get("claimant_type") or UNTYPED
        out[kind] = min(out.get(kind, low), low)
    return out


def weekly_series(incidents: Iterable[dict[str, Any]]) -> dict[str, Any]:
    """`{"weeks": [...], "incidents": [...], "killed": {type: [...]}, "injured": {type: [...]}}`, weeks
    in order, with every week between the first and the last present."""
    counts: dict[str, int] = defaultdict(int)
    sums: dict[str, dict[str, dict[str, int]]] = {"killed": {}, "injured": {}}
    for incident in incidents:
        week = week_of(incident.get("date"))
        if week is None:
            continue
        counts[week] += 1
        for kind, by_type in sums.items():
            figure = (incident.get("figures") or {}).get(kind) or {}
            for claimant_type, low in _per_type(figure).items():
                series = by_type.setdefault(claimant_type, defaultdict(int))
                series[week] += low
    if not counts:
        return {"weeks": [], "incidents": [], "killed": {}, "injured": {}}
    first, last = date.fromisoformat(min(counts)), date.fromisoformat(max(counts))
    weeks = [(first + timedelta(weeks=n)).isoformat() for n in range((last - first).days // 7 + 1)]
    return {
        "weeks": weeks,
        "incidents": [counts.get(w, 0) for w in weeks],
        **{
            kind: {t: [series.get(w, 0) for w in weeks] for t, series in sorted(by_type.items())}
            for kind, by_type in sums.items()
        },
    }
