"""The roots a word of a report may have, for comparing two reports' wording by root: one report
tells "posko didirikan", another "warga mendirikan posko"; one "pengungsian", another "mengungsi".

The affixes are the language's (`lang/id/events/morphology.yaml`, read through `events.morph`),
undone here rather than generated: a word gets every root its affixes allow (the nasal of meN-/peN-
may stand for a dropped p, t, s or k: "menetapkan" is "tetap" or "etap"), and two words share a root
when their sets of roots meet. Roots shorter than `MIN_ROOT` letters are not kept: they would meet
by chance.
"""

from __future__ import annotations

from functools import cache

from ..events.morph import morphology

MIN_ROOT = 4
_VOWELS = frozenset("aeiou")
#: the letters a root taking no nasal begins with: those no nasal rule lists
_NO_NASAL = frozenset("lmnrwy")


def _nasal_roots(rest: str) -> set[str]:
    """The roots behind a meN-/peN- prefix whose "me"/"pe" is already removed (`rest` starts with
    the nasal, or with the root when the root takes none)."""
    m = morphology()
    out = {rest} if rest[:1] in _NO_NASAL else set()  # roots that take no nasal (melempar, merusak)
    if rest.startswith(m.monosyllabic_nasal):
        out.add(rest[len(m.monosyllabic_nasal) :])
    for rule in m.nasal_rules:
        if rule.loan and rest.startswith(rule.loan):
            out.add(rest[len(rule.loan) - 1 :])
        if not rest.startswith(rule.nasal):
            continue
        tail = rest[len(rule.nasal) :]
        if rule.drop and tail[:1] in _VOWELS:
            out.update(onset + tail for onset in rule.onsets)
        elif tail.startswith(rule.onsets):
            out.add(tail)
    return out


def _unprefixed(word: str) -> set[str]:
    m = morphology()
    out = {word}
    plain = (*m.active_prefixes, *m.passive_prefixes, *m.stative_prefixes, *m.middle_prefixes, *m.noun_prefixes)
    for prefix in plain:
        if word.startswith(prefix):
            out.add(word[len(prefix) :])
    for prefix in (m.active_nasal, m.noun_nasal):
        if word.startswith(prefix):
            out |= _nasal_roots(word[len(prefix) :])
    return out


@cache
def roots(word: str) -> frozenset[str]:
    """Every root `word` (lower case) may have, the word itself among them."""
    m = morphology()
    bases = {word}
    if word.endswith(m.clitic):
        bases.add(word[: -len(m.clitic)])
    for base in list(bases):
        for suffix in (*m.verb_suffixes, m.noun_suffix):
            if base.endswith(suffix):
                bases.add(base[: -len(suffix)])
    out = {root for base in bases for root in _unprefixed(base)}
    return frozenset(r for r in out if len(r) >= MIN_ROOT) | {word}


def root_overlap(ours: set[str], theirs: set[str]) -> float:
    """The Jaccard overlap of two sets of words where two words count as one when they share a root:
    the words of each side that share a root with one of the other's, over all words (a pair sharing
    a root counted once)."""
    if not ours or not theirs:
        return 0.0
    their_roots = {r for w in theirs for r in roots(w)}
    our_roots = {r for w in ours for r in roots(w)}
    shared_ours = sum(1 for w in ours if roots(w) & their_roots)
    shared_theirs = sum(1 for w in theirs if roots(w) & our_roots)
    shared = min(shared_ours, shared_theirs)
    return shared / (len(ours) + len(theirs) - shared)
