"""Learned event coreference: a later mention of an event already told, in another sentence, is
folded into the earlier one; two events of one kind stay two."""

from __future__ import annotations

import copy
from dataclasses import replace

from peristiwa.learned.coreference import (
    LABEL,
    candidate_pairs,
    coreference_path,
    fold_repeats,
    marker_doc,
    pair_probabilities,
    pair_text,
    threshold_of,
    trigger_root,
)
from peristiwa.learned.features import headline
from peristiwa.learned.packaged import load_model
from peristiwa.pipeline import build_pipeline
from peristiwa.spans import Event, EventDate
from peristiwa.training.coreference import Pair, train_coreference

TWO_ARRESTS = (
    "Polisi Tangkap Pengedar Narkoba di Bogor dan Depok\n\n"
    "BOGOR, KOMPAS.com - Polisi menangkap seorang pengedar sabu di Bogor, Jawa Barat, Senin (2/6/2025). "
    "Pada Kamis (5/6/2025), tim yang sama menangkap dua pengedar lain di Depok."
)
ARREST_TOLD_LATER = (
    "BANDUNG, KOMPAS.com - Ratusan warga berunjuk rasa menolak penggusuran di depan Gedung Sate, Senin (2/6/2025).\n\n"
    "Polisi kemudian menangkap tiga orang yang diduga provokator.\n\n"
    "Ketiganya ditangkap polisi di rumah masing-masing pada Selasa (3/6/2025) pagi."
)
STRIKE_AND_REPLY = (
    "Israel menyerang fasilitas nuklir Iran di Natanz pada Jumat (13/6/2025) dini hari. "
    "Para pejabat di Teheran menyebut serangan itu sebagai deklarasi perang. "
    "Pada malam harinya, Iran menyerang Tel Aviv dengan puluhan rudal balistik."
)


def _candidates(text: str) -> list[Event]:
    return list(build_pipeline(use_judge=False)(text)._.events)


def _separable() -> list[Pair]:
    same = ["jenis_COERCE pemicu_sama akar_sama tanggal_sama", "jenis_ASSAULT awal_judul akar_sama tanggal_satu"]
    other = ["jenis_COERCE akar_beda tanggal_beda korban_beda", "jenis_ASSAULT jarak_4 akar_beda tanggal_beda"]
    return [Pair(t, 1) for t in same] + [Pair(t, 0) for t in other]


def test_coreference_training_lowers_its_loss_and_separates_a_trivial_case() -> None:
    nlp, losses = train_coreference(_separable() * 4, seed=1, epochs=6)
    assert losses[-1] < losses[0]
    same = nlp(marker_doc("jenis_COERCE pemicu_sama akar_sama tanggal_sama", nlp.vocab))
    other = nlp(marker_doc("jenis_COERCE akar_beda tanggal_beda korban_beda", nlp.vocab))
    assert same.cats[LABEL] > 0.5 > other.cats[LABEL]


def test_coreference_training_is_deterministic_given_a_seed() -> None:
    a, _ = train_coreference(_separable(), seed=3, epochs=2)
    b, _ = train_coreference(_separable(), seed=3, epochs=2)
    text = "jenis_ASSAULT akar_sama tanggal_kosong"
    assert a(marker_doc(text, a.vocab)).cats == b(marker_doc(text, b.vocab)).cats


def test_coreference_reads_one_root_in_the_active_and_the_passive() -> None:
    assert trigger_root("menangkap") == trigger_root("ditangkap") == "tangkap"


def test_coreference_marks_two_arrests_on_different_days_as_other_dates_and_places() -> None:
    events = _candidates(TWO_ARRESTS)
    assert [e.event_type for e in events] == ["COERCE", "COERCE"]
    markers = pair_text(TWO_ARRESTS, headline(TWO_ARRESTS), events[0], events[1]).split()
    assert {"tanggal_beda", "akar_sama", "tempat_nama_beda"} <= set(markers)


def test_coreference_never_pairs_two_arrests_whose_sentences_tell_two_days() -> None:
    path = coreference_path()
    assert path is not None
    model = load_model(str(path))
    events = _candidates(TWO_ARRESTS)
    assert candidate_pairs(events) == []
    assert pair_probabilities(model, events, TWO_ARRESTS) == {}


