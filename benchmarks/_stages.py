"""Floors (regex and spaCy tokenisation) and the time of each pipeline stage on the same documents."""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from typing import Any

from _corpus import FLOOR_TOKEN
from _measure import REFERENCE_TIME


def _best(run: Callable[[], object], repeats: int) -> float:
    best = math.inf
    for _ in range(repeats):
        start = time.process_time()
        run()
        best = min(best, time.process_time() - start)
    return best


def floors(texts: list[str], *, repeats: int) -> dict[str, float]:
    """CPU seconds for the same texts through a bare regex tokeniser, spaCy `blank("id")` and our tokenizer."""
    import spacy

    from peristiwa.pipeline import load_pipeline

    blank = spacy.blank("id")
    nlp = load_pipeline()

    def regex() -> None:
        for text in texts:
            FLOOR_TOKEN.findall(text)

    def spacy_blank() -> None:
        for text in texts:
            blank.make_doc(text)

    def ours() -> None:
        for text in texts:
            nlp.make_doc(text)

    return {
        "regex_tokenise_s": round(_best(regex, repeats), 5),
        "spacy_blank_id_tokenise_s": round(_best(spacy_blank, repeats), 5),
        "peristiwa_tokenizer_s": round(_best(ours, repeats), 5),
    }


def _extras() -> tuple[Callable[..., Any] | None, Any]:
    """`api._to_document` and `Record` when available (private API: absent ⇒ that step is skipped)."""
    try:
        from peristiwa.api import _to_document
        from peristiwa.ingest import Record
    except ImportError:
        return None, None
    return _to_document, Record


def stage_times(texts: list[str]) -> dict[str, Any]:
    """Seconds spent in the tokenizer, each `nlp.pipeline` component, Document building and JSON.

    Runs exactly the steps of `peristiwa.api.run_record`, timing each one separately.
    """
    from peristiwa.ingest import parse_reference_time
    from peristiwa.pipeline import load_pipeline

    nlp = load_pipeline()
    to_document, record_type = _extras()
    ref = parse_reference_time(REFERENCE_TIME)
    names = ["tokenizer", *(name for name, _ in nlp.pipeline)]
    extra = ["to_document", "to_json"] if to_document is not None else []
    seconds = dict.fromkeys([*names, *extra], 0.0)
    slowest_doc: dict[str, tuple[float, int]] = {}
    clock = time.process_time  # CPU time: robust to other work on a shared machine
    for i, text in enumerate(texts):
        start = clock()
        doc = nlp.make_doc(text)
        seconds["tokenizer"] += clock() - start
        doc._.doc_id = str(i)
        doc._.reference_time = ref
        for name, component in nlp.pipeline:
            start = clock()
            doc = component(doc)
            spent = clock() - start
            seconds[name] += spent
            if spent > slowest_doc.get(name, (0.0, -1))[0]:
                slowest_doc[name] = (spent, i)
        if to_document is not None and record_type is not None:
            start = clock()
            document = to_document(doc, record_type(id=str(i), text=text, reference_time=ref))
            seconds["to_document"] += clock() - start
            start = clock()
            document.to_json()
            seconds["to_json"] += clock() - start
    pipeline_total = sum(seconds[n] for n in names) + (seconds["to_document"] if extra else 0.0)
    components = [n for n, _ in nlp.pipeline]
    slowest = max(components, key=lambda n: seconds[n]) if components else "tokenizer"
    return {
        "seconds": {k: round(v, 5) for k, v in seconds.items()},
        "share_of_extract": {k: round(v / pipeline_total, 4) for k, v in seconds.items()} if pipeline_total else {},
        "extract_total_s": round(pipeline_total, 5),
        "slowest_stage": slowest,
        "slowest_doc_per_stage": {k: {"doc_index": i, "seconds": round(s, 5)} for k, (s, i) in slowest_doc.items()},
        "note": "to_json is the CLI's serialisation, not part of extract(); shares are of extract_total_s",
    }


def stage_scaling(texts: list[str]) -> dict[str, Any]:
    """Per-stage seconds for documents of growing size, and each stage's log-log exponent in bytes.

    A stage whose exponent is well above 1 is the one that makes long documents slow.
    """
    from _measure import fit

    sizes = [float(len(t.encode("utf-8"))) for t in texts]
    runs = [stage_times([t])["seconds"] for t in texts]
    names = list(runs[0]) if runs else []
    exponents: dict[str, float | None] = {}
    for name in names:
        ys = [max(r[name], 1e-6) for r in runs]
        exponents[name] = fit(sizes, ys)["exponent"]
    largest = runs[-1] if runs else {}
    superlinear = sorted(
        (n for n, e in exponents.items() if e is not None and e > 1.15 and largest.get(n, 0.0) >= 0.01),
        key=lambda n: largest[n],
        reverse=True,
    )
    return {
        "bytes": [int(s) for s in sizes],
        "seconds": {n: [r[n] for r in runs] for n in names},
        "exponent": exponents,
        "superlinear_stages": superlinear,
    }
