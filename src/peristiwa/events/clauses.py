"""Clause and phrase tests the argument finder is built from: prepositions governing a mention,
quotations and asides, relative-clause heads, the voice of multi-word triggers, coordinated places,
and the phrases that name parties without an object ("antara X dan Y", "X dan Y <verb>",
"ditangkap polisi")."""

from __future__ import annotations

from bisect import bisect_left, bisect_right, insort
from dataclasses import dataclass
from functools import cache

from ..spans import Entity, Place
from ..tokens import Token
from .detect import QUOTES, Mention
from .function_words import function_words
from .lexicon import context_data
from .morph import morphology


@cache
def pronouns() -> frozenset[str]:
    """Subject pronouns that take the last actor (data: `subject_pronouns`)."""
    return frozenset(str(w) for w in context_data()["subject_pronouns"])


@cache
def recipient_preps() -> frozenset[str]:
    """Prepositions before a nominal's recipient (data: `recipient_preps`)."""
    return frozenset(str(w) for w in context_data()["recipient_preps"])


@cache
def _partner_words() -> frozenset[str]:
    return frozenset(str(w) for w in context_data()["partner_preps"])


def partner_preps(mention: Mention) -> frozenset[str]:
    """The prepositions before a nominal's recipient, with "bersama" (data: `partner_preps`) for a
    mutual act (policy `mutual_types`) that is no visit: "pertemuan bersama Menlu Jepang" is with
    the minister as "pertemuan dengan" is, while "kunjungan bersama istrinya" takes her along."""
    if mention.event_type not in context_data()["mutual_types"] or "visit" in mention.mode:
        return recipient_preps()
    return recipient_preps() | _partner_words()


@cache
def request_links() -> frozenset[str]:
    """Words opening what a request asks for ("agar", "supaya"; data: `request_links`)."""
    return frozenset(str(w) for w in context_data()["request_links"])


@cache
def citizenship_words() -> tuple[str, ...]:
    """Words that name a person's citizenship in apposition, longest first ("warga negara
    Senegal"; data: `citizenship_words`)."""
    return tuple(sorted((str(w).lower() for w in context_data()["citizenship_words"]), key=len, reverse=True))


def apposed_citizenship(text: str, end: int, width: int) -> tuple[str, int] | None:
    """The citizenship word in apposition right after a person told up to `end` ("John Smith,
    warga negara Kanada"; perhaps after an age: "Ahmad (45), warganegara Malaysia"), within `width`
    characters, and where that word starts; data: `citizenship_words`."""
    rest = text[end : end + width]
    body = rest.lstrip()
    if body.startswith("(") and ")" in body:  # an age: "(45)"
        body = body[body.index(")") + 1 :].lstrip()
    if not body.startswith(","):
        return None
    body = body[1:].lstrip()
    word = next((w for w in citizenship_words() if body.lower().startswith(w + " ")), None)
    return None if word is None else (word, end + len(rest) - len(body))


@cache
def origin_words() -> frozenset[str]:
    """Words that name where a party comes from ("dari Denmark", "asal Jepang"; data: `origin_words`)."""
    return frozenset(str(w) for w in context_data()["origin_words"])


@cache
def object_preps() -> frozenset[str]:
    """Prepositions that make the name after them an object, never a later trigger's subject
    (data: `object_preps`)."""
    return frozenset(str(w) for w in context_data()["object_preps"])


@dataclass(slots=True)
class _Positions:
    """Token offsets of one token list, for binary search: the argument tests look at a few tokens
    around a mention, and a scan of the whole sentence for each would make a long sentence cost
    the square of its length."""

    tokens: list[Token]
    starts: list[int]
    ends: list[int]
    parens: list[int]  # indices of "(" and ")" tokens
    paren_starts: list[int]


_POSITIONS: dict[int, _Positions] = {}
_CACHED_FROM = 32


