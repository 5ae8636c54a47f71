"""In-document event coreference: mentions of one action become one record.

Two drafts are the same event when they have the same PLOVER type and nothing tells them
apart: their actors' countries agree (or one is unknown), their dates agree (or one is
unknown), their places' countries overlap (or one has none) and they are close in the text
(within `WINDOW` sentences) — ACLED's rule that successive actions by the same actors at the
same place on the same day are one event. A nominal back-reference ("serangan itu", "tewas
dalam serangan") joins the latest earlier event of its type, or is dropped when there is none.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any, TypeVar

from ..lang import language_cache
from ..spans import Attribution, Casualty, EventDate, Party, Place, Span
from ..times.lexicon import bounding_mod
from ..tokens import Token
from .apart import counted_apart
from .clause_places import placed_apart
from .detect import Mention
from .lexicon import context_data

S = TypeVar("S", bound=Span)

WINDOW = 4
RIOT_STEP = 2  # a crowd's violence joins a riot told at most this many sentences before


@dataclass(slots=True)
class Draft:
    """An event under construction: one or more mentions and what was found around them."""

    event_type: str
    mentions: list[Mention]
    sentence_index: int
    mode: list[str] = field(default_factory=list)
    actor: list[Party] = field(default_factory=list)
    recipient: list[Party] = field(default_factory=list)
    date: EventDate | None = None
    locations: list[Place] = field(default_factory=list)
    attribution: list[Attribution] = field(default_factory=list)
    citations: list[str] = field(default_factory=list)
    last_sentence: int = 0
    home: str | None = None  # the document's main country, for parties the text leaves implicit
    implied: list[Casualty] = field(default_factory=list)  # "Munir dibunuh", "Budi ditahan": one person, no number
    retold: bool = False  # told in a summary of the text ("## Ringkasan"): joins its event however far back
    lead: bool = False  # told in a news text's headline or lead, which the body tells again further on

    @property
    def negated(self) -> bool:
        return all(m.negated for m in self.mentions)

    @property
    def prior(self) -> bool:
        return all(m.prior for m in self.mentions)

    @property
    def back_reference(self) -> bool:
        return all(m.back_reference for m in self.mentions)


class _GrowingSets:
    """Sets derived from lists that only grow while drafts merge (a draft's actors, places,
    sources), kept up to date by adding what was appended since the last look: a document of
    thousands of mentions of one event no longer rebuilds them at every comparison (that was
    quadratic). A list that shrank or was replaced is read afresh."""

    def __init__(self) -> None:
        self.cache: dict[tuple[int, str], tuple[list[Any], int, set[Any]]] = {}

    def of(self, items: list[Any], kind: str, value: Callable[[Any], Any]) -> set[Any]:
        key = (id(items), kind)
        entry = self.cache.get(key)
        if entry is None or entry[0] is not items or entry[1] > len(items):
            found: set[Any] = set()
            start = 0
        else:
            _, start, found = entry
        for item in items[start:]:
            v = value(item)
            if v is not None:
                found.add(v)
        self.cache[key] = (items, len(items), found)
        return found

    def clear(self) -> None:
        self.cache.clear()


_SETS = _GrowingSets()


def _country_of(p: Party | Place) -> str | None:
    return p.country or None


def _name_of(p: Party) -> str:
    return (p.name or p.text).casefold()


def _offsets_of(x: Span) -> tuple[int, int]:
    return (x.start, x.end)


def _countries(spans: list[Party] | list[Place]) -> set[str]:
    return _SETS.of(spans, "country", _country_of)


def _camps(parties: list[Party]) -> set[bool]:
    """Which sides the parties are on: state forces (True) or not (False)."""
    forces = frozenset(context_data()["force_sectors"])
    return _SETS.of(parties, "camp", lambda p: (p.sector in forces) if p.sector else None)


def _names(parties: list[Party]) -> set[str]:
    return _SETS.of(parties, "name", _name_of)


def _proper_names(draft: Draft) -> set[str]:
    """The names of the draft's recipients named by a proper name that is neither a place nor a body the
    actor dictionary knows (a person, a ship, a tribe: "Knud", "Sventipolk"); not a state ("Barbados"),
    nor a group told by a common noun ("tentara Inggris")."""
    if not draft.recipient:
        return set()
    places = _SETS.of(draft.locations, "offsets", _offsets_of)
    return {
        _name_of(p)
        for p in draft.recipient
        if p.text[:1].isupper() and not p.wikidata_id and (p.start, p.end) not in places
    }


def _compatible_sets(a: set[str], b: set[str]) -> bool:
    return not a or not b or bool(a & b)


def _date_key(date: EventDate | None) -> str | None:
    return date.start[:10] if date else None


def _dates_agree(a: Draft, b: Draft) -> bool:
    """Same day, or one date contains the other ("2019-12" and "2019-12-29"), or one is unknown.

    An instant is a UTC day and a day is local: "Senin (23/9)" and "pukul 07.30 WIT" (22:30 UTC
    on the 22nd) agree, as a day and an instant one day apart always may."""
    da, db = _date_key(a.date), _date_key(b.date)
    if not (da and db) or da.startswith(db) or db.startswith(da):
        return True
    return _instant_and_day(a.date, b.date) or _instant_and_day(b.date, a.date)


def _instant_and_day(instant: EventDate | None, day: EventDate | None) -> bool:
    if instant is None or day is None or instant.precision not in ("minute", "hour") or day.precision != "day":
        return False
    try:
        gap = abs((date.fromisoformat(instant.start[:10]) - date.fromisoformat(day.start[:10])).days)
    except ValueError:
        return False
    return gap <= 1


def _same_event(a: Draft, b: Draft, *, far: bool = False, lent: bool = False) -> bool:
    """`far`: `a` is a headline's or lead's event and `b` the body's mention, however far down;
    `lent`: a summary's retelling dated only by the day it was lent may join an event of its word."""
    if a.event_type != b.event_type or a.negated or b.negated:
        return False
    if b.mentions[0].retaliation:  # answers an earlier event: never that event
        return False
    if a.prior or b.prior:  # a cause told in passing is its own event, one per sentence
        return a.prior and b.prior and a.sentence_index == b.sentence_index
    if b.sentence_index - a.last_sentence > WINDOW and not (b.retold or far):
        return False
    if far and _additive(b.mentions[0]) and not _same_addressee(a, b):
        return False  # "Ia juga membantah ...": a further act, not the lead's retold
    if (
        not _dates_agree(a, b)
        and not _names_again(a, b)
        and not _dated_again(a, b)
        and not (lent and _lent_retelling(a, b))
    ):
        return False
    if _named_apart(a, b) or _sequenced(a, b) or _modes_apart(a, b) or _steps_apart(a, b):
        return False
    if counted_apart(a.mentions, b.mentions[0]):
        return False
    if _clauses_apart(a, b):
        return False
    if not _compatible_sets(_countries(a.actor), _countries(b.actor)):
        return False
    if _camps(a.actor) and _camps(b.actor) and not _camps(a.actor) & _camps(b.actor):
        return False  # police firing and a crowd attacking are two events, even on one day
    if _swapped(a, b):
        return False  # the sides swapped: a reply, not the same act
    if a.event_type in context_data()["distinct_victim_types"] and not _compatible_sets(
        _proper_names(a), _proper_names(b)
    ):
        return False  # two different victims named: two acts ("Knud terbunuh …", "Sventipolk terbunuh …")
    if (
        a.event_type in context_data()["speech_types"]
        and not _compatible_sets(_names(a.actor), _names(b.actor))
        and not _one_body(a.actor, b.actor)
        and not _speaks_for(a.actor, b.actor)
    ):
        return False  # statements by two different speakers are two events
    return _compatible_sets(
        _SETS.of(a.locations, "country", _country_of), _SETS.of(b.locations, "country", _country_of)
    )


