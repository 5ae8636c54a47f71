"""Values that need no anchor: decades, centuries, sets and fixed references."""

from __future__ import annotations

from . import lexicon as lx
from .numwords import parse_number_word
from .recognise import Candidate
from .resolved import Resolved, duration_value


def roman_to_int(numeral: str) -> int | None:
    values = [lx.roman().get(ch) for ch in numeral.lower()]
    if not values or any(v is None for v in values):
        return None
    nums = [v for v in values if v is not None]
    return sum(-v if i + 1 < len(nums) and v < nums[i + 1] else v for i, v in enumerate(nums))


def other_kinds(cand: Candidate) -> Resolved | None:
    g = cand.groups
    if cand.kind == "decade":
        digits = g["dec"] or ""
        if len(digits) == 2:
            digits = "19" + digits
        if not digits.endswith("0"):
            return None
        return Resolved("DATE", digits[:3], "decade")
    if cand.kind == "century":
        if (g.get("era") or "").upper() in lx.other_eras():
            return None
        raw = g["cent"] or ""
        number = int(raw) if raw.isdigit() else roman_to_int(raw)
        if number is None or not 1 <= number <= 22:
            return None
        return Resolved("DATE", f"{number - 1:02d}", "century")
    if cand.kind == "set":
        return _set(g)
    if cand.kind == "ref":
        return Resolved("DATE", lx.references()[lx.key(g["ref"])], None)
    return None


def _set(g: dict[str, str | None]) -> Resolved | None:
    weekday = g.get("wd") or g.get("wd2")
    if weekday:
        return Resolved("SET", f"XXXX-WXX-{lx.weekdays()[weekday.lower()]}", None)
    if g.get("mon"):
        month = lx.months()[lx.key(g["mon"])]
        return Resolved("SET", f"XXXX-{month:02d}-{int(g['day'] or 0):02d}", None)
    word = (g.get("unit") or g.get("punit") or "").lower()
    unit = lx.units().get(word) or lx.units()[lx.word("relative", "set_default_unit")]
    raw = (g.get("num") or "").lower()
    number = int(raw) if raw.isdigit() else (parse_number_word(raw) if raw else 1)
    return Resolved("SET", duration_value(None if number is None else float(number), unit), None)
