"""Output writers: `peristiwa/1` JSONL and JSON, a flat CSV of events, and analyst formats.

`plover` (JSONL, one PLOVER-style record per event), `acled` (CSV with ACLED's columns) and
`geojson` (one Point feature per event location) leave out negated events, which did not happen.
One module a format; `writers` opens the writer of a format on a file or stdout.
"""

from __future__ import annotations

from .acled import ACLED_COLUMNS, AcledWriter, acled_locations, acled_rows
from .common import Writer, safe_cell, safe_row
from .documents import JsonlWriter, JsonWriter
from .geojson import GeoJsonWriter, geojson_features
from .plover import PloverWriter, plover_records
from .rows import CSV_COLUMNS, CsvWriter, flat_rows, typed_rows
from .timeml import TimemlWriter
from .writers import FORMATS, open_writer

__all__ = [
    "ACLED_COLUMNS",
    "CSV_COLUMNS",
    "FORMATS",
    "AcledWriter",
    "CsvWriter",
    "GeoJsonWriter",
    "JsonWriter",
    "JsonlWriter",
    "PloverWriter",
    "TimemlWriter",
    "Writer",
    "acled_locations",
    "acled_rows",
    "flat_rows",
    "geojson_features",
    "open_writer",
    "plover_records",
    "safe_cell",
    "safe_row",
    "typed_rows",
]
