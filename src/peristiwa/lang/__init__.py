"""The language packages: one folder per language (`lang/id/` for Indonesian), each stage's
language data (words, phrases, templates, morphology) in a subfolder named for the stage
(`lang/id/times/calendar.yaml`). Policy and world data (PLOVER/ACLED/CAMEO choices, gazetteers,
dictionaries of names) stay in the stage's own `data/` folder and are shared by every language.

Every file has a JSON Schema (draft 2020-12): a language file's in `lang/schemas/<stage>/`, the
same for every language (`lang/schemas/times/calendar.yaml.schema.json`); a stage data file's
beside it (`events/data/policy.yaml.schema.json`). Each property says what it is with
`"x-kind"`: "language" (words, phrases, templates, and what a word means: the code it maps to,
the words a cue may stand apart from its head), "policy" (coding choices, thresholds, defaults)
or "world" (facts: countries, places, names of actors). The schemas are checked by the tests and
by `python -m peristiwa.lang check DIR`, not when a file is read.

The loaders read the active language (`active_language`), the packaged Indonesian unless a
stage selects another for its work: `with using_language("xx", lang_dir="/path/to/langs"): ...`,
where `lang_dir` holds `<language>/<stage>/<file>`. Loaders and the tables built from their data
are cached per language with `language_cache`.

Still bound to the first language a process uses (cached without `language_cache`, in modules
other work is changing): the clause words of `events/clauses.py`, the casualty group words of
`quantities/casualties.py`, the tokenizer of `peristiwa.tokens` (and `key_of`, with the actor
lexicon's `key_of`), and a loaded pipeline's tokenizer, built with the pipeline
(`pipeline.build.load_pipeline`): build it inside `using_language` too.

A stage takes its language from its configuration (`DEFAULT_CONFIG`: "language" and "lang_dir",
"" for the packaged defaults) and wraps its work: `with using_language(self.language,
self.lang_dir): ...`.

A second language:
1. copy `lang/id/` to `<lang_dir>/<code>/` (inside the package, or any directory);
2. translate each file, keeping its keys; `python -m peristiwa.lang check <lang_dir>/<code>`
   names each file or key that is missing, unknown or of the wrong type;
3. run the pipeline with the stages' `language` (and `lang_dir`) configuration set to it.
"""

from __future__ import annotations

from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

from ..errors import ResourceError
from ..resources import YAMLError, load_yaml
from .active import LANGUAGE, Language, active_language, language_cache, using_language

__all__ = [
    "DEFAULT_CONFIG",
    "LANGUAGE",
    "Language",
    "active_language",
    "data_lines",
    "data_mapping",
    "data_name",
    "data_path",
    "data_text",
    "data_yaml",
    "language_cache",
    "using_language",
]


#: a stage's configuration of its language: the packaged Indonesian
DEFAULT_CONFIG: dict[str, str] = {"language": LANGUAGE, "lang_dir": ""}


def _language(language: str | None) -> Language:
    active = active_language()
    return active if language is None or language == active.code else active._replace(code=language)


def data_name(stage: str, name: str, language: str | None = None) -> str:
    """The file `name` of `stage`'s language data as errors name it: "lang/id/times/calendar.yaml"
    (packaged), else its path under the configured language directory."""
    chosen = _language(language)
    where = "lang" if chosen.root is None else chosen.root.rstrip("/")
    return f"{where}/{chosen.code}/{stage}/{name}"


def data_path(stage: str, name: str, language: str | None = None) -> Traversable:
    """The file `name` of `stage`'s language data in `language` (the active language when None):
    `lang/id/times/calendar.yaml`."""
    chosen = _language(language)
    root: Traversable = resources.files(__package__) if chosen.root is None else Path(chosen.root)
    return root.joinpath(chosen.code, stage, name)


def data_text(stage: str, name: str, language: str | None = None) -> str:
    """The text of the file `name` of `stage`'s language data."""
    try:
        return data_path(stage, name, language).read_text(encoding="utf-8")
    except OSError as err:
        raise ResourceError(data_name(stage, name, language), str(err)) from err


def data_yaml(stage: str, name: str, language: str | None = None) -> Any:
    """The data of the YAML file `name` of `stage`'s language data, by the safe loader."""
    text = data_text(stage, name, language)
    try:
        return load_yaml(text)
    except YAMLError as err:
        raise ResourceError(data_name(stage, name, language), str(err)) from err


def data_mapping(stage: str, name: str, language: str | None = None) -> dict[str, Any]:
    """The YAML file `name` of `stage`'s language data, which must be a mapping."""
    loaded = data_yaml(stage, name, language)
    if not isinstance(loaded, dict):
        raise ResourceError(data_name(stage, name, language), "expected a mapping at top level")
    return loaded


def data_lines(stage: str, name: str, language: str | None = None) -> frozenset[str]:
    """The lines of a word list of `stage`'s language data, stripped, without blanks and "#" comments."""
    lines = (line.strip() for line in data_text(stage, name, language).splitlines())
    return frozenset(line for line in lines if line and not line.startswith("#"))
