"""PETRARCH/Phoenix (TABARI) actor dictionaries: reading them and coding their CAMEO codes as
PLOVER country and sector (`data/cameo_codes.tsv`).

A Phoenix file lists an actor's name at the start of a line (words joined by "_"), its aliases
on "+" lines and its roles as ``[CODE]`` or ``[CODE FROM-TO]`` (``>FROM``: from then on,
``<TO``: until then; days YYMMDD, 00–30 read as 20YY as in TABARI/PETRARCH, or YYYYMMDD) on the
name's line or on indented lines after it::

    SUSILO_BAMBANG_YUDHOYONO_
    +SBY_
        [IDNGOVMIL 030101-040331]
        [IDNGOV >041020]
        [IDNELI]

The undated role is the actor's coding outside the dated ones. `scripts/import_phoenix.py`
selects the packaged `phoenix.tsv` with these functions; `read_phoenix` reads a user's own
Phoenix file given to ``--actors`` (a ``.txt`` file).
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from importlib import resources
from pathlib import Path

from ..errors import InputError
from .user import DatedRole, UserEntry

_CODE = re.compile(r"\[([^\]]*)\]")


@dataclass(frozen=True, slots=True)
class PhoenixRole:
    code: str
    start: str | None
    end: str | None
    open_ended: bool = False  # ">YYMMDD": the file did not know the end


@dataclass(slots=True)
class PhoenixEntry:
    name: str
    source: str
    aliases: list[str] = field(default_factory=list)
    roles: list[PhoenixRole] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Coding:
    country: str | None
    sector: str | None


def phoenix_day(raw: str) -> str | None:
    """An ISO day of a Phoenix day: YYYYMMDD, or YYMMDD with 00–30 read as 20YY."""
    try:
        if len(raw) == 8 and raw.isdigit():
            return date(int(raw[:4]), int(raw[4:6]), int(raw[6:])).isoformat()
        if len(raw) == 6 and raw.isdigit():
            yy = int(raw[:2])
            return date(2000 + yy if yy <= 30 else 1900 + yy, int(raw[2:4]), int(raw[4:])).isoformat()
    except ValueError:
        return None
    return None


def _role(text: str) -> PhoenixRole | None:
    parts = text.split()
    if not parts or not re.fullmatch(r"[A-Z]{3,}", parts[0]):
        return None  # [---], [~GOV] (agents), typos
    code = parts[0]
    if len(parts) == 1:
        return PhoenixRole(code, None, None)
    span = "".join(parts[1:])
    if span.startswith(">"):
        start = phoenix_day(span[1:])
        return PhoenixRole(code, start, None, True) if start else None
    if span.startswith("<"):
        end = phoenix_day(span[1:])
        return PhoenixRole(code, None, end) if end else None
    first, _, last = span.partition("-")
    start, end = phoenix_day(first), phoenix_day(last)
    return PhoenixRole(code, start, end) if start and end and start <= end else None


def phrase(raw: str) -> str:
    """Words of a Phoenix name, brackets left out ("JEMAAH_ISLAMIYA_(JI)_" → "JEMAAH ISLAMIYA")."""
    return " ".join(p for p in re.sub(r"\(([^)]*)\)", " ", raw).replace(" ", "_").split("_") if p)


def _names(raw: str) -> list[str]:
    """A Phoenix name and the acronym it gives in brackets ("JEMAAH_ISLAMIYA_(JI)_")."""
    return [n for n in (phrase(raw), *(phrase(a) for a in re.findall(r"\(([^)]*)\)", raw))) if n]


def parse_phoenix(text: str, source: str) -> list[PhoenixEntry]:
    """The entries of a Phoenix/TABARI actor file's text; '#' starts a comment. Roles that
    cannot be read ([---], a day like 2004017) are left out."""
    entries: list[PhoenixEntry] = []
    for line in text.splitlines():
        body = line.split("#", 1)[0]
        if not body.strip():
            continue
        roles = [r for r in (_role(m) for m in _CODE.findall(body)) if r is not None]
        words = _CODE.sub(" ", body).strip()
        if body[0] in " \t":
            if entries:
                entries[-1].roles.extend(roles)
        elif body[0] == "+":
            if entries:
                entries[-1].aliases.extend(_names(words[1:]))
        else:
            names = _names(re.sub(r"\{[^}]*\}", " ", words))
            if names:
                entries.append(PhoenixEntry(names[0], source, names, roles))
    return entries


def _rows(name: str) -> list[dict[str, str]]:
    text = resources.files("peristiwa.actors").joinpath("data", name).read_text(encoding="utf-8")
    return list(csv.DictReader((ln for ln in text.splitlines() if not ln.startswith("#")), delimiter="\t"))


@lru_cache(maxsize=1)
def _table() -> tuple[dict[str, dict[str, str]], frozenset[str]]:
    return {r["cameo"]: r for r in _rows("cameo_codes.tsv")}, frozenset(r["iso3"] for r in _rows("countries.tsv"))


@lru_cache(maxsize=1)
def _particles() -> frozenset[str]:
    text = resources.files("peristiwa.actors").joinpath("data", "name_particles.txt").read_text(encoding="utf-8")
    return frozenset(ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#"))


def iso3_codes() -> frozenset[str]:
    """The ISO 3166 alpha-3 codes that a CAMEO code's country part is read as."""
    return _table()[1]


