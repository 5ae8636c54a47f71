"""Inter-annotator agreement on the documents annotated twice.

Each annotation is scored against the other with the project's scorer (``peristiwa eval``,
which reports what ``shared/tools/score.py`` version 2 reports): one annotation's required
events play the predictions, the other is the gold (its optional events neither rewarded nor
penalised), in both directions. Type agreement is measured on the events the two annotators
marked at overlapping evidence, whatever type each gave them. Sentences annotated twice
(``agreement/sentences-second.jsonl``) are compared mention by mention: an actual mention of one
annotation matches one of the other whose trigger overlaps it.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

from ..evaluate import Tally, score_document
from .sources import CorpusDoc, leipzig_sentences, load


def _spans(text: str, quotes: list[str]) -> list[tuple[int, int]]:
    spans = []
    for q in quotes:
        at = text.find(q)
        if at >= 0:
            spans.append((at, at + len(q)))
    return spans


def _parties(party: dict[str, Any] | None) -> list[dict[str, Any]]:
    if not party:
        return []
    c = party.get("country")
    countries = c if isinstance(c, list) else [c]
    sectors = party.get("sector") or [None]
    return [{"country": country, "sector": sector} for country in countries for sector in sectors]


def as_prediction(text: str, event: dict[str, Any]) -> dict[str, Any]:
    """A gold event in the shape of a `peristiwa/1` event, so that it can be scored."""
    spans = _spans(text, event["evidence"])
    first = spans[0] if spans else (0, 0)
    locations = event.get("locations") or {}
    pred: dict[str, Any] = {
        "event_type": event["type"],
        "mode": event.get("mode") or [],
        "trigger": {"start": first[0], "end": first[1]},
        "evidence": [{"start": s, "end": e} for s, e in spans],
        "date": {"start": event.get("time_utc") or event.get("date")} if event.get("date") else {},
        "actor": _parties(event.get("actor")),
        "recipient": _parties(event.get("recipient")),
        "locations": [{"country": c} for c in locations.get("countries") or []]
        + [{"name": p} for p in locations.get("places") or []],
        "casualties": [
            {"kind": kind, **{k: v for k, v in event[kind].items()}}
            for kind in ("killed", "injured", "missing", "arrested", "displaced", "abducted")
            if event.get(kind)
        ],
        "attribution": [{"source": s} for s in event.get("sources") or []],
        "citations": event.get("citations") or [],
    }
    if pred["date"].get("start") and "T" in pred["date"]["start"]:
        pred["date"]["start"] += "Z"
    return pred


def _required(gold: dict[str, Any]) -> list[dict[str, Any]]:
    return [e for e in gold["events"] if not e.get("optional")]


def _direction(pairs: list[tuple[CorpusDoc, CorpusDoc]]) -> dict[str, Any]:
    tally = Tally()
    tp = fp = fn = full = 0
    for gold_doc, pred_doc in pairs:
        pred = {"events": [as_prediction(pred_doc.text, e) for e in _required(pred_doc.gold)]}
        s = score_document(gold_doc.text, gold_doc.gold, pred, tally)
        tp, fp, fn, full = tp + s.tp, fp + s.fp, fn + s.fn, full + s.full
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    fields = {k: round(tally.correct[k] / n, 3) for k, n in sorted(tally.total.items())}
    return {
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "precision": round(p, 3),
        "recall": round(r, 3),
        "f1": round(f, 3),
        "fully_agreed": full,
        "fields": fields,
    }


def _type_agreement(pairs: list[tuple[CorpusDoc, CorpusDoc]]) -> tuple[float, Counter[tuple[str, str]]]:
    same = total = 0
    confusions: Counter[tuple[str, str]] = Counter()
    for a, b in pairs:
        ea = [(e["type"], _spans(a.text, e["evidence"])) for e in a.gold["events"]]
        eb = [(e["type"], _spans(b.text, e["evidence"])) for e in b.gold["events"]]
        used: set[int] = set()
        for ta, sa in ea:
            for j, (tb, sb) in enumerate(eb):
                if j not in used and any(x0 < y1 and y0 < x1 for x0, x1 in sa for y0, y1 in sb):
                    used.add(j)
                    total += 1
                    same += ta == tb
                    if ta != tb:
                        confusions[tuple(sorted((ta, tb)))] += 1  # type: ignore[arg-type]
                    break
    return (same / total if total else 0.0), confusions


Mention = tuple[str, int, int]  # (type, start, end) of an actual mention's trigger in its sentence


def actual_mentions(record: dict[str, Any], sentence: str, *, required_only: bool = False) -> list[Mention]:
    """The `actual` mentions of a sentence annotation (without the optional ones if
    `required_only`), each as its type and its trigger's offsets in `sentence`."""
    out: list[Mention] = []
    for m in record.get("events", []):
        if m.get("realis", "actual") != "actual" or (required_only and m.get("optional")):
            continue
        start = sentence.find(m["trigger"])
        out.append((m["type"], start, start + len(m["trigger"])))
    return out


