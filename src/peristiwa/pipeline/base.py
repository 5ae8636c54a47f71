"""Shared behaviour of peristiwa's stages: strict error reporting and typed `Doc._` access."""

from __future__ import annotations

from typing import Any, ClassVar, TypeVar

from spacy.tokens import Doc

from ..errors import PeristiwaError, StageError
from ..lang import DEFAULT_CONFIG, LANGUAGE, using_language
from ..tokens import Token, from_doc

T = TypeVar("T")

#: every stage's config keys for its language data: `language` ("id") and `lang_dir` ("": the
#: packaged `peristiwa/lang/`; else a directory holding `<language>/<stage>/<file>`)
LANGUAGE_CONFIG: dict[str, str] = dict(DEFAULT_CONFIG)


def doc_list(doc: Doc, name: str) -> list[Any]:
    """A list attribute of `doc._` (the mentions' are views of `doc.spans`, `spangroups.VIEWS`),
    empty when its stage has not run."""
    value = getattr(doc._, name)
    return list(value) if value else []


def doc_text(doc: Doc) -> str:
    """The document's text, built once: spaCy's `Doc.text` joins every token on each access."""
    text = doc.user_data.get("peristiwa.text")
    if not isinstance(text, str):
        text = doc.text
        doc.user_data["peristiwa.text"] = text
    return text


def doc_tokens(doc: Doc) -> list[Token]:
    """The Doc's tokens as every stage reads them (`peristiwa.tokens`), built once."""
    tokens = doc.user_data.get("peristiwa.tokens")
    if not isinstance(tokens, list):
        tokens = from_doc(doc, doc_text(doc))
        doc.user_data["peristiwa.tokens"] = tokens
    return tokens


class Stage:
    """A pipeline stage: `process` does the work; errors are re-raised naming stage and document."""

    version: ClassVar[int] = 1

    def __init__(self, name: str, *, language: str = LANGUAGE, lang_dir: str = "") -> None:
        from .extensions import register_extensions

        self.name = name
        self.language = language  # the language data it reads (`peristiwa.lang`), from its config
        self.lang_dir = lang_dir  # "": the packaged `peristiwa/lang/`
        register_extensions()  # also when spaCy builds the stage from a saved pipeline

    def __call__(self, doc: Doc) -> Doc:
        try:
            if self.language == LANGUAGE and not self.lang_dir:  # the packaged default: the language
                self.process(doc)  # the caller selected, if any (`with using_language(…): extract(…)`)
            else:
                with using_language(self.language, self.lang_dir):
                    self.process(doc)
        except PeristiwaError:
            raise
        except Exception as err:
            raise StageError(self.name, doc._.doc_id, err) from err
        return doc

    def process(self, doc: Doc) -> None:
        raise NotImplementedError