def _swapped(a: Draft, b: Draft) -> bool:
    """`b`'s recipient is `a`'s actor and not its own actor: a reply ("Iran membalas serangan Israel"),
    unless the act is one both sides do to each other ("bertemu dengan Prabowo", "pertemuannya dengan
    Prabowo": a meeting told from the other side is the same meeting) or one its target never answers
    in kind (a protest: the sides read swapped are one protest's roles misread)."""
    ctx = context_data()
    if a.event_type in ctx["mutual_types"] or a.event_type in ctx["unanswered_types"]:
        return False
    return bool(_names(a.actor) & _names(b.recipient)) and not _names(a.actor) & _names(b.actor)


def _clauses_apart(a: Draft, b: Draft) -> bool:
    """`b`'s mention and one of `a`'s stand in two clauses of one sentence that each name their own,
    different place ("… di Medan, sedangkan tentara menangkap … di Makassar"): two acts."""
    subjects = [*a.actor, *a.recipient, *b.actor, *b.recipient]
    return placed_apart(a.mentions, a.locations, b.mentions[0], b.locations, subjects)


def _one_body(a: list[Party], b: list[Party]) -> bool:
    """Both sides' actors are one institution named by common nouns of one sector ("polisi" and
    "penyidik", "jaksa" and "kejaksaan"), not two named speakers."""
    generic = all(not p.wikidata_id and len(p.text.split()) == 1 for p in [*a, *b])
    sectors_a, sectors_b = {p.sector for p in a if p.sector}, {p.sector for p in b if p.sector}
    return generic and bool(sectors_a & sectors_b) and sectors_a == sectors_b


