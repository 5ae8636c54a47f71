"""Routine domestic business is no event (D5, D7, D18; session 30): a party's organs agreeing on the party's
own congress, a state's welfare programme named in full, and a working visit to a region of one's own
country. Each case has its counterpart that stays reported, so every test can fail both ways.
Sentences are written for these tests in general Indonesian news style.
"""

from __future__ import annotations

import pytest
from conftest import reported_done as _reported

import peristiwa


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Sebanyak 20 pengurus daerah partai itu telah menyetujui munas digelar tahun depan.", "AGREE"),
        ("Pengurus wilayah partai itu menyatakan kesiapannya menyelenggarakan kongres luar biasa.", "AGREE"),
        ("Para ketua cabang sepakat muktamar dipercepat ke bulan Juni.", "AGREE"),
        ("Di tengah pembagian bantuan sosial, gubernur membagikan sepeda kepada warga desa itu.", "AID"),
        ("Menteri itu mengakhiri kunjungan kerjanya di wilayah timur dengan meresmikan sebuah bendungan.", "CONSULT"),
        ("Wakil Presiden melakukan kunjungan kerja ke daerah perbatasan pekan lalu.", "CONSULT"),
    ],
)
def test_a_party_congress_a_welfare_handout_or_a_domestic_working_visit_is_no_event(text: str, event_type: str) -> None:
    assert all(t != event_type for t, _ in _reported(text))


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Kedua partai itu telah menyetujui koalisi digelar tahun depan.", "AGREE"),
        ("Pemerintah menyatakan kesiapannya menyelenggarakan perundingan damai bulan depan.", "AGREE"),
        ("Ketua panitia muktamar sudah mengundang Presiden untuk hadir dalam pembukaan acara itu.", "AGREE"),
        ("Pemerintah Jepang membagikan bantuan kepada para pengungsi di perbatasan.", "AID"),
        ("Menteri itu mengakhiri kunjungan kerjanya di Tokyo dengan bertemu perdana menteri Jepang.", "CONSULT"),
    ],
)
def test_the_same_acts_between_other_parties_or_abroad_stay_events(text: str, event_type: str) -> None:
    assert any(t == event_type for t, _ in _reported(text))


@pytest.mark.parametrize(
    ("text", "visit"),
    [
        ("Presiden Jokowi melakukan kunjungan kerja ke Sumatera selama dua hari.", False),
        ("Menteri Kesehatan melanjutkan kunjungan kerjanya di Manado pada Rabu pagi.", False),
        ("Presiden Jokowi melakukan kunjungan kerja ke Malaysia selama dua hari.", True),
        ("Perdana Menteri Jepang melakukan kunjungan kerja ke Sumatera selama dua hari.", True),
    ],
)
def test_a_working_visit_to_a_named_place_at_home_is_no_event(text: str, visit: bool) -> None:
    # the place is named (an island, a town): only the visitor's own country makes it routine
    assert any(e.event_type == "CONSULT" for e in peristiwa.extract(text).events) is visit
