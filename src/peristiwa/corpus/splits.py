"""Fixed train/dev/test splits, by document, with one story's follow-ups kept together.

A news story is followed up over days ("… Ditangkap", "… Jadi Tersangka"): articles whose
headlines share two or more rare words are one story, and a story goes to one split. A split
is chosen by a hash of the story's first document id (about 70/10/20), so the assignment does
not depend on the order documents were annotated in; ``corpus/splits.json`` records it, and
documents annotated later join the split of their story, or take their hash's split. A later
headline never joins two stories already in different splits (that would move a test document
or leak one into training): it joins the first of them, in document-id order.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from pathlib import Path

from ..lang import data_lines
from .sources import CorpusDoc

SPLITS = ("train", "dev", "test")
#: cumulative share of the hash buckets (0-99) of each split
_BOUNDS = (("train", 70), ("dev", 80), ("test", 100))
#: a headline word shared by at most this many headlines is rare
RARE = 6
SHARED_RARE_WORDS = 2


def _stopwords() -> frozenset[str]:
    return data_lines("corpus", "title_stopwords.txt")


def _bucket(key: str) -> str:
    n = int(hashlib.sha1(key.encode("utf-8")).hexdigest(), 16) % 100
    return next(name for name, bound in _BOUNDS if n < bound)


def headline(doc: CorpusDoc) -> str:
    return doc.text.split("\n", 1)[0] if doc.source == "kompas" else ""


def stories(docs: list[CorpusDoc], fixed: dict[str, str] | None = None) -> dict[str, str]:
    """Document id → the id of its story (the smallest document id of the story). Two
    stories holding documents of different `fixed` splits are never joined."""
    fixed = fixed or {}
    stop = _stopwords()
    words = {d.doc_id: {w for w in re.findall(r"[a-z0-9]+", headline(d).lower()) if len(w) > 2} - stop for d in docs}
    frequency = Counter(w for ws in words.values() for w in ws)
    rare = {k: {w for w in ws if frequency[w] <= RARE} for k, ws in words.items()}
    parent = {d.doc_id: d.doc_id for d in docs}
    split_of_root = {d.doc_id: fixed[d.doc_id] for d in docs if d.doc_id in fixed}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    ids = sorted(rare)
    for i, a in enumerate(ids):
        for b in ids[i + 1 :]:
            if len(rare[a] & rare[b]) >= SHARED_RARE_WORDS:
                ra, rb = find(a), find(b)
                sa, sb = split_of_root.get(ra), split_of_root.get(rb)
                if ra == rb or (sa and sb and sa != sb):
                    continue
                root, child = min(ra, rb), max(ra, rb)
                parent[child] = root
                split = sa or sb
                if split:
                    split_of_root[root] = split
    return {k: find(k) for k in parent}


def assign(docs: list[CorpusDoc], fixed: dict[str, str] | None = None) -> dict[str, str]:
    """Document id → split. Documents in `fixed` keep their split; a new document joins
    its story's split when the story has one, else takes its story's hash."""
    fixed = dict(fixed or {})
    story = stories(docs, fixed)
    story_split: dict[str, str] = {}
    for doc_id, split in sorted(fixed.items()):
        if doc_id in story:
            story_split.setdefault(story[doc_id], split)
    out: dict[str, str] = {}
    for d in docs:
        if d.doc_id in fixed:
            out[d.doc_id] = fixed[d.doc_id]
        else:
            root = story[d.doc_id]
            out[d.doc_id] = story_split.setdefault(root, _bucket(root))
    return out


def read_splits(path: Path) -> dict[str, str]:
    if not path.is_file():
        return {}
    data = json.loads(path.read_text(encoding="utf-8"))
    return {doc_id: split for split in SPLITS for doc_id in data.get(split, [])}


def write_splits(path: Path, assignment: dict[str, str]) -> None:
    data = {split: sorted(k for k, v in assignment.items() if v == split) for split in SPLITS}
    path.write_text(json.dumps(data, indent=0, ensure_ascii=False) + "\n", encoding="utf-8")
