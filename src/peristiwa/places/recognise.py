"""Toponym recognition: the longest gazetteer names among capitalised word sequences, with cue words.

`scan` returns `Mention`s (a span, the entries its name may refer to, the cue before it and
whether the context supports a place reading); `peristiwa.places.resolve` picks one entry.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from ..intervals import Covering
from ..lang import data_yaml, language_cache
from ..spans import Entity
from ..tokens import Token, tokenize, words
from .gazetteer import GazEntry, Gazetteer, name_key

__all__ = ["HYPHEN_PART", "NAME_HEAD", "WHOLE_ENTITY", "Cue", "Mention", "PlaceCues", "is_name_like", "lexicon", "scan"]

PLACE_LABELS = frozenset({"LOC", "GPE", "PLACE", "PLC"})
BLOCK_LABELS = frozenset({"PER", "PERSON", "PPL", "NORP"})
#: the note of a place name joined by hyphens to words that are no place names ("Soekarno-Hatta")
HYPHEN_PART = "hyphen-part"
#: the note of a name that a blocking entity covers exactly ("Sleman" tagged PER), not as a part
WHOLE_ENTITY = "whole-entity"
_SMALL_UNITS = frozenset({"village", "admin3"})


@dataclass(frozen=True, slots=True)
class Cue:
    """A word such as "Kabupaten" before a name: the features it allows."""

    features: tuple[str, ...]
    country: str | None
    name_kept: bool
    after: frozenset[str] = frozenset()  # the cue counts only after one of these words
    not_after: frozenset[str] = frozenset()  # ... and never right after one of these ("ibu kota")
    named_for: bool = False  # "Jalan Sudirman": the name honours a place or person, it does not locate


#: the cue of a landmark's kind word written with a capital before its name ("Gedung", "Istana")
NAME_HEAD = Cue(("landmark",), None, name_kept=True)


@dataclass(slots=True)
class Mention:
    """A place name found in the text, before disambiguation."""

    start: int
    end: int
    name_start: int  # where the name proper starts (after a cue word)
    entries: list[GazEntry]
    cue: Cue | None = None
    supported: bool = False  # a preposition, cue or LOC/GPE entity says it is a place
    entity: Entity | None = None
    notes: list[str] = field(default_factory=list)
    country_hint: str | None = None  # for names the gazetteer lacks: the country of their neighbours


@dataclass(frozen=True, slots=True)
class PlaceCues:
    """The words around place names, from `lang/id/places/lexicon.yaml`."""

    cues: dict[str, Cue]
    prepositions: frozenset[str]
    territory_heads: frozenset[str]  # "Polsek Pallangga": a body named by the district it serves
    town_markers: frozenset[str]
    resident_words: frozenset[str]  # "warga Sukamaju": the place the residents live in follows
    connectors: frozenset[str]
    articles: frozenset[str]
    stop_names: frozenset[str]
    name_heads: frozenset[str]  # "gedung", "istana": common words that start landmarks' names
    abbreviations: frozenset[str]
    language_words: frozenset[str] = frozenset()  # "bahasa Prancis": a language, not the country


@language_cache
def lexicon() -> PlaceCues:
    raw: dict[str, Any] = data_yaml("places", "lexicon.yaml")
    cues = {
        word: Cue(
            tuple(spec["features"]),
            spec.get("country"),
            bool(spec.get("name_kept", False)),
            frozenset(spec.get("after", ())),
            frozenset(spec.get("not_after", ())),
            bool(spec.get("named_for", False)),
        )
        for word, spec in raw["cues"].items()
    }
    return PlaceCues(
        cues=cues,
        prepositions=frozenset(raw["prepositions"]),
        territory_heads=frozenset(raw.get("territory_heads", ())),
        town_markers=frozenset(raw["town_markers"]),
        resident_words=frozenset(raw.get("resident_words", ())),
        connectors=frozenset(raw["connectors"]),
        articles=frozenset(raw["article_prefixes"]),
        stop_names=frozenset(name_key(w) for w in raw["stop_names"]),
        name_heads=frozenset(name_key(w) for w in raw["name_heads"]),
        abbreviations=frozenset(raw["abbreviations"]),
        language_words=frozenset(raw.get("language_words", ())),
    )


def _word(tok: Token, lex: PlaceCues) -> str:
    """A token's word for the cue tables: an abbreviation without its full stop ("Kab." → "kab")."""
    word = tok.lower
    if word.endswith(".") and word[:-1] in lex.abbreviations:
        return word[:-1]
    return word


