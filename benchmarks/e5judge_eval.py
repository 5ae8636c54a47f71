"""Compare an e5-embedding logistic regression with the bag-of-words judge on the judge's candidates
(rows of benchmarks/e5judge_collect.py, embeddings of benchmarks/e5judge_embed.py):

    PYTHONPATH=src python benchmarks/e5judge_eval.py DIR OUT.json

Candidate F1 counts recall against the documents' required gold events (as `best_threshold`),
at each model's best threshold (0.00-0.99 by 0.01); AP is the average precision of the ranking.
Dev: trained on the train split and the tuning gold sets, scored on the dev split. CV: five folds
by document over train+dev (the tuning gold sets in every training part), each model retrained
per fold; the stack is a regression on [e5, type, the bag of words' out-of-fold logit].
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np

from peristiwa.learned.judge import LABEL
from peristiwa.tokens import tokenized
from peristiwa.training.events import EPOCHS, SEED, SETTINGS
from peristiwa.training.judge_cv import folds_of
from peristiwa.training.textcat import train_textcat

FOLDS = 5
LAMBDAS = (0.01, 0.03, 0.1, 0.3, 1.0, 3.0)


def fit_lr(x: np.ndarray, y: np.ndarray, lam: float, iters: int = 30) -> np.ndarray:
    """L2-penalised logistic regression by Newton's method (the bias, last column, unpenalised)."""
    xb = np.hstack([x, np.ones((len(x), 1))])
    w = np.zeros(xb.shape[1])
    pen = np.full(xb.shape[1], lam)
    pen[-1] = 0.0
    for _ in range(iters):
        p = 1 / (1 + np.exp(-(xb @ w)))
        grad = xb.T @ (p - y) + pen * w
        hess = (xb * (p * (1 - p))[:, None]).T @ xb + np.diag(pen + 1e-9)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-6:
            break
    return w


def predict_lr(w: np.ndarray, x: np.ndarray) -> np.ndarray:
    return 1 / (1 + np.exp(-(np.hstack([x, np.ones((len(x), 1))]) @ w)))


def ap(p: np.ndarray, y: np.ndarray) -> float:
    order = np.argsort(-p, kind="stable")
    ys = y[order]
    hits = np.cumsum(ys)
    prec = hits / np.arange(1, len(ys) + 1)
    return float((prec * ys).sum() / max(ys.sum(), 1))


def best_f1(p: np.ndarray, y: np.ndarray, required: int) -> tuple[float, float]:
    best = (-1.0, 0.0)
    for step in range(100):
        th = step / 100
        keep = p >= th
        tp = int((keep & (y == 1)).sum())
        fp = int((keep & (y == 0)).sum())
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / required if required else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        if f1 > best[0] + 1e-9:
            best = (f1, th)
    return best


def cv_folds(required: dict[tuple[str, str], int], docs: list[str]) -> tuple[np.ndarray, list[int]]:
    """The fold of each candidate row (its document "split/doc_id" in `docs`; -1, always trained on, for
    the tuning gold sets' rows) and the required gold events of each fold: five folds by document over
    train+dev, dealt as the judge's cross-validation deals them (`judge_cv.folds_of`)."""
    fold_of = folds_of([f"{s}/{d}" for (s, d) in required if s != "extra"], FOLDS, SEED)
    per_fold = [0] * FOLDS
    for (s, d), n in required.items():
        if s != "extra":
            per_fold[fold_of[f"{s}/{d}"]] += n
    return np.array([fold_of.get(d, -1) for d in docs]), per_fold


def choose_lambda(x: np.ndarray, y: np.ndarray, docs: list[str], required: dict[str, int]) -> float:
    """The penalty with the best mean AP over three folds by document of the training part."""
    fold = folds_of(docs, 3, SEED + 1)
    f = np.array([fold[d] for d in docs])
    scores = {}
    for lam in LAMBDAS:
        aps = []
        for k in range(3):
            w = fit_lr(x[f != k], y[f != k], lam)
            aps.append(ap(predict_lr(w, x[f == k]), y[f == k]))
        scores[lam] = float(np.mean(aps))
    return max(scores, key=lambda lam: scores[lam])


def bow_probs(train_texts: list[str], train_y: np.ndarray, test_texts: list[str]) -> np.ndarray:
    nlp, _ = train_textcat(
        [(tokenized(t), int(v)) for t, v in zip(train_texts, train_y, strict=True)], SETTINGS, seed=SEED, epochs=EPOCHS
    )
    return np.array([d.cats[LABEL] for d in nlp.pipe(tokenized(t) for t in test_texts)])


def logit(p: np.ndarray) -> np.ndarray:
    q = np.clip(p, 1e-4, 1 - 1e-4)
    return np.log(q / (1 - q))[:, None]


