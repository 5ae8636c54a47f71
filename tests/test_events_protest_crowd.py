"""The verb "memprotes" is a protest action only when a crowd protests (D33): the crowd is its subject
(before the active verb, the agent after the passive one), not what is protested against.

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
        "Ribuan buruh memprotes kenaikan harga bahan bakar di depan gedung DPRD.",
        "Kebijakan baru itu diprotes ratusan mahasiswa di halaman kampus.",
        "Para petani menggelar aksi memprotes penutupan saluran irigasi.",
    ],
)
def test_events_protest_crowd_a_crowd_protesting_is_a_protest(sentence: str) -> None:
    assert "PROTEST" in _types(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Lembaga pemantau itu memprotes aksi aparat yang membubarkan diskusi mahasiswa.",
        "Kedutaan itu memprotes penangkapan puluhan nelayannya oleh penjaga pantai.",
    ],
)
def test_events_protest_crowd_a_crowd_protested_against_is_no_protest(sentence: str) -> None:
    assert "PROTEST" not in _types(sentence)
