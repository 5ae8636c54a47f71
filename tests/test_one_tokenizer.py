"""One tokenizer (issue #13): every stage reads the pipeline's own tokens; the learned models are
given Docs and never tokenize text themselves; the package defines one token and one phrase
table class."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from spacy.tokens import Doc

from peristiwa.pipeline import build_pipeline

SRC = Path(__file__).resolve().parents[1] / "src" / "peristiwa"
CLASH = (
    "Bentrok Aparat dan Massa di Wamena\n\n"
    "WAMENA, KOMPAS.com - Aparat gabungan TNI dan Polri bentrok dengan massa di Wamena, Papua "
    "Pegunungan, Senin (23/9/2025). Massa menyerang kantor bupati dan membakar sejumlah kios di "
    "sekitar pasar. Polisi menembakkan gas air mata untuk membubarkan massa. Tiga orang tewas dan "
    "belasan lainnya luka-luka dalam bentrokan itu. Kapolda Papua mengatakan polisi menangkap "
    "sebelas orang yang diduga menjadi provokator kerusuhan di kota itu pada malam harinya."
)


def _refuse(text: str) -> Doc:
    raise AssertionError(f"a learned model tokenized text itself: {text[:40]!r}")


def test_one_tokenizer_the_learned_models_are_given_the_pipelines_tokens(monkeypatch: pytest.MonkeyPatch) -> None:
    nlp = build_pipeline()
    models = [getattr(nlp.get_pipe(name), "model", None) for name in ("judge", "relevance")]
    if any(m is None for m in models):
        pytest.skip("this install ships no judge or relevance model")
    for model in models:  # the models are shared by the process's pipelines: patched for this test only
        monkeypatch.setattr(model, "tokenizer", _refuse)
    doc = nlp(CLASH)
    assert doc._.events, "the judge kept no event"
    assert doc._.relevance is not None, "the relevance classifier did not run"


def test_one_tokenizer_one_token_class_one_phrase_table_and_one_tokenizer_construction() -> None:
    classes, constructions = [], []
    for path in sorted(SRC.rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        rel = path.relative_to(SRC).as_posix()
        classes += [f"{rel}:{m}" for m in re.findall(r"^class (\w*(?:Token|Lexicon|Tokenizer))\b", text, re.M)]
        constructions += [rel for _ in re.findall(r"\bTokenizer\(", text)]
    assert classes == ["tokens.py:Token", "tokens.py:Lexicon"]
    assert constructions == ["tokenizer.py"]


def test_one_tokenizer_a_learned_model_refuses_text_it_would_tokenize_itself() -> None:
    from peristiwa.learned.packaged import load_model, packaged_model

    path = packaged_model("judge")
    if path is None:
        pytest.skip("this install ships no judge")
    with pytest.raises(TypeError, match="given Docs"):
        load_model(str(path))("Polisi menangkap dua pengedar sabu di Medan.")
