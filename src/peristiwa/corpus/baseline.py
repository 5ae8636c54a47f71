"""Scoring the system on the corpus: each split, each source, with ``peristiwa eval``."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ..api import to_document
from ..errors import PeristiwaError
from ..evaluate import evaluate, load_predictions, match_document, scored_events
from ..ingest import Record, parse_reference_time
from ..pipeline import load_pipeline
from .splits import SPLITS


def _without_events(gold_file: Path) -> bool:
    gold = json.loads(gold_file.read_text(encoding="utf-8"))
    return not any(not e.get("optional") for e in gold["events"])


def predict(records_file: Path, out: Path, *, use_judge: bool = True, triggers: str = "rules") -> int:
    """Extract every record of a `build` JSONL into `out` (`peristiwa/1` lines), with or
    without the learned judge, with the candidate triggers of `triggers` ("rules", "model",
    "both": `build_pipeline`); returns the number of documents that failed."""
    records = []
    for ln in records_file.read_text(encoding="utf-8").splitlines():
        rec = json.loads(ln)
        records.append(
            Record(id=rec["id"], text=rec["text"], reference_time=parse_reference_time(rec.get("reference_time")))
        )
    return _predict(records, out, use_judge=use_judge, triggers=triggers)


def predict_folder(folder: Path, out: Path, *, use_judge: bool = True, triggers: str = "rules") -> int:
    """`predict` for a scorer folder's texts (NAME.txt, read as ``peristiwa extract`` reads them)."""
    records = [Record(id=p.stem, text=p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.txt"))]
    return _predict(records, out, use_judge=use_judge, triggers=triggers)


def _predict(records: list[Record], out: Path, *, use_judge: bool, triggers: str) -> int:
    nlp = load_pipeline(use_judge=use_judge, triggers=triggers)
    failed = 0
    with out.open("w", encoding="utf-8") as sink:
        for record in records:
            doc = nlp.make_doc(record.text)
            doc._.doc_id = record.id
            doc._.reference_time = record.reference_time
            try:
                document = to_document(nlp(doc), record)
            except PeristiwaError:
                failed += 1
                continue
            sink.write(json.dumps(document.to_json(), ensure_ascii=False) + "\n")
    return failed


def per_type(gold_dir: Path, predictions: Path) -> dict[str, dict[str, float]]:
    """Event P/R/F1 of each PLOVER type (the scorer's matching, one type at a time)."""
    preds = load_predictions(predictions)
    counts: dict[str, list[int]] = {}
    for gold_file in sorted(gold_dir.glob("*.gold.json")):
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        name = gold_file.name.removesuffix(".gold.json")
        text = (gold_dir / gold["doc"]).read_text(encoding="utf-8")
        events = scored_events(preds.get(name, {"events": []}))
        for kind in {e["type"] for e in gold["events"]} | {e.get("event_type") for e in events}:
            one = {"events": [e for e in gold["events"] if e["type"] == kind]}
            mine = [e for e in events if e.get("event_type") == kind]
            matched = match_document(text, one, mine)
            required = {j for j, e in enumerate(one["events"]) if not e.get("optional")}
            tp = sum(1 for j in matched if j in required)
            c = counts.setdefault(str(kind), [0, 0, 0])
            c[0] += tp
            c[1] += len(mine) - len(matched)
            c[2] += len(required) - tp
    out = {}
    for kind, (tp, fp, fn) in sorted(counts.items()):
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        out[kind] = {"tp": tp, "fp": fp, "fn": fn, "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0}
    return out


def score_splits(
    built: Path, *, splits: tuple[str, ...] = SPLITS, use_judge: bool = True, triggers: str = "rules"
) -> dict[str, Any]:
    """Event P/R/F1, full-event F1 and fields for every split of a built corpus, by source
    and for all sources together, with the number of events predicted in documents whose
    gold holds no required event."""
    report: dict[str, Any] = {}
    for split in splits:
        folder = built / split
        if not (folder / "all.jsonl").is_file():
            continue
        preds = folder / "predictions.jsonl"
        failed = predict(folder / "all.jsonl", preds, use_judge=use_judge, triggers=triggers)
        report[split] = {"failed_documents": failed}
        for source in sorted(p.name for p in folder.iterdir() if p.is_dir()):
            result = evaluate(folder / source, preds)
            per_doc = result.pop("per_doc")
            quiet = [k for k in per_doc if _without_events(folder / source / f"{k}.gold.json")]
            result["documents_without_events"] = len(quiet)
            result["events_per_document_without_events"] = (
                round(sum(per_doc[k]["fp"] for k in quiet) / len(quiet), 3) if quiet else None
            )
            result["by_type"] = per_type(folder / source, preds)
            report[split][source] = result
    return report
