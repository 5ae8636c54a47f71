"""Indonesian time expressions: recognition, TIMEX3 normalisation and event dating.

`find_times` finds dates, clock times, durations and sets in a text and anchors them to
the calendar (year carry-over, relative words, zones); `DateContext` dates an event from
the time expressions of its sentence or the text before it.
"""

from __future__ import annotations

from datetime import datetime

from ..spans import TimeMention
from .context import DateContext
from .joined import join_date_and_clock
from .recognise import scan
from .resolve import resolve_all
from .zones import ZoneAt

__all__ = ["DateContext", "ZoneAt", "find_times"]


def find_times(
    text: str, *, reference_time: datetime | None = None, zone_at: ZoneAt | None = None
) -> list[TimeMention]:
    """Time expressions of `text` in text order, with TIMEX3 values.

    `reference_time` is the writing time of the text (news); relative words are resolved
    against it or the date in force, never today's date. `zone_at(offset)` gives the IANA
    zone of the place near a text offset, for "waktu setempat" and bare clock times.
    """
    return join_date_and_clock(text, resolve_all(text, scan(text), reference=reference_time, zone_at=zone_at))
