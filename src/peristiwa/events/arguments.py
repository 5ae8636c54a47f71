"""Arguments of a trigger: actor, recipient and locations, from word order and prepositions.

Indonesian is SVO with a productive passive: for an active (meN-) or middle (ber-) verb the
actor is the nearest actor-like mention before it in its clause and the recipient the first
after it; for a passive (di-/ter-) verb the recipient comes first and the actor follows
"oleh"; for a nominalisation the actor follows it ("serangan AS") or comes after "oleh", and
the recipient follows "terhadap/atas/ke/kepada". Places after a locative preposition are
where the event happened and never its actor or recipient.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..spans import Entity, Party, Place
from .detect import Mention, Token
from .lexicon import context_data

_PRONOUNS = frozenset({"dia", "ia", "mereka", "beliau", "pihaknya"})
_RECIPIENT_PREPS = frozenset({"terhadap", "atas", "ke", "kepada", "pada", "melawan", "dengan"})


def _token_before(tokens: list[Token], offset: int) -> Token | None:
    prev = None
    for tok in tokens:
        if tok.start >= offset:
            break
        prev = tok
    return prev


def _governed(tokens: list[Token], offset: int, preps: frozenset[str]) -> bool:
    """One of `preps` within three words before `offset`, the words between it and the mention being
    lower-case heads or quantifiers ("oleh anggota TNI", "terhadap para pengungsi")."""
    before = [t for t in tokens if t.end <= offset][-3:]
    for k in range(len(before) - 1, -1, -1):
        if before[k].lower in preps:
            return all(t.text.islower() and t.text.isalpha() for t in before[k + 1 :])
    return False


_QUOTES = frozenset({'"', "“", "”", "«", "»"})


def _quoted(tokens: list[Token]) -> list[tuple[int, int]]:
    """Character spans of the quotations in a sentence."""
    spans: list[tuple[int, int]] = []
    opened: int | None = None
    for tok in tokens:
        if tok.text in _QUOTES:
            if opened is None:
                opened = tok.end
            else:
                spans.append((opened, tok.start))
                opened = None
    return spans


def _relative_head(last: Entity, candidates: list[Entity], mention: Mention) -> Entity | None:
    """The subject before a relative clause: in "separatis yang didukung oleh Rusia menyita …" the
    seizing is done by "separatis", not by "Rusia" inside the "yang …" clause."""
    tokens = mention.tokens
    for head in reversed([c for c in candidates if c.end <= last.start]):
        after = [t for t in tokens if t.start >= head.end][:1]
        if not after or after[0].lower != "yang":
            continue
        between = [t for t in tokens if head.end <= t.start and t.end <= mention.trigger.start]
        if any(t.text in (",", ";", ":") for t in between):
            return None
        return head
    return None


def _phrase_voice(mention: Mention) -> str:
    """A multi-word trigger acts as its first word does: "berunjuk rasa", "memutuskan hubungan
    diplomatik" as verbs, "serangan roket", "bom bunuh diri" as nouns."""
    first = mention.trigger.text.split()[0].lower()
    if first.startswith(("di", "ter")) and len(first) > 4:
        return "passive"
    return "active" if first.startswith(("me", "ber")) else "noun"


def _aside(entity: Entity, tokens: list[Token], trigger_start: int) -> bool:
    """An entity inside a parenthesis that closes before the trigger ("100 pejuang (termasuk
    tahanan Irlandia) dalam pertempuran") is an aside, not the subject."""
    opened = False
    for tok in tokens:
        if tok.start >= trigger_start:
            break
        if tok.text == "(":
            opened = tok.end <= entity.start
        elif tok.text == ")" and opened:
            if tok.start >= entity.end:
                return True
            opened = False
    return False


def _object_genitive(mention: Mention) -> bool:
    """Whether a nominal's possessor is its patient: peN-…-an nouns of transitive verbs
    ("pembunuhan Munir", "penangkapan aktivis") and invasion words ("invasi Irak"), but not plain
    -an nouns ("serangan Israel", whose possessor is the attacker) nor deployments ("pengerahan
    pasukan", whose troops are the mobilising side)."""
    ctx = context_data()
    if mention.spec.root in ctx["object_genitive"]:
        return True
    word = mention.trigger.text.split()[0].lower()
    return (
        mention.spec.voice == "noun"
        and word.startswith("pe")
        and not word.startswith("per")
        and mention.event_type not in ctx["subject_is_actor"]
    )


