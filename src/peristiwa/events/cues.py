"""Cue words near a trigger: the `requires`, `requires_after` and `unless` lists of triggers.yaml and
the `mode_cues` and `generic_subjects` of context.yaml, matched on lower-cased tokens.

A cue is a word or a word sequence, matched as whole words: "tim" is found in "tim gabungan", not in
"timur"; "pos" not in "posisi". A word of the text also counts as the cue's word with the enclitic
"-nya" ("rumahnya", "pasukannya") and as the first part of a hyphenated word, a reduplication or a
compound ("rumah-rumah", "tembak-menembak", "obat-obatan", "polisi-tni"). A cue whose last word ends
in "*" is a stem: its last word matches any word that begins with it ("serang*": "serangan",
"serangannya"), for lists that mean a word with any of its endings.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from ..lang.active import language_lru_cache
from ..tokens import Token
from .morph import morphology

#: the marker of a stem cue
STEM = "*"


@dataclass(frozen=True, slots=True)
class _Cues:
    words: frozenset[str]  # one-word cues
    stems: tuple[str, ...]  # one-word stem cues, without the marker
    sequences: tuple[tuple[tuple[str, ...], bool], ...]  # several words, and whether the last is a stem


@lru_cache(maxsize=4096)
def _compiled(cues: tuple[str, ...]) -> _Cues:
    words: set[str] = set()
    stems: list[str] = []
    sequences: list[tuple[tuple[str, ...], bool]] = []
    for cue in cues:
        stem = cue.endswith(STEM)
        parts = tuple(cue.removesuffix(STEM).split())
        if len(parts) > 1:
            sequences.append((parts, stem))
        elif parts:
            (stems.append if stem else words.add)(parts[0])
    return _Cues(frozenset(words), tuple(stems), tuple(sequences))


@language_lru_cache(maxsize=65536)
def forms(word: str) -> frozenset[str]:
    """The whole words a word of the text counts as: itself, without its "-nya", and the first part of
    a hyphenated word (with or without its "-nya"), whose rest is a word ("juta-rp", not "ke-2")."""
    out = {word}
    head, dash, rest = word.partition("-")
    if dash and head and rest[:1].isalpha():
        out.add(head)
    clitic = morphology().clitic  # the enclitic (-nya) a word may carry beyond a whole-word cue
    for w in list(out):
        if len(w) > len(clitic) + 1 and w.endswith(clitic):
            out.add(w.removesuffix(clitic))
    return frozenset(out)


def _matches(word: str, cue: str, stem: bool) -> bool:
    return word.startswith(cue) if stem else cue in forms(word)


def has_cue_in(words: Sequence[str], cues: Sequence[str]) -> bool:
    """Whether one of `cues` occurs in the lower-cased `words` (see the module's note)."""
    if not cues or not words:
        return False
    c = _compiled(tuple(cues))
    if c.words and any(not c.words.isdisjoint(forms(w)) for w in words):  # no set built per word
        return True
    if c.stems and any(w.startswith(c.stems) for w in words):
        return True
    for parts, stem in c.sequences:
        n = len(parts)
        first = parts[0]  # never the stem: a sequence has two words or more
        for j in range(len(words) - n + 1):
            if first not in forms(words[j]):
                continue
            if all(_matches(words[j + k], parts[k], stem and k == n - 1) for k in range(1, n)):
                return True
    return False


def has_cue(tokens: Sequence[Token], lo: int, hi: int, cues: Sequence[str]) -> bool:
    """Whether one of `cues` occurs among tokens[lo:hi]."""
    return has_cue_in([t.lower for t in tokens[max(lo, 0) : hi]], cues)
