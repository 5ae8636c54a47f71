"""`peristiwa store …`: add documents to an event store and read merged events out of it."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.markup import escape

from ..errors import InputError, PeristiwaError
from ..files import atomic_text
from .export import STORE_FORMATS, write

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

    from ..api import Failure
    from ..document import Document
    from ..ingest import Record
    from .core import EventStore

store_app = typer.Typer(
    add_completion=False, no_args_is_help=True, help="The event store: merged events across articles."
)
DB = Annotated[str, typer.Option("--db", help="SQLite file (default) or a postgresql+psycopg:// URL.")]
OUTPUT = Annotated[Path | None, typer.Option("-o", "--output", help="Output file (default stdout).")]
FORMAT = Annotated[str, typer.Option("--format", "-f", help=f"One of: {', '.join(STORE_FORMATS)}.")]


def _fail(message: str) -> typer.Exit:
    from ..cli import fail

    return fail(message)


def _open(db: str) -> EventStore:
    try:
        from .core import EventStore
    except ImportError as err:
        raise _fail(f"the store needs SQLAlchemy and Alembic (pip install 'peristiwa[store]'): {err}") from err
    try:
        return EventStore(db)
    except PeristiwaError as err:
        raise _fail(str(err)) from err


def _records(paths: list[str], reference_time: str | None, problems: list[str]) -> list[Record]:
    """The documents to add; an unreadable one is listed in `problems`."""
    from ..ingest import iter_records, parse_reference_time

    try:
        default_ref = parse_reference_time(reference_time)
    except InputError as err:
        raise _fail(str(err)) from err
    records: list[Record] = []
    for item in iter_records(paths):
        if isinstance(item, InputError):
            problems.append(str(item))
            continue
        item.fallback_reference_time = default_ref  # used only where the document gives none
        records.append(item)
    return records


def _extract(
    records: list[Record], engine: str, scheduler: str | None, batch_size: int, n_process: int
) -> Iterable[Document | Failure]:
    """The documents' extraction, locally or on Dask workers, in a stream."""
    from ..api import pipe

    if engine == "dask":
        try:
            from .parallel import extract_on_dask
        except ImportError as err:
            raise _fail(f"--engine dask needs dask and distributed (pip install 'peristiwa[dask]'): {err}") from err
        return extract_on_dask(records, scheduler=scheduler, num_workers=n_process, records_per_partition=batch_size)
    return pipe(records, batch_size=batch_size, n_process=n_process)


@store_app.command("add")
def add(
    paths: Annotated[list[str], typer.Argument(help="Files, directories, or - for stdin.")],
    db: DB = "events.sqlite",
    reference_time: Annotated[str | None, typer.Option("--reference-time", help="For documents without one.")] = None,
    batch_size: Annotated[int, typer.Option("--batch-size", min=1)] = 16,
    n_process: Annotated[int, typer.Option("--n-process", "-j", min=1)] = 1,
    engine: Annotated[str, typer.Option(help="local, or dask (extraction on Dask workers, one writer).")] = "local",
    scheduler: Annotated[
        str | None, typer.Option(help="Dask scheduler address (tcp://host:8786); default a local process pool.")
    ] = None,
) -> None:
    """Extract documents and merge their events into the store (idempotent)."""
    from ..api import Failure
    from ..cli import EXIT_PARTIAL, err_console

    if engine not in ("local", "dask"):
        raise _fail(f"unknown engine {engine!r}; choose local or dask")
    if scheduler is not None and engine != "dask":
        raise _fail("--scheduler needs --engine dask")
    store = _open(db)
    problems: list[str] = []
    records = _records(paths, reference_time, problems)
    texts = {r.id: r.text for r in records}
    results = _extract(records, engine, scheduler, batch_size, n_process)

    def extracted() -> Iterator[tuple[Document, str]]:
        """Each document into the store as soon as it is extracted (the store is the one writer)."""
        for result in results:
            if isinstance(result, Failure):
                problems.append(f"{result.doc_id}: {result.error}")
            else:
                yield result, texts[result.doc_id or ""]

    report = store.add(extracted())
    problems += [f"{doc_id}: {why}" for doc_id, why in report.failed]
    for problem in problems:
        err_console.print(f"[yellow]skipped[/] {escape(problem)}", highlight=False)
    counts = store.counts()
    err_console.print(
        f"added {report.added}, unchanged {report.unchanged}, replaced {report.replaced}; events {report.events} "
        f"({report.merged_into_existing} merged into known events; {report.corroborating} dropped candidates "
        f"corroborating one); store: {counts['documents']} documents, "
        f"{counts['merged_events']} merged events; errors: {len(problems)}",
        highlight=False,
    )
    if problems:
        raise typer.Exit(EXIT_PARTIAL)


