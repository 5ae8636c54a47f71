"""What a text has said so far and where its dates lie: the year, month, day and clock in force,
the sentence of each candidate, and the anchors that relative words and dates without a year
count from (the writing time or the date in force)."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import MAXYEAR, date, datetime

from ..lang import language_cache
from . import arith
from . import lexicon as lx
from .patterns import connector
from .recognise import Candidate
from .zones import ZoneAt

_SENTENCE_END = re.compile(r"[.!?](?:\[[^\]\n]{1,20}\])*\s+(?=[\"“(\[]?[A-Z0-9])|\n")
#: kinds of the dates written out (a day, month or year named or numbered)
ABSOLUTE = ("dmy", "wdnum", "numdate", "iso", "monyear", "month", "yearword", "year", "erayear", "hijri", "dayonly")


@language_cache
def _connector_only() -> re.Pattern[str]:
    return re.compile(rf"\s*{connector()}\s*$", re.IGNORECASE)


@dataclass(slots=True)
class State:
    """What the text has said so far: year and month in force, date in force, clock in force."""

    year: int | None = None
    month: int | None = None
    day: date | None = None
    clock: datetime | None = None
    last_day: date | None = None  # the last day told, kept when a month or year follows
    guessed: bool = False  # the year in force was not written: it is the one nearest the reference time
    story_day: date | None = None  # the last day told that is not a report's citation day
    cited: bool = False  # the day in force is the day a report was cited or received on

    def set_day(self, day: date, *, cited: bool = False) -> None:
        if self.clock is not None and self.clock.date() != day:
            self.clock = None
        self.year, self.month, self.day, self.last_day = day.year, day.month, day, day
        self.guessed, self.cited = False, cited
        if not cited:
            self.story_day = day

    def copy(self) -> State:
        return replace(self)


class Anchors:
    """The candidates of one text and what they have told so far; resolvers build on it."""

    def __init__(self, text: str, cands: list[Candidate], *, reference: datetime | None, zone_at: ZoneAt | None):
        self.text = text
        self.cands = cands
        self.reference = reference
        self.zone_at = zone_at
        self.state = State()
        self.current = 0
        self.partial: tuple[int, str] | None = None  # sentence and value of a day without a year
        self.guessing = False  # the year just chosen by year_for is the one nearest the reference time
        self.named_days: dict[int, date] = {}  # weekday → the day a "Kamis (27/11/2014)" dated
        self.sentence_of = self._sentences()

    def _sentences(self) -> list[int]:
        """Sentence number of each candidate, counted from the first one's sentence.

        Only differences between numbers are used, so the text before the first candidate is
        not scanned (a boundary ends with a space, so none spans a candidate's start).
        """
        if len(self.cands) < 2:
            return [0] * len(self.cands)
        first, last = self.cands[0].start, self.cands[-1].start
        bounds = [m.end() for m in _SENTENCE_END.finditer(self.text, first, min(len(self.text), last + 2))]
        ids, k = [], 0
        for cand in self.cands:
            while k < len(bounds) and bounds[k] <= cand.start:
                k += 1
            ids.append(k)
        return ids

    def ref_day(self) -> date | None:
        return self.reference.date() if self.reference else None

    def _anchor(self, kind: str, grain: str = "day") -> date | None:
        in_force = self.state.day
        if in_force is None and kind == "anaphoric" and grain == "day":
            in_force = self.state.last_day  # "Pada hari yang sama" after "… pada Agustus 2009": the last day told
        coarse = grain in ("year", "decade", "century") or (grain == "month" and self.state.month is not None)
        if in_force is None and self.state.year is not None and coarse:
            in_force = date(self.state.year, self.state.month or 1, 1)
        first, second = (self.ref_day(), in_force) if kind == "deictic" else (in_force, self.ref_day())
        return first if first is not None else second

    def _later_year(self, i: int) -> tuple[int, bool] | None:
        """The year of the next dated expression in the sentence, and whether only a connector
        ("13 hingga 15 Mei 1998", "30 September hingga dini hari 1 Oktober 1965") lies between."""
        cand = self.cands[i]
        for j in range(i + 1, len(self.cands)):
            nxt = self.cands[j]
            if self.sentence_of[j] != self.sentence_of[i]:
                return None
            if nxt.kind == "daypart" or not nxt.groups.get("year"):
                continue
            if nxt.kind not in ABSOLUTE or not (nxt.groups.get("mon") or nxt.groups.get("month")):
                return None
            between = lx.word_regex("dayparts", "between_dates", r"\b{}\b").sub(" ", self.text[cand.end : nxt.start])
            return int(nxt.groups["year"] or 0), bool(_connector_only().match(between))
        return None

    def year_for(self, i: int, month: int, day: int | None) -> int | None:
        """The year of a day or month written without one: the next year of its sentence joined
        by a connector, the year in force, else the one nearest the reference time. A year
        guessed so is not in force for the next month: "pengiriman Januari" in a November text
        is the coming January, and "27 November" after it is still this year's."""
        self.guessing = False
        later = self._later_year(i)
        if later is not None and later[1]:
            return later[0]
        if self.state.year is not None and not self.guessed_near_reference():
            if self.state.month is not None and month < self.state.month - 6 and self.state.year < MAXYEAR:
                self.guessing = True  # "Desember … Januari": the next year, inferred too
                return self.state.year + 1
            return self.state.year
        if later is not None:  # "dimulai 26 September dan berakhir 5 Desember 2020"
            return later[0]
        ref = self.ref_day()
        if ref is None:
            return None
        years = [y for y in (ref.year - 1, ref.year, ref.year + 1) if arith.valid_date(y, month, day or 1)]
        if not years:  # no such day in any year ("31/11")
            return None
        self.guessing = True
        return min(years, key=lambda y: abs((date(y, month, day or 1) - ref).days))

    def _delivery_month(self, i: int) -> bool:
        """ "minyak untuk pengiriman Januari": a contract's month, always the one nearest the
        writing time whatever year the story is in ("terendah sejak April 2009")."""
        before = self.text[max(0, self.cands[i].start - 20) : self.cands[i].start].lower().split()
        return self.reference is not None and bool(before) and before[-1] in lx.reference_month_after()

    def _nearest_year(self, month: int) -> int | None:
        ref = self.ref_day()
        if ref is None:
            return None
        return min((ref.year - 1, ref.year, ref.year + 1), key=lambda y: abs((date(y, month, 1) - ref).days))

    def guessed_near_reference(self) -> bool:
        """The year in force was inferred (not written) and lies next to the writing year: the
        text speaks of its present, so the next month is again the one nearest the reference
        time. A story of 1998 keeps its inferred years ("Desember 1998 … Januari … Maret")."""
        state, ref = self.state, self.reference
        return state.guessed and ref is not None and state.year is not None and abs(state.year - ref.year) <= 1
