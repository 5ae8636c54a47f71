"""Word senses and realis leaks found on unseen news sentences (session 32, second precision round): a hope
written "harapkan", an intention with its holder before "untuk", a meeting set apart by a comma before a
clause of the future, "mendesak" meaning urgent, a letter or minutes signed, a market "didukung oleh" a rise.
Each case has a reported counterpart, so every test can fail both ways. Sentences are written for these tests
in general Indonesian news style.
"""

from __future__ import annotations

import pytest
from conftest import reported_done as _reported

from peristiwa.events.detect import find_mentions
from peristiwa.segment import segment


def _found(text: str) -> list[tuple[str, str]]:
    return [(m.event_type, m.trigger.text) for m in find_mentions(text, segment(text))]


@pytest.mark.parametrize(
    ("text", "kind", "trigger"),
    [
        ("Kami harapkan para pelaku pembakaran itu segera ditangkap polisi.", "COERCE", "ditangkap"),
        ("Keluarga korban mengharapkan pelaku pembakaran itu segera ditangkap.", "COERCE", "ditangkap"),
        ("Pernyataan itu menunjukkan kesediaan mereka untuk membunuh warga sipil.", "ASSAULT", "membunuh"),
        ("Pada pertemuan itu, para menteri akan membahas harga pupuk.", "CONSULT", "pertemuan"),
    ],
)
def test_a_hope_an_intention_or_a_meeting_to_come_is_not_reported(text: str, kind: str, trigger: str) -> None:
    assert (kind, trigger) in _found(text)  # the rules find it …
    assert all(t != trigger for _, t in _reported(text))  # … as an act not done


@pytest.mark.parametrize(
    ("text", "kind", "trigger"),
    [
        ("Polisi menangkap para pelaku pembakaran itu di rumahnya.", "COERCE", "menangkap"),
        ("Keluarga korban melihat pelaku pembakaran itu ditangkap polisi.", "COERCE", "ditangkap"),
        ("Pernyataan itu menyebut mereka membunuh warga sipil di pasar desa.", "ASSAULT", "membunuh"),
        # the meeting held: what is said there may be of the future
        ("Dalam pertemuan itu, Presiden mengatakan pemerintah akan menurunkan harga pupuk.", "CONSULT", "pertemuan"),
    ],
)
def test_the_act_itself_stays_reported(text: str, kind: str, trigger: str) -> None:
    assert (kind, trigger) in _reported(text)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Pembangunan tanggul baru itu dinilainya mendesak sebelum musim hujan.", "mendesak"),
        ("Banyak persoalan desa yang mendesak diatasi oleh kepala desa baru.", "mendesak"),
        ("Surat kuasa itu sudah ditandatangani oleh kedua belah pihak.", "ditandatangani"),
        ("Berita acara penghitungan suara ditandatangani panitia dan para saksi.", "ditandatangani"),
        ("Penguatan rupiah pekan ini didukung oleh kenaikan harga batu bara.", "didukung"),
    ],
)
def test_a_word_in_another_sense_is_no_event(text: str, trigger: str) -> None:
    assert all(t != trigger for _, t in _found(text))


@pytest.mark.parametrize(
    ("text", "kind", "trigger"),
    [
        ("Serikat buruh mendesak pemerintah menaikkan upah minimum.", "REQUEST", "mendesak"),
        ("Perjanjian perbatasan kedua negara ditandatangani di Jakarta.", "SUPPORT", "ditandatangani"),
        ("Pencalonan gubernur itu didukung oleh tiga partai besar.", "SUPPORT", "didukung"),
    ],
)
def test_the_political_sense_stays(text: str, kind: str, trigger: str) -> None:
    assert (kind, trigger) in _found(text)
