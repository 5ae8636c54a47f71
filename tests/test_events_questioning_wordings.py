"""Questioning by investigators told as being grilled with questions ("dicecar 30 pertanyaan oleh penyidik",
"penyidik mencecar saksi"), a wording the inquiry records missed on unseen news sentences. Reporters grilling
a minister at a press conference make no inquiry.

Sentences are written for these tests in general Indonesian news style (not from the corpus texts).
"""

from __future__ import annotations

import pytest
from conftest import rule_events


def _inquiries(text: str) -> list[str]:
    return [e.trigger.text.lower() for e in rule_events(text) if e.event_type == "ACCUSE"]


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        ("Mantan kepala dinas pendidikan itu dicecar 30 pertanyaan oleh penyidik Polda selama tujuh jam.", "dicecar"),
        ("Penyidik KPK mencecar bendahara partai itu dengan puluhan pertanyaan soal aliran dana.", "mencecar"),
        ("Bupati nonaktif itu kembali dicecar belasan pertanyaan oleh jaksa di gedung Kejaksaan Tinggi.", "dicecar"),
    ],
)
def test_a_person_grilled_with_questions_by_investigators_is_an_inquiry(sentence: str, trigger: str) -> None:
    assert trigger in _inquiries(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Para wartawan mencecar menteri dengan pertanyaan seputar kenaikan harga beras.",
        "Pelatih tim nasional itu dicecar pertanyaan oleh suporter setelah kekalahan semalam.",
    ],
)
def test_questions_from_reporters_or_fans_are_no_inquiry(sentence: str) -> None:
    assert _inquiries(sentence) == []
