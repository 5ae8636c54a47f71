"""Document relevance: its training, its policy and its stage after the judge."""

from __future__ import annotations

import pytest
from conftest import rule_events

from peristiwa.learned.relevance import LABEL, Policy, document_doc, probability, relevance_path
from peristiwa.pipeline import build_pipeline
from peristiwa.tokens import tokenized
from peristiwa.training.relevance import Scored, Text, best_policy, train_relevance

SPORT = (
    "Persib Menang 3-1 atas Persija di Stadion GBLA\n\n"
    "BANDUNG, KOMPAS.com - Persib Bandung mengalahkan Persija Jakarta 3-1 dalam laga pekan ke-20 "
    "Liga 1 di Stadion Gelora Bandung Lautan Api, Minggu (8/6/2025). Sejak menit awal Persib terus "
    "menyerang lewat sayap kanan. Gol pertama dicetak David da Silva pada menit ke-12 setelah "
    "menerima umpan silang dari Ciro Alves. Persija sempat menyamakan kedudukan lewat tendangan "
    "bebas Rizky Ridho, tetapi Persib kembali menyerang dan menggempur pertahanan lawan pada babak "
    'kedua. Pelatih Persib Bojan Hodak memuji kerja keras para pemainnya. "Kami bermain sabar dan '
    'disiplin," ujar Bojan seusai laga. Dengan kemenangan ini, Persib memimpin klasemen sementara '
    "dengan 45 poin, unggul tiga poin dari Dewa United yang berada di posisi kedua. Para suporter "
    "merayakan kemenangan itu hingga larut malam di sekitar stadion."
)
CLASH = (
    "Bentrok Aparat dan Massa di Wamena, Tiga Orang Tewas\n\n"
    "WAMENA, KOMPAS.com - Aparat gabungan TNI dan Polri bentrok dengan massa di Wamena, Papua "
    "Pegunungan, Senin (23/9/2025). Massa menyerang kantor bupati dan membakar sejumlah kios di "
    "sekitar pasar. Polisi menembakkan gas air mata untuk membubarkan massa. Tiga orang tewas dan "
    "belasan lainnya luka-luka dalam bentrokan itu. Kapolda Papua mengatakan polisi menangkap "
    "sebelas orang yang diduga menjadi provokator kerusuhan. Pemerintah daerah meminta warga tetap "
    "tenang dan tidak terprovokasi oleh kabar bohong di media sosial. Ratusan warga mengungsi ke "
    "markas Kodim setempat karena khawatir bentrokan kembali terjadi."
)


def _texts() -> list[Text]:
    political = [
        "Polisi menangkap tiga terduga teroris di Bekasi dalam sebuah penggerebekan.",
        "Aparat menembak warga sipil di Intan Jaya dalam bentrokan bersenjata.",
        "Ribuan mahasiswa berunjuk rasa menolak RUU di depan gedung DPR.",
        "Pasukan Israel menyerang kamp pengungsi di Gaza dan menewaskan puluhan warga.",
    ]
    sport = [
        "Persib terus menyerang lewat sayap kanan dan mencetak dua gol di babak kedua.",
        "Timnas menggempur pertahanan lawan pada laga Piala AFF di Stadion Bukit Jalil.",
        "Gregoria merebut gelar juara tunggal putri pada turnamen bulu tangkis Indonesia Open.",
        "Pelatih memuji para pemain setelah kemenangan di kandang lawan dalam laga Liga 1.",
    ]
    return [Text(str(i), "test", t, 1) for i, t in enumerate(political)] + [
        Text(str(i + 10), "test", t, 0) for i, t in enumerate(sport)
    ]


def test_relevance_training_lowers_its_loss_and_separates_sport_from_a_clash() -> None:
    nlp, losses = train_relevance(_texts() * 4, seed=1, epochs=6)
    assert losses[-1] < losses[0]
    clash = nlp(document_doc(tokenized("Aparat menembak massa dan polisi menangkap provokator bentrokan di Wamena.")))
    match = nlp(document_doc(tokenized("Persib menyerang lewat sayap dan mencetak gol kemenangan di laga Liga 1.")))
    assert clash.cats[LABEL] > 0.5 > match.cats[LABEL]


