"""The HTTP API: a thin FastAPI layer over `peristiwa.api`, plus the web viewer at `/`.

Endpoints: `POST /extract`, `POST /extract/batch`, `GET /health`, `GET /version`,
`GET /openapi.json`, `GET /` (viewer) and `/static/…` (its files, all bundled); with a store,
`POST /store/documents`, `GET /store/events` and `GET /store` (merged events, figures by source).
No endpoint reads or writes a server file named by the client.
"""

from __future__ import annotations

import asyncio
import json
import queue
from collections.abc import AsyncIterator, Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from ..about import SCHEMA, __version__
from ..budget import JSONAnswer
from ..document import Document
from ..errors import BudgetError, InputError, PeristiwaError, WorkerError
from ..ingest import Record, parse_reference_time
from .limits import BodyLimit, HostCheck

STATIC = Path(__file__).resolve().parent / "static"
Extractor = Callable[[Record], Document]
JSONDict = dict[str, Any]


@dataclass(frozen=True, slots=True, kw_only=True)
class Settings:
    """Server limits. `timeout` is seconds per request (batch: for the whole batch)."""

    max_body_bytes: int = 5 * 1024 * 1024
    timeout: float = 60.0  # with the packaged pipeline: each document's budget in its worker process
    max_batch: int = 100
    workers: int = 1
    warm_up: bool = False
    store: str | None = None  # an event store (SQLite file or database URL): adds the /store routes
    # Host header names answered (400 otherwise); None: any (`run` fills in the bind host + loopback)
    allowed_hosts: tuple[str, ...] | None = None
    read_timeout: float = 30.0  # seconds for a request to arrive whole (used by `run`), then closed


