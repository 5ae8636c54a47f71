"""One word form, several senses: a capitalised trigger after a place preposition is a place's name;
a form two records share is given by the first whose filters accept it (a prosecutor's "menuntut …
penjara" is ACCUSE, the workers' "menuntut kenaikan upah" REQUEST); and what a prosecutor demands
("menuntut terdakwa dihukum …") is not an event of its own."""

from __future__ import annotations

import pytest

from peristiwa.events.detect import find_mentions
from peristiwa.events.lexicon import load_lexicon
from peristiwa.segment import segment


def reported(text: str) -> list[tuple[str, str]]:
    """(type, trigger) of the mentions the rules report as acts that happened."""
    return [
        (m.event_type, m.trigger.text)
        for m in find_mentions(text, segment(text))
        if not (m.negated or m.content or m.future)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Perahu nelayan itu berangkat dari Serangan menuju Nusa Lembongan pada Sabtu pagi.",
        "Keluarga itu pindah ke Serangan setelah rumah mereka di Denpasar dijual.",
    ],
)
def test_a_capitalised_trigger_after_a_place_preposition_is_a_place_name(text: str) -> None:
    assert reported(text) == []


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Ratusan pejuang gugur di Pertempuran Surabaya pada November 1945.", "Pertempuran"),
        ("Korban dari Serangan di Pos Perbatasan Dievakuasi", "Serangan"),  # a headline in title case
    ],
)
def test_a_named_event_or_a_title_case_headline_keeps_its_trigger(text: str, trigger: str) -> None:
    assert trigger in [t for _, t in reported(text)]


def test_every_form_of_a_shared_root_is_given_first_to_the_earlier_record() -> None:
    lexicon = load_lexicon()
    assert lexicon.words["dituntut"].event_type == "ACCUSE"
    assert [s.event_type for s in lexicon.specs_of("menuntut")] == ["ACCUSE", "REQUEST"]
    assert lexicon.specs_of("tuntutan")[0].event_type == "REQUEST"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jaksa menuntut mantan bupati itu enam tahun penjara dalam sidang di Pengadilan Tipikor.", "ACCUSE"),
        ("Para guru honorer menuntut pemerintah daerah mengangkat mereka menjadi pegawai tetap.", "REQUEST"),
    ],
)
def test_a_shared_form_takes_the_first_record_whose_filters_accept_it(text: str, expected: str) -> None:
    assert [t for t, w in reported(text) if w.lower() == "menuntut"] == [expected]


def test_the_sentence_a_prosecutor_demands_is_no_event() -> None:
    text = "Jaksa penuntut umum menuntut kedua terdakwa dihukum masing-masing tiga tahun penjara."
    assert reported(text) == [("ACCUSE", "menuntut")]


@pytest.mark.parametrize(
    "text",
    [
        "Pelaku dijerat pasal pencurian dengan ancaman pidana paling lama tujuh tahun penjara.",
        "Kedua tersangka terancam pasal penggelapan, dengan ancaman hukuman maksimal empat tahun.",
        "Kabut asap dari kebakaran lahan gambut itu mulai mengancam kesehatan anak-anak di sekolah.",
        "Perang tarif yang kembali memanas mengancam kesepakatan dagang kedua negara.",
    ],
)
def test_a_penalty_or_an_endangered_good_is_no_threat(text: str) -> None:
    assert "THREATEN" not in {kind for kind, _ in reported(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Menteri pertahanan itu mengancam akan menyerang pangkalan musuh jika serangan roket berlanjut.",
        "Ancaman kelompok bersenjata terhadap para guru membuat sekolah di distrik itu ditutup.",
    ],
)
def test_a_threat_to_a_party_stays_a_threat(text: str) -> None:
    assert "THREATEN" in {kind for kind, _ in reported(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Petugas lalu lintas meminta keterangan kedua pengemudi setelah tabrakan di perempatan itu.",
        "Redaksi telah berupaya meminta tanggapan pengelola terminal, tetapi hingga kini belum ada jawaban.",
        "Saat dihubungi, juru bicara perusahaan itu diminta komentar soal pemecatan karyawan.",
    ],
)
def test_asking_for_a_statement_or_a_comment_is_no_request(text: str) -> None:
    assert "REQUEST" not in {kind for kind, _ in reported(text)}


