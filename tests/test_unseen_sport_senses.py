"""Word senses found on a second round of unannotated news sentences: a match's threats, cups, red cards,
disciplinary fines and referees are sport (D10), meeting the press is no consultation, and the noun
"eksekusi" is a killing only when the text names the death or its means. Each case has its reported
counterpart, so every test can fail both ways.
Sentences are written for these tests in general Indonesian news style.
"""

from __future__ import annotations

import pytest

from peristiwa.events.detect import find_mentions
from peristiwa.segment import segment


def _triggers(text: str) -> list[tuple[str, str]]:
    """(type, trigger) of every mention the rules find."""
    return [(m.event_type, m.trigger.text) for m in find_mentions(text, segment(text))]


@pytest.mark.parametrize(
    ("text", "event_type", "trigger"),
    [
        ("Tim tamu beberapa kali mengancam gawang lawan pada babak kedua.", "THREATEN", "mengancam"),
        ("Klub ibu kota itu akhirnya merebut Piala Liga musim ini.", "COERCE", "merebut"),
        ("Bek tengah itu diusir wasit ke luar lapangan pada menit ke-30.", "COERCE", "diusir"),
        ("Komdis menghukum klub itu dengan denda Rp25 juta.", "SANCTION", "menghukum"),
        ("Pelatih itu enggan terus menyalahkan wasit atas kekalahan timnya.", "ACCUSE", "menyalahkan"),
        ("Kedua negara bermain imbang pada pertemuan terakhir babak kualifikasi.", "CONSULT", "pertemuan"),
        ("Seusai rapat, juru bicara partai itu turun dan menemui wartawan di lobi.", "CONSULT", "menemui"),
    ],
)
def test_sport_and_press_senses_are_no_events(text: str, event_type: str, trigger: str) -> None:
    assert (event_type, trigger) not in _triggers(text)


@pytest.mark.parametrize(
    ("text", "event_type", "trigger"),
    [
        ("Milisi itu mengancam akan menyerang kota pelabuhan tersebut.", "THREATEN", "mengancam"),
        ("Pasukan pemberontak merebut markas militer di utara kota.", "COERCE", "merebut"),
        ("Pemerintah mengusir duta besar negara tetangga itu.", "COERCE", "mengusir"),
        ("Pengadilan menghukum mantan bupati itu lima tahun penjara.", "SANCTION", "menghukum"),
        ("Oposisi menyalahkan pemerintah atas kenaikan harga bahan bakar.", "ACCUSE", "menyalahkan"),
        ("Kedua menteri luar negeri mengadakan pertemuan di Jakarta.", "CONSULT", "pertemuan"),
        ("Presiden menemui perdana menteri Jepang di Tokyo.", "CONSULT", "menemui"),
    ],
)
def test_the_same_words_in_politics_stay_events(text: str, event_type: str, trigger: str) -> None:
    assert (event_type, trigger) in _triggers(text)


@pytest.mark.parametrize(
    "text",
    [
        "Kapan pelaksanaan eksekusi ketiga terpidana itu masih belum menentu.",
        "Jaksa mendampingi terpidana dalam perjalanan ke lokasi eksekusi.",
        "Tim eksekusi dari kepolisian sudah menggelar gladi resik.",
        "Ia menjabat sebagai deputi bidang penindakan dan eksekusi.",
    ],
)
def test_an_execution_named_without_its_death_is_no_killing(text: str) -> None:
    assert all(t.lower() != "eksekusi" for _, t in _triggers(text))


@pytest.mark.parametrize(
    "text",
    [
        "Keluarga baru diberi tahu sepekan setelah eksekusi mati atas pekerja migran itu.",
        "Junta militer mengeksekusi empat aktivis prodemokrasi pekan lalu.",
    ],
)
def test_an_execution_with_its_death_named_stays_a_killing(text: str) -> None:
    assert any(k == "ASSAULT" and "ksekusi" in t.lower() for k, t in _triggers(text))