def _speaks_for(a: list[Party], b: list[Party]) -> bool:
    """One side's speaker is the body the other side's speaker holds office in, named in his title
    ("Komisi X DPR" and "Wakil Ketua Komisi X DPR RI Lalu Hadrian Irfani", "Kementerian Luar Negeri
    China" and its spokesman): one statement, not two speakers'."""
    return any(
        _in_title(body, person) or _in_title(person, body) or _head_of(body, person) or _head_of(person, body)
        for body in a
        for person in b
    )


def _head_of(short: Party, named: Party) -> bool:
    """`short` is one common word, the head that opens `named`'s longer name ("Pemerintah" after
    "Pemerintah Provinsi Kalimantan Tengah", "polisi" after "Polisi Resor Bogor"): the text names the
    body again by its head noun."""
    word, told = short.text.casefold().split(), named.text.casefold().split()
    return not short.wikidata_id and len(word) == 1 and len(told) > 1 and told[0] == word[0]


def _in_title(body: Party, person: Party) -> bool:
    """`body`'s mention is a part of `person`'s longer one, as a title names an office's body."""
    name, told = body.text.casefold(), person.text.casefold()
    return len(name.split()) > 1 and len(told) > len(name) and f" {name} " in f" {told} "


def _event_name(mention: Mention) -> str | None:
    """The proper name a nominal trigger heads: "Falkland" of "perang Falkland", "Changde" of
    "Pertempuran Changde" (a capitalised word right after the noun, not the sentence's start)."""
    if mention.spec.voice not in ("noun", "base", "phrase") or mention.last + 1 >= len(mention.tokens):
        return None
    word = mention.tokens[mention.last + 1].text
    return word if word[:1].isupper() and word[1:2].islower() else None


def _named_apart(a: Draft, b: Draft) -> bool:
    """Two wars or battles told by their own names ("perang Falkland" and "perang Bosnia") are two
    events, however close in the text."""
    theirs = {n for m in b.mentions if (n := _event_name(m))}
    ours = {n for m in a.mentions if (n := _event_name(m))}
    return bool(ours and theirs and not ours & theirs)


def _modes_apart(a: Draft, b: Draft) -> bool:
    """`b`'s trigger word tells one of two modes its type keeps apart and `a`'s words tell only the
    other ("ditangkap" after "penggeledahan", "digulingkan dan ditangkap"), or a mode kept apart from
    every other word of its type (`_sole_apart`): two acts. A word for what
    is taken in the act of another ("menyita barang bukti") tells no act of its own."""
    pairs = context_data()["distinct_modes"].get(a.event_type, [])
    sole = context_data()["sole_modes"].get(a.event_type, [])
    if not pairs and not sole:
        return False
    taken = context_data()["taken_in_the_act"]
    theirs = _own_modes([b.mentions[0]], taken)
    ours = _own_modes(a.mentions, taken)
    crossed = any((x in theirs and y in ours) or (y in theirs and x in ours) for x, y in pairs)
    return (crossed and not theirs & ours) or any(_sole_apart(mode, a.mentions, b.mentions[0]) for mode in sole)


def _steps_apart(a: Draft, b: Draft) -> bool:
    """`b`'s word tells one step of an inquiry and none of `a`'s words tells that step while one tells
    another ("menetapkan delapan tersangka" after "diperiksa sebagai saksi"): two acts (data:
    `inquiry_steps`)."""
    steps = context_data()["inquiry_steps"].get(a.event_type, [])
    theirs = {i for i, roots in enumerate(steps) if b.mentions[0].spec.root in roots}
    ours = {i for i, roots in enumerate(steps) for m in a.mentions if m.spec.root in roots}
    return bool(theirs and ours and not theirs & ours)


