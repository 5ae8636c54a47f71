"""Which candidate mentions are places: person names, common words and parts of longer names are not.

A name inside a PER entity is never a place. Gazetteer names that are also ordinary words
("Batu besar …") or given names ("Hassan mengatakan …") need support: a cue word, a preposition
("di", "ke", "dari") or a LOC/GPE entity. A one-word name next to an unknown capitalised word is
part of a longer name ("Israel Katz", "Lembah Baliem", "Mariah Carey"), and so are its other
mentions in the same document.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..tokens import Token, tokenize, words
from .admin import names_regency
from .gazetteer import Gazetteer, common_words, name_key, person_words
from .recognise import WHOLE_ENTITY, Mention, PlaceCues
from .resolve import HOME_COUNTRY

__all__ = ["headline_word", "keep_places", "names_language"]

CURATED_PREFIXES = ("x:", "cc:")


def _curated(m: Mention) -> bool:
    """Countries, provinces and hand-made entries: names that are rarely anything else."""
    return any(e.id.startswith(CURATED_PREFIXES) or e.feature == "admin1" for e in m.entries)


def _unknown_capitalised(word: str, gaz: Gazetteer, lex: PlaceCues, *, skip_common: bool) -> bool:
    lower = word.lower()
    if not word[0].isupper() or word.isupper() or lower in lex.cues or lower in lex.prepositions:
        return False
    if lower in lex.territory_heads:
        return False
    key = name_key(word)
    if gaz.has_key(key) or key in lex.stop_names:
        return False
    return not (skip_common and key in common_words())


@dataclass(frozen=True, slots=True)
class _Words:
    """The text's word tokens by where they start and where they end."""

    text: str
    by_start: dict[int, Token]
    by_end: dict[int, Token]

    @classmethod
    def of(cls, text: str, tokens: Sequence[Token]) -> _Words:
        toks = words(tokens)
        return cls(text, {t.start: t for t in toks}, {t.end: t for t in toks})

    def next_word(self, end: int) -> str | None:
        """The word one space after `end`."""
        nxt = self.by_start.get(end + 1)
        return nxt.text if nxt is not None and self.text[end : end + 1] == " " else None

    def prev_word(self, start: int) -> str | None:
        """The word one space before `start`, unless it starts a sentence."""
        prev = self.by_end.get(start - 1)
        if start < 2 or self.text[start - 1] != " " or prev is None:
            return None
        before = self.text[max(0, start - 40) : prev.start].rstrip(" ")
        if not before or before[-1] in '.!?\n:"“(':
            return None  # sentence-initial words are capitalised anyway
        return prev.text


def _in_longer_name(ws: _Words, m: Mention, gaz: Gazetteer, lex: PlaceCues) -> bool:
    """A one-word name next to a capitalised word the gazetteer does not know."""
    if " " in ws.text[m.name_start : m.end] or m.cue is not None:
        return False
    nxt = ws.next_word(m.end)
    if nxt is not None and _unknown_capitalised(nxt, gaz, lex, skip_common=False):
        return True
    prev = ws.prev_word(m.start)
    return prev is not None and _unknown_capitalised(prev, gaz, lex, skip_common=True)


_WORD_BEFORE = re.compile(r"(\w+) $")


def names_language(text: str, start: int, lex: PlaceCues) -> bool:
    """The name at `start` follows a word for a language ("bahasa Prancis", "Bahasa Inggris",
    "berbahasa Arab"): it names the language, not the country."""
    before = _WORD_BEFORE.search(text, max(0, start - 30), start)
    return before is not None and before.group(1).lower() in lex.language_words


def common_word_entity(text: str, start: int, end: int, lex: PlaceCues) -> bool:
    """A LOC/GPE entity of one ordinary word that the gazetteer lacks and no preposition places
    ("Undang-Undang Darurat", "Terhadap kasus itu, …", "Melansir dari …"): the tagger took a
    capitalised word for a name; it is no place. "di Istana", "ke Jalan" stay places."""
    word = text[start:end]
    if len(word.split()) != 1 or name_key(word) not in common_words():
        return False
    before = _WORD_BEFORE.search(text, max(0, start - 30), start)
    return before is None or before.group(1).lower() not in lex.prepositions


