"""Every data file has a declared shape: a JSON Schema (draft 2020-12) per language file
(`lang/schemas/<stage>/<file>.schema.json`, shared by every language) and per stage data file
(beside it), each saying what is language, what policy and what world data (`x-kind`). A file
without a schema, a missing key or a value of the wrong type is named with its file and key."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from peristiwa.lang.__main__ import main
from peristiwa.lang.validate import (
    KINDS,
    LANG,
    LANGUAGE_SCHEMAS,
    PACKAGE,
    SUFFIX,
    check_language,
    check_stage_data,
    declared_kinds,
    language_schemas,
    load_schema,
    packaged_languages,
    stage_data_files,
    stage_schema,
)

#: language data still kept in a stage's data/ folder: built with the gazetteer by
#: scripts/build_gazetteer.py (the Indonesian words written in lower case in the corpora)
LANGUAGE_IN_STAGE_DATA = {"places/data/common_words.txt.gz"}


@pytest.fixture
def indonesian_copy(tmp_path: Path) -> Path:
    folder = tmp_path / "id"
    shutil.copytree(LANG / "id", folder, ignore=shutil.ignore_patterns("__pycache__", "*.py"))
    return folder


def _edit_yaml(path: Path, edit: object) -> None:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    edit(data)  # type: ignore[operator]
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")


def test_the_indonesian_folder_matches_the_language_schemas() -> None:
    assert [p.name for p in packaged_languages()] == ["id"]
    assert [str(p) for p in check_language(LANG / "id", "lang/id")] == []


def test_every_policy_and_world_data_file_has_a_schema_and_matches_it() -> None:
    files = stage_data_files()
    assert PACKAGE / "events" / "data" / "policy.yaml" in files
    assert PACKAGE / "places" / "data" / "gazetteer.tsv.gz" in files
    assert [str(p) for p in check_stage_data()] == []


def test_every_schema_has_its_data_file() -> None:
    assert set(language_schemas()) == {
        p.relative_to(LANG / "id").as_posix() for p in (LANG / "id").rglob("*") if p.is_file() and p.suffix != ".py"
    }
    beside = set(PACKAGE.glob(f"*/data/*{SUFFIX}"))
    assert beside == {stage_schema(p) for p in stage_data_files()}


def test_a_new_language_file_without_a_schema_is_named(indonesian_copy: Path) -> None:
    (indonesian_copy / "times" / "seasons.yaml").write_text("musim: [hujan, kemarau]\n", encoding="utf-8")
    assert [str(p) for p in check_language(indonesian_copy, "id")] == ["id/times/seasons.yaml: no schema for this file"]


def test_a_new_stage_data_file_without_a_schema_is_named(tmp_path: Path) -> None:
    data = tmp_path / "events" / "data"
    data.mkdir(parents=True)
    shutil.copy(PACKAGE / "events" / "data" / "policy.yaml", data)
    shutil.copy(stage_schema(PACKAGE / "events" / "data" / "policy.yaml"), data)
    (data / "thresholds.yaml").write_text("min_score: 0.5\n", encoding="utf-8")
    assert [str(p) for p in check_stage_data(tmp_path)] == [
        "events/data/thresholds.yaml: no schema (thresholds.yaml.schema.json beside it)"
    ]


def test_a_month_written_as_a_number_is_named_with_its_file_and_key(indonesian_copy: Path) -> None:
    _edit_yaml(indonesian_copy / "times" / "calendar.yaml", lambda d: d["months"][1].append(5))
    found = [str(p) for p in check_language(indonesian_copy, "id")]
    assert found == ["id/times/calendar.yaml: months/1/4: 5 is not of type 'string'"]


def test_a_missing_key_is_named_with_its_file(indonesian_copy: Path) -> None:
    _edit_yaml(indonesian_copy / "events" / "morphology.yaml", lambda d: d.pop("clitic"))
    found = [str(p) for p in check_language(indonesian_copy, "id")]
    assert found == ["id/events/morphology.yaml: 'clitic' is a required property"]


def test_a_missing_file_and_an_unknown_trigger_type_are_named(indonesian_copy: Path) -> None:
    (indonesian_copy / "places" / "lists.yaml").unlink()
    _edit_yaml(indonesian_copy / "events" / "triggers.yaml", lambda d: d.update(RIOT=[{"root": "rusuh"}]))
    found = [str(p) for p in check_language(indonesian_copy, "id")]
    assert found[0] == "id/places/lists.yaml: missing"
    assert found[1].startswith("id/events/triggers.yaml: 'RIOT' is not one of ['AGREE', 'CONSULT'")


def test_a_bad_row_of_a_table_is_named_by_row_and_column(tmp_path: Path) -> None:
    data = tmp_path / "events" / "data"
    data.mkdir(parents=True)
    source = PACKAGE / "events" / "data" / "goldstein.tsv"
    shutil.copy(stage_schema(source), data)
    (data / "goldstein.tsv").write_text("cameo\tgoldstein\n01\t0.0\n190\tsepuluh\n", encoding="utf-8")
    found = [str(p) for p in check_stage_data(tmp_path)]
    assert found == ["events/data/goldstein.tsv: row 2: goldstein: 'sepuluh' does not match '^-?[0-9]+(\\\\.[0-9]+)?$'"]


def test_every_schema_says_what_kind_of_data_each_part_is() -> None:
    schemas = list(LANGUAGE_SCHEMAS.glob(f"*/*{SUFFIX}")) + list(PACKAGE.glob(f"*/data/*{SUFFIX}"))
    for path in schemas:
        schema = load_schema(path)
        kinds = list(declared_kinds(schema))
        assert kinds and kinds[0][0] == "/", f"{path}: no x-kind for the file"
        assert {kind for _, kind in kinds} <= KINDS, path
        assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema", path


def test_language_files_hold_only_language_and_stage_data_none() -> None:
    """Policy (coding choices, thresholds, defaults) and world data live in the stages' data/
    folders, shared by every language; the language folder holds words only."""
    for path in LANGUAGE_SCHEMAS.glob(f"*/*{SUFFIX}"):
        other = [(where, kind) for where, kind in declared_kinds(load_schema(path)) if kind != "language"]
        assert not other, f"{path.relative_to(LANG)}: {other}"
    for data in stage_data_files():
        name = data.relative_to(PACKAGE).as_posix()
        language = [where for where, kind in declared_kinds(load_schema(stage_schema(data))) if kind == "language"]
        assert bool(language) == (name in LANGUAGE_IN_STAGE_DATA), f"{name}: language at {language}"


def test_the_check_command_lists_what_a_second_language_lacks(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    folder = tmp_path / "xx" / "times"
    folder.mkdir(parents=True)
    (folder / "calendar.yaml").write_text("months:\n  1: [januar]\n", encoding="utf-8")
    assert main(["check", str(tmp_path / "xx")]) == 1
    out = capsys.readouterr().out.splitlines()
    assert f"{tmp_path}/xx/times/relative.yaml: missing" in out
    assert f"{tmp_path}/xx/times/calendar.yaml: 'weekdays' is a required property" in out


def test_the_check_command_passes_the_packaged_indonesian() -> None:
    assert main(["check", str(LANG / "id")]) == 0
