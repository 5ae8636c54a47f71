"""Article-level rules: infobox rows give the headline event its parties and finest date; a sourced
sentence without an event of its own elaborates the event before it."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator, Sequence
from itertools import pairwise
from typing import TYPE_CHECKING

from ..spans import Entity, EventDate, Segment
from .figures import headline_event
from .lexicon import context_data
from .merge import Draft
from .role_cues import party

if TYPE_CHECKING:
    from .assemble import EventBuilder


def infobox_parties(text: str, drafts: list[Draft], entities: Sequence[Entity], builder: EventBuilder) -> None:
    """Infobox rows "Pelaku | Jamaah Islamiyah" and "Sasaran | …" name the perpetrator and target of
    the article's headline event when its prose does not."""
    rows = context_data()["infobox_party_labels"]
    headline = headline_event(drafts)
    if headline is None:
        return
    for role in ("actor", "recipient"):
        labels = tuple(str(w) for w in rows[role])
        for line_start, line in _lines(text):
            label, sep, _ = line.partition("|")
            if not sep or label.strip().lower() not in labels:
                continue
            found = [e for e in entities if line_start <= e.start and e.end <= line_start + len(line)]
            parties = getattr(headline, role)
            if found and not parties:
                parties.append(party(found[0], headline.event_type, default_country=builder.country))
            break


def _lines(text: str) -> list[tuple[int, str]]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, line))
        pos += len(line) + 1
    return out


def _same_day(infobox: EventDate, prose: EventDate) -> bool:
    """The prose date is the infobox's, told more coarsely: "2022" of "2022-02-24", the local day
    "2002-10-12" of the instant "2002-10-12T15:05:00Z" (compared on the date part)."""
    return infobox.start.startswith(prose.start[:10]) or prose.start[:10] in (infobox.text or "")


def date_title_event(text: str, drafts: list[Draft], builder: EventBuilder) -> None:
    """An encyclopedia article's own event ("Invasi Rusia ke Ukraina 2022 adalah …") is often dated
    only by year in its prose but to the day in its infobox ("Tanggal | 24 Februari 2022"): mentions
    of the title's event word whose date is that year, or none, take the infobox day."""
    labels = frozenset(str(w) for w in context_data()["infobox_date_labels"])
    day = builder.dates.infobox_date(labels)
    if day is None:
        return
    title = {w.lower() for w in text.split("\n", 1)[0].split()}
    for draft in drafts:
        mention = draft.mentions[0]
        if mention.trigger.text.lower() not in title or mention.prior:
            continue
        if draft.date is None or (day.finer_than(draft.date) and _same_day(day, draft.date)):
            draft.date = day


def _elaborated(drafts: list[Draft], builder: EventBuilder) -> Iterator[tuple[Segment, Draft]]:
    """Sentences with no event of their own, each with the event just before it (up to two
    sentences back, not a cause told in passing) that they elaborate."""
    with_events = {d.sentence_index for d in drafts}
    indexes = [d.sentence_index for d in drafts]
    ordered = all(a <= b for a, b in pairwise(indexes))
    for sentence_index, sentence in enumerate(builder.sentences):
        if sentence_index in with_events:
            continue
        # drafts in text order: the ones of the two sentences before are found by binary search
        near = (
            drafts[bisect_left(indexes, sentence_index - 2) : bisect_left(indexes, sentence_index)]
            if ordered
            else drafts
        )
        target = next(
            (d for d in reversed(near) if sentence_index - 2 <= d.sentence_index < sentence_index and not d.prior),
            None,
        )
        if target is not None:
            yield sentence, target


def attribute_elaborations(drafts: list[Draft], builder: EventBuilder) -> None:
    """A sourced sentence with no event of its own ("Menurut Pentagon, AS menargetkan tiga lokasi")
    elaborates the event just before it: the source is that event's too."""
    for sentence, target in _elaborated(drafts, builder):
        sourced = builder.attributions_in(sentence)
        target.attribution.extend(a for a in sourced if a not in target.attribution)


def clock_elaborations(drafts: list[Draft], builder: EventBuilder) -> None:
    """A sentence with no event of its own that gives the clock time of the day just told ("Ledakan
    pertama terdengar sekitar pukul 16.15 waktu setempat") times the event just before it."""
    for sentence, target in _elaborated(drafts, builder):
        if target.date is None or target.date.precision != "day":
            continue
        clock = builder.dates.clock_in(sentence.start, sentence.end, target.date.start[:10])
        if clock is not None:
            target.date = clock
