"""Acts told by a light verb and the noun that names them ("menyatakan penghargaannya kepada polisi",
"melayangkan somasi kepada …"): the noun says the type, the verb's subject is the actor and the
"kepada/atas" phrase the recipient; the noun alone is no trigger. Sentences are written for these
tests in general Indonesian news style.
"""

from __future__ import annotations

import pytest
from conftest import rule_events

from peristiwa.events.detect import find_mentions
from peristiwa.events.lexicon import load_lexicon
from peristiwa.segment import segment


def _mentions(text: str) -> list[tuple[str, str, bool]]:
    """(type, trigger, reported as done) of the rules' mentions."""
    return [
        (m.event_type, m.trigger.text, not (m.negated or m.content or m.future))
        for m in find_mentions(text, segment(text))
    ]


@pytest.mark.parametrize(
    ("text", "event_type", "trigger"),
    [
        (
            "Wali kota menyatakan penghargaannya kepada petugas pemadam kebakaran.",
            "SUPPORT",
            "menyatakan penghargaannya",
        ),
        ("Rektor itu menyampaikan penghargaan atas kerja keras tim penyelamat.", "SUPPORT", "menyampaikan penghargaan"),
        ("Kuasa hukum keluarga itu mengirimkan somasi kepada pengelola pabrik.", "THREATEN", "mengirimkan somasi"),
        ("Dewan Keamanan mengeluarkan seruan agar kedua pihak menahan diri.", "REQUEST", "mengeluarkan seruan"),
        ("Kedutaan itu mengirimkan protes kepada kementerian luar negeri.", "ACCUSE", "mengirimkan protes"),
    ],
)
def test_light_verb_and_event_noun_is_one_trigger_of_the_nouns_type(text: str, event_type: str, trigger: str) -> None:
    assert (event_type, trigger, True) in _mentions(text)


@pytest.mark.parametrize(
    "text",
    [
        "Panitia memberikan penghargaan kepada tiga penulis muda dalam festival itu.",  # an award, not esteem voiced
        "Diskusi itu membahas seruan para ulama tentang kebersihan lingkungan.",  # a topic
        "Ia menilai somasi seperti itu jarang berujung ke pengadilan.",
    ],
)
def test_event_noun_without_a_light_verb_is_no_trigger(text: str) -> None:
    assert not any(t in ("SUPPORT", "THREATEN", "REQUEST") for t, _, _ in _mentions(text))


def test_light_verb_construction_is_negated_as_its_verb_is() -> None:
    found = _mentions("Menteri itu tidak menyatakan penghargaan kepada panitia penyelenggara.")
    assert ("SUPPORT", "menyatakan penghargaan", False) in found


def test_light_verb_phrase_actor_is_the_verbs_subject() -> None:
    # not the speaker rule of ACCUSE phrases ("X menyebut Y …"), which takes the party before as the accused
    events = [
        e
        for e in rule_events("Pemerintah Vietnam melayangkan protes kepada China atas kapal itu.")
        if e.event_type == "ACCUSE"
    ]
    assert events and [p.country for p in events[0].actor] == ["VNM"]
    assert [p.country for p in events[0].recipient] == ["CHN"]


def test_light_verb_phrases_are_made_for_every_verb_of_the_named_classes() -> None:
    phrases = load_lexicon().phrases
    assert phrases[("melayangkan", "somasi")].light
    assert phrases[("menyatakan", "penghargaannya")].event_type == "SUPPORT"
    assert ("penghargaan",) not in phrases


def test_backing_voiced_needs_the_party_it_is_voiced_for() -> None:
    # "menyampaikan pembelaan" in court is a defendant's plea (REJECT, D34), not backing of a party
    found = _mentions("Kuasa hukum terdakwa menyampaikan pembelaan dalam sidang di pengadilan negeri.")
    assert not any(t == "SUPPORT" for t, _, _ in found)