def _is_located(entity: Entity, tokens: list[Token]) -> bool:
    """True for "di Irak", "ke Kuwait", "melalui pinggiran Zona Hijau Bagdad": a place, not a
    party (the preposition may stand before a run of capitalised words that ends in it)."""
    before = [t for t in tokens if t.end <= entity.start]
    while before and before[-1].text[:1].isupper() and before[-1].text.isalpha():
        before.pop()
    if before and before[-1].lower in context_data()["locatives"]:
        return True
    # "di depan kantor DPRD": a place preposition, then only lower-case place nouns
    return _governed(before, before[-1].end if before else 0, frozenset({"di", "ke", "dari"}))


def _breaks_between(tokens: list[Token], start: int, end: int) -> bool:
    breaks = set(context_data()["clause_breaks"])
    return any(t.lower in breaks for t in tokens if start <= t.start and t.end <= end)


def party(entity: Entity, event_type: str, *, default_country: str | None = None) -> Party:
    """An entity as an event party; a country acting as agent gets the sector of the action.

    A party the coder could not place ("polisi", "massa", a person without a title) takes the
    document's main country, `default_country`, as analysts do when the text does not say."""
    sector = entity.sector
    if entity.label == "GPE" and entity.country:
        table = context_data()["state_sector_by_type"]
        sector = table.get(event_type, table["default"])
    return Party(
        text=entity.text, start=entity.start, end=entity.end, name=entity.name,
        country=entity.country or default_country, sector=sector, wikidata_id=entity.wikidata_id,
    )