def is_name_like(word: str, lex: PlaceCues) -> bool:
    """Capitalised ("Bagdad", "IRAK") or an Arabic article before a capital ("al-Qa'im")."""
    if word[0].isupper():
        return True
    head, _, rest = word.partition("-")
    return bool(rest) and head.lower() in lex.articles and rest[0].isupper()


def _joined(text: str, left: Token, right: Token) -> bool:
    """Only spaces between two words (no punctuation, no line break)."""
    gap = text[left.end : right.start]
    return gap.strip(" \t") == "" and len(gap) <= 3


def scan(
    text: str, *, gazetteer: Gazetteer, entities: Sequence[Entity] = (), tokens: Sequence[Token] | None = None
) -> list[Mention]:
    """Candidate place-name mentions of `text`, longest match first (see `filters` for the ones kept);
    `tokens` are the text's tokens (the pipeline's Doc's), else the text is tokenised here."""
    lex = lexicon()
    toks = words(tokenize(text) if tokens is None else tokens)
    out: list[Mention] = []
    kept = _kept_cues()
    i = 0
    while i < len(toks):
        if _plain(toks[i], kept):  # most words: no name starts there, and no hyphenated names
            i += 1
            continue
        found = _match_at(text, toks, i, gazetteer, lex)
        if found is None:
            out.extend(_hyphen_parts(toks[i], gazetteer, lex))
            i += 1
            continue
        j, entries = found
        mention = Mention(toks[i].start, toks[j - 1].end, toks[i].start, entries)
        cue = lex.cues.get(_word(toks[i], lex))
        if cue is not None and i > 0 and _word(toks[i - 1], lex) in cue.not_after:
            cue = None
        if cue is not None and j > i + 1:  # "Kabupaten Poso" is itself a gazetteer name
            mention.cue, mention.name_start, mention.supported = cue, toks[i + 1].start, True
        else:
            _attach_cue(text, toks, i, mention, lex)
        out.append(mention)
        i = j
    out.extend(_cue_only(text, toks, out, gazetteer, lex))
    _apply_entities(text, out, entities)
    out.sort(key=lambda m: m.start)
    return out


@language_cache
def _kept_cues() -> frozenset[str]:
    """The cues a landmark's name keeps before it ("Jalan", "Gedung"): `lexicon()`'s, once."""
    return frozenset(word for word, cue in lexicon().cues.items() if cue.name_kept)


def _plain(tok: Token, cues: frozenset[str] | dict[str, Cue]) -> bool:
    """A word in lower case, without a hyphen or a final full stop, that is none of `cues`: not
    name-like (`is_name_like`) and its own word for the cue tables (`_word`), so no name and no
    cue is read at it. A shortcut past the whole tests for most of a text's words."""
    text, word = tok.text, tok.lower
    return not text[0].isupper() and "-" not in text and not word.endswith(".") and word not in cues


def _hyphen_parts(tok: Token, gaz: Gazetteer, lex: PlaceCues) -> list[Mention]:
    """Names joined by a hyphen that the gazetteer has only apart: "batas Rusia-Ukraina",
    "perbatasan India-Pakistan", "jalur Jakarta-Bandung"."""
    if "-" not in tok.text:  # most tokens: one part
        return []
    parts = [(m.start(), m.group()) for m in re.finditer(r"[^-]+", tok.text)]
    if len(parts) < 2 or not all(is_name_like(part, lex) for _, part in parts):
        return []
    out = []
    for offset, part in parts:
        key = name_key(part)
        entries = gaz.by_key(key)
        if entries and key not in lex.stop_names and (len(part) > 3 or part.isupper()):
            start = tok.start + offset
            out.append(Mention(start, start + len(part), start, list(entries)))
    if len(out) < len(parts):  # "Soekarno-Hatta", "Alexander-Arnold": some part is no place
        for mention in out:
            mention.notes.append(HYPHEN_PART)
    return out