def _write(records: object, fmt: str, output: Path | None) -> None:
    if fmt not in STORE_FORMATS:
        raise _fail(f"unknown format {fmt!r}; choose one of {', '.join(STORE_FORMATS)}")
    try:
        if output is None:
            write(records, fmt, sys.stdout)  # type: ignore[arg-type]
        else:
            with atomic_text(output) as (out, _):
                write(records, fmt, out)  # type: ignore[arg-type]
    except OSError as err:
        raise _fail(f"cannot write {output}: {err.strerror or err}") from err


@store_app.command("events")
def events(db: DB = "events.sqlite", output: OUTPUT = None, fmt: FORMAT = "jsonl") -> None:
    """Every merged event (peristiwa-store/1), oldest first."""
    _write(_open(db).events(), fmt, output)


@store_app.command("query")
def query(
    db: DB = "events.sqlite",
    event_type: Annotated[str | None, typer.Option("--type", help="PLOVER type, e.g. ASSAULT.")] = None,
    country: Annotated[str | None, typer.Option("--country", help="ISO alpha-3 of where it happened.")] = None,
    date_from: Annotated[str | None, typer.Option("--from", help="First day, YYYY-MM-DD.")] = None,
    date_to: Annotated[str | None, typer.Option("--to", help="Last day, YYYY-MM-DD.")] = None,
    output: OUTPUT = None,
    fmt: FORMAT = "jsonl",
) -> None:
    """Merged events of a type, a country and a period."""
    store = _open(db)
    _write(store.events(event_type=event_type, country=country, date_from=date_from, date_to=date_to), fmt, output)


@store_app.command("stats")
def stats(
    db: DB = "events.sqlite",
    by: Annotated[str, typer.Option("--by", help="day, week, month, type, country or province.")] = "day",
    plot: Annotated[Path | None, typer.Option("--plot", help="Also draw the counts into this PNG.")] = None,
) -> None:
    """Counts of merged events, aggregated."""
    store = _open(db)
    try:
        rows = store.stats(by)
    except PeristiwaError as err:
        raise _fail(str(err)) from err
    for key, n in rows:
        typer.echo(f"{key}\t{n}")
    if plot is not None:
        try:
            import matplotlib

            matplotlib.use("Agg")
            import matplotlib.pyplot as plt
        except ImportError as err:
            raise _fail(f"--plot needs matplotlib (pip install 'peristiwa[store]'): {err}") from err
        fig, ax = plt.subplots(figsize=(10, 4))
        ax.bar([k for k, _ in rows], [n for _, n in rows])
        ax.set_ylabel("merged events")
        ax.set_xlabel(by)
        ax.tick_params(axis="x", labelrotation=90)
        fig.tight_layout()
        fig.savefig(plot)


@store_app.command("explain")
def explain(
    event_id: Annotated[str, typer.Argument(help="A merged event id, ev-NNNNNN.")], db: DB = "events.sqlite"
) -> None:
    """Why the mentions of a merged event were merged: the candidates each was compared with."""
    try:
        report = _open(db).explain(event_id)
    except PeristiwaError as err:
        raise _fail(str(err)) from err
    typer.echo(json.dumps(report, ensure_ascii=False, indent=1))
