"""A crowd's violence is PROTEST riot (D46): stones or petrol bombs thrown by a crowd, property a crowd
damages, and a clash of residents or youths; a clash of troops or armed groups stays ASSAULT.

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
        "Puluhan mahasiswa melempari gedung dewan dengan batu setelah tuntutan mereka ditolak.",
        "Pos polisi di pintu masuk pasar itu dilempari bom molotov oleh sekelompok pemuda.",
    ],
)
def test_events_protest_riots_stones_thrown_by_a_crowd_are_a_riot(sentence: str) -> None:
    assert "PROTEST" in _types(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Penyanyi itu melempar topi ke arah penonton di akhir konser.",
        "Kaca sebuah bus antarkota pecah dilempari batu saat melintas di jalan tol.",
    ],
)
def test_events_protest_riots_other_things_thrown_are_no_riot(sentence: str) -> None:
    assert "PROTEST" not in _types(sentence)


@pytest.mark.parametrize(
    ("sentence", "kind", "not_kind"),
    [
        ("Bentrokan antara penduduk dua kampung di pinggiran kota menewaskan seorang remaja.", "PROTEST", "ASSAULT"),
        ("Ratusan pemuda terlibat bentrok di perbatasan kedua desa pada Minggu dini hari.", "PROTEST", "ASSAULT"),
        ("Pasukan pemerintah bentrok dengan gerilyawan di lereng gunung pada Kamis malam.", "ASSAULT", "PROTEST"),
        ("Bentrokan antara milisi dan pasukan pro-pemerintah pecah di pinggiran ibu kota.", "ASSAULT", "PROTEST"),
    ],
)
def test_events_protest_riots_a_clash_of_residents_is_a_riot_one_of_troops_an_attack(
    sentence: str, kind: str, not_kind: str
) -> None:
    types = _types(sentence)
    assert kind in types
    assert not_kind not in types


@pytest.mark.parametrize(
    "sentence",
    [
        "Massa yang kecewa merusak pagar kantor bupati dan menurunkan papan namanya.",
        "Tiga kios di depan terminal dirusak oleh perusuh menjelang tengah malam.",
    ],
)
def test_events_protest_riots_property_damaged_by_a_crowd_is_a_riot(sentence: str) -> None:
    assert "PROTEST" in _types(sentence)


def test_events_protest_riots_damage_by_animals_is_no_riot() -> None:
    assert "PROTEST" not in _types("Babi hutan merusak kebun jagung milik petani di kaki bukit.")