def _positions(tokens: list[Token]) -> _Positions:
    found = _POSITIONS.get(id(tokens))
    if found is not None and found.tokens is tokens:
        return found
    parens = [k for k, t in enumerate(tokens) if t.text in ("(", ")")]
    made = _Positions(
        tokens, [t.start for t in tokens], [t.end for t in tokens], parens, [tokens[k].start for k in parens]
    )
    if len(tokens) < _CACHED_FROM:  # short lists (slices) cost nothing to index and would crowd the cache
        return made
    if len(_POSITIONS) >= _MAX_INDEXES:
        _POSITIONS.clear()
    _POSITIONS[id(tokens)] = made
    return made


def ending_by(tokens: list[Token], offset: int) -> int:
    """The number of leading tokens that end at or before `offset`."""
    return bisect_right(_positions(tokens).ends, offset)


def starting_from(tokens: list[Token], offset: int) -> int:
    """The index of the first token that starts at or after `offset`."""
    return bisect_left(_positions(tokens).starts, offset)


def token_before(tokens: list[Token], offset: int) -> Token | None:
    k = starting_from(tokens, offset)
    return tokens[k - 1] if k > 0 else None


def governed(tokens: list[Token], offset: int, preps: frozenset[str]) -> bool:
    """One of `preps` before `offset` with at most two words between it and the mention, lower-case
    heads or quantifiers, figures aside ("oleh anggota TNI", "kepada sekitar 1.400 anggota GAM")."""
    end = ending_by(tokens, offset)
    return _governs(tokens[max(0, end - 5) : end], preps)


def _governs(before: list[Token], preps: frozenset[str]) -> bool:
    """`governed` on the (up to five) tokens just before a mention."""
    for k in range(len(before) - 1, -1, -1):
        if before[k].lower in preps:
            between = before[k + 1 :]
            words = [t for t in between if not _number(t.text)]
            return len(words) <= 2 and all(t.text.islower() and t.text.isalpha() for t in words)
    return False


def _number(word: str) -> bool:
    """ "1.400", "20": a figure between a preposition and its noun ("kepada sekitar 1.400 anggota")."""
    return word.replace(".", "").replace(",", "").isdigit()


def quoted(tokens: list[Token]) -> list[tuple[int, int]]:
    """Character spans of the quotations in a sentence."""
    spans: list[tuple[int, int]] = []
    opened: int | None = None
    for tok in tokens:
        if tok.text in QUOTES:
            if opened is None:
                opened = tok.end
            else:
                spans.append((opened, tok.start))
                opened = None
    return spans


def relative_head(last: Entity, candidates: list[Entity], mention: Mention) -> Entity | None:
    """The subject before a relative clause: in "separatis yang didukung oleh Rusia menyita …" the
    seizing is done by "separatis", not by "Rusia" inside the "yang …" clause."""
    tokens = mention.tokens
    for head in reversed([c for c in candidates if c.end <= last.start]):
        first = starting_from(tokens, head.end)
        if first >= len(tokens) or tokens[first].lower != function_words().relative:
            continue
        between = tokens[first : ending_by(tokens, mention.trigger.start)]
        if any(t.text in (",", ";", ":") for t in between):
            return None
        return head
    return None


#: at most this many words between a relative "yang" and the verb of its clause ("yang selama ini dituduh")
_RELATIVE_GAP = 2


def relative_subject(mention: Mention, candidates: list[Entity]) -> Entity | None:
    """The head a "yang" clause opening right before the trigger is about: the subject of its verb,
    whatever word stands before the head ("hubungan dengan pemerintah Sudan, yang dituduh mendukung
    milisi": Sudan is the one accused). A relative clause only relativises its subject."""
    tokens = mention.tokens
    k = starting_from(tokens, mention.trigger.start)
    j = k - 1
    while j >= 0 and k - 1 - j < _RELATIVE_GAP and tokens[j].lower != function_words().relative:
        if not tokens[j].text.isalpha() or not tokens[j].text.islower() or is_verb(tokens[j]):
            return None  # "yang menyebut pelaku demo": the trigger is not the clause's verb
        j -= 1
    if j < 1 or tokens[j].lower != function_words().relative:
        return None
    end = tokens[j - 1].start if tokens[j - 1].text == "," and j >= 2 else tokens[j].start
    before = tokens[j - 2] if tokens[j - 1].text == "," and j >= 2 else tokens[j - 1]
    return next((c for c in candidates if c.end == before.end and c.end <= end), None)