class ExtractRequest(BaseModel):
    """One document to process."""

    model_config = ConfigDict(extra="forbid", strict=True)

    text: str = Field(description="Indonesian text; every offset in the answer indexes it.")
    reference_time: str | None = Field(default=None, description="ISO 8601 date/time anchoring relative dates.")
    id: str | None = Field(default=None, max_length=500, description="Document id (default 'doc').")
    url: str | None = Field(default=None, max_length=4000)
    title: str | None = Field(default=None, max_length=4000)

    @field_validator("text")
    @classmethod
    def _not_empty(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("text is empty")
        return value

    def to_record(self, *, default_id: str) -> Record:
        """A `Record`; a bad `reference_time` is an InputError."""
        return Record(
            id=self.id or default_id,
            text=self.text,
            reference_time=parse_reference_time(self.reference_time),
            url=self.url,
            title=self.title,
        )


class BatchRequest(BaseModel):
    """Many documents; each is checked on its own so that one bad document does not fail the batch."""

    model_config = ConfigDict(extra="forbid", strict=True)

    documents: list[Any] = Field(description="Objects shaped like the body of POST /extract.")


def _where(loc: Sequence[int | str]) -> str:
    parts = [str(p) for p in loc if p != "body"]
    return ".".join(parts) or "body"


def validation_message(errors: Sequence[Any]) -> str:
    """One readable line from pydantic errors: `text: Input should be a valid string; …`."""
    return "; ".join(f"{_where(e.get('loc', ()))}: {e.get('msg', 'invalid')}" for e in errors)


def _error(status: int, message: str) -> JSONResponse:
    return JSONResponse({"detail": message}, status_code=status)


def _item_error(doc_id: str, status: int, message: str) -> JSONDict:
    return {"doc_id": doc_id, "error": {"status": status, "detail": message}}


def _compact(value: object) -> bytes:
    """JSON as FastAPI's JSONResponse writes it."""
    return json.dumps(value, ensure_ascii=False, allow_nan=False, separators=(",", ":")).encode("utf-8")


def _encoded(document: Document) -> bytes:
    return "".join(document.json_chunks()).encode("utf-8")


def status_of(error: PeristiwaError) -> int:
    """The HTTP status of a document's error: 422 unusable input, 504 over its budget, else 500."""
    return {InputError.code: 422, BudgetError.code: 504}.get(error.code, 500)


class _RunnerPool:
    """`size` worker processes (`BudgetedRunner`s), each used by one request thread at a time."""

    def __init__(self, size: int, budget: float) -> None:
        from ..budget import BudgetedRunner

        self.runners: queue.SimpleQueue[BudgetedRunner] = queue.SimpleQueue()
        self.all = [BudgetedRunner(budget) for _ in range(size)]
        for runner in self.all:
            self.runners.put(runner)

    def warm(self) -> None:
        for runner in self.all:
            runner.warm()

    def run_all(self, records: list[Record]) -> list[Document | PeristiwaError]:
        runner = self.runners.get()
        try:
            results = [runner.run(record) for record in records]
        finally:
            self.runners.put(runner)
        return [r if isinstance(r, Document) else WorkerError(r.error, r.code) for r in results]

    def run_all_json(self, records: list[Record]) -> list[bytes | PeristiwaError]:
        """As `run_all`, but each document's JSON encoded in its worker (see `JSONAnswer`)."""
        runner = self.runners.get()
        try:
            results = [runner.run_json(record) for record in records]
        finally:
            self.runners.put(runner)
        return [r.body if isinstance(r, JSONAnswer) else WorkerError(r.error, r.code) for r in results]

    def close(self) -> None:
        for runner in self.all:
            runner.close()


class _Runs:
    """Runs documents for the routes: in the budgeted worker pool, or through `extractor` in a thread."""

    def __init__(self, conf: Settings, extractor: Extractor | None) -> None:
        self.conf = conf
        self.extractor = extractor
        self.executor = ThreadPoolExecutor(max_workers=conf.workers, thread_name_prefix="peristiwa")
        self.pool = _RunnerPool(conf.workers, conf.timeout) if extractor is None else None

    @asynccontextmanager
    async def lifespan(self, _: FastAPI) -> AsyncIterator[None]:
        loop = asyncio.get_running_loop()
        if self.conf.warm_up and self.pool is not None:
            await loop.run_in_executor(self.executor, self.pool.warm)
        elif self.conf.warm_up and self.extractor is not None:
            await loop.run_in_executor(self.executor, self.extractor, Record(id="warm-up", text="Halo."))
        yield
        self.executor.shutdown(wait=False, cancel_futures=True)
        if self.pool is not None:
            self.pool.close()

    async def run_all(self, records: list[Record]) -> list[Document | PeristiwaError]:
        loop = asyncio.get_running_loop()

        if self.pool is not None:  # each document within its budget in a worker process that is stopped
            return await loop.run_in_executor(self.executor, self.pool.run_all, records)
        run: Extractor = self.extractor  # type: ignore[assignment]

        def work() -> list[Document | PeristiwaError]:
            out: list[Document | PeristiwaError] = []
            for record in records:
                try:
                    out.append(run(record))
                except PeristiwaError as err:
                    out.append(err)
            return out

        return await asyncio.wait_for(loop.run_in_executor(self.executor, work), timeout=self.conf.timeout)

    async def run_all_json(self, records: list[Record]) -> list[bytes | PeristiwaError]:
        """Each document's answer as JSON bytes (encoded in the worker process with the pool)."""
        if self.pool is not None:
            return await asyncio.get_running_loop().run_in_executor(self.executor, self.pool.run_all_json, records)
        return [r if isinstance(r, PeristiwaError) else _encoded(r) for r in await self.run_all(records)]

    def timeout(self) -> JSONResponse:
        return _error(504, f"extraction took longer than the limit of {self.conf.timeout:g} s")


def create_app(*, settings: Settings | None = None, extractor: Extractor | None = None) -> FastAPI:
    """The ASGI app. `extractor` defaults to the full pipeline (`peristiwa.api.run_record`)."""
    conf = settings or Settings()
    runs = _Runs(conf, extractor)
    app = FastAPI(
        title="peristiwa",
        version=__version__,
        lifespan=runs.lifespan,
        docs_url=None,
        redoc_url=None,
        description=f"Indonesian political and conflict events as `{SCHEMA}` JSON.",
    )
    app.add_middleware(BodyLimit, max_bytes=conf.max_body_bytes)
    if conf.allowed_hosts is not None:
        app.add_middleware(HostCheck, allowed=conf.allowed_hosts)
    app.exception_handler(RequestValidationError)(_invalid)
    _add_extract_routes(app, runs)
    _add_info_routes(app)
    if conf.store is not None:
        from .store_routes import add_store_routes

        add_store_routes(app, conf.store, runs.run_all, runs.executor, conf.max_batch)
    _add_viewer(app)
    return app


async def _invalid(_: Request, exc: RequestValidationError) -> JSONResponse:
    errors = list(exc.errors())
    if any(e.get("type") == "json_invalid" for e in errors):
        return _error(400, "malformed JSON: " + validation_message(errors))
    return _error(422, validation_message(errors))


def _add_extract_routes(app: FastAPI, runs: _Runs) -> None:
    @app.post("/extract", summary="Events of one document (a peristiwa/1 object)")
    async def extract(body: ExtractRequest) -> Response:
        try:
            record = body.to_record(default_id="doc")
        except InputError as err:
            return _error(422, str(err))
        try:
            [result] = await runs.run_all_json([record])
        except TimeoutError:
            return runs.timeout()
        if isinstance(result, PeristiwaError):
            return _error(status_of(result), str(result))
        return Response(result, media_type="application/json")

    @app.post("/extract/batch", summary="Events of many documents; a bad document is an error in place")
    async def extract_batch(body: BatchRequest) -> Response:
        if len(body.documents) > runs.conf.max_batch:
            return _error(413, f"batch has {len(body.documents)} documents; the limit is {runs.conf.max_batch}")
        slots = _batch_slots(body.documents)
        try:
            results = iter(await runs.run_all_json([s for s in slots if isinstance(s, Record)]))
        except TimeoutError:
            return runs.timeout()
        out: list[bytes] = []
        for slot in slots:
            if not isinstance(slot, Record):
                out.append(_compact(slot))
                continue
            result = next(results)
            if isinstance(result, PeristiwaError):
                out.append(_compact(_item_error(slot.id, status_of(result), str(result))))
            else:
                out.append(result)
        return Response(b"[" + b",".join(out) + b"]", media_type="application/json")


def _batch_slots(documents: list[Any]) -> list[JSONDict | Record]:
    """A batch's documents in order: each a `Record`, or its error when it is not a valid document."""
    slots: list[JSONDict | Record] = []
    for n, item in enumerate(documents):
        default_id = str(n)
        try:
            slots.append(ExtractRequest.model_validate(item).to_record(default_id=default_id))
        except ValidationError as err:
            given = item.get("id") if isinstance(item, dict) else None
            slots.append(
                _item_error(given if isinstance(given, str) else default_id, 422, validation_message(err.errors()))
            )
        except InputError as err:
            slots.append(_item_error(item.get("id") or default_id, 422, str(err)))
    return slots


def _add_info_routes(app: FastAPI) -> None:
    @app.get("/health", summary="Liveness")
    async def health() -> JSONDict:
        return {"status": "ok"}

    @app.get("/version", summary="Package and output-format versions")
    async def version() -> JSONDict:
        return {"name": "peristiwa", "version": __version__, "schema": SCHEMA}


def _add_viewer(app: FastAPI) -> None:
    @app.get("/", include_in_schema=False)
    async def index() -> FileResponse:
        return FileResponse(STATIC / "index.html", media_type="text/html; charset=utf-8")

    app.mount("/static", StaticFiles(directory=STATIC), name="static")
