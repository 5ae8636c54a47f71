"""A negator that makes an adjective of a party ("orang tak dikenal", "warga tak bersalah") does not
negate the act after it; a negator before the act still does."""

from __future__ import annotations

import pytest

import peristiwa

REPORTED = [
    ("Orang tak dikenal menembak seorang guru honorer di Kampung Julukoma, Kamis pagi.", "ASSAULT"),
    ("Tiga warga tak bersalah ditembak aparat saat pulang dari kebun.", "ASSAULT"),
    ("Massa menyerang demonstran tidak bersenjata di depan kantor gubernur.", "ASSAULT"),
]
NEGATED = [
    "Polisi tidak menembak para pengunjuk rasa di depan gedung dewan.",
    "Pasukan itu tak menyerang desa tersebut, kata juru bicara militer.",
]


@pytest.mark.parametrize(("text", "event_type"), REPORTED)
def test_a_party_described_by_a_negated_adjective_leaves_the_act_reported(text: str, event_type: str) -> None:
    events = peristiwa.extract(text, reference_time="2025-05-02T10:00:00+07:00").events
    assert [e.event_type for e in events if not e.negated] == [event_type]


@pytest.mark.parametrize("text", NEGATED)
def test_a_negator_before_the_act_still_negates_it(text: str) -> None:
    events = peristiwa.extract(text, reference_time="2025-05-02T10:00:00+07:00").events
    assert not [e for e in events if not e.negated]
