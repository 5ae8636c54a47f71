"""The Python API: `extract` one text, `pipe` many records in order, in one or more processes."""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from itertools import islice
from pathlib import Path
from typing import TypeVar

from spacy.tokens import Doc

from .actors.user import use_dictionaries
from .document import Document
from .errors import OptionError, PeristiwaError, StageError
from .ingest import Record, check_record, parse_reference_time
from .loading import loading
from .parts import PART_CHARS, run_in_parts

R = TypeVar("R")
D = TypeVar("D")

#: the environment variable naming where candidate triggers come from (`use_triggers`)
TRIGGERS_ENV = "PERISTIWA_TRIGGERS"
TRIGGER_SOURCES = ("rules", "model", "both")


def use_triggers(source: str) -> None:
    """Where the pipeline of this process and of the workers it starts takes its candidate
    triggers from: "rules" (the lexicon; the default), "model" (the learned trigger tagger
    instead) or "both" (the tagger's added where the lexicon has none; `build_pipeline`). Kept
    in the environment (`PERISTIWA_TRIGGERS`), like the user's actor dictionaries."""
    if source not in TRIGGER_SOURCES:
        raise OptionError("triggers", source, f"choose one of {', '.join(TRIGGER_SOURCES)}")
    os.environ[TRIGGERS_ENV] = source


def triggers_in_use() -> str:
    """The candidate triggers chosen for this process (`use_triggers`; "rules" by default)."""
    source = os.environ.get(TRIGGERS_ENV) or "rules"
    if source not in TRIGGER_SOURCES:
        raise OptionError(TRIGGERS_ENV, source, f"choose one of {', '.join(TRIGGER_SOURCES)}")
    return source


@dataclass(slots=True)
class Failure:
    """A document that could not be processed, with the reason."""

    doc_id: str
    error: str
    code: str | None = None  # the error's code when it has one (e.g. "over_budget")


def to_document(doc: Doc, record: Record) -> Document:
    from .pipeline.base import doc_list, doc_text

    return Document(
        doc_id=record.id,
        text=doc_text(doc),
        reference_time=doc._.reference_time or record.reference_time,
        url=record.url,
        title=record.title,
        keep_text=record.keep_text,
        events=doc_list(doc, "events"),
        entities=doc_list(doc, "entities"),
        times=doc_list(doc, "times"),
        places=doc_list(doc, "places"),
        quantities=doc_list(doc, "quantities"),
        citations=doc_list(doc, "citations"),
        segments=doc_list(doc, "segments"),
        dropped=doc_list(doc, "dropped"),
    )


def run_record(record: Record) -> Document:
    """Run the pipeline on one record; unusable input is an InputError, a stage that fails a
    StageError (never another exception)."""
    check_record(record)
    if len(record.text) > PART_CHARS:  # memory stays that of one part (see peristiwa.parts)
        return run_in_parts(record, _run_whole, PART_CHARS)
    return _run_whole(record)


def _run_whole(record: Record) -> Document:
    """The pipeline on the whole of a checked record."""
    if not _warm:
        return _first(_run_whole_now, record)
    return _run_whole_now(record)


#: whether this process has finished a document (the stages' lazy tables are built by the first)
_warm = False


def _first(run: Callable[[R], D], item: R) -> D:
    """`run(item)` for the process's first document, which builds the tables the stages read
    lazily: within `loading()`, so that the full collections of the collector wait (one then
    comes after the first result instead of several before it)."""
    global _warm
    with loading():
        out = run(item)
    _warm = True
    return out


def _run_whole_now(record: Record) -> Document:
    """`_run_whole` itself."""
    from .pipeline import load_pipeline

    nlp = load_pipeline(triggers=triggers_in_use())
    doc = nlp.make_doc(record.text)
    doc._.doc_id = record.id
    doc._.reference_time = record.reference_time
    doc._.fallback_reference_time = record.fallback_reference_time
    for name, component in nlp.pipeline:
        try:
            doc = component(doc)
        except PeristiwaError:
            raise
        except Exception as err:
            raise StageError(name, record.id, err) from err
    return to_document(doc, record)


def extract(
    text: str,
    *,
    reference_time: str | datetime | None = None,
    doc_id: str | None = None,
    url: str | None = None,
    title: str | None = None,
    actors: Sequence[str | Path] | None = None,
) -> Document:
    """Events and mentions of one Indonesian text.

    `reference_time` (ISO 8601 or datetime) anchors relative dates in news; without it an
    undated event gets `date: None`, never today's date. `actors` names user actor dictionaries
    (docs/actors.md) that stay in force for this process until other ones are named.
    """
    if actors is not None:
        use_dictionaries([Path(a) for a in actors])
    record = Record(
        id=doc_id or "doc", text=text, reference_time=parse_reference_time(reference_time), url=url, title=title
    )
    return run_record(record)


