"""Training the party filler on the corpus: ``python -m peristiwa.training parties``.

1. The pipeline runs over the train split (plus the project's tuning gold sets) without the judge,
   the relevance stage, the filler and the unnamed parties, so every candidate event the rules
   find is seen.
2. For each event matched to a required gold event and each role the rules left empty, every
   candidate entity (`learned.parties.choices`) is labelled PARTY when its country is the gold
   party's country, else OTHER (also when the gold names no such party).
   Roles the rules filled are learned from too, as if empty (their parties among the candidates).
3. A spaCy `textcat` (bag of features and feature pairs) learns the labels.
4. For each role, the threshold with the most right fills minus wrong fills of the empty roles,
   by 5-fold cross-validation over the train split's documents, is stored with the model (a fill
   is wrong when the gold names another country or no party). The dev split is only reported.
Everything is seeded; the same data gives the same model.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from spacy.language import Language
from spacy.vocab import Vocab

from ..corpus import CorpusDoc
from ..document import event_json
from ..evaluate import match_document
from ..learned.parties import DEFAULT_THRESHOLD, LABEL, OTHER, ROLES, Choice, Context, choices, feature_doc
from ..pipeline import build_pipeline
from ..pipeline.base import doc_list, doc_tokens
from .events import DATA, SEED, add_tuning_gold, corpus_parser, gold_set, run_rules, split_docs
from .textcat import Settings, bag_of_words, save, train_textcat

EPOCHS = 10
FOLDS = 5
BATCH = 32
DROPOUT = 0.2
TEXTCAT_MODEL = bag_of_words(65536)
SETTINGS = Settings(LABEL, OTHER, TEXTCAT_MODEL, BATCH, DROPOUT)
# the stages after the rules: their decisions are not what the filler learns from
LATER_STAGES = ("judge", "relevance", "parties", "unnamed", "coreference")


@dataclass(slots=True)
class Labelled:
    """A candidate party, whether the gold agrees, and which event-role it is a candidate for."""

    choice: Choice
    label: int  # 1 PARTY, 0 OTHER
    slot: tuple[str, int, str]  # (document, event index, role)
    refilled: bool = False  # a role the rules filled, learned from as if empty (never scored)


def labelled(docs: list[CorpusDoc], *, refill: bool = False) -> list[Labelled]:
    """The candidate parties of the empty roles of `docs`' matched events, labelled by the gold
    (with `refill`, of the roles the rules filled too, as if they were empty)."""
    nlp = build_pipeline(use_judge=False)
    out: list[Labelled] = []
    for d in docs:
        doc, events = run_rules(nlp, d, list(LATER_STAGES))
        gold_to_pred = match_document(d.text, d.gold, [event_json(e) for e in events])
        ctx = Context(doc_tokens(doc), doc_list(doc, "segments"), doc_list(doc, "entities"))
        for j, i in gold_to_pred.items():
            gold = d.gold["events"][j]
            if gold.get("optional"):
                continue
            for role in ROLES:
                filled = bool(getattr(events[i], role))
                if filled and not refill:
                    continue
                wanted = gold_set((gold.get(role) or {}).get("country"))
                out += [
                    Labelled(choice, int(choice.entity.country in wanted), (d.doc_id, i, role), filled)
                    for choice in choices(ctx, events[i], role, refill=refill)
                ]
    return out


def train_filler(train: list[Labelled], *, seed: int = SEED, epochs: int = EPOCHS) -> tuple[Language, list[float]]:
    """A textcat trained on `train`; returns it and the loss of each epoch."""
    vocab = Vocab()
    return train_textcat([(feature_doc(vocab, x.choice), x.label) for x in train], SETTINGS, seed=seed, epochs=epochs)


def predict(nlp: Language, data: list[Labelled]) -> list[float]:
    return [float(d.cats.get(LABEL, 0.0)) for d in nlp.pipe(feature_doc(nlp.vocab, x.choice) for x in data)]


def fills(data: list[Labelled], probs: list[float], role: str, threshold: float) -> dict[str, int]:
    """The right and wrong fills of `role` at `threshold`: each empty role takes its best candidate."""
    top: dict[tuple[str, int, str], tuple[float, Labelled]] = {}
    for x, p in zip(data, probs, strict=True):
        if x.slot[2] == role and not x.refilled and (x.slot not in top or p > top[x.slot][0]):
            top[x.slot] = (p, x)
    right = sum(1 for p, x in top.values() if p >= threshold and x.label)
    wrong = sum(1 for p, x in top.values() if p >= threshold and not x.label)
    return {"right": right, "wrong": wrong}


def best_thresholds(data: list[Labelled], probs: list[float]) -> dict[str, float]:
    """For each role, the threshold with the most right fills minus wrong fills (none above
    0: never fill)."""
    out: dict[str, float] = {}
    for role in ROLES:
        best = (0, DEFAULT_THRESHOLD)
        for step in range(30, 100, 5):
            f = fills(data, probs, role, step / 100)
            if f["right"] - f["wrong"] > best[0]:
                best = (f["right"] - f["wrong"], step / 100)
        out[role] = best[1]
    return out


def cross_validated(train: list[Labelled], *, seed: int, folds: int = FOLDS) -> tuple[list[Labelled], list[float]]:
    """Out-of-fold probabilities of the empty roles of `train`, in folds by document."""
    fold = {doc: k % folds for k, doc in enumerate(sorted({x.slot[0] for x in train}))}
    held: list[Labelled] = []
    probs: list[float] = []
    for k in range(folds):
        nlp, _ = train_filler([x for x in train if fold[x.slot[0]] != k], seed=seed)
        part = [x for x in train if fold[x.slot[0]] == k and not x.refilled]
        held += part
        probs += predict(nlp, part)
    return held, probs


def main(argv: list[str] | None = None) -> int:
    parser = corpus_parser("parties", __doc__, "parties")
    args = parser.parse_args(argv)
    splits = split_docs(args.shared, args.annotations, 1.0, args.seed)
    extra = add_tuning_gold(args, splits["train"])
    train, dev = labelled(splits["train"], refill=True), labelled(splits["dev"])
    held, held_probs = cross_validated(train, seed=args.seed)
    thresholds = best_thresholds(held, held_probs)
    nlp, losses = train_filler(train, seed=args.seed)
    dev_probs = predict(nlp, dev)
    dev_fills = {role: fills(dev, dev_probs, role, thresholds[role]) for role in ROLES}
    cv_fills = {role: fills(held, held_probs, role, thresholds[role]) for role in ROLES}
    info: dict[str, Any] = {
        "thresholds": thresholds,
        "train_cross_validated_fills_at_threshold": cv_fills,
        "dev_fills_at_threshold": dev_fills,
        "seed": args.seed,
        "extra_gold": [str(p.name) for p in extra],
        "train_documents": len(splits["train"]),
        "train_candidates": len(train),
        "train_positive": sum(x.label for x in train),
        "losses": [round(x, 3) for x in losses],
        "data": DATA,
    }
    save(nlp, "peristiwa_parties", info, args.output)
    return 0
