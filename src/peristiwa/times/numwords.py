"""Indonesian number words 0..99 ("tiga", "dua belas", "dua puluh lima") as data-driven regex + parser."""

from __future__ import annotations

from ..lang import language_cache
from .lexicon import alternation, table


@language_cache
def _tables() -> tuple[dict[str, int], dict[str, int], str, str]:
    data = table("numbers")
    units = {str(k): int(v) for k, v in data["units"].items()}
    teens = {str(k): int(v) for k, v in data["teens"].items()}
    return units, teens, str(data["teen_word"]), str(data["tens_word"])


def _one() -> str:
    """The prefix "se-" (one): "sepuluh", "sebelas"."""
    return str(table("numbers")["one_prefix"])


@language_cache
def number_word_pattern() -> str:
    """Regex (no groups) for a number written in words, 1..99."""
    units, teens, belas, puluh = _tables()
    unit = alternation(w for w in units if units[w] > 0)
    one = _one()
    compound = rf"(?:{unit})\s+{puluh}(?:\s+(?:{unit}))?|(?:{unit})\s+{belas}|{one}{puluh}|{one}{belas}"
    return rf"(?:{compound}|{alternation(teens)}|{unit})"


def number_starts() -> list[str]:
    """The words a number word can start with: units, teens, "sepuluh", "sebelas"."""
    units, teens, belas, puluh = _tables()
    return [*(w for w in units if units[w] > 0), *teens, f"{_one()}{puluh}", f"{_one()}{belas}"]


def parse_number_word(text: str) -> int | None:
    """Value of a number word ("dua puluh lima" → 25), or None."""
    units, teens, belas, puluh = _tables()
    words = text.lower().split()
    if not words:
        return None
    if len(words) == 1:
        word = words[0]
        return units.get(word, teens.get(word))
    first = units.get(words[0])
    if first is None:
        return None
    if words[1] == belas and len(words) == 2:
        return first + 10
    if words[1] == puluh:
        rest = 0 if len(words) == 2 else units.get(words[2])
        return None if rest is None or len(words) > 3 else first * 10 + rest
    return None


def vague_words() -> list[str]:
    return [str(w) for w in table("numbers")["vague"]]


def half_word() -> str:
    return str(table("numbers")["half"])