def is_verb(tok: Token) -> bool:
    """A verb by its UPOS tag, or by its prefix when no tagger ran."""
    return tok.lower.startswith(_verb_prefixes()) if tok.pos is None else tok.pos == "VERB"


#: at most this many words between a coordinator and the verb it links, or a subject and its verb
_CHAIN_GAP = 3


def chain_subject(candidates: list[Entity], mention: Mention) -> Entity | None:
    """The subject of a verb coordinated with an earlier one (data: `verb_chain_links`): "Presiden
    mengaku terkesan …, kemudian meminta Aziz …", "otoritas Singapura membantu pemerintah Indonesia
    dengan menangkap …": the party standing right before the last earlier verb of the sentence that
    has one ("Polisi mengatakan militan menyerbu desa itu, lalu menembak …": the militants), not the
    last one named, which is the earlier verb's object."""
    tokens = mention.tokens
    k = starting_from(tokens, mention.trigger.start)
    links = frozenset(str(w) for w in context_data()["verb_chain_links"])
    before = tokens[max(0, k - _CHAIN_GAP) : k]
    at = next((j for j in range(len(before) - 1, -1, -1) if before[j].lower in links), None)
    if at is None or any(not t.text.islower() or t.lower in clause_breaks() for t in before[at + 1 :]):
        return None
    link = k - len(before) + at
    if any(c.start >= tokens[link].end for c in candidates):  # "…, namun Hamas menembakkan": its own subject
        return None
    scope = mention.scope or mention.sentence
    ends = {ending_by(tokens, c.end): c for c in candidates if scope.start <= c.start}
    for j in range(link - 1, starting_from(tokens, scope.start) - 1, -1):
        if not is_verb(tokens[j]):
            continue
        for gap in range(min(_CHAIN_GAP, j) + 1):
            if gap and (tokens[j - gap].lower in clause_breaks() or not tokens[j - gap].text.isalpha()):
                break
            if j - gap in ends:
                return ends[j - gap]
    return None


def phrase_voice(mention: Mention) -> str:
    """A multi-word trigger acts as its first word does: "berunjuk rasa", "memutuskan hubungan
    diplomatik" as verbs, "serangan roket", "bom bunuh diri" as nouns. The prefix tells; a first
    word without a verb prefix that the tagger reads as a verb is one ("bekerja sama", "turun ke
    jalan"). The tagger does not overrule a prefix: the lexicon's phrases with a prefixed head are
    verb phrases, and the tagger reads a few passives as nouns ("ditahan")."""
    words = mention.trigger.text.lower().split()
    m = morphology()
    openers = context_data()["phrase_verb_openers"]
    i = 0
    while i < len(words) - 1 and words[i] in openers:
        i += 1
    if i and words[i].startswith(m.active_verb_prefixes):
        return "active"  # "tidak mengakui", "siap berunding": the verb after a negation or readiness word
    first = words[0]
    if first.startswith(m.passive_verb_prefixes) and len(first) > 4:
        return "passive"
    if first.startswith(m.active_verb_prefixes):
        return "active"
    k = starting_from(mention.tokens, mention.trigger.start)
    tagged_verb = k < len(mention.tokens) and mention.tokens[k].pos == "VERB"
    return "active" if tagged_verb else "noun"


def aside(entity: Entity, tokens: list[Token], trigger_start: int) -> bool:
    """An entity inside a parenthesis that closes before the trigger ("100 pejuang (termasuk
    tahanan Irlandia) dalam pertempuran") is an aside, not the subject."""
    # The first bracket after the entity decides: a ")" closing a "(" opened before the entity
    # (with no bracket between) makes it an aside; a "(" first means no bracket encloses it.
    pos = _positions(tokens)
    i = bisect_left(pos.paren_starts, entity.end)
    if i >= len(pos.parens) or i == 0:
        return False
    close = tokens[pos.parens[i]]
    if close.text != ")" or close.start >= trigger_start:
        return False
    opener = tokens[pos.parens[i - 1]]
    return opener.text == "(" and opener.end <= entity.start


#: at most this many words between a relative clause's closing comma and the verb ("…, kemudian menyerang")
_AFTER_CLAUSE = 3


