"""The actor dictionary: packaged data files compiled into token n-gram tables.

Every alias is tokenised like the text (`peristiwa.tokens`, word tokens) and stored under its lower-cased token
tuple. Acronym-like aliases ("AS", "MA", "MIT") only match the same capitalisation; other
aliases that start with a capital letter only match text that does too, so that common
words do not turn into names ("antara", "istana").
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from ..errors import InputError, ResourceError
from ..lang import data_yaml, language_cache
from ..resources import load_yaml
from ..tokens import Lexicon, Token, tokenize, unquote, words
from .user import DatedRole, dated_roles, dictionary_paths, read_dictionary, read_table

_DICT_FILES = ("organisations.yaml", "groups.yaml", "indonesia.yaml", "metonyms.yaml", "persons.yaml")
_DEFAULT_LABEL = {"persons.yaml": "PER", "indonesia.yaml": "ORG", "organisations.yaml": "ORG", "groups.yaml": "ORG"}
_DEFAULT_COUNTRY = {"indonesia.yaml": "IDN"}
# Imported by scripts/import_phoenix.py (PETRARCH2's Phoenix dictionaries); read after the
# hand-written files, whose aliases win.
_IMPORTED = "phoenix.tsv"


@dataclass(frozen=True, slots=True)
class Code:
    """How an actor is coded: canonical name, country, sector, Wikidata id and NER label."""

    name: str | None
    country: str | None
    sector: str | None
    label: str
    wikidata_id: str | None = None


@lru_cache(maxsize=65536)
def key_of(text: str) -> tuple[str, ...]:
    """The key of an alias: its word tokens' keys (punctuation left out, as in the text)."""
    return tuple(t.lower for t in words(tokenize(text)))


def _acronym(alias: str) -> bool:
    letters = [c for c in alias if c.isalpha()]
    return len(letters) <= 6 and sum(c.isupper() for c in letters) >= 2


@dataclass(slots=True)
class Alias:
    """One dictionary alias: its surface form and what it codes to."""

    surface: tuple[str, ...]
    code: Code
    exact_case: bool
    capital: bool

    def matches(self, toks: list[Token]) -> bool:
        if self.exact_case:
            return tuple(unquote(t.text) for t in toks) == self.surface
        return not self.capital or toks[0].capitalised


@dataclass(slots=True)
class ActorDictionary:
    """The compiled actor dictionary: names, and the compositional tables of `roles.yaml`."""

    names: Lexicon[Alias]
    titles: Lexicon[dict[str, Any]]
    roles: Lexicon[dict[str, Any]]
    peoples: Lexicon[dict[str, Any]]
    org_heads: Lexicon[dict[str, Any]]
    regions: Lexicon[str]
    title_words: frozenset[str]
    modifiers: dict[str, dict[str, Any]]
    #: canonical name → the roles a user dictionary dates for it (`actors.user`)
    dated: dict[str, tuple[DatedRole, ...]] = field(default_factory=dict)


def _read_yaml(name: str) -> Any:
    try:
        text = resources.files("peristiwa.actors").joinpath("data", name).read_text(encoding="utf-8")
        return load_yaml(text)
    except (OSError, yaml.YAMLError) as exc:
        raise ResourceError(f"actors/data/{name}", str(exc)) from exc


#: an alias of ASCII letters and single spaces: the tokenizer splits it at its spaces and nowhere
#: else (no affix or exception rule acts on letters alone; `tests/test_actors.py` checks every
#: packaged alias), so it is split here without the tokenizer — 94 % of the aliases, a third of the
#: dictionary's build time on the first document
_PLAIN = re.compile(r"[A-Za-z]+(?: [A-Za-z]+)*")


