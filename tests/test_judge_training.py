"""The packaged event judge as trained: stopped early, and what it keeps of the rules' candidates."""

from __future__ import annotations

import json

import pytest

from peristiwa.learned.judge import judge_path, load_judge, probabilities, threshold_of
from peristiwa.pipeline import build_pipeline
from peristiwa.training.events import EPOCHS

pytestmark = pytest.mark.skipif(judge_path() is None, reason="no packaged judge")


def test_judge_training_packaged_judge_was_trained_for_the_epochs_training_uses() -> None:
    path = judge_path()
    assert path is not None
    meta = json.loads((path / "meta.json").read_text(encoding="utf-8"))
    assert len(meta["peristiwa"]["losses"]) == EPOCHS


def _judged(text: str) -> dict[str, float]:
    nlp = build_pipeline(use_judge=False)
    doc = nlp(text)
    path = judge_path()
    assert path is not None
    model = load_judge(str(path))
    events = list(doc._.events)
    return {e.trigger.text: p for e, p in zip(events, probabilities(model, events, text, nlp.make_doc), strict=True)}


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Polisi menangkap tiga tersangka pengedar sabu di Pelabuhan Belawan, Medan, pada Selasa malam.", "menangkap"),
        ("Ribuan buruh berunjuk rasa di depan Gedung DPR menolak kenaikan iuran jaminan kesehatan.", "berunjuk rasa"),
    ],
)
def test_judge_training_packaged_judge_keeps_a_reported_act(text: str, trigger: str) -> None:
    judged = _judged(text)
    path = judge_path()
    assert path is not None
    assert judged[trigger] >= threshold_of(load_judge(str(path)))


def test_judge_training_packaged_judge_drops_support_for_cooking_in_a_recipe() -> None:
    text = (
        "Resep ayam bakar ini mudah dibuat dan cocok untuk makan malam bersama keluarga, "
        "kata koki itu yang mendukung kuliner lokal."
    )
    judged = _judged(text)
    path = judge_path()
    assert path is not None
    assert judged["mendukung"] < threshold_of(load_judge(str(path)))
