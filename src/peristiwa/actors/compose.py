"""Candidate actor mentions at each token: dictionary names and composed phrases.

Four kinds of phrase are built from the tables in `lang/id/actors/roles.yaml`:

* person phrases — TITLE [title words] [place] [COUNTRY|ORG] ["untuk" COUNTRY] [RANK] [Name]:
  "Menteri Pertahanan AS Mark Esper" → PER Mark Esper, USA, GOV (sector of the first title,
  country of the modifier or the title's own, e.g. Kapolda → IDN); an office-holder's title that
  takes its organisation's sector may name a division before it ("Direktur Penyidikan KPK Budi …"
  → JUD);
* group phrases — ROLE [modifiers] [COUNTRY|ORG|PEOPLE]: "milisi Syiah Irak" → NORP IRQ PRM;
  with an ORG modifier the organisation's own coding wins ("pasukan Hizbullah" → LBN REB);
* organisation names — HEAD Capitalised…: "Universitas Trisakti" → ORG EDU, "Polda Jawa
  Timur" → ORG IDN COP; a country at the end of the name gives its country; a unit head
  ("Komisi", "Badan") takes the sector of the organisation named in it and ends with it
  ("Komisi III DPR" → LEG), so that a title before it codes the person after it ("Anggota
  Komisi X DPR Ahmad …" → PER LEG);
* peoples — "Syiah", "Tionghoa", "Aborigin" → NORP with the group's sector.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ..lang import data_yaml, language_cache
from ..places.policy import place_policy
from ..tokens import Token
from .lexicon import ActorDictionary, Code, lexicon, lookup_name
from .office_place import home_land, office_place_country

MAX_NAME = 4
MAX_DIVISION = 3  # capitalised words naming a division between a title and its organisation
_NAME_PARTICLES = frozenset({"bin", "binti", "al", "el", "van", "von", "de", "der", "da", "ibn", "abu"})
_PREFIXED = re.compile(r"(?:al|el|ad|an|ar|as|asy|at|az|ash)-[A-Z]\w*")
_ARMED = frozenset({"REB", "PRM", "UAF", "CRM"})  # an organisation's sector that beats a GOV/MIL title


@dataclass(frozen=True, slots=True)
class PhraseWords:
    """The function words of person phrases (`lang/id/actors/roles.yaml`)."""

    title_conjunctions: frozenset[str]  # "Menteri Pertahanan dan Keamanan"
    country_links: frozenset[str]  # "Utusan Khusus PBB untuk Suriah"
    initials_cues: frozenset[str]  # "berinisial AS": a person's initials follow
    initials_sector: str  # a person named by initials is a private one
    definition_copulas: frozenset[str]  # "X adalah raja …": an article defining its subject
    definition_articles: frozenset[str]  # "merupakan seorang pangeran"
    unit_words: frozenset[str]  # "Direktorat …", "Biro …": a unit of the organisation named after it
    appositive_links: frozenset[str]  # "Budi, warga asal Bogor, …": words inside a closed appositive
    naming_words: tuple[str, ...]  # "pedagang bernama Yati": a role noun names the person after it
    acronym_honorifics: frozenset[str]  # "Pak JK": a person's short alias of capitals may follow one


@language_cache
def phrase_words() -> PhraseWords:
    roles = data_yaml("actors", "roles.yaml")
    return PhraseWords(
        frozenset(roles["title_conjunctions"]),
        frozenset(roles["country_links"]),
        frozenset(roles["initials_cues"]),
        str(roles["initials_sector"]),
        frozenset(roles["definition_copulas"]),
        frozenset(roles["definition_articles"]),
        frozenset(roles["unit_words"]),
        frozenset(roles["appositive_links"]),
        tuple(roles["naming_words"]),
        frozenset(roles["acronym_honorifics"]),
    )


@dataclass(frozen=True, slots=True)
class Candidate:
    start: int  # token index
    end: int  # token index, exclusive
    code: Code
    rank: int  # lower wins among candidates of the same length
    role: bool = False  # a composed role/title phrase, not a name


def _is_title(lex: ActorDictionary, toks: list[Token], j: int) -> tuple[int, dict[str, Any]] | None:
    hit = lex.titles.longest(toks, j)
    return (hit[0], hit[1][0]) if hit else None


def skip_title_words(lex: ActorDictionary, toks: list[Token], j: int) -> int:
    """The end of a title's words from `j` ("Ketua Umum"), less a trailing conjunction."""
    start = j
    while j < len(toks) and toks[j].lower in lex.title_words:
        j += 1
    while j > start and toks[j - 1].lower in phrase_words().title_conjunctions:
        j -= 1
    return j


