"""`peristiwa` command line: a thin layer over the library.

Exit codes: 0 success; 1 error (unwritable output, unreadable gold, …); 2 usage error (Click's:
unknown option, bad option value); 3 the run finished but some documents could not be processed
(each is named on stderr with its error code; all others are written).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from .about import __version__
from .actors.user import use_dictionaries
from .errors import InputError, OptionError, PeristiwaError
from .export import FORMATS, Writer, open_writer
from .files import same_file
from .ingest import Record, expand_paths, iter_records, parse_reference_time

if TYPE_CHECKING:
    from .api import Failure
    from .document import Document

EXIT_ERROR = 1
EXIT_PARTIAL = 3

app = typer.Typer(add_completion=False, no_args_is_help=True, help="Indonesian political and conflict events.")
err_console = Console(stderr=True)


def fail(message: str) -> typer.Exit:
    err_console.print(f"[bold red]Error:[/] {escape(message)}", highlight=False)
    return typer.Exit(EXIT_ERROR)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"peristiwa {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit.")
    ] = False,
) -> None:
    """peristiwa reads Indonesian text and writes sourced, geocoded event data."""


_Paths = Annotated[list[str], typer.Argument(help="Files, directories, or - for stdin.")]
_Output = Annotated[Path | None, typer.Option("-o", "--output", help="Output file (default stdout).")]
_Format = Annotated[str, typer.Option("--format", "-f", help=f"One of: {', '.join(FORMATS)}.")]
_ReferenceTime = Annotated[
    str | None,
    typer.Option(
        "--reference-time",
        help="ISO date/time anchoring relative dates in documents that give none of their own "
        "(a record's reference_time, a dated dateline or an HTML page's publication time win).",
    ),
]
_BatchSize = Annotated[int, typer.Option("--batch-size", min=1)]
_NProcess = Annotated[int, typer.Option("--n-process", "-j", min=1)]
_Engine = Annotated[str, typer.Option(help="local, or dask (partitioned output in the -o directory).")]
_Actors = Annotated[
    list[Path] | None,
    typer.Option(
        "--actors",
        help="A user actor dictionary (YAML, or a PETRARCH/Phoenix .txt; dated roles; repeatable): docs/actors.md.",
    ),
]
_KeepText = Annotated[
    bool, typer.Option("--keep-text", help="Put each document's text in the output (HTML input always has it).")
]
_MinConfidence = Annotated[
    float,
    typer.Option("--min-confidence", min=0.0, max=1.0, help="Leave out events whose confidence is lower."),
]
_Budget = Annotated[
    float | None,
    typer.Option(min=0.1, help="Seconds allowed per document, in a worker process that is stopped."),
]
_Triggers = Annotated[
    str | None,
    typer.Option(
        "--triggers",
        help="Candidate triggers: rules (the lexicon; the default), model (the learned trigger tagger) or "
        "both (the tagger's added where the lexicon has none); else $PERISTIWA_TRIGGERS.",
    ),
]
_Scheduler = Annotated[
    str | None, typer.Option(help="Dask scheduler address (tcp://host:8786); default a local process pool.")
]


@app.command()
def extract(
    paths: _Paths,
    output: _Output = None,
    fmt: _Format = "jsonl",
    reference_time: _ReferenceTime = None,
    batch_size: _BatchSize = 16,
    n_process: _NProcess = 1,
    engine: _Engine = "local",
    actors: _Actors = None,
    keep_text: _KeepText = False,
    min_confidence: _MinConfidence = 0.0,
    budget: _Budget = None,
    scheduler: _Scheduler = None,
    triggers: _Triggers = None,
) -> None:
    """Extract events from documents and write them in the chosen format."""
    _check_extract_options(fmt=fmt, engine=engine, scheduler=scheduler, budget=budget, n_process=n_process)
    _use_triggers(triggers, scheduler)
    default_ref = _reference_time_and_actors(reference_time, actors)
    if engine == "dask":
        _extract_dask(
            paths,
            output=output,
            fmt=fmt,
            reference_time=default_ref,
            scheduler=scheduler,
            batch_size=batch_size,
            n_process=n_process,
            keep_text=keep_text,
            min_confidence=min_confidence,
            budget=budget,
        )
        return
    _check_output_is_not_an_input(paths, output)
    problems, records = _local_records(paths, reference_time=default_ref, keep_text=keep_text)
    try:
        with open_writer(fmt, output, keep_empty=False) as writer:
            results = _local_results(records, batch_size=batch_size, n_process=n_process, budget=budget)
            n_docs, n_events = _write_results(writer, results, len(records), problems, min_confidence)
    except PeristiwaError as err:
        raise fail(str(err)) from err
    except OSError as err:
        raise fail(f"cannot write {output}: {err.strerror or err}") from err
    _report_local(problems, writer.inner, n_docs=n_docs, n_events=n_events, output=output)


def _check_extract_options(
    *, fmt: str, engine: str, scheduler: str | None, budget: float | None, n_process: int
) -> None:
    if fmt not in FORMATS:
        raise fail(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if engine not in ("local", "dask"):
        raise fail(f"unknown engine {engine!r}; choose local or dask")
    if scheduler is not None and engine != "dask":
        raise fail("--scheduler needs --engine dask")
    if budget is not None and engine == "local" and n_process > 1:
        raise fail("--budget runs documents one by one in a worker: use it with -j 1 (or --engine dask)")


def _use_triggers(triggers: str | None, scheduler: str | None) -> None:
    """The candidate triggers for this process and the workers it starts (`api.use_triggers`)."""
    from .api import triggers_in_use, use_triggers

    if triggers is not None and triggers != "rules" and scheduler is not None:
        raise fail("--triggers reaches the workers this process starts, not those of a --scheduler")
    try:
        if triggers is None:
            triggers_in_use()  # a bad $PERISTIWA_TRIGGERS is refused before any document is read
        else:
            use_triggers(triggers)
    except OptionError as err:
        raise fail(str(err)) from err


def _reference_time_and_actors(reference_time: str | None, actors: list[Path] | None) -> datetime | None:
    """The default reference time; the user's actor dictionaries put in use."""
    try:
        default_ref = parse_reference_time(reference_time)
        if actors:
            use_dictionaries(actors)
    except InputError as err:
        raise fail(str(err)) from err
    return default_ref