def _sole_apart(mode: str, mentions: list[Mention], mention: Mention) -> bool:
    """`mention`'s word tells `mode` (an abduction: "diculik") and none of `mentions`' words does, or the
    other way round ("menculik dan membunuh"): two acts (data: `sole_modes`)."""
    told = [mode in m.spec.mode for m in mentions]
    return all(told) if mode not in mention.spec.mode else not any(told)


def _own_modes(mentions: list[Mention], taken: list[str]) -> set[str]:
    return {mode for m in mentions if m.spec.root not in taken for mode in m.spec.mode}


def _sequenced(a: Draft, b: Draft) -> bool:
    """`b`'s mention and one of `a`'s share a sentence that orders them in time or as cause and
    effect ("Penangkapan dilakukan setelah polisi menangkap dua kurir"; "Sebelum menteri berkunjung
    ke Tokyo, perdana menteri mengunjungi Seoul"): two acts, however alike."""
    words = _sequence_words()
    mention = b.mentions[0]
    for m in a.mentions:
        if m.sentence is not mention.sentence or m.index == mention.index:
            continue
        if _told_earlier(m) != _told_earlier(mention):
            return True  # "anggota DPR yang lebih dulu ditangkap": an act done before the other
        first, second = (m, mention) if m.index < mention.index else (mention, m)
        between = first.tokens[first.last + 1 : second.index]
        if second is mention and mention.back_reference:
            # "ledakan sesudah anak-anak bermain di pos, katanya, ... bahwa ledakan itu": a clause a comma
            # closed before the reference orders another act; "sehari setelah bentrokan itu" stays
            between = _after_last_comma(between)
        if any(t.lower in words for t in between):
            return True
        if any(t.lower in context_data()["inclusion_words"] for t in between):
            continue  # "memicu serangan ..., termasuk serangan bom": the second is one of the first
        if any(t.lower == "," for t in between) and any(t.lower in words for t in _clause_before(first)):
            return True  # a fronted clause: "Setelah A ..., B ..."
    return False


@language_cache
def _sequence_words() -> frozenset[str]:
    return frozenset(context_data()["sequence_words"])


@language_cache
def _earlier_words() -> frozenset[str]:
    return frozenset(context_data()["earlier_before"])


def _told_earlier(mention: Mention) -> bool:
    """One of the two words before the trigger tells its act as done before ("lebih dulu ditangkap",
    "terlebih dahulu diperiksa"; data: `earlier_before`)."""
    before = mention.tokens[max(0, mention.index - 2) : mention.index]
    return any(t.lower in _earlier_words() for t in before)


def _after_last_comma(tokens: list[Token]) -> list[Token]:
    """The tokens after the last comma among `tokens` (all of them without one)."""
    cut = max((k for k, t in enumerate(tokens) if t.lower == ","), default=-1)
    return tokens[cut + 1 :]


def _clause_before(mention: Mention) -> list[Token]:
    """The words before the mention's trigger back to the last comma of its sentence."""
    out: list[Token] = []
    for tok in reversed(mention.tokens[: mention.index]):
        if tok.lower == ",":
            break
        out.append(tok)
    return out


def _told_with(draft: Draft) -> bool:
    """The draft's date is its own, not the first day of the text a summary's retelling is
    lent when its sentence tells none: only a day of its own sets it apart from another mention."""
    at = draft.date.start_char if draft.date is not None else None
    return not draft.retold or at is None or _in_own_sentence(draft, at)


def _in_own_sentence(draft: Draft, at: int) -> bool:
    """Offset `at` (of the draft's date) lies in the sentence of one of its mentions."""
    return any(m.sentence.start <= at < m.sentence.end for m in draft.mentions)


def _share_word(a: Draft, b: Draft) -> bool:
    """The two name their act by a word in common (the trigger records' root)."""
    return bool({m.spec.root for m in a.mentions} & {m.spec.root for m in b.mentions})


