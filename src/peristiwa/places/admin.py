"""Indonesia's administrative hierarchy for a resolved place: province (admin1), regency or
city (admin2) and district (admin3), with Kemendagri's 2025 names and codes (`data/wilayah.tsv.gz`,
built by `scripts/build_gazetteer.py` with the gazetteer).

The packaged gazetteer gives each Indonesian entry the code of the unit it is or lies in
(`GazEntry.admin`: "Kabupaten Puncak" is 94.05, in Papua Tengah, 94, one of the provinces made in
2022), and the units are the code's prefixes. An entry without a code (a gazetteer made before
the codes) is placed by names: a regency by its name in the 2025 list, whose code gives the
province (never by its BPS 2018 parent), a town the gazetteer knows only as a city by the regency
or district of the same name in its province.
"""

from __future__ import annotations

import gzip
import re
from functools import lru_cache
from importlib import resources
from typing import Any

from ..errors import ResourceError
from ..lang import data_mapping, language_cache
from .gazetteer import GazEntry, Gazetteer

DATA_FILE = "wilayah.tsv.gz"
_NOT_KEY = re.compile(r"[^a-z0-9]+")


@language_cache
def _words() -> dict[str, Any]:
    return data_mapping("places", "admin.yaml")


def _kinds() -> tuple[str, ...]:
    return tuple(_words()["regency_kinds"])


#: names and Kemendagri codes of the units a place lies in, as `Place` fields ("admin1",
#: "admin1_code", … "admin3_code"); a key left out is unknown
Admin = dict[str, str]


def _key(name: str) -> str:
    return _NOT_KEY.sub("", name.lower())


def _province_key(name: str) -> str:
    """The key of a province name, its short forms written out ("DKI Jakarta")."""
    words = " ".join(name.split()).lower().split(" ")
    full = _words()["province_abbreviations"]
    return _key(" ".join(full.get(w, w) if i == 0 else w for i, w in enumerate(words)))


def _regency_key(name: str, kind: str | None = None) -> tuple[str, str]:
    """(kind or "", key of the bare name) of "Kabupaten Puncak", or of "Puncak" with `kind`."""
    words = " ".join(name.split()).lower().split(" ")
    first = _words()["regency_abbreviations"].get(words[0], words[0])
    if first in _kinds() and len(words) > 1:
        return first, _key(" ".join(words[1:]))
    return kind or "", _key(" ".join(words))


def names_regency(text: str, regency: str) -> bool:
    """Whether `text` names the regency or city `regency` ("Kabupaten Kudus") by its bare name
    ("Kudus"), as news texts mostly do, whatever unit of that name the gazetteer took it for."""
    return _regency_key(text)[1] == _regency_key(regency)[1]


class Hierarchy:
    """The 2025 list of provinces, regencies and districts, indexed by name."""

    def __init__(self, rows: list[tuple[str, int, str]]) -> None:
        self.names = {code: name for code, _, name in rows}
        self.provinces = {_province_key(name): code for code, level, name in rows if level == 1}
        self.regencies: dict[tuple[str, str], list[str]] = {}
        self.districts: dict[tuple[str, str], str] = {}
        for code, level, name in rows:
            if level == 2:
                self.regencies.setdefault(_regency_key(name), []).append(code)
            elif level == 3:
                self.districts.setdefault((code[:5], _key(name)), code)

    def regency(self, name: str, kind: str | None = None) -> str | None:
        """The code of the regency or city `name` ("Kabupaten Puncak"; or "Puncak" with `kind`),
        when the name is unambiguous (a bare name matching both a kabupaten and a kota is not)."""
        found_kind, key = _regency_key(name, kind)
        if found_kind:
            codes = self.regencies.get((found_kind, key), [])
        else:
            codes = [c for k in _kinds() for c in self.regencies.get((k, key), [])]
        return codes[0] if len(codes) == 1 else None

    def of_code(self, code: str) -> Admin:
        """The units of a Kemendagri code ("94.05.01": the district, its regency and province)."""
        return self.admin(province=code) if len(code) == 2 else self.admin(code[:5], code=code[:8])

    def admin(
        self,
        regency: str | None = None,
        district: str | None = None,
        province: str | None = None,
        code: str | None = None,
    ) -> Admin:
        """The units of a regency code, optionally a district name inside it, or a province code."""
        codes = [province] if regency is None and province is not None else []
        if regency is not None:
            codes = [regency[:2], regency]
            district_code = code if code and len(code) == 8 else None
            if district and not district_code:
                district_code = self.districts.get((regency, _key(district)))
            codes += [district_code] if district_code else []
        units: Admin = {}
        for level, code in enumerate(codes, start=1):
            if code in self.names:
                units[f"admin{level}"], units[f"admin{level}_code"] = self.names[code], code
        return units


@lru_cache(maxsize=1)
def hierarchy() -> Hierarchy:
    path = resources.files("peristiwa.places") / "data" / DATA_FILE
    try:
        text = gzip.decompress(path.read_bytes()).decode("utf-8")
    except FileNotFoundError as exc:
        raise ResourceError(DATA_FILE, "missing; run scripts/build_wilayah.py") from exc
    rows = []
    for line in text.splitlines():
        if line.startswith("#") or line.startswith("code\t") or not line:
            continue
        code, level, name = line.split("\t")
        rows.append((code, int(level), name))
    return Hierarchy(rows)


def admin_of(entry: GazEntry, gazetteer: Gazetteer) -> Admin | None:
    """The province, regency and district an Indonesian gazetteer entry lies in (None for other
    countries, regions and places the 2025 list does not place)."""
    if entry.country != "IDN" or entry.feature in ("country", "region", "sea"):
        return None
    h = hierarchy()
    if entry.admin:
        return h.of_code(entry.admin) or None
    if entry.feature == "admin1":
        return _province(entry)
    if entry.feature == "admin2":
        kind = next((k for k in _kinds() if k in entry.flags), None)
        regency = h.regency(entry.name, kind)
        return h.admin(regency) if regency else None
    if entry.feature in ("admin3", "village") and entry.parents:
        district = entry.name if entry.feature == "admin3" else entry.parents[0]
        regency_name = entry.parents[0] if entry.feature == "admin3" else (entry.parents[1:2] or [""])[0]
        regency = h.regency(regency_name)
        return h.admin(regency, district) if regency else None
    return _by_namesake(entry, gazetteer)


def _province(entry: GazEntry) -> Admin | None:
    h = hierarchy()
    code = next((c for n in (entry.name, *entry.aliases) if (c := h.provinces.get(_province_key(n)))), None)
    return h.admin(province=code) if code else None


def _by_namesake(entry: GazEntry, gazetteer: Gazetteer) -> Admin | None:
    """A town known as a city: the regency, else the district, of its name in its BPS province
    ("Nabire"), or a province of its name ("Jakarta")."""
    province = entry.parents[-1] if entry.parents else None
    # a town is the city (kota) of its name before the regency (kabupaten) around it: Kota Sorong,
    # not Kabupaten Sorong
    namesakes = sorted(gazetteer.candidates(entry.name), key=lambda e: _kinds()[-1] not in e.flags)
    for feature in ("admin2", "admin3", "admin1"):
        for other in namesakes:
            if other.country != "IDN" or other.feature != feature:
                continue
            if province is not None and other.parents and other.parents[-1] != province:
                continue
            found = admin_of(other, gazetteer)
            if found is not None:
                return found
    return None  # not the nearest district: in the highlands a neighbour regency's is often nearer
