"""Indonesian airports and seaports: hand-made landmarks of the gazetteer (extra_places.yaml)."""

from __future__ import annotations

from importlib import resources

import pytest
import yaml

import peristiwa
from peristiwa.places import GazEntry, Gazetteer, find_places
from peristiwa.places.gazetteer import person_words
from peristiwa.spans import Place

INDONESIAN_ZONES = {"Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura"}
# every name of an airport or port says what it is; the person it is named after alone is no airport
KIND_WORDS = ("bandara", "bandar udara", "lanud", "lanudal", "pangkalan udara", "pelabuhan", "airport", "port of")


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


def found(text: str) -> dict[str, Place]:
    return {p.text: p for p in find_places(text)}


@pytest.mark.parametrize(
    ("text", "surface", "name", "regency", "timezone"),
    [
        (
            "Petugas bea cukai menangkap seorang kurir sabu di Bandara Soekarno-Hatta pada Senin pagi.",
            "Bandara Soekarno-Hatta",
            "Soekarno-Hatta International Airport",
            "Kota Tangerang",
            "Asia/Jakarta",
        ),
        (
            "Rombongan menteri mendarat di Bandara Internasional Soekarno Hatta menjelang tengah malam.",
            "Bandara Internasional Soekarno Hatta",
            "Soekarno-Hatta International Airport",
            "Kota Tangerang",
            "Asia/Jakarta",
        ),
        (
            "Antrean penumpang mengular di Bandara Soetta sejak subuh.",
            "Bandara Soetta",
            "Soekarno-Hatta International Airport",
            "Kota Tangerang",
            "Asia/Jakarta",
        ),
        (
            "Dua turis asing diamankan di Bandara I Gusti Ngurah Rai karena membawa senjata tajam.",
            "Bandara I Gusti Ngurah Rai",
            "I Gusti Ngurah Rai International Airport",
            "Kabupaten Badung",
            "Asia/Makassar",
        ),
        (
            "Pesawat kargo itu tergelincir di Bandara Mozes Kilangin saat hujan deras.",
            "Bandara Mozes Kilangin",
            "Mozes Kilangin Airport",
            "Kabupaten Mimika",
            "Asia/Jayapura",
        ),
        (
            "Seorang calon penumpang ditahan di Bandara Kualanamu karena membawa ganja.",
            "Bandara Kualanamu",
            "Kualanamu International Airport",
            "Kabupaten Deli Serdang",
            "Asia/Jakarta",
        ),
        (
            "Presiden tiba di Lanud Halim Perdanakusuma setelah kunjungan kerja.",
            "Lanud Halim Perdanakusuma",
            "Halim Perdanakusuma International Airport",
            "Kota Administrasi Jakarta Timur",
            "Asia/Jakarta",
        ),
        (
            "Ribuan kontainer tertahan di Pelabuhan Tanjung Priok akibat mogok sopir truk.",
            "Pelabuhan Tanjung Priok",
            "Port of Tanjung Priok",
            "Kota Administrasi Jakarta Utara",
            "Asia/Jakarta",
        ),
        (
            "Aparat menyita kayu ilegal di Pelabuhan Belawan pekan ini.",
            "Pelabuhan Belawan",
            "Port of Belawan",
            "Kota Medan",
            "Asia/Jakarta",
        ),
    ],
)
def test_an_airport_or_port_is_the_landmark_with_its_units_and_zone(
    text: str, surface: str, name: str, regency: str, timezone: str
) -> None:
    place = found(text)[surface]
    assert (place.name, place.country, place.feature, place.timezone) == (name, "IDN", "landmark", timezone)
    assert place.admin2 == regency
    assert place.lat is not None and place.lon is not None


def test_an_airport_named_with_bandara_in_lower_case_is_found() -> None:
    place = found("Dua kurir narkoba ditangkap di bandara Soekarno-Hatta, Tangerang.")["bandara Soekarno-Hatta"]
    assert place.name == "Soekarno-Hatta International Airport"


