"""From mentions to event records: arguments, dates, figures, sources, citations, codes."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime

from ..actors.phoenix import iso3_codes
from ..places.admin import names_regency
from ..places.policy import place_policy
from ..spans import Attribution, Casualty, Citation, Entity, Event, Party, Place, Segment, TimeMention
from ..times import DateContext
from ..times.dateline import outlet_span
from ..tokens import Token
from .arguments import ArgumentFinder
from .attribution import cites, find_attributions, relays
from .clauses import apposed_citizenship, origin_words, token_before
from .detect import QUOTES, Mention, bound_scopes, find_candidates, mark_realis
from .home_names import abroad_country
from .infobox import attribute_elaborations, clock_elaborations, date_title_event, infobox_parties
from .investigators import Investigators
from .lexicon import context_data
from .merge import Draft, merge_drafts
from .party_effects import named_victim, state_mode, visitor_first
from .party_words import (
    first_person_pronouns,
    home_offices,
    names_agreement,
    names_currency,
    names_document,
    resident_nouns,
    uncoded_role,
    without_currency_states,
)
from .person_state import settle_person_states
from .records import code_events, fill_defaults
from .role_cues import object_of, party
from .seat import seat_of, with_seat
from .setting import (
    document_country,
    foreign_power,
    home_place,
    lead_country,
    lead_subject,
    sentence_citations,
    terror_sector,
)
from .within import finer_places, town_abroad
from .working_visit import domestic_working_visit


@dataclass(frozen=True, slots=True)
class Arguments:
    """What a mention's clause names as its parties, before they are coded."""

    actor: Entity | None
    recipient: Entity | None


@dataclass(frozen=True, slots=True)
class Setting:
    """A mention's modes, its places, and the country of the parties the text leaves uncoded."""

    mode: list[str]
    locations: list[Place]
    local: str | None


#: at most this many capitalised words of a name between a nominal trigger and its own time
_NAME_WORDS = 4
#: the event a setting noun belongs to ends at most this many tokens before its preposition
_SETTING_REACH = 3


