"""HTTP routes of the event store: `POST /store/documents`, `GET /store/events`, `GET /store`.

Mounted by `create_app` when the server is given a store (`peristiwa serve --store DB`).
"""

from __future__ import annotations

import asyncio
import html
from collections.abc import Awaitable, Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from fastapi import FastAPI, Query
from fastapi.responses import HTMLResponse, JSONResponse
from pydantic import ValidationError

from ..document import Document
from ..errors import InputError, PeristiwaError
from ..ingest import Record
from .app import BatchRequest, ExtractRequest, validation_message

RunAll = Callable[[list[Record]], Awaitable[list[Document | PeristiwaError]]]


def add_store_routes(app: FastAPI, db: str, run_all: RunAll, executor: ThreadPoolExecutor, max_batch: int) -> None:
    from ..store import EventStore

    store = EventStore(db)

    @app.post("/store/documents", summary="Extract documents and merge their events into the store")
    async def add_documents(body: BatchRequest) -> JSONResponse:
        if len(body.documents) > max_batch:
            return JSONResponse({"detail": f"batch has {len(body.documents)} documents; the limit is {max_batch}"}, 413)
        records, errors = _records(body.documents)
        try:
            results = await run_all(records)
        except TimeoutError:
            return JSONResponse({"detail": "extraction took longer than the limit"}, 504)
        pairs = []
        for record, result in zip(records, results, strict=True):
            if isinstance(result, PeristiwaError):
                errors.append({"doc_id": record.id, "detail": str(result)})
            else:
                pairs.append((result, record.text))
        report = await asyncio.get_running_loop().run_in_executor(executor, store.add, pairs)
        errors += [{"doc_id": d, "detail": why} for d, why in report.failed]
        return JSONResponse(
            {
                "added": report.added,
                "unchanged": report.unchanged,
                "replaced": report.replaced,
                "events": report.events,
                "merged_into_existing": report.merged_into_existing,
                "errors": errors,
            }
        )

    @app.get("/store/events", summary="Merged events (peristiwa-store/1), filtered")
    async def list_events(
        event_type: str | None = Query(default=None, alias="type"),
        country: str | None = None,
        date_from: str | None = Query(default=None, alias="from"),
        date_to: str | None = Query(default=None, alias="to"),
        limit: int = Query(default=500, ge=1, le=10_000),
    ) -> JSONResponse:
        found = []
        for record in store.events(event_type=event_type, country=country, date_from=date_from, date_to=date_to):
            found.append(record)
            if len(found) >= limit:
                break
        return JSONResponse(found)

    @app.get("/store", include_in_schema=False)
    async def viewer() -> HTMLResponse:
        return HTMLResponse(_viewer_page(store.events()))


def _records(documents: list[Any]) -> tuple[list[Record], list[dict[str, Any]]]:
    """The batch's valid documents as records, and an error in place for each invalid one."""
    records: list[Record] = []
    errors: list[dict[str, Any]] = []
    for n, item in enumerate(documents):
        try:
            records.append(ExtractRequest.model_validate(item).to_record(default_id=str(n)))
        except ValidationError as err:
            errors.append({"index": n, "detail": validation_message(err.errors())})
        except InputError as err:
            errors.append({"index": n, "detail": str(err)})
    return records, errors


def _viewer_row(record: dict[str, Any]) -> str:
    figures = "; ".join(
        f"{c['kind']} {c['min']}–{c['max']} ("
        + ", ".join(f"{html.escape(str(x['doc_id']))}: {x['min']}" for x in c["claims"])
        + ")"
        for c in record.get("casualties") or []
    )
    docs = ", ".join(sorted({html.escape(str(m["doc_id"])) for m in record["mentions"]}))
    day = html.escape(str((record.get("date") or {}).get("start") or ""))
    places = html.escape(", ".join(str(p.get("name")) for p in record.get("locations") or []))
    return (
        f"<tr><td>{html.escape(record['event_id'])}</td><td>{day}</td><td>{html.escape(record['event_type'])}"
        f"</td><td>{places}</td><td>{record['n_documents']}</td><td>{docs}</td><td>{figures}</td></tr>"
    )


def _viewer_page(records: Iterable[dict[str, Any]]) -> str:
    """The merged events with their sources and each source's figures side by side."""
    return (
        "<!doctype html><html lang='id'><meta charset='utf-8'><title>peristiwa — event store</title>"
        "<style>body{font:14px sans-serif;margin:1em}td,th{border-bottom:1px solid #ddd;padding:4px;"
        "vertical-align:top}</style><h1>Merged events</h1><table><tr><th>event</th><th>date</th><th>type</th>"
        "<th>places</th><th>documents</th><th>sources</th><th>figures by source</th></tr>"
        + "".join(_viewer_row(record) for record in records)
        + "</table></html>"
    )
