"""The language package: every stage finds its Indonesian data in `lang/id/<stage>/` through one
function, so that a second language would be a second folder."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

import pytest
import yaml

from peristiwa.errors import ResourceError
from peristiwa.lang import (
    Language,
    active_language,
    data_mapping,
    data_path,
    data_text,
    language_cache,
    using_language,
)


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


def _second_language(root: Path) -> Path:
    """A tiny second language "xx": the calendar's month names only."""
    folder = root / "xx" / "times"
    folder.mkdir(parents=True)
    (folder / "calendar.yaml").write_text("months:\n  1: [januar]\n  2: [februar]\n", encoding="utf-8")
    return root


def test_a_second_language_is_read_from_the_configured_folder_inside_the_block(tmp_path: Path) -> None:
    root = _second_language(tmp_path)
    with using_language("xx", lang_dir=root) as chosen:
        assert chosen == Language("xx", str(root)) == active_language()
        assert data_mapping("times", "calendar.yaml") == {"months": {1: ["januar"], 2: ["februar"]}}
    assert active_language() == Language("id") and "Januari" in data_text("times", "calendar.yaml")


def test_the_month_table_is_cached_once_per_language(tmp_path: Path) -> None:
    from peristiwa.times.lexicon import months

    assert months()["januari"] == 1
    with using_language("xx", lang_dir=_second_language(tmp_path)):
        assert months() == {"januar": 1, "februar": 2}
    assert months()["januari"] == 1 and "januar" not in months()


def test_a_file_the_second_language_lacks_is_named_under_its_folder(tmp_path: Path) -> None:
    root = _second_language(tmp_path)
    with using_language("xx", lang_dir=root), pytest.raises(ResourceError, match=r"/xx/times/relative\.yaml"):
        data_text("times", "relative.yaml")


def test_another_thread_reads_the_default_language(tmp_path: Path) -> None:
    """The choice belongs to the context that makes it: a worker thread started without it reads Indonesian."""
    seen: list[str] = []
    with using_language("xx", lang_dir=_second_language(tmp_path)):
        worker = threading.Thread(target=lambda: seen.append(active_language().code))
        worker.start()
        worker.join()
    assert seen == ["id"]


def test_empty_configuration_values_keep_the_packaged_indonesian() -> None:
    with using_language("", lang_dir=""):
        assert active_language() == Language("id", None)
        assert data_path("times", "calendar.yaml").is_file()


def test_a_language_cached_function_can_be_cleared() -> None:
    calls: list[str] = []

    @language_cache
    def code() -> str:
        calls.append(active_language().code)
        return active_language().code

    assert code() == code() == "id" and calls == ["id"]
    with using_language("xx"):
        assert code() == "xx"
    code.cache_clear()
    assert code() == "id" and calls == ["id", "xx", "id"]


def test_the_years_a_number_may_be_are_quantity_policy_apart_from_the_words() -> None:
    """The range of four-digit years is a choice every language shares (quantities/data/policy.yaml)."""
    from peristiwa.quantities.lexicon import policy
    from peristiwa.quantities.recognise import find_quantities

    assert "year_range" not in data_mapping("quantities", "guards.yaml")
    assert policy().year_range == (1000, 2100)
    text = "Sebanyak 1500 warga mengungsi sejak 1998."
    assert [text[q.start : q.end] for q in find_quantities(text)] == ["1500"]


def test_the_home_country_is_place_policy_not_a_word() -> None:
    """The default country of place resolution is a choice in places/data/policy.yaml."""
    from peristiwa.places.policy import place_policy
    from peristiwa.places.resolve import HOME_COUNTRY

    assert place_policy().home_country == HOME_COUNTRY == "IDN"


ATTACK = "Kelompok bersenjata menyerang pos polisi di Poso, Sulawesi Tengah, pada Senin (3/6/2024); tiga orang tewas."


def _copy_of_indonesian(root: Path, code: str) -> Path:
    from peristiwa.lang.validate import LANG

    shutil.copytree(LANG / "id", root / code, ignore=shutil.ignore_patterns("__pycache__", "*.py"))
    return root / code


def test_the_pipeline_reads_a_copy_of_indonesian_in_another_folder_to_the_same_result(tmp_path: Path) -> None:
    import peristiwa

    _copy_of_indonesian(tmp_path, "xx")
    packaged = peristiwa.extract(ATTACK).to_json()
    with using_language("xx", lang_dir=tmp_path):
        copied = peristiwa.extract(ATTACK).to_json()
    assert copied == packaged and packaged["events"]


def test_a_trigger_left_out_of_the_selected_language_finds_no_attack(tmp_path: Path) -> None:
    import peristiwa

    triggers = _copy_of_indonesian(tmp_path, "xx") / "events" / "triggers.yaml"
    data = yaml.safe_load(triggers.read_text(encoding="utf-8"))
    data["ASSAULT"] = [entry for entry in data["ASSAULT"] if entry["root"] != "serang"]
    triggers.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with using_language("xx", lang_dir=tmp_path):
        assert [e.event_type for e in peristiwa.extract(ATTACK).events] == []
    assert [e.event_type for e in peristiwa.extract(ATTACK).events] == ["ASSAULT"]


def test_a_pipeline_configured_with_another_language_folder_reads_it_in_every_stage(tmp_path: Path) -> None:
    from peristiwa.pipeline import build_pipeline

    triggers = _copy_of_indonesian(tmp_path, "xx") / "events" / "triggers.yaml"
    data = yaml.safe_load(triggers.read_text(encoding="utf-8"))
    data["ASSAULT"] = [entry for entry in data["ASSAULT"] if entry["root"] != "serang"]
    triggers.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    configured = build_pipeline(language="xx", lang_dir=str(tmp_path))
    assert {configured.get_pipe_config(name)["language"] for name in ("segment", "triggers", "judge")} == {"xx"}
    assert [e.event_type for e in configured(ATTACK)._.events] == []
    # the packaged pipeline beside it still reads Indonesian: the choice is the stage's, not the process's
    assert [e.event_type for e in build_pipeline()(ATTACK)._.events] == ["ASSAULT"]
