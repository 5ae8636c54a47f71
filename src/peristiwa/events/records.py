"""From merged drafts to event records: the document's defaults, then ids, codes and confidence.

The last two rule steps of the event stage (`pipeline.events`: `defaults`, then `coding`); each is
one function here, and `finish_events` composes them after the merge.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from ..spans import Attribution, Casualty, Entity, Event, Segment
from .coding import acled_codes, cameo_code, confidence
from .figures import (
    VICTIM_KINDS,
    answer_accusations,
    answer_events,
    attach_casualties,
    clear_of_triggers,
    dead_attackers,
    victims,
    victims_taken_as_actor,
)
from .merge import Draft
from .setting import terror_sector, travel_mode


@dataclass(slots=True)
class FilledDraft:
    """One event's merged draft with what the whole document adds: its casualty figures (each with
    its source), and, filled in the draft itself, the attackers who died, the victims as
    recipients and the answer to an accusation or an earlier event."""

    draft: Draft
    casualties: list[Casualty] = field(default_factory=list)


def fill_defaults(
    merged: list[Draft],
    *,
    segments: Sequence[Segment],
    casualties: Sequence[Casualty],
    attributions: Sequence[Attribution],
    entities: Sequence[Entity] = (),
    text: str = "",
) -> list[FilledDraft]:
    """Attach the casualty figures to the events (`attach_casualties`); an event without an actor
    or a recipient takes its dead attackers or its victims; accusations and answers are linked.
    The drafts are filled in place; one `FilledDraft` per draft, in order."""
    sentences = [s for s in segments if s.kind == "sentence"]
    figures = attach_casualties(merged, casualties, sentences=sentences, attributions=attributions)
    answer_accusations(merged)
    filled: list[FilledDraft] = []
    for draft in merged:
        found = figures.get(id(draft), [])
        implied = next(iter(draft.implied), None)
        if implied is not None and not any(c.kind == implied.kind for c in found):
            found.append(implied)  # a named person killed or arrested, with no figure given
        if victims_taken_as_actor(draft.actor, found, draft.event_type):
            draft.actor, draft.recipient = [], []  # the victims are the recipient, filled below
        if not draft.actor and draft.event_type == "ASSAULT":
            dead = dead_attackers(found, home=draft.home, entities=entities)
            draft.actor = clear_of_triggers(dead, [m.trigger for m in draft.mentions])
            terror_sector(draft.actor, draft.event_type, draft.mode)
        if not draft.recipient and draft.event_type in VICTIM_KINDS:
            hurt = victims(found, home=draft.home, entities=entities, event_type=draft.event_type, text=text)
            draft.recipient = clear_of_triggers(hurt, [m.trigger for m in draft.mentions])
        travel_mode(draft.event_type, draft.mode, [*draft.actor, *draft.recipient], draft.locations)
        filled.append(FilledDraft(draft, found))
    answer_events(merged)
    return filled


def code_events(filled: Sequence[FilledDraft], *, doc_id: str | None) -> list[Event]:
    """One `Event` record per filled draft: its id (`<doc_id>#<n>`), evidence sentences, ACLED and
    CAMEO codes and the rules' confidence."""
    events: list[Event] = []
    for n, item in enumerate(filled, start=1):
        draft = item.draft
        first = draft.mentions[0]
        evidence = sorted({(m.sentence.start, m.sentence.end) for m in draft.mentions})
        event = Event(
            id=f"{doc_id or 'doc'}#{n}",
            event_type=draft.event_type,
            trigger=first.trigger,
            sentence=first.sentence,
            mode=draft.mode,
            negated=draft.negated,
            evidence=[Segment(s, e) for s, e in evidence],
            actor=draft.actor,
            recipient=draft.recipient,
            date=draft.date,
            locations=draft.locations,
            casualties=item.casualties,
            attribution=draft.attribution,
            citations=draft.citations,
            parties_from=first.parties_from,
        )
        event.acled = acled_codes(event)
        event.cameo = cameo_code(event)
        event.confidence = confidence(event, mentions=len(draft.mentions), voice=first.spec.voice)
        events.append(event)
    return events
