"""Learned event coreference within a document: is a later candidate event the same real event
as an earlier one of its type, told again in another sentence?

The rules merge mentions (`events.merge`) by vetoes: one argument coded differently (a body
mention's actor "polisi" against a headline's "Polres Kudus", a date read off the report's day)
keeps two mentions of one arrest apart, and the second becomes a false event. This model scores
each pair of the judge's events of one type told in different sentences from what both say:
distance, headline and lead, trigger roots, dates, parties' countries and names, places, shared
words, figures (`pair_text`, marker tokens of `learned/data/pair_markers.yaml`). A pair scored
at or above the threshold chosen on the corpus's dev split is one event: the later mention is
folded into the earlier (`fold_repeats`). It is a spaCy `textcat` (bag of marker words and
pairs) in its own small pipeline, shipped in ``peristiwa/coreference/``, trained by
``python -m peristiwa.training coreference``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc
from spacy.vocab import Vocab

from ..events.lexicon import compiled_lexicon, context_data
from ..spans import Event, Party, Place
from ..typed_data import packaged
from .features import headline, read_date
from .packaged import packaged_model, stored_threshold

LABEL = "SAME"
OTHER = "OTHER"
DEFAULT_THRESHOLD = 0.9
#: a later event is compared with at most this many earlier ones of its type (the nearest), so a
#: long document's cost grows linearly with its events
PAIR_LIMIT = 30
_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class PairMarkers:
    """The model's marker tokens (see `learned/data/pair_markers.yaml` for what each marks)."""

    type_prefix: str
    root_prefix: str
    distance_prefix: str
    distance_cuts: tuple[int, ...]
    headline: str
    lead: str
    later_early: str
    lead_chars: int
    same_trigger: str
    same_root: str
    other_root: str
    no_dates: str
    one_date: str
    same_date: str
    within_date: str
    other_date: str
    missing: str
    same: str
    overlap: str
    apart: str
    actor_countries: str
    recipient_countries: str
    actor_names: str
    recipient_names: str
    place_countries: str
    place_names: str
    swapped: str
    definite: str
    negated: str
    words_prefix: str
    words_cuts: tuple[int, ...]
    same_figures: str
    other_figures: str


@cache
def pair_markers() -> PairMarkers:
    """The marker vocabulary (read once)."""
    return packaged(PairMarkers, "learned/data/pair_markers.yaml")


def coreference_path() -> Path | None:
    """The packaged coreference model, if this install ships one."""
    return packaged_model("coreference")


def threshold_of(nlp: Language) -> float:
    return stored_threshold(nlp, DEFAULT_THRESHOLD)


def _bucket(value: float, cuts: tuple[int, ...]) -> str:
    return str(next((i for i, cut in enumerate(cuts) if value < cut), len(cuts)))


def trigger_root(trigger: str) -> str:
    """The root of a trigger's first word by the trigger lexicon ("menangkap", "ditangkap" →
    "tangkap"), else the word itself."""
    words = trigger.lower().split()
    if not words:
        return ""
    specs = compiled_lexicon().specs_of(words[0])
    return specs[0].root if specs else words[0]


def _relation(a: set[str], b: set[str], prefix: str) -> str:
    m = pair_markers()
    if not a or not b:
        return prefix + m.missing
    return prefix + (m.same if a == b else m.overlap if a & b else m.apart)


def _countries(items: list[Party] | list[Place]) -> set[str]:
    return {x.country for x in items if x.country}


def _names(parties: list[Party]) -> set[str]:
    return {(p.name or p.text).lower() for p in parties if not p.implicit}


def _told_in(event: Event) -> bool:
    """The event's date is written in its own sentence, not carried from the text before it."""
    date = event.date
    return (
        date is not None
        and date.start_char is not None
        and event.sentence.start <= date.start_char < event.sentence.end
    )


_CALENDAR = ("day", "month", "year")


def _own_date(event: Event) -> str | None:
    """The date of `event` when its own sentence tells it as one day, month or year ("Rabu
    (11/6/2025)", "pada Mei lalu"), as its ISO prefix ("2025-06-11", "2025-05"), else None. A
    clock time is a UTC instant, which may fall on the day before the local one; a decade or a
    span ("sejak April") holds dates its start does not show."""
    date = event.date
    if date is None or date.precision not in _CALENDAR or date.end is not None or not _told_in(event):
        return None
    return date.start[:10]


def _date_marker(a: Event, b: Event) -> str:
    """How the two events' dates compare, as the rule stages left them when the model learned: a day
    the narrative carried without tying it to the event (`Event.carried_date`) counts."""
    m = pair_markers()
    date_a, date_b = read_date(a), read_date(b)
    da = date_a.start[:10] if date_a else ""
    db = date_b.start[:10] if date_b else ""
    if not da and not db:
        return m.no_dates
    if not (da and db):
        return m.one_date
    if da == db:
        return m.same_date
    return m.within_date if da.startswith(db) or db.startswith(da) else m.other_date


