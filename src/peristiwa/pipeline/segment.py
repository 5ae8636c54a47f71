"""Stage `peristiwa.segment.v1`: headings, sentences and citation markers.

Sentences and headings become spaCy's sentences (`token.is_sent_start`, so `doc.sents` gives
them) and the span groups `doc.spans["sentences"]` and `["headings"]`, whose `Segment` values keep
the exact offsets (spaCy's sentence also holds the line breaks after it); citation markers go to
`doc.spans["citations"]`."""

from __future__ import annotations

import numpy
from spacy.attrs import IDX, SENT_START
from spacy.tokens import Doc

from ..segment import find_citations, segment
from .base import Stage, doc_text, stage_factory
from .spangroups import put


class SegmentStage(Stage):
    def process(self, doc: Doc) -> None:
        segments = segment(doc_text(doc))
        put(doc, "sentences", [s for s in segments if s.kind == "sentence"])
        put(doc, "headings", [s for s in segments if s.kind == "heading"])
        put(doc, "citations", find_citations(doc_text(doc)))
        starts = {s.start for s in segments}
        # one array write: setting token.is_sent_start token by token rescans the doc each time
        # (read from the IDX array: a Token object per token cost more than the rest)
        flags = numpy.array(
            [1 if i == 0 or idx in starts else -1 for i, idx in enumerate(doc.to_array(IDX).tolist())], dtype="int64"
        ).astype("uint64")
        doc.from_array([SENT_START], flags.reshape(-1, 1))  # type: ignore[arg-type]  # thinc's Ints2d alias


make_segment_stage = stage_factory(
    "peristiwa_segment_v1",
    SegmentStage,
    assigns=["token.is_sent_start", "doc.spans", "doc._.segments", "doc._.citations"],
)
