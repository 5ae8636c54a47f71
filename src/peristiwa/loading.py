"""Fewer full garbage collections while peristiwa builds its tables.

Importing spaCy and building the pipeline, the actor dictionary, the gazetteer and the word
tables make some hundred thousand long-lived objects. Python's cyclic collector runs a full
collection, which walks every object, each time ten younger collections have run (and the
survivors have grown by a quarter), so while the tables grow it walked them again and again:
about a tenth of the CPU time of a fresh process's first result. Within `loading()` the full
collections wait, the youngest generation is collected after 10,000 new objects instead of 700
(most of what a table builder makes lives on), and the collector's thresholds are restored
afterwards; nothing that is collected is changed, only when.
"""

from __future__ import annotations

import functools
import gc
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
T = TypeVar("T")

#: the full-collection threshold while loading (younger collections between two full ones)
LOADING_THRESHOLD = 1000
#: the youngest generation's threshold while loading (new objects between two of its collections)
LOADING_YOUNG = 10_000

_lock = threading.Lock()
_depth = 0
_saved: tuple[int, int, int] | None = None


@contextmanager
def loading() -> Iterator[None]:
    """Within the block (nested or not) full collections are put off; the thresholds found at the
    outermost entry are restored when it ends."""
    global _depth, _saved
    with _lock:
        if _depth == 0:
            first, second, third = gc.get_threshold()
            _saved = (first, second, third)
            gc.set_threshold(max(first, LOADING_YOUNG), second, max(third, LOADING_THRESHOLD))
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _saved is not None:
                gc.set_threshold(*_saved)
                _saved = None


def while_loading(function: Callable[P, T]) -> Callable[P, T]:
    """`function` run within `loading()` (for builders of tables, called once per process)."""

    @functools.wraps(function)
    def build(*args: P.args, **kwargs: P.kwargs) -> T:
        with loading():
            return function(*args, **kwargs)

    return build
