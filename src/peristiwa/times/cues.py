"""Where a time expression can start: one pass over the text instead of one per template.

Every template begins with a digit or with one of a known set of words (a weekday, a month,
"tanggal", a modifier, a number word, …). `candidates` finds the word starts that hold such a
cue in a single regex pass (the cue words compiled as a character trie, so the engine tests a
word start in a few steps), and names the templates that may match there. `recognise.scan`
then tries only those templates, only at those positions — the same matches as running every
template over the whole text (tests/test_times_cues.py checks this on the corpus), at a fraction
of the cost.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache

from . import lexicon as lx
from .numwords import number_starts, vague_words
from .patterns import MODIFIERS, TEMPLATES

DIGIT = "#"
_FIRST_TOKEN = re.compile(r"[^\W\d_]+|\d+")


def _word_lists() -> dict[str, Iterable[str]]:
    return {
        "wd": lx.weekdays(),
        "mon": lx.months(),
        "fullmon": lx.full_months(),
        "mod": MODIFIERS,
        "rel": lx.relative_words(),
        "num": [*number_starts(), *vague_words()],
        "one": lx.one_forms(),
        "vplural": lx.vague_plurals(),
        "ref": lx.references(),
    }


# The first word of each template's expressions: a word list of `_word_lists` in braces, a
# literal word, or DIGIT. Keep in step with TEMPLATES (the cue test fails otherwise).
STARTS: dict[str, tuple[str, ...]] = {
    "dmy": ("{wd}", "tanggal", "tgl", DIGIT),
    "wdnum": ("{wd}",),
    "numdate": (DIGIT,),
    "iso": (DIGIT,),
    "monyear": ("{mod}", "bulan", "{mon}"),
    "month": ("{mod}", "bulan", "{fullmon}"),
    "tahun": ("{mod}", "tahun", "thn"),
    "year": ("{mod}", DIGIT),
    "erayear": ("{mod}", DIGIT),
    "decade": ("{mod}", "tahun", "era", "dekade", "dasawarsa", DIGIT),
    "century": ("{mod}", "abad"),
    "dayonly": ("tanggal", "tgl"),
    "hijri": ("tanggal", "tgl", DIGIT),
    "clock": ("pukul", "pkl", "jam"),
    "zoned": (DIGIT,),
    "clockdp": (DIGIT,),
    "colon": (DIGIT,),
    "daypart": ("{wd}", "malam", "pagi", "siang", "sore", "dini", "tengah", "subuh"),
    "weekday": ("hari", "{wd}"),
    "rel": ("{mod}", "{rel}"),
    "amount": ("{num}", DIGIT, "{one}", "{vplural}"),
    "set": ("setiap", "tiap", "saban"),
    "ref": ("{ref}",),
}


# A digit run's templates by the character right after it: the shapes each template allows
# ("12 Mei", "12-14 Mei", "29/12/2019", "11.00", "11:00", "1990-an", "1998,", "2019)").
_AFTER_DIGITS: dict[str, tuple[str, ...]] = {
    "space": ("dmy", "year", "erayear", "hijri", "amount"),
    "dash": ("dmy", "numdate", "iso", "year", "decade"),
    "/": ("numdate", "year"),
    ".": ("numdate", "zoned", "clockdp", "amount", "year"),
    ":": ("zoned", "clockdp", "colon", "year"),
    "letter": ("dmy", "decade"),
    "other": ("year",),
}
_DASHES = "-–—"


def first_token(phrase: str) -> str:
    """The first run of letters (or of digits) of `phrase`, lower-cased: "Jum'at" → "jum"."""
    m = _FIRST_TOKEN.search(phrase.lower())
    return m.group() if m else ""


@cache
def cue_table() -> dict[str, tuple[str, ...]]:
    """Cue word (or DIGIT) → the templates that may start with it, in TEMPLATES order."""
    lists = _word_lists()
    table: dict[str, list[str]] = {}
    for name in TEMPLATES:
        for start in STARTS[name]:
            words = lists[start[1:-1]] if start.startswith("{") else [start]
            for word in words:
                cue = DIGIT if word == DIGIT else first_token(word)
                if cue and name not in table.setdefault(cue, []):
                    table[cue].append(name)
    return {cue: tuple(names) for cue, names in table.items()}


def _trie_pattern(words: Iterable[str]) -> str:
    """A regex matching exactly `words`, factored by common prefixes ("se(?:hari|pekan)")."""
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def render(node: dict[str, dict]) -> str:  # type: ignore[type-arg]
        ends = "" in node
        branches = [re.escape(char) + render(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return render(trie)


@cache
def _cue_regex() -> re.Pattern[str]:
    words = [cue for cue in cue_table() if cue != DIGIT]
    return re.compile(rf"(?<!\w)(?:\d+|(?:{_trie_pattern(words)})(?![^\W\d_]))", re.IGNORECASE)


@cache
def digit_table() -> dict[str, tuple[str, ...]]:
    """Shape after a digit run → the templates that may start there, in TEMPLATES order."""
    digit = cue_table()[DIGIT]
    return {shape: tuple(n for n in digit if n in names) for shape, names in _AFTER_DIGITS.items()}


def _shape(char: str) -> str:
    if not char:
        return "other"
    if char in _DASHES:
        return "dash"
    if char in "/.:":
        return char
    if char.isspace():
        return "space"
    return "letter" if char.isalpha() else "other"


def candidates(text: str) -> Iterator[tuple[int, tuple[str, ...]]]:
    """(offset, templates) for every word start of `text` where a template may match."""
    table, digits = cue_table(), digit_table()
    for m in _cue_regex().finditer(text):
        word = m.group()
        if word[0].isdigit():
            yield m.start(), digits[_shape(text[m.end() : m.end() + 1])]
        else:
            yield m.start(), table.get(word.lower(), ())
