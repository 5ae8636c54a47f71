"""Whether an event's day is told only by a clock time ("pukul 01.30 WIB", "jam 23.00"): the day is
then the extractor's reading of which night the clock belongs to, and an hour past midnight is
easily put a day off the day another report tells ("Minggu (20/7/2025) dini hari").

The clock's words are the time stage's (`lang/id/times/dayparts.yaml`: clock cues and day parts;
`zones.yaml`: zone abbreviations; `relative.yaml`: "sekitar"); a date text made only of them and
of numbers tells no day.
"""

from __future__ import annotations

import re
from functools import cache

from ..times.lexicon import table, word_list

_TOKEN = re.compile(r"[^\W\d_]+")


@cache
def _clock_words() -> tuple[frozenset[str], frozenset[str]]:
    """(the words before a clock time, every word a clock time may carry)."""
    cues = frozenset(w.lower().rstrip(".") for w in word_list("dayparts", "clock_cues"))
    parts = {w.lower() for phrase in table("dayparts")["dayparts"] for w in str(phrase).split()}
    zones = {str(z).lower() for z in table("zones")["abbreviations"]}
    about = {w.lower() for phrase in word_list("relative", "approximate_signals") for w in _TOKEN.findall(phrase)}
    return cues, frozenset(cues | parts | zones | about)


def day_by_clock(text: str | None) -> bool:
    """The date's text names a clock time and nothing of a day: no weekday, date, month or
    relative day, only a clock cue, numbers, a day part, a time zone and "sekitar"."""
    if not text:
        return False
    cues, allowed = _clock_words()
    words = [w.lower() for w in _TOKEN.findall(text)]
    return bool(words) and any(w in cues for w in words) and all(w in allowed for w in words)
