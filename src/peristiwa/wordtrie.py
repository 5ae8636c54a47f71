"""A regex alternation of literal words, written as a trie so that a scan tries one branch per
character instead of every word at every position.

`"|".join` of a few hundred words longest first makes Python's regex engine try each word in turn
at each position of the text (the casualty and quantity scans spent most of their time there).
The trie `ab(?:c(?:d)?|x)?` matches the same words in the same order of preference: a word's
longer continuations are tried before the word itself, as the longest-first list tries them, and
two branches of one node start with different characters, so at most one of them can match.
That reasoning needs branches that no case-insensitive flag can make match one character: a list
with two branches of one node equal but for case ("Ia", "ia"), or with a character outside ASCII,
is written as the plain list."""

from __future__ import annotations

import re
from collections.abc import Iterable

_SPACE = r"\s+"
_END = ""  # the key that marks the end of a word in a trie node

_Node = dict[str, "_Node"]


def plain_alternation(words: Iterable[str]) -> str:
    """The literal words longest first, one branch each; a space matches any whitespace."""
    unique = sorted({w for w in words if w}, key=lambda w: (-len(w), w))
    return "|".join(re.escape(w).replace(r"\ ", _SPACE) for w in unique)


def alternation(words: Iterable[str]) -> str:
    """A regex matching the same as `plain_alternation(words)` wherever it is written: the words
    but the first and the last as a trie, one branch of the list."""
    unique = sorted({w for w in words if w}, key=lambda w: (-len(w), w))
    if len(unique) < 4 or not all(w.isascii() for w in unique):
        return plain_alternation(unique)
    root: _Node = {}
    for word in unique[1:-1]:
        node = root
        for unit in _units(word):
            if unit not in node and any(u.lower() == unit.lower() for u in node):
                return plain_alternation(unique)  # two branches a flag could make one
            node = node.setdefault(unit, {})
        node[_END] = {}
    # the first and the last word stay branches of their own: a pattern that writes the list
    # without a group around it ("(?=[A-Z])" + list, list + "(?=…)") binds its context to them
    return "|".join((plain_alternation(unique[:1]), _render(root), plain_alternation(unique[-1:])))


def _units(word: str) -> list[str]:
    """The regex units of a literal word: an escaped character each, a space as `\\s+`."""
    return [_SPACE if ch == " " else re.escape(ch) for ch in word]


def _render(node: _Node) -> str:
    """The alternation of a node's branches (longer words first); the empty string at a word's end."""
    branches = [unit + _render(child) for unit, child in node.items() if unit != _END]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if _END in node else body
