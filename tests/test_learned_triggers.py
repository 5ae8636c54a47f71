"""The learned trigger tagger: its labels derived from the gold, its training, and its stage."""

from __future__ import annotations

import json
import os
from pathlib import Path

import numpy as np
import pytest

from peristiwa.errors import OptionError
from peristiwa.learned.packaged import load_model
from peristiwa.learned.triggers import OUTSIDE, tag_probabilities, token_types
from peristiwa.pipeline import build_pipeline
from peristiwa.pipeline.learned_triggers import MODEL_FOLDER
from peristiwa.tokens import tokenize
from peristiwa.training.triggers import MISSING, Labelled, sentence_labels, train_tagger

ARREST = "Polisi menangkap tiga pemuda di Makassar, Senin. Sebuah tim sepak bola menyerang sejak menit awal."


def _labels(text: str, gold: dict[str, object], mentions: list[object]) -> dict[str, str]:
    tokens = tokenize(text)
    return {t.text: label for t, label in zip(tokens, sentence_labels(text, gold, tokens, mentions), strict=True)}


class _Mention:
    def __init__(self, text: str, word: str, event_type: str) -> None:
        self.start = text.index(word)
        self.end = self.start + len(word)
        self.event_type = event_type


def test_learned_trigger_labels_take_the_lexicon_trigger_inside_the_evidence() -> None:
    gold = {"events": [{"type": "COERCE", "evidence": ["Polisi menangkap tiga pemuda"]}]}
    mentions = [_Mention(ARREST, "menangkap", "COERCE"), _Mention(ARREST, "menyerang", "ASSAULT")]
    labels = _labels(ARREST, gold, mentions)
    assert labels["menangkap"] == "COERCE"
    assert labels["Polisi"] == MISSING and labels["pemuda"] == MISSING  # the rest of the quote: unknown
    assert labels["menyerang"] == OUTSIDE  # a lexicon mention the gold has no event for: a negative
    assert labels["Makassar"] == OUTSIDE


def test_learned_trigger_labels_take_a_short_quote_when_no_lexicon_trigger_is_in_it() -> None:
    text = "Ribuan buruh berunjuk rasa di depan gedung DPR."
    gold = {"events": [{"type": "PROTEST", "evidence": ["berunjuk rasa"]}]}
    labels = _labels(text, gold, [])
    assert labels["berunjuk"] == "PROTEST" and labels["rasa"] == "PROTEST"
    assert labels["buruh"] == OUTSIDE


def test_learned_trigger_labels_leave_a_long_quote_without_a_trigger_unlabelled() -> None:
    text = "Presiden meminta kedua pihak segera kembali ke meja perundingan."
    gold = {"events": [{"type": "REQUEST", "evidence": ["Presiden meminta kedua pihak segera kembali"]}]}
    labels = _labels(text, gold, [])
    assert labels["meminta"] == MISSING and labels["Presiden"] == MISSING
    assert labels["perundingan"] == OUTSIDE


def _sentence(text: str, trigger: str, label: str) -> Labelled:
    tokens = tokenize(text)
    return Labelled(
        [t.text for t in tokens], [t.space for t in tokens], [label if t.text == trigger else OUTSIDE for t in tokens]
    )


TINY = [
    _sentence("Tentara menembaki desa itu pada malam hari.", "menembaki", "ASSAULT"),
    _sentence("Pasukan menembaki pos perbatasan kemarin.", "menembaki", "ASSAULT"),
    _sentence("Warga berkumpul di balai desa pada malam hari.", "", OUTSIDE),
    _sentence("Polisi menahan dua tersangka di Medan.", "menahan", "COERCE"),
    _sentence("Aparat menahan seorang aktivis di Jakarta.", "menahan", "COERCE"),
    _sentence("Petani menanam padi di sawah kemarin.", "", OUTSIDE),
]


def test_learned_trigger_training_lowers_its_loss_and_tags_a_trivial_case() -> None:
    model, losses = train_tagger(TINY * 4, seed=3, epochs=20, width=64, depth=2)
    assert losses[-1] < losses[0]
    tokens = tokenize("Pasukan menembaki desa itu kemarin.")
    types = dict(zip([t.text for t in tokens], token_types(model, tokens), strict=True))
    assert types["menembaki"] == "ASSAULT"
    assert types["desa"] == OUTSIDE