def _check_output_is_not_an_input(paths: list[str], output: Path | None) -> None:
    if output is not None:
        clash = next((p for p in expand_paths(paths) if isinstance(p, Path) and same_file(p, output)), None)
        if clash is not None:
            raise fail(f"output {output} is also an input ({clash}); name another file with -o")


def _local_records(
    paths: list[str], *, reference_time: datetime | None, keep_text: bool
) -> tuple[list[str], list[Record]]:
    """(the inputs that could not be read, the records of the others)."""
    problems: list[str] = []
    records: list[Record] = []
    for item in list(iter_records(paths)):
        if isinstance(item, InputError):
            problems.append(str(item))
        else:
            item.fallback_reference_time = reference_time  # used only where the document gives none
            item.keep_text = item.keep_text or keep_text
            records.append(item)
    return problems, records


def _local_results(
    records: list[Record], *, batch_size: int, n_process: int, budget: float | None
) -> Iterator[Document | Failure]:
    if budget is None:
        from .api import pipe

        return pipe(records, batch_size=batch_size, n_process=n_process)
    from .budget import pipe_with_budget

    return pipe_with_budget(records, budget_seconds=budget)


def _write_results(
    writer: Writer, results: Iterable[Document | Failure], total: int, problems: list[str], min_confidence: float
) -> tuple[int, int]:
    """Write the documents (a progress bar on a terminal); failures go to `problems`. (documents, events)."""
    from .api import Failure

    n_events = n_docs = 0
    with Progress(
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err_console,
        disable=not err_console.is_terminal,
    ) as progress:
        task = progress.add_task("extracting", total=total)
        for result in results:
            progress.advance(task)
            if isinstance(result, Failure):
                problems.append(f"{result.doc_id}: {result.error} ({result.code or 'error'})")
                continue
            if min_confidence > 0:
                result = result.confident(min_confidence)
            writer.write(result)
            n_docs += 1
            n_events += sum(1 for e in result.events if not e.negated)
    return n_docs, n_events


def _report_local(problems: list[str], writer: Writer, *, n_docs: int, n_events: int, output: Path | None) -> None:
    for problem in problems:
        err_console.print(f"[yellow]skipped[/] {escape(problem)}", highlight=False)
    summary = getattr(writer, "summary", None)
    if summary is not None and (line := summary()):
        err_console.print(line, highlight=False)
    err_console.print(f"documents: {n_docs}  events: {n_events}  errors: {len(problems)}", highlight=False)
    if output is not None and not n_docs:
        err_console.print(f"no document was processed: {output} not written", highlight=False)
    if problems:
        raise typer.Exit(EXIT_PARTIAL)


