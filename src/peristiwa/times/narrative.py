"""Where a text's narrative stands, for dating its events: the cue patterns of aspect and of telling
(progressive, perfect, immediate, an earlier opener, an episode pointed back at, a named era, a charge,
a word of stating), paragraphs, leads and summary headings, the days of a life span and named years,
and the step from a time mention to an event's date. Read by :class:`.context.DateContext`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta
from itertools import pairwise

from ..lang import language_cache
from ..spans import EventDate, Precision, TimeMention, TimeType
from . import lexicon as lx
from .dateline import outlet_span

CONCRETE = re.compile(r"\d{4}(?:-\d\d(?:-\d\d(?:T(?:\d\d:\d\d|[A-Z]{2}))?)?|-W\d\d(?:-WE)?)?")
UPPER_BOUNDS = frozenset({"BEFORE", "ON_OR_BEFORE"})
BOUNDS = frozenset({"AFTER", "BEFORE", "ON_OR_AFTER", "ON_OR_BEFORE"})
#: a quotation within one line: straight quotes paired in turn, or curly ones
QUOTE = re.compile(r'"[^"\n]*"|\u201c[^\u201d\n]*\u201d')
#: a section heading ("## Ringkasan", "== Latar belakang =="): the narrative starts again under it
HEADING = re.compile(r"^(?:#{1,6}\s|={2,}[^=\n]+={2,}\s*$)", re.MULTILINE)


def aspect_cue(key: str, flags: int = 0) -> re.Pattern[str]:
    """A cue of the word list `key` and up to three words, at the end of a text: the word before
    the cue in group 1."""
    cues = lx.alternation(lx.word_list("relative", key))
    return re.compile(rf"(?:\b(\w+)\s+)?\b(?:{cues})\s+(?:[\w-]+\s+){{0,3}}$", flags)


@language_cache
def progressive_cue() -> re.Pattern[str]:
    """A progressive cue and up to three words ("sedang menyelidiki"); case-sensitive."""
    return aspect_cue("progressive_words")


@language_cache
def perfect_cue() -> re.Pattern[str]:
    """A perfect cue and up to three words ("telah ditangkap", "sudah kami tahan")."""
    return aspect_cue("perfect_words", re.IGNORECASE)


@language_cache
def immediate_cue() -> re.Pattern[str]:
    """An immediacy cue and up to three words ("langsung menuding", "seketika itu juga menyerang")."""
    return aspect_cue("immediate_words", re.IGNORECASE)


@language_cache
def earlier_opener() -> re.Pattern[str]:
    """A sentence's opening words going back to an earlier step ("Sebelumnya,"), after a quote mark."""
    return lx.word_regex("relative", "earlier_openers", '["\u201c\\s]*{}\\b')


@language_cache
def earlier_cue() -> re.Pattern[str]:
    """A word telling an earlier step and up to three words, before an act ("Jaksa sebelumnya menuntut")."""
    return aspect_cue("earlier_adverbs", re.IGNORECASE)


@language_cache
def sequence_opener() -> re.Pattern[str]:
    """A sentence's opening clause placing its act after or before another one, to its comma ("Setelah
    memeriksa para saksi, …"), not the next step of the episode told ("Setelah itu, …")."""
    openers = lx.alternation(lx.word_list("relative", "sequence_openers"))
    anaphors = lx.alternation(lx.word_list("relative", "sequence_anaphors"))
    return re.compile(rf"[\"\u201c\\\s]*(?:{openers})\b(?!\s+(?:{anaphors})\b)[^,;:.\n]*,", re.IGNORECASE)


@language_cache
def earlier_clause_opener() -> re.Pattern[str]:
    """A word opening, inside a sentence, the clause of an earlier act ("… setelah mereka menerima …")."""
    return lx.word_regex("relative", "earlier_clause_openers", r"\b{}\b")