class EventBuilder:
    """Builds the draft events of one document from its trigger mentions (see `draft_roles`)."""

    def __init__(
        self,
        text: str,
        *,
        segments: Sequence[Segment],
        citations: Sequence[Citation],
        entities: Sequence[Entity],
        places: Sequence[Place],
        times: Sequence[TimeMention],
        reference_time: datetime | None,
    ) -> None:
        self.text = text
        # "per dolar AS", "US$ 700 miliar": a state naming a currency is no party and no place of the story
        entities = without_currency_states(text, entities)
        places = [p for p in places if not names_currency(text, p.start, p.end)]
        # "Persetujuan Jenewa", "putaran Doha": a city naming an agreement or talks is no party and
        # not where the story happens
        named = {(p.start, p.end) for p in places if names_document(text, p)}
        places = [p for p in places if (p.start, p.end) not in named]
        # the tagger's name for the whole document ("Protokol Kyoto") is no party either
        entities = [e for e in entities if not any(e.start <= s and e.end == t for s, t in named)]
        entities = [e for e in entities if not names_agreement(text, e)]  # "IEU-CEPA" is no party
        self.entities = entities
        self.sentences = [s for s in segments if s.kind == "sentence"]
        self.starts = [s.start for s in self.sentences]
        self.citations = sentence_citations(text, self.sentences, citations)
        self.dates = DateContext(list(times), reference_time=reference_time, text=text)
        # the types a statement's day dates when carried paragraphs on; the others are deeds
        self._stated_types = frozenset(str(t) for t in context_data()["stated_types"])
        self.attributions = find_attributions(text, times=times)
        # a news report taken from one medium ("dikutip dari Antara", "Artikel ini telah tayang di
        # Tribunnews.com") tells every event through it; of several, none is the report's own
        relayed = {a.source: a for a in self.attributions if relays(a)}
        self.medium = next(iter(relayed.values())) if len(relayed) == 1 and self.dates.news else None
        # "Menurut X" names a source, never a party; a speaker ("X mengatakan", where the phrase is
        # the source itself) may also be the actor of what is announced.
        cited = [(a.start, a.end) for a in self.attributions if cites(a)]
        line = self.dates.dateline
        if line is not None:  # "Jakarta, Jumat (15/1/2016) –": the city of the dateline is no party
            cited.append((text.rfind("\n", 0, line.start) + 1, line.end))
        # "Menurut Dade": a source that is a town's name alone is a person or a metonym, not where
        # the story happens (a country stays: "menurut Washington" speaks for its state)
        sources = {(a.end, a.source) for a in self.attributions if cites(a)}
        places = [p for p in places if p.feature == "country" or (p.end, p.text) not in sources]
        self.finder = ArgumentFinder(entities, places, cited)
        self.investigators = Investigators(entities)
        self.last_actor: Entity | None = None
        self.last_force: tuple[int, str] | None = None  # sentence and country of the last coded forces
        self.country = document_country(text, places, entities)
        self.last_places: tuple[int, list[Place]] = (0, [])
        self._read_places(places)
        self.foreign_power = foreign_power(entities, self.country)
        self.sentence_actor: tuple[Segment | None, Entity | None] = (None, None)
        self.last_pair: tuple[Party, Party] | None = None
        #: a time's start → the nominal mention whose own time it is, and the event it is the setting of (`noun_times`)
        self.held_times: dict[int, list[Mention]] = {}
        # "Raja Valdemar II dari Denmark": an uncoded person keeps the country told at a mention of
        # theirs for the whole text ("Valdemar menolak …" later on)
        self.origins: dict[str, str] = self._read_origins(entities)
        subject = lead_subject(text, entities)
        lead = lead_country(text, places, entities) if subject is not None else None
        if subject is not None and subject.name and lead is not None:
            # "Khalid Bakdash … adalah pemimpin Partai Komunis Suriah": the person an encyclopedic
            # text defines is of the state its definition gives, wherever a later sentence has him
            self.origins.setdefault(subject.name, lead)

    def _read_origins(self, entities: Sequence[Entity]) -> dict[str, str]:
        """The country told at a mention of each uncoded person, by their name."""
        origins: dict[str, str] = {}
        for entity in entities:
            if entity.label == "PER" and entity.country is None and entity.name and entity.name not in origins:
                origin = self._origin(entity) or self._apposed(entity)
                if origin is not None:
                    origins[entity.name] = origin
        return origins

    def _read_places(self, places: Sequence[Place]) -> None:
        """The document's home place (where an event the text places nowhere happens), its regencies
        and districts, and the places a finer place of an event's unit is taken from."""
        text = self.text
        # the first place of the document's country named as a place ("di Distrik Kiwirok"), not a dateline
        home = [p for p in places if p.country and p.country == self.country]
        self.home_place: Place | None = home_place(text, home)
        filed = outlet_span(text)
        self.filed: int | None = filed[0] if filed is not None else None
        if filed is not None and (self.home_place is None or self.home_place.feature == "country"):
            # the country says less than the town of it the story was filed from ("BANGKOK, KOMPAS.com -"):
            # where the text names no place for an event, local news happens there
            opened = text.rfind("\n", 0, filed[0]) + 1
            town = [p for p in home if opened <= p.start < filed[0] and p.feature not in ("country", "region", None)]
            self.home_place = next(iter(town), self.home_place)
        # the regencies and cities the text names, also by a bare name taken for a district ("Undaan, Kudus")
        self.regencies = sorted((p for p in places if p.admin2_code and _is_unit(p, "admin2")), key=lambda p: p.start)
        self.districts = sorted((p for p in places if p.feature == "admin3" and p.admin3_code), key=lambda p: p.start)
        # the text's places for a finer place of an event's unit, the dateline's town left out (D2)
        self.finer_pool = [p for p in places if filed is None or not _on_dateline(text, p, filed[0])]

    def sentence_index(self, offset: int) -> int:
        return max(bisect_right(self.starts, offset) - 1, 0)

    def attributions_in(self, sentence: Segment) -> list[Attribution]:
        return [a for a in self.attributions if sentence.start <= a.start and a.end <= sentence.end]

    def quote_after(self, index: int) -> list[Attribution]:
        """The source of a quotation right after sentence `index`, in its paragraph or opening the next
        ("Pelaku ditangkap di rumahnya. \"Kami amankan barang bukti,\" kata Kapolres."): the speaker
        quoted next vouches for the sentence before, which names no source of its own."""
        if index + 1 >= len(self.sentences):
            return []
        here, after = self.sentences[index], self.sentences[index + 1]
        opening = self.text[after.start : after.end].lstrip("\\ ")[:1]  # a scraped text's \" too
        if self.text[here.end : after.start].strip() or opening not in QUOTES:
            return []
        return self.attributions_in(after)

    def sourced(self, scope: Segment, index: int) -> list[Attribution]:
        """The sources of the sentence `index` (its own, a quotation's after it, or those it is told
        on), and the medium the report is taken from."""
        found = self.attributions_in(scope) or self.quote_after(index) or self.told_by(scope)
        if self.medium is not None and all(a.source != self.medium.source for a in found):
            return [*found, self.medium]
        return found

    def told_by(self, scope: Segment) -> list[Attribution]:
        """The source a news report's sentence that names none is told on: the one named last before
        it, as the reporter goes on relaying that speaker's account ("Kapolres X mengatakan, … .
        Polisi juga menyita …"); before the first, the first named after it (the lead, whose source
        is quoted further down). All the sources of that sentence go with it: a speaker and the
        medium quoted for their words ("kata Kapolres X, dikutip dari Antara"). Other texts name
        their sources where they cite them."""
        if not self.dates.news:
            return []
        before = [a for a in self.attributions if a.end <= scope.start]
        after = [a for a in self.attributions if a.start >= scope.end]
        named = before[-1:] or after[:1]
        if not named:
            return []
        sentence = self.sentences[self.sentence_index(named[0].start)]
        outside = [a for a in self.attributions_in(sentence) if a.end <= scope.start or a.start >= scope.end]
        return outside or named

    def _locations(self, mention: Mention, places: list[Place], index: int) -> list[Place]:
        """The mention's places (`places`, those of its sentence); with none, those of the story so
        far (up to three sentences back), as a reader carries "di Bagdad" to "tiba di dekat kedutaan"."""
        last_index, last = self.last_places
        if places:
            unknown = all(p.country is None and p.lat is None for p in places)  # not regions or seas
            if unknown and last and index - last_index <= 3:
                # "di dekat gedung Sekretariat ASEAN": a building the gazetteer does not know stands
                # in the town the story is in
                return [*places, *last]
            if self.finder.located(mention, places):
                self.last_places = (index, places)
            return places
        if last and index - last_index <= 3:
            return list(last)
        # nothing nearby: the country the document happens in, at its first mention there; not the
        # dateline's town for an event whose sentence names another state (D2: "NEW YORK, KOMPAS.com
        # - … produksi Libya terpangkas akibat bentrokan …": the reporter is there, not the clash)
        if self.home_place is None or self._abroad_of_dateline(mention):
            return []
        return [self.home_place]

    def _abroad_of_dateline(self, mention: Mention) -> list[str]:
        """The states other than the dateline town's that the mention's sentence names as places,
        when the document's home place is that town (where the story was filed, D2); else []."""
        town = self.home_place
        if town is None or self.filed is None or not _on_dateline(self.text, town, self.filed):
            return []
        scope = mention.scope or mention.sentence
        named = self.finder.places_in(scope.start, scope.end)
        states = {str(p.country) for p in named if p.feature == "country" and p.country in iso3_codes()}
        return sorted(states - {town.country})

    def _with_regency(self, locations: list[Place], offset: int) -> list[Place]:
        """The places, and for a village or street of Indonesia the district holding it, and for a
        district, village or street the regency or city holding it, where the text names those ("di
        Kapuk Muara" in a story of "Penjaringan, Jakarta Utara"; "di Kecamatan Menteng" in one of
        "Jakarta Pusat"): the event happened there too, as a reader places it (the last such name
        before `offset`, else the first)."""
        out = list(locations)
        for level, units in (("admin3", self.districts), ("admin2", self.regencies)):
            have = {_unit_code(p, level) for p in out if _is_unit(p, level)}
            for place in list(out):
                code = _unit_code(place, level)
                if code is None or code in have or place.feature in _AT_OR_ABOVE[level] or _is_unit(place, level):
                    continue
                named = [r for r in units if _unit_code(r, level) == code]
                if named:
                    before = [r for r in named if r.start <= offset]
                    out.append(before[-1] if before else named[0])
                    have.add(code)
        return out

    def _forces(self, actor: Entity, coded: Party, mention: Mention, index: int) -> None:
        """Troops of a deployment: uncoded "pasukan", "tentara tambahan", "pasukan itu" are the forces
        of the last deployment told (up to three sentences back), as a reader takes them; coded ones
        ("750 tentara AS", "AS mengerahkan") become that last deployment."""
        ctx = context_data()
        if coded.sector not in ctx["force_sectors"] or mention.event_type not in ctx["border_types"]:
            return
        if actor.country:
            self.last_force = (index, actor.country)
        elif self.last_force is not None and index - self.last_force[0] <= 3:
            coded.country = self.last_force[1]

    def _default(self, entity: Entity, local: str | None) -> str | None:
        """The country of a party the text leaves uncoded: where it happens, but a settler's or a
        coloniser's is the colonial power's (data: `colonial_nouns`)."""
        words = {str(w) for w in context_data()["colonial_nouns"]}
        if self.foreign_power and any(w.lower() in words for w in entity.text.split()):
            return self.foreign_power
        told = self.origins.get(entity.name) if entity.label == "PER" and entity.name else None
        own = self._origin(entity) or self._apposed(entity) or self._resident(entity) or self._seat_named(entity)
        return own or told or self._home_office(entity) or local

    def _home_office(self, entity: Entity) -> str | None:
        """The home country for an office named alone and capitalised inside a sentence ("kunjungan
        Presiden ke Iran", "Menhan yang selama kunjungannya"): the press writes the home state's
        office so, a foreign one with its country (data: `home_offices`)."""
        if entity.text.lower() not in home_offices() or not entity.text[0].isupper():
            return None
        sentence = self.sentences[self.sentence_index(entity.start)] if self.sentences else None
        before = self.text[sentence.start if sentence else 0 : entity.start].strip(" \"'“‘(")
        return place_policy().home_country if before else None

    def _origin(self, entity: Entity) -> str | None:
        """The country a party is said to come from right after it: "Raja Valdemar II dari Denmark",
        "ratusan pasukan tambahan dari Prancis", "relawan asal Jepang" (data: `origin_words`)."""
        rest = self.text[entity.end : entity.end + 40]
        words = rest.split(maxsplit=1)
        if len(words) < 2 or words[0].lower() not in origin_words():
            return None
        return self._country_at(entity.end + rest.index(words[1]))

    def _country_at(self, start: int) -> str | None:
        """The country named at `start`: a place the gazetteer holds (a country; any other place
        names none), else a state it does not hold ("Sultan Murad I dari Utsmaniyah")."""
        place = next((p for p in self.finder.places_in(start, start + 40) if p.start == start), None)
        if place is not None and place.feature is not None:
            return place.country if place.feature == "country" else None
        state = next((e for e in self.finder.entities_in(start, start + 40) if e.start == start), None)
        return state.country if state is not None and state.label == "GPE" else None

    def _resident(self, entity: Entity) -> str | None:
        """The country of residents named by their place right after the noun: "warga Desa
        Sukamaju" held in Johor are Indonesian villagers (data: `resident_nouns`); so is a role
        noun's the coder left without a country, before a town or region it does not hold: "polisi
        Mosul", "militan Waziristan", "pengunjuk rasa Tibet" are of that place's country."""
        if entity.text.lower() not in resident_nouns() and not uncoded_role(entity):
            return None
        rest = self.text[entity.end : entity.end + 2]
        if not rest.startswith(" ") or rest[1:2].isspace():
            return None
        start = entity.end + 1
        place = next((p for p in self.finder.places_in(start, start + 60) if p.start == start), None)
        return place.country if place is not None else None

    def _seat_named(self, entity: Entity) -> str | None:
        """The country of a body the coder left uncoded whose own name ends with its town or region:
        "Pemerintah kota Osaka", "Kepolisian Kota Sydney" serve that place, wherever the event is."""
        if entity.label not in ("ORG", "NORP"):
            return None
        place = next((p for p in self.finder.places_in(entity.start + 1, entity.end) if p.end == entity.end), None)
        return place.country if place is not None and place.feature not in (None, "country") else None

    def _apposed(self, entity: Entity) -> str | None:
        """The country of a citizenship in apposition to a person: "Moussa Jallow, warga negara
        Senegal", "Ahmad (45), warganegara Malaysia" (data: `citizenship_words`); a town or village
        ("warga Depok") tells no citizenship."""
        found = apposed_citizenship(self.text, entity.end, 60)
        if found is None:
            return None
        word, start = found
        named = next((e for e in self.finder.entities_in(start, start + 60) if e.start == start), None)
        if named is not None and named.label == "NORP" and named.country:
            return named.country
        tail = self.text[start + len(word) : entity.end + 60]
        return self._country_at(start + len(word) + len(tail) - len(tail.lstrip()))

    def _both(self, mention: Mention, actor: Entity | None) -> bool:
        """The subject is "kedua X" / "keduanya" / "kedua belah pihak": the two sides just named."""
        words = {str(w) for w in context_data()["both_words"]}
        pronouns = {str(w) for w in context_data()["both_pronouns"]}
        if actor is not None:
            before = [t for t in mention.tokens if t.end <= actor.start][-1:]
            first = actor.text.split()[0].lower()
            if first in pronouns or (before and before[0].lower in pronouns):
                return True
            counted = (bool(before) and before[0].lower in words) or first in words
            named = actor.text.lower().split()
            return counted and self._sides(named[1:] if first in words else named)
        before = [t for t in mention.tokens if t.end <= mention.trigger.start][-4:]
        # a passive's agent may follow it: "ditandatangani antara kedua belah pihak", "oleh keduanya"
        after = (
            [t for t in mention.tokens if t.start >= mention.trigger.end][:5] if mention.spec.voice == "passive" else []
        )
        return any(
            t.lower in pronouns or (t.lower in words and self._sides([u.lower for u in near[k + 1 : k + 3]]))
            for near in (before, after)
            for k, t in enumerate(near)
        )

    @staticmethod
    def _sides(words: list[str]) -> bool:
        """ "kedua negara", "kedua pemimpin": the noun after "kedua" counts sides, not members."""
        nouns = {str(w) for w in context_data()["both_sides_nouns"]}
        return bool(words) and (words[0] in nouns or " ".join(words[:2]) in nouns)

    def draft(self, mention: Mention) -> Draft:
        """A mention's draft, in steps: the entities its clause names (`_arguments`), its setting
        (`_setting`: modes, places, the country of parties left uncoded), its coded parties
        (`_parties`), then its date and sources."""
        found = self._arguments(mention)
        index = self.sentence_index(mention.trigger.start)
        setting = self._setting(mention, found, index)
        actors, recipients = self._parties(mention, found, setting, index)
        actors = [self.investigators.coded(p) for p in actors]
        scope = mention.scope or mention.sentence  # a window around the trigger in a very long sentence
        held = {start for start, holders in self.held_times.items() if not any(h is mention for h in holders)}
        own = {start for start, holders in self.held_times.items() if holders[0] is mention}  # not a sharer's
        where = (scope.start, scope.end)
        date = (
            None
            if mention.prior
            else self.dates.date_at(
                mention.trigger.start,
                sentence=where,
                held=held,
                own=own,
                lead=not mention.back_reference,
                act=mention.event_type not in self._stated_types,
            )
        )
        return Draft(
            implied=named_victim(mention, found.recipient),
            event_type=mention.event_type,
            mentions=[mention],
            sentence_index=index,
            last_sentence=index,
            mode=setting.mode,
            actor=actors,
            recipient=recipients,
            date=date,
            locations=setting.locations,
            attribution=self.sourced(scope, index),
            citations=list(self.citations[index]) if self.citations else [],
            home=setting.local,
            retold=self.dates.in_summary(mention.trigger.start),
            lead=self.dates.in_lead(mention.trigger.start),
        )

    def _arguments(self, mention: Mention) -> Arguments:
        """The actor and recipient: those of its clause, the last actor for a pronoun, a recipient a
        phrase implies, the subject two verbs of one sentence share."""
        actor, recipient = self.finder.parties(mention)
        if actor is not None and self._reporting_medium(mention, actor):
            actor = None
        if actor is None and self.finder.starts_with_pronoun(mention):
            actor = self.last_actor
        if actor is None and self._first_person(mention):
            actor = self._speaker(mention)
        recipient = self.finder.implied(mention, actor, recipient)
        shared = self.sentence_actor
        if (
            actor is not None
            and mention.spec.voice in ("active", "middle")
            and shared[0] is mention.sentence
            and shared[1] is not None
            and self.finder.across_clause(mention, actor)
        ):
            actor = shared[1]  # "Israel mendukung Washington dan mendesak …": one subject, two verbs
        main_clause = mention.spec.voice in ("active", "middle") and not (mention.negated or mention.content)
        if main_clause and actor is not None:
            self.sentence_actor = (mention.sentence, actor)
        if actor is not None:
            self.last_actor = actor
        return Arguments(actor, recipient)

    def _reporting_medium(self, mention: Mention, actor: Entity) -> bool:
        """Whether the actor of a deed is the news medium or reporter the sentence cites ("Wartawan BBC
        di Islamabad mengatakan serangan itu …", "AFP melaporkan bom meledak …"): a medium that
        reports an act does not do it (D105: its name places nothing); its own statements stay its."""
        if actor.sector != "JRN" or mention.event_type in self._stated_types:
            return False
        scope = mention.scope or mention.sentence
        return any(a.start <= actor.start and actor.end <= a.end for a in self.attributions_in(scope))

    def _first_person(self, mention: Mention) -> bool:
        """Whether the act is done by "kami"/"kita"/"saya", named at most three words before its
        verb ("Kami juga menolak …", "Kami akan melayangkan somasi …"); not a nominal, which may be
        the object of the speaker's own verb ("Kami mengecam keras serangan …")."""
        if mention.spec.voice not in ("active", "middle", "phrase"):
            return False
        before = [t for t in mention.tokens if t.end <= mention.trigger.start][-4:]
        return any(t.lower in first_person_pronouns() for t in before)

    def _speaker(self, mention: Mention) -> Entity | None:
        """The party that speaks the sentence of a first-person act: the source its attribution
        names ("…,\" kata Mahendradatta", "ujar Kolonel X"), when it is an actor-like entity."""
        index = self.sentence_index(mention.trigger.start)
        scope = mention.scope or mention.sentence
        for attribution in self.attributions_in(scope) or self.quote_after(index):
            if relays(attribution):  # "dikutip AFP": the medium relays the speaker, it does not speak
                continue
            for entity in self.entities:  # a cited source is no party of the finder's
                inside = attribution.start <= entity.start and entity.end <= attribution.end
                if inside and entity.label != "LOC" and attribution.source in entity.text:
                    return entity
        return None

    def _setting(self, mention: Mention, found: Arguments, index: int) -> Setting:
        """Modes, places (a seized territory or the actor's side of a border first) and the country
        of the parties the text leaves uncoded."""
        mode = state_mode(mention, found.actor, found.recipient)
        used = [e for e in (found.actor, found.recipient) if e is not None and e.label != "LOC"]
        here = self.finder.locations(mention, used)
        locations = self._locations(mention, here, index)
        for body in used:  # "Polres Nabire", "Bupati Bogor": the regency the body serves
            seat = seat_of(self.text, body)
            if seat is not None:
                locations = with_seat(locations, seat, told=bool(here))
        own = self.finder.setting(mention, found.actor, found.recipient)
        if own is not None:
            locations = [own, *(p for p in locations if p is not own)]
        locations = self._off_dateline(locations, used)
        locations = self._with_regency(locations, mention.trigger.start)
        locations = [*locations, *finer_places(locations, self.finer_pool)]
        locations = [*locations, *town_abroad(locations, self.finer_pool, place_policy().home_country)]
        # a party of a fight, protest or arrest that the text leaves without a country belongs
        # where its sentence says it happens ("Di Myanmar, tentara …"); others (troops sent abroad,
        # envoys), and one whose place is only carried from an earlier event, to the document's
        # main country
        local = self.country
        if mention.event_type in context_data()["local_types"]:
            told = [own, *here] if own is not None else here
            abroad = self._abroad_of_dateline(mention) if not told else []
            # a clash the sentence places in one named state, in a story filed from a town of another
            elsewhere = abroad[0] if len(abroad) == 1 else None
            local = next((p.country for p in told if p.country), None) or elsewhere or self.country
        return Setting(mode=mode, locations=locations, local=local)

    def _off_dateline(self, locations: list[Place], used: list[Entity]) -> list[Place]:
        """The places without the dateline's town where the event is told abroad: the town is where the
        story was filed (D2), and an event whose coded parties are all of other countries ("JAKARTA,
        KOMPAS.com - … militer Israel … serangan terhadap Iran") did not happen there. A foreign place
        alone does not move it: a state's own act may name where its target is based."""
        if self.filed is None:
            return locations
        line = [p for p in locations if _on_dateline(self.text, p, self.filed)]
        if not line:
            return locations
        home = line[0].country
        if home is None:
            return locations
        coded = [e.country for e in used if e.country]
        if coded and home not in coded:
            return [p for p in locations if p not in line]
        return locations

    def _parties(
        self, mention: Mention, found: Arguments, setting: Setting, index: int
    ) -> tuple[list[Party], list[Party]]:
        """The coded actors (a coordinated second subject first) and recipients; a "kedua X" subject
        stands for both sides of the last two-party event."""
        actor, recipient, local = found.actor, found.recipient, setting.local
        actors = [party(actor, mention.event_type, default_country=self._default(actor, local))] if actor else []
        if actor is None or actor.label != "GPE":
            terror_sector(actors, mention.event_type, setting.mode)
        joint = self.finder.conjunct(mention, actor)
        if joint is not None and joint is not recipient:
            actors.insert(0, party(joint, mention.event_type, default_country=self._default(joint, local)))
        if actor is not None:
            self._forces(actor, actors[0], mention, index)
        recipients = (
            [party(recipient, mention.event_type, default_country=self._default(recipient, local), recipient=True)]
            if recipient
            else []
        )
        met = recipient is not None and object_of(token_before(mention.tokens, recipient.start))
        # "X dan Y meninjau …": two subjects, each a side of the meeting
        paired = actor is not None and recipient is not None and actor.end <= recipient.start < mention.trigger.start
        if (met or paired) and mention.event_type in context_data()["host_types"]:  # "bertemu dengan X"
            span = mention.scope or mention.sentence
            here = sorted((p for p in setting.locations if span.start <= p.start < span.end), key=lambda p: p.start)
            first = next((k for k, p in enumerate(here) if self.finder.located(mention, [p])), len(here))
            actors, recipients = visitor_first(actors, recipients, here[first:])
        subject_only = actor is None and recipient is not None and mention.spec.voice != "passive"
        mutual = mention.event_type in context_data()["mutual_types"]
        if self.last_pair and (mutual or not subject_only) and self._both(mention, actor):
            if mention.spec.voice == "passive" and not mutual:
                # "Keduanya dijerat pasal …", "kedua tersangka ditahan": the two just named undergo
                # it, the last event's recipient, not both of its sides
                recipients = recipients or [self.last_pair[1]]
            else:
                # "kedua menteri sepakat": both sides of the last two-party event act together
                # each side of a mutual act is the other's recipient ("ditandatangani kedua belah pihak")
                # a party named after the act stays ("Kedua negara bersepakat … untuk Korsel")
                named = recipients if subject_only else []
                actors, recipients = list(self.last_pair), (list(reversed(self.last_pair)) if mutual else []) + named
        else:
            if len(actors) == 1 and len(recipients) == 1:
                self.last_pair = (actors[0], recipients[0])
            listed_actors, listed_recipients = self._listed(mention, found, joint, local)
            actors.extend(listed_actors)
            recipients.extend(listed_recipients)
            if mutual and actor is not None and not recipients and self._both(mention, actor):
                # "kedua menteri sepakat" with no two sides told before: both sides are of that kind, the
                # other of a state the text does not name
                recipients = [replace(actors[0], country=None, wikidata_id=None)]
        self._shared_names_abroad(mention, [*actors, *recipients])
        return actors, recipients

    def _shared_names_abroad(self, mention: Mention, parties: list[Party]) -> None:
        """A home body named by a name foreign bodies share ("DPR") takes the state its sentence is about."""
        s = mention.sentence
        inside = [p for p in parties if s.start <= p.start < s.end]
        if not inside:
            return
        home = place_policy().home_country
        ents, places = self.finder.entities_in(s.start, s.end), self.finder.places_in(s.start, s.end)
        for p in inside:
            found = abroad_country(p, ents, places, home)
            if found is not None:
                p.country = found

    def _listed(
        self, mention: Mention, found: Arguments, joint: Entity | None, local: str | None
    ) -> tuple[list[Party], list[Party]]:
        """The parties listed with the actor and the recipient ("mengutuk Kanada, Inggris, dan
        Norwegia": three recipients); a mutual act's two subjects are its two sides already."""
        taken = {id(e) for e in (found.actor, found.recipient, joint) if e is not None}
        out: tuple[list[Party], list[Party]] = ([], [])
        mutual = mention.event_type in context_data()["mutual_types"]
        for k, entity in enumerate((found.actor, found.recipient)):
            if entity is None or entity.label == "LOC" or (mutual and entity.end <= mention.trigger.start):
                continue
            for other in self.finder.listed_with(mention, entity):
                if id(other) in taken:
                    continue
                taken.add(id(other))
                default = self._default(other, local)
                out[k].append(party(other, mention.event_type, default_country=default, recipient=k == 1))
        return out


