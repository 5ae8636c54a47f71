"""The place stage's policy (`places/data/policy.yaml`): choices that no language changes."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from ..typed_data import packaged


@dataclass(frozen=True, slots=True)
class PlacePolicy:
    #: the country the texts are mostly about (ISO 3166-1 alpha-3)
    home_country: str


@cache
def place_policy() -> PlacePolicy:
    """The place stage's policy (read once)."""
    return packaged(PlacePolicy, "places/data/policy.yaml")
