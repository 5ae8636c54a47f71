"""Private people taking the law into their own hands: residents who catch a thief and hand him to
the police ("pelaku berhasil ditangkap warga"), a crowd that beats a caught thief ("pelaku dihajar
massa"). Between private persons, no event (D9); the police's acts on the case are events."""

from __future__ import annotations

from typing import Any

from ..tokens import Token
from .clause_window import clause_back
from .lexicon import context_data


def by_private_people(tokens: list[Token], index: int, last: int, voice: str, modes: list[str]) -> bool:
    """The trigger at `index`..`last` tells an arrest or a beating by residents or a crowd: their
    word as the agent after a passive ("ditangkap warga", "dipukuli oleh massa") or a noun
    ("pengeroyokan oleh warga", "pengeroyokan massa"), or as the subject before an active verb
    ("warga langsung menangkap pelaku", "warga yang marah memukuli …"), with no state force in the
    clause before it ("polisi bersama warga menangkap …", "seorang polisi dikeroyok warga" stay
    events). Of the acts of the `modes`, a beating only of a criminal suspect named in the sentence
    (a crowd's attack on anyone else may be a riot or a communal clash, D46)."""
    ctx: dict[str, Any] = context_data()
    rules = ctx["private_justice"]
    if not any(m in rules["modes"] for m in modes):
        return False
    crowds, forces = set(rules["agents"]), set(rules["state_agents"])
    before = clause_back(tokens, index, int(rules["window"]))
    if any(t.lower in forces for t in before):
        return False
    if voice in ("passive", "noun"):
        k = last + 1
        linked = k < len(tokens) and tokens[k].lower in rules["agent_links"]
        k += int(linked)
        # after a noun the crowd is its agent with "oleh", bare only after a noun of a deed by many
        # ("pengeroyokan warga"; "penangkapan warga" is residents arrested)
        agent = (
            k < len(tokens)
            and tokens[k].lower in crowds
            and (voice == "passive" or linked or tokens[index].lower in rules["crowd_deed_nouns"])
        )
    elif voice == "active":
        agent = any(t.lower in crowds for t in before[: int(rules["subject_window"])]) or _crowd_relative(
            tokens, index - len(before), crowds, rules["relative_links"]
        )
    else:
        agent = False
    if not agent:
        return False
    return not any(m in rules["suspect_modes"] for m in modes) or any(t.lower in rules["suspects"] for t in tokens)


def _crowd_relative(tokens: list[Token], start: int, crowds: set[str], links: list[str]) -> bool:
    """The clause before the verb opens with a relative word right after a crowd word: the crowd is
    the verb's subject ("Warga yang emosi turut memukuli pelaku", "massa yang marah menghajar …")."""
    return start >= 2 and tokens[start - 1].lower in links and tokens[start - 2].lower in crowds
