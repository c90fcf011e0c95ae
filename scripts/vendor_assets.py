"""Re-create the vendored front-end assets from their npm packages (run by `make vendor`; needs `npm`).

- Chart.js (MIT): its UMD build is copied to src/harmwatch/serve/static/vendor/chartjs/.
- Natural Earth 1:110m country outlines (public domain) from the `world-atlas` package (ISC): its
  TopoJSON is decoded here into GeoJSON, rounded to 0.01 degree, and written to
  src/harmwatch/data/countries-110m.geojson with its attribution.

The dashboard never asks another host for anything: these files ship inside the Python package.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CHARTJS = "chart.js@4.6.1"
WORLD_ATLAS = "world-atlas@2.0.2"
CHARTJS_DIR = ROOT / "src/harmwatch/serve/static/vendor/chartjs"
BASEMAP = ROOT / "src/harmwatch/data/countries-110m.geojson"
ATTRIBUTION = (
    "Country outlines: Natural Earth 1:110m Admin 0 (public domain), via the world-atlas package "
    "(ISC licence, Mike Bostock)."
)


def npm_pack(spec: str, into: Path) -> Path:
    """Download one npm package tarball and unpack it; returns the package folder."""
    out = subprocess.run(
        ["npm", "pack", spec, "--silent"], cwd=into, check=True, capture_output=True, text=True
    )
    tgz = into / out.stdout.strip().splitlines()[-1]
    target = into / spec.split("@")[0].replace("/", "_")
    with tarfile.open(tgz) as tar:
        tar.extractall(target, filter="data")
    return target / "package"


def decode_arcs(topology: dict[str, Any]) -> list[list[tuple[float, float]]]:
    """Absolute lon/lat arcs from quantised, delta-encoded TopoJSON arcs."""
    transform = topology.get("transform")
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            if transform:
                x, y = x + dx, y + dy
                sx, sy = transform["scale"]
                tx, ty = transform["translate"]
                points.append((round(x * sx + tx, 2), round(y * sy + ty, 2)))
            else:
                points.append((round(dx, 2), round(dy, 2)))
        arcs.append(points)
    return arcs


def ring(indexes: list[int], arcs: list[list[tuple[float, float]]]) -> list[list[float]]:
    """One closed ring; a negative index ~i walks arc i backwards; shared end points appear once."""
    points: list[list[float]] = []
    for index in indexes:
        arc = arcs[index] if index >= 0 else list(reversed(arcs[~index]))
        part = [list(p) for p in arc]
        points.extend(part[1:] if points else part)
    return points


def to_geojson(topology: dict[str, Any], name: str) -> dict[str, Any]:
    arcs = decode_arcs(topology)
    features = []
    for geometry in topology["objects"][name]["geometries"]:
        if geometry["type"] == "Polygon":
            coords: Any = [ring(r, arcs) for r in geometry["arcs"]]
        elif geometry["type"] == "MultiPolygon":
            coords = [[ring(r, arcs) for r in polygon] for polygon in geometry["arcs"]]
        else:
            continue
        features.append(
            {
                "type": "Feature",
                "id": geometry.get("id"),
                "properties": {"name": (geometry.get("properties") or {}).get("name")},
                "geometry": {"type": geometry["type"], "coordinates": coords},
            }
        )
    return {"type": "FeatureCollection", "attribution": ATTRIBUTION, "features": features}


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        chartjs = npm_pack(CHARTJS, work)
        CHARTJS_DIR.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(chartjs / "dist/chart.umd.min.js", CHARTJS_DIR / "chart.umd.min.js")
        shutil.copyfile(chartjs / "LICENSE.md", CHARTJS_DIR / "LICENSE.md")
        atlas = npm_pack(WORLD_ATLAS, work)
        topology = json.loads((atlas / "countries-110m.json").read_text(encoding="utf-8"))
        geojson = to_geojson(topology, "countries")
        BASEMAP.write_text(json.dumps(geojson, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"vendored {CHARTJS} into {CHARTJS_DIR.relative_to(ROOT)}")
    print(f"wrote {len(geojson['features'])} countries from {WORLD_ATLAS} to {BASEMAP.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
