"""Build the viewer's offline basemap: Natural Earth 110m country outlines as compact GeoJSON.

Source: npm `world-atlas` 2.x `countries-110m.json` (TopoJSON, ISC licence, data public domain).

    npm pack world-atlas && tar xzf world-atlas-*.tgz
    python -m peristiwa.serve.basemap package/countries-110m.json

writes `static/countries-110m.geojson` next to this module. Coordinates are rounded to
2 decimals (~1 km), plenty for 110m outlines.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

OUTPUT = Path(__file__).resolve().parent / "static" / "countries-110m.geojson"
DECIMALS = 2

Point = list[float]
Ring = list[Point]


def _decode_arcs(topology: dict[str, Any]) -> list[Ring]:
    """Absolute coordinates of every arc (TopoJSON arcs are delta-encoded when quantized)."""
    transform = topology.get("transform")
    arcs: list[Ring] = []
    for arc in topology["arcs"]:
        points: Ring = []
        x = y = 0.0
        for position in arc:
            if transform:
                x += position[0]
                y += position[1]
                sx, sy = transform["scale"]
                tx, ty = transform["translate"]
                points.append([round(x * sx + tx, DECIMALS), round(y * sy + ty, DECIMALS)])
            else:
                points.append([round(position[0], DECIMALS), round(position[1], DECIMALS)])
        arcs.append(points)
    return arcs


def _ring(indexes: list[int], arcs: list[Ring]) -> Ring:
    ring: Ring = []
    for index in indexes:
        points = arcs[index] if index >= 0 else arcs[~index][::-1]
        ring.extend(points[1:] if ring else points)
    return ring


def topology_to_geojson(topology: dict[str, Any], *, layer: str = "countries") -> dict[str, Any]:
    """One GeoJSON FeatureCollection from a TopoJSON object layer (polygons and multipolygons)."""
    arcs = _decode_arcs(topology)
    features = []
    for geometry in topology["objects"][layer]["geometries"]:
        kind = geometry.get("type")
        if kind == "Polygon":
            coordinates: Any = [_ring(r, arcs) for r in geometry["arcs"]]
        elif kind == "MultiPolygon":
            coordinates = [[_ring(r, arcs) for r in polygon] for polygon in geometry["arcs"]]
        else:
            continue
        features.append(
            {
                "type": "Feature",
                "id": geometry.get("id"),
                "properties": {"name": geometry.get("properties", {}).get("name")},
                "geometry": {"type": kind, "coordinates": coordinates},
            }
        )
    return {"type": "FeatureCollection", "features": features}


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) not in (1, 2):
        sys.stderr.write("usage: python -m peristiwa.serve.basemap countries-110m.json [OUTPUT]\n")
        return 2
    topology = json.loads(Path(args[0]).read_text(encoding="utf-8"))
    output = Path(args[1]) if len(args) == 2 else OUTPUT
    geojson = topology_to_geojson(topology)
    output.write_text(json.dumps(geojson, separators=(",", ":")) + "\n", encoding="utf-8")
    sys.stdout.write(f"{output}: {len(geojson['features'])} countries\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
