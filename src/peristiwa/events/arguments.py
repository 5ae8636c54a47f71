"""Arguments of a trigger: actor, recipient and locations, from word order and prepositions.

Indonesian is SVO with a productive passive: for an active (meN-) or middle (ber-) verb the
actor is the nearest actor-like mention before it in its clause and the recipient the first
after it; for a passive (di-/ter-) verb the recipient comes first and the actor follows
"oleh"; for a nominalisation the actor follows it ("serangan AS") or comes after "oleh", and
the recipient follows "terhadap/atas/ke/kepada". Places after a locative preposition are
where the event happened and never its actor or recipient.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from ..intervals import Covering
from ..spans import Entity, Place
from ..tokens import Token
from .clause_places import own_clause
from .clauses import (
    aside,
    bare_agent,
    between_sides,
    breaks_between,
    chain_subject,
    conjunct_before,
    coordinated,
    governed,
    home_places,
    is_located,
    listed,
    located_place,
    object_genitive,
    partner_preps,
    phrase_voice,
    pronouns,
    quoted,
    recipient_preps,
    relative_aside,
    relative_head,
    relative_subject,
    request_links,
    strong_break_between,
    token_before,
    undergone,
)
from .coup import coup_sides
from .detect import Mention
from .function_words import function_words
from .implied import (
    across_border,
    institution_target,
    own_forces,
    own_side,
    reciprocal,
    territory_start,
    visited,
)
from .lexicon import context_data
from .morph import morphology
from .role_cues import (
    agent_not_actor,
    forum,
    fought,
    in_later_clause,
    object_of,
    paired_states,
    purpose_between,
    right_after,
    territory_entity,
)


class ArgumentFinder:
    """Finds the parties and places of mentions in one document."""

    def __init__(self, entities: Sequence[Entity], places: Sequence[Place], excluded: Sequence[tuple[int, int]]):
        self.entities = sorted(
            (e for e in entities if not any(s <= e.start < t for s, t in excluded)),  # starts in a source
            key=lambda e: e.start,
        )
        self.places = sorted(places, key=lambda p: p.start)
        self._entity_starts = [e.start for e in self.entities]
        self._covering = Covering(self.entities)
        self._place_starts = [p.start for p in self.places]
        #: the second state of a hyphenated pair whose first state acts on a third party, by the
        #: first's span ("serangan AS-Inggris terhadap Houthi": a joint actor)
        self._partners: dict[tuple[int, int], Entity] = {}

    def entities_in(self, start: int, end: int) -> list[Entity]:
        """The entities inside `start`–`end` (a binary search, not a scan of the document)."""
        lo, hi = bisect_left(self._entity_starts, start), bisect_left(self._entity_starts, end)
        return [e for e in self.entities[lo:hi] if e.end <= end]

    def _places_at(self, start: int) -> list[Place]:
        """The places that begin at `start`, in order (a binary search)."""
        return self.places[bisect_left(self._place_starts, start) : bisect_right(self._place_starts, start)]

    def places_in(self, start: int, end: int) -> list[Place]:
        lo, hi = bisect_left(self._place_starts, start), bisect_left(self._place_starts, end)
        return [p for p in self.places[lo:hi] if p.end <= end]

    def _main_subject(self, mention: Mention, ents: list[Entity], recipient: Entity | None) -> Entity | None:
        """The subject of the main clause for a verb in a fronted subjectless clause ("Setelah
        bertemu dengan Presiden, Selasa (7/10), Gubernur itu mengatakan …"): the first party
        after the comma closing the clause, when it stands right after a comma."""
        s = mention.scope or mention.sentence
        head = [t for t in mention.tokens if s.start <= t.start < mention.trigger.start]
        if not head or head[-1].lower not in context_data()["fronted_subordinators"]:
            return None
        if len(head) > 1 and head[-2].text != ",":  # at the sentence start or after "Sebelumnya,"
            return None
        commas = [t for t in mention.tokens if t.text == "," and mention.trigger.end <= t.start < s.end]
        if not commas:
            return None
        for e in ents:
            if e.start <= commas[0].start or e is recipient:
                continue
            prev = token_before(mention.tokens, e.start)
            return e if prev is not None and prev.text == "," else None
        return None

    def _in_sentence(self, mention: Mention) -> list[Entity]:
        """Party candidates in the mention's sentence: not places, and not inside a quotation the
        trigger is outside of (a chant "Kematian untuk Amerika" names no party of "meneriakkan")."""
        s = mention.scope or mention.sentence
        quotes = quoted(mention.tokens)
        own = next((q for q in quotes if q[0] <= mention.trigger.start < q[1]), None)
        return [
            e
            for e in self.entities_in(s.start, s.end)
            if s.start <= e.start
            and e.end <= s.end
            and e.label != "LOC"
            and next((q for q in quotes if q[0] <= e.start < q[1]), None) in (None, own)
        ]

    def _before(self, mention: Mention, ents: list[Entity]) -> Entity | None:
        candidates = [
            e
            for e in ents
            if e.end <= mention.trigger.start
            and not is_located(e, mention.tokens)
            and not aside(e, mention.tokens, mention.trigger.start)
            and not relative_aside(e, mention.tokens, mention.trigger.start)
            and not object_of(token_before(mention.tokens, e.start))
        ]
        if mention.spec.voice in ("active", "middle", "passive", "stative"):
            head = relative_subject(mention, [e for e in ents if not is_located(e, mention.tokens)])
            if head is not None:
                return head
        in_clause = [e for e in candidates if not breaks_between(mention.tokens, e.end, mention.trigger.start)]
        if not in_clause and mention.spec.voice in ("passive", "stative"):
            candidates = [e for e in candidates if not self._in_time_adjunct(mention, e)]
        pool = in_clause or candidates
        if not pool:
            return None
        if mention.spec.voice in ("active", "middle"):
            shared = chain_subject(candidates, mention)  # "X mengaku …, kemudian meminta …"
            if shared is not None:
                return shared
        if mention.spec.voice in ("active", "middle"):
            head = relative_head(pool[-1], candidates, mention)
            if head is not None:
                return head
        return pool[-1]

    def _in_time_adjunct(self, mention: Mention, entity: Entity) -> bool:
        """Whether `entity` stands inside a time adjunct opening the sentence and closed by a comma
        before the trigger (`fronted_time_openers`: "Selama pendudukan Jepang, gereja itu dirusak"),
        other than as the adjunct's own subject right after the opener ("Ketika Budi pulang, ia …")."""
        s = mention.scope or mention.sentence
        toks = [t for t in mention.tokens if s.start <= t.start < mention.trigger.start]
        if not toks or toks[0].lower not in context_data()["fronted_time_openers"]:
            return False
        comma = next((t for t in toks if t.text == ","), None)
        if comma is None or entity.end > comma.start:
            return False
        prev = token_before(mention.tokens, entity.start)
        return prev is not None and prev.start > toks[0].start

    def _after(
        self,
        mention: Mention,
        ents: list[Entity],
        *,
        preps: frozenset[str] | None,
        start: int | None = None,
        own_clause: bool = False,
    ) -> Entity | None:
        """The first party after the trigger (or after `start`) in its clause, after one of `preps`
        when given; with `own_clause`, not past a purpose clause (`purpose_between`)."""
        start = mention.trigger.end if start is None else start
        for e in ents:
            if e.start < start:
                continue
            if breaks_between(mention.tokens, start, e.start):
                return None
            if own_clause and purpose_between(mention, e.start):
                return None
            prev = token_before(mention.tokens, e.start)
            if preps is not None and not governed(mention.tokens, e.start, preps):
                continue
            if is_located(e, mention.tokens) and not (prev is not None and prev.lower in recipient_preps()):
                continue
            return e
        return None

    def conjunct(self, mention: Mention, actor: Entity | None) -> Entity | None:
        """X of "X dan <actor> <verb>": a second subject acting with the actor ("warga Myanmar dan
        aktivis berunjuk rasa"). None for mutual acts, where X is already the actor."""
        if actor is not None and (actor.start, actor.end) in self._partners:
            return self._partners[(actor.start, actor.end)]
        if actor is None or actor.end > mention.trigger.start or mention.event_type in context_data()["mutual_types"]:
            return None
        return conjunct_before(mention, actor, self._in_sentence(mention))

    def listed_with(self, mention: Mention, first: Entity) -> list[Entity]:
        """The parties listed with `first` on its side of the trigger ("mengutuk Kanada, Inggris,
        dan Norwegia"; "Ancaman oleh Denmark dan Paus Honorius III")."""
        s = mention.scope or mention.sentence
        lo, hi = (
            (mention.trigger.end, s.end) if first.start >= mention.trigger.end else (s.start, mention.trigger.start)
        )
        ents = self._in_sentence(mention)
        if first.label == "GPE":  # "kunjungan ke Israel, Tepi Barat, Mesir …": a territory listed with states
            ents = sorted([*ents, *self._territories(lo, hi, ents)], key=lambda e: e.start)
        return listed(mention.tokens, first, ents, lo, hi)

    def _territories(self, lo: int, hi: int, ents: Sequence[Entity]) -> list[Entity]:
        """The places with a country between `lo` and `hi` that no party covers, as parties of the
        territory's side (label LOC: they stay among the event's locations as well)."""
        return [
            Entity(text=p.text, start=p.start, end=p.end, label="LOC", name=p.name, country=p.country, sector="GOV")
            for p in self.places_in(lo, hi)
            if p.country and not any(e.start < p.end and p.start < e.end for e in ents)
        ]

    def _paired_states(self, mention: Mention, ents: list[Entity]) -> tuple[Entity, Entity | None] | None:
        """The sides a hyphenated pair of states after a nominal names (`paired_states`): the first
        acts on the second ("perang Israel-Iran"), or, with "terhadap/atas" after the pair, both act
        on the one it opens ("serangan udara AS-Inggris terhadap Houthi": a joint actor; "terhadap
        mereka": a recipient named earlier, left to the unnamed parties)."""
        s = mention.scope or mention.sentence
        pair = paired_states(mention, self.places_in(s.start, s.end))
        if pair is None or any(e.start < pair[1].end and pair[0].start < e.end for e in ents):
            return None
        first, second = pair
        nxt = next((t for t in mention.tokens if t.start >= second.end), None)
        if nxt is None or nxt.lower not in recipient_preps() or mention.event_type in context_data()["mutual_types"]:
            return first, second
        self._partners[(first.start, first.end)] = second
        return first, self._after(mention, ents, preps=recipient_preps(), start=second.end)

    def _after_oleh(self, mention: Mention, ents: list[Entity]) -> Entity | None:
        # an "oleh" inside a purpose clause is the agent of that clause's own act
        return self._after(mention, ents, preps=frozenset({function_words().agent}), own_clause=True)

    def _nominal_agent(self, mention: Mention, ents: list[Entity]) -> Entity | None:
        """The "oleh" agent of a nominal, unless the "oleh" belongs to a later clause (`in_later_clause`)."""
        agent = self._after_oleh(mention, ents)
        return None if agent is None or in_later_clause(mention, agent) else agent

    def parties(self, mention: Mention) -> tuple[Entity | None, Entity | None]:
        """(actor, recipient) entities of a mention; a request with no recipient is made of the
        subject of its "agar"/"supaya" clause ("desakan dari DPRD agar pemerintah segera …")."""
        actor, recipient = coup_sides(mention, *self._parties(mention), self._in_sentence(mention))
        if recipient is None and mention.event_type in context_data()["asked_types"]:
            asked = self._asked(mention)
            if asked is not None and asked is not actor:
                recipient = asked
        return actor, recipient

    def _asked(self, mention: Mention) -> Entity | None:
        """The entity opening the "agar"/"supaya" clause a few words after the trigger (data:
        `request_links`), with no clause break before the link."""
        links = request_links()
        after = mention.tokens[mention.last + 1 : mention.last + 10]
        k = next((j for j, t in enumerate(after[:8]) if t.lower in links), None)
        if k is None or k + 1 >= len(after) or breaks_between(mention.tokens, mention.trigger.end, after[k].start):
            return None
        start = after[k + 1].start
        return next((e for e in self._in_sentence(mention) if e.start == start), None)

    def _parties(self, mention: Mention) -> tuple[Entity | None, Entity | None]:
        """The actor and recipient among the sentence's entities, read by the trigger's voice."""
        ents = self._in_sentence(mention)
        voice = phrase_voice(mention) if mention.spec.voice == "phrase" else mention.spec.voice
        if voice in ("passive", "stative"):
            return self._passive_parties(mention, ents)
        if (
            mention.spec.voice == "phrase"
            and not mention.spec.light  # "melayangkan protes kepada X": the verb's subject protests, as for a verb
            and mention.event_type in context_data()["speaker_phrase_types"]
        ):
            return self._speaker_parties(mention, ents)
        mutual = mention.event_type in context_data()["mutual_types"]
        if voice in ("noun", "base"):
            return self._nominal_parties(mention, ents, mutual)
        return self._verbal_parties(mention, ents, voice, mutual)

    def _passive_parties(self, mention: Mention, ents: list[Entity]) -> tuple[Entity | None, Entity | None]:
        """A passive's agent follows "oleh" (or the verb); its subject undergoes the act."""
        agent, subject = (
            self._after_oleh(mention, ents) or bare_agent(mention, ents) or self._fired_from(mention),
            self._before(mention, ents),
        )
        if mention.spec.root in context_data()["received_roots"] and "visit" in mention.mode:
            return subject, agent  # "Wapres diterima oleh Presiden Korea Selatan": the visitor acts
        released = set(mention.mode) & set(context_data()["subject_is_recipient_modes"])
        if agent is None and mention.event_type in context_data()["subject_is_actor"] and not released:
            return subject, None  # "30 tentara Irak … ditempatkan": the troops' side mobilised
        return agent, subject

    def _speaker_parties(self, mention: Mention, ents: list[Entity]) -> tuple[Entity | None, Entity | None]:
        """A phrase of saying whose speaker is its subject ("menyebut X berada di balik …", "kritis terhadap")."""
        if mention.trigger.text.split()[-1].lower() in recipient_preps():
            # "Korea Utara sangat kritis terhadap Seoul": the phrase's own preposition opens the
            # recipient, its subject is the actor, as for a verb
            return self._before(mention, ents), self._after(mention, ents, preps=None)
        # "Katz menyebut Iran berada di balik serangan": the speaker accuses the one named before it
        accused = self._before(mention, ents)
        earlier = [e for e in ents if accused is not None and e.end <= accused.start]
        return (earlier[-1] if earlier else None), accused

    def _nominal_parties(
        self, mention: Mention, ents: list[Entity], mutual: bool
    ) -> tuple[Entity | None, Entity | None]:
        """A nominal trigger's sides: "antara X dan Y", its possessor, a relative clause's agent, the one
        after "terhadap/atas/ke", a place attacked or held, the two subjects of a mutual act or a war."""
        pair = between_sides(mention, ents)
        if pair is not None:
            return pair  # "bentrokan antara warga Desa Kariuw dan warga Desa Pelauw"
        states = self._paired_states(mention, ents)
        if states is not None:
            return states  # "bentrokan perbatasan Thailand-Kamboja"
        genitive = self._genitive(mention, ents)
        attendee = self._before(mention, ents) if genitive is not None and forum(mention, genitive) else None
        if attendee is not None:
            # "Sarkozy … di pertemuan ASEM": the organisation holds the meeting, the one who
            # attends it (named before) meets it
            return attendee, genitive
        if undergone(mention):
            # "Indonesia mendapat sanksi dari Uni Eropa": the subject undergoes it
            preps = frozenset({function_words().agent, *context_data()["undergoer_agent_preps"]})
            return self._after(mention, ents, preps=preps) or genitive, self._before(mention, ents)
        relative = None if genitive is not None or mutual else self._relative_agent(mention, ents)
        if relative is not None:
            # "sanksi yang dijatuhkan Uni Eropa terhadap Iran": the recipient follows the agent
            return relative, self._after(mention, ents, preps=recipient_preps(), start=relative.end)
        recipient = self._after(mention, ents, preps=partner_preps(mention))
        if recipient is None and genitive is None:
            recipient = self._attacked_place(mention, ents)  # "serangan atas Mumbai"
        target = self._target_place(mention, genitive)
        if target is not None and genitive is not None and (recipient is None or recipient.country == genitive.country):
            return genitive, target  # "blokade Israel di Gaza", "serangan helikopter Israel di Gaza"
        if recipient is None and genitive is not None and object_genitive(mention):
            # "invasi Irak", "pendudukan Krimea": the one invaded; the invader follows "oleh"
            return self._nominal_agent(mention, ents), genitive
        agent = self._nominal_agent(mention, ents) or genitive or self._fired_from(mention)
        actor = agent or self._before(mention, ents)
        if agent is None and recipient is None and actor is not None and (mutual or fought(mention, ents)):
            first = conjunct_before(mention, actor, ents)
            # "AS dan China menjadwalkan negosiasi ulang", "Indonesia dan ILO sepakat …": one side each;
            # "India dan Pakistan terlibat perang": a war's two subjects are its two sides
            if first is not None:
                return first, actor
        return actor, (recipient if recipient is not actor else None)

    def _verbal_parties(
        self, mention: Mention, ents: list[Entity], voice: str | None, mutual: bool
    ) -> tuple[Entity | None, Entity | None]:
        """An active or middle verb's subject acts and its object (or the one after a preposition) receives."""
        actor = self._before(mention, ents)
        recipient = self._after(mention, ents, preps=None)
        if actor is None and voice in ("active", "middle"):
            actor = self._main_subject(mention, ents, recipient)
        if recipient is None and mention.event_type in context_data()["territory_types"]:
            recipient = self._territory(mention)
        # the second subject is the other side unless a side follows after "dengan/kepada/…"
        # ("Republik Ceko dan AS sedang berunding mengenai persetujuan SOFA": not SOFA)
        other_side = recipient is not None and (
            governed(mention.tokens, recipient.start, recipient_preps())
            or right_after(mention, recipient)  # the verb's object: "mendukung Ukraina"
        )
        if actor is not None and (mutual or fought(mention, ents)) and not other_side:
            first = conjunct_before(mention, actor, ents)
            if first is not None:  # "Menlu Indonesia dan Menlu Australia menandatangani …"
                return first, actor
        return actor, recipient

    def _territory(self, mention: Mention) -> Entity | None:
        """The place an attack or seizure is done to ("menyerbu dan menganeksasi Krimea"): the
        object right after the verb, or after a coordinated second verb, named without a locative."""
        after = [t for t in mention.tokens if t.start >= mention.trigger.end]
        joined = len(after) > 2 and after[0].lower in function_words().conjunctions
        skip = 2 if joined and after[1].lower.startswith(morphology().active_nasal) else 0
        skip = territory_start(after, skip)  # "menyita sebagian wilayah Donbas"
        if len(after) <= skip:
            return None
        target = after[skip]
        place = next((p for p in self._places_at(target.start) if p.country), None)
        if place is None:
            place = self._aimed_at(mention, after)
        if place is None:
            return None
        return territory_entity(place)

    def implied(self, mention: Mention, actor: Entity | None, recipient: Entity | None) -> Entity | None:
        """The recipient once phrases are read (see `implied`): a deployment's own troops are
        dropped; a border, a protested institution, a visited place or a reciprocal "antar-" gives one."""
        if own_forces(mention, actor, recipient):
            recipient = None
        if recipient is not None:
            return recipient
        s = mention.scope or mention.sentence
        places = self.places_in(s.start, s.end)
        found = (
            across_border(mention, places, actor)
            or institution_target(mention, self._in_sentence(mention), actor)
            or visited(mention, places, actor)
        )
        if found is None and reciprocal(mention, actor):
            return actor
        return found

    def setting(self, mention: Mention, actor: Entity | None, recipient: Entity | None) -> Place | None:
        """A place the parties make the event's own: a seized or invaded territory ("menganeksasi
        Krimea" happens in Crimea), or the actor's side of a border forces are massed at."""
        territorial = mention.event_type in context_data()["territory_types"] and recipient is not None
        if territorial and recipient is not None and recipient.label in ("LOC", "GPE"):
            place = next((p for p in self._places_at(recipient.start) if p.end == recipient.end), None)
            if place is not None:
                return place
        s = mention.scope or mention.sentence
        return own_side(mention, self.places_in(s.start, s.end), actor)

    def _aimed_at(self, mention: Mention, after: list[Token]) -> Place | None:
        """The country an attack is fired at: "menembakkan 100 roket ke arah Israel", "ke Israel"."""
        if mention.event_type != "ASSAULT":
            return None
        words = function_words()
        stops = set(context_data()["clause_breaks"]) - {words.relative}
        return self._place_after(after, words.towards, stops, countries_only=True)

    def _fired_from(self, mention: Mention) -> Entity | None:
        """The side an attack is launched from, named by where: "roket yang ditembakkan dari Jalur
        Gaza", "serangan mortir dari arah Lebanon" (the counterpart of `_aimed_at`)."""
        if mention.event_type != "ASSAULT":
            return None
        words = function_words()
        # past a target ("serangan terhadap penetap dari Parramatta"), "dari" tells where the target is from
        stops = (set(context_data()["clause_breaks"]) - {words.relative}) | recipient_preps()
        after = [t for t in mention.tokens if t.start >= mention.trigger.end]
        place = self._place_after(after, words.from_place, stops)
        if place is None:
            return None
        return Entity(
            text=place.text, start=place.start, end=place.end, label="GPE", name=place.name, country=place.country
        )

    def _place_after(
        self, after: list[Token], preposition: str, stops: set[str], *, countries_only: bool = False
    ) -> Place | None:
        """The place with a country (a country itself with `countries_only`) right after the first
        `preposition` (and "arah") among the eight words in `after`, unless one of `stops` comes first."""
        for k, tok in enumerate(after[:8]):
            if tok.lower in stops:
                return None
            if tok.lower != preposition:
                continue
            nxt = k + 2 if k + 1 < len(after) and after[k + 1].lower == function_words().direction else k + 1
            if nxt >= len(after):
                return None
            places = self._places_at(after[nxt].start)
            return next((p for p in places if p.country and (p.feature == "country" or not countries_only)), None)
        return None

    def across_clause(self, mention: Mention, actor: Entity) -> bool:
        """True when a clause break (not a relative "yang") stands between the actor and the trigger."""
        if actor.end > mention.trigger.start:
            return False
        breaks = set(context_data()["clause_breaks"]) - {function_words().relative}
        return any(t.lower in breaks for t in mention.tokens if actor.end <= t.start and t.end <= mention.trigger.start)

    def _genitive(self, mention: Mention, ents: list[Entity]) -> Entity | None:
        """The possessor right after a nominal, perhaps past one modifier word: "serangan AS",
        "penurunan jabatan Presiden Soeharto", "Investigasi Gabungan Polri"."""
        nxt = [t for t in mention.tokens if t.start >= mention.trigger.end][:2]
        stop = partner_preps(mention) | set(context_data()["locatives"]) | set(context_data()["clause_breaks"])
        starts = [nxt[0].start] if nxt else []
        if len(nxt) == 2 and nxt[0].text.isalpha() and nxt[0].lower not in stop:
            starts.append(nxt[1].start)
        for e in ents:
            if e.start in starts:
                return e
        return None

    def _target_place(self, mention: Mention, genitive: Entity | None) -> Entity | None:
        """The place of another country right after an attack's or an occupation's possessor, past
        "di/ke/atas/terhadap" ("blokade Israel di Gaza"): the one done to, the possessor the doer
        (data: `target_place_preps`); None for a possessor without a country or one that is the
        patient ("pembunuhan warga Israel di Gaza")."""
        ctx = context_data()
        if genitive is None or not genitive.country or genitive.label == "LOC":
            return None
        named_root = mention.spec.root in ctx["object_genitive"]
        if not named_root and (mention.event_type not in ctx["territory_types"] or object_genitive(mention)):
            return None
        after = [t for t in mention.tokens if t.start >= genitive.end][:4]
        if not after or after[0].lower not in ctx["target_place_preps"]:
            return None
        place = self._place_past_parts(after, 1, min(len(after) - 1, 3))
        if place is None or place.country == genitive.country:
            return None
        return territory_entity(place)

    def _place_past_parts(self, after: list[Token], k: int, stop: int) -> Place | None:
        """The place with a country at `after[k]`, past words for a part of it ("di utara Irak",
        "ke wilayah Israel selatan"; `target_place_parts`, skipped up to index `stop`)."""
        parts = set(context_data()["target_place_parts"])
        while k < stop and after[k].lower in parts:
            k += 1
        if k >= len(after):
            return None
        return next((p for p in self._places_at(after[k].start) if p.country), None)

    def _relative_agent(self, mention: Mention, ents: list[Entity]) -> Entity | None:
        """The agent of a di- passive in a "yang" clause right after a nominal (perhaps past one
        modifier), named right after the verb or after "oleh": "sanksi yang dijatuhkan Uni Eropa",
        "serangan udara yang dilakukan oleh pasukan Rusia" — the nominal's actor. Not the agent of
        a verb of saying that another passive follows ("serangan yang disebut pejabat itu dilakukan
        …"); a mutual act's ("perundingan yang disponsori AS") is its host or broker, not a side."""
        words = function_words()
        prefixes = morphology().passive_prefixes
        after = [t for t in mention.tokens if t.start >= mention.trigger.end][:7]
        modified = bool(after) and after[0].lower != words.relative and after[0].text.isalpha()
        k = 1 if modified and after[0].text.islower() else 0
        if k + 2 >= len(after) or after[k].lower != words.relative:
            return None
        verb = after[k + 1].lower
        if not (verb.isalpha() and verb.startswith(prefixes) and len(verb) > 4) or agent_not_actor(verb):
            return None
        k += 2
        if after[k].lower == words.agent:
            k += 1
        if k >= len(after):
            return None
        starts = {after[k].start}
        if k + 1 < len(after) and after[k].lower in {words.plural, *context_data()["group_nouns"]}:
            starts.add(after[k + 1].start)  # "yang dilancarkan kelompok Taliban"
        agent = next((e for e in ents if e.start in starts), None)
        if agent is None or is_located(agent, mention.tokens):
            return None
        rest = [t.lower for t in mention.tokens if t.start >= agent.end][:1]
        if rest and rest[0].startswith(prefixes) and len(rest[0]) > 4:
            return None
        return agent

    def _attacked_place(self, mention: Mention, ents: list[Entity]) -> Entity | None:
        """The place an attack or seizure told by a nominal is made on, named after "atas/terhadap/ke"
        (`target_place_preps` that are recipient prepositions) perhaps past one modifier and words for
        a part of it, when no party is named there: "serangan atas Mumbai", "serangan roket ke
        wilayah Israel selatan". The territory stands for its state."""
        ctx = context_data()
        if mention.event_type not in ctx["territory_types"]:
            return None
        preps = recipient_preps() & set(ctx["target_place_preps"])
        after = [t for t in mention.tokens if t.start >= mention.trigger.end][:6]
        k = 1 if after and after[0].lower not in preps and after[0].text.isalpha() and after[0].text.islower() else 0
        if k >= len(after) or after[k].lower not in preps:
            return None
        place = self._place_past_parts(after, k + 1, len(after) - 1)
        if place is None or any(e.start < place.end and place.start < e.end for e in ents):
            return None
        return territory_entity(place)

    def starts_with_pronoun(self, mention: Mention) -> bool:
        before = [t for t in mention.tokens if t.end <= mention.trigger.start]
        return bool(before) and before[0].lower in pronouns()

    def locations(self, mention: Mention, used: Sequence[Entity]) -> list[Place]:
        """Places in the mention's sentence that are not part of its actor or recipient."""
        s = mention.scope or mention.sentence
        inside = self.places_in(s.start, s.end)
        free = [p for p in inside if not any(u.start <= p.start and p.end <= u.end for u in used)]
        if any(not self._across_strong_break(mention, p) for p in inside):  # the clause names a place
            free = [p for p in free if not self._across_strong_break(mention, p)]
        # "… di Medan dan tentara menangkap … di Makassar": the clause tells its own place after a locative
        lo, hi = own_clause(mention, self._in_sentence(mention))
        if any(lo <= p.start and p.end <= hi and located_place(p, mention.tokens) for p in free):
            free = [p for p in free if lo <= p.start and p.end <= hi]
        # a person's home ("warga Desa X", "mahasiswa asal Surabaya") is not where, when the
        # sentence names another place of the event
        homes = home_places(free, mention.tokens)
        if homes:
            elsewhere = self._pick(mention, [p for p in free if p not in homes])
            if elsewhere:
                return elsewhere
            foreign = self._foreign_authority(mention, inside, homes)
            if foreign is not None:
                return [foreign]
        return self._pick(mention, free)

    def _foreign_authority(self, mention: Mention, inside: list[Place], homes: list[Place]) -> Place | None:
        """For an act of force on people named by their home ("warga Desa X, Pamekasan, ditangkap
        otoritas Arab Saudi"), the other state whose institution is the agent right after the
        trigger: the act happened there, not at the home."""
        if mention.event_type not in context_data()["local_types"]:
            return None
        home = {h.country for h in homes}
        sectors = set(context_data()["institution_sectors"])
        for p in inside:
            if p.feature != "country" or not p.country or p.country in home or p in homes:
                continue
            if p.start < mention.trigger.end:
                continue
            between = [tok for tok in mention.tokens if mention.trigger.end <= tok.start and tok.end <= p.start]
            if len(between) > 3 or not all(tok.text.isalpha() and tok.text.islower() for tok in between):
                continue  # the agent right after the trigger: "ditangkap otoritas keamanan Arab Saudi"
            if any(e.country == p.country and e.sector in sectors for e in self._covering.over(p.start, p.end)):
                return p
        return None

    def _pick(self, mention: Mention, free: list[Place]) -> list[Place]:
        """The places after a locative and those joined to them, else the free places that are not
        actors or vague regions; and the site a battle is named by ("dalam Pertempuran Khandaq"), beside
        them (it locates the event of its sentence, not the story after it: `located`)."""
        picked = self._located_or_free(mention, free)
        sites = [p for p in free if p not in picked and located_place(p, mention.tokens, battle=True)]
        return [*picked, *sites]

    def _located_or_free(self, mention: Mention, free: list[Place]) -> list[Place]:
        located = coordinated([p for p in free if located_place(p, mention.tokens)], free, mention.tokens)
        if not located:  # "di daerah suku Pakistan", only where no place follows a locative itself
            loose = [p for p in free if located_place(p, mention.tokens, after_noun=True)]
            located = coordinated(loose, free, mention.tokens)
        if located:
            return located
        # a country named without a preposition is mostly an actor ("AS mengirim"), a continent or
        # region a modifier ("krisis finansial Asia"), a seat of power a speaker ("Pentagon"): not where
        vague = set(context_data()["unlocated_features"])
        return [
            p
            for p in free
            if p.feature not in vague and not (p.feature == "country" and self._is_entity(p)) and not self._is_actor(p)
        ]

    def _across_strong_break(self, mention: Mention, place: Place) -> bool:
        """A clause break like "sementara" or ";" between the trigger and the place."""
        lo, hi = sorted((mention.trigger.end, place.start))
        return strong_break_between(mention.tokens, lo, hi)

    def located(self, mention: Mention, places: Sequence[Place]) -> bool:
        """Whether `places` were named after a locative ("di Bagdad"), as a story's setting is."""
        return any(located_place(p, mention.tokens) for p in places)

    def _is_actor(self, place: Place) -> bool:
        """A place that the actor coder took for an organisation ("Pentagon", "Kremlin")."""
        return any(e.label == "ORG" for e in self._covering.over(place.start, place.end))

    def _is_entity(self, place: Place) -> bool:
        return bool(self._covering.over(place.start, place.end))