def relative_aside(entity: Entity, tokens: list[Token], trigger_start: int) -> bool:
    """An entity inside a relative clause set off by commas that closes before the trigger ("Hamas,
    yang didukung oleh Iran, menembakkan roket"; "Presiden, yang didampingi Menlu X, mengunjungi"):
    a party of the clause, not the subject of the verb after it, which is the clause's head."""
    relative, stops = function_words().relative, (",", ";", ":")
    k = starting_from(tokens, entity.start)
    j = k - 1
    while j >= 1 and not (tokens[j].lower == relative and tokens[j - 1].text == ","):
        if tokens[j].text in stops:
            return False
        j -= 1
    if j < 1:
        return False
    after = starting_from(tokens, entity.end)
    close = next((n for n in range(after, len(tokens)) if tokens[n].text in stops), None)
    if close is None or tokens[close].text != "," or tokens[close].end > trigger_start:
        return False
    between = tokens[close + 1 : starting_from(tokens, trigger_start)]
    return len(between) <= _AFTER_CLAUSE and all(t.text.isalpha() and t.text.islower() for t in between)


def object_genitive(mention: Mention) -> bool:
    """Whether a nominal's possessor is its patient: peN-…-an nouns of transitive verbs
    ("pembunuhan Munir", "penangkapan aktivis") and invasion words ("invasi Irak"), but not plain
    -an nouns ("serangan Israel", whose possessor is the attacker) nor deployments ("pengerahan
    pasukan", whose troops are the mobilising side)."""
    ctx, m = context_data(), morphology()
    if mention.spec.root in ctx["object_genitive"]:
        return True
    word = mention.trigger.text.split()[0].lower()
    return (
        mention.spec.voice == "noun"
        and word.startswith(m.noun_nasal)  # peN-, not per-: "pertempuran" is of "bertempur"
        and not word.startswith(m.noun_prefixes)
        and mention.event_type not in ctx["subject_is_actor"]
    )


def undergone(mention: Mention) -> bool:
    """Whether a nominal follows a verb whose subject undergoes it: "Indonesia mendapat sanksi",
    "kapal itu menjadi sasaran serangan", "menuai kritik" (data: `undergoer_verbs`)."""
    before = [t.lower for t in mention.tokens[max(mention.index - 2, 0) : mention.index]]
    verbs = {str(w) for w in context_data()["undergoer_verbs"]}
    return bool(before) and (before[-1] in verbs or " ".join(before) in verbs)


def is_located(entity: Entity, tokens: list[Token]) -> bool:
    """True for "di Irak", "ke Kuwait", "melalui pinggiran Zona Hijau Bagdad": a place, not a
    party (the preposition may stand before a run of capitalised words that ends in it)."""
    k = ending_by(tokens, entity.start)  # tokens[:k] come before the entity
    place = entity.label in ("GPE", "LOC")
    while k:
        last = tokens[k - 1]
        if last.text[:1].isupper() and last.text.isalpha():
            k -= 1
        elif place and last.text == "," and k > 1 and tokens[k - 2].text[:1].isupper():
            k -= 1  # "dari Taji, Irak": a country after the town it is in
        else:
            break
    if k and tokens[k - 1].lower in context_data()["locatives"]:
        return True
    # "di depan kantor DPRD": a place preposition, then only lower-case place nouns; "dari" places
    # only places ("penjelasan dari pemerintah Australia" names a party)
    words = function_words()
    preps = words.place_preps | {words.from_place} if entity.label in ("GPE", "LOC") else words.place_preps
    return _governs(tokens[max(0, k - 5) : k], preps)


@dataclass(slots=True)
class _BreakIndex:
    """Where the breaks of one kind are in a token list: prefix counts over token positions, so
    that "is there a break between two offsets" costs a binary search, not a scan (a sentence
    with many triggers and places would otherwise cost their product times its length)."""

    tokens: list[Token]
    starts: list[int]
    ends: list[int]
    prefix: list[int]


_INDEXES: dict[tuple[int, str], _BreakIndex] = {}
_MAX_INDEXES = 256


