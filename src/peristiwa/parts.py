"""Very long documents in parts: a text over `PART_CHARS` characters is cut at paragraph or
sentence ends into parts of at most that many, each part runs through the pipeline on its own,
and the parts' mentions and events are shifted back onto the whole text's offsets.

Peak memory is then that of one part plus the results so far, whatever the length (a 5 MB text
without full stops held ~1 GB as one document). What changes, and only for such texts: events
are not merged across parts, a mention cut by a part boundary is lost, and the later parts take
the reference time the first part found (its dateline) when the record gives none. Event ids
stay `doc#N`, numbered on across parts.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import fields, is_dataclass, replace
from typing import Any, TypeVar

from .document import Document
from .ingest import Record
from .spans import Event

#: longer texts are processed in parts of at most this many characters: ten times the longest
#: news article in the corpora at hand, half spaCy's own default limit
PART_CHARS = 500_000
_LOOK_BACK = 0.2  # a cut is looked for in the last fifth of a part
_CUTS = (re.compile(r"\n\s*\n"), re.compile(r"\n"), re.compile(r"[.!?][\"'”’)]*\s+"), re.compile(r"\s+"))
_OFFSETS = frozenset({"start", "end", "start_char", "end_char"})
T = TypeVar("T")


def part_bounds(text: str, size: int = PART_CHARS) -> Iterator[tuple[int, int]]:
    """(start, end) of the parts of `text`: each at most `size` characters, ending after a blank
    line, a line break, a sentence end or a space in its last fifth, in that order of preference
    (a hard cut only when the last fifth has none of them)."""
    start, n = 0, len(text)
    while start < n:
        end = min(start + size, n)
        if end < n:
            floor = end - max(1, int(size * _LOOK_BACK))
            for pattern in _CUTS:
                found = [m.end() for m in pattern.finditer(text, floor, end)]
                if found:
                    end = found[-1]
                    break
        yield start, end
        start = end


def shifted(value: T, by: int, memo: dict[int, Any] | None = None) -> T:
    """`value` (a span dataclass, or a list of them, nested) with every offset field moved by
    `by`; objects shared between lists stay shared."""
    memo = {} if memo is None else memo
    if isinstance(value, list):
        return [shifted(v, by, memo) for v in value]  # type: ignore[return-value]
    if not is_dataclass(value) or isinstance(value, type):
        return value
    key = id(value)
    if key in memo:
        return memo[key]  # type: ignore[no-any-return]
    changes: dict[str, Any] = {}
    for f in fields(value):
        item = getattr(value, f.name)
        if f.name in _OFFSETS and type(item) is int:
            changes[f.name] = item + by
        elif isinstance(item, list) or (is_dataclass(item) and not isinstance(item, type)):
            changes[f.name] = shifted(item, by, memo)
    out = replace(value, **changes) if changes else value  # type: ignore[type-var]
    memo[key] = out
    return out  # type: ignore[no-any-return]


def _numbered(event: Event, doc_id: str, first: int) -> Event:
    """The event with its `doc#N` id moved on by `first` (the ids the earlier parts used)."""
    number = int(event.id.rsplit("#", 1)[1])
    return replace(event, id=f"{doc_id}#{first + number}")


def run_in_parts(record: Record, run: Callable[[Record], Document], size: int = PART_CHARS) -> Document:
    """`run` on each part of `record` (cut by `part_bounds`), joined into one Document of the
    whole text with offsets into it."""
    whole = Document(
        doc_id=record.id,
        text=record.text,
        reference_time=record.reference_time,
        url=record.url,
        title=record.title,
        keep_text=record.keep_text,
    )
    doc_id = record.id or "doc"
    used = 0  # event numbers used by the earlier parts
    for start, end in part_bounds(record.text, size):
        part = replace(record, text=record.text[start:end], reference_time=whole.reference_time)
        result = run(part)
        if start == 0:
            whole.reference_time = result.reference_time
        memo: dict[int, Any] = {}
        whole.events.extend(_numbered(e, doc_id, used) for e in shifted(result.events, start, memo))
        used += max((int(e.id.rsplit("#", 1)[1]) for e in result.events), default=0)
        for name in ("entities", "times", "places", "quantities", "citations", "segments", "dropped"):
            getattr(whole, name).extend(shifted(getattr(result, name), start, memo))
        del result
    return whole