def _name_at(toks: list[Token], j: int, *, allow_known: bool) -> tuple[int, Code | None]:
    """Capitalised personal-name tokens at `j`: (count, dictionary code if it is a known person)."""
    lex = lexicon()
    known = lookup_name(toks, j)
    if known and known[1].label == "PER":
        return known[0], known[1]
    n = 0
    while j + n < len(toks) and n < MAX_NAME:
        tok = toks[j + n]
        if n and toks[j + n - 1].end != tok.start and toks[j + n - 1].end + 1 != tok.start:
            break  # punctuation between
        if tok.lower in _NAME_PARTICLES and n:
            n += 1
            continue
        if n and _PREFIXED.fullmatch(tok.text):
            n += 1  # "Bashar al-Assad"
            continue
        if not tok.capitalised or _is_title(lex, toks, j + n) or lex.roles.longest(toks, j + n):
            break
        hit = lookup_name(toks, j + n)
        if hit and not (allow_known and n == 0) and not (n and hit[1].label == "PER" and hit[0] == 1):
            break  # a known one-word person name continues a name ("Listyo Sigit Prabowo")
        n += 1
    while n and toks[j + n - 1].lower in _NAME_PARTICLES:
        n -= 1
    return n, None


@dataclass(slots=True)
class _Reading:
    """A person phrase as far as it has been read: the next token, and what the words said so far."""

    j: int
    sector: str | None
    country: str | None
    place: bool  # the title takes a place ("Gubernur Jawa Timur") not yet read
    modified: bool = False
    unit: bool = False  # an officer of the organisation named after the title takes its sector


def person_phrase(toks: list[Token], i: int, default_country: str | None) -> Candidate | None:
    lex = lexicon()
    first = _is_title(lex, toks, i)
    if first is None:
        return None
    title = first[1]
    end = skip_title_words(lex, toks, i + first[0])
    sector = title.get("sector")
    if sector in (None, "inherit"):
        sector = _branch_sector(lex, toks, i + first[0], end) or sector
    reading = _Reading(
        end,
        sector,
        title.get("country"),
        title.get("complement") == "place",
        unit=bool(title.get("unit")),
    )
    while reading.j < len(toks) and _read_modifier(lex, toks, reading):
        pass
    return _person(toks, i, first, reading, default_country)


def _branch_sector(lex: ActorDictionary, toks: list[Token], j: int, end: int) -> str | None:
    """The sector of a branch of the state read among a title's words, before `end`: "juru bicara
    angkatan laut India" speaks for the navy (MIL), not for India's government."""
    hit = lex.roles.longest(toks, j) if j < end else None
    if hit is None or j + hit[0] > end:
        return None
    sector = hit[1][0].get("sector")
    return str(sector) if sector else None


