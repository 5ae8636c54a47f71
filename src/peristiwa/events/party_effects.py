"""What the parties chosen for a mention imply for the rest of its record: which side of a meeting
is the visitor, the mode of a state's bombing or of a named person's killing, and a named person
killed or arrested as a casualty of one."""

from __future__ import annotations

from collections.abc import Sequence

from ..quantities import parse_number
from ..spans import Casualty, CasualtyKind, Entity, Party, Place
from .clauses import token_before
from .detect import Mention
from .function_words import function_words
from .lexicon import context_data


def visitor_first(
    actors: list[Party], recipients: list[Party], places: Sequence[Place]
) -> tuple[list[Party], list[Party]]:
    """A meeting held in the country of one side (`places`: those of its sentence from the first
    one after a locative on, in order) is that side's hosting of the other's visit: the
    visitor is the actor ("Putin, seusai pertemuan dengan Presiden Prabowo di St Petersburg": the
    visiting Indonesian side acts, Russia receives)."""
    # the last place named is the widest ("di Istana Planalto, Brasilia"): its country hosts
    site = next((p for p in reversed(places) if p.country), None)
    where = site.country if site is not None else None
    if not actors and len(recipients) == 1 and site is not None:
        # "… seusai pertemuan dengan Presiden Prabowo di St Petersburg, Rusia" with no subject of
        # its own: the side met abroad is the visitor, acting; the unnamed host is the place's country
        guest = recipients[0].country
        if guest is not None and guest != where:
            sector = str(context_data()["meeting_host_sector"])
            unnamed = Party(text=site.text, start=site.start, end=site.end, country=where, sector=sector, implicit=True)
            return recipients, [unnamed]
    if len(actors) != 1 or len(recipients) != 1:
        return actors, recipients
    host, guest = actors[0].country, recipients[0].country
    if where is not None and host == where and guest is not None and guest != where:
        return recipients, actors
    return actors, recipients


def state_mode(mention: Mention, actor: Entity | None, recipient: Entity | None = None) -> list[str]:
    """The mention's modes; a bombing by a state (a country or its military) is an air strike, a
    killing of a named person a targeted one."""
    mode = list(mention.mode)
    ctx = context_data()
    targeted = str(ctx["targeted_mode"])
    named = recipient is not None and recipient.label == "PER"
    if named and mention.spec.root in ctx["targeted_roots"] and targeted not in mode:
        mode.append(targeted)
    state = actor is not None and (actor.label == "GPE" or actor.sector in ctx["state_bombing_sectors"])
    if mention.spec.root in ctx["state_bombing_roots"] and state:
        state_mode = str(ctx["state_bombing_mode"])
        mode = [state_mode, *[m for m in mode if m not in ("explosives", state_mode)]]
    return mode


def named_victim(mention: Mention, recipient: Entity | None) -> list[Casualty]:
    """A named person who is the subject of a lethal or detaining passive ("Munir dibunuh", "Budi
    ditahan") or the object of its active ("membunuh Kruto", "menangkap Abdoelia Bojang") was killed
    or arrested: one person. Not when the name is joined to others ("menangkap Budi dan dua
    rekannya") or counted as someone's ("meringkus tiga rekan Budi")."""
    ctx = context_data()
    kind: CasualtyKind | None = (
        "killed"
        if mention.spec.root in ctx["lethal_roots"]
        else "arrested"
        if mention.spec.root in ctx["detaining_roots"]
        else None
    )
    if kind is None or recipient is None or recipient.label != "PER":
        return []
    toks = mention.tokens
    if mention.spec.voice == "active":
        between = [t for t in toks if mention.trigger.end <= t.start and t.end <= recipient.start]
        if recipient.start < mention.trigger.end or any(_is_number(t.lower) for t in between):
            return []
    elif mention.spec.voice not in ("passive", "stative"):
        return []
    after = next((t for t in toks if t.start >= recipient.end), None)
    if after is not None and after.lower in {str(w) for w in ctx["one_person_joiners"]}:
        return []
    before = token_before(list(toks), recipient.start)
    if before is not None and before.lower == function_words().plural:
        return []  # "menangkap para pelaku": a group, not one person
    who = recipient.name or recipient.text
    return [Casualty(text=recipient.text, start=recipient.start, end=recipient.end, kind=kind, min=1, max=1, who=who)]


def _is_number(word: str) -> bool:
    return parse_number(word) is not None
