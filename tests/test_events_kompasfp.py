"""Word senses and realis that keep the rules from proposing events in news about sport, business and
daily life: agreements named as things, support as a purpose or received, a person joining a body,
asking for help, a team's attack.

Sentences are written for these tests in general Indonesian news style (not from the corpus texts).
"""

from __future__ import annotations

import pytest
from conftest import rule_events


def _types(text: str) -> list[str]:
    return [e.event_type for e in rule_events(text)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Menurut pengamat, kesepakatan dagang yang baru itu masih berat sebelah bagi petani.",
        "Pembeli harus melunasi sisa harga rumah itu sesuai kesepakatan dengan pengembang.",
        "Kesepakatan transfer pemain sayap itu disebut bernilai 40 juta euro.",
    ],
)
def test_events_kompasfp_an_agreement_named_as_a_thing_is_no_promise(sentence: str) -> None:
    assert "AGREE" not in _types(sentence)


def test_events_kompasfp_an_agreement_to_act_stays_a_promise() -> None:
    assert "AGREE" in _types("Kedua menteri mencapai kesepakatan untuk membuka kembali jalur penerbangan langsung.")


@pytest.mark.parametrize(
    "sentence",
    [
        "Pemerintah kota membeli seratus bus listrik untuk mendukung layanan angkutan umum.",
        "Program beasiswa itu merupakan wujud komitmen perusahaan dalam mendukung generasi muda.",
        "Para relawan itu selalu saling mendukung selama masa pencarian korban.",
        "Atlet muda itu mengaku mendapat dukungan penuh dari keluarganya menjelang kejuaraan.",
        "Berkat dukungan baterai besar, ponsel itu tahan dua hari pemakaian.",
    ],
)
def test_events_kompasfp_support_as_a_purpose_or_received_is_no_stance(sentence: str) -> None:
    assert "SUPPORT" not in _types(sentence)


def test_events_kompasfp_support_of_a_party_stays_an_event() -> None:
    assert "SUPPORT" in _types("Fraksi itu mendukung usulan pemerintah menunda kenaikan tarif listrik.")


@pytest.mark.parametrize(
    "sentence",
    [
        "Setelah lulus sekolah menengah, ia bergabung dengan Angkatan Laut sebagai juru mesin.",
        "Mahasiswa baru diberi kesempatan untuk bergabung dengan unit kegiatan kampus.",
        "Peneliti yang bergabung dengan lembaga riset itu menulis disertasi tentang prasasti kuno.",
    ],
)
def test_events_kompasfp_a_person_joining_a_body_is_no_alliance(sentence: str) -> None:
    assert "COOPERATE" not in _types(sentence)


def test_events_kompasfp_a_state_joining_a_bloc_stays_an_alliance() -> None:
    assert "COOPERATE" in _types("Montenegro resmi bergabung dengan NATO pada Juni 2017.")


@pytest.mark.parametrize(
    "sentence",
    [
        "Pasangan itu meminta restu kedua orang tua sebelum menikah.",
        "Penyanyi itu meminta doa dari para penggemarnya sebelum menjalani operasi.",
    ],
)
def test_events_kompasfp_asking_for_prayers_or_a_blessing_is_no_demand(sentence: str) -> None:
    assert "REQUEST" not in _types(sentence)


def test_events_kompasfp_a_demand_on_an_authority_stays_a_request() -> None:
    assert "REQUEST" in _types("Ketua DPRD meminta Kapolres mengusut pembakaran pasar itu.")


@pytest.mark.parametrize(
    "sentence",
    [
        "Permainan menyerang kedua tim membuat laga semifinal itu berlangsung seru.",
        "Gelandang menyerang asal Jepang itu dikontrak selama tiga musim.",
    ],
)
def test_events_kompasfp_a_teams_attack_is_sport(sentence: str) -> None:
    assert "ASSAULT" not in _types(sentence)


def test_events_kompasfp_an_armed_attack_stays_an_assault() -> None:
    assert "ASSAULT" in _types("Kelompok bersenjata menyerang pos polisi di perbatasan pada Senin malam.")


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Gelandang itu gagal mengeksekusi penalti pada menit terakhir.", "ASSAULT"),
        ("Informasi lebih lanjut dapat dilihat dengan mengunjungi situs resmi bank tersebut.", "CONSULT"),
    ],
)
def test_events_kompasfp_a_kick_or_a_website_is_no_event(sentence: str, kind: str) -> None:
    assert kind not in _types(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Tunggal putra Indonesia itu menaklukkan juara bertahan asal Jepang.",
        "Pendaki asal Bandung itu menaklukkan puncak gunung tertinggi di Afrika.",
    ],
)
def test_events_kompasfp_beating_a_rival_or_a_mountain_is_no_conquest(sentence: str) -> None:
    assert "COERCE" not in _types(sentence)


def test_events_kompasfp_a_conquest_stays_a_seizure() -> None:
    assert "COERCE" in _types("Pasukan kesultanan itu menaklukkan benteng Portugis pada tahun 1575.")
