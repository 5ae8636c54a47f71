"""Typed records from the packaged YAML data: a frozen dataclass filled from a mapping, each value
checked against its field's declared type, so that a mistake in a data file is named where the
file is read, not where a value is used."""

from __future__ import annotations

import dataclasses
import types
from collections.abc import Callable
from importlib import resources
from typing import Any, TypeVar, Union, cast, get_args, get_origin, get_type_hints

from .errors import ResourceError
from .resources import YAMLError, load_yaml

T = TypeVar("T")


def packaged(cls: type[T], path: str) -> T:
    """`cls` from the packaged YAML file `path` (relative to the package: "events/data/x.yaml")."""
    try:
        raw = load_yaml((resources.files("peristiwa") / path).read_text(encoding="utf-8"))
    except (OSError, YAMLError) as err:
        raise ResourceError(path, str(err)) from err
    return from_mapping(cls, raw, path)


def from_mapping(cls: type[T], raw: object, where: str) -> T:
    """`cls`, a dataclass of str, bool and int fields, tuples and frozensets of them, optional
    values and nested dataclasses, from the mapping `raw`; `where` names the data in errors."""
    if not dataclasses.is_dataclass(cls) or not isinstance(raw, dict):
        raise ResourceError(where, f"expected a mapping for {cls.__name__}")
    hints = get_type_hints(cls)
    values: dict[str, Any] = {}
    for field in dataclasses.fields(cls):
        if field.name in raw:
            values[field.name] = _value(hints[field.name], raw[field.name], f"{where}: {field.name}")
        elif field.default is dataclasses.MISSING:
            raise ResourceError(where, f"{field.name} is missing")
    return cast(Callable[..., T], cls)(**values)


def _value(hint: Any, value: object, where: str) -> Any:
    origin, args = get_origin(hint), get_args(hint)
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        return from_mapping(hint, value, where)
    if origin in (Union, types.UnionType) and type(None) in args:
        inner = next(a for a in args if a is not type(None))
        return None if value is None else _value(inner, value, where)
    if origin in (tuple, frozenset) and isinstance(value, list):
        return origin(_value(args[0], item, where) for item in value)
    if isinstance(hint, type) and isinstance(value, hint):
        return value
    raise ResourceError(where, f"expected {getattr(hint, '__name__', hint)}, got {value!r}")
