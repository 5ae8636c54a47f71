"""Build the spaCy training/evaluation corpora (``.spacy`` DocBins) from ``/work/shared/data``.

UD (tagger + parser): train = CSUI train + GSD dev + PUD, dev = CSUI test, test = GSD test (held out).
NER: train = idner-news-2k train + NER-UI fold-1 train + NER-UGM (all) + NERGrit (all),
dev = idner-news-2k dev + NER-UI fold-1 dev, tests = NER-UI fold-1 test and idner-news-2k test.
Every training sentence whose words equal a test sentence's is removed (the NER-UI folds overlap).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Doc, DocBin
from spacy.vocab import Vocab

from peristiwa.training.data import Sentence, read_conllu, read_ner_file

UD_DOC_SENTENCES = 5  # UD training sentences per Doc, so the parser also learns sentence boundaries


@dataclass(frozen=True, slots=True)
class Split:
    """A named corpus split and the shared-data files it is made from."""

    name: str
    files: tuple[str, ...]


UD_TRAIN = (
    "ud/csui/id_csui-ud-train.conllu",
    "ud/gsd/id_gsd-ud-dev.conllu",
    "ud/pud/id_pud-ud-test-revised-1-0.conllu",
)
UD_DEV = ("ud/csui/id_csui-ud-test.conllu",)
UD_TEST = ("ud/gsd/id_gsd-ud-test.conllu",)
NER_TRAIN: tuple[tuple[str, str], ...] = (
    ("idner", "ner/idner-news-2k/train.txt"),
    ("nerui", "ner/indolem/nerui/train.01.tsv"),
    ("nerugm", "ner/indolem/nerugm/nerugm.txt"),
    ("nergrit", "ner/indonlu/nergrit_ner-grit/train_preprocess.txt"),
    ("nergrit", "ner/indonlu/nergrit_ner-grit/valid_preprocess.txt"),
    ("nergrit", "ner/indonlu/nergrit_ner-grit/test_preprocess.txt"),
)
NER_DEV: tuple[tuple[str, str], ...] = (
    ("idner", "ner/idner-news-2k/dev.txt"),
    ("nerui", "ner/indolem/nerui/dev.01.tsv"),
)
NER_TESTS: dict[str, tuple[str, str]] = {
    "nerui-test": ("nerui", "ner/indolem/nerui/test.01.tsv"),
    "idner-test": ("idner", "ner/idner-news-2k/test.txt"),
}


def _sent_starts(length: int) -> list[bool | int | None]:
    return [True, *([False] * (length - 1))]


def sentence_to_doc(vocab: Vocab, sentence: Sentence) -> Doc:
    """A gold Doc carrying whichever layers the sentence has."""
    return Doc(
        vocab,
        words=list(sentence.words),
        spaces=list(sentence.spaces),
        tags=list(sentence.tags) or None,
        pos=list(sentence.tags) or None,
        heads=list(sentence.heads) or None,
        deps=list(sentence.deps) or None,
        sent_starts=_sent_starts(len(sentence.words)) if not sentence.heads else None,
        ents=list(sentence.ents) or None,
    )


def _write(path: Path, docs: Iterable[Doc]) -> int:
    docbin = DocBin(store_user_data=False)
    count = 0
    for doc in docs:
        docbin.add(doc)
        count += 1
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".partial")
    docbin.to_disk(partial)
    partial.replace(path)  # atomic: a training run reading the old file keeps its copy
    return count


def _grouped(vocab: Vocab, sentences: Sequence[Sentence], size: int) -> Iterable[Doc]:
    for start in range(0, len(sentences), size):
        docs = [sentence_to_doc(vocab, s) for s in sentences[start : start + size]]
        yield Doc.from_docs(docs, ensure_whitespace=True)


def _dedup(sentences: Iterable[Sentence], *, exclude: set[tuple[str, ...]]) -> list[Sentence]:
    seen = set(exclude)
    kept: list[Sentence] = []
    for sentence in sentences:
        if sentence.words in seen:
            continue
        seen.add(sentence.words)
        kept.append(sentence)
    return kept


def sha256(path: Path) -> str:
    """Hex sha256 of a file."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def data_files() -> list[str]:
    """Every shared-data file the corpora are built from (relative to ``<shared>/data``)."""
    ner = [path for _, path in (*NER_TRAIN, *NER_DEV, *NER_TESTS.values())]
    return [*UD_TRAIN, *UD_DEV, *UD_TEST, *ner]


def read_ner(data: Path, parts: Iterable[tuple[str, str]]) -> list[Sentence]:
    """All sentences of the given (dataset, path) NER files."""
    return [s for dataset, rel in parts for s in read_ner_file(data / rel, dataset=dataset)]


def build_corpora(shared: Path, corpus: Path) -> dict[str, int]:
    """Write ``<corpus>/<split>.spacy`` for every split; return sentence counts per split."""
    data = shared / "data"
    vocab = Vocab()
    counts: dict[str, int] = {}
    ud_test = [s for rel in UD_TEST for s in read_conllu(data / rel)]
    ud_dev = [s for rel in UD_DEV for s in read_conllu(data / rel)]
    held = {s.words for s in (*ud_test, *ud_dev)}
    ud_train = _dedup((s for rel in UD_TRAIN for s in read_conllu(data / rel)), exclude=held)
    counts["ud-train"] = len(ud_train)
    _write(corpus / "ud-train.spacy", _grouped(vocab, ud_train, UD_DOC_SENTENCES))
    counts["ud-dev"] = _write(corpus / "ud-dev.spacy", (sentence_to_doc(vocab, s) for s in ud_dev))
    counts["ud-test"] = _write(corpus / "ud-test.spacy", (sentence_to_doc(vocab, s) for s in ud_test))
    tests = {name: read_ner(data, [part]) for name, part in NER_TESTS.items()}
    dev = read_ner(data, NER_DEV)
    held = {s.words for sentences in (*tests.values(), dev) for s in sentences}
    train = _dedup(read_ner(data, NER_TRAIN), exclude=held)
    counts["ner-train"] = _write(corpus / "ner-train.spacy", (sentence_to_doc(vocab, s) for s in train))
    counts["ner-dev"] = _write(corpus / "ner-dev.spacy", (sentence_to_doc(vocab, s) for s in dev))
    for name, sentences in tests.items():
        counts[name] = _write(corpus / f"{name}.spacy", (sentence_to_doc(vocab, s) for s in sentences))
    return counts
