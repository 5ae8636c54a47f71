"""The PLOVER mode of an event: what its trigger, its sentence and its parties tell.

Sentences are written for these tests in general Indonesian news style (not from the corpus texts).
"""

from __future__ import annotations

import pytest
from conftest import rule_events

from peristiwa.spans import Event


def _of_type(text: str, event_type: str) -> list[Event]:
    return [e for e in rule_events(text) if e.event_type == event_type]


@pytest.mark.parametrize(
    "sentence",
    [
        "Aktivis lingkungan itu dibunuh di depan rumahnya di Kendari pada Jumat malam.",
        "Polisi masih menyelidiki pembunuhan Salim Kancil yang menolak tambang pasir di desanya.",
        "Dua orang tak dikenal mencoba membunuh Wali Kota Ahmad Fauzi saat ia keluar dari masjid.",
    ],
)
def test_events_modes_a_killing_of_a_named_person_is_targeted(sentence: str) -> None:
    assaults = _of_type(sentence, "ASSAULT")
    assert assaults and "targeted" in assaults[0].mode


def test_events_modes_a_killing_of_people_nobody_names_is_not_targeted() -> None:
    assaults = _of_type("Kelompok bersenjata membunuh empat pekerja jalan di Kabupaten Nduga.", "ASSAULT")
    assert assaults and "targeted" not in assaults[0].mode


def test_events_modes_a_suspect_charged_under_a_law_is_under_investigation() -> None:
    accusations = _of_type("Ketiga pelaku dijerat Pasal 170 KUHP tentang pengeroyokan.", "ACCUSE")
    assert accusations and accusations[0].mode == ["investigate"]


def test_events_modes_an_arrest_with_a_seizure_has_both_modes() -> None:
    text = "Petugas Bea Cukai menangkap dua kurir dan menyita lima kilogram sabu di Bandara Kualanamu."
    coercions = _of_type(text, "COERCE")
    assert coercions and {"arrest", "seize"} <= set(coercions[0].mode)


def test_events_modes_an_embargo_is_an_embargo() -> None:
    sanctions = _of_type("Uni Eropa memberlakukan embargo senjata terhadap Myanmar sejak kudeta.", "SANCTION")
    assert sanctions and "embargo" in sanctions[0].mode


def test_events_modes_a_meeting_in_the_other_sides_country_is_a_visit() -> None:
    text = "Menteri Luar Negeri Jepang bertemu dengan Presiden Filipina di Manila pada Selasa (3/6/2025)."
    meetings = _of_type(text, "CONSULT")
    assert meetings and "visit" in meetings[0].mode


def test_events_modes_a_meeting_at_home_is_no_visit() -> None:
    text = "Gubernur Jawa Tengah bertemu dengan para bupati di Semarang pada Senin (2/6/2025)."
    meetings = _of_type(text, "CONSULT")
    assert meetings and "visit" not in meetings[0].mode


def test_events_modes_a_call_abroad_is_no_visit() -> None:
    text = "Presiden Prabowo berbicara melalui telepon dengan Presiden Prancis dari Istana Merdeka, Jakarta."
    assert all("visit" not in e.mode for e in _of_type(text, "CONSULT"))


@pytest.mark.parametrize(
    ("sentence", "mode"),
    [
        ("Pemerintah Kabupaten Garut menyalurkan bantuan sembako kepada warga terdampak banjir.", "humanitarian"),
        ("Amerika Serikat memberikan bantuan alutsista berupa empat kapal patroli kepada Filipina.", "military"),
    ],
)
def test_events_modes_aid_takes_the_mode_of_what_is_given(sentence: str, mode: str) -> None:
    aid = _of_type(sentence, "AID")
    assert aid and mode in aid[0].mode


def test_events_modes_a_demo_is_a_demonstration() -> None:
    protests = _of_type("Ratusan sopir angkot menggelar demo di depan kantor wali kota pada Rabu.", "PROTEST")
    assert protests and "demo" in protests[0].mode
