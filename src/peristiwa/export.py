"""Output writers: `peristiwa/1` JSONL and JSON, a flat CSV of events, and analyst formats.

`plover` (JSONL, one PLOVER-style record per event), `acled` (CSV with ACLED's columns) and
`geojson` (one Point feature per event location) leave out negated events, which did not happen.
"""

from __future__ import annotations

import csv
import io
import json
import sys
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import IO, Any, Protocol

from .document import Document
from .files import atomic_text
from .spans import JSON

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


def _figure(event: JSON, kind: str) -> int | None:
    """The event's figure of `kind`: the largest lower bound among its figures of that kind."""
    values = [c["min"] for c in event["casualties"] if c["kind"] == kind and c["min"] is not None]
    return max(values) if values else None


def _killed(event: JSON) -> int | None:
    """Reported deaths: the largest lower bound among the event's `killed` figures."""
    return _figure(event, "killed")


def _name_or_none(party: JSON) -> str | None:
    return party.get("name") or party.get("text") or None


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
            "actor": _name_or_none(actor),
            "actor_country": actor.get("country"),
            "actor_sector": actor.get("sector"),
            "recipient": _name_or_none(recipient),
            "recipient_country": recipient.get("country"),
            "recipient_sector": recipient.get("sector"),
            "location": _name_or_none(place),
            "location_country": place.get("country"),
            "lat": place.get("lat"),
            "lon": place.get("lon"),
            "killed": _figure(event, "killed"),
            "injured": _figure(event, "injured"),
            "arrested": _figure(event, "arrested"),
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


# A spreadsheet takes a cell starting with one of these as a formula ("=HYPERLINK(...)"): text
# cells that do are written with a leading apostrophe, as OWASP advises; numbers stay numbers.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: object) -> object:
    """`value` for a CSV cell: text that a spreadsheet would run as a formula gets a leading "'"."""
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        try:
            float(value)
        except ValueError:
            return "'" + value
    return value


def safe_row(row: JSON) -> JSON:
    return {key: safe_cell(value) for key, value in row.items()}


class CsvWriter:
    def __init__(self, stream: IO[str]) -> None:
        self.writer = csv.DictWriter(stream, fieldnames=CSV_COLUMNS)
        self.writer.writeheader()

    def write(self, document: Document) -> None:
        for row in flat_rows(document):
            self.writer.writerow(safe_row(row))


def _happened(data: JSON) -> Iterator[JSON]:
    return (e for e in data["events"] if not e["negated"])


def _first(items: list[JSON]) -> JSON:
    return items[0] if items else {}


def _name(party: JSON) -> str:
    return str(party.get("name") or party.get("text") or "")


def _day(date: JSON | None) -> str:
    """`date.start` as YYYY-MM-DD (month/year precision: the first day), or ""."""
    if not date:
        return ""
    start = str(date["start"])
    return {4: start + "-01-01", 7: start + "-01"}.get(len(start), start[:10])


