"""The time stage's language data: YAML tables of the language package (`lang/id/times/`),
loaded lazily and cached."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ..lang import data_mapping, language_cache
from ..wordtrie import alternation as alternation  # re-exported: the stage's patterns import it here


@language_cache
def table(name: str) -> dict[str, Any]:
    """One YAML file of the stage's language data as a mapping."""
    return data_mapping("times", f"{name}.yaml")


def key(phrase: str | None) -> str:
    """A matched phrase as a table key: lower case, single spaces ("Dini  Hari" → "dini hari")."""
    return " ".join(phrase.lower().split()) if phrase else ""


@language_cache
def word_list(name: str, key: str) -> tuple[str, ...]:
    """The words (or, of a mapping, the keys) of `key` in `<name>.yaml`, as written."""
    return tuple(str(word) for word in table(name)[key])


@language_cache
def word_regex(name: str, key: str, template: str = "{}") -> re.Pattern[str]:
    """A case-blind regex of the word list `key` of `<name>.yaml`, put in the one "{}" of
    `template`: template "{}$" finds "hingga" at the end of a text for ["hingga", "sampai"]."""
    return re.compile(template.format(f"(?:{alternation(word_list(name, key))})"), re.IGNORECASE)


def word(name: str, key: str) -> str:
    """The single word of `key` in `<name>.yaml` ("ke", the ordinal prefix)."""
    return str(table(name)[key])


@language_cache
def word_numbers(name: str, key: str) -> dict[str, int]:
    """A mapping of `<name>.yaml` to numbers: "Mei lalu" (month_shift) → -1."""
    return {str(k): int(v) for k, v in table(name)[key].items()}


@language_cache
def word_codes(name: str, key: str) -> dict[str, str]:
    """A mapping of `<name>.yaml` to strings: "paruh pertama" (halves) → H1."""
    return {str(k): str(v) for k, v in table(name)[key].items()}


def _numbered(name: str, key: str) -> dict[str, int]:
    return {str(word).lower(): int(num) for num, words in table(name)[key].items() for word in words}


@language_cache
def months() -> dict[str, int]:
    """Gregorian month names and abbreviations → month number."""
    return _numbered("calendar", "months")


@language_cache
def full_months() -> dict[str, int]:
    """Month names that may stand alone after "bulan" (no abbreviations)."""
    short = word_list("calendar", "short_full_months")
    return {w: n for w, n in months().items() if len(w) >= 5 or w in short}


@language_cache
def hijri_months() -> dict[str, int]:
    return _numbered("calendar", "hijri_months")


@language_cache
def weekdays() -> dict[str, int]:
    """Weekday names → ISO weekday (Monday = 1)."""
    return _numbered("calendar", "weekdays")


@language_cache
def modifiers() -> dict[str, str]:
    """Period modifier → TIMEX3 mod: "awal" → START, "paruh kedua" → END."""
    return word_codes("calendar", "modifiers")


@language_cache
def other_eras() -> frozenset[str]:
    """Eras, upper-cased, whose years are no Gregorian ones: "SM", "H", "HIJRIAH"."""
    return frozenset(w.upper() for w in word_list("calendar", "other_eras"))


@language_cache
def roman() -> dict[str, int]:
    return word_numbers("calendar", "roman")


@dataclass(frozen=True, slots=True)
class Unit:
    """A time unit word: its TIMEX3 duration code and calendar grain."""

    code: str
    grain: str
    time: bool = False
    factor: int = 1
    only_duration: bool = False


@language_cache
def units() -> dict[str, Unit]:
    return {
        str(word): Unit(
            code=str(spec["code"]),
            grain=str(spec["grain"]),
            time=bool(spec.get("time", False)),
            factor=int(spec.get("factor", 1)),
            only_duration=bool(spec.get("only_duration", False)),
        )
        for word, spec in table("units")["units"].items()
    }


@language_cache
def one_forms() -> dict[str, str]:
    """ "sehari" → "hari": one unit written as a single word."""
    return word_codes("units", "one_forms")