def pair_text(text: str, title: str, a: Event, b: Event) -> str:
    """The model's input for the earlier event `a` and the later `b` of the document `text`
    with headline `title`: marker tokens, one per feature."""
    m = pair_markers()
    early = len(title) + m.lead_chars
    ra, rb = trigger_root(a.trigger.text), trigger_root(b.trigger.text)
    found = [m.type_prefix + a.event_type, m.root_prefix + ra, m.root_prefix + rb]
    found.append(m.distance_prefix + _bucket(b.trigger.start - a.trigger.end, m.distance_cuts))
    if a.trigger.start < len(title):
        found.append(m.headline)
    elif a.trigger.start < early:
        found.append(m.lead)
    if b.trigger.start < early:
        found.append(m.later_early)
    if a.trigger.text.lower() == b.trigger.text.lower():
        found.append(m.same_trigger)
    found.append(m.same_root if ra == rb else m.other_root)
    found.append(_date_marker(a, b))
    found.append(_relation(_countries(a.actor), _countries(b.actor), m.actor_countries))
    found.append(_relation(_countries(a.recipient), _countries(b.recipient), m.recipient_countries))
    actors_a, actors_b, recipients_a, recipients_b = (_names(x) for x in (a.actor, b.actor, a.recipient, b.recipient))
    found.append(_relation(actors_a, actors_b, m.actor_names))
    found.append(_relation(recipients_a, recipients_b, m.recipient_names))
    if actors_a & recipients_b or recipients_a & actors_b:
        found.append(m.swapped)
    found.append(_relation(_countries(a.locations), _countries(b.locations), m.place_countries))
    places_a, places_b = {p.text.lower() for p in a.locations}, {p.text.lower() for p in b.locations}
    found.append(_relation(places_a, places_b, m.place_names))
    after = _WORD.findall(text[b.trigger.end : b.trigger.end + 20].lower())
    if after and after[0] in context_data()["back_reference"]:
        found.append(m.definite)
    if a.negated or b.negated:
        found.append(m.negated)
    found.append(m.words_prefix + _bucket(_shared_words(text, a, b), m.words_cuts))
    figures_a = {(c.kind, c.min) for c in a.casualties}
    figures_b = {(c.kind, c.min) for c in b.casualties}
    if figures_a and figures_b:
        found.append(m.same_figures if figures_a & figures_b else m.other_figures)
    return " ".join(found)


def _shared_words(text: str, a: Event, b: Event) -> float:
    """The share (percent) of the two sentences' words they have in common."""
    wa = set(_WORD.findall(text[a.sentence.start : a.sentence.end].lower()))
    wb = set(_WORD.findall(text[b.sentence.start : b.sentence.end].lower()))
    return 100 * len(wa & wb) / max(1, len(wa | wb))


def candidate_pairs(events: list[Event]) -> list[tuple[int, int]]:
    """The pairs (earlier, later) the model decides: one type, two different sentences, the
    sides not swapped (a reply is not the act it answers) and not two dates each sentence tells
    itself, neither inside the other (a date read off the report's day may be wrong; one the
    sentence writes is not)."""
    pairs = []
    of_type: dict[str, list[int]] = {}
    for j, b in enumerate(events):
        earlier = of_type.setdefault(b.event_type, [])
        nearest = earlier[-PAIR_LIMIT:]
        pairs += [(i, j) for i in nearest if events[i].sentence.start != b.sentence.start and not _apart(events[i], b)]
        earlier.append(j)
    return pairs


def _apart(a: Event, b: Event) -> bool:
    told_a, told_b = _own_date(a), _own_date(b)
    if told_a and told_b and not (told_a.startswith(told_b) or told_b.startswith(told_a)):
        return True  # "pada Mei lalu" and "Selasa (3/6)": two dates, neither inside the other
    actors_a, actors_b = _countries(a.actor), _countries(b.actor)
    swapped = (actors_a & _countries(b.recipient)) - actors_b or (actors_b & _countries(a.recipient)) - actors_a
    return bool(swapped) or bool(_names(a.actor) & _names(b.recipient) - _names(b.actor))


def marker_doc(text: str, vocab: Vocab | None = None) -> Doc:
    """A marker text as a Doc (of `vocab`, the model's): its markers are whitespace-separated
    single tokens."""
    return Doc(vocab or Vocab(), words=text.split())


def pair_probabilities(nlp: Language, events: list[Event], text: str) -> dict[tuple[int, int], float]:
    """P(same event) by the model `nlp` of each of `candidate_pairs(events)` of the document `text`."""
    pairs = candidate_pairs(events)
    if not pairs:
        return {}
    title = headline(text)
    docs = nlp.pipe(marker_doc(pair_text(text, title, events[i], events[j]), nlp.vocab) for i, j in pairs)
    return {pair: float(d.cats.get(LABEL, 0.0)) for pair, d in zip(pairs, docs, strict=True)}


def fold_repeats(events: list[Event], probabilities: dict[tuple[int, int], float], threshold: float) -> list[Event]:
    """`events` with each one that is the same event as an earlier kept one (probability at or
    above `threshold`) folded into it: the earlier keeps its fields, takes the later one's
    evidence, and the date, parties and places it lacked; a date the later one's sentence writes
    replaces one the earlier took from the text before it, or the same date told less precisely."""
    kept: list[int] = []
    for j, later in enumerate(events):
        target = next((i for i in kept if probabilities.get((i, j), 0.0) >= threshold), None)
        if target is None:
            kept.append(j)
        else:
            _absorb(events[target], later)
    return [events[i] for i in kept]


def _absorb(into: Event, other: Event) -> None:
    into.evidence += [s for s in [other.sentence, *other.evidence] if s not in into.evidence]
    finer = (
        into.date is not None
        and other.date is not None
        and other.date.finer_than(into.date)
        and other.date.start[:4] == into.date.start[:4]
    )
    if into.date is None or (_told_in(other) and (finer or not _told_in(into))):
        into.date = other.date  # a date the later sentence writes over one read off the text before
    if not into.actor:
        into.actor = other.actor
    if not into.recipient:
        into.recipient = other.recipient
    if not into.locations:
        into.locations = other.locations
    kinds = {c.kind for c in into.casualties}
    into.casualties += [c for c in other.casualties if c.kind not in kinds]
    into.attribution += [a for a in other.attribution if a not in into.attribution]
    into.confidence = max(into.confidence, other.confidence)
