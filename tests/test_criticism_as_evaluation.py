"""Criticism and suspicion told by a verb of questioning, finding or suspecting (D32 disapprove, allege):
questioning a party's statement or loyalty, a finding of corruption by an auditing body, suspecting an
unnamed party of a hidden hand, declaring disagreement. Each has a neutral use of the same verb that must
stay without an ACCUSE (a motive or a meaning questioned, a finding not yet made, a guess about a thing).
Sentences are written for these tests in general Indonesian news style.
"""

from __future__ import annotations

import pytest

from peristiwa.events.detect import find_mentions
from peristiwa.segment import segment


def _accuse(text: str) -> list[tuple[str, tuple[str, ...]]]:
    """(trigger, modes) of every ACCUSE mention the rules find."""
    return [(m.trigger.text, tuple(m.mode)) for m in find_mentions(text, segment(text)) if m.event_type == "ACCUSE"]


@pytest.mark.parametrize(
    ("text", "trigger", "mode"),
    [
        (
            "Menteri itu mempertanyakan kebijakan gubernur yang menutup pasar tradisional.",
            "mempertanyakan",
            "disapprove",
        ),
        ("Oposisi mempertanyakan netralitas aparat dalam pemilihan kepala daerah.", "mempertanyakan", "disapprove"),
        ("Kejaksaan menemukan dugaan suap dalam proyek pembangunan pelabuhan itu.", "menemukan", "allege"),
        (
            "Ketua partai itu menduga ada oknum yang sengaja menghambat pencairan dana desa.",
            "menduga ada oknum",
            "allege",
        ),
        (
            "Bupati menyatakan tidak sependapat dengan keputusan menteri soal batas wilayah.",
            "menyatakan tidak sependapat",
            "disapprove",
        ),
    ],
)
def test_questioning_finding_and_suspecting_a_party_are_accusations(text: str, trigger: str, mode: str) -> None:
    assert (trigger, (mode,)) in _accuse(text)


@pytest.mark.parametrize(
    "text",
    [
        "Para filsuf sejak lama mempertanyakan makna kebahagiaan manusia.",
        "Polisi mempertanyakan alasan pelaku kembali ke rumah korban.",
        "Auditor belum menemukan indikasi korupsi dalam laporan keuangan desa itu.",
        "Petugas menemukan tas berisi pakaian di bawah kursi penumpang.",
        "Montir menduga ada kebocoran pada tangki bahan bakar mobil itu.",
        "Kami tidak menduga ada yang datang sepagi itu ke pameran.",
    ],
)
def test_neutral_questions_findings_and_guesses_are_not_accusations(text: str) -> None:
    assert _accuse(text) == []
