"""Output writers: `peristiwa/1` JSONL and JSON, and a flat CSV of events."""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Protocol

from .document import Document
from .spans import JSON

CSV_COLUMNS = (
    "doc_id", "event_id", "event_type", "mode", "negated", "trigger", "date", "precision", "actor",
    "actor_country", "actor_sector", "recipient", "recipient_country", "recipient_sector", "location",
    "location_country", "lat", "lon", "killed", "injured", "arrested", "sources", "citations",
    "cameo", "acled_event_type", "acled_sub_event_type", "confidence",
)


class Writer(Protocol):
    def write(self, document: Document) -> None: ...


class JsonlWriter:
    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream

    def write(self, document: Document) -> None:
        self.stream.write(json.dumps(document.to_json(), ensure_ascii=False) + "\n")


class JsonWriter:
    """A JSON array of documents, written incrementally."""

    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream
        self.count = 0
        stream.write("[")

    def write(self, document: Document) -> None:
        self.stream.write(("," if self.count else "") + "\n" + json.dumps(document.to_json(), ensure_ascii=False))
        self.count += 1

    def close(self) -> None:
        self.stream.write("\n]\n")


def _figure(event: JSON, kind: str) -> str:
    values = [c for c in event["casualties"] if c["kind"] == kind]
    return str(values[0]["min"]) if values and values[0]["min"] is not None else ""


def flat_rows(document: Document) -> Iterator[dict[str, object]]:
    """One flat row per event (first actor, recipient and location)."""
    data = document.to_json()
    for event in data["events"]:
        actor = event["actor"][0] if event["actor"] else {}
        recipient = event["recipient"][0] if event["recipient"] else {}
        place = event["locations"][0] if event["locations"] else {}
        date = event["date"] or {}
        acled = event["acled"] or {}
        yield {
            "doc_id": data["doc_id"], "event_id": event["id"], "event_type": event["event_type"],
            "mode": ";".join(event["mode"]), "negated": event["negated"], "trigger": event["trigger"]["text"],
            "date": date.get("start", ""), "precision": date.get("precision", ""),
            "actor": actor.get("name") or actor.get("text", ""), "actor_country": actor.get("country") or "",
            "actor_sector": actor.get("sector") or "",
            "recipient": recipient.get("name") or recipient.get("text", ""),
            "recipient_country": recipient.get("country") or "", "recipient_sector": recipient.get("sector") or "",
            "location": place.get("name") or place.get("text", ""), "location_country": place.get("country") or "",
            "lat": place.get("lat", ""), "lon": place.get("lon", ""),
            "killed": _figure(event, "killed"), "injured": _figure(event, "injured"),
            "arrested": _figure(event, "arrested"),
            "sources": ";".join(a["source"] for a in event["attribution"]),
            "citations": ";".join(event["citations"]), "cameo": event["cameo"] or "",
            "acled_event_type": acled.get("event_type", ""), "acled_sub_event_type": acled.get("sub_event_type", ""),
            "confidence": event["confidence"],
        }


class CsvWriter:
    def __init__(self, stream: IO[str]) -> None:
        self.writer = csv.DictWriter(stream, fieldnames=CSV_COLUMNS)
        self.writer.writeheader()

    def write(self, document: Document) -> None:
        for row in flat_rows(document):
            self.writer.writerow(row)


FORMATS: dict[str, type] = {"jsonl": JsonlWriter, "json": JsonWriter, "csv": CsvWriter}


@contextmanager
def open_writer(fmt: str, path: Path | None) -> Iterator[Writer]:
    """A writer for `fmt` on `path` (stdout when None), closed properly at the end."""
    stream: IO[str]
    if path is None:
        stream = io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8", newline="", write_through=True)
    else:
        stream = path.open("w", encoding="utf-8", newline="")
    writer = FORMATS[fmt](stream)
    try:
        yield writer
        close = getattr(writer, "close", None)
        if close is not None:
            close()
    finally:
        stream.flush()
        if path is not None:
            stream.close()
        else:
            stream.detach()
