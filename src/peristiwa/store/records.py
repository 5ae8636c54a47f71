"""The `peristiwa-store/1` record of a merged event, built from its mentions."""

from __future__ import annotations

from typing import Any

JSON = dict[str, Any]
SCHEMA = "peristiwa-store/1"
CASUALTY_KINDS = ("killed", "injured", "missing", "arrested", "displaced", "abducted")


def event_id(merged_id: int) -> str:
    return f"ev-{merged_id:06d}"


def merged_id_of(event_id_text: str) -> int | None:
    digits = event_id_text.removeprefix("ev-")
    return int(digits) if digits.isdigit() else None


def _unique(items: list[JSON], key: tuple[str, ...]) -> list[JSON]:
    seen: set[tuple[Any, ...]] = set()
    out = []
    for item in items:
        k = tuple(item.get(x) for x in key)
        if k not in seen:
            seen.add(k)
            out.append(item)
    return out


def _date(members: list[tuple[str, JSON, JSON]]) -> JSON | None:
    """The finest date a mention gives (instants before days before months before years)."""
    rank = {"minute": 0, "hour": 1, "day": 2, "week": 3, "month": 4, "year": 5}
    dates = [e["date"] for _, e, _ in members if e.get("date") and e["date"].get("start")]
    if not dates:
        return None
    best = min(dates, key=lambda d: (rank.get(d.get("precision") or "day", 9), d["start"]))
    return {"start": best["start"], "precision": best.get("precision")}


def _casualties(members: list[tuple[str, JSON, JSON]]) -> list[JSON]:
    """Per kind: every document's figure kept as a claim, with the range they span."""
    out = []
    for kind in CASUALTY_KINDS:
        claims = []
        for doc_id, event, _ in members:
            for c in event.get("casualties") or []:
                if c.get("kind") == kind:
                    claim = {
                        "doc_id": doc_id,
                        "min": c.get("min"),
                        "max": c.get("max"),
                        "qualifier": c.get("qualifier"),
                    }
                    if c.get("attributed_to"):
                        claim["claimant"] = c["attributed_to"]
                    claims.append(claim)
                    break
        if not claims:
            continue
        lows = [c["min"] for c in claims if c["min"] is not None]
        highs = [c["max"] if c["max"] is not None else c["min"] for c in claims]
        highs = [h for h in highs if h is not None]
        out.append(
            {"kind": kind, "min": min(lows) if lows else None, "max": max(highs) if highs else None, "claims": claims}
        )
    return out


def _mention(doc_id: str, e: JSON) -> JSON:
    """What a merged event lists of one of its mentions: where it is told and how."""
    return {
        "doc_id": doc_id,
        "event_id": e.get("id"),
        "event_type": e["event_type"],
        "trigger": e.get("trigger"),
        "evidence": [{"start": s["start"], "end": s["end"]} for s in e.get("evidence") or []],
        "date": e.get("date"),
    }


def merged_record(
    merged_id: int, members: list[tuple[str, JSON, JSON]], corroborating: list[tuple[str, JSON, float]] | None = None
) -> JSON:
    """`members`: (document id, peristiwa/1 event, features) of every mention, in order added;
    `corroborating`: (document id, peristiwa/1 event, the judge's probability) of the candidates the
    extractor's judge dropped that corroborate it — listed among the mentions, marked, and counted
    apart (`n_corroborating`: their documents not among the others); the event's fields are the others'."""
    first = members[0][1]
    mentions = [_mention(doc_id, e) for doc_id, e, _ in members]
    told = {doc_id for doc_id, _, _ in members}
    mentions += [
        {**_mention(doc_id, e), "corroborating": True, "judged": judged} for doc_id, e, judged in corroborating or []
    ]
    modes = sorted({m for _, e, _ in members for m in e.get("mode") or []})
    strip = ("text", "start", "end")
    parties = {
        role: _unique(
            [{k: v for k, v in p.items() if k not in strip} for _, e, _ in members for p in e.get(role) or []],
            ("country", "sector", "name"),
        )
        for role in ("actor", "recipient")
    }
    locations = _unique(
        [{k: v for k, v in p.items() if k not in strip} for _, e, _ in members for p in e.get("locations") or []],
        ("name", "country"),
    )
    sources = sorted({a.get("source") for _, e, _ in members for a in e.get("attribution") or [] if a.get("source")})
    return {
        "schema": SCHEMA,
        "event_id": event_id(merged_id),
        "event_type": first["event_type"],
        "mode": modes,
        "date": _date(members),
        "actor": parties["actor"],
        "recipient": parties["recipient"],
        "locations": locations,
        "casualties": _casualties(members),
        "sources": sources,
        "acled": first.get("acled"),
        "cameo": first.get("cameo"),
        "n_documents": len(told),
        "n_corroborating": len({doc_id for doc_id, _, _ in corroborating or []} - told),
        "mentions": mentions,
    }
