"""One state per person in a document.

A person the actor dictionary cannot place ("Lazar", "Karma") takes, in each event, the country
the event's setting gives (where it happens, the story's main state). A person has one
nationality through a text, so where most of such a person's parties agree on a state, the
few that took another from a far-away setting ("Karma" at a hearing in Manila) follow them.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence

from ..spans import Entity, Party
from .merge import Draft

__all__ = ["settle_person_states"]


def settle_person_states(drafts: Sequence[Draft], entities: Sequence[Entity]) -> None:
    """Give each uncoded person's parties the state most of them have (at least two, more than
    half of them), in place."""
    uncoded = {(e.start, e.end): e.name for e in entities if e.label == "PER" and e.country is None and e.name}
    parties: list[tuple[str, Party]] = []
    for draft in drafts:
        for p in [*draft.actor, *draft.recipient]:
            name = uncoded.get((p.start, p.end))
            if name is not None and p.country and not p.implicit:
                parties.append((name, p))
    votes: defaultdict[str, Counter[str]] = defaultdict(Counter)
    for name, p in parties:
        votes[name][str(p.country)] += 1
    for name, p in parties:
        top, n = votes[name].most_common(1)[0]
        if p.country != top and n >= 2 and 2 * n > sum(votes[name].values()):
            p.country = top
