"""Rule ablation: what each trigger record of ``lang/id/events/triggers.yaml`` adds to the score.

For every record, the event stages run again without it on the gold documents where one of its
forms occurs (the mention stages — tokens, entities, places, times, figures — do not depend on
the lexicon and are computed once), and the scorer's totals are updated by the difference. A
record whose removal raises event F1 (or leaves it and full-event F1 unchanged) does not earn
its place on that set. Measure on sets the rules are not checked on afterwards: the project
ablates on the corpus's train and dev splits and keeps its test split and
``tests/data/gold_blind`` for the verdict. Which records change no output at all: ``redundancy``.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from ..errors import InputError
from ..evaluate import DocScore, Tally, score_document
from ..ingest import Record, parse_reference_time
from ..pipeline.build import EVENT_STAGES
from ..tokens import tokenize
from .lexicon import _records, load_lexicon, record_ids, without_records


@dataclass(slots=True)
class GoldDoc:
    name: str
    text: str
    gold: dict[str, Any]
    reference_time: str | None
    doc: Doc | None = None
    words: frozenset[str] = frozenset()


@dataclass(slots=True)
class Totals:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    full: int = 0

    def add(self, score: DocScore, sign: int = 1) -> None:
        self.tp += sign * score.tp
        self.fp += sign * score.fp
        self.fn += sign * score.fn
        self.full += sign * score.full

    def f1(self) -> float:
        return _f1(self.tp, self.fp, self.fn)

    def full_f1(self) -> float:
        return _f1(self.full, self.fp + self.tp - self.full, self.fn + self.tp - self.full)

    def copy(self) -> Totals:
        return Totals(self.tp, self.fp, self.fn, self.full)

    @classmethod
    def of(cls, scores: Iterable[DocScore]) -> Totals:
        totals = cls()
        for score in scores:
            totals.add(score)
        return totals


def _f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


@dataclass(slots=True)
class Effect:
    """What removing one record does: negative `delta_f1` means the record helps."""

    record: str
    documents: int  # gold documents where one of its forms occurs
    delta_tp: int = 0
    delta_fp: int = 0
    delta_f1: float = 0.0
    delta_full_f1: float = 0.0

    def set_deltas(self, base: Totals, without: Totals) -> None:
        """The differences of the totals `without` the record from the `base` totals."""
        self.delta_tp = without.tp - base.tp
        self.delta_fp = without.fp - base.fp
        self.delta_f1 = without.f1() - base.f1()
        self.delta_full_f1 = without.full_f1() - base.full_f1()

    @property
    def helps(self) -> bool:
        return self.delta_f1 < 0 or (self.delta_f1 == 0 and self.delta_full_f1 < 0)

    @property
    def hurts(self) -> bool:
        """Removing the record raises event F1, or full-event F1 with event F1 unchanged."""
        return self.delta_f1 > 0 or (self.delta_f1 == 0 and self.delta_full_f1 > 0)

    def to_json(self) -> dict[str, Any]:
        return {
            "record": self.record,
            "documents": self.documents,
            "delta_tp": self.delta_tp,
            "delta_fp": self.delta_fp,
            "delta_f1": round(self.delta_f1, 4),
            "delta_full_f1": round(self.delta_full_f1, 4),
            "helps": self.helps,
        }


@dataclass(slots=True)
class Report:
    documents: int
    f1: float
    full_f1: float
    effects: list[Effect] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "documents": self.documents,
            "event_f1": round(self.f1, 4),
            "full_event_f1": round(self.full_f1, 4),
            "records": len(self.effects),
            "records_that_do_not_help": sum(1 for e in self.effects if e.documents and not e.helps),
            "records_never_seen": sum(1 for e in self.effects if not e.documents),
            "effects": [e.to_json() for e in self.effects],
        }


def gold_documents(folders: Iterable[Path]) -> list[GoldDoc]:
    """The ``NAME.txt`` + ``NAME.gold.json`` pairs of the scorer's gold folders."""
    docs = []
    for folder in folders:
        if not folder.is_dir():
            raise InputError(str(folder), "gold directory not found")
        for path in sorted(folder.glob("*.gold.json")):
            gold = json.loads(path.read_text(encoding="utf-8"))
            name = path.name.removesuffix(".gold.json")
            text = (folder / gold.get("doc", name + ".txt")).read_text(encoding="utf-8")
            docs.append(GoldDoc(f"{folder.name}/{name}", text, gold, gold.get("reference_time")))
    return docs


