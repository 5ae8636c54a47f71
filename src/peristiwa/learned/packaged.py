"""The learned models shipped inside the package (`peristiwa/judge/`, `peristiwa/relevance/`,
`peristiwa/parties/`): each a small spaCy pipeline in its own folder, loaded once per process.

The stages give these models Docs (of the pipeline's own tokens, or of feature symbols), never
text, so a model is loaded without its stored tokenizer: `GivenDocs` takes its place, refuses
text and saves nothing. Building and reading the blank pipelines' tokenizers (their hundreds of
special cases) was a third of each model's load time."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import registry

GIVEN_DOCS = "peristiwa.given_docs.v1"


class GivenDocs:
    """The tokenizer of a model that is only given Docs: text is an error."""

    def __call__(self, text: str) -> Doc:
        raise TypeError(f"a learned model is given Docs of the pipeline's tokens, not text: {text[:40]!r}")

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        """Nothing to save."""

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> GivenDocs:
        return self

    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        return b""

    def from_bytes(self, data: bytes, *, exclude: Iterable[str] = ()) -> GivenDocs:
        return self


def given_docs() -> Callable[[Language], GivenDocs]:
    def create(nlp: Language) -> GivenDocs:
        return GivenDocs()

    return create


registry.tokenizers.register(GIVEN_DOCS, func=given_docs)


_CONFIG: dict[str, Any] = {"nlp": {"tokenizer": {"@tokenizers": GIVEN_DOCS}}}


def packaged_model(folder: str) -> Path | None:
    """The packaged model in `peristiwa/<folder>/`, if this install ships one."""
    path = Path(str(resources.files("peristiwa") / folder))
    return path if (path / "meta.json").is_file() else None


def stored_threshold(nlp: Language, default: float) -> float:
    """The decision threshold a trained model carries in its meta.json (under "peristiwa"), else `default`."""
    return float(nlp.meta.get("peristiwa", {}).get("threshold", default))


@lru_cache(maxsize=8)
def load_model(path: str, *, strings: bool = True) -> Language:
    """The spaCy pipeline saved at `path` (one copy per process), without its tokenizer. Without
    `strings`, its vocabulary's string store is not read either (tens of thousands of strings): a
    text classifier reads the hashes of the words of the Docs it is given and names its labels
    from its own config, so it never looks a string up; a tagger does (its labels as `tag_`)."""
    return spacy.load(path, exclude=["tokenizer"] if strings else ["tokenizer", "vocab"], config=_CONFIG)
