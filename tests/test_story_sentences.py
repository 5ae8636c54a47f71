"""A sentence that tells a story world — a work's plot, a legend, an epic — reports no event (D60);
the same acts told of the world stay events.

Sentences are written for these tests (not taken from any corpus text).
"""

from __future__ import annotations

import pytest
from conftest import rule_events


def _types(text: str) -> list[str]:
    return [e.event_type for e in rule_events(text)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Di dalam novelnya, pasukan pemberontak menyerbu istana dan menangkap sang raja.",
        "Menurut legenda, raja itu menyerang kerajaan tetangganya karena dendam.",
        "Dikisahkan, seorang panglima mengepung benteng musuh selama tujuh hari.",
        "Pada episode kedua, sang detektif menangkap pembunuh itu di stasiun.",
        "Dalam sekuelnya, tentara bayaran itu menculik putri seorang menteri.",
    ],
)
def test_a_sentence_opening_on_a_work_or_legend_tells_a_plot(sentence: str) -> None:
    assert _types(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Dalam pertempuran terakhir, Arjuna membunuh Karna dengan panahnya.",
        "Sang pahlawan Perseus menyerang Medusa di sebuah gua.",
    ],
)
def test_two_figures_of_an_epic_or_myth_make_a_plot(sentence: str) -> None:
    assert _types(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        # a documentary shows the world
        ("Dalam film dokumenter itu, polisi disebut menangkap dua puluh aktivis di Jakarta.", "COERCE"),
        # one figure's name may be a firm's or a person's
        ("Polisi menangkap pemilik Koperasi Pandawa di Depok.", "COERCE"),
        # a battle opening the sentence is no work
        ("Dalam serangan itu, polisi menangkap tiga orang di Poso.", "COERCE"),
        # a witness's telling is no storyteller's: "dikisahkan" counts only opening the sentence
        ("Seperti dikisahkan warga, polisi menangkap pelaku pembakaran pasar itu di Medan.", "COERCE"),
        # the cue must open the sentence: a legend named later tells nothing of the act
        ("Polisi menangkap pencuri patung legenda itu di Bali.", "COERCE"),
    ],
)
def test_the_same_acts_told_of_the_world_stay_events(sentence: str, kept: str) -> None:
    assert kept in _types(sentence)
