"""Actor coding: actor-like mentions coded to name, country, PLOVER sector and Wikidata id.

The dictionary (countries from CLDR, capitals and seats of power, international
organisations, armed and political groups, Indonesian institutions, well-known people) and
the compositional tables (titles, role nouns, modifiers, peoples, organisation heads) are
data files: the dictionary in `actors/data/`, the Indonesian tables in `lang/id/actors/roles.yaml`.
`ActorCoder.find_entities` finds every mention; the event stage
calls `ActorCoder.code_phrase` on the subject/object phrases it finds.

Names no dictionary holds are coded by composition: a person after a title takes the title's
sector and the country named between them ("Menteri Pertahanan AS Mark Esper"); an
organisation takes the sector of its head word ("Universitas X" → EDU) and a trailing country;
an NER span the coder did not find keeps the NER label and the coding of a learnt alias,
else the country given as document default.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from ..lang import language_cache
from ..spans import Entity, Party
from ..times.lexicon import weekdays
from ..tokens import Token, tokenize, words
from .compose import Candidate, candidates_at, phrase_words, short_alias_inside
from .coref import aliases, appositive_offices, appositive_roles, coreferent, defined_subject, office_holders
from .lexicon import Code, lexicon, lookup_name

__all__ = ["ActorCoder"]


def _select(cands: Sequence[Candidate]) -> list[Candidate]:
    """Longest first, then by rank; no two overlap; in text order."""
    taken: list[Candidate] = []
    used: set[int] = set()
    for c in sorted(cands, key=lambda c: (-(c.end - c.start), c.rank, c.start)):
        if any(k in used for k in range(c.start, c.end)):
            continue
        taken.append(c)
        used.update(range(c.start, c.end))
    return sorted(taken, key=lambda c: c.start)


def _entity(text: str, toks: list[Token], cand: Candidate) -> Entity:
    start, end = toks[cand.start].start, toks[cand.end - 1].end
    c = cand.code
    return Entity(
        text=text[start:end],
        start=start,
        end=end,
        label=c.label,
        name=c.name,
        country=c.country,
        sector=c.sector,
        wikidata_id=c.wikidata_id,
    )


def _first_at(toks: list[Token], offset: int) -> int:
    lo, hi = 0, len(toks)
    while lo < hi:
        mid = (lo + hi) // 2
        if toks[mid].start < offset:
            lo = mid + 1
        else:
            hi = mid
    return lo


def _ner_candidate(toks: list[Token], ent: Entity, default_country: str | None) -> Candidate | None:
    """An NER span as a candidate: a dictionary name if it is one, else its label uncoded."""
    # tokens are in text order: find the span's first and last token by bisection, not a scan
    first = _first_at(toks, ent.start)
    last = first
    while last < len(toks) and toks[last].end <= ent.end:
        last += 1
    if last == first:
        return None
    if ent.label == "PER" and last - first == 1 and toks[first].lower in weekdays():
        return None  # "Komisi Eropa, Ahad, mengumumkan": a weekday the tagger took for a name
    hit = lookup_name(toks, first)
    if hit and hit[0] == last - first and not short_alias_inside(toks, first, hit[0], hit[1]):
        return Candidate(first, last, hit[1], 4)
    if ent.label in ("PER", "ORG"):  # "Penasihat Negara Aung San Suu Kyi": a known person ends the span
        for k in range(first + 1, last):
            tail = lookup_name(toks, k)
            if tail and tail[0] == last - k and tail[0] >= 2 and tail[1].label == "PER":
                return Candidate(first, last, tail[1], 4)
    name = ent.name or ent.text
    country = ent.country or _trailing_country(toks, first, last) if ent.label == "ORG" else ent.country
    country = country or (default_country if ent.label in ("PER", "ORG") else None)
    return Candidate(first, last, Code(name, country, ent.sector, ent.label, ent.wikidata_id), 5)


def _trailing_country(toks: list[Token], first: int, last: int) -> str | None:
    """The country an organisation's name ends with: "Badan intelijen Afghanistan" is Afghan,
    whatever the document's country."""
    for k in range(first + 1, last):
        tail = lookup_name(toks, k)
        if tail and tail[0] == last - k and tail[1].label == "GPE" and tail[1].country:
            return tail[1].country
    return None


def _with_head_sector(toks: list[Token], cand: Candidate, composed: Sequence[Candidate]) -> Candidate:
    """An uncoded NER span takes the sector of the longest mention the coder read at its start:
    "Koalisi Masyarakat Sipil Melawan Impunitas" of "Koalisi Masyarakat Sipil" (SOC), "BPBD DKI
    Jakarta" of "BPBD" (GOV), "Hakim Pengadilan Tipikor Sedang" of its title (JUD). A country
    name at its start gives none ("Indonesia Corruption Watch" is no government)."""
    if cand.code.sector is not None:
        return cand
    heads = [
        c for c in composed if c.start == cand.start and c.end <= cand.end and c.code.sector and c.code.label != "GPE"
    ]
    if not heads:
        return _unit_of_tail(toks, cand, composed)
    head = max(heads, key=lambda c: (c.end, -c.rank))
    return Candidate(cand.start, cand.end, replace(cand.code, sector=head.code.sector), cand.rank)


