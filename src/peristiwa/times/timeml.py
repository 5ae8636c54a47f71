"""TimeML: reading TIMEX3-annotated documents (IndoTimex, TempEval), scoring time expressions
the TempEval-3 way, and writing a document's times as TimeML.

Scores (TempEval-3, UzZaman et al. 2013): recognition precision, recall and F1, *strict* (the
same extent) and *relaxed* (overlapping extents, each gold expression matched at most once);
over the relaxed matches, the accuracy of `type` and `value`; and *value F1*, the F1 of the
expressions found with the right value (a relaxed match whose value agrees counts, any other
prediction is a false one).

    python -m peristiwa.times.timeml DIR [--json]     # score peristiwa on a folder of .tml files
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from ..errors import InputError


@dataclass(frozen=True, slots=True)
class Timex:
    start: int
    end: int
    type: str
    value: str
    mod: str | None = None


@dataclass(slots=True)
class TimemlDoc:
    doc_id: str
    dct: str | None  # the creation time's value
    text: str  # the TEXT element's content, tags removed
    timexes: list[Timex] = field(default_factory=list)


_BARE_AMPERSAND = re.compile(r"&(?!(?:[A-Za-z]+|#[0-9]+|#x[0-9A-Fa-f]+);)")


_LOOSE_DAY = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})")


def _padded(value: str | None) -> str | None:
    """An ISO day written without zero padding ("2013-12-4", as some files have it), padded."""
    if value is None:
        return None
    m = _LOOSE_DAY.match(value)
    return f"{m[1]}-{int(m[2]):02d}-{int(m[3]):02d}{value[m.end() :]}" if m else value


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")  # some IndoTimex files hold Windows quotes


def parse_timeml(source: str, where: str = "<timeml>") -> TimemlDoc:
    """A TimeML document: DOCID, DCT value, the TEXT's plain text and its TIMEX3 extents."""
    if source.startswith("<?xml"):
        source = source[source.index("?>") + 2 :]
    source = _BARE_AMPERSAND.sub("&amp;", source)  # "Angkot 56 & 461": corpora write it raw
    try:
        root = ET.fromstring(source)
    except ET.ParseError as err:
        raise InputError(where, f"not TimeML XML ({err})") from err
    doc_id = (root.findtext("DOCID") or Path(where).stem).strip()
    dct_timex = root.find("DCT/TIMEX3")
    dct = _padded(dct_timex.get("value")) if dct_timex is not None else None
    body = root.find("TEXT")
    if body is None:
        raise InputError(where, "no TEXT element")
    parts: list[str] = [body.text or ""]
    timexes: list[Timex] = []
    offset = len(parts[0])

    def walk(element: ET.Element) -> None:
        nonlocal offset
        for child in element:
            start = offset
            inner = "".join(child.itertext())
            if child.tag == "TIMEX3":
                parts.append(inner)
                offset += len(inner)
                timexes.append(
                    Timex(start, offset, child.get("type", ""), child.get("value", ""), child.get("mod") or None)
                )
            else:  # EVENT, SIGNAL …: keep their text, look inside for TIMEX3
                parts.append(child.text or "")
                offset += len(child.text or "")
                walk(child)
            parts.append(child.tail or "")
            offset += len(child.tail or "")

    walk(body)
    return TimemlDoc(doc_id, dct, "".join(parts), timexes)


def read_timeml(path: Path) -> TimemlDoc:
    return parse_timeml(_decode(path.read_bytes()), str(path))


def read_folder(folder: Path) -> list[TimemlDoc]:
    if not folder.is_dir():
        raise InputError(str(folder), "TimeML folder not found")
    return [read_timeml(p) for p in sorted(folder.glob("*.tml"))]


def read_standoff(annotations: Path, folder: Path) -> list[TimemlDoc]:
    """TimeML documents of `folder` with the TIMEX3 of a stand-off file (doc, quote, n-th
    occurrence, type, value, mod: the project keeps annotations of texts it may not copy so);
    only the documents the file annotates."""
    rows: dict[str, list[list[str]]] = {}
    for line in annotations.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or line.startswith("doc\t") or not line.strip():
            continue
        cells = line.split("\t")
        rows.setdefault(cells[0], []).append(cells)
    docs = []
    for doc_id, annotated in rows.items():
        doc = read_timeml(folder / f"{doc_id}.tml")
        doc.timexes = []
        for _, quote, n, kind, value, *mod in annotated:
            start = -1
            for _ in range(int(n)):
                start = doc.text.find(quote, start + 1)
                if start < 0:
                    raise InputError(f"{annotations}: {doc_id}", f"{quote!r} does not occur {n} times in the text")
            doc.timexes.append(Timex(start, start + len(quote), kind, value, (mod[0] or None) if mod else None))
        doc.timexes.sort(key=lambda t: t.start)
        docs.append(doc)
    return docs