def _match_at(
    text: str, toks: list[Token], i: int, gaz: Gazetteer, lex: PlaceCues
) -> tuple[int, list[GazEntry]] | None:
    lead = None  # a cue word in lower case before a landmark's name: "di bandara Soekarno-Hatta"
    if not is_name_like(toks[i].text, lex):
        lead = lex.cues.get(_word(toks[i], lex))
        if lead is None or not lead.name_kept:
            return None
    last = i
    while last + 1 < len(toks) and last + 1 - i < gaz.max_tokens and _joined(text, toks[last], toks[last + 1]):
        nxt = toks[last + 1]
        if not (is_name_like(nxt.text, lex) or _word(nxt, lex) in lex.connectors):
            break
        last += 1
    for j in range(last + 1, i if lead is None else i + 1, -1):
        if not is_name_like(toks[j - 1].text, lex):
            continue
        surface = text[toks[i].start : toks[j - 1].end]
        key = name_key(surface)
        entries = gaz.by_key(key)
        if not entries or key in lex.stop_names:
            continue
        if lead is not None and not any(e.feature in lead.features for e in entries):
            continue  # "pasar Minggu" (a Sunday market), not the district Pasar Minggu
        if len(surface) <= 3 and not surface.isupper():
            continue  # "AS", "RI" only in capitals
        if j == i + 1 and _kind_before_name(text, toks, i, lex, entries):
            return None  # "Candi Borobudur", "Gedung Merah Putih": the kind of a landmark, not the village Candi
        return j, list(entries)
    return None


def _name_head(tok: Token, lex: PlaceCues) -> bool:
    """A landmark's kind word written with a capital ("Gedung", "Taman"), from `name_heads`."""
    return tok.text[:1].isupper() and name_key(tok.text) in lex.name_heads


def _kind_before_name(text: str, toks: list[Token], i: int, lex: PlaceCues, entries: Sequence[GazEntry]) -> bool:
    """Token `i` is a landmark's kind word (a cue whose name is kept, or a name head the gazetteer
    has only as villages or third-level units) right before a name."""
    cue = lex.cues.get(_word(toks[i], lex))
    head = _name_head(toks[i], lex) and all(e.feature in _SMALL_UNITS for e in entries)
    return (
        ((cue is not None and cue.name_kept) or head)
        and i + 1 < len(toks)
        and _joined(text, toks[i], toks[i + 1])
        and is_name_like(toks[i + 1].text, lex)
    )


def cue_at(toks: list[Token], i: int, lex: PlaceCues) -> Cue | None:
    """The cue word at token `i`, if its condition on the words before it holds."""
    cue = lex.cues.get(_word(toks[i], lex))
    if cue is None and _name_head(toks[i], lex):
        return NAME_HEAD  # "Gedung DPR", "Istana Laeken"
    if cue is not None and i > 0 and _word(toks[i - 1], lex) in cue.not_after:
        return None
    if cue is None or not cue.after:
        return cue
    before = {_word(t, lex) for t in toks[max(0, i - 3) : i]}
    return cue if before & cue.after else None


def _attach_cue(text: str, toks: list[Token], i: int, mention: Mention, lex: PlaceCues) -> None:
    """Look at the word before the mention: a cue ("Kabupaten") or a preposition ("di")."""
    if i == 0:
        return
    prev = toks[i - 1]
    if not _cue_gap(text, prev, toks[i], lex):
        return
    cue = cue_at(toks, i - 1, lex)
    countries = all(e.feature == "country" for e in mention.entries)
    if cue is not None and cue.name_kept and prev.text.islower() and countries:
        cue = None  # "ke pasar Indonesia", "jalan Indonesia": a country's market or way, not a landmark
    if cue is not None:
        mention.cue = cue
        mention.supported = True
        if cue.features:  # "bernama", "Pertempuran" are not part of the place's text
            mention.start = prev.start
        return
    word = _word(prev, lex)
    if word in lex.prepositions or word in lex.territory_heads:
        mention.supported = True


def _cue_gap(text: str, left: Token, right: Token, lex: PlaceCues) -> bool:
    """Only spaces between a cue and a name, or a full stop after an abbreviation ("Kab. Poso")."""
    gap = text[left.end : right.start]
    if _word(left, lex) in lex.abbreviations:
        return gap.strip(" \t.") == "" and gap.count(".") <= 1 and len(gap) <= 3
    return _joined(text, left, right)


