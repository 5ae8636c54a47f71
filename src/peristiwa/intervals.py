"""Which spans cover a range, found by bisection instead of a scan of every span: the stages ask it
for each mention, and a scan made long documents quadratic (thousands of mentions x entities).
The standard library's `bisect` is all it needs; no interval-tree package is worth a dependency."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from typing import Generic, Protocol, TypeVar


class Ranged(Protocol):
    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


S = TypeVar("S", bound=Ranged)


class Covering(Generic[S]):
    """The spans of `spans` that cover a range, in their original order."""

    def __init__(self, spans: Sequence[S]) -> None:
        self._order = sorted(range(len(spans)), key=lambda i: spans[i].start)
        self._spans = spans
        self._starts = [spans[i].start for i in self._order]
        self._longest = max((s.end - s.start for s in spans), default=0)

    def over(self, start: int, end: int) -> list[S]:
        """Spans `s` with `s.start <= start` and `end <= s.end`."""
        k = bisect_right(self._starts, start) - 1
        found: list[int] = []
        while k >= 0 and self._starts[k] >= start - self._longest:
            i = self._order[k]
            if end <= self._spans[i].end:
                found.append(i)
            k -= 1
        return [self._spans[i] for i in sorted(found)]


class Taken:
    """Ranges taken so far; `overlaps` asks whether a new range meets any of them."""

    def __init__(self, ranges: Sequence[Ranged] = ()) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []
        self._longest = 0
        for r in ranges:
            self.add(r.start, r.end)

    def add(self, start: int, end: int) -> None:
        k = bisect_right(self._starts, start)
        self._starts.insert(k, start)
        self._ends.insert(k, end)
        self._longest = max(self._longest, end - start)

    def overlaps(self, start: int, end: int) -> bool:
        """Whether a taken range `r` has `r.start < end` and `start < r.end`."""
        k = bisect_right(self._starts, end - 1) - 1  # the last taken range starting before `end`
        while k >= 0 and self._starts[k] >= start - self._longest:
            if start < self._ends[k]:
                return True
            k -= 1
        return False
