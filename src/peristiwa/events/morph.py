"""Indonesian inflection of trigger roots: meN-, di-, ter-, ber-, peN-…-an, -an, -kan, -i, -nya.

Triggers are listed by root in the language data; this module generates the affixed forms,
so that inflection never needs listing. Nasal assimilation of meN-/peN- follows the standard
rules (b/f/v → m; p → m with p dropped; t → n with t dropped; d/c/j/z → n; s → ny with s
dropped; k → ng with k dropped; vowels/g/h → ng; l/m/n/r/w/y → none), and one-syllable
roots also take menge-/penge- (bom → membom, mengebom, pengeboman).
"""

from __future__ import annotations

import re

_VOWELS = "aeiou"
_SYLLABLE = re.compile(r"[aeiou]+")


def _nasal(root: str, prefix: str) -> list[str]:
    """meN-/peN- + root with assimilation; `prefix` is "me" or "pe"."""
    first = root[:1]
    forms: list[str] = []
    if first in "bfv":
        forms.append(prefix + "m" + root)
    elif first == "p":
        forms.append(prefix + "m" + root[1:])
        forms.append(prefix + "mp" + root[1:])  # loan roots keep p: memprotes
    elif first == "t":
        forms.append(prefix + "n" + root[1:])
        forms.append(prefix + "nt" + root[1:])  # loan roots keep t: mentarget
    elif first in "dcjz":
        forms.append(prefix + "n" + root)
    elif first == "s":
        forms.append(prefix + "ny" + root[1:])
        forms.append(prefix + "ns" + root[1:])  # loan roots keep s: mensinyalir
    elif first == "k" and not root.startswith("kh"):
        forms.append(prefix + "ng" + root[1:])
        forms.append(prefix + "ngk" + root[1:])  # loan roots keep k: mengkritik
    elif first in _VOWELS or first in "gh" or root.startswith("kh"):
        forms.append(prefix + "ng" + root)
    else:
        forms.append(prefix + root)
    if len(_SYLLABLE.findall(root)) == 1:
        forms.append(prefix + "nge" + root)
    return forms


def inflect(root: str, *, families: tuple[str, ...] = ("active", "passive", "noun")) -> dict[str, str]:
    """Forms of `root` → their voice ("active", "passive", "stative", "noun", "base", "middle").

    `families` picks which to generate: active (meN-, memper-), passive (di-, diper-), stative
    (ter-), middle (ber-), noun (peN-…-an, per-…-an, ke-…-an, -an) and base (the bare root).
    """
    forms: dict[str, str] = {}
    bases = (root, root + "kan", root + "i")
    for base in bases:
        if "active" in families:
            for form in (*_nasal(base, "me"), "memper" + base):
                forms.setdefault(form, "active")
        if "passive" in families:
            forms.setdefault("di" + base, "passive")
            forms.setdefault("diper" + base, "passive")
        if "stative" in families:
            forms.setdefault("ter" + base, "stative")
    if "middle" in families:
        forms.setdefault("ber" + root, "middle")
        forms.setdefault("be" + root, "middle")
    if "noun" in families:
        for form in (root + "an", "per" + root + "an", "ke" + root + "an", *(f + "an" for f in _nasal(root, "pe"))):
            forms.setdefault(form, "noun")
    if "base" in families:
        forms.setdefault(root, "base")
    for form, voice in list(forms.items()):
        forms.setdefault(form + "nya", voice)
    return forms
