"""Anchor candidates to a calendar: year/month carry-over, relative arithmetic, clock times."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from functools import cache

from ..spans import Precision, TimeMention
from . import arith
from . import lexicon as lx
from .forms import other_kinds
from .numwords import half_word, parse_number_word
from .patterns import connector
from .recognise import Candidate
from .resolved import Resolved, duration_value
from .zones import ZoneAt, clock_values, zone_of

_SENTENCE_END = re.compile(r"[.!?](?:\[[^\]\n]{1,20}\])*\s+(?=[\"“(\[]?[A-Z0-9])|\n")
_ABSOLUTE = ("dmy", "wdnum", "numdate", "iso", "monyear", "month", "yearword", "year", "erayear", "hijri", "dayonly")
_BOUNDABLE = frozenset((*_ABSOLUTE, "decade", "century"))
_CLOCK = ("clock", "zoned", "clockdp", "colon")
_NEXT_WORD = re.compile(r"\s+(\w+)")
_UNKNOWN = {"week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX", "year": "XXXX"}
_MINUTE_VALUE = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d")
_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d(T[A-Z]{2})?")
_CLITIC = "nya"  # "sehari setelah nya", written apart (not in relative.yaml: see demonstratives there)


@cache
def _words_re(file: str, key: str, template: str = "{}") -> re.Pattern[str]:
    """A case-blind regex of the word list `key` of `data/<file>.yaml`, put in `template`."""
    return re.compile(template.format(f"(?:{lx.alternation(lx.word_list(file, key))})"), re.IGNORECASE)


@cache
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

    def set_day(self, day: date) -> None:
        if self.clock is not None and self.clock.date() != day:
            self.clock = None
        self.year, self.month, self.day, self.last_day = day.year, day.month, day, day
        self.guessed = False

    def copy(self) -> State:
        return State(self.year, self.month, self.day, self.clock, self.last_day, self.guessed)


def _int(value: str | None) -> int | None:
    return int(value) if value else None


def _month_of(word: str | None) -> int | None:
    return lx.months().get(" ".join(word.lower().split())) if word else None


def _weekday_of(word: str | None) -> int | None:
    return lx.weekdays().get(word.lower()) if word else None


def _precision(value: str) -> Precision | None:
    if _MINUTE_VALUE.fullmatch(value):
        return "minute"
    if _DAY_VALUE.fullmatch(value):
        return "day"
    grains: dict[int, Precision] = {7: "month", 4: "year", 3: "decade", 2: "century"}
    return grains.get(len(value)) if value[:1].isdigit() else None


class Resolver:
    """Resolves the candidates of one text, in text order."""

    def __init__(self, text: str, cands: list[Candidate], *, reference: datetime | None, zone_at: ZoneAt | None):
        self.text = text
        self.cands = cands
        self.reference = reference
        self.zone_at = zone_at
        self.state = State()
        self.current = 0
        self.partial: tuple[int, str] | None = None  # sentence and value of a day without a year
        self.guessing = False  # the year just chosen by _year_for is the one nearest the reference time
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

    # -- anchors -------------------------------------------------------------------------
    def _ref_day(self) -> date | None:
        return self.reference.date() if self.reference else None

    def _anchor(self, kind: str, grain: str = "day") -> date | None:
        in_force = self.state.day
        if in_force is None and kind == "anaphoric" and grain == "day":
            in_force = self.state.last_day  # "Pada hari yang sama" after "… pada Agustus 2009": the last day told
        coarse = grain in ("year", "decade", "century") or (grain == "month" and self.state.month is not None)
        if in_force is None and self.state.year is not None and coarse:
            in_force = date(self.state.year, self.state.month or 1, 1)
        first, second = (self._ref_day(), in_force) if kind == "deictic" else (in_force, self._ref_day())
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
            if nxt.kind not in _ABSOLUTE or not (nxt.groups.get("mon") or nxt.groups.get("month")):
                return None
            between = _words_re("dayparts", "between_dates", r"\b{}\b").sub(" ", self.text[cand.end : nxt.start])
            return int(nxt.groups["year"] or 0), bool(_connector_only().match(between))
        return None

    def _year_for(self, i: int, month: int, day: int | None) -> int | None:
        """The year of a day or month written without one: the next year of its sentence joined
        by a connector, the year in force, else the one nearest the reference time. A year
        guessed so is not in force for the next month: "pengiriman Januari" in a November text
        is the coming January, and "27 November" after it is still this year's."""
        self.guessing = False
        later = self._later_year(i)
        if later is not None and later[1]:
            return later[0]
        if self.state.year is not None and not self._guessed_near_reference():
            if self.state.month is not None and month < self.state.month - 6:
                self.guessing = True  # "Desember … Januari": the next year, inferred too
                return self.state.year + 1
            return self.state.year
        if later is not None:  # "dimulai 26 September dan berakhir 5 Desember 2020"
            return later[0]
        ref = self._ref_day()
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
        ref = self._ref_day()
        if ref is None:
            return None
        return min((ref.year - 1, ref.year, ref.year + 1), key=lambda y: abs((date(y, month, 1) - ref).days))

    def _guessed_near_reference(self) -> bool:
        """The year in force was inferred (not written) and lies next to the writing year: the
        text speaks of its present, so the next month is again the one nearest the reference
        time. A story of 1998 keeps its inferred years ("Desember 1998 … Januari … Maret")."""
        state, ref = self.state, self.reference
        return state.guessed and ref is not None and state.year is not None and abs(state.year - ref.year) <= 1

    def _sentence_day(self, i: int) -> date | None:
        """The day a clock time or day part belongs to: a date in its sentence, before or after it."""
        sid = self.sentence_of[i]
        for j in range(i - 1, -1, -1):
            if self.sentence_of[j] != sid:
                break
            if self.cands[j].kind in ("dmy", "wdnum", "numdate", "iso", "hijri", "dayonly") and self.state.day:
                return self.state.day
        saved = self.state.copy()
        for j in range(i + 1, len(self.cands)):
            if self.sentence_of[j] != sid:
                break
            if self.cands[j].kind in ("dmy", "wdnum", "numdate", "iso", "hijri"):
                res = self.absolute(j)
                self.state = saved
                if res is not None and res.precision == "day" and res.anchored:
                    return date.fromisoformat(res.value[:10])
        fallback = self._ref_day() if self.reference and self.reference.hour == 0 else None
        return self.state.day or self.state.last_day or fallback

    # -- kinds ---------------------------------------------------------------------------
    def _day(self, year: int | None, month: int, day: int, *, approximate: bool = False) -> Resolved | None:
        if year is None:
            self.partial = (self.sentence_of[self.current], f"XXXX-{month:02d}-{day:02d}")
            return Resolved("DATE", f"XXXX-{month:02d}-{day:02d}", "day", anchored=False)
        try:
            when = date(year, month, day)
        except ValueError:
            return None
        self.state.set_day(when)
        self.state.guessed = self.guessing
        self.guessing = False
        return Resolved("DATE", arith.day_value(when), "day", approximate=approximate)

    def absolute(self, i: int) -> Resolved | None:
        c = self.cands[i]
        g = c.groups
        year = _int(g.get("year"))
        if year is not None and len(g.get("year") or "") == 2:
            year += 2000
        if (g.get("era") or "").upper() in lx.other_eras() and c.kind != "hijri":
            return None
        if c.kind == "hijri":
            hmonth = lx.hijri_months()[lx.key(g["hmon"])]
            day = arith.hijri_to_gregorian(year or 0, hmonth, int(g["day"] or 0))
            return self._day(day.year, day.month, day.day, approximate=True)
        month = _int(g.get("month")) or _month_of(g.get("mon") or g.get("mon2") or g.get("mon3"))
        if c.kind in ("dmy", "wdnum", "numdate", "iso"):
            assert month is not None
            day_n = int(g["day"] or 0)
            told = self._day(year if year is not None else self._year_for(i, month, day_n), month, day_n)
            named = _weekday_of(g.get("wd"))
            if told is not None and told.anchored and named and self.state.day and self.state.day.isoweekday() == named:
                self.named_days[named] = self.state.day
            return told
        if c.kind == "dayonly":
            if self.state.month is None or self.state.year is None:
                return Resolved("DATE", f"XXXX-XX-{int(g['day'] or 0):02d}", "day", anchored=False)
            return self._day(self.state.year, self.state.month, int(g["day"] or 0))
        if c.kind in ("monyear", "month"):
            assert month is not None
            shift = (g.get("mshift") or g.get("mshift2") or "").lower()
            if shift:
                anchor = self._anchor("deictic")
                if anchor is None:
                    return Resolved("DATE", f"XXXX-{month:02d}", "month", anchored=False)
                year = anchor.year
                sign = lx.word_numbers("relative", "month_shift").get(shift, 0)
                if sign < 0 and month >= anchor.month:
                    year -= 1
                elif sign > 0 and month <= anchor.month:
                    year += 1
            elif year is None and self._delivery_month(i):
                year = self._nearest_year(month)
                self.guessing = True
            elif year is None:
                year = self._year_for(i, month, None)
            if year is None:
                return Resolved("DATE", f"XXXX-{month:02d}", "month", anchored=False)
            if self.state.year != year or self.state.month != month:
                self.state.day = None
            self.state.year, self.state.month = year, month
            self.state.guessed, self.guessing = self.guessing, False
            return Resolved("DATE", f"{arith.year_str(year)}-{month:02d}", "month")
        assert year is not None
        if self.state.year != year:
            self.state.day, self.state.month = None, None
        self.state.year, self.state.guessed = year, False
        return Resolved("DATE", arith.year_str(year), "year")

    def clock(self, i: int) -> Resolved | None:
        c = self.cands[i]
        g = c.groups
        hour, minute = int(g["hour"] or 0), int(g.get("minute") or 0)
        if g.get("dp"):
            part = lx.dayparts()[lx.key(g["dp"])]
            hour = part.hour(hour)
        day = self._sentence_day(i) if c.kind != "iso" else self.state.day
        zone_text = g.get("zone")
        where = self.text.find(zone_text, c.start) if zone_text else c.start
        zone = zone_of(zone_text, where, zone_at=self.zone_at)
        value, utc = clock_values(day, hour, minute, zone)
        if day is None and self.partial is not None and self.partial[0] == self.sentence_of[i]:
            value = f"{self.partial[1]}{value[10:]}"  # "5 Oktober pukul 11.00", year unknown
        if day is not None:
            self.state.clock = datetime(day.year, day.month, day.day) + timedelta(hours=hour, minutes=minute)
        return Resolved("TIME", value, "minute" if day else None, utc, anchored=day is not None)

    def daypart(self, i: int) -> Resolved:
        g = self.cands[i].groups
        part = lx.dayparts()[lx.key(g.get("dp") or g.get("dp2"))]
        weekday = _weekday_of(g.get("wd"))
        day = (
            (self._dated_weekday(i, weekday) or self._weekday_day(weekday, None)) if weekday else self._sentence_day(i)
        )
        if day is None:
            return Resolved("TIME", f"XXXX-XX-XXT{part.code}", None, approximate=True, anchored=False)
        if weekday:
            self.state.set_day(day)
        return Resolved("TIME", f"{arith.day_value(day)}T{part.code}", "day", approximate=True)

    def _dated_weekday(self, i: int, weekday: int) -> date | None:
        """ "Minggu pagi, 26 Desember 2004": the next date of the sentence, if it falls on `weekday`."""
        for j in range(i + 1, min(i + 3, len(self.cands))):
            if self.sentence_of[j] != self.sentence_of[i] or self.cands[j].kind not in (
                "dmy",
                "numdate",
                "iso",
                "hijri",
            ):
                continue
            saved = self.state.copy()
            res = self.absolute(j)
            self.state = saved
            if res is not None and res.anchored and res.precision == "day":
                day = date.fromisoformat(res.value[:10])
                # tabular Hijri dates may be a day off the observed one: the named weekday decides
                near = (-1, 0, 1) if self.cands[j].kind == "hijri" else (0,)
                return next(
                    (day + timedelta(days=d) for d in near if (day.isoweekday() + d - 1) % 7 + 1 == weekday), None
                )
        return None

    def _weekday_day(self, weekday: int, shift_word: str | None) -> date | None:
        key = lx.key(shift_word)
        weeks = lx.weekday_week_shifts().get(key)
        if weeks is not None:  # "Selasa pekan lalu": Tuesday of the week before the anchor's
            anchor = self._ref_day() or self.state.day
            if anchor is None:
                return None
            return arith.weekday_near(anchor, weekday, week_shift=0) + timedelta(weeks=weeks)
        shift = lx.weekday_shifts().get(key) if shift_word else None
        ref = self._ref_day()
        if ref is not None:
            return arith.weekday_near(ref, weekday, week_shift=shift)
        if self.state.day is None:
            return None
        if shift is None:  # narrative: the next such day on or after the date in force
            return self.state.day + timedelta(days=(weekday - self.state.day.isoweekday()) % 7)
        return arith.weekday_near(self.state.day, weekday, week_shift=shift)

    def weekday(self, i: int) -> Resolved:
        g = self.cands[i].groups
        weekday = _weekday_of(g["wd"]) or 1
        day = self._dated_weekday(i, weekday) if not g.get("wshift") else None
        day = day or (self._named_weekday(weekday) if not g.get("wshift") else None)
        guessed = day is None and self.reference is not None
        day = day or self._weekday_day(weekday, g.get("wshift"))
        if day is None:
            return Resolved("DATE", f"XXXX-WXX-{weekday}", None, anchored=False)
        self.state.set_day(day)
        self.state.guessed = guessed
        return Resolved("DATE", arith.day_value(day), "day")

    def _named_weekday(self, weekday: int) -> date | None:
        """ "pertemuan pada Kamis (27/11/2014) … pertemuan Kamis": a bare weekday the text has
        already dated within a week of the writing day is that day, past or coming."""
        ref = self._ref_day()
        day = self.named_days.get(weekday)
        if ref is None or day is None or abs((day - ref).days) > 6:
            return None
        return day

    def relative(self, i: int) -> Resolved:
        word = lx.key(self.cands[i].groups["rel"])
        rel = lx.relative_words()[word]
        # with nothing to count from, "tahun depan" is FUTURE_REF, "bulan lalu" PAST_REF
        return self._shifted(rel.grain, rel.shift, rel.anchor, daypart=rel.daypart, sign=1 if rel.shift > 0 else -1)

    def _until_now(self) -> bool:
        before = self.text[max(0, self.cands[self.current].start - 15) : self.cands[self.current].start]
        return bool(_words_re("relative", "until_now_before", r"{}\s+$").search(before))

    def _shifted(
        self,
        grain: str,
        shift: int | None,
        anchor_kind: str,
        *,
        daypart: str | None = None,
        sign: int = -1,
        counted: bool = False,
    ) -> Resolved:
        if grain in ("hour", "minute", "second"):
            if self.state.clock is not None and anchor_kind == "anaphoric" and shift is not None:
                return Resolved("TIME", arith.shift_clock(self.state.clock, grain, shift), "minute")
            if self.reference is not None and anchor_kind == "deictic" and shift is not None:
                return Resolved("TIME", arith.shift_clock(self.reference, grain, shift), "minute")
            grain, shift = "day", 0 if shift is not None else None
        if grain == "week" and counted and anchor_kind == "anaphoric" and shift is not None and self.state.day:
            grain, shift = "day", 7 * shift  # "seminggu kemudian" after a dated day: that day + 7
        anchor = self._anchor(anchor_kind, grain)
        if shift == 0 and anchor_kind == "deictic" and self.reference is None and self._until_now():
            return Resolved("DATE", "PRESENT_REF", None)
        if anchor is None or shift is None:
            value = "PAST_REF" if sign < 0 else "FUTURE_REF"
            if shift is not None and (shift == 0 or grain == "day"):  # "hari ini", "kemarin", "tahun ini"
                value = _UNKNOWN.get(grain, "XXXX-XX-XX")
            if daypart and value == "XXXX-XX-XX":  # "tadi malam", "malam itu" with nothing to count from
                return Resolved("TIME", f"{value}T{daypart}", None, approximate=True, anchored=False)
            return Resolved(
                "DATE", value, None, approximate=shift is None, anchored=shift is None and anchor is not None
            )
        value, precision = arith.shift_value(anchor, grain, shift)
        if grain == "day":
            guessed = self.state.guessed if anchor_kind == "anaphoric" else self.reference is not None
            self.state.set_day(anchor + timedelta(days=shift))
            self.state.guessed = guessed
        if daypart:
            return Resolved("TIME", f"{value}T{daypart}", "day", approximate=True)
        return Resolved("DATE", value, precision if grain not in ("week", "weekend") else None)

    def amount(self, i: int) -> Resolved:
        g = self.cands[i].groups
        number: float | None
        if g.get("one"):
            unit_word, number = lx.one_forms()[(g["one"] or "").lower()], 1.0
            if self._frequency(i):  # "dua kali setahun": twice a year
                return Resolved("SET", duration_value(1.0, lx.units()[unit_word]), None)
        elif g.get("vplural"):
            unit_word, number = lx.vague_plurals()[lx.key(g["vplural"])], None
        else:
            unit_word = (g["unit"] or "").lower()
            # a range ("2-3 tahun", "dua hingga tiga bulan") counts as its upper bound, `num`
            number = _amount_number(lx.key(g["num"]), g.get("half") == half_word())
        unit = lx.units()[unit_word]
        if number == 0.5 and lx.key(g.get("num")) == half_word() and unit_word in lx.half_units():
            return Resolved("DURATION", lx.half_units()[unit_word], None)  # "setengah jam" is PT30M
        after = lx.after_amount().get(lx.key(g.get("after")))
        if g.get("unit2") and number is not None and after is None:
            second = _parse_amount(g.get("num2") or "")
            if second is not None:
                parts = [(number, unit), (float(second), lx.units()[(g["unit2"] or "").lower()])]
                return Resolved("DURATION", compound_duration(parts), None)
        if after is None or after.duration:
            return Resolved("DURATION", duration_value(number, unit), None)
        if after.anchor == "anaphoric" and (self._explained_by_sentence(i) or self._unanchored_event(i, unit)):
            return Resolved("DURATION", duration_value(number, unit), None)
        shift = None if number is None else int(number) * after.sign * unit.factor
        reached = self._shifted(unit.grain, shift, after.anchor, sign=after.sign, counted=True)
        if after.anchor != "anaphoric":  # "tiga hari lalu", "dua bulan lagi": a date (TimeML)
            return reached
        # "tiga hari kemudian", "dua jam setelah itu": TimeML tags the DURATION, the signal outside;
        # the date it reaches is kept as its point, which dates events
        point = reached.value if reached.anchored and reached.value[:1].isdigit() else None
        return Resolved("DURATION", duration_value(number, unit), None, point=point)

    def _frequency(self, i: int) -> bool:
        before = self.text[max(0, self.cands[i].start - 12) : self.cands[i].start].lower().split()
        return bool(before) and before[-1] in lx.frequency_before()

    def _unanchored_event(self, i: int, unit: lx.Unit) -> bool:
        """ "lima menit setelah guncangan", "sepekan menjelang laga" with no clock/date in force to count
        from: the amount measures from an undated event, a duration ("setahun setelah itu" is not)."""
        if self._demonstrative_after(i):
            return False
        if unit.time and self.state.clock is None and self.state.day is None:
            return True
        after = self.cands[i].groups.get("after") or ""
        return self.state.year is None and _words_re("relative", "event_prepositions").fullmatch(after) is not None

    def _demonstrative_after(self, i: int) -> bool:
        nxt = _NEXT_WORD.match(self.text, self.cands[i].end)
        return nxt is not None and nxt[1].lower() in (*lx.word_list("relative", "demonstratives"), _CLITIC)

    def _explained_by_sentence(self, i: int) -> bool:
        """ "N tahun setelah hijrah" in a sentence that already gives its date measures from another event."""
        c = self.cands[i]
        if not _words_re("relative", "event_prepositions").fullmatch(c.groups.get("after") or ""):
            return False
        if self._demonstrative_after(i):
            return False
        sid = self.sentence_of[i]
        return any(self.sentence_of[j] == sid and self.cands[j].kind in _ABSOLUTE for j in range(i))


