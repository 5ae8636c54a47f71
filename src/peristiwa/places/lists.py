"""Places named in a list: "dari Parramatta, Georges River, Prospect, Toongabbie, Brickfield dan Hawkesbury River".

When a comma/"dan"/"atau" list of capitalised names contains gazetteer places, the names the
gazetteer lacks are places too (of unknown kind, in the country of the known ones).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from ..lang import data_mapping, language_cache
from .recognise import Mention, PlaceCues, is_name_like

__all__ = ["list_mentions"]

_ITEM = re.compile(r"(?:[^\W\d_][\w'’\-]*)(?: (?:[^\W\d_][\w'’\-]*))*")
MAX_WORDS = 4


@dataclass(frozen=True, slots=True)
class Separators:
    """What stands between the items of a list (`lang/id/places/lists.yaml`)."""

    between: re.Pattern[str]  # a comma, a conjunction or both
    closing: re.Pattern[str]  # the conjunction before the last item


@language_cache
def separators() -> Separators:
    data = data_mapping("places", "lists.yaml")
    conjunction = "|".join(re.escape(str(w)) for w in data["conjunctions"])
    return Separators(
        between=re.compile(rf"(?:\s*,\s*(?:(?:{conjunction})\s+)?|\s+(?:{conjunction})\s+)"),
        closing=re.compile(rf"\b({conjunction})\b"),
    )


def _item_at(text: str, pos: int, lex: PlaceCues) -> tuple[int, int] | None:
    m = _ITEM.match(text, pos)
    if m is None:
        return None
    words = m.group(0).split(" ")
    kept = []
    for word in words[:MAX_WORDS]:
        if not is_name_like(word, lex) or word.lower() in lex.connectors or word.lower() in lex.prepositions:
            break
        kept.append(word)
    if not kept:
        return None
    return pos, pos + len(" ".join(kept))


def list_mentions(text: str, mentions: list[Mention], lex: PlaceCues) -> list[Mention]:
    """Unknown names listed together with known places."""
    by_start = {m.start: m for m in mentions}
    covered = [(m.start, m.end) for m in mentions]
    out: list[Mention] = []
    seen: set[int] = set()
    for first in mentions:
        if not first.entries or first.start in seen:
            continue
        items: list[tuple[int, int, Mention | None]] = [(first.start, first.end, first)]
        closed = False
        pos = first.end
        while True:
            sep = separators().between.match(text, pos)
            if sep is None:
                break
            item = _item_at(text, sep.end(), lex)
            if item is None:
                break
            known = by_start.get(item[0])
            end = known.end if known is not None else item[1]
            items.append((item[0], end, known))
            closed = bool(separators().closing.search(sep.group(0)))
            pos = end
            if closed:
                break
        seen.update(s for s, _, _ in items)
        known_items = [k for _, _, k in items if k is not None and k.entries]
        enough = first.supported or 2 * len(known_items) >= len(items)
        if not closed or len(items) < 3 or not enough:
            continue
        countries = Counter(e.country for k in known_items for e in k.entries[:1] if e.country)
        hint = countries.most_common(1)[0][0] if countries else None
        for start, end, known in items:
            if known is None and not any(s < end and start < e for s, e in covered):
                out.append(Mention(start, end, start, [], supported=True, notes=["list"], country_hint=hint))
    return out
