"""Two mentions of one type in one sentence that the wording itself tells apart as two acts.

A sentence may list acts of one kind, each counted on its own: "sedikitnya sepuluh serangan rudal dan
satu serangan darat" is two attacks, whatever their shared actor, target and day. The coreference
rules (`events.merge`) keep such mentions as two events.
"""

from __future__ import annotations

from ..quantities.numbers import lexicon as number_words
from ..tokens import Token
from .detect import Mention
from .function_words import function_words

__all__ = ["counted_apart"]

#: the voices of a nominal trigger ("serangan", "bom"), the ones a count can stand before
_NOMINAL = ("noun", "base", "phrase")


def _is_count(token: Token) -> bool:
    """A number: digits ("10", "1.000") or a number word ("satu", "sebuah", "puluhan", the last word of
    "dua puluh" or "tiga ribu")."""
    word = token.lower
    if word.replace(".", "").replace(",", "").isdigit():
        return True
    numbers = number_words()
    return (
        word in numbers.units
        or word in numbers.values
        or word in numbers.vague
        or word in numbers.classified
        or word in numbers.se_scales
        or word in numbers.scales
        or word in (numbers.belas, numbers.puluh, numbers.ratus)
    )


def _counted(mention: Mention) -> bool:
    """A nominal trigger with a count right before it ("10 serangan", "satu serangan", "sebuah bom")."""
    return mention.spec.voice in _NOMINAL and mention.index > 0 and _is_count(mention.tokens[mention.index - 1])


def counted_apart(earlier: list[Mention], mention: Mention) -> bool:
    """`mention` and one of the `earlier` mentions of its sentence are nominal triggers each counted
    on its own, the later one's count opening a list's next item ("10 serangan rudal dan satu serangan
    komando"): two acts."""
    if not _counted(mention):
        return False
    joiners = function_words().party_joiners
    for m in earlier:
        if m.sentence is not mention.sentence or m.index == mention.index or not _counted(m):
            continue
        second = mention if m.index < mention.index else m
        if _listed(second, joiners):
            return True
    return False


def _listed(mention: Mention, joiners: frozenset[str]) -> bool:
    """The count before the trigger follows a list's joiner ("…, dan satu serangan", "serta dua ledakan")."""
    k = mention.index - 1
    while k >= 0 and _is_count(mention.tokens[k]):
        k -= 1
    return k >= 0 and mention.tokens[k].lower in joiners
