"""Mentions of one type in one sentence that the wording tells apart as two acts (written for these tests)."""

from __future__ import annotations

from conftest import rule_events


def _of(text: str, event_type: str) -> list[str]:
    return [e.trigger.text for e in rule_events(text) if e.event_type == event_type and not e.negated]


def test_an_abduction_and_a_killing_of_one_sentence_are_two_assaults() -> None:
    text = "Kelompok bersenjata menculik dan membunuh seorang kepala desa di Sulawesi Tengah pada Senin."
    assert sorted(_of(text, "ASSAULT")) == ["membunuh", "menculik"]


def test_two_abductions_told_by_two_words_stay_one_assault() -> None:
    text = "Kelompok bersenjata menculik dan menyandera lima awak kapal tunda di perairan Sulu pada Senin."
    assert len(_of(text, "ASSAULT")) == 1


def test_a_killing_and_a_shooting_of_one_sentence_stay_one_assault() -> None:
    text = "Kelompok bersenjata menembak dan membunuh seorang kepala desa di Sulawesi Tengah pada Senin."
    assert len(_of(text, "ASSAULT")) == 1


def test_a_list_of_attacks_each_with_its_own_count_is_two_assaults() -> None:
    text = "Sejak awal bulan militer melancarkan dua puluh serangan udara dan satu serangan darat terhadap basis musuh."
    assert len(_of(text, "ASSAULT")) == 2


def test_a_list_whose_second_attack_has_no_count_of_its_own_stays_one_assault() -> None:
    text = "Sejak awal bulan militer melancarkan dua puluh serangan udara dan serangan darat terhadap basis musuh."
    assert len(_of(text, "ASSAULT")) == 1
