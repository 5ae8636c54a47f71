"""In-document coreference: later short mentions take the coding of the first full one.

* a person coded with a name of two or more words ("Mark Esper", "Israel Katz") registers
  the full name and its last and first words: "Esper", "Katz" later in the text are the same
  person (a word that is itself a dictionary name, title or role is not registered; the first
  word of a dictionary person, "Fadli" of "Fadli Zon", is);
* a person known by one name after a capitalised title ("Raja Euelthon", "Adipati Lothar")
  registers that name: "Euelthon" later in the text is the same person (a title in lower case
  names an office of what follows: "komandan Plaszow" is the camp's commander, not a Plaszow);
* a person's coding with a sector (from a title) is preferred to a bare mention of the name;
* "Full Name (ABBR)" registers ABBR for the entity before the bracket;
* an article that opens by defining a person ("Henryk (1066 – 1127) merupakan seorang pangeran
  Obotrite") gives that person the sector of the title or role noun after the copula, at every
  mention with no sector of its own ("Henryk", "Heinrich" of "Heinrich I dari Schwerin"), and the
  country its title phrase names ("merupakan seorang Raja Inggris": GBR) to those with no country.
Alias normalisation ("Khata'ib Hizbullah" = "Kata'ib Hezbollah") is the dictionary's work:
every alias codes to one canonical name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from ..tokens import Lexicon, Token
from .compose import Candidate, phrase_words, skip_title_words
from .lexicon import Code, lexicon, lookup_name

_SENTENCE_END = re.compile(r"[.!?]")
_ABBR = re.compile(r"\s*\(\s*((?=(?:[^)]*[A-Z]){2})[A-Z][A-Za-z0-9\-]{1,15})\s*\)")


def _registrable(toks: list[Token], i: int) -> bool:
    lex = lexicon()
    tok = toks[i]
    return (
        len(tok.text) >= 3
        and tok.capitalised
        and lookup_name(toks[i : i + 1], 0) is None  # the word alone, not the full name it starts
        and lex.titles.longest(toks, i) is None
        and lex.roles.longest(toks, i) is None
        and lex.peoples.longest(toks, i) is None
    )


def _after_title(text: str, toks: list[Token], i: int) -> bool:
    """Whether the name at `i` follows its title in the same clause ("Raja Euelthon", "Kepala Desa
    Kilensari, Sugiono"), not after a sentence's end ("… kata pelaku. Saat itu …")."""
    return i > 0 and text[toks[i - 1].end : toks[i].start] in (" ", ", ")


def aliases(text: str, toks: list[Token], chosen: Iterable[Candidate]) -> Lexicon[Code]:
    """Document-level aliases learnt from the chosen mentions."""
    table: Lexicon[Code] = Lexicon()
    # a person's coding with an office ("Menteri X Budi Santoso") wins over a bare mention of
    # the same name earlier in the text: those with a sector are registered first
    for cand in sorted(chosen, key=lambda c: c.code.label == "PER" and c.code.sector is None):
        code = cand.code
        if code.label == "PER" and code.name:
            name_toks = [i for i in range(cand.start, cand.end) if toks[i].text in code.name.split()]
            if len(name_toks) >= 2:
                table.add(tuple(toks[i].lower for i in name_toks), code)
                for i in (name_toks[-1], name_toks[0]):
                    if _registrable(toks, i):
                        table.add((toks[i].lower,), code)
            elif (
                name_toks
                and code.sector
                and toks[cand.start].capitalised
                and _after_title(text, toks, name_toks[0])
                and _registrable(toks, name_toks[0])
            ):
                table.add((toks[name_toks[0]].lower,), code)  # "Raja Euelthon" … "Euelthon"
        match = _ABBR.match(text, toks[cand.end - 1].end)
        if match and code.name and match.group(1)[0].lower() == toks[cand.start].lower[0]:
            table.add((match.group(1).lower(),), code)
    return table


def coreferent(toks: list[Token], table: Lexicon[Code]) -> list[Candidate]:
    """Mentions of learnt aliases (capitalised only), as candidates that beat a dictionary word."""
    out = []
    for i, tok in enumerate(toks):
        if not tok.capitalised:
            continue
        hit = table.longest(toks, i)
        if hit:
            n, codes = hit
            if n > 1 or lookup_name(toks, i) is None or tok.text.isupper():
                out.append(Candidate(i, i + n, codes[0], -1))
    return out


def _definition(text: str, toks: list[Token], end: int, chosen: list[Candidate]) -> tuple[str | None, str | None]:
    """The sector and country of the office a definition gives right after a subject ending at
    token `end`: "(1066 – 1127) merupakan seorang pangeran …" → ELI; "merupakan seorang Raja Inggris"
    → GOV, GBR (the country the title phrase names, none when it names none); brackets and a ",
    juga dikenal sebagai …," aside are skipped, and the definition must come before the sentence ends."""
    words, lex = phrase_words(), lexicon()
    depth = 0
    for j in range(end, min(len(toks), end + 60)):
        gap = text[toks[j - 1].end : toks[j].start]
        depth = max(0, depth + gap.count("(") - gap.count(")"))
        if depth == 0 and _SENTENCE_END.search(gap):
            return None, None
        if depth == 0 and toks[j].lower in words.definition_copulas:
            k = j + 1
            while k < len(toks) and toks[k].lower in words.definition_articles:
                k += 1
            for table in (lex.titles, lex.roles):
                hit = table.longest(toks, k)
                sector = hit[1][0].get("sector") if hit else None
                if sector and sector != "inherit":
                    office = next((c for c in chosen if c.start == k), None)
                    return str(sector), office.code.country if office is not None else None
            return None, None
    return None, None


def defined_subject(text: str, toks: list[Token], chosen: list[Candidate]) -> list[Candidate]:
    """The chosen mentions with an opening definition's sector and country given to its subject's
    mentions that have none: the first mention of the text, a person, defined in its first sentence
    ("Richard II (1367 – 1400) merupakan seorang Raja Inggris": GOV, GBR)."""
    first = chosen[0] if chosen else None
    if first is None or first.code.label != "PER" or not first.code.name:
        return chosen
    if first.code.sector and first.code.country:
        return chosen
    if _SENTENCE_END.search(text[: toks[first.start].start]):
        return chosen
    sector, country = _definition(text, toks, first.end, chosen)
    if sector is None:
        return chosen
    sector = None if first.code.sector else sector
    subject = set(first.code.name.split())
    out = []
    for c in chosen:
        if c.code.label == "PER" and c.code.name and set(c.code.name.split()) <= subject:
            code = replace(c.code, sector=c.code.sector or sector, country=c.code.country or country)
            c = Candidate(c.start, c.end, code, c.rank, c.role)
        out.append(c)
    return out


def _holding(person: Candidate, sector: str | None, office: Candidate) -> Candidate:
    """`person` as the holder of `office`: its sector, and its country where it names one."""
    return replace(person, code=replace(person.code, sector=sector, country=office.code.country or person.code.country))


#: what may stand between an organisation and the person it names as its officer: its abbreviation
#: in brackets, a word or two of its place ("(KTNA) Nasional", "Jawa Timur"), then the comma; or
#: the abbreviation alone, with no comma ("Kepala Badan Intelijen Negara (BIN) Syamsir Siregar")
_APPOSED = re.compile(
    r"\s*(?:\(\s*[A-Za-z0-9.\-]{2,16}\s*\))?(?:\s+[A-Z][\w\-]*){0,2}\s*,\s*|\s*\(\s*[A-Za-z0-9.\-]{2,16}\s*\)\s+"
)


def _title_before(toks: list[Token], start: int) -> dict[str, object] | None:
    """The title that ends right before token `start` with only title words after it ("Ketua
    Umum", "Presiden"): its table entry."""
    lex = lexicon()
    for k in range(start - 1, max(-1, start - 6), -1):
        hit = lex.titles.longest(toks, k)
        if hit is None:
            continue
        return hit[1][0] if skip_title_words(lex, toks, k + hit[0]) == start else None
    return None


def _office_only(toks: list[Token], cand: Candidate) -> bool:
    """Whether a title phrase names an office and no person: the title alone, or the title and an
    organisation ("Rektor Universitas Cenderawasih Jayapura")."""
    if cand.role:
        return True
    lex = lexicon()
    return any(lex.org_heads.longest(toks, k) is not None for k in range(cand.start + 1, cand.end))


def _bracketed(text: str, toks: list[Token], cand: Candidate) -> bool:
    """Whether a mention stands alone in brackets ("(BIN)")."""
    before = text[: toks[cand.start].start].rstrip()
    return before.endswith("(") and text[toks[cand.end - 1].end :].lstrip().startswith(")")


def appositive_offices(text: str, toks: list[Token], chosen: list[Candidate]) -> list[Candidate]:
    """A person set off by a comma after a title and the organisation it heads ("Presiden
    Konfederasi Serikat Pekerja Seluruh Indonesia (KSPSI), Andi Gani Nena Wea, …", "Ketua Umum
    Himpunan Petani (HPS) Nasional, Budi, …") is that organisation's officer: a person with no
    sector of his own takes the organisation's sector (a title of its own sector, "Hakim …",
    keeps its own) and its country; after an office the coder read whole ("Rektor Universitas
    Cenderawasih Jayapura, Yohanes Wenda"), that office's."""
    out = list(chosen)
    for n in range(1, len(out)):
        person, org = out[n], out[n - 1]
        if n > 1 and _bracketed(text, toks, org):
            org = out[n - 2]  # the office before its abbreviation, read as a mention of its own
        if person.code.label != "PER" or person.code.sector or not org.code.sector:
            continue
        if not _APPOSED.fullmatch(text[toks[org.end - 1].end : toks[person.start].start]):
            continue
        if org.code.label == "PER" and _office_only(toks, org):
            # the office read as a title phrase without a name ("Rektor Universitas X Jayapura, Y")
            out[n] = _holding(person, org.code.sector, org)
            continue
        if org.code.label != "ORG":
            continue
        title = _title_before(toks, org.start)
        if title is None or text[toks[org.start - 1].end : toks[org.start].start] != " ":
            continue
        own = title.get("sector")
        sector = str(own) if own not in (None, "inherit", "GOV") and not title.get("unit") else org.code.sector
        out[n] = _holding(person, sector, org)
    return out


#: punctuation that ends an office's name before a person (a comma, brackets, a hyphen may stand inside it)
_GAP_BREAK = re.compile(r"[^\w\s,()\-&/]")
#: at most this many words of an office's name between its title phrase and the person holding it
_OFFICE_REST = 8


def _office_rest(text: str, toks: list[Token], start: int, end: int) -> bool:
    """Whether tokens `start`..`end` continue an office's name: capitalised words joined by a
    conjunction or "untuk" or commas ("dan Kawasan Permukiman", ", Sains, dan Teknologi,", "untuk
    Bencana Alam,"), none a title, role or known person of its own."""
    words, lex = phrase_words(), lexicon()
    links = words.title_conjunctions | words.country_links
    gap = toks[start:end]
    raw = text[toks[start - 1].end : toks[end].start]
    if not gap or len(gap) > _OFFICE_REST or _GAP_BREAK.search(raw):
        return False
    if not any(t.capitalised for t in gap) or not (any(t.lower in links for t in gap) or "," in raw):
        return False
    for k in range(start, end):
        tok = toks[k]
        if tok.lower in links:
            continue
        known = lookup_name(toks, k)
        if not tok.capitalised or lex.titles.longest(toks, k) or lex.roles.longest(toks, k):
            return False
        if known is not None and known[1].label == "PER":
            return False
    return True


def office_holders(text: str, toks: list[Token], chosen: list[Candidate]) -> list[Candidate]:
    """A person named after a title phrase and the rest of its office's name ("Menteri Perumahan dan
    Kawasan Permukiman Maruarar Sirait", "Wakil Menteri Pendidikan Tinggi, Sains, dan Teknologi,
    Stella Christie") holds that office: with no sector of his own he takes the title's sector and
    country. The title phrase names no known person ("Presiden Joko Widodo dan Ibu …" are two)."""
    out = list(chosen)
    lex = lexicon()
    for n in range(1, len(out)):
        person, title = out[n], out[n - 1]
        if person.code.label != "PER" or person.code.sector or not person.code.name:
            continue
        if title.code.label != "PER" or not title.code.sector or lex.titles.longest(toks, title.start) is None:
            continue
        named = (lookup_name(toks, k) for k in range(title.start, title.end))
        if any(hit is not None and hit[1].label == "PER" for hit in named):
            continue
        if not _office_rest(text, toks, title.end, person.start):
            continue
        out[n] = _holding(person, title.code.sector, title)
    return out


#: a comma after a person, with his age in brackets before it ("Yurike (54), …")
_APPOSITIVE_COMMA = re.compile(r"\s*(?:\(\s*\d{1,3}\s*\)\s*)?,\s*")
#: at most this many words between an appositive role and the comma that closes it
_APPOSITIVE_REST = 5


def _role_of(cand: Candidate) -> bool:
    """Whether a mention is a role noun or an office named without a person, with a sector."""
    return cand.role and cand.code.label in ("PER", "NORP") and cand.code.sector is not None


def _marked(toks: list[Token], start: int, end: int) -> bool:
    """Whether the words `start`..`end` before an appositive role are articles, one at least
    ("seorang", "sang")."""
    marks = phrase_words().definition_articles
    return end > start and all(toks[k].lower in marks for k in range(start, end))


def _closed(text: str, toks: list[Token], end: int) -> bool:
    """Whether a comma closes the appositive role ending at token `end` after at most a few
    capitalised words or links ("warga Desa Sukamaju, …", "warga asal Bogor, …")."""
    links = phrase_words().appositive_links
    for k in range(end, min(len(toks), end + _APPOSITIVE_REST + 1)):
        gap = text[toks[k - 1].end : toks[k].start]
        if "," in gap:
            return True
        if gap.strip() or not (toks[k].capitalised or toks[k].lower in links):
            return False
    return False


def _appositive_role(text: str, toks: list[Token], person: Candidate, role: Candidate) -> bool:
    """Whether `role` after `person` is his appositive: "Johny, seorang kurir narkoba …"."""
    match = _APPOSITIVE_COMMA.match(text, toks[person.end - 1].end)
    if match is None:
        return False
    k = person.end
    while k < role.start and toks[k].start < match.end():
        k += 1  # the age in brackets
    if toks[k].start < match.end():
        return False
    return _marked(toks, k, role.start) or (k == role.start and _closed(text, toks, role.end))


def _named_by_role(text: str, toks: list[Token], role: Candidate, person: Candidate) -> bool:
    """Whether `person` is named right after the role noun `role`: "pedagang bernama Yati"."""
    gap = " ".join(text[toks[role.end - 1].end : toks[person.start].start].split())
    return gap in phrase_words().naming_words


def appositive_roles(text: str, toks: list[Token], chosen: list[Candidate]) -> list[Candidate]:
    """A person named with no sector of his own and set off by a comma before a role noun or an
    office named without a person ("Johny, seorang kurir narkoba …", "Budi, warga Desa Sukamaju,
    mengatakan", "Rina (34), seorang guru honorer, …"), or named after a role noun
    ("pedagang bernama Yati"), holds that role: he takes its sector, and its country where it
    names one."""
    out = list(chosen)
    for n in range(len(out) - 1):
        first, second = out[n], out[n + 1]
        if second.code.label == "PER" and second.code.name and not second.code.sector and _role_of(first):
            if _named_by_role(text, toks, first, second):
                out[n + 1] = _holding(second, first.code.sector, first)
            continue
        if first.code.label != "PER" or not first.code.name or first.code.sector or not _role_of(second):
            continue
        if _appositive_role(text, toks, first, second):
            out[n] = _holding(first, second.code.sector, second)
    return out
