"""Anchor candidates to a calendar: year/month carry-over, relative arithmetic, clock times.

`resolve_all` resolves the candidates of a text in text order with a `Resolver`, the dates
(`dates.Dates`) and relative expressions (`shifts.Shifts`) of one text sharing its state in
force (`anchors.Anchors`); the kinds that need no anchor are in `forms`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime

from ..spans import Precision, TimeMention
from . import arith
from . import lexicon as lx
from .anchors import ABSOLUTE
from .dates import Dates
from .forms import other_kinds
from .recognise import Candidate
from .resolved import Resolved
from .shifts import Shifts
from .zones import ZoneAt

_BOUNDABLE = frozenset((*ABSOLUTE, "decade", "century"))
_CLOCK = ("clock", "zoned", "clockdp", "colon")
_MINUTE_VALUE = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d")
_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d(T[A-Z]{2})?")


class Resolver(Dates, Shifts):
    """Resolves the candidates of one text, in text order."""


def _precision(value: str) -> Precision | None:
    if _MINUTE_VALUE.fullmatch(value):
        return "minute"
    if _DAY_VALUE.fullmatch(value):
        return "day"
    grains: dict[int, Precision] = {7: "month", 4: "year", 3: "decade", 2: "century"}
    return grains.get(len(value)) if value[:1].isdigit() else None


def _year_of_part(res: Resolver, i: int) -> int | None:
    """The year of a year part, season or holiday written without one: "tahun lalu/depan" from
    the writing year, else the year in force when the text wrote it, else the writing year."""
    g = res.cands[i].groups
    if g.get("year"):
        return int(g["year"] or 0)
    ref = res.ref_day()
    shift = lx.word_numbers("relative", "year_shift").get((g.get("yshift") or "").lower())
    if shift is not None:
        return ref.year + shift if ref else None
    if res.state.year is not None and not res.guessed_near_reference():
        return res.state.year
    return ref.year if ref else None


def _year_part(res: Resolver, i: int) -> Resolved:
    g = res.cands[i].groups
    part = lx.year_parts()[lx.key(g["ypart"])]
    number = lx.part_ordinals()[lx.key(g["pord"])]
    year = _year_of_part(res, i)
    if number > part.parts:
        number = part.parts
    value = f"{arith.year_str(year) if year else 'XXXX'}-{part.code}{number}"
    point = arith.year_str(year) if year else None  # the year it lies in dates events
    return Resolved("DATE", value, None, anchored=bool(year), point=point)


def _season(res: Resolver, i: int) -> Resolved:
    code = lx.seasons()[lx.key(res.cands[i].groups["season"])]
    year = _year_of_part(res, i)
    g = res.cands[i].groups
    # a season dates events only with its year told ("musim panas 2024", "musim dingin lalu")
    point = arith.year_str(year) if year and (g.get("year") or g.get("yshift")) else None
    value = f"{arith.year_str(year) if year else 'XXXX'}-{code}"
    return Resolved("DATE", value, None, anchored=bool(year), point=point)


def _holiday(res: Resolver, i: int) -> Resolved:
    """ "Natal" is 25 December of the year written, else of the one nearest the writing time;
    it does not move the story's date."""
    g = res.cands[i].groups
    month, day = lx.holiday_days()[" ".join((g["holiday"] or "").lower().split())]
    year = int(g["year"] or 0) if g.get("year") else res.year_for(i, month, day)
    res.guessing = False
    if year is None:
        return Resolved("DATE", f"XXXX-{month:02d}-{day:02d}", "day", anchored=False)
    return Resolved("DATE", f"{arith.year_str(year)}-{month:02d}-{day:02d}", "day")


def _vague_duration(res: Resolver, i: int) -> Resolved:
    return Resolved("DURATION", lx.vague_durations()[lx.key(res.cands[i].groups["vdur"])], None)


