"""Events as typed Parquet (Apache Arrow): one row per event, the CSV's columns with their own
types — coordinates and confidence as doubles, figures as nullable integers, negation as a
boolean, modes, sources and citations as lists of strings, every actor, recipient, location
(with its admin levels) and casualty figure as lists of structs — so that pandas, DuckDB, R's
arrow or Spark read numbers as numbers without parsing. Each row carries its document's `text_sha256`,
and the text itself when the document keeps it (HTML input, `--keep-text`), so that the
`trigger_start`/`trigger_end` offsets can be checked from the file alone. Written atomically (a
temporary file beside the target, whose name starts with "." so that a dataset reader skips it,
renamed at the end) and in row groups, so a long run does not hold every event in memory.

Needs pyarrow (`pip install 'peristiwa[parquet]'`).
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from .document import Document
from .errors import OptionError
from .export import typed_rows
from .files import publish

ROW_GROUP = 10_000  # events buffered before a row group is written

#: the fields of the nested columns' structs, taken from the event's `peristiwa/1` JSON
STRUCTS: dict[str, tuple[tuple[str, str], ...]] = {
    "party": (
        ("text", "string"),
        ("start", "int64"),
        ("end", "int64"),
        ("name", "string"),
        ("country", "string"),
        ("sector", "string"),
        ("wikidata_id", "string"),
    ),
    "place": (
        ("text", "string"),
        ("start", "int64"),
        ("end", "int64"),
        ("name", "string"),
        ("country", "string"),
        ("feature", "string"),
        ("lat", "double"),
        ("lon", "double"),
        ("geonames_id", "int64"),
        ("admin1", "string"),
        ("admin1_code", "string"),
        ("admin2", "string"),
        ("admin2_code", "string"),
        ("admin3", "string"),
        ("admin3_code", "string"),
    ),
    "casualty": (
        ("kind", "string"),
        ("min", "int64"),
        ("max", "int64"),
        ("qualifier", "string"),
        ("who", "string"),
        ("text", "string"),
        ("start", "int64"),
        ("end", "int64"),
    ),
}
#: where the nested columns come from in the event's JSON
NESTED: dict[str, tuple[str, str]] = {
    "actors": ("actor", "party"),
    "recipients": ("recipient", "party"),
    "locations": ("locations", "place"),
    "casualties": ("casualties", "casualty"),
}
#: the first location's admin levels, flat beside its name and coordinates
ADMIN = ("admin1", "admin1_code", "admin2", "admin2_code", "admin3", "admin3_code")

#: (column, Arrow type name); the order is the file's. The flat columns are the CSV's (the first
#: actor, recipient and location); `actors`, `recipients`, `locations` and `casualties` hold
#: them all as lists of structs (`STRUCTS`).
COLUMNS: tuple[tuple[str, str], ...] = (
    ("doc_id", "string"),
    ("event_id", "string"),
    ("event_type", "string"),
    ("mode", "list<string>"),
    ("negated", "bool"),
    ("trigger", "string"),
    ("trigger_start", "int64"),
    ("trigger_end", "int64"),
    ("date", "string"),
    ("date_end", "string"),
    ("precision", "string"),
    ("approximate", "bool"),
    ("actor", "string"),
    ("actor_country", "string"),
    ("actor_sector", "string"),
    ("recipient", "string"),
    ("recipient_country", "string"),
    ("recipient_sector", "string"),
    ("location", "string"),
    ("location_country", "string"),
    ("lat", "double"),
    ("lon", "double"),
    ("admin1", "string"),
    ("admin1_code", "string"),
    ("admin2", "string"),
    ("admin2_code", "string"),
    ("admin3", "string"),
    ("admin3_code", "string"),
    ("killed", "int64"),
    ("injured", "int64"),
    ("arrested", "int64"),
    ("actors", "list<party>"),
    ("recipients", "list<party>"),
    ("locations", "list<place>"),
    ("casualties", "list<casualty>"),
    ("sources", "list<string>"),
    ("citations", "list<string>"),
    ("cameo", "string"),
    ("goldstein", "double"),
    ("quad_class", "int64"),
    ("acled_event_type", "string"),
    ("acled_sub_event_type", "string"),
    ("confidence", "double"),
    ("reference_time", "timestamp"),
    ("url", "string"),
    ("title", "string"),
    ("text_sha256", "string"),
    ("text", "string"),
)


def _pyarrow() -> Any:
    try:
        import pyarrow as pa  # type: ignore[import-untyped]
        import pyarrow.parquet  # type: ignore[import-untyped]
    except ImportError as err:
        raise OptionError("format", "parquet", "needs pyarrow: pip install 'peristiwa[parquet]'") from err
    return pa


def schema() -> Any:
    """The Arrow schema of the events table."""
    pa = _pyarrow()
    types = {
        "string": pa.string(),
        "bool": pa.bool_(),
        "int64": pa.int64(),
        "double": pa.float64(),
        "timestamp": pa.timestamp("ms", tz="UTC"),  # Parquet has no seconds unit
    }
    for struct, members in STRUCTS.items():
        types[struct] = pa.struct([pa.field(name, types[kind], nullable=True) for name, kind in members])
    fields = []
    for name, kind in COLUMNS:
        arrow = pa.list_(types[kind[5:-1]]) if kind.startswith("list<") else types[kind]
        fields.append(pa.field(name, arrow, nullable=True))
    return pa.schema(fields)


class ParquetWriter:
    """Writes documents' events to one Parquet file; `close()` puts it in place, `discard()`
    drops it. The temporary file is in the target's directory (an atomic rename)."""

    def __init__(self, path: Path, *, row_group: int = ROW_GROUP) -> None:
        pa = _pyarrow()
        self.path = path
        self.schema = schema()
        self.row_group = row_group
        self.rows: list[dict[str, Any]] = []
        self.events = 0
        fd, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
        os.close(fd)
        self.temp = Path(name)
        self.writer = pa.parquet.ParquetWriter(str(self.temp), self.schema)

    def write(self, document: Document) -> None:
        self.rows.extend(document_rows(document))
        if len(self.rows) >= self.row_group:
            self._flush()

    def _flush(self) -> None:
        if self.rows:
            pa = _pyarrow()
            self.writer.write_table(pa.Table.from_pylist(self.rows, schema=self.schema))
            self.events += len(self.rows)
            self.rows = []

    def close(self) -> None:
        try:
            self._flush()
            self.writer.close()
            publish(self.temp, self.path)
        finally:
            self.temp.unlink(missing_ok=True)

    def discard(self) -> None:
        try:
            self.writer.close()
        finally:
            self.temp.unlink(missing_ok=True)


