"""Scoring against gold event files, as `annotation.md` defines it.

This follows the reference scorer, version 2 (`shared/tools/score.py`), and reports exactly
what it reports. A predicted event matches a gold event of the same type when its trigger,
sentence or evidence overlaps one of the gold evidence strings. Matching is one to one and
maximal for the required gold events (augmenting paths, trigger overlaps tried first); what
is left of the predictions then takes optional gold events, which are neither rewarded nor
penalised. Negated predictions are ignored. Field accuracy is computed over matched required
events, for the fields the gold gives (a sector even without a country; `date.none` for an
event the gold leaves undated); an event is fully right when its date and its actor's and
recipient's countries are. A UTC instant agrees with a gold day when it falls inside that day
in some time zone (UTC-12 to UTC+14).
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from .errors import InputError

Spans = list[tuple[int, int]]
CASUALTY_KINDS = ("killed", "injured", "missing", "arrested", "displaced", "abducted")


def _stem(name: str) -> str:
    base = Path(name).name
    for suffix in (".gold.json", ".json", ".txt"):
        if base.endswith(suffix):
            return base[: -len(suffix)]
    return base


def load_predictions(path: Path) -> dict[str, dict[str, Any]]:
    """`peristiwa/1` objects by document name, from a JSONL file or a directory of JSON files."""
    docs: dict[str, dict[str, Any]] = {}
    try:
        if path.is_dir():
            for f in sorted(path.glob("*.json")):
                obj = json.loads(f.read_text(encoding="utf-8"))
                docs[_stem(str(obj.get("doc_id") or f.stem))] = obj
        else:
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    obj = json.loads(line)
                    docs[_stem(str(obj.get("doc_id")))] = obj
    except (OSError, json.JSONDecodeError) as err:
        raise InputError(str(path), f"cannot read predictions ({err})") from err
    return docs


def find_all(text: str, needles: list[str]) -> Spans:
    """Every occurrence of each evidence quote in `text`, as (start, end) (the scorer's rule)."""
    spans: Spans = []
    for needle in needles:
        at = text.find(needle)
        while at >= 0:
            spans.append((at, at + len(needle)))
            at = text.find(needle, at + 1)
    return spans


def _pred_spans(event: dict[str, Any], keys: tuple[str, ...] = ("trigger", "sentence", "evidence")) -> Spans:
    spans: Spans = []
    for key in keys:
        value = event.get(key)
        items = value if isinstance(value, list) else [value]
        for item in items:
            if isinstance(item, dict) and isinstance(item.get("start"), int) and isinstance(item.get("end"), int):
                spans.append((item["start"], item["end"]))
    return spans


def _overlap(a: Spans, b: Spans) -> bool:
    return any(s1 < e2 and s2 < e1 for s1, e1 in a for s2, e2 in b)


def _key(s: str) -> str:
    return "".join(ch for ch in s.casefold() if ch.isalnum())


def _instant(value: str) -> datetime | None:
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except (ValueError, AttributeError):
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


@dataclass
class Tally:
    """Correct/total per field."""

    correct: Counter[str] = field(default_factory=Counter)
    total: Counter[str] = field(default_factory=Counter)

    def check(self, name: str, ok: bool) -> bool:
        self.total[name] += 1
        self.correct[name] += int(ok)
        return ok


def _as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value]


def _party(gold: dict[str, Any], parties: list[dict[str, Any]], tally: Tally, role: str) -> bool:
    """Several states acting together are a list of countries: each must be a predicted party."""
    ok = True
    chosen = parties
    if gold.get("country"):
        wanted = _as_list(gold["country"])
        chosen = [p for p in parties if p.get("country") in wanted]
        ok = tally.check(f"{role}.country", {p.get("country") for p in chosen} >= set(wanted))
    if gold.get("sector"):
        sectors = _as_list(gold["sector"])
        tally.check(f"{role}.sector", any(p.get("sector") in sectors for p in chosen))
    return ok


