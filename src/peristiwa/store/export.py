"""Writing merged events: `peristiwa-store/1` JSON lines, CSV, GeoJSON and ACLED-style rows."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import Any, TextIO

from ..export import acled_locations, safe_row

JSON = dict[str, Any]
STORE_FORMATS = ("jsonl", "csv", "geojson", "acled")
_CSV = (
    "event_id",
    "event_type",
    "mode",
    "date",
    "precision",
    "actor",
    "recipient",
    "country",
    "places",
    "killed_min",
    "killed_max",
    "injured_min",
    "injured_max",
    "n_documents",
    "sources",
    "documents",
)
_ACLED = (
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "event_type",
    "sub_event_type",
    "actor1",
    "actor2",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "n_sources",
)


def _party(parties: list[JSON]) -> str:
    return "; ".join(
        f"{p.get('name') or ''} ({p.get('country') or '?'} {p.get('sector') or '?'})".strip() for p in parties
    )


def _figure(record: JSON, kind: str, end: str) -> Any:
    return next((c.get(end) for c in record.get("casualties") or [] if c["kind"] == kind), None)


def csv_row(record: JSON) -> dict[str, Any]:
    date = record.get("date") or {}
    return {
        "event_id": record["event_id"],
        "event_type": record["event_type"],
        "mode": "|".join(record.get("mode") or []),
        "date": date.get("start"),
        "precision": date.get("precision"),
        "actor": _party(record.get("actor") or []),
        "recipient": _party(record.get("recipient") or []),
        "country": next((p.get("country") for p in record.get("locations") or [] if p.get("country")), None),
        "places": "|".join(str(p.get("name")) for p in record.get("locations") or []),
        "killed_min": _figure(record, "killed", "min"),
        "killed_max": _figure(record, "killed", "max"),
        "injured_min": _figure(record, "injured", "min"),
        "injured_max": _figure(record, "injured", "max"),
        "n_documents": record["n_documents"],
        "sources": "|".join(record.get("sources") or []),
        "documents": "|".join(sorted({m["doc_id"] for m in record["mentions"]})),
    }


def acled_rows(record: JSON) -> Iterable[dict[str, Any]]:
    """One row per merged event and location, as ACLED lays out its data, with the number of
    documents that reported it. The locations and their admin1-admin3 are those of the extractor's
    ACLED export (`peristiwa.export.acled_locations`: no regions, a province or regency that only
    contains another of the event's places is that place's unit; Kemendagri 2025 units in
    Indonesia, elsewhere the event's places of those levels). Events ACLED does not code (verbal
    events) and undated events have no ACLED row, as in the extractor's ACLED export."""
    date = (record.get("date") or {}).get("start") or ""
    acled = record.get("acled") or {}
    if not acled or not date:
        return
    locations = record.get("locations") or []
    levels = {p.get("feature"): p.get("name") or "" for p in reversed(locations)}
    places = acled_locations(locations) or [{}]
    for n, place in enumerate(places, start=1):
        admin = {level: place.get(level) or "" for level in ("admin1", "admin2", "admin3")}
        if not any(admin.values()):
            admin = {level: levels.get(level, "") for level in ("admin1", "admin2", "admin3")}
        yield {
            "event_id_cnty": record["event_id"] + (f"-{n}" if len(places) > 1 else ""),
            "event_date": date[:10],
            "year": date[:4],
            "time_precision": {"day": 1, "minute": 1, "hour": 1, "month": 2, "year": 3}.get(
                (record.get("date") or {}).get("precision") or "", ""
            ),
            "event_type": acled.get("event_type", ""),
            "sub_event_type": acled.get("sub_event_type", ""),
            "actor1": _party(record.get("actor") or []),
            "actor2": _party(record.get("recipient") or []),
            "country": place.get("country", ""),
            **admin,
            "location": place.get("name", ""),
            "latitude": "" if place.get("lat") is None else place["lat"],
            "longitude": "" if place.get("lon") is None else place["lon"],
            "source": "; ".join(record.get("sources") or []),
            "source_scale": "National",
            "notes": f"{record['event_type']} reported by {record['n_documents']} document(s)",
            "fatalities": _figure(record, "killed", "min") or 0,
            "n_sources": record["n_documents"],
        }


def write(records: Iterable[JSON], fmt: str, out: TextIO) -> int:
    """Write `records` in `fmt` to `out`; returns how many merged events were written."""
    n = 0
    if fmt == "jsonl":
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            n += 1
    elif fmt in ("csv", "acled"):
        writer = csv.DictWriter(out, fieldnames=_CSV if fmt == "csv" else _ACLED)
        writer.writeheader()
        for record in records:
            writer.writerows(safe_row(row) for row in ([csv_row(record)] if fmt == "csv" else acled_rows(record)))
            n += 1
    elif fmt == "geojson":
        features = []
        for record in records:
            n += 1
            for place in record.get("locations") or []:
                if place.get("lat") is None or place.get("feature") == "region":
                    continue  # a region ("Timur Tengah") has a label point, not a location
                properties = {k: v for k, v in csv_row(record).items()}
                features.append(
                    {
                        "type": "Feature",
                        "geometry": {"type": "Point", "coordinates": [place["lon"], place["lat"]]},
                        "properties": {**properties, "place": place.get("name")},
                    }
                )
        json.dump({"type": "FeatureCollection", "features": features}, out, ensure_ascii=False)
        out.write("\n")
    else:
        raise ValueError(fmt)
    return n
