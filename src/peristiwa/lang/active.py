"""The active language: which language folder the loaders read, chosen by configuration.

The active language is held in a `contextvars.ContextVar`, so a pipeline stage selects it for the
work it does (`with using_language("id"): ...`) without threading an argument through every call,
and two threads (or asyncio tasks) may work in two languages at once. Loaders cached with
`language_cache` keep one cache per language, so a table read in one language is never served in
another."""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from os import PathLike
from os.path import abspath
from typing import Any, NamedTuple, ParamSpec, Protocol, TypeVar, cast

from ..loading import while_loading

P = ParamSpec("P")
T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)

#: the language of the packaged data when a caller names none
LANGUAGE = "id"


class Language(NamedTuple):
    """A language folder: `code` ("id") under `root`, a directory holding `<code>/<stage>/<file>`;
    `root` None is the packaged `peristiwa/lang/` folder."""

    code: str = LANGUAGE
    root: str | None = None


_PACKAGED = Language()
_ACTIVE: ContextVar[Language] = ContextVar("peristiwa_language", default=_PACKAGED)
#: the languages other than the packaged one that were ever selected (empty: the caches need not
#: look at the active language)
_OTHERS: set[Language] = set()


def active_language() -> Language:
    """The language the loaders read now: the packaged Indonesian unless `using_language` says else."""
    return _ACTIVE.get()


@contextmanager
def using_language(language: str | None = None, lang_dir: str | PathLike[str] | None = None) -> Iterator[Language]:
    """Within the block the loaders read `language` ("id") from `lang_dir` (a directory holding
    `<language>/<stage>/<file>`, made absolute); None or "" keep the packaged default of each. A pipeline stage
    wraps its work in it: `with using_language(self.language, self.lang_dir): ...`."""
    chosen = Language(language or LANGUAGE, abspath(lang_dir) if lang_dir else None)
    if chosen != _PACKAGED:
        _OTHERS.add(chosen)
    token = _ACTIVE.set(chosen)
    try:
        yield chosen
    finally:
        _ACTIVE.reset(token)


class LanguageCache(Protocol[P, T_co]):
    """A function whose results are cached per active language."""

    def __call__(self, *args: P.args, **kwargs: P.kwargs) -> T_co: ...

    def cache_clear(self) -> None:
        """Forget the results of every language."""


def language_lru_cache(maxsize: int | None) -> Callable[[Callable[P, T]], LanguageCache[P, T]]:
    """`language_cache` keeping the `maxsize` latest results of each language (None: all)."""

    def decorate(function: Callable[P, T]) -> LanguageCache[P, T]:
        build = while_loading(function)  # a table is built once: fewer full collections meanwhile
        packaged: Callable[..., T] = functools.lru_cache(maxsize=maxsize)(build)
        caches: dict[Language, Callable[..., T]] = {_PACKAGED: packaged}
        active, others = _ACTIVE.get, _OTHERS

        def for_language(language: Language) -> Callable[..., T]:
            return caches.get(language) or caches.setdefault(language, functools.lru_cache(maxsize=maxsize)(build))

        # until another language is used, the packaged cache is called straight away (a call then
        # costs a few tens of nanoseconds more than functools.cache's); zero-argument tables, the
        # commonest and hottest kind, get a wrapper without arguments
        if not inspect.signature(function).parameters:

            def cached_table() -> T:
                return packaged() if not others else for_language(active())()

            wrapper: Any = cached_table
        else:

            def cached(*args: P.args, **kwargs: P.kwargs) -> T:
                return (packaged if not others else for_language(active()))(*args, **kwargs)

            wrapper = cached

        def cache_clear() -> None:
            caches.clear()
            packaged.cache_clear()  # type: ignore[attr-defined]
            caches[_PACKAGED] = packaged

        wrapper.cache_clear = cache_clear
        return cast(LanguageCache[P, T], functools.wraps(function)(wrapper))

    return decorate


def language_cache(function: Callable[P, T]) -> LanguageCache[P, T]:
    """`function` cached like `functools.cache`, one cache per active language: the decorator of
    every loader (and every table or regex built from language data) that a second language must
    not share."""
    return language_lru_cache(None)(function)