def _is_break(tokens: list[Token], k: int, kind: str) -> bool:
    word = tokens[k].lower
    if kind == "strong":
        return word in strong_breaks()
    if word not in clause_breaks():
        return False
    # "dan"/"serta" joining two lower-case words that are not verbs joins nouns, not clauses
    joins = word in function_words().conjunctions
    return not (joins and 0 < k < len(tokens) - 1 and _noun_pair(tokens[k - 1], tokens[k + 1]))


def _index(tokens: list[Token], kind: str) -> _BreakIndex:
    key = (id(tokens), kind)
    found = _INDEXES.get(key)
    if found is not None and found.tokens is tokens:
        return found
    prefix = [0]
    for k in range(len(tokens)):
        prefix.append(prefix[-1] + _is_break(tokens, k, kind))
    index = _BreakIndex(tokens, [t.start for t in tokens], [t.end for t in tokens], prefix)
    if len(tokens) < _CACHED_FROM:  # short lists (slices) cost nothing to index and would crowd the cache
        return index
    if len(_INDEXES) >= _MAX_INDEXES:
        _INDEXES.clear()
    _INDEXES[key] = index
    return index


def _breaks_inside(tokens: list[Token], start: int, end: int, kind: str) -> bool:
    index = _index(tokens, kind)
    lo = bisect_left(index.starts, start)  # first token starting at or after `start`
    hi = bisect_right(index.ends, end)  # tokens before `hi` end at or before `end`
    return hi > lo and index.prefix[hi] - index.prefix[lo] > 0


@cache
def _verb_prefixes() -> tuple[str, ...]:
    m = morphology()
    return (*m.active_verb_prefixes, *m.passive_verb_prefixes)


@cache
def clause_breaks() -> frozenset[str]:
    return frozenset(str(w) for w in context_data()["clause_breaks"])


@cache
def strong_breaks() -> frozenset[str]:
    return frozenset(str(w) for w in context_data()["strong_breaks"])


def breaks_between(tokens: list[Token], start: int, end: int) -> bool:
    """A clause break between `start` and `end`; "dan"/"serta" joining two lower-case words that are
    not verbs joins nouns, not clauses ("kerja sama militer dan intelijen dengan Australia")."""
    return _breaks_inside(tokens, start, end, "clause")


def strong_break_between(tokens: list[Token], start: int, end: int) -> bool:
    """A strong clause break ("sementara", ";") between `start` and `end`."""
    return _breaks_inside(tokens, start, end, "strong")


def _noun_pair(left: Token, right: Token) -> bool:
    """Two lower-case words the second of which is not a verb: by its UPOS tag, or by its prefix
    when no tagger ran."""
    verb = right.lower.startswith(_verb_prefixes()) if right.pos is None else right.pos == "VERB"
    return left.text.isalpha() and left.text.islower() and right.text.isalpha() and right.text.islower() and not verb


def coordinated(located: list[Place], free: list[Place], tokens: list[Token]) -> list[Place]:
    """Located places, those joined to them by "dan", "serta", "," ("di Irak dan Suriah") and the
    town right after a located site ("di pinggiran Zona Hijau Bagdad")."""
    out = list(located)
    taken = {(p.start, p.end) for p in out}
    ends = sorted(p.end for p in out)  # where the places kept so far end, for the distance tests

    def keep(place: Place) -> None:
        out.append(place)
        taken.add((place.start, place.end))
        insort(ends, place.end)

    def ends_within(lo: int, hi: int) -> bool:
        i = bisect_left(ends, lo)
        return i < len(ends) and ends[i] <= hi

    for place in free:
        if (place.start, place.end) in taken:
            continue
        if ends_within(place.start - 1, place.start - 1):
            keep(place)  # "Zona Hijau Bagdad", "Jalan Legian Kuta": the town the site is in
            continue
        prev = token_before(tokens, place.start)
        if (
            prev is not None
            and prev.lower in function_words().place_joiners
            and ends_within(place.start - 40, place.start)
        ):
            keep(place)
    return sorted(out, key=lambda p: p.start)


