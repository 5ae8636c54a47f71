"""Cross-validating the event judge: ``python -m peristiwa.training events --cv``.

The corpus's train and dev documents are split into `FOLDS` folds by document (seeded); for each
fold a judge is trained on the candidates of the other folds (and of the tuning gold sets, which
training always adds) and gives its probabilities to the fold's candidates. Each setting of the
grid is judged by these out-of-fold probabilities: candidate event F1 as a function of the
threshold (recall against every required gold event, as `events.best_threshold` counts it), and
per fold at a threshold chosen on the other four folds, mean and standard deviation. One fit
reads every epoch count of `EPOCH_SNAPSHOTS`. The shipped judge is scored on the dev documents
only (it was trained on the train split). The corpus's test split is never read.
"""

from __future__ import annotations

import argparse
import json
import pickle
import random
import statistics
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from spacy.language import Language

from ..learned.judge import LABEL, judge_path, load_judge, threshold_of
from ..tokens import tokenized
from .events import (
    SEED,
    SETTINGS,
    Candidate,
    add_tuning_gold,
    candidate_scores,
    candidates,
    required_events,
    split_docs,
)
from .textcat import Settings, bag_of_words, train_textcat

FOLDS = 5
EPOCH_SNAPSHOTS = (2, 3, 4, 6, 8, 12)
THRESHOLDS = tuple(step / 100 for step in range(2, 100, 2))

#: the grid: the shipped settings and one change each
GRID: dict[str, Settings] = {
    "shipped": SETTINGS,
    "unigrams": replace(SETTINGS, model=bag_of_words(262144, ngram_size=1)),
    # no dropout setting: spaCy's bag-of-words textcat has no dropout layer (dropout 0.5 gave the
    # shipped settings' figures exactly; benchmarks/results/judge_cv.json keeps that run)
    "l2-1.0": replace(SETTINGS, l2=1.0),
    "hash65536": replace(SETTINGS, model=bag_of_words(65536)),
}


def folds_of(doc_ids: Iterable[str], folds: int = FOLDS, seed: int = SEED) -> dict[str, int]:
    """Each document's fold: the ids sorted, shuffled by `seed`, dealt round. The same ids and seed
    give the same folds whatever their order."""
    ids = sorted(set(doc_ids))
    random.Random(seed).shuffle(ids)
    return {doc_id: i % folds for i, doc_id in enumerate(ids)}


@dataclass(slots=True)
class Pool:
    """The candidates cross-validated (with each one's fold) and the training-only ones."""

    cands: list[Candidate]
    fold: list[int]
    dev: list[bool]  # the candidate's document is in the dev split
    required: list[int]  # required gold events of each fold
    dev_required: int
    extra: list[Candidate]  # the tuning gold sets' candidates: always in training


def build_pool(args: argparse.Namespace) -> Pool:
    splits = split_docs(args.shared, args.annotations, 1.0, args.seed)
    docs = splits["train"] + splits["dev"]
    dev_ids = {d.doc_id for d in splits["dev"]}
    fold_of = folds_of(d.doc_id for d in docs)
    required = [0] * FOLDS
    for d in docs:
        required[fold_of[d.doc_id]] += required_events(d)
    dev_required = sum(required_events(d) for d in splits["dev"])
    extra_docs: list[Any] = []
    add_tuning_gold(args, extra_docs)
    cands = candidates(docs).candidates
    return Pool(
        cands,
        [fold_of[c.doc_id] for c in cands],
        [c.doc_id in dev_ids for c in cands],
        required,
        dev_required,
        candidates(extra_docs).candidates,
    )


def f1_at(probs: Sequence[float], labels: Sequence[int], required: int, threshold: float) -> float:
    return candidate_scores(probs, labels, required, threshold)[2]


def curve(probs: Sequence[float], labels: Sequence[int], required: int) -> dict[float, float]:
    return {th: f1_at(probs, labels, required, th) for th in THRESHOLDS}


def best(scores: dict[float, float]) -> float:
    """The threshold of the best F1 (the lowest of ties)."""
    return max(scores, key=lambda th: (scores[th], -th))


def judge_probs(nlp: Language, cands: Sequence[Candidate]) -> list[float]:
    return [d.cats[LABEL] for d in nlp.pipe(tokenized(c.text) for c in cands)]


