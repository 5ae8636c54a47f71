"""A working visit inside one's own country ("kunjungan kerja ke Sumatera", "kunjungan kerjanya di
Pontianak"): routine administration (D5, D18), no event; one to another state stays a visit."""

from __future__ import annotations

from ..lang import language_cache
from .lexicon import context_data
from .merge import Draft


@language_cache
def working_words() -> frozenset[str]:
    """The words right after a visit's noun that make it a working visit (data: `working_visit_words`)."""
    return frozenset(str(w).lower() for w in context_data()["working_visit_words"])


def domestic_working_visit(draft: Draft) -> bool:
    """Whether every mention of `draft` is a working visit, its parties of one country at most and
    the places it names all in that country (one of them coded there): a tour at home."""
    words = working_words()
    if not all(
        "visit" in m.mode and m.last + 1 < len(m.tokens) and m.tokens[m.last + 1].lower in words for m in draft.mentions
    ):
        return False
    parties = {p.country for p in [*draft.actor, *draft.recipient] if p.country}
    own = parties or ({draft.home} if draft.home else set())
    if len(own) != 1:
        return False
    places = {p.country for p in draft.locations if p.country}
    return places == own
