"""The marker vocabulary of the event judge, from `learned/data/markers.yaml`.

These are the tokens the judge was trained with: its weights are tied to these exact strings,
so changing one requires retraining the judge (``python -m peristiwa.training events``).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from ..typed_data import packaged


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
    lead: str


@cache
def markers() -> Markers:
    """The marker vocabulary (read once)."""
    return packaged(Markers, "learned/data/markers.yaml")
