"""A resolved time value, before it becomes a TimeMention, and the TIMEX3 duration format."""

from __future__ import annotations

from dataclasses import dataclass

from ..spans import Precision, TimeType
from . import lexicon as lx


@dataclass(slots=True)
class Resolved:
    type: TimeType
    value: str
    precision: Precision | None = None
    utc: str | None = None
    approximate: bool = False
    anchored: bool = True
    point: str | None = None  # a counted DURATION's end: the date or time it reaches


def duration_value(number: float | None, unit: lx.Unit) -> str:
    """TIMEX3 duration value: "P3D", "PT5H", "PXY", "P1.5Y"."""
    if number is None:
        amount = "X"
    else:
        amount = str(int(number * unit.factor)) if number == int(number) else str(number * unit.factor)
    return f"P{'T' if unit.time else ''}{amount}{unit.code}"
