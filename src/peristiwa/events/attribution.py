"""In-text sources: "Menurut Pentagon", "kata juru bicara", "dilaporkan Associated Press"."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any

from ..lang import language_cache
from ..spans import Attribution, TimeMention
from ..times import find_times
from .function_words import function_words
from .lexicon import context_data

# a character of a source's name, or an abbreviation in brackets inside it ("Kepala Seksi Penerangan
# Hukum (Kasi Penkum) Kejati DKI")
_ABBREVIATION = r"\([A-Za-z][A-Za-z .&-]{0,30}\)"
_CHAR = rf"(?:[^,.;:\"“”()\[\]\n]|{_ABBREVIATION})"
# a name in apposition after a title ("kata Kasat Reskrim Polres Kukar, AKP Budi Santoso, …")
_NAME = r"(?-i:[A-Z][\w'’-]*(?:[ ][A-Z][\w'’-]*){0,5})"
_SOURCE = rf"(?P<source>{_CHAR}{{2,100}}?(?:,\s+(?P<name>{_NAME}))?)"


def _alternatives(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in words)


@language_cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    ctx = context_data()
    before = _alternatives(sorted(ctx["attribution_before"], key=len, reverse=True))
    # their first letters, tested once at a word's start before the alternatives are tried one by one
    initials = "".join(sorted({re.escape(w[:1].lower()) for w in ctx["attribution_before"] if w}))
    first = f"(?=[{initials}])" if initials and all(ctx["attribution_before"]) else ""
    verbs = _alternatives(ctx["attribution_verbs"])
    passives, agent = _alternatives(ctx["attribution_passives"]), re.escape(function_words().agent)
    # a circumstance set off by commas between the speaker and the verb ("Kapolres, saat dikonfirmasi, membenarkan")
    aside = rf",\s+(?-i:{_alternatives(ctx['attribution_end'])})\s[^,.;:\"“”\n]{{1,40}}?(?=,)"
    # the words that end a name, in lower case only ("Menteri Dalam Negeri" goes on)
    end = rf"(?=\s*(?:[,.;:\"“”)\[\]\n]|(?!{_ABBREVIATION})\(|$|\s(?-i:{_alternatives(ctx['attribution_end'])})\b))"
    return (
        re.compile(rf"\b{first}(?:{before})\s+{_SOURCE}{end}", re.IGNORECASE),
        re.compile(rf"\b(?:{passives})\s+(?:{agent}\s+)?(?P<source>[A-Z][^,.;:\"“”\n]{{1,60}}?){end}"),
        # "Pihak kepolisian mengatakan bahwa …", "…, juru bicara TNI menyatakan …": a clause-initial speaker
        # (each way of starting one has a space or nothing before it: that is tested first, at once)
        re.compile(
            rf"(?<!\S)(?:^|(?<=[.!?]\s)|(?<=\]\s)|(?<=\n)|(?<=,\s))(?P<source>(?:(?P<title>[A-Z]{_CHAR}{{1,80}}?),\s+)?"
            rf"{_CHAR}{{2,100}}?)(?=(?:{aside})?,?\s+(?:{verbs})\b)",
            re.MULTILINE,
        ),
    )


_BEFORE_DAY = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n)|(?<=,\s))(?P<source>[^,.;:\"“”()\[\]\n]{2,70}?),\s*$", re.MULTILINE
)


def _only_time(times: Sequence[TimeMention], start: int, end: int) -> bool:
    """The span is a time expression of the text ("Senin", "Rabu malam")."""
    inside = [t for t in times if start <= t.start and t.end <= end]
    return bool(inside) and inside[0].start == start and inside[-1].end == end


def _within_time(times: Sequence[TimeMention], start: int, end: int) -> bool:
    """The span is part of a longer time expression ("Senin" of "dikutip Senin (16/6/2025)")."""
    return any(t.start <= start and end <= t.end and (t.start, t.end) != (start, end) for t in times)


def _has_time(times: Sequence[TimeMention], start: int, end: int) -> bool:
    """A time expression of the text overlaps the span ("Senin" of "Senin (2/6/2025)")."""
    return any(t.start < end and start < t.end for t in times)


def _clean(source: str) -> str:
    return source.strip().strip("'’")


@language_cache
def _title_openers() -> frozenset[str]:
    """Words that open a fronted phrase, not an office ("Selain itu", "Di Jakarta", "Setelah …")."""
    ctx = context_data()
    return frozenset({*ctx["attribution_end"], *ctx["source_trim_before"], *ctx["fronted_subordinators"]})


@language_cache
def _trim_words() -> tuple[frozenset[str], frozenset[str]]:
    """Connectives before a speaker and adverbs after it, trimmed off the source."""
    ctx = context_data()
    return frozenset(ctx["source_trim_before"]), frozenset(ctx["source_trim_after"])


def _title_ok(title: str, ctx: Mapping[str, Any]) -> bool:
    """`title` reads as an office held by the name after it ("Kasi Humas Polres Nunukan", "Juru bicara
    Polda Papua"), not as a fronted phrase ("Selain itu", "Di Jakarta", "Setelah bertemu Presiden")."""
    words = title.split()
    if not words or words[0].lower() in _title_openers():
        return False
    return all(w[:1].isupper() or not w[:1].isalpha() or w in ctx["title_lower_words"] for w in words)


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without connectives before the speaker and adverbs after it ("Sedangkan Kapolda",
    "Polisi juga", "Dia kemudian")."""
    before, after = _trim_words()
    while True:
        words = list(re.finditer(r"\S+", text[start:end]))
        if len(words) > 1 and words[0].group().lower() in before:
            start += words[1].start()
        elif len(words) > 1 and words[-1].group().lower() in after:
            end = start + words[-2].end()
        else:
            return start, end


def find_attributions(
    text: str, start: int = 0, end: int | None = None, *, times: Sequence[TimeMention] | None = None
) -> list[Attribution]:
    """Attribution phrases in `text[start:end]`, each with the source it names. `times`, the text's
    time expressions when already found, tell a day from a speaker; else they are found here."""
    stop = len(text) if end is None else end
    ctx = context_data()
    found: dict[int, Attribution] = {}
    for pattern in _patterns():
        for m in pattern.finditer(text, start, stop):
            groups = m.groupdict()
            s, (a, b) = m.start(), m.span("source")
            if times is None:
                times = find_times(text)
            if groups.get("title") and not (
                _title_ok(m.group("title"), ctx) and not _only_time(times, *m.span("title"))
            ):  # "Selain itu, Kapolres mengatakan": the speaker is after the comma
                a = m.end("title") + 1
                while a < b and text[a].isspace():
                    a += 1
                s = max(s, a)
            if groups.get("name") and _has_time(times, *m.span("name")):  # "kata Kapolres, Senin (2/6)"
                b = text.rindex(",", a, m.start("name"))
            elif groups.get("title") and a == m.start("title") and _has_time(times, m.end("title"), b):
                b = m.end("title")  # "Kapolda Papua, Senin, mengatakan": the day, not the speaker
            speaker = s == a  # the phrase is the source itself ("Kapolres mengatakan")
            a, b = _trimmed(text, a, b)
            if speaker:
                s = a
            source = _clean(text[a:b])
            words = source.split()
            if not words or not (source[0].isupper() or words[0].lower() in ctx["common_sources"]):
                continue
            e = b
            named = (a, a + len(text[a:b].rstrip()))
            if _within_time(times, *named):
                continue  # "dikutip Senin (16/6/2025)": the day of a citation that names no medium
            if _only_time(times, *named):  # "Kapolda Papua, Senin, mengatakan": the day, not the speaker
                before = _BEFORE_DAY.search(text, max(start, s - 90), s)
                if before is None:
                    continue
                source, s, e = _clean(before.group("source")), before.start("source"), before.end("source")
                if not source or not source[0].isupper():
                    continue
            words = source.split()
            if source.lower() in ctx["not_sources"] or words[0].lower() in ctx["not_sources"]:
                continue
            if speaker and len(words) > 1 and words[-1].lower() in ctx["speaker_not_last"]:
                continue  # "pernyataan Menteri yang menyebut …": the verb's subject is another
            if len(words) > 1 and words[-1].lower() in ctx["source_back_reference"]:
                continue  # "Jenderal bintang satu ini": one named before
            while e > s and text[e - 1].isspace():
                e -= 1
            found.setdefault(s, Attribution(text=text[s:e], start=s, end=e, source=source))
    return _named_in_full(sorted(found.values(), key=lambda a: a.start), ctx)


def cites(attribution: Attribution) -> bool:
    """The phrase cites its source ("menurut X", "kata X", "dilansir dari X"), rather than being the
    speaker itself ("X mengatakan"), which may also be a party of what it announces; a speaker quoted
    by a short name and known by the full one ("Budi mengatakan" → "AKBP Budi Santoso") is one too."""
    return not set(attribution.text.split()) <= set(attribution.source.split())


@language_cache
def _relay_cues() -> tuple[str, ...]:
    return tuple(f"{cue} " for cue in context_data()["attribution_relays"])


def relays(attribution: Attribution) -> bool:
    """The phrase names a medium the report is taken from ("dikutip dari Antara", "dilansir AFP",
    "Artikel ini telah tayang di Tribunnews.com"), not a speaker of its own."""
    return " ".join(attribution.text.split()).lower().startswith(_relay_cues())


def _named_in_full(attributions: list[Attribution], ctx: Mapping[str, Any]) -> list[Attribution]:
    """A source quoted again by a short name ("kata Budi") is the one introduced before with title
    and full name ("Kapolres Jember AKBP Budi Santoso mengatakan"): the source is that full one. So is
    a speaker's one name ("Budi menjelaskan"), its phrase staying what it was (`cites`); a speaker of
    more words is a body as often ("BEM Undip menyatakan"), which keeps its own name, as does an
    abbreviation ("KPK")."""
    full: list[str] = []
    for i, attribution in enumerate(attributions):
        source = attribution.source
        words = source.split()
        if len(words) >= 3:
            full.append(source)
            continue
        if not all(w[:1].isupper() for w in words) or words[0].lower() in ctx["common_sources"]:
            continue
        if (len(words) > 1 and attribution.text == attribution.source) or source.isupper():
            continue
        named = next((f for f in reversed(full) if set(words) <= set(f.split()[-4:])), None)
        if named is not None:
            attributions[i] = replace(attribution, source=named)
    return attributions
