"""The casualty stage's phrase book: trigger words by kind and role, group nouns, fillers."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ..lang import language_cache
from ..spans import CasualtyKind
from ..times import lexicon as calendar
from .lexicon import KINDS, alternation, table, words


@dataclass(frozen=True, slots=True)
class Trigger:
    start: int
    end: int
    kind: CasualtyKind
    roles: frozenset[str]  # after, before, noun


@dataclass(frozen=True, slots=True)
class CasualtyPhrases:
    """The casualty stage's words and patterns, from `lang/id/quantities/casualties.yaml`."""

    phrases: dict[str, tuple[CasualtyKind, frozenset[str]]]
    trigger: re.Pattern[str]
    negated: re.Pattern[str]
    infobox: re.Pattern[str]
    people: frozenset[str]
    fillers: frozenset[str]
    stops: frozenset[str]
    breakers: frozenset[str]
    links: frozenset[str]
    named: re.Pattern[str]  # groups `name` or `pronoun`, and one per kind
    # groups `name` (or `clitic`, `reflexive`), and `v_<kind>`/`n_<kind>` for the verb or act noun
    named_objects: re.Pattern[str]
    clause_openers: frozenset[str]  # "saat": a name after it opens a clause ("saat Tecumseh terbunuh")
    not_names: frozenset[str]
    clitic: str  # the enclitic -nya ("anaknya": a people word; "Anaknya": no name)


@language_cache
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
    opener = alternation(words("casualties", "infobox_prefixes"))
    return CasualtyPhrases(
        phrases=phrases,
        trigger=re.compile(rf"(?<![\w-])(?:{alternation(phrases)})(?![\w-])", re.IGNORECASE),
        negated=_negated_pattern(data, alternation(negated), alternation(phrases)),
        infobox=re.compile(
            rf"(?m)^[ \t]*(?:(?:{opener})\s+)?(?P<noun>{alternation(keys)})(?P<num>\d[\d.,]*)(?=[\[\s]|$)", re.I
        ),
        people=frozenset(words("casualties", "people")),
        fillers=frozenset(words("casualties", "fillers")),
        stops=frozenset(words("casualties", "stops")),
        breakers=frozenset(words("casualties", "breakers")),
        links=frozenset(words("casualties", "links")),
        named=_named_pattern(data["named"]),
        named_objects=_object_pattern(data["named_objects"]),
        clause_openers=frozenset(words("casualties", "name_clause_openers")),
        # and the calendar's days and months: "Kamis ditahan" is a day, no one's name
        not_names=frozenset(words("casualties", "not_names")).union(calendar.weekdays(), calendar.full_months()),
        clitic=str(data["clitic"]),
    )


def _negated_pattern(data: dict[str, Any], nouns: str, verbs: str) -> re.Pattern[str]:
    """A negator and the casualty noun it denies ("tidak ada laporan korban jiwa"), or nobody
    before a casualty verb ("tidak ada seorang pun yang tewas")."""
    negators, gap = alternation(words("casualties", "negators")), alternation(words("casualties", "negation_gap"))
    nobody = {key: alternation(str(w) for w in ws) for key, ws in data["nobody"].items()}
    return re.compile(
        rf"(?<![\w-])(?:{negators})\s+(?:(?:{gap})\s+)?(?P<noun>{nouns})(?![\w-])"
        rf"|(?<![\w-])(?:{nobody['negators']})\s+(?:(?:{nobody['optional_before']})\s+)?(?:{nobody['one']})"
        rf"\s+(?:{nobody['particle']})\s+(?:(?:{nobody['optional_after']})\s+)?(?P<verb>{verbs})(?![\w-])",
        re.IGNORECASE,
    )


#: a person's age in brackets after the name, as crime news gives it ("YP (24) ditangkap")
AGE = r"\(\d{1,3}\)"
#: a name ("Budi", "O'Neill") or a person's initials, as crime news gives them ("SA", "HE"); every
#: pattern reads a name up to the end of its word (a space or `(?![\w'’-])` follows it), so the word
#: is taken whole at once (`*+`) once a lower-case letter is seen ahead in it, instead of trying
#: each split of it around that letter
NAME = r"(?:[A-Z](?=[\w'’-]*?[a-z])[\w'’-]*+|[A-Z]{2,4}(?![\w'’-]))"
#: a person given by one initial, known as one by the age in brackets after it ("N (60) ditangkap")
INITIAL_WITH_AGE = rf"[A-Z](?=[ \t]+{AGE})"
#: a full name of up to four words, an initial with a dot before it ("M. Nasir")
FULL_NAME = rf"(?:[A-Z]\.[ \t]*)?{NAME}(?:[ \t]+{NAME}){{0,3}}"


def _object_pattern(objects: dict[str, dict[str, list[str]]]) -> re.Pattern[str]:
    """An active verb or an act noun of a casualty with a named person as its object ("menangkap
    Ferry", "pembunuhan terhadap Munir"); after a verb also "dirinya" or the enclitic ("menangkapnya").
    The verbs are lower case: a title-case headline ("Polisi Menangkap Dua Pelaku") is left alone."""
    verbs = "|".join(rf"(?P<v_{kind}>{alternation(ws['verbs'])})" for kind, ws in objects.items() if ws["verbs"])
    nouns = "|".join(rf"(?P<n_{kind}>{alternation(ws['nouns'])})" for kind, ws in objects.items() if ws["nouns"])
    markers = alternation(words("casualties", "object_markers"))
    reflexive = alternation(words("casualties", "one_person_objects"))
    clitic = re.escape(str(table("casualties")["clitic"]))
    return re.compile(
        rf"(?<![\w-])(?:(?:{verbs})(?:(?P<clitic>{clitic})|[ \t]+(?:(?P<reflexive>{reflexive})|(?P<vname>{FULL_NAME})))"
        rf"|(?:{nouns})[ \t]+(?:(?:{markers})[ \t]+)?(?P<nname>{FULL_NAME}))(?![\w'’-])"
    )


def _named_pattern(named: dict[str, list[str]]) -> re.Pattern[str]:
    verbs = "|".join(rf"(?P<{kind}>{alternation(ws)})" for kind, ws in named.items())
    fillers = alternation(words("casualties", "named_fillers"))
    pronoun = alternation(words("casualties", "one_person_pronouns"))
    relative = alternation(words("casualties", "named_relatives"))
    return re.compile(
        rf"(?<![\w-])(?:(?P<pronoun>(?i:{pronoun}))"
        rf"|(?P<name>{NAME}(?:[ \t]+{NAME}){{0,3}}|{INITIAL_WITH_AGE})(?:[ \t]+{AGE})?)[ \t]+"
        rf"(?:(?P<relative>{relative})\s+)?(?:(?:{fillers})\s+){{0,2}}(?:{verbs})(?![\w-])"
    )


@language_cache
def _penalties() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?:{alternation(words('casualties', 'penalties'))})(?![\w-])", re.IGNORECASE)


def find_triggers(text: str) -> list[Trigger]:
    """The casualty words of `text`, less those naming a penalty ("terpidana mati", "hukuman mati")."""
    lex = lexicon()
    penalties = [m.span() for m in _penalties().finditer(text)]
    out = []
    for m in lex.trigger.finditer(text):
        if any(s < m.end() and m.start() < e for s, e in penalties):
            continue
        kind, roles = lex.phrases[" ".join(m.group().lower().split())]
        out.append(Trigger(m.start(), m.end(), kind, roles))
    return out
