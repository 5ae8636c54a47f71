"""Casualty phrases: how many were killed, injured, missing, arrested, displaced or abducted.

Four shapes, tried in this order for each number of the text:
  count [group] [fillers] verb     "sedikitnya 25 pejuang milisi tewas", "40 lainnya luka-luka"
  verb count [group]               "menewaskan 12 orang", "melukai puluhan lainnya"
  noun [link] count [group]        "korban tewas mencapai 135 orang", "Korban luka | 57 orang"
and negated nouns ("tidak ada korban jiwa" → killed 0, exact). Counts of deployed troops and
other clauses are kept apart by breaker words ("dikerahkan", "setelah", "termasuk").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from itertools import pairwise
from typing import cast

from ..spans import Casualty, CasualtyKind, Quantity
from .lexicon import alternation, table, words
from .numbers import value_of
from .recognise import find_quantities

KINDS: tuple[CasualtyKind, ...] = ("killed", "injured", "missing", "arrested", "displaced", "abducted")
_TOKEN = re.compile(r"[\w'’-]+|[^\w\s]")
_VERBISH = re.compile(r"(?:di|ter|me|ber|ke)\w{3,}")
_SHARED = frozenset({"lainnya", "lain", "di antaranya", "diantaranya", ""})


@dataclass(frozen=True, slots=True)
class Trigger:
    start: int
    end: int
    kind: CasualtyKind
    roles: frozenset[str]  # after, before, noun


@dataclass(frozen=True, slots=True)
class Lexicon:
    phrases: dict[str, tuple[CasualtyKind, frozenset[str]]]
    trigger: re.Pattern[str]
    negated: re.Pattern[str]
    infobox: re.Pattern[str]
    people: frozenset[str]
    fillers: frozenset[str]
    stops: frozenset[str]
    breakers: frozenset[str]
    links: frozenset[str]


@cache
def lexicon() -> Lexicon:
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
    nouns = [p for p, (_, r) in phrases.items() if "noun" in r]
    return Lexicon(
        phrases=phrases,
        trigger=re.compile(rf"(?<![\w-])(?:{alternation(phrases)})(?![\w-])", re.IGNORECASE),
        negated=re.compile(
            rf"(?<![\w-])(?:{alternation(words('casualties', 'negators'))})\s+(?:(?:ada\s+)?laporan\s+)?"
            rf"(?P<noun>{alternation(negated)})(?![\w-])|(?<![\w-])(?:tidak|tak)\s+(?:ada\s+)?(?:seorang|satu\s+orang)"
            rf"\s+pun\s+(?:yang\s+)?(?P<verb>{alternation(phrases)})(?![\w-])",
            re.IGNORECASE,
        ),
        infobox=re.compile(
            rf"(?m)^[ \t]*(?:korban\s+)?(?P<noun>{alternation(nouns)})(?P<num>\d[\d.,]*)(?=[\[\s]|$)", re.I
        ),
        people=frozenset(words("casualties", "people")),
        fillers=frozenset(words("casualties", "fillers")),
        stops=frozenset(words("casualties", "stops")),
        breakers=frozenset(words("casualties", "breakers")),
        links=frozenset(words("casualties", "links")),
    )


def _triggers(text: str) -> list[Trigger]:
    lex = lexicon()
    out = []
    for m in lex.trigger.finditer(text):
        kind, roles = lex.phrases[" ".join(m.group().lower().split())]
        out.append(Trigger(m.start(), m.end(), kind, roles))
    return out


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


def _has_breaker(tokens: Sequence[str]) -> bool:
    lex = lexicon()
    low = [t.lower() for t in tokens]
    pairs = {f"{a} {b}" for a, b in pairwise(low)}
    return any(t in lex.breakers for t in low) or bool(pairs & lex.breakers)


def _is_people(tokens: Sequence[str]) -> bool:
    lex = lexicon()
    if not tokens:
        return True
    first = tokens[0].lower()
    return first in lex.people or (len(tokens) > 1 and f"{first} {tokens[1].lower()}" in lex.people)


def _group(tokens: Sequence[str]) -> list[str]:
    """The leading words naming the counted people ("pejuang milisi" of "pejuang milisi yang")."""
    lex = lexicon()
    out: list[str] = []
    for tok in tokens:
        low = tok.lower()
        if not tok[0].isalnum() and tok[0] not in "'’":
            break
        if low in lex.stops:
            break
        if out and (low in lex.fillers or (low not in lex.people and _VERBISH.fullmatch(low) and tok.islower())):
            break
        if not out and low in ("yang", "dan"):
            break
        out.append(tok)
        if len(out) == 4:
            break
    return out


def _count_then_verb(text: str, q: Quantity, trig: Trigger) -> list[str] | None:
    """The group words when `q … trig` reads "25 pejuang milisi tewas", else None."""
    tokens = _tokens(text[q.end : trig.start])
    if len(tokens) > 7 or _has_breaker(tokens) or any(not t[0].isalnum() for t in tokens):
        return None
    if trig.roles == frozenset({"noun"}) and len(tokens) > 1:
        return None
    if "after" not in trig.roles and "noun" not in trig.roles:
        return None
    group = _group(tokens)
    return group if _is_people(group) else None


def _verb_then_count(text: str, q: Quantity, trig: Trigger) -> list[str] | None:
    if "before" not in trig.roles or text[trig.end : q.start].strip():
        return None
    after = _tokens(text[q.end : q.end + 60])
    group = _group(after)
    return group if _is_people(group) else None


def _noun_then_count(text: str, q: Quantity, trig: Trigger) -> list[str] | None:
    if not trig.roles & {"noun", "after"}:
        return None
    tokens = _tokens(text[trig.end : q.start])
    lex = lexicon()
    if len(tokens) > 6 or _has_breaker(tokens) or any(t in ",.;()" for t in tokens):
        return None
    if tokens and tokens[-1].lower() not in lex.links:
        return None
    group = _group(_tokens(text[q.end : q.end + 60]))
    return group if group and _is_people(group) else []


def find_casualties(text: str, *, quantities: Sequence[Quantity] | None = None) -> list[Casualty]:
    """Casualty figures of `text` in text order; `quantities` are those of `find_quantities(text)`."""
    qs = sorted(find_quantities(text) if quantities is None else quantities, key=lambda q: q.start)
    triggers = _triggers(text)
    used: set[int] = set()
    found: list[Casualty] = []
    for i, q in enumerate(qs):
        limit = qs[i + 1].start if i + 1 < len(qs) else len(text)
        nxt = next((t for t in triggers if t.start >= q.end and t.start < limit and t.start - q.end <= 80), None)
        prev = next((t for t in reversed(triggers) if t.end <= q.start and q.start - t.end <= 60), None)
        prev_q_end = qs[i - 1].end if i else 0
        result: tuple[Trigger, list[str], int, int] | None = None
        if nxt is not None and id(nxt) not in used and (group := _count_then_verb(text, q, nxt)) is not None:
            result = (nxt, group, q.start, nxt.end)
        elif prev is not None and id(prev) not in used and prev.end >= prev_q_end:
            group = _verb_then_count(text, q, prev)
            group = _noun_then_count(text, q, prev) if group is None else group
            if group is not None:
                result = (prev, group, prev.start, _after_group(text, q.end, group))
        if result is None:
            continue
        trig, group, start, end = result
        used.add(id(trig))
        who = " ".join(group) or None
        found.append(
            Casualty(
                text=text[start:end],
                start=start,
                end=end,
                kind=trig.kind,
                min=q.min,
                max=q.max,
                qualifier=q.qualifier,
                who=who,
            )
        )
    found.extend(_infobox(text))
    found.extend(_negated(text))
    found.sort(key=lambda c: c.start)
    return _share_groups(text, found)


def _after_group(text: str, pos: int, group: Sequence[str]) -> int:
    for word in group:
        pos = text.index(word, pos) + len(word)
    return pos


def _share_groups(text: str, found: list[Casualty]) -> list[Casualty]:
    """Let "25 pejuang tewas dan 55 luka-luka" count the same people twice: the second figure counts the same people."""
    for before, cas in pairwise(found):
        shared = cas.who is None or cas.who.lower() in _SHARED
        if shared and before.who and not re.search(r"[.!?\n]", text[before.end : cas.start]):
            cas.who = before.who
    return found


def _infobox(text: str) -> list[Casualty]:
    """Infobox rows whose value is glued to the key: "Tewas135", "Cedera583"."""
    lex = lexicon()
    out = []
    for m in lex.infobox.finditer(text):
        value = value_of(m["num"].rstrip(".,"))
        if value is None:
            continue
        kind = lex.phrases[" ".join(m["noun"].lower().split())][0]
        start = m.start() + len(m.group()) - len(m.group().lstrip())
        end = m.start("num") + len(m["num"].rstrip(".,"))
        out.append(Casualty(text=text[start:end], start=start, end=end, kind=kind, min=value, max=value))
    return out


def _negated(text: str) -> list[Casualty]:
    lex = lexicon()
    out = []
    kinds = {n: k for k, ns in table("casualties")["negated_nouns"].items() for n in ns}
    for m in lex.negated.finditer(text):
        if m["noun"] is not None:
            kind = cast(CasualtyKind, kinds[" ".join(m["noun"].lower().split())])
        else:
            kind = lex.phrases[" ".join(m["verb"].lower().split())][0]
        out.append(Casualty(text=m.group(), start=m.start(), end=m.end(), kind=kind, min=0, max=0))
    return out
