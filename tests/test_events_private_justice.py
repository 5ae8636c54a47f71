"""Private people taking the law into their own hands — residents catching a thief, a crowd beating one —
are no events (D9); the police's acts on the same case, and a crowd's violence against the police, are.

Sentences are written for these tests in general Indonesian news style (not from the corpus texts).
"""

from __future__ import annotations

import pytest
from conftest import rule_events


def _types(text: str) -> list[str]:
    return [e.event_type for e in rule_events(text)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Pelaku pencurian kotak amal itu berhasil ditangkap warga di belakang masjid.",
        "Seorang penjambret ditangkap oleh warga setelah sepeda motornya terjatuh di tikungan.",
        "Warga langsung menangkap pelaku yang mencoba membawa kabur dua ekor kambing.",
    ],
)
def test_events_private_justice_a_citizens_arrest_is_no_coercion(sentence: str) -> None:
    assert "COERCE" not in _types(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Maling ayam itu dikeroyok massa di dekat pasar.",
        "Warga memukuli pencuri itu hingga pingsan.",
        "Dua pelaku begal dikeroyok warga sebelum petugas tiba di lokasi.",
        "Pencuri sepeda motor itu dirawat di puskesmas akibat pengeroyokan warga.",
        "Kedua pelaku luka di kepala setelah pengeroyokan oleh massa di depan pasar.",
        "Warga yang marah ikut memukuli pencuri kambing itu sebelum polisi datang.",
    ],
)
def test_events_private_justice_a_crowd_beating_a_thief_is_no_assault(sentence: str) -> None:
    assert "ASSAULT" not in _types(sentence)


@pytest.mark.parametrize(
    ("sentence", "event_type"),
    [
        ("Pelaku pencurian kotak amal itu ditangkap polisi di belakang masjid.", "COERCE"),
        ("Polisi bersama warga menangkap pelaku pencurian di rumah kontrakannya.", "COERCE"),
        ("Polisi menangkap dua warga yang diduga mengedarkan sabu di kampung itu.", "COERCE"),
        ("Seorang anggota polisi dikeroyok warga saat membubarkan judi sabung ayam.", "ASSAULT"),
        ("Rombongan pengungsi itu dipukuli massa dari kampung sebelah.", "ASSAULT"),
        ("Polisi menyelidiki penangkapan warga oleh tentara di perbatasan.", "COERCE"),
    ],
)
def test_events_private_justice_the_police_and_attacks_on_others_stay_events(sentence: str, event_type: str) -> None:
    assert event_type in _types(sentence)
