"""Hostile and careless input: each case is refused with an error naming what and where, or
processed; the other documents of a batch are never lost and no file is left broken."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

import peristiwa
from peristiwa.api import Document, Failure
from peristiwa.cli import EXIT_PARTIAL, app
from peristiwa.errors import InputError, PeristiwaError
from peristiwa.export import open_writer, safe_cell
from peristiwa.ingest import Record, iter_records, read_jsonl
from peristiwa.schema import validate

NEWS = "Polisi menangkap dua orang di Jayapura kemarin."
runner = CliRunner()


def test_a_lone_surrogate_is_an_input_error_naming_its_offset() -> None:
    with pytest.raises(InputError, match=r"lone surrogate U\+D800 at character 16"):
        peristiwa.extract("Polisi menangkap\ud800 dua orang di Jayapura.")


@pytest.mark.parametrize("moment", ["9999-12-31T23:59:59-12:00", "0001-01-01"])
def test_a_reference_time_out_of_range_is_an_input_error(moment: str) -> None:
    with pytest.raises(InputError, match="outside the years 1000-2999"):
        peristiwa.extract(NEWS, reference_time=moment)


def test_a_nul_after_the_first_8_kb_of_a_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "berita.txt"
    path.write_text("Polisi menangkap dua orang. " * 400 + "\x00 tambahan.", encoding="utf-8")
    [item] = list(iter_records([path]))
    assert isinstance(item, InputError)
    assert str(path) in str(item) and "NUL character at character 11200" in str(item)


def test_a_number_as_url_or_title_becomes_a_string_that_the_schema_accepts() -> None:
    line = json.dumps({"id": 7, "text": NEWS, "url": 123, "title": 2025, "reference_time": "2025-03-04"})
    [record] = list(read_jsonl(line.encode(), "berita.jsonl"))
    assert isinstance(record, Record)
    assert (record.id, record.url, record.title) == ("7", "123", "2025")
    validate(peristiwa.api.run_record(record).to_json())


def test_a_number_as_url_in_the_api_is_an_input_error() -> None:
    with pytest.raises(InputError, match="field 'url' must be a string"):
        peristiwa.extract(NEWS, url=123)  # type: ignore[arg-type]


@pytest.mark.parametrize("separator", ["\u2028", "\u0085", "\r", "\x0c"])
def test_a_jsonl_record_holding_a_line_separator_stays_one_record(separator: str) -> None:
    text = f"Massa berunjuk rasa di Jakarta.{separator}Polisi menangkap dua orang."
    data = (json.dumps({"id": "a", "text": text}, ensure_ascii=False) + "\n").encode()
    [record] = list(read_jsonl(data, "berita.jsonl"))
    assert isinstance(record, Record) and record.text == text


def test_one_bad_record_in_a_batch_is_a_failure_with_its_code_and_the_rest_is_processed() -> None:
    records = [
        Record(id="baik-1", text=NEWS),
        Record(id="rusak", text="Demo\ud83d di Jakarta."),
        Record(id="baik-2", text="Massa berunjuk rasa di depan kantor DPRD Papua."),
    ]
    results = list(peristiwa.pipe(records, batch_size=3))
    assert [r.doc_id for r in results] == ["baik-1", "rusak", "baik-2"]
    bad = results[1]
    assert isinstance(bad, Failure) and bad.code == "bad_input" and "character 4" in bad.error
    assert isinstance(results[0], Document) and isinstance(results[2], Document)


def test_every_error_class_has_its_own_code() -> None:
    import peristiwa.errors as errors

    classes = [c for c in vars(errors).values() if isinstance(c, type) and issubclass(c, PeristiwaError)]
    codes = [c.code for c in classes if c is not PeristiwaError]
    assert len(codes) >= 6 and len(set(codes)) == len(codes)


def test_cli_refuses_an_output_that_is_an_input_and_keeps_the_input(tmp_path: Path) -> None:
    source = tmp_path / "berita.txt"
    source.write_text(NEWS, encoding="utf-8")
    result = runner.invoke(app, ["extract", str(tmp_path), "-o", str(source)])
    assert result.exit_code == 1 and "is also an input" in " ".join(result.output.split())
    assert source.read_text(encoding="utf-8") == NEWS


def test_cli_writes_no_file_when_every_document_is_skipped(tmp_path: Path) -> None:
    (tmp_path / "kosong.txt").write_text("   ", encoding="utf-8")
    out = tmp_path / "hasil.json"
    result = runner.invoke(app, ["extract", str(tmp_path / "kosong.txt"), "-o", str(out), "-f", "json"])
    assert result.exit_code == EXIT_PARTIAL
    assert not out.exists() and "not written" in " ".join(result.output.split())


def test_an_interrupted_write_leaves_the_old_file_and_no_temporary_file(tmp_path: Path) -> None:
    out = tmp_path / "hasil.geojson"
    out.write_text("lama", encoding="utf-8")
    document = peristiwa.extract(NEWS)
    with pytest.raises(KeyboardInterrupt), open_writer("geojson", out) as writer:
        writer.write(document)
        raise KeyboardInterrupt
    assert out.read_text(encoding="utf-8") == "lama"
    assert [p.name for p in tmp_path.iterdir()] == ["hasil.geojson"]


def test_a_finished_write_replaces_the_file_with_valid_json(tmp_path: Path) -> None:
    out = tmp_path / "hasil.geojson"
    out.write_text("lama", encoding="utf-8")
    with open_writer("geojson", out) as writer:
        writer.write(peristiwa.extract(NEWS))
    assert json.loads(out.read_text(encoding="utf-8"))["type"] == "FeatureCollection"
    assert out.stat().st_mode & 0o044  # readable as a file `open` would make, not owner-only


@pytest.mark.parametrize("cell", ['=HYPERLINK("http://x")', "+62 811", "-cmd", "@SUM(A1)"])
def test_a_csv_cell_a_spreadsheet_would_run_is_neutralised(cell: str) -> None:
    assert safe_cell(cell) == "'" + cell


@pytest.mark.parametrize("cell", [-6.2, "-6.2", "Jakarta", 3, None])
def test_numbers_and_plain_text_stay_as_they_are_in_csv(cell: object) -> None:
    assert safe_cell(cell) == cell


def test_csv_output_of_a_formula_like_name_starts_with_an_apostrophe(tmp_path: Path) -> None:
    text = "=Kelompok bersenjata menyerang pos polisi di Ilaga, Kabupaten Puncak, pada Senin (3/3/2025)."
    out = tmp_path / "hasil.csv"
    with open_writer("csv", out) as writer:
        writer.write(peristiwa.extract(text, reference_time="2025-03-04"))
    cells = [c for row in csv.reader(io.StringIO(out.read_text(encoding="utf-8"))) for c in row]
    assert not any(c.startswith("=") for c in cells)


def test_cli_budget_stops_a_document_and_writes_the_others(tmp_path: Path) -> None:
    (tmp_path / "a-panjang.txt").write_text((NEWS + " ") * 3000, encoding="utf-8")  # ~150 KB: seconds
    (tmp_path / "b-pendek.txt").write_text(NEWS, encoding="utf-8")
    out = tmp_path / "hasil.jsonl"
    result = runner.invoke(app, ["extract", str(tmp_path), "-o", str(out), "--budget", "1"])
    assert result.exit_code == EXIT_PARTIAL and "over_budget" in result.output
    [line] = out.read_text(encoding="utf-8").splitlines()
    assert json.loads(line)["doc_id"] == "b-pendek"
