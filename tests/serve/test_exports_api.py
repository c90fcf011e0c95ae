"""The export endpoints and `harmwatch export` over a store: parse back, validate, match the list shown."""

from __future__ import annotations

import csv
import io
import json
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema

from harmwatch.export.acled import COLUMNS

ACLED_ORDER = list(COLUMNS[:25])
OWN_ORDER = list(COLUMNS[25:])
GEOJSON_POINTS = json.loads((Path(__file__).parent.parent / "geojson-points.schema.json").read_text("utf-8"))


def test_jsonl_reports_validate_against_the_report_schema(client: Any) -> None:
    schema = json.loads(resources.files("harmwatch").joinpath("schema/report.schema.json").read_text("utf-8"))
    lines = client.get("/api/export.jsonl").text.splitlines()
    total = client.get("/api/articles").json()["total"]
    assert len(lines) == total
    for line in lines:
        jsonschema.validate(json.loads(line), schema)


def test_api_exports_are_what_the_list_shows(client: Any) -> None:
    params = {"per_page": 2, "page": 2, "sort": "-killed"}
    shown = [i["id"] for i in client.get("/api/incidents", params=params).json()["items"]]
    response = client.get("/api/export.csv", params={**params, "rows": "page"})
    assert response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert [r["event_id_cnty"].split("-", 1)[1] for r in rows] == shown
    everything = list(csv.reader(io.StringIO(client.get("/api/export.csv").text)))
    assert everything[0] == ACLED_ORDER + OWN_ORDER
    assert len(everything) - 1 == client.get("/api/incidents").json()["total"]
    by_id = {i["id"]: i for i in client.get("/api/incidents").json()["items"]}
    for row in everything[1:]:
        killed = (by_id[row[0].split("-", 1)[1]]["figures"].get("killed") or {}).get("conservative")
        assert row[ACLED_ORDER.index("fatalities")] == str(killed or 0)
    geo = client.get("/api/export.geojson", params={"place": "SY"}).json()
    jsonschema.validate(geo, GEOJSON_POINTS)
    assert geo["features"] and all(
        f["properties"]["country"] == "Syrian Arab Republic" for f in geo["features"]
    )


def test_cli_export_writes_each_format(served_store: Any, tmp_path: Any) -> None:
    from click.testing import CliRunner

    from harmwatch.cli import cli

    url = str(served_store.engine.url)
    for fmt, check in (
        ("acled-csv", lambda text: next(csv.reader(io.StringIO(text))) == ACLED_ORDER + OWN_ORDER),
        ("geojson", lambda text: jsonschema.validate(json.loads(text), GEOJSON_POINTS) is None),
        ("jsonl", lambda text: all(json.loads(line)["schema"] for line in text.splitlines())),
    ):
        out = tmp_path / f"out.{fmt}"
        result = CliRunner().invoke(
            cli, ["export", "--format", fmt, "--db", url, "-o", str(out), "--place", "SY"]
        )
        assert result.exit_code == 0, result.output
        assert check(out.read_text(encoding="utf-8")), fmt


def test_exports_are_streamed(client: Any) -> None:
    for path in ("/api/export.csv", "/api/export.geojson", "/api/export.jsonl"):
        response = client.get(path)
        assert response.status_code == 200 and "content-length" not in response.headers, path
        assert "attachment" in response.headers["content-disposition"]
