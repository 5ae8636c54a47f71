"""How far two reports agree on where an event happened and who took part in it.

Places agree by name, by distance, or through the administrative hierarchy: a town and the
regency or province it lies in are one place told at two levels (Kemendagri codes such as
``35.15.07`` in ``35.15`` in ``35``); two sibling regencies are not, nor are two districts of one
city when both reports name one (the city's name in common then says only "the same area"). Parties agree role by role,
on country and sector; between two countries, the same country with another sector (the army
of a country in one report, its civilians in another) is half an agreement — at home, where
every party is of one country, it is none. In acts both sides do to each other (a meeting, an
agreement: the policy's ``mutual_types``) who is named first is the report's choice, so their
parties agree as one set, whatever their roles.
"""

from __future__ import annotations

import math
from functools import cache
from typing import Any

from ..events.lexicon import context_data
from ..places.gazetteer import name_key
from ..places.recognise import lexicon as place_words

JSON = dict[str, Any]

NEAR_KM = 10.0
SAME_AREA_KM = 50.0
APART_KM = 150.0
#: places as fine as a town: a shared province or country says little
FINE_FEATURES = frozenset({"city", "village", "admin3", "admin2", "landmark"})
#: places as fine as a district or a village
DISTRICT_FEATURES = frozenset({"village", "admin3"})
#: what a part scores when one side does not tell it: little, so that agreement is positive evidence
UNKNOWN = 0.2
#: one place lies in the other: by the depth of the coarser one (1 a province, 2 a regency or
#: deeper); a province says as little as a shared province name
WITHIN = {1: 0.4, 2: 0.8}
#: the place part when the reports share a city or regency but name two of its districts
OTHER_DISTRICTS = 0.3
#: the parties' score when the sides are swapped (who acted in one report was acted on in the
#: other): an attack and the reply to it, unless the place agrees too (one clash told from each side)
SWAPPED = -0.5


def admin_path(place: JSON) -> str | None:
    """The place's position in its country's hierarchy, ``IDN/35/35.15/35.15.07``, from the
    finest administrative code the gazetteer gives (None: no code)."""
    code = place.get("admin3_code") or place.get("admin2_code") or place.get("admin1_code")
    if not code or not place.get("country"):
        return None
    parts = str(code).split(".")
    return "/".join([str(place["country"]), *(".".join(parts[: i + 1]) for i in range(len(parts)))])


def generic_place(place: JSON) -> bool:
    """A place named only by a word that is a kind of place or never a place alone ("Kabupaten" in
    "DPD di Kabupaten atau Kota", "Darurat" in "Undang-Undang Darurat"): some gazetteer village
    of the name, not where the event happened."""
    words = place_words()
    key = name_key(str(place.get("name") or place.get("text") or ""))
    return key in words.stop_names or key in words.name_heads or key in words.cues


def _depth(path: str) -> int:
    return path.count("/")


def within(ours: list[list[Any]], theirs: list[list[Any]]) -> float | None:
    """The score of the closest containment between two lists of places (a town in the regency
    or the province the other report names), or None when no place of one lies in one of the other."""
    best = 0
    for p in ours:
        for q in theirs:
            a, b = _path(p), _path(q)
            if not a or not b:
                continue
            shorter, longer = sorted((a, b), key=_depth)
            if longer == shorter or longer.startswith(shorter + "/"):
                best = max(best, _depth(shorter))
    return WITHIN[min(best, 2)] if best else None


def _path(place: list[Any]) -> str | None:
    return place[4] if len(place) > 4 else None


def _other_districts(ours: list[list[Any]], theirs: list[list[Any]]) -> bool:
    """Both reports name districts (or villages in them) and no district of one is a district of
    the other: the town they share is only the city or regency around two places."""
    a = {path for p in ours if (path := _path(p)) and _depth(path) >= 3}
    b = {path for q in theirs if (path := _path(q)) and _depth(path) >= 3}
    return bool(a and b) and not any(x == y or x.startswith(y + "/") or y.startswith(x + "/") for x in a for y in b)


def km(a: list[Any], b: list[Any]) -> float | None:
    if None in (a[1], a[2], b[1], b[2]):
        return None
    lat1, lon1, lat2, lon2 = map(math.radians, (a[1], a[2], b[1], b[2]))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(min(1.0, h)))


def fine(place: list[Any]) -> bool:
    return len(place) < 4 or place[3] in FINE_FEATURES


def jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a | b else 0.0


def place_part(ours: list[list[Any]], members: list[JSON]) -> tuple[float, str | None]:
    """How well the places agree, and a veto when the texts put them far apart."""
    theirs = [q for m in members for q in m["places"]]
    ours_fine, theirs_fine = [p for p in ours if fine(p)], [q for q in theirs if fine(q)]
    distances = [d for p in ours_fine for q in theirs_fine if (d := km(p, q)) is not None]
    names = {str(p[0]).lower() for p in ours_fine} & {str(q[0]).lower() for q in theirs_fine}
    if names and _other_districts(ours, theirs):
        return OTHER_DISTRICTS, None
    if names or (distances and min(distances) <= NEAR_KM):
        return 1.0, None
    nested = within(ours, theirs)
    # far apart, unless a place of one report lies in one the other names (one report lists
    # "Jakarta, Medan dan Surabaya", the other a district of Jakarta)
    if distances and min(distances) > APART_KM and not nested:
        return 0.0, f"places {min(distances):.0f} km apart"
    if distances:
        return max(nested or 0.0, 0.7 if min(distances) <= SAME_AREA_KM else 0.3), None
    if nested:
        return nested, None
    coarse = {str(p[0]).lower() for p in ours} & {str(q[0]).lower() for q in theirs}
    return (0.4 if coarse else UNKNOWN), None


def same_district(ours: list[list[Any]], members: list[JSON]) -> bool:
    """Both reports name one district or village (by name): a place finer than a town, where one
    day holds few acts of a kind."""
    theirs = {str(q[0]).lower() for m in members for q in m["places"] if len(q) > 3 and q[3] in DISTRICT_FEATURES}
    return any(str(p[0]).lower() in theirs for p in ours if len(p) > 3 and p[3] in DISTRICT_FEATURES)


def _role(ours: set[str], theirs: set[str], *, by_country: bool) -> float:
    """Agreement of one role's parties ("country/sector"): exact codes, and with `by_country`
    half for the same countries with other sectors."""
    exact = jaccard(ours, theirs)
    return (exact + jaccard(countries(ours), countries(theirs))) / 2 if by_country else exact


def countries(codes: set[str]) -> set[str]:
    return {p.split("/")[0] for p in codes}


def known(codes: list[str]) -> set[str]:
    """Coded parties whose country is told."""
    return {p for p in codes if not p.startswith("None/")}


@cache
def mutual_types() -> frozenset[str]:
    """The types of acts both sides do to each other (the event rules' policy)."""
    return frozenset(str(t) for t in context_data()["mutual_types"])


def parties_part(f: JSON, members: list[JSON]) -> float:
    """Agreement of the parties, role by role: who acted with who acted, who was acted on with
    who was acted on — an attack and the reply to it share their countries with the sides
    swapped. In a mutual act ("Prabowo bertemu Macron", "Macron bertemu Prabowo") the roles say
    nothing and the parties are compared as one set. Stores written before roles were kept compare
    the parties as one set too."""
    if "actors" not in f or any("actors" not in m for m in members):
        theirs = {p for m in members for p in known(m["parties"])}
        ours = known(f["parties"])
        return jaccard(ours, theirs) if ours and theirs else UNKNOWN
    sides = {role: (known(f[role]), {p for m in members for p in known(m[role])}) for role in ("actors", "recipients")}
    our_actors, their_actors = map(countries, sides["actors"])
    our_targets, their_targets = map(countries, sides["recipients"])
    # the same country with another sector tells something only between two countries: at home
    # every party is Indonesian
    between = all(a and t and a != t for a, t in ((our_actors, our_targets), (their_actors, their_targets)))
    if between and f.get("type") in mutual_types():
        return _mutual_part(f, members)
    if our_actors & their_targets and our_targets & their_actors and not our_actors & their_actors:
        return SWAPPED
    scores = [_role(ours, theirs, by_country=between) for ours, theirs in sides.values() if ours and theirs]
    return sum(scores) / len(scores) if scores else UNKNOWN


def _mutual_part(f: JSON, members: list[JSON]) -> float:
    """Agreement of a mutual act's parties between two states, all roles as one set, by code and
    by country."""
    ours = known(f["actors"] + f["recipients"])
    theirs = {p for m in members for p in known(m["actors"] + m["recipients"])}
    return _role(ours, theirs, by_country=True)
