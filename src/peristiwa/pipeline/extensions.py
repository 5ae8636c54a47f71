"""The `Doc._` attributes the stages assign. Registered once, when a pipeline is built."""

from __future__ import annotations

from spacy.tokens import Doc

# attribute name → default factory description; every list attribute starts empty per doc.
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
)
SCALAR_ATTRIBUTES: tuple[str, ...] = ("doc_id", "reference_time", "fallback_reference_time")


def register_extensions() -> None:
    """Register peristiwa's Doc extensions (idempotent)."""
    for name in DOC_ATTRIBUTES:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
    for name in SCALAR_ATTRIBUTES:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
