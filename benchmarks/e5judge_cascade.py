"""The e5 judge study's cascade bound: the stack (e5 window + the bag of words' logit) read only for the
share of candidates whose bag-of-words probability is nearest the threshold, the bag of words for the
rest; 5-fold CV by document as in e5judge_eval.py (whose bow.npz cache it reads):

    PYTHONPATH=src:benchmarks python benchmarks/e5judge_cascade.py DIR
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np
from e5judge_eval import FOLDS, ap, best_f1, choose_lambda, cv_folds, fit_lr, logit, predict_lr

SHARES = (0.0, 0.05, 0.1, 0.2, 0.3, 0.5, 1.0)


def main(folder: str) -> int:
    base = Path(folder)
    lines = [json.loads(line) for line in (base / "cands.jsonl").open(encoding="utf-8")]
    required = {(r["split"], r["doc_id"]): r["required"] for r in lines if r.get("doc")}
    rows = [r for r in lines if not r.get("doc")]
    y = np.array([r["label"] for r in rows], dtype=float)
    docs = [f"{r['split']}/{r['doc_id']}" for r in rows]
    types = sorted({r["type"] for r in rows})
    onehot = np.array([[float(r["type"] == t) for t in types] for r in rows])
    oof = np.load(base / "bow.npz")["oof"]
    x = np.hstack([np.load(base / "emb_window.npy"), onehot, logit(oof)])
    fold, req = cv_folds(required, docs)
    stack = np.zeros(len(rows))
    for k in range(FOLDS):
        te, tr = fold == k, fold != k
        lam = choose_lambda(x[tr], y[tr], [d for d, m in zip(docs, tr, strict=True) if m], {})
        stack[te] = predict_lr(fit_lr(x[tr], y[tr], lam), x[te])
    out = {}
    for share in SHARES:
        f1s, aps = [], []
        for k in range(FOLDS):
            te = fold == k
            _, th = best_f1(oof[te], y[te], req[k])
            dist = np.abs(logit(oof[te])[:, 0] - logit(np.array([max(th, 0.01)]))[0, 0])
            n = round(share * te.sum())
            band = np.zeros(te.sum(), dtype=bool)
            band[np.argsort(dist, kind="stable")[:n]] = True
            p = np.where(band, stack[te], oof[te])
            f1s.append(best_f1(p, y[te], req[k])[0])
            aps.append(ap(p, y[te]))
        out[share] = {
            "f1": round(float(np.mean(f1s)), 3),
            "sd": round(float(np.std(f1s, ddof=1)), 3),
            "ap": round(float(np.mean(aps)), 3),
            "folds": [round(v, 3) for v in f1s],
        }
        print(share, out[share], flush=True)
    (base / "cascade.json").write_text(json.dumps(out, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
