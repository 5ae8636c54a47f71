"""Headline figures, the targets they are held to, the baseline comparison and the markdown summary."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

# metric → (label, unit, higher is better)
HEADLINE: dict[str, tuple[str, str, bool]] = {
    "words_per_cpu_s_1proc": ("words per CPU-second, 1 process", "words/s", True),
    "words_per_s_1proc": ("words/s, 1 process (wall)", "words/s", True),
    "sentences_per_s_1proc": ("sentences/s, 1 process", "sent/s", True),
    "docs_per_s_1proc": ("documents/s, 1 process", "docs/s", True),
    "words_per_s_2proc": ("words/s, 2 processes", "words/s", True),
    "speedup_2proc": ("2-process speed-up", "x", True),
    "peak_rss_mb": ("peak RSS, 1 process", "MB", False),
    "startup_s": ("start-up to first result (wall)", "s", False),
    "startup_cpu_s": ("start-up to first result (CPU)", "s", False),
    "ms_per_kb": ("cost per KB (1-50 KB docs)", "ms/KB", False),
    "ms_per_doc_corpus": ("cost per short doc, largest corpus", "ms/doc", False),
}
NOISE = 0.03


def headline(report: dict[str, Any]) -> dict[str, float | None]:
    """The few numbers compared against the baseline and the targets."""
    one = report.get("throughput", {}).get("1proc", {})
    two = report.get("throughput", {}).get("2proc", {})
    corpus = report.get("corpus_size", {}).get("points") or [{}]
    return {
        "words_per_cpu_s_1proc": one.get("words_per_cpu_s"),
        "words_per_s_1proc": one.get("words_per_s"),
        "sentences_per_s_1proc": one.get("sentences_per_s"),
        "docs_per_s_1proc": one.get("docs_per_s"),
        "words_per_s_2proc": two.get("words_per_s"),
        "speedup_2proc": report.get("throughput", {}).get("speedup_2proc"),
        "peak_rss_mb": report.get("memory", {}).get("peak_rss_mb"),
        "startup_s": report.get("startup", {}).get("to_first_result_s"),
        "startup_cpu_s": report.get("startup", {}).get("to_first_result_cpu_s"),
        "ms_per_kb": report.get("doc_size", {}).get("ms_per_kb"),
        "ms_per_doc_corpus": corpus[-1].get("ms_per_doc"),
    }


def _check(name: str, value: float | None, ok: bool, goal: str, note: str = "") -> dict[str, Any]:
    status = "n/a" if value is None else ("pass" if ok else "FAIL")
    return {"target": name, "goal": goal, "value": value, "status": status, "note": note}


def targets(report: dict[str, Any]) -> list[dict[str, Any]]:
    """Issue 7's targets, each with pass/FAIL."""
    head = report["headline"]
    words = head["words_per_cpu_s_1proc"]
    rss = head["peak_rss_mb"]
    start = head["startup_cpu_s"]
    speed = head["speedup_2proc"]
    size_exp = report.get("doc_size", {}).get("exponent")
    corpus_exp = report.get("corpus_size", {}).get("exponent_words")
    exps = [e for e in (size_exp, corpus_exp) if e is not None]
    cores = report.get("machine", {}).get("cores_usable") or report.get("machine", {}).get("cores") or 1
    return [
        _check(
            "throughput per core",
            words,
            words is not None and words >= 10_000,
            ">= 10,000 words per CPU-s",
            f"wall-clock {head['words_per_s_1proc']} words/s",
        ),
        _check("peak RSS", rss, rss is not None and rss <= 600, "<= 600 MB"),
        _check(
            "start-up",
            start,
            start is not None and start <= 2.0,
            "<= 2 s to first result (CPU)",
            f"wall-clock {head['startup_s']} s",
        ),
        _check(
            "linear cost",
            max(exps) if exps else None,
            bool(exps) and all(0.85 <= e <= 1.15 for e in exps),
            "log-log exponent 0.85..1.15 (doc size and corpus size)",
            f"doc size exponent {size_exp}, corpus size exponent {corpus_exp}",
        ),
        _check(
            "2 processes",
            speed,
            speed is not None and speed >= 1.7,
            ">= 1.7x one process",
            _contention_note(report, cores),
        ),
    ]


def _contention_note(report: dict[str, Any], cores: int) -> str:
    """Why a 2-process figure may not be trustworthy on this machine."""
    if cores < 2:
        return f"only {cores} usable core(s): cannot pass here"
    throughput = report.get("throughput", {})
    got = throughput.get("2proc", {}).get("cores_obtained")
    estimate = throughput.get("cpu_speedup_estimate_2proc")
    load = (report.get("machine", {}).get("load_average_start") or [None])[0]
    one = throughput.get("1proc", {}).get("cores_obtained")
    if got is None or (got >= 1.7 and (one is None or one >= 0.9)):
        return ""
    return (
        f"contended (load {load}): 1 process got {one} core, 2 processes got {got} of {cores}; "
        f"on idle cores ≈ {estimate}x (CPU-based)"
    )


