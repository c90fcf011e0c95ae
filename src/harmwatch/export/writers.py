"""Streaming writers: each takes an iterator and yields text chunks, one record at a time, so an export
of any size uses the memory of one record (the web layer hands the generator to a StreamingResponse)."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from harmwatch.export.acled import COLUMNS, acled_row


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), default=str)


def iter_csv(incidents: Iterable[dict[str, Any]]) -> Iterator[str]:
    """ACLED-compatible CSV: the header, then one line per incident."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    yield buffer.getvalue()
    for incident in incidents:
        buffer.seek(0)
        buffer.truncate()
        writer.writerow(acled_row(incident))
        yield buffer.getvalue()


def feature(incident: dict[str, Any]) -> dict[str, Any] | None:
    """A GeoJSON point feature for an incident with coordinates (None without them)."""
    place = incident.get("place") or {}
    lat, lon = place.get("lat"), place.get("lon")
    if lat is None or lon is None:
        return None
    killed = ((incident.get("figures") or {}).get("killed") or {}).get("conservative")
    properties = {k: v for k, v in acled_row(incident).items() if k not in ("latitude", "longitude")}
    properties.update(id=incident["id"], killed=killed, place=place.get("name"))
    return {
        "type": "Feature",
        "id": incident["id"],
        "geometry": {"type": "Point", "coordinates": [lon, lat]},
        "properties": properties,
    }


def iter_geojson(incidents: Iterable[dict[str, Any]]) -> Iterator[str]:
    """A FeatureCollection of incident points; incidents without coordinates are left out."""
    yield '{"type":"FeatureCollection","features":['
    first = True
    for incident in incidents:
        item = feature(incident)
        if item is None:
            continue
        yield ("" if first else ",") + "\n" + _dumps(item)
        first = False
    yield "\n]}\n"


def iter_jsonl(records: Iterable[dict[str, Any]]) -> Iterator[str]:
    """One JSON object per line."""
    for record in records:
        yield _dumps(record) + "\n"


FORMATS: dict[str, tuple[Callable[[Iterable[dict[str, Any]]], Iterator[str]], str]] = {
    "acled-csv": (iter_csv, "text/csv; charset=utf-8"),
    "geojson": (iter_geojson, "application/geo+json"),
    "jsonl": (iter_jsonl, "application/x-ndjson"),
}
"""Format name -> (writer, media type). `jsonl` is fed full article reports, the others incidents."""


def iter_export(fmt: str, records: Iterable[dict[str, Any]]) -> Iterator[str]:
    """The export of `records` in format `fmt` (a FORMATS key), as text chunks."""
    return FORMATS[fmt][0](records)
