"""Relative words and counted amounts: a date shifted from its anchor ("tiga hari lalu", "pekan
depan"), or a duration ("tiga hari", "dua jam setelah itu")."""

from __future__ import annotations

import re
from datetime import timedelta

from . import arith
from . import lexicon as lx
from .anchors import ABSOLUTE, Anchors
from .numwords import half_word, parse_number_word
from .resolved import Resolved, duration_value

_NEXT_WORD = re.compile(r"\s+(\w+)")
_UNKNOWN = {"week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX", "year": "XXXX"}


class Shifts(Anchors):
    """Resolves relative words and counted amounts."""

    def relative(self, i: int) -> Resolved:
        word = lx.key(self.cands[i].groups["rel"])
        rel = lx.relative_words()[word]
        # with nothing to count from, "tahun depan" is FUTURE_REF, "bulan lalu" PAST_REF
        return self._shifted(rel.grain, rel.shift, rel.anchor, daypart=rel.daypart, sign=1 if rel.shift > 0 else -1)

    def _until_now(self) -> bool:
        before = self.text[max(0, self.cands[self.current].start - 15) : self.cands[self.current].start]
        return bool(lx.word_regex("relative", "until_now_before", r"{}\s+$").search(before))

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
        return self.state.year is None and lx.word_regex("relative", "event_prepositions").fullmatch(after) is not None

    def _demonstrative_after(self, i: int) -> bool:
        nxt = _NEXT_WORD.match(self.text, self.cands[i].end)
        return nxt is not None and nxt[1].lower() in lx.word_list("relative", "demonstratives")

    def _explained_by_sentence(self, i: int) -> bool:
        """ "N tahun setelah hijrah" in a sentence that already gives its date measures from another event."""
        c = self.cands[i]
        if not lx.word_regex("relative", "event_prepositions").fullmatch(c.groups.get("after") or ""):
            return False
        if self._demonstrative_after(i):
            return False
        sid = self.sentence_of[i]
        return any(self.sentence_of[j] == sid and self.cands[j].kind in ABSOLUTE for j in range(i))


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
