"""The packaged YAML data reads the same through libyaml's parser and PyYAML's Python one."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from peristiwa.resources import load_yaml

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "peristiwa"
FILES = sorted(PACKAGE.rglob("*.yaml"))


@pytest.mark.parametrize("path", FILES, ids=[str(p.relative_to(PACKAGE)) for p in FILES])
def test_resources_every_data_file_reads_the_same_with_either_parser(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert load_yaml(text) == yaml.load(text, Loader=yaml.SafeLoader)


def test_resources_a_colon_inside_a_flow_list_is_quoted_to_stay_a_word() -> None:
    assert load_yaml('blocking: [pasal, "nomor:", ayat]') == {"blocking": ["pasal", "nomor:", "ayat"]}


def test_resources_a_key_written_twice_is_an_error_naming_it_and_both_lines() -> None:
    text = "origin_words:\n  - asal\n  - dari\nkota: [Bandung]\norigin_words:\n  - warga\n"
    with pytest.raises(yaml.YAMLError, match=r"'origin_words' again \(first on line 1\)") as err:
        load_yaml(text)
    assert "line 5" in str(err.value)


def test_resources_a_key_brought_in_by_a_merge_may_be_overridden() -> None:
    text = "dasar: &dasar {jenis: ASSAULT, mode: bomb}\nledakan:\n  <<: *dasar\n  mode: explode\n"
    assert load_yaml(text)["ledakan"] == {"jenis": "ASSAULT", "mode": "explode"}
