"""Corroborating mentions: a candidate event the extractor's judge dropped joins a merged event other
reports tell, on strong evidence only; it never makes a merged event of its own."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

import peristiwa
from peristiwa.document import Document
from peristiwa.store import EventStore

# One evening's relief for the victims of a fire in Penjaringan, told by a report on the day and by a
# follow-up; the same relief told for another day, and in a district of Makassar.
ON_THE_DAY = (
    "Relawan mendirikan tenda darurat bagi korban kebakaran di Kelurahan Penjaringan, Jakarta Utara, "
    "Minggu (8/6/2025). Tenda itu menampung ratusan warga yang rumahnya terbakar."
)
FOLLOW_UP = (
    "JAKARTA, KOMPAS.com - Ratusan warga korban kebakaran di Kelurahan Penjaringan, Jakarta Utara, menempati "
    "tenda darurat yang didirikan relawan pada Minggu (8/6/2025)."
)
ANOTHER_DAY = (
    "Relawan mendirikan tenda darurat bagi korban kebakaran di Kelurahan Penjaringan, Jakarta Utara, "
    "Rabu (11/6/2025). Tenda itu menampung ratusan warga yang rumahnya terbakar."
)
ELSEWHERE = (
    "Relawan mendirikan tenda darurat bagi korban kebakaran di Kecamatan Tamalate, Makassar, "
    "Minggu (8/6/2025). Tenda itu menampung ratusan warga yang rumahnya terbakar."
)
# Another act of relief on that day and in that place, told in other words.
OTHER_WORDS = (
    "Dinas Sosial DKI Jakarta mengirimkan bantuan makanan siap saji ke Penjaringan, Minggu (8/6/2025), "
    "setelah api padam."
)
REFERENCE = "2025-06-09"


def _told(text: str, doc_id: str, reference_time: str = REFERENCE) -> tuple[Document, str]:
    """The document as extracted: its events told."""
    doc = peristiwa.extract(text, doc_id=doc_id, reference_time=reference_time)
    assert any(e.event_type == "AID" for e in doc.events)
    return doc, text


def _dropped(text: str, doc_id: str, reference_time: str = REFERENCE) -> tuple[Document, str]:
    """The document as if the judge had dropped all its events: they are only candidates."""
    doc = peristiwa.extract(text, doc_id=doc_id, reference_time=reference_time)
    candidates = [*doc.events, *doc.dropped]
    assert any(e.event_type == "AID" for e in candidates)
    return replace(doc, events=[], dropped=candidates), text


@pytest.fixture
def store(tmp_path: Path) -> EventStore:
    return EventStore(str(tmp_path / "events.sqlite"))


def _aid(store: EventStore) -> list[dict[str, object]]:
    return [e for e in store.events() if e["event_type"] == "AID"]


def _corroborating(event: dict[str, object]) -> list[str]:
    return [m["doc_id"] for m in event["mentions"] if m.get("corroborating")]  # type: ignore[attr-defined]


def test_store_a_dropped_candidate_joins_the_merged_event_it_matches(store: EventStore) -> None:
    report = store.add([_told(ON_THE_DAY, "a"), _dropped(FOLLOW_UP, "b")])
    assert report.corroborating == 1
    (event,) = _aid(store)
    assert _corroborating(event) == ["b"]
    assert event["n_documents"] == 1 and event["n_corroborating"] == 1
    how = store.explain(str(event["event_id"]))["mentions"]
    assert [m.get("corroborating", False) for m in how] == [False, True]


def test_store_a_dropped_candidate_never_makes_a_merged_event(store: EventStore) -> None:
    report = store.add([_dropped(FOLLOW_UP, "b"), _dropped(ON_THE_DAY, "c")])
    assert report.corroborating == 0
    assert _aid(store) == []
    assert store.counts()["mentions"] >= 2  # kept, waiting for a report the extractor tells


def test_store_a_candidate_added_first_is_attached_when_the_report_arrives(store: EventStore) -> None:
    store.add([_dropped(FOLLOW_UP, "b")])
    store.add([_told(ON_THE_DAY, "a")])
    (event,) = _aid(store)
    assert _corroborating(event) == ["b"]
    mentions = store.counts()["mentions"]
    store.add([_dropped(FOLLOW_UP, "b")])  # the same text again: nothing changes
    assert store.counts()["mentions"] == mentions
    store.add([_dropped(FOLLOW_UP + " Bantuan terus berdatangan.", "b")])  # a new text replaces its candidates
    (event,) = _aid(store)
    assert _corroborating(event) == ["b"]
    assert store.counts()["mentions"] == mentions


def test_store_a_candidate_waits_again_when_the_report_it_corroborated_is_replaced(store: EventStore) -> None:
    store.add([_told(ON_THE_DAY, "a"), _dropped(FOLLOW_UP, "b")])
    store.add([_told(ELSEWHERE, "a")])  # report "a" now tells the relief in Makassar
    (event,) = _aid(store)
    assert _corroborating(event) == []


def test_store_a_dropped_candidate_does_not_join_an_event_of_another_day_or_place(store: EventStore) -> None:
    store.add([_told(ON_THE_DAY, "a")])
    report = store.add([_dropped(ANOTHER_DAY, "b", "2025-06-12"), _dropped(ELSEWHERE, "c")])
    assert report.corroborating == 0
    (event,) = _aid(store)
    assert _corroborating(event) == []


def test_store_a_dropped_candidate_needs_more_wording_in_common_than_a_told_report(tmp_path: Path) -> None:
    doc, text = _dropped(OTHER_WORDS, "b")
    told = EventStore(str(tmp_path / "told.sqlite"))
    told.add([_told(ON_THE_DAY, "a"), (replace(doc, events=doc.dropped, dropped=[]), text)])
    assert [e["n_documents"] for e in _aid(told)] == [2]
    store = EventStore(str(tmp_path / "dropped.sqlite"))
    store.add([_told(ON_THE_DAY, "a"), (doc, text)])
    (event,) = _aid(store)
    assert _corroborating(event) == []


# Two welcomes of one visit's day between two states, each side welcoming something else.
JAPAN_WELCOMES = (
    "TOKYO, KOMPAS.com - Perdana Menteri Jepang Shigeru Ishiba menyambut baik kunjungan Presiden Prabowo "
    "Subianto ke Tokyo, Senin (2/6/2025), dan menyebut Indonesia mitra penting Jepang di kawasan."
)
INDONESIA_WELCOMES = (
    "TOKYO, KOMPAS.com - Presiden Prabowo Subianto menyambut baik tawaran Jepang untuk membangun pelabuhan "
    "baru di Indonesia, Senin (2/6/2025), dalam kunjungan ke Tokyo yang disebutnya penting bagi kawasan."
)


def test_store_a_dropped_candidate_with_the_sides_swapped_does_not_corroborate(store: EventStore) -> None:
    japan = peristiwa.extract(JAPAN_WELCOMES, doc_id="a", reference_time="2025-06-02")
    indonesia = peristiwa.extract(INDONESIA_WELCOMES, doc_id="b", reference_time="2025-06-02")
    welcome = [e for e in [*indonesia.events, *indonesia.dropped] if e.event_type == "SUPPORT"]
    store.add([(japan, JAPAN_WELCOMES), (replace(indonesia, events=[], dropped=welcome), INDONESIA_WELCOMES)])
    (event,) = [e for e in store.events() if e["event_type"] == "SUPPORT"]
    assert _corroborating(event) == []


def test_extract_keeps_the_judges_dropped_candidates_out_of_its_output() -> None:
    text = (
        "Tim sepak bola Persib menyerang sejak menit pertama dan menekan pertahanan lawan di Stadion "
        "Si Jalak Harupat, Sabtu (7/6/2025)."
    )
    doc = peristiwa.extract(text, doc_id="x", reference_time=REFERENCE)
    assert [e.event_type for e in doc.dropped] == ["ASSAULT"]
    assert all(e.confidence < 0.5 for e in doc.dropped)
    assert doc.to_json()["events"] == [] and doc.dropped_json()[0]["event_type"] == "ASSAULT"


def test_store_a_dropped_candidate_told_in_another_country_is_not_compared() -> None:
    from peristiwa.store.merge import other_country

    assert other_country({"country": "MYS"}, "IDN")
    assert not other_country({"country": "IDN"}, "IDN")
    assert not other_country({"country": None}, "IDN")  # a candidate placed nowhere may still fit
    assert not other_country({"country": "MYS"}, None)


def test_store_the_same_relief_told_abroad_stays_apart(store: EventStore) -> None:
    abroad = ON_THE_DAY.replace("Kelurahan Penjaringan, Jakarta Utara", "Kampung Baru, Kuala Lumpur, Malaysia")
    store.add([_told(ON_THE_DAY, "a"), _dropped(abroad, "b")])
    assert all(not _corroborating(e) for e in _aid(store))
