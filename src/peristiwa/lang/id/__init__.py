"""Indonesian language data for peristiwa: abbreviations and tokenizer settings as data files."""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

from ...errors import ResourceError
from ...resources import load_yaml

_DATA = resources.files(__package__) / "data"


def data_text(name: str) -> str:
    """Text of a packaged language-data file."""
    try:
        return (_DATA / name).read_text(encoding="utf-8")
    except OSError as err:
        raise ResourceError(f"lang/id/data/{name}", str(err)) from err


@cache
def abbreviations() -> frozenset[str]:
    """Abbreviations that end with a period but never end a sentence."""
    lines = (ln.strip() for ln in data_text("abbreviations.txt").splitlines())
    return frozenset(ln for ln in lines if ln and not ln.startswith("#"))


@cache
def tokenizer_settings() -> dict[str, Any]:
    """The tokenizer's YAML settings."""
    loaded = load_yaml(data_text("tokenizer.yaml"))
    if not isinstance(loaded, dict):
        raise ResourceError("lang/id/data/tokenizer.yaml", "expected a mapping")
    return loaded


@cache
def stopwords() -> frozenset[str]:
    """Function words and verbs of saying: words that tell nothing of which event a text is about."""
    lines = (ln.strip() for ln in data_text("stopwords.txt").splitlines())
    return frozenset(ln for ln in lines if ln and not ln.startswith("#"))
