"""Deciding whether a document's event is an event the store already holds.

Candidates come from an index on (type, day): an event is compared only with merged events of
its type placed within a day of it (an undated event: within the week before its document was
published; an undated merged event is placed on its first report's publication day), so the
cost of adding a document does not grow with the store. The country is not part of the key:
reports of one meeting or one clash name its parties in different orders, so the first country
differs from report to report. Each candidate is scored on date, place, participants and
wording; some differences forbid a merge outright — two days both told to the day, places far
apart, a second event of the same document (the document's own merging already told them
apart). Days one apart stay apart: in a war, strikes on consecutive days share places, parties
and words (measured on the project's cluster gold, where allowing them merged different
strikes). Every comparison is kept as the mention's explanation.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from ..lang.id import stopwords

JSON = dict[str, Any]

DAY_WINDOW = 1
UNDATED_WINDOW = 7
NEAR_KM = 10.0
SAME_AREA_KM = 50.0
APART_KM = 150.0
THRESHOLD = 0.6
WEIGHTS = {"date": 0.3, "place": 0.25, "parties": 0.2, "words": 0.25}
#: below this wording score two mentions are not one event, whatever else they share
MIN_WORDS = 0.3
#: places as fine as a town: a shared province or country says little
FINE_FEATURES = frozenset({"city", "village", "admin3", "admin2", "landmark"})
#: what a part scores when one side does not tell it: little, so that agreement is positive evidence
UNKNOWN = 0.2
#: the parties' score when the sides are swapped (who acted in one report was acted on in the
#: other): an attack and the reply to it, unless the place agrees too (one clash told from each side)
SWAPPED = -0.5
_WORD = re.compile(r"[^\W\d_]{4,}")


def _local_day(event: JSON) -> tuple[str | None, str | None]:
    """(ISO day or month or year, precision) of an event, its UTC instant turned into the local
    day of its first located place."""
    when = event.get("date") or {}
    start, precision = when.get("start"), when.get("precision")
    if not start:
        return None, None
    if "T" in start:
        try:
            moment = datetime.fromisoformat(start.replace("Z", "+00:00"))
        except ValueError:
            return start[:10], "day"
        zone = next((p.get("timezone") for p in event.get("locations") or [] if p.get("timezone")), None)
        if zone:
            moment = moment.astimezone(ZoneInfo(zone))
        return moment.date().isoformat(), "day"
    if precision in ("day", "month", "year"):
        return start[: {"day": 10, "month": 7, "year": 4}[precision]], precision
    return start[:10], "day"


def features(event: JSON, text: str, reference_time: str | None) -> JSON:
    """What merging compares, computed once when the event is added."""
    day, precision = _local_day(event)
    locations = event.get("locations") or []
    # parties told only by the place (implicit) say nothing the place does not: left out
    parties = [p for p in event.get("actor", []) + event.get("recipient", []) if not p.get("implicit")]
    country = next((p.get("country") for p in locations if p.get("country")), None) or next(
        (p.get("country") for p in parties if p.get("country")), None
    )
    words: set[str] = set()
    for span in [event.get("sentence"), *(event.get("evidence") or [])]:
        if isinstance(span, dict):
            words |= {w.lower() for w in _WORD.findall(text[span["start"] : span["end"]])}
    words -= stopwords()
    return {
        "type": event["event_type"],
        "day": day,
        "precision": precision,
        "reference_day": reference_time[:10] if reference_time else None,
        "country": country,
        "places": [[p.get("name") or p.get("text"), p.get("lat"), p.get("lon"), p.get("feature")] for p in locations],
        "parties": sorted({f"{p.get('country')}/{p.get('sector')}" for p in parties}),
        "actors": _coded(event.get("actor", [])),
        "recipients": _coded(event.get("recipient", [])),
        "words": sorted(words),
    }


def _coded(parties: list[JSON]) -> list[str]:
    """Named parties as "country/sector" (those told only by the place are left out)."""
    return sorted({f"{p.get('country')}/{p.get('sector')}" for p in parties if not p.get("implicit")})


def _parties_part(f: JSON, members: list[JSON]) -> float:
    """Agreement of the parties, role by role: who acted with who acted, who was acted on with
    who was acted on — an attack and the reply to it share their countries with the sides
    swapped. Stores written before roles were kept compare the parties as one set."""
    if "actors" not in f or any("actors" not in m for m in members):
        theirs = {p for m in members for p in m["parties"] if not p.startswith("None/")}
        ours = {p for p in f["parties"] if not p.startswith("None/")}
        return _jaccard(ours, theirs) if ours and theirs else UNKNOWN
    sides = {
        role: (
            {p for p in f[role] if not p.startswith("None/")},
            {p for m in members for p in m[role] if not p.startswith("None/")},
        )
        for role in ("actors", "recipients")
    }
    countries = {role: tuple({p.split("/")[0] for p in side} for side in pair) for role, pair in sides.items()}
    (our_actors, their_actors), (our_targets, their_targets) = countries["actors"], countries["recipients"]
    if our_actors & their_targets and our_targets & their_actors and not our_actors & their_actors:
        return SWAPPED
    scores = [_jaccard(ours, theirs) for ours, theirs in sides.values() if ours and theirs]
    return sum(scores) / len(scores) if scores else UNKNOWN


def block_day(f: JSON) -> str | None:
    """The day a merged event opened by an event with features `f` is blocked by."""
    if f["day"] and f["precision"] == "day":
        return str(f["day"])
    return str(f["reference_day"]) if f["day"] is None and f["reference_day"] else None


def block(f: JSON) -> tuple[str, str, str] | None:
    """(type, first day, last day) of the merged events worth comparing, or None."""
    if f["day"] and f["precision"] == "day":
        day = date.fromisoformat(f["day"])
        lo, hi = day - timedelta(days=DAY_WINDOW), day + timedelta(days=DAY_WINDOW)
    elif f["day"] is None and f["reference_day"]:
        hi = date.fromisoformat(f["reference_day"])
        lo = hi - timedelta(days=UNDATED_WINDOW)
    else:
        return None  # a month or a year: too coarse to find the same event by
    return f["type"], lo.isoformat(), hi.isoformat()


def _km(a: list[Any], b: list[Any]) -> float | None:
    if None in (a[1], a[2], b[1], b[2]):
        return None
    lat1, lon1, lat2, lon2 = map(math.radians, (a[1], a[2], b[1], b[2]))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(min(1.0, h)))


def _fine(place: list[Any]) -> bool:
    return len(place) < 4 or place[3] in FINE_FEATURES


def _jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a | b else 0.0


@dataclass(slots=True)
class Comparison:
    score: float
    parts: dict[str, float]
    veto: str | None = None

    def to_json(self) -> JSON:
        return {
            "score": round(self.score, 3),
            "parts": {k: round(v, 3) for k, v in self.parts.items()},
            "veto": self.veto,
        }


def compare(f: JSON, members: list[JSON], member_docs: set[str], doc_id: str) -> Comparison:
    """How well the event with features `f` (of document `doc_id`) fits a merged event whose
    mentions have the features `members` and come from `member_docs`."""
    if doc_id in member_docs:
        return Comparison(0.0, {}, "a second event of a document already in it")
    days = {m["day"] for m in members if m["day"] and m["precision"] == "day"}
    if f["day"] and f["precision"] == "day":
        if days and f["day"] not in days:
            return Comparison(0.0, {}, f"another day ({f['day']} against {', '.join(sorted(days))})")
        date_part = 1.0 if days else UNKNOWN
    else:
        date_part = UNKNOWN
    ours_fine = [p for p in f["places"] if _fine(p)]
    theirs_fine = [q for m in members for q in m["places"] if _fine(q)]
    distances = [d for p in ours_fine for q in theirs_fine if (d := _km(p, q)) is not None]
    names = {str(p[0]).lower() for p in ours_fine} & {str(q[0]).lower() for q in theirs_fine}
    coarse = {str(p[0]).lower() for p in f["places"]} & {str(q[0]).lower() for m in members for q in m["places"]}
    if names or (distances and min(distances) <= NEAR_KM):
        place_part = 1.0
    elif distances and min(distances) > APART_KM:
        return Comparison(0.0, {}, f"places {min(distances):.0f} km apart")
    elif distances:
        place_part = 0.7 if min(distances) <= SAME_AREA_KM else 0.3
    else:
        place_part = 0.4 if coarse else UNKNOWN
    parties_part = _parties_part(f, members)
    words_part = min(1.0, 3 * _jaccard(set(f["words"]), {w for m in members for w in m["words"]}))
    if words_part < MIN_WORDS:
        return Comparison(0.0, {"words": words_part}, "the wording has almost nothing in common")
    parts = {"date": date_part, "place": place_part, "parties": parties_part, "words": words_part}
    return Comparison(sum(WEIGHTS[k] * v for k, v in parts.items()), parts)
