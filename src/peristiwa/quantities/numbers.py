"""Indonesian numbers as written: digits with Indonesian separators, number words, vague amounts.

`quantity_regex()` finds a number with its optional qualifier ("sedikitnya 25", "dua puluh lima",
"2,5 juta", "9 hingga 12", "puluhan ribu"); `interpret(match)` gives its (min, max, qualifier).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction

from ..lang import language_cache
from ..spans import Qualifier
from .lexicon import alternation, table, words

Bounds = tuple[int | None, int | None]


@dataclass(frozen=True, slots=True)
class NumberWords:
    """The number words of `lang/id/quantities/numbers.yaml`: units, scales, vague amounts and qualifiers."""

    units: dict[str, int]
    values: dict[str, Fraction]  # single words with a value: sepuluh, sebelas, seratus, setengah
    scales: dict[str, int]
    se_scales: dict[str, int]  # seribu, sejuta
    classified: frozenset[str]  # seorang, sebuah
    collective: dict[str, int]  # kedua, keempat, kesepuluh: all of a group of that many
    collective_pronouns: dict[str, int]  # keduanya, ketiganya: all of a group told before
    vague: dict[str, Bounds]
    vague_scaled: dict[str, tuple[int, int]]
    vague_scales: dict[str, int]
    qualifiers: dict[str, Qualifier]
    belas: str
    puluh: str
    ratus: str


@language_cache
def lexicon() -> NumberWords:
    data = table("numbers")
    scales = {str(k): int(v) for k, v in data["scales"].items()}
    prefix = str(data["scale_prefix"])

    def bounds(pair: list[int | None]) -> Bounds:
        return (None if pair[0] is None else int(pair[0]), None if pair[1] is None else int(pair[1]))

    collective = {
        str(data["collective_prefix"]) + str(k): int(v)
        for k, v in [*data["units"].items(), *data["words"].items()]
        if int(v) == v and v >= 2
    }
    return NumberWords(
        units={str(k): int(v) for k, v in data["units"].items()},
        values={str(k): Fraction(str(v)) for k, v in data["words"].items()},
        scales=scales,
        se_scales={prefix + k: v for k, v in scales.items()},
        classified=frozenset(prefix + str(c) for c in data["classifiers"]),
        collective=collective,
        collective_pronouns={k + str(data["collective_suffix"]): v for k, v in collective.items()},
        vague={str(k): bounds(v) for k, v in data["vague"].items()},
        vague_scaled={str(k): (int(v[0]), int(v[1])) for k, v in data["vague_scaled"].items()},
        vague_scales={str(k): int(v) for k, v in data["vague_scales"].items()},
        qualifiers={str(w).lower(): kind for kind, ws in data["qualifiers"].items() for w in ws},
        belas=str(data["teen_word"]),
        puluh=str(data["tens_word"]),
        ratus=str(data["hundreds_word"]),
    )


def _b(alt: str) -> str:
    return rf"(?<![\w-])(?:{alt})(?![\w-])"


@language_cache
def number_pattern() -> str:
    """Regex (no groups) for one number: digits (with a scale word) or number words."""
    lex = lexicon()
    scale = _b(alternation(lex.scales))
    solid = rf"(?:{alternation(lex.units)})(?:{alternation([lex.belas, lex.puluh, lex.ratus])})"  # "tujuhbelas"
    start = _b(alternation([*lex.units, *lex.values, *lex.se_scales]) + f"|{solid}")
    every = alternation([*lex.units, *lex.values, *lex.se_scales, *lex.scales, lex.belas, lex.puluh, lex.ratus])
    token = _b(f"{every}|{solid}")
    digits = r"(?:\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d{1,3}(?:,\d{3})+(?![\d])|\d+[.,]\d+|\d+)"
    one_word = _b(alternation([*lex.classified, *lex.collective, *lex.collective_pronouns]))
    return rf"(?:{digits}(?:\s*{scale})?|{start}(?:\s+{token})*|{one_word})"


@language_cache
def vague_pattern() -> str:
    lex = lexicon()
    start = alternation(lex.units)
    open_ = alternation(w for w in lex.vague if lex.vague[w][1] is None)
    closed = alternation(w for w in lex.vague if lex.vague[w][1] is not None)
    scaled = alternation(lex.vague_scaled)
    scale = alternation(lex.vague_scales)
    return (
        rf"(?:(?<![\w-])(?:{scaled})\s+(?:{scale})(?![\w-])|{_b(closed)}"
        rf"|(?<![\w-])(?:{open_})(?![\w-])(?!\s+(?:\d|(?:{start}|se\w+)\b)))"
    )


@language_cache
def range_sep() -> str:
    return rf"(?:\s*[-–—]\s*|\s+(?:{alternation(words('numbers', 'range_words'))})\s+)"


@language_cache
def _between() -> tuple[str, str]:
    """The word before a range's first end ("antara") and an alternation of its joiners."""
    return re.escape(str(table("numbers")["between_word"])), alternation(words("numbers", "between_joiners"))


