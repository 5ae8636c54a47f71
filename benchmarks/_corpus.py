"""Benchmark input: the shared Indonesian texts, cut or concatenated to the sizes a run needs.

Sources, in order: `--corpus DIR` if given; else `$PERISTIWA_SHARED` (default `<repo>/../shared`):
`corpus/indocoref/passages/*.txt` and `gold/dev/*.txt`; else the packaged example
`examples/contoh-berita.txt` (repeated by the callers as needed).
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from itertools import cycle, islice
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
EXAMPLE = REPO / "examples" / "contoh-berita.txt"

# Words: runs of letters/digits, with inner hyphens or apostrophes ("luka-luka", "Jum'at").
_WORD = re.compile(r"\w+(?:[-'’]\w+)*")
# The floor: a bare regex tokenisation (words and single punctuation marks).
FLOOR_TOKEN = re.compile(r"\w+(?:[-'’]\w+)*|[^\w\s]")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"'“(\[]?[A-Z0-9])|\n+")


@dataclass(frozen=True, slots=True)
class Corpus:
    """Named texts and where they came from."""

    source: str
    names: tuple[str, ...]
    texts: tuple[str, ...]


def shared_dir() -> Path:
    """The shared material folder: `$PERISTIWA_SHARED` or `<repo>/../shared`."""
    return Path(os.environ.get("PERISTIWA_SHARED") or REPO.parent / "shared")


def _read_dir(folder: Path) -> list[tuple[str, str]]:
    found = []
    for path in sorted(folder.glob("*.txt")):
        text = path.read_text(encoding="utf-8-sig")
        if text.strip():
            found.append((path.stem, text))
    return found


def load_corpus(*, corpus_dir: Path | None = None) -> Corpus:
    """Every available benchmark text (see the module docstring for the order of sources)."""
    if corpus_dir is not None:
        items = _read_dir(corpus_dir) if corpus_dir.is_dir() else [(corpus_dir.stem, corpus_dir.read_text("utf-8"))]
        if not items:
            raise SystemExit(f"no .txt texts in {corpus_dir}")
        return Corpus(str(corpus_dir), tuple(n for n, _ in items), tuple(t for _, t in items))
    shared = shared_dir()
    items = _read_dir(shared / "corpus" / "indocoref" / "passages") + _read_dir(shared / "gold" / "dev")
    if items:
        return Corpus(str(shared), tuple(n for n, _ in items), tuple(t for _, t in items))
    text = EXAMPLE.read_text(encoding="utf-8")
    return Corpus(str(EXAMPLE), ("contoh-berita",), (text,))


def count_words(text: str) -> int:
    """Words as the benchmark counts them (the same count for every engine compared)."""
    return sum(1 for _ in _WORD.finditer(text))


def count_sentences(text: str) -> int:
    """Sentences and headings as peristiwa's own segmenter finds them (a regex split if unavailable)."""
    try:
        from peristiwa.segment import segment
    except ImportError:
        return sum(1 for part in _SENTENCE_END.split(text) if part.strip())
    return len(segment(text))


def take_docs(corpus: Corpus, n: int) -> list[str]:
    """`n` documents: the corpus texts in order, cycled when `n` is larger than the corpus."""
    return list(islice(cycle(corpus.texts), n))


def paragraphs(corpus: Corpus, *, max_chars: int = 700) -> list[str]:
    """Short documents: the corpus paragraphs (lines) of 80..max_chars characters."""
    short = [
        line.strip() for text in corpus.texts for line in text.splitlines() if 80 <= len(line.strip()) <= max_chars
    ]
    return short or [t[:max_chars] for t in corpus.texts]


def sized_doc(corpus: Corpus, size_bytes: int) -> str:
    """One document of about `size_bytes` UTF-8 bytes: corpus texts concatenated, cut at a sentence end."""
    parts: list[str] = []
    total = 0
    for text in cycle(corpus.texts):
        parts.append(text.strip())
        total += len(text.encode("utf-8")) + 2
        if total >= size_bytes:
            break
    joined = "\n\n".join(parts)
    cut = joined.encode("utf-8")[:size_bytes].decode("utf-8", errors="ignore")
    end = max(cut.rfind(". "), cut.rfind(".\n"))
    return cut[: end + 1] if end > len(cut) // 2 else cut


def size_stats(texts: list[str]) -> dict[str, int]:
    """Documents, bytes, words and sentences of a list of texts."""
    return {
        "docs": len(texts),
        "bytes": sum(len(t.encode("utf-8")) for t in texts),
        "words": sum(count_words(t) for t in texts),
        "sentences": sum(count_sentences(t) for t in texts),
    }
