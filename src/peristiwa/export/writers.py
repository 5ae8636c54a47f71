"""The writer of each format, and `open_writer`: a writer on a file (written atomically) or stdout."""

from __future__ import annotations

import io
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ..document import Document
from ..files import atomic_text
from .acled import AcledWriter
from .common import Writer
from .documents import JsonlWriter, JsonWriter
from .geojson import GeoJsonWriter
from .plover import PloverWriter
from .rows import CsvWriter
from .timeml import TimemlWriter

FORMATS: dict[str, type] = {
    "jsonl": JsonlWriter,
    "json": JsonWriter,
    "csv": CsvWriter,
    "plover": PloverWriter,
    "acled": AcledWriter,
    "geojson": GeoJsonWriter,
    "timeml": TimemlWriter,
    "parquet": object,  # binary: written by peristiwa.parquet (see open_writer)
}


class _Counted:
    """A writer that counts the documents given to it."""

    def __init__(self, inner: Writer) -> None:
        self.inner = inner
        self.documents = 0

    def write(self, document: Document) -> None:
        self.inner.write(document)
        self.documents += 1


@contextmanager
def open_writer(fmt: str, path: Path | None, *, keep_empty: bool = True) -> Iterator[_Counted]:
    """A writer for `fmt` on `path` (stdout when None), closed properly at the end.

    A file is written atomically: into a temporary file beside it, renamed over `path` only when
    the block ends without an error, so an interrupted run leaves the old file (or none), never a
    truncated JSON or GeoJSON. With `keep_empty=False` no file is made when no document was
    written. Parquet needs a file: `path` must be given."""
    if fmt == "parquet":
        with _parquet_writer(path, keep_empty=keep_empty) as counted:
            yield counted
        return
    if path is None:
        stream = io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8", newline="", write_through=True)
        counted = _Counted(FORMATS[fmt](stream))
        try:
            yield counted
            _close(counted.inner)
        finally:
            stream.flush()
            stream.detach()
        return
    with atomic_text(path) as (out, commit):
        counted = _Counted(FORMATS[fmt](out))
        yield counted
        _close(counted.inner)
        commit.keep = bool(counted.documents) or keep_empty


@contextmanager
def _parquet_writer(path: Path | None, *, keep_empty: bool) -> Iterator[_Counted]:
    from ..errors import OptionError
    from ..parquet import ParquetWriter

    if path is None:
        raise OptionError("format", "parquet", "Parquet is a binary file: name one with -o")
    writer = ParquetWriter(path)
    counted = _Counted(writer)
    try:
        yield counted
    except BaseException:
        writer.discard()
        raise
    if counted.documents or keep_empty:
        writer.close()
    else:
        writer.discard()


def _close(writer: Writer) -> None:
    close = getattr(writer, "close", None)
    if close is not None:
        close()
