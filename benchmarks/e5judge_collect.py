"""Collect the judge's candidates of the corpus train and dev splits (and the tuning gold sets) as
the training labels them, with the shipped judge's probability and the texts an encoder reads.

    PERISTIWA_SHARED=../shared PYTHONPATH=src python benchmarks/e5judge_collect.py OUT.jsonl

One JSON line per candidate: split, doc_id, label (1 EVENT, 0 OTHER), type, the shipped judge's
probability, the judge's input text, the candidate's sentence, and a window of the sentence
with the trigger bracketed. A line per document with "required" (its required gold events) lets
a cross-validation count recall by document. For the e5 judge study (session 35).
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from peristiwa.learned.features import WINDOW, candidate_text, headline
from peristiwa.learned.judge import LABEL, judge_path, load_judge
from peristiwa.pipeline import build_pipeline
from peristiwa.tokens import tokenized
from peristiwa.training.events import REPO, SEED, gold_folder, labelled_events, required_events, split_docs


def main(out_path: str) -> int:
    shared = Path(os.environ.get("PERISTIWA_SHARED", REPO.parent / "shared"))
    splits = split_docs(shared, REPO / "corpus", 1.0, SEED)
    extra = gold_folder(shared / "gold/dev") + gold_folder(REPO / "tests/data/gold_extra")
    path = judge_path()
    assert path is not None
    judge = load_judge(path)
    nlp = build_pipeline(use_judge=False)
    with Path(out_path).open("w", encoding="utf-8") as out:
        for split, docs in (("train", splits["train"]), ("dev", splits["dev"]), ("extra", extra)):
            for d in docs:
                required = required_events(d)
                out.write(json.dumps({"doc": True, "split": split, "doc_id": d.doc_id, "required": required}) + "\n")
                title = headline(d.text)
                for event, label, earlier in labelled_events(nlp, d):
                    text = candidate_text(event, d.text, title, earlier)
                    prob = float(judge(tokenized(text)).cats[LABEL])
                    s, t = event.sentence, event.trigger
                    start, end = max(s.start, t.start - WINDOW), min(s.end, t.end + WINDOW)
                    window = f"{d.text[start : t.start]}[{t.text}]{d.text[t.end : end]}"
                    row = {
                        "split": split,
                        "doc_id": d.doc_id,
                        "label": label,
                        "type": event.event_type,
                        "prob": prob,
                        "text": text,
                        "sentence": " ".join(d.text[s.start : s.end].split()),
                        "window": " ".join(window.split()),
                        "trigger": t.text,
                        "title": title,
                    }
                    out.write(json.dumps(row, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
