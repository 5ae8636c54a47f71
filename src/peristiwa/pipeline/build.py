"""Building the pipeline: the packaged model (if present) or `spacy.blank("id")`, plus our stages."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path

import spacy
from spacy.language import Language

from ..lang import LANGUAGE, using_language
from ..loading import while_loading
from ..tokenizer import TOKENIZER_NAME
from . import coreference as _coreference  # noqa: F401
from . import events as _events  # noqa: F401  (registers the factories)
from . import learned_triggers as _learned_triggers  # noqa: F401
from . import mentions as _mentions  # noqa: F401
from . import relevance as _relevance  # noqa: F401
from . import segment as _segment  # noqa: F401
from . import windows as _windows  # noqa: F401
from .extensions import register_extensions

# (component name, factory) in pipeline order.
STAGES: tuple[tuple[str, str], ...] = (
    ("segment", "peristiwa_segment_v1"),
    ("entities", "peristiwa_entities_v1"),
    ("places", "peristiwa_places_v1"),
    ("times", "peristiwa_times_v1"),
    ("quantities", "peristiwa_quantities_v1"),
    ("triggers", "peristiwa_triggers_v1"),
    ("realis", "peristiwa_realis_v1"),
    ("roles", "peristiwa_roles_v1"),
    ("coref", "peristiwa_coref_v1"),
    ("defaults", "peristiwa_defaults_v1"),
    ("coding", "peristiwa_coding_v1"),
    ("judge", "peristiwa_judge_v1"),
    ("relevance", "peristiwa_relevance_v1"),
    ("parties", "peristiwa_parties_v1"),
    ("unnamed", "peristiwa_unnamed_v1"),
    ("coreference", "peristiwa_coreference_v1"),
)
# The stages that read the trigger lexicon, from the candidate triggers to the records (see
# `pipeline.events`); `peristiwa rules ablate` runs them again without each lexicon record.
EVENT_STAGES: tuple[str, ...] = (
    "triggers",
    "realis",
    "roles",
    "coref",
    "defaults",
    "coding",
    "judge",
    "relevance",
    "parties",
    "unnamed",
    "coreference",
)
# The learned trigger tagger's stage, after `triggers` when the pipeline is built with it.
LEARNED_TRIGGERS = "peristiwa_learned_triggers_v1"
# Model components that the stages use, as (packaged name, our name): each runs in windows as
# `peristiwa_windowed_<our name>_v1`, the packaged one renamed `model_<our name>`; the rest (the
# shared tok2vec, the full tagger, the attribute ruler, the parser) are not loaded. The light
# tagger has its own small tok2vec (MODEL.md) and sets `token.pos_`, read by the clause and
# casualty tests; the NER carries its own embedding layer too.
MODEL_COMPONENTS: tuple[tuple[str, str], ...] = (("tagger_light", "tagger"), ("ner", "ner"))
# spaCy refuses texts over 1,000,000 characters by default, for memory; with the model in bounded
# windows our cost is linear, so the limit is the server's 5 MB body limit and more.
MAX_CHARS = 10_000_000


# Our tokenizer is named in the config, so spaCy builds it once instead of first building (and
# validating the ~16,000 exceptions of) the default `id` tokenizer that we would then replace.
_TOKENIZER = {"nlp": {"tokenizer": {"@tokenizers": TOKENIZER_NAME}}}


def model_path() -> Path | None:
    """The packaged spaCy model directory, if this install ships one."""
    path = Path(str(resources.files("peristiwa") / "model"))
    return path if (path / "meta.json").is_file() else None


@while_loading
def build_pipeline(
    *,
    use_model: bool = True,
    use_judge: bool = True,
    triggers: str = "rules",
    language: str = LANGUAGE,
    lang_dir: str = "",
) -> Language:
    """A fresh pipeline: Indonesian tokenizer, the trained model when shipped, and every stage.
    Without `use_judge`, every candidate event the rules find is kept (for training the judge
    and for ablations). `triggers` says where candidate triggers come from: "rules" (the
    lexicon), "model" (the learned trigger tagger instead) or "both" (the tagger's added where
    the lexicon has none; `pipeline.learned_triggers`). `language` and `lang_dir` choose the
    language data (`peristiwa.lang`): the tokenizer is built in it and every stage gets both in
    its config."""
    register_extensions()
    with using_language(language, lang_dir or None):
        nlp = _model_or_blank(use_model)
    nlp.max_length = MAX_CHARS
    first = nlp.pipe_names[0] if nlp.pipe_names else None
    chosen = {"language": language, "lang_dir": lang_dir}
    for name, factory in STAGES:
        config = {**chosen, "enabled": use_judge} if name == "judge" else chosen
        if name != "triggers" or triggers != "model":  # "model": the tagger's mentions replace the lexicon's
            nlp.add_pipe(factory, name=name, first=(name == "segment" and first is not None) or None, config=config)
        if name == "triggers" and triggers != "rules":
            nlp.add_pipe(LEARNED_TRIGGERS, name="learned_triggers", config={**chosen, "mode": triggers})
    return nlp


def _model_or_blank(use_model: bool) -> Language:
    """The packaged model's components the stages use, each in bounded windows, else a blank
    Indonesian pipeline; with our tokenizer either way."""
    path = model_path() if use_model else None
    if path is not None:
        # Only what the stages read is loaded (our tokenizer replaces the stored one). Nor is the
        # stored vocabulary: its 75,000 training strings (0.06 s CPU of a fresh process's first
        # result) are only hashes' names; the tagger's and the NER's labels come with their
        # components, the words of a text are added as it is tokenised, and the model has no
        # vectors or lookup tables (`tests/test_spacy_load.py`).
        config = spacy.util.load_config(path / "config.cfg")
        used = {packaged for packaged, _ in MODEL_COMPONENTS}
        unused = [name for name in config["nlp"]["pipeline"] if name not in used]
        nlp = spacy.load(path, exclude=[*unused, "tokenizer", "vocab"], config=_TOKENIZER)
        for packaged, name in MODEL_COMPONENTS:  # each runs in bounded windows on long texts
            if packaged in nlp.component_names:
                nlp.enable_pipe(packaged)  # the light tagger is shipped disabled (MODEL.md)
                nlp.rename_pipe(packaged, f"model_{name}")
                nlp.add_pipe(f"peristiwa_windowed_{name}_v1", name=name, after=f"model_{name}")
                nlp.disable_pipe(f"model_{name}")
    else:
        nlp = spacy.blank("id", config=_TOKENIZER)
    return nlp


def load_pipeline(*, use_model: bool = True, use_judge: bool = True, triggers: str = "rules") -> Language:
    """The process-wide pipeline (built once for each choice of options, however they are written:
    `load_pipeline()` and `extract`'s `load_pipeline(triggers="rules")` are the same pipeline)."""
    return _process_pipeline(use_model, use_judge, triggers)


@lru_cache(maxsize=4)
def _process_pipeline(use_model: bool, use_judge: bool, triggers: str) -> Language:
    """`load_pipeline`'s cache, keyed by every option's value (an `lru_cache` on keyword arguments
    keys by the arguments as passed, so a default left out and the same value written out built
    two pipelines: a fresh process that loads the pipeline and then extracts built it twice)."""
    return build_pipeline(use_model=use_model, use_judge=use_judge, triggers=triggers)