def plover_records(document: Document) -> Iterator[JSON]:
    """PLOVER-style event records (first actor, recipient and location of each event)."""
    data = document.to_json()
    for event in _happened(data):
        actor, recipient, place = _first(event["actor"]), _first(event["recipient"]), _first(event["locations"])
        date = event["date"] or {}
        yield {
            "event_id": event["id"],
            "event_date": _day(event["date"]) or None,
            "date_precision": date.get("precision"),
            "event_type": event["event_type"],
            "mode": event["mode"],
            "context": event["context"],
            "actor": _name(actor) or None,
            "actor_country": actor.get("country"),
            "actor_sector": actor.get("sector"),
            "actor_wikidata_id": actor.get("wikidata_id"),
            "recipient": _name(recipient) or None,
            "recipient_country": recipient.get("country"),
            "recipient_sector": recipient.get("sector"),
            "recipient_wikidata_id": recipient.get("wikidata_id"),
            "placename": _name(place) or None,
            "country": place.get("country"),
            "feature_type": place.get("feature"),
            "lat": place.get("lat"),
            "lon": place.get("lon"),
            "geonames_id": place.get("geonames_id"),
            "fatalities": _killed(event),
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


ACLED_COLUMNS = (
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "iso",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "tags",
    "timestamp",
)
_DISORDER = {
    "Battles": "Political violence",
    "Violence against civilians": "Political violence",
    "Explosions/Remote violence": "Political violence",
    "Riots": "Political violence",
    "Protests": "Demonstrations",
    "Strategic developments": "Strategic developments",
}
# ACLED actor categories: 1 state forces, 2 rebels, 3 political militias, 4 identity militias,
# 5 rioters, 6 protesters, 7 civilians, 8 external/other forces.
_INTER = {
    "GOV": 1,
    "MIL": 1,
    "COP": 1,
    "SPY": 1,
    "JUD": 1,
    "LEG": 1,
    "REB": 2,
    "INS": 2,
    "PRM": 3,
    "PTY": 3,
    "ETH": 4,
    "REL": 4,
    "CVL": 7,
    "JRN": 7,
    "MED": 7,
    "EDU": 7,
    "LAB": 7,
    "BUS": 7,
    "REF": 7,
    "HLH": 7,
    "NGO": 8,
    "IGO": 8,
    "UAF": 8,
}
_GEO_PRECISION = {"city": 1, "village": 1, "admin3": 1, "landmark": 1, "admin2": 2}


@lru_cache(maxsize=1)
def _countries() -> dict[str, tuple[str, str, str]]:
    """ISO alpha-3 → (ISO numeric, English name, ACLED region), from the packaged table."""
    path = Path(__file__).resolve().parent / "serve" / "data" / "acled_countries.tsv"
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines()[2:]:
        iso3, numeric, name, region = line.split("\t")
        out[iso3] = (numeric, name, region)
    return out


def _inter(party: JSON, acled_type: str, *, state: str | None) -> int | str:
    if not party:
        return ""
    if acled_type == "Protests":
        return 6
    if acled_type == "Riots":
        return 5
    code = _INTER.get(str(party.get("sector") or ""), 7 if party.get("sector") is None else 8)
    return 8 if code == 1 and state and party.get("country") not in (None, state) else code


def _time_precision(date: JSON | None) -> int | str:
    if not date:
        return ""
    if date["precision"] in ("minute", "hour", "day"):
        return 2 if date["approximate"] else 1
    return 3


def acled_rows(document: Document, skipped: Counter[str] | None = None) -> Iterator[dict[str, Any]]:
    """ACLED-shaped rows: one per event that happened and that ACLED codes, and per location of
    it (ACLED's convention; a place that only contains another of the event's places, as a
    province its town, is that town's admin level, not a location of its own; a region is no
    location). admin1-admin3 are the location's Kemendagri units in Indonesia, elsewhere the
    event's locations of those levels. Events ACLED does not code (verbal events) and undated
    events are left out and counted in `skipped` ("not_acled", "undated")."""
    data = document.to_json()
    for event in _happened(data):
        acled = event["acled"] or {}
        if not acled:
            if skipped is not None:
                skipped["not_acled"] += 1
            continue
        if not event["date"]:
            if skipped is not None:
                skipped["undated"] += 1
            continue
        levels = {p.get("feature"): _name(p) for p in reversed(event["locations"])}
        places = acled_locations(event["locations"])
        for n, place in enumerate(places or [{}], start=1):
            suffix = f"-{n}" if len(places) > 1 else ""
            yield _acled_row(document, data, event, acled, place, levels, suffix)


def acled_locations(locations: list[JSON]) -> list[JSON]:
    """The event's locations as ACLED codes them: no regions, no place that contains another."""
    places = [p for p in locations if p.get("feature") != "region"]
    return [p for p in places if not any(q is not p and _contains(p, q) for q in places)]


def _contains(outer: JSON, inner: JSON) -> bool:
    if outer.get("country") != inner.get("country") or outer.get("feature") == inner.get("feature"):
        return False
    if outer.get("feature") == "country":
        return True
    for level in ("admin1", "admin2"):
        code = outer.get(f"{level}_code")
        if outer.get("feature") == level and code and inner.get(f"{level}_code") == code:
            return True
    return False


def _acled_row(
    document: Document, data: JSON, event: JSON, acled: JSON, place: JSON, levels: dict[str, str], suffix: str
) -> dict[str, Any]:
    country = place.get("country") or _first(event["actor"]).get("country")
    numeric, country_name, region = _countries().get(country or "", ("", "", ""))
    actors, recipients = event["actor"], event["recipient"]
    kind = acled.get("event_type", "")
    inter1 = _inter(_first(actors), kind, state=country)
    inter2 = _inter(_first(recipients), "", state=country)
    feature = place.get("feature") or ""
    day = _day(event["date"])
    admin = {level: place.get(level) or "" for level in ("admin1", "admin2", "admin3")}
    if not any(admin.values()):
        admin = {level: levels.get(level, "") for level in ("admin1", "admin2", "admin3")}
    return {
        "event_id_cnty": f"{country or 'XXX'}-{event['id']}{suffix}",
        "event_date": day,
        "year": day[:4],
        "time_precision": _time_precision(event["date"]),
        "disorder_type": _DISORDER.get(kind, ""),
        "event_type": kind,
        "sub_event_type": acled.get("sub_event_type", ""),
        "actor1": _name(_first(actors)),
        "assoc_actor_1": "; ".join(_name(p) for p in actors[1:]),
        "inter1": inter1,
        "actor2": _name(_first(recipients)),
        "assoc_actor_2": "; ".join(_name(p) for p in recipients[1:]),
        "inter2": inter2,
        "interaction": "".join(sorted(str(i) for i in (inter1, inter2) if i != "")),
        "civilian_targeting": "Civilian targeting"
        if inter2 == 7 and _DISORDER.get(kind) == "Political violence"
        else "",
        "iso": numeric,
        "region": region,
        "country": country_name,
        **admin,
        "location": _name(place),
        "latitude": place.get("lat", ""),
        "longitude": place.get("lon", ""),
        "geo_precision": _GEO_PRECISION.get(feature, 3) if place else "",
        "source": "; ".join(dict.fromkeys(a["source"] for a in event["attribution"])) or (data.get("url") or ""),
        "source_scale": "",
        "notes": document.text[event["sentence"]["start"] : event["sentence"]["end"]].strip(),
        "fatalities": _killed(event) or 0,
        "tags": "; ".join(_name(p) for p in event["locations"] if p is not place),
        "timestamp": int(datetime.fromisoformat(data["reference_time"]).timestamp()) if data["reference_time"] else "",
    }


class AcledWriter:
    def __init__(self, stream: IO[str]) -> None:
        self.writer = csv.DictWriter(stream, fieldnames=ACLED_COLUMNS)
        self.writer.writeheader()

        self.skipped: Counter[str] = Counter()

    def write(self, document: Document) -> None:
        self.writer.writerows(safe_row(row) for row in acled_rows(document, self.skipped))

    def summary(self) -> str | None:
        """What was left out, for stderr."""
        if not self.skipped:
            return None
        return (
            f"ACLED rows leave out {self.skipped['not_acled']} events ACLED does not code (verbal events) "
            f"and {self.skipped['undated']} undated events"
        )


def geojson_features(document: Document) -> Iterator[JSON]:
    """One Point feature per (event, geocoded location)."""
    data = document.to_json()
    for event in _happened(data):
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
                    "actor": [_name(p) for p in event["actor"]],
                    "recipient": [_name(p) for p in event["recipient"]],
                    "place": _name(place),
                    "country": place.get("country"),
                    "feature": place.get("feature"),
                    "geonames_id": place.get("geonames_id"),
                    "fatalities": _killed(event),
                    "trigger": event["trigger"]["text"],
                    "confidence": event["confidence"],
                },
            }


