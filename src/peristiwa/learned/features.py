"""What the event judge sees of a candidate event.

The input is a short text: marker tokens for the candidate's type, modes, trigger and the
arguments the rules found, then its sentence with the trigger bracketed, then the document's
headline (for news, the first line before a blank line) and the beginning of its body (the lead,
whole words of its first `LEAD_CHARS` characters). A bag of words and word pairs over it
lets the model learn which words around a trigger make it an act that happened, which make it
a plan, a denial, a figure of speech or a sport report, and which headlines and leads hold no
political event at all: the lead tells a court report, a crime story or a market report from
political news where the headline alone does not (on the corpus's dev split, candidate F1 0.583–0.590
without it and 0.611–0.617 with it, three seeds each).

Markers also tell how the candidate stands to the nearest earlier candidate of its type in the
document (same sentence or near, same trigger word, same or other day, the same or other
parties and places, the same figures): a second mention of one event that the rules did not
merge is, to the scorer, a false event, and these are what tells it apart from a second event.

The markers are the judge's own vocabulary (`learned/data/markers.yaml`, read by :mod:`.markers`):
the trained weights depend on those exact strings.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..spans import Event, EventDate, Span
from .markers import Pair, markers

#: characters of context kept on each side of the trigger
WINDOW = 160
HEADLINE_MAX = 200
#: characters of the body's beginning the judge reads (cut at the last whole word)
LEAD_CHARS = 300
_SPACE = re.compile(r"\s+")


def headline(text: str) -> str:
    """The first line when it stands alone before a blank line (a news headline), else ""."""
    first, sep, _ = text.partition("\n")
    if sep and len(first) <= HEADLINE_MAX and text[len(first) :].startswith("\n\n"):
        return first
    return ""


def lead(text: str, title: str) -> str:
    """The beginning of the body of `text` (after its headline `title`): whole words of its first
    `LEAD_CHARS` characters, whitespace flattened."""
    body = text[len(title) :].lstrip() if title else text
    if len(body) > LEAD_CHARS:
        body = body[:LEAD_CHARS].rsplit(" ", 1)[0]
    return _flat(body)


def _flat(s: str) -> str:
    return _SPACE.sub(" ", s).strip()


#: characters between two triggers under which an earlier candidate counts as near
NEAR_CHARS = 600


def _names(spans: Sequence[Span]) -> set[str]:
    return {str(getattr(s, "name", None) or s.text).casefold() for s in spans}


def _relation(pair: Pair, ours: set[str], theirs: set[str]) -> list[str]:
    if not ours or not theirs:
        return []
    return [pair.same if ours & theirs else pair.other]


def read_date(event: Event) -> EventDate | None:
    """The day the judge reads for `event`: its date, or the day the narrative carried to it without
    tying it to it (`Event.carried_date`), as the rule stages left it when the judge learned."""
    return event.date if event.date is not None else event.carried_date


def repeat_markers(event: Event, earlier: Sequence[Event]) -> list[str]:
    """How `event` stands to the nearest earlier candidate of its type (["pertama"]: none)."""
    vocabulary = markers()
    same = [e for e in earlier if e.event_type == event.event_type and not e.negated]
    if not same:
        return [vocabulary.first]
    prev = same[-1]
    if prev.sentence.start == event.sentence.start:
        where = vocabulary.same_sentence
    else:
        where = vocabulary.near if event.trigger.start - prev.trigger.end < NEAR_CHARS else vocabulary.far
    found = [vocabulary.repeat, where, f"{vocabulary.count_prefix}{min(len(same), 3)}"]
    if prev.trigger.text.casefold() == event.trigger.text.casefold():
        found.append(vocabulary.same_trigger)
    prev_date, date = read_date(prev), read_date(event)
    if prev_date is None or date is None:
        found.append(vocabulary.no_dates if prev_date is None and date is None else vocabulary.one_date)
    else:
        found.append(vocabulary.same_date if prev_date.start[:10] == date.start[:10] else vocabulary.other_date)
    found += _relation(vocabulary.same_actor, _names(event.actor), _names(prev.actor))
    found += _relation(vocabulary.same_recipient, _names(event.recipient), _names(prev.recipient))
    found += _relation(vocabulary.same_place, _names(event.locations), _names(prev.locations))
    figures = {(c.kind, c.min) for c in event.casualties} & {(c.kind, c.min) for c in prev.casualties}
    if figures:
        found.append(vocabulary.same_figures)
    return found


def candidate_text(event: Event, text: str, title: str, earlier: Sequence[Event] = ()) -> str:
    """The judge's input for `event` of the document `text` with headline `title`; `earlier`:
    the candidates before it in the document."""
    trigger = event.trigger
    start = max(event.sentence.start, trigger.start - WINDOW)
    end = min(event.sentence.end, trigger.end + WINDOW)
    left, right = text[start : trigger.start], text[trigger.end : end]
    context = ["|", _flat(left), "[[", _flat(trigger.text), "]]", _flat(right), "|", _flat(title)]
    context += [markers().lead, lead(text, title)]
    return " ".join([*_own_markers(event), *repeat_markers(event, earlier), *context])


def _own_markers(event: Event) -> list[str]:
    """The candidate's type, trigger, modes, parties by sector, whether dated and negated."""
    vocabulary = markers()
    found = [
        vocabulary.type_prefix + event.event_type,
        vocabulary.trigger_prefix + "_".join(event.trigger.text.lower().split()),
    ]
    found += [vocabulary.mode_prefix + m for m in event.mode]
    no_sector = vocabulary.no_sector
    found += [vocabulary.actor_prefix + (p.sector or no_sector) for p in event.actor] or [vocabulary.no_actor]
    found += [vocabulary.recipient_prefix + (p.sector or no_sector) for p in event.recipient] or [
        vocabulary.no_recipient
    ]
    found.append(vocabulary.dated if read_date(event) is not None else vocabulary.undated)
    if event.negated:
        found.append(vocabulary.negated)
    return found
