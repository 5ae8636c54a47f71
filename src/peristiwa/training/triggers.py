"""Training the learned trigger tagger on the corpus: ``python -m peristiwa.training triggers``.

The corpus marks events by evidence quotes, not trigger spans, so the token labels are derived:
1. a lexicon mention (a candidate of the rules, after realis) whose trigger lies inside an
   evidence quote of a gold event of its type gives that type to the trigger's tokens;
2. a gold event no such mention covers, with an evidence quote of one or two words (the Leipzig
   sentences' triggers, short quotes), gives its type to those words;
3. the other tokens of evidence quotes are unlabelled (the loss ignores them), and every other
   token of a sentence is `OUTSIDE`: the lexicon's mentions the gold has no event for (a
   football team that "menyerang", a meeting only planned) are the negative examples.
A spaCy tagger (hash embeddings of each token's norm, prefix, suffix and shape, a CNN) learns the
labels sentence by sentence from the train split and the project's tuning gold sets; its token
precision and recall on the dev split's labelled tokens are stored with the model. Seeded: the
same data gives the same model.
"""

from __future__ import annotations

import json
import random
from bisect import bisect_right
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

import spacy
from spacy.language import Language
from spacy.pipeline import Tagger
from spacy.tokens import Doc
from spacy.training import Example
from spacy.util import fix_random_seed  # type: ignore[attr-defined]

from ..corpus import CorpusDoc
from ..evaluate import find_all
from ..ingest import parse_reference_time
from ..learned.triggers import OUTSIDE, token_types
from ..pipeline import build_pipeline
from ..pipeline.base import doc_list, doc_tokens
from ..tokens import Token, within
from .events import DATA, fraction_parser, tuning_splits
from .textcat import save

EPOCHS = 12
BATCH = 32
DROPOUT = 0.2
#: the longest evidence quote (in word tokens) taken as a trigger when no lexicon mention is in it
SHORT_QUOTE = 2
#: an unlabelled token (the loss ignores it)
MISSING = ""


def tok2vec(width: int = 96, depth: int = 4) -> dict[str, Any]:
    """The tagger's own small embedding and CNN (norm, prefix, suffix, shape)."""
    return {
        "@architectures": "spacy.HashEmbedCNN.v2",
        "pretrained_vectors": None,
        "width": width,
        "depth": depth,
        "embed_size": 3000,
        "window_size": 1,
        "maxout_pieces": 2,
        "subword_features": True,
    }


@dataclass(frozen=True, slots=True)
class Labelled:
    """One sentence's tokens and their labels (a type, `OUTSIDE` or `MISSING`)."""

    words: list[str]
    spaces: list[bool]
    labels: list[str]


def sentence_labels(text: str, gold: dict[str, Any], tokens: list[Token], mentions: list[Any]) -> list[str]:
    """The labels of `tokens` (one document's) by the rules above."""
    labels = [OUTSIDE] * len(tokens)
    ends = [t.end for t in tokens]

    def covered(a: int, b: int) -> list[int]:
        """The indices of the tokens overlapping [a, b)."""
        out = []
        for i in range(bisect_right(ends, a), len(tokens)):
            if tokens[i].start >= b:
                break
            out.append(i)
        return out

    for event in gold.get("events", []):
        spans = find_all(text, event.get("evidence", []))
        inside = [i for a, b in spans for i in covered(a, b)]
        hits = [
            m for m in mentions if m.event_type == event["type"] and any(a <= m.start and m.end <= b for a, b in spans)
        ]
        for m in hits:
            for i in covered(m.start, m.end):
                labels[i] = event["type"]
        if not hits:
            for a, b in spans:
                words = [i for i in covered(a, b) if tokens[i].text.isalpha()]
                if 0 < len(words) <= SHORT_QUOTE:
                    for i in words:
                        labels[i] = event["type"]
                    break
        for i in inside:
            if labels[i] == OUTSIDE:
                labels[i] = MISSING
    return labels


