"""Cross-article merging on the cluster gold, scored per half of the split, with a diagnosis.

    .venv/bin/python benchmarks/merge_clusters.py [--half tune|heldout|all] [--pairs] [--work DIR]
    .venv/bin/python benchmarks/merge_clusters.py --set stories --half tune|heldout [--predictions PRED.jsonl]

The 48 articles of ``corpus/clusters`` are extracted once (cached in ``--work``; the extractor's
output does not depend on the store), added to a fresh SQLite store, and the merged events scored
like ``shared/tools/score_clusters.py`` does — on all clusters and on each half of
``corpus/clusters/split.json`` (a half's gold pairs are those inside its clusters; its predicted
pairs are the cross-document pairs with at least one end in its clusters; a false merge is a
merged event holding one of its gold events with a gold event of another cluster).
Then each gold pair of ``--half`` is classified — merged; kept apart, and why (the veto, a
score below the threshold, or a fit filed elsewhere: never compared, or another merged event scored
higher; the comparison recomputed both ways); an end extracted only with another type (an event of
another type has its trigger in the gold event's evidence); an end not extracted while another act's
evidence overlaps it; an end not extracted — and the classes counted. With ``--pairs`` the ends found
with another type or overlapped are listed (gold type; the other events' type/mode and trigger), and
the two mentions' features (type, date, places with admin codes, actors, recipients, words) are listed
for each pair whose both ends were extracted. ``--table``: every pair of mentions of one type
from two documents, scored and labelled, best first (to see where a rule would cut).

``--set stories`` scores the story clusters instead (``corpus/stories/HALF.json``): every Kompas
article of the corpus's train and dev splits (the tuning half) or of its test split (held out) goes
into one store, so a false merge with any other article counts; a story cluster that repeats a
cluster of the cluster gold's other half (its ``repeats``) is left out of the score, as are merges
inside it. ``--predictions`` reads the articles' extraction from a file (a ``corpus evaluate`` run's
``predictions.jsonl``) instead of extracting them.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select

from peristiwa.corpus.build import build_clusters, build_stories
from peristiwa.store import EventStore
from peristiwa.store.merge import THRESHOLD, compare
from peristiwa.store.schema import documents, mentions

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("PERISTIWA_SHARED", ROOT.parent / "shared"))
sys.path.insert(0, str(SHARED / "tools"))
from score import evidence_spans  # noqa: E402
from score_clusters import _spans, best  # noqa: E402

JSON = dict[str, Any]
Gold = tuple[str, str]  # (document, gold event id)


@dataclass(slots=True)
class Cached:
    """An extracted document read back from the cache: what `EventStore.add` reads of it."""

    doc_id: str
    record: JSON
    dropped: list[JSON]  # the candidate events the judge dropped (`Document.dropped_json`)

    def to_json(self) -> JSON:
        return self.record

    def dropped_json(self) -> list[JSON]:
        return self.dropped


def extracted(gold_dir: Path, cache: Path, *, no_candidates: bool = False) -> list[tuple[Cached, str]]:
    texts = {}
    for line in (gold_dir / "documents.jsonl").read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        texts[rec["id"]] = rec["text"]
    if not cache.is_file():
        from peristiwa.api import Failure, pipe
        from peristiwa.ingest import Record, parse_reference_time

        records = []
        for line in (gold_dir / "documents.jsonl").read_text(encoding="utf-8").splitlines():
            rec = json.loads(line)
            ref = parse_reference_time(rec.get("reference_time"))
            records.append(Record(id=rec["id"], text=rec["text"], reference_time=ref))
        done = [d for d in pipe(records) if not isinstance(d, Failure)]
        cache.write_text("".join(json.dumps(d.to_json(), ensure_ascii=False) + "\n" for d in done), encoding="utf-8")
        dropped = "".join(json.dumps({"doc_id": d.doc_id, "dropped": d.dropped_json()}) + "\n" for d in done)
        _dropped_file(cache).write_text(dropped, encoding="utf-8")
    candidates: dict[str, list[JSON]] = {}
    if _dropped_file(cache).is_file() and not no_candidates:
        for line in _dropped_file(cache).read_text(encoding="utf-8").splitlines():
            rec = json.loads(line)
            candidates[rec["doc_id"]] = rec["dropped"]
    out = []
    for line in cache.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        out.append((Cached(record["doc_id"], record, candidates.get(record["doc_id"], [])), texts[record["doc_id"]]))
    return out


def _dropped_file(cache: Path) -> Path:
    """Beside the cached extraction: each document's candidate events the judge dropped."""
    return cache.with_name(cache.stem + ".dropped.jsonl")


