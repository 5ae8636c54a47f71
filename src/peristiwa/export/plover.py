"""PLOVER-style JSONL: one record per event that happened."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import IO

from ..document import Document
from ..spans import JSON
from .common import day_of, first, happened, killed, party_name


def plover_records(document: Document) -> Iterator[JSON]:
    """PLOVER-style event records (first actor, recipient and location of each event)."""
    data = document.to_json()
    for event in happened(data):
        actor, recipient, place = first(event["actor"]), first(event["recipient"]), first(event["locations"])
        date = event["date"] or {}
        yield {
            "event_id": event["id"],
            "event_date": day_of(event["date"]) or None,
            "date_precision": date.get("precision"),
            "event_type": event["event_type"],
            "mode": event["mode"],
            "context": event["context"],
            "actor": party_name(actor) or None,
            "actor_country": actor.get("country"),
            "actor_sector": actor.get("sector"),
            "actor_wikidata_id": actor.get("wikidata_id"),
            "recipient": party_name(recipient) or None,
            "recipient_country": recipient.get("country"),
            "recipient_sector": recipient.get("sector"),
            "recipient_wikidata_id": recipient.get("wikidata_id"),
            "placename": party_name(place) or None,
            "country": place.get("country"),
            "feature_type": place.get("feature"),
            "lat": place.get("lat"),
            "lon": place.get("lon"),
            "geonames_id": place.get("geonames_id"),
            "fatalities": killed(event),
            "sources": [a["source"] for a in event["attribution"]],
            "text": document.text[event["sentence"]["start"] : event["sentence"]["end"]],
            "doc_id": data["doc_id"],
            "url": data.get("url"),
            "confidence": event["confidence"],
        }


class PloverWriter:
    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream

    def write(self, document: Document) -> None:
        for record in plover_records(document):
            self.stream.write(json.dumps(record, ensure_ascii=False) + "\n")