class GeoJsonWriter:
    """A GeoJSON FeatureCollection, written incrementally."""

    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream
        self.count = 0
        stream.write('{"type": "FeatureCollection", "features": [')

    def write(self, document: Document) -> None:
        for feature in geojson_features(document):
            self.stream.write(("," if self.count else "") + "\n" + json.dumps(feature, ensure_ascii=False))
            self.count += 1

    def close(self) -> None:
        self.stream.write("\n]}\n")


class TimemlWriter:
    """Each document's time expressions as TimeML (TIMEX3 type, value, mod in the text, the
    reference time as DCT). One document is one TimeML file; several are written as the
    `<TimeML>` children of a `<TimeMLCollection>` root."""

    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream
        self.first: str | None = None
        self.count = 0

    def write(self, document: Document) -> None:
        from .times.timeml import Timex, dct_value, to_timeml

        timexes = [Timex(t.start, t.end, t.type, t.value, t.mod) for t in document.times]
        xml = to_timeml(
            document.doc_id or "doc", document.text, timexes, dct_value(document.reference_time), declaration=False
        )
        self.count += 1
        if self.count == 1:
            self.first = xml
            return
        if self.count == 2:
            self.stream.write('<?xml version="1.0" encoding="UTF-8"?>\n<TimeMLCollection>\n' + (self.first or ""))
        self.stream.write(xml)

    def close(self) -> None:
        if self.count == 1:
            self.stream.write('<?xml version="1.0" encoding="UTF-8"?>\n' + (self.first or ""))
        elif self.count > 1:
            self.stream.write("</TimeMLCollection>\n")


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
    from .errors import OptionError
    from .parquet import ParquetWriter

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