def gold_events(gold_dir: Path) -> dict[str, list[tuple[str, str, list[tuple[int, int]]]]]:
    gold = {}
    for path in sorted(gold_dir.glob("*.gold.json")):
        g = json.loads(path.read_text(encoding="utf-8"))
        name = path.name.removesuffix(".gold.json")
        text = (gold_dir / f"{name}.txt").read_text(encoding="utf-8")
        gold[name] = [(e["id"], e["type"], evidence_spans(text, e["evidence"])) for e in g["events"]]
    return gold


def match(gold: dict[str, list[tuple[str, str, list[tuple[int, int]]]]], doc: str, event: JSON) -> str | None:
    """The gold event a mention matches, as the reference scorer matches it."""
    cands = [(gid, spans) for gid, kind, spans in gold.get(doc, []) if kind == event.get("event_type")]
    return best(_spans(event.get("trigger")), cands) or best(_spans(event.get("evidence") or []), cands)


def score(predicted: list[set[Gold]], cluster_of: dict[Gold, str], half: set[str] | None) -> JSON:
    def cid(x: Gold) -> str:
        return cluster_of.get(x, f"{x[0]}#{x[1]}")

    def ours(x: Gold) -> bool:
        return half is None or cid(x) in half

    gold_pairs = {
        frozenset((a, b))
        for a, b in itertools.combinations(sorted(cluster_of), 2)
        if a[0] != b[0] and cid(a) == cid(b) and ours(a)
    }
    together = {
        frozenset((a, b))
        for found in predicted
        for a, b in itertools.combinations(sorted(found), 2)
        if a[0] != b[0] and (ours(a) or ours(b))
    }
    tp = len(together & gold_pairs)
    p = tp / len(together) if together else 0.0
    r = tp / len(gold_pairs) if gold_pairs else 0.0
    false = sum(1 for found in predicted if len({cid(x) for x in found}) > 1 and any(ours(x) for x in found))
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {"gold": len(gold_pairs), "predicted": len(together), "correct": tp,
            "P": round(p, 3), "R": round(r, 3), "F1": round(f1, 3), "false_merges": false}  # fmt: skip


def _show(doc: str, f: JSON) -> str:
    places = "; ".join(f"{p[0]}({p[3]})" for p in f["places"])
    return (
        f"  {doc[:45]} {f['type']} {f['day']}/{f['precision']} ref {f['reference_day']}\n"
        f"    places {places}\n    actors {f.get('actors')} recipients {f.get('recipients')}\n"
        f"    words {' '.join(f['words'][:25])}"
    )


def _other_type(gold: Any, docs: dict[str, JSON], end: Gold) -> tuple[str, list[JSON]]:
    """How a gold end with no mention of its type was found: ``typed`` when an event of another type has
    its trigger in the gold event's evidence (a type confusion), ``overlap`` when only another event's
    evidence overlaps it (another act of the same sentence: the gold event itself was not extracted),
    ``none`` otherwise; with the events concerned."""
    spans = next(g for gid, _, g in gold[end[0]] if gid == end[1])
    events = [e for e in docs[end[0]]["events"] if not e.get("negated")]
    typed = [e for e in events if best(_spans(e.get("trigger")), [("x", spans)])]
    if typed:
        return "typed", typed
    overlap = [e for e in events if best(_spans(e.get("evidence")), [("x", spans)])]
    return ("overlap", overlap) if overlap else ("none", [])


def _show_other(gold: Any, end: Gold, how: str, events: list[JSON]) -> str:
    kind = next(k for gid, k, _ in gold[end[0]] if gid == end[1])
    found = "; ".join(f"{e['event_type']}/{','.join(e.get('mode') or [])} {e['trigger']['text']!r}" for e in events)
    return f"  {end[0][:45]} {end[1]} gold {kind}: {how} {found}"


