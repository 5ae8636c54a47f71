"""The benchmark harness: a --quick run on tiny input writes a well-formed report (no timing asserts)."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "benchmarks"
sys.path.insert(0, str(BENCH))

from _corpus import Corpus, count_words, sized_doc  # noqa: E402
from _measure import fit  # noqa: E402
from _report import HEADLINE, compare  # noqa: E402

TINY = {
    "bentrok": (
        "Pada Senin, 4 Maret 2024, sekelompok orang bersenjata menyerang pos polisi di Distrik Ilaga, "
        "Kabupaten Puncak. Menurut Polda Papua, dua polisi tewas dan lima warga luka-luka.\n"
        "Ratusan mahasiswa berunjuk rasa di depan gedung DPRD Papua di Jayapura pada Selasa. "
        "Mereka mendesak pemerintah menarik pasukan dari wilayah itu.\n"
    ),
    "demo": (
        "Ribuan buruh berdemonstrasi di depan Istana Merdeka, Jakarta, pada 1 Mei 2023 menuntut kenaikan upah. "
        "Polisi menangkap 12 orang yang diduga merusak fasilitas umum.\n"
    ),
}


def _pipeline_available() -> bool:
    try:
        from peristiwa.pipeline import load_pipeline

        load_pipeline()
    except ImportError:
        return False
    return True


@pytest.fixture(scope="module")
def quick_run(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[dict[str, Any], Path, int]]:
    folder = tmp_path_factory.mktemp("bench")
    corpus = folder / "corpus"
    corpus.mkdir()
    for name, text in TINY.items():
        (corpus / f"{name}.txt").write_text(text, encoding="utf-8")
    out, baseline = folder / "report.json", folder / "baseline.json"
    done = subprocess.run(
        [
            sys.executable,
            str(BENCH / "run.py"),
            "--quick",
            "--quiet",
            "--corpus",
            str(corpus),
            "--out",
            str(out),
            "--baseline",
            str(baseline),
            "--save-baseline",
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    )
    assert out.is_file(), done.stderr
    yield json.loads(out.read_text(encoding="utf-8")), baseline, done.returncode


def test_benchmarks_report_is_well_formed(quick_run: tuple[dict[str, Any], Path, int]) -> None:
    report, _, _ = quick_run
    assert report["format"] == "peristiwa-bench/1"
    assert report["mode"] == "quick"
    assert report["machine"]["cores"] >= 1
    assert report["machine"]["python"].startswith("3.")
    assert set(report["headline"]) == set(HEADLINE)
    assert [t["target"] for t in report["targets"]] == [
        "throughput per core",
        "peak RSS",
        "start-up",
        "linear cost",
        "2 processes",
    ]
    assert report["corpus"]["words"] == sum(count_words(t) for t in [*TINY.values()] * 15)


def test_benchmarks_save_baseline_writes_the_same_report(quick_run: tuple[dict[str, Any], Path, int]) -> None:
    report, baseline, _ = quick_run
    assert json.loads(baseline.read_text(encoding="utf-8")) == report


def test_benchmarks_sections_succeed_when_pipeline_loads(quick_run: tuple[dict[str, Any], Path, int]) -> None:
    if not _pipeline_available():
        pytest.skip("the peristiwa pipeline does not import yet")
    report, _, status = quick_run
    errors = {k: v["error"] for k, v in report.items() if isinstance(v, dict) and "error" in v}
    assert errors == {}
    assert status == 0
    assert report["throughput"]["1proc"]["failures"] == 0
    assert report["headline"]["words_per_s_1proc"] > 0
    assert report["stages"]["slowest_stage"] in report["stages"]["seconds"]
    assert [p["docs"] for p in report["corpus_size"]["points"]] == [10, 100, 300]


@pytest.mark.parametrize(
    ("new", "old", "expected"),
    [
        (8000.0, 10000.0, "20% slower than baseline"),
        (12500.0, 10000.0, "25% faster than baseline"),
        (10000.0, 10000.0, "same as baseline"),
    ],
)
def test_benchmarks_compare_words_per_second(new: float, old: float, expected: str) -> None:
    rows = compare({"headline": {"words_per_s_1proc": new}}, {"headline": {"words_per_s_1proc": old}})
    assert [r["text"] for r in rows] == [expected]


def test_benchmarks_compare_lower_is_better_for_startup() -> None:
    rows = compare({"headline": {"startup_s": 1.5}}, {"headline": {"startup_s": 2.0}})
    assert rows[0]["text"] == "25% faster than baseline"


@pytest.mark.parametrize(
    ("ys", "exponent"),
    [([2.0, 4.0, 8.0, 16.0], 1.0), ([4.0, 16.0, 64.0, 256.0], 2.0), ([3.0, 3.0, 3.0, 3.0], 0.0)],
)
def test_benchmarks_fit_exponent(ys: list[float], exponent: float) -> None:
    assert fit([1.0, 2.0, 4.0, 8.0], ys)["exponent"] == pytest.approx(exponent, abs=1e-3)


@pytest.mark.parametrize("size", [1024, 5 * 1024, 20 * 1024])
def test_benchmarks_sized_doc_reaches_size_and_ends_a_sentence(size: int) -> None:
    corpus = Corpus("tiny", tuple(TINY), tuple(TINY.values()))
    text = sized_doc(corpus, size)
    assert size // 2 < len(text.encode("utf-8")) <= size
    assert text.rstrip().endswith(".")