def test_a_commission_asking_a_minister_to_account_stays_a_request() -> None:
    text = "Komisi IV DPR meminta penjelasan menteri soal penggusuran warga di kawasan hutan lindung itu."
    assert "REQUEST" in {kind for kind, _ in reported(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tiga pedagang tewas akibat ledakan di sebuah pasar di pinggiran kota pada Kamis pagi.",
            [("ASSAULT", "ledakan")],
        ),
        ("Sebelas orang terluka dalam ledakan di dekat gerbang kantor gubernur.", [("ASSAULT", "ledakan")]),
        ("Seorang ibu rumah tangga terluka akibat ledakan tabung gas elpiji di dapurnya.", []),
        ("Dua pekerja tewas dalam ledakan di pabrik kembang api itu.", []),
    ],
)
def test_an_explosion_that_kills_or_wounds_is_an_attack_unless_an_accident(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert reported(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Penyidik Kejaksaan Tinggi memanggil kepala dinas pertanian itu sebagai saksi.", [("ACCUSE", "memanggil")]),
        ("Pelatih tim nasional memanggil dua penjaga gawang baru untuk laga persahabatan.", []),
        ("Polres setempat akan memanggil pemilik gudang itu pekan depan.", []),
    ],
)
def test_a_summons_by_investigators_is_an_investigation_not_a_call_up_or_a_plan(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert reported(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Perang meletus di perbatasan kedua negara pada pertengahan Oktober.",
        "Perang besar meletus di kawasan itu pada musim panas 1914.",
    ],
)
def test_a_war_that_breaks_out_is_an_event(text: str) -> None:
    assert reported(text) == [("ASSAULT", "Perang")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kanselir Jerman memulai lawatan tiga hari ke Jepang pada Selasa.", [("CONSULT", "lawatan")]),
        ("Obor estafet itu singgah di Bangkok dalam lawatannya keliling Asia.", []),
    ],
)
def test_a_leaders_lawatan_is_a_visit_and_a_torch_relay_is_not(text: str, expected: list[tuple[str, str]]) -> None:
    assert reported(text) == expected


def test_a_manhunt_names_the_hunted_but_a_chase_of_a_fleeing_car_is_none() -> None:
    hunted = reported("Dua tersangka sudah ditangkap, sedangkan satu pelaku lain masih dalam pengejaran petugas.")
    assert ("ACCUSE", "pengejaran") in hunted
    chased = reported("Sopir truk itu kabur saat dihentikan petugas sehingga terjadi pengejaran di jalan tol.")
    assert ("ACCUSE", "pengejaran") not in chased


@pytest.mark.parametrize(
    ("text", "accusation"),
    [
        ("Pemerintah negara tetangga itu dituduh mendukung milisi di wilayah perbatasan.", "dituduh"),
        ("Menteri luar negeri itu menuduh Israel menyerang kapal bantuan di perairan internasional.", "menuduh"),
        ("Kedua kubu saling tuding menyerang pos penjagaan lebih dulu.", "saling tuding"),
    ],
)
def test_the_act_an_accusation_alleges_is_no_event_of_its_own(text: str, accusation: str) -> None:
    assert reported(text) == [("ACCUSE", accusation)]


def test_an_act_told_after_an_accusation_s_clause_stays_an_event() -> None:
    text = "Israel menuduh Hamas melanggar gencatan senjata, dan pesawatnya membom Rafah pada malam harinya."
    assert ("ASSAULT", "membom") in reported(text)
