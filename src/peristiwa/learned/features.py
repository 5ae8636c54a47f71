"""What the event judge sees of a candidate event.

The input is a short text: marker tokens for the candidate's type, modes, trigger and the
arguments the rules found, then its sentence with the trigger bracketed, then the document's
headline (for news, the first line before a blank line). A bag of words and word pairs over it
lets the model learn which words around a trigger make it an act that happened, which make it
a plan, a denial, a figure of speech or a sport report, and which headlines hold no political
event at all.

Markers also tell how the candidate stands to the nearest earlier candidate of its type in the
document (same sentence or near, same trigger word, same or other day, the same or other
parties and places, the same figures): a second mention of one event that the rules did not
merge is, to the scorer, a false event, and these are what tells it apart from a second event.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..spans import Event, Span

#: characters of context kept on each side of the trigger
WINDOW = 160
HEADLINE_MAX = 200
_SPACE = re.compile(r"\s+")


def headline(text: str) -> str:
    """The first line when it stands alone before a blank line (a news headline), else ""."""
    first, sep, _ = text.partition("\n")
    if sep and len(first) <= HEADLINE_MAX and text[len(first) :].startswith("\n\n"):
        return first
    return ""


def _flat(s: str) -> str:
    return _SPACE.sub(" ", s).strip()


#: characters between two triggers under which an earlier candidate counts as near
NEAR_CHARS = 600


def _names(spans: Sequence[Span]) -> set[str]:
    return {str(getattr(s, "name", None) or s.text).casefold() for s in spans}


def _relation(tag: str, ours: set[str], theirs: set[str]) -> list[str]:
    if not ours or not theirs:
        return []
    return [f"ulang_{tag}_sama" if ours & theirs else f"ulang_{tag}_beda"]


def repeat_markers(event: Event, earlier: Sequence[Event]) -> list[str]:
    """How `event` stands to the nearest earlier candidate of its type (["pertama"]: none)."""
    same = [e for e in earlier if e.event_type == event.event_type and not e.negated]
    if not same:
        return ["pertama"]
    prev = same[-1]
    if prev.sentence.start == event.sentence.start:
        where = "ulang_kalimat_sama"
    else:
        where = "ulang_dekat" if event.trigger.start - prev.trigger.end < NEAR_CHARS else "ulang_jauh"
    markers = ["ulang", where, f"ulang_ke_{min(len(same), 3)}"]
    if prev.trigger.text.casefold() == event.trigger.text.casefold():
        markers.append("ulang_pemicu_sama")
    if prev.date is None or event.date is None:
        markers.append("ulang_tanggal_kosong" if prev.date is None and event.date is None else "ulang_tanggal_satu")
    else:
        markers.append("ulang_tanggal_sama" if prev.date.start[:10] == event.date.start[:10] else "ulang_tanggal_beda")
    markers += _relation("aktor", _names(event.actor), _names(prev.actor))
    markers += _relation("sasaran", _names(event.recipient), _names(prev.recipient))
    markers += _relation("tempat", _names(event.locations), _names(prev.locations))
    figures = {(c.kind, c.min) for c in event.casualties} & {(c.kind, c.min) for c in prev.casualties}
    if figures:
        markers.append("ulang_korban_sama")
    return markers


def candidate_text(event: Event, text: str, title: str, earlier: Sequence[Event] = ()) -> str:
    """The judge's input for `event` of the document `text` with headline `title`; `earlier`:
    the candidates before it in the document."""
    trigger = event.trigger
    start = max(event.sentence.start, trigger.start - WINDOW)
    end = min(event.sentence.end, trigger.end + WINDOW)
    left, right = text[start : trigger.start], text[trigger.end : end]
    markers = [f"tipe_{event.event_type}", "pemicu_" + "_".join(trigger.text.lower().split())]
    markers += [f"mode_{m}" for m in event.mode]
    markers += [f"aktor_{p.sector or 'x'}" for p in event.actor] or ["aktor_tidak"]
    markers += [f"sasaran_{p.sector or 'x'}" for p in event.recipient] or ["sasaran_tidak"]
    markers.append("bertanggal" if event.date is not None else "tanpa_tanggal")
    if event.negated:
        markers.append("dinegasikan")
    markers += repeat_markers(event, earlier)
    return " ".join([*markers, "|", _flat(left), "[[", _flat(trigger.text), "]]", _flat(right), "|", _flat(title)])
