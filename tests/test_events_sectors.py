"""Sectors of the sides of a mutual act told as "kedua X" with no two sides named before it."""

from __future__ import annotations

import pytest

import peristiwa


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        ("Kedua menteri sepakat meningkatkan kerja sama pertahanan.", "GOV"),
        ("Pada pertemuan di Bali, kedua kepala negara sepakat menyelesaikan sengketa perbatasan.", "GOV"),
    ],
)
def test_events_sectors_both_sides_of_a_mutual_act_are_of_the_kind_counted(text: str, sector: str) -> None:
    events = [e for e in peristiwa.extract(text, reference_time="2024-03-05").events if e.event_type == "AGREE"]
    assert events
    assert [p.sector for p in events[0].actor] == [sector]
    assert [(p.country, p.sector) for p in events[0].recipient] == [(None, sector)]


def test_events_sectors_both_sides_told_before_are_kept() -> None:
    text = (
        "Menteri Luar Negeri Retno Marsudi bertemu Menteri Luar Negeri Malaysia Saifuddin Abdullah di Jakarta. "
        "Kedua menteri sepakat memperkuat kerja sama perbatasan."
    )
    agree = [e for e in peristiwa.extract(text, reference_time="2024-03-05").events if e.event_type == "AGREE"]
    assert agree
    assert {p.country for p in agree[0].actor + agree[0].recipient} == {"IDN", "MYS"}


def test_events_sectors_the_subject_of_a_passive_blame_is_its_recipient() -> None:
    text = "Kelompok separatis itu disalahkan atas ledakan di pasar kota."
    accuse = [e for e in peristiwa.extract(text, reference_time="2024-03-05").events if e.event_type == "ACCUSE"]
    assert accuse
    assert [p.sector for p in accuse[0].recipient] == ["REB"]
    assert all(p.sector != "REB" for p in accuse[0].actor)


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Polisi menangkap Rudi Hartono di rumahnya di Bekasi.", "COERCE"),
        ("Polisi menetapkan Rudi Hartono sebagai tersangka penipuan.", "ACCUSE"),
    ],
)
def test_events_sectors_the_one_arrested_or_accused_named_without_office_is_a_civilian(
    text: str, event_type: str
) -> None:
    events = [e for e in peristiwa.extract(text, reference_time="2024-03-05").events if e.event_type == event_type]
    assert events
    assert [p.sector for p in events[0].recipient] == ["CVL"]


def test_events_sectors_an_official_arrested_keeps_his_office() -> None:
    text = "KPK menangkap Bupati Sidoarjo Ahmad Muhdlor di kantornya."
    events = [e for e in peristiwa.extract(text, reference_time="2024-03-05").events if e.event_type == "COERCE"]
    assert events
    assert [p.sector for p in events[0].recipient] == ["GOV"]
