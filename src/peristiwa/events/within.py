"""The finer place a story gives for an event placed in a larger Indonesian unit.

News names the unit an event lies in and, elsewhere, the district or village inside it ("Seorang
guru ditangkap di Tangerang Selatan" under the headline "… di Ciputat"; "di Kecamatan Kragilan" in a
story placed in "Kabupaten Serang"). A reader places the event at the most specific of them, as the
gold does (the most specific place the text gives). Only when the text names one line of such
places inside the unit (a district, or a district and a village of it): two districts of one regency
leave the event where it was.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from ..places.admin import hierarchy, names_regency
from ..spans import Place

__all__ = ["finer_places", "town_abroad"]

#: how fine each kind of Indonesian unit is (a town listed as a city stands at a regency's level)
_LEVEL = {"admin1": 1, "admin2": 2, "city": 2, "admin3": 3, "village": 4}


def _level(place: Place) -> int | None:
    if place.feature not in _LEVEL or not place.admin1_code:
        return None
    return _LEVEL[place.feature]


def _code(place: Place, level: int) -> str | None:
    if level == 2 and place.admin2_code is None and place.feature == "city":
        # a town the gazetteer has only as a city ("Tangerang Selatan"): the regency or city of its name
        code = hierarchy().regency(place.text)
        return code if code is not None and code[:2] == place.admin1_code else None
    return {1: place.admin1_code, 2: place.admin2_code, 3: place.admin3_code}.get(level)


def _inside(inner: Place, outer: Place) -> bool:
    """Whether `inner` is a finer unit of Indonesia lying in `outer`."""
    lo, hi = _level(inner), _level(outer)
    if lo is None or hi is None or lo <= hi or hi > 3:
        return False
    code = _code(outer, hi)
    return code is not None and _code(inner, hi) == code


def _regency_named(place: Place) -> bool:
    """A district named like its regency ("Bangkalan" of Kabupaten Bangkalan): the text means the regency."""
    small = place.feature in ("admin3", "village")
    return small and place.admin2 is not None and names_regency(place.text, place.admin2)


def _unplaced_town(place: Place) -> bool:
    """A town of Indonesia the gazetteer has only as a city, with no regency of its name ("Teluk
    Kuantan", the seat of Kuantan Singingi): its level among the units is unknown."""
    return place.feature == "city" and _level(place) is not None and _code(place, 2) is None


def _identity(place: Place) -> tuple[str | None, ...]:
    return (place.feature, place.admin1_code, place.admin2_code, place.admin3_code, (place.name or place.text).lower())


def finer_places(locations: Sequence[Place], places: Sequence[Place]) -> list[Place]:
    """The places of `places` (the text's, datelines left out) lying inside the finest Indonesian
    unit among `locations`, when they form one line (each inside the next); else none. One mention
    of each, the first. An event placed by the dateline's town alone (where the story was filed, D2)
    takes the finer place the body names there, which says more than the dateline."""
    units = [(level, p) for p in locations if (level := _level(p)) is not None and level <= 3]
    if not units:
        return []
    finest = max(units, key=lambda unit: unit[0])[1]
    if any(_inside(p, finest) for p in locations):
        return []  # the event has its finer place already
    inside: dict[tuple[str | None, ...], Place] = {}
    for place in places:
        if _unplaced_town(place):
            continue  # "RSUD Teluk Kuantan": a town the units do not hold says nothing of the line
        if _inside(place, finest) and not _regency_named(place):
            inside.setdefault(_identity(place), place)
    found = sorted(inside.values(), key=lambda p: _level(p) or 0)
    if not found or not all(_inside(b, a) for a, b in pairwise(found)):
        return []
    return found


def town_abroad(locations: Sequence[Place], places: Sequence[Place], home: str | None) -> list[Place]:
    """For an event placed only by a foreign country ("kunjungan Presiden ke Rusia"), the town of that
    country the text names elsewhere ("di Istana Constantine, St Petersburg"): a reader places the
    event there. Only when the text names one town of that country (its first mention); with two,
    the event stays in the country."""
    out: list[Place] = []
    for country in {p.country for p in locations if p.feature == "country" and p.country and p.country != home}:
        if any(p.country == country and p.feature != "country" for p in locations):
            continue  # the event has its finer place already
        towns: dict[str, Place] = {}
        for place in places:
            if place.country == country and place.feature == "city":
                towns.setdefault((place.name or place.text).lower(), place)
        if len(towns) == 1:
            out.extend(towns.values())
    return sorted(out, key=lambda p: p.start)