def resolve_all(
    text: str, cands: list[Candidate], *, reference: datetime | None, zone_at: ZoneAt | None
) -> list[TimeMention]:
    """TimeMentions for the candidates of `text`, in text order."""
    if not cands:
        return []
    res = Resolver(text, cands, reference=reference, zone_at=zone_at)
    out: list[TimeMention] = []
    for i, cand in enumerate(cands):
        res.current = i
        told = res.state.copy() if cand.kind in _BOUNDABLE else res.state
        resolved = _dispatch(res, i)
        if resolved is None:
            continue
        before = text[max(0, cand.start - 30) : cand.start]
        words = before.lower().split()
        mod = cand.mod
        if cand.kind in _BOUNDABLE and before[-1:].isspace():
            bound = lx.bounding_mod(words)
            if bound is not None and resolved.precision in ("year", "month"):
                # "sejak (akhir) tahun 2009" bounds a span; it does not move the story to 2009
                res.state = told
            if mod is None:
                mod = bound
                resolved = _since_is_past(res, cand, resolved, words)
        halves = lx.word_codes("calendar", "halves")  # "paruh pertama tahun depan" is 2015-H1
        half = halves.get(lx.key(cand.groups.get("mod"))) if cand.mod in ("START", "END") else None
        if half and resolved.precision == "year" and resolved.value.isdigit():
            # 2015-H1; the year it lies in still dates events
            resolved = replace(resolved, value=f"{resolved.value}-{half}", precision=None, point=resolved.value)
            mod = None
        timed = resolved.type in ("DATE", "TIME")
        approximate = (
            resolved.approximate or cand.mod is not None or " ".join(words[-2:]).endswith(lx.approximate_signals())
        )
        end = cand.end
        after = cand.groups.get("after") if resolved.type == "DURATION" else None
        signal = lx.after_amount().get(" ".join(after.lower().split())) if after else None
        if signal is not None and not signal.duration:  # "tiga jam [setelah]"
            end = cand.start + len(text[cand.start : cand.end].rstrip()) - len(cand.groups["after"] or "")
            end = cand.start + len(text[cand.start : end].rstrip())  # not the whole text before it
        out.append(
            TimeMention(
                text=text[cand.start : end],
                start=cand.start,
                end=end,
                type=resolved.type,
                value=resolved.value,
                utc=resolved.utc,
                precision=(resolved.precision or _precision(resolved.value)) if timed else None,
                approximate=approximate,
                mod=mod,
                anchored=resolved.anchored,
                point=resolved.point,
            )
        )
    return out


def _since_is_past(res: Resolver, cand: Candidate, resolved: Resolved, words: list[str]) -> Resolved:
    """ "sejak Januari" counts from a month that has begun: written in December 2014, the January
    of 2014, not the coming one the nearest-month rule picks."""
    if cand.kind != "month" or resolved.precision != "month" or cand.groups.get("mshift") or cand.groups.get("mshift2"):
        return resolved
    if not set(words[-2:]) & lx.past_signals():
        return resolved
    ref = res.ref_day()
    if ref is None or not resolved.value[:4].isdigit():
        return resolved
    year, month = int(resolved.value[:4]), int(resolved.value[5:7])
    if (year, month) <= (ref.year, ref.month):
        return resolved
    return replace(resolved, value=f"{arith.year_str(year - 1)}-{month:02d}")


def _dispatch(res: Resolver, i: int) -> Resolved | None:
    kind = res.cands[i].kind
    if kind in ABSOLUTE:
        result = res.absolute(i)
        if result is not None and kind == "wdnum" and res.cands[i].groups.get("dp"):
            part = lx.dayparts()[lx.key(res.cands[i].groups["dp"])]
            return Resolved("TIME", f"{result.value}T{part.code}", "day", approximate=True, anchored=result.anchored)
        if result is not None and kind == "iso" and res.cands[i].groups.get("hour"):
            return res.clock(i)
        return result
    if kind in _CLOCK:
        return res.clock(i)
    handler = _HANDLERS.get(kind)
    return handler(res, i) if handler is not None else other_kinds(res.cands[i])


_HANDLERS: dict[str, Callable[[Resolver, int], Resolved | None]] = {
    "daypart": Resolver.daypart,
    "weekday": Resolver.weekday,
    "rel": Resolver.relative,
    "amount": Resolver.amount,
    "yearpart": _year_part,
    "season": _season,
    "holiday": _holiday,
    "vdur": _vague_duration,
}
