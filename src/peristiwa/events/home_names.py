"""Home bodies by a name the press also gives a foreign body of the same kind ("DPR", "Partai
Demokrat"): the dictionary codes them home, but in a sentence placed abroad they are that state's."""

from __future__ import annotations

from collections.abc import Sequence

from ..actors.phoenix import iso3_codes
from ..spans import Entity, Party, Place
from .lexicon import context_data


def abroad_country(party: Party, entities: Sequence[Entity], places: Sequence[Place], home: str) -> str | None:
    """The foreign state a home body's shared name (data: `shared_home_names`) stands for in its
    sentence: the one state its other parties are coded with, when the sentence names nothing of
    home ("Presiden Bush mendesak DPR …"). `entities` and `places` are the sentence's."""
    shared = context_data()["shared_home_names"]
    if party.country != home or (party.name or party.text) not in shared:
        return None
    if any(p.country == home for p in places):
        return None
    states = iso3_codes()
    foreign: set[str] = set()
    for e in entities:
        if e.start == party.start or not e.country:
            continue
        if e.country == home:
            if (e.name or e.text) in shared:
                continue
            return None
        if e.country in states:
            foreign.add(e.country)
    return foreign.pop() if len(foreign) == 1 else None
