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


def miswritten_day(told: date, weekday: int, written: date) -> date | None:
    """The day meant by a weekday-dated day `told` ("Kamis (19/6/2026)") that lies after the day the
    text was `written` and does not fall on the ISO `weekday` named: a slip of the pen in its month or
    year (D55: a numeric date impossible in its context yields). The same day of the month a month
    earlier, or in the text's own year when a later year was written, when it falls on the weekday
    named and not after the text was written; None when neither does (a plan, or a slip of the day)."""
    if told <= written or told.isoweekday() == weekday:
        return None
    candidates = []
    if told.year > written.year and valid_date(written.year, told.month, told.day):
        candidates.append(date(written.year, told.month, told.day))
    if told.year == written.year and told.month > 1 and valid_date(told.year, told.month - 1, told.day):
        candidates.append(date(told.year, told.month - 1, told.day))
    return next((d for d in candidates if d <= written and d.isoweekday() == weekday), None)


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
