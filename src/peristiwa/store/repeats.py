"""Whether a report tells an act as repeated: "sudah dua kali bertemu", "dipanggil sebanyak tiga
kali". Such a mention stands for several acts, so it is not one real-world event to merge with a
report of one of them (one meeting of the two the first report counts)."""

from __future__ import annotations

import re
from typing import Any

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
    before = _WORDS.findall(text[sentence["start"] : trigger["start"]])[-WINDOW:]
    after = _WORDS.findall(text[trigger["end"] : sentence["end"]])[:WINDOW]
    return _counts_times(" ".join(before)) or _counts_times(" ".join(after))
