"""GeoJSON: one Point feature per event that happened and geocoded location of it."""

from __future__ import annotations

from collections.abc import Iterator
from typing import IO

from ..document import Document
from ..spans import JSON
from .common import happened, killed, party_name
from .documents import JsonArray


def geojson_features(document: Document) -> Iterator[JSON]:
    """One Point feature per (event, geocoded location)."""
    data = document.to_json()
    for event in happened(data):
        date = event["date"] or {}
        for place in event["locations"]:
            if place.get("lat") is None or place.get("lon") is None or place.get("feature") == "region":
                continue  # a region ("Timur Tengah") has a label point, not a location
            yield {
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": [place["lon"], place["lat"]]},
                "properties": {
                    "doc_id": data["doc_id"],
                    "event_id": event["id"],
                    "event_type": event["event_type"],
                    "mode": event["mode"],
                    "date": date.get("start"),
                    "precision": date.get("precision"),
                    "actor": [party_name(p) for p in event["actor"]],
                    "recipient": [party_name(p) for p in event["recipient"]],
                    "place": party_name(place),
                    "country": place.get("country"),
                    "feature": place.get("feature"),
                    "geonames_id": place.get("geonames_id"),
                    "fatalities": killed(event),
                    "trigger": event["trigger"]["text"],
                    "confidence": event["confidence"],
                },
            }


class GeoJsonWriter:
    """A GeoJSON FeatureCollection, written incrementally."""

    def __init__(self, stream: IO[str]) -> None:
        self.array = JsonArray(stream, '{"type": "FeatureCollection", "features": [', "\n]}\n")

    def write(self, document: Document) -> None:
        for feature in geojson_features(document):
            self.array.add(feature)

    def close(self) -> None:
        self.array.close()