def _cue_only(text: str, toks: list[Token], found: list[Mention], gaz: Gazetteer, lex: PlaceCues) -> list[Mention]:
    """Names the gazetteer lacks after a cue word: "Desa Sintuwulemba", "Stadion Kanjuruhan"."""
    taken = {m.start for m in found} | {m.name_start for m in found}
    out = []
    for i, tok in enumerate(toks[:-1]):
        if _plain(tok, lex.cues):  # no cue, and no name head (those are capitalised)
            continue
        cue = cue_at(toks, i, lex)
        nxt = toks[i + 1]
        if cue is None or nxt.start in taken or not _cue_gap(text, tok, nxt, lex):
            continue
        if not is_name_like(nxt.text, lex) or name_key(nxt.text) in lex.stop_names:
            continue
        j = i + 2
        while j < len(toks) and j - i <= 4 and _joined(text, toks[j - 1], toks[j]) and is_name_like(toks[j].text, lex):
            if _word(toks[j], lex) in lex.cues or gaz.has_key(name_key(toks[j].text)):
                break
            j += 1
        start = tok.start if cue.features else nxt.start
        mention = Mention(start, toks[j - 1].end, nxt.start, [], cue=cue, supported=True)
        if any(m.start < mention.end and mention.start < m.end for m in found):
            continue
        out.append(mention)
    return out


def _apply_entities(text: str, mentions: list[Mention], entities: Sequence[Entity]) -> None:
    covering = Covering(entities)
    for mention in mentions:
        for ent in covering.over(mention.name_start, mention.end):
            if ent.label in PLACE_LABELS:
                mention.supported = True
                mention.entity = ent
            elif ent.label in BLOCK_LABELS and not _named_as_place(text, mention, ent):
                mention.notes.append("inside-" + ent.label)
                if (ent.start, ent.end) == (mention.name_start, mention.end):
                    mention.notes.append(WHOLE_ENTITY)  # the tagger took the name alone for a person's


def _named_as_place(text: str, mention: Mention, ent: Entity) -> bool:
    """A name the tagger took for a person's that its context names as a place; never a known
    person's (coded by the actor dictionary) after a building's kind word ("di gereja Obama": the
    person's church, not the Japanese town; "pelabuhan Poti" stays the Georgian port)."""
    if mention.cue is not None and set(mention.cue.features) <= {"landmark"} and ent.country is not None:
        return False
    return _town_after_di(text, mention, ent) or _city_listed(text, mention, ent)


def _town_after_di(text: str, mention: Mention, ent: Entity) -> bool:
    """ "pecah di Tual", "pukul 11.30 waktu Sanaa": a one-word town after "di", "ke" or "waktu" that
    the tagger took for a person's name."""
    before = text[max(0, mention.start - 7) : mention.start].split()
    return (
        ent.label == "PER"
        and (ent.start, ent.end) == (mention.name_start, mention.end)
        and bool(before)
        and before[-1].lower() in lexicon().town_markers
        and any(e.feature in ("admin2", "city") for e in mention.entries)
    )


#: a city this large, or a capital, named alone is rarely a person's name
_BIG_CITY = 1_000_000


def _city_listed(text: str, mention: Mention, ent: Entity) -> bool:
    """ "di Tel Aviv dan Yerusalem", "di wilayah Beograd", "Pertempuran Wuhan": a capital or a city of a
    million people, alone after a preposition, a cue word or a list's joiner, that the tagger took for a
    person's name."""
    before = text[max(0, mention.start - 12) : mention.start]
    words = before.split()
    lex = lexicon()
    joiners = lex.town_markers | lex.prepositions | lex.connectors
    after_word = bool(words) and (words[-1].lower() in joiners or words[-1].lower() in lex.cues)
    return (
        ent.label == "PER"
        and (ent.start, ent.end) == (mention.name_start, mention.end)
        and (after_word or before.rstrip(" ").endswith(","))
        and any(e.feature == "city" and ("capital" in e.flags or e.population >= _BIG_CITY) for e in mention.entries)
    )
