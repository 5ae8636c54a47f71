"""Typed records from the packaged YAML data (`peristiwa.typed_data`)."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from peristiwa.errors import ResourceError
from peristiwa.events.function_words import function_words
from peristiwa.events.morph import morphology
from peristiwa.learned.markers import markers
from peristiwa.typed_data import from_mapping


@dataclass(frozen=True, slots=True)
class _Rule:
    onsets: tuple[str, ...]
    nasal: str
    loan: str | None = None


@dataclass(frozen=True, slots=True)
class _Table:
    rules: tuple[_Rule, ...]
    words: frozenset[str]
    window: int


def test_typed_data_builds_nested_records_with_defaults() -> None:
    raw = {"rules": [{"onsets": ["kh"], "nasal": "ng"}], "words": ["dan", "serta"], "window": 3}
    table = from_mapping(_Table, raw, "x.yaml")
    assert table == _Table((_Rule(("kh",), "ng"),), frozenset({"dan", "serta"}), 3)


@pytest.mark.parametrize(
    "raw,message",
    [
        ({"rules": [], "words": ["dan"]}, "window is missing"),
        ({"rules": [], "words": "dan serta", "window": 3}, "x.yaml: words: expected frozenset"),
        ({"rules": [{"onsets": ["k"], "nasal": 5}], "words": [], "window": 3}, "x.yaml: rules: nasal: expected str"),
        (["dan"], "expected a mapping for _Table"),
    ],
)
def test_typed_data_names_what_is_wrong_in_a_data_file(raw: object, message: str) -> None:
    with pytest.raises(ResourceError, match=message):
        from_mapping(_Table, raw, "x.yaml")


def test_typed_data_reads_the_packaged_files_of_events_and_the_judge() -> None:
    assert function_words().relative == "yang" and "serta" in function_words().conjunctions
    assert morphology().clitic == "nya" and morphology().nasal_rules[0].nasal == "m"
    assert markers().first == "pertama"
