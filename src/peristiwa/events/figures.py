"""Figures and parties an event gets from around it: casualty counts (nearest trigger, infobox rows
to the headline event), victims as recipients, denials answering accusations."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import replace

from ..spans import Attribution, Casualty, Entity, Party, Segment, Span
from .clauses import apposed_citizenship, object_preps, origin_words, recipient_preps
from .lexicon import TriggerSpec, context_data, load_lexicon
from .merge import Draft


def _nearest_in(
    anchors: list[tuple[int, Draft]], positions: list[int], cas: Casualty, sentence: Segment
) -> Draft | None:
    """The event whose trigger is nearest to a casualty phrase in its sentence: one inside the
    phrase, else the closer of the nearest before and after it (the earlier on a tie)."""
    inside = bisect_left(positions, cas.start)
    if (
        inside < len(positions)
        and positions[inside] < min(cas.end, sentence.end)
        and positions[inside] >= sentence.start
    ):
        return anchors[inside][1]
    before = inside - 1 if inside and positions[inside - 1] >= sentence.start else None
    after_k = bisect_left(positions, cas.end)
    after = after_k if after_k < len(positions) and positions[after_k] < sentence.end else None
    if before is None and after is None:
        return None
    if after is None or (before is not None and cas.start - positions[before] <= positions[after] - cas.end):
        return anchors[before][1] if before is not None else None
    return anchors[after][1]


def _in_table(sentence: Segment, cas: Casualty) -> bool:
    """An infobox row ("Korban tewas | 203", "Tewas135"): it sums up the article's main event."""
    return "|" in cas.text or not any(c.isspace() for c in cas.text)


def headline_event(drafts: list[Draft]) -> Draft | None:
    """The event an article is about: its first attack, else its first violent event."""
    violent = set(context_data()["violent_types"])
    candidates = [d for d in drafts if not d.negated and not d.prior]
    return next((d for d in candidates if d.event_type == "ASSAULT"), None) or next(
        (d for d in candidates if d.event_type in violent), None
    )


def answer_accusations(drafts: list[Draft]) -> None:
    """A denial right after an accusation of its actor answers it: "Trump menuduh Iran … Iran
    menyangkal" — the accuser is the recipient of the denial (PLOVER REJECT)."""
    for i, draft in enumerate(drafts):
        if draft.event_type != "REJECT" or draft.recipient or not draft.actor:
            continue
        countries = {p.country for p in draft.actor if p.country}
        for earlier in reversed(drafts[max(0, i - 3) : i]):
            if (
                earlier.event_type == "ACCUSE"
                and draft.sentence_index - earlier.last_sentence <= 2
                and (countries & {p.country for p in earlier.recipient if p.country})
            ):
                draft.recipient = list(earlier.actor)
                break


HURT_KINDS = frozenset({"killed", "injured"})
VICTIM_KINDS = {"ASSAULT": ("killed", "injured"), "COERCE": ("arrested", "abducted")}


def answer_events(drafts: list[Draft]) -> None:
    """A condemnation or rejection of an event already told ("mengecam serangan tersebut", "menolak
    keputusan itu") is aimed at who did it: the recipient is the actor of the latest earlier event
    of that kind (of any kind when the noun names none), from a side other than the speaker's."""
    ctx = context_data()
    words = load_lexicon().words
    back = {str(w) for w in ctx["back_reference"]}
    for i, draft in enumerate(drafts):
        if draft.event_type not in ctx["answer_types"] or draft.recipient:
            continue
        mention = draft.mentions[0]
        after = mention.tokens[mention.last + 1 : mention.last + 6]
        end = next((k for k, t in enumerate(after) if t.lower in back), None)
        # the event noun before the demonstrative, past an adverb ("mengutuk keras serangan tersebut")
        start = next((k for k, t in enumerate(after[:end]) if _event_noun(words, t.lower)), None)
        if end is None or start is None:
            continue  # "menolak keputusan tersebut": no event of the text's is named
        kind = words[after[start].lower].event_type
        phrase = " ".join(t.lower for t in after[start:end])
        speaker = {p.country for p in draft.actor if p.country}
        candidates = [
            e
            for e in reversed(drafts[:i])
            if e.actor and not (speaker and speaker >= {p.country for p in e.actor if p.country})  # the speaker's side
        ]
        # "serangan udara tersebut": the one told with those words, else the latest of its kind
        named = [e for e in candidates if any(m.trigger.text.lower() == phrase for m in e.mentions)]
        chosen = (named or [e for e in candidates if e.event_type == kind])[:1]
        if chosen:
            draft.recipient = list(chosen[0].actor)


