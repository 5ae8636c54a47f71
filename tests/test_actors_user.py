"""User actor dictionaries: new actors, overrides, and roles that hold for a period."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from peristiwa import extract
from peristiwa.actors import reset
from peristiwa.actors.user import ENV, read_dictionary, use_dictionaries
from peristiwa.cli import app
from peristiwa.errors import InputError

runner = CliRunner()

DICTIONARY = """\
Gerakan Nelayan Pesisir Bersatu:
  aliases: [Gerakan Nelayan Pesisir Bersatu, GNPB]
  country: IDN
  label: ORG
  sector: LAB
Prabowo Subianto:
  aliases: [Prabowo Subianto, Prabowo]
  country: IDN
  sector: PTY
  roles:
    - {sector: MIL, to: 1998-08-24}
    - {sector: GOV, from: 2019-10-23}
"""


@pytest.fixture
def user_dictionary(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    path = tmp_path / "aktor.yaml"
    path.write_text(DICTIONARY, encoding="utf-8")
    monkeypatch.delenv(ENV, raising=False)
    use_dictionaries([path])
    yield path
    monkeypatch.delenv(ENV, raising=False)
    reset()


def _actors(text: str, reference: str) -> list[dict[str, object]]:
    doc = extract(text, reference_time=reference).to_json()
    return [p for e in doc["events"] for p in e["actor"]]


def test_user_dictionary_codes_a_new_actor(user_dictionary: Path) -> None:
    actors = _actors(
        "Ratusan anggota Gerakan Nelayan Pesisir Bersatu berunjuk rasa di depan kantor Gubernur Sulawesi "
        "Selatan di Makassar pada Senin (2/6/2025).",
        "2025-06-03",
    )
    coded = [a for a in actors if a["name"] == "Gerakan Nelayan Pesisir Bersatu"]
    assert coded and coded[0]["country"] == "IDN" and coded[0]["sector"] == "LAB"


def test_user_dictionary_role_applies_by_the_event_date(user_dictionary: Path) -> None:
    text = "Prabowo mengecam keras serangan terhadap kantor partai di Jakarta pada {day}."
    before = [a for a in _actors(text.format(day="Senin (7/7/2014)"), "2014-07-08") if a["name"] == "Prabowo Subianto"]
    after = [a for a in _actors(text.format(day="Senin (2/6/2025)"), "2025-06-03") if a["name"] == "Prabowo Subianto"]
    assert before and before[0]["sector"] == "PTY"  # between his roles: the entry's own coding
    assert after and after[0]["sector"] == "GOV"  # president since 20 October 2024, minister before
    army = _actors(text.format(day="Senin (4/5/1998)"), "1998-05-05")
    assert [a["sector"] for a in army if a["name"] == "Prabowo Subianto"] == ["MIL"]


@pytest.mark.parametrize(
    ("content", "named"),
    [
        ("Budi: {sector: ARMY}", "sector 'ARMY'"),
        ("Budi: {country: Indonesia}", "country 'Indonesia'"),
        ("Budi: {roles: [{sector: GOV, from: 2020-13-01}]}", "month must be"),
        ("Budi: {roles: [{sector: GOV, from: 13 Mei 2020}]}", "role 1"),
        ("Budi: {roles: [{sector: GOV, from: 2021-01-01, to: 2020-01-01}]}", "ends"),
        ("Budi: {alias: [Budi]}", "unknown key 'alias'"),
        ("- Budi", "mapping"),
        ("Budi: {sector: GOV}\nAni: {sector: CVL}\nBudi: {sector: MIL}", "'Budi' again"),
    ],
)
def test_user_dictionary_errors_name_the_file_and_entry(tmp_path: Path, content: str, named: str) -> None:
    path = tmp_path / "salah.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError) as err:
        read_dictionary(path)
    assert str(path) in str(err.value) and named in str(err.value)


def test_cli_actors_option_applies_the_dictionary(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV, raising=False)
    path = tmp_path / "aktor.yaml"
    path.write_text(DICTIONARY, encoding="utf-8")
    source = tmp_path / "berita.txt"
    source.write_text(
        "Gerakan Nelayan Pesisir Bersatu berunjuk rasa di depan kantor DPRD di Makassar pada Senin (2/6/2025).\n",
        encoding="utf-8",
    )
    out = tmp_path / "out.jsonl"
    try:
        result = runner.invoke(app, ["extract", str(source), "-o", str(out), "--actors", str(path)])
        assert result.exit_code == 0, result.output
        doc = json.loads(out.read_text(encoding="utf-8"))
        assert any(p.get("sector") == "LAB" for e in doc["events"] for p in e["actor"])
        bad = tmp_path / "rusak.yaml"
        bad.write_text("Budi: {sector: ARMY}", encoding="utf-8")
        refused = runner.invoke(app, ["extract", str(source), "-o", str(out), "--actors", str(bad)])
        assert refused.exit_code != 0 and "ARMY" in refused.output
    finally:
        monkeypatch.delenv(ENV, raising=False)
        reset()