def _as_record(item: Record | str | tuple[str, str], n: int) -> Record:
    if isinstance(item, Record):
        return item
    if isinstance(item, str):
        return Record(id=str(n), text=item)
    text, doc_id = item
    return Record(id=doc_id, text=text)


def _safe_run(record: Record) -> Document | Failure:
    try:
        return run_record(record)
    except PeristiwaError as err:
        return failure(record.id, err)


def failure(doc_id: str, err: PeristiwaError) -> Failure:
    """The Failure of a document, with the error's message and code."""
    return Failure(doc_id, str(err), err.code)


def _batches(records: Iterator[Record], size: int) -> Iterator[list[Record]]:
    while batch := list(islice(records, size)):
        yield batch


def _run_batch(batch: list[Record]) -> list[Document | Failure]:
    """Run a batch: the model's components see the whole batch at once (matrix products over many
    documents are much cheaper than one by one), our stages each document; a document that fails
    anywhere becomes a `Failure` and the rest of the batch goes on."""
    if not _warm:
        return _first(_run_batch_now, batch)
    return _run_batch_now(batch)


def _run_batch_now(batch: list[Record]) -> list[Document | Failure]:
    from .pipeline import load_pipeline
    from .pipeline.base import Stage

    nlp = load_pipeline(triggers=triggers_in_use())
    out: list[Document | Failure | None] = [None] * len(batch)
    live: list[tuple[int, Doc]] = []
    for i, record in enumerate(batch):
        try:
            check_record(record)
            doc = nlp.make_doc(record.text)
        except PeristiwaError as err:
            out[i] = failure(record.id, err)
            continue
        except Exception as err:  # the tokenizer on hostile input
            out[i] = failure(record.id, StageError("tokenizer", record.id, err))
            continue
        # the tokenizer keeps every character, so the Doc's text is the record's (`doc_text`: spaCy's
        # `Doc.text` would make a Token object per token to join them again)
        doc.user_data["peristiwa.text"] = record.text
        doc._.doc_id = record.id
        doc._.reference_time = record.reference_time
        doc._.fallback_reference_time = record.fallback_reference_time
        live.append((i, doc))
    for name, component in nlp.pipeline:
        if not isinstance(component, Stage) and hasattr(component, "pipe") and len(live) > 1:
            try:
                done = list(component.pipe([d for _, d in live], batch_size=len(live)))
                live = [(i, d) for (i, _), d in zip(live, done, strict=True)]
                continue
            except Exception:  # retried one by one below, to name the failing document
                pass
        kept: list[tuple[int, Doc]] = []
        for i, doc in live:
            try:
                kept.append((i, component(doc)))
            except PeristiwaError as err:
                out[i] = failure(batch[i].id, err)
            except Exception as err:
                out[i] = failure(batch[i].id, StageError(name, batch[i].id, err))
        live = kept
    for i, doc in live:
        out[i] = to_document(doc, batch[i])
    return [r if r is not None else Failure(batch[n].id, "not processed") for n, r in enumerate(out)]


def pipe(
    records: Iterable[Record | str | tuple[str, str]],
    *,
    batch_size: int = 16,
    n_process: int = 1,
    actors: Sequence[str | Path] | None = None,
) -> Iterator[Document | Failure]:
    """Process many documents, keeping their ids and order.

    Items are `Record`s, plain texts (ids "0", "1", …) or `(text, id)` tuples. A document that
    fails yields a `Failure` and the stream goes on. With `n_process > 1` batches run in worker
    processes, each loading the pipeline once. `actors`: user actor dictionaries, as `extract`.
    """
    if batch_size < 1:
        raise OptionError("batch_size", batch_size, "must be at least 1")
    if n_process < 1:
        raise OptionError("n_process", n_process, "must be at least 1")
    if actors is not None:
        use_dictionaries([Path(a) for a in actors])
    stream = (_as_record(item, n) for n, item in enumerate(records))
    if n_process == 1:
        for batch in _batches(stream, batch_size):
            yield from _run_batch(batch)
        return
    ctx = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn")
    with ctx.Pool(n_process) as pool:
        for results in pool.imap(_run_batch, _batches(stream, batch_size)):
            yield from results
