"""Redundant trigger records: those that fire on the tuning text, yet whose every find the other
records give identically (issue #13).

A record is `redundant` when it gives at least one candidate event on the documents (the rules
alone, without the judge) and removing it leaves the complete output of every document — each
field of each `peristiwa/1` record, not only the score — byte-identical, both with the judge (as
shipped) and without it. A record whose removal changes an output `helps` or `hurts` by the
event score with the judge (see `ablate.Effect`); one that gives no candidate event is `never
fires`: there is no evidence about it. As in `ablate`, the mention stages run once and the event
stages again only on the documents where one of the record's forms occurs. Decide on tuning
text only (the project: the corpus's train and dev splits, dev gold and `tests/data/gold_extra`),
never on the held-out sets.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from ..evaluate import DocScore, Tally, score_document
from ..pipeline.base import doc_list
from .ablate import Effect, GoldDoc, Totals, chosen_records, hit_documents, output, prepare, record_forms, run_events
from .lexicon import without_records

VERDICTS = ("redundant", "helps", "hurts", "never fires")


@dataclass(frozen=True, slots=True)
class Outputs:
    """A document's outputs (JSON text) with the judge and without, and the judged one's score."""

    judged: str
    rules: str
    score: DocScore


@dataclass(slots=True)
class Finding:
    """What one record gives (`candidates`: events of the rules alone whose trigger is one of its
    mentions) and what removing it changes: documents whose output differs, and the score."""

    effect: Effect
    candidates: int = 0
    changed_judged: int = 0
    changed_rules: int = 0

    @property
    def verdict(self) -> str:
        e = self.effect
        if self.changed_judged or self.changed_rules:
            return "hurts" if e.delta_f1 > 0 or (e.delta_f1 == 0 and e.delta_full_f1 > 0) else "helps"
        return "redundant" if self.candidates else "never fires"

    def to_json(self) -> dict[str, Any]:
        return {
            **self.effect.to_json(),
            "candidates": self.candidates,
            "changed_with_judge": self.changed_judged,
            "changed_without_judge": self.changed_rules,
            "verdict": self.verdict,
        }


@dataclass(slots=True)
class RedundancyReport:
    """Every record's finding; `removable`: the redundant records that can go all together (the
    others, `needed`, are redundant alone but give an event once those are gone)."""

    documents: int
    f1: float
    full_f1: float
    findings: list[Finding] = field(default_factory=list)
    removable: list[str] = field(default_factory=list)
    needed: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        counts = Counter(f.verdict for f in self.findings)
        return {
            "documents": self.documents,
            "event_f1": round(self.f1, 4),
            "full_event_f1": round(self.full_f1, 4),
            "records": len(self.findings),
            "verdicts": {v: counts[v] for v in VERDICTS},
            "removable_together": self.removable,
            "needed_when_the_others_go": self.needed,
            "findings": [f.to_json() for f in self.findings],
        }


def _fired(doc: Doc) -> list[str]:
    """The records whose mentions trigger the Doc's events."""
    by_span = {(m.start, m.end): m.spec.record for m in doc_list(doc, "mentions")}
    return [by_span[key] for e in doc_list(doc, "events") if (key := (e.trigger.start, e.trigger.end)) in by_span]


def _outputs(nlp: Language, d: GoldDoc) -> tuple[Outputs, list[str]]:
    """`d`'s outputs, and the records that fire in it (the rules alone)."""
    doc = run_events(nlp, d, judge=False)
    rules, fired = json.dumps(output(d, doc), ensure_ascii=False), _fired(doc)
    judged = output(d, run_events(nlp, d))
    score = score_document(d.text, d.gold, judged, Tally())
    return Outputs(json.dumps(judged, ensure_ascii=False), rules, score), fired


def _rerun(
    nlp: Language, docs: list[GoldDoc], base: list[Outputs], hit: list[int], removed: frozenset[str], finding: Finding
) -> Totals:
    """Run the `hit` documents again without the `removed` records, count in `finding` those
    whose output changes; the judged totals of all documents after the change."""
    totals = Totals()
    for b in base:
        totals.add(b.score)
    with without_records(removed):
        for i in hit:
            after, _ = _outputs(nlp, docs[i])
            finding.changed_judged += after.judged != base[i].judged
            finding.changed_rules += after.rules != base[i].rules
            totals.add(base[i].score, -1)
            totals.add(after.score)
    return totals


def _together(
    nlp: Language, docs: list[GoldDoc], base: list[Outputs], forms: dict[str, set[str]], redundant: list[str]
) -> tuple[list[str], list[str]]:
    """The redundant records that can be removed together, in turn, each with those before it
    (records can cover each other); and those that must stay."""
    removed: list[str] = []
    needed: list[str] = []
    for record in redundant:
        trial = Finding(Effect(record, 0))
        _rerun(nlp, docs, base, hit_documents(docs, forms, [record]), frozenset([*removed, record]), trial)
        (needed if trial.changed_judged or trial.changed_rules else removed).append(record)
    return removed, needed


def redundancy(
    nlp: Language,
    docs: list[GoldDoc],
    *,
    records: list[str] | None = None,
    progress: Callable[[str], None] | None = None,
) -> RedundancyReport:
    """The finding of each of `records` (default: all) on `docs`, and which redundant records
    can be removed together. `nlp` is the shipped pipeline (with the judge)."""
    for d in docs:
        prepare(nlp, d)
    base: list[Outputs] = []
    fired: Counter[str] = Counter()
    for d in docs:
        outputs, records_fired = _outputs(nlp, d)
        base.append(outputs)
        fired.update(records_fired)
    forms = record_forms()
    totals = _rerun(nlp, docs, base, [], frozenset(), Finding(Effect("", 0)))
    report = RedundancyReport(len(docs), totals.f1(), totals.full_f1())
    for record in chosen_records(forms, records):
        hit = hit_documents(docs, forms, [record])
        finding = Finding(Effect(record, len(hit)), candidates=fired[record])
        if hit:
            finding.effect.set_deltas(totals, _rerun(nlp, docs, base, hit, frozenset([record]), finding))
        report.findings.append(finding)
        if progress is not None:
            progress(record)
    redundant = [f.effect.record for f in report.findings if f.verdict == "redundant"]
    report.removable, report.needed = _together(nlp, docs, base, forms, redundant)
    return report
