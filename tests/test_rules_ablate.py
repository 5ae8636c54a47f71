"""The rule ablation: removing a trigger record and rescoring tells what the record adds."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from peristiwa.cli import app
from peristiwa.evaluate import evaluate
from peristiwa.events.ablate import ablate, gold_documents
from peristiwa.events.lexicon import load_lexicon, record_ids, without_records
from peristiwa.pipeline import build_pipeline

ROOT = Path(__file__).resolve().parent.parent
runner = CliRunner()

ARREST = (
    "Jayapura, Senin (2/6/2025) – Polisi menangkap tiga pria yang diduga memasok senjata kepada "
    "kelompok bersenjata di Kabupaten Puncak. Ketiganya kini ditahan di Mapolda Papua.\n"
)


def _gold_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "gold"
    folder.mkdir()
    (folder / "arrest.txt").write_text(ARREST, encoding="utf-8")
    gold = {
        "doc": "arrest.txt",
        "reference_time": "2025-06-02",
        "events": [
            {
                "id": "g1",
                "type": "COERCE",
                "mode": ["arrest"],
                "evidence": ["Polisi menangkap tiga pria"],
                "date": "2025-06-02",
                "actor": {"country": "IDN", "sector": ["COP"]},
                "recipient": {"country": "IDN"},
                "locations": {"countries": ["IDN"], "places": ["Kabupaten Puncak"]},
            }
        ],
    }
    (folder / "arrest.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    return folder


def test_rules_every_record_has_a_unique_id_and_removing_one_removes_its_forms() -> None:
    ids = record_ids()
    assert len(ids) == len(set(ids)) and "COERCE:tangkap" in ids
    assert load_lexicon().words["menangkap"].record == "COERCE:tangkap"
    with without_records(frozenset({"COERCE:tangkap"})):
        assert "menangkap" not in load_lexicon().words
    assert "menangkap" in load_lexicon().words


def test_rules_an_arrest_is_lost_without_its_trigger_record(tmp_path: Path) -> None:
    docs = gold_documents([_gold_folder(tmp_path)])
    report = ablate(build_pipeline(), docs, records=["COERCE:tangkap", "PROTEST:demo"])
    effects = {e.record: e for e in report.effects}
    assert report.f1 > 0
    assert effects["COERCE:tangkap"].delta_tp == -1 and effects["COERCE:tangkap"].helps
    assert effects["PROTEST:demo"].documents == 0  # no form of it in the text


def test_rules_ablation_base_scores_equal_a_normal_extraction(tmp_path: Path) -> None:
    folder = ROOT / "tests/data/gold_extra"
    report = ablate(build_pipeline(), gold_documents([folder]), records=[])
    pred = tmp_path / "pred.jsonl"
    files = [str(p) for p in sorted(folder.glob("*.txt")) if (folder / (p.stem + ".gold.json")).is_file()]
    assert runner.invoke(app, ["extract", *files, "-o", str(pred)]).exit_code == 0
    scored = evaluate(folder, pred)
    assert round(report.f1, 3) == scored["events"]["f1"]
    assert round(report.full_f1, 3) == scored["full_event_f1"]


def test_rules_cli_names_an_unknown_record(tmp_path: Path) -> None:
    result = runner.invoke(app, ["rules", "ablate", str(_gold_folder(tmp_path)), "-r", "ASSAULT:nonsense"])
    assert result.exit_code != 0
    assert "ASSAULT:nonsense" in result.output


def test_rules_cli_lists_the_records() -> None:
    result = runner.invoke(app, ["rules", "list"])
    assert result.exit_code == 0
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert len(rows) == len(record_ids()) and all(r["forms"] >= 1 for r in rows)
