"""Scale-out on Dask (optional extra `dask`): the same pipeline on many workers, partitioned output.

    from peristiwa.dask import extract_bag
    result = extract_bag(["berita/"], output=Path("hasil"), scheduler="tcp://10.0.0.5:8786")

Files are listed on the client and read on the workers; each partition (a few files) is run
through `peristiwa.api` and written as `part-00000.jsonl`, `part-00001.jsonl`, … in input order,
so that concatenating the parts gives exactly the single-process output. The pipeline is loaded
once per worker process (it is cached there). A document that fails is collected in
`BagResult.failures` (and `_errors.jsonl`), never fatal. With `fmt="parquet"` the parts are typed
Parquet files (`peristiwa.parquet`) and the folder opens with `pandas.read_parquet` as it is (the
files beside them start with "_"); `parquet=True` adds `events-00000.parquet`, … beside parts of
another format.

With `budget` each document runs in a process of its worker that is stopped at that many seconds
(`peristiwa.budget`): a hostile document costs its budget and is listed as a failure, and the
partition goes on.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from .budget import BudgetedRunner
from .document import Document
from .errors import InputError, OptionError, PeristiwaError
from .export import FORMATS, open_writer
from .files import atomic_text
from .ingest import Record, expand_paths, iter_records

EXTENSIONS = {
    "jsonl": "jsonl",
    "json": "json",
    "csv": "csv",
    "plover": "plover.jsonl",
    "acled": "acled.csv",
    "geojson": "geojson",
    "timeml": "tml",
    "parquet": "parquet",
}
Runner = Callable[[Record], Document]
_budgeted: list[BudgetedRunner] = []  # in each Dask worker process: its one budgeted worker, started once


@dataclass(slots=True)
class BagResult:
    """What a Dask run wrote and what it could not process."""

    output: Path
    parts: list[Path] = field(default_factory=list)
    parquet: list[Path] = field(default_factory=list)
    n_documents: int = 0
    n_events: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)


def _write_parquet(documents: list[Document], path: Path) -> None:
    from .parquet import write_documents

    write_documents(documents, path)


def _budgeted_runner() -> BudgetedRunner:
    """This Dask worker's budgeted runner (its own child process, which loads the pipeline)."""
    import multiprocessing

    if not _budgeted:
        if multiprocessing.current_process().daemon:
            raise OptionError(
                "budget",
                "on this cluster",
                "its Dask workers are daemonic processes, which cannot start the process stopped at the "
                "budget; start the workers with DASK_DISTRIBUTED__WORKER__DAEMON=False",
            )
        _budgeted.append(BudgetedRunner())
    return _budgeted[0]


def process_partition(
    files: list[str],
    index: int,
    *,
    output: str,
    fmt: str,
    reference_time: datetime | None,
    parquet: bool,
    runner: Runner | None = None,
    keep_text: bool = False,
    min_confidence: float = 0.0,
    budget: float | None = None,
) -> dict[str, Any]:
    """Run one partition on a worker and write its part files; returns a small summary. With
    `budget` each document is stopped after that many seconds (packaged pipeline only)."""
    from .api import Failure, _safe_run

    documents: list[Document] = []
    failures: list[tuple[str, str]] = []
    for item in iter_records(files):
        if isinstance(item, InputError):
            failures.append((item.where, item.why))
            continue
        item.fallback_reference_time = reference_time  # used only where the document gives none
        item.keep_text = item.keep_text or keep_text
        if runner is None and budget is not None:
            result = _budgeted_runner().run(item, budget)
        elif runner is None:
            result = _safe_run(item)
        else:
            try:
                result = runner(item)
            except PeristiwaError as err:
                result = Failure(item.id, str(err), err.code)
            except Exception as err:  # a custom runner's failure is still only this document's
                result = Failure(item.id, str(err))
        if isinstance(result, Failure):
            failures.append((result.doc_id, result.error))
        else:
            documents.append(result.confident(min_confidence) if min_confidence > 0 else result)
    part = Path(output) / f"part-{index:05d}.{EXTENSIONS[fmt]}"
    with open_writer(fmt, part) as writer:
        for document in documents:
            writer.write(document)
    parquet_path = None
    if parquet and documents:
        parquet_path = Path(output) / f"events-{index:05d}.parquet"
        _write_parquet(documents, parquet_path)
    return {
        "part": str(part),
        "parquet": str(parquet_path) if parquet_path else None,
        "documents": len(documents),
        "events": sum(1 for d in documents for e in d.events if not e.negated),
        "failures": failures,
    }


