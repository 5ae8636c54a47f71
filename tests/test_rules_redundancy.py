"""Redundant trigger records: a record that fires but whose every find other records give
identically (the whole output, with the judge and without) is reported redundant, and it can be
removed when its own example sentences still give an event of its type without it."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from peristiwa.cli import app
from peristiwa.events.ablate import GoldDoc
from peristiwa.events.redundancy import redundancy
from peristiwa.pipeline import build_pipeline

runner = CliRunner()

#: one attack told three times: twice by `serang` and once by the phrase `serangan udara`; the
#: attack `serang` gives already has every argument the phrase could add
CAMP = (
    "Gaza – Pasukan Israel menyerang kamp pengungsi di Gaza tengah pada Senin (2/6/2025). Serangan itu "
    "menewaskan 17 warga Palestina. Serangan udara menghantam sebuah sekolah di kamp itu."
)
#: an air strike that only the phrase tells (without it the trigger is "serangan" alone)
KYIV = "Kiev – Rusia melancarkan serangan udara ke Kiev pada Senin (2/6/2025) dan menewaskan lima warga sipil."
#: the camp attack, its third sentence told by `hantam`
SCHOOL = CAMP.replace("Serangan udara menghantam", "Serangan roket menghantam")
#: a demonstration no other record tells
PROTEST = "Jakarta – Ribuan buruh berunjuk rasa di depan gedung DPR di Jakarta pada Senin (2/6/2025)."
ATTACK = [{"id": "g1", "type": "ASSAULT", "evidence": ["Pasukan Israel menyerang kamp pengungsi"]}]
GOLD = {
    "camp": ATTACK,
    "school": ATTACK,
    "kyiv": [{"id": "g1", "type": "ASSAULT", "evidence": ["Rusia melancarkan serangan udara ke Kiev"]}],
    "protest": [{"id": "g1", "type": "PROTEST", "evidence": ["Ribuan buruh berunjuk rasa"]}],
}
TEXTS = {"camp": CAMP, "school": SCHOOL, "kyiv": KYIV, "protest": PROTEST}
RECORDS = ["ASSAULT:serang", "ASSAULT:serangan udara", "PROTEST:berunjuk rasa", "SANCTION:embargo"]


def _docs(*names: str) -> list[GoldDoc]:
    return [GoldDoc(name, TEXTS[name], {"events": GOLD[name]}, "2025-06-02") for name in names]


def test_rules_a_record_whose_finds_other_records_give_is_redundant() -> None:
    report = redundancy(build_pipeline(), _docs("camp", "protest"), records=RECORDS)
    verdicts = {f.effect.record: f.verdict for f in report.findings}
    assert verdicts == {
        "ASSAULT:serang": "helps",  # without it the attack's trigger is another word
        "ASSAULT:serangan udara": "redundant",
        "PROTEST:berunjuk rasa": "helps",  # without it the demonstration is lost
        "SANCTION:embargo": "never fires",
    }
    air = next(f for f in report.findings if f.effect.record == "ASSAULT:serangan udara")
    assert air.candidates == 1 and air.changed_judged == air.changed_rules == 0 and air.examples_covered
    assert report.removable == ["ASSAULT:serangan udara"]


def test_rules_a_record_that_alone_tells_an_event_somewhere_is_not_redundant() -> None:
    report = redundancy(build_pipeline(), _docs("camp", "kyiv"), records=["ASSAULT:serangan udara"])
    (finding,) = report.findings
    assert finding.verdict == "helps" and finding.changed_judged == finding.changed_rules == 1
    assert report.removable == []


def test_rules_a_redundant_record_whose_own_examples_no_other_record_tells_stays() -> None:
    report = redundancy(build_pipeline(), _docs("school"), records=["ASSAULT:hantam"])
    (finding,) = report.findings
    # "menghantam" adds nothing to the camp attack, but in the record's examples it alone tells
    assert finding.verdict == "redundant" and finding.examples_covered is False
    assert report.removable == [] and report.uncovered == ["ASSAULT:hantam"]


def test_rules_cli_reports_the_redundant_records(tmp_path: Path) -> None:
    folder = tmp_path / "gold"
    folder.mkdir()
    for doc in _docs("camp", "protest"):
        (folder / f"{doc.name}.txt").write_text(doc.text, encoding="utf-8")
        gold = {"doc": f"{doc.name}.txt", "reference_time": doc.reference_time, **doc.gold}
        (folder / f"{doc.name}.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    out = tmp_path / "report.json"
    args = ["rules", "ablate", str(folder), "--redundant", "-o", str(out)]
    result = runner.invoke(app, [*args, *(arg for r in RECORDS[:2] for arg in ("-r", r))])
    assert result.exit_code == 0, result.output
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["verdicts"] == {"redundant": 1, "helps": 1, "hurts": 0, "never fires": 0}
    assert data["removable_together"] == ["ASSAULT:serangan udara"]
