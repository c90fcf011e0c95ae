"""Report dict -> table rows: typed columns for what queries filter on, the whole record as JSON."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Row = dict[str, Any]


def _span(value: Any) -> tuple[int | None, int | None]:
    if isinstance(value, (list, tuple)) and len(value) == 2 and all(isinstance(v, int) for v in value):
        return value[0], value[1]
    return None, None


def _first_span(record: dict[str, Any]) -> tuple[int | None, int | None]:
    """The record's own span, else its first mention, else its content span."""
    if record.get("span") is not None:
        return _span(record["span"])
    mentions = record.get("mentions") or []
    if mentions:
        return _span(mentions[0])
    content = record.get("content")
    if isinstance(content, dict):
        return _span(content.get("span"))
    return None, None


def _who(speaker: Any) -> tuple[str | None, str | None]:
    if not isinstance(speaker, dict):
        return None, None
    return speaker.get("name"), speaker.get("actor_id")


INT_MAX = 2**31 - 1
"""Integer columns are 32-bit on PostgreSQL: a larger value ("10^30 killed") stays in the record's JSON only."""


def column_int(value: Any) -> int | None:
    """An integer for a 32-bit column, or None for anything else (a larger count stays in the JSON)."""
    if isinstance(value, int) and not isinstance(value, bool) and -INT_MAX - 1 <= value <= INT_MAX:
        return value
    return None


def _float(value: Any) -> float | None:
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def _obj(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _str(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def _texts(r: dict[str, Any], *keys: str) -> Row:
    """The record's text fields of these names as columns of the same names (None where not a string)."""
    return {key: _str(r.get(key)) for key in keys}


def _quote(r: dict[str, Any]) -> Row:
    name, actor = _who(r.get("speaker"))
    return {
        "kind": _str(r.get("kind")),
        "text": _str(r.get("text")),
        "speaker_name": name,
        "speaker_actor_id": actor,
        "confidence": _float(r.get("confidence")),
    }


def _statement(r: dict[str, Any]) -> Row:
    name, actor = _who(r.get("source"))
    content = _obj(r.get("content"))
    return {"source_name": name, "source_actor_id": actor, "content": _str(content.get("text"))}


def _claim(r: dict[str, Any]) -> Row:
    count = _obj(r.get("count"))
    victims = _obj(r.get("victims"))
    name, actor = _who(r.get("claimant"))
    return {
        "kind": _str(r.get("kind")),
        "count_low": column_int(count.get("low")),
        "count_high": column_int(count.get("high")),
        "qualifier": _str(count.get("qualifier")),
        "victims_type": _str(victims.get("type")),
        "claimant_name": name,
        "claimant_actor_id": actor,
        **_texts(r, "place_id", "time_id", "incident_id"),
    }


def _incident(r: dict[str, Any]) -> Row:
    perpetrator = _obj(r.get("perpetrator"))
    casualties = _obj(r.get("casualties"))
    killed = _obj(casualties.get("killed"))
    injured = _obj(casualties.get("injured"))
    return {
        **_texts(r, "event_type", "sub_event_type"),
        "perpetrator_actor_id": _str(perpetrator.get("actor_id")),
        **_texts(r, "place_id", "time_id"),
        "killed_low": column_int(killed.get("low")),
        "killed_high": column_int(killed.get("high")),
        "injured_low": column_int(injured.get("low")),
        "injured_high": column_int(injured.get("high")),
    }


def _actor(r: dict[str, Any]) -> Row:
    return _texts(r, "name", "kind", "side", "country")


def _place(r: dict[str, Any]) -> Row:
    return {
        **_texts(r, "name", "country_code", "admin1"),
        "geonames_id": column_int(r.get("geonames_id")),
        "lat": _float(r.get("lat")),
        "lon": _float(r.get("lon")),
        "precision": _str(r.get("precision")),
    }


def _time(r: dict[str, Any]) -> Row:
    return _texts(r, "start", "end", "precision", "anchor")


def _framing(r: dict[str, Any]) -> Row:
    return _texts(r, "term", "kind", "neutral")


COLUMNS: dict[str, Callable[[dict[str, Any]], Row]] = {
    "quotes": _quote,
    "statements": _statement,
    "claims": _claim,
    "incidents": _incident,
    "actors": _actor,
    "places": _place,
    "times": _time,
    "framing": _framing,
}


def record_rows(article_id: str, key: str, records: list[Any]) -> list[Row]:
    """Rows of one report list; records that are not objects are kept as JSON only."""
    rows = []
    for seq, record in enumerate(records):
        rec = record if isinstance(record, dict) else {"value": record}
        start, end = _first_span(rec)
        row: Row = {
            "article_id": article_id,
            "seq": seq,
            "rec_id": _str(rec.get("id")),
            "span_start": start,
            "span_end": end,
            "data": record,
        }
        row.update(COLUMNS[key](rec))
        rows.append(row)
    return rows
