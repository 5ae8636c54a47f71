"""The casualty stage's phrase book: trigger words by kind and role, group nouns, fillers."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..spans import CasualtyKind
from .lexicon import KINDS, alternation, table, words

_VERBISH = re.compile(r"(?:di|ter|me|ber|ke)\w{3,}")
_SHARED = frozenset({"lainnya", "lain", "di antaranya", "diantaranya", ""})


@dataclass(frozen=True, slots=True)
class Trigger:
    start: int
    end: int
    kind: CasualtyKind
    roles: frozenset[str]  # after, before, noun


@dataclass(frozen=True, slots=True)
class CasualtyPhrases:
    """The casualty stage's words and patterns, from `data/casualties.yaml`."""

    phrases: dict[str, tuple[CasualtyKind, frozenset[str]]]
    trigger: re.Pattern[str]
    negated: re.Pattern[str]
    infobox: re.Pattern[str]
    people: frozenset[str]
    fillers: frozenset[str]
    stops: frozenset[str]
    breakers: frozenset[str]
    links: frozenset[str]
    named: re.Pattern[str]
    not_names: frozenset[str]


@cache
def lexicon() -> CasualtyPhrases:
    data = table("casualties")
    roles: dict[str, set[str]] = {}
    kinds: dict[str, CasualtyKind] = {}
    for kind in KINDS:
        for role in ("after", "before", "noun"):
            for phrase in data[kind][role + "s" if role == "noun" else role]:
                key = " ".join(str(phrase).lower().split())
                kinds.setdefault(key, kind)
                roles.setdefault(key, set()).add(role)
    phrases = {k: (kinds[k], frozenset(r)) for k, r in roles.items()}
    negated = {n: kind for kind, ns in data["negated_nouns"].items() for n in ns}
    keys = [p for p, (_, r) in phrases.items() if r & {"noun", "after"}]
    return CasualtyPhrases(
        phrases=phrases,
        trigger=re.compile(rf"(?<![\w-])(?:{alternation(phrases)})(?![\w-])", re.IGNORECASE),
        negated=re.compile(
            rf"(?<![\w-])(?:{alternation(words('casualties', 'negators'))})\s+(?:(?:ada\s+)?laporan\s+)?"
            rf"(?P<noun>{alternation(negated)})(?![\w-])|(?<![\w-])(?:tidak|tak)\s+(?:ada\s+)?(?:seorang|satu\s+orang)"
            rf"\s+pun\s+(?:yang\s+)?(?P<verb>{alternation(phrases)})(?![\w-])",
            re.IGNORECASE,
        ),
        infobox=re.compile(
            rf"(?m)^[ \t]*(?:korban\s+)?(?P<noun>{alternation(keys)})(?P<num>\d[\d.,]*)(?=[\[\s]|$)", re.I
        ),
        people=frozenset(words("casualties", "people")),
        fillers=frozenset(words("casualties", "fillers")),
        stops=frozenset(words("casualties", "stops")),
        breakers=frozenset(words("casualties", "breakers")),
        links=frozenset(words("casualties", "links")),
        named=_named_pattern(data["named"]),
        not_names=frozenset(words("casualties", "not_names")),
    )


def _named_pattern(named: dict[str, list[str]]) -> re.Pattern[str]:
    name = r"[A-Z][\w'’-]*[a-z][\w'’-]*"
    verbs = "|".join(rf"(?P<{kind}>{alternation(ws)})" for kind, ws in named.items())
    return re.compile(
        rf"(?<![\w-])(?P<name>{name}(?:[ \t]+{name}){{0,3}})[ \t]+"
        rf"(?:(?:telah|juga|pun|akhirnya)\s+)?(?:{verbs})(?![\w-])"
    )


def find_triggers(text: str) -> list[Trigger]:
    lex = lexicon()
    out = []
    for m in lex.trigger.finditer(text):
        kind, roles = lex.phrases[" ".join(m.group().lower().split())]
        out.append(Trigger(m.start(), m.end(), kind, roles))
    return out