def load_baseline(path: Path) -> dict[str, Any] | None:
    """A stored report, or None if absent or unreadable."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError):
        return None
    return data if isinstance(data, dict) else None


def compare(report: dict[str, Any], baseline: dict[str, Any]) -> list[dict[str, Any]]:
    """Per headline metric: the change against the baseline in words ("12% slower than baseline")."""
    rows = []
    old_head = baseline.get("headline", {})
    for key, (label, _unit, higher_better) in HEADLINE.items():
        new, old = report["headline"].get(key), old_head.get(key)
        if new is None or not old:
            continue
        change = (new - old) / old
        better = change > 0 if higher_better else change < 0
        if key == "peak_rss_mb":
            word = "less memory" if better else "more memory"
        else:
            word = "faster" if better else "slower"
        if abs(change) < 0.005:
            text = "same as baseline"
        else:
            text = f"{abs(change) * 100:.0f}% {word} than baseline" + (" (noise)" if abs(change) < NOISE else "")
        rows.append(
            {"metric": key, "label": label, "value": new, "baseline": old, "change": round(change, 4), "text": text}
        )
    return rows


def _fmt(value: Any) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:,.0f}" if abs(value) >= 100 else f"{value:.3g}"
    return str(value)


def markdown(report: dict[str, Any]) -> str:
    """A short markdown summary for the terminal."""
    m = report["machine"]
    lines = [
        f"## peristiwa benchmark ({report['mode']}, commit {m.get('git_commit')})",
        "",
        f"{m['cpu_model']}, {m['cores']} cores, Python {m['python']}, spaCy {m['spacy']}; "
        f"corpus {report['corpus']['docs']} docs, {report['corpus']['words']:,} words ({report['corpus']['source']})",
        "",
        "| metric | value | baseline |",
        "| --- | ---: | --- |",
    ]
    changes = {row["metric"]: row["text"] for row in report.get("baseline_comparison", [])}
    for key, (label, unit, _) in HEADLINE.items():
        lines.append(f"| {label} | {_fmt(report['headline'].get(key))} {unit} | {changes.get(key, '–')} |")
    floors = report.get("floors", {}).get("ratios", {})
    if floors:
        lines += ["", "| vs. full pipeline (1 process) | times faster than full |", "| --- | ---: |"]
        lines += [f"| {k} | {_fmt(v)} |" for k, v in floors.items()]
    stages = report.get("stages", {})
    if stages.get("share_of_extract"):
        lines += ["", f"Slowest stage: **{stages['slowest_stage']}**", ""]
        lines += ["| stage | s | share |", "| --- | ---: | ---: |"]
        for name, secs in stages["seconds"].items():
            lines.append(f"| {name} | {secs:.3f} | {stages['share_of_extract'][name] * 100:.1f}% |")
    sizes = report.get("doc_size", {})
    if sizes.get("points"):
        first, last = sizes["points"][0], sizes["points"][-1]
        lines += [
            "",
            f"Document size: {first['ms_per_kb']} ms/KB at {first['bytes'] / 1024:.0f} KB, "
            f"{last['ms_per_kb']} ms/KB at {last['bytes'] / 1024:.0f} KB (exponent {sizes.get('exponent')})",
        ]
        stage_exp = sizes.get("stages", {}).get("exponent", {})
        worse = sizes.get("stages", {}).get("superlinear_stages", [])
        if worse:
            lines.append("Superlinear stages: " + ", ".join(f"{n} (exponent {stage_exp.get(n)})" for n in worse))
    corpus = report.get("corpus_size", {})
    if corpus.get("points"):
        per = ", ".join(f"{p['docs']:,}: {p['ms_per_doc']} ms" for p in corpus["points"])
        lines += ["", f"Corpus size, ms per document: {per} (exponent in words {corpus.get('exponent_words')})"]
    lines += ["", "| target | goal | value | status |", "| --- | --- | ---: | --- |"]
    for t in report.get("targets", []):
        lines.append(f"| {t['target']} | {t['goal']} | {_fmt(t['value'])} | {t['status']} {t['note']} |")
    hot = report.get("profile", {}).get("by_self_time", [])
    if hot:
        lines += ["", "| hot spot (self time) | share |", "| --- | ---: |"]
        lines += [f"| {h['function']} | {h['share'] * 100:.1f}% |" for h in hot]
    boot = report.get("startup_profile", {}).get("by_self_time", [])
    if boot:
        lines += ["", "| start-up hot spot (self time) | s |", "| --- | ---: |"]
        lines += [f"| {h['function']} | {h['seconds']:.3f} |" for h in boot[:5]]
    failed = {k: v["error"] for k, v in report.items() if isinstance(v, dict) and "error" in v}
    if failed:
        lines += ["", "Sections that failed:"] + [f"- {k}: {err}" for k, err in failed.items()]
    if report.get("baseline_note"):
        lines += ["", report["baseline_note"]]
    return "\n".join(lines)
