"""Stage `peristiwa.relevance.v1`: after the judge, the events of a document that reports no
political or conflict event at all are dropped (`learned.relevance`).

The document's probability is kept in ``doc._.relevance`` for analysts using the Python API
(None when the stage is off, the text too short to be judged, or no candidate event is left to
decide on: the classifier then does not run); the `peristiwa/1` output does not carry it.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..learned.relevance import Policy, policy_of, probability
from .base import LANGUAGE_CONFIG, Stage, doc_list
from .saved import SavedModel

ATTRIBUTE = "relevance"


def judge_runs(nlp: Language) -> bool:
    """Whether the pipeline's judge decides (a rules-only pipeline keeps every candidate, for
    training the judge and for ablations: this stage then leaves them too)."""
    if "judge" not in nlp.pipe_names:
        return False
    return getattr(nlp.get_pipe("judge"), "model", None) is not None


class RelevanceStage(SavedModel, Stage):
    """Drops the events of documents the relevance classifier holds irrelevant (the policy of
    its `meta.json`, or `threshold` to drop below a fixed probability). A saved pipeline
    carries its classifier (`SavedModel`)."""

    strings = False  # a text classifier (`SavedModel.strings`)

    def __init__(self, name: str, *, threshold: float | None, enabled: bool, language: str, lang_dir: str) -> None:
        super().__init__(name, language=language, lang_dir=lang_dir)
        if not Doc.has_extension(ATTRIBUTE):
            Doc.set_extension(ATTRIBUTE, default=None)
        self.load_packaged("relevance", enabled=enabled, configured=threshold)

    def model_loaded(self) -> None:
        stored = policy_of(self.model) if self.model is not None else Policy()
        self.policy = Policy(drop_below=self.configured) if self.configured is not None else stored

    def process(self, doc: Doc) -> None:
        events = doc_list(doc, "events")
        if self.model is None or not events:  # nothing to decide: most texts of a news stream
            return
        relevance = probability(self.model, doc)
        if relevance is None:  # too short to be a document: the judge has decided
            return
        setattr(doc._, ATTRIBUTE, round(relevance, 3))
        doc._.events = [e for e in events if self.policy.keeps(relevance, e.confidence)]


@Language.factory(
    "peristiwa_relevance_v1",
    assigns=["doc._.events", f"doc._.{ATTRIBUTE}"],
    requires=["doc._.events"],
    default_config={"threshold": None, "enabled": True, **LANGUAGE_CONFIG},
)
def make_relevance_stage(
    nlp: Language, name: str, threshold: float | None, enabled: bool, language: str, lang_dir: str
) -> RelevanceStage:
    on = enabled and judge_runs(nlp)
    return RelevanceStage(name, threshold=threshold, enabled=on, language=language, lang_dir=lang_dir)