def cross_validate(pool: Pool, settings: Settings, seed: int) -> dict[int, list[float]]:
    """Out-of-fold probabilities of every candidate, for each epoch count of `EPOCH_SNAPSHOTS`."""
    oof = {n: [0.0] * len(pool.cands) for n in EPOCH_SNAPSHOTS}
    for k in range(FOLDS):
        held = [i for i, f in enumerate(pool.fold) if f == k]
        train = [c for c, f in zip(pool.cands, pool.fold, strict=True) if f != k] + pool.extra
        held_cands = [pool.cands[i] for i in held]

        def snapshot(epoch: int, nlp: Language, rows: list[int] = held, texts: list[Candidate] = held_cands) -> None:
            if epoch in oof:
                for i, p in zip(rows, judge_probs(nlp, texts), strict=True):
                    oof[epoch][i] = p

        data = [(tokenized(c.text), c.label) for c in train]
        train_textcat(data, settings, seed=seed, epochs=max(EPOCH_SNAPSHOTS), on_epoch=snapshot)
    return oof


def summary(pool: Pool, probs: list[float]) -> dict[str, Any]:
    """Pooled and per-fold F1 of out-of-fold `probs`; each fold at the threshold best on the others."""
    labels = [c.label for c in pool.cands]
    pooled = curve(probs, labels, sum(pool.required))
    per_fold = []
    for k in range(FOLDS):
        rest = [i for i, f in enumerate(pool.fold) if f != k]
        mine = [i for i, f in enumerate(pool.fold) if f == k]
        chosen = best(curve([probs[i] for i in rest], [labels[i] for i in rest], sum(pool.required) - pool.required[k]))
        per_fold.append(f1_at([probs[i] for i in mine], [labels[i] for i in mine], pool.required[k], chosen))
    dev = [i for i, is_dev in enumerate(pool.dev) if is_dev]
    dev_curve = curve([probs[i] for i in dev], [labels[i] for i in dev], pool.dev_required)
    return {
        "pooled_best_threshold": best(pooled),
        "pooled_f1_best": round(pooled[best(pooled)], 4),
        "pooled_f1_at_0.14": round(pooled[0.14], 4),
        "fold_f1": [round(x, 4) for x in per_fold],
        "fold_f1_mean": round(statistics.mean(per_fold), 4),
        "fold_f1_sd": round(statistics.stdev(per_fold), 4),
        "dev_f1_at_0.14": round(dev_curve[0.14], 4),
        "dev_f1_best": round(dev_curve[best(dev_curve)], 4),
        "pooled_curve": {str(th): round(f, 4) for th, f in pooled.items()},
    }


def paired(a: list[float], b: list[float]) -> dict[str, float]:
    """Mean and standard error of the fold-by-fold difference a − b."""
    diff = [x - y for x, y in zip(a, b, strict=True)]
    return {"mean": round(statistics.mean(diff), 4), "se": round(statistics.stdev(diff) / len(diff) ** 0.5, 4)}


def shipped_on_dev(pool: Pool) -> dict[str, Any]:
    path = judge_path()
    if path is None:
        return {}
    nlp = load_judge(str(path))
    dev = [c for c, is_dev in zip(pool.cands, pool.dev, strict=True) if is_dev]
    scores = curve(judge_probs(nlp, dev), [c.label for c in dev], pool.dev_required)
    return {
        "threshold": threshold_of(nlp),
        "dev_f1_at_threshold": round(scores[round(threshold_of(nlp), 2)], 4),
        "dev_f1_best": round(scores[best(scores)], 4),
        "dev_best_threshold": best(scores),
    }


def run(args: argparse.Namespace) -> int:
    cache: Path | None = args.cv_cache
    if cache is not None and cache.is_file():
        pool = pickle.loads(cache.read_bytes())
    else:
        pool = build_pool(args)
        if cache is not None:
            cache.write_bytes(pickle.dumps(pool))
    names = args.cv_settings or list(GRID)
    out: dict[str, Any] = json.loads(args.cv_out.read_text()) if args.cv_out.is_file() else {}
    out["folds"] = FOLDS
    out["fold_seed"] = SEED
    out["candidates"] = len(pool.cands)
    out["positive"] = sum(c.label for c in pool.cands)
    out["required_per_fold"] = pool.required
    out["training_only_candidates"] = len(pool.extra)
    out["shipped_judge_on_dev"] = shipped_on_dev(pool)
    results = out.setdefault("settings", {})
    for name in names:
        # the folds stay those of `SEED`; another training seed is named in the key
        key = name if args.seed == SEED else f"{name}@{args.seed}"
        oof = cross_validate(pool, GRID[name], args.seed)
        for epochs, probs in oof.items():
            results[f"{key}/e{epochs}"] = summary(pool, probs)
        args.cv_out.write_text(json.dumps(out, indent=1) + "\n")
        print(key, {k: v["fold_f1_mean"] for k, v in results.items() if k.startswith(key + "/")}, flush=True)
    reference = results.get(f"shipped/e{max(EPOCH_SNAPSHOTS)}")
    if reference is not None:
        out["against_shipped_settings"] = {
            key: paired(value["fold_f1"], reference["fold_f1"]) for key, value in results.items()
        }
    args.cv_out.write_text(json.dumps(out, indent=1) + "\n")
    return 0