def extract_bag(
    paths: Iterable[str | Path],
    *,
    output: Path,
    fmt: str = "jsonl",
    scheduler: str | None = None,
    client: Any = None,
    reference_time: datetime | None = None,
    files_per_partition: int = 4,
    parquet: bool = False,
    num_workers: int | None = None,
    runner: Runner | None = None,
    keep_text: bool = False,
    min_confidence: float = 0.0,
    budget: float | None = None,
) -> BagResult:
    """Run the pipeline over `paths` on Dask and write partitioned output into the directory `output`.

    `client` (a `distributed.Client`) or `scheduler` (its address, e.g. "tcp://host:8786") choose
    the cluster; with neither, Dask's local process pool runs it (`num_workers` processes).
    With `fmt="parquet"` the parts are typed Parquet files and the folder opens with
    `pandas.read_parquet(output)`; `parquet=True` also writes `events-*.parquet` beside parts of
    another format. `keep_text`, `min_confidence` and `budget` (seconds per document, in a
    process that is stopped; the workers must be allowed to start processes) are the CLI's
    `--keep-text`, `--min-confidence` and `--budget`.
    """
    import dask.bag as db
    from dask.delayed import delayed

    _check_bag_options(fmt=fmt, budget=budget, runner=runner, files_per_partition=files_per_partition)
    files = _input_files(paths)
    output.mkdir(parents=True, exist_ok=True)
    _clear_own_parts(output)
    result = BagResult(output=output)
    if not files:
        return result
    settings: dict[str, Any] = {
        "output": str(output),
        "fmt": fmt,
        "reference_time": reference_time,
        "parquet": bool(parquet) and fmt != "parquet",
        "runner": runner,
        "keep_text": keep_text,
        "min_confidence": min_confidence,
        "budget": budget,
    }
    bag = db.from_sequence(files, partition_size=files_per_partition)  # type: ignore[no-untyped-call]
    tasks = [delayed(process_partition)(part, i, **settings) for i, part in enumerate(bag.to_delayed())]
    _collect(result, _compute(tasks, client=client, scheduler=scheduler, num_workers=num_workers))
    _write_run_files(result)
    return result


def _check_bag_options(*, fmt: str, budget: float | None, runner: Runner | None, files_per_partition: int) -> None:
    if fmt not in FORMATS:
        raise OptionError("format", fmt, f"choose one of {', '.join(FORMATS)}")
    if budget is not None and not budget > 0:
        raise OptionError("budget", budget, "must be a positive number of seconds")
    if budget is not None and runner is not None:
        raise OptionError("budget", budget, "applies to the packaged pipeline, not to a custom runner")
    if files_per_partition < 1:
        raise OptionError("files_per_partition", files_per_partition, "must be at least 1")


def _input_files(paths: Iterable[str | Path]) -> list[str]:
    files = [str(p) for p in expand_paths(paths)]
    if "-" in files:
        raise OptionError("paths", "-", "standard input cannot be read by Dask workers; name files instead")
    return files


def _compute(tasks: list[Any], *, client: Any, scheduler: str | None, num_workers: int | None) -> Iterable[Any]:
    """The partitions' summaries, computed on `client`, on the cluster at `scheduler` or locally."""
    if client is None and scheduler is not None:
        from distributed import Client

        with Client(scheduler) as remote:  # type: ignore[no-untyped-call]
            return remote.gather(remote.compute(tasks))  # type: ignore[no-any-return]
    if client is not None:
        return client.gather(client.compute(tasks))  # type: ignore[no-any-return]
    from dask.base import compute

    return compute(*tasks, scheduler="processes", num_workers=num_workers)  # type: ignore[no-untyped-call,no-any-return]


def _collect(result: BagResult, summaries: Iterable[Any]) -> None:
    for summary in summaries:
        result.parts.append(Path(summary["part"]))
        if summary["parquet"]:
            result.parquet.append(Path(summary["parquet"]))
        result.n_documents += summary["documents"]
        result.n_events += summary["events"]
        result.failures.extend((str(a), str(b)) for a, b in summary["failures"])


def _write_run_files(result: BagResult) -> None:
    """The run's failures (`_errors.jsonl`) and its manifest of parts."""
    with atomic_text(result.output / ERRORS) as (errors, _):
        for where, why in result.failures:
            errors.write(json.dumps({"doc_id": where, "error": why}, ensure_ascii=False) + "\n")
    with atomic_text(result.output / MANIFEST) as (manifest, _):
        json.dump({"parts": [p.name for p in [*result.parts, *result.parquet]]}, manifest)


MANIFEST = "_peristiwa_parts.json"
#: names starting with "_" are skipped by Parquet dataset readers: `pd.read_parquet(DIR)` opens a
#: `--format parquet` output folder as it is
ERRORS = "_errors.jsonl"


def _clear_own_parts(output: Path) -> None:
    """Remove the part files that an earlier run wrote into `output` (listed in its manifest);
    part-like files that peristiwa did not write are never removed: the run is refused instead."""
    manifest = output / MANIFEST
    own: set[str] = set()
    if manifest.exists():
        try:
            own = set(json.loads(manifest.read_text(encoding="utf-8"))["parts"])
        except (ValueError, KeyError, TypeError) as err:
            raise OptionError("output", str(output), f"its {MANIFEST} is not peristiwa's ({err})") from err
    found = [*output.glob("part-*"), *output.glob("events-*.parquet")]
    foreign = sorted(p.name for p in found if p.name not in own)
    if foreign:
        shown = ", ".join(foreign[:3]) + (" …" if len(foreign) > 3 else "")
        raise OptionError(
            "output", str(output), f"holds part files peristiwa did not write ({shown}); name another directory"
        )
    for path in found:
        path.unlink()
    manifest.unlink(missing_ok=True)
