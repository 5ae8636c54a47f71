"""Calendar arithmetic for relative expressions, TIMEX3 value strings and the Hijri calendar."""

from __future__ import annotations

import math
from datetime import date, datetime, timedelta

from ..spans import Precision

_JDN_ORDINAL = 1721425  # Julian day number of proleptic-Gregorian ordinal 0
_HIJRI_EPOCH = 1948440  # JDN of 1 Muharram 1 AH (civil, tabular)


def year_str(year: int) -> str:
    """Four-digit year as TIMEX3 writes it ("0632")."""
    return f"{year:04d}"


def day_value(day: date) -> str:
    return f"{year_str(day.year)}-{day.month:02d}-{day.day:02d}"


def week_value(day: date) -> str:
    iso = day.isocalendar()
    return f"{year_str(iso.year)}-W{iso.week:02d}"


def add_months(day: date, months: int) -> date:
    """`day` moved by whole months, clamped to the month's last day."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    for last in (31, 30, 29, 28):
        try:
            return date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise ValueError(f"no valid day in {year}-{month}")


def shift_value(anchor: date, grain: str, shift: int) -> tuple[str, Precision]:
    """TIMEX3 value and precision of `anchor` moved `shift` units of `grain`."""
    if grain == "day":
        return day_value(anchor + timedelta(days=shift)), "day"
    if grain in ("week", "weekend"):
        moved = anchor + timedelta(weeks=shift)
        return week_value(moved) + ("-WE" if grain == "weekend" else ""), "day"
    if grain == "month":
        moved = add_months(anchor, shift)
        return f"{year_str(moved.year)}-{moved.month:02d}", "month"
    if grain == "year":
        return year_str(anchor.year + shift), "year"
    if grain == "decade":
        return year_str(anchor.year + 10 * shift)[:3], "decade"
    if grain == "century":
        return year_str(anchor.year + 100 * shift)[:2], "century"
    raise ValueError(f"unknown grain {grain!r}")


def shift_clock(anchor: datetime, grain: str, shift: int) -> str:
    """TIMEX3 value of a clock time moved `shift` hours or minutes."""
    delta = timedelta(hours=shift) if grain == "hour" else timedelta(minutes=shift)
    return (anchor + delta).strftime("%Y-%m-%dT%H:%M")


#: how far back from the writing day a mistyped "Senin (26/6/2025)" may be read as its weekday's day
SLIP_REACH = timedelta(days=40)


def weekday_slip(told: date, weekday: int, written: date) -> date | None:
    """The day a news text meant by a numeric date whose named weekday it does not fall on, when a
    slip of one field explains it ("Senin (26/6/2025)" written on 29 May 2025: Monday 26 May): the
    date read is after the writing day, or of another year than it ("Sabtu (12/7/2024)" written on
    12 July 2025), and the only day that keeps the others and falls on the weekday in the forty
    days up to the writing day is that day (D55: the numeric date wins unless it is impossible in
    context). None when the date stands."""
    if told.isoweekday() == weekday or not (told > written or told.year != written.year):
        return None
    months = {(written.year, told.month), (told.year, written.month)}
    back = written.replace(day=1) - timedelta(days=1)
    months.add((told.year, back.month) if told.year == back.year else (told.year, written.month))
    found = set()
    for year, month in months:
        try:
            day = date(year, month, told.day)
        except ValueError:
            continue
        if day != told and day.isoweekday() == weekday and written - SLIP_REACH <= day <= written:
            found.add(day)
    return found.pop() if len(found) == 1 else None


def weekday_near(anchor: date, weekday: int, *, week_shift: int | None) -> date:
    """The date of ISO `weekday` near `anchor`.

    With no shift word, the latest such day on or before the anchor (news report past
    events); with "lalu"/"depan", the latest before / first after it; "ini", the same ISO week.
    """
    if week_shift is None:
        return anchor - timedelta(days=(anchor.isoweekday() - weekday) % 7)
    if week_shift < 0:  # "Senin lalu": the latest Monday before the anchor
        return anchor - timedelta(days=(anchor.isoweekday() - weekday - 1) % 7 + 1)
    if week_shift > 0:  # "Senin depan": the first Monday after the anchor
        return anchor + timedelta(days=(weekday - anchor.isoweekday() - 1) % 7 + 1)
    monday = anchor - timedelta(days=anchor.isoweekday() - 1)
    return monday + timedelta(weeks=week_shift, days=weekday - 1)


def hijri_to_gregorian(year: int, month: int, day: int) -> date:
    """Tabular (arithmetical) Islamic calendar → Gregorian; observed dates may differ by 1–2 days."""
    jdn = day + math.ceil(29.5 * (month - 1)) + (year - 1) * 354 + (3 + 11 * year) // 30 + _HIJRI_EPOCH - 1
    return date.fromordinal(jdn - _JDN_ORDINAL)


def valid_date(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True
