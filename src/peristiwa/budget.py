"""Run documents under a time budget in a worker process that is killed and replaced when one
document exceeds it, so that one hostile text costs at most its budget and never the others.

    with BudgetedRunner(budget_seconds=60) as runner:
        for record in records:
            result = runner.run(record)   # a Document, or a Failure naming BudgetError

The budget is wall-clock time of the worker on that document; since the worker is one process
with one thread, its CPU time is at most that. Python threads cannot be stopped, hence a process
(`multiprocessing` is the standard library's tool for it; nothing to write by hand but the loop).
"""

from __future__ import annotations

import multiprocessing
import pickle
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection
from types import TracebackType

from .api import Failure, _safe_run
from .document import Document
from .errors import BudgetError, OptionError
from .ingest import Record

DEFAULT_BUDGET_SECONDS = 120.0


#: messages from the worker: a piece of a JSON answer, or the pickled result (a Document, a
#: Failure, or `_Sent` after the pieces of a JSON answer)
_PIECE, _RESULT = b"p", b"r"
PIECE_CHARS = 1 << 20  # JSON answers travel in pieces of about a million characters


@dataclass(frozen=True, slots=True)
class _Sent:
    """The end of a JSON answer sent in pieces."""


@dataclass(frozen=True, slots=True)
class JSONAnswer:
    """A document's `peristiwa/1` JSON, encoded (UTF-8) in the worker: what an HTTP answer
    carries, made where the Document is, so that the process serving requests never holds the
    document's objects (for a 5 MB hostile text, ~90 MB of JSON but far more as objects)."""

    doc_id: str
    body: bytes


def _send_json(conn: Connection, document: Document) -> None:
    buffer: list[str] = []
    size = 0
    for piece in document.json_chunks():
        buffer.append(piece)
        size += len(piece)
        if size >= PIECE_CHARS:
            conn.send_bytes(_PIECE + "".join(buffer).encode("utf-8"))
            buffer, size = [], 0
    conn.send_bytes(_PIECE + "".join(buffer).encode("utf-8"))
    conn.send_bytes(_RESULT + pickle.dumps(_Sent()))


def _serve(conn: Connection) -> None:
    """The worker's loop: (record, as_json) in; the Document or Failure out, or the Document's
    JSON in pieces; until the pipe closes."""
    while True:
        try:
            record, as_json = conn.recv()
        except EOFError:
            return
        try:
            result = _safe_run(record)
            if as_json and isinstance(result, Document):
                _send_json(conn, result)
            else:
                conn.send_bytes(_RESULT + pickle.dumps(result))
        except Exception as err:  # an unexpected error still answers, the worker lives on
            conn.send_bytes(_RESULT + pickle.dumps(Failure(record.id, repr(err))))


class BudgetedRunner:
    """One worker process; `run` gives each document `budget_seconds`, then kills the worker,
    starts a fresh one and answers a `Failure` carrying the `BudgetError` message."""

    def __init__(self, budget_seconds: float = DEFAULT_BUDGET_SECONDS) -> None:
        if not budget_seconds > 0:
            raise OptionError("budget_seconds", budget_seconds, "must be a positive number of seconds")
        self.budget_seconds = float(budget_seconds)
        self._context = multiprocessing.get_context("spawn")
        self._process: multiprocessing.process.BaseProcess | None = None
        self._conn: Connection | None = None

    def _start(self) -> Connection:
        parent, child = self._context.Pipe()
        self._process = self._context.Process(target=_serve, args=(child,), daemon=True)
        self._process.start()
        child.close()
        self._conn = parent
        return parent

    def _stop(self) -> None:
        if self._conn is not None:
            self._conn.close()
        if self._process is not None:
            self._process.kill()
            self._process.join()
        self._process, self._conn = None, None

    def warm(self) -> None:
        """Start the worker and load the pipeline, outside any document's budget."""
        conn = self._conn or self._start()
        conn.send((Record(id="warm", text="Halo."), False))
        conn.recv_bytes()

    def run(self, record: Record, budget_seconds: float | None = None) -> Document | Failure:
        """Process one record within the budget (the runner's, or this call's `budget_seconds`).
        Starting a worker and loading its pipeline is not counted in any document's budget."""
        result = self._call(record, budget_seconds, as_json=False)
        assert not isinstance(result, JSONAnswer)
        return result

    def run_json(self, record: Record, budget_seconds: float | None = None) -> JSONAnswer | Failure:
        """As `run`, but the answer is the document's JSON, encoded in the worker."""
        result = self._call(record, budget_seconds, as_json=True)
        assert not isinstance(result, Document)
        return result

    def _call(self, record: Record, budget_seconds: float | None, *, as_json: bool) -> Document | JSONAnswer | Failure:
        budget = self.budget_seconds if budget_seconds is None else budget_seconds
        if self._conn is None:  # a fresh worker loads the pipeline outside the document's budget
            self.warm()
        conn = self._conn
        assert conn is not None
        conn.send((record, as_json))
        deadline = time.monotonic() + budget
        pieces: list[bytes] = []
        while conn.poll(max(0.0, deadline - time.monotonic())):
            try:
                message = conn.recv_bytes()
            except EOFError:  # the worker died (e.g. out of memory); replace it
                self._stop()
                return Failure(record.id, f"worker stopped on document {record.id}")
            if message[:1] == _PIECE:
                pieces.append(message[1:])
                continue
            result: Document | Failure | _Sent = pickle.loads(message[1:])
            if isinstance(result, _Sent):
                body = b"".join(pieces)
                return JSONAnswer(record.id, body)
            return result
        self._stop()
        return Failure(record.id, str(BudgetError(record.id, budget)), code=BudgetError.code)

    def pipe(self, records: Iterable[Record]) -> Iterator[Document | Failure]:
        """Each record within its budget, in order; the batch goes on after one over budget."""
        for record in records:
            yield self.run(record)

    def close(self) -> None:
        self._stop()

    def __enter__(self) -> BudgetedRunner:
        return self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None, tb: TracebackType | None) -> None:
        self.close()


def pipe_with_budget(
    records: Iterable[Record], budget_seconds: float = DEFAULT_BUDGET_SECONDS
) -> Iterator[Document | Failure]:
    """Records in order, each under `budget_seconds` in a worker that is replaced when stopped."""
    with BudgetedRunner(budget_seconds) as runner:
        runner.warm()
        yield from runner.pipe(records)