def _read_modifier(lex: ActorDictionary, toks: list[Token], reading: _Reading) -> bool:
    """Read the title's modifier at `reading.j` (its place, a sector word, a country or organisation,
    an office, a chained title); False when the token is none."""
    j, tok = reading.j, toks[reading.j]
    if reading.place:
        region = lex.regions.longest(toks, j)
        if region or (tok.capitalised and not lookup_name(toks, j) and not _is_title(lex, toks, j)):
            reading.j += region[0] if region else 1
            reading.place, reading.modified = False, True
            if region is None and reading.country is None:
                reading.country = office_place_country(tok.text)  # "Gubernur Istanbul": Turkey's
            return True
    mod = lex.modifiers.get(tok.lower)
    if mod is not None and mod.get("sector"):
        if reading.sector in (None, "inherit", *mod.get("over", ())):
            reading.sector = mod["sector"]
        reading.j += 1
        return True
    hit = None if initials(toks, j) else lookup_name(toks, j)
    if hit and hit[1].label in ("GPE", "ORG") and not reading.modified:
        return _read_named(toks, reading, *hit)
    office = group_phrase(toks, j, None) if tok.capitalised and not reading.modified else None
    if office is not None and office.code.label == "ORG" and office.code.country and office.end > j:
        reading.country = office.code.country or reading.country  # "Juru bicara Kementerian Luar Negeri Tiongkok"
        reading.sector = office.code.sector if reading.sector in (None, "inherit") else reading.sector
        reading.j, reading.modified = office.end, True
        return True
    unit = org_name(toks, j, None) if tok.capitalised and reading.sector == "inherit" and not reading.modified else None
    if unit is not None and unit.code.sector:
        # "Wakil Ketua Komisi X DPR RI Lalu Hadrian Irfani": an office named by a head word
        reading.country = unit.code.country or reading.country
        reading.sector = unit.code.sector
        reading.j, reading.modified = unit.end, True
        return True
    division = _division_before_org(lex, toks, j) if reading.sector == "inherit" and not reading.modified else None
    if division is not None:
        reading.j = division  # "Direktur Penyidikan KPK", "Wakil Ketua Panitia Anggaran DPR": the organisation follows
        return True
    chained = _is_title(lex, toks, j)
    if chained and tok.capitalised:
        reading.j = skip_title_words(lex, toks, j + chained[0])
        return True
    return False


def _division_before_org(lex: ActorDictionary, toks: list[Token], j: int) -> int | None:
    """Where a known organisation starts after the capitalised words naming a division of it
    ("Deputi Penindakan KPK", "Kepala Pusat Penerangan TNI"): at most three words, no punctuation
    between, none of them a name, title, role or organisation head of its own; None when no
    organisation follows them."""
    k = j
    while k < len(toks) and k - j < MAX_DIVISION:
        tok = toks[k]
        if not tok.capitalised or (k > j and tok.start - toks[k - 1].end > 1):
            return None
        if (
            lookup_name(toks, k)
            or _is_title(lex, toks, k)
            or lex.roles.longest(toks, k)
            or lex.org_heads.longest(toks, k)
        ):
            break
        k += 1
    if k == j or k >= len(toks) or toks[k].start - toks[k - 1].end > 1:
        return None
    hit = lookup_name(toks, k)
    return k if hit and hit[1].label == "ORG" and hit[1].sector else None


def _read_named(toks: list[Token], reading: _Reading, n: int, code: Code) -> bool:
    """A country or organisation naming the title's country (and sector); False when it starts the name."""
    j = reading.j
    if _name_at(toks, j + n, allow_known=False)[0] == 0 and _name_at(toks, j, allow_known=True)[0] > n:
        return False  # "Israel Katz": a person whose name starts like a country
    reading.country = code.country or reading.country
    if reading.sector in (None, "inherit"):
        reading.sector = code.sector
    elif code.label == "ORG" and code.sector in _ARMED and reading.sector in ("GOV", "MIL"):
        reading.sector = code.sector  # "Komandan KKB", "Menteri Hamas"
    elif code.label == "ORG" and code.sector and reading.unit:
        reading.sector = code.sector  # "Sekjen PDI-P": the party's officer
    j += n
    reading.j, reading.modified = j, True
    state = lookup_name(toks, j) if code.label == "ORG" and j < len(toks) else None
    if state and state[1].label == "GPE" and state[1].country and toks[j].start - toks[j - 1].end <= 1:
        # "Jurubicara Kemlu Iran": a home office's name followed by a country is that country's office
        reading.country, reading.j = state[1].country, j + state[0]
        return True
    if j + 1 < len(toks) and toks[j].lower in phrase_words().country_links and lookup_name(toks, j + 1):
        reading.j = j + 1 + lookup_name(toks, j + 1)[0]  # type: ignore[index]
    return True