def _lent_retelling(a: Draft, b: Draft) -> bool:
    """One of the two is a summary's retelling dated only by the day it was lent, and it names the
    event by a word the other already used ("ditahan" retelling "menahan"): the lent day does not
    set them apart. (Another word of the type is another act: "memeriksa" is not "menetapkan".)"""
    if _told_with(a) and _told_with(b):
        return False
    return _share_word(a, b)


def _told_again(a: Draft, b: Draft) -> bool:
    """`b` names `a`'s act again by a word `a` already used, on the same day, each dated by a day its own
    sentence tells ("pertemuan ... Kamis (19/6/2025)" and, paragraphs on, "pertemuannya ... pada hari
    ini"): a news text returns to its event however far down; another act of the word on that day would
    be told apart by its parties, place or a further-act word ("juga")."""
    undated = a.date is None and b.date is None
    if not undated and (not _own_day(a) or not _own_day(b) or _date_key(a.date) != _date_key(b.date)):
        return False
    return _share_word(a, b)


def _own_day(draft: Draft) -> bool:
    """The draft is dated by a day (or a time of day) told in the sentence of one of its mentions."""
    day = draft.date
    if day is None or day.untied or day.start_char is None or day.precision not in ("day", "hour", "minute"):
        return False
    return _in_own_sentence(draft, day.start_char)


def _same_addressee(a: Draft, b: Draft) -> bool:
    """Of a type told once per addressee (D26: several demands to one party are one REQUEST), `b` asks
    a party `a` already asked ("meminta polisi memeriksa …", "juga mendorong polisi agar …"): the same
    act, its further demand."""
    if a.event_type not in context_data()["one_per_addressee"]:
        return False
    theirs = _names(b.recipient)
    return bool(theirs) and theirs <= _names(a.recipient)


def _additive(mention: Mention) -> bool:
    """A word right before the trigger that tells a further act of the kind ("juga membantah")."""
    k = mention.index
    return k > 0 and mention.tokens[k - 1].lower in context_data()["additive_before"]


def _names_again(a: Draft, b: Draft) -> bool:
    """`b` is a bare noun of a word `a` already used ("kerusuhan" after "Kerusuhan Mei 1998"), dated
    only by what came before it: a date carried over does not set it apart."""
    mention = b.mentions[0]
    if mention.spec.voice not in ("noun", "base") or b.date is None or b.date.start_char is None:
        return False
    own = mention.sentence.start <= b.date.start_char < mention.sentence.end
    return not own and any(m.spec.root == mention.spec.root for m in a.mentions)


def _dated_again(a: Draft, b: Draft) -> bool:
    """`a` is told only by a bare noun dated by what came before it, and `b` names it again by the same
    word with a day its own sentence tells ("serangan militer Israel …" under the last sentence's day,
    then "serangan Israel yang dimulai pada Jumat (13/6)"): the carried day does not set them apart,
    and the told one is the event's (``_absorb``)."""
    mention = b.mentions[0]
    if mention.spec.voice not in ("noun", "base") or not _own_day(b) or not _carried_day(a):
        return False
    return all(m.spec.voice in ("noun", "base") and m.spec.root == mention.spec.root for m in a.mentions)


def _carried_day(draft: Draft) -> bool:
    """The draft's date is carried over from a sentence none of its mentions is in."""
    day = draft.date
    return day is not None and day.start_char is not None and not _in_own_sentence(draft, day.start_char)


def _told_day_over_carried(into: Draft, other: Draft) -> bool:
    """`other` tells another day in its own sentence where `into`'s was carried over from elsewhere:
    the told day is the event's (the same day told both ways keeps the finer of the two)."""
    return _carried_day(into) and _own_day(other) and _date_key(into.date) != _date_key(other.date)


def _part_of_riot(draft: Draft, riot: Draft) -> bool:
    """Violence by the crowd itself (no weapon, not by police or soldiers) during a demonstration is
    part of it, which makes it a riot (ACLED: a demonstration turned violent is one riot event),
    e.g. "massa menghancurkan pos"."""
    ctx = context_data()
    if riot.event_type != "PROTEST" or draft.event_type != "ASSAULT":
        return False
    if draft.negated or riot.negated or set(draft.mode) & set(ctx["weapon_modes"]):
        return False
    if any(p.sector in ctx["force_sectors"] for p in draft.actor):
        return False
    if not riot.sentence_index - 1 <= draft.sentence_index <= riot.last_sentence + RIOT_STEP:
        return False
    return _dates_agree(riot, draft)


