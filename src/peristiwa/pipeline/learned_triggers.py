"""The learned trigger tagger as a pipeline stage (`peristiwa_learned_triggers_v1`):
`build_pipeline(triggers="model")` puts it in place of the lexicon's `triggers` stage,
`triggers="both"` after it, adding the tagger's mentions where no lexicon mention stands
(`learned.triggers`)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..errors import OptionError, ResourceError
from ..learned.triggers import combined, learned_mentions
from .base import LANGUAGE_CONFIG, Stage, doc_list, doc_text, doc_tokens
from .saved import SavedModel
from .spangroups import put

#: what the stage does with the lexicon's mentions: "model" replaces them, "both" keeps them
MODES = ("model", "both")
MODEL_FOLDER = "trigger_tagger"


class LearnedTriggersStage(SavedModel, Stage):
    """The tagger's trigger mentions, in place of or beside the lexicon's; a saved pipeline
    carries its model (`SavedModel`)."""

    def __init__(self, name: str, *, mode: str, threshold: float | None, language: str, lang_dir: str) -> None:
        super().__init__(name, language=language, lang_dir=lang_dir)
        if mode not in MODES:
            raise OptionError("triggers", mode, f"the learned trigger stage takes one of {', '.join(MODES)}")
        self.mode = mode
        self.load_packaged(MODEL_FOLDER, enabled=True, configured=threshold)
        if self.model is None:
            raise ResourceError(f"peristiwa/{MODEL_FOLDER}", "this install ships no learned trigger tagger")

    def model_loaded(self) -> None:
        stored = self.model.meta.get("peristiwa", {}).get("threshold", 0.0) if self.model is not None else 0.0
        self.threshold = self.configured if self.configured is not None else float(stored)

    def process(self, doc: Doc) -> None:
        assert self.model is not None
        sentences = [s for s in doc_list(doc, "segments") if s.kind == "sentence"]
        learned = learned_mentions(self.model, doc_text(doc), sentences, doc_tokens(doc), self.threshold)
        mentions = learned if self.mode == "model" else combined(doc_list(doc, "mentions"), learned)
        put(doc, "triggers", mentions)


@Language.factory(
    "peristiwa_learned_triggers_v1",
    assigns=["doc._.mentions"],
    requires=["doc._.segments"],
    default_config={"mode": "both", "threshold": None, **LANGUAGE_CONFIG},
)
def make_learned_triggers_stage(
    nlp: Language, name: str, mode: str, threshold: float | None, language: str, lang_dir: str
) -> LearnedTriggersStage:
    return LearnedTriggersStage(name, mode=mode, threshold=threshold, language=language, lang_dir=lang_dir)
