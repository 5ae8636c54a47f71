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

#: one attack told four times: twice by `serang`, once by the phrase `serangan roket` and once by
#: `hantam`; the attack `serang` gives already has every argument the other two could add
CAMP = (
    "Gaza – Pasukan Israel menyerang kamp pengungsi di Gaza tengah pada Senin (2/6/2025). Serangan itu "
    "menewaskan 17 warga Palestina. Serangan roket menghantam sebuah sekolah di kamp itu."
)
#: a rocket attack that only the phrase tells (without it the trigger is "serangan" alone)
KYIV = "Kiev – Rusia melancarkan serangan roket ke Kiev pada Senin (2/6/2025) dan menewaskan lima warga sipil."
#: a demonstration no other record tells
PROTEST = "Jakarta – Ribuan buruh berunjuk rasa di depan gedung DPR di Jakarta pada Senin (2/6/2025)."
GOLD = {
    "camp": [{"id": "g1", "type": "ASSAULT", "evidence": ["Pasukan Israel menyerang kamp pengungsi"]}],
    "kyiv": [{"id": "g1", "type": "ASSAULT", "evidence": ["Rusia melancarkan serangan roket ke Kiev"]}],
    "protest": [{"id": "g1", "type": "PROTEST", "evidence": ["Ribuan buruh berunjuk rasa"]}],
}
TEXTS = {"camp": CAMP, "kyiv": KYIV, "protest": PROTEST}
RECORDS = ["ASSAULT:serang", "ASSAULT:serangan roket", "ASSAULT:hantam", "PROTEST:berunjuk rasa", "SANCTION:embargo"]


def _docs(*names: str) -> list[GoldDoc]:
    return [GoldDoc(name, TEXTS[name], {"events": GOLD[name]}, "2025-06-02") for name in names]


def test_rules_a_record_whose_finds_other_records_give_is_redundant() -> None:
    report = redundancy(build_pipeline(), _docs("camp", "protest"), records=RECORDS)
    verdicts = {f.effect.record: f.verdict for f in report.findings}
    assert verdicts == {
        "ASSAULT:serang": "helps",  # without it the attack's trigger is another word
        "ASSAULT:serangan roket": "redundant",
        "ASSAULT:hantam": "redundant",
        "PROTEST:berunjuk rasa": "helps",  # without it the demonstration is lost
        "SANCTION:embargo": "never fires",
    }
    rocket = next(f for f in report.findings if f.effect.record == "ASSAULT:serangan roket")
    assert rocket.candidates == 1 and rocket.changed_judged == rocket.changed_rules == 0
    # "Serangan roket dari Lebanon …" still gives an attack, by `serang`; "menghantam" in its
    # examples gives none without `hantam`, so it stays
    assert report.removable == ["ASSAULT:serangan roket"] and report.uncovered == ["ASSAULT:hantam"]


def test_rules_a_record_that_alone_tells_an_event_somewhere_is_not_redundant() -> None:
    report = redundancy(build_pipeline(), _docs("camp", "kyiv"), records=["ASSAULT:serangan roket"])
    (finding,) = report.findings
    assert finding.verdict == "helps" and finding.changed_judged == finding.changed_rules == 1
    assert report.removable == []


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
    assert data["removable_together"] == ["ASSAULT:serangan roket"]