def _cause(pair: list[tuple[Any, Any]], merged: bool) -> str:
    """Why the extracted ends of a gold pair were kept apart: the veto or the missing parts."""
    if merged:
        return "merged"
    reasons = set()
    for x, y in pair:
        for one, other in ((x, y), (y, x)):
            c = compare(other.features, [one.features], {one.doc_id}, other.doc_id)
            if c.veto:
                reasons.add("places far apart" if "km" in c.veto else c.veto.split(" (")[0])
            elif c.score >= THRESHOLD:
                # the pair fits, but the event was filed elsewhere: never compared (blocking) or a
                # better-scoring merged event took it
                reasons.add("fits, but filed elsewhere")
            else:
                undated = not (one.features["day"] and other.features["day"])
                reasons.add(f"score below threshold{', an end undated' if undated else ''}")
    return "apart: " + " / ".join(sorted(reasons))


def diagnose(store: EventStore, gold: Any, cluster_of: dict[Gold, str], half: set[str] | None, *, show: bool) -> None:
    """Each gold pair of the half classified: merged, kept apart (why), or not both extracted."""
    with store.engine.connect() as conn:
        columns = (mentions.c.doc_id, mentions.c.event, mentions.c.features, mentions.c.merged_id)
        rows = conn.execute(select(*columns)).all()
        docs = {r.doc_id: r.record for r in conn.execute(select(documents.c.doc_id, documents.c.record))}
    by_gold: dict[Gold, list[Any]] = {}
    for r in rows:
        if hit := match(gold, r.doc_id, r.event):
            by_gold.setdefault((r.doc_id, hit), []).append(r)
    causes: Counter[str] = Counter()
    for a, b in itertools.combinations(sorted(cluster_of), 2):
        if a[0] == b[0] or cluster_of[a] != cluster_of[b] or (half is not None and cluster_of[a] not in half):
            continue
        if a not in by_gold or b not in by_gold:
            ends = [(end, *_other_type(gold, docs, end)) for end in (a, b) if end not in by_gold]
            hows = {how for _, how, _ in ends}
            if "none" in hows:
                cause = "an end not extracted"
            elif "overlap" in hows:
                cause = "an end not extracted (another act's evidence overlaps it)"
            else:
                cause = "an end extracted with another type (a trigger in its evidence)"
            causes[cause] += 1
            if show and "none" not in hows:
                print(f"{cluster_of[a]} {a[1]}-{b[1]} {cause}")
                for end, how, events in ends:
                    print(_show_other(gold, end, how, events))
            continue
        pair = list(itertools.product(by_gold[a], by_gold[b]))
        cause = _cause(pair, any(x.merged_id == y.merged_id for x, y in pair))
        causes[cause] += 1
        if show:
            print(f"{cluster_of[a]} {a[1]}-{b[1]} {cause}")
            for x, y in pair:
                print(_show(x.doc_id, x.features))
                print(_show(y.doc_id, y.features))
    for cause, n in causes.most_common():
        print(f"{n:4d}  {cause}")


