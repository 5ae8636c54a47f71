"""ACLED rows as analysts load them: the example and the seed text (the Baghdad embassy dev text)
opened with pandas, one row per event and location, admin1/admin2 of Indonesian places from the
Kemendagri 2025 hierarchy; the store's ACLED rows follow the same rules."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest

import peristiwa
from peristiwa.export import open_writer
from peristiwa.store.export import acled_rows as store_acled_rows
from peristiwa.store.export import write as store_write

pd = pytest.importorskip("pandas")

VERBAL = ("ACCUSE", "REQUEST", "THREATEN", "SUPPORT", "REJECT", "CONSULT")


def _acled_frame(tmp_path: Path, text: str, doc_id: str, reference_time: str | None = None) -> Any:
    document = peristiwa.extract(text, reference_time=reference_time, doc_id=doc_id)
    out = tmp_path / f"{doc_id}.acled.csv"
    with open_writer("acled", out) as writer:
        writer.write(document)
    return pd.read_csv(out, keep_default_na=False)


def test_acled_example_indonesian_places_have_province_and_regency(tmp_path: Path, example_text: str) -> None:
    frame = _acled_frame(tmp_path, example_text, "contoh", "2024-03-04T10:00:00+09:00")
    indonesian = frame[frame["country"] == "Indonesia"]
    assert len(indonesian) >= 2 and set(frame["location"]) >= {"Ilaga", "Jayapura"}
    assert all(indonesian["admin1"] != "") and all(indonesian["admin2"] != "")
    ilaga = indonesian[indonesian["location"] == "Ilaga"].iloc[0]
    # the example names "Distrik Ilaga, Kabupaten Puncak, Papua Tengah": one location, three units
    assert (ilaga["admin1"], ilaga["admin2"], ilaga["admin3"]) == ("Papua Tengah", "Kabupaten Puncak", "Ilaga")
    jayapura = indonesian[indonesian["location"] == "Jayapura"].iloc[0]
    assert (jayapura["admin1"], jayapura["admin2"]) == ("Papua", "Kota Jayapura")  # the city, not the regency
    assert "Papua Tengah" not in set(frame["location"]) and "Kabupaten Puncak" not in set(frame["location"])
    assert all(frame["event_date"] != "") and not any(t in " ".join(frame["sub_event_type"]) for t in VERBAL)


def test_acled_seed_text_opens_with_one_row_per_location(tmp_path: Path, gold_dev: Path) -> None:
    text = (gold_dev / "baghdad-embassy-2019.txt").read_text(encoding="utf-8")
    frame = _acled_frame(tmp_path, text, "baghdad")
    assert len(frame) >= 3 and frame["event_id_cnty"].is_unique
    assert all(frame["event_date"] != "") and set(frame["country"]) >= {"Iraq"}
    assert frame["latitude"].map(lambda v: v == "" or isinstance(v, float)).all()
    assert "Timur Tengah" in text and "Timur Tengah" not in set(frame["location"])  # a region is no location
    assert "Teluk Persia" not in set(frame["location"])


def _place(name: str, feature: str, lat: float | None, lon: float | None, **units: str) -> dict[str, Any]:
    return {"name": name, "country": "IDN", "feature": feature, "lat": lat, "lon": lon, **units}


PAPUA_TENGAH = {"admin1": "Papua Tengah", "admin1_code": "94"}
PUNCAK = {**PAPUA_TENGAH, "admin2": "Kabupaten Puncak", "admin2_code": "94.05"}


def _record(locations: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "event_id": "pev-1",
        "event_type": "ASSAULT",
        "date": {"start": "2025-03-03", "precision": "day"},
        "acled": {"event_type": "Violence against civilians", "sub_event_type": "Attack"},
        "actor": [],
        "recipient": [],
        "locations": locations,
        "casualties": [{"kind": "killed", "min": 2, "max": 2}],
        "sources": ["Polda Papua"],
        "n_documents": 2,
        "mentions": [],
    }


def test_store_acled_rows_one_per_location_with_its_units() -> None:
    record = _record(
        [
            _place("Papua Tengah", "admin1", -3.66, 136.74, **PAPUA_TENGAH),
            _place("Puncak", "admin2", -3.89, 137.28, **PUNCAK),
            _place("Ilaga", "admin3", -3.95, 137.62, **PUNCAK, admin3="Ilaga", admin3_code="94.05.01"),
            _place("Sugapa", "city", -3.73, 137.03, **PAPUA_TENGAH, admin2="Kabupaten Intan Jaya", admin2_code="94.07"),
            {"name": "Timur Tengah", "country": None, "feature": "region", "lat": 29.0, "lon": 41.0},
        ]
    )
    rows = list(store_acled_rows(record))
    assert [r["location"] for r in rows] == ["Ilaga", "Sugapa"]  # no province, regency or region rows
    assert [r["event_id_cnty"] for r in rows] == ["pev-1-1", "pev-1-2"]
    assert (rows[0]["admin1"], rows[0]["admin2"], rows[0]["admin3"]) == ("Papua Tengah", "Kabupaten Puncak", "Ilaga")
    assert rows[1]["admin2"] == "Kabupaten Intan Jaya" and rows[1]["fatalities"] == 2


def test_store_geojson_leaves_regions_out() -> None:
    record = _record(
        [
            _place("Ilaga", "admin3", -3.95, 137.62, **PUNCAK),
            {"name": "Timur Tengah", "country": None, "feature": "region", "lat": 29.0, "lon": 41.0},
        ]
    )
    out = io.StringIO()
    store_write([record], "geojson", out)
    frame = pd.read_json(io.StringIO(out.getvalue()), typ="series")
    places = [f["properties"]["place"] for f in frame["features"]]
    assert places == ["Ilaga"]


def test_store_counts_a_town_under_its_2022_province(tmp_path: Path) -> None:
    from peristiwa.store import EventStore

    store = EventStore(str(tmp_path / "events.sqlite"))
    text = "Kelompok bersenjata menembak dua warga di Ilaga pada 3 Maret 2025. Polisi berjaga di Wamena."
    document = peristiwa.extract(text, reference_time="2025-03-04T10:00:00+09:00", doc_id="ilaga")
    store.add([(document, text)])
    provinces = dict(store.stats("province"))
    assert provinces.get("Papua Tengah", 0) >= 1  # the text names no province: Ilaga's, by the gazetteer
    assert "Papua" not in provinces
