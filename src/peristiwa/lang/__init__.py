"""The language packages: one folder per language (`lang/id/` for Indonesian), each stage's
language data (words, phrases, templates, morphology) in a subfolder named for the stage
(`lang/id/times/calendar.yaml`). Policy and world data (PLOVER/ACLED/CAMEO choices, gazetteers,
dictionaries of names) stay in the stage's own `data/` folder. A second language is a second
folder beside `id/`, with the same stage subfolders and file names."""

from __future__ import annotations

from importlib import resources
from importlib.resources.abc import Traversable
from typing import Any

from ..errors import ResourceError
from ..resources import YAMLError, load_yaml

#: the language of the packaged data when a caller names none
LANGUAGE = "id"


def data_name(stage: str, name: str, language: str = LANGUAGE) -> str:
    """The file `name` of `stage`'s language data as errors name it: "lang/id/times/calendar.yaml"."""
    return f"lang/{language}/{stage}/{name}"


def data_path(stage: str, name: str, language: str = LANGUAGE) -> Traversable:
    """The packaged file `name` of `stage`'s language data in `language` (`lang/id/times/calendar.yaml`)."""
    return resources.files(__package__).joinpath(language, stage, name)


def data_text(stage: str, name: str, language: str = LANGUAGE) -> str:
    """The text of the file `name` of `stage`'s language data."""
    try:
        return data_path(stage, name, language).read_text(encoding="utf-8")
    except OSError as err:
        raise ResourceError(data_name(stage, name, language), str(err)) from err


def data_yaml(stage: str, name: str, language: str = LANGUAGE) -> Any:
    """The data of the YAML file `name` of `stage`'s language data, by the safe loader."""
    text = data_text(stage, name, language)
    try:
        return load_yaml(text)
    except YAMLError as err:
        raise ResourceError(data_name(stage, name, language), str(err)) from err


def data_mapping(stage: str, name: str, language: str = LANGUAGE) -> dict[str, Any]:
    """The YAML file `name` of `stage`'s language data, which must be a mapping."""
    loaded = data_yaml(stage, name, language)
    if not isinstance(loaded, dict):
        raise ResourceError(data_name(stage, name, language), "expected a mapping at top level")
    return loaded