@language_cache
def comparison_cue() -> re.Pattern[str]:
    """A comparison's words right before its standard, at the end of a text ("lebih ringan dari ")."""
    words = lx.alternation(lx.word_list("relative", "comparison_words"))
    links = lx.alternation(lx.word_list("relative", "comparison_links"))
    return re.compile(rf"\b(?:{words})\s+[\w-]+\s+(?:{links})\s+$", re.IGNORECASE)


@language_cache
def episode_back() -> re.Pattern[str]:
    """A sentence's opening pointing back at the episode just told ("Dalam percakapan tersebut,",
    "Dalam kesempatan yang sama,"): a preposition, up to two words, a word pointing back."""
    prepositions = lx.alternation(lx.word_list("relative", "episode_back_prepositions"))
    back = lx.alternation(lx.word_list("relative", "episode_back_words"))
    return re.compile(rf"[\"\u201c\\\s]*(?:{prepositions})\s+(?:[\w-]+\s+){{1,2}}?(?:{back})\b", re.IGNORECASE)


@language_cache
def named_era() -> re.Pattern[str]:
    """A named war or battle: a head word and the capitalised words of its name ("Perang Dunia I")."""
    heads = "|".join(re.escape(w) for w in lx.word_list("relative", "named_era_heads"))
    return re.compile(rf"(?:{heads})(?:[ \t]+(?:[A-Z][\w'-]*|[IVX]+)\b)+")


@language_cache
def era_reference() -> re.Pattern[str]:
    """A word telling that a named war after it is the time of another act ("saat", "akhir")."""
    return lx.word_regex("relative", "era_reference_before", r"\b{}\s+$")


@language_cache
def charge_cue() -> re.Pattern[str]:
    """A verb of charging and the statute it names ("dijerat dengan Pasal 365 KUHP")."""
    verbs = lx.alternation(lx.word_list("relative", "charge_words"))
    statutes = lx.alternation(lx.word_list("relative", "statute_words"))
    links = lx.alternation(lx.word_list("relative", "charge_links"))
    return re.compile(rf"(?:{verbs})\s+(?:(?:{links})\s+)?(?:{statutes})\b", re.IGNORECASE)


@language_cache
def hunt_cue() -> re.Pattern[str]:
    """A word of a hunt for suspects at the start of an act's trigger ("memburu", "pengejaran")."""
    return lx.word_regex("relative", "hunt_words", r"{}\b")


@language_cache
def statement_word() -> re.Pattern[str]:
    """A word of a statement's attribution, then a dozen words or fewer of one clause to the end of a text."""
    cues = lx.alternation([*lx.word_list("relative", "said_words"), *lx.word_list("relative", "statement_words")])
    return re.compile(rf"\b(?:{cues})\b(?:[^.;:\"\u201c\u201d\n]|\.(?=\S)){{0,100}}$", re.IGNORECASE)


@language_cache
def clause_opener() -> re.Pattern[str]:
    return lx.word_regex("relative", "clause_openers", r"\b{}\b")


def written_shift(time: TimeMention, written: date) -> int | None:
    """The day shift of a "kemarin" or "hari ini" (-1, 0) when it was counted from `written`, the
    day the text was written; else None."""
    rel = lx.relative_words().get(time.text.lower())
    if rel is None or rel.anchor != "deictic" or rel.grain != "day" or time.precision != "day":
        return None
    return rel.shift if time.value[:10] == (written + timedelta(days=rel.shift)).isoformat() else None


def carried_date(time: TimeMention) -> EventDate:
    """The date a later sentence inherits from `time`: its local day when it has a clock time."""
    event = event_date(time)
    if event.precision in ("minute", "hour") and re.match(r"\d{4}-\d\d-\d\d", time.value):
        event.start, event.precision = time.value[:10], "day"
    return event


_POINT_PRECISION: dict[int, Precision] = {4: "year", 7: "month", 10: "day", 16: "minute"}