@language_cache
def quantity_regex() -> re.Pattern[str]:
    """A number with its qualifier; groups `qual` and `body`."""
    num, vague, sep = number_pattern(), vague_pattern(), range_sep()
    quals = alternation(lexicon().qualifiers)
    between, joiners = _between()
    body = rf"{between}\s+{num}\s+(?:{joiners})\s+{num}|{num}(?:{sep}{num})?|{vague}(?:{sep}{vague})?"
    return re.compile(
        rf"(?<![\w$€£¥.,/:#@–-])(?:(?P<qual>(?:{quals}))\s*)?(?P<body>{body})(?!\w|[.,:/–-]\d)",
        re.IGNORECASE,
    )


@language_cache
def _ends() -> tuple[re.Pattern[str], re.Pattern[str]]:
    num, vague, sep = number_pattern(), vague_pattern(), range_sep()
    between, joiners = _between()
    return (
        re.compile(rf"(?:{between}\s+)?(?P<a>{num})(?:(?:{sep}|\s+(?:{joiners})\s+)(?P<b>{num}))?", re.IGNORECASE),
        re.compile(rf"(?P<a>{vague})(?:{sep}(?P<b>{vague}))?", re.IGNORECASE),
    )


def _digits(text: str) -> Fraction | None:
    lex = lexicon()
    m = re.fullmatch(r"([\d.,]+)\s*([a-z]*)", text.lower())
    if m is None:
        return None
    raw, scale_word = m.groups()
    scale = lex.scales.get(scale_word, 1) if scale_word else 1
    if scale_word and scale_word not in lex.scales:
        return None
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", raw):
        value = Fraction(raw.replace(".", "").replace(",", "."))
    elif re.fullmatch(r"\d{1,3}(?:,\d{3})+", raw) and not scale_word:
        value = Fraction(raw.replace(",", ""))  # English thousands separator
    elif "," in raw:
        value = Fraction(raw.replace(",", "."))
    elif "." in raw:
        if not scale_word:
            return None  # "11.00" is a clock time, not a count
        value = Fraction(raw)
    else:
        value = Fraction(int(raw))
    return value * scale


@language_cache
def _solid() -> re.Pattern[str]:
    """A unit written together with the teen, tens or hundreds word, in the older spelling
    ("tujuhbelas", "duapuluh lima", "tigaratus"): read as two words."""
    lex = lexicon()
    return re.compile(
        rf"(?<![\w-])({alternation(lex.units)})({alternation([lex.belas, lex.puluh, lex.ratus])})(?![\w-])"
    )