@language_cache
def vague_plurals() -> dict[str, str]:
    return word_codes("units", "vague_plural")


@dataclass(frozen=True, slots=True)
class Relative:
    """A relative word: shift `shift` units of `grain` from the deictic or anaphoric anchor."""

    grain: str
    shift: int
    anchor: str
    daypart: str | None = None
    needs_mod: bool = False  # "tahun", "bulan": a time only after "akhir", "awal", …


@language_cache
def relative_words() -> dict[str, Relative]:
    return {
        str(word): Relative(
            grain=str(s["grain"]),
            shift=int(s["shift"]),
            anchor=str(s["anchor"]),
            daypart=s.get("daypart"),
            needs_mod=bool(s.get("needs_mod", False)),
        )
        for word, s in table("relative")["words"].items()
    }


@dataclass(frozen=True, slots=True)
class AfterAmount:
    """A word after "N <unit>" that makes a relative date ("tiga hari lalu")."""

    sign: int
    anchor: str
    duration: bool = False


@language_cache
def after_amount() -> dict[str, AfterAmount]:
    return {
        str(word): AfterAmount(sign=int(s["sign"]), anchor=str(s["anchor"]), duration=bool(s.get("duration")))
        for word, s in table("relative")["after_amount"].items()
    }


@language_cache
def weekday_shifts() -> dict[str, int]:
    return word_numbers("relative", "weekday_shift")


@language_cache
def weekday_week_shifts() -> dict[str, int]:
    return word_numbers("relative", "weekday_week_shift")


@language_cache
def references() -> dict[str, str]:
    return word_codes("relative", "refs")


@language_cache
def after_date_words() -> frozenset[str]:
    """References that are no expression of their own right after a date ("27 November mendatang")."""
    return frozenset(str(w) for w in table("relative").get("after_date_words", []))


def weak_references() -> frozenset[str]:
    return frozenset(key(str(w)) for w in table("relative")["weak_refs"])


@language_cache
def past_signals() -> frozenset[str]:
    """Words that make a following month one that has already begun ("sejak Januari")."""
    return frozenset(str(w) for w in table("relative").get("past_signals", []))


def weak_reference_signals() -> list[str]:
    return [str(w) for w in table("relative")["weak_ref_signals"]]


@language_cache
def bounding_signals() -> dict[str, str]:
    """Word (or two) right before a date → TIMEX3 mod: "sejak" → AFTER."""
    return word_codes("relative", "bounding_signals")


@language_cache
def bounding_fillers() -> frozenset[str]:
    return frozenset(str(w) for w in table("relative")["bounding_fillers"])


def bounding_mod(words: list[str]) -> str | None:
    """The TIMEX3 mod of a signal ending `words` (the lower-case words right before a date): "sejak" →
    AFTER, "sebelum tahun" → BEFORE; None when they end in none."""
    if words and words[-1] in bounding_fillers():
        words = words[:-1]
    signals = bounding_signals()
    return signals.get(" ".join(words[-2:])) or signals.get(" ".join(words[-1:]))


@language_cache
def approximate_signals() -> tuple[str, ...]:
    return tuple(str(w) for w in table("relative")["approximate_signals"])


@dataclass(frozen=True, slots=True)
class DayPart:
    """A part of the day: TIMEX3 code and how a 12-hour clock hour beside it is read."""

    code: str
    pm: bool = False
    pm_from: int | None = None
    pm_below: int | None = None
    midnight: bool = False
    noon: bool = False

    def hour(self, hour: int) -> int:
        """The 24-hour clock hour of "jam `hour` <day part>"."""
        if hour >= 13:
            return hour
        if self.midnight and hour == 12:
            return 0
        if self.pm or (self.pm_from is not None and self.pm_from <= hour < 12):
            return hour + 12 if hour < 12 else hour
        if self.pm_below is not None and hour < self.pm_below:
            return hour + 12
        if self.pm_from is not None and hour == 12:
            return 0
        return hour


