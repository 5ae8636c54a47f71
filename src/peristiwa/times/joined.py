"""A date and its clock time are one TIME in TimeML: "Kamis (17/10/2013) pukul 10.00 WIB" and
"pukul 7:55 WIB, Jumat (5/12/2014)" are each one expression whose value is the instant. The
recogniser finds the two parts; this joins them when only a comma, spacing or a connector
("pada", "hari") stands between and the clock time was resolved on that very day."""

from __future__ import annotations

import re
from dataclasses import replace

from ..lang import language_cache
from ..spans import TimeMention
from . import lexicon as lx

_GAP = re.compile(r"[\s,]*")


@language_cache
def _connectors() -> frozenset[str]:
    return frozenset(str(w) for w in lx.table("relative").get("date_time_connectors", []))


def _gap_joins(gap: str) -> bool:
    words = [w for w in re.split(r"[\s,]+", gap.lower()) if w]
    return _GAP.fullmatch(gap) is not None or all(w in _connectors() for w in words)


def join_date_and_clock(text: str, times: list[TimeMention]) -> list[TimeMention]:
    """`times` with each day-precision DATE and the TIME on the same day right beside it (either
    order) made one TIME spanning both."""
    out: list[TimeMention] = []
    i = 0
    while i < len(times):
        a = times[i]
        b = times[i + 1] if i + 1 < len(times) else None
        if b is not None and _pair(text, a, b):
            clock = a if a.type == "TIME" else b
            start, end = a.start, b.end
            out.append(replace(clock, text=text[start:end], start=start, end=end))
            i += 2
            continue
        out.append(a)
        i += 1
    return out


def _pair(text: str, a: TimeMention, b: TimeMention) -> bool:
    kinds = {a.type, b.type}
    if kinds != {"DATE", "TIME"} or not _gap_joins(text[a.end : b.start]):
        return False
    date, clock = (a, b) if a.type == "DATE" else (b, a)
    return (
        date.precision == "day"
        and date.mod is None
        and clock.value[:10] == date.value[:10]
        and len(clock.value) > 10
        and clock.value[10] == "T"
    )
