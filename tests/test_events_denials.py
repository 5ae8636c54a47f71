"""A speaker's "there was no …" of a violent act or an abuse is a denial (REJECT, D34): "menteri itu menyebut
tidak ada pemerkosaan massal", "mengatakan, \"Tidak ada serangan udara\""; a plain report that there was none
("polisi memastikan tidak ada korban jiwa") and a "there was no" nobody says are no denial."""

from __future__ import annotations

import pytest
from conftest import reported


@pytest.mark.parametrize(
    "text",
    [
        "Menteri itu menyebut tidak ada pemerkosaan massal dalam kerusuhan tersebut.",
        "Ia dikecam setelah menyebut tidak adanya kasus penyiksaan di penjara militer itu.",
        'Juru bicara tentara itu mengatakan, "Tidak ada serangan udara di kota itu."',
        "Komandan pasukan menegaskan tak ada penembakan terhadap warga di desa itu.",
        "Pemerintah junta bersikeras tidak pernah ada pembantaian di kota itu.",
    ],
)
def test_saying_there_was_no_violent_act_is_a_denial(text: str) -> None:
    assert "REJECT" in [t for t, _ in reported(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Polisi memastikan tidak ada korban jiwa dalam kebakaran gudang itu.",
        "Juru bicara itu mengatakan tidak ada rencana untuk menaikkan harga listrik.",
        "Sampai sore tidak ada serangan baru di perbatasan.",
    ],
)
def test_there_was_no_without_a_speaker_or_a_violent_act_is_no_denial(text: str) -> None:
    assert "REJECT" not in [t for t, _ in reported(text)]