def _person(
    toks: list[Token], i: int, first: tuple[int, dict[str, Any]], reading: _Reading, default_country: str | None
) -> Candidate | None:
    """The person of a title phrase read up to `reading.j`: the name that follows, or the role alone."""
    j, sector, country, modified = reading.j, reading.sector, reading.country, reading.modified
    n, known = _name_at(toks, j, allow_known=True)
    region = lexicon().regions.longest(toks, j) if modified and j < len(toks) else None
    place = region[0] if region else (1 if modified and n == 1 and known is None else 0)
    if place and j + place < len(toks) and toks[j + place].start - toks[j + place - 1].end == 2:
        # "Ketua DPRD Jember, Ahmad Fauzi, …": the office's place, a comma, the person
        n2, known2 = _name_at(toks, j + place, allow_known=True)
        if n2 >= 2 and lexicon().regions.longest(toks, j + place) is None:  # not "DPRD Kudus, Jawa Tengah"
            j, n, known = j + place, n2, known2
    after = lookup_name(toks, j + n) if n and known is None else None
    if after and after[1].label == "PER" and toks[j + n].start - toks[j + n - 1].end <= 1:
        # "Menteri ESDM Purnomo Yusgiantoro": the capitalised words name the office, a known
        # person follows
        n, known, modified = n + after[0], after[1], True
    if sector == "inherit":
        if not modified:
            return None  # "Kepala Kanwil …": the capitalised words name an office, not a person
        sector = None
    if not n and not modified and not toks[i].capitalised and first[0] == 1 and sector is None:
        return None
    if not n and first[1].get("needs_name"):
        return None  # "anggota JAD itu": the group, not a person
    whole = lookup_name(toks, i)
    if whole and whole[1].label != "PER" and whole[0] >= j + n - i:
        return None  # "Dokter Lintas Batas" is an organisation
    if known:
        country = country or known.country
        code = Code(known.name, country, sector or known.sector, "PER", known.wikidata_id)
    else:
        name = " ".join(t.text for t in toks[j : j + n]) or None
        code = Code(name, country or default_country, sector, "PER")
    return Candidate(i, j + n, code, 0, role=not n)


def group_phrase(toks: list[Token], i: int, default_country: str | None) -> Candidate | None:
    lex = lexicon()
    hit = lex.roles.longest(toks, i)
    if hit is None:
        return None
    j = i + hit[0]
    role: dict[str, Any] = hit[1][0]
    sector: str | None = role.get("sector")
    label = role.get("label", "NORP")
    country: str | None = None
    name: str | None = None
    wikidata: str | None = None
    found = False
    for _ in range(4):
        if j >= len(toks) or toks[j].start - toks[j - 1].end > 1:
            break  # punctuation between: "kelompok kriminal bersenjata (KKB)" ends at the bracket
        tok = toks[j]
        mod = lex.modifiers.get(tok.lower)
        if mod is not None and not tok.capitalised:
            sector = mod.get("sector", sector)
            j += 1
            continue
        people = lex.peoples.longest(toks, j)
        if people and tok.capitalised:
            country = people[1][0].get("country", country)
            j += people[0]
            found = True
            continue
        named = None if initials(toks, j) else lookup_name(toks, j)  # "tersangka AS (41)": a person
        if named and named[1].label == "PER" and role.get("of_person"):
            country, j, found = named[1].country, j + named[0], True  # "pendukung Prabowo"
            break
        if named and named[1].label in ("GPE", "ORG"):
            code = named[1]
            country = code.country
            if code.label == "ORG" and code.sector and code.country not in ("UNO", "IGO", "EUR"):
                sector, name, wikidata = code.sector, code.name, code.wikidata_id
            j += named[0]
            found = True
        break
    if not found and role.get("bare", True) is False and not (role.get("opening") and _opens_sentence(toks, i, j)):
        return None
    # a role noun that names its people ("WNI", "TKI": Indonesian citizens, Indonesian workers)
    # is of that country wherever it is told, unless a country follows it
    code = Code(name, country or role.get("country") or default_country, sector, label, wikidata)
    return Candidate(i, j, code, 1, role=True)


