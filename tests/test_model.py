"""The packaged Indonesian spaCy pipeline: loads offline, reproduces its recorded scores, finds entities."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from pathlib import Path

import pytest
import spacy
from spacy.language import Language

from peristiwa.training.data import read_conllu, read_ner_file
from peristiwa.training.evaluate import examples_from_sentences, score

SAMPLES = Path(__file__).resolve().parent / "data" / "model"
TOLERANCE = 0.01


@lru_cache(maxsize=1)
def _nlp() -> Language:
    with resources.as_file(resources.files("peristiwa").joinpath("model")) as path:
        return spacy.load(path)


@pytest.fixture(scope="module")
def nlp() -> Language:
    return _nlp()


def _expected() -> dict[str, dict[str, float]]:
    data: dict[str, dict[str, float]] = json.loads((SAMPLES / "expected.json").read_text(encoding="utf-8"))
    return data


def test_model_has_tagger_parser_ner_with_three_labels(nlp: Language) -> None:
    assert {"tagger", "parser", "ner", "attribute_ruler"} <= set(nlp.pipe_names)
    assert set(nlp.get_pipe("ner").labels) == {"PER", "ORG", "LOC"}


def test_model_meta_records_sources_hashes_and_metrics(nlp: Language) -> None:
    extra = nlp.meta["peristiwa"]
    assert len(nlp.meta["sources"]) >= 5
    assert all(len(digest) == 64 for digest in extra["data_sha256"].values())
    recorded = extra["metrics"]["samples"]
    for sample, scores in _expected().items():
        assert recorded[sample] == pytest.approx(scores, abs=1e-6)
    assert {"gsd-test", "nerui-test", "idner-test"} <= set(extra["metrics"])


@pytest.mark.parametrize(
    ("sample", "key"),
    [
        ("gsd-test-100", "pos_acc"),
        ("gsd-test-100", "dep_uas"),
        ("gsd-test-100", "dep_las"),
        ("nerui-test-100", "ents_f"),
        ("nerui-test-100", "ents_p"),
        ("nerui-test-100", "ents_r"),
    ],
)
def test_model_reproduces_recorded_score(nlp: Language, sample: str, key: str) -> None:
    if sample.startswith("gsd"):
        sentences = list(read_conllu(SAMPLES / f"{sample}.conllu"))
    else:
        sentences = list(read_ner_file(SAMPLES / f"{sample}.tsv", dataset="nerui"))
    assert len(sentences) == 100
    measured = score(nlp, examples_from_sentences(nlp, sentences), keys=(key,))
    assert measured[key] == pytest.approx(_expected()[sample][key], abs=TOLERANCE)


@pytest.mark.parametrize(
    ("text", "entity", "label"),
    [
        ("Presiden Joko Widodo meresmikan bendungan baru di Kabupaten Bogor pada Senin pagi.", "Joko Widodo", "PER"),
        ("Polisi menangkap dua tersangka di Surabaya setelah bentrokan antarwarga.", "Surabaya", "LOC"),
        ("Komisi Pemberantasan Korupsi memeriksa tiga pejabat daerah kemarin.", "Komisi Pemberantasan Korupsi", "ORG"),
        ("Ribuan mahasiswa berunjuk rasa di depan gedung DPR di Jakarta.", "Jakarta", "LOC"),
    ],
)
def test_model_recognises_entity_in_news_sentence(nlp: Language, text: str, entity: str, label: str) -> None:
    found = {(ent.text, ent.label_) for ent in nlp(text).ents}
    assert (entity, label) in found


@pytest.mark.parametrize(
    ("text", "word", "pos"),
    [
        ("Polisi menangkap dua tersangka di Surabaya.", "menangkap", "VERB"),
        ("Polisi menangkap dua tersangka di Surabaya.", "dua", "NUM"),
        ("Warga desa itu mengungsi ke tempat yang lebih aman.", "di", None),
        ("Warga desa itu mengungsi ke tempat yang lebih aman.", "ke", "ADP"),
    ],
)
def test_model_tags_upos(nlp: Language, text: str, word: str, pos: str | None) -> None:
    doc = nlp(text)
    tags = {token.text: token.pos_ for token in doc}
    assert tags.get(word) == pos
    assert len([token for token in doc if token.dep_ == "ROOT"]) >= 1


# Entities a reader of the dev text expects (PER, ORG, LOC); recall is scored, not each string.
BAGHDAD_ENTITIES = [
    ("Mark Esper", "PER"),
    ("Donald Trump", "PER"),
    ("Matt Tueller", "PER"),
    ("Mark Milley", "PER"),
    ("Israel Katz", "PER"),
    ("Pentagon", "ORG"),
    ("Associated Press", "ORG"),
    ("Kata'ib Hezbollah", "ORG"),
    ("Irak", "LOC"),
    ("Suriah", "LOC"),
    ("Bagdad", "LOC"),
    ("Kuwait", "LOC"),
    ("Taji", "LOC"),
]
RECALL_THRESHOLD = 0.6


def test_model_entity_recall_on_dev_text(nlp: Language, gold_dev: Path) -> None:
    doc = nlp((gold_dev / "baghdad-embassy-2019.txt").read_text(encoding="utf-8"))
    found = {(ent.text, ent.label_) for ent in doc.ents}
    hits = sum(1 for expected in BAGHDAD_ENTITIES if expected in found)
    recall = hits / len(BAGHDAD_ENTITIES)
    assert recall >= RECALL_THRESHOLD, f"recall {recall:.2f}; found {sorted(found)}"


CONLLU_MWT = """# text = Gambar lainnya diambil.
1\tGambar\tgambar\tNOUN\t_\t_\t4\tnsubj:pass\t_\t_
2-3\tlainnya\t_\t_\t_\t_\t_\t_\t_\t_
2\tlain\tlain\tADJ\t_\t_\t1\tamod\t_\t_
3\tnya\tnya\tPRON\t_\t_\t2\tnmod:poss\t_\t_
4\tdiambil\tambil\tVERB\t_\t_\t0\troot\t_\tSpaceAfter=No
5\t.\t.\tPUNCT\t_\t_\t4\tpunct\t_\t_
"""


def test_model_conversion_merges_multiword_tokens(tmp_path: Path) -> None:
    path = tmp_path / "mwt.conllu"
    path.write_text(CONLLU_MWT + "\n", encoding="utf-8")
    (sentence,) = read_conllu(path)
    assert sentence.words == ("Gambar", "lainnya", "diambil", ".")
    assert sentence.tags == ("NOUN", "ADJ", "VERB", "PUNCT")
    assert sentence.heads == (2, 0, 2, 2)
    assert sentence.deps == ("nsubj:pass", "amod", "ROOT", "punct")
    assert sentence.spaces == (True, True, False, True)


@pytest.mark.parametrize(
    ("dataset", "lines", "expected"),
    [
        (
            "nerui",
            ["Joko\tB-PERSON", "Widodo\tI-PERSON", "ke\tO", "Bogor\tB-LOCATION"],
            ("B-PER", "I-PER", "O", "B-LOC"),
        ),
        (
            "nergrit",
            ["Kementerian\tB-ORGANISATION", "Luar\tI-ORGANISATION", "di\tO", "Jakarta\tB-PLACE"],
            ("B-ORG", "I-ORG", "O", "B-LOC"),
        ),
        ("nerugm", ["Senin\tB-TIME", "pagi\tI-TIME", "Polri\tB-ORGANIZATION"], ("O", "O", "B-ORG")),
        ("idner", ["Gaza PROPN B-LOC", "diserang VERB O"], ("B-LOC", "O")),
    ],
)
def test_model_label_map_maps_each_corpus(
    tmp_path: Path, dataset: str, lines: list[str], expected: tuple[str, ...]
) -> None:
    path = tmp_path / f"{dataset}.txt"
    path.write_text("\n".join(lines) + "\n\n", encoding="utf-8")
    (sentence,) = read_ner_file(path, dataset=dataset)
    assert sentence.ents == expected