def _finer(a: EventDate, b: EventDate) -> bool:
    """True when `a` is the same date as `b` told more precisely."""
    return a.finer_than(b) and a.start[:4] == b.start[:4]


def _extend_unique(target: list[str], items: list[str]) -> None:
    for item in items:
        if item not in target:
            target.append(item)


def _extend_spans(target: list[S], items: list[S]) -> None:
    """Append the spans of `items` not already in `target`, compared by offsets."""
    known = _SETS.of(target, "offsets", _offsets_of)
    target.extend([x for x in items if (x.start, x.end) not in known])


def _absorb(into: Draft, other: Draft) -> None:
    into.mentions.extend(other.mentions)
    into.implied.extend(other.implied)
    _extend_spans(into.attribution, other.attribution)
    _extend_unique(into.citations, other.citations)
    if other.back_reference:  # "serangan itu di Irak" adds where, its source and markers, nothing else
        trigger = other.mentions[0].trigger
        _extend_spans(into.locations, [p for p in other.locations if trigger.start <= p.start <= trigger.end + 60])
        return
    _extend_spans(into.locations, other.locations)
    _extend_unique(into.mode, other.mode)
    # both roles are checked against the parties as they were before this mention came in
    actors, recipients = _SETS.of(into.actor, "offsets", _offsets_of), _SETS.of(into.recipient, "offsets", _offsets_of)
    new_actors = [x for x in other.actor if (x.start, x.end) not in actors and (x.start, x.end) not in recipients]
    new_recipients = [
        x for x in other.recipient if (x.start, x.end) not in actors and (x.start, x.end) not in recipients
    ]
    into.actor.extend(new_actors)
    into.recipient.extend(new_recipients)
    if other.date is not None and (
        into.date is None or _finer(other.date, into.date) or _told_day_over_carried(into, other)
    ):
        into.date = other.date
    into.last_sentence = max(into.last_sentence, other.last_sentence)


def _refers_to(reference: Draft, event: Draft) -> bool:
    return (
        event.event_type == reference.event_type
        and not (event.prior or event.negated)
        and not _named_apart(event, reference)  # "dalam Pertempuran Changde" after "Pertempuran Changsha"
        and not _sequenced(event, reference)  # "sehari setelah bentrokan": an earlier act than its sentence's
        and not _dated_apart(reference, event)  # "serangan ... pada 1996" after a war that broke out in 1994
        and _compatible_sets(_countries(event.locations), _countries(_near_places(reference)))
    )


def _dated_apart(reference: Draft, event: Draft) -> bool:
    """The reference's own sentence tells a year other than the event's ("perang pecah pada 1994", then
    "serangan kaum separatis terhadap Grozny pada 1996"): another act of its kind, told by a noun of the
    type, not the earlier one named again. A date carried from the text before it does not set it
    apart, nor another day of the same year, which a retelling may misread, nor a bound ("berlangsung
    sejak 2016": the act told since then may go on to the other's day), of either."""
    day = reference.date
    if event.date is None or day is None or day.untied or day.start_char is None:
        return False
    if not _in_own_sentence(reference, day.start_char) or _bounded(reference, day) or _bounded(event, event.date):
        return False
    return day.start[:4] != event.date.start[:4]


def _bounded(draft: Draft, day: EventDate) -> bool:
    """The draft's date follows a word in its sentence that bounds it ("sejak", "hingga", "sebelum
    tahun"): a span from or to that date, not its day."""
    at = day.start_char
    tokens = next((m.tokens for m in draft.mentions if at is not None and m.sentence.start <= at < m.sentence.end), [])
    if at is None or not tokens:
        return False
    return bounding_mod([t.lower for t in tokens if t.end <= at][-3:]) is not None


def _near_places(reference: Draft) -> list[Place]:
    """The places told right after a back-reference's trigger ("tewas dalam baku tembak di Intan
    Jaya"): where that event was, which another country's event cannot be."""
    trigger = reference.mentions[0].trigger
    return [p for p in reference.locations if trigger.start <= p.start <= trigger.end + 60]


