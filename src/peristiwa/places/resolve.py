"""Disambiguation: pick one gazetteer entry for each mention from the document's context.

Score = feature prior + population prior + bonuses for the document's countries, for
containing areas named in the document and for a cue word's feature ("Kabupaten" → admin2).
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections import Counter
from dataclasses import replace
from functools import lru_cache

from ..spans import Place
from .admin import admin_of
from .gazetteer import GazEntry, Gazetteer, common_words, name_key
from .lists import separators
from .policy import place_policy
from .recognise import HYPHEN_PART, NAME_HEAD, Mention, lexicon
from .shared import shared_regions

__all__ = ["resolve"]

FEATURE_PRIOR = {
    "country": 10.0, "admin1": 6.0, "region": 6.0, "sea": 6.0, "landmark": 5.0,
    "admin2": 3.5, "city": 2.0, "admin3": 1.0, "village": 0.0,
}  # fmt: skip
HOME_COUNTRY = place_policy().home_country
OBSCURE_POPULATION = 1_000_000  # the texts are Indonesian: a small prior for Indonesian places
#: a national capital of this size, or any city of `OBSCURE_POPULATION`, is what a bare name means
#: before a small namesake in a country the text names ("Paris" in a text on the USA)
CAPITAL_POPULATION = 100_000
PROMINENT_BONUS = 3.5
NAMESAKE_RATIO = 10  # ... when its namesakes are this many times smaller


def score(entry: GazEntry, mention: Mention, countries: Counter[str], names: set[str]) -> float:
    s = FEATURE_PRIOR.get(entry.feature, 0.0) + 0.5 * math.log10(entry.population + 1)
    if entry.feature == "admin1" and entry.country != HOME_COUNTRY:
        s -= 1.5  # "New York" the city before the state
    if entry.country and entry.country in countries:
        s += 3.0 + min(countries[entry.country], 5) * 0.2
    if entry.country == HOME_COUNTRY:
        s += 0.5
    if _prominent(entry) and _has_namesake(entry, mention.entries):
        s += PROMINENT_BONUS
    if any(name_key(p) in names or name_key(p).split(" ", 1)[-1] in names for p in entry.parents):
        s += 4.0
    if mention.cue is not None and entry.feature in mention.cue.features:
        s += 6.0 - mention.cue.features.index(entry.feature) * 0.5
    if "parent_coords" in entry.flags or "no_coords" in entry.flags:
        s -= 0.25
    return s


def _prominent(entry: GazEntry) -> bool:
    """A national capital or a large city abroad: the place a bare name means before its namesakes."""
    if entry.feature != "city" or entry.country in (HOME_COUNTRY, None):
        return False
    if "capital" in entry.flags and entry.population >= CAPITAL_POPULATION:
        return True
    return entry.population >= OBSCURE_POPULATION


def _has_namesake(entry: GazEntry, entries: list[GazEntry]) -> bool:
    """Whether another entry bears the same name ("Paris" in Texas), not just a shared alias ("Praya"
    in Lombok, an old spelling of Praia), and the other cities the name may mean are all far
    smaller (not Valencia in Spain beside Valencia in Venezuela, nor Samarra beside Samara)."""
    key = name_key(entry.name)
    others = [o for o in entries if o is not entry and o.feature == "city"]
    return any(name_key(o.name) == key for o in others) and all(
        o.population * NAMESAKE_RATIO <= entry.population for o in others
    )


def _best(mention: Mention, countries: Counter[str], names: set[str]) -> GazEntry | None:
    entries = mention.entries
    if mention.cue is not None:
        fitting = [e for e in entries if e.feature in mention.cue.features]
        entries = fitting or ([] if mention.cue.name_kept else entries)
    if not entries:
        return None
    return max(entries, key=lambda e: (score(e, mention, countries, names), -len(e.id), e.id))


def resolve(text: str, mentions: list[Mention], *, gazetteer: Gazetteer) -> list[Place]:
    """One `Place` per mention, resolved against the countries and areas the document names."""
    countries: Counter[str] = Counter()
    names: set[str] = set()
    known: list[tuple[int, str]] = []  # where a country is named (by a country or an unambiguous place)
    for m in mentions:
        m.entries = [e for e in m.entries if not _other_diacritics(text, m, e)]
        names.add(name_key(text[m.name_start : m.end]))
        first = _best(m, Counter(), set())  # without context: countries and unambiguous names
        if first is not None and first.country and (first.feature == "country" or len(m.entries) == 1):
            if m.cue is not None or not _obscure_abroad(first, Counter()):
                countries[first.country] += 1
                if first.feature not in _MINOR_UNITS:  # a village does not vouch for another
                    known.append((m.start, first.country))
        elif m.cue is not None and m.cue.country:
            countries[m.cue.country] += 1
    places = []
    for m in mentions:
        entry = _best(m, countries, names)
        if entry is None and m.cue is not None and m.cue.name_kept and m.entries:
            inner = _best(Mention(m.name_start, m.end, m.name_start, m.entries), countries, names)
            if m.cue is NAME_HEAD and inner is not None and inner.country not in (HOME_COUNTRY, *countries):
                inner = None  # "Istana Constantine" in Russia: a palace named, not located, by Constantine
            if m.cue.named_for:
                inner = None  # "Jalan Sudirman", "Jalan Kaliurang": a street honours a name, it is not there
            places.append(_within(_place(text, m, None, gazetteer), inner, gazetteer))  # "pelabuhan Beirut": in Beirut
            continue
        if (
            entry is not None
            and m.cue is None
            and _obscure_abroad(entry, countries)
            and _unsupported(text, m, entry)
            and not _town_of_residents(text, m, entry)
        ):
            continue
        if entry is not None and m.cue is None and _stray_at_home(entry, countries) and not _of_residents(text, m):
            if m.entity is None:
                continue
            entry = None  # a name the tagger took for a place stays one, unresolved
        if _misnamed_abroad(text, m, entry, countries, known):
            entry = None  # "kota Ja'ar" in a sentence on Yemen: a town abroad, not the village at home
        place = _place(text, m, entry, gazetteer)
        if entry is not None and entry.country is None and entry.id in shared_regions():
            place.country = _holder(text, m, shared_regions()[entry.id], known, countries)
        places.append(place)
    return _in_addressed_country(text, _in_named_country(text, places))


def _holder(
    text: str, m: Mention, claimants: tuple[str, ...], known: list[tuple[int, str]], countries: Counter[str]
) -> str | None:
    """The one of a shared region's countries that its sentence, else its document, alone names
    ("Kashmir" beside "tentara India"), or None."""
    here = _named_in_sentence(text, m, known) & set(claimants)
    if len(here) == 1:
        return here.pop()
    named = [country for country in claimants if country in countries]
    return named[0] if not here and len(named) == 1 else None


#: the kinds of place a country named right after can contain ("Desa Blatten, Swiss")
_SMALL = ("village", "admin3", "city", "landmark", None)


def _in_named_country(text: str, places: list[Place]) -> list[Place]:
    """A small place followed by a comma and a country ("Desa Blatten, Swiss", "desa Bondo, Swiss")
    lies in that country, as an address reads, even where the gazetteer (or a cue word such as
    "desa") took it for a namesake at home; not inside a list of places ("Aceh, Malaysia, dan
    Thailand")."""
    for k in range(len(places) - 1):
        small, wide = places[k], places[k + 1]
        if wide.feature != "country" or not wide.country or small.country == wide.country:
            continue
        if small.feature not in _SMALL or text[small.end : wide.start].strip() != ",":
            continue
        if _listed(text, places, k - 1, k) or _listed(text, places, k + 1, k + 2):
            continue
        places[k] = replace(
            small, country=wide.country, lat=None, lon=None, geonames_id=None, timezone=None,
            admin1=None, admin1_code=None, admin2=None, admin2_code=None, admin3=None, admin3_code=None,
        )  # fmt: skip
    return places


def _in_addressed_country(text: str, places: list[Place]) -> list[Place]:
    """A place the gazetteer does not know, written as an address before a comma and a place abroad
    it knows ("Kananaskis, Alberta, Kanada", "Gedung PBB, Jenewa, Swiss"), lies in that place's
    country; read from the right, so a chain carries the country to its head. Not inside a list the
    text closes with a conjunction ("Samos, Kreta, dan Siprus"): items of a list name places side by
    side, not one within the next. At home an unknown street or building ("Jalan Palem,
    Pesanggrahan") stays unresolved: the events place it by the units the text names around it."""
    for k in range(len(places) - 2, -1, -1):
        small, wide = places[k], places[k + 1]
        if small.country is not None or small.lat is not None or wide.country in (None, HOME_COUNTRY):
            continue
        if text[small.end : wide.start].strip() != "," or _closed_list(text, places, k):
            continue
        places[k] = replace(small, country=wide.country)
    return places


def _closed_list(text: str, places: list[Place], k: int) -> bool:
    """Whether place `k` stands in a run of places joined by separators one of which holds a
    conjunction ("A, B, dan C")."""
    closing = separators().closing
    lo = k
    while _listed(text, places, lo - 1, lo):
        lo -= 1
    hi = k
    while _listed(text, places, hi, hi + 1):
        hi += 1
    return any(closing.search(text, places[i].end, places[i + 1].start) for i in range(lo, hi))


def _listed(text: str, places: list[Place], k: int, j: int) -> bool:
    """Whether places `k` and `j` are neighbours in a list (a comma or a conjunction between them)."""
    if k < 0 or j >= len(places):
        return False
    sep = separators().between.fullmatch(text, places[k].end, places[j].start)
    return sep is not None


def _unsupported(text: str, m: Mention, entry: GazEntry) -> bool:
    """Whether nothing but a capital letter says that a small foreign town is meant (its country unnamed)."""
    bare = name_key(text[m.name_start : m.end])
    if all(word in common_words() for word in bare.split()):
        return True  # "meninggal di Gurun": a desert, not the Malaysian town; even after "di" or as an entity
    if HYPHEN_PART in m.notes:
        return True  # "Jalan Soekarno-Hatta": not Hatta in India
    if m.entity is not None:
        return False
    return not m.supported or bare != name_key(entry.name)  # "Blaine pergi", "aktif di Muhammadiyah" (≠ Mohammedia)


def _other_diacritics(text: str, m: Mention, entry: GazEntry) -> bool:
    """Whether the text spells the name with accents the town's own name does not have ("Mariča"
    for Maricá, "Kerék" for Kerek): another place whose name folds alike, not the one the gazetteer has."""
    written = text[m.name_start : m.end]
    return (
        not written.isascii()
        and name_key(written) == name_key(entry.name)
        and written.casefold() != entry.name.casefold()
    )


def _town_of_residents(text: str, m: Mention, entry: GazEntry) -> bool:
    """A town its residents are named by ("warga Nagasaki"), by its own name (not "warga
    Muhammadiyah", an organisation that only an alias of Mohammedia spells)."""
    return _of_residents(text, m) and name_key(text[m.name_start : m.end]) == name_key(entry.name)


def _of_residents(text: str, m: Mention) -> bool:
    """Whether the name follows a noun for its residents ("warga Sukamaju")."""
    before = text[max(0, m.start - 12) : m.start].split()
    return bool(before) and before[-1].lower() in lexicon().resident_words


#: the smallest units at home: a bare capitalised word matching one is mostly no place
_MINOR_UNITS = ("village", "admin3")


def _stray_at_home(entry: GazEntry, countries: Counter[str]) -> bool:
    """A village or district at home named by a bare capitalised word ("Glee", "Tatar", "Bumi") in a
    text that names other countries and never the home one: a word or a foreign name, not there."""
    return (
        entry.feature in _MINOR_UNITS
        and entry.country == HOME_COUNTRY
        and bool(countries)
        and HOME_COUNTRY not in countries
    )


_SENTENCE_END = re.compile(r"[.!?]\s|\n")


@lru_cache(maxsize=1)
def _sentence_ends(text: str) -> list[int]:
    """Where each sentence of the text ends, found once per document (not once per mention)."""
    return [e.end() for e in _SENTENCE_END.finditer(text)]


def _sentence(text: str, m: Mention) -> tuple[int, int]:
    """The bounds of the sentence around a mention."""
    ends = _sentence_ends(text)
    k = bisect_right(ends, m.start)
    after = _SENTENCE_END.search(text, m.end)
    return (ends[k - 1] if k else 0), (after.start() + 1 if after else len(text))


def _named_in_sentence(text: str, m: Mention, known: list[tuple[int, str]]) -> set[str]:
    """The countries named (`known`: by a country or an unambiguous place) in the mention's sentence."""
    start, end = _sentence(text, m)
    return {country for pos, country in known if start <= pos < end}


def _misnamed_abroad(
    text: str, m: Mention, entry: GazEntry | None, countries: Counter[str], known: list[tuple[int, str]]
) -> bool:
    """A home village or district named with a cue word it does not fit ("kota Ja'ar") in a text, or
    a sentence, that names a foreign country and no home place."""
    if entry is None or m.cue is None or entry.feature in m.cue.features:
        return False
    return _stray_at_home(entry, countries) or _stray_in_sentence(text, m, entry, known)


def _stray_in_sentence(text: str, m: Mention, entry: GazEntry, known: list[tuple[int, str]]) -> bool:
    """A village or district at home named in a sentence that names a foreign country and no
    home place ("Tentara Yaman merebut kota Ja'ar"): a town abroad the gazetteer lacks."""
    if entry.feature not in _MINOR_UNITS or entry.country != HOME_COUNTRY:
        return False
    here = _named_in_sentence(text, m, known)
    return HOME_COUNTRY not in here and any(country != HOME_COUNTRY for country in here)


def _obscure_abroad(entry: GazEntry, countries: Counter[str]) -> bool:
    """A small foreign town in a text that never names its country: more likely a person ("Carey")."""
    if entry.feature != "city" or entry.country in (HOME_COUNTRY, None) or "capital" in entry.flags:
        return False
    if entry.id.startswith("x:") or "curated" in entry.flags:  # hand-made entries and aliases: texts name them
        return False
    return entry.population < OBSCURE_POPULATION and entry.country not in countries


def _within(place: Place, entry: GazEntry | None, gazetteer: Gazetteer) -> Place:
    """A landmark the gazetteer lacks, located at the place its name contains (and in its units)."""
    if entry is None:
        return place
    found = replace(
        place, country=place.country or entry.country, lat=entry.lat, lon=entry.lon, timezone=entry.timezone
    )
    return _in_units(found, entry, gazetteer)


def _in_units(place: Place, entry: GazEntry, gazetteer: Gazetteer) -> Place:
    """`place` with the Indonesian administrative units of `entry` (`places.admin`)."""
    for field, value in (admin_of(entry, gazetteer) or {}).items():
        setattr(place, field, value)
    return place


def _place(text: str, m: Mention, entry: GazEntry | None, gazetteer: Gazetteer) -> Place:
    surface = text[m.start : m.end]
    if entry is None:
        bare = text[m.name_start : m.end]
        name = surface if m.cue is not None and m.cue.name_kept else bare
        if m.entity is not None and m.entity.name:
            name = m.entity.name
        feature = m.cue.features[0] if m.cue is not None and m.cue.features else None
        country = m.cue.country if m.cue is not None else m.country_hint
        if m.entity is not None and m.entity.country:
            country = m.entity.country
        return Place(surface, m.start, m.end, name=name, country=country, feature=feature)
    place = Place(
        surface, m.start, m.end, name=entry.name, country=entry.country, feature=entry.feature,
        lat=entry.lat, lon=entry.lon, geonames_id=entry.geonames_id, timezone=entry.timezone,
    )  # fmt: skip
    return _in_units(place, entry, gazetteer)
