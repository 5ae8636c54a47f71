"""The `peristiwa/1` JSON Schema shipped with the package, and validation against it."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # imported when a document is validated: reading the schema needs none of it
    import jsonschema


@lru_cache(maxsize=1)
def schema() -> dict[str, Any]:
    """The JSON Schema of a `peristiwa/1` document."""
    loaded: dict[str, Any] = json.loads(
        (resources.files(__package__) / "peristiwa-1.schema.json").read_text(encoding="utf-8")
    )
    return loaded


@lru_cache(maxsize=1)
def _validator() -> jsonschema.Draft202012Validator:
    import jsonschema

    return jsonschema.Draft202012Validator(schema())


def validate(document: dict[str, Any]) -> None:
    """Raise `jsonschema.ValidationError` when `document` does not follow `peristiwa/1`."""
    _validator().validate(document)