def table(store: EventStore, gold: Any, cluster_of: dict[Gold, str], half: set[str] | None) -> None:
    """Every pair of mentions from different documents that blocking lets meet, scored both ways,
    labelled: same (one gold cluster), DIFF (gold events of different clusters or singletons), or
    ? (an end matches no gold event); pairs with no end in the half are left out."""
    with store.engine.connect() as conn:
        rows = conn.execute(select(mentions.c.doc_id, mentions.c.event, mentions.c.features)).all()
    found = [(r, match(gold, r.doc_id, r.event)) for r in rows]
    lines = []
    for (x, gx), (y, gy) in itertools.combinations(found, 2):
        if x.doc_id == y.doc_id or x.features["type"] != y.features["type"]:
            continue
        cx, cy = cluster_of.get((x.doc_id, gx or "")), cluster_of.get((y.doc_id, gy or ""))
        if half is not None and cx not in half and cy not in half:
            continue
        label = "?" if not (gx and gy) else "same" if cx is not None and cx == cy else "DIFF"
        c1 = compare(y.features, [x.features], {x.doc_id}, y.doc_id)
        c2 = compare(x.features, [y.features], {y.doc_id}, x.doc_id)
        c = max(c1, c2, key=lambda c: (c.veto is None, c.score))
        parts = json.dumps(c.to_json()["parts"])
        text = f"{c.score:.3f} {label:4} {x.features['type']} {cx}/{cy} {parts} {c.veto or ''}"
        lines.append((c.veto is None, c.score, text + f" {x.doc_id[-12:]}#{gx} {y.doc_id[-12:]}#{gy}"))
    for _, _, text in sorted(lines, reverse=True):
        print(text)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--half", choices=("tune", "heldout", "all"), default="tune")
    parser.add_argument(
        "--set",
        choices=("clusters", "stories"),
        default="clusters",
        help="clusters: corpus/clusters (48 articles); stories: corpus/stories/HALF.json over every Kompas "
        "article of the corpus's train and dev splits (--half tune) or test split (--half heldout)",
    )
    parser.add_argument(
        "--predictions", type=Path, help="the extractor's output for the articles (e.g. a corpus evaluate run's)"
    )
    parser.add_argument(
        "--dropped", type=Path, help="with --predictions: each document's dropped candidates ({doc_id, dropped})"
    )
    parser.add_argument("--no-candidates", action="store_true", help="leave the judge's dropped candidates out")
    parser.add_argument("--pairs", action="store_true")
    parser.add_argument("--table", action="store_true")
    parser.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "peristiwa-merge-clusters")
    args = parser.parse_args()
    stories = args.set == "stories"
    if stories and args.half == "all":
        parser.error("--set stories needs --half tune or --half heldout")
    gold_dir = args.work / (f"stories-{args.half}" if stories else "gold")
    gold_dir.mkdir(parents=True, exist_ok=True)
    if stories:
        build_stories(SHARED, ROOT / "corpus", gold_dir, args.half)
    else:
        build_clusters(SHARED, ROOT / "corpus", gold_dir)
    cache = args.work / (f"extracted-stories-{args.half}.jsonl" if stories else "extracted.jsonl")
    if args.predictions:
        docs_file = gold_dir / "documents.jsonl"
        names = {json.loads(ln)["id"] for ln in docs_file.read_text(encoding="utf-8").splitlines()}
        lines = args.predictions.read_text(encoding="utf-8").splitlines()
        kept = [ln for ln in lines if json.loads(ln)["doc_id"] in names]
        cache.write_text("".join(ln + "\n" for ln in kept), encoding="utf-8")
        side = args.dropped.read_text(encoding="utf-8").splitlines() if args.dropped else []
        side = [ln for ln in side if json.loads(ln)["doc_id"] in names]
        _dropped_file(cache).write_text("".join(ln + "\n" for ln in side), encoding="utf-8")
    docs = extracted(gold_dir, cache, no_candidates=args.no_candidates)
    db = args.work / "store.sqlite"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    store = EventStore(str(db))
    store.add(docs)  # type: ignore[arg-type]
    gold = gold_events(gold_dir)
    clusters: list[JSON] = json.loads((gold_dir / "clusters.json").read_text(encoding="utf-8"))["clusters"]
    cluster_of = {(m["doc"], m["event"]): c["id"] for c in clusters for m in c["members"]}
    predicted = []
    for ev in store.events():
        predicted.append({(m["doc_id"], hit) for m in ev["mentions"] if (hit := match(gold, m["doc_id"], m))})
    split = json.loads((ROOT / "corpus/clusters/split.json").read_text(encoding="utf-8"))
    if stories:
        # a story cluster that repeats a cluster of the cluster gold's other half is left out of
        # the score: the tuning half must not tune on the cluster gold's held-out events, and the
        # held-out half must not count events the cluster gold's tuning half has been tuned on
        other = set(split["heldout" if args.half == "tune" else "tune"])
        clean = {c["id"] for c in clusters if c.get("repeats") not in other}
        # the events in no cluster are each an event of their own: merging two of them is false too
        alone = {f"{doc}#{gid}" for doc, events in gold.items() for gid, _, _ in events if (doc, gid) not in cluster_of}
        clean |= alone
        halves: dict[str, set[str] | None] = {args.half: clean}
        print(f"stories-{args.half}", json.dumps(score(predicted, cluster_of, clean)))
        print(f"stories-{args.half} with the repeats", json.dumps(score(predicted, cluster_of, None)))
    else:
        halves = {"tune": set(split["tune"]), "heldout": set(split["heldout"]), "all": None}
        for name, half in halves.items():
            # only the half asked for: a tuning run must not show the held-out half's score
            if args.half in (name, "all"):
                print(name, json.dumps(score(predicted, cluster_of, half)))
    diagnose(store, gold, cluster_of, halves[args.half], show=args.pairs)
    if args.table:
        table(store, gold, cluster_of, halves[args.half])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