#: the features a place of each administrative level lies at or above: no unit of that level holds it
_AT_OR_ABOVE = {
    "admin3": frozenset({"country", "admin1", "admin2", "admin3", "city"}),
    "admin2": frozenset({"country", "admin1", "admin2"}),
}


def _on_dateline(text: str, place: Place, outlet: int) -> bool:
    """Whether `place` stands before the outlet on the dateline's line ("BEKASI, KOMPAS.com -")."""
    return place.start < outlet and "\n" not in text[place.start : outlet]


def _is_unit(place: Place, level: str) -> bool:
    """Whether `place` is a district (`admin3`) or regency (`admin2`); a regency also when named by a
    bare name the gazetteer took for a district of that name ("Undaan, Kudus")."""
    if place.feature == level:
        return True
    return level == "admin2" and place.admin2 is not None and names_regency(place.text, place.admin2)


def _unit_code(place: Place, level: str) -> str | None:
    """The code of the district (`admin3`) or regency (`admin2`) a place lies in."""
    return place.admin3_code if level == "admin3" else place.admin2_code


def noun_times(mentions: Sequence[Mention], times: Sequence[TimeMention]) -> dict[int, list[Mention]]:
    """The times that are a nominal trigger's own, right after it or after the name it heads
    ("kerusuhan pada Mei 1998", "pemerkosaan 1998", "Pertempuran Nicopolis tahun 1396"), by their
    start, with the mentions they date: that event and no other of the text. A noun told as the
    setting of the event just before it ("tewas ditembak dalam demonstrasi 12 Mei 1998") shares
    its time with that event; one that opens its sentence ("Pada Pertempuran Kosovo tanggal 15
    Juni 1389, …") is the setting of the whole sentence and holds none."""
    ctx = context_data()
    joiners = {str(w) for w in ctx["noun_time_joiners"]}
    setting = {str(w) for w in ctx["noun_time_settings"]}
    starts = {t.start for t in times}
    held: dict[int, list[Mention]] = {}
    for mention in mentions:
        toks = mention.tokens
        if mention.spec.voice not in ("noun", "base", "phrase") or toks[mention.last].pos == "VERB":
            continue
        sharers: list[Mention] = []
        if mention.index > 0 and toks[mention.index - 1].lower in setting:
            word = mention.index - 1
            sharers = [
                m
                for m in mentions
                if m.sentence.start == mention.sentence.start and word - _SETTING_REACH <= m.last < word
            ]
            if word == 0 or not sharers:
                continue
        k = mention.last + 1
        # a capitalised trigger inside a sentence heads the event's name: "Pertempuran Nicopolis
        # tahun 1396" (but "dukungan Denmark pada tahun 1090" names a supporter, not an event)
        named = toks[mention.index].text[:1].isupper() and toks[mention.index].start > mention.sentence.start
        name_end = min(len(toks), k + _NAME_WORDS) if named else k
        while k < name_end and toks[k].text[:1].isupper() and toks[k].start not in starts:
            k += 1
        while k < len(toks) and toks[k].start not in starts and toks[k].lower in joiners:
            k += 1
        if k < len(toks) and toks[k].start in starts:
            held.setdefault(toks[k].start, [mention, *sharers])
    return held


