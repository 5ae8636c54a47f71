"""Mentions as spaCy span groups, the Doc as their one store.

Each mention stage writes its mentions with `put(doc, group, mentions)`: `doc.spans[group]`
holds a span over each mention's tokens and `Span._.value` its typed value (the `Entity`,
`Place`, `TimeMention`… dataclass). The value's offsets are the exact ones: a mention may start or
end inside a token (the places "AS" and "China" in the token "AS-China"), so its span covers the
tokens it touches, and a mention that no token holds (an empty one, or one past the end of the
text) gets an empty span where it starts rather than being lost. `values(doc, group, kind)`
reads them back in the group's order, and the old `doc._.entities`, `doc._.places`, …
attributes are read-only views over the groups (`VIEWS`).

The values live in one list in `doc.user_data` and a span's `id` is its index there: spaCy keys
a span extension's value by the span's characters only, so an actor and a place of the same
characters ("Jayapura") would otherwise share one value.
"""

from __future__ import annotations

import os
from bisect import bisect_left
from collections.abc import Callable, Sequence
from typing import Any, Protocol, TypeVar

from spacy.tokens import Doc, Span

from .base import doc_text

__all__ = ["GROUPS", "VIEWS", "put", "register_span_extensions", "span_value", "values"]

T = TypeVar("T")
VALUES_KEY = "peristiwa.values"
# group → (a random mark, its values in order), the mark also in the attributes of the SpanGroup
# `put` wrote: while the group is that one, its values are read back without a Span object per mention
_READ_KEY = "peristiwa.read"
# `doc._` attribute → the span groups it reads; several groups are read in text order.
VIEWS: dict[str, tuple[str, ...]] = {
    "segments": ("sentences", "headings"),
    "citations": ("citations",),
    "entities": ("actors",),
    "times": ("times",),
    "places": ("places",),
    "quantities": ("quantities",),
    "casualties": ("casualties",),
    "mentions": ("triggers",),
}
GROUPS: tuple[str, ...] = tuple(group for groups in VIEWS.values() for group in groups)
# the value field that labels a group's spans ("PER", "DATE", "killed"); other groups' spans
# are labelled with the group's name
_LABEL_FIELDS = {
    "sentences": "kind",
    "headings": "kind",
    "actors": "label",
    "times": "type",
    "casualties": "kind",
    "triggers": "event_type",
}


class Mention(Protocol):
    """What `put` needs of a value: its characters in the document's text."""

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


def put(doc: Doc, group: str, mentions: Sequence[Mention]) -> None:
    """Store `mentions` as `doc.spans[group]`, in their order, each span carrying its value."""
    store: list[object] = doc.user_data.setdefault(VALUES_KEY, [None])  # id 0: a span without a value
    field = _LABEL_FIELDS.get(group)
    spans = []
    for mention in mentions:
        label = str(getattr(mention, field)) if field else group
        spans.append(_span(doc, mention.start, mention.end, label, len(store)))
        store.append(mention)
    doc.spans[group] = spans
    mark = os.urandom(8)
    doc.spans[group].attrs[_READ_KEY] = mark
    doc.user_data.setdefault(_READ_KEY, {})[group] = (mark, list(mentions))


def values(doc: Doc, group: str, kind: type[T]) -> list[T]:
    """The values of `doc.spans[group]` in the group's order (empty when no stage wrote it)."""
    return [v for v in _values(doc, group) if isinstance(v, kind)]


def span_value(span: Span) -> object | None:
    """The value `put` stored for `span`, None for any other span."""
    store = span.doc.user_data.get(VALUES_KEY)
    i = span.id
    return store[i] if store is not None and 0 < i < len(store) else None


def register_span_extensions(register: Callable[[str, Callable[[Doc], list[Any]]], None]) -> None:
    """`Span._.value`, and each view of `VIEWS` through `register(name, getter)`."""
    if not Span.has_extension("value"):
        Span.set_extension("value", getter=span_value)
    for name, groups in VIEWS.items():
        register(name, _view(groups))


def _view(groups: tuple[str, ...]) -> Callable[[Doc], list[Any]]:
    if len(groups) == 1:
        (group,) = groups
        return lambda doc: _values(doc, group)
    # disjoint groups, each in text order (sentences and headings): merged by start
    return lambda doc: sorted((v for g in groups for v in _values(doc, g)), key=_start)


def _start(value: Any) -> int:
    start: int = value.start
    return start


def _values(doc: Doc, group: str) -> list[Any]:
    if group not in doc.spans:
        return []
    store = doc.user_data.get(VALUES_KEY)
    if store is None:
        return []
    written = doc.user_data.get(_READ_KEY, {}).get(group)
    spans = doc.spans[group]
    if written is not None and spans.attrs.get(_READ_KEY) == written[0] and len(spans) == len(written[1]):
        return list(written[1])
    n = len(store)
    return [store[i] for i in (span.id for span in doc.spans[group]) if 0 < i < n]


def _span(doc: Doc, start: int, end: int, label: str, span_id: int) -> Span:
    """The span of the tokens that `[start, end)` touches, or an empty one at `start`."""
    span = None
    if 0 <= start < end <= len(doc_text(doc)):
        span = doc.char_span(start, end, label=label, span_id=span_id, alignment_mode="expand")
    if span is None:
        i = bisect_left([token.idx for token in doc], start)
        span = Span(doc, i, i, label=label, span_id=span_id)
    return span
