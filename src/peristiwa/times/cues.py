"""Where a time expression can start: one pass over the text instead of one per template.

Every template begins with a digit or with one of a known set of words (a weekday, a month,
"tanggal", a modifier, a number word, …). `matches` finds the word starts that hold such a cue
in a single regex pass (the cue words compiled as a character trie, so the engine tests a word
start in a few steps) and tries there only the templates that may start with that cue: the
same matches as running every template over the whole text (tests/test_times_cues.py checks
this on the corpus and on generated text), at a fraction of the cost.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..lang import language_cache
from . import lexicon as lx
from .numwords import half_word, number_starts, vague_words
from .patterns import TEMPLATES, WORD_FRAGMENTS, pattern

DIGIT = "#"
Entry = tuple[str, int, re.Pattern[str]]  # template, priority (its TEMPLATES rank), pattern
# A match as scan orders them: (start, -length, priority, template, match)
Hit = tuple[int, int, int, str, re.Match[str]]
_FIRST_TOKEN = re.compile(r"[^\W\d_]+|\d+")


def _word_lists() -> dict[str, Iterable[str]]:
    words = {name: lx.word_list(*where) for name, where in WORD_FRAGMENTS.items()}
    return words | {
        "wd": lx.weekdays(),
        "mon": lx.months(),
        "fullmon": lx.full_months(),
        "mod": lx.modifiers(),
        "rel": lx.relative_words(),
        "num": [*number_starts(), *vague_words()],
        "one": lx.one_forms(),
        "vplural": lx.vague_plurals(),
        "half": [half_word()],
        "baredp": lx.bare_dayparts(),
        "prayer": lx.prayer_times(),
        "ref": lx.references(),
        "ypart": lx.year_parts(),
        "holiday": lx.holidays(),
        "season": lx.seasons(),
        "vdur": lx.vague_durations(),
    }


# The first word of each template's expressions: a word list of `_word_lists` in braces or
# DIGIT. Keep in step with TEMPLATES (the cue test fails otherwise).
STARTS: dict[str, tuple[str, ...]] = {
    "dmy": ("{wd}", "{dayw}", DIGIT),
    "wdnum": ("{wd}", "{wdw}"),
    "numdate": (DIGIT,),
    "iso": (DIGIT,),
    "monyear": ("{mod}", "{monw}", "{mon}"),
    "month": ("{mod}", "{monw}", "{fullmon}"),
    "yearword": ("{mod}", "{yw}", "{yabbr}"),
    "year": ("{mod}", DIGIT),
    "erayear": ("{mod}", DIGIT),
    "decade": ("{mod}", "{yw}", "{decw}", DIGIT),
    "century": ("{mod}", "{centw}"),
    "dayonly": ("{dayw}",),
    "hijri": ("{dayw}", DIGIT),
    "clock": ("{clockw}",),
    "zoned": (DIGIT,),
    "clockdp": (DIGIT,),
    "colon": (DIGIT,),
    "daypart": ("{wd}", "{baredp}", "{prayer}"),
    "weekday": ("{wdw}", "{wd}"),
    "rel": ("{mod}", "{rel}"),
    "amount": ("{num}", DIGIT, "{one}", "{vplural}", "{half}"),
    "set": ("{setw}", "{ratew}"),
    "ref": ("{ref}",),
    "yearpart": ("{ypart}",),
    "holiday": ("{holiday}",),
    "season": ("{season}",),
    "vdur": ("{vdur}",),
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
    "comma": ("year", "amount"),  # "5,5 tahun"
    "other": ("year",),
}
# … and by the run's length: a day, hour or month has one or two digits, a year four.
_DIGIT_LENGTH: dict[int, tuple[str, ...]] = {
    1: ("dmy", "numdate", "hijri", "amount", "zoned", "clockdp", "colon"),
    2: ("dmy", "numdate", "hijri", "amount", "zoned", "clockdp", "colon", "decade"),
    3: ("erayear", "amount"),
    4: ("year", "erayear", "iso", "decade"),
}
_DASHES = "-–—"


def first_token(phrase: str) -> str:
    """The first run of letters (or of digits) of `phrase`, lower-cased: "Jum'at" → "jum"."""
    m = _FIRST_TOKEN.search(phrase.lower())
    return m.group() if m else ""


@language_cache
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


@language_cache
def _cue_regex(flags: int) -> re.Pattern[str]:
    words = [cue for cue in cue_table() if cue != DIGIT]
    return re.compile(rf"(?<!\w)(?:\d+|(?:{_trie_pattern(words)})(?![^\W\d_]))", flags)


@language_cache
def _entries() -> dict[str, tuple[Entry, ...]]:
    """Cue word → (template, compiled pattern) pairs to try there."""
    return {cue: tuple(_entry(n) for n in names) for cue, names in cue_table().items() if cue != DIGIT}


def _entry(name: str) -> Entry:
    return name, list(TEMPLATES).index(name), pattern(name)


_DIGIT_ENTRIES: dict[tuple[str, int], tuple[Entry, ...]] = {}


def _digit_entries(after: str, length: int) -> tuple[Entry, ...]:
    """The templates to try at a run of `length` digits followed by the character `after`."""
    key = (after, length)
    entries = _DIGIT_ENTRIES.get(key)
    if entries is None:
        shape, sized = _shape(after), _DIGIT_LENGTH.get(length, ())
        names = [n for n in cue_table()[DIGIT] if n in _AFTER_DIGITS[shape] and n in sized]
        entries = _DIGIT_ENTRIES[key] = tuple(_entry(n) for n in names)
    return entries


def _shape(char: str) -> str:
    if not char:
        return "other"
    if char in _DASHES:
        return "dash"
    if char in "/.:":
        return char
    if char == ",":
        return "comma"
    if char.isspace():
        return "space"
    return "letter" if char.isalpha() else "other"


def matches(text: str) -> list[Hit]:
    """Every template's matches, as running each template's `finditer` over `text` would give them,
    as (start, -length, priority, template, match): sorting them orders earliest, longest, then
    by template rank (never a tie: one match per template and start).

    Templates are tried only where a cue starts. A template's match cannot start inside its
    previous match (finditer's rule), so each template keeps the end of its last match.
    """
    words, digits = _entries(), _DIGIT_ENTRIES
    # matching lower-cased text is faster than a case-blind regex; a few characters change
    # length when lower-cased ("İ"), and then offsets would shift: such texts keep their case
    lower = text.lower()
    same = len(lower) == len(text)
    last_end: dict[str, int] = {}
    found: list[Hit] = []
    scanned = lower if same else text
    for cue in _cue_regex(0 if same else re.IGNORECASE).finditer(scanned):
        pos, stop = cue.span()
        if scanned[pos].isdigit():
            after = text[stop : stop + 1]
            entries = digits.get((after, stop - pos)) or _digit_entries(after, stop - pos)
        else:
            entries = words.get(scanned[pos:stop] if same else scanned[pos:stop].lower(), ())
        for name, rank, rx in entries:
            if pos < last_end.get(name, 0):
                continue
            m = rx.match(text, pos)
            if m is not None:
                end = m.end()
                if end > pos:
                    last_end[name] = end
                    found.append((pos, pos - end, rank, name, m))
    return found
