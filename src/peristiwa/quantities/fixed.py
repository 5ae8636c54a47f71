"""Casualty phrases of a fixed shape: infobox rows, "tidak ada korban jiwa", "McIntyre tewas"."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import cast

from ..lang import language_cache
from ..spans import Casualty, CasualtyKind
from .lexicon import alternation, table, words
from .numbers import quantity_regex, value_of
from .phrasebook import AGE, FULL_NAME, INITIAL_WITH_AGE, lexicon

_NAMED_KINDS: tuple[CasualtyKind, ...] = ("killed", "injured", "arrested", "abducted")


@language_cache
def _not_subject_after() -> frozenset[str]:
    """Words after which a capitalised word is not the subject of the verb that follows it."""
    return frozenset(words("casualties", "not_subject_after"))


def infobox_rows(text: str) -> list[Casualty]:
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


def negated(text: str) -> list[Casualty]:
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


def named_people(text: str, *, taken: Sequence[Casualty] = ()) -> list[Casualty]:
    """One named person before a violent verb: "dan McIntyre tewas" → killed 1, who "McIntyre";
    a singular pronoun counts one too ("Ia ditangkap" → arrested 1)."""
    lex = lexicon()
    out = []
    for m in lex.named.finditer(text):
        if m["pronoun"] is not None:  # "Ia ditangkap": one person, not named
            if not any(c.start < m.end() and m.start() < c.end for c in taken):
                kind = next(k for k in _NAMED_KINDS if m[k])
                out.append(Casualty(text=m.group(), start=m.start(), end=m.end(), kind=kind, min=1, max=1))
            continue
        parts = m["name"].split()
        while parts and parts[0].lower() in lex.not_names:
            parts.pop(0)  # "Ketika Knud terbunuh"
        if not parts or parts[0].lower() in lex.people or parts[0].lower().endswith(lex.clitic):
            continue
        start, count = m.start() + m.group().index(parts[0]), 1
        if start == m.start() and (first := _joined_before().search(text, max(0, start - 60), start)):
            ahead = _word_before(text, first.start())
            counted = ahead is not None and ahead.lower() in lex.people  # "warga Israel dan Budi tewas"
            if _a_name(first["name"]) and not counted:  # "AYS (28) dan YP (24) ditangkap", "Reitsch bersama Greim"
                start, count = first.start(), 2
                parts = text[start : m.start()].split() + parts
        before = _word_before(text, start) if start == m.start() else None
        if before and (
            before.lower() in lex.people
            or (before.lower() in lex.stops and before.lower() not in lex.clause_openers)
            or before in _not_subject_after()
        ):
            continue  # "warga Israel tewas" counts an unknown number; "di Gaza tewas" is a place
        if m["relative"] is not None and re.search(r"[a-z]\s*$", text[max(0, start - 3) : start]):
            continue  # "ilmuwan nuklir Iran yang terbunuh": after a lower-case word, who is named is a group
        if any(c.start < m.end() and start < c.end for c in taken):
            continue
        kind = next(k for k in _NAMED_KINDS if m[k])
        who = " ".join(parts)
        out.append(
            Casualty(text=text[start : m.end()], start=start, end=m.end(), kind=kind, min=count, max=count, who=who)
        )
    return out


def _word_before(text: str, start: int) -> str | None:
    """The word just before `start` (within 30 characters)."""
    found = re.search(r"([\w-]+)\s*$", text[max(0, start - 30) : start])
    return found[1] if found is not None else None


def _people_word(word: str) -> bool:
    """A people noun, bare or with the enclitic ("pelaku", "rekannya")."""
    lex = lexicon()
    low = word.lower()
    return low in lex.people or low.removesuffix(lex.clitic) in lex.people


@language_cache
def _joined_before() -> re.Pattern[str]:
    """A named person joined before another ("AYS (28) dan ", "Reitsch bersama ")."""
    joiners = alternation(words("casualties", "object_joiners"))
    return re.compile(rf"(?<![\w-])(?P<name>{FULL_NAME}|{INITIAL_WITH_AGE})(?:[ \t]+{AGE})?[ \t]+(?:{joiners})[ \t]+$")


@language_cache
def _object_joiners() -> re.Pattern[str]:
    """A joining word after a named object ("dan", "bersama")."""
    return re.compile(rf"[ \t]+(?:{alternation(words('casualties', 'object_joiners'))})[ \t]+", re.IGNORECASE)


_FULL_NAME = re.compile(FULL_NAME)


def _a_name(name: str) -> bool:
    """A person's name: not a pronoun, day or other capitalised word, nor a people noun ("Polisi")."""
    lex = lexicon()
    first = name.split()[0].lower()
    return first not in lex.not_names and first not in lex.people and not first.endswith(lex.clitic)


def _group_after(text: str) -> bool:
    """`text` opens with a count or a people noun: "dua rekannya", "istrinya", "Kapolsek"."""
    first = re.match(r"[\w-]+", text)
    if first is None or not first.group()[0].islower():
        return True
    return quantity_regex().match(text) is not None or _people_word(first.group())


def named_objects(text: str, *, taken: Sequence[Casualty] = ()) -> list[Casualty]:
    """A named person as the object of a casualty verb or act noun: "polisi menangkap Ferry" →
    arrested 1, "pembunuhan terhadap Munir" → killed 1, "menewaskannya" 1; two names joined
    ("menangkap Sugianto serta M. Nasir") are two. Not a name joined to a count or a group
    ("menangkap Budi dan dua rekannya", "bersama istrinya"): that figure is not told as one."""
    lex = lexicon()
    out = []
    for m in lex.named_objects.finditer(text):
        kind = next(k for k in _NAMED_KINDS for g in (f"v_{k}", f"n_{k}") if m.re.groupindex.get(g) and m[g])
        start, end, count, who = m.start(), m.end(), 1, None
        name = m["vname"] or m["nname"]
        if name is not None:
            if not _a_name(name):
                continue
            who = name
            join = _object_joiners().match(text, end)
            second = _FULL_NAME.match(text, join.end()) if join is not None else None
            if second is not None and _a_name(second.group()):
                count, end, who = 2, second.end(), text[m.end() - len(name) : second.end()]
            elif join is not None and _group_after(text[join.end() :]):
                continue
        if any(c.start < end and start < c.end for c in taken):
            continue
        out.append(Casualty(text=text[start:end], start=start, end=end, kind=kind, min=count, max=count, who=who))
    return out


@language_cache
def _leg_shot() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?:{alternation(words('casualties', 'leg_shots'))})[ \t]+(?P<who>[\w-]+)")


def leg_shots(text: str, *, taken: Sequence[Casualty] = ()) -> list[Casualty]:
    """A shot in one person's leg hurts one: "polisi menembak kaki pelaku", "menembak kaki kanan T"
    → injured 1; not a count or a plural ("menembak kaki kedua pelaku", "para pelaku")."""
    lex = lexicon()
    plural = frozenset(words("casualties", "plural_markers"))
    out = []
    for m in _leg_shot().finditer(text):
        who = m["who"]
        low = who.lower()
        if low in plural or quantity_regex().fullmatch(who) is not None:
            continue
        named = who[0].isupper() and low not in lex.not_names  # "Budi", "T"; not "Ia"
        if not (named or _people_word(who)):
            continue
        if any(c.start < m.end() and m.start() < c.end for c in taken):
            continue
        out.append(Casualty(text=m.group(), start=m.start(), end=m.end(), kind="injured", min=1, max=1, who=who))
    return out
