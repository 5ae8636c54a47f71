"""Typed results: every extraction is a span of the original text with its normalised value.

All `start`/`end` values are Python `str` indices into the document's original text
(end exclusive), so that `text == original[start:end]` always holds.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

TimeType = Literal["DATE", "TIME", "DURATION", "SET"]
Precision = Literal["minute", "hour", "day", "month", "year", "decade", "century"]
# Finest first: a lower rank is a more precise date.
PRECISION_RANK: dict[str, int] = {"minute": 0, "hour": 1, "day": 2, "month": 3, "year": 4, "decade": 5, "century": 6}
CasualtyKind = Literal["killed", "injured", "missing", "arrested", "displaced", "abducted"]
Qualifier = Literal["exact", "at_least", "at_most", "about", "more_than", "fewer_than", "range"]

JSON = dict[str, Any]


@dataclass(slots=True)
class Span:
    """A stretch of the original text."""

    text: str
    start: int
    end: int

    def to_json(self) -> JSON:
        return asdict(self)


@dataclass(slots=True)
class Entity(Span):
    """A named or described actor, place or group, coded when the coder knows it."""

    label: str  # PER, ORG, LOC, GPE, NORP
    name: str | None = None
    country: str | None = None
    sector: str | None = None
    wikidata_id: str | None = None


@dataclass(slots=True)
class TimeMention(Span):
    """A TIMEX3 expression: `value` is local time on the text's calendar, `utc` the instant if known."""

    type: TimeType
    value: str
    utc: str | None = None
    precision: Precision | None = None
    approximate: bool = False
    mod: str | None = None  # TIMEX3 mod: START, MID, END, AFTER, BEFORE, APPROX …
    anchored: bool = True  # False when the value needed a reference time that was missing
    # the calendar date that dates events when the TIMEX3 value cannot: for a DURATION counted
    # from a time told before ("tiga hari [kemudian]") the day it reaches (TimeML leaves the
    # signal outside); for a quarter, half or season ("kuartal II 2025") the year it lies in
    point: str | None = None


@dataclass(slots=True)
class Place(Span):
    """A toponym resolved offline to a gazetteer entry."""

    name: str | None = None
    country: str | None = None
    feature: str | None = None  # country, admin1, admin2, admin3, city, village, region, sea, landmark
    lat: float | None = None
    lon: float | None = None
    geonames_id: int | None = None
    timezone: str | None = None
    # Indonesia's administrative units the place lies in, Kemendagri 2025 names and codes
    # (`places.admin`); None elsewhere. A `region` ("Timur Tengah") keeps a label point in
    # lat/lon but is not a location: maps and exports do not plot it.
    admin1: str | None = None
    admin1_code: str | None = None
    admin2: str | None = None
    admin2_code: str | None = None
    admin3: str | None = None
    admin3_code: str | None = None


@dataclass(slots=True)
class Quantity(Span):
    """A number as written: digits, words or vague amounts, with its qualifier."""

    min: int | None
    max: int | None
    qualifier: Qualifier = "exact"


@dataclass(slots=True)
class Party(Span):
    """An event's actor or recipient, coded to country and PLOVER sector. An `implicit` party is
    one the text does not name: its span is the place the event happened, which tells its country,
    or the event's trigger when no place is named (`peristiwa.events.unnamed`)."""

    name: str | None = None
    country: str | None = None
    sector: str | None = None
    wikidata_id: str | None = None
    implicit: bool = False

    def to_json(self) -> JSON:
        out = asdict(self)
        if not self.implicit:
            del out["implicit"]  # only said when true: named parties keep the documented fields
        return out


@dataclass(slots=True)
class Casualty(Span):
    """A casualty figure: who was killed/injured/… how many, and who says so."""

    kind: CasualtyKind
    min: int | None
    max: int | None
    qualifier: Qualifier = "exact"
    who: str | None = None
    attributed_to: str | None = None


@dataclass(slots=True)
class Attribution(Span):
    """An in-text source: "Menurut Pentagon" → source "Pentagon"."""

    source: str


@dataclass(slots=True)
class Citation(Span):
    """A reference marker such as `[16]`; `label` is "16"."""

    label: str


@dataclass(slots=True)
class Segment:
    """A sentence or a heading."""

    start: int
    end: int
    kind: Literal["sentence", "heading"] = "sentence"


@dataclass(slots=True)
class EventDate:
    """When an event happened: ISO start (UTC instant for minute/hour precision)."""

    start: str
    end: str | None
    precision: Precision
    approximate: bool
    text: str | None
    start_char: int | None
    end_char: int | None
    #: a day the narrative carries to the event without the text tying it to it (a statement's day
    #: paragraphs before a deed the speaker tells of): the rule stages merge with it and the judge
    #: reads it, then the event leaves it (`Event.carried_date`); not in the output
    untied: bool = False

    def to_json(self) -> JSON:
        out = asdict(self)
        del out["untied"]
        return out

    def finer_than(self, other: EventDate) -> bool:
        """True when this date is told more precisely than `other`."""
        return PRECISION_RANK[self.precision] < PRECISION_RANK[other.precision]


@dataclass(slots=True)
class Event:
    """One reported action of a PLOVER type, with everything the text says about it."""

    id: str
    event_type: str
    trigger: Span
    sentence: Segment
    mode: list[str] = field(default_factory=list)
    context: list[str] = field(default_factory=list)
    negated: bool = False
    evidence: list[Segment] = field(default_factory=list)
    actor: list[Party] = field(default_factory=list)
    recipient: list[Party] = field(default_factory=list)
    date: EventDate | None = None
    locations: list[Place] = field(default_factory=list)
    casualties: list[Casualty] = field(default_factory=list)
    attribution: list[Attribution] = field(default_factory=list)
    citations: list[str] = field(default_factory=list)
    acled: dict[str, str] | None = None
    cameo: str | None = None
    confidence: float = 0.5
    #: where in its sentence the text of its parties begins, when not at the sentence's start (the act a
    #: condemnation names: "X mengecam serangan terhadap Y" — X is not the attacker); not in the output
    parties_from: int | None = None
    #: the day the narrative carried to the event but the text does not tie to it (`EventDate.untied`),
    #: which the judge reads as the rule stages left it; not in the output
    carried_date: EventDate | None = None

    def untie_date(self) -> None:
        """Leave a day the text does not tie to the event (`EventDate.untied`) for `carried_date`."""
        if self.date is not None and self.date.untied:
            self.carried_date, self.date = self.date, None
