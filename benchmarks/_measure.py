"""Throughput (1 and n processes), start-up in a fresh interpreter, and scaling with size."""

from __future__ import annotations

import json
import math
import random
import resource
import statistics
import subprocess
import sys
import time
from itertools import cycle, islice
from typing import Any

from _corpus import REPO, Corpus, count_words, paragraphs, size_stats, sized_doc
from _memory import RssSampler, current_rss_mb

REFERENCE_TIME = "2024-03-02"

_STARTUP_CHILD = """
import json, resource, sys, time
t0 = time.perf_counter()
import peristiwa
from peristiwa.pipeline import load_pipeline
t1 = time.perf_counter()
load_pipeline()
t2 = time.perf_counter()
doc = peristiwa.extract(sys.stdin.read(), reference_time="2024-03-02")
t3 = time.perf_counter()
usage = resource.getrusage(resource.RUSAGE_SELF)
print(json.dumps({"import_s": t1 - t0, "load_s": t2 - t1, "first_doc_s": t3 - t2, "events": len(doc.events),
                  "cpu_s": usage.ru_utime + usage.ru_stime, "maxrss_kb": usage.ru_maxrss}))
"""


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_pipe(texts: list[str], *, n_process: int, batch_size: int) -> dict[str, Any]:
    """Time `peristiwa.pipe` over `texts` (the pipeline is loaded and warmed beforehand)."""
    import peristiwa
    from peristiwa.ingest import parse_reference_time

    ref = parse_reference_time(REFERENCE_TIME)
    records = [peristiwa.Record(id=str(i), text=t, reference_time=ref) for i, t in enumerate(texts)]
    failures: list[str] = []
    events = 0
    kids_cpu = _children_cpu()
    with RssSampler(children=n_process > 1) as rss:
        start, cpu = time.perf_counter(), time.process_time()
        for out in peristiwa.pipe(records, batch_size=batch_size, n_process=n_process):
            if isinstance(out, peristiwa.Failure):
                failures.append(f"{out.doc_id}: {out.error}")
            else:
                events += len(out.events)
        wall, cpu = time.perf_counter() - start, time.process_time() - cpu
    return {
        "n_process": n_process,
        "batch_size": batch_size,
        "wall_s": round(wall, 4),
        "cpu_main_s": round(cpu, 4),
        "cpu_workers_s": round(_children_cpu() - kids_cpu, 4),
        "events": events,
        "failures": len(failures),
        "failure_examples": failures[:3],
        "rss": rss.as_dict(),
    }


def warm_up(texts: list[str]) -> float:
    """Load the pipeline and run a few documents so lazy resources are in memory; returns seconds."""
    import peristiwa
    from peristiwa.pipeline import load_pipeline

    start = time.perf_counter()
    load_pipeline()
    for text in texts[:3]:
        peristiwa.extract(text, reference_time=REFERENCE_TIME)
    return round(time.perf_counter() - start, 4)


def rates(run: dict[str, Any], stats: dict[str, int]) -> dict[str, float]:
    """Documents, sentences, words and KB per second of a timed run."""
    wall = max(run["wall_s"], 1e-9)
    cpu = max(run["cpu_main_s"] + run["cpu_workers_s"], 1e-9)
    return {
        "words_per_cpu_s": round(stats["words"] / cpu, 1),
        "docs_per_cpu_s": round(stats["docs"] / cpu, 2),
        "docs_per_s": round(stats["docs"] / wall, 2),
        "sentences_per_s": round(stats["sentences"] / wall, 1),
        "words_per_s": round(stats["words"] / wall, 1),
        "kb_per_s": round(stats["bytes"] / 1024 / wall, 2),
    }


def startup(text: str, *, repeats: int) -> dict[str, Any]:
    """Fresh-interpreter time to first result: import + pipeline load + one short document."""
    runs = []
    for _ in range(repeats):
        start = time.perf_counter()
        out = subprocess.run(
            [sys.executable, "-c", _STARTUP_CHILD], input=text, capture_output=True, text=True, cwd=REPO, timeout=300
        )
        wall = time.perf_counter() - start
        if out.returncode != 0:
            return {"error": out.stderr.strip().splitlines()[-1] if out.stderr.strip() else f"exit {out.returncode}"}
        child = json.loads(out.stdout.strip().splitlines()[-1])
        child["wall_s"] = wall
        runs.append(child)
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", "pass"], check=True, timeout=60)
    bare = time.perf_counter() - start

    def median(key: str) -> float:
        return round(float(statistics.median(r[key] for r in runs)), 4)

    return {
        "repeats": repeats,
        "to_first_result_s": median("wall_s"),
        "to_first_result_cpu_s": median("cpu_s"),
        "import_s": median("import_s"),
        "pipeline_load_s": median("load_s"),
        "first_doc_s": median("first_doc_s"),
        "bare_interpreter_s": round(bare, 4),
        "runs_s": [round(r["wall_s"], 4) for r in runs],
        "rss_one_doc_mb": round(max(r["maxrss_kb"] for r in runs) / 1024, 1),
    }


