"""Training the event judge on the corpus: ``python -m peristiwa.training events``.

1. The rules (the pipeline without the judge) run over the corpus's train and dev splits.
2. Each candidate event is labelled by the scorer's own matching against the gold: matched to a
   required event → EVENT, matched to an optional one → left out, unmatched → OTHER.
3. A spaCy `textcat` (bag of words and pairs) learns the labels from the train split.
4. The threshold that gives the best event F1 on the dev split is stored with the model.
Everything is seeded; the same data gives the same model.
"""

from __future__ import annotations

import argparse
import json
import random
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from ..corpus import CorpusDoc, load
from ..corpus.splits import read_splits
from ..document import event_json
from ..errors import OptionError
from ..evaluate import match_document
from ..ingest import parse_reference_time
from ..learned.features import candidate_text, headline
from ..learned.judge import LABEL, OTHER
from ..pipeline import build_pipeline
from ..spans import Event
from ..tokens import tokenized
from .textcat import Settings, bag_of_words, save, train_textcat

REPO = Path(__file__).resolve().parents[3]
SEED = 20261203
EPOCHS = 12
BATCH = 32
DROPOUT = 0.2
TEXTCAT_MODEL = bag_of_words(262144)
SETTINGS = Settings(LABEL, OTHER, TEXTCAT_MODEL, BATCH, DROPOUT)
DATA = (
    "peristiwa corpus (corpus/ of the repository): annotations of Kompas.com 2025 articles, "
    "Leipzig Corpora Collection ind_news_2008 sentences and Indonesian Wikipedia passages (indocoref, "
    "CC BY-SA 4.0); the texts themselves are not included"
)


#: a type the judge saw fewer true candidates of than this is left to the rules (0: the judge
#: decides every type; leaving types with fewer than 20 to the rules lowered dev-split F1 from
#: 0.486 to 0.429)
MIN_TYPE_EXAMPLES = 0


@dataclass(slots=True)
class Candidate:
    doc_id: str
    text: str
    label: int  # 1 EVENT, 0 OTHER
    event_type: str = ""


@dataclass(slots=True)
class SplitData:
    candidates: list[Candidate]
    required: int  # required gold events of the split (for recall)


def run_rules(nlp: Language, d: CorpusDoc, disable: list[str]) -> tuple[Doc, list[Event]]:
    """`d` run through the pipeline `nlp` with the stages `disable` switched off (those after what
    a trainer learns from), and its events, negated ones left out."""
    doc = nlp.make_doc(d.text)
    doc._.doc_id = d.doc_id
    doc._.reference_time = parse_reference_time(d.reference_time)
    with nlp.select_pipes(disable=[name for name in disable if name in nlp.pipe_names]):
        doc = nlp(doc)
    return doc, [e for e in doc._.events if not e.negated]


def gold_set(value: Any) -> set[str]:
    """A gold field that is one code or a list of them (countries, sectors), as a set."""
    items = value if isinstance(value, list) else [value]
    return {str(v) for v in items if v}


def add_tuning_gold(args: argparse.Namespace, train: list[CorpusDoc]) -> list[Path]:
    """Adds the project's tuning gold sets (`--extra-gold`, by default ../shared/gold/dev and
    tests/data/gold_extra, never the held-out gold_blind) to `train`; returns their folders."""
    extra: list[Path] = args.extra_gold or [args.shared / "gold/dev", REPO / "tests/data/gold_extra"]
    for folder in extra:
        train += gold_folder(folder)
    return extra


def required_events(d: CorpusDoc) -> int:
    """The required (not optional) gold events of `d`: what a candidate's recall is counted against."""
    return sum(1 for g in d.gold["events"] if not g.get("optional"))


