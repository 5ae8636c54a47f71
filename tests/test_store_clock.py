"""A day told only by a clock time ("pukul 01.30 WIB") is the extractor's guess of which night the
hour belongs to: one day off another report's day is no veto; two days told by dates stay apart."""

from __future__ import annotations

from typing import Any

import pytest

from peristiwa.store.clock import day_by_clock
from peristiwa.store.merge import THRESHOLD, compare, features


@pytest.mark.parametrize(
    ("text", "clock"),
    [
        ("pukul 01.30 WIB", True),
        ("sekitar pukul 23.00 WITA", True),
        ("jam 7 malam", True),
        ("Minggu (20/7/2025) dini hari", False),
        ("kemarin pukul 10.00", False),
        ("20 Juli 2025", False),
        (None, False),
    ],
)
def test_store_clock_a_date_told_only_by_a_clock_time_tells_no_day(text: str | None, clock: bool) -> None:
    assert day_by_clock(text) is clock


def _brawl_arrest(day: str, clock: bool) -> dict[str, Any]:
    """Teenagers arrested after a street brawl in Pesanggrahan: what merging compares of it."""
    words = ["polisi", "menangkap", "remaja", "tawuran", "senjata", "tajam", "pesanggrahan", "celurit", "pelaku"]
    return {"type": "COERCE", "day": day, "precision": "day", "clock": clock, "reference_day": "2025-07-23",
            "country": "IDN", "places": [["Pesanggrahan", -6.26, 106.76, "admin3", "IDN/31/31.74/31.74.09"]],
            "parties": ["IDN/COP", "IDN/CVL"], "actors": ["IDN/COP"], "recipients": ["IDN/CVL"], "names": [],
            "words": words, "trigger": ["menangkap"], "mode": [], "repeated": False}  # fmt: skip


def test_store_clock_a_day_told_by_its_clock_one_day_off_a_dated_report_joins_it() -> None:
    dated = _brawl_arrest("2025-07-20", clock=False)  # "Minggu (20/7/2025) dini hari"
    by_clock = _brawl_arrest("2025-07-21", clock=True)  # "pukul 01.30 WIB"
    result = compare(by_clock, [dated], {"a"}, "b")
    assert result.veto is None and result.score >= THRESHOLD
    assert compare(dated, [by_clock], {"b"}, "a").veto is None


def test_store_clock_two_days_told_by_dates_one_apart_stay_apart() -> None:
    sunday, monday = _brawl_arrest("2025-07-20", clock=False), _brawl_arrest("2025-07-21", clock=False)
    assert compare(monday, [sunday], {"a"}, "b").veto is not None


def test_store_clock_a_clock_two_days_off_is_still_another_day() -> None:
    dated, by_clock = _brawl_arrest("2025-07-20", clock=False), _brawl_arrest("2025-07-22", clock=True)
    assert compare(by_clock, [dated], {"a"}, "b").veto is not None


def test_store_clock_features_read_the_clock_from_the_events_date_text() -> None:
    text = "Polisi menangkap tujuh remaja usai tawuran di Pesanggrahan pukul 01.30 WIB."
    event = {"event_type": "COERCE", "actor": [], "recipient": [], "locations": [],
             "date": {"start": "2025-07-21", "precision": "day", "text": "pukul 01.30 WIB"},
             "sentence": {"start": 0, "end": len(text)}}  # fmt: skip
    assert features(event, text, "2025-07-23")["clock"] is True
