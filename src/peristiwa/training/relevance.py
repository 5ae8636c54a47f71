"""Training the document relevance classifier on the corpus: ``python -m peristiwa.training relevance``.

1. Each document of the train split (a text of at least `MIN_CHARS` characters: the Kompas
   articles, the Wikipedia passages and the gold sets, not the Leipzig sentences) is labelled
   relevant when its gold holds a required event.
2. A spaCy `textcat` (bag of words) learns the labels from each text
   (`learned.relevance.document_doc`).
3. On the dev split, the rules' candidate events that the shipped judge keeps are labelled
   against the gold (as for the judge); the policy (`learned.relevance.Policy`) that gives the
   best event F1 there is stored with the model, with the scores it gives.
Everything is seeded; the same data gives the same model.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from spacy.language import Language

from ..corpus import CorpusDoc
from ..learned.judge import LABEL as JUDGE_LABEL
from ..learned.judge import judge_path, judged_types, load_judge, threshold_of
from ..learned.relevance import CHARS, LABEL, MIN_CHARS, OTHER, Policy, document_doc
from ..tokens import tokenized
from .events import SEED, SplitData, add_tuning_gold, candidates, corpus_parser, split_docs
from .textcat import Settings, bag_of_words, save, train_textcat

#: few epochs: the loss is near 0 after 3, and more ranked the dev documents worse
EPOCHS = 2
BATCH = 16
DROPOUT = 0.2
TEXTCAT_MODEL = bag_of_words(262144, ngram_size=1)
SETTINGS = Settings(LABEL, OTHER, TEXTCAT_MODEL, BATCH, DROPOUT)


@dataclass(slots=True)
class Text:
    doc_id: str
    source: str
    text: str
    label: int  # 1: the gold holds a required event


def texts(docs: list[CorpusDoc], min_chars: int = MIN_CHARS) -> list[Text]:
    """The documents of `docs` (`min_chars` or longer), labelled by whether their gold holds a
    required event."""
    out = []
    for d in docs:
        if len(d.text) >= min_chars:
            relevant = any(not e.get("optional") for e in d.gold["events"])
            out.append(Text(d.doc_id, d.source, d.text, int(relevant)))
    return out


def train_relevance(
    train: list[Text], *, chars: int = CHARS, seed: int = SEED, epochs: int = EPOCHS
) -> tuple[Language, list[float]]:
    """A textcat trained on `train` (each text's first `chars` characters, 0: all); returns it
    and the loss of each epoch."""
    data = [(document_doc(tokenized(t.text), chars), t.label) for t in train]
    return train_textcat(data, SETTINGS, seed=seed, epochs=epochs)


def relevance_of(nlp: Language, data: list[Text], chars: int) -> dict[str, float]:
    """Each text's probability of being relevant, by document id."""
    docs = nlp.pipe(document_doc(tokenized(t.text), chars) for t in data)
    return {t.doc_id: float(d.cats[LABEL]) for t, d in zip(data, docs, strict=True)}


def judge_threshold() -> float:
    path = judge_path()
    return threshold_of(load_judge(str(path))) if path is not None else 0.0


def judged(dev: SplitData) -> list[tuple[str, int, float]]:
    """(document, label, judge probability) of each dev candidate the shipped judge keeps."""
    path = judge_path()
    if path is None:
        return [(c.doc_id, c.label, 1.0) for c in dev.candidates]
    judge = load_judge(str(path))
    types = judged_types(judge)
    threshold = judge_threshold()
    out = []
    for c, d in zip(dev.candidates, judge.pipe(tokenized(c.text) for c in dev.candidates), strict=True):
        p = float(d.cats[JUDGE_LABEL]) if types is None or c.event_type in types else 1.0
        if p >= threshold:
            out.append((c.doc_id, c.label, p))
    return out


@dataclass(slots=True)
class Scored:
    """The dev split's judged candidates as (relevance of their document, label, judge
    probability, whether their document's gold holds no required event)."""

    candidates: list[tuple[float, int, float, bool]]
    required: int
    quiet_documents: int

    def scores(self, policy: Policy) -> dict[str, float]:
        """Event P/R/F1 and events per text without gold events when `policy` decides."""
        kept = [(y, q) for r, y, p, q in self.candidates if policy.keeps(r, p)]
        tp = sum(y for y, _ in kept)
        prec = tp / len(kept) if kept else 0.0
        rec = tp / self.required if self.required else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        quiet = sum(1 for _, q in kept if q) / self.quiet_documents if self.quiet_documents else 0.0
        out = {"precision": prec, "recall": rec, "f1": f1, "events_per_text_without_events": quiet}
        return {k: round(v, 3) for k, v in out.items()}


def scored(dev: SplitData, relevance: dict[str, float], quiet: set[str]) -> Scored:
    """`dev`'s judged candidates with the relevance of their text (1: a text not judged);
    `quiet`: the texts whose gold holds no required event."""
    items = [(relevance.get(doc, 1.0), label, p, doc in quiet) for doc, label, p in judged(dev)]
    return Scored(items, dev.required, len(quiet))


#: the combined policy (a stricter judge in doubtful documents) is taken only when it gains at
#: least this much dev event F1 over dropping the events of irrelevant documents alone
MIN_GAIN = 0.005
#: a document's events are dropped only when it is more likely irrelevant than relevant
_STEPS = [i / 50 for i in range(25)]


#: policies within this dev event F1 of the best (about one event of the dev split) are ties, and
#: a tie goes to the strictest: an event in a document that reports none (a football match's
#: "menyerang") costs an analyst more than the F1 shows, and the dev split is too small to tell
#: such policies apart
TIE = 0.005


def _best(data: Scored, policies: list[Policy], start: Policy, tie: float | None = None) -> tuple[Policy, float]:
    """The policy of the best dev F1 among `start` and `policies` (ordered mildest first): the
    mildest of the best, or with `tie` the strictest within `tie` of the best."""
    ordered = [start, *policies]
    f1s = [data.scores(p)["f1"] for p in ordered]
    top = max(f1s)
    near = [i for i, f1 in enumerate(f1s) if f1 >= top - (tie or 0.0) - 1e-9]
    i = near[-1] if tie is not None else near[0]
    return ordered[i], f1s[i]


def best_policy(data: Scored, judge_threshold: float = 0.0) -> dict[str, Any]:
    """The policy with the best dev event F1 (the strictest on ties, `TIE`), the scores without and with
    it, and the best of each kind: dropping whole documents, and that plus a stricter judge."""
    drop, drop_f1 = _best(data, [Policy(drop_below=t) for t in _STEPS], Policy(), TIE)
    strict = [
        Policy(drop.drop_below, below / 10, confidence / 50)
        for below in range(1, 11)
        if below / 10 > drop.drop_below
        for confidence in range(50)
        if confidence / 50 > judge_threshold
    ]
    combined, combined_f1 = _best(data, strict, drop)
    policy = combined if combined_f1 >= drop_f1 + MIN_GAIN else drop
    return {
        "policy": asdict(policy),
        "before": data.scores(Policy()),
        "after": data.scores(policy),
        "drop_only": {"policy": asdict(drop), "scores": data.scores(drop)},
        "combined": {"policy": asdict(combined), "scores": data.scores(combined)},
    }


def ranking_quality(relevance: dict[str, float], labels: dict[str, int]) -> dict[str, float]:
    """How well the probabilities rank documents: ROC AUC, and accuracy at 0.5."""
    pos = [relevance[k] for k, y in labels.items() if y]
    neg = [relevance[k] for k, y in labels.items() if not y]
    pairs = sum(1.0 if p > n else 0.5 if p == n else 0.0 for p in pos for n in neg)
    auc = pairs / (len(pos) * len(neg)) if pos and neg else 0.0
    right = sum(1 for k, y in labels.items() if (relevance[k] >= 0.5) == bool(y))
    accuracy = right / len(labels) if labels else 0.0
    return {"documents": len(labels), "relevant": len(pos), "auc": round(auc, 3), "accuracy": round(accuracy, 3)}


def main(argv: list[str] | None = None) -> int:
    parser = corpus_parser("relevance", __doc__, "relevance")
    parser.add_argument("--chars", type=int, default=CHARS, help="characters of each text read (0: all)")
    parser.add_argument("--min-chars", type=int, default=MIN_CHARS, help="shorter texts are not judged")
    args = parser.parse_args(argv)
    splits = split_docs(args.shared, args.annotations, seed=args.seed)
    extra = add_tuning_gold(args, splits["train"])
    train, dev_texts = texts(splits["train"], args.min_chars), texts(splits["dev"], args.min_chars)
    nlp, losses = train_relevance(train, chars=args.chars, seed=args.seed)
    relevance = relevance_of(nlp, dev_texts, args.chars)
    quiet = {d.doc_id for d in splits["dev"] if not any(not e.get("optional") for e in d.gold["events"])}
    choice = best_policy(scored(candidates(splits["dev"]), relevance, quiet), judge_threshold())
    info: dict[str, Any] = {
        "chars": args.chars,
        "min_chars": args.min_chars,
        "policy": choice.pop("policy"),
        "seed": args.seed,
        "extra_gold": [str(p.name) for p in extra],
        "train_documents": len(train),
        "train_relevant": sum(t.label for t in train),
        "dev_documents": ranking_quality(relevance, {t.doc_id: t.label for t in dev_texts}),
        "dev_candidates": choice,
        "losses": [round(x, 3) for x in losses],
        "data": "peristiwa corpus (corpus/ of the repository): annotations of Kompas.com 2025 articles and "
        "Indonesian Wikipedia passages (indocoref, CC BY-SA 4.0); the texts themselves are not included",
    }
    save(nlp, "peristiwa_relevance", info, args.output)
    return 0
