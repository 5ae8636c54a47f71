"""Benchmark the full peristiwa pipeline: throughput, memory, start-up, scaling, floors, stages, profile.

    python benchmarks/run.py                 # full run (several minutes), writes results/pipeline.json
    python benchmarks/run.py --quick         # a smaller run (about a minute)
    python benchmarks/run.py --save-baseline # also store the report as benchmarks/baseline.json

Every section is measured independently: a section that fails records `{"error": ...}` and the run
goes on, so the JSON report is always written. See benchmarks/README.md for how to read it.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _corpus import load_corpus, size_stats, sized_doc, take_docs
from _machine import machine_info
from _measure import (
    corpus_size_scaling,
    doc_size_scaling,
    rates,
    run_pipe,
    startup,
    warm_up,
)
from _memory import peak_rss_mb
from _report import compare, headline, load_baseline, markdown, targets

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results" / "pipeline.json"
BASELINE = HERE / "baseline.json"
SECTIONS = ("startup", "throughput", "processes", "doc_size", "corpus_size", "floors", "stages", "profile")


@dataclass(frozen=True, slots=True)
class Plan:
    """How much work each section does (the full run, or `--quick`)."""

    throughput_docs: int
    batch_size: int
    startup_repeats: int
    doc_sizes_kb: tuple[float, ...]
    doc_size_repeats: int
    corpus_counts: tuple[int, ...]
    floor_repeats: int
    profile_docs: int


FULL = Plan(
    throughput_docs=211,
    batch_size=16,
    startup_repeats=3,
    doc_sizes_kb=(1, 2, 5, 10, 20, 50),
    doc_size_repeats=3,
    corpus_counts=(10, 100, 1000, 10_000),
    floor_repeats=5,
    profile_docs=60,
)
QUICK = Plan(
    throughput_docs=30,
    batch_size=8,
    startup_repeats=1,
    doc_sizes_kb=(1, 5, 20, 50),
    doc_size_repeats=1,
    corpus_counts=(10, 100, 300),
    floor_repeats=3,
    profile_docs=10,
)


def _section(report: dict[str, Any], name: str, run: Callable[[], Any], *, log: bool) -> Any:
    """Run one section, store its result (or its error) under `name`, and return the result."""
    start = time.perf_counter()
    if log:
        print(f"[bench] {name} ...", file=sys.stderr, flush=True)
    try:
        result = run()
    except Exception as err:  # a broken stage must not lose the rest of the report
        result = {"error": f"{type(err).__name__}: {err}", "traceback": traceback.format_exc(limit=6)}
    elapsed = round(time.perf_counter() - start, 2)
    if isinstance(result, dict):
        result.setdefault("section_s", elapsed)
    report[name] = result
    if log:
        print(f"[bench] {name} done in {elapsed} s", file=sys.stderr, flush=True)
    return result


def _throughput(texts: list[str], plan: Plan, *, processes: bool) -> dict[str, Any]:
    stats = size_stats(texts)
    one = run_pipe(texts, n_process=1, batch_size=plan.batch_size)
    one.update(rates(one, stats))
    one["peak_rss_self_mb"] = peak_rss_mb()
    out: dict[str, Any] = {"input": stats, "1proc": one}
    if processes:
        two = run_pipe(texts, n_process=2, batch_size=plan.batch_size)
        two.update(rates(two, stats))
        out["2proc"] = two
        out["speedup_2proc"] = round(one["wall_s"] / max(two["wall_s"], 1e-9), 3)
        for result in (one, two):
            cpu = result["cpu_main_s"] + result["cpu_workers_s"]
            result["cores_obtained"] = round(cpu / max(result["wall_s"], 1e-9), 2)
        # What 2 processes would give on 2 idle cores: same total CPU, split over two.
        cpu_two = two["cpu_main_s"] + two["cpu_workers_s"]
        out["cpu_speedup_estimate_2proc"] = round(2 * one["cpu_main_s"] / max(cpu_two, 1e-9), 3)
    return out


def _floors(texts: list[str], plan: Plan, full_s: float | None) -> dict[str, Any]:
    from _stages import floors

    seconds = floors(texts, repeats=plan.floor_repeats)
    stats = size_stats(texts)
    out: dict[str, Any] = {"docs": len(texts), "words": stats["words"], "seconds": seconds}
    if full_s:
        out["full_pipeline_cpu_s"] = full_s
        out["ratios"] = {
            "regex tokenisation (floor)": round(full_s / max(seconds["regex_tokenise_s"], 1e-9), 1),
            'spaCy blank("id") tokenisation': round(full_s / max(seconds["spacy_blank_id_tokenise_s"], 1e-9), 1),
            "peristiwa tokenizer only": round(full_s / max(seconds["peristiwa_tokenizer_s"], 1e-9), 1),
        }
        out["words_per_s"] = {k: round(stats["words"] / max(v, 1e-9), 1) for k, v in seconds.items()}
    return out


def _memory(report: dict[str, Any]) -> dict[str, Any]:
    """Peak RSS: the benchmark process after the 1-process sections, and the 2-process workers."""
    throughput = report.get("throughput", {})
    one = throughput.get("1proc", {}).get("peak_rss_self_mb")
    sizes = report.get("doc_size", {}).get("peak_rss_self_mb")
    two = throughput.get("2proc", {}).get("rss", {})
    peaks = [v for v in (one, sizes) if v is not None]
    return {
        "peak_rss_mb": max(peaks) if peaks else None,
        "after_throughput_mb": one,
        "after_doc_sizes_mb": sizes,
        "startup_one_doc_mb": report.get("startup", {}).get("rss_one_doc_mb"),
        "two_process_total_mb": two.get("peak_total_mb"),
        "two_process_largest_worker_mb": two.get("peak_child_mb"),
        "note": "peak_rss_mb is ru_maxrss of the benchmark process after the 1-process throughput and the "
        "1-50 KB documents; 2-process figures are psutil samples (shared pages counted once per process)",
    }


def _load() -> list[float] | None:
    """The 1, 5 and 15 minute load averages (other work on a shared machine skews every figure)."""
    return [round(x, 2) for x in os.getloadavg()] if hasattr(os, "getloadavg") else None


def _parse(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="smaller inputs and fewer repeats")
    parser.add_argument("--corpus", type=Path, help="a folder of .txt files (or one file) instead of the shared corpus")
    parser.add_argument("--out", type=Path, default=RESULTS, help=f"JSON report path (default {RESULTS})")
    parser.add_argument("--baseline", type=Path, default=BASELINE, help=f"baseline to compare with ({BASELINE})")
    parser.add_argument("--save-baseline", action="store_true", help="also write the report to --baseline")
    parser.add_argument("--skip", default="", help=f"comma-separated sections to skip: {','.join(SECTIONS)}")
    parser.add_argument("--profile-html", type=Path, help="also save pyinstrument's HTML profile here")
    parser.add_argument("--quiet", action="store_true", help="no progress lines on stderr")
    args = parser.parse_args(argv)
    unknown = {s for s in args.skip.split(",") if s} - set(SECTIONS)
    if unknown:
        parser.error(f"unknown section(s) in --skip: {', '.join(sorted(unknown))}")
    return args


def run(argv: Sequence[str] | None = None) -> dict[str, Any]:
    """Run the benchmark, write the JSON report (and baseline if asked), print the summary; return the report."""
    args = _parse(argv)
    plan = QUICK if args.quick else FULL
    skip = {s for s in args.skip.split(",") if s}
    log = not args.quiet
    corpus = load_corpus(corpus_dir=args.corpus)
    texts = take_docs(corpus, max(plan.throughput_docs, 1))
    started = time.perf_counter()
    report: dict[str, Any] = {
        "format": "peristiwa-bench/1",
        "mode": "quick" if args.quick else "full",
        "date": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "machine": {**machine_info(), "load_average_start": _load()},
        "corpus": {"source": corpus.source, "texts": len(corpus.texts), **size_stats(texts)},
        "plan": {k: getattr(plan, k) for k in plan.__slots__},
    }
    run_section = {name: name not in skip for name in SECTIONS}
    if run_section["startup"]:
        _section(report, "startup", lambda: startup(texts[0][:2000], repeats=plan.startup_repeats), log=log)
    _section(report, "warm_up", lambda: {"seconds": warm_up(texts)}, log=log)
    if run_section["throughput"]:
        _section(report, "throughput", lambda: _throughput(texts, plan, processes=run_section["processes"]), log=log)

    def sizes() -> dict[str, Any]:
        from _stages import stage_scaling

        result = doc_size_scaling(corpus, list(plan.doc_sizes_kb), repeats=plan.doc_size_repeats)
        result["peak_rss_self_mb"] = peak_rss_mb()
        result["stages"] = stage_scaling([sized_doc(corpus, int(kb * 1024)) for kb in plan.doc_sizes_kb])
        return result

    if run_section["doc_size"]:
        _section(report, "doc_size", sizes, log=log)
    if run_section["corpus_size"]:
        counts = list(plan.corpus_counts)
        _section(
            report, "corpus_size", lambda: corpus_size_scaling(corpus, counts, batch_size=plan.batch_size), log=log
        )
    full_s = report.get("throughput", {}).get("1proc", {}).get("cpu_main_s")  # CPU, as the floors
    if run_section["floors"]:
        _section(report, "floors", lambda: _floors(texts, plan, full_s), log=log)
    if run_section["stages"]:
        from _stages import stage_times

        _section(report, "stages", lambda: stage_times(texts), log=log)
    if run_section["profile"]:
        from _profile import profile

        docs = texts[: plan.profile_docs]
        _section(report, "profile", lambda: profile(docs, top=10, html=args.profile_html), log=log)
        if run_section["startup"]:
            from _profile import profile_startup

            _section(report, "startup_profile", lambda: profile_startup(texts[0][:2000]), log=log)
    report["memory"] = _memory(report)
    report["run_s"] = round(time.perf_counter() - started, 1)
    report["machine"]["load_average_end"] = _load()
    finish(report, out=args.out, baseline_path=args.baseline, save_baseline=args.save_baseline)
    return report


def finish(report: dict[str, Any], *, out: Path, baseline_path: Path, save_baseline: bool) -> None:
    """Add headline, targets and baseline comparison; write the JSON; print the markdown summary."""
    report["headline"] = headline(report)
    report["targets"] = targets(report)
    baseline = load_baseline(baseline_path)
    if save_baseline:
        report["baseline_comparison"] = [] if baseline is None else compare(report, baseline)
        report["baseline_note"] = f"Saved as the new baseline: {baseline_path}."
    elif baseline is None:
        report["baseline_comparison"] = []
        report["baseline_note"] = f"No baseline at {baseline_path} (write one with --save-baseline)."
    else:
        report["baseline_comparison"] = compare(report, baseline)
        old = baseline.get("machine", {})
        report["baseline_note"] = (
            f"Baseline: {baseline.get('mode')} run of {baseline.get('date')}, commit {old.get('git_commit')}"
            + ("" if baseline.get("mode") == report["mode"] else " (different mode: compare with care)")
        )
    text = json.dumps(report, ensure_ascii=False, indent=2) + "\n"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(text, encoding="utf-8")
    if save_baseline:
        baseline_path.parent.mkdir(parents=True, exist_ok=True)
        baseline_path.write_text(text, encoding="utf-8")
    print(markdown(report))
    for row in report["baseline_comparison"]:
        print(f"{row['label']}: {row['text']}")


def failed_sections(report: dict[str, Any]) -> list[str]:
    """Names of the sections that recorded an error."""
    return [k for k, v in report.items() if isinstance(v, dict) and "error" in v]


def main(argv: Sequence[str] | None = None) -> int:
    """Exit status 1 when a section failed (the report is written all the same)."""
    return 1 if failed_sections(run(argv)) else 0


if __name__ == "__main__":
    raise SystemExit(main())
