"""The learned models shipped inside the package (`peristiwa/judge/`, `peristiwa/relevance/`):
each a small spaCy pipeline in its own folder, loaded once per process."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path

import spacy
from spacy.language import Language


def packaged_model(folder: str) -> Path | None:
    """The packaged model in `peristiwa/<folder>/`, if this install ships one."""
    path = Path(str(resources.files("peristiwa") / folder))
    return path if (path / "meta.json").is_file() else None


@lru_cache(maxsize=4)
def load_model(path: str) -> Language:
    """The spaCy pipeline saved at `path` (one copy per process)."""
    return spacy.load(path)