def run_events(nlp: Language, d: GoldDoc, *, judge: bool = True) -> Doc:
    """Run the event stages on `d`'s prepared Doc (without the judge: every candidate the rules
    find, as `build_pipeline(use_judge=False)` gives)."""
    assert d.doc is not None
    doc = d.doc
    for name, proc in nlp.pipeline:
        if name in EVENT_STAGES and (judge or name != "judge"):
            doc = proc(doc)
    return doc


def output(d: GoldDoc, doc: Doc) -> dict[str, Any]:
    """The `peristiwa/1` record of `d` after `run_events`, as `peristiwa extract` writes it (the
    document's id is its gold name, "folder/NAME")."""
    from ..api import to_document

    record = Record(id=d.name, text=d.text, reference_time=parse_reference_time(d.reference_time))
    return to_document(doc, record).to_json()


def _score(nlp: Language, d: GoldDoc) -> DocScore:
    """Run the event stages on `d`'s prepared Doc and score the events."""
    return score_document(d.text, d.gold, output(d, run_events(nlp, d)), Tally())


def prepare(nlp: Language, d: GoldDoc) -> None:
    """Run the mention stages on `d` once; the event stages then run on its Doc (`run_events`)."""
    doc = nlp.make_doc(d.text)
    doc._.doc_id = d.name
    doc._.reference_time = parse_reference_time(d.reference_time)
    with nlp.select_pipes(disable=[n for n in EVENT_STAGES if n in nlp.pipe_names]):
        d.doc = nlp(doc)
    d.words = frozenset(t.lower for t in tokenize(d.text))


def record_forms() -> dict[str, set[str]]:
    """Record id → the words one of whose presence lets it fire (each phrase's first word)."""
    lex = load_lexicon()
    forms: dict[str, set[str]] = {r: set() for r in record_ids()}
    for word in lex.words:
        for spec in lex.specs_of(word):
            forms[spec.record].add(word)
    for phrase, spec in lex.phrases.items():
        forms[spec.record].add(phrase[0])
    return forms


def chosen_records(forms: dict[str, set[str]], records: list[str] | None) -> list[str]:
    """`records` (default: all, in file order), each checked to be a record of triggers.yaml."""
    wanted = records if records is not None else list(forms)
    unknown = [r for r in wanted if r not in forms]
    if unknown:
        raise InputError(", ".join(unknown), "no such trigger record (see `peristiwa rules list`)")
    return wanted


def hit_documents(docs: list[GoldDoc], forms: dict[str, set[str]], group: Iterable[str]) -> list[int]:
    """The indices of the documents where a form of one of the `group` records occurs: the only
    ones whose output removing them can change."""
    words = set().union(*(forms[r] for r in group))
    return [i for i, d in enumerate(docs) if words & d.words]


def ablate(
    nlp: Language,
    docs: list[GoldDoc],
    *,
    records: list[str] | None = None,
    together: bool = False,
    progress: Callable[[str], None] | None = None,
) -> Report:
    """The effect of removing each of `records` (default: all) on event and full-event F1;
    with `together`, of removing them all at once (one effect, named by the records joined)."""
    for d in docs:
        prepare(nlp, d)
    base_scores = [_score(nlp, d) for d in docs]
    base = Totals.of(base_scores)
    forms = record_forms()
    wanted = chosen_records(forms, records)
    report = Report(len(docs), base.f1(), base.full_f1())
    groups = [wanted] if together else [[r] for r in wanted]
    for group in groups:
        hit = hit_documents(docs, forms, group)
        effect = Effect(" + ".join(group), len(hit))
        if hit:
            totals = base.copy()
            with without_records(frozenset(group)):
                for i in hit:
                    totals.add(base_scores[i], -1)
                    totals.add(_score(nlp, docs[i]))
            effect.set_deltas(base, totals)
        report.effects.append(effect)
        if progress is not None:
            progress(effect.record)
    report.effects.sort(key=lambda e: (e.delta_f1, e.delta_full_f1, e.record))
    return report


def listing() -> list[dict[str, Any]]:
    """Every trigger record with its type and the number of surface forms it yields."""
    forms = record_forms()
    return [
        {"record": record, "type": key.removesuffix("_phrases"), "forms": len(forms[record])}
        for record, key, _ in _records()
    ]
