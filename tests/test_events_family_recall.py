"""Acts of armed force the trigger rules used to miss because no record named them: violence and an
armed conflict told by their nouns with a side or a toll, a killing told by "menewaskan" where an armed
side is the cause, a military operation told by its noun, and a court's sentence told by the active
verb; each with the senses it leaves out."""

from __future__ import annotations

import pytest
from conftest import reported


def types(text: str) -> list[str]:
    return [t for t, _ in reported(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Kekerasan sektarian pecah lagi di pinggiran kota itu pada Jumat malam.",
        "Enam pedagang terluka akibat kekerasan yang dilakukan anggota ormas di pasar itu.",
    ],
)
def test_violence_told_by_its_noun_with_a_side_or_a_toll_is_an_attack(text: str) -> None:
    assert "ASSAULT" in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Lembaga itu mencatat kenaikan kasus kekerasan terhadap anak di sekolah dasar.",
        "Tokoh masyarakat mengimbau kedua kubu pendukung menghindari kekerasan setelah pemilu.",
        "Hasil visum menunjukkan korban meninggal akibat kekerasan fisik, kata polisi.",
        "Presiden mendesak junta menghentikan penggunaan kekerasan terhadap para demonstran.",
    ],
)
def test_violence_at_home_at_school_or_to_avoid_is_no_attack(text: str) -> None:
    assert "ASSAULT" not in types(text)


def test_a_killing_by_an_armed_side_told_by_menewaskan_is_an_attack() -> None:
    assert "ASSAULT" in types("Juru bicara militer mengklaim pasukannya menewaskan sebelas gerilyawan pada Minggu.")


@pytest.mark.parametrize(
    "text",
    [
        "Tanah longsor di desa itu menewaskan tiga anggota polisi yang sedang berjaga.",
        "Kecelakaan truk militer di jalan pegunungan menewaskan dua prajurit.",
        "Tawuran antarpelajar di dekat terminal itu menewaskan seorang anggota polisi.",
    ],
)
def test_a_disaster_or_accident_that_kills_is_no_attack(text: str) -> None:
    assert "ASSAULT" not in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Serangan terhadap pos tentara itu menewaskan lima prajurit.",
        "Operasi pasukan khusus di lembah itu menewaskan sembilan gerilyawan.",
    ],
)
def test_a_killing_an_attack_already_names_gives_one_trigger(text: str) -> None:
    assert [trigger for _, trigger in reported(text) if trigger == "menewaskan"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Operasi tentara di perbatasan itu memaksa ribuan warga meninggalkan kampung mereka.",
        "Sedikitnya dua belas pemberontak tewas dalam operasi di hutan selatan pada Kamis.",
    ],
)
def test_a_military_operation_against_armed_foes_is_an_attack(text: str) -> None:
    assert "ASSAULT" in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Tim dokter militer melakukan operasi bedah terhadap prajurit yang terluka.",
        "Polisi dan tentara menggelar operasi bersama menjelang pergantian tahun.",
    ],
)
def test_a_medical_or_joint_operation_is_no_attack(text: str) -> None:
    assert "ASSAULT" not in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Lebih dari dua ribu orang tewas dalam konflik di wilayah utara itu sejak 2010.",
        "Konflik antara pasukan pemerintah dan milisi membuat ribuan warga mengungsi.",
    ],
)
def test_an_armed_conflict_told_by_its_noun_is_an_attack(text: str) -> None:
    assert "ASSAULT" in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ketua umum partai itu berupaya meredam konflik internal yang melibatkan mantan tentara.",
        "Konflik lahan antara warga dan perusahaan belum selesai meski sudah dimediasi militer.",
    ],
)
def test_a_conflict_of_a_party_or_over_land_is_no_attack(text: str) -> None:
    assert "ASSAULT" not in types(text)


def test_a_court_sentence_by_the_active_verb_is_a_sanction() -> None:
    assert "SANCTION" in types("Pengadilan negeri memvonis mantan bendahara desa itu empat tahun penjara.")


def test_violence_a_criminal_suspect_did_is_no_attack_of_its_own() -> None:
    found = reported("Polisi menyebut kekerasan itu dilakukan pelaku dengan sebatang kayu di rumah korban.")
    assert [trigger for _, trigger in found if trigger == "kekerasan"] == []
