"""A past episode named by its date inside what a request asks for is told as having happened
(sentences written for these tests)."""

from __future__ import annotations

from conftest import rule_events


def _types(text: str) -> list[tuple[str, str]]:
    return [(e.event_type, e.trigger.text) for e in rule_events(text, reference_time="2025-06-16") if not e.negated]


def test_a_riot_named_by_its_month_and_year_in_a_request_is_an_event() -> None:
    text = "Anggota DPR itu meminta pemerintah memasukkan tragedi kerusuhan Mei 1998 ke dalam buku pelajaran sejarah."
    assert ("PROTEST", "kerusuhan") in _types(text)


def test_a_riot_asked_to_be_investigated_without_a_date_is_what_is_asked() -> None:
    text = "Anggota DPR itu meminta pemerintah mengusut kerusuhan di Wamena."
    assert ("PROTEST", "kerusuhan") not in _types(text)
