"""Dates written out and the times of a day: days, months and years, clock times, day parts and
weekdays, each anchored to the year or day in force."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from . import arith
from . import lexicon as lx
from .anchors import Anchors
from .resolved import Resolved
from .zones import clock_values, zone_of


def _int(value: str | None) -> int | None:
    return int(value) if value else None


def _month_of(word: str | None) -> int | None:
    return lx.months().get(" ".join(word.lower().split())) if word else None


def _weekday_of(word: str | None) -> int | None:
    return lx.weekdays().get(word.lower()) if word else None


class Dates(Anchors):
    """Resolves dates written out, clock times, day parts and weekdays."""

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
        fallback = self.ref_day() if self.reference and self.reference.hour == 0 else None
        day = self.state.day
        if day is not None and self.state.cited and self.state.story_day is not None and self.state.story_day < day:
            # "… dikutip dari AFP, Rabu (16/7). Pesawat mendarat pukul 13.45": the story's day
            day = self.state.story_day
        return day or self.state.last_day or fallback

    def _cited(self, i: int) -> bool:
        """The date `i` is the day a report was cited or received on, by a word shortly before it on
        its line ("keterangan yang diterima Kompas.com, Kamis (29/5/2025)", "dikutip dari AFP pada …")."""
        start = self.cands[i].start
        before = self.text[max(0, start - 40) : start]
        before = before[before.rfind("\n") + 1 :]
        return bool(lx.word_regex("relative", "cited_words", r"\b{}\b").search(before))

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
            story = self.state.story_day
            named = _weekday_of(g.get("wd"))
            year = year if year is not None else self.year_for(i, month, day_n)
            meant = self._meant_day(year, month, day_n, named)
            if meant is not None:
                year, month, day_n = meant.year, meant.month, meant.day
            told = self._day(year, month, day_n)
            if told is not None and told.anchored and self._cited(i):
                self.state.cited, self.state.story_day = True, story
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
                year = self.year_for(i, month, None)
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

    def _meant_day(self, year: int | None, month: int, day: int, weekday: int | None) -> date | None:
        """The day a weekday-dated day written after the text's own day was meant to be ("Kamis
        (19/6/2026)" in a text of Thursday 19 June 2025; `arith.miswritten_day`), else None."""
        written = self.ref_day()
        if year is None or weekday is None or written is None or not arith.valid_date(year, month, day):
            return None
        return arith.miswritten_day(date(year, month, day), weekday, written)

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
            anchor = self.ref_day() or self.state.day
            if anchor is None:
                return None
            return arith.weekday_near(anchor, weekday, week_shift=0) + timedelta(weeks=weeks)
        shift = lx.weekday_shifts().get(key) if shift_word else None
        ref = self.ref_day()
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
        ref = self.ref_day()
        day = self.named_days.get(weekday)
        if ref is None or day is None or abs((day - ref).days) > 6:
            return None
        return day
