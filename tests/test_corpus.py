"""The annotated corpus: its annotations fit their texts, its splits are fixed and disjoint."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from peristiwa.corpus import CorpusDoc, load
from peristiwa.corpus.agreement import as_prediction
from peristiwa.corpus.sources import sentence_gold
from peristiwa.corpus.splits import SPLITS, assign, stories
from peristiwa.evaluate import Tally, score_document
from peristiwa.events.lexicon import PLOVER_TYPES

ROOT = Path(__file__).resolve().parent.parent
ANNOTATIONS = ROOT / "corpus"


@pytest.fixture(scope="module")
def corpus(shared_corpus: Path) -> list[CorpusDoc]:
    return load(shared_corpus, ANNOTATIONS)


def test_corpus_every_evidence_occurs_in_its_source_text(corpus: list[CorpusDoc]) -> None:
    missing = [
        (d.doc_id, e["id"], quote)
        for d in corpus
        for e in d.gold["events"]
        for quote in e["evidence"]
        if quote not in d.text
    ]
    assert not missing, missing[:5]


def test_corpus_events_are_plover_types_with_evidence(corpus: list[CorpusDoc]) -> None:
    for d in corpus:
        for e in d.gold["events"]:
            assert e["type"] in PLOVER_TYPES, (d.doc_id, e)
            assert e["evidence"], (d.doc_id, e)


def test_corpus_splits_are_disjoint_and_cover_every_annotated_text(corpus: list[CorpusDoc]) -> None:
    splits = json.loads((ANNOTATIONS / "splits.json").read_text(encoding="utf-8"))
    seen: dict[str, str] = {}
    for split in SPLITS:
        for doc_id in splits[split]:
            assert doc_id not in seen, f"{doc_id} is in {seen[doc_id]} and {split}"
            seen[doc_id] = split
    assert {d.doc_id for d in corpus} <= set(seen)


def test_corpus_a_story_and_its_follow_ups_share_a_split(corpus: list[CorpusDoc]) -> None:
    splits = json.loads((ANNOTATIONS / "splits.json").read_text(encoding="utf-8"))
    split_of = {doc_id: s for s in SPLITS for doc_id in splits[s]}
    by_story: dict[str, set[str]] = {}
    for doc_id, root in stories(corpus, split_of).items():
        by_story.setdefault(root, set()).add(split_of[doc_id])
    assert all(len(s) == 1 for s in by_story.values())


def test_corpus_annotations_hold_no_whole_text() -> None:
    """The texts are their publishers': the repository keeps quotes, never the articles."""
    for path in ANNOTATIONS.rglob("*.json*"):
        for line in path.read_text(encoding="utf-8").splitlines():
            assert len(line) < 2000, path


def _doc(text: str, events: list[dict[str, object]]) -> CorpusDoc:
    return CorpusDoc("kompas", "a", text, None, {"doc": "a.txt", "events": events})


def test_corpus_new_documents_join_their_story_split() -> None:
    first = _doc("Polisi Tangkap Pembakar Hutan Riau Kampar\n\nisi", [])
    follow = _doc("Pembakar Hutan Riau Kampar Jadi Tersangka\n\nisi", [])
    follow.doc_id = "b"
    other = _doc("Harga Cabai Naik di Pasar Senen\n\nisi", [])
    other.doc_id = "c"
    out = assign([first, follow, other], {"a": "dev"})
    assert out["a"] == "dev" and out["b"] == "dev"


def test_corpus_a_new_headline_linking_two_stories_of_different_splits_moves_neither() -> None:
    first = _doc("Polisi Tangkap Pembakar Hutan Riau Kampar\n\nisi", [])
    other = _doc("Banjir Bandang Landa Garut Cianjur\n\nisi", [])
    other.doc_id = "b"
    bridge = _doc("Pembakar Hutan Kampar Ditahan Usai Banjir Garut Cianjur\n\nisi", [])
    bridge.doc_id = "c"
    fixed = {"a": "train", "b": "test"}
    out = assign([first, other, bridge], fixed)
    assert out["a"] == "train" and out["b"] == "test"
    assert out["c"] == "train"  # the first story it links, in document-id order
    by_story: dict[str, set[str]] = {}
    for doc_id, root in stories([first, other, bridge], out).items():
        by_story.setdefault(root, set()).add(out[doc_id])
    assert all(len(s) == 1 for s in by_story.values())


