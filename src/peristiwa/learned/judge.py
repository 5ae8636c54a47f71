"""The event judge: a text classifier that keeps or drops each candidate event.

The rules propose candidates (recall); the judge, trained on the corpus, decides among them
(precision), as Mordecai ranks the candidates its gazetteer proposes. It is a spaCy `textcat`
(bag of words and word pairs) in its own small pipeline, shipped in ``peristiwa/judge/``;
the threshold chosen on the corpus's dev split is in that pipeline's ``meta.json``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from ..spans import Event
from .features import candidate_text, headline
from .packaged import load_model, packaged_model, stored_threshold

LABEL = "EVENT"
OTHER = "OTHER"
DEFAULT_THRESHOLD = 0.5


def judge_path() -> Path | None:
    """The packaged judge, if this install ships one."""
    return packaged_model("judge")


load_judge = load_model


def threshold_of(nlp: Language) -> float:
    return stored_threshold(nlp, DEFAULT_THRESHOLD)


def judged_types(nlp: Language) -> frozenset[str] | None:
    """The types the judge decides (it saw enough of them in training); None: all."""
    types = nlp.meta.get("peristiwa", {}).get("judged_types")
    return frozenset(types) if types is not None else None


def probabilities(nlp: Language, events: list[Event], text: str, make_doc: Callable[[str], Doc]) -> list[float]:
    """P(the candidate reports an actual event of its type) for each of `events`. Each
    candidate's text is tokenized by `make_doc`, the pipeline's own tokenizer (the model's
    pipeline is given Docs, never text)."""
    if not events:
        return []
    title = headline(text)
    docs = nlp.pipe(make_doc(candidate_text(e, text, title, events[:i])) for i, e in enumerate(events))
    return [float(d.cats.get(LABEL, 0.0)) for d in docs]