def reached(time: TimeMention) -> TimeMention:
    """A time with a point dates events by it: a DURATION counted from a time told before
    ("tiga hari kemudian") by the day it reaches, "kuartal II 2025" by its year."""
    if time.point is None:
        return time
    precision = _POINT_PRECISION.get(len(time.point))
    kind: TimeType = "TIME" if precision == "minute" else "DATE"
    return replace(time, type=kind, value=time.point, precision=precision, utc=None)


def is_concrete(time: TimeMention) -> bool:
    return time.type in ("DATE", "TIME") and time.anchored and bool(CONCRETE.fullmatch(time.value))


def event_date(time: TimeMention, *, start_char: int | None = None, text: str | None = None) -> EventDate:
    value = time.value
    precision: Precision = time.precision or "day"
    approximate = time.approximate
    if "-W" in value:  # a week: its Monday (Saturday for a weekend), approximately
        iso_year, week = int(value[:4]), int(value[6:8])
        day = date.fromisocalendar(iso_year, week, 6 if value.endswith("-WE") else 1)
        value, precision, approximate = day.isoformat(), "day", True
    elif re.fullmatch(r".+T[A-Z]{2}", value):
        value, precision = value[:10], "day"
    elif precision in ("minute", "hour"):
        value = time.utc or value
    return EventDate(
        start=value,
        end=None,
        precision=precision,
        approximate=approximate,
        text=text if text is not None else time.text,
        start_char=start_char if start_char is not None else time.start,
        end_char=time.end,
    )


def span_ends(text: str, times: Sequence[TimeMention]) -> frozenset[int]:
    """The starts of the times that end a span begun by the time before them ("1942 - 1945",
    "antara tahun 1966 dan tahun 1986"): an event told with the span began at its first end."""
    dashes = set(lx.word_list("relative", "span_dashes"))
    between = set(lx.word_list("relative", "span_between"))
    joiners = set(lx.word_list("relative", "span_between_joiners"))
    ends: set[int] = set()
    for first, second in pairwise(times):
        gap = " ".join(text[first.end : second.start].lower().split())
        before = text[max(0, first.start - 12) : first.start].lower().split()
        if gap in dashes or (gap in joiners and before and before[-1] in between):
            ends.add(second.start)
    return frozenset(ends)


def lifespan_times(text: str, times: Sequence[TimeMention]) -> frozenset[int]:
    """The starts of the times inside a parenthesis giving a person's life ("(lahir 18 April 1886 …
    - meninggal 19 Januari 1973 …)"): a birth or a death is no event (D63) and dates none told after it."""
    life = lx.word_regex("relative", "lifespan_words", r"\b{}\b")
    spans = [(m.start(), m.end()) for m in re.finditer(r"\([^()\n]*\)", text) if life.search(m.group())]
    return frozenset(t.start for t in times for a, b in spans if a < t.start and t.end < b)


def birth_times(text: str, times: Sequence[TimeMention]) -> frozenset[int]:
    """The starts of the times told as a person's birth, right after a word of `birth_words` ("lahir
    pada 16 April 1927", "kelahiran 15 September 1986", "lahir di Blitar, 6 Juni 1901"): a birth is no
    event (D63), and its time dates no act of its sentence nor any told after it."""
    connectors = lx.alternation(lx.word_list("relative", "date_time_connectors"))
    place = r"di\s+(?-i:[A-Z][\w'-]*)(?:[ \t]+(?-i:[A-Z][\w'-]*)){{0,3}}\s*,?\s*"  # "di Blitar," "di Kota Padang"
    born = lx.word_regex("relative", "birth_words", rf"\b{{}}\s+(?:{place})?(?:(?:{connectors})\s+){{{{0,2}}}}$")
    return frozenset(t.start for t in times if born.search(text, max(0, t.start - 60), t.start))


