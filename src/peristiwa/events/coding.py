"""Derived codes (ACLED, CAMEO) from mapping tables, and the confidence of an event."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from ..errors import ResourceError
from ..resources import load_yaml
from ..spans import Event


@lru_cache(maxsize=1)
def _tables() -> dict[str, Any]:
    path = resources.files(__package__) / "data" / "coding.yaml"
    try:
        loaded = load_yaml(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as err:
        raise ResourceError("events/data/coding.yaml", str(err)) from err
    if not isinstance(loaded, dict):
        raise ResourceError("events/data/coding.yaml", "expected a mapping")
    return loaded


def _lookup(table: dict[str, Any], event: Event) -> Any:
    """The value of the table's first "TYPE/mode" key for one of the event's modes (the table's
    order ranks modes: a riot before a demonstration), else of "TYPE", else "default"."""
    keys = {f"{event.event_type}/{mode}" for mode in event.mode}
    for key, value in table.items():
        if key in keys:
            return value
    return table[event.event_type] if event.event_type in table else table.get("default")


def acled_codes(event: Event) -> dict[str, str] | None:
    """ACLED event_type and sub_event_type for the event's type and modes."""
    found = _lookup(_tables()["acled"], event)
    if not found:
        return None
    return {"event_type": str(found[0]), "sub_event_type": str(found[1])}


def cameo_code(event: Event) -> str | None:
    """The CAMEO code for the event's type and modes."""
    found = _lookup(_tables()["cameo"], event)
    return str(found) if found is not None else None


@lru_cache(maxsize=1)
def _goldstein() -> dict[str, float]:
    path = resources.files(__package__) / "data" / "goldstein.tsv"
    table: dict[str, float] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#") and not line.startswith("cameo"):
            code, value = line.split("\t")
            table[code] = float(value)
    return table


def goldstein(code: str | None) -> float | None:
    """The Goldstein scale value (-10 conflict … +10 cooperation) of a CAMEO event code, from
    GDELT's table (`data/goldstein.tsv`); a code the table lacks takes its parent's."""
    table = _goldstein()
    while code:
        if code in table:
            return table[code]
        code = code[:-1] if len(code) > 2 else ""
    return None


@lru_cache(maxsize=1)
def _quad_classes() -> dict[str, int]:
    path = resources.files(__package__) / "data" / "quad_class.tsv"
    lines = [ln.split("\t") for ln in path.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
    return {root: int(quad) for root, quad, *_ in lines[1:]}


def quad_class(code: str | None) -> int | None:
    """GDELT's QuadClass (1 verbal cooperation … 4 material conflict) of a CAMEO event code, by
    its root (`data/quad_class.tsv`)."""
    return _quad_classes().get(code[:2]) if code else None


def confidence(event: Event, *, mentions: int, voice: str) -> float:
    """A 0–1 score from the evidence: verbal trigger, parties found, date, repeated mentions."""
    score = 0.35
    score += 0.15 if voice in ("active", "passive", "stative", "middle", "phrase") else 0.05
    score += 0.15 if event.actor else 0.0
    score += 0.05 if event.recipient else 0.0
    score += 0.1 if event.date else 0.0
    score += 0.05 if event.locations else 0.0
    score += min(0.1, 0.05 * (mentions - 1))
    return min(round(score, 3), 0.95)
