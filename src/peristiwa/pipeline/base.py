"""Shared behaviour of peristiwa's stages: strict error reporting and typed `Doc._` access."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from contextlib import nullcontext
from typing import Any, ClassVar, TypeVar

from spacy.language import Language
from spacy.tokens import Doc

from ..errors import PeristiwaError, StageError
from ..lang import DEFAULT_CONFIG, LANGUAGE, using_language
from ..tokens import Token, from_doc
from ..tokens import doc_text as doc_text  # re-exported: the stages read it here

T = TypeVar("T")

#: every stage's config keys for its language data: `language` ("id") and `lang_dir` ("": the
#: packaged `peristiwa/lang/`; else a directory holding `<language>/<stage>/<file>`)
LANGUAGE_CONFIG: dict[str, str] = dict(DEFAULT_CONFIG)


def doc_list(doc: Doc, name: str) -> list[Any]:
    """A list attribute of `doc._` (the mentions' are views of `doc.spans`, `spangroups.VIEWS`),
    empty when its stage has not run."""
    value = getattr(doc._, name)
    return list(value) if value else []


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
        # with the packaged default, the language the caller selected, if any, stands
        # (`with using_language(…): extract(…)`)
        self.own_language = language != LANGUAGE or bool(lang_dir)
        register_extensions()  # also when spaCy builds the stage from a saved pipeline

    def __call__(self, doc: Doc) -> Doc:
        try:
            with using_language(self.language, self.lang_dir) if self.own_language else nullcontext():
                self.process(doc)
        except PeristiwaError:
            raise
        except Exception as err:
            raise StageError(self.name, doc._.doc_id, err) from err
        return doc

    def process(self, doc: Doc) -> None:
        raise NotImplementedError


def stage_factory(
    factory: str, stage: type[Stage], *, assigns: Sequence[str] = (), requires: Sequence[str] = ()
) -> Callable[[Language, str, str, str], Stage]:
    """Registers `stage` as the spaCy factory `factory`, with the language config keys, and
    returns the factory function (the package's entry points name it)."""

    def make(nlp: Language, name: str, language: str, lang_dir: str) -> Stage:
        return stage(name, language=language, lang_dir=lang_dir)

    Language.factory(factory, assigns=list(assigns), requires=list(requires), default_config=LANGUAGE_CONFIG, func=make)
    return make
