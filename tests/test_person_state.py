"""A person the dictionary cannot place keeps one state through a text (`events.person_state`)."""

from __future__ import annotations

import peristiwa


def _countries(text: str, party: str) -> list[str | None]:
    doc = peristiwa.extract(text, reference_time="2025-03-05").to_json()
    return [p["country"] for e in doc["events"] for p in [*e["actor"], *e["recipient"]] if p["text"] == party]


def test_an_uncoded_person_arrested_abroad_once_keeps_the_state_most_of_the_text_gives() -> None:
    text = (
        "Aktivis Yohanes Wenda ditangkap polisi di Jayapura pada Senin (3/3/2025). "
        "Wenda kemudian ditahan di Markas Polda Papua selama dua hari. "
        "Wenda menolak tuduhan makar itu. "
        "Pada 2019, Wenda pernah ditangkap polisi di Manila karena melanggar izin tinggal."
    )
    found = _countries(text, "Wenda")
    assert len(found) >= 3, found
    assert set(found) == {"IDN"}, found


def test_the_police_of_the_place_abroad_stay_that_places() -> None:
    text = (
        "Aktivis Yohanes Wenda ditangkap polisi di Jayapura pada Senin (3/3/2025). "
        "Wenda menolak tuduhan makar itu. "
        "Pada 2019, Wenda pernah ditangkap polisi di Manila karena melanggar izin tinggal."
    )
    assert "PHL" in _countries(text, "polisi")


def test_one_event_abroad_against_one_at_home_decides_nothing() -> None:
    # no majority: each mention keeps the state its own setting gives
    text = (
        "Aktivis Yohanes Wenda ditangkap polisi di Jayapura pada Senin (3/3/2025). "
        "Pada 2019, Wenda pernah ditangkap polisi di Manila karena melanggar izin tinggal."
    )
    assert "PHL" in _countries(text, "Wenda")