def located_place(place: Place, tokens: list[Token], *, after_noun: bool = False, battle: bool = False) -> bool:
    """A place after a locative ("di Bagdad"); with `after_noun`, also one after a place noun and one
    modifier ("di daerah suku Pakistan", "di kota metropolis India"; `place_nouns`); with `battle`, also
    the site a battle is named by ("Pertempuran Surabaya"; `battle_nouns`)."""
    ctx = context_data()
    prev = token_before(tokens, place.start)
    if prev is None:
        return False
    if prev.lower in ctx["locatives"] or (battle and prev.lower in ctx["battle_nouns"]):
        return True
    if not after_noun:
        return False
    noun = token_before(tokens, prev.start)
    return (
        noun is not None
        and noun.lower in ctx["place_nouns"]
        and prev.text.isalpha()
        and prev.text.islower()
        and prev.lower not in ctx["back_reference"]
        and prev.lower not in clause_breaks()
    )


def between_sides(mention: Mention, ents: list[Entity]) -> tuple[Entity, Entity] | None:
    """The two sides of a nominal "antara X dan Y" (perhaps after one modifier: "bentrokan kecil
    antara …", or after the noun's own words within its clause: "penandatanganan nota kesepahaman
    (MoU) antara X dan Y", "pertemuan itu berlangsung Kamis antara X dan Y"): X acts, Y is acted on."""
    after = [t for t in mention.tokens if t.start >= mention.trigger.end][: _BETWEEN_REACH + 2]
    k = next((j for j, t in enumerate(after[:2]) if t.lower == function_words().between), None)
    later = k is None or (k == 1 and not after[0].text.islower())
    if later:
        k = _between_later(after)
    if k is None:
        return None
    first = next((e for e in ents if e.start >= after[k].end), None)
    # further on, the first side opens the "antara" phrase ("antara pihak manajemen dan …")
    if first is None or (later and first.start not in {t.start for t in after[k + 1 : k + 3]}):
        return None
    rest = [t for t in mention.tokens if t.start >= first.end][:6]
    joint = next((t for t in rest if t.lower in function_words().side_joiners), None)
    if joint is None or any(t.text in (",", ";") for t in rest if t.start < joint.start):
        return None
    second = next((e for e in ents if e.start > joint.start), None)
    return (first, second) if second is not None else None


#: how many words after a nominal trigger its "antara" phrase may stand
_BETWEEN_REACH = 10


def _between_later(after: list[Token]) -> int | None:
    """The index of an "antara" within `_BETWEEN_REACH` words of the trigger and in its clause (no
    clause break before it), not the locative "di antara" ("among") nor the list "antara lain"."""
    ctx = context_data()
    breaks = set(ctx["clause_breaks"])
    for j, tok in enumerate(after[:_BETWEEN_REACH]):
        if tok.lower in breaks or tok.text == ".":
            return None
        if tok.lower != function_words().between or j < 2:
            continue
        nxt = after[j + 1].lower if j + 1 < len(after) else ""
        if after[j - 1].lower in ctx["between_not_after"] or nxt in ctx["between_not_before"]:
            return None
        return j
    return None


def conjunct_before(mention: Mention, actor: Entity, ents: list[Entity]) -> Entity | None:
    """X in "X dan <actor>": the first of two coordinated subjects."""
    prev = token_before(mention.tokens, actor.start)
    if prev is None or prev.lower not in function_words().subject_joiners:
        return None
    return next((e for e in reversed(ents) if e.end <= prev.start and prev.start - e.end <= 2), None)


def bare_agent(mention: Mention, ents: list[Entity]) -> Entity | None:
    """The agent right after a di- passive, without "oleh": "ditangkap polisi", "ditembakkan
    kelompok Houthi" (Indonesian lets the agent follow the verb directly)."""
    if mention.spec.voice != "passive":
        return None
    after = [t for t in mention.tokens if t.start >= mention.trigger.end][:2]
    if not after:
        return None
    starts = {after[0].start}
    if len(after) == 2 and after[0].lower in {function_words().plural, *context_data()["group_nouns"]}:
        starts.add(after[1].start)  # "ditembakkan kelompok Houthi"
    return next((e for e in ents if e.start in starts and e.label != "LOC"), None)


