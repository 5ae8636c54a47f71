"""Every data file against its JSON Schema (draft 2020-12): the language files of a language folder
against `lang/schemas/<stage>/<file>.schema.json`, a stage's policy and world data against the
schema beside it (`events/data/policy.yaml.schema.json`). A schema's `x-format` says how a file
that is not YAML is read: "tsv" (rows as mappings of the header's, or `x-columns`', names to
strings; "#" lines are comments), "lines" (one entry a line, without blanks and "#" comments),
"words" (whitespace-separated); a ".gz" file is decompressed first.

The loaders do not validate (start-up stays as fast as it was): the tests and
`python -m peristiwa.lang check` do."""

from __future__ import annotations

import datetime
import gzip
import json
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError

from ..resources import YAMLError, load_yaml

SUFFIX = ".schema.json"
#: the package folder (`peristiwa/`), which holds `lang/` and the stages' `data/` folders
PACKAGE = Path(str(resources.files("peristiwa")))
LANG = PACKAGE / "lang"
LANGUAGE_SCHEMAS = LANG / "schemas"
KINDS = frozenset({"language", "policy", "world"})
#: a file of more rows than this is checked by fastjsonschema first, when it is installed
LARGE = 10_000


@dataclass(frozen=True, slots=True)
class Problem:
    """What is wrong with a data file: `key` is where in it ("months/1/0", "row 3: lat"; "" for
    the whole file)."""

    file: str
    key: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}: {self.key}: {self.message}" if self.key else f"{self.file}: {self.message}"


def load_schema(path: Path) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return loaded


def _plain(value: Any) -> Any:
    """YAML data as JSON data: keys as strings, dates as ISO strings."""
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, datetime.date):
        return value.isoformat()
    return value


def _text(path: Path) -> str:
    raw = path.read_bytes()
    return (gzip.decompress(raw) if path.name.endswith(".gz") else raw).decode("utf-8")


def _rows(text: str, columns: list[str] | None) -> list[dict[str, str]]:
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    if columns is None:
        columns, lines = lines[0].split("\t"), lines[1:]
    rows = []
    for line in lines:
        cells = line.split("\t")
        row = dict(zip(columns, cells, strict=False))
        row.update({f"column {n + 1}": cell for n, cell in enumerate(cells[len(columns) :], start=len(columns))})
        rows.append(row)
    return rows


def read_data(path: Path, schema: dict[str, Any]) -> Any:
    """The data of `path` as its schema's `x-format` reads it (YAML when it names none)."""
    text = _text(path)
    form = schema.get("x-format", "yaml")
    if form == "tsv":
        return _rows(text, schema.get("x-columns"))
    if form == "lines":
        return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]
    if form == "words":
        return text.split()
    return _plain(load_yaml(text))


def _where(error: ValidationError, tabular: bool) -> str:
    parts = [str(p) for p in error.absolute_path]
    if tabular and parts:
        return f"row {int(parts[0]) + 1}" + (f": {'/'.join(parts[1:])}" if parts[1:] else "")
    return "/".join(parts)


def problems(path: Path, schema: dict[str, Any], name: str) -> list[Problem]:
    """What in the file `path` (called `name` in the problems) breaks its schema."""
    try:
        data = read_data(path, schema)
    except (OSError, UnicodeDecodeError, YAMLError) as err:
        return [Problem(name, "", f"unreadable: {err}")]
    if isinstance(data, list) and len(data) > LARGE and _fast_valid(schema, data):
        return []
    tabular = schema.get("x-format") == "tsv"
    errors = sorted(Draft202012Validator(schema).iter_errors(data), key=lambda e: [_order(p) for p in e.absolute_path])
    return [Problem(name, _where(e, tabular), e.message) for e in errors]


def _order(part: str | int) -> tuple[int, str | int]:
    return (0, part) if isinstance(part, int) else (1, part)


def _fast_valid(schema: dict[str, Any], data: list[Any]) -> bool:
    """True when fastjsonschema (a development dependency) is there and finds `data` valid: a
    table of many rows is checked in a second, not half a minute; what it rejects is checked
    again by jsonschema, which names every problem."""
    try:
        import fastjsonschema  # type: ignore[import-untyped]
    except ImportError:
        return False
    try:
        fastjsonschema.compile(schema)(data)
    except fastjsonschema.JsonSchemaException:
        return False
    return True


def language_schemas() -> dict[str, Path]:
    """The schema of each language file, by its path in a language folder ("times/calendar.yaml")."""
    return {f"{p.parent.name}/{p.name.removesuffix(SUFFIX)}": p for p in sorted(LANGUAGE_SCHEMAS.glob(f"*/*{SUFFIX}"))}


def _files(folder: Path) -> Iterator[str]:
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder)
        if path.is_file() and "__pycache__" not in relative.parts and path.suffix != ".py":
            yield relative.as_posix()


def check_language(folder: Path, name: str | None = None) -> list[Problem]:
    """What is missing from, unknown in or wrong in the language folder `folder` (`lang/id`)."""
    name = name or str(folder)
    schemas = language_schemas()
    present = set(_files(folder))
    found = [Problem(f"{name}/{f}", "", "missing") for f in sorted(set(schemas) - present)]
    found += [Problem(f"{name}/{f}", "", "no schema for this file") for f in sorted(present - set(schemas))]
    for relative in sorted(set(schemas) & present):
        found += problems(folder / relative, load_schema(schemas[relative]), f"{name}/{relative}")
    return found


def stage_data_files(package: Path = PACKAGE) -> list[Path]:
    """The policy and world data files of `package`: those of each stage's `data/` folder."""
    return sorted(
        p
        for p in package.glob("*/data/*")
        if p.is_file() and p.parent.parent.name != "lang" and not p.name.endswith(SUFFIX)
    )


def stage_schema(path: Path) -> Path:
    """The schema of a stage data file: beside it (`events/data/policy.yaml.schema.json`)."""
    return path.with_name(path.name + SUFFIX)


def check_stage_data(package: Path = PACKAGE) -> list[Problem]:
    """What is wrong in the policy and world data files of `package` (the packaged ones)."""
    found: list[Problem] = []
    for path in stage_data_files(package):
        name = path.relative_to(package).as_posix()
        schema = stage_schema(path)
        if not schema.is_file():
            found.append(Problem(name, "", f"no schema ({schema.name} beside it)"))
            continue
        found += problems(path, load_schema(schema), name)
    return found


def packaged_languages() -> list[Path]:
    """The packaged language folders (`lang/id`)."""
    return sorted(p for p in LANG.iterdir() if p.is_dir() and p.name not in ("schemas", "__pycache__"))


def declared_kinds(schema: Any, where: str = "") -> Iterator[tuple[str, str]]:
    """(where in the schema, kind) of every `x-kind` the schema declares, its own first."""
    if isinstance(schema, dict):
        if "x-kind" in schema:
            yield where or "/", str(schema["x-kind"])
        for key, value in schema.items():
            yield from declared_kinds(value, f"{where}/{key}")
    elif isinstance(schema, list):
        for n, value in enumerate(schema):
            yield from declared_kinds(value, f"{where}/{n}")
