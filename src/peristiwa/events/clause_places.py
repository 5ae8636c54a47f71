"""The clause of a sentence an act is told in, and the places that clause names.

A sentence may join two clauses that each tell an act and its own place: "Polisi menangkap dua orang
di Medan, sedangkan tentara menangkap tiga orang di Makassar" or "… di Medan dan tentara menangkap tiga
orang di Makassar". Each act happened where its own clause says, and two such acts of one type are two
events. A clause ends at a strong break ("sedangkan", "sementara", ";") or at a conjunction ("dan",
"serta") that a new subject and its verb follow; "di Medan dan Binjai" (one act, two places) and "Di
Medan, polisi menggerebek … dan menangkap …" (a place told once for two verbs) are one clause.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..spans import Place, Span
from ..tokens import Token
from .clauses import located_place, opens_clause, strong_breaks
from .detect import Mention
from .function_words import function_words

__all__ = ["own_clause", "placed_apart"]


def _breaks(tokens: list[Token], subjects: Sequence[Span]) -> list[int]:
    """Offsets where a clause of the sentence ends: a strong break, or a conjunction right before a
    subject that a verb follows ("dan tentara menangkap")."""
    strong, joiners = strong_breaks(), function_words().conjunctions
    out: list[int] = []
    for k, tok in enumerate(tokens):
        if tok.lower in strong:
            out.append(tok.start)
        elif tok.lower in joiners and k + 1 < len(tokens):
            after = tokens[k + 1].start
            if any(s.start == after and opens_clause(tokens, s.end) for s in subjects):
                out.append(tok.start)
    return out


def own_clause(mention: Mention, subjects: Sequence[Span]) -> tuple[int, int]:
    """The offsets of the clause the mention's trigger stands in (its whole sentence without a break)."""
    s = mention.sentence
    lo, hi = s.start, s.end
    for at in _breaks(mention.tokens, subjects):
        if at < mention.trigger.start:
            lo = max(lo, at)
        elif at >= mention.trigger.end:
            hi = min(hi, at)
    return lo, hi


def _inside(place: Place, clause: tuple[int, int]) -> bool:
    return clause[0] <= place.start and place.end <= clause[1]


def _contains(outer: Place, inner: Place) -> bool:
    """`outer` is a larger unit holding `inner` (a country, or an Indonesian province or regency)."""
    if outer.feature == "country":
        return outer.country is not None and outer.country == inner.country
    codes = {"admin1": outer.admin1_code, "admin2": outer.admin2_code}
    code = codes.get(outer.feature or "")
    return code is not None and (inner.admin1_code == code or inner.admin2_code == code)


def _apart(ours: list[Place], theirs: list[Place]) -> bool:
    """Two sets of places naming no place in common and none holding another."""
    names = {(p.name or p.text).casefold() for p in ours}
    if names & {(p.name or p.text).casefold() for p in theirs}:
        return False
    return not any(_contains(a, b) or _contains(b, a) for a in ours for b in theirs)


def placed_apart(
    earlier: list[Mention],
    earlier_places: list[Place],
    mention: Mention,
    places: list[Place],
    subjects: Sequence[Span],
) -> bool:
    """`mention` and one of the `earlier` mentions of its sentence stand in two clauses, each of which
    names its own places after a locative ("di Makassar"; among the drafts' `earlier_places` and
    `places`), and the two name different places: two acts (`subjects`: the parties that may open a
    clause). A name the gazetteer took for a place without a locative (a person in a list) sets
    nothing apart."""
    same = [m for m in earlier if m.sentence is mention.sentence and m.index != mention.index]
    if not same:
        return False
    theirs = own_clause(mention, subjects)
    other = [p for p in places if _inside(p, theirs) and located_place(p, mention.tokens)]
    if not other:
        return False
    for m in same:
        ours = own_clause(m, subjects)
        if ours == theirs:
            continue
        mine = [p for p in earlier_places if _inside(p, ours) and located_place(p, m.tokens)]
        if mine and _apart(mine, other):
            return True
    return False