def _perpetrators(cas: Casualty) -> bool:
    """ "Dua pelaku … tewas": the attackers died, they are not its victims."""
    words = {str(w) for w in context_data()["perpetrator_words"]}
    return any(w.lower().strip(",.") in words for w in (cas.who or cas.text).split())


def _event_noun(words: dict[str, TriggerSpec], word: str) -> bool:
    spec = words.get(word)
    return spec is not None and spec.voice in ("noun", "base")


def _coded_inside(
    cas: Casualty, entities: Sequence[Entity], labels: tuple[str, ...], *, need_country: bool
) -> Entity | None:
    """The first party named inside a casualty phrase ("dua tentara AS tewas")."""
    return next(
        (
            e
            for e in entities
            if cas.start <= e.start and e.end <= cas.end and e.label in labels and (e.country or not need_country)
        ),
        None,
    )


def _origin_inside(cas: Casualty, entities: Sequence[Entity]) -> str | None:
    """The country a casualty phrase says its people come from: "seorang prajurit NATO asal Kanada"."""
    words = origin_words()
    for e in entities:
        if cas.start <= e.start and e.end <= cas.end and e.label == "GPE" and e.country:
            before = cas.text[: e.start - cas.start].split()
            if before and before[-1].lower() in words:
                return e.country
    return None


def dead_attackers(casualties: list[Casualty], *, home: str | None, entities: Sequence[Entity] = ()) -> list[Party]:
    """An attack with no actor named, whose attackers died in it ("kedua pelaku tewas di lokasi"):
    they are its actor."""
    cas = next((c for c in casualties if c.kind == "killed" and _perpetrators(c)), None)
    if cas is None:
        return []
    who = _coded_inside(cas, entities, ("PER", "NORP", "ORG", "GPE"), need_country=False)
    country = (who.country if who is not None else None) or home
    sector = who.sector if who is not None else None
    return [Party(text=cas.text, start=cas.start, end=cas.end, name=cas.who, country=country, sector=sector)]


def victims_taken_as_actor(actor: Sequence[Party], casualties: Sequence[Casualty], event_type: str) -> bool:
    """ "Delapan tentara Pakistan tewas dalam serangan bom": the actor the word order gave lies
    inside the casualty phrase of the event's own victims, so it is who the act was done to."""
    kinds = VICTIM_KINDS.get(event_type, ())
    hurt = [c for c in casualties if c.kind in kinds and not _perpetrators(c)]
    return bool(actor) and all(any(c.start <= a.start and a.end <= c.end for c in hurt) for a in actor)


def _apposed_after(cas: Casualty, text: str, entities: Sequence[Entity]) -> str | None:
    """The citizenship told in apposition right after a casualty phrase: "polisi menangkap John
    Smith, warga negara Kanada" (perhaps after an age: "Ahmad (45), warganegara Malaysia"); data:
    `citizenship_words`. A resident noun before a town ("warga Depok"; `resident_nouns`) tells where
    one lives, not a citizenship."""
    found = apposed_citizenship(text, cas.end, 80)
    if found is None:
        return None
    word, start = found
    after = start + len(word) + 1
    for e in entities:
        if e.country and e.label == "NORP" and e.start == start and e.end > after:
            return e.country  # "warga negara Kanada" read as one group
        if e.country and e.label == "GPE" and e.start == after and word not in context_data()["resident_nouns"]:
            return e.country  # "warganegara Kanada"
    return None


