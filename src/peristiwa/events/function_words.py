"""The function words of the clause and argument tests (`function_words` in `data/context.yaml`)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from ..errors import ResourceError
from .lexicon import context_data


@dataclass(frozen=True, slots=True)
class FunctionWords:
    """Conjunctions, prepositions and markers the argument finder reads word order by (each one
    described in `data/context.yaml`)."""

    relative: str
    complementizer: str
    agent: str
    conjunctions: frozenset[str]
    place_joiners: frozenset[str]
    side_joiners: frozenset[str]
    subject_joiners: frozenset[str]
    between: str
    among: str
    place_preps: frozenset[str]
    from_place: str
    towards: str
    direction: str
    plural: str


@cache
def function_words() -> FunctionWords:
    """The function words (read once)."""
    raw: Any = context_data().get("function_words")
    if not isinstance(raw, dict):
        raise ResourceError("events/data/context.yaml", "function_words: expected a mapping")
    try:
        return FunctionWords(
            relative=str(raw["relative"]),
            complementizer=str(raw["complementizer"]),
            agent=str(raw["agent"]),
            conjunctions=frozenset(str(w) for w in raw["conjunctions"]),
            place_joiners=frozenset(str(w) for w in raw["place_joiners"]),
            side_joiners=frozenset(str(w) for w in raw["side_joiners"]),
            subject_joiners=frozenset(str(w) for w in raw["subject_joiners"]),
            between=str(raw["between"]),
            among=str(raw["among"]),
            place_preps=frozenset(str(w) for w in raw["place_preps"]),
            from_place=str(raw["from_place"]),
            towards=str(raw["towards"]),
            direction=str(raw["direction"]),
            plural=str(raw["plural"]),
        )
    except KeyError as err:
        raise ResourceError("events/data/context.yaml", f"function_words: missing {err}") from err
