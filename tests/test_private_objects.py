"""Violence whose object is the doer's own (or former) spouse, or whose doer is the victim's spouse or partner, is
life at home (D9), and an animal killed or shot is no victim; a bare "istrinya" (maybe another's wife, killed by a
mob), a person attacked together with a spouse, or people attacked by a state force stay attacks.
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
    ("text", "trigger"),
    [
        ("Seorang buruh bangunan ditahan karena menganiaya istrinya sendiri di rumah kontrakan.", "menganiaya"),
        ("Perempuan itu tewas dibunuh oleh suaminya setelah bertengkar soal uang.", "dibunuh"),
        ("Polisi menyelidiki penganiayaan mantan istrinya oleh seorang pedagang.", "penganiayaan"),
        ("Gadis itu mengaku dipukul oleh pacarnya karena cemburu.", "dipukul"),
        ("Para pemburu berusaha membunuh babi yang merusak kebun jagung.", "membunuh"),
        ("Petugas peternakan terpaksa menembak sapi yang mengamuk di pasar hewan.", "menembak"),
    ],
)
def test_violence_to_a_spouse_or_an_animal_is_no_assault(text: str, trigger: str) -> None:
    assert ("ASSAULT", trigger) not in _triggers(text)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Seorang hakim ditembak bersama istrinya oleh kelompok bersenjata di depan rumahnya.", "ditembak"),
        ("Aparat menganiaya seorang mahasiswa yang ikut berunjuk rasa.", "menganiaya"),
        ("Milisi itu membunuh tiga petani di desa perbatasan.", "membunuh"),
        ("Massa mengepung rumah pendeta itu dan membunuh istrinya.", "membunuh"),
        ("Tentara menembak warga yang sedang menggembala sapi di dekat pos militer.", "menembak"),
    ],
)
def test_violence_to_people_stays_an_assault(text: str, trigger: str) -> None:
    assert ("ASSAULT", trigger) in _triggers(text)
