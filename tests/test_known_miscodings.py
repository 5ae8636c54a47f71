"""Coding errors of a known kind: a foreign agency read by the Indonesian office named inside its
name, a person's short alias inside another name, an office word read as a village, an agreement's
name read as a party, and a dateline's town given to an event told abroad."""

from __future__ import annotations

from typing import Any

import pytest

from peristiwa import extract
from peristiwa.actors import ActorCoder
from peristiwa.places import find_places


@pytest.fixture(scope="module")
def coder() -> ActorCoder:
    return ActorCoder.load()


def _coded(coder: ActorCoder, text: str) -> dict[str, tuple[str | None, str | None]]:
    return {e.text: (e.name, e.country) for e in coder.find_entities(text)}


def _events(text: str) -> list[dict[str, Any]]:
    events: list[dict[str, Any]] = extract(text).to_json()["events"]
    return events


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        (
            "Petugas Bea Cukai dan Perlindungan Perbatasan menahan sebuah truk di perbatasan Arizona.",
            "Bea Cukai dan Perlindungan Perbatasan",
        ),
        ("Badan Imigrasi dan Bea Cukai AS menggerebek sebuah pabrik di Georgia.", "Badan Imigrasi dan Bea Cukai AS"),
        ("Agen Dinas Rahasia AS mengamankan seorang pria di dekat Gedung Putih.", "Dinas Rahasia AS"),
        ("DEA menyita dua ton kokain dari sebuah kapal di Florida.", "DEA"),
    ],
)
def test_a_us_agency_is_american_even_with_an_indonesian_office_in_its_name(
    coder: ActorCoder, text: str, mention: str
) -> None:
    found = [country for span, (_, country) in _coded(coder, text).items() if mention in span]
    assert found == ["USA"], _coded(coder, text)


def test_the_indonesian_customs_office_stays_indonesian(coder: ActorCoder) -> None:
    found = _coded(coder, "Bea Cukai menggagalkan penyelundupan sabu di Bandara Kualanamu.")
    assert [country for span, (_, country) in found.items() if "Bea Cukai" in span] == ["IDN"]


@pytest.mark.parametrize(
    "text",
    [
        "Polisi Korea Selatan menangkap rapper Tiger JK dalam kasus narkoba.",
        "Polisi menyita mobil boks B 9528 JK yang menabrak pagar.",
        "Pesawat dengan nomor penerbangan JK 5022 gagal lepas landas.",
        "Inspektur polisi senior JK Sawant menuduh situs itu melanggar hukum.",
    ],
)
def test_a_persons_short_alias_inside_another_name_is_not_that_person(coder: ActorCoder, text: str) -> None:
    assert all(name != "Jusuf Kalla" for name, _ in _coded(coder, text).values())


@pytest.mark.parametrize(
    "text",
    [
        "Wapres JK meminta semua pihak menahan diri.",
        "Pak JK mengkritik kebijakan impor beras.",
        "Menurut JK, koalisi itu tetap solid.",
    ],
)
def test_a_persons_short_alias_after_a_title_or_honorific_is_that_person(coder: ActorCoder, text: str) -> None:
    assert any(name == "Jusuf Kalla" for name, _ in _coded(coder, text).values())


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Tersangka korupsi itu kini ditahan di Kejaksaan sejak Senin.", "Kejaksaan"),
        ("Massa berkumpul di Kantor sejak pagi dan menuntut kenaikan upah.", "Kantor"),
    ],
)
def test_an_office_word_is_no_village(text: str, word: str) -> None:
    assert all(p.text != word for p in find_places(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Indonesia dan Australia menandatangani IA-CEPA di Canberra pada Senin (4/3/2019).", "IA-CEPA"),
        (
            "Menteri itu memimpin perundingan Indonesia-European Free Trade Association Agreement di Jenewa.",
            "Indonesia-European Free Trade Association Agreement",
        ),
    ],
)
def test_an_agreements_name_is_no_party(text: str, name: str) -> None:
    events = _events(text)
    assert events
    assert all(p["text"] != name for e in events for p in e["actor"] + e["recipient"])


def test_a_signed_agreement_keeps_its_two_states_as_parties() -> None:
    events = _events("Indonesia dan Australia menandatangani IA-CEPA di Canberra pada Senin (4/3/2019).")
    countries = {p["country"] for e in events for p in e["actor"] + e["recipient"]}
    assert {"IDN", "AUS"} <= countries


def _places(text: str, kind: str) -> list[str]:
    return [p["text"] for e in _events(text) if e["event_type"] == kind for p in e["locations"]]


@pytest.mark.parametrize(
    "text",
    [
        "JAKARTA, KOMPAS.com - Militer Israel menyerang Iran pada Kamis (19/6/2025).",
        "JAKARTA, KOMPAS.com - Harga minyak naik, setelah militer Israel mengintensifkan serangan terhadap Iran.",
    ],
)
def test_a_dateline_town_is_no_place_of_an_event_told_abroad(text: str) -> None:
    places = _places(text, "ASSAULT")
    assert "Iran" in places
    assert "JAKARTA" not in places


def test_a_dateline_town_stays_for_an_event_of_its_own_country() -> None:
    text = "JAKARTA, KOMPAS.com - Polisi menangkap tiga pengedar sabu pada Selasa (4/3/2025)."
    assert "JAKARTA" in _places(text, "COERCE")