def _figure(gold: dict[str, Any], kind: str, casualties: list[dict[str, Any]]) -> bool:
    return any(
        c.get("kind") == kind
        and c.get("min") == gold.get("min")
        and ("max" not in gold or c.get("max") == gold["max"])
        and ("qualifier" not in gold or c.get("qualifier") == gold["qualifier"])
        for c in casualties
    )


#: the widest offsets from UTC in use: a UTC instant agrees with a local day in one of them
_EARLIEST_ZONE, _LATEST_ZONE = timedelta(hours=14), timedelta(hours=12)


def _date_ok(gold_date: str, pred_date: dict[str, Any]) -> bool:
    start = str(pred_date.get("start") or "")
    if "T" in start and len(gold_date) == 10:
        moment = _instant(start)
        try:
            day = date.fromisoformat(gold_date)
        except ValueError:
            return False
        if moment is None:
            return False
        midnight = datetime(day.year, day.month, day.day, tzinfo=UTC)
        return midnight - _EARLIEST_ZONE <= moment < midnight + timedelta(days=1) + _LATEST_ZONE
    return start[: len(gold_date)] == gold_date


def score_fields(gold: dict[str, Any], pred: dict[str, Any], tally: Tally) -> bool:
    """Tally the fields of a matched pair; True when date and parties' countries are right."""
    full = True
    if gold.get("mode"):
        tally.check("mode", bool(set(gold["mode"]) & set(pred.get("mode") or [])))
    date = pred.get("date") or {}
    if gold.get("date"):
        full &= tally.check("date", _date_ok(gold["date"], date))
    else:  # reported, not part of a fully right event
        tally.check("date.none", not date.get("start"))
    if gold.get("time_utc"):
        want, got = _instant(gold["time_utc"]), _instant(str(date.get("start") or ""))
        tally.check("time_utc", bool(want and got and abs((want - got).total_seconds()) <= 3600))
    for role in ("actor", "recipient"):
        if gold.get(role):
            full &= _party(gold[role], pred.get(role) or [], tally, role)
    locations = pred.get("locations") or []
    gold_locations = gold.get("locations") or {}
    if gold_locations.get("countries"):
        have = {loc.get("country") for loc in locations}
        tally.check("locations.countries", set(gold_locations["countries"]) <= have)
    if gold_locations.get("places"):
        names = {_key(str(loc.get(k) or "")) for loc in locations for k in ("text", "name")} - {""}
        tally.check(
            "locations.places",
            all(any(_key(p) in n or n in _key(p) for n in names) for p in gold_locations["places"]),
        )
    casualties = pred.get("casualties") or []
    for kind in CASUALTY_KINDS:
        if gold.get(kind):
            tally.check(f"casualties.{kind}", _figure(gold[kind], kind, casualties))
    if gold.get("sources"):
        named = [_key(a.get("source") or a.get("text") or "") for a in pred.get("attribution") or []]
        tally.check("sources", all(any(_key(s) in x or (x and x in _key(s)) for x in named) for s in gold["sources"]))
    if gold.get("citations"):
        tally.check("citations", set(gold["citations"]) <= {str(c) for c in pred.get("citations") or []})
    return full


@dataclass
class DocScore:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    full: int = 0


def match_document(text: str, gold: dict[str, Any], preds: list[dict[str, Any]]) -> dict[int, int]:
    """Gold event index → index in `preds` of the prediction matched to it (see `_match`)."""
    golds = [find_all(text, g["evidence"]) for g in gold["events"]]
    by_trigger: dict[int, list[int]] = {}
    by_evidence: dict[int, list[int]] = {}
    for i, p in enumerate(preds):
        spans, trigger = _pred_spans(p), _pred_spans(p, ("trigger",))
        for j, evidence in enumerate(golds):
            if p.get("event_type") == gold["events"][j]["type"] and _overlap(spans, evidence):
                (by_trigger if _overlap(trigger, evidence) else by_evidence).setdefault(i, []).append(j)
    required = {j for j, g in enumerate(gold["events"]) if not g.get("optional")}
    return _match(len(preds), by_trigger, by_evidence, required)


