"""Writing the joined corpus in the layout the scorer reads."""

from __future__ import annotations

import json
import shutil
from collections import Counter
from pathlib import Path
from typing import Any

from .sources import CorpusDoc, kompas_texts, load
from .splits import SPLITS, assign, read_splits, write_splits


def _write_gold(folder: Path, doc: CorpusDoc) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{doc.doc_id}.txt").write_text(doc.text, encoding="utf-8")
    gold = dict(doc.gold, doc=f"{doc.doc_id}.txt")
    (folder / f"{doc.doc_id}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8")


def _record(doc: CorpusDoc) -> str:
    rec: dict[str, Any] = {"id": doc.doc_id, "text": doc.text}
    if doc.reference_time:
        rec["reference_time"] = doc.reference_time
    return json.dumps(rec, ensure_ascii=False)


def build(shared: Path, annotations: Path, out: Path) -> dict[str, Counter[str]]:
    """Write ``out/SPLIT/SOURCE/`` and ``out/SPLIT/all/`` afresh (``NAME.txt`` + ``NAME.gold.json``)
    and ``out/SPLIT/SOURCE.jsonl`` / ``all.jsonl`` (the texts as ``peristiwa extract``
    records, with their publication day). New documents are added to
    ``corpus/splits.json``; documents already there keep their split. Returns the number of
    documents per split and source."""
    docs = load(shared, annotations)
    splits_file = annotations / "splits.json"
    fixed = read_splits(splits_file)
    assignment = assign(docs, fixed)
    if assignment != fixed:
        write_splits(splits_file, assignment)
    for split in (*SPLITS, "clusters"):  # a document that changed split must not stay behind
        shutil.rmtree(out / split, ignore_errors=True)
    counts: dict[str, Counter[str]] = {s: Counter() for s in SPLITS}
    records: dict[tuple[str, str], list[str]] = {}
    for doc in docs:
        split = assignment[doc.doc_id]
        counts[split][doc.source] += 1
        _write_gold(out / split / doc.source, doc)
        _write_gold(out / split / "all", doc)
        records.setdefault((split, doc.source), []).append(_record(doc))
        records.setdefault((split, "all"), []).append(_record(doc))
    for (split, source), lines in records.items():
        (out / split / f"{source}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    build_clusters(shared, annotations, out / "clusters")
    return counts


def build_clusters(shared: Path, annotations: Path, out: Path) -> int:
    """The cross-article merging gold (``corpus/clusters``): ``NAME.txt`` + ``NAME.gold.json``,
    ``clusters.json`` and ``documents.jsonl`` in `out`. Returns the number of articles."""
    folder = annotations / "clusters"
    if not (folder / "clusters.json").is_file():
        return 0
    kompas = kompas_texts(shared)
    lines = []
    n = 0
    for path in sorted(folder.glob("*.gold.json")):
        doc_id = path.name.removesuffix(".gold.json")
        record = kompas[doc_id]
        gold = json.loads(path.read_text(encoding="utf-8"))
        _write_gold(out, CorpusDoc("kompas", doc_id, record["text"], record.get("reference_time"), gold))
        lines.append(_record(CorpusDoc("kompas", doc_id, record["text"], record.get("reference_time"), gold)))
        n += 1
    (out / "clusters.json").write_text((folder / "clusters.json").read_text(encoding="utf-8"), encoding="utf-8")
    (out / "documents.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return n


#: the halves of the story clusters (``corpus/stories``) and the splits whose articles each holds
STORY_HALVES = {"tune": ("train", "dev"), "heldout": ("test",)}


def build_stories(shared: Path, annotations: Path, out: Path, half: str, *, clustered_only: bool = False) -> int:
    """The cross-article merging gold drawn from the corpus's own Kompas articles
    (``corpus/stories/HALF.json``, written by annotators from the gold files): every Kompas article
    of the half's splits — those in no cluster too, whose events are each a real-world event of
    its own, so that a false merge anywhere counts — as ``NAME.txt`` + ``NAME.gold.json``, with
    ``clusters.json`` and ``documents.jsonl``, in `out` (with `clustered_only`, the articles of the
    clusters alone: quicker, but blind to false merges with the rest). Returns the number of articles."""
    clusters_file = annotations / "stories" / f"{half}.json"
    if not clusters_file.is_file():
        return 0
    splits = read_splits(annotations / "splits.json")
    wanted = set(STORY_HALVES[half])
    clusters = json.loads(clusters_file.read_text(encoding="utf-8"))["clusters"]
    members = {m["doc"] for c in clusters for m in c["members"]}
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    lines = []
    for doc in load(shared, annotations):
        if doc.source != "kompas" or splits.get(doc.doc_id) not in wanted:
            continue
        if doc.doc_id in members or not clustered_only:
            _write_gold(out, doc)
            lines.append(_record(doc))
    (out / "clusters.json").write_text(clusters_file.read_text(encoding="utf-8"), encoding="utf-8")
    (out / "documents.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(lines)