def _latest(merged: list[Draft], draft: Draft, fits: Callable[[Draft, Draft], bool]) -> Draft | None:
    """The latest earlier event that `fits` the draft, preferring one named by the same word
    ("kerusuhan ini" joins the last riot, not just the last protest)."""
    root = draft.mentions[0].spec.root
    candidates = [m for m in reversed(merged) if fits(draft, m)]
    return next((m for m in candidates if any(x.spec.root == root for x in m.mentions)), None) or next(
        iter(candidates), None
    )


def merge_drafts(drafts: list[Draft]) -> tuple[list[Draft], dict[int, Draft]]:
    """Merged drafts in text order, and for each input draft (by id) the draft it joined."""
    _SETS.clear()
    try:
        return _merge(drafts)
    finally:
        _SETS.clear()


def _merge(drafts: list[Draft]) -> tuple[list[Draft], dict[int, Draft]]:
    merged: list[Draft] = []
    joined: dict[int, Draft] = {}
    # The merged drafts a new mention can still join as the same event or a riot's violence: those
    # told within WINDOW sentences (RIOT_STEP <= WINDOW). Kept in `merged` order, so the choice
    # among them is the one a scan of all of `merged` makes; a long document no longer compares
    # each mention with every earlier event.
    recent: list[Draft] = []
    # The headline's and lead's events the body has not told again yet: the body's first mention
    # of the same type that nothing sets apart is the same event retold, however far down.
    heads: list[Draft] = []
    last_index = -1
    for draft in drafts:
        target = None
        in_order = draft.sentence_index >= last_index
        last_index = max(last_index, draft.sentence_index)
        if in_order:
            recent = [m for m in recent if m.last_sentence >= draft.sentence_index - WINDOW]
        near = recent if in_order and not draft.retold else merged
        if draft.back_reference and not draft.negated:
            target = _latest(merged, draft, _refers_to)
            # no earlier report: the reference is the first mention of its event ("dalam kerusuhan di Wamena")
        else:
            riot = next((m for m in reversed(near) if _part_of_riot(draft, m)), None)
            if riot is not None:
                _fold_into(riot, draft)
                joined[id(draft)] = riot
                continue
            target = _latest(near, draft, lambda d, m: _same_event(m, d))
            if target is None and draft.retold:  # an event of its own day first, then one of its word
                target = _latest(near, draft, lambda d, m: _same_event(m, d, lent=True))
            if target is None and not draft.lead:
                target = next((h for h in heads if _same_event(h, draft, far=True)), None)
            if target is None and not draft.lead:  # beyond the window: the same act named again on its day
                target = _latest(merged, draft, lambda d, m: _told_again(m, d) and _same_event(m, d, far=True))
        if target is not None and not draft.lead and any(h is target for h in heads):
            heads = [h for h in heads if h is not target]
        if target is not None and not any(m is target for m in recent):  # in reach again, in `merged` order
            recent = [m for m in merged if m is target or any(m is r for r in recent)]
        if target is None:
            merged.append(draft)
            recent.append(draft)
            joined[id(draft)] = draft
            if draft.lead:
                heads.append(draft)
        else:
            _absorb(target, draft)
            joined[id(draft)] = target
    return _fold_riots(merged, joined), joined


def _fold_into(riot: Draft, assault: Draft) -> None:
    """A demonstration whose crowd turns violent is a riot (PLOVER PROTEST riot); whom the crowd
    attacks ("massa menyerang para pemain", "bentrok dengan aparat") is whom the riot is against."""
    riot.mentions.extend(assault.mentions)
    _extend_spans(riot.recipient, assault.recipient)
    if "riot" not in riot.mode:
        riot.mode.append("riot")
    _extend_unique(riot.citations, assault.citations)
    _extend_spans(riot.attribution, assault.attribution)
    riot.last_sentence = max(riot.last_sentence, assault.last_sentence)


def _fold_riots(merged: list[Draft], joined: dict[int, Draft]) -> list[Draft]:
    """Absorb each crowd assault into the riot it belongs to (before or after it in the text)."""
    riots = [d for d in merged if d.event_type == "PROTEST"]
    kept: list[Draft] = []
    for draft in merged:
        # only an assault can be a riot's violence (`_part_of_riot`): others are not compared
        riot = next((r for r in riots if _part_of_riot(draft, r)), None) if draft.event_type == "ASSAULT" else None
        if riot is None:
            kept.append(draft)
            continue
        _fold_into(riot, draft)
        for key, value in joined.items():
            if value is draft:
                joined[key] = riot
    return kept