def of_two_states(draft: Draft) -> bool:
    """Whether a draft is an event as far as its parties go: one whose trigger is an event only
    between two states (`TriggerSpec.between_states`: "Presiden RI dan Presiden Prancis meninjau
    laboratorium bahasa", a state visit's programme) must name parties of two countries; a leader
    touring a place at home ("Presiden meninjau lokasi banjir") is no meeting."""
    if not all(m.spec.between_states for m in draft.mentions):
        return True
    return len({p.country for p in [*draft.actor, *draft.recipient] if p.country and not p.implicit}) > 1


def draft_roles(builder: EventBuilder, mentions: list[Mention]) -> tuple[list[Draft], list[Attribution]]:
    """One draft per mention that reports an event (not `content`), with its arguments (parties,
    places, date, modes, sources) and the article-level elaborations; and the document's
    attributions. A mention of a very long sentence is narrowed to its `scope` first (in place).
    `builder` holds the document's mentions of other kinds (`EventBuilder`)."""
    bound_scopes(mentions)
    builder.held_times = noun_times(mentions, builder.dates.times)
    drafts = [
        d
        for d in (builder.draft(m) for m in mentions if not m.content)
        if of_two_states(d) and not domestic_working_visit(d)
    ]
    attribute_elaborations(drafts, builder)
    clock_elaborations(drafts, builder)
    date_title_event(builder.text, drafts, builder)
    infobox_parties(builder.text, drafts, builder.entities, builder)
    settle_person_states(drafts, builder.entities)
    return drafts, builder.attributions


