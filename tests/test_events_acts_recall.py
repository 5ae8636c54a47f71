"""Material acts and meetings told by wording the lexicon missed: a protest near a word that only
sometimes means a celebration (obor), a crowd clash named by the groups that clash; and the senses
of the same words that are none (a torch parade, any protest of a kind).

Sentences are written for these tests in general Indonesian news style (not from the corpus).
"""

from __future__ import annotations

import pytest
from conftest import reported


def test_protesters_meeting_the_torch_relay_is_a_protest() -> None:
    text = "Ratusan aktivis pro-Tibet menggelar demonstrasi saat perjalanan obor Olimpiade melintasi kota itu."
    assert ("PROTEST", "demonstrasi") in reported(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ribuan warga mengikuti pawai obor menyambut tahun baru Islam.",
        "Pawai obor Olimpiade melintasi pusat kota pada Minggu pagi.",
    ],
)
def test_a_torch_parade_is_no_protest(text: str) -> None:
    assert not [t for t, _ in reported(text) if t == "PROTEST"]


@pytest.mark.parametrize(
    "text",
    [
        "Bentrokan antarsuku di kota pelabuhan itu menewaskan belasan orang.",
        "Bentrokan antara fans kedua klub dan polisi pecah di luar stadion.",
    ],
)
def test_a_clash_of_communities_or_fans_is_a_riot(text: str) -> None:
    types = [t for t, _ in reported(text)]
    assert "PROTEST" in types
    assert "ASSAULT" not in types


@pytest.mark.parametrize(
    "text",
    [
        "Pemerintah mengecam keras setiap aksi protes yang mengganggu jalannya upacara.",
        "Kapolda menegaskan segala aksi mogok di pelabuhan akan ditindak tegas.",
    ],
)
def test_any_protest_of_a_kind_after_the_noun_of_action_is_not_an_act(text: str) -> None:
    assert not [t for t, _ in reported(text) if t == "PROTEST"]


@pytest.mark.parametrize(
    ("text", "kind", "trigger"),
    [
        ("Dua kompi dari Yonif 731 berjaga-jaga di sekitar pasar sejak semalam.", "MOBILIZE", "berjaga-jaga"),
        ("Dua kapal perang angkatan laut negara itu tiba di pelabuhan Tartus pada Selasa.", "MOBILIZE", "tiba"),
        ("Perdana Menteri Jepang, Yoshihiko Noda, telah memulai lawatan tiga hari ke Jakarta.", "CONSULT", "lawatan"),
        ("Pasukan asing menyerahkan kendali atas provinsi itu kepada tentara.", "RETREAT", "menyerahkan kendali"),
        ("Majelis hakim mengganjar mantan bupati itu dengan hukuman tujuh tahun penjara.", "SANCTION", "mengganjar"),
    ],
)
def test_a_unit_a_warship_an_appositive_leader_or_handed_control_tells_the_act(
    text: str, kind: str, trigger: str
) -> None:
    assert (kind, trigger) in reported(text)


@pytest.mark.parametrize(
    "text",
    [
        "Keluarga pasien berjaga-jaga di rumah sakit sepanjang malam.",
        "Panitia mengganjar pemenang lomba dengan hadiah uang tunai.",
    ],
)
def test_a_family_on_watch_or_a_prize_is_no_act(text: str) -> None:
    assert reported(text) == []


@pytest.mark.parametrize(
    ("text", "kind", "trigger"),
    [
        ("Perwakilan nelayan berdialog dengan pemerintah kabupaten soal izin tambang pasir.", "CONSULT", "berdialog"),
        ("Pemerintah negara itu mencabut visa ratusan pelajar asing pada pekan lalu.", "SANCTION", "mencabut"),
        ("Negara itu mengakhiri pendudukannya di wilayah utara pada 1999.", "RETREAT", "mengakhiri pendudukannya"),
    ],
)
def test_a_dialogue_between_sides_a_visa_revoked_or_an_occupation_ended_is_an_act(
    text: str, kind: str, trigger: str
) -> None:
    assert (kind, trigger) in reported(text)


def test_an_official_chatting_with_the_people_he_visits_is_no_consultation() -> None:
    text = "Menteri itu berdialog dengan para guru dan orang tua murid di sebuah sekolah dasar."
    assert not [t for t, _ in reported(text) if t == "CONSULT"]


@pytest.mark.parametrize(
    ("text", "kind", "trigger"),
    [
        ("Setelah buron dua pekan, ia akhirnya diamankan petugas Polsek Cibinong.", "COERCE", "diamankan"),
        ("Satu batalion tentara pemerintah sudah memasuki kota itu pada Kamis pagi.", "MOBILIZE", "memasuki"),
    ],
)
def test_a_person_taken_by_the_police_or_troops_entering_a_town_is_an_act(text: str, kind: str, trigger: str) -> None:
    assert (kind, trigger) in reported(text)


@pytest.mark.parametrize(
    "text",
    [
        "Dokumen penting itu sudah diamankan di brankas kantor camat.",
        "Para pemain memasuki lapangan diiringi lagu kebangsaan.",
    ],
)
def test_a_document_put_away_or_players_entering_the_pitch_is_no_act(text: str) -> None:
    assert reported(text) == []


def test_a_crowd_action_named_by_who_acts_is_a_protest() -> None:
    text = "Aksi ratusan mahasiswa di depan gedung rektorat berlangsung hingga sore."
    assert ("PROTEST", "Aksi") in reported(text)


def test_an_act_of_one_kind_named_aksi_is_no_protest() -> None:
    assert reported("Aksi pencurian sepeda motor kembali terjadi di kompleks perumahan itu.") == []


def test_a_passive_after_a_protest_tells_what_befell_it() -> None:
    text = "Aksi para buruh di depan kantor bupati dibubarkan polisi pada Senin sore."
    found = reported(text)
    assert ("PROTEST", "Aksi") in found
    assert ("COERCE", "dibubarkan") in found


def test_a_verb_right_after_a_demand_is_still_what_is_asked() -> None:
    text = "Ratusan buruh berunjuk rasa menuntut pemerintah menangkap pelaku pembakaran pabrik."
    assert "COERCE" not in [t for t, _ in reported(text)]


def test_a_passive_after_a_planned_protest_stays_unreported() -> None:
    text = "Sebagian dari mereka berencana melakukan aksi protes di depan penjara tempat dia ditahan."
    assert "COERCE" not in [t for t, _ in reported(text)]


def test_a_visitor_received_by_a_head_of_state_is_a_visit() -> None:
    text = "Menteri Luar Negeri Jepang diterima langsung oleh Presiden di Istana Merdeka pada Selasa."
    assert ("CONSULT", "diterima") in reported(text)


def test_a_letter_received_by_the_president_is_no_visit() -> None:
    text = "Warga mengatakan surat permohonan itu sudah diterima oleh Presiden bulan lalu."
    assert "CONSULT" not in [t for t, _ in reported(text)]