def test_corpus_sentence_annotations_keep_only_actual_events() -> None:
    record = {
        "id": "leipzig-1",
        "events": [
            {"type": "ASSAULT", "mode": ["firearms"], "trigger": "menembak", "realis": "actual"},
            {"type": "COERCE", "mode": ["arrest"], "trigger": "menangkap", "realis": "planned"},
        ],
    }
    gold, non_events = sentence_gold("leipzig-1", record)
    assert [e["type"] for e in gold["events"]] == ["ASSAULT"]
    assert gold["events"][0]["evidence"] == ["menembak"]
    assert [m["realis"] for m in non_events] == ["planned"]


def test_corpus_an_annotation_scored_against_itself_agrees_fully() -> None:
    text = "Polisi menangkap tiga orang di Jayapura, Senin (2/6/2025). Massa kemudian membakar ban."
    events = [
        {
            "id": "g1",
            "type": "COERCE",
            "mode": ["arrest"],
            "evidence": ["menangkap tiga orang"],
            "date": "2025-06-02",
            "actor": {"country": "IDN", "sector": ["COP"]},
            "arrested": {"min": 3, "qualifier": "exact"},
        },
        {"id": "g2", "type": "PROTEST", "mode": ["riot"], "evidence": ["membakar ban"], "optional": True},
    ]
    gold = {"doc": "a.txt", "events": events}
    pred = {"events": [as_prediction(text, e) for e in events if not e.get("optional")]}
    tally = Tally()
    score = score_document(text, gold, pred, tally)
    assert (score.tp, score.fp, score.fn, score.full) == (1, 0, 0, 1)
    assert all(tally.correct[k] == n for k, n in tally.total.items())


def test_corpus_draw_reproduces_the_committed_draw(shared_corpus: Path) -> None:
    from peristiwa.corpus.draw import cluster_ids, draw

    gold_dirs = [shared_corpus / "gold/dev", ROOT / "tests/data/gold_blind", ROOT / "tests/data/gold_extra"]
    drawn = [(d.source, d.doc_id, d.tranche) for d in draw(shared_corpus, gold_dirs, cluster_ids(ANNOTATIONS))]
    committed = json.loads((ANNOTATIONS / "draw.json").read_text(encoding="utf-8"))["documents"]
    assert drawn == [(d["source"], d["id"], d["tranche"]) for d in committed]


def test_corpus_later_tranches_take_no_article_of_the_cluster_gold() -> None:
    from peristiwa.corpus.draw import cluster_ids

    committed = json.loads((ANNOTATIONS / "draw.json").read_text(encoding="utf-8"))["documents"]
    for tranche in (3, 4, 5, 6, 7):
        later = {d["id"] for d in committed if d["tranche"] == tranche}
        assert later
        assert not later & cluster_ids(ANNOTATIONS)


def test_corpus_annotates_only_drawn_texts(corpus: list[CorpusDoc]) -> None:
    committed = json.loads((ANNOTATIONS / "draw.json").read_text(encoding="utf-8"))["documents"]
    assert {d.doc_id for d in corpus} <= {d["id"] for d in committed}


def test_corpus_sentence_agreement_pairs_overlapping_triggers_of_one_type() -> None:
    from peristiwa.corpus.agreement import actual_mentions, matched_mentions

    sentence = "Polisi menangkap dua tersangka setelah bentrokan warga di Ambon."
    first = {
        "events": [
            {"type": "COERCE", "trigger": "menangkap", "realis": "actual"},
            {"type": "ASSAULT", "trigger": "bentrokan warga", "realis": "actual", "optional": True},
        ]
    }
    second = {
        "events": [
            {"type": "COERCE", "trigger": "menangkap dua tersangka", "realis": "actual"},
            {"type": "PROTEST", "trigger": "bentrokan", "realis": "actual"},
            {"type": "ASSAULT", "trigger": "bentrokan", "realis": "planned"},
        ]
    }
    a, b = actual_mentions(first, sentence), actual_mentions(second, sentence)
    assert len(a) == 2 and len(b) == 2  # the planned mention is no actual one
    assert matched_mentions(a, b) == 1  # the arrest; the clash is typed apart
    assert matched_mentions(a, b, typed=False) == 2
    assert actual_mentions(first, sentence, required_only=True) == [("COERCE", 7, 16)]
