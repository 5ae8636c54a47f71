"""Unnamed parties told by where an event happened (table in ``data/implicit.yaml``).

"Tiga pelaku ditangkap di Medan" names no one who arrested them; "unjuk rasa di depan kantor
bupati Nabire" no one it was against. For the roles and types where the corpus's train split
shows the unnamed party to be of the country the event happened in (the table is written by
``python -m peristiwa.training implicit``, with the cases it rests on), an event without that
party gets one: the country of its first located place, the sector the table gives (or none),
the place's span as its evidence and ``implicit: true``. An event with no located place takes
the document's country (the vote of its places or coded parties, else the home country) with its
trigger as the evidence: "Dua pria ditetapkan sebagai tersangka" names neither the police nor a
place, and a reader of the paper takes both to be Indonesian. Named parties are never replaced.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache
from typing import Any

from ..actors.lexicon import lookup_name
from ..actors.phoenix import iso3_codes
from ..spans import Entity, Event, Party, Place, Span
from ..tokens import tokenize
from .lexicon import context_data, implicit_data
from .setting import foreign_power


@cache
def _table() -> dict[str, dict[str, Any]]:
    return implicit_data()


def fill_unnamed(
    events: list[Event],
    country: str | None = None,
    text: str = "",
    *,
    partner: str | None = None,
    rivals: dict[str, str] | None = None,
    entities: Sequence[Entity] = (),
) -> None:
    """Give each event the parties its place tells where the text names none (in place); an
    event with no located place takes the document's `country` (`setting.document_country`),
    with its trigger as the evidence: "Dia ditetapkan sebagai tersangka" in a text that names
    no place is read as happening where the paper's reader is. A mutual act with no other side
    told is with `partner`, the foreign state the document names most (`setting.foreign_power`);
    `rivals` gives, for each colony of the policy's `colonial_rule`, the state other than it the
    document names most (`_colonial_side`); `entities` are the document's actors, read for the
    other state an act against another is done to (`_fill`)."""
    table = _table()
    _answer_claims(events, text)
    in_history = _history_told(events)
    summits = set(context_data()["summit_nouns"])
    host_country, host_sector = (str(code) for code in context_data()["summit_host"])
    for event in events:
        if event.event_type == "CONSULT" and not event.recipient and event.trigger.text.lower() in summits:
            t = event.trigger
            event.recipient.append(
                Party(text=t.text, start=t.start, end=t.end, country=host_country, sector=host_sector, implicit=True)
            )
        _fill_against(event, text)
        _fill_host(event)  # a state abroad first: "bantuan … untuk pengungsi di Batumi"
        _fill_home_side(event)
        _state_not_crowd(event)
        _fill(event, table, country, entities, partner)
        _colonial_side(event, rivals or {}, in_history=in_history)
        _colonial_war(event)
        _fill_partner(event, partner)
        _uncoded_sectors(event, in_history=in_history)


def _fill(
    event: Event,
    table: dict[str, dict[str, Any]],
    country: str | None,
    entities: Sequence[Entity],
    partner: str | None,
) -> None:
    """The unnamed parties of one event, of the country of its located place nearest the trigger
    ("Perdana menteri Pakistan membatalkan kunjungannya ke Hongkong setelah serangan atas Mumbai":
    the attack's side is of Mumbai, not of Hongkong). An act against another (policy
    `opposed_types`) placed nowhere, whose actors are all of the document's state, is done to the
    other state its sentence names (`_opponent`): "Birma menolak bantuan dari Qatar" refuses Qatar,
    not Burma. A mutual act's other side is not taken from a place of the acting side's own state
    when the document names a foreign `partner` (`_home_place_of_mutual`)."""
    home_side = context_data()["home_side_types"]
    for role in ("actor", "recipient"):
        row = table[role].get(event.event_type)
        parties: list[Party] = getattr(event, role)
        if row is None or parties or (event.event_type in home_side.get(role, []) and _two_states(event, role)):
            continue
        place: Span | None = _nearest(_not_named_by(event, role), event.trigger)
        code = place.country if isinstance(place, Place) else None
        if place is None and country is not None:
            place, code = event.trigger, _opponent(event, role, country, entities) or country
        if place is None or (role == "recipient" and _home_place_of_mutual(event, place, partner)):
            continue
        by_type = context_data()["unnamed_sector_by_type"][role].get(event.event_type)
        sector = _kind_sector(event, role) or _mode_sector(event, role) or by_type or row.get("sector")
        if sector and _historical(event):
            sector = context_data()["history_unnamed_sector"][role].get(sector, sector)
        parties.append(
            Party(
                text=place.text,
                start=place.start,
                end=place.end,
                country=code,
                sector=str(sector) if sector else None,
                implicit=True,
            )
        )


def _home_place_of_mutual(event: Event, place: Span, partner: str | None) -> bool:
    """Whether `place`, told as an unnamed recipient, is a place of the acting side's own state named
    outside the sentence of a pact signed or reached (`pact_words`) in a document naming a foreign
    `partner`: "penandatanganan tiga nota kesepahaman" in a report datelined JAKARTA on work with
    Singapore is with Singapore, not Indonesia; the partner is told by `_fill_partner`. A place in
    the act's own sentence ("sepakat di Jakarta") is left to tell the side."""
    ctx = context_data()
    if partner is None or not isinstance(place, Place) or event.event_type not in ctx["mutual_types"]:
        return False
    if event.trigger.text.lower() not in ctx["pact_words"]:
        return False
    if event.sentence.start <= place.start < event.sentence.end:
        return False
    states = {p.country for p in event.actor if p.country}
    return states == {place.country} and partner != place.country


