"""Exports: every format is readable by pandas and keeps the events' values (round trip)."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from peristiwa.document import Document
from peristiwa.export import ACLED_COLUMNS, CSV_COLUMNS, FORMATS, open_writer
from peristiwa.spans import Attribution, Casualty, Event, EventDate, Party, Place, Segment, Span

pd = pytest.importorskip("pandas")

TEXT = (
    "Pada 4 Maret 2024, sekelompok orang bersenjata menyerang pos polisi di Ilaga, Kabupaten Puncak. "
    "Menurut Kepolisian Daerah Papua, sedikitnya dua polisi tewas.[1] "
    "Ratusan mahasiswa berunjuk rasa di Jayapura sehari kemudian. "
    "Polisi tidak menangkap siapa pun."
)


def span(text: str, *, after: int = 0) -> tuple[str, int, int]:
    start = TEXT.index(text, after)
    return text, start, start + len(text)


def sentence_of(word: str) -> Segment:
    at = TEXT.index(word)
    start = TEXT.rfind(". ", 0, at)
    start = 0 if start < 0 else start + 2
    end = TEXT.find(".", at) + 1
    return Segment(start, end)


def sample_document(doc_id: str = "contoh") -> Document:
    units = {"admin1": "Papua Tengah", "admin1_code": "94", "admin2": "Kabupaten Puncak", "admin2_code": "94.05"}
    ilaga = Place(
        *span("Ilaga"), name="Ilaga", country="IDN", feature="admin3", lat=-3.98, lon=137.62, geonames_id=8059420,
        admin3="Ilaga", admin3_code="94.05.01", **units,
    )  # fmt: skip
    puncak = Place(
        *span("Kabupaten Puncak"), name="Puncak", country="IDN", feature="admin2", lat=-3.8, lon=137.5, **units
    )
    jayapura = Place(
        *span("Jayapura"), name="Jayapura", country="IDN", feature="city", lat=-2.53, lon=140.72, geonames_id=2082600
    )
    assault = Event(
        id=f"{doc_id}#1",
        event_type="ASSAULT",
        trigger=Span(*span("menyerang")),
        sentence=sentence_of("menyerang"),
        mode=["firearms"],
        actor=[Party(*span("sekelompok orang bersenjata"), sector="REB")],
        recipient=[Party(*span("pos polisi"), name="Indonesian police", country="IDN", sector="COP")],
        date=EventDate("2024-03-04", None, "day", False, "4 Maret 2024", *span("4 Maret 2024")[1:]),
        locations=[ilaga, puncak],
        casualties=[
            Casualty(
                *span("sedikitnya dua polisi tewas"), kind="killed", min=2, max=None, qualifier="at_least", who="polisi"
            )
        ],
        attribution=[Attribution(*span("Menurut Kepolisian Daerah Papua"), source="Kepolisian Daerah Papua")],
        citations=["1"],
        acled={"event_type": "Battles", "sub_event_type": "Armed clash"},
        cameo="190",
        confidence=0.8,
    )
    protest = Event(
        id=f"{doc_id}#2",
        event_type="PROTEST",
        trigger=Span(*span("berunjuk rasa")),
        sentence=sentence_of("berunjuk rasa"),
        mode=["demo"],
        actor=[Party(*span("Ratusan mahasiswa"), sector="EDU")],
        date=EventDate("2024-03", None, "month", True, None, None, None),
        locations=[jayapura],
        acled={"event_type": "Protests", "sub_event_type": "Peaceful protest"},
        confidence=0.7,
    )
    arrest = Event(
        id=f"{doc_id}#3",
        event_type="COERCE",
        trigger=Span(*span("menangkap")),
        sentence=sentence_of("menangkap"),
        negated=True,
        locations=[jayapura],
    )
    return Document(
        doc_id=doc_id,
        text=TEXT,
        reference_time=datetime(2024, 3, 6, tzinfo=UTC),
        url="https://contoh.id/berita/1",
        events=[assault, protest, arrest],
        places=[ilaga, puncak, jayapura],
    )


def write(fmt: str, path: Path, documents: list[Document]) -> None:
    with open_writer(fmt, path) as writer:
        for document in documents:
            writer.write(document)


DOCS = [sample_document("a"), sample_document("b")]


def test_export_offsets_of_sample_are_exact() -> None:
    for event in DOCS[0].events:
        assert TEXT[event.trigger.start : event.trigger.end] == event.trigger.text
        for party in event.actor + event.recipient:
            assert TEXT[party.start : party.end] == party.text


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_export_every_format_writes_to_a_file(tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"hasil.{fmt}"
    write(fmt, out, DOCS)
    assert out.stat().st_size > 100


def test_export_csv_round_trip(tmp_path: Path) -> None:
    out = tmp_path / "hasil.csv"
    write("csv", out, DOCS)
    frame = pd.read_csv(out)
    assert tuple(frame.columns) == CSV_COLUMNS
    assert len(frame) == 6
    assert list(frame["event_type"][:3]) == ["ASSAULT", "PROTEST", "COERCE"]


def test_export_plover_round_trip(tmp_path: Path) -> None:
    out = tmp_path / "hasil.plover.jsonl"
    write("plover", out, DOCS)
    frame = pd.read_json(out, lines=True)
    assert len(frame) == 4, "negated events are left out"
    first = frame.iloc[0]
    assert first["event_id"] == "a#1" and first["event_type"] == "ASSAULT"
    assert str(first["event_date"])[:10] == "2024-03-04"
    assert first["actor"] == "sekelompok orang bersenjata" and first["actor_sector"] == "REB"
    assert first["recipient"] == "Indonesian police" and first["recipient_country"] == "IDN"
    assert first["recipient_sector"] == "COP" and first["mode"] == ["firearms"]
    assert first["fatalities"] == 2 and first["placename"] == "Ilaga"
    assert first["text"].startswith("Pada 4 Maret 2024") and first["sources"] == ["Kepolisian Daerah Papua"]
    assert frame.iloc[1]["event_date"] is not None and str(frame.iloc[1]["event_date"])[:10] == "2024-03-01"


def test_export_acled_round_trip(tmp_path: Path) -> None:
    out = tmp_path / "hasil.acled.csv"
    write("acled", out, DOCS)
    frame = pd.read_csv(out, keep_default_na=False)
    assert tuple(frame.columns) == ACLED_COLUMNS
    assert len(frame) == 4
    battle, protest = frame.iloc[0], frame.iloc[1]
    assert battle["event_id_cnty"] == "IDN-a#1" and battle["event_date"] == "2024-03-04"
    assert battle["year"] == 2024 and battle["time_precision"] == 1
    assert battle["disorder_type"] == "Political violence" and battle["sub_event_type"] == "Armed clash"
    assert battle["inter1"] == 2 and str(battle["inter2"]) == "1" and battle["interaction"] == 12
    assert battle["iso"] == 360 and battle["country"] == "Indonesia" and battle["region"] == "Southeast Asia"
    assert battle["location"] == "Ilaga" and battle["admin3"] == "Ilaga" and battle["geo_precision"] == 1
    assert battle["admin1"] == "Papua Tengah" and battle["admin2"] == "Kabupaten Puncak"  # Kemendagri 2025
    assert battle["latitude"] == pytest.approx(-3.98) and battle["fatalities"] == 2
    assert battle["source"] == "Kepolisian Daerah Papua" and battle["tags"] == "Puncak"
    assert battle["notes"].startswith("Pada 4 Maret 2024") and battle["timestamp"] == 1709683200
    assert protest["disorder_type"] == "Demonstrations" and protest["inter1"] == 6
    assert protest["time_precision"] == 3 and protest["event_date"] == "2024-03-01"
    assert protest["fatalities"] == 0 and protest["source"] == "https://contoh.id/berita/1"


def test_export_geojson_round_trip(tmp_path: Path) -> None:
    out = tmp_path / "hasil.geojson"
    write("geojson", out, DOCS)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["type"] == "FeatureCollection"
    assert len(data["features"]) == 6, "one feature per event location; negated events left out"
    frame = pd.json_normalize(data["features"])
    assert list(frame["properties.place"][:3]) == ["Ilaga", "Puncak", "Jayapura"]
    assert frame.iloc[2]["geometry.coordinates"] == [140.72, -2.53]
    assert set(frame["properties.event_type"]) == {"ASSAULT", "PROTEST"}


def test_export_geojson_empty_collection_is_valid(tmp_path: Path) -> None:
    out = tmp_path / "kosong.geojson"
    write("geojson", out, [Document(doc_id="x", text="Tidak ada apa-apa.")])
    assert json.loads(out.read_text(encoding="utf-8")) == {"type": "FeatureCollection", "features": []}


def test_export_jsonl_round_trip(tmp_path: Path) -> None:
    out = tmp_path / "hasil.jsonl"
    write("jsonl", out, DOCS)
    frame = pd.read_json(out, lines=True)
    assert list(frame["doc_id"]) == ["a", "b"] and len(frame.iloc[0]["events"]) == 3


def test_export_stdout_stream_is_left_open(capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    with open_writer("plover", None) as writer:
        writer.write(DOCS[0])
    lines = capsysbinary.readouterr().out.decode("utf-8").splitlines()
    assert [json.loads(line)["event_id"] for line in lines] == ["a#1", "a#2"]


ACLED_TEXT = (
    "Massa berunjuk rasa dan merusak kantor bupati di Wamena, Jayawijaya, Papua Pegunungan, pada 3 Maret 2025. "
    "Komnas HAM mengecam kekerasan itu. Polisi menangkap lima orang."
)


def test_acled_export_codes_riots_leaves_out_verbal_and_undated_events(tmp_path: Path) -> None:
    import peristiwa
    from peristiwa.export import AcledWriter

    document = peristiwa.extract(ACLED_TEXT, reference_time="2025-03-04T10:00:00+07:00", doc_id="wamena")
    types = {e.event_type for e in document.events}
    assert {"PROTEST", "ACCUSE"} <= types
    out = tmp_path / "hasil.csv"
    with open_writer("acled", out) as writer:
        writer.write(document)
        assert isinstance(writer.inner, AcledWriter)
        skipped = writer.inner.skipped
    frame = pd.read_csv(out, keep_default_na=False)
    protests = [e for e in document.events if e.event_type == "PROTEST"]
    expected = "Riots" if any("riot" in e.mode for e in protests) else "Protests"
    assert expected in set(frame["event_type"])
    assert skipped["not_acled"] >= 1  # the condemnation is not an ACLED event
    assert "ACCUSE" not in " ".join(frame["sub_event_type"]) and all(frame["event_date"] != "")
    happened = [e for e in document.events if not e.negated]
    assert len(frame) + skipped["not_acled"] + skipped["undated"] == len(happened)


def test_acled_mode_order_makes_a_riot_a_riot() -> None:
    from peristiwa.events.coding import acled_codes

    riot = Event(
        id="x#1", event_type="PROTEST", trigger=Span("rusuh", 0, 5), sentence=Segment(0, 5), mode=["demo", "riot"]
    )
    assert acled_codes(riot) == {"event_type": "Riots", "sub_event_type": "Violent demonstration"}
    talk = Event(id="x#2", event_type="REQUEST", trigger=Span("meminta", 0, 7), sentence=Segment(0, 7))
    assert acled_codes(talk) is None


def test_acled_one_row_per_location_with_its_2022_province(tmp_path: Path) -> None:
    """A town, its regency and its province are one location (the town) with its units; two
    towns are two rows."""
    text = (
        "Kelompok bersenjata menyerang pos TNI di Ilaga, Kabupaten Puncak, Papua Tengah, dan di Sugapa, "
        "Kabupaten Intan Jaya, pada 3 Maret 2025."
    )
    document = peristiwa_extract(text)
    out = tmp_path / "hasil.csv"
    with open_writer("acled", out) as writer:
        writer.write(document)
    rows = pd.read_csv(out, keep_default_na=False).to_dict("records")
    by_place = {r["location"]: r for r in rows}
    assert set(by_place) == {"Ilaga", "Sugapa"}, rows
    assert by_place["Ilaga"]["admin1"] == "Papua Tengah" and by_place["Ilaga"]["admin2"] == "Kabupaten Puncak"
    assert by_place["Sugapa"]["admin2"] == "Kabupaten Intan Jaya" and by_place["Sugapa"]["admin3"] == "Sugapa"
    assert len({r["event_id_cnty"] for r in rows}) == 2


def peristiwa_extract(text: str) -> Document:
    import peristiwa

    return peristiwa.extract(text, reference_time="2025-03-04T10:00:00+07:00")


def test_export_goldstein_and_quad_class_follow_the_cameo_code() -> None:
    """GDELT users' columns: a shooting is material conflict at -10, a meeting verbal cooperation."""
    from peristiwa import extract
    from peristiwa.events.coding import goldstein, quad_class

    doc = extract(
        "Kelompok bersenjata menembak dua anggota polisi di Distrik Ilaga, Kabupaten Puncak, pada Senin (2/6/2025). "
        "Presiden Prabowo Subianto bertemu Perdana Menteri Malaysia Anwar Ibrahim di Jakarta pada Selasa (3/6/2025).",
        reference_time="2025-06-04",
    ).to_json()
    by_type = {e["event_type"]: e for e in doc["events"]}
    shooting, meeting = by_type["ASSAULT"], by_type["CONSULT"]
    assert shooting["quad_class"] == 4 and shooting["goldstein"] == goldstein(shooting["cameo"]) <= -9
    assert meeting["quad_class"] == 1 and 0 < meeting["goldstein"] <= 5
    assert goldstein("0874") == 10.0 and goldstein("03341") == 6.0  # a code not listed takes its parent's
    assert quad_class("057") == 1 and quad_class("0874") == 2 and quad_class("112") == 3 and quad_class(None) is None
