"""The quantity stage's language data: YAML tables under `data/`, loaded lazily and cached."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from importlib import resources
from typing import Any

import yaml

from ..errors import ResourceError
from ..resources import load_yaml
from ..spans import CasualtyKind

KINDS: tuple[CasualtyKind, ...] = ("killed", "injured", "missing", "arrested", "displaced", "abducted")


@cache
def table(name: str) -> dict[str, Any]:
    """One YAML file of `data/` as a mapping."""
    where = f"quantities/data/{name}.yaml"
    try:
        path = resources.files(__package__) / "data" / f"{name}.yaml"
        loaded = load_yaml(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as err:
        raise ResourceError(where, str(err)) from err
    if not isinstance(loaded, dict):
        raise ResourceError(where, "expected a mapping at top level")
    return loaded


def words(name: str, key: str) -> list[str]:
    """A word list of a table, lowercased."""
    return [str(w).lower() for w in table(name)[key]]


def alternation(items: Iterable[str]) -> str:
    """A regex alternation of literal words, longest first, spaces matching any whitespace."""
    unique = sorted({w for w in items if w}, key=lambda w: (-len(w), w))
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in unique)