def _opponent(event: Event, role: str, country: str, entities: Sequence[Entity]) -> str | None:
    """The other state an unnamed recipient of an act against another is of (`_fill`): the state
    its sentence names most as a state or people besides `country` (`setting.foreign_power`), when
    every actor is of `country` and the sentence names that state or people too: two states set
    against each other, not a sum in "dolar Singapura" beside a home agency. Not in history
    (`_historical`), where a sentence's states are often the realm's neighbours and allies rather
    than the side an act was done to."""
    if role != "recipient" or event.event_type not in context_data()["opposed_types"]:
        return None
    if not event.actor or any(p.country != country for p in event.actor) or _historical(event):
        return None
    s = event.sentence
    inside = [e for e in entities if s.start <= e.start < s.end]
    if not any(e.country == country and e.label in _STATE_LABELS for e in inside):
        return None
    return foreign_power(inside, country)


#: the labels of a state or people named as such ("Birma", "Polisi Malaysia"), as `setting.foreign_power` reads them
_STATE_LABELS = ("GPE", "NORP")


def _fill_partner(event: Event, partner: str | None) -> None:
    """A mutual act (policy `mutual_types`: an agreement, a meeting, support) with its one side
    coded and no other side told anywhere is with the foreign state the document names most:
    "Kedua pihak telah sepakat …" in a report on talks between Indonesia and the EU. The trigger is
    the evidence, the sector a host's in talks (policy `meeting_host_sector`); never the acting
    side's own state."""
    if partner is None or event.recipient or event.event_type not in context_data()["mutual_types"]:
        return
    states = {p.country for p in event.actor if p.country}
    if len(states) != 1 or partner in states:
        return
    t = event.trigger
    sector = str(context_data()["meeting_host_sector"])  # a state's side in talks: its government
    event.recipient.append(Party(text=t.text, start=t.start, end=t.end, country=partner, sector=sector, implicit=True))


def _colonial_side(event: Event, rivals: dict[str, str], *, in_history: bool = False) -> None:
    """An attack or coercion (policy `colonial_acts`) dated under a colonial rule (`colonial_rule`)
    with both sides of the colony's state, one or both only from where it happened, in a text that
    names the colonial power more than any other state but the colony (`rivals`): the unnamed side
    is the power's ("kampung itu dapat ditaklukkan" in a history of a colonial war), the actor when
    both are unnamed: the conquest or the capture was the power's act. An undated act counts in a text
    that tells history only (`_history_told`): "berdinas sebagai bintara selama Perang Bone II"."""
    ctx = context_data()
    if event.event_type not in ctx["colonial_acts"] or not event.actor or not event.recipient:
        return
    states = {p.country for p in (*event.actor, *event.recipient)}
    colony = next(iter(states)) if len(states) == 1 else None
    rule = ctx["colonial_rule"].get(colony) if colony else None
    year = _YEAR.match(event.date.start) if event.date is not None else None
    if rule is None or rivals.get(str(colony)) != rule["power"]:
        return
    if (year is None and not in_history) or (year is not None and int(year.group()) > int(rule["until"])):
        return
    unnamed = [role for role in ("actor", "recipient") if all(p.implicit for p in getattr(event, role))]
    if unnamed:
        for p in getattr(event, unnamed[0]):
            p.country = str(rule["power"])


