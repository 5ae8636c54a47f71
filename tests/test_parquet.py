"""Typed Parquet output: numbers stay numbers through a round trip with pandas."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from peristiwa.cli import app

pd = pytest.importorskip("pandas")
pytest.importorskip("pyarrow")
runner = CliRunner()

TEXT = (
    "Jayapura, Senin (2/6/2025) – Kelompok bersenjata menyerang pos polisi di Distrik Ilaga, Kabupaten "
    "Puncak, Papua, pada Minggu (1/6/2025) dan menewaskan dua anggota polisi. Aparat kemudian menangkap "
    "tiga orang yang diduga terlibat, kata Kapolda Papua.\n"
)


def _extract(tmp_path: Path) -> Path:
    source = tmp_path / "berita.txt"
    source.write_text(TEXT, encoding="utf-8")
    out = tmp_path / "events.parquet"
    result = runner.invoke(app, ["extract", str(source), "-o", str(out), "--format", "parquet"])
    assert result.exit_code == 0, result.output
    return out


def test_parquet_round_trip_keeps_types(tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    path = _extract(tmp_path)
    types = {f.name: str(f.type) for f in pq.read_schema(path)}
    assert types["lat"] == types["lon"] == types["confidence"] == "double"
    assert types["killed"] == types["arrested"] == types["trigger_start"] == "int64"
    assert types["negated"] == "bool" and types["mode"] == "list<element: string>"
    table = pd.read_parquet(path, dtype_backend="numpy_nullable")
    assert str(table["killed"].dtype) == "Int64" and str(table["lat"].dtype) == "Float64"
    assault = table[table["event_type"] == "ASSAULT"].iloc[0]
    assert assault["killed"] == 2  # a number, not the string "2"
    assert -5 < assault["lat"] < 0 and 135 < assault["lon"] < 140  # Ilaga, Papua
    assert TEXT[assault["trigger_start"] : assault["trigger_end"]] == assault["trigger"]
    arrest = table[table["event_type"] == "COERCE"].iloc[0]
    assert list(arrest["mode"]) == ["arrest"] and pd.isna(arrest["killed"])


def test_parquet_nests_every_actor_location_and_figure(tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    path = _extract(tmp_path)
    types = {f.name: f.type for f in pq.read_schema(path)}
    place = types["locations"].value_type
    assert str(place.field("lat").type) == "double" and str(place.field("geonames_id").type) == "int64"
    assert str(types["casualties"].value_type.field("min").type) == "int64"
    rows = pq.read_table(path).to_pylist()
    assault = next(r for r in rows if r["event_type"] == "ASSAULT")
    names = [p["name"] for p in assault["locations"]]
    assert names[0] == "Ilaga" and "Puncak" in names  # the district, then the regency the text names
    for where in assault["locations"]:
        assert isinstance(where["lat"], float) and TEXT[where["start"] : where["end"]] == where["text"]
    assert assault["admin2"] == "Kabupaten Puncak" and assault["admin2_code"] == "94.05"  # the first location's
    assert [(c["kind"], c["min"]) for c in assault["casualties"]] == [("killed", 2)]
    assert assault["actors"][0]["sector"] == "REB" and assault["recipients"][0]["sector"] == "COP"


def test_parquet_needs_an_output_file(tmp_path: Path) -> None:
    source = tmp_path / "berita.txt"
    source.write_text(TEXT, encoding="utf-8")
    result = runner.invoke(app, ["extract", str(source), "--format", "parquet"])
    assert result.exit_code != 0
    assert "-o" in result.output


def test_parquet_no_file_is_left_when_nothing_was_processed(tmp_path: Path) -> None:
    out = tmp_path / "events.parquet"
    result = runner.invoke(app, ["extract", str(tmp_path / "hilang.txt"), "-o", str(out), "-f", "parquet"])
    assert result.exit_code != 0
    assert not out.exists() and not list(tmp_path.glob(".events.parquet*"))


def test_parquet_rows_of_an_html_page_carry_the_text_their_offsets_index(tmp_path: Path) -> None:
    pytest.importorskip("trafilatura")
    import hashlib

    page = Path(__file__).resolve().parent / "data" / "html" / "kabar-papua-ilaga.html"
    out = tmp_path / "events.parquet"
    result = runner.invoke(app, ["extract", str(page), "-o", str(out), "--format", "parquet"])
    assert result.exit_code == 0, result.output
    table = pd.read_parquet(out)
    assert len(table) > 0
    assert str(table["reference_time"].dtype) == "datetime64[ms, UTC]"
    # the page's published time, 2025-06-02T09:15:00+09:00, as an instant
    assert set(table["reference_time"]) == {pd.Timestamp("2025-06-02T00:15:00Z")}
    for _, row in table.iterrows():
        text = row["text"]  # the extracted article, not the page's bytes
        assert "Beranda" not in text and row["text_sha256"] == hashlib.sha256(text.encode("utf-8")).hexdigest()
        assert text[row["trigger_start"] : row["trigger_end"]] == row["trigger"]


def test_parquet_carries_plain_text_only_with_keep_text(tmp_path: Path) -> None:
    import hashlib

    plain = _extract(tmp_path)
    table = pd.read_parquet(plain)
    assert table["text"].isna().all()
    assert set(table["text_sha256"]) == {hashlib.sha256(TEXT.encode("utf-8")).hexdigest()}
    kept = tmp_path / "kept.parquet"
    source = tmp_path / "berita.txt"
    result = runner.invoke(app, ["extract", str(source), "-o", str(kept), "-f", "parquet", "--keep-text"])
    assert result.exit_code == 0, result.output
    assert set(pd.read_parquet(kept)["text"]) == {TEXT}


def test_parquet_keeps_a_month_date_approximate(tmp_path: Path) -> None:
    source = tmp_path / "berita.txt"
    source.write_text("Sekitar awal Juni 2025, kelompok bersenjata menyerang pos polisi di Ilaga.\n", encoding="utf-8")
    out = tmp_path / "events.parquet"
    result = runner.invoke(app, ["extract", str(source), "-o", str(out), "-f", "parquet"])
    assert result.exit_code == 0, result.output
    attack = pd.read_parquet(out).iloc[0]
    assert (attack["date"], attack["precision"], attack["approximate"]) == ("2025-06", "month", True)
    assert pd.isna(attack["date_end"])  # no range told
