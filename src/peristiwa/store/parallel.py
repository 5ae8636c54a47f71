"""`peristiwa store add --engine dask`: extraction on Dask workers, the store written by one writer.

Workers only extract (each partition of records through `peristiwa.api`, the pipeline loaded
once per worker process); the client is the store's only writer. It adds each partition's
documents in input order, as soon as that partition is done, so a Dask run gives the same
merged events as a local run, and no row is lost or written twice: each document is added in
its own transaction, keyed by its id and text hash (a killed run leaves whole documents, and
the next run skips those it already has). At most `window` partitions are in flight at once,
so memory on the client does not grow with the size of the run.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import islice
from typing import Any

from ..api import Failure, _run_batch
from ..document import Document
from ..ingest import Record


def extract_partition(records: list[Record]) -> list[Document | Failure]:
    """One partition, on a worker: a failing document is a `Failure`, never the partition's end."""
    return _run_batch(records)


def _partitions(records: list[Record], size: int) -> Iterator[list[Record]]:
    it = iter(records)
    while part := list(islice(it, size)):
        yield part


def extract_on_dask(
    records: list[Record],
    *,
    scheduler: str | None = None,
    client: Any = None,
    num_workers: int | None = None,
    records_per_partition: int = 8,
    window: int = 8,
) -> Iterator[Document | Failure]:
    """Extract `records` on Dask and yield the results in input order.

    `client` (a `distributed.Client`) or `scheduler` (its address) choose the cluster; with
    neither, Dask's local process pool runs it (`num_workers` processes).
    """
    from dask.base import compute
    from dask.delayed import delayed

    parts = _partitions(records, max(1, records_per_partition))
    if client is None and scheduler is not None:
        from distributed import Client

        with Client(scheduler) as remote:  # type: ignore[no-untyped-call]
            yield from _on_client(remote, parts, window)
        return
    if client is not None:
        yield from _on_client(client, parts, window)
        return
    while chunk := list(islice(parts, max(1, window))):
        tasks = [delayed(extract_partition)(part) for part in chunk]
        for done in compute(*tasks, scheduler="processes", num_workers=num_workers):  # type: ignore[no-untyped-call]
            yield from done


def _on_client(client: Any, parts: Iterator[list[Record]], window: int) -> Iterator[Document | Failure]:
    """Keep `window` partitions running on the cluster; hand them back in input order."""
    pending = [client.submit(extract_partition, part, pure=False) for part in islice(parts, max(1, window))]
    while pending:
        head = pending.pop(0)
        nxt = next(parts, None)
        if nxt is not None:
            pending.append(client.submit(extract_partition, nxt, pure=False))
        yield from head.result()