def matched_mentions(a: list[Mention], b: list[Mention], *, typed: bool = True) -> int:
    """How many mentions of `a` pair one to one with a mention of `b` whose trigger overlaps
    theirs (and, if `typed`, of the same type)."""
    used: set[int] = set()
    matched = 0
    for kind, start, end in a:
        for j, (kind_b, start_b, end_b) in enumerate(b):
            if j not in used and (not typed or kind == kind_b) and start < end_b and start_b < end:
                used.add(j)
                matched += 1
                break
    return matched


def sentence_agreement(shared: Path, annotations: Path) -> dict[str, Any]:
    """Agreement of the independent second annotation of sentences
    (``agreement/sentences-second.jsonl``) with the corpus's: F1 of actual mentions matched by an
    overlapping trigger, with and without their type, and of required mentions."""
    path = annotations / "agreement/sentences-second.jsonl"
    if not path.is_file():
        return {}
    first = {r["id"]: r for p in sorted((annotations / "leipzig").glob("*.jsonl")) for r in _records(p)}
    texts = leipzig_sentences(shared)
    pairs = [(first[r["id"]], r, texts[r["id"]]) for r in _records(path) if r["id"] in first]
    report: dict[str, Any] = {"sentences": len(pairs)}
    for name, required_only, typed in (
        ("actual_typed", False, True),
        ("actual_any_type", False, False),
        ("required_typed", True, True),
    ):
        n_first = n_second = matched = 0
        for a_record, b_record, text in pairs:
            a = actual_mentions(a_record, text, required_only=required_only)
            b = actual_mentions(b_record, text, required_only=required_only)
            n_first, n_second = n_first + len(a), n_second + len(b)
            matched += matched_mentions(a, b, typed=typed)
        f1 = 2 * matched / (n_first + n_second) if n_first + n_second else 0.0
        report[name] = {"first": n_first, "second": n_second, "matched": matched, "f1": round(f1, 3)}
    return report


def _records(path: Path) -> list[dict[str, Any]]:
    return [json.loads(ln) for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]


def agreement_report(shared: Path, annotations: Path) -> dict[str, Any]:
    first = {d.doc_id: d for d in load(shared, annotations) if d.source == "kompas"}
    second = {d.doc_id: d for d in load(shared, annotations, second=True)}
    both = sorted(set(first) & set(second))
    pairs = [(first[k], second[k]) for k in both]
    type_agreement, confusions = _type_agreement(pairs)
    return {
        "documents": len(both),
        "first_as_gold": _direction(pairs),
        "second_as_gold": _direction([(b, a) for a, b in pairs]),
        "type_agreement_on_overlapping_events": round(type_agreement, 3),
        "type_confusions": {f"{a}/{b}": n for (a, b), n in confusions.most_common(10)},
        "sentences": sentence_agreement(shared, annotations),
    }
