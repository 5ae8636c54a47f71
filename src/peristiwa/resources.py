"""Reading the packaged YAML data: through libyaml's C parser when PyYAML has it (about ten times
faster than the pure-Python one; the data files are read at start-up), else the Python parser.
Both are PyYAML's safe loaders and build the same objects."""

from __future__ import annotations

from typing import Any

import yaml

try:
    _LOADER: Any = yaml.CSafeLoader
except AttributeError:  # PyYAML built without libyaml
    _LOADER = yaml.SafeLoader

YAMLError = yaml.YAMLError


def load_yaml(text: str) -> Any:
    """The data of one YAML document, by the safe loader (no Python objects)."""
    return yaml.load(text, Loader=_LOADER)