def _colonial_war(event: Event) -> None:
    """A war told by a war noun (policy `colonial_war_nouns`: "peperangan di Aceh antara prajurit
    kerajaan … dengan para tentara Belanda", "pecah pertempuran di Kampung X") between a colony's
    side as actor and its colonial power's as recipient, undated or dated under that rule
    (`colonial_rule`), is the power's war on the colony: the two sides change places (D62)."""
    ctx = context_data()
    if event.event_type not in ctx["colonial_acts"] or event.trigger.text.lower() not in ctx["colonial_war_nouns"]:
        return
    actors = {p.country for p in event.actor}
    rule = ctx["colonial_rule"].get(next(iter(actors))) if len(actors) == 1 else None
    if rule is None or {p.country for p in event.recipient} != {rule["power"]}:
        return
    year = _YEAR.match(event.date.start) if event.date is not None else None
    if year is not None and int(year.group()) > int(rule["until"]):
        return
    event.actor, event.recipient = event.recipient, event.actor


def _two_states(event: Event, role: str) -> bool:
    """Whether the other side of an act that stays within one state (policy `home_side_types`) names
    more than one state: "Perdana Menteri Jepang dan Korea Selatan menyatakan mundur" leaves each
    his own government, which no one place tells."""
    other: list[Party] = event.recipient if role == "actor" else event.actor
    return len({p.country for p in other if p.country}) > 1


def _answer_claims(events: list[Event], text: str) -> None:
    """A denial or refusal (policy `claim_answer_types`) of a claim the text has just told
    ("Beijing membantah tuduhan itu", "tuduhan yang dibantah Pakistan"; lang `answered_claims`) with
    no other side named, or only its own state or an unnamed one, answers whoever made the claim: the
    actors of the last accusation or demand before it, of another state than the one answering."""
    ctx = context_data()
    if not text:
        return
    answering = set(ctx["claim_answer_types"])
    for k, event in enumerate(events):
        if event.event_type not in answering:
            continue
        kind = _claim_kind(event, text)
        own = {p.country for p in event.actor if p.country}
        if kind is None or not own or not all(p.implicit or p.country in own for p in event.recipient):
            continue
        told = [e for e in events[:k] if e.event_type == kind and e.trigger.end <= event.trigger.start]
        told = [e for e in told if event.trigger.start - e.trigger.end <= int(ctx["claim_answer_reach"])]
        claim = max(told, key=lambda e: e.trigger.end) if told else None
        makers = [p for p in claim.actor if p.country and p.country not in own] if claim is not None else []
        if makers:
            event.recipient = [replace(p) for p in makers]


def _claim_kind(event: Event, text: str) -> str | None:
    """The type of the claim a denial names by its noun and a demonstrative right after its word
    ("membantah tuduhan itu") or by its noun and "yang" right before it ("tuduhan yang dibantah")."""
    ctx = context_data()
    after = text[event.trigger.end : event.trigger.end + 40].lower().split()
    before = text[max(0, event.trigger.start - 40) : event.trigger.start].lower().split()
    demonstratives = {str(w) for w in ctx["claim_demonstratives"]}
    relative = str(ctx["claim_relative"])
    for kind, nouns in ctx["answered_claims"].items():
        words = {str(w) for w in nouns}
        if len(after) >= 2 and after[0] in words and after[1].strip(",.;:") in demonstratives:
            return str(kind)
        if len(before) >= 2 and before[-1] == relative and before[-2] in words:
            return str(kind)
    return None


#: how many words after its trigger an "against" prefix may stand ("demonstrasi anti-Cina", "slogan anti-Cina")
_AGAINST_REACH = 3


