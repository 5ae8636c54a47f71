"""Training the learned event coreference on the corpus: ``python -m peristiwa.training coreference``.

1. The rules (the pipeline without the judge) run over the train split (with the tuning gold
   sets); each pair of candidate events of one type in different sentences (`candidate_pairs`)
   whose ends both overlap gold events of their type is labelled SAME when they share one, else
   OTHER (pairs with an end the gold does not have are left out: the judge decides those).
2. A spaCy `textcat` (bag of marker words and pairs, `learned.coreference.pair_text`) learns them.
3. The whole pipeline with the shipped judge and relevance classifier runs over the dev split
   and the tuning gold sets (multi-event passages, which the dev split's single sentences and
   few passages under-represent: a threshold chosen on dev alone folded distinct events of one
   war); the threshold whose folding gives the best event F1 on both, among those that lose
   nothing on the tuning gold sets alone (the highest of equals), is stored with the model.
Everything is seeded; the same data gives the same model.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Any

from spacy.language import Language

from ..corpus import CorpusDoc
from ..document import event_json
from ..evaluate import Tally, _overlap, _pred_spans, find_all, score_document
from ..learned.coreference import LABEL, OTHER, candidate_pairs, fold_repeats, marker_doc, pair_probabilities, pair_text
from ..learned.features import headline
from ..pipeline import build_pipeline
from ..spans import Event
from .events import DATA, SEED, fraction_parser, gold_folder, run_rules, tuning_splits
from .textcat import Settings, bag_of_words, save, train_textcat

EPOCHS = 20
BATCH = 16
DROPOUT = 0.1
SETTINGS = Settings(LABEL, OTHER, bag_of_words(65536), BATCH, DROPOUT)
#: the thresholds tried on the dev split
THRESHOLDS = tuple(round(0.5 + 0.05 * i, 2) for i in range(10))
NO_FOLDING = 1.01


@dataclass(slots=True)
class Pair:
    text: str  # the marker text
    label: int  # 1 SAME, 0 OTHER


def _gold_hits(d: CorpusDoc, events: list[Event]) -> list[set[int]]:
    """For each event, the gold events of its type its spans overlap."""
    golds = [find_all(d.text, g["evidence"]) for g in d.gold["events"]]
    out = []
    for e in events:
        spans = _pred_spans(event_json(e))
        gold = d.gold["events"]
        out.append({k for k, g in enumerate(gold) if g["type"] == e.event_type and _overlap(spans, golds[k])})
    return out


def labelled_pairs(docs: list[CorpusDoc]) -> list[Pair]:
    """The rules' candidate pairs of `docs`, labelled against their gold."""
    nlp = build_pipeline(use_judge=False)
    out: list[Pair] = []
    for d in docs:
        _, events = run_rules(nlp, d, [])  # the stage runs last, on the parties filled
        hits = _gold_hits(d, events)
        title = headline(d.text)
        for i, j in candidate_pairs(events):
            if hits[i] and hits[j]:
                out.append(Pair(pair_text(d.text, title, events[i], events[j]), int(bool(hits[i] & hits[j]))))
    return out


def train_coreference(pairs: list[Pair], *, seed: int = SEED, epochs: int = EPOCHS) -> tuple[Language, list[float]]:
    """A textcat trained on `pairs`; returns it and the loss of each epoch."""
    return train_textcat([(marker_doc(p.text), p.label) for p in pairs], SETTINGS, seed=seed, epochs=epochs)


Run = tuple[CorpusDoc, list[Event], dict[tuple[int, int], float]]


def _runs(model: Language, docs: list[CorpusDoc]) -> list[Run]:
    """Each of `docs` run through the whole pipeline but this model's stage (the shipped judge,
    relevance classifier and filler), with its events and the model's pair probabilities."""
    nlp = build_pipeline()
    runs: list[Run] = []
    for d in docs:
        _, events = run_rules(nlp, d, ["coreference"])
        runs.append((d, events, pair_probabilities(model, events, d.text)))
    return runs


def _scores(
    runs: list[tuple[CorpusDoc, list[Event], dict[tuple[int, int], float]]], threshold: float
) -> dict[str, float]:
    tp = fp = fn = 0
    for d, events, probs in runs:
        folded = fold_repeats(copy.deepcopy(events), probs, threshold)
        result = score_document(d.text, d.gold, {"events": [event_json(e) for e in folded]}, Tally())
        tp, fp, fn = tp + result.tp, fp + result.fp, fn + result.fn
    precision, recall = tp / max(1, tp + fp), tp / max(1, tp + fn)
    f1 = 2 * precision * recall / max(1e-9, precision + recall)
    return {"precision": round(precision, 3), "recall": round(recall, 3), "f1": round(f1, 3)}


def best_threshold(model: Language, dev: list[CorpusDoc], guard: list[CorpusDoc]) -> tuple[float, dict[str, Any]]:
    """The threshold whose folding gives the best event F1 on `dev` and `guard` together (the
    highest of equals) among those that lose nothing on `guard` alone (the tuning gold sets:
    multi-event passages, where folding two battles of one war would cost)."""
    dev_runs, guard_runs = _runs(model, dev), _runs(model, guard)
    thresholds = (*THRESHOLDS, NO_FOLDING)
    both = {t: _scores(dev_runs + guard_runs, t) for t in thresholds}
    guarded = {t: _scores(guard_runs, t) for t in thresholds}
    allowed = [t for t in thresholds if guarded[t]["f1"] >= guarded[NO_FOLDING]["f1"]]
    best = max(allowed, key=lambda t: (both[t]["f1"], t))
    return best, {
        "dev_and_tuning_gold_at_threshold": both[best],
        "dev_and_tuning_gold_without_folding": both[NO_FOLDING],
        "tuning_gold_at_threshold": guarded[best],
        "tuning_gold_without_folding": guarded[NO_FOLDING],
    }


def main(argv: list[str] | None = None) -> int:
    args = fraction_parser("coreference", __doc__, "coreference").parse_args(argv)
    splits, extra = tuning_splits(args)
    pairs = labelled_pairs(splits["train"])
    nlp, losses = train_coreference(pairs, seed=args.seed)
    tuning = [d for folder in extra for d in gold_folder(folder)]
    threshold, dev_scores = best_threshold(nlp, splits["dev"], tuning)
    info: dict[str, Any] = {
        "threshold": threshold,
        "seed": args.seed,
        "train_fraction": args.fraction,
        "extra_gold": [str(p.name) for p in extra],
        "train_documents": len(splits["train"]),
        "train_pairs": len(pairs),
        "train_same": sum(p.label for p in pairs),
        "scores": dev_scores,
        "losses": [round(x, 3) for x in losses],
        "data": DATA,
    }
    save(nlp, "peristiwa_coreference", info, args.output)
    return 0
