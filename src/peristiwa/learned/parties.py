"""The learned party filler: who is the actor or recipient the rules left empty.

The role rules (`events.arguments`) read word order and prepositions; where they find no party,
the gold often names one in the same sentence or the one before ("Polisi ... Mereka menangkap
tiga orang"; "serangan itu ... terhadap warga sipil Gaza"). For an event missing a role, each
coded entity of its sentence and the previous one is a candidate; a spaCy `textcat` (bag of
features and feature pairs), trained on the corpus's train split by ``python -m peristiwa.training
parties``, gives P(the entity is that party). The best candidate fills the role when its
probability reaches the role's threshold, chosen by cross-validation on the train split and stored
in the model's meta.
The features are not words to tokenize but symbols built from the Doc's own tokens: the role, the
type, which side of the trigger the entity stands, how far, how many candidates between, the
words next to it, the trigger's first letters (its voice), the entity's label and sector, whether
it is the country of the other party.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc
from spacy.vocab import Vocab

from ..events.clauses import is_located, listed
from ..events.lexicon import context_data
from ..spans import Entity, Event, Party, Segment
from ..tokens import Token
from .packaged import packaged_model

LABEL = "PARTY"
OTHER = "OTHER"
ROLES = ("actor", "recipient")
DEFAULT_THRESHOLD = 1.1  # no threshold in the model's meta: never fill
MakeParty = Callable[[Entity, str], Party]  # an entity as a party of an event of a type


def parties_path() -> str | None:
    path = packaged_model("parties")
    return str(path) if path is not None else None


def thresholds_of(nlp: Language) -> dict[str, float]:
    stored = nlp.meta.get("peristiwa", {}).get("thresholds", {})
    return {role: float(stored.get(role, DEFAULT_THRESHOLD)) for role in ROLES}


@dataclass(frozen=True, slots=True)
class Choice:
    """A candidate party of one role of one event."""

    event: Event
    role: str
    entity: Entity
    features: tuple[str, ...]


class Context:
    """What the features read of one document: its tokens, sentences and coded entities that may
    be parties (not places, not "di Beijing" after a locative preposition)."""

    def __init__(self, tokens: list[Token], segments: list[Segment], entities: list[Entity]) -> None:
        self.tokens = tokens
        self.words = [t.lower for t in tokens]
        self.starts = [t.start for t in tokens]
        self.segments = segments
        self.seg_starts = [s.start for s in segments]
        self.entities = sorted(
            (e for e in entities if e.country and e.label != "LOC" and not is_located(e, tokens)), key=lambda e: e.start
        )

    def token_at(self, char: int) -> int:
        return max(0, bisect_right(self.starts, char) - 1)

    def segment_at(self, char: int) -> int:
        return max(0, bisect_right(self.seg_starts, char) - 1)

    def listed_with(self, event: Event, entity: Entity) -> list[Entity]:
        """The coded entities listed with a chosen party on its side of the trigger, in its
        sentence ("mengutuk langkah Selandia Baru, Australia, Kanada, Inggris, dan Norwegia")."""
        if not self.segments:
            return []
        own = self.segments[self.segment_at(entity.start)]
        here = self.segment_at(event.trigger.start)
        if entity.end <= event.trigger.start:
            lo, hi = own.start, (event.trigger.start if own is self.segments[here] else own.end)
        else:
            lo, hi = event.trigger.end, own.end
        return listed(self.tokens, entity, self.entities, lo, hi)

    def word(self, index: int) -> str:
        if 0 <= index < len(self.words):
            return self.words[index]
        return "<edge>"


def _bucket(n: int) -> str:
    for limit, name in ((1, "0"), (3, "1-2"), (6, "3-5"), (11, "6-10"), (21, "11-20")):
        if n < limit:
            return name
    return "21+"


def choices(ctx: Context, event: Event, role: str, *, refill: bool = False) -> list[Choice]:
    """The candidates for `role` of `event`: coded entities of its sentence and the one before,
    not already one of its parties (with `refill`, the role's own parties are candidates again:
    training also learns from the roles the rules filled)."""
    if not ctx.segments:
        return []
    here = ctx.segment_at(event.trigger.start)
    lo, hi = ctx.segments[max(0, here - 1)].start, ctx.segments[here].end
    other_parties = event.recipient if role == "actor" else event.actor
    taken = [(p.start, p.end) for p in (other_parties if refill else event.actor + event.recipient)]
    # an entity inside a party ("polisi" in "dua polisi tewas") is that party, not another one
    speakers: set[int] = set()
    if event.parties_from is not None:  # a named act: not the one who names it, before it in its sentence
        lo = event.parties_from
        # nor its speaker after "kata"/"ujar" ("Kami mengecam serangan …," kata juru bicara …)
        said = {str(w) for w in context_data()["attribution_before"] if " " not in str(w)}
        speakers = {id(e) for e in ctx.entities if ctx.word(ctx.token_at(e.start) - 1) in said}
    pool = [
        e
        for e in ctx.entities
        if lo <= e.start
        and e.end <= hi
        and id(e) not in speakers
        and not any(s <= e.start and e.end <= t for s, t in taken)
    ]
    other = {p.country for p in other_parties if p.country}
    return [Choice(event, role, e, _features(ctx, event, role, e, pool, other, here)) for e in pool]


def _between(entity: Entity, event: Event, pool: list[Entity]) -> int:
    """How many other candidates stand between `entity` and the trigger."""
    if entity.end <= event.trigger.start:
        return sum(1 for e in pool if entity.end <= e.start and e.end <= event.trigger.start)
    return sum(1 for e in pool if event.trigger.end <= e.start and e.end <= entity.start)


def _features(
    ctx: Context, event: Event, role: str, entity: Entity, pool: list[Entity], other: set[str], here: int
) -> tuple[str, ...]:
    """The symbols the model reads of `entity` as `role` of `event`, whose trigger is in segment `here`."""
    trigger = ctx.token_at(event.trigger.start)
    first, last = ctx.token_at(entity.start), ctx.token_at(max(entity.start, entity.end - 1))
    side = "before" if entity.end <= event.trigger.start else "after"
    gap = trigger - last if side == "before" else first - trigger
    own = ctx.segment_at(entity.start)
    sentence = "same" if own == here else "prev"
    leading = not any(e.start < entity.start and ctx.segment_at(e.start) == own for e in pool)
    base = [
        f"t={event.event_type}",
        f"side={side}",
        f"sent={sentence}",
        f"gap={_bucket(gap)}",
        f"between={min(_between(entity, event, pool), 3)}",
        f"prev={ctx.word(first - 1)}",
        f"next={ctx.word(last + 1)}",
        f"voice={ctx.word(trigger)[:2]}",
        f"trig={ctx.word(trigger)}",
        f"label={entity.label}",
        f"sector={entity.sector}",
        f"other={'same' if entity.country in other else 'none' if not other else 'differs'}",
    ]
    return (
        f"r={role}",
        *(f"{role}:{f}" for f in base),
        *(f"{role}:{side}:{f}" for f in base if not f.startswith("side=")),
        f"{role}:{event.event_type}:{side}:{sentence}",
        f"{role}:{event.event_type}:sector={entity.sector}",
        f"{role}:{event.event_type}:label={entity.label}",
        f"{role}:first={'yes' if leading else 'no'}",
    )


def feature_doc(vocab: Vocab, choice: Choice) -> Doc:
    """The model's input: the features as the words of a Doc (nothing is tokenized)."""
    return Doc(vocab, words=list(choice.features))