CLASH_AND_FIREFIGHT = (
    "Pada Mei 2025, pasukan Kamboja dan pasukan Thailand terlibat baku tembak di wilayah perbatasan.\n\n"
    "Aparat keamanan dan kelompok bersenjata terlibat baku tembak di Intan Jaya, Papua, Selasa (3/6/2025)."
)


def test_coreference_never_pairs_a_month_and_a_day_outside_it_that_their_sentences_tell() -> None:
    events = _candidates(CLASH_AND_FIREFIGHT)
    assert [(e.event_type, e.date and e.date.start[:10]) for e in events] == [
        ("ASSAULT", "2025-05"),
        ("ASSAULT", "2025-06-03"),
    ]
    for event in events:
        event.recipient = []  # only the dates compared: no side of one is the other's target
    assert candidate_pairs(events) == []
    inside = copy.deepcopy(events)
    assert inside[1].date is not None
    inside[1].date = replace(inside[1].date, start="2025-05-13")  # a day of that May: may be the same
    assert candidate_pairs(inside) == [(0, 1)]


def test_coreference_model_scores_a_pair_told_alike_above_one_told_apart() -> None:
    path = coreference_path()
    assert path is not None
    model = load_model(str(path))
    alike = "jenis_COERCE akar_tangkap akar_tangkap jarak_1 awal_judul pemicu_sama akar_sama tanggal_sama kata_3"
    apart = "jenis_COERCE akar_tangkap akar_tangkap jarak_4 pemicu_sama akar_sama tanggal_beda sasaran_nama_beda kata_0"
    assert (
        model(marker_doc(alike, model.vocab)).cats[LABEL]
        > threshold_of(model)
        > model(marker_doc(apart, model.vocab)).cats[LABEL]
    )


def test_coreference_never_pairs_a_strike_with_the_reply_that_swaps_its_sides() -> None:
    events = _candidates(STRIKE_AND_REPLY)
    assert [e.event_type for e in events] == ["ASSAULT", "ASSAULT"]
    assert candidate_pairs(events) == []


def test_coreference_folds_a_later_mention_into_the_earlier_with_its_evidence() -> None:
    events = _candidates(TWO_ARRESTS)
    later_sentence = events[1].sentence
    folded = fold_repeats(copy.deepcopy(events), {(0, 1): 0.95}, 0.9)
    assert len(folded) == 1
    assert folded[0].trigger.start == events[0].trigger.start
    assert later_sentence in folded[0].evidence
    assert folded[0].date is not None and folded[0].date.start.startswith("2025-06-02")
    assert len(fold_repeats(copy.deepcopy(events), {(0, 1): 0.5}, 0.9)) == 2


def test_coreference_folding_keeps_the_day_the_later_sentence_writes_over_a_carried_one() -> None:
    events = [e for e in _candidates(ARREST_TOLD_LATER) if e.event_type == "COERCE"]
    assert [e.date.start[:10] if e.date else None for e in events] == ["2025-06-02", "2025-06-03"]
    folded = fold_repeats(copy.deepcopy(events), {(0, 1): 0.95}, 0.9)
    assert len(folded) == 1 and folded[0].trigger.start == events[0].trigger.start
    assert folded[0].date is not None and folded[0].date.start.startswith("2025-06-03")


def test_coreference_folding_takes_the_finer_day_the_later_sentence_writes() -> None:
    events = _candidates(TWO_ARRESTS)
    month = events[0].sentence.start
    events[0].date = EventDate(
        start="2025-06",
        end=None,
        precision="month",
        approximate=False,
        text="Juni",
        start_char=month,
        end_char=month + 4,
    )
    folded = fold_repeats(copy.deepcopy(events), {(0, 1): 0.95}, 0.9)
    assert folded[0].date is not None and folded[0].date.start.startswith("2025-06-05")


def test_coreference_reads_a_day_carried_untied_as_the_pairs_date() -> None:
    """A day the narrative carried without tying it to the event (`Event.carried_date`, out of the
    output) is the date the pair model reads, as the rule stages left it when the model learned."""
    events = _candidates(TWO_ARRESTS)
    for event in events:
        event.carried_date, event.date = event.date, None
    markers = pair_text(TWO_ARRESTS, headline(TWO_ARRESTS), events[0], events[1]).split()
    assert "tanggal_beda" in markers