def _year_of_part(res: Resolver, i: int) -> int | None:
    """The year of a year part, season or holiday written without one: "tahun lalu/depan" from
    the writing year, else the year in force when the text wrote it, else the writing year."""
    g = res.cands[i].groups
    if g.get("year"):
        return int(g["year"] or 0)
    ref = res._ref_day()
    shift = lx.word_numbers("relative", "year_shift").get((g.get("yshift") or "").lower())
    if shift is not None:
        return ref.year + shift if ref else None
    if res.state.year is not None and not res._guessed_near_reference():
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
    month, day = lx.holidays()[" ".join((g["holiday"] or "").split())]
    year = int(g["year"] or 0) if g.get("year") else res._year_for(i, month, day)
    res.guessing = False
    if year is None:
        return Resolved("DATE", f"XXXX-{month:02d}-{day:02d}", "day", anchored=False)
    return Resolved("DATE", f"{arith.year_str(year)}-{month:02d}-{day:02d}", "day")


def _vague_duration(res: Resolver, i: int) -> Resolved:
    return Resolved("DURATION", lx.vague_durations()[lx.key(res.cands[i].groups["vdur"])], None)


def _amount_number(raw: str, plus_half: bool) -> float | None:
    """ "3" → 3.0, "5,5" → 5.5, "tiga" → 3.0, "setengah" → 0.5, "satu setengah" → 1.5."""
    if raw == half_word():
        return 0.5
    digits = raw.replace(".", "")
    if re.fullmatch(r"\d+,\d+", digits):
        return float(digits.replace(",", "."))
    parsed = int(digits) if digits.isdigit() else parse_number_word(raw)
    return None if parsed is None else float(parsed) + (0.5 if plus_half else 0)


