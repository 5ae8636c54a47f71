"""A bare "penyidik" is of the investigating body the text names.

"Penyidik menyita uang tunai …" in a report on the Attorney General's Office is that office's
investigator (JUD), in one on a regional police command the police's (COP): the role noun alone
(`bare_investigators`, language data) takes the sector of the last investigating body (an
organisation of a sector in policy `investigating_sectors`) named before it in the text, and keeps
its own when there is none.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import replace

from ..spans import Entity, Party
from .lexicon import context_data


class Investigators:
    """The investigating bodies of one document, in order."""

    def __init__(self, entities: Sequence[Entity]) -> None:
        sectors = set(context_data()["investigating_sectors"])
        self.bodies = sorted((e for e in entities if e.label == "ORG" and e.sector in sectors), key=lambda e: e.start)
        self.starts = [e.start for e in self.bodies]
        self.words = frozenset(str(w) for w in context_data()["bare_investigators"])

    def coded(self, party: Party) -> Party:
        """`party` with the sector of the body it investigates for, when it is a bare investigator."""
        if party.text.lower() not in self.words:
            return party
        k = bisect_left(self.starts, party.start)
        if k == 0:
            return party
        return replace(party, sector=self.bodies[k - 1].sector)