def scored_events(pred: dict[str, Any]) -> list[dict[str, Any]]:
    """The predicted events the scorer looks at: all but the negated ones."""
    return [p for p in pred.get("events", []) if not p.get("negated")]


def score_document(text: str, gold: dict[str, Any], pred: dict[str, Any], tally: Tally) -> DocScore:
    """Match predicted to gold events one to one and tally the fields of each matched pair."""
    preds = scored_events(pred)
    gold_to_pred = match_document(text, gold, preds)
    required = {j for j, g in enumerate(gold["events"]) if not g.get("optional")}
    result = DocScore()
    for j, i in gold_to_pred.items():
        if j in required:
            result.tp += 1
            result.full += score_fields(gold["events"][j], preds[i], tally)
    result.fp = len(preds) - len(gold_to_pred)
    result.fn = len(required - set(gold_to_pred))
    return result


def _match(
    n_preds: int, by_trigger: dict[int, list[int]], by_evidence: dict[int, list[int]], required: set[int]
) -> dict[int, int]:
    """Gold index → prediction index: a maximum matching of the required gold events (Kuhn's
    augmenting paths, each prediction trying its trigger overlaps first, then all overlaps),
    then optional gold events for the predictions left over, in order."""
    match: dict[int, int] = {}

    def edges(i: int, *, trigger_only: bool = False) -> list[int]:
        found = by_trigger.get(i, []) if trigger_only else by_trigger.get(i, []) + by_evidence.get(i, [])
        return [j for j in found if j in required]

    def augment(i: int, options: list[int], seen: set[int]) -> bool:
        for j in options:
            if j in seen:
                continue
            seen.add(j)
            holder = match.get(j)
            if holder is None or augment(holder, edges(holder), seen):
                match[j] = i
                return True
        return False

    for i in range(n_preds):
        augment(i, edges(i, trigger_only=True), set())
    for i in range(n_preds):
        if i not in match.values():
            augment(i, edges(i), set())
    for i in range(n_preds):
        if i in match.values():
            continue
        for j in by_trigger.get(i, []) + by_evidence.get(i, []):
            if j not in required and j not in match:
                match[j] = i
                break
    return match


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def evaluate(gold_dir: Path, predictions: Path) -> dict[str, Any]:
    """Event P/R/F1, full-event F1 and field accuracy of `predictions` against `gold_dir`."""
    if not gold_dir.is_dir():
        raise InputError(str(gold_dir), "gold directory not found")
    preds = load_predictions(predictions)
    tally = Tally()
    per_doc: dict[str, DocScore] = {}
    for gold_file in sorted(gold_dir.glob("*.gold.json")):
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        name = _stem(gold_file.name)
        text = (gold_dir / gold.get("doc", name + ".txt")).read_text(encoding="utf-8")
        per_doc[name] = score_document(text, gold, preds.get(name, {"events": []}), tally)
    tp, fp, fn, full = (sum(getattr(d, k) for d in per_doc.values()) for k in ("tp", "fp", "fn", "full"))
    p, r, f = _prf(tp, fp, fn)
    _, _, full_f = _prf(full, fp + tp - full, fn + tp - full)
    return {
        "documents": len(per_doc),
        "events": {"tp": tp, "fp": fp, "fn": fn, "precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3)},
        "full_event_f1": round(full_f, 3),
        "fields": {
            k: {"correct": tally.correct[k], "total": n, "accuracy": round(tally.correct[k] / n, 3)}
            for k, n in sorted(tally.total.items())
        },
        "per_doc": {k: {"tp": d.tp, "fp": d.fp, "fn": d.fn, "full": d.full} for k, d in per_doc.items()},
    }
