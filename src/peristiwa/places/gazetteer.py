"""The packaged gazetteer: entries from GeoNames, CLDR, BPS and a hand-made list, looked up by name.

The data file is built by `scripts/build_gazetteer.py` (gzip'd TSV, one entry a line, columns
`COLUMNS`); it is read once, lazily, and cached.
"""

from __future__ import annotations

import gzip
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from ..errors import ResourceError

__all__ = ["COLUMNS", "GazEntry", "Gazetteer", "name_key"]

COLUMNS = (
    "id", "name", "country", "feature", "lat", "lon", "population",
    "geonames_id", "timezone", "parents", "flags", "admin", "aliases",
)  # fmt: skip
#: "admin" may be left out (gazetteers made before it); "aliases" stays the last column
DATA_FILE = "gazetteer.tsv.gz"
_APOSTROPHES = re.compile(r"[\u2019\u2018`\u02bc\u02bb'\u00b4]")
_SEPARATORS = re.compile(r"[-\u2010\u2011\u2013.,()/]")


def name_key(name: str) -> str:
    """The lookup key of a name: case-folded, no accents or apostrophes, hyphens as spaces.

    >>> name_key("al-Qa’im")
    'al qaim'
    """
    if name.isascii():
        text = name.lower()
    else:
        text = unicodedata.normalize("NFKD", name)
        text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    text = _SEPARATORS.sub(" ", _APOSTROPHES.sub("", text))
    return " ".join(text.split())


@dataclass(frozen=True, slots=True)
class GazEntry:
    """One place: `id` is "cc:IRQ" (country), "gn:98182" (GeoNames), "bps:7204" (BPS), "kd:94" (a province
    of Kemendagri's 2025 list the BPS one lacks), "x:…" (hand-made). `parents` name the units it lies in,
    smallest first (an Indonesian unit of a 2022 province: that province, then its former one);
    `admin` is the Kemendagri 2025 code of the Indonesian unit it is or lies in ("94", "94.05",
    "94.05.01"; None when unknown or abroad)."""

    id: str
    name: str
    country: str | None
    feature: str
    lat: float | None
    lon: float | None
    population: int
    geonames_id: int | None
    timezone: str | None
    parents: tuple[str, ...]
    flags: tuple[str, ...]
    aliases: tuple[str, ...]
    admin: str | None = None

    @classmethod
    def from_row(cls, line: str) -> GazEntry:
        cells = line.rstrip("\n").split("\t")
        if len(cells) == len(COLUMNS) - 1:
            cells.insert(COLUMNS.index("admin"), "")
        if len(cells) != len(COLUMNS):
            raise ResourceError(DATA_FILE, f"expected {len(COLUMNS)} columns, got {len(cells)}: {line[:60]!r}")
        id_, name, country, feature, lat, lon, pop, gid, tz, parents, flags, admin, aliases = cells
        return cls(
            id=id_,
            name=name,
            country=country or None,
            feature=feature,
            lat=float(lat) if lat else None,
            lon=float(lon) if lon else None,
            population=int(pop or 0),
            geonames_id=int(gid) if gid else None,
            timezone=tz or None,
            parents=tuple(parents.split(";")) if parents else (),
            flags=tuple(flags.split(",")) if flags else (),
            aliases=tuple(aliases.split("|")) if aliases else (),
            admin=admin or None,
        )


class Gazetteer:
    """Place names → entries. Use `Gazetteer.load()` for the packaged one.

    Built from data-file lines (see `COLUMNS`); an entry is parsed the first time it is asked for.
    """

    def __init__(self, rows: list[str]) -> None:
        self._rows = rows
        self._parsed: dict[int, GazEntry] = {}
        # a key's row, or its rows when several entries share it (most keys have one: a list for
        # each would take a third of the start-up's first document)
        self._index: dict[str, int | list[int]] = {}
        self._countries: dict[str, int] = {}
        self._max_tokens = 1
        index = self._index
        get = index.get
        for n, row in enumerate(rows):
            for alias in row[row.rindex("\t") + 1 :].split("|"):
                hits = get(alias)
                if hits is None:
                    index[alias] = n
                elif isinstance(hits, int):
                    index[alias] = [hits, n]
                else:
                    hits.append(n)
            if row.startswith("cc:"):
                self._countries.setdefault(row[3 : row.index("\t")], n)
        self._max_tokens = max(key.count(" ") for key in index) + 1

    @classmethod
    def load(cls) -> Gazetteer:
        """The packaged gazetteer (read once per process)."""
        return _packaged()

    @classmethod
    def from_entries(cls, lines: list[str]) -> Gazetteer:
        """A gazetteer from data-file lines (tests, custom gazetteers)."""
        return cls([line.rstrip("\n") for line in lines if line.strip()])

    def __len__(self) -> int:
        return len(self._rows)

    @property
    def max_tokens(self) -> int:
        """The number of words in the longest name."""
        return self._max_tokens

    def _entry(self, n: int) -> GazEntry:
        entry = self._parsed.get(n)
        if entry is None:
            entry = self._parsed[n] = GazEntry.from_row(self._rows[n])
        return entry

    def candidates(self, name: str) -> list[GazEntry]:
        """Entries one of whose names is `name` (compared by `name_key`)."""
        return self.by_key(name_key(name))

    def has_key(self, key: str) -> bool:
        """Whether some entry has the lookup key `key` (see `name_key`)."""
        return key in self._index

    def by_key(self, key: str) -> list[GazEntry]:
        """Entries with the lookup key `key`, in data-file order."""
        hits = self._index.get(key)
        if hits is None:
            return []
        return [self._entry(hits)] if isinstance(hits, int) else [self._entry(n) for n in hits]

    def country_entry(self, iso3: str) -> GazEntry | None:
        """The country entry of an ISO 3166-1 alpha-3 code ("IRQ" → Iraq)."""
        n = self._countries.get(iso3.upper())
        return None if n is None else self._entry(n)


@lru_cache(maxsize=1)
def _packaged() -> Gazetteer:
    path = resources.files("peristiwa.places") / "data" / DATA_FILE
    try:
        raw = path.read_bytes()
    except FileNotFoundError as exc:
        raise ResourceError(DATA_FILE, "missing; run scripts/build_gazetteer.py") from exc
    return Gazetteer(gzip.decompress(raw).decode("utf-8").splitlines())


@lru_cache(maxsize=4)
def word_list(name: str) -> frozenset[str]:
    """A packaged word list: "common_words" (written in lower case in the corpora, so a capitalised
    one may just start a sentence) or "person_words" (tagged as parts of person names by NER corpora)."""
    path = resources.files("peristiwa.places") / "data" / f"{name}.txt.gz"
    try:
        return frozenset(gzip.decompress(path.read_bytes()).decode("utf-8").split())
    except FileNotFoundError as exc:
        raise ResourceError(f"{name}.txt.gz", "missing; run scripts/build_gazetteer.py") from exc


def common_words() -> frozenset[str]:
    return word_list("common_words")


def person_words() -> frozenset[str]:
    return word_list("person_words")
