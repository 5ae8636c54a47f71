"""`Document`: the result of running peristiwa on one text, and its `peristiwa/1` JSON form."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field, replace
from datetime import UTC, datetime

from .about import SCHEMA
from .events.coding import goldstein, quad_class
from .spans import JSON, Citation, Entity, Event, Place, Quantity, Segment, TimeMention


def iso_utc(moment: datetime) -> str:
    """An aware or naive (taken as UTC) datetime as `YYYY-MM-DDTHH:MM:SSZ`."""
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC)
    return moment.replace(tzinfo=None, microsecond=0).isoformat() + "Z"


def event_json(event: Event) -> JSON:
    """One event in `peristiwa/1` form (field order as in output-format.md)."""
    return {
        "id": event.id,
        "event_type": event.event_type,
        "mode": list(event.mode),
        "context": list(event.context),
        "negated": event.negated,
        "trigger": event.trigger.to_json(),
        "sentence": {"start": event.sentence.start, "end": event.sentence.end},
        "evidence": [{"start": s.start, "end": s.end} for s in event.evidence],
        "actor": [p.to_json() for p in event.actor],
        "recipient": [p.to_json() for p in event.recipient],
        "date": event.date.to_json() if event.date else None,
        "locations": [p.to_json() for p in event.locations],
        "casualties": [c.to_json() for c in event.casualties],
        "attribution": [a.to_json() for a in event.attribution],
        "citations": list(event.citations),
        "acled": dict(event.acled) if event.acled else None,
        "cameo": event.cameo,
        "goldstein": goldstein(event.cameo),
        "quad_class": quad_class(event.cameo),
        "confidence": round(event.confidence, 3),
    }


@dataclass(slots=True)
class Document:
    """Everything peristiwa found in one text. Offsets index `text`, the original input."""

    doc_id: str | None
    text: str
    reference_time: datetime | None = None
    url: str | None = None
    title: str | None = None
    events: list[Event] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    times: list[TimeMention] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)
    segments: list[Segment] = field(default_factory=list)
    keep_text: bool = False  # whether `to_json` carries the text itself (HTML input, --keep-text)
    #: the candidate events the learned judge dropped (their `confidence`: its probability): not in
    #: `to_json`; the event store may attach one to an event other reports tell (a corroborating mention)
    dropped: list[Event] = field(default_factory=list)

    def confident(self, threshold: float) -> Document:
        """This document with only the events whose `confidence` is at least `threshold` (the
        mentions are kept): the precision/recall trade-off an analyst chooses."""
        return replace(self, events=[e for e in self.events if e.confidence >= threshold])

    def dropped_json(self) -> list[JSON]:
        """The `peristiwa/1` objects of the candidate events the judge dropped (`dropped`)."""
        return [event_json(e) for e in self.dropped]

    @property
    def sentences(self) -> list[Segment]:
        return [s for s in self.segments if s.kind == "sentence"]

    def _head(self) -> JSON:
        out: JSON = {
            "schema": SCHEMA,
            "doc_id": self.doc_id,
            "language": "id",
            "reference_time": iso_utc(self.reference_time) if self.reference_time else None,
            "text_sha256": hashlib.sha256(self.text.encode("utf-8")).hexdigest(),
        }
        if self.url:
            out["url"] = self.url
        if self.title:
            out["title"] = self.title
        if self.keep_text:
            out["text"] = self.text
        return out

    def _items(self, name: str) -> Iterator[JSON]:
        """The JSON objects of one of the lists (`LISTS`), one at a time."""
        if name == "events":
            return (event_json(e) for e in self.events)
        if name == "times":
            return (_time_json(t) for t in self.times)
        if name == "segments":
            return (asdict(s) for s in self.segments)
        spans: list[Entity] | list[Place] | list[Quantity] | list[Citation] = getattr(self, name)
        return (s.to_json() for s in spans)

    def to_json(self) -> JSON:
        """The `peristiwa/1` object for this document."""
        out = self._head()
        for name in LISTS:
            out[name] = list(self._items(name))
        return out

    def json_chunks(self) -> Iterator[str]:
        """`to_json()` as compact JSON text (`json.dumps(…, ensure_ascii=False, allow_nan=False,
        separators=(",", ":"))`, what a JSON HTTP answer holds), piece by piece: one list item
        at a time, so that a document with 100,000 mentions never has them all as objects."""
        head = _compact(self._head())
        yield head[:-1]
        for name in LISTS:
            yield f',"{name}":['
            for n, item in enumerate(self._items(name)):
                yield _compact(item) if n == 0 else "," + _compact(item)
            yield "]"
        yield "}"


#: the lists of a `peristiwa/1` object, in their order
LISTS = ("events", "entities", "times", "places", "quantities", "citations", "segments")


def _compact(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, allow_nan=False, separators=(",", ":"))


def _time_json(t: TimeMention) -> JSON:
    data = t.to_json()
    return {k: v for k, v in data.items() if v is not None or k in ("utc", "value")}
