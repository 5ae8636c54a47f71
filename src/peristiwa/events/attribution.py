"""In-text sources: "Menurut Pentagon", "kata juru bicara", "dilaporkan Associated Press"."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..lang import language_cache
from ..spans import Attribution, TimeMention
from ..times import find_times
from .function_words import function_words
from .lexicon import context_data

_SOURCE = r"(?P<source>[^,.;:\"“”()\[\]\n]{2,70}?)"


def _alternatives(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in words)


@language_cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    ctx = context_data()
    before = _alternatives(sorted(ctx["attribution_before"], key=len, reverse=True))
    verbs = _alternatives(ctx["attribution_verbs"])
    passives, agent = _alternatives(ctx["attribution_passives"]), re.escape(function_words().agent)
    end = rf"(?=\s*(?:[,.;:\"“”()\[\]\n]|$| (?:{_alternatives(ctx['attribution_end'])})\b))"
    return (
        re.compile(rf"\b(?:{before})\s+{_SOURCE}{end}", re.IGNORECASE),
        re.compile(rf"\b(?:{passives})\s+(?:{agent}\s+)?(?P<source>[A-Z][^,.;:\"“”\n]{{1,60}}?){end}"),
        # "Pihak kepolisian mengatakan bahwa …", "…, juru bicara TNI menyatakan …": a clause-initial speaker
        re.compile(
            rf"(?:^|(?<=[.!?]\s)|(?<=\]\s)|(?<=\n)|(?<=,\s))(?P<source>[^,.;:\"“”()\[\]\n]{{2,70}}?)(?=,?\s+(?:{verbs})\b)",
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


def _clean(source: str) -> str:
    return source.strip().strip("'’")


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
            source = _clean(m.group("source"))
            words = source.split()
            if not words or not (source[0].isupper() or words[0].lower() in ctx["common_sources"]):
                continue
            s, e = m.start(), m.end("source")
            if times is None:
                times = find_times(text)  # only when a speaker pattern matched
            named = (m.start("source"), m.start("source") + len(m.group("source").rstrip()))
            if _only_time(times, *named):  # "Kapolda Papua, Senin, mengatakan": the day, not the speaker
                before = _BEFORE_DAY.search(text, max(start, s - 90), s)
                if before is None:
                    continue
                source, s, e = _clean(before.group("source")), before.start("source"), before.end("source")
                if not source or not source[0].isupper():
                    continue
            if source.lower() in ctx["not_sources"]:
                continue
            while e > s and text[e - 1].isspace():
                e -= 1
            found.setdefault(s, Attribution(text=text[s:e], start=s, end=e, source=source))
    return sorted(found.values(), key=lambda a: a.start)