def headline_word(text: str, offset: int, key: str) -> bool:
    """Ordinary words ("gurun", "pasar", "batu") capitalised in a title-case line (a headline),
    where neither the capital nor a cue word before them (nor the NER's tag) tells a name."""
    if not all(w in common_words() for w in key.split()):
        return False
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    line = text[start : len(text) if end < 0 else end].rstrip().split()
    if not line or line[-1][-1:] in '.!?"”':
        return False  # a sentence, not a headline
    long_words = [w for w in line if w[:1].isalpha() and len(w) > 3]
    if len(long_words) < 4 or sum(w[0].isupper() for w in long_words) < 0.8 * len(long_words):
        return False
    # the body names it with a capital too ("… di Solo" over "Kota Solo"): a name after all, unless
    # as the first word of a longer name ("Gurun Taniem" under "… Meninggal di Gurun")
    name = text[offset : offset + len(key)]
    rest = text[:start] + " " + text[len(text) if end < 0 else end :]
    for found in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", rest):
        after = rest[found.end() : found.end() + 2]
        if after[:1] == " " and after[1:].isupper():
            continue
        before = rest[: found.start()].rstrip()
        if before and before[-1] not in ".!?\"“”'\n":  # not a sentence's first word either
            return False
    return True


#: the Indonesian units an address names after a street: village, district, town, regency
_ADDRESS_UNITS = frozenset({"village", "admin3", "city", "admin2"})
#: what may follow the last unit of an address
_ADDRESS_END = frozenset(",.;)\n")


def _comma_between(text: str, left: Mention, right: Mention) -> bool:
    return left.end <= right.start and text[left.end : right.start].strip() == ","


def _holds(text: str, wide: Mention, small: Mention) -> bool:
    """Whether the name of `wide` is a unit some Indonesian entry of `small` lies in ("Ulujami" in
    "Pesanggrahan", "Bojongsari" in "Kota Depok")."""
    name = text[wide.name_start : wide.end]
    key = name_key(name)
    return any(
        e.country == HOME_COUNTRY and (name_key(p) == key or names_regency(name, p))
        for e in small.entries
        if e.feature in _ADDRESS_UNITS
        for p in e.parents
    )


def _in_address(text: str, mentions: Sequence[Mention], k: int) -> bool:
    """Mention `k` is a unit of an address: followed after a comma by a unit holding it ("Jalan
    Kenanga, Grogol Utara, Kebayoran Lama"), or the last name after a street's ("Jalan Kaliurang,
    Sleman."), where no cue, preposition or tag says it is a place and the NER may take it for a
    person's name."""
    m = mentions[k]
    if k + 1 < len(mentions) and _comma_between(text, m, mentions[k + 1]) and _holds(text, mentions[k + 1], m):
        return True
    if k == 0 or not _comma_between(text, mentions[k - 1], m):
        return False
    street = mentions[k - 1].cue
    ends = text[m.end : m.end + 1] in _ADDRESS_END or m.end == len(text)
    home = any(e.country == HOME_COUNTRY and e.feature in _ADDRESS_UNITS for e in m.entries)
    return street is not None and street.name_kept and "landmark" in street.features and ends and home


def keep_places(
    text: str,
    mentions: list[Mention],
    *,
    gazetteer: Gazetteer,
    lex: PlaceCues,
    tokens: Sequence[Token] | None = None,
) -> list[Mention]:
    """The mentions that are places, in the same order; `tokens` are the text's tokens (else the
    text is tokenised here)."""
    ws = _Words.of(text, tokenize(text) if tokens is None else tokens)
    for k, m in enumerate(mentions):
        if _in_address(text, mentions, k):
            m.supported = True  # "… RT 08/RW 02 Ulujami, Pesanggrahan": an address names places
            if WHOLE_ENTITY in m.notes:  # not a place inside a person's phrase ("Sekda Kabupaten Bintan")
                m.notes = [n for n in m.notes if n != "inside-PER"]
    name_parts = {
        name_key(text[m.name_start : m.end])
        for m in mentions
        if not _curated(m) and _in_longer_name(ws, m, gazetteer, lex)
    }
    return [m for m in mentions if _keep(ws, m, gazetteer, lex, name_parts)]


def _keep(ws: _Words, m: Mention, gaz: Gazetteer, lex: PlaceCues, name_parts: set[str]) -> bool:
    text = ws.text
    if any(n.startswith("inside-") for n in m.notes):
        return False
    key = name_key(text[m.name_start : m.end])
    if not _curated(m) and headline_word(text, m.start, key):
        return False  # "… Meninggal di Gurun, …"; countries, provinces and hand-made entries still count
    if m.cue is not None or (m.entity is not None and m.entity.end <= m.end):
        return True
    if _curated(m):
        return m.supported or m.entity is not None or not _in_longer_name(ws, m, gaz, lex)
    if _in_longer_name(ws, m, gaz, lex):
        return False
    if m.entity is not None:
        return True
    if not m.supported and key in name_parts:
        return False  # "Carey" after "Mariah Carey"
    if not m.supported and (all(w in common_words() for w in key.split()) or key in person_words()):
        return False  # "Batu besar …", "Hassan mengatakan …"
    return m.supported or any(e.feature not in ("village", "admin3") for e in m.entries)
