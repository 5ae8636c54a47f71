"""Realis and word-sense cues found on the NER datasets' news sentences (session 30): a risk ("berisiko"),
a match's result or a band, a record or a singing contest anywhere in the sentence, a competition's team
or a penalty kick near a protest or an attack. Each case has its reported counterpart, so every test can
fail both ways.
Sentences are written for these tests in general Indonesian news style.
"""

from __future__ import annotations

import pytest
from conftest import reported_done as _reported


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Langkah itu berisiko dikecam oleh negara-negara tetangga.", "dikecam"),
    ],
)
def test_an_act_told_as_a_risk_is_not_reported(text: str, trigger: str) -> None:
    assert all(t != trigger for _, t in _reported(text))


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Langkah itu dikecam oleh negara-negara tetangga.", "dikecam"),
    ],
)
def test_the_same_act_told_as_done_stays_reported(text: str, trigger: str) -> None:
    assert any(t == trigger for _, t in _reported(text))


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Pertemuan terakhir mereka di Surabaya dimenangi sang juara bertahan dengan skor 21-15, 21-18.", "CONSULT"),
        ("Pada pertemuan pertama dengan tim itu, mereka harus puas dengan hasil imbang.", "CONSULT"),
        ("Tim itu tidak terkalahkan dalam lima pertemuan terakhir dengan klub ibu kota.", "CONSULT"),
        ("Empat sahabat itu sepakat membentuk grup musik baru pada tahun 2001.", "AGREE"),
        ("Penyanyi itu berjanji akan merilis album baru tahun ini.", "AGREE"),
        ("Sebelum terkenal, ia beberapa kali mengalami penolakan dari perusahaan rekaman.", "REJECT"),
        ("Di kontes menyanyi itulah ia bertemu dengan seorang komposer ternama.", "CONSULT"),
    ],
)
def test_a_match_result_a_band_or_a_record_makes_the_sentence_sport_or_entertainment(
    text: str, event_type: str
) -> None:
    assert all(t != event_type for t, _ in _reported(text))


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Pertemuan terakhir kedua menteri itu berlangsung di Jakarta pekan lalu.", "CONSULT"),
        ("Kedua partai itu sepakat membentuk koalisi baru pada tahun 2001.", "AGREE"),
        ("Sebelum menjabat, ia beberapa kali mengalami penolakan dari partai politik.", "REJECT"),
        # "imbang" alone is balanced, no match
        ("Tokoh itu membantah melarikan diri dan menuntut perlakuan yang imbang dari pemerintah.", "REJECT"),
    ],
)
def test_the_same_words_without_sport_or_entertainment_stay_events(text: str, event_type: str) -> None:
    assert any(t == event_type for t, _ in _reported(text))


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Pengumuman juara lomba itu diwarnai protes kontingen provinsi tuan rumah.", "PROTEST"),
        ("Kontingen dari provinsi itu memprotes keputusan panitia yang menetapkan juara umum.", "ACCUSE"),
        ("Tim tamu kebobolan lewat penalti dan serangan balik cepat tuan rumah.", "ASSAULT"),
    ],
)
def test_a_competition_team_or_a_penalty_kick_makes_a_protest_or_attack_sport(text: str, event_type: str) -> None:
    assert all(t != event_type for t, _ in _reported(text))


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Pengumuman hasil pemilihan itu diwarnai protes ratusan pendukung calon bupati.", "PROTEST"),
        ("Partai itu memprotes keputusan KPU yang menetapkan hasil pemilihan.", "ACCUSE"),
        ("Kelompok bersenjata melancarkan serangan cepat ke pos polisi itu.", "ASSAULT"),
    ],
)
def test_the_same_protests_and_attacks_without_a_competition_stay_events(text: str, event_type: str) -> None:
    assert any(t == event_type for t, _ in _reported(text))
