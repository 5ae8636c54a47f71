"""The `Doc._` attributes the stages assign. Registered once, when a pipeline is built."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.tokens import Doc

from .spangroups import VIEWS, register_span_extensions

# attribute name → default factory description; every list attribute starts empty per doc.
# The mention attributes among them (`spangroups.VIEWS`) are read-only views over `doc.spans`.
DOC_ATTRIBUTES: tuple[str, ...] = (
    "segments",
    "citations",
    "entities",
    "times",
    "places",
    "quantities",
    "casualties",
    "attributions",
    "mentions",
    "drafts",
    "merged",
    "filled",
    "events",
    # the candidate events the judge dropped, each with its probability as confidence: never in the
    # `peristiwa/1` output; the event store may attach them to an event other reports tell
    "dropped",
)
# `country`: the country the document happens in (`events.setting.document_country`), set by the roles
# stage and read by the unnamed parties' stage
SCALAR_ATTRIBUTES: tuple[str, ...] = ("doc_id", "reference_time", "fallback_reference_time", "country")


def _view(name: str, getter: Callable[[Doc], list[Any]]) -> None:
    if not Doc.has_extension(name):
        Doc.set_extension(name, getter=getter, setter=_read_only(name))


def _read_only(name: str) -> Callable[[Doc, object], None]:
    def refuse(doc: Doc, value: object) -> None:
        # without a setter spaCy would store the value where the getter never looks
        raise AttributeError(f"doc._.{name} is a view of doc.spans: write it with spangroups.put")

    return refuse


def register_extensions() -> None:
    """Register peristiwa's Doc extensions (idempotent)."""
    register_span_extensions(_view)
    for name in DOC_ATTRIBUTES:
        if name not in VIEWS and not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
    for name in SCALAR_ATTRIBUTES:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
