"""A saved peristiwa pipeline loads with plain `spacy.load` in a fresh process (entry points)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import peristiwa
from peristiwa.pipeline import STAGES, load_pipeline
from peristiwa.pipeline.build import EVENT_STAGES

TEXT = "Polisi menangkap tiga orang di Jayapura pada Senin (3/3/2025). Massa berunjuk rasa di Wamena."
SCRIPT = """
import json, sys, spacy
nlp = spacy.load(sys.argv[1])
doc = nlp(sys.argv[2])
print(json.dumps({"pipes": nlp.pipe_names, "events": [e.event_type for e in doc._.events],
                  "mentions": len(doc._.mentions), "drafts": len(doc._.drafts), "filled": len(doc._.filled)}))
"""


def test_a_saved_pipeline_loads_with_spacy_load_and_finds_the_same_events(tmp_path: Path) -> None:
    load_pipeline().to_disk(tmp_path / "peristiwa-id")
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(tmp_path / "peristiwa-id"), TEXT],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    loaded = json.loads(done.stdout.strip().splitlines()[-1])
    assert set(EVENT_STAGES) <= set(loaded["pipes"])
    assert [p for p in loaded["pipes"] if p in dict(STAGES)] == [name for name, _ in STAGES]
    assert loaded["mentions"] >= loaded["drafts"] >= loaded["filled"] > 0  # each event sub-stage ran
    assert loaded["events"] == [e.event_type for e in peristiwa.extract(TEXT).events]
    assert loaded["events"]


def test_a_saved_pipeline_carries_its_judge_and_relevance_models(tmp_path: Path) -> None:
    import spacy

    saved = tmp_path / "peristiwa-id"
    load_pipeline().to_disk(saved)
    assert (saved / "judge" / "model" / "meta.json").is_file()
    assert (saved / "relevance" / "model" / "meta.json").is_file()
    assert (saved / "parties" / "model" / "meta.json").is_file()
    # the saved judge, not the installed one, decides: one that believes nothing keeps no event
    meta = json.loads((saved / "judge" / "model" / "meta.json").read_text(encoding="utf-8"))
    meta["peristiwa"]["threshold"] = 1.01
    (saved / "judge" / "model" / "meta.json").write_text(json.dumps(meta), encoding="utf-8")
    loaded = spacy.load(saved)
    assert loaded.get_pipe("judge").threshold == 1.01
    assert not loaded(TEXT)._.events and peristiwa.extract(TEXT).events


def test_a_saved_pipeline_with_the_learned_trigger_tagger_keeps_it_and_its_mentions(tmp_path: Path) -> None:
    import spacy

    from peristiwa.pipeline import build_pipeline

    nlp = build_pipeline(triggers="model")
    saved = tmp_path / "peristiwa-model-triggers"
    nlp.to_disk(saved)
    assert (saved / "learned_triggers" / "model" / "meta.json").is_file()
    loaded = spacy.load(saved)
    assert loaded.get_pipe("learned_triggers").mode == "model"
    want = [(m.start, m.event_type, m.spec.record) for m in nlp(TEXT)._.mentions]
    assert want and all(record.startswith("LEARNED:") for _, _, record in want)
    assert [(m.start, m.event_type, m.spec.record) for m in loaded(TEXT)._.mentions] == want


def test_spacy_load_the_model_needs_nothing_of_its_stored_vocabulary() -> None:
    from spacy.vocab import Vocab

    from peristiwa.pipeline.build import model_path

    path = model_path()
    if path is None:
        pytest.skip("this install ships no model")
    nlp = load_pipeline()
    for name in ("model_tagger", "model_ner"):  # the labels come with the components
        assert name in nlp.component_names
        labels = nlp.get_pipe(name).labels
        assert labels and all(label in nlp.vocab.strings for label in labels)
    stored = Vocab().from_disk(path / "vocab")
    assert stored.vectors.shape[0] == 0 and not stored.lookups.tables  # nothing but strings is left out
    doc = peristiwa.extract("Presiden Prabowo Subianto tiba di Surabaya pada Senin pagi.", reference_time="2025-03-03")
    assert any(e.label == "PER" for e in doc.entities)