class ArgumentFinder:
    """Finds the parties and places of mentions in one document."""

    def __init__(self, entities: Sequence[Entity], places: Sequence[Place], excluded: Sequence[tuple[int, int]]):
        self.entities = sorted(
            (e for e in entities if not any(s <= e.start and e.end <= t for s, t in excluded)),
            key=lambda e: e.start,
        )
        self.places = sorted(places, key=lambda p: p.start)

    def _in_sentence(self, mention: Mention) -> list[Entity]:
        """Party candidates in the mention's sentence: not places, and not inside a quotation the
        trigger is outside of (a chant "Kematian untuk Amerika" names no party of "meneriakkan")."""
        s = mention.sentence
        quotes = _quoted(mention.tokens)
        own = next((q for q in quotes if q[0] <= mention.trigger.start < q[1]), None)
        return [
            e for e in self.entities
            if s.start <= e.start and e.end <= s.end and e.label != "LOC"
            and next((q for q in quotes if q[0] <= e.start < q[1]), None) in (None, own)
        ]

    def _before(self, mention: Mention, ents: list[Entity]) -> Entity | None:
        candidates = [
            e for e in ents
            if e.end <= mention.trigger.start
            and not _is_located(e, mention.tokens)
            and not _aside(e, mention.tokens, mention.trigger.start)
        ]
        in_clause = [
            e for e in candidates if not _breaks_between(mention.tokens, e.end, mention.trigger.start)
        ]
        pool = in_clause or candidates
        if not pool:
            return None
        if mention.spec.voice in ("active", "middle"):
            head = _relative_head(pool[-1], candidates, mention)
            if head is not None:
                return head
        return pool[-1]

    def _after(self, mention: Mention, ents: list[Entity], *, preps: frozenset[str] | None) -> Entity | None:
        for e in ents:
            if e.start < mention.trigger.end:
                continue
            if _breaks_between(mention.tokens, mention.trigger.end, e.start):
                return None
            prev = _token_before(mention.tokens, e.start)
            if preps is not None and not _governed(mention.tokens, e.start, preps):
                continue
            if _is_located(e, mention.tokens) and not (prev is not None and prev.lower in _RECIPIENT_PREPS):
                continue
            return e
        return None

    def _after_oleh(self, mention: Mention, ents: list[Entity]) -> Entity | None:
        return self._after(mention, ents, preps=frozenset({"oleh"}))

    def parties(self, mention: Mention) -> tuple[Entity | None, Entity | None]:
        """(actor, recipient) entities of a mention."""
        ents = self._in_sentence(mention)
        voice = _phrase_voice(mention) if mention.spec.voice == "phrase" else mention.spec.voice
        if voice in ("passive", "stative"):
            agent, subject = self._after_oleh(mention, ents), self._before(mention, ents)
            if agent is None and mention.event_type in context_data()["subject_is_actor"]:
                return subject, None  # "30 tentara Irak … ditempatkan": the troops' side mobilised
            return agent, subject
        if mention.spec.voice == "phrase" and mention.event_type in context_data()["speaker_phrase_types"]:
            # "Katz menyebut Iran berada di balik serangan": the speaker accuses the one named before it
            accused = self._before(mention, ents)
            earlier = [e for e in ents if accused is not None and e.end <= accused.start]
            return (earlier[-1] if earlier else None), accused
        if voice in ("noun", "base"):
            recipient = self._after(mention, ents, preps=_RECIPIENT_PREPS)
            genitive = self._genitive(mention, ents)
            if recipient is None and genitive is not None and _object_genitive(mention):
                # "invasi Irak", "pendudukan Krimea": the one invaded; the invader follows "oleh"
                return self._after_oleh(mention, ents), genitive
            actor = self._after_oleh(mention, ents) or genitive or self._before(mention, ents)
            return actor, (recipient if recipient is not actor else None)
        actor = self._before(mention, ents)
        recipient = self._after(mention, ents, preps=None)
        if recipient is None and mention.event_type in context_data()["territory_types"]:
            recipient = self._territory(mention)
        return actor, recipient

    def _territory(self, mention: Mention) -> Entity | None:
        """The place an attack or seizure is done to ("menyerbu dan menganeksasi Krimea"): the
        object right after the verb, or after a coordinated second verb, named without a locative."""
        after = [t for t in mention.tokens if t.start >= mention.trigger.end]
        skip = 2 if len(after) > 2 and after[0].lower in ("dan", "serta") and after[1].lower.startswith("me") else 0
        if len(after) <= skip:
            return None
        target = after[skip]
        place = next((p for p in self.places if p.start == target.start and p.country), None)
        if place is None:
            return None
        # label LOC: the territory stays among the event's locations as well
        return Entity(text=place.text, start=place.start, end=place.end, label="LOC", name=place.name,
                      country=place.country, sector="GOV")

    def across_clause(self, mention: Mention, actor: Entity) -> bool:
        """True when a clause break (not a relative "yang") stands between the actor and the trigger."""
        if actor.end > mention.trigger.start:
            return False
        breaks = set(context_data()["clause_breaks"]) - {"yang"}
        return any(t.lower in breaks for t in mention.tokens if actor.end <= t.start and t.end <= mention.trigger.start)

    def _genitive(self, mention: Mention, ents: list[Entity]) -> Entity | None:
        """The possessor right after a nominal, perhaps past one modifier word: "serangan AS",
        "penurunan jabatan Presiden Soeharto", "Investigasi Gabungan Polri"."""
        nxt = [t for t in mention.tokens if t.start >= mention.trigger.end][:2]
        stop = _RECIPIENT_PREPS | set(context_data()["locatives"]) | set(context_data()["clause_breaks"])
        starts = [nxt[0].start] if nxt else []
        if len(nxt) == 2 and nxt[0].text.isalpha() and nxt[0].lower not in stop:
            starts.append(nxt[1].start)
        for e in ents:
            if e.start in starts:
                return e
        return None

    def starts_with_pronoun(self, mention: Mention) -> bool:
        before = [t for t in mention.tokens if t.end <= mention.trigger.start]
        return bool(before) and before[0].lower in _PRONOUNS

    def locations(self, mention: Mention, used: Sequence[Entity]) -> list[Place]:
        """Places in the mention's sentence that are not part of its actor or recipient."""
        s = mention.sentence
        inside = [p for p in self.places if s.start <= p.start and p.end <= s.end]
        free = [p for p in inside if not any(u.start <= p.start and p.end <= u.end for u in used)]
        located = _coordinated([p for p in free if _located_place(p, mention.tokens)], free, mention.tokens)
        if located:
            return located
        # a country named without a preposition is mostly an actor ("AS mengirim"), a continent or
        # region a modifier ("krisis finansial Asia"), a seat of power a speaker ("Pentagon"): not where
        vague = set(context_data()["unlocated_features"])
        return [
            p for p in free
            if p.feature not in vague and not (p.feature == "country" and self._is_entity(p)) and not self._is_actor(p)
        ]

    def located(self, mention: Mention, places: Sequence[Place]) -> bool:
        """Whether `places` were named after a locative ("di Bagdad"), as a story's setting is."""
        return any(_located_place(p, mention.tokens) for p in places)

    def _is_actor(self, place: Place) -> bool:
        """A place that the actor coder took for an organisation ("Pentagon", "Kremlin")."""
        return any(e.start <= place.start and place.end <= e.end and e.label == "ORG" for e in self.entities)

    def _is_entity(self, place: Place) -> bool:
        return any(e.start <= place.start and place.end <= e.end for e in self.entities)


def _coordinated(located: list[Place], free: list[Place], tokens: list[Token]) -> list[Place]:
    """Located places and those joined to them by "dan", "serta", "," ("di Irak dan Suriah")."""
    out = list(located)
    for place in free:
        if place in out:
            continue
        prev = _token_before(tokens, place.start)
        if prev is not None and prev.lower in ("dan", "serta", ",", "atau") and any(
            p.end <= place.start and place.start - p.end <= 40 for p in out
        ):
            out.append(place)
    return sorted(out, key=lambda p: p.start)


def _located_place(place: Place, tokens: list[Token]) -> bool:
    prev = _token_before(tokens, place.start)
    return prev is not None and prev.lower in context_data()["locatives"]