@language_cache
def dayparts() -> dict[str, DayPart]:
    return {
        str(word): DayPart(
            code=str(s["code"]),
            pm=bool(s.get("pm", False)),
            pm_from=s.get("pm_from"),
            pm_below=s.get("pm_below"),
            midnight=bool(s.get("midnight", False)),
            noon=bool(s.get("noon", False)),
        )
        for word, s in table("dayparts")["dayparts"].items()
    }


@language_cache
def zone_abbreviations() -> dict[str, float]:
    """Zone abbreviation (case-sensitive) → fixed UTC offset in hours."""
    return {str(k): float(v["offset"]) for k, v in table("zones")["abbreviations"].items()}


@language_cache
def zone_places() -> dict[str, str]:
    """Lower-case place name after "waktu" → IANA zone."""
    return word_codes("zones", "places")


def zone_local_words() -> list[str]:
    return [str(w) for w in table("zones")["local_words"]]


@language_cache
def guard_words(key: str) -> frozenset[str]:
    """A word set of guards.yaml (`blocking_before`, `blocking_after`, …): lower-cased unless its
    key ends in "_cased"."""
    words = table("guards")[key]
    return frozenset(str(w) if key.endswith("_cased") else str(w).lower() for w in words)


@dataclass(frozen=True, slots=True)
class YearPart:
    """A part of a year ("kuartal", "semester"): its TIMEX3 letter and how many a year has."""

    code: str
    parts: int
    needs_year: bool = False  # "semester" is also a school term: a time only with its year


@language_cache
def year_parts() -> dict[str, YearPart]:
    return {
        str(w): YearPart(str(s["code"]), int(s["parts"]), bool(s.get("needs_year", False)))
        for w, s in table("calendar")["year_parts"].items()
    }


@language_cache
def part_ordinals() -> dict[str, int]:
    return {str(w).lower(): int(n) for w, n in table("calendar")["part_ordinals"].items()}


@language_cache
def holidays() -> dict[str, tuple[int, int]]:
    """Fixed-date holiday names (as written, capitalised) → (month, day)."""
    out = {}
    for name, when in table("calendar")["holidays"].items():
        month, day = str(when).split("-")
        out[str(name)] = (int(month), int(day))
    return out


@language_cache
def seasons() -> dict[str, str]:
    return word_codes("calendar", "seasons")


@language_cache
def vague_durations() -> dict[str, str]:
    return word_codes("units", "vague_durations")


@language_cache
def reference_month_after() -> frozenset[str]:
    """Words before a month that make it the one nearest the writing time ("pengiriman Januari")."""
    return frozenset(str(w) for w in table("relative").get("reference_month_after", []))


@language_cache
def half_units() -> dict[str, str]:
    """ "setengah <unit>": the duration in a smaller unit ("setengah jam" → PT30M)."""
    return word_codes("units", "half_of")


@language_cache
def bare_dayparts() -> list[str]:
    """Day parts that are a time on their own; prayer times only in lower case (names otherwise)."""
    return [str(w) for w in table("dayparts")["bare"]]


@language_cache
def prayer_times() -> list[str]:
    return [str(w) for w in table("dayparts")["prayer_times"]]


@language_cache
def holiday_days() -> dict[str, tuple[int, int]]:
    """`holidays` by their lower-case name ("malam natal 2000" is written in any case with its year)."""
    return {name.lower(): when for name, when in holidays().items()}


@language_cache
def holiday_not_before() -> frozenset[str]:
    return frozenset(str(w) for w in table("calendar")["holiday_not_before"])


@language_cache
def time_words_before() -> frozenset[str]:
    return frozenset(str(w) for w in table("calendar")["time_words_before"])


@language_cache
def frequency_before() -> frozenset[str]:
    """Words before a "se-" unit that make it a frequency ("dua kali setahun")."""
    return frozenset(str(w) for w in table("relative").get("frequency_before", []))
