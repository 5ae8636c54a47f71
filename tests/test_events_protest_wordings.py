"""Demonstrations told by wordings the protest records missed on unseen news sentences: a speech made to
the crowd ("berorasi", "melakukan orasi"), protesters counted by a number word or named "massa", a crowd
massed or blocking a road, a street protest with "kejalan" written closed, and an action told by the traffic
it jammed. A campaign's or a scholar's speech and a crime on a jammed road stay without a protest.

Sentences are written for these tests in general Indonesian news style (not from the corpus texts).
"""

from __future__ import annotations

import pytest
from conftest import rule_events


def _protests(text: str) -> list[str]:
    return [e.trigger.text.lower() for e in rule_events(text) if e.event_type == "PROTEST"]


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        ("Puluhan buruh berorasi di depan kantor bupati menuntut upah yang belum dibayar.", "berorasi"),
        ("Para mahasiswa melakukan orasi di halaman gedung DPRD sambil membentangkan spanduk.", "melakukan orasi"),
    ],
)
def test_a_speech_made_to_a_demonstrating_crowd_is_a_protest(sentence: str, trigger: str) -> None:
    assert trigger in _protests(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Calon gubernur itu berorasi di depan ribuan simpatisan pada hari terakhir kampanye.",
        "Guru besar itu melakukan orasi ilmiah pada wisuda sarjana di kampus tersebut.",
        # a liking told, no speech on a day
        "Aliansi mahasiswa yang gemar berorasi tentang keadilan itu kini terbelah dua.",
    ],
)
def test_a_campaign_or_scholarly_speech_or_a_liking_for_speeches_is_no_protest(sentence: str) -> None:
    assert _protests(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        ("Menurut petugas keamanan, tujuh pendemo membentangkan spanduk di lobi kedutaan.", "pendemo"),
        ("Jalan menuju gedung parlemen tertutup oleh massa demonstran sejak pagi.", "massa demonstran"),
        ("Lima pengunjukrasa merantai diri di pagar kantor gubernur.", "pengunjukrasa"),
    ],
)
def test_protesters_counted_by_a_number_word_or_named_massa_are_a_protest(sentence: str, trigger: str) -> None:
    assert trigger in _protests(sentence)


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        ("Ribuan sopir angkutan turun kejalan menolak tarif baru.", "turun kejalan"),
        ("Jalan di depan balai kota ditutup karena konsentrasi massa dari dua organisasi tani.", "konsentrasi massa"),
        ("Warga menggelar aksi pemblokiran karena pengembang tidak menanggapi tuntutan mereka.", "aksi pemblokiran"),
        ("Aksi kaum ibu di depan kantor wali kota itu membuat jalan protokol macet total.", "aksi"),
    ],
)
def test_a_crowd_massed_blocking_or_jamming_the_traffic_is_a_protest(sentence: str, trigger: str) -> None:
    assert trigger in _protests(sentence)


def test_a_crime_on_a_jammed_road_is_no_protest() -> None:
    assert _protests("Aksi pencopetan kerap terjadi di tengah kemacetan jalan menuju pelabuhan.") == []