def _opens_sentence(toks: list[Token], i: int, j: int) -> bool:
    """Whether the role noun at `i`..`j` opens a sentence, capitalised after a stop (or the text's
    start), before a lower-case word: the subject ("Militer melancarkan serangan …"), not a name."""
    opening = i == 0 or toks[i].start - toks[i - 1].end > 1
    return opening and toks[i].capitalised and j < len(toks) and not toks[j].capitalised


def people_mention(toks: list[Token], i: int, default_country: str | None) -> Candidate | None:
    if not toks[i].capitalised:
        return None
    hit = lexicon().peoples.longest(toks, i)
    if hit is None:
        return None
    entry: dict[str, Any] = hit[1][0]
    if entry.get("bare", True) is False:
        return None
    name = " ".join(t.text for t in toks[i : i + hit[0]])
    return Candidate(i, i + hit[0], Code(name, entry.get("country", default_country), entry.get("sector"), "NORP"), 3)


def org_name(toks: list[Token], i: int, default_country: str | None) -> Candidate | None:
    """HEAD + capitalised words ("Universitas Trisakti"); the country is a trailing country name."""
    if not toks[i].capitalised:
        return None
    lex = lexicon()
    hit = lex.org_heads.longest(toks, i)
    if hit is None:
        return None
    entry: dict[str, Any] = hit[1][0]
    j = i + hit[0]
    country: str | None = entry.get("country")
    sector: str | None = entry.get("sector")
    region = lex.regions.longest(toks, j) if j < len(toks) else None
    if region:
        j += region[0]
    while j < len(toks) and j - i < 8:
        tok = toks[j]
        if toks[j - 1].end + 1 < tok.start or not (tok.capitalised or tok.lower[:1].isdigit()):
            break
        named = lookup_name(toks, j)
        if named and named[1].label == "GPE":
            country = named[1].country
            j += named[0]
            break
        if named and named[1].label == "PER":
            break
        if named and named[1].label == "ORG" and named[1].sector and entry.get("unit"):
            sector = named[1].sector  # "Komisi III DPR": a unit of the DPR is LEG
            j += named[0]
            country_after = lookup_name(toks, j) if j < len(toks) else None
            if country_after and country_after[1].label == "GPE":
                country = country_after[1].country
                j += country_after[0]
            break  # "Komisi X DPR RI Lalu Hadrian": the unit ends with its organisation
        if named and named[1].label == "ORG" and named[1].country and j == i + hit[0]:
            country = named[1].country  # "Kantor berita IRNA": the kind, then the known body
            j += named[0]
            break
        j += 1
    if j == i + hit[0]:
        return None
    if entry.get("complement") == "place" and country == entry.get("country") and not region:
        # "Pemerintah Kota Osaka": a local government of a town abroad is that state's
        country = office_place_country(" ".join(t.text for t in toks[i + hit[0] : j])) or country
    if entry.get("complement") == "state" and country is None:
        # "Kesultanan Aceh" is of native rulers (D62); "Kerajaan Yehuda" or "Kekaisaran Romawi Timur",
        # of no present state (D61), is left to the other readings
        if not home_land(" ".join(t.text for t in toks[i + hit[0] : j])):
            return None
        country = place_policy().home_country
    name = " ".join(t.text for t in toks[i:j])
    code = Code(name, country or default_country, sector, entry.get("label", "ORG"))
    return Candidate(i, j, code, 2)


_INITIALS = re.compile(r"[A-Z]{2,4}")