@dataclass(slots=True)
class Counts:
    gold: int = 0
    predicted: int = 0
    strict: int = 0
    relaxed: int = 0
    type_ok: int = 0
    value_ok: int = 0
    errors: list[dict[str, Any]] = field(default_factory=list)

    def add(self, text: str, gold: Sequence[Timex], predicted: Sequence[Timex], doc_id: str = "") -> None:
        self.gold += len(gold)
        self.predicted += len(predicted)
        used: set[int] = set()
        for p in predicted:
            exact = next(
                (i for i, g in enumerate(gold) if i not in used and (g.start, g.end) == (p.start, p.end)), None
            )
            i = exact if exact is not None else _overlapping(p, gold, used)
            if i is None:
                self.errors.append({"doc": doc_id, "kind": "spurious", "text": text[p.start : p.end], "value": p.value})
                continue
            used.add(i)
            g = gold[i]
            self.relaxed += 1
            self.strict += exact is not None
            self.type_ok += g.type == p.type
            self.value_ok += g.value == p.value
            if g.value != p.value or exact is None:
                self.errors.append(
                    {
                        "doc": doc_id,
                        "kind": "value" if g.value != p.value else "extent",
                        "gold": text[g.start : g.end],
                        "gold_value": g.value,
                        "text": text[p.start : p.end],
                        "value": p.value,
                    }
                )
        for i, g in enumerate(gold):
            if i not in used:
                self.errors.append(
                    {"doc": doc_id, "kind": "missed", "gold": text[g.start : g.end], "gold_value": g.value}
                )

    def report(self) -> dict[str, Any]:
        def f1(tp: int) -> dict[str, float]:
            p = tp / self.predicted if self.predicted else 0.0
            r = tp / self.gold if self.gold else 0.0
            return {
                "precision": round(p, 4),
                "recall": round(r, 4),
                "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0,
            }

        return {
            "gold": self.gold,
            "predicted": self.predicted,
            "strict": f1(self.strict),
            "relaxed": f1(self.relaxed),
            "type_accuracy": round(self.type_ok / self.relaxed, 4) if self.relaxed else 0.0,
            "value_accuracy": round(self.value_ok / self.relaxed, 4) if self.relaxed else 0.0,
            "value": f1(self.value_ok),
        }


def _overlapping(p: Timex, gold: Sequence[Timex], used: set[int]) -> int | None:
    best = None
    for i, g in enumerate(gold):
        if i in used or not (g.start < p.end and p.start < g.end):
            continue
        overlap = min(g.end, p.end) - max(g.start, p.start)
        if best is None or overlap > best[0]:
            best = (overlap, i)
    return best[1] if best is not None else None


Tagger = Callable[[str, str | None], list[Timex]]


def peristiwa_tagger(text: str, dct: str | None) -> list[Timex]:
    """peristiwa's time stage on `text`, anchored at the creation time `dct`."""
    from ..ingest import parse_reference_time
    from . import find_times

    reference = parse_reference_time(dct) if dct else None
    return [Timex(t.start, t.end, t.type, t.value, t.mod) for t in find_times(text, reference_time=reference)]


def score(docs: Iterable[TimemlDoc], tagger: Tagger = peristiwa_tagger) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The TempEval-3 scores of `tagger` on `docs`, and its errors."""
    counts = Counts()
    n = 0
    for doc in docs:
        counts.add(doc.text, doc.timexes, tagger(doc.text, doc.dct), doc.doc_id)
        n += 1
    return {"documents": n, **counts.report()}, counts.errors


def to_timeml(
    doc_id: str, text: str, timexes: Sequence[Timex], dct: str | None = None, *, declaration: bool = True
) -> str:
    """A TimeML 1.2.1 document: `text` with its TIMEX3 tags (nested or overlapping extents: the
    first one wins) and the creation time, as TempEval tools read it."""
    out = ['<?xml version="1.0" encoding="UTF-8"?>'] if declaration else []
    out += ["<TimeML>", f"<DOCID>{escape(doc_id)}</DOCID>"]
    if dct:
        out.append(
            f'<DCT><TIMEX3 tid="t0" type="DATE" value={quoteattr(dct)} temporalFunction="false" '
            f'functionInDocument="CREATION_TIME">{escape(dct)}</TIMEX3></DCT>'
        )
    body, at = [], 0
    for n, t in enumerate(sorted(timexes, key=lambda t: (t.start, -t.end)), start=1):
        if t.start < at:
            continue
        mod = f" mod={quoteattr(t.mod)}" if t.mod else ""
        body.append(escape(text[at : t.start]))
        body.append(
            f'<TIMEX3 tid="t{n}" type={quoteattr(t.type)} value={quoteattr(t.value)}{mod}>'
            f"{escape(text[t.start : t.end])}</TIMEX3>"
        )
        at = t.end
    body.append(escape(text[at:]))
    out.append("<TEXT>" + "".join(body) + "</TEXT>")
    out.append("</TimeML>")
    return "\n".join(out) + "\n"


def dct_value(moment: datetime | None) -> str | None:
    return moment.date().isoformat() if moment is not None else None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m peristiwa.times.timeml", description=__doc__)
    parser.add_argument("folder", type=Path, help="a folder of TimeML .tml files")
    parser.add_argument("--standoff", type=Path, help="TIMEX3 annotations in a stand-off file (doc, quote, n, …)")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    parser.add_argument("--errors", type=Path, help="write every error (JSON lines) here")
    args = parser.parse_args(argv)
    docs = read_standoff(args.standoff, args.folder) if args.standoff else read_folder(args.folder)
    report, errors = score(docs)
    if args.errors:
        args.errors.write_text("".join(json.dumps(e, ensure_ascii=False) + "\n" for e in errors), encoding="utf-8")
    if args.json:
        print(json.dumps(report, indent=1))
    else:
        print(
            f"{report['documents']} documents, {report['gold']} gold expressions, {report['predicted']} predicted\n"
            f"strict  P {report['strict']['precision']:.3f} R {report['strict']['recall']:.3f} "
            f"F1 {report['strict']['f1']:.3f}\n"
            f"relaxed P {report['relaxed']['precision']:.3f} R {report['relaxed']['recall']:.3f} "
            f"F1 {report['relaxed']['f1']:.3f}\n"
            f"type accuracy {report['type_accuracy']:.3f}, value accuracy {report['value_accuracy']:.3f}, "
            f"value F1 {report['value']['f1']:.3f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