def _fill_against(event: Event, text: str) -> None:
    """A protest (policy `against_prefix_types`) with no recipient named is against the state named
    right after an "against" prefix within a few words of its trigger (lang `against_prefixes`):
    "unjuk rasa anti-Amerika", "meneriakkan slogan anti-Cina"; that state's government (policy
    `against_prefix_sector`) is its target, the name its evidence."""
    ctx = context_data()
    if event.recipient or event.event_type not in ctx["against_prefix_types"] or not text:
        return
    prefixes = "|".join(re.escape(str(w)) for w in ctx["against_prefixes"])
    rest = text[event.trigger.end : event.sentence.end]
    for found in re.finditer(rf"\b(?i:{prefixes})[-\s](?=[A-Z])", rest):
        if len(rest[: found.start()].split()) >= _AGAINST_REACH:
            return
        named = _state_named(rest[found.end() :])
        if named is not None:
            code, length = named
            start = event.trigger.end + found.end()
            name = text[start : start + length]
            sector = str(ctx["against_prefix_sector"])
            event.recipient.append(Party(text=name, start=start, end=start + length, country=code, sector=sector))
            return


def _state_named(text: str) -> tuple[str, int] | None:
    """The state (of the actor dictionary's countries) whose name opens `text`, by the dictionary's
    longest name there (`lookup_name`): its code and the name's length."""
    toks = tokenize(text)
    found = lookup_name(toks, 0) if toks else None
    if found is None:
        return None
    n, code = found
    if code.label != "GPE" or code.country not in iso3_codes():
        return None
    return str(code.country), toks[n - 1].end


def _fill_host(event: Event) -> None:
    """A meeting, aid, withdrawal, promise or deployment (policy: `foreign_host_types`) with no
    recipient named, located in a state none of its named sides belongs to, is with that state: the
    country visited, helped, left or sent into ("Menhan … selama kunjungannya … di Sydney" meets
    Australia; "bantuan … untuk pengungsi di Batumi" goes to Georgia; "kapal perang AS tiba di
    pelabuhan Poti" is sent at Georgia). The nearest located place with a state's code is the
    evidence. Read before the home side (`_fill_home_side`), which an act at home keeps."""
    if event.recipient or event.event_type not in context_data()["foreign_host_types"]:
        return
    states = iso3_codes()
    place = _nearest([p for p in event.locations if p.country in states], event.trigger)
    if place is None or any(p.country == place.country for p in event.actor):
        return
    event.recipient.append(
        Party(text=place.text, start=place.start, end=place.end, country=place.country, sector=None, implicit=True)
    )


#: the year of an ISO date ("0965", "-0195-03", "1942-05-01")
_YEAR = re.compile(r"-?\d{4}")


def _historical(event: Event) -> bool:
    """Whether the event is dated before the year the policy takes as history's end
    (`history_before_year`): its unnamed sides are then states' rulers and armies, not police."""
    match = _YEAR.match(event.date.start) if event.date is not None else None
    return match is not None and int(match.group()) < int(context_data()["history_before_year"])


def _history_told(events: list[Event]) -> bool:
    """Whether the text tells history only: it dates events, all before `history_before_year`
    (a chronicle of a medieval kingdom); an act it leaves undated is then history too."""
    dated = [e for e in events if e.date is not None and _YEAR.match(e.date.start)]
    return bool(dated) and all(_historical(e) for e in dated)


def _not_named_by(event: Event, role: str) -> list[Place]:
    """The event's places that are not the other side's own name: "Serangan udara Israel", "Polisi
    Malaysia merazia" name the attacker's or the police's state, not where the unnamed side is from."""
    other: list[Party] = event.recipient if role == "actor" else event.actor
    named = [(p.start, p.end) for p in other if not p.implicit]
    return [p for p in event.locations if not any(s <= p.start and p.end <= e for s, e in named)]


def _nearest(places: list[Place], trigger: Span) -> Place | None:
    """The place with a country nearest `trigger` (the first of those equally near)."""
    coded = [p for p in places if p.country]
    if not coded:
        return None
    return min(coded, key=lambda p: p.start - trigger.end if p.start >= trigger.end else trigger.start - p.end)


