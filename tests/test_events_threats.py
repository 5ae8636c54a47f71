"""Threats and announced sanctions: a sanction, tariff or embargo announced against a party for later
is a THREATEN of mode `sanctions` (D52), one in force a SANCTION; a threat takes the mode of the act
it threatens.

Sentences are written for these tests in general Indonesian news style (not from the corpus texts).
"""

from __future__ import annotations

import pytest
from conftest import rule_events

from peristiwa.spans import Event


def _events(text: str) -> list[Event]:
    return rule_events(text)


def _of(text: str, event_type: str) -> list[Event]:
    return [e for e in _events(text) if e.event_type == event_type]


@pytest.mark.parametrize(
    "sentence",
    [
        "Washington akan memberlakukan tarif 40 persen terhadap Brasil mulai bulan depan.",
        "Uni Eropa akan menjatuhkan sanksi baru terhadap Rusia.",
        "Pemerintah Kanada bakal mengenakan tarif 25 persen atas produk baja dari China.",
        "Uni Eropa berencana menjatuhkan sanksi baru terhadap bank-bank Belarus.",
    ],
)
def test_threats_a_sanction_announced_for_later_is_a_threat_of_sanctions(sentence: str) -> None:
    threats = _of(sentence, "THREATEN")
    assert threats and threats[0].mode == ["sanctions"]
    assert not _of(sentence, "SANCTION")


def test_threats_a_sanction_in_force_stays_a_sanction() -> None:
    sentence = "Uni Eropa menjatuhkan sanksi baru terhadap Rusia pada Senin."
    assert _of(sentence, "SANCTION") and not _of(sentence, "THREATEN")


@pytest.mark.parametrize(
    "sentence",
    [
        "Pemerintah Jepang akan mencabut sanksi terhadap Korea Selatan bulan depan.",
        "Mantan gubernur itu akan divonis majelis hakim pekan depan.",
    ],
)
def test_threats_the_end_of_a_sanction_or_a_verdict_to_come_is_no_threat(sentence: str) -> None:
    assert not _of(sentence, "THREATEN")


def test_threats_a_tariff_laid_with_mengenakan_on_a_country_s_goods_is_a_sanction() -> None:
    sentence = "Washington mengenakan tarif 25 persen atas produk baja dari Korea Selatan pada Senin."
    assert _of(sentence, "SANCTION")


def test_threats_a_toll_charged_with_mengenakan_is_no_sanction() -> None:
    sentence = "Pengelola jalan tol itu baru mengenakan tarif setelah ruasnya dinyatakan laik fungsi."
    assert not _of(sentence, "SANCTION") and not _of(sentence, "THREATEN")


@pytest.mark.parametrize(
    ("sentence", "mode"),
    [
        ("Korea Utara mengancam akan menyerang pangkalan militer Amerika Serikat di Guam.", ["violence"]),
        ("Presiden Amerika Serikat mengancam akan mengenakan tarif 50 persen atas produk Uni Eropa.", ["sanctions"]),
        ("Turki mengancam akan menjatuhkan sanksi kepada Swedia.", ["sanctions"]),
    ],
)
def test_threats_a_threat_takes_the_mode_of_the_act_it_threatens(sentence: str, mode: list[str]) -> None:
    threats = _of(sentence, "THREATEN")
    assert len(threats) == 1
    assert threats[0].mode == mode


@pytest.mark.parametrize(
    "sentence",
    [
        "Para pelanggar aturan ekspor itu akan dikenai sanksi administratif oleh kementerian.",
        "Washington berniat mendorong sanksi baru terhadap Korea Utara di Dewan Keamanan PBB.",
        "Pihak kampus akan memberikan sanksi berat, termasuk pencabutan beasiswa.",
    ],
)
def test_threats_a_penalty_to_receive_pushed_for_or_aimed_at_no_one_is_no_threat(sentence: str) -> None:
    assert not _of(sentence, "THREATEN")