def draft_events(
    text: str,
    *,
    segments: Sequence[Segment],
    citations: Sequence[Citation],
    entities: Sequence[Entity],
    places: Sequence[Place],
    times: Sequence[TimeMention],
    reference_time: datetime | None = None,
    tokens: Sequence[Token] | None = None,
) -> tuple[list[Draft], list[Attribution]]:
    """One draft per trigger mention, with its arguments; and the document's attributions.
    `tokens` are the text's tokens (the pipeline's Doc's); without them the text is tokenised.
    The pipeline's `triggers`, `realis` and `roles` stages, in one call."""
    builder = EventBuilder(
        text,
        segments=segments,
        citations=citations,
        entities=entities,
        places=places,
        times=times,
        reference_time=reference_time,
    )
    mentions = find_candidates(text, builder.sentences, tokens)
    mark_realis(mentions)
    return draft_roles(builder, mentions)


def finish_events(
    drafts: list[Draft],
    *,
    doc_id: str | None,
    segments: Sequence[Segment],
    casualties: Sequence[Casualty],
    attributions: Sequence[Attribution],
    entities: Sequence[Entity] = (),
) -> list[Event]:
    """Merge coreferent drafts into one record per event, attach figures, derive codes: the
    pipeline's `coref`, `defaults` and `coding` stages, in one call."""
    merged, _ = merge_drafts(drafts)
    filled = fill_defaults(
        merged, segments=segments, casualties=casualties, attributions=attributions, entities=entities
    )
    return code_events(filled, doc_id=doc_id)