def initials(toks: list[Token], i: int) -> bool:
    """Capitals that are a person's initials, as crime reports name suspects and victims: after a
    cue ("berinisial AS") or before an age in brackets ("kurir bernama AS (29)"). They are never
    the country an abbreviation like "AS" or "RI" names."""
    if not _INITIALS.fullmatch(toks[i].text):
        return False
    if i > 0 and toks[i - 1].lower in phrase_words().initials_cues:
        return True
    # the word tokens leave the brackets out: an age of one to three digits right after " ("
    age = toks[i + 1] if i + 1 < len(toks) else None
    return age is not None and age.text.isdigit() and len(age.text) <= 3 and age.start == toks[i].end + 2


_SHORT_ALIAS = re.compile(r"[A-Z]{2,3}")


def short_alias_inside(toks: list[Token], i: int, n: int, code: Code) -> bool:
    """Whether a person's short alias of capitals at `i` ("JK", "SBY") stands inside another name or
    a code, and so is not that person: right after a capitalised word that is no title, honorific,
    common word or known name ("rapper Tiger JK"), right before a capitalised word of no such kind
    ("JK Sawant"), or beside a number ("mobil boks B 9528 JK", "penerbangan JK 5022")."""
    if code.label != "PER" or n != 1 or not _SHORT_ALIAS.fullmatch(toks[i].text):
        return False
    from ..places.gazetteer import common_words  # the places' word list: no import at load

    lex = lexicon()
    for k in (i - 1, i + 1):
        if not 0 <= k < len(toks):
            continue
        tok = toks[k]
        if (tok.start - toks[i].end if k > i else toks[i].start - tok.end) != 1:
            continue  # a neighbour one space apart, or one character ("SBY/JK" is two persons, both known)
        if any(c.isdigit() for c in tok.text):
            return True
        honorific = tok.lower in phrase_words().acronym_honorifics
        plain = tok.capitalised and tok.lower not in common_words() and not honorific
        if plain and _is_title(lex, toks, k) is None and lookup_name(toks, k) is None:
            return True
    return False


def dictionary_name(toks: list[Token], i: int) -> Candidate | None:
    if initials(toks, i):
        return Candidate(i, i + 1, Code(toks[i].text, None, phrase_words().initials_sector, "PER"), 0)
    hit = lookup_name(toks, i)
    if hit is None or short_alias_inside(toks, i, hit[0], hit[1]):
        return None
    return Candidate(i, i + hit[0], hit[1], 0)


def may_start(toks: list[Token], i: int) -> bool:
    """Whether a candidate can start at token `i`: each kind starts with a word of one of the
    dictionary's tables (a title, a role, an organisation's head, a people, a name) or with a
    person's initials; most words of a text start none, and are passed over in one test."""
    text = toks[i].text
    return toks[i].lower in _start_words(lexicon()) or (2 <= len(text) <= 4 and _INITIALS.fullmatch(text) is not None)


#: the dictionary last read by `_start_words` and its start words (one slot: a dictionary compiled
#: anew, after `actors.reset` or in another language, is read again)
_STARTS: list[tuple[ActorDictionary, frozenset[str]]] = []


def _start_words(lex: ActorDictionary) -> frozenset[str]:
    """The first words of the entries of `lex`'s tables that start a candidate."""
    slot = _STARTS[0] if _STARTS else None
    if slot is None or slot[0] is not lex:
        tables = (lex.titles, lex.roles, lex.org_heads, lex.peoples, lex.names)
        slot = (lex, frozenset(word for table in tables for word, lengths in table.lengths.items() if lengths))
        _STARTS[:] = [slot]
    return slot[1]


def candidates_at(toks: list[Token], i: int, default_country: str | None) -> list[Candidate]:
    if not may_start(toks, i):
        return []
    found = [
        person_phrase(toks, i, default_country),
        group_phrase(toks, i, default_country),
        org_name(toks, i, default_country),
        people_mention(toks, i, default_country),
        dictionary_name(toks, i),
    ]
    return [c for c in found if c is not None]