def test_a_lower_case_cue_before_a_district_name_is_no_landmark() -> None:
    """ "pasar Minggu" is a Sunday market, not the Jakarta district Pasar Minggu."""
    assert "pasar Minggu" not in found("Warga desa itu berbelanja di pasar Minggu setiap pekan.")


def test_makassar_port_soekarno_hatta_is_not_the_jakarta_airport() -> None:
    place = found("Kapal penumpang itu bersandar di Pelabuhan Soekarno-Hatta, Makassar, pada Rabu.")[
        "Pelabuhan Soekarno-Hatta"
    ]
    assert (place.name, place.admin2, place.timezone) == (
        "Port of Soekarno-Hatta Makassar",
        "Kota Makassar",
        "Asia/Makassar",
    )


def test_the_ketapang_ferry_port_is_in_banyuwangi_not_kalimantan() -> None:
    place = found("Antrean truk mengular di Pelabuhan Ketapang menjelang libur panjang.")["Pelabuhan Ketapang"]
    assert (place.name, place.admin2) == ("Port of Ketapang Banyuwangi", "Kabupaten Banyuwangi")


def test_an_unknown_airport_is_not_a_village_named_bandara() -> None:
    places = find_places("Pesawat perintis itu mendarat di Bandara Sinak pada Kamis siang.")
    assert all(p.feature != "village" for p in places)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Mohammad Hatta membacakan pidato di depan para pemuda.", "Hatta"),
        ("Wakil Presiden Hatta menerima tamu dari Belanda.", "Hatta"),
        ("Soekarno dan Hatta menandatangani naskah itu.", "Hatta"),
        ("Soekarno berpidato di depan ribuan orang.", "Soekarno"),
        ("Juanda menjabat perdana menteri pada masa itu.", "Juanda"),
        ("Sultan Hasanuddin memimpin perlawanan terhadap Belanda.", "Sultan Hasanuddin"),
    ],
)
def test_a_person_an_airport_is_named_after_is_no_place(text: str, person: str) -> None:
    assert all(person not in p.text for p in find_places(text))


def test_soekarno_hatta_airport_in_a_full_document_is_not_a_town_in_india() -> None:
    text = (
        "Polisi Gagalkan Penyelundupan Sabu\n\n"
        "Petugas menangkap seorang penumpang di Bandara Soekarno-Hatta, Tangerang, Banten, pada Senin. "
        "Rekannya ditangkap sehari kemudian di Bandara Soekarno Hatta."
    )
    places = peristiwa.extract(text).places
    assert "IND" not in {p.country for p in places}
    assert [p.name for p in places if "Soekarno" in p.text] == ["Soekarno-Hatta International Airport"] * 2


def test_a_street_named_soekarno_hatta_is_not_a_town_in_india() -> None:
    places = peristiwa.extract("Kemacetan panjang terjadi di Jalan Soekarno-Hatta, Bandung, pada Jumat sore.").places
    assert "IND" not in {p.country for p in places}


def test_every_airport_and_port_name_says_what_it_is(gaz: Gazetteer) -> None:
    entries = transport_entries(gaz)
    assert len(entries) >= 45
    for entry in entries:
        assert entry.timezone in INDONESIAN_ZONES, entry
        assert entry.admin is not None and entry.parents, entry  # built with its Kemendagri code
        for alias in entry.aliases:
            assert alias.startswith(KIND_WORDS) or alias.endswith("airport") or alias == "tanjung perak", alias
            assert alias not in person_words(), alias


def transport_entries(gaz: Gazetteer) -> list[GazEntry]:
    """The gazetteer entries of the hand-made airports and ports."""
    path = resources.files("peristiwa.places") / "data" / "extra_places.yaml"
    doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    names = [
        item["name"]
        for item in doc["places"]
        if item["feature"] == "landmark" and any(a.startswith(("Bandara ", "Pelabuhan ")) for a in item["aliases"])
    ]
    return [next(e for e in gaz.candidates(name) if e.id.startswith("x:")) for name in names]
