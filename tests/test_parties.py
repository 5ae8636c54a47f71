"""The learned party filler: roles the rules leave empty, filled from the sentence or the one
before, never replacing a named party, never one entity in both roles; its training."""

from __future__ import annotations

import pytest

from peristiwa.corpus import CorpusDoc
from peristiwa.events.role_cues import party
from peristiwa.learned.packaged import load_model
from peristiwa.learned.parties import LABEL, Choice, Context, feature_doc, fill_parties, parties_path
from peristiwa.pipeline import build_pipeline
from peristiwa.pipeline.base import doc_list, doc_tokens
from peristiwa.spans import Entity, Event, Segment, Span
from peristiwa.training.parties import Labelled, labelled, train_filler

VISIT = (
    "Menteri Luar Negeri Jepang tiba di Beijing pada Kamis. "
    "Dalam kunjungan itu, ia bertemu dengan Presiden China Xi Jinping."
)

needs_model = pytest.mark.skipif(parties_path() is None, reason="this install ships no party filler")


def _roles(text: str, *, filler: bool) -> list[tuple[str, list[str | None], list[str | None]]]:
    nlp = build_pipeline()
    disabled = [] if filler else ["parties"]
    with nlp.select_pipes(disable=disabled):
        doc = nlp(text)
    return [
        (e.event_type, [p.country for p in e.actor], [p.country for p in e.recipient]) for e in doc_list(doc, "events")
    ]


@needs_model
def test_parties_fills_the_visitor_named_in_the_sentence_before() -> None:
    without, with_filler = _roles(VISIT, filler=False), _roles(VISIT, filler=True)
    assert ("CONSULT", [], ["CHN"]) in without
    assert ("CONSULT", ["JPN"], ["CHN"]) in with_filler


@needs_model
def test_parties_never_replace_a_party_the_rules_named() -> None:
    text = (
        "Pemerintah Amerika Serikat menjatuhkan sanksi baru kepada Rusia pada Jumat. "
        "Polisi Filipina menggerebek sebuah gudang di Manila, Selasa, dan menangkap tiga warga negara China."
    )
    without = _roles(text, filler=False)
    assert all(actor and recipient for _, actor, recipient in without)
    assert _roles(text, filler=True) == without


@needs_model
def test_parties_never_put_one_entity_in_both_roles() -> None:
    text = "Menteri Luar Negeri Jepang tiba di Beijing pada Kamis. Kunjungan itu berlangsung singkat."
    nlp = build_pipeline()
    doc = nlp(text)
    start = text.index("Kunjungan")
    event = Event("e1", "CONSULT", Span("Kunjungan", start, start + 9), Segment(start, len(text)))
    ctx = Context(doc_tokens(doc), doc_list(doc, "segments"), doc_list(doc, "entities"))
    path = parties_path()
    assert path is not None
    fill_parties(load_model(path), {"actor": 0.0, "recipient": 0.0}, ctx, [event], party)
    assert [p.country for p in event.actor] == ["JPN"]
    assert event.recipient == []


def _choice(features: tuple[str, ...]) -> Choice:
    event = Event("e1", "ASSAULT", Span("menyerang", 0, 9), Segment(0, 9))
    return Choice(event, "actor", Entity("Israel", 0, 6, "GPE", country="ISR"), features)


def _separable() -> list[Labelled]:
    good = [("r=actor", "actor:side=before", "actor:prev=<edge>"), ("r=actor", "actor:side=before", "actor:prev=oleh")]
    bad = [("r=actor", "actor:side=after", "actor:prev=terhadap"), ("r=actor", "actor:side=after", "actor:prev=ke")]
    return [Labelled(_choice(f), 1, ("a", i, "actor")) for i, f in enumerate(good)] + [
        Labelled(_choice(f), 0, ("b", i, "actor")) for i, f in enumerate(bad)
    ]


def test_parties_training_lowers_its_loss_and_separates_a_trivial_case() -> None:
    nlp, losses = train_filler(_separable() * 4, seed=1, epochs=6)
    assert losses[-1] < losses[0]
    before = nlp(feature_doc(nlp.vocab, _choice(("r=actor", "actor:side=before", "actor:prev=oleh"))))
    after = nlp(feature_doc(nlp.vocab, _choice(("r=actor", "actor:side=after", "actor:prev=ke"))))
    assert before.cats[LABEL] > 0.5 > after.cats[LABEL]


def test_parties_training_is_deterministic_given_a_seed() -> None:
    a, _ = train_filler(_separable(), seed=3, epochs=2)
    b, _ = train_filler(_separable(), seed=3, epochs=2)
    probe = _choice(("r=actor", "actor:side=before", "actor:prev=ke"))
    assert a(feature_doc(a.vocab, probe)).cats == b(feature_doc(b.vocab, probe)).cats


def test_parties_training_labels_candidates_by_the_gold_partys_country() -> None:
    gold = {
        "events": [
            {
                "id": "g1",
                "type": "CONSULT",
                "evidence": ["bertemu dengan Presiden China Xi Jinping"],
                "actor": {"country": "JPN"},
                "recipient": {"country": "CHN"},
            }
        ]
    }
    data = labelled([CorpusDoc("kompas", "visit", VISIT, "2025-11-06", gold)], refill=True)
    by_role = {(x.choice.role, x.choice.entity.country): x.label for x in data}
    assert by_role[("actor", "JPN")] == 1
    assert by_role[("recipient", "CHN")] == 1
    assert by_role.get(("recipient", "JPN"), 0) == 0


def test_parties_a_chosen_party_brings_the_parties_listed_with_it() -> None:
    text = (
        "Korea Utara kembali menguji rudal balistik. "
        "Juru bicara itu mengecam Jepang, Korea Selatan, dan Filipina atas latihan bersama mereka."
    )
    doc = build_pipeline()(text)
    ctx = Context(doc_tokens(doc), doc_list(doc, "segments"), doc_list(doc, "entities"))
    start = text.index("mengecam")
    event = Event("e1", "ACCUSE", Span("mengecam", start, start + 8), Segment(text.index("Juru"), len(text)))
    chosen = next(e for e in ctx.entities if e.text == "Korea Selatan")
    assert [e.text for e in ctx.listed_with(event, chosen)] == ["Jepang", "Filipina"]
    first = next(e for e in ctx.entities if e.text == "Korea Utara")
    assert ctx.listed_with(event, first) == []
