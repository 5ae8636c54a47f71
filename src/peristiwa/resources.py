"""Reading the packaged YAML data: through libyaml's C parser when PyYAML has it (about ten times
faster than the pure-Python one; the data files are read at start-up), else the Python parser.
Both are PyYAML's safe loaders and build the same objects.

A key written twice in one mapping is an error naming the key and both lines. YAML forbids it,
but PyYAML keeps the last value silently, so a second ``origin_words:`` in a hand-edited data file
would drop the first list without a word (a helper's draft did this once). Keys brought in by a
merge (``<<: *base``) may be overridden, as YAML means them to be."""

from __future__ import annotations

from typing import Any

import yaml
from yaml.constructor import ConstructorError
from yaml.nodes import MappingNode, ScalarNode

try:
    _BASE: Any = yaml.CSafeLoader
except AttributeError:  # PyYAML built without libyaml
    _BASE = yaml.SafeLoader

YAMLError = yaml.YAMLError
_MERGE = "tag:yaml.org,2002:merge"


class _UniqueKeyLoader(_BASE):  # type: ignore[misc]
    """The safe loader, refusing a scalar key written twice in one mapping."""

    def construct_mapping(self, node: MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: dict[tuple[str, str], ScalarNode] = {}
        for key_node, _ in node.value:
            if not isinstance(key_node, ScalarNode) or key_node.tag == _MERGE:
                continue
            first = seen.setdefault((key_node.tag, key_node.value), key_node)
            if first is not key_node:
                raise ConstructorError(
                    "while constructing a mapping",
                    node.start_mark,
                    f"found the key {key_node.value!r} again (first on line {first.start_mark.line + 1})",
                    key_node.start_mark,
                )
        return super().construct_mapping(node, deep=deep)  # type: ignore[no-any-return]


def load_yaml(text: str) -> Any:
    """The data of one YAML document, by the safe loader (no Python objects); a key written twice
    in one mapping is a `YAMLError`."""
    return yaml.load(text, Loader=_UniqueKeyLoader)
