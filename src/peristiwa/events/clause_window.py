"""The words of a trigger's clause on either side of it, up to a clause break (`clause_breaks` in
`lang/id/events/context.yaml`): where negation, modality and the agents of an act are read."""

from __future__ import annotations

from ..tokens import Token
from .lexicon import context_data

__all__ = ["clause_ahead", "clause_back"]


def clause_back(tokens: list[Token], index: int, limit: int) -> list[Token]:
    """Up to `limit` tokens before `index`, nearest first, stopping at a clause break."""
    breaks = set(context_data()["clause_breaks"])
    out: list[Token] = []
    for tok in reversed(tokens[max(0, index - limit) : index]):
        if tok.lower in breaks:
            break
        out.append(tok)
    return out


def clause_ahead(tokens: list[Token], index: int, limit: int) -> list[Token]:
    """Up to `limit` tokens from `index` on, stopping at a clause break or the sentence's end."""
    breaks = {*context_data()["clause_breaks"], ".", "!", "?"}
    out: list[Token] = []
    for tok in tokens[index : index + limit]:
        if tok.lower in breaks:
            break
        out.append(tok)
    return out
