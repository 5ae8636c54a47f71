"""The marker vocabulary of the event judge, from `learned/data/markers.yaml`.

These are the tokens the judge was trained with: its weights are tied to these exact strings,
so changing one requires retraining the judge (``python -m peristiwa.training``).
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from functools import cache
from importlib import resources

from ..errors import ResourceError
from ..resources import YAMLError, load_yaml

_FILE = "learned/data/markers.yaml"


@dataclass(frozen=True, slots=True)
class Pair:
    """The markers for the same and for another value than the earlier candidate's."""

    same: str
    other: str


@dataclass(frozen=True, slots=True)
class Markers:
    """The judge's marker tokens (see `learned/data/markers.yaml` for what each one marks)."""

    type_prefix: str
    trigger_prefix: str
    mode_prefix: str
    actor_prefix: str
    recipient_prefix: str
    no_sector: str
    no_actor: str
    no_recipient: str
    dated: str
    undated: str
    negated: str
    first: str
    repeat: str
    same_sentence: str
    near: str
    far: str
    count_prefix: str
    same_trigger: str
    no_dates: str
    one_date: str
    same_date: str
    other_date: str
    same_figures: str
    same_actor: Pair
    same_recipient: Pair
    same_place: Pair


@cache
def markers() -> Markers:
    """The marker vocabulary (read once)."""
    try:
        raw = load_yaml((resources.files("peristiwa") / _FILE).read_text(encoding="utf-8"))
    except (OSError, YAMLError) as err:
        raise ResourceError(_FILE, str(err)) from err
    if not isinstance(raw, dict):
        raise ResourceError(_FILE, "expected a mapping")
    values: dict[str, str | Pair] = {}
    for f in fields(Markers):
        value = raw.get(f.name)
        if f.type == "Pair" and isinstance(value, list) and len(value) == 2:
            values[f.name] = Pair(str(value[0]), str(value[1]))
        elif f.type == "str" and isinstance(value, str):
            values[f.name] = value
        else:
            raise ResourceError(_FILE, f"{f.name}: expected {'[same, other]' if f.type == 'Pair' else 'a string'}")
    return Markers(**values)  # type: ignore[arg-type]
