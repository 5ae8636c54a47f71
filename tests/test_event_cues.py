"""Cue words near a trigger (requires, unless, mode cues) match whole words, or a stem marked "*"."""

import pytest

from peristiwa.events.cues import has_cue, has_cue_in
from peristiwa.tokens import tokenize


def _words(text: str) -> list[str]:
    return [t.lower for t in tokenize(text)]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Tim gabungan tiba di lokasi.", "tim"),
        ("Pasukannya mundur ke utara.", "pasukan"),
        ("Rumah-rumah warga dibakar.", "rumah"),
        ("Terjadi tembak-menembak di perbatasan.", "tembak"),
        ("Mereka berunding dengan kapal perang di dekatnya.", "kapal perang"),
        ("Polisi menembakkan gas air mata.", "menembak*"),
        ("Suara tembakan terdengar semalam.", "tembak*"),
    ],
)
def test_a_cue_matches_its_word_its_forms_and_a_stem(text: str, cue: str) -> None:
    assert has_cue_in(_words(text), [cue])


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Warga di wilayah timur berkumpul.", "tim"),
        ("Posisi kedua tim berubah.", "pos"),
        ("Beras itu berasal dari gudang.", "berasal dari beras"),
        ("Bantuan itu berasal dari gudang.", "beras"),
        ("Ratusan orang berkumpul.", "ratu"),
        ("Kami menyiapkan perangkat lunak.", "kapal perang"),
        ("Polisi menembakkan gas air mata.", "menembak"),
    ],
)
def test_a_cue_does_not_match_a_longer_word(text: str, cue: str) -> None:
    assert not has_cue_in(_words(text), [cue])


def test_the_window_bounds_the_search() -> None:
    tokens = tokenize("Pasukan itu mundur setelah tiga hari pertempuran sengit.")
    assert has_cue(tokens, 0, 3, ["pasukan"])
    assert not has_cue(tokens, 1, 8, ["pasukan"])