def _parse_amount(raw: str) -> int | None:
    raw = lx.key(raw).replace(".", "")
    return int(raw) if raw.isdigit() else parse_number_word(raw)


def compound_duration(parts: list[tuple[float, lx.Unit]]) -> str:
    """ "1 jam 32 menit" → "PT1H32M": date units first, then time units, in the order written."""
    date_part = "".join(f"{int(n * u.factor)}{u.code}" for n, u in parts if not u.time)
    time_part = "".join(f"{int(n * u.factor)}{u.code}" for n, u in parts if u.time)
    return f"P{date_part}{'T' + time_part if time_part else ''}"


def _bounding_mod(words: list[str]) -> str | None:
    """The TIMEX3 mod of a signal ending `words` (the words right before a date): "sejak" → AFTER."""
    if words and words[-1] in lx.bounding_fillers():
        words = words[:-1]
    signals = lx.bounding_signals()
    return signals.get(" ".join(words[-2:])) or signals.get(" ".join(words[-1:]))


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
            bound = _bounding_mod(words)
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
    ref = res._ref_day()
    if ref is None or not resolved.value[:4].isdigit():
        return resolved
    year, month = int(resolved.value[:4]), int(resolved.value[5:7])
    if (year, month) <= (ref.year, ref.month):
        return resolved
    return replace(resolved, value=f"{arith.year_str(year - 1)}-{month:02d}")


def _dispatch(res: Resolver, i: int) -> Resolved | None:
    kind = res.cands[i].kind
    if kind in _ABSOLUTE:
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
