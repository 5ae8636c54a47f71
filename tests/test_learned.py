"""The learned event judge: its input, its training, and its place in the pipeline."""

from __future__ import annotations

import pytest

import peristiwa
from peristiwa.learned.features import candidate_text, headline
from peristiwa.learned.judge import LABEL, judge_path, load_judge
from peristiwa.learned.markers import markers
from peristiwa.pipeline import build_pipeline
from peristiwa.spans import Event, EventDate, Segment, Span
from peristiwa.tokens import tokenized
from peristiwa.training.events import Candidate, train_judge

NEWS = "Polisi Tangkap Dua Pengedar di Medan\n\nMEDAN, KOMPAS.com - Polisi menangkap dua pengedar sabu."


def test_learned_headline_is_the_first_line_before_a_blank_line() -> None:
    assert headline(NEWS) == "Polisi Tangkap Dua Pengedar di Medan"
    assert headline("Pertempuran Buzakha terjadi pada tahun 632. Pasukan Khalid menyerang.") == ""


def test_learned_candidate_text_marks_type_trigger_and_sentence() -> None:
    start = NEWS.index("menangkap")
    sentence = Segment(NEWS.index("Polisi menangkap"), len(NEWS))
    event = Event("e1", "COERCE", Span("menangkap", start, start + len("menangkap")), sentence, mode=["arrest"])
    text = candidate_text(event, NEWS, headline(NEWS))
    assert text.startswith("tipe_COERCE pemicu_menangkap mode_arrest aktor_tidak sasaran_tidak tanpa_tanggal pertama |")
    assert "[[ menangkap ]] dua pengedar sabu." in text
    assert text.endswith(
        "| Polisi Tangkap Dua Pengedar di Medan awal_berita MEDAN, KOMPAS.com - Polisi menangkap dua pengedar sabu."
    )


def test_learned_candidate_text_marks_a_second_mention_of_the_same_kind() -> None:
    text = (
        "Polisi menangkap tiga orang di Medan pada Senin (2/6/2025). Penangkapan ketiga orang itu "
        "dilakukan di sebuah rumah. Di Binjai, polisi menangkap dua orang lain pada Kamis (5/6/2025)."
    )
    first = _arrest(text, "menangkap", date="2025-06-02")
    again = _arrest(text, "Penangkapan", date="2025-06-02")
    other = _arrest(text, "menangkap dua", date="2025-06-05")
    markers = candidate_text(again, text, "", [first]).split(" | ")[0].split()
    assert {"ulang", "ulang_dekat", "ulang_tanggal_sama"} <= set(markers)
    later = candidate_text(other, text, "", [first, again]).split(" | ")[0].split()
    assert "ulang_tanggal_beda" in later and "ulang_ke_2" in later
    assert "pertama" in candidate_text(first, text, "", []).split()


def test_learned_markers_are_the_vocabulary_the_packaged_judge_was_trained_with() -> None:
    path = judge_path()
    if path is None:
        pytest.skip("this install ships no judge")
    strings = load_judge(str(path)).vocab.strings
    m = markers()
    pairs = [m.same_actor, m.same_recipient, m.same_place]
    whole = [m.first, m.repeat, m.same_sentence, m.near, m.far, m.same_trigger, m.no_dates, m.one_date]
    whole += [m.same_date, m.other_date, m.same_figures, m.no_actor, m.no_recipient, m.dated, m.undated]
    whole += [w for pair in pairs for w in (pair.same, pair.other)]
    assert [w for w in whole if w not in strings] == []
    assert m.type_prefix + "ASSAULT" in strings and m.count_prefix + "2" in strings


def _arrest(text: str, word: str, *, date: str) -> Event:
    start = text.index(word)
    end = start + len(word.split()[0])
    stop = text.find(".", start)
    sentence = Segment(text.rfind(". ", 0, start) + 2 if start > 20 else 0, stop + 1)
    event = Event("e", "COERCE", Span(text[start:end], start, end), sentence, mode=["arrest"])
    event.date = EventDate(date, None, "day", False, None, None, None)
    return event


def _separable() -> list[Candidate]:
    events = [
        "tipe_ASSAULT pemicu_menembak | Aparat [[ menembak ]] warga sipil di Intan Jaya | Bentrokan di Papua",
        "tipe_COERCE pemicu_menangkap | Polisi [[ menangkap ]] tiga tersangka teroris | Densus 88 Bergerak",
        "tipe_PROTEST pemicu_berunjuk_rasa | Mahasiswa [[ berunjuk rasa ]] di depan DPR | Demo Tolak RUU",
    ]
    sport = [
        "tipe_ASSAULT pemicu_menyerang | Persib terus [[ menyerang ]] lewat sayap kanan | Liga 1: Persib Menang",
        "tipe_ASSAULT pemicu_menggempur | Timnas [[ menggempur ]] pertahanan lawan | Piala AFF: Garuda Menang",
        "tipe_COERCE pemicu_merebut | Gregoria [[ merebut ]] gelar juara tunggal putri | Bulu Tangkis Indonesia",
    ]
    return [Candidate(str(i), t, 1) for i, t in enumerate(events)] + [
        Candidate(str(i + 10), t, 0) for i, t in enumerate(sport)
    ]


def test_learned_judge_training_lowers_its_loss_and_separates_a_trivial_case() -> None:
    data = _separable() * 4
    nlp, losses = train_judge(data, seed=1, epochs=6)
    assert losses[-1] < losses[0]
    political = nlp(tokenized("tipe_ASSAULT pemicu_menembak | Aparat [[ menembak ]] warga sipil | Bentrokan di Papua"))
    sport = nlp(
        tokenized("tipe_ASSAULT pemicu_menyerang | Persib terus [[ menyerang ]] lewat sayap | Liga 1: Persib Menang")
    )
    assert political.cats[LABEL] > 0.5 > sport.cats[LABEL]


def test_learned_judge_training_is_deterministic_given_a_seed() -> None:
    a, _ = train_judge(_separable(), seed=3, epochs=2)
    b, _ = train_judge(_separable(), seed=3, epochs=2)
    text = "tipe_COERCE pemicu_menangkap | Polisi [[ menangkap ]] dua orang | Polisi Tangkap"
    assert a(tokenized(text)).cats == b(tokenized(text)).cats


def test_learned_judge_gives_each_event_its_probability_as_confidence() -> None:
    doc = peristiwa.extract(
        "Polisi menangkap tiga terduga teroris di Bekasi, Jawa Barat, Selasa (14/11/2023).", doc_id="a"
    )
    assert doc.events
    assert all(0.0 <= e.confidence <= 1.0 for e in doc.events)


def test_learned_judge_disabled_keeps_every_rule_candidate() -> None:
    text = "Persib terus menyerang lewat sayap kanan dan menggempur pertahanan lawan di babak kedua."
    with_judge = build_pipeline(use_judge=True)
    without = build_pipeline(use_judge=False)
    kept = {e.trigger.text for e in with_judge(text)._.events}
    candidates = {e.trigger.text for e in without(text)._.events}
    assert kept <= candidates
