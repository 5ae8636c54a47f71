"""The word lists the event builder reads a party's country by: offices named alone for the home
state's, residents of a place, uncoded role phrases, the speaker's own side in a quotation, a
state named inside a currency's name, a city naming an agreement or talks, and an agreement's own name."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..lang import language_cache
from ..spans import Entity, Place
from .function_words import function_words
from .lexicon import context_data


@language_cache
def home_offices() -> frozenset[str]:
    """The offices the press names alone for the home state's (data: `home_offices`)."""
    return frozenset(str(w) for w in context_data()["home_offices"])


@language_cache
def resident_nouns() -> frozenset[str]:
    """Nouns for the residents of a place ("warga", "penduduk"; data: `resident_nouns`)."""
    return frozenset(str(w).lower() for w in context_data()["resident_nouns"])


def uncoded_role(entity: Entity) -> bool:
    """A role phrase with no name and no country of its own ("polisi", "kepala polisi", "militan")."""
    return entity.name is None and entity.country is None and entity.label in ("NORP", "ORG", "PER")


@language_cache
def first_person_pronouns() -> frozenset[str]:
    """The speaker's own side in a quotation ("kami", "kita"; data: `first_person_pronouns`)."""
    return frozenset(str(w).lower() for w in context_data()["first_person_pronouns"])


@language_cache
def currency_words() -> frozenset[str]:
    """Currencies named by a state after them ("dolar AS", "yen Jepang"; data: `currency_words`)."""
    return frozenset(str(w).lower() for w in context_data()["currency_words"])


def names_currency(text: str, start: int, end: int) -> bool:
    """Whether the name at `start`..`end` is part of a currency's name: right after a currency word
    ("per dolar Amerika Serikat", "5 miliar dolar Singapura"), as its abbreviation in brackets
    after one ("dolar Amerika Serikat (AS)"), or before a dollar sign ("US$")."""
    if text[end : end + 1] == "$":
        return True
    before = text[max(0, start - 40) : start]
    if before.endswith("("):  # the state's abbreviation after its full name
        words = before[:-1].split()
        named = [w for w in words[-4:] if w.lower() in currency_words()]
        return bool(named) and all(w[:1].isupper() for w in words[len(words) - words[::-1].index(named[-1]) :])
    words = before.split()
    return before.endswith(" ") and bool(words) and words[-1].lower() in currency_words()


def without_currency_states(text: str, entities: Sequence[Entity]) -> list[Entity]:
    """`entities` less the states that only name a currency ("per dolar AS", "US$ 700 miliar"):
    no party and no place of the story."""
    return [e for e in entities if not (e.label == "GPE" and names_currency(text, e.start, e.end))]


@language_cache
def named_by_place() -> frozenset[str]:
    """Nouns naming an agreement or talks by the city they were held in (data: `named_by_place`)."""
    return frozenset(str(w).lower() for w in context_data()["named_by_place"])


def names_document(text: str, place: Place) -> bool:
    """Whether `place` is a city (no state) naming an agreement or a round of talks held there
    ("menolak Persetujuan Jenewa", "mendukung putaran Doha"): it follows a noun of `named_by_place`
    and no second side is joined to it ("perundingan Washington dan Teheran", "Washington-Teheran")."""
    if place.feature in (None, "country"):
        return False
    before = text[max(0, place.start - 40) : place.start]
    words = before.split()
    if not before[-1:].isspace() or not words or words[-1].lower() not in named_by_place():
        return False
    after = text[place.end : place.end + 40]
    nxt = after.split()
    return not after.startswith("-") and not (nxt and nxt[0].lower() in function_words().side_joiners)


@language_cache
def agreement_name_ends() -> frozenset[str]:
    """Last words of an agreement's own name ("… Partnership Agreement", "IA-CEPA"; data: `agreement_name_ends`)."""
    return frozenset(str(w).lower() for w in context_data()["agreement_name_ends"])


def names_agreement(text: str, entity: Entity) -> bool:
    """Whether `entity` is an agreement's name or the sides' part of one (the tagger may call it a
    person): its last
    word, or the word right after it, ends an agreement's name ("Indonesia-European Union Comprehensive
    Economic Partnership Agreement", "IA-CEPA", "IEU CEPA"). An agreement is no party."""
    ends = agreement_name_ends()
    last = re.split(r"[\s\-–]+", entity.text.strip())[-1].lower()
    if last in ends:
        return True
    after = re.match(r"[ \-–]([A-Za-z]+)\b", text[entity.end : entity.end + 30])
    return after is not None and after.group(1).lower() in ends
