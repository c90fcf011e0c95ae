"""Exports: ACLED columns in ACLED's order, GeoJSON that validates, JSONL reports, all streamed."""

from __future__ import annotations

import csv
import io
import json
import tracemalloc
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from harmwatch.export import iter_export
from harmwatch.export.acled import ACLED_COLUMNS, COLUMNS, acled_row

ACLED_ORDER = (
    "event_id_cnty event_date year time_precision event_type sub_event_type actor1 assoc_actor_1 inter1 "
    "actor2 assoc_actor_2 inter2 interaction country admin1 admin2 admin3 location latitude longitude "
    "geo_precision source source_scale notes fatalities"
).split()
OWN_ORDER = (
    "fatalities_low fatalities_high injured_low injured_high claimants article_ids source_ids grade".split()
)

# The parts of RFC 7946 an incident export uses: a FeatureCollection of Point features.
GEOJSON_POINTS = json.loads((Path(__file__).parent.parent / "geojson-points.schema.json").read_text("utf-8"))


def incident(n: int, killed: int | None = 3) -> dict[str, Any]:
    """A synthetic incident of the aggregated shape (docs/incidents.md)."""
    claim = {
        "claimant": f"Official {n}",
        "claimant_type": "local_official",
        "low": killed,
        "high": killed,
        "qualifier": "exact",
        "article_ids": [f"sha256:{n:064x}"],
        "history": [],
    }
    return {
        "id": f"inc-{n:08d}",
        "event_type": "Violence against civilians",
        "sub_event_type": "Attack",
        "date": "2020-06-01",
        "date_precision": "day",
        "place": {
            "name": f"Town {n}",
            "geonames_id": None,
            "country_code": "SY",
            "admin1": "Idlib",
            "lat": 35.9 + n % 10 / 100,
            "lon": 36.6,
            "precision": "city",
        },
        "perpetrators": [{"actor": "Armed group", "certainty": "alleged", "claimant": "Official"}],
        "figures": {
            "killed": {
                "conservative": killed,
                "low": killed,
                "high": (killed or 0) + 2,
                "disputed": True,
                "by_claimant": [claim],
            }
        },
        "grade": "single_source",
        "grade_reasons": ["one outlet"],
        "articles": [
            {
                "id": f"sha256:{n:064x}",
                "source_id": f"feed-{n}",
                "outlet": "Wire",
                "title": "T",
                "published": "2020-06-01",
                "main": True,
                "incident": "i1",
            }
        ],
    }


def test_columns_are_acleds_then_ours() -> None:
    assert list(ACLED_COLUMNS) == ACLED_ORDER and list(COLUMNS) == ACLED_ORDER + OWN_ORDER


def test_acled_row_follows_acleds_conventions() -> None:
    row = acled_row(incident(7, killed=5))
    assert row["fatalities"] == 5 and row["fatalities_low"] == 5 and row["fatalities_high"] == 7
    assert row["event_id_cnty"].startswith("SYR-") and row["country"] == "Syrian Arab Republic"
    assert (row["time_precision"], row["geo_precision"]) == (1, 1)
    assert row["actor2"] == "Civilians (Syrian Arab Republic)" and row["inter2"] == 7
    assert row["year"] == "2020" and row["source_ids"] == "feed-7" and row["grade"] == "single_source"
    unknown = acled_row(incident(8, killed=None))
    assert unknown["fatalities"] == 0 and unknown["fatalities_low"] == ""
    vague = incident(9)
    vague["date_precision"], vague["place"]["precision"] = "month", "country"
    assert (acled_row(vague)["time_precision"], acled_row(vague)["geo_precision"]) == (3, 3)


def test_interaction_codes_follow_the_registry_kind_and_side() -> None:
    # A state's own forces against civilians: 1 and 7; a foreign state's forces are external (8).
    own = incident(10)
    own["perpetrators"] = [{"actor": "Syrian Arab Army", "certainty": "alleged", "claimant": "Monitor"}]
    row = acled_row(own)
    assert (row["inter1"], row["inter2"], row["interaction"]) == (1, 7, 17)
    own["place"]["country_code"] = "IQ"
    assert acled_row(own)["inter1"] == 8
    # A generic opposition label codes as a rebel group, unidentified gunmen as a militia (3); an actor the
    # registry does not know gets no code, and the civilians alone make the interaction.
    other = incident(11)
    for actor, code, both in (("rebels", 2, 27), ("gunmen", 3, 37), ("Village council", "", 70)):
        other["perpetrators"] = [{"actor": actor, "certainty": "reported", "claimant": "Army"}]
        assert (acled_row(other)["inter1"], acled_row(other)["interaction"]) == (code, both)
    # A protest without a named actor is the protesters' own act: a sole actor of type 6.
    protest = incident(13)
    protest.update(event_type="Protests", sub_event_type="Peaceful protest", perpetrators=[])
    row = acled_row(protest)
    assert row["actor1"].startswith("Protesters") and (row["inter1"], row["interaction"]) == (6, 60)


def test_csv_parses_back_in_acled_order() -> None:
    text = "".join(iter_export("acled-csv", [incident(n) for n in range(3)]))
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0] == ACLED_ORDER + OWN_ORDER and len(rows) == 4
    assert [r[0] for r in rows[1:]] == [f"SYR-inc-{n:08d}" for n in range(3)]


def test_geojson_validates_and_leaves_out_unplaced_incidents() -> None:
    unplaced = incident(3)
    unplaced["place"]["lat"] = None
    data = json.loads("".join(iter_export("geojson", [incident(1), unplaced, incident(2)])))
    jsonschema.validate(data, GEOJSON_POINTS)
    assert [f["id"] for f in data["features"]] == ["inc-00000001", "inc-00000002"]
    assert data["features"][0]["geometry"]["coordinates"] == [36.6, 35.91]
    assert json.loads("".join(iter_export("geojson", []))) == {"type": "FeatureCollection", "features": []}


def _generated(count: int) -> Iterator[dict[str, Any]]:
    for n in range(count):
        yield incident(n)


@pytest.mark.parametrize("fmt", ["acled-csv", "geojson", "jsonl"])
def test_ten_thousand_incidents_stream_in_flat_memory(fmt: str) -> None:
    """The writers hold one record at a time: peak memory stays far below the size of the output."""
    written = 0
    tracemalloc.start()
    try:
        for chunk in iter_export(fmt, _generated(10_000)):
            written += len(chunk)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert written > 3_000_000
    assert peak < 1_000_000, f"{fmt}: peak {peak} bytes for {written} bytes written"
