"""Indonesian segmentation of the original text: headings, sentences and citation markers.

Works on characters, so that offsets are those of the original input (CRLF, BOM-less text,
citation markers and headings all kept). A line without sentence-final punctuation and of
at most `HEADING_MAX_WORDS` words is a heading; other lines are split into sentences at
`.`, `!`, `?` or `…` (plus closing quotes and citation markers) before an upper-case letter,
digit, quote or bracket — except after an abbreviation or an initial.
"""

from __future__ import annotations

import re

from .lang import language_cache
from .lang.id import abbreviations, tokenizer_settings
from .spans import Citation, Segment

HEADING_MAX_WORDS = 10
_LINE = re.compile(r"[^\r\n]+")
_END_PUNCT = ".!?…:;,\"”’')]"
_BOUNDARY = re.compile(r"""(?P<end>[.!?…]+["”’')\]]*(?:\[[^\]\n]{1,20}\])*)(?P<gap>\s+)(?=["“'(\[]?[A-Z0-9À-Ý])""")
_WORD_BEFORE = re.compile(r"(\S+)$")
_INITIAL = re.compile(r"^(?:[A-Z]\.)+$")


@language_cache
def _citation_re() -> re.Pattern[str]:
    return re.compile(str(tokenizer_settings()["citation_marker"]))


def find_citations(text: str) -> list[Citation]:
    """Reference markers such as `[16]`, with their label ("16")."""
    return [
        Citation(text=m.group(), start=m.start(), end=m.end(), label=m.group()[1:-1])
        for m in _citation_re().finditer(text)
    ]


def is_heading(line: str) -> bool:
    """A short line that does not end like a sentence, or a wiki `== Heading ==` line."""
    stripped = line.strip()
    if stripped.startswith("=") and stripped.endswith("="):
        return True
    if not stripped or stripped[-1] in _END_PUNCT:
        return False
    if _citation_re().search(stripped):
        return False
    return len(stripped.split()) <= HEADING_MAX_WORDS


def _ends_with_abbreviation(text: str, end_of_word: int) -> bool:
    m = _WORD_BEFORE.search(text, max(0, end_of_word - 64), end_of_word)  # not from 0: linear, not quadratic
    if m is None:
        return False
    word = m.group(1).lstrip("(\"“'")
    return word in abbreviations() or bool(_INITIAL.match(word))


def split_sentences(text: str, start: int, end: int) -> list[Segment]:
    """Sentences of `text[start:end]` (one line of running text)."""
    segments: list[Segment] = []
    begin = start
    for m in _BOUNDARY.finditer(text, start, end):
        stop = m.end("end")
        if text[m.start("end")] == "." and _ends_with_abbreviation(text, m.start("end") + 1):
            continue
        segments.append(Segment(begin, stop))
        begin = m.end("gap")
    tail_end = end
    while tail_end > begin and text[tail_end - 1].isspace():
        tail_end -= 1
    if tail_end > begin:
        segments.append(Segment(begin, tail_end))
    return segments


def segment(text: str) -> list[Segment]:
    """Headings and sentences of the whole text, in order."""
    segments: list[Segment] = []
    for line in _LINE.finditer(text):
        lstart, lend = line.start(), line.end()
        while lstart < lend and text[lstart].isspace():
            lstart += 1
        while lend > lstart and text[lend - 1].isspace():
            lend -= 1
        if lstart == lend:
            continue
        if is_heading(text[lstart:lend]):
            segments.append(Segment(lstart, lend, "heading"))
        else:
            segments.extend(split_sentences(text, lstart, lend))
    return segments


def paragraph_of(text: str, offset: int) -> tuple[int, int]:
    """The line (paragraph) around `offset`."""
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return start, (len(text) if end < 0 else end)
