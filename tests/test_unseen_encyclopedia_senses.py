"""Word senses found on unseen treebank sentences (news and encyclopedia text): a lens or a sensor
catching light or an image, researchers or a study investigating a question, an illness named by name
attacking people or an organ, and a meeting told with a courtship or a marriage are no events. Each
case has its reported counterpart, so every test can fail both ways.
Sentences are written for these tests in general Indonesian style.
"""

from __future__ import annotations

import pytest

from peristiwa.events.detect import find_mentions
from peristiwa.segment import segment


def _triggers(text: str) -> list[tuple[str, str]]:
    """(type, trigger) of every mention the rules find."""
    return [(m.event_type, m.trigger.text) for m in find_mentions(text, segment(text))]


@pytest.mark.parametrize(
    ("text", "event_type", "trigger"),
    [
        ("Lensa ponsel terbaru itu mampu menangkap cahaya redup di dalam ruangan.", "COERCE", "menangkap"),
        ("Satelit cuaca itu menangkap citra awan tebal di atas Laut Jawa.", "COERCE", "menangkap"),
        ("Para peneliti menyelidiki manfaat rumput laut bagi kesehatan jantung.", "ACCUSE", "menyelidiki"),
        ("Kajian itu menyelidiki kebiasaan membaca siswa sekolah dasar.", "ACCUSE", "menyelidiki"),
        ("Pada abad itu wabah kolera menyerang kota-kota pelabuhan di Jawa.", "ASSAULT", "menyerang"),
        ("Asap kebakaran hutan itu menyerang paru-paru anak-anak.", "ASSAULT", "menyerang"),
        ("Ia bertemu dengan seorang guru muda dan langsung jatuh cinta.", "CONSULT", "bertemu"),
        ("Mereka pertama kali bertemu di kampus dan menikah dua tahun kemudian.", "CONSULT", "bertemu"),
    ],
)
def test_other_senses_of_unseen_encyclopedia_text_are_no_events(text: str, event_type: str, trigger: str) -> None:
    assert (event_type, trigger) not in _triggers(text)


@pytest.mark.parametrize(
    ("text", "event_type", "trigger"),
    [
        ("Polisi menangkap dua pelaku pembakaran kantor desa itu.", "COERCE", "menangkap"),
        ("Komnas HAM menyelidiki dugaan penyiksaan terhadap tahanan di Papua.", "ACCUSE", "menyelidiki"),
        ("Kelompok bersenjata menyerang pos polisi di perbatasan.", "ASSAULT", "menyerang"),
        ("Presiden bertemu dengan perdana menteri Malaysia di Putrajaya.", "CONSULT", "bertemu"),
    ],
)
def test_the_same_verbs_in_politics_stay_events(text: str, event_type: str, trigger: str) -> None:
    assert (event_type, trigger) in _triggers(text)
