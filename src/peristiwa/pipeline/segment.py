"""Stage `peristiwa.segment.v1`: headings, sentences and citation markers."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..segment import find_citations, segment
from .base import Stage


class SegmentStage(Stage):
    def process(self, doc: Doc) -> None:
        segments = segment(doc.text)
        doc._.segments = segments
        doc._.citations = find_citations(doc.text)
        starts = {s.start for s in segments}
        for token in doc:
            token.is_sent_start = token.i == 0 or token.idx in starts


@Language.factory(
    "peristiwa_segment_v1",
    assigns=["token.is_sent_start", "doc._.segments", "doc._.citations"],
)
def make_segment_stage(nlp: Language, name: str) -> SegmentStage:
    return SegmentStage(name)
