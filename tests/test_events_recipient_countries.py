"""The countries of an event's parties: where they come from when the text names a person by
surname alone, and which cue tells a party's state. Sentences are written for these tests in
general Indonesian news style (not taken from the corpus texts).
"""

from __future__ import annotations

import pytest
from conftest import rule_events

from peristiwa.spans import Event


def _event(text: str, event_type: str) -> Event:
    """The first rule event of the type (the judge off): these tests are about the parties."""
    events = [e for e in rule_events(text) if e.event_type == event_type]
    assert events, f"no {event_type} in {text!r}"
    return events[0]


@pytest.mark.parametrize(
    ("text", "event_type", "role", "country"),
    [
        ("Assad menuduh Israel melanggar gencatan senjata di Dataran Tinggi Golan.", "ACCUSE", "actor", "SYR"),
        ("Palin mengecam pernyataan Presiden Rusia tentang Alaska.", "ACCUSE", "actor", "USA"),
        ("Menteri Luar Negeri Iran bertemu dengan Solana di Jenewa pada Sabtu.", "CONSULT", "recipient", "EUR"),
        ("Nogovitsyn menuduh Georgia menembaki pos penjaga perdamaian.", "ACCUSE", "actor", "RUS"),
    ],
)
def test_recipient_countries_a_figure_named_by_surname_alone_keeps_his_state(
    text: str, event_type: str, role: str, country: str
) -> None:
    parties = getattr(_event(text, event_type), role)
    assert parties, f"{event_type} without {role} in {text!r}"
    assert parties[0].country == country


LEAD = (
    "Hendrik Visser (1801 – 1860) adalah seorang perwira Belanda yang lama bertugas di Sumatra. "
    "Ia dikenal karena kampanye militernya di Padang dan Bukittinggi.\n\n"
    "Pada 1838 gubernur itu menuduh para pedagang setempat menyelundupkan senjata ke Padang."
)


def test_recipient_countries_an_encyclopedic_lead_tells_where_the_story_happens() -> None:
    accusation = _event(LEAD, "ACCUSE")
    assert [p.country for p in accusation.actor] == ["NLD"]  # the governor: the subject's state, not Sumatra's


def test_recipient_countries_a_single_news_sentence_defines_no_subject() -> None:
    text = "Ini adalah serangan paling mematikan di Irak tahun ini, kata juru bicara militer Amerika Serikat."
    attack = _event(text, "ASSAULT")
    assert all(p.country == "IRQ" for p in attack.recipient)


def test_recipient_countries_the_person_an_encyclopedic_text_defines_keeps_his_state_abroad() -> None:
    text = (
        "Ahmad Karimi (1920–1990) adalah pemimpin Partai Buruh Suriah dari tahun 1940 sampai kematiannya. "
        "Ia dikenal sebagai tokoh buruh Arab.\n\n"
        "Pada tahun 1962 Karimi ditahan oleh polisi di Moskow selama dua bulan."
    )
    detention = _event(text, "COERCE")
    assert [p.country for p in detention.recipient] == ["SYR"]  # the subject's state, not Moscow's
    assert [p.country for p in detention.actor] == ["RUS"]  # the police are where it happens


def test_recipient_countries_a_medium_reporting_a_bombing_is_not_its_bomber() -> None:
    text = "Koresponden AFP di Bangkok melaporkan bom meledak di depan panggung para pengunjuk rasa pada dini hari."
    bombing = _event(text, "ASSAULT")
    assert all(p.sector != "JRN" for p in bombing.actor)  # the agency reports it (D105)
    assert all(p.country != "FRA" for p in bombing.actor)  # and places nothing