def _words(text: str) -> Fraction | None:
    lex = lexicon()
    total, group = Fraction(0), Fraction(0)
    piece: Fraction | None = None
    last_scale = 0
    for tok in _solid().sub(r"\1 \2", text.lower()).split():
        if tok in lex.units:
            if piece is not None:
                return None
            piece = Fraction(lex.units[tok])
        elif tok in (lex.belas, lex.puluh, lex.ratus):
            if piece is None or not 1 <= piece <= 9 or (group % 100 if tok != lex.ratus else group) != 0:
                return None
            group += piece + 10 if tok == lex.belas else piece * (10 if tok == lex.puluh else 100)
            piece = None
        elif tok in lex.values:
            value = lex.values[tok]
            if value < 1:  # setengah: "satu setengah juta"
                piece = (piece or Fraction(0)) + value
            elif piece is not None or group % (1000 if value >= 100 else 100) != 0:
                return None
            else:
                group += value
        elif tok in lex.scales or tok in lex.se_scales:
            scale = lex.scales.get(tok) or lex.se_scales[tok]
            amount = group + (piece or 0) if tok in lex.scales else Fraction(1)
            if amount == 0 or (last_scale and scale >= last_scale) or (tok in lex.se_scales and (group or piece)):
                return None
            total, group, piece, last_scale = total + amount * scale, Fraction(0), None, scale
        elif tok in lex.classified:
            return Fraction(1)
        elif tok in lex.collective and len(text.split()) == 1:
            return Fraction(lex.collective[tok])
        elif tok in lex.collective_pronouns and len(text.split()) == 1:
            return Fraction(lex.collective_pronouns[tok])
        else:
            return None
    return total + group + (piece or 0)


def value_of(text: str) -> int | None:
    """The integer value of one number ("14.000", "dua puluh lima", "2,5 juta", "seorang"), or None."""
    text = text.strip()
    value = _digits(text) if text[:1].isdigit() else _words(text)
    if value is None or value.denominator != 1:
        return None
    return int(value)


def _vague(text: str) -> Bounds | None:
    lex = lexicon()
    toks = text.lower().split()
    if len(toks) == 2 and toks[0] in lex.vague_scaled and toks[1] in lex.vague_scales:
        lo, hi = lex.vague_scaled[toks[0]]
        scale = lex.vague_scales[toks[1]]
        return lo * scale, (hi + 1) * scale - 1
    return lex.vague.get(toks[0]) if len(toks) == 1 else None


def interpret(qual: str | None, body: str) -> tuple[int | None, int | None, Qualifier] | None:
    """(min, max, qualifier) of a matched number; None when it is not a whole number."""
    plain, vague = _ends()
    m = plain.fullmatch(body)
    if m is not None:
        lo = value_of(m["a"])
        if m["b"] is not None:
            hi = value_of(m["b"])
            if lo is None or hi is None:
                return None
            scale = _trailing_scale(m["b"])
            if scale > 1 and _trailing_scale(m["a"]) == 1 and lo * scale <= hi:
                lo *= scale  # "dua hingga tiga ribu"
            return (lo, hi, "range") if lo < hi else None
        if lo is None:
            return None
        bounds: Bounds = (lo, lo)
        default: Qualifier = "exact"
    else:
        v = vague.fullmatch(body)
        if v is None:
            return None
        first = _vague(v["a"])
        second = _vague(v["b"]) if v["b"] is not None else first
        if first is None or second is None:
            return None
        # a vague plural counts at least its lower bound ("puluhan" = at least 20); two are a range
        bounds, default = (first[0], second[1]), "at_least" if v["b"] is None else "range"
    return _qualify(qual, bounds, default)


def _trailing_scale(text: str) -> int:
    last = text.lower().split()[-1]
    return lexicon().scales.get(last, 1)


def _qualify(qual: str | None, bounds: Bounds, default: Qualifier) -> tuple[int | None, int | None, Qualifier]:
    kind = lexicon().qualifiers.get(re.sub(r"\s+", " ", qual.lower()), "exact") if qual else default
    lo, hi = bounds
    if kind in ("at_least", "more_than"):
        return lo, None, kind
    if kind in ("at_most", "fewer_than"):
        return None, hi if hi is not None else lo, kind
    return lo, hi, kind


def parse_number(s: str) -> tuple[int | None, int | None] | None:
    """(min, max) of a number written in Indonesian, or None if `s` is not one.

    "14.000" → (14000, 14000); "dua puluh lima" → (25, 25); "2,5 juta" → (2500000, 2500000);
    "puluhan" → (20, None) (at least 20); "9-12" → (9, 12); "sedikitnya 25" → (25, None); "hampir 100" → (None, 100).
    """
    m = quantity_regex().fullmatch(s.strip())
    if m is None:
        return None
    result = interpret(m["qual"], m["body"])
    return None if result is None else (result[0], result[1])