def labelled_events(nlp: Language, d: CorpusDoc) -> Iterator[tuple[Event, int, list[Event]]]:
    """The rules' candidate events of `d` as the judge sees them (before parties are added), each with
    its label by the scorer's matching (1: a required gold event, 0: none; a candidate matched to an
    optional gold event is left out) and the candidates before it in the document."""
    _, events = run_rules(nlp, d, ["parties", "unnamed"])  # the judge decides before parties are added
    gold_to_pred = match_document(d.text, d.gold, [event_json(e) for e in events])
    pred_to_gold = {i: j for j, i in gold_to_pred.items()}
    for i, event in enumerate(events):
        j = pred_to_gold.get(i)
        if j is not None and d.gold["events"][j].get("optional"):
            continue
        yield event, int(j is not None), events[:i]


def candidates(docs: list[CorpusDoc]) -> SplitData:
    """The rules' candidate events of `docs`, labelled against their gold."""
    nlp = build_pipeline(use_judge=False)
    out: list[Candidate] = []
    for d in docs:
        title = headline(d.text)
        for event, label, earlier in labelled_events(nlp, d):
            out.append(Candidate(d.doc_id, candidate_text(event, d.text, title, earlier), label, event.event_type))
    return SplitData(out, sum(required_events(d) for d in docs))


def train_judge(train: list[Candidate], *, seed: int = SEED, epochs: int = EPOCHS) -> tuple[Language, list[float]]:
    """A textcat trained on `train`; returns it and the loss of each epoch."""
    return train_textcat([(tokenized(c.text), c.label) for c in train], SETTINGS, seed=seed, epochs=epochs)


def judged_types(train: list[Candidate], minimum: int = MIN_TYPE_EXAMPLES) -> list[str]:
    """The types with at least `minimum` true candidates in `train`: the judge decides those."""
    counts: dict[str, int] = {}
    for c in train:
        counts[c.event_type] = counts.get(c.event_type, 0) + c.label
    return sorted(t for t, n in counts.items() if n >= minimum)


def candidate_scores(
    probs: Sequence[float], labels: Sequence[int], required: int, threshold: float
) -> tuple[float, float, float]:
    """Precision, recall and F1 of keeping the candidates of probability ≥ `threshold`, recall
    counted against the `required` gold events (those no candidate found are missed too)."""
    tp = sum(1 for p, y in zip(probs, labels, strict=True) if p >= threshold and y)
    kept = sum(1 for p in probs if p >= threshold)
    prec = tp / kept if kept else 0.0
    rec = tp / required if required else 0.0
    return prec, rec, (2 * tp / (kept + required) if kept + required else 0.0)


def best_threshold(
    nlp: Language, dev: SplitData, types: list[str] | None = None, fixed: float | None = None
) -> tuple[float, dict[str, float]]:
    """The threshold with the best event F1 on `dev` (or the `fixed` one), and the scores it
    gives; candidates of types outside `types` are kept whatever the judge says."""
    probs = [
        d.cats[LABEL] if types is None or c.event_type in types else 1.0
        for c, d in zip(dev.candidates, nlp.pipe(tokenized(c.text) for c in dev.candidates), strict=True)
    ]
    labels = [c.label for c in dev.candidates]
    best = (0.0, {"f1": -1.0})
    for th in [fixed] if fixed is not None else [step / 100 for step in range(0, 100, 2)]:
        prec, rec, f1 = candidate_scores(probs, labels, dev.required, th)
        if f1 > best[1]["f1"] + 1e-9:
            best = (th, {"precision": round(prec, 3), "recall": round(rec, 3), "f1": round(f1, 3)})
    return best


def split_docs(shared: Path, annotations: Path, fraction: float = 1.0, seed: int = SEED) -> dict[str, list[CorpusDoc]]:
    docs = load(shared, annotations)
    split_of = read_splits(annotations / "splits.json")
    out: dict[str, list[CorpusDoc]] = {"train": [], "dev": [], "test": []}
    for d in docs:
        if d.doc_id in split_of:
            out[split_of[d.doc_id]].append(d)
    if fraction < 1.0:
        rng = random.Random(seed)
        train = sorted(out["train"], key=lambda d: d.doc_id)
        out["train"] = rng.sample(train, max(1, int(len(train) * fraction)))
    return out


