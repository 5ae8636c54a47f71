"""Dask with a per-document budget: a hostile document is stopped at its budget and listed as a
failure; the other documents of its partition are written."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from peristiwa.dask import extract_bag
from peristiwa.errors import OptionError
from peristiwa.ingest import Record

pytest.importorskip("dask.bag")
distributed = pytest.importorskip("distributed")

SHORT = [
    "Polisi menangkap dua orang di Medan pada Senin (3/3/2025).",
    "Ratusan mahasiswa berunjuk rasa di depan gedung DPRD di Jayapura pada 5 Maret 2024.",
]
# A news clause repeated with no full stop: many seconds of work (its cost is linear, but long).
HOSTILE = "Polisi menangkap tiga orang di Jayapura pada Senin (29/12/2019) pukul 11.00 WIB, " * 2500


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "berita"
    folder.mkdir()
    (folder / "a-pendek.txt").write_text(SHORT[0], encoding="utf-8")
    (folder / "b-panjang.txt").write_text(HOSTILE, encoding="utf-8")
    (folder / "c-pendek.txt").write_text(SHORT[1], encoding="utf-8")
    return folder


def test_dask_budget_stops_a_hostile_document_and_writes_the_others(tmp_path: Path) -> None:
    out = tmp_path / "hasil"
    result = extract_bag([_folder(tmp_path)], output=out, budget=1.0, num_workers=1, files_per_partition=3)
    written = [json.loads(line) for part in result.parts for line in part.read_text(encoding="utf-8").splitlines()]
    assert [d["doc_id"] for d in written] == ["a-pendek", "c-pendek"]
    assert all(d["events"] for d in written)
    assert len(result.failures) == 1
    doc_id, why = result.failures[0]
    assert doc_id == "b-panjang" and "over its budget" in why
    errors = [json.loads(line) for line in (out / "_errors.jsonl").read_text(encoding="utf-8").splitlines()]
    assert errors == [{"doc_id": "b-panjang", "error": why}]


def test_dask_budget_needs_the_packaged_pipeline_and_a_positive_number(tmp_path: Path) -> None:
    def runner(record: Record) -> object:
        raise AssertionError("never called")

    folder = _folder(tmp_path)
    with pytest.raises(OptionError, match="custom runner"):
        extract_bag([folder], output=tmp_path / "a", budget=5.0, runner=runner)  # type: ignore[arg-type]
    with pytest.raises(OptionError, match="positive"):
        extract_bag([folder], output=tmp_path / "b", budget=0.0)


def test_dask_budget_on_daemonic_cluster_workers_is_a_clear_error(tmp_path: Path) -> None:
    """Distributed's workers are daemonic by default and may not start the stoppable process."""
    with (
        distributed.LocalCluster(
            n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None, worker_dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as client,
        pytest.raises(OptionError, match="DASK_DISTRIBUTED__WORKER__DAEMON=False"),
    ):
        extract_bag([_folder(tmp_path)], output=tmp_path / "hasil", client=client, budget=5.0)


def test_cli_dask_budget_writes_the_good_documents_and_exits_3(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from peristiwa.cli import app

    out = tmp_path / "hasil"
    result = CliRunner().invoke(
        app, ["extract", str(_folder(tmp_path)), "--engine", "dask", "-j", "1", "--budget", "1", "-o", str(out)]
    )
    assert result.exit_code == 3, result.output
    assert "b-panjang" in result.output and "documents: 2" in result.output
    assert sorted(json.loads(line)["doc_id"] for line in (out / "part-00000.jsonl").read_text().splitlines()) == [
        "a-pendek",
        "c-pendek",
    ]
