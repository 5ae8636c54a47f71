"""The quantity stage's language data: YAML tables of the language package (`lang/id/quantities/`),
loaded lazily and cached."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from ..lang import data_mapping, language_cache
from ..spans import CasualtyKind
from ..typed_data import packaged
from ..wordtrie import alternation as alternation  # re-exported: the stage's patterns import it here

KINDS: tuple[CasualtyKind, ...] = ("killed", "injured", "missing", "arrested", "displaced", "abducted")


@dataclass(frozen=True, slots=True)
class QuantityPolicy:
    """The stage's choices that no language changes (`quantities/data/policy.yaml`)."""

    #: four-digit numbers in this range written without separator are years
    year_range: tuple[int, ...]


@cache
def policy() -> QuantityPolicy:
    """The stage's policy (read once)."""
    return packaged(QuantityPolicy, "quantities/data/policy.yaml")


@language_cache
def table(name: str) -> dict[str, Any]:
    """One YAML file of the stage's language data as a mapping."""
    return data_mapping("quantities", f"{name}.yaml")


def words(name: str, key: str) -> list[str]:
    """A word list of a table, lowercased."""
    return [str(w).lower() for w in table(name)[key]]
