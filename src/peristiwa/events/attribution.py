"""In-text sources: "Menurut Pentagon", "kata juru bicara", "dilaporkan Associated Press"."""

from __future__ import annotations

import re
from functools import lru_cache

from ..spans import Attribution
from .lexicon import context_data

_SOURCE = r"(?P<source>[^,.;:\"“”()\[\]\n]{2,70}?)"
_END = r"(?=\s*(?:[,.;:\"“”()\[\]\n]|$| (?:bahwa|pada|di|yang|kepada|saat|ketika)\b))"


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], ...]:
    ctx = context_data()
    before = "|".join(re.escape(w) for w in sorted(ctx["attribution_before"], key=len, reverse=True))
    verbs = "|".join(re.escape(w) for w in ctx["attribution_verbs"])
    return (
        re.compile(rf"\b(?:{before})\s+{_SOURCE}{_END}", re.IGNORECASE),
        re.compile(
            rf"\b(?:dilaporkan|diberitakan|dikutip)\s+(?:oleh\s+)?(?P<source>[A-Z][^,.;:\"“”\n]{{1,60}}?){_END}"
        ),
        # "Pihak kepolisian mengatakan bahwa …", "…, juru bicara TNI menyatakan …": a clause-initial speaker
        re.compile(
            rf"(?:^|(?<=[.!?]\s)|(?<=\]\s)|(?<=\n)|(?<=,\s))(?P<source>[^,.;:\"“”()\[\]\n]{{2,70}}?)(?=\s+(?:{verbs})\b)",
            re.MULTILINE,
        ),
    )


def _clean(source: str) -> str:
    return source.strip().strip("'’")


def find_attributions(text: str, start: int = 0, end: int | None = None) -> list[Attribution]:
    """Attribution phrases in `text[start:end]`, each with the source it names."""
    stop = len(text) if end is None else end
    ctx = context_data()
    found: dict[int, Attribution] = {}
    for pattern in _patterns():
        for m in pattern.finditer(text, start, stop):
            source = _clean(m.group("source"))
            if not source or not (source[0].isupper() or source.split()[0].lower() in ctx["common_sources"]):
                continue
            if source.lower() in ctx["not_sources"]:
                continue
            s, e = m.start(), m.end("source")
            while e > s and text[e - 1].isspace():
                e -= 1
            found.setdefault(s, Attribution(text=text[s:e], start=s, end=e, source=source))
    return sorted(found.values(), key=lambda a: a.start)
