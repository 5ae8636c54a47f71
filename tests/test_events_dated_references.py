"""A noun that refers back to an event of its type ("tewas dalam serangan", "pertempuran itu") joins
that event unless its own sentence tells another year: then it is another act of the kind."""

from __future__ import annotations

import pytest
from conftest import rule_events


def _assaults(text: str) -> list[str]:
    return [e.trigger.text for e in rule_events(text) if e.event_type == "ASSAULT"]


@pytest.mark.parametrize(
    "text",
    [
        "Pasukan kerajaan menyerbu benteng Lamuru pada tahun 1824. "
        "Dua tahun kemudian, ratusan prajurit tewas dalam pertempuran di Lamuru pada tahun 1826.",
        "Milisi menyerang pos polisi di Kota Baru pada 2003. "
        "Warga desa masih mengingat korban dalam serangan di Kota Baru pada 2007.",
    ],
)
def test_events_reference_telling_another_year_is_another_act(text: str) -> None:
    assert len(_assaults(text)) == 2


@pytest.mark.parametrize(
    "text",
    [
        # the same year: the reference names the event again
        "Pasukan kerajaan menyerbu benteng Lamuru pada tahun 1824. "
        "Ratusan prajurit tewas dalam pertempuran di Lamuru pada tahun 1824.",
        # a bound is no day of its own: the fighting since 1824 goes on
        "Pasukan kerajaan menyerbu benteng Lamuru pada tahun 1830. "
        "Ratusan prajurit tewas dalam pertempuran di Lamuru sejak tahun 1824.",
    ],
)
def test_events_reference_telling_the_same_year_or_a_bound_joins_its_event(text: str) -> None:
    assert len(_assaults(text)) == 1
