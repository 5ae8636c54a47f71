"""Regions several countries hold or claim (`places/data/shared_regions.yaml`)."""

from __future__ import annotations

from functools import cache
from importlib import resources

from ..loading import while_loading
from ..resources import load_yaml

__all__ = ["shared_regions"]


@cache
@while_loading
def shared_regions() -> dict[str, tuple[str, ...]]:
    """Gazetteer id of a shared region → the countries that hold or claim it."""
    path = resources.files("peristiwa.places") / "data" / "shared_regions.yaml"
    raw = load_yaml(path.read_text(encoding="utf-8"))
    return {str(key): tuple(str(c) for c in value) for key, value in raw["regions"].items()}
