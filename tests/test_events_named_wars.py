"""A war the text names is a background event even where it only places another act in time (D59):
"setelah Perang Dunia Kedua", "menjelang perang Iran-Irak"; an unnamed war after a word of time is
none ("setelah perang usai"), nor a record measured "sejak" a war."""

from __future__ import annotations

import pytest
from conftest import reported


@pytest.mark.parametrize(
    "text",
    [
        "Gedung sekolah itu dibangun kembali setelah Perang Dunia Kedua berakhir.",
        "Keluarganya pindah ke Surabaya menjelang Perang Pasifik.",
        "Jembatan tua itu runtuh pada akhir Perang Aceh.",
        "Kakek saya merantau ke Malaya sebelum Perang Korea.",
    ],
)
def test_a_named_war_after_a_word_of_time_is_an_assault(text: str) -> None:
    assert "ASSAULT" in [t for t, _ in reported(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Banyak pabrik di kota itu tutup pada tahun-tahun setelah perang usai.",
        "Jalan raya itu dibangun pasca perang oleh pemerintah daerah.",
        "Inflasi bulan ini tertinggi sejak Perang Dunia Kedua.",
        "Ekspor kedua negara turun sejak perang dagang dimulai.",
    ],
)
def test_an_unnamed_war_or_a_record_since_a_war_is_no_event(text: str) -> None:
    assert "ASSAULT" not in [t for t, _ in reported(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Menteri itu dikritik karena komentarnya atas perang di Gaza.",
        "Ribuan keluarga mengungsi ke negara tetangga akibat perang di Sudan.",
        "Presiden baru itu mewarisi banyak persoalan, termasuk perang di Afganistan.",
    ],
)
def test_a_war_in_a_named_land_is_an_assault_wherever_it_is_told(text: str) -> None:
    assert "ASSAULT" in [t for t, _ in reported(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Dua kapal perang di Tanjung Priok bersiap mengawal kapal bantuan.",
        "Harga gandum naik karena kapal-kapal perang di Laut Hitam menghalangi pelayaran.",
        "Kekaisaran itu dilarang mempertahankan armada perangnya di Laut Hitam.",
    ],
)
def test_war_ships_in_a_named_place_are_no_event(text: str) -> None:
    assert "ASSAULT" not in [t for t, _ in reported(text)]
