"""Stage `peristiwa_coreference_v1`: after the judge and the relevance classifier, a later event
that the learned pair model holds the same real event as an earlier one of its type, told in
another sentence, is folded into it (`learned.coreference`)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..learned.coreference import fold_repeats, pair_probabilities, threshold_of
from .base import LANGUAGE_CONFIG, Stage, doc_list, doc_text
from .relevance import judge_runs
from .saved import SavedModel


class CoreferenceStage(SavedModel, Stage):
    """Folds repeated mentions of one event (the threshold of the model's `meta.json`, or
    `threshold`). A saved pipeline carries its model (`SavedModel`)."""

    strings = False  # a text classifier (`SavedModel.strings`)

    def __init__(self, name: str, *, threshold: float | None, enabled: bool, language: str, lang_dir: str) -> None:
        super().__init__(name, language=language, lang_dir=lang_dir)
        self.load_packaged("coreference", enabled=enabled, configured=threshold)

    def model_loaded(self) -> None:
        stored = threshold_of(self.model) if self.model is not None else 1.0
        self.threshold = self.configured if self.configured is not None else stored

    def process(self, doc: Doc) -> None:
        events = doc_list(doc, "events")
        if self.model is None or len(events) < 2:
            return
        probabilities = pair_probabilities(self.model, events, doc_text(doc))
        if probabilities:
            doc._.events = fold_repeats(events, probabilities, self.threshold)


@Language.factory(
    "peristiwa_coreference_v1",
    assigns=["doc._.events"],
    requires=["doc._.events"],
    default_config={"threshold": None, "enabled": True, **LANGUAGE_CONFIG},
)
def make_coreference_stage(
    nlp: Language, name: str, threshold: float | None, enabled: bool, language: str, lang_dir: str
) -> CoreferenceStage:
    on = enabled and judge_runs(nlp)
    return CoreferenceStage(name, threshold=threshold, enabled=on, language=language, lang_dir=lang_dir)
