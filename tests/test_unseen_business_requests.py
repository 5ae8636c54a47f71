"""Senses found on a third round of unannotated news sentences: signing a deal between firms, a share sale
or a record deal is business (D20, D10), market demand ("permintaan" with supply, a market or its rise) is
no request, and a request between a trade and its clients (patients, passengers, customers) is private.
Each case has its political counterpart, so every test can fail both ways.
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
        (
            "Usai penandatanganan nota kesepahaman antara PT Surya dan PT Bumi, direktur itu memberi keterangan.",
            "SUPPORT",
            "penandatanganan",
        ),
        (
            "Para pemegang saham menandatangani perjanjian jual beli atas seluruh saham perusahaan itu.",
            "SUPPORT",
            "menandatangani",
        ),
        ("Sebagian dari pinjaman itu sudah ditandatangani bank pada bulan lalu.", "SUPPORT", "ditandatangani"),
        ("Pedagang menyebut permintaan cabai di pasar induk naik menjelang Lebaran.", "REQUEST", "permintaan"),
        ("Penjual mengatakan pasokan dan permintaan gula kini seimbang.", "REQUEST", "permintaan"),
        ("Permintaan semen dari luar Jawa terus meningkat tahun ini.", "REQUEST", "Permintaan"),
        ("Awak kapal meminta para penumpang tetap tenang selama perbaikan mesin.", "REQUEST", "meminta"),
        ("Dokter itu mengatakan pasiennya meminta agar jadwal operasi dimajukan.", "REQUEST", "meminta"),
    ],
)
def test_business_deals_market_demand_and_clients_requests_are_no_events(
    text: str, event_type: str, trigger: str
) -> None:
    assert (event_type, trigger) not in _triggers(text)


@pytest.mark.parametrize(
    ("text", "event_type", "trigger"),
    [
        ("Kedua menteri luar negeri menandatangani nota kesepahaman di Jakarta.", "SUPPORT", "menandatangani"),
        ("Perjanjian damai itu ditandatangani kedua pihak di Jenewa.", "SUPPORT", "ditandatangani"),
        ("Permintaan oposisi agar pemilu ditunda ditolak oleh komisi pemilihan.", "REQUEST", "Permintaan"),
        ("Para mahasiswa meminta pemerintah mencabut kenaikan harga bahan bakar.", "REQUEST", "meminta"),
    ],
)
def test_the_same_words_between_political_actors_stay_events(text: str, event_type: str, trigger: str) -> None:
    assert (event_type, trigger) in _triggers(text)
