"""The writing day of a news text from its dateline: "Makassar, Senin (29/3/2021) – Sebuah bom …".

Indonesian news opens its first paragraph with the city, the day and a dash (or the agency:
"Jakarta (ANTARA) –"). When no reference time is given, the dated dateline is the reference
that "kemarin", "Minggu" or "pekan lalu" are read against, as a reader of the paper would.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime

from ..spans import TimeMention
from .recognise import scan
from .resolve import resolve_all

# the head of a line: a capitalised place ("Makassar", "KUALA LUMPUR", "Banda Aceh"), a comma
_PLACE = r"[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3}"
_HEAD = re.compile(rf"[ \t]*{_PLACE}(?:[ \t]*,[ \t]*{_PLACE})?[ \t]*,[ \t]*")  # "Kabul, Afganistan, "
# after the date: a dash, or an agency in brackets then a dash
_TAIL = re.compile(r"[ \t\xa0]*(?:\([A-Za-z. ]{2,20}\)[ \t\xa0]*)?[–—-]{1,2}[ \t\xa0]")
LINES = 6  # a dateline is among the first lines (after the headline)
# the outlet a dateline names: "JAKARTA, KOMPAS.com –", "Jakarta (ANTARA) –", "MEDAN, Tribun-Medan.com -"
_OUTLET = re.compile(
    rf"[ \t]*{_PLACE}[ \t]*"
    r"(?:,[ \t]*(?P<site>[A-Za-z][\w-]*(?:\.[A-Za-z]+)+)|\([ \t]*(?P<agency>[A-Za-z][A-Za-z. ]{1,18}?)[ \t]*\))"
    r"[ \t\xa0]*[–—-]{1,2}[ \t\xa0]"  # a no-break space may stand on either side of the dash
)


def _first_lines(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of the text's first `LINES` lines, where a dateline may stand."""
    start = 0
    for _ in range(LINES):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        yield start, end
        if end >= len(text):
            return
        start = end + 1


def dateline(text: str) -> TimeMention | None:
    """The day of the text's dateline, if it opens one of its first lines."""
    return next((found for start, end in _first_lines(text) if (found := _dated_head(text, start, end))), None)


def _dated_head(text: str, start: int, end: int) -> TimeMention | None:
    head = _HEAD.match(text, start, end)
    if head is None:
        return None
    window = text[head.end() : min(end, head.end() + 40)]
    times = resolve_all(window, scan(window), reference=None, zone_at=None)
    first = times[0] if times else None
    if first is None or first.start != 0 or first.type != "DATE" or first.precision != "day" or not first.anchored:
        return None
    if not _TAIL.match(text, head.end() + first.end):
        return None
    first.start += head.end()
    first.end += head.end()
    return first


def outlet_span(text: str) -> tuple[int, int] | None:
    """Where the outlet a dateline names is ("KOMPAS.com" of "JAKARTA, KOMPAS.com –", "ANTARA" of
    "Jakarta (ANTARA) –"): the paper that reports, never a party to what it reports. None when no
    dateline names one. (The dateline's city stays a place: local news happens there.)"""
    for start, end in _first_lines(text):
        found = _OUTLET.match(text, start, end)
        if found is not None:
            group = "site" if found.group("site") else "agency"
            return found.start(group), found.end(group)
    return None


def dateline_reference(text: str) -> datetime | None:
    """Midnight of the dateline's day, or None."""
    found = dateline(text)
    return datetime.fromisoformat(found.value[:10]) if found is not None else None
