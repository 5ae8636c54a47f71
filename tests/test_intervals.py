"""Covering and overlap by bisection answer exactly what a scan of every span answers."""

from __future__ import annotations

from dataclasses import dataclass

from hypothesis import given
from hypothesis import strategies as st

from peristiwa.intervals import Covering, Taken


@dataclass(frozen=True)
class R:
    start: int
    end: int


RANGES = st.lists(st.tuples(st.integers(0, 60), st.integers(0, 15)).map(lambda t: R(t[0], t[0] + t[1])), max_size=30)


@given(RANGES, st.integers(0, 70), st.integers(0, 10))
def test_covering_finds_the_spans_a_scan_finds_in_their_order(spans: list[R], start: int, width: int) -> None:
    end = start + width
    assert Covering(spans).over(start, end) == [s for s in spans if s.start <= start and end <= s.end]


@given(RANGES, RANGES)
def test_taken_overlaps_as_a_scan_does(first: list[R], later: list[R]) -> None:
    taken = Taken(first)
    seen = list(first)
    for r in later:
        assert taken.overlaps(r.start, r.end) == any(s.start < r.end and r.start < s.end for s in seen)
        taken.add(r.start, r.end)
        seen.append(r)
