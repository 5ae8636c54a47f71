"""Cross-article merging against the project's gold clusters, scored by the reference scorer."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import ROOT, store_and_score

from peristiwa.corpus.build import build_clusters


def test_store_merges_the_gold_clusters_without_false_merges(shared_corpus: Path, tmp_path: Path) -> None:
    if not (ROOT / "corpus/clusters/clusters.json").is_file():
        pytest.skip("no cluster gold in corpus/clusters")
    gold = tmp_path / "clusters"
    assert build_clusters(shared_corpus, ROOT / "corpus", gold) >= 40
    report = store_and_score(gold, shared_corpus, tmp_path)
    assert report["false_merges"] <= FALSE_MERGES
    assert report["f1"] >= F1_FLOOR


# floors under the figures measured when this test was written (README, store section)
FALSE_MERGES = 0
F1_FLOOR = 0.45  # measured 0.485 (P 1.00, R 0.32; twenty-fifth session): most gold pairs still miss an extracted end


def test_store_cluster_split_halves_every_cluster_by_the_hash_of_its_id() -> None:
    """`corpus/clusters/split.json` (tuning / held-out halves, fixed before the merge rules were
    tuned) holds every cluster once, on the side the sha256 of its id puts it."""
    import hashlib

    folder = ROOT / "corpus/clusters"
    if not (folder / "split.json").is_file():
        pytest.skip("no cluster split in corpus/clusters")
    split = json.loads((folder / "split.json").read_text(encoding="utf-8"))
    ids = [c["id"] for c in json.loads((folder / "clusters.json").read_text(encoding="utf-8"))["clusters"]]
    assert sorted(split["tune"] + split["heldout"]) == sorted(ids)
    for cid in ids:
        even = int(hashlib.sha256(cid.encode("utf-8")).hexdigest(), 16) % 2 == 0
        assert (cid in split["tune"]) == even
