"""The sides of a coup the text names by its armed forces ("kudeta militer").

"Thaksin digulingkan dalam kudeta militer", "presiden yang dilengserkan melalui kudeta militer":
a coup named with the forces that made it is done by that country's military to the leader or
government it ousts, whoever else the sentence names. The forces word is the actor's evidence;
its country is that of the one ousted (else the document's, filled later like any uncoded party).
Words: `coup_words`, `coup_forces`, `coup_means` (language data); the sector, policy
`unnamed_sector_by_kind` coup, and the types a coup is coded as, `coup_types` (a resignation
the same verb tells, "dilengserkan", keeps its own parties).
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from ..spans import Entity
from ..tokens import Token
from .clauses import breaks_between, token_before
from .detect import Mention
from .lexicon import context_data
from .morph import morphology


def coup_forces(mention: Mention) -> Token | None:
    """The word naming the forces of a coup told by the mention: inside its trigger ("kudeta
    militer"), or after a passive verb through a means word ("digulingkan dalam kudeta militer",
    "digusur dari kursi PM melalui kudeta militer") in the same clause."""
    ctx = context_data()
    words, forces, means = set(ctx["coup_words"]), set(ctx["coup_forces"]), set(ctx["coup_means"])
    toks = mention.tokens
    inside = toks[mention.index : mention.last + 1]
    for a, b in pairwise(inside):
        if a.lower in words and b.lower in forces:
            return b
    if mention.spec.voice != "passive":
        return None
    after = toks[mention.last + 1 : mention.last + 9]
    for k in range(len(after) - 2):
        if after[k].lower in means and after[k + 1].lower in words and after[k + 2].lower in forces:
            return None if breaks_between(toks, mention.trigger.end, after[k].start) else after[k + 2]
    return None


def coup_sides(
    mention: Mention, actor: Entity | None, recipient: Entity | None, ents: Sequence[Entity]
) -> tuple[Entity | None, Entity | None]:
    """(actor, recipient) of a coup named by its forces: the military, and the one ousted — the
    passive verb's subject; for the noun after a means word, the subject of the passive verb it
    completes ("Thaksin dilengserkan dalam kudeta militer", "Thaksin, yang digusur dari kursi PM
    melalui kudeta militer"). After an active verb the subject made the coup ("X mengambil alih
    kekuasaan melalui kudeta militer") and the mention is returned as it is, as are all others."""
    forces = coup_forces(mention) if mention.event_type in context_data()["coup_types"] else None
    if forces is None:
        return actor, recipient
    ousted = recipient
    before = token_before(mention.tokens, mention.trigger.start)
    if forces.end <= mention.trigger.end and before is not None and before.lower in context_data()["coup_means"]:
        verb = _passive_before(mention, before.start)
        if verb is None:
            return actor, recipient
        ousted = next((e for e in reversed(ents) if e.end <= verb.start), recipient)
    sector = context_data()["unnamed_sector_by_kind"]["coup"]["actor"]
    military = Entity(
        text=forces.text,
        start=forces.start,
        end=forces.end,
        label="ORG",
        country=ousted.country if ousted is not None else None,
        sector=str(sector),
    )
    return military, ousted


def _passive_before(mention: Mention, end: int) -> Token | None:
    """The passive verb of the clause that ends at `end` (the means word): the nearest one before it
    with no clause break between ("digusur dari kursi PM melalui …")."""
    prefixes = tuple(morphology().passive_verb_prefixes)
    for t in reversed([t for t in mention.tokens if t.end <= end]):
        if breaks_between(mention.tokens, t.end, end):
            return None
        if len(t.lower) > 4 and t.lower.startswith(prefixes):
            return t
    return None
