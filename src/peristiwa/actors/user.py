"""Actor dictionaries a user adds: YAML files named by `--actors FILE` (or the environment
variable ``PERISTIWA_ACTORS``, paths joined by the OS path separator, so that worker processes
see them too) and packages that declare a ``peristiwa.actors`` entry point (a function returning
the path of such a file).

Each entry is a canonical name with its aliases, country and sector, and optionally roles that
hold for a period, as PETRARCH/Phoenix dictionaries date them::

    Prabowo Subianto:
      aliases: [Prabowo Subianto, Prabowo]
      country: IDN
      label: PER                   # PER (default), ORG, NORP or GPE
      sector: PTY                  # the coding outside every dated role
      roles:
        - {sector: MIL, to: 1998-08-24}
        - {sector: GOV, from: 2019-10-23}

A role applies to an event dated within it (an undated event: the document's reference day);
`from`/`to` are ISO days, both inclusive, either may be left out. User entries come before the
packaged ones, so a user's alias overrides the packaged coding of the same words.
"""

from __future__ import annotations

import csv
import os
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from importlib.metadata import entry_points
from pathlib import Path
from typing import Any

import yaml

from ..errors import InputError
from ..resources import load_yaml
from ..spans import EventDate

ENV = "PERISTIWA_ACTORS"
ENTRY_POINTS = "peristiwa.actors"
LABELS = frozenset({"PER", "ORG", "NORP", "GPE"})
_KEYS = frozenset({"aliases", "country", "sector", "label", "wikidata", "roles"})


@dataclass(frozen=True, slots=True)
class DatedRole:
    """A coding that holds from `start` to `end` (ISO days, inclusive; None: open)."""

    country: str | None
    sector: str | None
    start: str | None = None
    end: str | None = None

    def holds_on(self, day: str) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(frozen=True, slots=True)
class UserEntry:
    name: str
    aliases: tuple[str, ...]
    country: str | None
    sector: str | None
    label: str
    wikidata: str | None
    roles: tuple[DatedRole, ...]


def dictionary_paths() -> list[Path]:
    """The user dictionaries in force: the environment's, then the entry points'."""
    paths = [Path(p) for p in os.environ.get(ENV, "").split(os.pathsep) if p.strip()]
    for point in entry_points(group=ENTRY_POINTS):
        found = point.load()
        paths.append(Path(found() if callable(found) else found))
    return paths


def _day(value: object, where: str) -> str | None:
    if value is None:
        return None
    if isinstance(value, date):
        return value.isoformat()
    try:
        return date.fromisoformat(str(value)).isoformat()
    except ValueError as err:
        raise InputError(where, f"{value!r} is not an ISO day (YYYY-MM-DD)") from err


def _string(value: object, where: str, field: str) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str | int) or isinstance(value, bool):
        raise InputError(where, f"{field} must be a string")
    return str(value)


@lru_cache(maxsize=1)
def _sectors() -> frozenset[str]:
    """The sector codes of the output's schema (PLOVER's)."""
    from ..schema import schema

    party = schema()["properties"]["events"]["items"]["properties"]["actor"]["items"]["properties"]
    return frozenset(s for s in party["sector"]["enum"] if s)


def _sector(value: object, where: str) -> str | None:
    sector = _string(value, where, "sector")
    if sector is not None and sector not in _sectors():
        raise InputError(where, f"sector {sector!r} is not a PLOVER sector ({', '.join(sorted(_sectors()))})")
    return sector


def _country(value: object, where: str) -> str | None:
    country = _string(value, where, "country")
    if country is not None and not (len(country) == 3 and country.isascii() and country.isupper()):
        raise InputError(where, f"country {country!r} is not an ISO 3166 alpha-3 code (or IGO, IMG …)")
    return country


def _entry(name: str, raw: Any, where: str) -> UserEntry:
    if raw is None:
        raw = {}
    if not isinstance(raw, dict):
        raise InputError(where, "an entry must be a mapping (aliases, country, sector, label, roles)")
    unknown = sorted(set(raw) - _KEYS)
    if unknown:
        raise InputError(where, f"unknown key {unknown[0]!r} (known: {', '.join(sorted(_KEYS))})")
    aliases = raw.get("aliases", [name])
    if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
        raise InputError(where, "aliases must be a list of names")
    label = str(raw.get("label", "PER"))
    if label not in LABELS:
        raise InputError(where, f"label {label!r} is not one of {', '.join(sorted(LABELS))}")
    country = _country(raw.get("country"), where)
    return UserEntry(
        name=name,
        aliases=tuple(aliases),
        country=country,
        sector=_sector(raw.get("sector"), where),
        label=label,
        wikidata=_string(raw.get("wikidata"), where, "wikidata"),
        roles=dated_roles(raw.get("roles", []), country, where),
    )


def dated_roles(roles_raw: object, country: str | None, where: str) -> tuple[DatedRole, ...]:
    """The dated roles of one entry (`country`: the entry's, for roles that give none)."""
    if not isinstance(roles_raw, list):
        raise InputError(where, "roles must be a list of {sector, country, from, to}")
    roles = []
    for n, role in enumerate(roles_raw, start=1):
        at = f"{where}, role {n}"
        if not isinstance(role, dict) or not set(role) <= {"sector", "country", "from", "to"}:
            raise InputError(at, "a role is a mapping of sector, country, from, to")
        dated = DatedRole(
            _country(role.get("country"), at) or country,
            _sector(role.get("sector"), at),
            _day(role.get("from"), at),
            _day(role.get("to"), at),
        )
        if dated.start and dated.end and dated.end < dated.start:
            raise InputError(at, f"ends ({dated.end}) before it begins ({dated.start})")
        roles.append(dated)
    return tuple(roles)