def victims(
    casualties: list[Casualty],
    *,
    home: str | None,
    entities: Sequence[Entity] = (),
    event_type: str = "ASSAULT",
    text: str = "",
) -> list[Party]:
    """With no target named, the people an attack killed or wounded (or an arrest took) are its
    recipients: civilians of the country where it happened (ACLED's "Civilians (country)") unless
    the casualty phrase codes them itself ("seorang kontraktor sipil AS" → USA; "tiga tentara Irak"
    → IRQ, MIL)."""
    kinds = VICTIM_KINDS.get(event_type, ())
    hurt = next((c for c in casualties if c.kind in kinds and (c.min or 0) > 0 and not _perpetrators(c)), None)
    if hurt is None:
        return []
    who = _coded_inside(hurt, entities, ("PER", "NORP", "ORG"), need_country=True)
    told = _origin_inside(hurt, entities) or _apposed_after(hurt, text, entities)
    country = told or (who.country if who is not None else home)
    # "dua tentara tewas": a role noun without a country still tells who the victims were
    role = who or _coded_inside(hurt, entities, ("PER", "NORP", "ORG"), need_country=False)
    sector = (role.sector if role is not None else None) or "CVL"
    return [Party(text=hurt.text, start=hurt.start, end=hurt.end, name=hurt.who, country=country, sector=sector)]


_CUT = " \t\n,;:-"


def clear_of_triggers(parties: Sequence[Party], triggers: Sequence[Span]) -> list[Party]:
    """Parties taken from a casualty phrase, cut to the side of the event's own trigger they lie
    on: the victims of "polisi menangkap lima orang" are "lima orang", of "Ia ditembak mati"
    "Ia"; a preposition left at the cut goes too ("penangkapan atas Budi": "Budi"). A party's span
    never holds the word of the act done to it; one with nothing left on either side is kept."""
    preps = recipient_preps() | object_preps()
    out: list[Party] = []
    for party in parties:
        for t in triggers:
            if not (t.start < party.end and party.start < t.end):
                continue
            lo, hi = (max(t.end, party.start), party.end) if t.start <= party.start else (party.start, t.start)
            piece = party.text[lo - party.start : hi - party.start]
            words = piece.split()
            if words and t.start <= party.start and words[0].lower() in preps:
                cut = piece.index(words[0]) + len(words[0])
                lo, piece = lo + cut, piece[cut:]
            kept = piece.strip(_CUT)
            if kept:
                lo += len(piece) - len(piece.lstrip(_CUT))
                party = replace(party, text=kept, start=lo, end=lo + len(kept))
        out.append(party)
    return out


def attach_casualties(
    drafts: list[Draft],
    casualties: Sequence[Casualty],
    *,
    sentences: Sequence[Segment],
    attributions: Sequence[Attribution],
) -> dict[int, list[Casualty]]:
    """Each casualty figure goes to the violent event of its sentence, else the latest one before it
    (at most three sentences back); the figure's source is the attribution of its sentence."""
    violent = set(context_data()["violent_types"])
    starts = [s.start for s in sentences]

    def index_of(offset: int) -> int:
        return max(bisect_right(starts, offset) - 1, 0)

    anchors = sorted(
        ((m.trigger.start, d) for d in drafts if d.event_type in violent and not d.negated for m in d.mentions),
        key=lambda x: x[0],
    )
    positions = [pos for pos, _ in anchors]
    out: dict[int, list[Casualty]] = {}
    for cas in casualties:
        if not sentences:
            break
        index = index_of(cas.start)
        sentence = sentences[index]
        target = _nearest_in(anchors, positions, cas, sentence)
        if target is None:  # else the last violent event told up to three sentences before
            k = bisect_left(positions, cas.start)
            if k and index_of(positions[k - 1]) >= index - 3:
                target = anchors[k - 1][1]
        if target is None or _in_table(sentence, cas):
            target = headline_event(drafts) or target
        if target is None:
            continue
        if cas.kind in HURT_KINDS and target.event_type == "COERCE":
            # "Densus menggerebek …, dua terduga tewas": deaths in a raid come from the fight told
            # next to it, when there is one
            fight = [d for _, d in anchors if d.event_type == "ASSAULT" and abs(d.sentence_index - index) <= 1]
            # "satu orang cidera dan 183 ditangkap ketika para perusuh bentrok": else the clash of its sentence
            clash = [d for _, d in anchors if d.event_type == "PROTEST" and d.sentence_index == index]
            target = fight[0] if fight else clash[0] if clash else target
        source = next((a.source for a in attributions if sentence.start <= a.start < sentence.end), None)
        out.setdefault(id(target), []).append(replace(cas, attributed_to=cas.attributed_to or source))
    return out
