"""Scoring the system on the corpus: each split, each source, with ``peristiwa eval``."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ..api import Failure, pipe
from ..evaluate import evaluate
from ..ingest import Record, parse_reference_time
from .splits import SPLITS


def predict(records_file: Path, out: Path, *, n_process: int = 1) -> int:
    """Extract every record of a `build` JSONL into `out` (`peristiwa/1` lines); returns
    the number of documents that failed."""
    records = []
    for ln in records_file.read_text(encoding="utf-8").splitlines():
        rec = json.loads(ln)
        when = parse_reference_time(rec.get("reference_time"))
        records.append(Record(id=rec["id"], text=rec["text"], reference_time=when))
    failed = 0
    with out.open("w", encoding="utf-8") as sink:
        for result in pipe(records, batch_size=16, n_process=n_process):
            if isinstance(result, Failure):
                failed += 1
                continue
            sink.write(json.dumps(result.to_json(), ensure_ascii=False) + "\n")
    return failed


def score_splits(built: Path, *, splits: tuple[str, ...] = SPLITS, n_process: int = 1) -> dict[str, Any]:
    """Event P/R/F1, full-event F1 and fields for every split of a built corpus, by source
    and for all sources together."""
    report: dict[str, Any] = {}
    for split in splits:
        folder = built / split
        if not (folder / "all.jsonl").is_file():
            continue
        preds = folder / "predictions.jsonl"
        failed = predict(folder / "all.jsonl", preds, n_process=n_process)
        report[split] = {"failed_documents": failed}
        for source in sorted(p.name for p in folder.iterdir() if p.is_dir()):
            result = evaluate(folder / source, preds)
            result.pop("per_doc")
            report[split][source] = result
    return report