def cameo_coding(code: str) -> Coding:
    """PLOVER country and sector of a CAMEO actor code ("IDNGOVMIL" → IDN, GOV): the country
    part, then the first part with a sector (cameo_codes.tsv)."""
    table, iso3 = _table()
    parts = [code[i : i + 3] for i in range(0, len(code) - len(code) % 3, 3)]
    country: str | None = None
    sector: str | None = None
    default_sector: str | None = None
    for n, part in enumerate(parts):
        row = table.get(part)
        if n == 0 and part in iso3 and (row is None or row["kind"] == "country"):
            country = part
        elif row is None:
            continue
        elif row["kind"] == "country" and n == 0:
            country = row["country"]
        elif row["kind"] == "nonstate" and (n == 0 or country in ("IGO", None)):
            country = row["country"] or country  # IGOUNO: the UN; IGOEUREEC: the EU
            default_sector = default_sector or row["sector"] or None
        elif row["kind"] == "sector" and sector is None:
            if country == "IMG" and row["sector"] == "REL":
                continue  # IMGSEAMUS: a Muslim militant group, not a religious body
            sector = row["sector"]
    return Coding(country, sector or default_sector)


def display_name(alias: str, *, acronym: bool = False) -> str:
    """A Phoenix name in capitals written as a name ("OSAMA BIN LADEN" → "Osama bin Laden");
    `acronym`: kept as written ("UNICEF")."""
    if acronym:
        return alias.replace(".", "") if alias.count(".") > 1 else alias
    out = []
    for n, word in enumerate(alias.split()):
        low = word.lower()
        if n and re.fullmatch(r"[ivx]+", low):  # Elizabeth II
            out.append(word.upper())
        elif n and low in _particles():
            out.append(low)
        else:
            pieces = re.split(r"([\-'’.])", low)
            written = "".join(
                p if p in "-'’." or (i and pieces[i - 1] in "'’" and len(p) == 1) else p[:1].upper() + p[1:]
                for i, p in enumerate(pieces)
            )
            if n and len(pieces) > 2 and pieces[1] == "-" and pieces[0] in _particles():
                written = pieces[0] + written[len(pieces[0]) :]  # "Ayman al-Zawahiri"
            out.append(written)
    return " ".join(out)


def phoenix_roles(entry: PhoenixEntry, *, known_until: str | None = None) -> tuple[Coding, list[DatedRole]]:
    """The entry's own coding (its undated role; else ELI, CAMEO's former officials, for a
    person whose roles are all dated) and its dated roles in time order, overlapping roles of
    one coding joined. `known_until`: the day the file was compiled, which closes roles left
    open (">041020") since it cannot know when they ended."""
    undated = [cameo_coding(r.code) for r in entry.roles if not (r.start or r.end)]
    dated = [(r, cameo_coding(r.code)) for r in entry.roles if r.start or r.end]
    countries = Counter(c.country for _, c in dated if c.country)
    home = countries.most_common(1)[0][0] if countries else None
    own = undated[0] if undated else Coding(home, "ELI")
    if own.country is None:
        own = Coding(home, own.sector)
    roles: list[DatedRole] = []
    for r, c in sorted(dated, key=lambda rc: (rc[0].start or "", rc[0].end or "9")):
        end = min(r.end or known_until, known_until) if r.open_ended and known_until else r.end
        if (r.start and end and end < r.start) or c == own:
            continue  # began after the file was compiled, or the entry's own coding
        role = DatedRole(c.country or own.country, c.sector, r.start, end)
        same = [o for o in roles if (o.sector, o.country) == (role.sector, role.country)]
        last = same[-1] if same else None
        if last is not None and last.end is not None and (role.start or "") <= _next_day(last.end):
            joined = DatedRole(
                last.country, last.sector, last.start, None if role.end is None else max(last.end, role.end)
            )
            roles[roles.index(last)] = joined
        elif role not in roles:
            roles.append(role)
    return own, roles


def _next_day(day: str) -> str:
    return date.fromordinal(date.fromisoformat(day).toordinal() + 1).isoformat()


def read_phoenix(path: Path) -> list[UserEntry]:
    """A user's own Phoenix/TABARI actor file as dictionary entries: every entry with a role,
    names written out of capitals, roles as dated (open roles stay open: the user's file is
    current); an entry with a dated role is a person (PER), one without an organisation (ORG)."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise InputError(str(path), f"cannot read the Phoenix actor dictionary ({err})") from err
    out = []
    for entry in parse_phoenix(text, path.name):
        if not entry.roles:
            continue
        own, roles = phoenix_roles(entry)
        if own.sector is None and not roles:
            raise InputError(f"{path}: {entry.name}", "no CAMEO code gives a PLOVER sector (cameo_codes.tsv)")
        aliases = tuple(dict.fromkeys(display_name(a) for a in entry.aliases))
        label = "PER" if any(r.start or r.end for r in entry.roles) else "ORG"  # offices are dated, bodies not
        out.append(UserEntry(aliases[0], aliases, own.country, own.sector, label, None, tuple(roles)))
    return out
