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
from .lexicon import record_examples, without_records

VERDICTS = ("redundant", "helps", "hurts", "never fires")


@dataclass(frozen=True, slots=True)
class Outputs:
    """A document's outputs (JSON text) with the judge and without, and the judged one's score."""

    judged: str
    rules: str
    score: DocScore


@dataclass(slots=True)
class Finding:
    """What one record gives (`candidates`: the draft events of its mentions, the rules alone) and
    what removing it changes: the documents whose output differs, the judged score and the true
    events lost in some document. For a redundant record, `examples_covered`: whether each of its
    own `examples` sentences still gives an event of its type without it."""

    effect: Effect
    candidates: int = 0
    changed_judged: int = 0
    changed_rules: int = 0
    true_events_lost: int = 0
    examples_covered: bool | None = None

    @property
    def verdict(self) -> str:
        if self.changed_judged or self.changed_rules:
            return "hurts" if self.effect.hurts else "helps"
        return "redundant" if self.candidates else "never fires"

    def to_json(self) -> dict[str, Any]:
        return {
            **self.effect.to_json(),
            "candidates": self.candidates,
            "changed_with_judge": self.changed_judged,
            "changed_without_judge": self.changed_rules,
            "true_events_lost": self.true_events_lost,
            "examples_covered": self.examples_covered,
            "verdict": self.verdict,
        }


@dataclass(slots=True)
class RedundancyReport:
    """Every record's finding; `removable`: the redundant records whose examples other records
    cover, that can go all together (`needed`: those that change an output or lose an example's
    event once the others are gone; `uncovered`: those whose own examples no other record gives)."""

    documents: int
    f1: float
    full_f1: float
    findings: list[Finding] = field(default_factory=list)
    removable: list[str] = field(default_factory=list)
    needed: list[str] = field(default_factory=list)
    uncovered: list[str] = field(default_factory=list)

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
            "redundant_but_examples_uncovered": self.uncovered,
            "findings": [f.to_json() for f in self.findings],
        }


def _fired(doc: Doc) -> list[str]:
    """The record of each of the Doc's candidate events: each mention that is not the content of
    another act becomes a draft event (`events.draft_roles`), before drafts of one event merge."""
    return [m.spec.record for m in doc_list(doc, "mentions") if not m.content]


def _outputs(nlp: Language, d: GoldDoc) -> tuple[Outputs, list[str]]:
    """`d`'s outputs, and the records that fire in it (the rules alone)."""
    doc = run_events(nlp, d, judge=False)
    rules, fired = json.dumps(output(d, doc), ensure_ascii=False), _fired(doc)
    judged = output(d, run_events(nlp, d))
    score = score_document(d.text, d.gold, judged, Tally())
    return Outputs(json.dumps(judged, ensure_ascii=False), rules, score), fired


def _rerun(
    nlp: Language,
    docs: list[GoldDoc],
    base: list[Outputs],
    hit: list[int],
    removed: frozenset[str],
    finding: Finding,
    base_totals: Totals | None = None,
) -> Totals:
    """Run the `hit` documents again without the `removed` records, count in `finding` those
    whose output changes and the true events lost; the judged totals of all documents after
    (from `base_totals`, the totals of `base`, when given)."""
    totals = base_totals.copy() if base_totals is not None else Totals.of(b.score for b in base)
    with without_records(removed):
        for i in hit:
            after, _ = _outputs(nlp, docs[i])
            finding.changed_judged += after.judged != base[i].judged
            finding.changed_rules += after.rules != base[i].rules
            finding.true_events_lost += max(0, base[i].score.tp - after.score.tp)
            totals.add(base[i].score, -1)
            totals.add(after.score)
    return totals


def _examples_covered(nlp: Language, records: list[str], removed: frozenset[str]) -> bool:
    """Whether each `examples` sentence of `records` (but those it misses, `xfail`) still gives a
    reported event of the record's type, from another record, without the `removed` records."""
    wanted = set(records)
    with without_records(removed):
        for entry in record_examples():
            for example in entry.examples if entry.record in wanted else ():
                d = GoldDoc(entry.record, example.text, {}, None)
                prepare(nlp, d)
                mentions = doc_list(run_events(nlp, d, judge=False), "mentions")
                if not example.xfail and not any(
                    m.event_type == entry.event_type and not (m.negated or m.content) for m in mentions
                ):
                    return False
    return True


def _together(
    nlp: Language, docs: list[GoldDoc], base: list[Outputs], forms: dict[str, set[str]], redundant: list[str]
) -> tuple[list[str], list[str]]:
    """The redundant records that can be removed together, in turn, each with those before it
    (records can cover each other, in the documents and in the examples); and those that stay."""
    removed: list[str] = []
    needed: list[str] = []
    for record in redundant:
        trial = Finding(Effect(record, 0))
        group = frozenset([*removed, record])
        _rerun(nlp, docs, base, hit_documents(docs, forms, [record]), group, trial)
        same = not (trial.changed_judged or trial.changed_rules)
        (removed if same and _examples_covered(nlp, [*removed, record], group) else needed).append(record)
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
    totals = Totals.of(b.score for b in base)
    report = RedundancyReport(len(docs), totals.f1(), totals.full_f1())
    for record in chosen_records(forms, records):
        hit = hit_documents(docs, forms, [record])
        finding = Finding(Effect(record, len(hit)), candidates=fired[record])
        if hit:
            finding.effect.set_deltas(totals, _rerun(nlp, docs, base, hit, frozenset([record]), finding, totals))
        if finding.verdict == "redundant":
            finding.examples_covered = _examples_covered(nlp, [record], frozenset([record]))
        report.findings.append(finding)
        if progress is not None:
            progress(record)
    redundant = [f.effect.record for f in report.findings if f.verdict == "redundant"]
    report.uncovered = [f.effect.record for f in report.findings if f.examples_covered is False]
    covered = [r for r in redundant if r not in report.uncovered]
    report.removable, report.needed = _together(nlp, docs, base, forms, covered)
    return report
