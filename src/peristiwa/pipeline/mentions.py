"""Mention stages: entities (actors), places, times and quantities/casualties.

Each wraps one library module so that the module stays usable on its own
(`peristiwa.actors`, `peristiwa.places`, `peristiwa.times`, `peristiwa.quantities`), and writes
its mentions to span groups (`spangroups.put`): `doc.spans["actors"]`, `["places"]`, `["times"]`,
`["quantities"]` and `["casualties"]`.
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc

from ..actors import ActorCoder
from ..events.lexicon import load_lexicon
from ..places import Gazetteer, find_places
from ..places.filters import names_language
from ..places.recognise import PlaceCues
from ..places.recognise import lexicon as place_words
from ..quantities import find_casualties, find_quantities
from ..spans import Entity, Place
from ..times import find_times
from ..times.dateline import dateline_reference, outlet_span
from .base import Stage, doc_text, doc_tokens, stage_factory
from .spangroups import put, values

_NER_LABELS = {"PER": "PER", "PERSON": "PER", "ORG": "ORG", "LOC": "LOC", "GPE": "GPE", "NORP": "NORP"}


class EntitiesStage(Stage):
    """Actor-like mentions: the model's named entities (if any) coded by the actor dictionary."""

    def process(self, doc: Doc) -> None:
        words = load_lexicon().words
        ner = [
            Entity(text=e.text, start=e.start_char, end=e.end_char, label=_NER_LABELS[e.label_])
            for e in doc.ents
            # the model sometimes takes a capitalised event noun for a name ("Invasi Irak" as PER)
            if e.label_ in _NER_LABELS and not any(t.lower_ in words for t in e)
        ]
        text = doc_text(doc)
        found = ActorCoder.load().find_entities(text, ner=ner, tokens=doc_tokens(doc))
        outlet = outlet_span(text)  # the dateline's paper reports the events and takes part in none
        if outlet is not None:
            found = [e for e in found if e.end <= outlet[0] or e.start >= outlet[1]]
        put(doc, "actors", found)


class PlacesStage(Stage):
    """Toponyms resolved by the packaged gazetteer."""

    def process(self, doc: Doc) -> None:
        entities = values(doc, "actors", Entity)
        places = find_places(doc_text(doc), entities=entities, gazetteer=Gazetteer.load(), tokens=doc_tokens(doc))
        put(doc, "places", places)
        text, words = doc_text(doc), place_words()
        kept = [e for e in entities if not _inside_stateless_place(e, places) and not _a_language(text, e, words)]
        if len(kept) < len(entities):
            put(doc, "actors", kept)


def _a_language(text: str, entity: Entity, words: PlaceCues) -> bool:
    """Whether a state's name names its language ("suratkabar berbahasa Inggris", "dalam bahasa
    Arab"; the place cues' `language_words`): no party."""
    return entity.label == "GPE" and names_language(text, entity.start, words)


def _inside_stateless_place(entity: Entity, places: list[Place]) -> bool:
    """Whether a state's name is only part of a sea's or region's that belongs to no state
    ("Samudera India", "Laut Jepang", "Amerika Latin"): the sea or region, not the state, is told."""
    return entity.label == "GPE" and any(
        p.country is None
        and p.start <= entity.start
        and entity.end <= p.end
        and p.end - p.start > entity.end - entity.start
        for p in places
    )


class TimesStage(Stage):
    """TIMEX3 expressions; "waktu setempat" takes the zone of the nearest preceding place. A text
    given without a reference time takes its dateline's day ("Makassar, Senin (29/3/2021) –")."""

    def process(self, doc: Doc) -> None:
        places = [p for p in values(doc, "places", Place) if p.timezone]
        starts = [p.start for p in places]

        def zone_at(offset: int) -> str | None:
            i = bisect_right(starts, offset)
            return places[i - 1].timezone if i else (places[0].timezone if places else None)

        text = doc_text(doc)
        if doc._.reference_time is None:  # news without a given writing time: its dateline's day,
            doc._.reference_time = dateline_reference(text) or doc._.fallback_reference_time  # else the fallback
        put(doc, "times", find_times(text, reference_time=doc._.reference_time, zone_at=zone_at))


class QuantitiesStage(Stage):
    """Numbers with qualifiers, and the casualty phrases built on them."""

    def process(self, doc: Doc) -> None:
        quantities = find_quantities(doc_text(doc))
        put(doc, "quantities", quantities)
        put(doc, "casualties", find_casualties(doc_text(doc), quantities=quantities, tokens=doc_tokens(doc)))


make_entities_stage = stage_factory("peristiwa_entities_v1", EntitiesStage, assigns=["doc.spans", "doc._.entities"])


make_places_stage = stage_factory(
    "peristiwa_places_v1", PlacesStage, assigns=["doc.spans", "doc._.places"], requires=["doc._.entities"]
)


make_times_stage = stage_factory(
    "peristiwa_times_v1", TimesStage, assigns=["doc.spans", "doc._.times"], requires=["doc._.places"]
)


make_quantities_stage = stage_factory(
    "peristiwa_quantities_v1", QuantitiesStage, assigns=["doc.spans", "doc._.quantities", "doc._.casualties"]
)
