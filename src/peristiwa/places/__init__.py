"""Places: an offline gazetteer and toponym recognition/resolution for Indonesian text.

`find_places` finds place names (longest gazetteer match over capitalised words, cue words
such as "Kabupaten"/"Desa"/"Jalan", LOC/GPE entities if given) and resolves each to one
gazetteer entry with coordinates, ISO country and IANA time zone.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..intervals import Taken
from ..spans import Entity, Place
from ..tokens import Token, tokenize, words
from .filters import common_word_entity, headline_word, keep_places, names_language
from .gazetteer import GazEntry, Gazetteer, name_key
from .lists import list_mentions
from .recognise import PLACE_LABELS, Mention, lexicon, scan
from .resolve import resolve

__all__ = ["GazEntry", "Gazetteer", "find_places", "name_key"]


def find_places(
    text: str,
    *,
    entities: Sequence[Entity] = (),
    gazetteer: Gazetteer | None = None,
    tokens: Sequence[Token] | None = None,
) -> list[Place]:
    """Place mentions of `text` in text order; `Place.text == text[start:end]`.

    `entities` (from NER or the actor stage) help: a name inside a PER entity is not a
    place ("Israel Katz"), a LOC/GPE entity is one even if the gazetteer lacks it. `tokens` are
    the text's tokens (the pipeline's Doc's); without them the text is tokenised.
    """
    gaz = gazetteer if gazetteer is not None else Gazetteer.load()
    lex = lexicon()
    toks = words(tokenize(text) if tokens is None else tokens)
    found = scan(text, gazetteer=gaz, entities=entities, tokens=toks)
    mentions = keep_places(text, found, gazetteer=gaz, lex=lex, tokens=toks)
    mentions.extend(_entity_mentions(text, entities, mentions, gaz))
    mentions.extend(list_mentions(text, mentions, lex))
    mentions = [m for m in mentions if not names_language(text, m.start, lex)]
    mentions.sort(key=lambda m: (m.start, m.end))
    return resolve(text, mentions, gazetteer=gaz)


def _entity_mentions(text: str, entities: Sequence[Entity], mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """LOC/GPE entities that no gazetteer match covers."""
    out: list[Mention] = []
    taken = Taken(mentions)
    for ent in entities:
        if ent.label not in PLACE_LABELS or not text[ent.start : ent.end].strip():
            continue
        if taken.overlaps(ent.start, ent.end):
            continue
        entries = gaz.candidates(text[ent.start : ent.end])
        if headline_word(text, ent.start, name_key(text[ent.start : ent.end])) and not any(
            e.feature in ("country", "admin1") for e in entries
        ):
            continue  # "… Meninggal di Gurun, …": the NER takes a headline's capitals for a name
        if not entries and common_word_entity(text, ent.start, ent.end, lexicon()):
            continue  # "Undang-Undang Darurat", "Terhadap kasus itu": an ordinary word, no name
        if text[ent.start : ent.end].islower() and not any(e.feature in ("country", "admin1") for e in entries):
            # "orang istana", "naik ke gunung": a common noun the tagger took for a place is no
            # village or town of that name (a country or province written in lower case still is)
            entries = []
        out.append(Mention(ent.start, ent.end, ent.start, entries, supported=True, entity=ent))
        taken.add(ent.start, ent.end)
    return out
