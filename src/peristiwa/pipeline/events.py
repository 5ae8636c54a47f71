"""Stages `peristiwa.events.v1` (trigger mentions with arguments), `peristiwa.merge.v1`, the
learned `peristiwa.judge.v1`, then `peristiwa.unnamed.v1` (parties told by an event's place; the
judge decides on what the text itself names, as it was trained)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..actors.user import apply_dated_roles
from ..events import draft_events, finish_events
from ..events.unnamed import fill_unnamed
from ..learned.judge import judge_path, judged_types, load_judge, probabilities, threshold_of
from .base import Stage, doc_list, doc_text, doc_tokens


class EventsStage(Stage):
    def process(self, doc: Doc) -> None:
        drafts, attributions = draft_events(
            doc_text(doc),
            segments=doc_list(doc, "segments"),
            citations=doc_list(doc, "citations"),
            entities=doc_list(doc, "entities"),
            places=doc_list(doc, "places"),
            times=doc_list(doc, "times"),
            reference_time=doc._.reference_time,
            tokens=doc_tokens(doc),
        )
        doc._.mentions = drafts
        doc._.attributions = attributions


class MergeStage(Stage):
    def process(self, doc: Doc) -> None:
        events = finish_events(
            doc_list(doc, "mentions"),
            doc_id=doc._.doc_id,
            segments=doc_list(doc, "segments"),
            casualties=doc_list(doc, "casualties"),
            attributions=doc_list(doc, "attributions"),
            entities=doc_list(doc, "entities"),
        )
        reference = doc._.reference_time
        apply_dated_roles(events, reference.date().isoformat() if reference is not None else None)
        doc._.events = events


@Language.factory(
    "peristiwa_events_v1",
    assigns=["doc._.mentions", "doc._.attributions"],
    requires=["doc._.segments", "doc._.entities", "doc._.places", "doc._.times"],
)
def make_events_stage(nlp: Language, name: str) -> EventsStage:
    return EventsStage(name)


@Language.factory(
    "peristiwa_merge_v1",
    assigns=["doc._.events"],
    requires=["doc._.mentions", "doc._.casualties", "doc._.entities"],
)
def make_merge_stage(nlp: Language, name: str) -> MergeStage:
    return MergeStage(name)


class JudgeStage(Stage):
    """Keeps the events the learned judge believes; each gets its probability as confidence."""

    def __init__(self, name: str, *, threshold: float | None, enabled: bool) -> None:
        super().__init__(name)
        path = judge_path() if enabled else None
        self.model = load_judge(str(path)) if path is not None else None
        self.threshold = threshold if threshold is not None else (threshold_of(self.model) if self.model else 0.0)
        self.types = judged_types(self.model) if self.model else None

    def process(self, doc: Doc) -> None:
        events = doc_list(doc, "events")
        if self.model is None or not events:
            return
        kept = []
        for event, p in zip(events, probabilities(self.model, events, doc_text(doc)), strict=True):
            if self.types is not None and event.event_type not in self.types:
                kept.append(event)  # too rare in the corpus for the judge: the rules decide
                continue
            event.confidence = round(p, 3)
            if p >= self.threshold:
                kept.append(event)
        doc._.events = kept


@Language.factory(
    "peristiwa_judge_v1",
    assigns=["doc._.events"],
    requires=["doc._.events"],
    default_config={"threshold": None, "enabled": True},
)
def make_judge_stage(nlp: Language, name: str, threshold: float | None, enabled: bool) -> JudgeStage:
    return JudgeStage(name, threshold=threshold, enabled=enabled)


class UnnamedStage(Stage):
    """Parties the text leaves unnamed, told by where the event happened (`events.unnamed`)."""

    def process(self, doc: Doc) -> None:
        fill_unnamed(doc_list(doc, "events"))


@Language.factory("peristiwa_unnamed_v1", assigns=["doc._.events"], requires=["doc._.events"])
def make_unnamed_stage(nlp: Language, name: str) -> UnnamedStage:
    return UnnamedStage(name)
