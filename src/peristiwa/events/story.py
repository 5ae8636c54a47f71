"""A sentence that tells a story world, not the world: it opens on the work or legend whose content
it tells ("Dalam film itu, …", "Menurut legenda, …", "Dikisahkan, …"), or it names two figures of
an epic or a myth ("Arjuna membunuh Bisma", "Bellerofon menangkap Pegasus"). Its acts are a plot's,
no events (D60); a named historical event it uses as a time stays one (`detect._named_event`)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..lang import language_cache
from ..tokens import Token
from .lexicon import context_data


def _words(tokens: Sequence[Token]) -> list[Token]:
    """The sentence's words, without its punctuation (an opening quote, a comma after the cue)."""
    return [t for t in tokens if any(c.isalnum() for c in t.text)]


def _starts_with(words: list[str], phrase: str, at: int = 0, enclitics: Sequence[str] = ()) -> int | None:
    """Where `phrase` ends when the words from `at` start with it (its last word may carry one of
    the `enclitics`: "novelnya")."""
    parts = phrase.split()
    if len(words) < at + len(parts):
        return None
    for k, part in enumerate(parts):
        word = words[at + k]
        if word != part and not (k == len(parts) - 1 and any(word == part + e for e in enclitics)):
            return None
    return at + len(parts)


def _opens_on_story(words: list[str], rules: dict[str, Any]) -> bool:
    """The sentence opens on a story cue: "Dikisahkan", "Menurut legenda", or a preposition and a
    kind of work ("Dalam film itu", "Di dalam novel", "Pada episode ini"), save a documentary's."""
    if any(_starts_with(words, phrase) is not None for phrase in rules["openers"]):
        return True
    for prep in rules["preps"]:
        at = _starts_with(words, prep)
        if at is None:
            continue
        for work in rules["works"]:
            end = _starts_with(words, work, at, rules["enclitics"])
            if end is not None and (end >= len(words) or words[end] not in rules["real_works"]):
                return True
    return False


@language_cache
def _figures() -> frozenset[str]:
    """The figures of epics and myths (data: `story_sentence.figures`)."""
    return frozenset(context_data()["story_sentence"]["figures"])


def _epic_figures(tokens: Sequence[Token], rules: dict[str, Any]) -> bool:
    """At least `figures_min` distinct capitalised figures of an epic or a myth in the sentence."""
    figures = _figures()
    named = {t.lower for t in tokens if t.text[:1].isupper() and t.lower in figures}
    return len(named) >= int(rules["figures_min"])


def tells_story(tokens: Sequence[Token]) -> bool:
    """Whether the sentence's acts belong to a story world (a work's plot, a myth, a legend)."""
    rules: dict[str, Any] = context_data()["story_sentence"]
    words = [t.lower for t in _words(tokens)]
    return bool(words) and (_opens_on_story(words, rules) or _epic_figures(tokens, rules))
