"""Cost of hostile inputs: CPU seconds and peak RSS by input size, and the cost exponent.

    .venv/bin/python benchmarks/bench_hostile.py [--out benchmarks/results/hostile.json] [--cases dev_texts …]

Inputs (each in a fresh process, so that peak RSS is its own): a news clause repeated without
full stops, "menyerang " repeated, dates repeated (12 KB to 96 KB), the dev texts concatenated
(10 KB, 100 KB, 1 MB) and the worst cases at the server's 5 MB body limit (each pattern repeated).
The exponent is the slope of log(CPU) over log(size) between the smallest and largest size;
1.0 is linear. The dev texts are read from ../shared beside the repository, or from
$PERISTIWA_SHARED (as the tests do); `--cases` reruns only the named cases and keeps the others'
figures in the output file.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CASES = {
    "clauses": "Polisi menangkap tiga orang di Jayapura pada Senin (29/12/2019) pukul 11.00 WIB, ",
    "trigger": "menyerang ",
    "dates": "Senin (29/12/2019), Selasa 30 Desember 2019 pukul 10.00 WIB; ",
}
SIZES = (12_000, 24_000, 48_000, 96_000)
DEV_SIZES = (10_000, 100_000, 1_000_000)
WORST = 5_000_000  # the server's body limit: each repeated pattern up to it
CHILD = """
import resource, sys, time, peristiwa
text = sys.argv[1] * (int(sys.argv[2]) // len(sys.argv[1]) + 1)
peristiwa.extract("Halo.", doc_id="warm")
start = time.process_time()
doc = peristiwa.extract(text[: int(sys.argv[2])], doc_id="x")
print(time.process_time() - start, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
"""


def run(unit: str, size: int) -> tuple[float, float]:
    out = subprocess.run([sys.executable, "-c", CHILD, unit, str(size)], capture_output=True, text=True, check=True)
    cpu, rss = out.stdout.split()
    return float(cpu), float(rss)


def exponent(points: list[tuple[int, float]]) -> float:
    (x0, y0), (x1, y1) = points[0], points[-1]
    return math.log(y1 / y0) / math.log(x1 / x0)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks/results/hostile.json")
    parser.add_argument("--cases", nargs="*", help="only these cases (clauses, dates_5mb, …)")
    args = parser.parse_args()
    cases = dict(CASES)
    shared = Path(os.environ.get("PERISTIWA_SHARED", ROOT.parent / "shared"))
    dev = sorted((shared / "gold/dev").glob("*.txt"))
    if dev:
        cases["dev_texts"] = "\n\n".join(p.read_text(encoding="utf-8") for p in dev) + "\n\n"
    plan = [(name, unit, SIZES) for name, unit in cases.items()]
    if "dev_texts" in cases:
        plan[-1] = ("dev_texts", cases["dev_texts"], DEV_SIZES)
    else:
        print(f"dev texts not found in {shared / 'gold/dev'} (set PERISTIWA_SHARED): case left out", flush=True)
    plan += [(f"{name}_5mb", unit, (WORST // 50, WORST)) for name, unit in CASES.items()]
    report = {}
    if args.cases:
        plan = [p for p in plan if p[0] in args.cases]
        if args.out.exists():
            report = json.loads(args.out.read_text(encoding="utf-8"))
    for name, unit, sizes in plan:
        rows = [(size, *run(unit, size)) for size in sizes]
        report[name] = {
            "chars": [r[0] for r in rows],
            "cpu_s": [round(r[1], 2) for r in rows],
            "peak_rss_mb": [round(r[2]) for r in rows],
            "exponent": round(exponent([(r[0], r[1]) for r in rows]), 2),
        }
        print(name, report[name], flush=True)
    args.out.write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