def _extract_dask(
    paths: list[str],
    *,
    output: Path | None,
    fmt: str,
    reference_time: datetime | None,
    scheduler: str | None,
    batch_size: int,
    n_process: int,
    keep_text: bool,
    min_confidence: float,
    budget: float | None,
) -> None:
    if output is None:
        raise fail("--engine dask writes partitioned files: give an output directory with -o")
    try:
        from .dask import extract_bag
    except ImportError as err:
        raise fail(f"--engine dask needs dask and distributed (pip install 'peristiwa[dask]'): {err}") from err
    try:
        result = extract_bag(
            paths,
            output=output,
            fmt=fmt,
            scheduler=scheduler,
            reference_time=reference_time,
            files_per_partition=batch_size,
            num_workers=n_process,
            keep_text=keep_text,
            min_confidence=min_confidence,
            budget=budget,
        )
    except PeristiwaError as err:
        raise fail(str(err)) from err
    except OSError as err:
        raise fail(f"cannot write {output}: {err.strerror or err}") from err
    for where, why in result.failures:
        err_console.print(f"[yellow]skipped[/] {escape(where + ': ' + why)}", highlight=False)
    err_console.print(
        f"documents: {result.n_documents}  events: {result.n_events}  errors: {len(result.failures)}  "
        f"parts: {len(result.parts)} in {output}",
        highlight=False,
    )
    if result.failures:
        raise typer.Exit(EXIT_PARTIAL)


@app.command("eval")
def evaluate_cmd(
    gold_dir: Annotated[Path, typer.Argument(help="Directory of NAME.txt + NAME.gold.json pairs.")],
    pred: Annotated[Path, typer.Argument(help="Predictions: JSONL file or directory of NAME.json.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the full report as JSON.")] = False,
) -> None:
    """Score predictions against gold events (event P/R/F1, full-event F1, field accuracy)."""
    from .evaluate import evaluate

    try:
        report = evaluate(gold_dir, pred)
    except PeristiwaError as err:
        raise fail(str(err)) from err
    if as_json:
        sys.stdout.write(json.dumps(report, indent=1) + "\n")
        return
    console = Console()
    table = Table("field", "correct", "total", "accuracy")
    for name, v in report["fields"].items():
        table.add_row(name, str(v["correct"]), str(v["total"]), f"{v['accuracy']:.3f}")
    docs = Table("document", "tp", "fp", "fn", "full")
    for name, c in report["per_doc"].items():
        docs.add_row(name, *(str(c[k]) for k in ("tp", "fp", "fn", "full")))
    console.print(docs, table)
    e = report["events"]
    console.print(
        f"events P={e['precision']:.3f} R={e['recall']:.3f} F1={e['f1']:.3f}  "
        f"full-event F1={report['full_event_f1']:.3f}"
    )


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="Interface to bind (default loopback only).")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=0, max=65535)] = 8000,
    max_body: Annotated[int, typer.Option("--max-body", min=1, help="Largest body, bytes.")] = 5 * 1024 * 1024,
    timeout: Annotated[float, typer.Option(min=0.1, help="Seconds per document (then stopped).")] = 60.0,
    max_batch: Annotated[int, typer.Option("--max-batch", min=1, help="Most documents per batch request.")] = 100,
    workers: Annotated[int, typer.Option(min=1, help="Extraction worker processes.")] = 1,
    store: Annotated[
        str | None, typer.Option("--store", help="An event store (SQLite file or URL): adds the /store routes.")
    ] = None,
    allowed_host: Annotated[
        list[str] | None,
        typer.Option(
            "--allowed-host",
            help="Host header name answered (repeatable; '*.example.org', '*' any). "
            "Default: --host and localhost; any when --host is 0.0.0.0 or ::.",
        ),
    ] = None,
    read_timeout: Annotated[
        float, typer.Option("--read-timeout", min=0.1, help="Seconds for a request to arrive whole (then closed).")
    ] = 30.0,
) -> None:
    """Serve the HTTP API and the web viewer (needs the `serve` extra: fastapi, uvicorn)."""
    try:
        from .serve import Settings, run
    except ImportError as err:
        raise fail(f"the serve command needs fastapi and uvicorn (pip install 'peristiwa[serve]'): {err}") from err
    settings = Settings(
        max_body_bytes=max_body,
        timeout=timeout,
        max_batch=max_batch,
        workers=workers,
        warm_up=True,
        store=store,
        allowed_hosts=tuple(allowed_host) if allowed_host else None,
        read_timeout=read_timeout,
    )
    run(host=host, port=port, settings=settings)


def _add_store() -> None:
    from .store.cli import store_app

    app.add_typer(store_app, name="store")


_add_store()


def _add_rules() -> None:
    from .events.cli import rules_app

    app.add_typer(rules_app, name="rules")


_add_rules()

if __name__ == "__main__":
    app()
