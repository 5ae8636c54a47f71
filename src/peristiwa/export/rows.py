"""One row per event: typed values (for Parquet) and the flat CSV of events."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from typing import IO, Any

from ..document import Document
from .common import figure, name_or_none, safe_row

CSV_COLUMNS = (
    "doc_id",
    "event_id",
    "event_type",
    "mode",
    "negated",
    "trigger",
    "date",
    "precision",
    "actor",
    "actor_country",
    "actor_sector",
    "recipient",
    "recipient_country",
    "recipient_sector",
    "location",
    "location_country",
    "lat",
    "lon",
    "killed",
    "injured",
    "arrested",
    "sources",
    "citations",
    "cameo",
    "goldstein",
    "quad_class",
    "acled_event_type",
    "acled_sub_event_type",
    "confidence",
)


def typed_rows(document: Document) -> Iterator[dict[str, Any]]:
    """One row per event (its first actor, recipient and location) with typed values: None where
    nothing is known, numbers as numbers, modes, sources and citations as lists."""
    data = document.to_json()
    for event in data["events"]:
        actor = event["actor"][0] if event["actor"] else {}
        recipient = event["recipient"][0] if event["recipient"] else {}
        place = event["locations"][0] if event["locations"] else {}
        date = event["date"] or {}
        acled = event["acled"] or {}
        yield {
            "doc_id": data["doc_id"],
            "event_id": event["id"],
            "event_type": event["event_type"],
            "mode": list(event["mode"]),
            "negated": bool(event["negated"]),
            "trigger": event["trigger"]["text"],
            "trigger_start": event["trigger"]["start"],
            "trigger_end": event["trigger"]["end"],
            "date": date.get("start"),
            "precision": date.get("precision"),
            "actor": name_or_none(actor),
            "actor_country": actor.get("country"),
            "actor_sector": actor.get("sector"),
            "recipient": name_or_none(recipient),
            "recipient_country": recipient.get("country"),
            "recipient_sector": recipient.get("sector"),
            "location": name_or_none(place),
            "location_country": place.get("country"),
            "lat": place.get("lat"),
            "lon": place.get("lon"),
            "killed": figure(event, "killed"),
            "injured": figure(event, "injured"),
            "arrested": figure(event, "arrested"),
            "sources": [a["source"] for a in event["attribution"]],
            "citations": list(event["citations"]),
            "cameo": event["cameo"],
            "goldstein": event.get("goldstein"),
            "quad_class": event.get("quad_class"),
            "acled_event_type": acled.get("event_type"),
            "acled_sub_event_type": acled.get("sub_event_type"),
            "confidence": event["confidence"],
            "reference_time": data.get("reference_time"),
            "url": data.get("url"),
            "title": data.get("title"),
        }


def _cell(value: object) -> object:
    if value is None:
        return ""
    if isinstance(value, list):
        return ";".join(str(v) for v in value)
    return value


def flat_rows(document: Document) -> Iterator[dict[str, object]]:
    """One flat row per event (first actor, recipient and location): the CSV's columns."""
    for row in typed_rows(document):
        yield {name: _cell(row[name]) for name in CSV_COLUMNS}


class CsvWriter:
    def __init__(self, stream: IO[str]) -> None:
        self.writer = csv.DictWriter(stream, fieldnames=CSV_COLUMNS)
        self.writer.writeheader()

    def write(self, document: Document) -> None:
        for row in flat_rows(document):
            self.writer.writerow(safe_row(row))
