"""Training a two-label spaCy `textcat` in its own small pipeline: the event judge and the
document relevance classifier are trained alike (seeded, shuffled, fixed batches)."""

from __future__ import annotations

import json
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

import spacy
from spacy.language import Language
from spacy.pipeline import TextCategorizer
from spacy.tokens import Doc
from spacy.training import Example
from spacy.util import fix_random_seed  # type: ignore[attr-defined]
from thinc.api import Adam


def bag_of_words(length: int, ngram_size: int = 2) -> dict[str, Any]:
    """spaCy's bag of words (and word pairs with `ngram_size` 2), `TextCatBOW`, two exclusive
    labels, `length` hashed features: the judge, the relevance classifier and the party filler."""
    return {
        "@architectures": "spacy.TextCatBOW.v3",
        "exclusive_classes": True,
        "ngram_size": ngram_size,
        "no_output_layer": False,
        "length": length,
    }


@dataclass(frozen=True, slots=True)
class Settings:
    """The classifier's labels (the positive first), model architecture and training."""

    label: str
    other: str
    model: dict[str, Any]
    batch: int
    dropout: float
    l2: float = 0.01  # Adam's weight decay (spaCy's training default, which the models were trained with)


def train_textcat(
    data: Sequence[tuple[Doc, int]],
    settings: Settings,
    *,
    seed: int,
    epochs: int,
    on_epoch: Callable[[int, Language], None] | None = None,
) -> tuple[Language, list[float]]:
    """A textcat trained on `data` (a Doc of peristiwa's tokens, 1 for the positive label or 0);
    returns it and the loss of each epoch. The same data, settings and seed give the same model.
    `on_epoch(n, nlp)` is called after each epoch n (1-based): the model then is the one that
    training for n epochs gives (cross-validation reads every epoch count from one fit).
    The model's own pipeline is a blank one whose tokenizer is never used: the stages give it
    Docs of the pipeline's tokens (`peristiwa.tokens.tokenized` for training texts)."""
    fix_random_seed(seed)
    rng = random.Random(seed)
    nlp = spacy.blank("xx")
    textcat = cast(TextCategorizer, nlp.add_pipe("textcat", config={"model": settings.model}))
    textcat.add_label(settings.label)
    textcat.add_label(settings.other)
    examples = [
        Example.from_dict(_in_vocab(nlp, doc), {"cats": {settings.label: float(y), settings.other: 1.0 - y}})
        for doc, y in data
    ]
    nlp.initialize(lambda: examples, sgd=Adam(0.001, L2=settings.l2, use_averages=False))
    losses_by_epoch = []
    for epoch in range(1, epochs + 1):
        rng.shuffle(examples)
        losses: dict[str, float] = {}
        for start in range(0, len(examples), settings.batch):
            nlp.update(examples[start : start + settings.batch], drop=settings.dropout, losses=losses)
        losses_by_epoch.append(losses.get("textcat", 0.0))
        if on_epoch is not None:
            on_epoch(epoch, nlp)
    return nlp, losses_by_epoch


def _in_vocab(nlp: Language, doc: Doc) -> Doc:
    """`doc` in the model's own vocabulary, so that the saved model lists the strings it was
    trained on (the judge's markers among them; the weights do not depend on it)."""
    return Doc(nlp.vocab, words=[t.text for t in doc], spaces=[bool(t.whitespace_) for t in doc])


def save(nlp: Language, name: str, info: dict[str, Any], output: Path) -> None:
    """Write the trained pipeline to `output`, with what the stage reads and how it was trained
    (`info`) in its meta.json under "peristiwa", and print `info`."""
    nlp.meta["name"] = name
    nlp.meta["version"] = "0.1.0"
    nlp.meta["peristiwa"] = info
    output.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(output)
    print(json.dumps(info, indent=1))
