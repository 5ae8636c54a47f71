"""What a document as a whole says about its events: the country it happens in, the foreign
power it names most, the citation markers of each sentence, the sector of bombers, and the visit a
meeting abroad is."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from ..actors.compose import phrase_words
from ..actors.phoenix import iso3_codes
from ..lang import language_cache
from ..places.policy import place_policy
from ..spans import Citation, Entity, Party, Place, Segment
from ..times import lexicon as times_words
from .lexicon import context_data


def sentence_citations(text: str, sentences: Sequence[Segment], citations: Sequence[Citation]) -> list[list[str]]:
    """Markers supporting each sentence: its own, else those of the next marked sentence of its paragraph."""
    own: list[list[str]] = [[c.label for c in citations if s.start <= c.start and c.end <= s.end] for s in sentences]
    result = [list(x) for x in own]
    for i, labels in enumerate(own):
        if labels:
            continue
        for j in range(i + 1, len(sentences)):
            if "\n" in text[sentences[i].end : sentences[j].start]:
                break
            if own[j]:
                result[i] = list(own[j])
                break
    return result


def after_locative(text: str, place: Place) -> bool:
    before = text[max(0, place.start - 15) : place.start].split()
    return bool(before) and before[-1].lower() in context_data()["locatives"]


#: at most this many words between a birth word and the place of the birth ("lahir dengan nama Budi di Medan")
_BIRTH_REACH = 6


def born_at(text: str, place: Place) -> bool:
    """Whether `place` is where a person was born ("lahir di Chicago", "dilahirkan di desa X"):
    a birth word (the times' `birth_words`, shared with the birth dates) at most `_BIRTH_REACH` words
    before it in its clause."""
    clause = re.split(r"[.;:!?()\n]", text[max(0, place.start - 80) : place.start])[-1]
    words = re.findall(r"\w+", clause.lower())[-_BIRTH_REACH:]
    births = set(times_words.word_list("relative", "birth_words"))
    return any(w in births for w in words)


def home_place(text: str, home: Sequence[Place]) -> Place | None:
    """The place of the document's country where its story happens: the first of `home` named as a
    place ("di Distrik Kiwirok"), a town before the country ("di Indonesia … di Jakarta": the town
    says where), else the first of `home`."""
    home = [p for p in home if not born_at(text, p)]
    located = [p for p in home if after_locative(text, p)]
    towns = [p for p in located if p.feature != "country"]
    return next(iter(towns or located or home), None)


def main_country(text: str, places: Sequence[Place]) -> str | None:
    """The country a document happens in: its places vote, one named after a locative ("di Bagdad",
    "ke Irak") three times, a town or province twice, a bare country name (often an actor: "AS",
    "Rusia") once; a tie goes to the home country of the texts when it is among the tied, as the
    paper's reader takes a story the text places no more abroad than at home ("Presiden meminta
    Aziz berbagi pengalaman perekonomian Pakistan dengan Indonesia"), else to the earliest. None
    when the text names no place."""
    votes: Counter[str] = Counter()
    first: dict[str, int] = {}
    for place in places:
        if not place.country:
            continue
        located = after_locative(text, place)
        votes[place.country] += 3 if located else (1 if place.feature == "country" else 2)
        first.setdefault(place.country, place.start)
    if not votes:
        return None
    home = place_policy().home_country
    return max(votes, key=lambda c: (votes[c], c == home, -first[c]))


@language_cache
def _definition_copula() -> re.Pattern[str]:
    """A copula of a text's opening definition: the actors' `definition_copulas`, read there for the
    subject a text defines ("X adalah raja …")."""
    return re.compile(rf"\b(?:{'|'.join(re.escape(w) for w in sorted(phrase_words().definition_copulas))})\b")


def lead_country(text: str, places: Sequence[Place], entities: Sequence[Entity]) -> str | None:
    """The state an encyclopedic text's opening definition gives its subject: the first state named
    after a copula of its first sentence ("Richard II … merupakan seorang Raja Inggris", "Dinasti
    Ikhsyidiyah adalah dinasti yang memerintah Mesir"; `_definition_copula`). None unless the first
    line holds more than that sentence (a headline or a single news sentence defines no subject) and
    the copula stands within `lead_reach` characters of the start."""
    line = text.lstrip()
    offset = len(text) - len(line)
    line = line.split("\n", 1)[0]
    stop = line.find(". ")
    if stop < 0 or not line[stop + 2 :].strip():
        return None
    found = _definition_copula().search(line[: min(stop, int(context_data()["lead_reach"]))])
    if found is None:
        return None
    start, end = offset + found.end(), offset + stop
    states = iso3_codes()
    named: list[Place | Entity] = [
        p for p in places if start <= p.start < end and p.feature == "country" and p.country in states
    ]
    named += [e for e in entities if start <= e.start < end and e.country in states]
    first = min(named, key=lambda s: s.start, default=None)
    return first.country if first is not None else None


def lead_subject(text: str, entities: Sequence[Entity]) -> Entity | None:
    """The person an encyclopedic text opens with, uncoded ("Khalid Bakdash (1912–1995) adalah …"):
    the first entity, a PER at the start of its first line; None for any other opening."""
    start = len(text) - len(text.lstrip())
    first = min(entities, key=lambda e: e.start, default=None)
    if first is None or first.start != start or first.label != "PER" or first.country is not None:
        return None
    return first


def document_country(text: str, places: Sequence[Place], entities: Sequence[Entity]) -> str:
    """The country a document happens in: the state an encyclopedic text's opening definition gives
    its subject (`lead_country`), else `main_country`; a text that names no place ("Hatta meminta
    DPR …") is placed by the country its coded parties vote for ("DPR", "Polda"), and one naming
    neither by the home country of the texts, where a reader of the paper takes it to be. A medium
    (policy `reporting_sectors`: "kata kantor berita AFP", "wartawan BBC") tells who reported the
    story, not where it happened: it votes only when no other coded party does."""
    found = lead_country(text, places, entities) or main_country(text, places)
    if found is not None:
        return found
    codes = iso3_codes()
    reporting = set(context_data()["reporting_sectors"])
    coded = [e for e in entities if e.country in codes]
    coded = [e for e in coded if e.sector not in reporting] or coded
    votes: Counter[str] = Counter()
    first: dict[str, int] = {}
    for e in coded:
        votes[str(e.country)] += 1
        first.setdefault(str(e.country), e.start)
    if votes:
        return max(votes, key=lambda c: (votes[c], -first[c]))
    return place_policy().home_country


def terror_sector(parties: list[Party], event_type: str, mode: Sequence[str]) -> None:
    """Bombers are armed non-state actors (REB), not common criminals nor the civilians an
    unqualified "pelaku" (perpetrator) is coded as: the dev gold's reading."""
    if event_type == "ASSAULT" and set(mode) & set(context_data()["terror_modes"]):
        for p in parties:
            if p.sector in (None, "CRM", "CVL"):
                p.sector = "REB"


def travel_mode(event_type: str, mode: list[str], parties: Sequence[Party], places: Sequence[Place]) -> None:
    """A meeting held in a state that is not the state of one of its sides is that side's visit
    ("Menlu Jerman, dalam pertemuan dengan Menlu Spanyol di Madrid": Germany's minister has travelled),
    unless a mode tells it was held from afar or among many (`travel_modes` of the policy)."""
    travel = context_data()["travel_modes"]
    added = travel.get(event_type)
    if added is None or added in mode or set(mode) & set(travel["unless"]):
        return
    states = iso3_codes()
    held = {p.country for p in places if p.country in states}
    sides = {p.country for p in parties if p.country in states}
    if held and any(side not in held for side in sides):
        mode.append(str(added))


def foreign_power(entities: Sequence[Entity], main: str | None, *, unions: bool = False) -> str | None:
    """The foreign state a document names most often as a state or people (ties: the earliest);
    with `unions`, a union that deals as a state does (policy `state_like_unions`: the EU in
    "perundingan IEU-CEPA") counts as one, whatever its label."""
    state_like = set(context_data()["state_like_unions"]) if unions else set()
    votes: Counter[str] = Counter()
    first: dict[str, int] = {}
    for e in entities:
        if not e.country or e.country == main or len(e.country) != 3:
            continue
        if e.label in ("GPE", "NORP") or e.country in state_like:
            votes[e.country] += 1
            first.setdefault(e.country, e.start)
    return max(votes, key=lambda c: (votes[c], -first[c])) if votes else None


def colony_rivals(entities: Sequence[Entity]) -> dict[str, str]:
    """For each colony of the policy's `colonial_rule`, the state other than it the document names
    most as a state or people (`foreign_power`): a history of a colonial war names its power most."""
    found = {str(c): foreign_power(entities, str(c)) for c in context_data()["colonial_rule"]}
    return {c: r for c, r in found.items() if r is not None}
