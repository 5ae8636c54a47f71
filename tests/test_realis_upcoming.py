"""Acts the text places after the time told: a meeting's noun right after "menjelang"/"jelang", and a
nominal trigger with a time word of the future a few words after it in its clause ("pertemuan bulan
depan", "pada 20 Maret mendatang"), unless a word between gives the time to another verb or a measure taking
effect. Each case has its reported counterpart, so every test can fail both
ways. Sentences are written for these tests in general Indonesian news style.
"""

from __future__ import annotations

import pytest
from conftest import reported_done as _reported

from peristiwa.events.detect import find_mentions
from peristiwa.segment import segment


def _found(text: str) -> list[tuple[str, str]]:
    return [(m.event_type, m.trigger.text) for m in find_mentions(text, segment(text))]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Harga saham bergerak naik menjelang pertemuan para menteri ASEAN di Manila.", "pertemuan"),
        ("Pernyataan itu disampaikan jelang KTT G20 di Roma.", "KTT"),
        ("Pasar menanti pertemuan bank sentral bulan depan.", "pertemuan"),
        ("Kedua menteri dijadwalkan hadir, dan pertemuan lanjutan digelar pekan depan.", "pertemuan"),
        ("Para diplomat bersiap untuk pertemuan tingkat menteri pada 20 Maret mendatang.", "pertemuan"),
        ("Perundingan lanjutan kedua delegasi digelar besok di Jenewa.", "Perundingan"),
    ],
)
def test_a_meeting_still_to_come_is_not_reported(text: str, trigger: str) -> None:
    assert (("CONSULT", trigger)) in _found(text)  # the rules find it …
    assert all(t != trigger for _, t in _reported(text))  # … as an act to come


@pytest.mark.parametrize(
    ("text", "trigger", "kind"),
    [
        # the meeting told as held, with no time of the future after it
        ("Para menteri ASEAN menggelar pertemuan di Manila pada Senin.", "pertemuan", "CONSULT"),
        # a time of the future after a future marker belongs to another verb
        ("Hasil pertemuan kedua menteri akan diumumkan pekan depan.", "pertemuan", "CONSULT"),
        # … and one after a word of the past dates the act before the writing
        ("Pertemuan pada tahun lalu itu membuka jalan bagi perjanjian tahun depan.", "Pertemuan", "CONSULT"),
        # a measure taking effect later was laid on already
        ("Sanksi Uni Eropa terhadap Iran mulai berlaku bulan depan.", "Sanksi", "SANCTION"),
        # acts other than meetings that "menjelang" names had happened by the time of the act told
        ("Menjelang ditangkap petugas, tersangka sempat menelepon seorang pejabat.", "ditangkap", "COERCE"),
    ],
)
def test_a_meeting_held_or_another_act_stays_reported(text: str, trigger: str, kind: str) -> None:
    assert (kind, trigger) in _reported(text)
