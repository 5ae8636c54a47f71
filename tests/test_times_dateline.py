"""A news text's dateline gives its writing day when no reference time is given. Datelines written
for these tests in the style of Indonesian online news."""

from __future__ import annotations

from datetime import datetime

import pytest

import peristiwa
from peristiwa.times.dateline import dateline_reference


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Banjir Rendam Ratusan Rumah\n\nSamarinda, Kamis (4/7/2024) – Banjir merendam ratusan rumah.", "2024-07-04"),
        ("Kabul, Afganistan, Senin (5/9/2022) - Bom meledak di dekat kedutaan.", "2022-09-05"),
        ("Medan, 12 Maret 2021 — Polisi menangkap dua orang.", "2021-03-12"),
        ("Ambon, Sabtu (9/11/2019) (ANTARA) - Warga berunjuk rasa.", "2019-11-09"),
        # a no-break space before the dash, as pasted from a web page
        ("Kupang, Rabu (3/4/2024)\xa0– Nelayan berunjuk rasa di pelabuhan.", "2024-04-03"),
    ],
)
def test_dateline_gives_the_writing_day(text: str, day: str) -> None:
    assert dateline_reference(text) == datetime.fromisoformat(day)


@pytest.mark.parametrize(
    "text",
    [
        "JAKARTA, KOMPAS.com - Polisi menangkap dua orang.",
        "Kerusuhan Mei 1998\n\nKerusuhan Mei 1998 adalah kerusuhan rasial yang terjadi pada 13–15 Mei 1998.",
        "Pada Senin (5/9/2022), bom meledak di dekat kedutaan di Kabul.",
    ],
)
def test_dateline_is_none_without_a_dated_city_line(text: str) -> None:
    assert dateline_reference(text) is None


def test_dateline_anchors_weekdays_and_is_not_an_event_date() -> None:
    text = (
        "Polisi Tangkap Tiga Pelaku Pembakaran Pos\n\n"
        "Sorong, Selasa (8/10/2024) – Polisi menangkap tiga pelaku pembakaran pos ronda di Sorong. "
        "Pembakaran terjadi pada Minggu malam. Kapolres mengatakan ketiganya ditangkap Senin pagi."
    )
    doc = peristiwa.extract(text)
    assert doc.reference_time == datetime(2024, 10, 8)
    arrests = [e for e in doc.events if e.event_type == "COERCE"]
    assert arrests and all(e.date is not None and e.date.start == "2024-10-07" for e in arrests)
    assert len(arrests) == 1  # the headline and the lead tell the arrest the body dates


def test_a_clock_time_told_in_the_next_sentence_times_the_event_of_that_day() -> None:
    text = (
        "Gaza, Sabtu (6/8/2022) – Militer Israel melancarkan serangan udara ke Jalur Gaza pada Jumat (5/8/2022). "
        "Ledakan pertama terdengar sekitar pukul 16.15 waktu setempat."
    )
    attacks = [e for e in peristiwa.extract(text).events if e.event_type == "ASSAULT"]
    assert attacks and attacks[0].date is not None
    assert attacks[0].date.start == "2022-08-05T13:15:00Z"