def alias_words(alias: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The words of an alias as the tokenizer gives them (punctuation left out), and their keys."""
    if _PLAIN.fullmatch(alias):
        surface = alias.split(" ")
        return tuple(surface), tuple(w.lower() for w in surface)
    toks = words(tokenize(alias))
    return tuple(t.text for t in toks), tuple(t.lower for t in toks)


def _add_alias(table: Lexicon[Alias], alias: str, code: Code) -> None:
    alias = unquote(alias)
    surface, keys = alias_words(alias)
    if surface:
        table.add(keys, Alias(surface, code, _acronym(alias), alias[:1].isupper()))


def _countries(table: Lexicon[Alias]) -> None:
    raw = resources.files("peristiwa.actors").joinpath("data", "countries.tsv").read_text(encoding="utf-8")
    rows = [r for r in csv.DictReader((ln for ln in raw.splitlines() if not ln.startswith("#")), delimiter="\t")]
    extras: dict[str, dict[str, Any]] = _read_yaml("country_extras.yaml") or {}
    for row in rows:
        iso3 = row["iso3"]
        extra = extras.get(iso3, {})
        code = Code(extra.get("name", row["name"]), iso3, "GOV", "GPE", extra.get("wikidata"))
        drop = set(extra.get("drop", []))
        # in sorted order: aliases that differ only in case ("Eswatini", "eSwatini") share a key, whose
        # values keep the order they were added in, which a set's order would make the hash seed's
        for alias in sorted({row["name_id"], row["name"], *extra.get("aliases", [])} - drop):
            _add_alias(table, alias, code)


def _table(entries: dict[str, Any]) -> Lexicon[dict[str, Any]]:
    table: Lexicon[dict[str, Any]] = Lexicon()
    for phrase, value in entries.items():
        table.add(key_of(phrase), value or {})
    return table


@language_cache
def lexicon() -> ActorDictionary:
    """The compiled dictionary (read once)."""
    names: Lexicon[Alias] = Lexicon()
    # canonical name → its dated roles; the first dictionary that names an actor decides them
    dated: dict[str, tuple[DatedRole, ...]] = {}
    for path in dictionary_paths():  # a user's entries first: their aliases win
        for user in read_dictionary(path):
            code = Code(user.name, user.country, user.sector, user.label, user.wikidata)
            for alias in user.aliases:
                _add_alias(names, alias, code)
            dated.setdefault(user.name, user.roles)
    _countries(names)
    for file in _DICT_FILES:
        for canonical, entry in (_read_yaml(file) or {}).items():
            code = Code(
                canonical,
                entry.get("country", _DEFAULT_COUNTRY.get(file)),
                entry.get("sector"),
                entry.get("label", _DEFAULT_LABEL.get(file, "ORG")),
                entry.get("wikidata"),
            )
            for alias in entry.get("aliases", [canonical]):
                _add_alias(names, str(alias), code)
            if "roles" in entry:
                dated.setdefault(canonical, _packaged_roles(file, canonical, entry["roles"], code.country))
    for imported in _imported():
        code = Code(imported.name, imported.country, imported.sector, imported.label, imported.wikidata)
        for alias in imported.aliases:
            _add_alias(names, alias, code)
        dated.setdefault(imported.name, imported.roles)
    roles = data_yaml("actors", "roles.yaml")
    regions: Lexicon[str] = Lexicon()
    for region in roles["regions"]:
        regions.add(key_of(region), region)
    return ActorDictionary(
        names=names,
        titles=_table(roles["titles"]),
        roles=_table(roles["roles"]),
        peoples=_table(roles["peoples"]),
        org_heads=_table(roles["org_heads"]),
        regions=regions,
        title_words=frozenset(roles["title_words"]),
        modifiers={k: v or {} for k, v in roles["modifiers"].items()},
        dated={name: roles for name, roles in dated.items() if roles},
    )


def _packaged_roles(file: str, name: str, roles: object, country: str | None) -> tuple[DatedRole, ...]:
    try:
        return dated_roles(roles, country, f"actors/data/{file}: {name}")
    except InputError as err:
        raise ResourceError(f"actors/data/{file}", str(err)) from err


def _imported() -> list[Any]:
    text = resources.files("peristiwa.actors").joinpath("data", _IMPORTED).read_text(encoding="utf-8")
    try:
        return read_table(text, f"actors/data/{_IMPORTED}")
    except InputError as err:
        raise ResourceError(f"actors/data/{_IMPORTED}", str(err)) from err


def lookup_name(toks: list[Token], i: int) -> tuple[int, Code] | None:
    """The longest dictionary name at token `i` whose case fits: (token count, code)."""
    names = lexicon().names
    lens = names.lengths.get(toks[i].lower) if i < len(toks) else None
    if not lens:
        return None
    for n in lens:
        if i + n > len(toks):
            continue
        span = toks[i : i + n]
        for alias in names.entries.get(tuple(t.lower for t in span), ()):
            if alias.matches(span):
                return n, alias.code
    return None
