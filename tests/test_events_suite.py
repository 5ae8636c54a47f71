"""Event suite: Indonesian news sentences written for these tests (not from the dev texts).

`tests/data/events/sentences.jsonl` holds one item a line: `text`, the events a careful
annotator following `shared/docs/annotation.md` would code (`expect`: type, and optionally
mode, actor/recipient country, casualty figures, date prefix) and the types that must not
be reported (`absent`: negation, hypotheticals, speech about actions, non-political uses of
attack words). The figures are measured over the whole set; thresholds sit a little below
the current figures so that regressions fail. `pytest -s` prints every miss.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from conftest import rule_events

from peristiwa.spans import Event

DATA = Path(__file__).resolve().parent / "data" / "events" / "sentences.jsonl"
TYPES = {
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
}
KINDS = ("killed", "injured", "arrested", "displaced")
FIELDS = ("mode", "actor_country", "recipient_country", *KINDS, "date")

# Thresholds sit a little below the measured figures (pytest -s prints the report).
# Measured when the suite was written, before any rule was changed for it: type recall 0.810,
# strict recall 0.748, absent precision 0.797, non-event negatives 0.750. After the rules were
# extended (general vocabulary and context words, see events/data/*.yaml): type recall 0.969,
# strict recall 0.890, absent precision 0.983, non-event negatives 1.000. The suite has since
# been a development set; the held-out gold set is the independent check.
MIN_TYPE_RECALL = 0.93
MIN_STRICT_RECALL = 0.85
# Expected events found per type: the measured count less one.
MIN_FOUND = {
    "ACCUSE": 9,
    "AGREE": 7,  # agree-08 ("mencapai kesepakatan") is SUPPORT since D29
    "AID": 6,
    "ASSAULT": 23,
    "COERCE": 12,
    "CONCEDE": 4,  # concede-02/07 (menyerah, menyerahkan diri) are RETREAT `surrender` (D39, D91)
    "CONSULT": 8,
    "COOPERATE": 5,
    "MOBILIZE": 8,
    "PROTEST": 13,
    "REJECT": 10,
    "REQUEST": 9,
    "RETREAT": 9,
    "SANCTION": 6,
    "SUPPORT": 8,
    "THREATEN": 7,
}
MIN_NEGATIVES = 0.95
MIN_FIELD_ACCURACY = {
    "mode": 0.92,
    "actor_country": 0.90,
    "recipient_country": 0.90,
    "killed": 0.75,
    "injured": 0.9,
    "arrested": 0.9,
    "displaced": 0.9,
    "date": 0.95,
}


def _load() -> list[dict[str, Any]]:
    with DATA.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


ITEMS = _load()


def _field_ok(ev: Event, name: str, want: Any) -> bool:
    if name == "mode":
        return want in ev.mode
    if name == "actor_country":
        return any(p.country == want for p in ev.actor)
    if name == "recipient_country":
        return any(p.country == want for p in ev.recipient)
    if name == "date":
        return ev.date is not None and ev.date.start.startswith(want)
    if name in KINDS:
        return any(
            c.kind == name and c.min == want.get("min", c.min) and c.qualifier == want.get("qualifier", c.qualifier)
            for c in ev.casualties
        )
    raise KeyError(name)


def _show(ev: Event) -> str:
    parts = [ev.event_type]
    if ev.mode:
        parts.append("/".join(ev.mode))
    parts.append(f"'{ev.trigger.text}'")
    if ev.actor:
        parts.append("A=" + ",".join(f"{p.country}:{p.sector}" for p in ev.actor))
    if ev.recipient:
        parts.append("R=" + ",".join(f"{p.country}:{p.sector}" for p in ev.recipient))
    if ev.date:
        parts.append("d=" + ev.date.start)
    for c in ev.casualties:
        parts.append(f"{c.kind}={c.min}-{c.max}:{c.qualifier}")
    return " ".join(parts)


@dataclass
class Results:
    expected: Counter = field(default_factory=Counter)  # by type
    type_found: Counter = field(default_factory=Counter)
    strict_found: Counter = field(default_factory=Counter)
    field_total: Counter = field(default_factory=Counter)  # given the type was found
    field_ok: Counter = field(default_factory=Counter)
    absent_total: int = 0
    absent_ok: int = 0
    other_total: int = 0
    other_ok: int = 0
    misses: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))

    def rate(self, num: float, den: float) -> float:
        return num / den if den else 1.0

    @property
    def type_recall(self) -> float:
        return self.rate(sum(self.type_found.values()), sum(self.expected.values()))

    @property
    def strict_recall(self) -> float:
        return self.rate(sum(self.strict_found.values()), sum(self.expected.values()))

    @property
    def absent_precision(self) -> float:
        return self.rate(self.absent_ok, self.absent_total)

    @property
    def other_precision(self) -> float:
        return self.rate(self.other_ok, self.other_total)

    def field_accuracy(self, name: str) -> float:
        return self.rate(self.field_ok[name], self.field_total[name])

    def report(self) -> str:
        lines = [
            "",
            "=== event suite ===",
            f"items {len(ITEMS)}; expected events {sum(self.expected.values())}",
            f"type recall   {self.type_recall:.3f}",
            f"strict recall {self.strict_recall:.3f} (type and every field given)",
            f"absent precision {self.absent_precision:.3f} ({self.absent_ok}/{self.absent_total})",
            f"non-event negatives {self.other_precision:.3f} ({self.other_ok}/{self.other_total})",
            "per type (type recall / strict recall):",
        ]
        for t in sorted(self.expected):
            n = self.expected[t]
            lines.append(
                f"  {t:<10} {self.type_found[t]:>2}/{n:<2} {self.type_found[t] / n:.2f}"
                f"   strict {self.strict_found[t] / n:.2f}"
            )
        lines.append("per field (given the type was found):")
        for name in FIELDS:
            lines.append(
                f"  {name:<17} {self.field_ok[name]:>3}/{self.field_total[name]:<3} {self.field_accuracy(name):.2f}"
            )
        for cause in sorted(self.misses):
            lines.append(f"--- {cause} ({len(self.misses[cause])})")
            lines.extend(self.misses[cause])
        return "\n".join(lines)


def _score(items: list[dict[str, Any]], docs: dict[str, list[Event]]) -> Results:
    res = Results()
    for item in items:
        events = docs[item["id"]]
        got = "; ".join(_show(e) for e in events) or "(none)"
        head = f"  [{item['id']}] {item['text']}\n"
        for exp in item["expect"]:
            t = exp["type"]
            res.expected[t] += 1
            same = [e for e in events if e.event_type == t]
            given = {k: v for k, v in exp.items() if k in FIELDS}
            if not same:
                res.misses[f"missing {t}"].append(f"{head}      expected {exp}\n      got {got}")
                continue
            res.type_found[t] += 1
            if any(all(_field_ok(e, k, v) for k, v in given.items()) for e in same):
                res.strict_found[t] += 1
            for k, v in given.items():
                res.field_total[k] += 1
                if any(_field_ok(e, k, v) for e in same):
                    res.field_ok[k] += 1
                else:
                    res.misses[f"wrong {k}"].append(f"{head}      expected {t} {k}={v}\n      got {got}")
        for t in item["absent"]:
            res.absent_total += 1
            bad = [e for e in events if e.event_type == t]
            ok = not bad
            res.absent_ok += ok
            if item["id"].startswith("other-"):
                res.other_total += 1
                res.other_ok += ok
            if not ok:
                cause = "non-event reported" if item["id"].startswith("other-") else "absent type reported"
                res.misses[f"{cause} {t}"].append(f"{head}      got {got}")
    return res


@pytest.fixture(scope="module")
def results() -> Results:
    """The rules' events (the learned judge off): this suite measures the trigger lexicon and its
    context rules; the judge is measured on the corpus (README, quality table)."""
    docs = {}
    for item in ITEMS:
        docs[item["id"]] = rule_events(item["text"], reference_time=item.get("reference_time"))
    res = _score(ITEMS, docs)
    print(res.report())
    return res


def test_events_suite_covers_all_types_and_enough_items() -> None:
    assert len(ITEMS) >= 170
    assert len({i["id"] for i in ITEMS}) == len(ITEMS)
    counts = Counter(e["type"] for i in ITEMS for e in i["expect"])
    assert set(counts) == TYPES
    assert min(counts.values()) >= 6, counts
    assert all(t in TYPES for i in ITEMS for t in i["absent"])
    assert sum(1 for i in ITEMS if i["id"].startswith("other-")) >= 15


def test_events_suite_type_recall(results: Results) -> None:
    assert results.type_recall >= MIN_TYPE_RECALL, results.report()


def test_events_suite_type_recall_for_each_type(results: Results) -> None:
    low = {
        t: f"{results.type_found[t]}/{results.expected[t]} < {m}"
        for t, m in MIN_FOUND.items()
        if results.type_found[t] < m
    }
    assert not low, low


def test_events_suite_strict_recall(results: Results) -> None:
    assert results.strict_recall >= MIN_STRICT_RECALL


def test_events_suite_negated_and_hypothetical_types_stay_absent(results: Results) -> None:
    assert results.absent_precision >= MIN_NEGATIVES, results.report()


def test_events_suite_non_events_yield_no_assault_or_protest(results: Results) -> None:
    assert results.other_precision >= MIN_NEGATIVES, results.report()


@pytest.mark.parametrize("name", FIELDS)
def test_events_suite_field_accuracy(results: Results, name: str) -> None:
    assert results.field_accuracy(name) >= MIN_FIELD_ACCURACY[name]
