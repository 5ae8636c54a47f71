"""The seat of a regional body a party names ("Polres Nabire", "Bupati Bogor", "DPRD Kabupaten Blitar"):
the regency or city the body serves. Its acts happen there, as a reader of local news takes it, unless
the story places the event in another regency or abroad."""

from __future__ import annotations

import re
from dataclasses import replace

from ..lang import language_cache
from ..lang.active import language_lru_cache
from ..places import find_places
from ..places.gazetteer import Gazetteer, name_key
from ..places.policy import place_policy
from ..spans import Entity, Place
from .lexicon import context_data

__all__ = ["seat_of", "with_seat"]

#: the capitalised words after a head, the longest run that is a regency or city being its seat
_WORDS = re.compile(r"(?-i:[A-Z][\w'’-]*)(?:\s+(?-i:[A-Z][\w'’-]*)){0,2}")
_SEATS = ("admin2", "city")


@language_cache
def _heads() -> re.Pattern[str]:
    ctx = context_data()
    heads = sorted((str(h) for h in ctx["seat_heads"]), key=len, reverse=True)
    # a unit's cue kept before its name ("DPRD Kabupaten Blitar", "Pemerintah Kota Bogor")
    unit = "|".join(re.escape(str(c)) for c in ctx["seat_unit_cues"])
    return re.compile(r"\b(?:" + "|".join(re.escape(h) for h in heads) + rf")\s+((?:(?-i:{unit})\s+)?)", re.IGNORECASE)


def seat_of(text: str, entity: Entity) -> Place | None:
    """The regency or city of home a body named in `entity` serves, as a place inside its span."""
    found = _seat_in(text[entity.start : entity.end])
    if found is None:
        return None
    place, start, end = found
    start, end = entity.start + start, entity.start + end
    return replace(place, text=text[start:end], start=start, end=end)


@language_lru_cache(maxsize=4096)
def _seat_in(span: str) -> tuple[Place, int, int] | None:
    """The seat a party's words name and where its name lies in them (a party serves every event
    of its document it takes part in: read once)."""
    gaz = Gazetteer.load()
    home = place_policy().home_country
    for head in _heads().finditer(span):
        words = _WORDS.match(span, head.end())
        if words is None:
            continue
        names = words.group().split()
        for k in range(len(names), 0, -1):
            name = " ".join(names[:k])
            if not any(e.country == home and e.feature in _SEATS for e in gaz.by_key(name_key(name))):
                continue
            for unit in _units(head.group(0), head.group(1)):
                found = [p for p in find_places(f"di {unit}{name}") if p.country == home and p.feature in _SEATS]
                if found:
                    return found[0], head.start(1), head.end() + len(name)
            return None
    return None


def _units(head: str, cue: str) -> tuple[str, ...]:
    """The cue words to read a bare seat's name with: a mayor's or a city government's is a city first,
    another body's a regency first ("Polres Nabire": Kabupaten Nabire, not the district Nabire)."""
    if cue:
        return (cue,)
    ctx = context_data()
    regency, city = (f"{u} " for u in ctx["seat_units"])
    serves_city = " ".join(head.lower().split()) in {str(h) for h in ctx["seat_city_heads"]}
    return (city, regency, "") if serves_city else (regency, city, "")


def _fits(place: Place, seat: Place) -> bool:
    """Whether `place` may hold an event of the seat's body: at home, and not in another regency."""
    if place.country not in (None, seat.country):
        return False
    return not (place.admin2_code and seat.admin2_code and place.admin2_code != seat.admin2_code)


def with_seat(locations: list[Place], seat: Place, *, told: bool) -> list[Place]:
    """`locations` and the body's seat, unless the event lies abroad or in another regency, or has its
    seat already. Places not `told` in the event's sentence (carried from the story before, or the
    dateline's town) give way to the seat where they lie elsewhere."""
    if not told:
        locations = [p for p in locations if _fits(p, seat)]
    if not all(_fits(p, seat) for p in locations):
        return locations
    if any(p.feature in _SEATS and (p.admin2_code == seat.admin2_code or p.name == seat.name) for p in locations):
        return locations
    return [*locations, seat]
