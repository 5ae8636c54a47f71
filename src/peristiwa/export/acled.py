"""ACLED-shaped CSV: one row per event that happened and ACLED codes, and per location of it."""

from __future__ import annotations

import csv
from collections import Counter
from collections.abc import Iterator
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import IO, Any

from ..document import Document
from ..spans import JSON
from .common import day_of, first, happened, killed, party_name, safe_row

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
    path = Path(__file__).resolve().parents[1] / "serve" / "data" / "acled_countries.tsv"
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
    for event in happened(data):
        acled = event["acled"] or {}
        if not acled:
            if skipped is not None:
                skipped["not_acled"] += 1
            continue
        if not event["date"]:
            if skipped is not None:
                skipped["undated"] += 1
            continue
        levels = {p.get("feature"): party_name(p) for p in reversed(event["locations"])}
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
    country = place.get("country") or first(event["actor"]).get("country")
    numeric, country_name, region = _countries().get(country or "", ("", "", ""))
    actors, recipients = event["actor"], event["recipient"]
    kind = acled.get("event_type", "")
    inter1 = _inter(first(actors), kind, state=country)
    inter2 = _inter(first(recipients), "", state=country)
    feature = place.get("feature") or ""
    day = day_of(event["date"])
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
        "actor1": party_name(first(actors)),
        "assoc_actor_1": "; ".join(party_name(p) for p in actors[1:]),
        "inter1": inter1,
        "actor2": party_name(first(recipients)),
        "assoc_actor_2": "; ".join(party_name(p) for p in recipients[1:]),
        "inter2": inter2,
        "interaction": "".join(sorted(str(i) for i in (inter1, inter2) if i != "")),
        "civilian_targeting": "Civilian targeting"
        if inter2 == 7 and _DISORDER.get(kind) == "Political violence"
        else "",
        "iso": numeric,
        "region": region,
        "country": country_name,
        **admin,
        "location": party_name(place),
        "latitude": place.get("lat", ""),
        "longitude": place.get("lon", ""),
        "geo_precision": _GEO_PRECISION.get(feature, 3) if place else "",
        "source": "; ".join(dict.fromkeys(a["source"] for a in event["attribution"])) or (data.get("url") or ""),
        "source_scale": "",
        "notes": document.text[event["sentence"]["start"] : event["sentence"]["end"]].strip(),
        "fatalities": killed(event) or 0,
        "tags": "; ".join(party_name(p) for p in event["locations"] if p is not place),
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