def headed_years(text: str, times: Sequence[TimeMention]) -> frozenset[int]:
    """The starts of the years (bare or "Tahun 1956") that end a name, in any text: after a name head of
    `year_name_heads` and up to three capitalised words ("Olimpiade 2008", "UU Bea Cukai Australia Tahun
    1956"), unless a word of `year_name_settings` before the head sets an act in what it names ("saat
    Piala Dunia 2010")."""
    year_word = rf"(?:(?:{lx.alternation(lx.word_list('guards', 'law_year_words'))})[ \t]+)?"  # "Tahun 1956"
    headed = lx.word_regex(
        "relative", "year_name_heads", rf"(?<![\w-]){{}}(?:[ \t]+(?-i:[A-Z])[\w-]*){{{{0,3}}}}[ \t]+{year_word}$"
    )
    settings = set(lx.word_list("relative", "year_name_settings"))
    named: set[int] = set()
    for time in times:
        if not re.fullmatch(rf"{year_word}\d{{4}}", time.text, re.IGNORECASE):
            continue
        year = time.start + len(time.text) - 4
        head = headed.search(text, max(0, time.start - 80), year)
        setting = head and re.search(r"(\w+)[ \t]+$", text[max(0, head.start() - 20) : head.start()])
        if head is not None and (setting is None or setting.group(1).lower() not in settings):
            named.add(time.start)
    return frozenset(named)


def named_years(text: str, times: Sequence[TimeMention]) -> frozenset[int]:
    """The starts of the bare years that are part of a name in a news text ("Piala Presiden 2025", "pemilu
    presiden 2016"): a year alone right after a word that does not introduce a time ("pada 2020",
    "sejak 2012", "akhir 2025"); after a comma, a bracket or at a sentence start it tells a time."""
    connectors = set(lx.word_list("relative", "bare_year_connectors"))
    named: set[int] = set()
    for time in times:
        if not re.fullmatch(r"\d{4}", time.text):
            continue
        before = re.search(r"(\w+)[ \t]+$", text[max(0, time.start - 40) : time.start])
        if before is not None and not before.group(1).isdigit() and before.group(1).lower() not in connectors:
            named.add(time.start)
    return frozenset(named)


#: a news site opening a line of the text's head, then a dash: "KOMPAS.com – Presiden …"
SITE_LEAD = re.compile(r"^[ \t]*[A-Za-z][\w-]*(?:\.[A-Za-z]{2,})+[ \t\xa0]*[–—-]{1,2}[ \t\xa0]", re.MULTILINE)
LEAD_SEARCH = 600  # characters of the head (headline, byline) a lead may open after
#: a lead's event takes the day told at most this many paragraphs after the lead
LEAD_REACH = 5


def paragraph_end(text: str, offset: int, count: int) -> int:
    """The end of the `count`-th paragraph break after `offset` (the text's end if fewer)."""
    for _ in range(count):
        found = text.find("\n\n", offset)
        if found < 0:
            return len(text)
        offset = found + 2
    return offset


def summary_heading(text: str, heading: int) -> bool:
    """The section heading at `heading` is over a summary of the text ("## Ringkasan")."""
    line_end = text.find("\n", heading)
    line = text[heading : line_end if line_end >= 0 else len(text)]
    title = " ".join(line.strip("#= \t").lower().split())
    return title in lx.word_list("relative", "summary_headings")


def lead_bounds(text: str) -> tuple[int, int]:
    """The start and end of a news text's lead, the paragraph its outlet's dateline opens
    ("JAKARTA, KOMPAS.com – …"), or (-1, -1) without such a dateline."""
    outlet = outlet_span(text)
    if outlet is not None:
        opened = outlet[1]
    else:  # an outlet alone, without a city: "KOMPAS.com – …"
        site = SITE_LEAD.search(text[:LEAD_SEARCH])
        if site is None:
            return -1, -1
        opened = site.end()
    found = text.find("\n\n", opened)
    return text.rfind("\n", 0, opened) + 1, len(text) if found < 0 else found