def read_entries(text: str, where: str) -> list[UserEntry]:
    """The entries of a dictionary's text; a bad text or entry is an InputError naming `where`."""
    try:
        loaded = load_yaml(text)
    except (yaml.YAMLError, ValueError) as err:  # ValueError: a day like 2020-13-01
        raise InputError(where, f"not a YAML actor dictionary ({err})") from err
    if loaded is None:
        return []
    if not isinstance(loaded, dict):
        raise InputError(where, "expected a mapping of names to entries")
    return [_entry(str(name), raw, f"{where}: {name}") for name, raw in loaded.items()]


def read_table(text: str, where: str) -> list[UserEntry]:
    """The entries of a dictionary as a table (the imported Phoenix actors, `phoenix.tsv`): name,
    aliases joined by " | ", country, sector, label, roles joined by "; " as
    ``SECTOR[/COUNTRY] FROM..TO``; checked as the YAML entries are."""
    lines = [ln for ln in text.splitlines() if ln and not ln.startswith("#")]
    entries = []
    for n, row in enumerate(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE), start=2):
        at = f"{where}: row {n} ({row.get('name')})"
        roles = []
        for role in filter(None, (r.strip() for r in (row.get("roles") or "").split(";"))):
            code, _, span = role.partition(" ")
            sector, _, country = code.partition("/")
            start, sep, end = span.partition("..")
            if not sep:
                raise InputError(at, f"role {role!r} is not SECTOR[/COUNTRY] FROM..TO")
            roles.append({"sector": sector, "country": country or None, "from": start or None, "to": end or None})
        raw = {
            "aliases": [a.strip() for a in (row.get("aliases") or "").split("|")],
            "country": row.get("country") or None,
            "sector": row.get("sector") or None,
            "label": row.get("label") or "PER",
            "roles": roles,
        }
        entries.append(_entry(row.get("name") or "", raw, at))
    return entries


def read_dictionary(path: Path) -> list[UserEntry]:
    """The entries of one user dictionary (YAML; a PETRARCH/Phoenix ``.txt`` actor file); a bad
    file or entry is an InputError naming it."""
    if path.suffix.lower() == ".txt":
        from .phoenix import read_phoenix

        return read_phoenix(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as err:
        raise InputError(str(path), f"cannot read the actor dictionary ({err.strerror})") from err
    except UnicodeDecodeError as err:
        raise InputError(str(path), f"not a YAML actor dictionary ({err})") from err
    return read_entries(text, str(path))


_SPAN_YEARS = {"decade": 10, "century": 100}


def _first_day(start: str) -> date:
    """The first day of an ISO date as the output writes it ("19": a century, "199": a decade)."""
    parts = start[:10].split("-")
    year = int(parts[0]) * {2: 100, 3: 10}.get(len(parts[0]), 1)
    return date(year, int(parts[1]) if len(parts) > 1 else 1, int(parts[2]) if len(parts) > 2 else 1)


def _last_day(start: str, precision: str) -> date:
    first = _first_day(start)
    if precision in ("year", *_SPAN_YEARS) or len(start) <= 4:
        return date(first.year + _SPAN_YEARS.get(precision, 1) - 1, 12, 31)
    if precision == "month" or len(start) == 7:
        following = date(first.year + first.month // 12, first.month % 12 + 1, 1)
        return date.fromordinal(following.toordinal() - 1)
    return first


def event_day(when: EventDate) -> str | None:
    """The day a dated role is looked up on: the middle of the event's date span ("2017", a
    year: 2 July 2017; "Januari 2017": 16 January), the day itself for day-precise dates."""
    try:
        first = _first_day(when.start)
        last = _last_day(when.end or when.start, when.precision)
    except ValueError:
        return None
    return date.fromordinal((first.toordinal() + max(first, last).toordinal()) // 2).isoformat()


def apply_dated_roles(events: list[Any], reference_day: str | None) -> None:
    """Code each event's parties by the dated roles of their dictionary entries: the role that
    holds on the event's day (the middle of its date span; an undated event: `reference_day`)
    sets sector and country. A party whose entry has no role on that day keeps its coding."""
    from .lexicon import lexicon

    dated = lexicon().dated
    if not dated:
        return
    for event in events:
        day = event_day(event.date) if event.date is not None else reference_day
        if not day:
            continue
        for party in [*event.actor, *event.recipient]:
            roles = dated.get(party.name or "")
            role = next((r for r in roles or () if r.holds_on(day)), None)
            if role is not None:
                party.sector = role.sector or party.sector
                party.country = role.country or party.country


def use_dictionaries(paths: list[Path]) -> None:
    """Put the user dictionaries `paths` in force for this process and the workers it starts
    (checked now: a bad file is an InputError before any document is read)."""
    from . import reset

    for path in paths:
        read_dictionary(path)
    value = os.pathsep.join(str(p.resolve()) for p in paths)
    if os.environ.get(ENV, "") != value:  # the same files again: the compiled dictionary stands
        os.environ[ENV] = value
        reset()
