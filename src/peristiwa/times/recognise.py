"""Find candidate time expressions: regex matches turned into typed, not yet resolved, candidates."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ..lang import language_cache
from . import lexicon as lx
from .cues import matches
from .numwords import number_word_pattern, parse_number_word, vague_words

_PREV_WORDS = re.compile(r"([^\s()\[\]]+)\s+([^\s()\[\]]+)\s*$|([^\s()\[\]]+)\s*$")
_NEXT_WORD = re.compile(r"\s*([^\s,;()\[\]]+)")
_REFERENCE_BEFORE = re.compile(r"(?<=\w[\s,])\s*\b([A-Z][\w'’-]*)\s+$")
_RANGE_AFTER = re.compile(r"[-–]\d")
_SENTENCE_START = re.compile(r"(?:^|[.!?]\s+|\n\s*|[\"“(]\s*)$")


@dataclass(slots=True)
class Candidate:
    """One recognised expression and the fields read from it, before anchoring."""

    start: int
    end: int
    kind: str
    groups: dict[str, str | None]
    mod: str | None = None


def _prev_words(text: str, start: int) -> list[str]:
    m = _PREV_WORDS.search(text, max(0, start - 40), start)
    if m is None:
        return []
    words = [w for w in m.groups() if w]
    return [w.lower().strip(",;:\"“”'") for w in words]


def _next_word(text: str, end: int) -> str:
    m = _NEXT_WORD.match(text, end)
    return m.group(1).lower().rstrip(".") if m else ""


def _blocked_before(text: str, start: int) -> bool:
    words = _prev_words(text, start)
    blocking = lx.guard_words("blocking_before")
    return bool(words) and (words[-1] in blocking or " ".join(words[-2:]) in blocking)


def _verse_book(text: str, start: int) -> bool:
    """A capitalised word other than a weekday or month right before "7:25", mid-sentence: a book name."""
    m = _REFERENCE_BEFORE.search(text, max(0, start - 40), start)
    if m is None:
        return False
    word = m.group(1).lower()
    return word not in lx.weekdays() and word not in lx.months() and word not in lx.zone_abbreviations()


def _is_number_word(word: str) -> bool:
    return word.isdigit() or parse_number_word(word) is not None or word in vague_words()


def _accept(text: str, name: str, m: re.Match[str], g: dict[str, Any]) -> bool:
    """Guards that regexes cannot express: labels, counts, citation markers, ambiguous words.

    `g` is the match's groupdict.
    """
    if name in ("year", "erayear", "colon", "numdate"):
        if _blocked_before(text, m.start()) or _next_word(text, m.end()) in lx.guard_words("blocking_after"):
            return False
        if text[max(0, m.start() - 1) : m.start()] == "[" and text[m.end() : m.end() + 1] == "]":
            return False
    if name == "decade" and len(g["dec"] or "") == 2 and _next_word(text, m.end()) in lx.guard_words("blocking_after"):
        return False  # "level 60-an dollar AS": an amount, not the 1960s
    if name == "erayear" and g["era"] == "M" and not set(_prev_words(text, m.start())) & lx.guard_words("era_m_before"):
        return False
    if name == "yearword" and _law_number_before(text, m.start()):
        return False
    if name in ("amount", "year") and _law_citation(text, name, m):
        return False
    if name == "colon" and (_verse_book(text, m.start()) or _RANGE_AFTER.match(text, m.end())):
        return False  # "Yosua 7:25", "QS 2:255", "Kejadian 1:1-3": verse references
    if name == "clock" and g["cue"].lower() in lx.word_list("dayparts", "unit_clock_cues"):
        prev = _prev_words(text, m.start())
        unit_after = _next_word(text, m.end()) in lx.word_list("dayparts", "clock_not_before")  # "jam 5 menit"
        if (prev and _is_number_word(prev[-1])) or unit_after:
            return False
    if name in ("clock", "zoned", "clockdp", "colon") and max(int(g["hour"]), int(g.get("hour2") or 0)) > 24:
        return False
    if name == "clock" and _clock_direction(text, m.start()):
        return False
    if name in ("dmy", "dayonly", "hijri", "wdnum", "numdate") and not 1 <= int(g["day"]) <= 31:
        return False
    if g.get("month") and not 1 <= int(g["month"]) <= 12:
        return False
    if g.get("wd") and not _weekday_ok(text, m.start("wd"), g["wd"]):
        return False
    if g.get("wd") and text[max(0, m.start() - 6) : m.start()].strip() in lx.guard_words("place_before_weekday_cased"):
        return False  # "Pasar Minggu", "Pasar Rebo": a place in Jakarta, not a day
    if name == "holiday" and _next_word(text, m.end()) in lx.holiday_not_before():
        return False  # "Tahun Baru Islam" is 1 Muharam, not 1 January
    if name in ("holiday", "season") and not (g.get("year") or g.get("yshift")):
        words = _prev_words(text, m.start())
        if not words or words[-1] not in lx.time_words_before():
            return False  # "labu musim panas", "seperti Lebaran, Natal": no time
    if name == "rel" and lx.relative_words()[lx.key(g["rel"])].needs_mod and not g.get("mod"):
        return False
    if name == "yearpart" and lx.year_parts()[lx.key(g["ypart"])].needs_year and not (g["year"] or g["yshift"]):
        return False  # "semester II jurusan matematika": a school term
    if name == "ref" and lx.key(g["ref"]) in lx.weak_references():
        before = text[max(0, m.start() - 20) : m.start()].lower().split()
        return bool(before) and before[-1] in lx.weak_reference_signals()
    if name == "amount" and g.get("unit") and lx.units()[g["unit"].lower()].only_duration and g.get("after"):
        return False
    if name == "amount" and (g.get("unit") or "").lower() in lx.guard_words("arc_units") and _coordinate(text, m):
        return False
    return not (name == "amount" and g.get("one") and text[m.end() : m.end() + 1] == "-")


def _clock_direction(text: str, start: int) -> bool:
    """ "pada arah jam 1 dan jam 4": a direction on a clock face, told by a word of
    `clock_direction_before` with only clock words, numbers and joiners after it."""
    before = text[max(0, start - 40) : start].lower().replace(",", " ").split()
    between, direction = lx.guard_words("clock_direction_between"), lx.guard_words("clock_direction_before")
    for word in reversed(before[-6:]):
        if word in direction:
            return True
        if word not in between and not word.isdigit():
            return False
    return False


def _coordinate(text: str, m: re.Match[str]) -> bool:
    """ "128 derajat 20 menit Bujur Timur": minutes of arc (a degree just before, or a latitude or
    longitude word just after)."""
    before = text[max(0, m.start() - 25) : m.start()].lower().replace("°", " ° ").split()
    if set(before[-3:]) & lx.guard_words("coordinate_before"):
        return True
    return _next_word(text, m.end()) in lx.guard_words("coordinate_after")


def _weekday_ok(text: str, start: int, word: str) -> bool:
    """ "Minggu" is Sunday only capitalised and not at a sentence start, or after "hari"."""
    if word.lower() not in lx.guard_words("ambiguous_weekdays"):
        return True
    before = lx.word_list("calendar", "weekday_words")
    if text[max(0, start - max(map(len, before)) - 1) : start].lower().strip() in before:
        return True
    return word[0].isupper() and not _SENTENCE_START.search(text, max(0, start - 3), start)


def _modifier(groups: dict[str, str | None]) -> str | None:
    mod = groups.get("mod")
    return lx.modifiers()[" ".join(mod.lower().split())] if mod else None


def _right_after(text: str, previous: Candidate, start: int, word: str) -> bool:
    """ "27 November mendatang": a deictic word right after a date is outside it, not a time of its own."""
    return (
        previous.kind not in ("ref", "amount", "set")
        and not text[previous.end : start].strip()
        and lx.key(word) in lx.after_date_words()
    )


@language_cache
def _range_before() -> re.Pattern[str]:
    """The lower bound and connector of a range of amounts, right before its upper bound."""
    joiner = rf"(?:-|–|{lx.alternation(lx.word_list('relative', 'range_words'))}|s\.?d\.?)"
    return re.compile(rf"(?<![\w.,/])(?:\d{{1,3}}|{number_word_pattern()})\s*{joiner}\s*$", re.I)


#: the letter code a decree's number may open with ("Nomor KP 1001", "No. SK.12"); braces doubled
#: for `word_regex`'s format
_LAW_CODE = r"(?:(?-i:[A-Z]{{1,6}})[ .]{{0,2}})?"


def _law_number_before(text: str, start: int) -> bool:
    """ "UU nomor 12 tahun 2011", "Keputusan Menteri Nomor KP 1001 Tahun 2022": the year of a law or
    a decree, after its number (which may open with a letter code)."""
    law_number = lx.word_regex("guards", "law_number_before", rf"(?<!\w){{}}\s*{_LAW_CODE}\d+\s*$")
    return law_number.search(text, max(0, start - 40), start) is not None


_YEAR_AFTER = re.compile(r"\s*\d{4}\b")


def _law_citation(text: str, name: str, m: re.Match[str]) -> bool:
    """The number and year of a regulation, "Perkap Nomor 1 Tahun 2009": neither "1 Tahun" (a
    duration) nor "2009" (the year of the event) is a time."""
    if name == "amount":  # "1 Tahun" right after "Nomor", with a year after it
        law_word = lx.word_regex("guards", "law_number_before", rf"(?<!\w){{}}\s*{_LAW_CODE}$")
        return law_word.search(text, max(0, m.start() - 20), m.start()) is not None and bool(
            _YEAR_AFTER.match(text, m.end())
        )
    if name == "year":  # "2009" after "Nomor 1 Tahun"
        law_year = lx.word_regex("guards", "law_number_before", rf"(?<!\w){{}}\s*{_LAW_CODE}\d+\s+\w+\.?\s*$")
        hit = law_year.search(text, max(0, m.start() - 50), m.start())
        return hit is not None and hit.group(0).split()[-1].lower().rstrip(".") in lx.guard_words("law_year_words")
    return False


def _range_start(text: str, start: int, last_end: int) -> int:
    m = _range_before().search(text, max(0, start - 30, last_end), start)
    return m.start() if m is not None else start


def _joined_feast(text: str, previous: Candidate, start: int) -> bool:
    """A holiday joined to the one before by "dan"/"atau" ("Natal dan Tahun Baru")."""
    joiners = lx.word_list("calendar", "holiday_joiners")
    return previous.kind == "holiday" and text[previous.end : start].strip().lower() in joiners


def scan(text: str) -> list[Candidate]:
    """All accepted candidates, overlapping ones resolved to the earliest, then longest.

    Matches are ordered first and the guards run only on those not covered by an expression
    already chosen: a rejected match never covers another, so the choice is the same as
    guarding every match first.
    """
    found = matches(text)
    found.sort()
    chosen: list[Candidate] = []
    last_end = -1
    for start, _, _, name, m in found:
        if start < last_end:
            continue
        groups = m.groupdict()
        if name == "ref" and chosen and _right_after(text, chosen[-1], start, groups["ref"]):
            continue
        if name == "holiday" and chosen and _joined_feast(text, chosen[-1], start):
            chosen.append(Candidate(start, m.end(), name, groups))  # "libur Natal dan Tahun Baru"
            last_end = m.end()
            continue
        if _accept(text, name, m, groups):
            if name == "rel" and groups.get("mod"):
                whole = lx.key(f"{groups['mod']} {groups['rel']}")
                if whole in lx.relative_words():  # "akhir pekan lalu" is last weekend, not the end of last week
                    groups["mod"], groups["rel"] = None, whole
            if name == "amount" and groups.get("unit"):
                start = _range_start(text, start, last_end)  # "2-3 tahun", "dua hingga tiga bulan"
            chosen.append(Candidate(start, m.end(), name, groups, _modifier(groups)))
            last_end = m.end()
    return chosen