def gold_folder(folder: Path) -> list[CorpusDoc]:
    """The gold files of a scorer folder as corpus documents (source "gold")."""
    docs = []
    for path in sorted(folder.glob("*.gold.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        text = (folder / gold["doc"]).read_text(encoding="utf-8")
        docs.append(CorpusDoc("gold", path.name.removesuffix(".gold.json"), text, gold.get("reference_time"), gold))
    return docs


def corpus_parser(command: str, description: str | None, output: str) -> argparse.ArgumentParser:
    """The options of a ``python -m peristiwa.training COMMAND`` that trains on the corpus
    (`output`: the package folder the model is written to)."""
    parser = argparse.ArgumentParser(prog=f"python -m peristiwa.training {command}", description=description)
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    parser.add_argument("--annotations", type=Path, default=REPO / "corpus")
    parser.add_argument("--output", type=Path, default=REPO / "src/peristiwa" / output)
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument(
        "--extra-gold",
        type=Path,
        action="append",
        help="a folder of NAME.txt + NAME.gold.json added to the train split (repeatable); by default the "
        "project's tuning sets, ../shared/gold/dev and tests/data/gold_extra, never the held-out gold_blind",
    )
    return parser


def fraction_parser(command: str, description: str | None, output: str) -> argparse.ArgumentParser:
    """`corpus_parser` with ``--fraction`` (for the learning curve)."""
    parser = corpus_parser(command, description, output)
    parser.add_argument("--fraction", type=float, default=1.0, help="share of the train split's documents")
    return parser


def tuning_splits(args: argparse.Namespace) -> tuple[dict[str, list[CorpusDoc]], list[Path]]:
    """The corpus splits (`--fraction` of the train split), the tuning gold sets added to the
    train split, and those sets' folders."""
    splits = split_docs(args.shared, args.annotations, args.fraction, args.seed)
    return splits, add_tuning_gold(args, splits["train"])


def main(argv: list[str] | None = None) -> int:
    parser = fraction_parser("events", __doc__, "judge")
    parser.add_argument("--min-type-examples", type=int, default=MIN_TYPE_EXAMPLES)
    parser.add_argument("--cv", action="store_true", help="cross-validate the judge's settings instead of training it")
    parser.add_argument("--cv-out", type=Path, default=REPO / "benchmarks/results/judge_cv.json")
    parser.add_argument("--cv-cache", type=Path, help="a pickle of the candidates (made if missing)")
    parser.add_argument("--cv-settings", nargs="*", help="the grid's settings to run (default all)")
    parser.add_argument("--epochs", type=int, default=EPOCHS)
    parser.add_argument("--threshold", type=float, help="the threshold to store (default: the best on dev)")
    parser.add_argument(
        "--with-dev", action="store_true", help="train on the dev split too (with --threshold; dev scores then fit)"
    )
    args = parser.parse_args(argv)
    if args.cv:
        from .judge_cv import run

        return run(args)
    if args.with_dev and args.threshold is None:
        raise OptionError("--with-dev", True, "a judge trained on dev takes its threshold from --threshold")
    splits, extra = tuning_splits(args)
    train = candidates(splits["train"] + (splits["dev"] if args.with_dev else []))
    dev = candidates(splits["dev"])
    nlp, losses = train_judge(train.candidates, seed=args.seed, epochs=args.epochs)
    types = judged_types(train.candidates, args.min_type_examples)
    threshold, dev_scores = best_threshold(nlp, dev, types, args.threshold)
    positives = sum(c.label for c in train.candidates)
    info: dict[str, Any] = {
        "threshold": threshold,
        "judged_types": types,
        "seed": args.seed,
        "train_fraction": args.fraction,
        "extra_gold": [str(p.name) for p in extra],
        "train_documents": len(splits["train"]) + (len(splits["dev"]) if args.with_dev else 0),
        "with_dev": args.with_dev,
        "train_candidates": len(train.candidates),
        "train_positive": positives,
        "dev_candidates_scores_at_threshold": dev_scores,
        "losses": [round(x, 3) for x in losses],
        "data": DATA,
    }
    save(nlp, "peristiwa_judge", info, args.output)
    return 0