def main(folder: str, out: str, *_: str) -> int:
    base = Path(folder)
    lines = [json.loads(line) for line in (base / "cands.jsonl").open(encoding="utf-8")]
    required = {(r["split"], r["doc_id"]): r["required"] for r in lines if r.get("doc")}
    rows = [r for r in lines if not r.get("doc")]
    y = np.array([r["label"] for r in rows], dtype=float)
    split = np.array([r["split"] for r in rows])
    docs = [f"{r['split']}/{r['doc_id']}" for r in rows]
    types = sorted({r["type"] for r in rows})
    onehot = np.array([[float(r["type"] == t) for t in types] for r in rows])
    texts = [r["text"] for r in rows]
    shipped = np.array([r["prob"] for r in rows])
    only = set(sys.argv[3:])
    variants = {p.stem.removeprefix("emb_"): np.load(p) for p in sorted(base.glob("emb_*.npy"))}
    feats = {name: np.hstack([e, onehot]) for name, e in variants.items()}
    if "sentence" in variants and "window" in variants:
        feats["sentence+window"] = np.hstack([variants["sentence"], variants["window"], onehot])
    if only:
        feats = {n: x for n, x in feats.items() if n in only}
    result: dict[str, dict] = {"dev": {}, "cv": {}}

    # dev: train on train + tuning gold, score dev
    tr, dv = split != "dev", split == "dev"
    dev_required = sum(n for (s, _), n in required.items() if s == "dev")
    f, th = best_f1(shipped[dv], y[dv], dev_required)
    result["dev"]["shipped_bow"] = {"f1": f, "th": th, "ap": ap(shipped[dv], y[dv])}
    cache = base / "bow.npz"
    cached = np.load(cache) if cache.exists() else None
    bow_dev = (
        cached["dev"]
        if cached is not None
        else bow_probs(
            [t for t, m in zip(texts, tr, strict=True) if m], y[tr], [t for t, m in zip(texts, dv, strict=True) if m]
        )
    )
    f, th = best_f1(bow_dev, y[dv], dev_required)
    result["dev"]["retrained_bow"] = {"f1": f, "th": th, "ap": ap(bow_dev, y[dv])}
    trdocs = [d for d, m in zip(docs, tr, strict=True) if m]
    for name, x in feats.items():
        lam = choose_lambda(x[tr], y[tr], trdocs, {})
        p = predict_lr(fit_lr(x[tr], y[tr], lam), x[dv])
        f, th = best_f1(p, y[dv], dev_required)
        result["dev"][f"e5_{name}"] = {"f1": f, "th": th, "ap": ap(p, y[dv]), "lambda": lam}
    print(json.dumps(result["dev"], indent=1), flush=True)

    # CV over train+dev documents; tuning gold rows always in training
    fold, req_fold = cv_folds(required, docs)
    oof_bow = np.zeros(len(rows))
    per: dict[str, list] = {}
    for k in range(FOLDS):
        te, trk = fold == k, fold != k
        oof_bow[te] = (
            cached["oof"][te]
            if cached is not None
            else bow_probs(
                [t for t, m in zip(texts, trk, strict=True) if m],
                y[trk],
                [t for t, m in zip(texts, te, strict=True) if m],
            )
        )
        per.setdefault("bow", []).append((*best_f1(oof_bow[te], y[te], req_fold[k]), ap(oof_bow[te], y[te])))
        per.setdefault("shipped_bow(in-sample on train)", []).append(
            (*best_f1(shipped[te], y[te], req_fold[k]), ap(shipped[te], y[te]))
        )
        print("fold", k, per["bow"][-1], flush=True)
    np.savez(cache, dev=bow_dev, oof=oof_bow)
    stack_feats = {f"stack_{n}": np.hstack([x, logit(oof_bow)]) for n, x in feats.items()}
    stack_feats["stack_bow_only"] = np.hstack([onehot, logit(oof_bow)])
    # the stack on dev: trained on the train rows' out-of-fold logits, read on dev with the train-only model's
    for name, x in stack_feats.items():
        xd = x.copy()
        xd[dv, -1] = logit(bow_dev)[:, 0]
        lam = choose_lambda(x[tr], y[tr], trdocs, {})
        p = predict_lr(fit_lr(x[tr], y[tr], lam), xd[dv])
        f, th = best_f1(p, y[dv], dev_required)
        result["dev"][name] = {"f1": f, "th": th, "ap": ap(p, y[dv]), "lambda": lam}
        print(name, "dev", round(f, 3), flush=True)
    for name, x in {**{f"e5_{n}": v for n, v in feats.items()}, **stack_feats}.items():
        for k in range(FOLDS):
            te, trk = fold == k, fold != k
            trd = [d for d, m in zip(docs, trk, strict=True) if m]
            lam = choose_lambda(x[trk], y[trk], trd, {})
            p = predict_lr(fit_lr(x[trk], y[trk], lam), x[te])
            per.setdefault(name, []).append((*best_f1(p, y[te], req_fold[k]), ap(p, y[te])))
        print(name, [round(v[0], 3) for v in per[name]], flush=True)
    for name, v in per.items():
        a = np.array([[f1, apv] for f1, _, apv in v])
        result["cv"][name] = {
            "f1_mean": float(a[:, 0].mean()),
            "f1_sd": float(a[:, 0].std(ddof=1)),
            "ap_mean": float(a[:, 1].mean()),
            "f1_folds": [round(float(t), 3) for t in a[:, 0]],
        }
    result["cv_required_per_fold"] = req_fold
    Path(out).write_text(json.dumps(result, indent=1))
    print(json.dumps(result["cv"], indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
