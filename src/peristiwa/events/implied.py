"""Recipients a sentence gives by a phrase rather than an object (word lists in `context.yaml`).

* A protest at a state institution targets it: "berunjuk rasa di depan Kedutaan Besar AS" → the
  embassy (USA, GOV); "demo di gedung DPRD" → the council.
* A clash "antarkelompok pemuda" / "antarwarga" is between parties of one kind: the actor is its
  own recipient, as ACLED codes communal violence.
* Forces massed at a border are aimed at the country across it ("pada batas Rusia-Ukraina",
  "di perbatasan dengan Ukraina"); the troops a country sends are its own, never the recipient.
* A seizure of part of a territory ("menyita sebagian wilayah Donbas") is done to the country the
  territory lies in (`territory_start` skips the words before the place name).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..lang import language_cache
from ..spans import Entity, Place
from ..tokens import Token
from .detect import Mention
from .function_words import function_words
from .lexicon import context_data


@language_cache
def _words(key: str) -> tuple[tuple[str, ...], ...]:
    """A word list of context.yaml as token sequences, longest first."""
    return tuple(sorted((tuple(str(w).split()) for w in context_data()[key]), key=len, reverse=True))


def _phrase_at(tokens: Sequence[Token], k: int, key: str) -> int:
    """Length of the `key` phrase starting at tokens[k] (0 if none)."""
    for phrase in _words(key):
        if tuple(t.lower for t in tokens[k : k + len(phrase)]) == phrase:
            return len(phrase)
    return 0


def territory_start(tokens: Sequence[Token], k: int) -> int:
    """Index of the first token after the territory words at tokens[k] ("sebagian wilayah Donbas")."""
    while k < len(tokens):
        n = _phrase_at(tokens, k, "territory_words")
        if not n:
            break
        k += n
    return k


def institution_target(mention: Mention, entities: Sequence[Entity], actor: Entity | None) -> Entity | None:
    """The state institution a protest is held at: the one nearest after the trigger, else before it."""
    if mention.event_type not in context_data()["institution_target_types"]:
        return None
    sectors = set(context_data()["institution_sectors"])
    found = [e for e in entities if e is not actor and e.label == "ORG" and e.sector in sectors and e.country]
    after = [e for e in found if e.start >= mention.trigger.end]
    before = [e for e in found if e.end <= mention.trigger.start]
    return after[0] if after else (before[-1] if before else None)


def reciprocal(mention: Mention, actor: Entity | None) -> bool:
    """The actor is named after "antar-" ("bentrokan antarkelompok pemuda", "antarwarga")."""
    if actor is None:
        return False
    prefixes = tuple(str(p) for p in context_data()["reciprocal_prefixes"])
    before = [t for t in mention.tokens if t.end <= actor.start][-2:]
    words = [*(t.lower for t in before), actor.text.split()[0].lower()]
    between, among = function_words().between, function_words().among
    glued = any(w.startswith(prefixes) and len(w) > 5 and w != between for w in words)  # not "antara X dan Y"
    return glued or (bool(before) and before[-1].lower == among)


def own_forces(mention: Mention, actor: Entity | None, recipient: Entity | None) -> bool:
    """The recipient of a deployment is the actor's own troops ("AS mengerahkan ribuan tentara")."""
    if recipient is None or mention.event_type not in context_data()["border_types"]:
        return False
    forces = set(context_data()["force_sectors"])
    same_side = recipient.country is None or actor is None or recipient.country == actor.country
    return recipient.sector in forces and same_side


def border_places(mention: Mention, places: Sequence[Place]) -> list[Place]:
    """Countries named in a border phrase of a deployment: "pada batas Rusia-Ukraina" → both."""
    if mention.event_type not in context_data()["border_types"]:
        return []
    tokens = mention.tokens
    for k in range(len(tokens)):
        n = _phrase_at(tokens, k, "border_words")
        if not n:
            continue
        lo, hi = tokens[k].end, tokens[min(k + n + 4, len(tokens) - 1)].end
        near = [p for p in places if lo <= p.start < hi and p.country and p.feature == "country"]
        if near:
            return near
    return []


def across_border(mention: Mention, places: Sequence[Place], actor: Entity | None) -> Entity | None:
    """The country across the border a deployment is massed at: one not the actor's."""
    near = border_places(mention, places)
    other = next((p for p in near if actor is None or p.country != actor.country), None)
    if other is None:
        return None
    return Entity(
        text=other.text, start=other.start, end=other.end, label="GPE", name=other.name, country=other.country
    )


def own_side(mention: Mention, places: Sequence[Place], actor: Entity | None) -> Place | None:
    """Where forces massed at a border stand: the actor's own side of it."""
    if actor is None or not actor.country:
        return None
    return next((p for p in border_places(mention, places) if p.country == actor.country), None)


def visited(mention: Mention, places: Sequence[Place], actor: Entity | None) -> Entity | None:
    """The country a visit is paid to: the place named within six words after "ke"/"di", itself
    within six words of the trigger ("kunjungan Presiden Prancis ke Akademi Militer X, Jawa
    Tengah", "berkunjung ke Sydney"), when it is not the visitor's own country; the visitor must
    be named and coded."""
    ctx = context_data()
    if actor is None or not actor.country:  # a visit nobody is said to pay is no state visit
        return None
    if mention.event_type not in ctx["visit_types"] or mention.spec.root not in ctx["visit_roots"]:
        return None
    preps = {str(w) for w in ctx["visit_preps"]}
    breaks = set(ctx["clause_breaks"])
    after = [t for t in mention.tokens if t.start >= mention.trigger.end][:12]
    for k, tok in enumerate(after[:6]):
        if tok.lower in breaks or (tok.text in {",", ";", "."} and k > 0):
            return None
        if tok.lower not in preps or k + 1 >= len(after):
            continue
        nxt = after[k + 1 :]
        place = next(
            (p for t in nxt[:6] for p in places if p.start == t.start and p.country),
            None,
        )
        if place is None or place.country == actor.country:
            return None
        return Entity(
            text=place.text, start=place.start, end=place.end, label="LOC", name=place.name,
            country=place.country, sector="GOV",
        )  # fmt: skip
    return None
