"""The active language: which language folder the loaders read, chosen by configuration.

The active language is held in a `contextvars.ContextVar`, so a pipeline stage selects it for the
work it does (`with using_language("id"): ...`) without threading an argument through every call,
and two threads (or asyncio tasks) may work in two languages at once. Loaders cached with
`language_cache` keep one cache per language, so a table read in one language is never served in
another."""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from os import PathLike, fspath
from typing import Generic, NamedTuple, ParamSpec, TypeVar

P = ParamSpec("P")
T = TypeVar("T")

#: the language of the packaged data when a caller names none
LANGUAGE = "id"


class Language(NamedTuple):
    """A language folder: `code` ("id") under `root`, a directory holding `<code>/<stage>/<file>`;
    `root` None is the packaged `peristiwa/lang/` folder."""

    code: str = LANGUAGE
    root: str | None = None


_PACKAGED = Language()
_ACTIVE: ContextVar[Language] = ContextVar("peristiwa_language", default=_PACKAGED)


def active_language() -> Language:
    """The language the loaders read now: the packaged Indonesian unless `using_language` says else."""
    return _ACTIVE.get()


@contextmanager
def using_language(language: str | None = None, lang_dir: str | PathLike[str] | None = None) -> Iterator[Language]:
    """Within the block the loaders read `language` ("id") from `lang_dir` (a directory holding
    `<language>/<stage>/<file>`); None or "" keep the packaged default of each. A pipeline stage
    wraps its work in it: `with using_language(self.language, self.lang_dir): ...`."""
    chosen = Language(language or LANGUAGE, fspath(lang_dir) if lang_dir else None)
    token = _ACTIVE.set(chosen)
    try:
        yield chosen
    finally:
        _ACTIVE.reset(token)


class LanguageCache(Generic[P, T]):
    """A function's results cached per active language (`functools.cache` once for each)."""

    def __init__(self, function: Callable[P, T], maxsize: int | None = None) -> None:
        self._function = function
        self._maxsize = maxsize
        self._caches: dict[Language, Callable[P, T]] = {}
        functools.update_wrapper(self, function)

    def __call__(self, *args: P.args, **kwargs: P.kwargs) -> T:
        language = _ACTIVE.get()
        cached = self._caches.get(language)
        if cached is None:
            cached = self._caches.setdefault(language, functools.lru_cache(maxsize=self._maxsize)(self._function))
        return cached(*args, **kwargs)

    def cache_clear(self) -> None:
        """Forget the results of every language."""
        self._caches.clear()


def language_cache(function: Callable[P, T]) -> LanguageCache[P, T]:
    """`function` cached like `functools.cache`, one cache per active language: the decorator of
    every loader (and every table or regex built from language data) that a second language must
    not share."""
    return LanguageCache(function)


def language_lru_cache(maxsize: int) -> Callable[[Callable[P, T]], LanguageCache[P, T]]:
    """`language_cache` keeping the `maxsize` latest results of each language."""
    return lambda function: LanguageCache(function, maxsize)
