"""Indonesian inflection of trigger roots: meN-, di-, ter-, ber-, peN-…-an, -an, -kan, -i, -nya, and
the reduplicated plural of nouns.

Triggers are listed by root in the language data; this module generates the affixed forms,
so that inflection never needs listing. The affixes and the nasal assimilation of meN-/peN-
are in `lang/id/events/morphology.yaml`: the standard rules (b/f/v → m; p → m with p dropped; t → n with
t dropped; d/c/j/z → n; s → ny with s dropped; k → ng with k dropped; vowels/g/h/kh → ng;
l/m/n/r/w/y → none), and one-syllable roots also take menge-/penge- (bom → membom, mengebom,
pengeboman).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..lang import data_name, data_yaml, language_cache
from ..typed_data import from_mapping

_SYLLABLE = re.compile(r"[aeiou]+")


@dataclass(frozen=True, slots=True)
class NasalRule:
    """meN-/peN- before roots starting with one of `onsets`: `prefix + nasal + root` (the root's
    first letter dropped when `drop`), and `prefix + loan + root[1:]` for loan roots."""

    onsets: tuple[str, ...]
    nasal: str
    drop: bool = False
    loan: str | None = None


@dataclass(frozen=True, slots=True)
class Morphology:
    """The affixes of `lang/id/events/morphology.yaml` (each described there)."""

    nasal_rules: tuple[NasalRule, ...]
    monosyllabic_nasal: str
    verb_suffixes: tuple[str, ...]
    active_nasal: str
    active_prefixes: tuple[str, ...]
    passive_prefixes: tuple[str, ...]
    stative_prefixes: tuple[str, ...]
    middle_prefixes: tuple[str, ...]
    noun_suffix: str
    noun_prefixes: tuple[str, ...]
    noun_nasal: str
    clitic: str
    reduplicated_voices: tuple[str, ...]
    active_verb_prefixes: tuple[str, ...]
    passive_verb_prefixes: tuple[str, ...]


@language_cache
def morphology() -> Morphology:
    """The affixes (read once)."""
    return from_mapping(Morphology, data_yaml("events", "morphology.yaml"), data_name("events", "morphology.yaml"))


def _nasal(root: str, prefix: str) -> list[str]:
    """meN-/peN- + root with assimilation; `prefix` is the active or the noun nasal prefix."""
    m = morphology()
    rule = next((r for r in m.nasal_rules if root.startswith(r.onsets)), None)
    forms: list[str] = []
    if rule is None:
        forms.append(prefix + root)
    else:
        forms.append(prefix + rule.nasal + (root[1:] if rule.drop else root))
        if rule.loan is not None:
            forms.append(prefix + rule.loan + root[1:])  # loan roots keep the letter: memprotes, mengkritik
    if len(_SYLLABLE.findall(root)) == 1:
        forms.append(prefix + m.monosyllabic_nasal + root)
    return forms


def inflect(root: str, *, families: tuple[str, ...] = ("active", "passive", "noun")) -> dict[str, str]:
    """Forms of `root` → their voice ("active", "passive", "stative", "noun", "base", "middle").

    `families` picks which to generate: active (meN-, memper-), passive (di-, diper-), stative
    (ter-), middle (ber-), noun (peN-…-an, per-…-an, ke-…-an, -an) and base (the bare root); the
    forms of `reduplicated_voices` also reduplicated (serangan-serangan), every form also with -nya.
    """
    m = morphology()
    forms: dict[str, str] = {}
    for base in (root, *(root + s for s in m.verb_suffixes)):
        if "active" in families:
            for form in (*_nasal(base, m.active_nasal), *(p + base for p in m.active_prefixes)):
                forms.setdefault(form, "active")
        if "passive" in families:
            for prefix in m.passive_prefixes:
                forms.setdefault(prefix + base, "passive")
        if "stative" in families:
            for prefix in m.stative_prefixes:
                forms.setdefault(prefix + base, "stative")
    if "middle" in families:
        for prefix in m.middle_prefixes:
            forms.setdefault(prefix + root, "middle")
    if "noun" in families:
        nouns = (root, *(p + root for p in m.noun_prefixes), *_nasal(root, m.noun_nasal))
        for form in nouns:
            forms.setdefault(form + m.noun_suffix, "noun")
    if "base" in families:
        forms.setdefault(root, "base")
    for form, voice in list(forms.items()):
        if voice in m.reduplicated_voices:
            forms.setdefault(f"{form}-{form}", voice)  # a plural: serangan-serangan
    for form, voice in list(forms.items()):
        forms.setdefault(form + m.clitic, voice)
    return forms


def single(form: str) -> str:
    """The one form a generated form is built on: without the enclitic, and once if reduplicated
    ("serangan-serangannya" → "serangan")."""
    bare = form.removesuffix(morphology().clitic)
    first, hyphen, second = bare.partition("-")
    return first if hyphen and first == second else bare
