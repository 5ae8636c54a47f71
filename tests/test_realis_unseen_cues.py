"""Realis and word-sense cues found on unannotated news sentences: nobody underwent the act ("tidak ada
orang yang ditangkap"), a promise or offer named as a noun, a meeting announced by "yang akan", a match
or cup anywhere in the sentence, a danger that is no threat, a celebration parade, the room of a meeting,
declining to comment, thanks to fans, a recommendation, the charges a verdict names. Each
case has its reported counterpart, so every test can fail both ways.
Sentences are written for these tests in general Indonesian news style.
"""

from __future__ import annotations

import pytest
from conftest import reported_done as _reported


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Tidak ada orang yang ditangkap dalam operasi itu.", "ditangkap"),
        ("Kepala lapas mengatakan belum ada tahanan yang tertangkap.", "tertangkap"),
        ("Tak ada pejabat yang pernah diperiksa, kata juru bicara kejaksaan.", "diperiksa"),
        ("Tidak ada warga yang ditangkap, dibawa ke kantor polisi tanpa surat perintah.", "dibawa ke"),
    ],
)
def test_nobody_underwent_the_act_of_the_relative_clause(text: str, trigger: str) -> None:
    assert all(t != trigger for _, t in _reported(text))


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # the relative clause goes on: the trigger only names whom the clause is about
        ("Belum ada satu pun saksi yang diperiksa dinyatakan sebagai tersangka.", "diperiksa"),
        # "ada" without a negator: someone was arrested
        ("Ada dua orang yang ditangkap dalam operasi itu.", "ditangkap"),
    ],
)
def test_an_existential_that_does_not_deny_the_act_leaves_it_reported(text: str, trigger: str) -> None:
    assert any(t == trigger for _, t in _reported(text))


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Kelompok itu mengingkari janji untuk membebaskan para sandera.", "membebaskan"),
        ("Presiden menyampaikan keinginannya untuk menemui pemimpin oposisi.", "menemui"),
        ("Sekretaris itu menawarkan pertemuan dengan kepala dinas.", "pertemuan"),
        ("Penyelidikan yang akan dilakukan tim gabungan dimulai pekan depan.", "Penyelidikan"),
        ("Mereka mau bertemu dengan bupati pekan depan.", "bertemu"),
    ],
)
def test_an_act_promised_offered_wanted_or_announced_is_not_reported(text: str, trigger: str) -> None:
    assert all(t != trigger for _, t in _reported(text))


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Kelompok itu membebaskan para sandera pada Senin malam.", "membebaskan"),
        ("Sekretaris itu hadir dalam pertemuan dengan kepala dinas.", "pertemuan"),
        ("Penyelidikan yang dilakukan polisi berlangsung sejak Senin.", "Penyelidikan"),
    ],
)
def test_the_same_acts_told_as_done_stay_reported(text: str, trigger: str) -> None:
    assert any(t == trigger for _, t in _reported(text))


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Dalam tiga kali pertemuan sebelumnya, tim tamu selalu menang di kandang saat Piala Asia.", "CONSULT"),
        ("Pada bulan Juni, Brasil bertemu dengan Jerman di Berlin dalam babak penyisihan Piala Dunia.", "CONSULT"),
        (
            "Penyerang itu mengundurkan diri dari tim nasional Prancis pada bulan Juni, "
            "sehari setelah pertandingan terakhirnya.",
            "RETREAT",
        ),
    ],
)
def test_a_match_or_cup_anywhere_in_the_sentence_makes_a_meeting_or_withdrawal_sport(
    text: str, event_type: str
) -> None:
    assert all(t != event_type for t, _ in _reported(text))


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # a player's career in a politician's biography does not make his politics sport
        ("Senator yang dulu dikenal di dunia sepak bola Liberia itu bertemu dengan Presiden di istana.", "CONSULT"),
        # fans' demands are coded (D79): the sentence-wide cues leave REQUEST alone
        (
            (
                "Para suporter meminta gubernur segera mencarikan investor baru bagi tim kebanggaan kota yang akan "
                "tampil di turnamen nasional."
            ),
            "REQUEST",
        ),
    ],
)
def test_sport_words_outside_the_match_leave_political_acts(text: str, event_type: str) -> None:
    assert any(t == event_type for t, _ in _reported(text))


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Penangkapan ikan berlebihan mengancam stok ikan di perairan itu.", "THREATEN"),
        ("Sikap kedua pemimpin itu mengancam masa depan kawasan.", "THREATEN"),
        ("Ribuan remaja mengikuti pawai takbiran keliling kota.", "PROTEST"),
        ("Pendukung pasangan pemenang menggelar pawai kemenangan keliling kota.", "PROTEST"),
        ("Para wartawan keluar dari ruangan pertemuan pukul sepuluh pagi.", "CONSULT"),
        ("Juru bicara kementerian menolak berkomentar tentang laporan itu.", "REJECT"),
        ("Pejabat itu menolak untuk menyebutkan nama kedua tersangka.", "REJECT"),
        ("Penyanyi itu mengucapkan terima kasih kepada para penggemar yang datang.", "SUPPORT"),
        ("Komisi itu merekomendasikan pemerintah provinsi meminta maaf kepada para korban.", "CONCEDE"),
        ("Kedua pengurus yayasan itu dinyatakan bersalah atas 30 dakwaan penggelapan.", "ACCUSE"),
    ],
)
def test_a_danger_a_celebration_a_meeting_room_or_no_comment_is_no_event(text: str, event_type: str) -> None:
    assert all(t != event_type for t, _ in _reported(text))


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Korea Utara mengancam akan membalas latihan militer itu.", "THREATEN"),
        ("Ribuan buruh berpawai menolak undang-undang itu.", "PROTEST"),
        ("Kedua menteri melanjutkan pertemuan di ruang rapat kementerian.", "CONSULT"),
        ("Pemerintah menolak untuk mematuhi resolusi dewan itu.", "REJECT"),
        ("Presiden mengucapkan terima kasih kepada pemerintah Jepang atas bantuan itu.", "SUPPORT"),
        ("Kedua pemerintah meminta maaf kepada para korban.", "CONCEDE"),
        ("Jaksa membacakan dakwaan terhadap mantan bupati itu.", "ACCUSE"),
    ],
)
def test_a_real_threat_march_meeting_or_refusal_stays(text: str, event_type: str) -> None:
    assert any(t == event_type for t, _ in _reported(text))
