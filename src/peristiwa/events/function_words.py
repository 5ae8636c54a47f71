"""The function words of the clause and argument tests (`function_words` in `lang/id/events/context.yaml`)."""

from __future__ import annotations

from dataclasses import dataclass

from ..lang import data_name, language_cache
from ..typed_data import from_mapping
from .lexicon import context_data


@dataclass(frozen=True, slots=True)
class FunctionWords:
    """Conjunctions, prepositions and markers the argument finder reads word order by (each one
    described in `lang/id/events/context.yaml`)."""

    relative: str
    complementizer: str
    agent: str
    conjunctions: frozenset[str]
    place_joiners: frozenset[str]
    side_joiners: frozenset[str]
    subject_joiners: frozenset[str]
    party_joiners: frozenset[str]
    between: str
    among: str
    place_preps: frozenset[str]
    from_place: str
    towards: str
    direction: str
    plural: str


@language_cache
def function_words() -> FunctionWords:
    """The function words (read once)."""
    where = f"{data_name('events', 'context.yaml')}: function_words"
    return from_mapping(FunctionWords, context_data().get("function_words"), where)
