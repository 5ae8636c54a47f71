"""The packaged gazetteer: entries from GeoNames, CLDR, BPS and a hand-made list, looked up by name.

The data file is built by `scripts/build_gazetteer.py` (gzip'd TSV, one entry a line, columns
`COLUMNS`); it is read once, lazily, and cached.
"""

from __future__ import annotations

import gzip
import re
import unicodedata
from array import array
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from ..errors import ResourceError
from ..loading import while_loading

__all__ = ["COLUMNS", "GazEntry", "Gazetteer", "key_index", "name_key"]

COLUMNS = (
    "id", "name", "country", "feature", "lat", "lon", "population",
    "geonames_id", "timezone", "parents", "flags", "admin", "aliases",
)  # fmt: skip
#: "admin" may be left out (gazetteers made before it); "aliases" stays the last column
DATA_FILE = "gazetteer.tsv.gz"
#: its sorted lookup index (`key_index`)
INDEX_FILE = "gazetteer.keys.gz"
_APOSTROPHES = re.compile(r"[\u2019\u2018`\u02bc\u02bb'\u00b4]")
_SEPARATORS = re.compile(r"[-\u2010\u2011\u2013.,()/]")


@lru_cache(maxsize=65536)  # every word of a text is looked up, most of them many times
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


def key_index(rows: Sequence[str]) -> list[str]:
    """The lookup index of gazetteer rows: one line "KEY<TAB>ROW[,ROW…]" per key (row numbers in
    file order), sorted, after a first line "#max_tokens<TAB>N" (the words of the longest key).
    `scripts/build_gazetteer.py` ships it beside the packaged gazetteer (`INDEX_FILE`), so a process
    reads it instead of building a dictionary of 125,000 keys on its first document."""
    index: dict[str, list[int]] = {}
    for n, row in enumerate(rows):
        for alias in row[row.rindex("\t") + 1 :].split("|"):
            index.setdefault(alias, []).append(n)
    longest = max((key.count(" ") for key in index), default=0) + 1
    lines = sorted(f"{key}\t{','.join(map(str, hits))}" for key, hits in index.items())
    return [f"#max_tokens\t{longest}", *lines]


class PackedRows(Sequence[str]):
    """The lines of a data file's bytes, each decoded when it is asked for: a document looks up a
    few dozen of the 132,000 rows, and decoding and splitting the whole text was a fifth of the
    gazetteer's load (0.14 s CPU, 0.12 s now). A line ends at a newline only (the packaged files
    have no other line boundary that `str.splitlines` would cut at, `tests/test_places_build.py`)."""

    __slots__ = ("_data", "_starts")

    def __init__(self, data: bytes) -> None:
        starts = array("q", [0])
        find, add = data.find, starts.append
        end = find(b"\n")
        while end >= 0:
            add(end + 1)
            end = find(b"\n", end + 1)
        if starts[-1] != len(data):  # a last line without its newline
            add(len(data) + 1)
        self._data = data
        self._starts = starts

    def __len__(self) -> int:
        return len(self._starts) - 1

    def __getitem__(self, n: int) -> str:  # type: ignore[override]
        if not 0 <= n < len(self._starts) - 1:
            raise IndexError(n)
        return self._data[self._starts[n] : self._starts[n + 1] - 1].decode("utf-8")


class Gazetteer:
    """Place names → entries. Use `Gazetteer.load()` for the packaged one.

    Built from data-file lines (see `COLUMNS`) and their `key_index` (computed when not given);
    a key is found by bisection in the sorted index, and an entry is parsed the first time it is
    asked for.
    """

    def __init__(self, rows: Sequence[str], index: list[str] | None = None) -> None:
        self._rows = rows
        self._parsed: dict[int, GazEntry] = {}
        lines = key_index(rows) if index is None else index
        head, _, longest = lines[0].partition("\t") if lines else ("", "", "")
        if head != "#max_tokens" or not longest.isdigit():
            raise ResourceError(INDEX_FILE, f"expected a first line '#max_tokens<TAB>N', got {lines[:1]!r}")
        self._max_tokens = int(longest)
        self._keys = lines[1:]
        self._countries: dict[str, int] | None = None

    def _find(self, key: str) -> str | None:
        """The row numbers of `key` as written in the index ("12" or "12,40"), or None."""
        probe = key + "\t"
        i = bisect_left(self._keys, probe)
        if i < len(self._keys) and self._keys[i].startswith(probe):
            return self._keys[i][len(probe) :]
        return None

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
        return self._find(key) is not None

    def by_key(self, key: str) -> list[GazEntry]:
        """Entries with the lookup key `key`, in data-file order."""
        hits = self._find(key)
        return [] if hits is None else [self._entry(int(n)) for n in hits.split(",")]

    def country_entry(self, iso3: str) -> GazEntry | None:
        """The country entry of an ISO 3166-1 alpha-3 code ("IRQ" → Iraq)."""
        if self._countries is None:  # the "cc:" rows, found the first time a country is asked for
            self._countries = {}
            for number, row in enumerate(self._rows):
                if row.startswith("cc:"):
                    self._countries.setdefault(row[3 : row.index("\t")], number)
        n = self._countries.get(iso3.upper())
        return None if n is None else self._entry(n)


def _read_bytes(name: str) -> bytes:
    path = resources.files("peristiwa.places") / "data" / name
    try:
        raw = path.read_bytes()
    except FileNotFoundError as exc:
        raise ResourceError(name, "missing; run scripts/build_gazetteer.py") from exc
    return gzip.decompress(raw)


@lru_cache(maxsize=1)
@while_loading
def _packaged() -> Gazetteer:
    return Gazetteer(PackedRows(_read_bytes(DATA_FILE)), _read_bytes(INDEX_FILE).decode("utf-8").splitlines())


@lru_cache(maxsize=4)
@while_loading
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
