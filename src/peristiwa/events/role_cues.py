"""What the words around a trigger say about its parties: an entity as a party, the cues of voice and
clause (a purpose clause, a later clause, a passive whose agent is not the doer) and of the kind
of event (a battle's two sides, a meeting held by a forum) that `arguments.ArgumentFinder` reads."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from ..lang import language_cache
from ..spans import Entity, Party, Place
from ..tokens import Token
from .clauses import is_verb, object_preps, token_before
from .detect import Mention
from .function_words import function_words
from .lexicon import context_data
from .morph import inflect, morphology


def party(entity: Entity, event_type: str, *, default_country: str | None = None, recipient: bool = False) -> Party:
    """An entity as an event party; a country acting as agent gets the sector of the action, a
    country on the receiving end that of what was done to it (a state whose people are arrested
    or whose goods are seized is GOV, not MIL).

    A party the coder could not place ("polisi", "massa", a person without a title) takes the
    document's main country, `default_country`, as analysts do when the text does not say."""
    sector = entity.sector
    if entity.label == "GPE" and entity.country:
        table = context_data()["state_sector_by_type"]
        sector = table.get(event_type, table["default"])
        if recipient:
            sector = context_data()["state_recipient_sector_by_type"].get(event_type, sector)
    return Party(
        text=entity.text,
        start=entity.start,
        end=entity.end,
        name=entity.name,
        country=entity.country or default_country,
        sector=sector,
        wikidata_id=entity.wikidata_id,
    )


def right_after(mention: Mention, entity: Entity) -> bool:
    prev = token_before(mention.tokens, entity.start)
    return prev is not None and prev.end == mention.trigger.end


def fought(mention: Mention, ents: Sequence[Entity]) -> bool:
    """Whether the trigger names a battle or a war (`unnamed_kind_words` battle) whose two subjects
    fought each other ("India dan Pakistan terlibat perang"), not together against a side a purpose
    clause names after it ("AS dan Irak bertempur untuk menekan milisi Mahdi": allies)."""
    word = mention.trigger.text.lower().split()[0] if mention.trigger.text.strip() else ""
    if word not in context_data()["unnamed_kind_words"]["battle"]:
        return False
    links = set(context_data()["purpose_links"])
    first = next((e for e in ents if e.start >= mention.trigger.end), None)
    if first is None:
        return True
    between = [t for t in mention.tokens if mention.trigger.end <= t.start < first.start]
    return not any(t.lower in links for t in between)


def purpose_between(mention: Mention, end: int) -> bool:
    """A purpose clause opened between the trigger and `end`: "untuk/guna/demi" and a verb
    ("kunjungan di Paris untuk menghadiri pemberian hadiah oleh UNESCO"). An agent inside it is
    the purpose's own, not the nominal's before it."""
    links = set(context_data()["purpose_links"])
    verbs = morphology().active_verb_prefixes
    words = [t for t in mention.tokens if mention.trigger.end <= t.start and t.end <= end]
    return any(
        a.lower in links and (b.pos == "VERB" if b.pos is not None else b.lower.startswith(verbs))
        for a, b in pairwise(words)
    )


def _passive_of(verb: str, actives: set[str]) -> bool:
    """Whether `verb` is the di- passive of one of the active verbs `actives`."""
    for prefix in morphology().passive_prefixes:
        root = verb.removeprefix(prefix)
        if root != verb and actives & set(inflect(root, families=("active",))):
            return True
    return False


def in_later_clause(mention: Mention, entity: Entity) -> bool:
    """Whether a party after a nominal trigger belongs to a clause after it: past a purpose link or
    a verb ("kunjungan … untuk menghadiri penyerahan hadiah oleh UNESCO", "ancaman bom itu
    ditangani oleh Kedutaan"), unless a relative clause on the nominal comes first ("serangan yang
    dilakukan oleh …") or the verb passes the nominal's agent on (`agent_passing_verbs`:
    "Serangan kedua dilancarkan oleh milisi")."""
    words = function_words()
    links = set(context_data()["purpose_links"])
    passing = set(context_data()["agent_passing_verbs"])
    for tok in mention.tokens[mention.last + 1 :]:
        if tok.end > entity.start or tok.lower == words.relative:
            return False
        if tok.lower in links or (is_verb(tok) and tok.lower not in passing):
            return True
    return False


@language_cache
def agent_not_actor(verb: str) -> bool:
    """A di- passive whose agent is not the doer of the nominal before it: of a verb whose subject
    undergoes the nominal (`undergoer_verbs`: in "tuduhan yang dibantah Pakistan" Pakistan is the
    one accused), or of a verb of saying (`attribution_verbs`: "kesepakatan yang diumumkan Presiden
    X" names who told of it)."""
    ctx = context_data()
    return _passive_of(verb, {str(w) for w in (*ctx["undergoer_verbs"], *ctx["attribution_verbs"])})


def forum(mention: Mention, genitive: Entity) -> bool:
    """Whether a meeting's possessor is an organisation of states holding it ("pertemuan ASEM",
    "KTT ASEAN"; policy `forum_types`, `forum_codes`)."""
    ctx = context_data()
    return (
        mention.event_type in ctx["forum_types"] and genitive.label == "ORG" and genitive.country in ctx["forum_codes"]
    )


def object_of(prev: Token | None) -> bool:
    """Whether the word right before a mention is a preposition that makes it an object."""
    return prev is not None and prev.lower in object_preps()


def territory_entity(place: Place) -> Entity:
    """A place as the party an attack or seizure is done to, held by its state's government; labelled
    LOC, so the territory stays among the event's locations as well."""
    return _government(place, "LOC")


def paired_states(mention: Mention, places: Sequence[Place]) -> tuple[Entity, Entity] | None:
    """The two states of a hyphenated pair right after a nominal trigger, perhaps after a few
    lower-case modifiers ("perang Israel-Iran", "bentrokan perbatasan Thailand-Kamboja",
    "perundingan dagang AS-China"): the pair names the event's two sides."""
    after = [t for t in mention.tokens if t.start >= mention.trigger.end]
    reach = int(context_data()["paired_sides_reach"])
    for tok in after[: reach + 1]:
        states = sorted(
            (p for p in places if tok.start <= p.start and p.end <= tok.end and p.feature == "country" and p.country),
            key=lambda p: p.start,
        )
        if (
            len(states) == 2
            and states[0].start == tok.start
            and states[1].end == tok.end
            and tok.text[states[0].end - tok.start : states[1].start - tok.start] == "-"
            and states[0].country != states[1].country
        ):
            return _government(states[0], "GPE"), _government(states[1], "GPE")
        if not tok.text.isalpha() or not tok.text.islower():
            return None
    return None


def _government(place: Place, label: str) -> Entity:
    """The party `place` stands for: its state's government, as an entity labelled `label`."""
    return Entity(
        text=place.text,
        start=place.start,
        end=place.end,
        label=label,
        name=place.name,
        country=place.country,
        sector="GOV",
    )
