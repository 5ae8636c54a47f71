"""A text classifier loaded without its string store scores a Doc as the fully loaded one does."""

from __future__ import annotations

import pytest

from peristiwa.learned.packaged import load_model, packaged_model
from peristiwa.tokens import tokenized

TEXT = (
    "Polisi menangkap dua pemuda yang diduga melempar batu ke kantor bupati di Wamena, Senin malam. "
    "Warga lain membubarkan diri setelah aparat datang."
)


@pytest.mark.parametrize("folder", ["judge", "relevance"])
def test_classifier_without_strings_gives_the_same_scores(folder: str) -> None:
    path = packaged_model(folder)
    if path is None:
        pytest.skip(f"this install ships no {folder} model")
    full = load_model(str(path))
    light = load_model(str(path), strings=False)
    assert light is not full
    assert len(light.vocab.strings) < len(full.vocab.strings)  # its strings were not read
    assert light(tokenized(TEXT)).cats == full(tokenized(TEXT)).cats