def _unit_of_tail(toks: list[Token], cand: Candidate, composed: Sequence[Candidate]) -> Candidate:
    """An uncoded organisation whose capitalised name ends with a known or composed organisation
    is a unit of it and takes its sector: "Direktorat Lalu Lintas Polda Metro Jaya" (COP), "Biro
    Hukum Kemendagri" (GOV): a name opening with a unit word (`unit_words`), not a decree ("TAP
    MPRS") nor one joining them by a lower-case word ("Koalisi … untuk Reformasi Polri")."""
    if cand.code.label != "ORG" or toks[cand.start].lower not in phrase_words().unit_words:
        return cand
    tails = [
        c for c in composed if cand.start < c.start and c.end == cand.end and c.code.label == "ORG" and c.code.sector
    ]
    for k in range(cand.start, cand.end):
        if not toks[k].capitalised:
            return cand
        tail = next((c for c in tails if c.start == k + 1), None)
        if tail is not None:
            code = replace(cand.code, sector=tail.code.sector, country=cand.code.country or tail.code.country)
            return Candidate(cand.start, cand.end, code, cand.rank)
    return cand


def _offices_read(text: str, toks: list[Token], chosen: list[Candidate]) -> list[Candidate]:
    """The chosen mentions with the persons named as an organisation's or an office's holders given its
    sector and country (`coref.appositive_offices`, `coref.office_holders`), and those named with a
    role given its sector (`coref.appositive_roles`)."""
    return appositive_roles(text, toks, office_holders(text, toks, appositive_offices(text, toks, chosen)))


def _crosses_cell(text: str, toks: list[Token], cand: Candidate) -> bool:
    """A mention never runs across a table cell, a line ("Pelaku | Jamaah Islamiyah") or into a
    parenthesis it does not close ("Milisi (KKB")."""
    inside = text[toks[cand.start].start : toks[cand.end - 1].end]
    return "|" in inside or "\n" in inside or inside.count("(") != inside.count(")")


class ActorCoder:
    """Finds and codes actors; one instance per process (`ActorCoder.load()`)."""

    @classmethod
    def load(cls) -> ActorCoder:
        return _coder()

    def _candidates(
        self, text: str, toks: list[Token], ner: Sequence[Entity], default_country: str | None
    ) -> list[Candidate]:
        cands: list[Candidate] = []
        for i in range(len(toks)):
            cands.extend(candidates_at(toks, i, default_country))  # most words start none: one test
        composed = [c for c in cands if not _crosses_cell(text, toks, c)]
        for ent in ner:
            cand = _ner_candidate(toks, ent, default_country)
            if cand is not None:
                cands.append(_with_head_sector(toks, cand, composed))
        cands = [c for c in cands if not _crosses_cell(text, toks, c)]
        first = _offices_read(text, toks, _select(cands))
        cands.extend(coreferent(toks, aliases(text, toks, first)))
        return defined_subject(text, toks, _offices_read(text, toks, _select(cands)))

    def find_entities(
        self,
        text: str,
        *,
        ner: Sequence[Entity] = (),
        default_country: str | None = None,
        tokens: Sequence[Token] | None = None,
    ) -> list[Entity]:
        """All actor-like mentions, coded, non-overlapping, in text order.

        `ner` spans (PER/ORG/…) are kept where no longer mention covers them; role-noun
        phrases with no country of their own ("polisi", "massa") get `default_country`.
        `tokens` are the text's tokens (the pipeline's Doc's); without them the text is tokenised.
        """
        toks = words(tokenize(text) if tokens is None else tokens)
        return [_entity(text, toks, c) for c in self._candidates(text, toks, ner, default_country)]

    def code_phrase(
        self, text: str, start: int, end: int, *, entities: Sequence[Entity] = (), default_country: str | None = None
    ) -> Party | None:
        """Code a noun phrase `text[start:end]` by its first actor-like mention.

        Entities already found inside the phrase are used as they are (their coding wins
        over a shorter mention at the same place); the head role noun and its modifiers are
        composed as in `find_entities`. The Party's span is that mention; None when the
        phrase holds nothing actor-like.
        """
        toks = words(tokenize(text[start:end]))
        if not toks:
            return None
        shifted = [t._replace(start=t.start + start, end=t.end + start) for t in toks]
        cands: list[Candidate] = []
        for i in range(len(shifted)):
            cands.extend(candidates_at(shifted, i, default_country))
        for ent in entities:
            if start <= ent.start and ent.end <= end:
                cand = _ner_candidate(shifted, ent, default_country)
                if cand is not None:
                    code = Code(ent.name, ent.country or default_country, ent.sector, ent.label, ent.wikidata_id)
                    cands.append(Candidate(cand.start, cand.end, code, -2))
        chosen = _select(cands)
        if not chosen:
            return None
        c = chosen[0]
        s, e = shifted[c.start].start, shifted[c.end - 1].end
        return Party(
            text=text[s:e],
            start=s,
            end=e,
            name=c.code.name,
            country=c.code.country or default_country,
            sector=c.code.sector,
            wikidata_id=c.code.wikidata_id,
        )


@language_cache
def _coder() -> ActorCoder:
    lexicon()
    return ActorCoder()


def reset() -> None:
    """Forget the compiled dictionary (after the user dictionaries in force changed)."""
    lexicon.cache_clear()
    _coder.cache_clear()
