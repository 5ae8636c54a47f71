"""De-escalation told in words the lexicon had no record for: a ceasefire a side announces or renews
(D102), a sanction, embargo, blockade or import ban lifted (D53), an investigation stopped or all
charges dropped (D91, D96), a sentence quashed (D91), people held let go — RETREAT — and a somasi
told with its verb (D117) — THREATEN. Each case has its counterpart where the same words are no such
act (a ceasefire agreed, a lifting asked for or only supposed), so every test can fail both ways.
Sentences are written for these tests in general Indonesian news style.
"""

from __future__ import annotations

import pytest
from conftest import reported

from peristiwa.events.detect import find_mentions
from peristiwa.segment import segment


def _found(text: str) -> list[tuple[str, str]]:
    return [(m.event_type, m.trigger.text) for m in find_mentions(text, segment(text))]


@pytest.mark.parametrize(
    ("text", "kind", "trigger"),
    [
        (
            "Faksi bersenjata itu mengumumkan gencatan senjata selama hari raya.",
            "RETREAT",
            "mengumumkan gencatan senjata",
        ),
        ("Milisi itu memperpanjang gencatan senjata sampai akhir pekan.", "RETREAT", "memperpanjang gencatan senjata"),
        ("Dewan Keamanan mencabut sanksi terhadap maskapai negara itu.", "RETREAT", "mencabut sanksi"),
        ("Tentara melonggarkan blokade sehingga truk makanan bisa masuk ke kota.", "RETREAT", "melonggarkan blokade"),
        ("Negara itu mencabut larangan impor daging dari negara tetangganya.", "RETREAT", "mencabut larangan impor"),
        ("Kepolisian menghentikan penyidikan atas dua wartawan itu.", "RETREAT", "menghentikan penyidikan"),
        ("Jaksa mencabut semua tuduhan terhadap aktivis itu.", "RETREAT", "mencabut semua tuduhan"),
        ("Ia bebas setelah vonis dibatalkan oleh pengadilan tinggi.", "RETREAT", "vonis dibatalkan"),
        ("Tiga orang ditahan sedangkan sisanya dilepaskan pada malam itu.", "RETREAT", "dilepaskan"),
        ("Pengacara bupati itu menyomasi dua media daring atas berita tersebut.", "THREATEN", "menyomasi"),
    ],
)
def test_a_deescalation_or_somasi_is_reported_as_its_type(text: str, kind: str, trigger: str) -> None:
    assert (kind, trigger) in reported(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a ceasefire agreed or in force is not one side's announcement (AGREE, D115)
        ("Gencatan senjata antara kedua kelompok itu mulai berlaku pada Kamis.", "gencatan"),
        # a lifting asked for or planned
        ("Para pengusaha mendesak pemerintah agar mencabut sanksi itu.", "sanksi"),
        ("Presiden itu berencana untuk mencabut embargo tahun depan.", "embargo"),
        # a stop proposed is not done
        ("Tim jaksa mengusulkan menghentikan penyidikan kasus itu.", "penyidikan"),
        # birds let go are no captives
        ("Petugas melepaskan burung hasil sitaan ke hutan.", "melepaskan"),
    ],
)
def test_the_same_words_asked_for_or_of_another_act_are_no_retreat(text: str, word: str) -> None:
    assert not [t for k, t in reported(text) if k == "RETREAT" and word in t.lower()]


def test_a_lifting_only_supposed_is_found_but_not_reported() -> None:
    text = "Perundingan akan lebih mudah jika negara itu mencabut embargo."
    assert ("RETREAT", "mencabut embargo") in _found(text)
    assert ("RETREAT", "mencabut embargo") not in reported(text)