def labelled(nlp: Language, d: CorpusDoc) -> list[Labelled]:
    """`d`'s sentences with their labels; the rules run up to `realis`."""
    doc = nlp.make_doc(d.text)
    doc._.doc_id = d.doc_id
    doc._.reference_time = parse_reference_time(d.reference_time)
    for _, stage in nlp.pipeline:
        doc = stage(doc)
    tokens = doc_tokens(doc)
    labels = sentence_labels(d.text, d.gold, tokens, doc_list(doc, "mentions"))
    index = {t.start: i for i, t in enumerate(tokens)}
    out = []
    for sentence in doc_list(doc, "segments"):
        toks = within(tokens, sentence.start, sentence.end)
        if sentence.kind != "sentence" or not toks:
            continue
        first = index[toks[0].start]
        out.append(Labelled([t.text for t in toks], [t.space for t in toks], labels[first : first + len(toks)]))
    return out


def derive(docs: list[CorpusDoc]) -> list[Labelled]:
    """The labelled sentences of `docs`."""
    nlp = build_pipeline(use_judge=False)
    last = nlp.pipe_names.index("realis")
    with nlp.select_pipes(enable=nlp.pipe_names[: last + 1]):
        return [s for d in docs for s in labelled(nlp, d)]


def train_tagger(
    data: list[Labelled], *, seed: int, epochs: int = EPOCHS, width: int = 96, depth: int = 4
) -> tuple[Language, list[float]]:
    """A tagger trained on `data`, and its loss after each epoch."""
    fix_random_seed(seed)
    rng = random.Random(seed)
    nlp = spacy.blank("xx")
    nlp.add_pipe("tagger", config={"model": {"@architectures": "spacy.Tagger.v2", "tok2vec": tok2vec(width, depth)}})
    examples = [
        Example.from_dict(Doc(nlp.vocab, words=s.words, spaces=s.spaces), {"tags": s.labels}) for s in data if s.words
    ]
    nlp.initialize(lambda: examples)
    history = []
    for _ in range(epochs):
        rng.shuffle(examples)
        losses: dict[str, float] = {}
        for start in range(0, len(examples), BATCH):
            nlp.update(examples[start : start + BATCH], drop=DROPOUT, losses=losses)
        history.append(losses.get("tagger", 0.0))
    return nlp, history


def token_scores(model: Language, data: list[Labelled]) -> dict[str, float]:
    """Precision, recall and F1 of the trigger labels on the labelled tokens of `data` (a token
    counts as right when its type is the gold's)."""
    tp = fp = fn = 0
    for s in data:
        tokens = [Token(w, w.lower(), 0, 0, sp) for w, sp in zip(s.words, s.spaces, strict=True)]
        for got, want in zip(token_types(model, tokens), s.labels, strict=True):
            if want == MISSING:
                continue
            tp += got != OUTSIDE and got == want
            fp += got != OUTSIDE and got != want
            fn += want != OUTSIDE and got != want
    p, r = tp / max(tp + fp, 1), tp / max(tp + fn, 1)
    return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(2 * p * r / max(p + r, 1e-9), 3)}


def main(argv: list[str] | None = None) -> int:
    parser = fraction_parser("triggers", __doc__, "trigger_tagger")
    parser.add_argument("--epochs", type=int, default=EPOCHS)
    args = parser.parse_args(argv)
    splits, extra = tuning_splits(args)
    train, dev = derive(splits["train"]), derive(splits["dev"])
    nlp, losses = train_tagger(train, seed=args.seed, epochs=args.epochs)
    tagger = cast(Tagger, nlp.get_pipe("tagger"))
    info: dict[str, Any] = {
        "threshold": 0.0,
        "labels": list(tagger.labels),
        "seed": args.seed,
        "train_fraction": args.fraction,
        "extra_gold": [str(p.name) for p in extra],
        "train_documents": len(splits["train"]),
        "train_sentences": len(train),
        "train_trigger_tokens": sum(1 for s in train for x in s.labels if x not in (OUTSIDE, MISSING)),
        "dev_token_scores": token_scores(nlp, dev),
        "losses": [round(x, 3) for x in losses],
        "data": DATA,
    }
    save(nlp, "peristiwa_trigger_tagger", info, args.output)
    forget_words(args.output, info["labels"])
    return 0


def forget_words(output: Path, keep: list[str]) -> None:
    """Leave only `keep` (the labels) in the saved vocabulary: the tagger reads hashes of the
    words, so the training text's word list need not ship."""
    path = output / "vocab" / "strings.json"
    path.write_text(json.dumps(sorted(keep), ensure_ascii=False), encoding="utf-8")