def test_learned_trigger_training_is_deterministic_given_a_seed() -> None:
    first, _ = train_tagger(TINY, seed=5, epochs=2, width=32, depth=1)
    second, _ = train_tagger(TINY, seed=5, epochs=2, width=32, depth=1)
    tokens = tokenize("Polisi menahan aktivis di Medan.")
    (_, a), (_, b) = tag_probabilities(first, tokens), tag_probabilities(second, tokens)
    assert np.array_equal(a, b)


@pytest.fixture(scope="module")
def shipped() -> object:
    from peristiwa.learned.packaged import packaged_model

    path = packaged_model(MODEL_FOLDER)
    if path is None:
        pytest.skip("this install ships no trigger tagger")
    return load_model(str(path))


def test_learned_trigger_tagger_shipped_tags_an_arrest_and_not_the_arresting_police(shipped: object) -> None:
    tokens = tokenize("Polisi menangkap tiga orang pelaku pembakaran di Jakarta, Senin.")
    types = dict(zip([t.text for t in tokens], token_types(shipped, tokens), strict=True))  # type: ignore[arg-type]
    assert types["menangkap"] == "COERCE"
    assert types["Polisi"] == OUTSIDE and types["Jakarta"] == OUTSIDE


def test_learned_trigger_pipeline_with_the_model_alone_codes_events_from_its_mentions(shipped: object) -> None:
    nlp = build_pipeline(triggers="model")
    doc = nlp("Polisi menangkap tiga orang pelaku pembakaran di Jakarta, Senin (2/6/2025).")
    mentions = list(doc._.mentions)
    assert mentions and all(m.spec.record.startswith("LEARNED:") for m in mentions)
    assert "COERCE" in {e.event_type for e in doc._.events}


def test_learned_trigger_pipeline_with_both_keeps_the_lexicon_mentions(shipped: object) -> None:
    nlp = build_pipeline(triggers="both", use_judge=False)
    doc = nlp("Pasukan Israel menyerang kamp pengungsi di Gaza, Selasa.")
    records = {m.spec.record for m in doc._.mentions}
    assert "ASSAULT:serang" in records


def test_learned_trigger_pipeline_refuses_an_unknown_source() -> None:
    with pytest.raises(OptionError, match="triggers"):
        build_pipeline(triggers="oracle")


def test_learned_trigger_choice_reaches_extract_through_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    import peristiwa
    from peristiwa.api import TRIGGERS_ENV, triggers_in_use, use_triggers

    monkeypatch.setenv(TRIGGERS_ENV, "rules")  # restored (unset) after the test
    assert triggers_in_use() == "rules"
    use_triggers("model")
    assert os.environ[TRIGGERS_ENV] == "model" and triggers_in_use() == "model"
    doc = peristiwa.extract("Polisi menangkap tiga orang pelaku pembakaran di Jakarta, Senin (2/6/2025).")
    assert "COERCE" in {e.event_type for e in doc.events}
    with pytest.raises(OptionError, match="triggers"):
        use_triggers("oracle")


def test_learned_trigger_option_of_the_command_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from typer.testing import CliRunner

    from peristiwa.api import TRIGGERS_ENV
    from peristiwa.cli import app

    monkeypatch.setenv(TRIGGERS_ENV, "rules")  # restored (unset) after the test
    src = tmp_path / "berita.txt"
    src.write_text("Polisi menangkap tiga orang pelaku pembakaran di Jakarta, Senin (2/6/2025).", encoding="utf-8")
    runner = CliRunner()
    bad = runner.invoke(app, ["extract", str(src), "--triggers", "oracle"])
    assert bad.exit_code == 1 and "oracle" in bad.output
    remote = runner.invoke(app, ["extract", str(src), "--triggers", "model", "--engine", "dask", "--scheduler", "x"])
    assert remote.exit_code == 1 and "--scheduler" in remote.output
    out = tmp_path / "events.jsonl"
    done = runner.invoke(app, ["extract", str(src), "--triggers", "model", "-o", str(out)])
    assert done.exit_code == 0, done.output
    assert os.environ[TRIGGERS_ENV] == "model"
    events = json.loads(out.read_text(encoding="utf-8").splitlines()[0])["events"]
    assert "COERCE" in {e["event_type"] for e in events}
    monkeypatch.setenv(TRIGGERS_ENV, "oracle")
    assert runner.invoke(app, ["extract", str(src)]).exit_code == 1
