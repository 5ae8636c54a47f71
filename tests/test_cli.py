"""The command line: extraction with a summary, broken documents skipped, eval, version."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from peristiwa import __version__
from peristiwa.cli import EXIT_PARTIAL, app

runner = CliRunner()

SENTENCES = [
    "Polisi menangkap {n} orang terduga pelaku pencurian di Kota Medan pada 3 Maret 2024.",
    "Ratusan mahasiswa berunjuk rasa di depan gedung DPRD Jawa Timur di Surabaya pada 5 Mei 2023.",
    "Sedikitnya {n} warga tewas setelah kelompok bersenjata menyerang desa di Kabupaten Nduga.",
]


def test_cli_version() -> None:
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and __version__ in result.output


def test_cli_batch_skips_broken_documents_and_reports_them(tmp_path: Path) -> None:
    for i in range(97):
        (tmp_path / f"berita-{i:03d}.txt").write_text(SENTENCES[i % 3].format(n=i % 9 + 2), encoding="utf-8")
    (tmp_path / "rusak-utf8.txt").write_bytes(b"Demo \xc3\x28 di Jakarta.")
    (tmp_path / "kosong.txt").write_text("", encoding="utf-8")
    (tmp_path / "biner.txt").write_bytes(bytes(range(256)) * 4)
    out = tmp_path / "hasil.jsonl"
    result = runner.invoke(app, ["extract", str(tmp_path), "-o", str(out)])
    assert result.exit_code == EXIT_PARTIAL
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 97
    for name in ("rusak-utf8.txt", "kosong.txt", "biner.txt"):
        assert name in result.output
    assert "errors: 3" in result.output


def test_cli_formats_json_and_csv(tmp_path: Path, example_text: str) -> None:
    src = tmp_path / "contoh.txt"
    src.write_text(example_text, encoding="utf-8")
    as_json = tmp_path / "out.json"
    assert runner.invoke(app, ["extract", str(src), "-o", str(as_json), "--format", "json"]).exit_code == 0
    docs = json.loads(as_json.read_text(encoding="utf-8"))
    assert docs[0]["schema"] == "peristiwa/1" and docs[0]["events"]
    as_csv = tmp_path / "out.csv"
    assert runner.invoke(app, ["extract", str(src), "-o", str(as_csv), "--format", "csv"]).exit_code == 0
    header = as_csv.read_text(encoding="utf-8").splitlines()[0]
    assert header.startswith("doc_id,event_id,event_type")


def test_cli_unknown_format_is_an_error(tmp_path: Path) -> None:
    src = tmp_path / "a.txt"
    src.write_text("Demo di Solo.", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(src), "--format", "xml"])
    assert result.exit_code == 1 and "Error:" in result.output


def test_cli_bad_reference_time_is_an_error(tmp_path: Path) -> None:
    src = tmp_path / "a.txt"
    src.write_text("Demo di Solo.", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(src), "--reference-time", "besok pagi"])
    assert result.exit_code == 1 and "besok pagi" in result.output


def test_cli_reads_stdin() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "peristiwa.cli", "extract", "-"],
        input=b"Polisi menangkap dua orang di Bandung pada 2 Juni 2024.",
        capture_output=True,
        check=True,
    )
    doc = json.loads(proc.stdout.decode().splitlines()[0])
    assert doc["doc_id"] == "stdin" and doc["events"][0]["event_type"] == "COERCE"


def test_cli_eval_matches_the_reference_scorer(tmp_path: Path, gold_dev: Path) -> None:
    pred = tmp_path / "pred.jsonl"
    texts = sorted(str(p) for p in gold_dev.glob("*.txt"))
    assert runner.invoke(app, ["extract", *texts, "-o", str(pred)]).exit_code == 0
    ours = runner.invoke(app, ["eval", str(gold_dev), str(pred), "--json"])
    assert ours.exit_code == 0
    scorer = gold_dev.parent.parent / "tools" / "score.py"
    theirs = subprocess.run(
        [sys.executable, str(scorer), str(gold_dev), str(pred), "--json"], capture_output=True, check=True, text=True
    )
    assert json.loads(ours.output) == json.loads(theirs.stdout)


def test_cli_min_confidence_leaves_out_less_confident_events(tmp_path: Path, example_text: str) -> None:
    source = tmp_path / "contoh.txt"
    source.write_text(example_text, encoding="utf-8")
    counts = []
    for threshold in ("0", "0.5", "0.9", "1"):
        out = tmp_path / f"hasil-{threshold}.jsonl"
        result = runner.invoke(app, ["extract", str(source), "-o", str(out), "--min-confidence", threshold])
        assert result.exit_code == 0
        [doc] = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
        assert all(e["confidence"] >= float(threshold) for e in doc["events"])
        counts.append(len(doc["events"]))
    assert counts == sorted(counts, reverse=True) and counts[0] > counts[-1]


DATELINED = (
    "Jayapura, Senin (2/6/2025) – Kelompok bersenjata menembak dua tukang ojek di Distrik Ilaga "
    "kemarin, kata Kapolda Papua.\n"
)
UNDATED = "Kelompok bersenjata menembak dua tukang ojek di Distrik Ilaga kemarin, kata Kapolda Papua.\n"


def _event_day(tmp_path: Path, name: str, text: str, *args: str) -> str:
    source = tmp_path / f"{name}.txt"
    source.write_text(text, encoding="utf-8")
    out = tmp_path / f"{name}.jsonl"
    result = runner.invoke(app, ["extract", str(source), "-o", str(out), *args])
    assert result.exit_code == 0, result.output
    events = json.loads(out.read_text(encoding="utf-8"))["events"]
    assert events, "no event extracted"
    return str(events[0]["date"]["start"])[:10]


def test_cli_reference_time_fills_in_only_where_the_document_gives_none(tmp_path: Path) -> None:
    """Precedence: the record's own time > the document's dateline > --reference-time."""
    # the dateline (Monday 2 June 2025) wins over the option: "kemarin" is 1 June
    assert _event_day(tmp_path, "a", DATELINED, "--reference-time", "2024-03-05") == "2025-06-01"
    # a text without a dateline takes the option: "kemarin" is the day before it
    assert _event_day(tmp_path, "b", UNDATED, "--reference-time", "2024-03-05") == "2024-03-04"
    # a JSONL record's own reference time wins over its dateline
    record = {"id": "c", "text": DATELINED, "reference_time": "2025-07-10"}
    source = tmp_path / "c.jsonl"
    source.write_text(json.dumps(record) + "\n", encoding="utf-8")
    out = tmp_path / "c-out.jsonl"
    assert runner.invoke(app, ["extract", str(source), "-o", str(out), "--reference-time", "2024-03-05"]).exit_code == 0
    events = json.loads(out.read_text(encoding="utf-8"))["events"]
    assert events[0]["date"]["start"][:10] == "2025-07-09"
