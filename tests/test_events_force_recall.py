"""Attacks, arrests and threats the trigger rules report: a clock time in local time after an attack
does not make it a figure of speech; an arrested person taken to a police station or put behind
bars is arrested; a suspect disabled by the police is assaulted; an authority's announced firm
action is a threat."""

from __future__ import annotations

import pytest
from conftest import reported


@pytest.mark.parametrize(
    "text",
    [
        "Bom itu meledak pukul 21.40 waktu setempat di dekat sebuah pos pemeriksaan tentara.",
        "Serangan itu dimulai sekitar pukul 04.00 waktu setempat dan berlangsung dua jam.",
    ],
)
def test_a_clock_time_in_local_time_after_an_attack_keeps_the_attack(text: str) -> None:
    assert "ASSAULT" in [t for t, _ in reported(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Pengamat menyebut utang daerah itu sebagai bom waktu bagi anggaran tahun depan.",
        "Para penumpang membunuh waktu dengan bermain kartu di ruang tunggu bandara.",
    ],
)
def test_a_time_bomb_or_killing_time_is_a_figure_of_speech(text: str) -> None:
    assert reported(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Kedua penyusup itu langsung dibawa ke Mapolres Manokwari untuk diperiksa.",
        "Tiga aktivis itu dimasukkan ke dalam mobil polisi berkaca gelap.",
        "Pemuda yang membakar pos ronda itu digelandang ke Polsek Tanah Abang.",
        "Jaksa menjebloskan mantan kepala desa itu ke rutan pada Senin sore.",
    ],
)
def test_a_person_taken_into_custody_is_arrested(text: str) -> None:
    assert "COERCE" in [t for t, _ in reported(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Korban pemukulan itu dibawa ke Polsek Tanah Abang untuk membuat laporan.",
        "Gelandang muda itu menjebloskan bola ke gawang lawan pada menit kelima.",
    ],
)
def test_a_victim_brought_to_the_police_or_a_goal_is_no_arrest(text: str) -> None:
    assert "COERCE" not in [t for t, _ in reported(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Kapolres mengatakan pihaknya akan menindak tegas setiap ormas yang melakukan sweeping.",
        "Menteri itu menyatakan pemerintah akan bertindak tegas terhadap perusahaan pembakar hutan.",
    ],
)
def test_an_announced_firm_action_is_a_threat(text: str) -> None:
    assert "THREATEN" in [t for t, _ in reported(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Dinas lingkungan hidup telah menindak tiga pabrik yang membuang limbah ke sungai.",
        "Pengamat menilai Jaksa Agung harus bertindak tegas terhadap anak buahnya.",
    ],
)
def test_action_taken_or_demanded_is_no_threat(text: str) -> None:
    assert "THREATEN" not in [t for t, _ in reported(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Dua pelaku begal itu dilumpuhkan polisi dengan timah panas di bagian kaki.",
        '"Keduanya terpaksa kami lumpuhkan karena melawan petugas," kata Kapolsek.',
    ],
)
def test_a_suspect_disabled_by_the_police_is_assaulted(text: str) -> None:
    assert "ASSAULT" in [t for t, _ in reported(text)]


def test_a_supply_chain_crippled_is_no_assault() -> None:
    assert "ASSAULT" not in [t for t, _ in reported("Aksi mogok sopir truk melumpuhkan rantai pasokan pangan.")]


@pytest.mark.parametrize(
    "text",
    [
        "Dua rudal pada Minggu sekitar pukul 05.30 pagi menghantam gudang senjata di utara kota.",
        "Seorang pembom bunuh diri menewaskan tujuh orang di sebuah pasar ikan.",
    ],
)
def test_a_strike_told_by_its_weapon_or_its_bomber_is_an_attack(text: str) -> None:
    assert "ASSAULT" in [t for t, _ in reported(text)]