def _join(tokens: list[Token], left_end: int, right_start: int) -> str | None:
    """What joins two mentions of a list: "and" when a conjunction stands between them, "comma"
    for commas only ("Kanada, Inggris, dan Norwegia"; "para" may open the next one: "AS dan para
    sekutunya"), None when anything else does."""
    words = function_words()
    between = tokens[starting_from(tokens, left_end) : ending_by(tokens, right_start)]
    if not between or between[0].lower not in words.party_joiners:
        return None
    if not all(t.lower in words.party_joiners or t.lower == words.plural for t in between):
        return None
    return "and" if any(t.lower in words.conjunctions for t in between) else "comma"


def opens_clause(tokens: list[Token], end: int) -> bool:
    """Whether a verb follows right after `end`: the mention is the subject of a new clause
    ("mengecam Israel dan Jerman menolak …"), not the last of a list."""
    k = starting_from(tokens, end)
    if k >= len(tokens):
        return False
    nxt = tokens[k]
    if not (nxt.text.isalpha() and nxt.text.islower()):
        return False
    return nxt.lower.startswith(_verb_prefixes()) if nxt.pos is None else nxt.pos in ("VERB", "AUX")


def listed(tokens: list[Token], first: Entity, ents: list[Entity], lo: int, hi: int) -> list[Entity]:
    """The mentions listed with `first` between offsets `lo` and `hi`: "mengutuk Selandia Baru,
    Australia, Kanada, Inggris, dan Norwegia" makes all five the recipients, and "asal Iran dan
    Afghanistan ditangkap" both (`first` may be the last member). A list is commas, then one
    "dan"/"serta" before its last member; a comma after that ends it ("terhadap New York dan
    Washington, Yaman bersekutu …"), and so does a member followed by a verb, which opens a clause of
    its own ("mengecam Israel dan Jerman menolak …")."""
    pool = sorted((e for e in ents if lo <= e.start and e.end <= hi), key=lambda e: e.start)
    if first not in pool:
        return []
    k = pool.index(first)
    start = k
    if start > 0 and _join(tokens, pool[start - 1].end, pool[start].start) == "and":
        start -= 1  # `first` is the last member: "pencari suaka asal Iran dan Afghanistan ditangkap"
    while start > 0 and _join(tokens, pool[start - 1].end, pool[start].start) == "comma":
        start -= 1
    # the list's members, left to right, up to the one after its conjunction
    members = [pool[start]]
    join: str | None = None
    for cur in pool[start + 1 :]:
        join = _join(tokens, members[-1].end, cur.start)
        if join is None or (cur.start > first.start and opens_clause(tokens, cur.end)):
            return []
        members.append(cur)
        if join == "and":
            break
    if first not in members or len(members) < 2 or join != "and":
        return []
    return [e for e in members if e is not first]


@cache
def _home_words() -> tuple[tuple[str, ...], ...]:
    words = context_data()["home_words"]
    return tuple(sorted((tuple(w.lower().split()) for w in words), key=len, reverse=True))


def home_places(places: list[Place], tokens: list[Token]) -> list[Place]:
    """Places telling where a person lives or comes from ("warga Desa Blumbungan, Pamekasan",
    "mahasiswa asal Surabaya", "warga negara Senegal"): after an origin word, perhaps with an
    administrative noun between ("warga Kecamatan …"), and the places joined to one by a comma or
    "dan" (the regency and province of the village: "…, Kabupaten Blitar, Jawa Timur"; "warga Desa
    X dan Y")."""
    nouns = frozenset(context_data()["home_nouns"])
    joiners = function_words().place_joiners
    out: list[Place] = []
    for place in sorted(places, key=lambda p: p.start):
        k = starting_from(tokens, place.start)
        before = [t.lower for t in tokens[max(0, k - 4) : k]]
        if before and before[-1] in nouns:
            before = before[:-1]
        if any(len(before) >= len(w) and tuple(before[-len(w) :]) == w for w in _home_words()):
            out.append(place)
            continue
        if not out or out[-1].end > place.start:
            continue
        between = [t.lower for t in tokens[starting_from(tokens, out[-1].end) : k]]
        if between and between[0] in joiners and len(between) <= 2 and all(w in joiners or w in nouns for w in between):
            out.append(place)
    return out
