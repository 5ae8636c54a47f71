"""The language package: every stage finds its Indonesian data in `lang/id/<stage>/` through one
function, so that a second language would be a second folder."""

from __future__ import annotations

import pytest

from peristiwa.errors import ResourceError
from peristiwa.lang import data_mapping, data_path, data_text


def test_the_month_names_of_the_time_stage_are_read_from_the_indonesian_folder() -> None:
    path = data_path("times", "calendar.yaml")
    assert path.name == "calendar.yaml" and path.is_file()
    assert "Januari" in data_text("times", "calendar.yaml")


def test_each_stage_finds_its_indonesian_words_in_its_own_folder() -> None:
    for stage, name in (
        ("times", "relative.yaml"),
        ("quantities", "numbers.yaml"),
        ("events", "triggers.yaml"),
        ("places", "lexicon.yaml"),
        ("actors", "roles.yaml"),
    ):
        assert data_mapping(stage, name), (stage, name)


def test_a_language_without_a_folder_is_named_in_the_error() -> None:
    with pytest.raises(ResourceError, match=r"lang/xx/times/calendar\.yaml"):
        data_text("times", "calendar.yaml", language="xx")


def test_the_event_rules_policy_is_apart_from_their_words() -> None:
    """PLOVER type, sector and mode choices live in events/data/policy.yaml, not in the language
    folder: a second language would share them."""
    from peristiwa.events.lexicon import context_data
    from peristiwa.lang import data_mapping

    words = data_mapping("events", "context.yaml")
    assert "state_sector_by_type" not in words and "future_types" not in words
    assert "negators" in words
    merged = context_data()
    assert merged["state_sector_by_type"]["default"] == "GOV"
    assert "tidak" in merged["negators"]
