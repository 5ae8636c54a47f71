"""Benchmark of the event store (``peristiwa.store``).

    .venv/bin/python benchmarks/bench_store.py [--pg URL] [--limit N] [--out benchmarks/results/store.json]

1. Every Kompas article of ``$PERISTIWA_SHARED/corpus/kompas-2025`` extracted once (timed), then
   added to a fresh SQLite store (timed) and, with ``--pg`` (or ``$PERISTIWA_TEST_PG_URL``), to a
   PostgreSQL database; the merged events of both are compared, and adding everything a second
   time must change nothing.
2. The cost of one more document into stores that already hold 1k, 10k and 100k merged events
   (synthetic events of every type and many countries, spread over 2020-2025 — the larger store
   the denser each day — and, apart, at a constant density of about 17 a day around the added
   articles' days — the store's size alone): the same 20 real articles are added to each, and the
   CPU seconds per document compared. Blocking on (type, day) should keep the second flat.
CPU time is `time.process_time` of this process (the database runs in it for SQLite).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import insert, text

from peristiwa.api import Failure, pipe
from peristiwa.document import Document
from peristiwa.ingest import Record, parse_reference_time
from peristiwa.store import EventStore
from peristiwa.store.schema import mentions, merged_events

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("PERISTIWA_SHARED", ROOT.parent / "shared"))
TYPES = ["ASSAULT", "PROTEST", "COERCE", "ACCUSE", "REQUEST", "CONSULT", "AGREE", "REJECT", "SUPPORT"]
COUNTRIES = ["IDN", "USA", "ISR", "PSE", "IRN", "RUS", "UKR", "THA", "KHM", "MMR", "PHL", "CHN", "IND", "PAK"]


def articles(limit: int | None) -> list[Record]:
    path = SHARED / "corpus/kompas-2025/articles.jsonl"
    out = []
    for line in path.read_text(encoding="utf-8").splitlines()[:limit]:
        rec = json.loads(line)
        out.append(Record(id=rec["id"], text=rec["text"], reference_time=parse_reference_time(rec["reference_time"])))
    return out


def extract(records: list[Record]) -> tuple[list[tuple[Document, str]], float]:
    texts = {r.id: r.text for r in records}
    start = time.process_time()
    docs = [(d, texts[d.doc_id or ""]) for d in pipe(records) if not isinstance(d, Failure)]
    return docs, time.process_time() - start


def fill(store: EventStore, n: int, seed: int = 7, *, first: date = date(2020, 1, 1), span: int = 2190) -> None:
    """`n` synthetic merged events, one mention each, spread over types, countries and the `span`
    days from `first`."""
    rng = random.Random(seed)
    with store.engine.begin() as conn:
        conn.execute(
            text("INSERT INTO documents (doc_id, text_sha256, added, record) VALUES ('synthetic', '0', '', '{}')")
        )
        rows, mention_rows = [], []
        for i in range(1, n + 1):
            day = (first + timedelta(days=rng.randrange(span))).isoformat()
            kind, country = rng.choice(TYPES), rng.choice(COUNTRIES)
            rows.append(
                {
                    "id": i,
                    "event_type": kind,
                    "country": country,
                    "day": day,
                    "block_day": day,
                    "n_documents": 1,
                    "record": {},
                }
            )
            f = {
                "type": kind,
                "day": day,
                "precision": "day",
                "country": country,
                "places": [],
                "parties": [],
                "words": [f"kata{rng.randrange(5000)}" for _ in range(8)],
                "reference_day": day,
            }
            mention_rows.append({"doc_id": "synthetic", "event_index": i, "merged_id": i, "event": {}, "features": f})
        for start in range(0, n, 5000):
            conn.execute(insert(merged_events), rows[start : start + 5000])
            conn.execute(insert(mentions), mention_rows[start : start + 5000])


#: the constant-density stores hold this many merged events a day (all types), around the added articles
DENSITY = 1_000 / 60


def scaling(docs: list[tuple[Document, str]], tmp: Path) -> dict[str, Any]:
    """CPU ms per added document into stores of 1k, 10k and 100k synthetic merged events: spread
    over six years (the denser the store, the more events in each day's block), and at a constant
    density around the added articles' days (the store's size alone)."""
    days = sorted(str(d.reference_time)[:10] for d, _ in docs if d.reference_time)
    middle = date.fromisoformat(days[len(days) // 2]) if days else date(2025, 6, 15)
    fixed: dict[str, float] = {}
    dense: dict[str, float] = {}
    warm = EventStore(str(tmp / "warm.sqlite"))  # the first store pays the imports and caches
    fill(warm, 1_000)
    warm.add(docs)
    for n in (1_000, 10_000, 100_000):
        span = round(n / DENSITY)
        for out, first, width in ((fixed, date(2020, 1, 1), 2190), (dense, middle - timedelta(days=span // 2), span)):
            store = EventStore(str(tmp / f"scale-{n}-{width}.sqlite"))
            fill(store, n, first=first, span=width)
            start = time.process_time()
            store.add(docs)
            out[str(n)] = round((time.process_time() - start) / len(docs) * 1000, 2)
    return {
        "ms_cpu_per_document_by_store_size": fixed,
        "ms_cpu_per_document_by_store_size_constant_density": dense,
        "constant_density_events_per_day": round(DENSITY, 1),
        "documents_added": len(docs),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pg", default=os.environ.get("PERISTIWA_TEST_PG_URL"))
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks/results/store.json")
    args = parser.parse_args()
    records = articles(args.limit)
    docs, extract_cpu = extract(records)
    report: dict[str, Any] = {"documents": len(docs), "extract_cpu_s": round(extract_cpu, 1)}
    with tempfile.TemporaryDirectory() as tmp:
        sqlite = EventStore(str(Path(tmp) / "all.sqlite"))
        start = time.process_time()
        first = sqlite.add(docs)
        report["sqlite_add_cpu_s"] = round(time.process_time() - start, 1)
        report["store_add_documents_per_cpu_s"] = round(len(docs) / max(1e-9, report["sqlite_add_cpu_s"]), 1)
        report["extract_documents_per_cpu_s"] = round(len(docs) / max(1e-9, extract_cpu), 1)
        report["sqlite"] = {**sqlite.counts(), "merged_into_existing": first.merged_into_existing}
        events = list(sqlite.events())
        report["merged_events_with_several_documents"] = sum(1 for e in events if e["n_documents"] > 1)
        again = sqlite.add(docs)
        report["second_add_unchanged"] = again.unchanged == len(docs) and list(sqlite.events()) == events
        if args.pg:
            pg = EventStore(args.pg)
            with pg.engine.begin() as conn:
                conn.execute(text("TRUNCATE mentions, merged_events, documents RESTART IDENTITY CASCADE"))
            start = time.process_time()
            pg.add(docs)
            report["postgresql_add_cpu_s"] = round(time.process_time() - start, 1)
            report["postgresql_same_merged_events"] = list(pg.events()) == events
        report["scaling"] = scaling(docs[:20], Path(tmp))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    json.dump(report, sys.stdout, indent=1)
    print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