def fit(xs: list[float], ys: list[float]) -> dict[str, float | None]:
    """Least squares `y = a + b·x` (slope, intercept, r²) and the log-log exponent of y in x."""
    if len(xs) < 2:
        return {"slope": None, "intercept": None, "r2": None, "exponent": None}
    mx, my = statistics.fmean(xs), statistics.fmean(ys)
    sxx = sum((x - mx) ** 2 for x in xs)
    slope = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sxx if sxx else 0.0
    intercept = my - slope * mx
    ss_tot = sum((y - my) ** 2 for y in ys)
    ss_res = sum((y - intercept - slope * x) ** 2 for x, y in zip(xs, ys, strict=True))
    lx = [math.log(x) for x in xs]
    ly = [math.log(max(y, 1e-9)) for y in ys]
    lmx, lmy = statistics.fmean(lx), statistics.fmean(ly)
    lsxx = sum((x - lmx) ** 2 for x in lx)
    exponent = sum((x - lmx) * (y - lmy) for x, y in zip(lx, ly, strict=True)) / lsxx if lsxx else 0.0
    return {
        "slope": slope,
        "intercept": intercept,
        "r2": round(1 - ss_res / ss_tot, 4) if ss_tot else 1.0,
        "exponent": round(exponent, 3),
    }


def doc_size_scaling(corpus: Corpus, sizes_kb: list[float], *, repeats: int) -> dict[str, Any]:
    """Cost of one document as it grows (texts concatenated to each size): CPU seconds, best of `repeats`."""
    import peristiwa

    points = []
    for kb in sizes_kb:
        text = sized_doc(corpus, int(kb * 1024))
        size = len(text.encode("utf-8"))
        best = best_wall = math.inf
        for _ in range(repeats):
            start, cpu = time.perf_counter(), time.process_time()
            peristiwa.extract(text, reference_time=REFERENCE_TIME)
            best = min(best, time.process_time() - cpu)
            best_wall = min(best_wall, time.perf_counter() - start)
        words = count_words(text)
        points.append(
            {
                "target_kb": kb,
                "bytes": size,
                "words": words,
                "seconds": round(best, 5),
                "wall_s": round(best_wall, 5),
                "ms_per_kb": round(best * 1000 / (size / 1024), 3),
                "words_per_s": round(words / best, 1),
            }
        )
    line = fit([p["bytes"] / 1024 for p in points], [p["seconds"] * 1000 for p in points])
    return {
        "repeats": repeats,
        "points": points,
        "ms_per_kb": None if line["slope"] is None else round(line["slope"], 3),
        "fixed_ms": None if line["intercept"] is None else round(line["intercept"], 3),
        "r2": line["r2"],
        "exponent": line["exponent"],
    }


def corpus_size_scaling(corpus: Corpus, counts: list[int], *, batch_size: int) -> dict[str, Any]:
    """CPU cost per document as the corpus grows (short documents: shuffled paragraphs, cycled)."""
    pool = paragraphs(corpus)
    random.Random(7).shuffle(pool)
    points = []
    for n in counts:
        texts = list(islice(cycle(pool), n))
        stats = size_stats(texts)
        run = run_pipe(texts, n_process=1, batch_size=batch_size)
        points.append(
            {
                "docs": n,
                "words": stats["words"],
                "bytes": stats["bytes"],
                "wall_s": run["wall_s"],
                "cpu_s": run["cpu_main_s"],
                "ms_per_doc": round(run["cpu_main_s"] * 1000 / n, 4),
                "us_per_word": round(run["cpu_main_s"] * 1e6 / max(stats["words"], 1), 3),
                "failures": run["failures"],
                "rss_after_mb": current_rss_mb(),
            }
        )
    by_docs = fit([float(p["docs"]) for p in points], [p["cpu_s"] for p in points])
    by_words = fit([float(p["words"]) for p in points], [p["cpu_s"] for p in points])
    first, last = points[0], points[-1]
    return {
        "points": points,
        "exponent_docs": by_docs["exponent"],
        "exponent_words": by_words["exponent"],
        "ms_per_doc_slope": None if by_docs["slope"] is None else round(by_docs["slope"] * 1000, 4),
        "per_word_cost_ratio_last_first": round(last["us_per_word"] / max(first["us_per_word"], 1e-9), 3),
    }
