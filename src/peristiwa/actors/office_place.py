"""The country of the place an office is of ("Gubernur Istanbul", "Wali Kota London"), and of
the land a polity at home is named by ("Kesultanan Aceh").

A title that takes a place ("gubernur", "wali kota": `complement: place` in
`lang/id/actors/roles.yaml`) names the governor or mayor of a town or province. When no unit
at home has that name, the office is the state's where the place lies: the most populous town
or first-level region of that name abroad, if it is a real city and not a village namesake.
"""

from __future__ import annotations

from functools import lru_cache

from ..places.gazetteer import Gazetteer
from ..places.policy import place_policy

#: the features of a place an office can be of (a town or an administrative unit)
_SEATS = frozenset({"city", "admin1", "admin2"})
#: the administrative units a polity at home is named by: a province, regency or district ("Aceh",
#: "Sintang", "Tidore"), not a village or hamlet that happens to share a word ("Republik Cinta")
_LANDS = frozenset({"admin1", "admin2", "admin3"})
#: the smallest population of a foreign town read as the seat of an office named after it
MIN_POPULATION = 100_000


@lru_cache(maxsize=4096)
def office_place_country(name: str) -> str | None:
    """The foreign country of the place `name` an office is of; None for a unit at home, an
    unknown or small place, or a name that is no town."""
    seats = [e for e in Gazetteer.load().candidates(name) if e.feature in _SEATS and e.country]
    home = place_policy().home_country
    if not seats or any(e.country == home for e in seats):
        return None
    best = max(seats, key=lambda e: e.population)
    # a first-level region ("Gubernur Texas", "Gubernur Queensland") is no village namesake: the
    # gazetteer gives most of them no population
    return best.country if best.population >= MIN_POPULATION or best.feature == "admin1" else None


@lru_cache(maxsize=4096)
def home_land(name: str) -> bool:
    """Whether `name` is a town or region at home: a polity named by it ("Kerajaan Sintang",
    "Kesultanan Aceh") is of its native rulers, coded as the home state (decision D62)."""
    home = place_policy().home_country
    return any(e.feature in _LANDS and e.country == home for e in Gazetteer.load().candidates(name))
