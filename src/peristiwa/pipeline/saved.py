"""Saving and loading the learned stages' models with the pipeline (`nlp.to_disk`, `spacy.load`).

A stage that holds a small spaCy pipeline as its model (the judge, the relevance classifier)
writes it into its own folder of the saved pipeline and reads it back from there, so a saved
pipeline carries the models it was saved with — also where the installed package ships others.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from spacy.language import Language

from ..learned.packaged import load_model, packaged_model

MODEL_DIR = "model"


class SavedModel:
    """`to_disk`/`from_disk` for a stage whose model is `self.model` (None: the stage is off)."""

    model: Language | None
    enabled: bool = True  # a stage switched off by its config loads no model
    configured: float | None = None  # the config's threshold, over the one in the model's meta
    strings: bool = True  # False: a text classifier, loaded without its string store (`load_model`)

    def load_packaged(self, folder: str, *, enabled: bool, configured: float | None) -> None:
        """The model shipped in `peristiwa/<folder>/` (none when the stage is off or the install
        ships none), and the threshold of the stage's config."""
        self.enabled = enabled
        self.configured = configured
        path = packaged_model(folder) if enabled else None
        self.model = load_model(str(path), strings=self.strings) if path is not None else None
        self.model_loaded()

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        folder = Path(path)
        folder.mkdir(parents=True, exist_ok=True)
        if self.model is not None:
            self.model.to_disk(folder / MODEL_DIR)

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> SavedModel:
        folder = Path(path) / MODEL_DIR
        if self.enabled and (folder / "meta.json").is_file():
            self.model = load_model(str(folder), strings=self.strings)
            self.model_loaded()
        return self

    def model_loaded(self) -> None:
        """Reads what the stage takes from its model's meta (thresholds, types) again."""
