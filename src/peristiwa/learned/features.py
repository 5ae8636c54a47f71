"""What the event judge sees of a candidate event.

The input is a short text: marker tokens for the candidate's type, modes, trigger and the
arguments the rules found, then its sentence with the trigger bracketed, then the document's
headline (for news, the first line before a blank line). A bag of words and word pairs over it
lets the model learn which words around a trigger make it an act that happened, which make it
a plan, a denial, a figure of speech or a sport report, and which headlines hold no political
event at all.
"""

from __future__ import annotations

import re

from ..spans import Event

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


def candidate_text(event: Event, text: str, title: str) -> str:
    """The judge's input for `event` of the document `text` with headline `title`."""
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
    return " ".join([*markers, "|", _flat(left), "[[", _flat(trigger.text), "]]", _flat(right), "|", _flat(title)])