def test_relevance_training_gives_the_same_weights_for_the_same_seed() -> None:
    weights = [train_relevance(_texts(), seed=3, epochs=2)[0].get_pipe("textcat").to_bytes() for _ in range(2)]
    assert weights[0] == weights[1]


def test_relevance_reads_the_words_of_the_beginning_of_a_text_without_white_space() -> None:
    beginning = [t.text for t in document_doc(tokenized(CLASH), 40)]
    assert beginning == ["Bentrok", "Aparat", "dan", "Massa", "di", "Wamena", ",", "Tiga"]
    assert [t.text for t in document_doc(tokenized("Bentrok  aparat\n\ndi Wamena"))] == [
        "Bentrok",
        "aparat",
        "di",
        "Wamena",
    ]


def test_relevance_policy_drops_irrelevant_documents_and_is_stricter_in_doubtful_ones() -> None:
    policy = Policy(drop_below=0.3, strict_below=0.6, strict_confidence=0.5)
    assert not policy.keeps(0.2, 0.99)
    assert not policy.keeps(0.5, 0.4) and policy.keeps(0.5, 0.7)
    assert policy.keeps(0.9, 0.2)
    assert Policy().keeps(0.0, 0.0)


def test_relevance_policy_ties_go_to_the_policy_that_leaves_event_free_documents_empty() -> None:
    """Dropping a doubtful document's events costs one true event for one false one: a tie on
    dev F1, and the stricter policy is taken, so the event-free document stays empty."""
    candidates = [(0.9, 1, 0.9, False)] * 200 + [(0.1, 1, 0.9, False), (0.2, 0, 0.9, True)]
    data = Scored(candidates, required=201, quiet_documents=1)
    choice = best_policy(data)
    assert choice["policy"]["drop_below"] > 0.2
    assert choice["after"]["events_per_text_without_events"] == 0.0
    assert choice["before"]["events_per_text_without_events"] == 1.0


def _shipped() -> None:
    if relevance_path() is None:
        pytest.skip("this install ships no relevance classifier")


def test_relevance_stage_drops_the_attacks_of_a_football_report_and_keeps_a_clash() -> None:
    _shipped()
    with_stage = build_pipeline()
    without = build_pipeline()
    without.get_pipe("relevance").model = None  # the same pipeline, the stage off
    sport, clash = with_stage(SPORT), with_stage(CLASH)
    assert any(e.event_type == "ASSAULT" for e in rule_events(SPORT))  # the rules propose "menyerang"
    assert sport._.events == []
    # the classifier itself puts the football report below the point where a document's events all
    # go, and the clash above it (the judge may already have dropped the report's candidates)
    stage = with_stage.get_pipe("relevance")
    sport_p, clash_p = probability(stage.model, sport), probability(stage.model, clash)
    assert sport_p is not None and clash_p is not None
    assert sport_p < stage.policy.drop_below < clash_p
    assert clash._.relevance == round(clash_p, 3)
    assert [e.event_type for e in clash._.events] == [e.event_type for e in without(CLASH)._.events]
    assert clash._.events


def test_relevance_stage_leaves_a_single_sentence_to_the_judge() -> None:
    _shipped()
    doc = build_pipeline()("Polisi menangkap tiga terduga teroris di Bekasi, Selasa (14/11/2023).")
    assert doc._.relevance is None and doc._.events


def test_relevance_stage_disabled_keeps_the_events_and_records_nothing() -> None:
    nlp = build_pipeline()
    nlp.replace_pipe("relevance", "peristiwa_relevance_v1", config={"enabled": False})
    doc = nlp(CLASH)
    assert doc._.relevance is None and doc._.events
    assert "relevance" in nlp.pipe_names


def test_relevance_stage_is_off_when_the_judge_is() -> None:
    nlp = build_pipeline(use_judge=False)
    assert nlp.get_pipe("relevance").model is None
