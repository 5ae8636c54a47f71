"""Score a pipeline on gold sentences with gold tokenisation (UPOS, UAS, LAS, NER P/R/F)."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, DocBin
from spacy.training import Example

from peristiwa.training.convert import sentence_to_doc
from peristiwa.training.data import Sentence

SCORE_KEYS = ("pos_acc", "tag_acc", "dep_uas", "dep_las", "ents_p", "ents_r", "ents_f")


def examples_from_docs(nlp: Language, golds: Iterable[Doc]) -> list[Example]:
    """Pair each gold Doc with an unannotated copy tokenised the same way."""
    return [
        Example(Doc(nlp.vocab, words=[t.text for t in g], spaces=[bool(t.whitespace_) for t in g]), g) for g in golds
    ]


def examples_from_sentences(nlp: Language, sentences: Iterable[Sentence]) -> list[Example]:
    """Examples built from :class:`Sentence` records."""
    return examples_from_docs(nlp, (sentence_to_doc(nlp.vocab, s) for s in sentences))


def load_docbin(nlp: Language, path: Path) -> list[Doc]:
    """All gold Docs stored in a ``.spacy`` file."""
    return list(DocBin().from_disk(path).get_docs(nlp.vocab))


def score(nlp: Language, examples: list[Example], *, keys: Iterable[str] = SCORE_KEYS) -> dict[str, Any]:
    """Selected scores (rounded to 4 places) plus per-type NER scores when present."""
    raw = nlp.evaluate(examples, batch_size=256)
    result: dict[str, Any] = {}
    for key in keys:
        value = raw.get(key)
        if isinstance(value, float):
            result[key] = round(value, 4)
    per_type = raw.get("ents_per_type")
    if isinstance(per_type, dict) and result.get("ents_f") is not None:
        result["ents_per_type"] = {k: {m: round(v, 4) for m, v in d.items()} for k, d in sorted(per_type.items())}
    result["sentences"] = len(examples)
    return result