def _state_not_crowd(event: Event) -> None:
    """A demonstration, strike or riot (policy `crowd_act_types`) is not the act of a state body
    (`not_crowd_sectors`): one the rules took for its subject ("Gelombang unjuk rasa di Korea
    Selatan", "polisi … unjuk rasa") is what the crowd faced, its recipient when none is named,
    and the crowd is left to the unnamed parties."""
    ctx = context_data()
    if event.event_type not in ctx["crowd_act_types"]:
        return
    state = set(ctx["not_crowd_sectors"])
    official = [p for p in event.actor if p.sector in state]
    if not official:
        return
    event.actor = [p for p in event.actor if p.sector not in state]
    if not event.recipient:
        event.recipient.extend(official)


def _uncoded_sectors(event: Event, *, in_history: bool = False) -> None:
    """A party named or implied with no sector takes the one its role of the event's type mostly
    has (policy `uncoded_sector_by_type`): "Rudi bertemu Menteri …" is a meeting of officials,
    "Andi mendukung …" in a report of support a government's; in history (`history_uncoded_sector`)
    an actor named without an office is a ruler ("Henryk menyerahkan …" in 1110: GOV) and the one
    coerced a ruler or his domain (`history_recipient_sector`), also in an undated act of a text that
    tells only history (`in_history`, `_history_told`)."""
    ctx = context_data()
    table = ctx["uncoded_sector_by_type"]
    past = _historical(event) or (in_history and event.date is None)
    history = ctx["history_uncoded_sector"] if past else {}
    suffered = ctx["history_recipient_sector"].get(event.event_type) if past else None
    for role in ("actor", "recipient"):
        sector = (suffered if role == "recipient" else None) or table[role].get(event.event_type) or history.get(role)
        if sector is None:
            continue
        for p in getattr(event, role):
            if p.sector is None:
                p.sector = str(sector)


def _kind_sector(event: Event, role: str) -> str | None:
    """The kind of unnamed side the act's word tells (`unnamed_kind_words`, policy
    `unnamed_sector_by_kind`): "Pertempuran Changde" is fought between armies (MIL), a rebellion
    is by rebels (REB) against the state (GOV)."""
    ctx = context_data()
    word = event.trigger.text.lower().split()[0] if event.trigger.text.strip() else ""
    kinds = [kind for kind, words in ctx["unnamed_kind_words"].items() if word in words]
    if word in ctx["named_attack_words"] and _named_by_place(event):
        kinds.insert(0, "named_attack")  # "Bom Bali": a known attack, by an armed group
    if not kinds:
        return None
    sector: str | None = ctx["unnamed_sector_by_kind"].get(kinds[0], {}).get(role)
    return sector


def _named_by_place(event: Event) -> bool:
    """Whether the act's word is followed right away by a capitalised place that names it ("Bom Bali")."""
    after = event.trigger.end + 1
    return any(p.start == after and p.text[:1].isupper() for p in event.locations)


def _mode_sector(event: Event, role: str) -> str | None:
    """The kind of unnamed party the event's mode tells (policy: `unnamed_sector_by_mode`): the
    target of a bombing is civilians, of a condemnation a government; not when the act is by a
    sector the policy excepts (`unnamed_mode_not_by`: the police seize a suspect's goods)."""
    policy = context_data()
    by_mode: dict[str, str] = policy["unnamed_sector_by_mode"][role]
    actors = {p.sector for p in event.actor}
    for mode in event.mode:
        if mode in by_mode and not actors & set(policy["unnamed_mode_not_by"].get(mode, [])):
            return by_mode[mode]
    return None


def _fill_home_side(event: Event) -> None:
    """An act that stays within one state (policy: `home_side_types`) with one side coded and the
    other unnamed: the unnamed side is of that side's state, the trigger its evidence ("Menteri
    Kehakiman Jepang mengundurkan diri" leaves his own government; "bantuan yang disalurkan Dinas
    Sosial" goes to the giver's people). Only when the coded side names one state."""
    for role, types in context_data()["home_side_types"].items():
        if event.event_type not in types or getattr(event, role):
            continue
        other: list[Party] = event.recipient if role == "actor" else event.actor
        states = {p.country for p in other if p.country}
        if len(states) != 1:
            continue
        t = event.trigger
        getattr(event, role).append(
            Party(text=t.text, start=t.start, end=t.end, country=states.pop(), sector=None, implicit=True)
        )