def has_empty_role(events: list[Event]) -> bool:
    return any(not getattr(event, role) for event in events for role in ROLES)


def fill_parties(
    nlp: Language, thresholds: dict[str, float], ctx: Context, events: list[Event], make_party: MakeParty
) -> None:
    """Fill each empty role of `events` with its best candidate above the role's threshold; the
    actor first, and never with the entity that fills the other role."""
    pending = [c for event in events for role in ROLES if not getattr(event, role) for c in choices(ctx, event, role)]
    if not pending:
        return
    probs = [float(d.cats.get(LABEL, 0.0)) for d in nlp.pipe(feature_doc(nlp.vocab, c) for c in pending)]
    ranked = sorted(zip(pending, probs, strict=True), key=lambda cp: (ROLES.index(cp[0].role), -cp[1]))
    for choice, p in ranked:
        parties: list[Party] = getattr(choice.event, choice.role)
        used = {(x.start, x.end) for x in choice.event.actor + choice.event.recipient}
        if p < thresholds[choice.role] or parties or (choice.entity.start, choice.entity.end) in used:
            continue
        parties.append(make_party(choice.entity, choice.event.event_type))
        # the parties listed with the chosen one share its role, as with the rules' own choice
        for other in ctx.listed_with(choice.event, choice.entity):
            if (other.start, other.end) not in used:
                parties.append(make_party(other, choice.event.event_type))
