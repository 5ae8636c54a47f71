"""Clock times with zones: zone names → tzinfo, and local/UTC value strings."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from . import lexicon as lx
from .patterns import zone_offset_re

ZoneAt = Callable[[int], str | None]


@cache
def _iana(name: str | None) -> tzinfo | None:
    if not name:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


@cache
def _fixed(hours: float) -> tzinfo:
    return timezone(timedelta(minutes=round(hours * 60)))


def zone_of(zone_text: str | None, start: int, *, zone_at: ZoneAt | None) -> tzinfo | None:
    """The tzinfo named by `zone_text` ("WIB", "UTC+8", "waktu Irak", "waktu setempat").

    `start` is the text offset of the zone words, handed to `zone_at` for local-time words
    and for place names not in zones.yaml. Without `zone_text`, the zone of the place near
    `start` (a bare clock time is local time), when `zone_at` knows one.
    """
    if not zone_text:
        return _iana(zone_at(start)) if zone_at else None
    abbreviations = lx.zone_abbreviations()
    first = zone_text.split()[0].strip("(")
    if first in abbreviations:
        return _fixed(abbreviations[first])
    offset = zone_offset_re().search(zone_text)
    if offset is not None:  # "UTC+7", "waktu setempat (UTC+13)": the written offset decides
        sign = -1 if offset.group("sign") in "-−" else 1
        return _fixed(sign * (int(offset.group("h")) + int(offset.group("m") or 0) / 60))
    waktu = lx.word_regex("zones", "zone_words", r"(?s){}\s+(?P<place>.+)$").search(zone_text)  # "waktu Irak"
    if waktu is None:
        return None
    place = lx.key(waktu.group("place"))
    if place in lx.zone_local_words():
        return _iana(zone_at(start)) if zone_at else None
    if place in lx.zone_places():
        return _iana(lx.zone_places()[place])
    return _iana(zone_at(start + waktu.start("place"))) if zone_at else None


def clock_values(day: date | None, hour: int, minute: int, zone: tzinfo | None) -> tuple[str, str | None]:
    """TIMEX3 local value and UTC instant (or None) of a clock time on `day`."""
    if day is None:
        return f"XXXX-XX-XXT{hour % 24:02d}:{minute:02d}", None
    local = datetime(day.year, day.month, day.day) + timedelta(hours=hour, minutes=minute)
    value = f"{local.year:04d}-{local.month:02d}-{local.day:02d}T{local.hour:02d}:{local.minute:02d}"
    if zone is None:
        return value, None
    instant = local.replace(tzinfo=zone).astimezone(UTC)
    day_part = f"{instant.year:04d}-{instant.month:02d}-{instant.day:02d}"
    return value, f"{day_part}T{instant.hour:02d}:{instant.minute:02d}:00Z"  # whole minutes: no seconds
