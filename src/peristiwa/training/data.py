"""Readers for the shared training data: UD CoNLL-U and token-per-line NER files.

Multi-word tokens in CoNLL-U (``lainnya`` = ``lain`` + ``nya``) are merged back into one surface
token, as spaCy's tokenizer does not split them: the merged token takes the UPOS, head and
relation of its syntactic head word (the sub-word whose head lies outside the range).
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path


@dataclass(frozen=True, slots=True)
class Sentence:
    """One annotated sentence; absent layers are empty tuples."""

    words: tuple[str, ...]
    spaces: tuple[bool, ...]
    tags: tuple[str, ...] = ()
    heads: tuple[int, ...] = ()  # 0-based index into words; root points at itself
    deps: tuple[str, ...] = ()
    ents: tuple[str, ...] = ()  # BIO labels ("O", "B-PER", ...)
    source: str = field(default="", compare=False)


@dataclass(slots=True)
class _Word:
    form: str
    upos: str
    head: int  # 1-based CoNLL-U id, 0 = root
    dep: str
    space_after: bool


def _space_after(misc: str) -> bool:
    return "SpaceAfter=No" not in misc.split("|")


def _merge_block(lines: list[list[str]]) -> Sentence:
    words: dict[int, _Word] = {}
    ranges: list[tuple[int, int, str, bool]] = []
    for cols in lines:
        token_id = cols[0]
        if "." in token_id:
            continue
        if "-" in token_id:
            start, end = (int(x) for x in token_id.split("-"))
            ranges.append((start, end, cols[1], _space_after(cols[9])))
            continue
        words[int(token_id)] = _Word(cols[1], cols[3], int(cols[6]), cols[7], _space_after(cols[9]))
    # map each syntactic word id to its surface-token index
    owner: dict[int, int] = {}
    surface: list[tuple[str, bool, int]] = []  # form, space, head-word id
    range_at = {start: (start, end, form, space) for start, end, form, space in ranges}
    word_id = 1
    max_id = max(words) if words else 0
    while word_id <= max_id:
        if word_id in range_at:
            start, end, form, space = range_at[word_id]
            members = range(start, end + 1)
            head_word = next((m for m in members if not start <= words[m].head <= end), start)
            for m in members:
                owner[m] = len(surface)
            surface.append((form, space, head_word))
            word_id = end + 1
        else:
            owner[word_id] = len(surface)
            surface.append((words[word_id].form, words[word_id].space_after, word_id))
            word_id += 1
    tags: list[str] = []
    heads: list[int] = []
    deps: list[str] = []
    for index, (_, _, head_word) in enumerate(surface):
        word = words[head_word]
        tags.append(word.upos)
        heads.append(index if word.head == 0 else owner[word.head])
        deps.append("ROOT" if word.head == 0 else word.dep)
    return Sentence(
        words=tuple(form for form, _, _ in surface),
        spaces=tuple(space for _, space, _ in surface),
        tags=tuple(tags),
        heads=tuple(heads),
        deps=tuple(deps),
    )


def read_conllu(path: Path, *, source: str = "") -> Iterator[Sentence]:
    """Yield one :class:`Sentence` per CoNLL-U sentence, multi-word tokens merged."""
    block: list[list[str]] = []
    with path.open(encoding="utf-8") as handle:
        for raw in handle:
            line = raw.rstrip("\r\n")
            if not line:
                if block:
                    yield _with_source(_merge_block(block), source)
                    block = []
                continue
            if line.startswith("#"):
                continue
            block.append(line.split("\t"))
    if block:
        yield _with_source(_merge_block(block), source)


def _with_source(sentence: Sentence, source: str) -> Sentence:
    return Sentence(sentence.words, sentence.spaces, sentence.tags, sentence.heads, sentence.deps, (), source)


@lru_cache(maxsize=1)
def label_table() -> dict[tuple[str, str], str]:
    """The explicit (dataset, source label) -> target label table from ``ner_labels.tsv``."""
    text = resources.files("peristiwa.training").joinpath("ner_labels.tsv").read_text(encoding="utf-8")
    rows = csv.reader((line for line in text.splitlines() if line and not line.startswith("#")), delimiter="\t")
    return {(row[0], row[1]): row[2] for row in rows}


def _map_label(dataset: str, label: str) -> str:
    if label == "O":
        return "O"
    prefix, _, kind = label.partition("-")
    target = label_table()[(dataset, kind)]  # KeyError = unmapped label: fail loudly
    return "O" if target == "O" else f"{prefix}-{target}"


def _repair_bio(labels: list[str]) -> list[str]:
    """Turn an I- that does not continue a same-type entity into B- (dropped labels leave such gaps)."""
    fixed: list[str] = []
    for index, label in enumerate(labels):
        if label.startswith("I-"):
            previous = fixed[index - 1] if index else "O"
            if previous == "O" or previous[2:] != label[2:]:
                label = "B-" + label[2:]
        fixed.append(label)
    return fixed


def read_ner_file(path: Path, *, dataset: str, column: int = -1) -> Iterator[Sentence]:
    """Yield sentences of a token-per-line NER file (tab- or space-separated, blank line between).

    ``column`` selects the label column (default last); labels are mapped through :func:`label_table`.
    """
    words: list[str] = []
    labels: list[str] = []
    with path.open(encoding="utf-8") as handle:
        for raw in [*handle, ""]:
            line = raw.rstrip("\r\n")
            if not line.strip():
                if words:
                    yield Sentence(
                        words=tuple(words),
                        spaces=tuple(True for _ in words),
                        ents=tuple(_repair_bio(labels)),
                        source=dataset,
                    )
                    words, labels = [], []
                continue
            cols = line.split("\t") if "\t" in line else line.split(" ")
            words.append(cols[0])
            labels.append(_map_label(dataset, cols[column].strip()))
