"""Acts of one type told by words of two modes that keep them apart (sentences written for these tests)."""

from __future__ import annotations

from conftest import rule_events


def _of(text: str, event_type: str) -> list[str]:
    return [e.trigger.text for e in rule_events(text) if e.event_type == event_type and not e.negated]


def test_an_overthrow_and_the_exile_that_follows_are_two_coerce_events() -> None:
    text = (
        "Para bangsawan menggulingkan Raja Ottokar pada tahun 1120. "
        "Raja Ottokar kemudian diasingkan ke sebuah biara di pegunungan."
    )
    assert sorted(_of(text, "COERCE")) == ["diasingkan", "menggulingkan"]


def test_an_exile_is_coerce_expel() -> None:
    text = "Pemerintah kolonial mengasingkan pemimpin pergerakan itu ke Banda Neira."
    assert [e.mode for e in rule_events(text) if e.event_type == "COERCE"] == [["expel"]]
