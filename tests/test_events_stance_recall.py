"""Stances and offers told by wording the lexicon missed: an invitation to a state's leader, esteem for a
party's decision, willingness stated to a party, an agreement a negotiation produced or a state holds, a
hope addressed to a regional office or the law enforcers, a refusal to recognise a state or a result, a
denial of involvement; and the senses of the same words that are none
(drawing criticism, valuing a virtue, a source unwilling to be named, a passer-by willing to help, a
suspect not admitting his act).

Sentences are written for these tests in general Indonesian news style (not from the corpus).
"""

from __future__ import annotations

import pytest
from conftest import reported


def types_of(text: str) -> set[str]:
    return {t for t, _ in reported(text)}


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Kanselir itu mengundang Presiden Filipina berkunjung ke Berlin pada musim gugur.", "mengundang"),
        ("Wakil presiden terbang ke Santiago untuk memenuhi undangan Presiden Cile.", "undangan"),
        ("Menteri perdagangan itu diundang oleh Raja Maroko untuk membahas ekspor pupuk.", "diundang"),
    ],
)
def test_an_invitation_to_a_leader_is_an_offer(text: str, trigger: str) -> None:
    assert ("AGREE", trigger) in reported(text)


@pytest.mark.parametrize(
    "text",
    [
        "Rencana kenaikan tarif parkir itu mengundang kritik dari para pedagang pasar.",
        "Pengurus masjid mengundang wartawan untuk meliput pembagian daging kurban.",
    ],
)
def test_drawing_criticism_or_inviting_the_press_is_no_offer(text: str) -> None:
    assert "AGREE" not in types_of(text)


def test_esteem_for_a_partys_decision_is_support() -> None:
    text = "Pemerintah Thailand menghargai keputusan Kamboja membuka kembali pos perbatasan itu."
    assert ("SUPPORT", "menghargai") in reported(text)


def test_valuing_a_virtue_is_no_support() -> None:
    text = "Para siswa diajak menghargai perbedaan pendapat di kelas."
    assert "SUPPORT" not in types_of(text)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ('"Kami bersedia menambah bantuan vaksin bagi negara-negara Pasifik," kata menteri itu.', "bersedia"),
        ("Menlu itu menyampaikan kesediaan negaranya untuk menjadi tuan rumah perundingan.", "menyampaikan kesediaan"),
    ],
)
def test_willingness_stated_to_a_party_is_an_offer(text: str, trigger: str) -> None:
    assert ("AGREE", trigger) in reported(text)


@pytest.mark.parametrize(
    "text",
    [
        "Seorang diplomat yang bersedia diwawancarai mengatakan pertemuan itu berlangsung alot.",
        "Tukang ojek itu bersedia mengantar korban ke puskesmas tanpa dibayar.",
    ],
)
def test_a_source_or_a_passer_by_willing_to_help_is_no_offer(text: str) -> None:
    assert "AGREE" not in types_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Perundingan dua hari di Hanoi itu menghasilkan sejumlah kesepakatan soal kuota ikan.",
        "Menurut duta besar itu, kedua negara sudah memiliki kesepakatan ekstradisi sejak lama.",
    ],
)
def test_an_agreement_produced_or_held_is_support(text: str) -> None:
    assert ("SUPPORT", "kesepakatan") in reported(text)


@pytest.mark.parametrize(
    "text",
    [
        "Para pedagang beras berharap agar dinas perdagangan segera menggelar operasi pasar.",
        "Keluarga korban mengharapkan penegak hukum menghukum berat para pelaku pembakaran.",
    ],
)
def test_a_hope_addressed_to_an_office_or_the_law_enforcers_is_a_request(text: str) -> None:
    assert "REQUEST" in types_of(text)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Pemerintah Spanyol tidak mengakui kemerdekaan wilayah yang memisahkan diri itu.", "tidak mengakui"),
        ("Partai oposisi menyatakan tidak akan mengakui hasil pemilihan umum itu.", "tidak akan mengakui"),
        (
            "Kementerian itu menegaskan tidak ada keterlibatan militer dalam pembakaran pos polisi tersebut.",
            "tidak ada keterlibatan",
        ),
    ],
)
def test_refusing_recognition_or_denying_involvement_is_a_rejection(text: str, trigger: str) -> None:
    assert ("REJECT", trigger) in reported(text)


def test_a_suspect_not_admitting_his_act_is_no_rejection_of_recognition() -> None:
    text = "Tersangka tidak mengakui perbuatannya di depan penyidik."
    assert "REJECT" not in types_of(text)
