"""Draft the JSON Schema of a new data file from what it holds, to be finished by hand.

    python scripts/draft_data_schema.py KIND FILE [RECORD_KEY ...] > FILE.schema.json

KIND is "language", "policy" or "world" (`x-kind` of the file and of each top-level key). A
top-level mapping becomes a record of its keys (all required); a nested mapping becomes a table
(any key, one shape of value) unless its key is a RECORD_KEY; mappings that are values of a table
or items of a list become records (the keys found in all of them required). A `.tsv` file becomes
rows of its header's columns, a `.txt` file a list of lines. Put a language file's schema in
`src/peristiwa/lang/schemas/<stage>/`, a stage data file's beside it; then tighten it (patterns of
codes, enums, descriptions) and run `python -m peristiwa.lang check`.
"""

from __future__ import annotations

import datetime
import gzip
import json
import sys
from pathlib import Path
from typing import Any

import yaml

JSON_TYPES = {bool: "boolean", int: "integer", float: "number", str: "string", list: "array", dict: "object"}


def _plain(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value.isoformat() if isinstance(value, datetime.date) else value


def _type(value: Any) -> str:
    return "null" if value is None else JSON_TYPES[type(value)]


def shape(values: list[Any], records: set[str], key: str | None = None, entry: bool = False) -> dict[str, Any]:
    """The schema of all of `values` (the values found at one place of the file)."""
    types = sorted({_type(v) for v in values} - ({"integer"} if any(isinstance(v, float) for v in values) else set()))
    if types == ["object"]:
        return _mapping(values, records, key in records or entry)
    if types == ["array"]:
        items = [item for v in values for item in v]
        return {"type": "array", **({"items": shape(items, records, entry=True)} if items else {})}
    return {"type": types[0] if len(types) == 1 else types}


def _mapping(values: list[dict[str, Any]], records: set[str], record: bool) -> dict[str, Any]:
    found: dict[str, list[Any]] = {}
    for value in values:
        for k, v in value.items():
            found.setdefault(k, []).append(v)
    if not record:
        inner = [v for value in values for v in value.values()]
        return {"type": "object", **({"additionalProperties": shape(inner, records, entry=True)} if inner else {})}
    required = [k for k in found if all(k in v for v in values)]
    properties = {k: shape(vs, records, k) for k, vs in found.items()}
    return {"type": "object", "properties": properties, "required": required, "additionalProperties": False}


def draft(path: Path, kind: str, records: set[str]) -> dict[str, Any]:
    """A draft schema of the data file `path`."""
    raw = path.read_bytes()
    text = (gzip.decompress(raw) if path.name.endswith(".gz") else raw).decode("utf-8")
    schema: dict[str, Any] = {"$schema": "https://json-schema.org/draft/2020-12/schema", "title": path.name}
    schema["x-kind"] = kind
    if ".tsv" in path.name:
        header = next(line for line in text.splitlines() if line and not line.startswith("#")).split("\t")
        columns = {name: {"type": "string", "x-kind": kind} for name in header}
        row = {"type": "object", "properties": columns, "required": header, "additionalProperties": False}
        return {**schema, "x-format": "tsv", "type": "array", "items": row}
    if ".txt" in path.name:
        return {**schema, "x-format": "lines", "type": "array", "items": {"type": "string", "minLength": 1}}
    body = _mapping([_plain(yaml.safe_load(text))], records, record=True)
    for value in body["properties"].values():
        value["x-kind"] = kind
    return {**schema, **body}


if __name__ == "__main__":
    if len(sys.argv) < 3 or sys.argv[1] not in ("language", "policy", "world"):
        sys.exit(__doc__)
    print(json.dumps(draft(Path(sys.argv[2]), sys.argv[1], set(sys.argv[3:])), indent=2, ensure_ascii=False))
