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
