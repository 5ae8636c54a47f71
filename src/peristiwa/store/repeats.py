"""Whether a report tells an act as repeated: "sudah dua kali bertemu", "dipanggil sebanyak tiga
kali". Such a mention stands for several acts, so it is not one real-world event to merge with a
report of one of them (one meeting of the two the first report counts). Shots and blows counted
("menembak korban tiga kali") are one attack's."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from ..events.morph import inflect
from ..lang import language_cache
from ..quantities.lexicon import table
from ..quantities.numbers import interpret, quantity_regex

#: how many words on each side of the trigger a count of times may stand
WINDOW = 10
_WORDS = re.compile(r"\S+")


@language_cache
def _times() -> re.Pattern[str]:
    data = table("numbers")
    multiples = "|".join(re.escape(str(w)) for w in data["multiple_words"])
    word = re.escape(str(data["times_word"]))
    return re.compile(rf"\s+{word}\b(?!\s+(?:{multiples})\b)", re.IGNORECASE)


@language_cache
def _blows() -> frozenset[str]:
    """The forms of the roots of blows and shots ("menembakinya", "ditusuk", "tembakan")."""
    roots = [str(r) for r in table("numbers")["blow_roots"]]
    return frozenset(form for root in roots for form in [root, *inflect(root)])


def _counts_times(text: str) -> bool:
    """A number of at least two followed by the word for times (and no multiple) in `text`."""
    times = _times()
    for m in quantity_regex().finditer(text):
        if not times.match(text, m.end()):
            continue
        value = interpret(m["qual"], m["body"])
        if value is not None and value[0] is not None and value[0] >= 2:
            return True
    return False


def told_repeated(text: str, event: dict[str, Any]) -> bool:
    """Whether the words around the event's trigger, within its sentence, count its times."""
    trigger, sentence = event.get("trigger"), event.get("sentence")
    if not (isinstance(trigger, dict) and isinstance(sentence, dict)):
        return False
    if any(w in _blows() for w in _WORDS.findall(text[trigger["start"] : trigger["end"]].lower())):
        return False  # the shots or blows of one attack
    before = _clause(reversed(_WORDS.findall(text[sentence["start"] : trigger["start"]])), before=True)
    after = _clause(_WORDS.findall(text[trigger["end"] : sentence["end"]]), before=False)
    return _counts_times(" ".join(reversed(before))) or _counts_times(" ".join(after))


@language_cache
def _joints() -> frozenset[str]:
    return frozenset(str(w) for w in table("numbers")["clause_joints"])


def _clause(words: Iterable[str], *, before: bool) -> list[str]:
    """The words (read away from the trigger) up to WINDOW, a clause joint or a comma."""
    joints = _joints()
    out: list[str] = []
    for word in words:
        if word.lower().strip(",;") in joints or (before and word[-1] in ",;"):
            break
        out.append(word)
        if len(out) == WINDOW or (not before and word[-1] in ",;"):
            break
    return out