def _utc(moment: datetime) -> datetime:
    """The instant the JSON's `reference_time` names (a naive time is UTC), to the second."""
    aware = moment.astimezone(UTC) if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
    return aware.replace(microsecond=0)


def document_rows(document: Document) -> list[dict[str, Any]]:
    """The events table's rows of one document: `typed_rows` plus the document's text hash and,
    when the document keeps its text (HTML input, --keep-text), the text its offsets index
    (repeated on each row; Parquet's dictionary encoding stores it once per row group)."""
    digest = hashlib.sha256(document.text.encode("utf-8")).hexdigest()
    text = document.text if document.keep_text else None
    events = document.to_json()["events"]
    reference = _utc(document.reference_time) if document.reference_time else None
    rows = []
    for row, event in zip(typed_rows(document), events, strict=True):
        first = event["locations"][0] if event["locations"] else {}
        nested = {
            column: [{name: item.get(name) for name, _ in STRUCTS[struct]} for item in event[key]]
            for column, (key, struct) in NESTED.items()
        }
        admin = {name: first.get(name) for name in ADMIN}
        date = event["date"] or {}
        dated = {"date_end": date.get("end"), "approximate": date.get("approximate"), "reference_time": reference}
        rows.append({**row, **dated, **admin, **nested, "text_sha256": digest, "text": text})
    return rows


def write_documents(documents: Iterable[Document], path: Path) -> int:
    """Write the events of `documents` to `path` (atomically); returns the number of events."""
    writer = ParquetWriter(path)
    try:
        for document in documents:
            writer.write(document)
    except BaseException:
        writer.discard()
        raise
    writer.close()
    return writer.events
