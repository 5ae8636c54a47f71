"""Offices of a foreign town ("Gubernur Istanbul"), foreign news agencies, and capitalised words
that are a people or a name rather than a village ("budaya Melayu", "pesawat Hercules")."""

from __future__ import annotations

import pytest

from peristiwa.actors import ActorCoder
from peristiwa.actors.office_place import office_place_country
from peristiwa.places import find_places


@pytest.fixture(scope="module")
def coder() -> ActorCoder:
    return ActorCoder.load()


def _country(coder: ActorCoder, text: str, mention: str) -> str | None:
    found = {e.text: e.country for e in coder.find_entities(text)}
    assert mention in found, found
    return found[mention]


@pytest.mark.parametrize(
    ("text", "mention", "country"),
    [
        ("Gubernur Istanbul Ali Yerlikaya meminta warga menjauhi alun-alun.", "Gubernur Istanbul Ali Yerlikaya", "TUR"),
        ("Wali Kota London Sadiq Khan mengecam aksi kekerasan itu.", "Wali Kota London Sadiq Khan", "GBR"),
        ("Wali Kota Paris menolak rencana pawai tersebut.", "Wali Kota Paris", "FRA"),
    ],
)
def test_the_office_of_a_foreign_town_is_of_that_towns_state(
    coder: ActorCoder, text: str, mention: str, country: str
) -> None:
    assert _country(coder, text, mention) == country


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Gubernur Jawa Tengah Ahmad Luthfi meminta warga tetap tenang.", "Gubernur Jawa Tengah Ahmad Luthfi"),
        ("Wali Kota Bandung Muhammad Farhan meninjau lokasi banjir.", "Wali Kota Bandung Muhammad Farhan"),
    ],
)
def test_the_office_of_a_town_at_home_takes_no_foreign_state(coder: ActorCoder, text: str, mention: str) -> None:
    assert _country(coder, text, mention) in (None, "IDN")


def test_a_village_namesake_abroad_makes_no_foreign_office() -> None:
    # "Kudus" is a regency at home; no foreign city of that name makes its regent foreign
    assert office_place_country("Kudus") is None
    assert office_place_country("Istanbul") == "TUR"


@pytest.mark.parametrize(
    ("text", "mention", "country"),
    [
        ("Kantor berita IRNA melaporkan uji coba rudal itu.", "Kantor berita IRNA", "IRN"),
        ("Televisi Al Arabiya menayangkan rekaman itu.", "Televisi Al Arabiya", "SAU"),
        ("Menurut kantor berita Yonhap, kapal itu ditahan sejak Senin.", "Yonhap", "KOR"),
        ("Bernama melaporkan polisi menahan dua orang.", "Bernama", "MYS"),
        ("KCNA menyebut latihan itu sebagai provokasi.", "KCNA", "PRK"),
    ],
)
def test_a_foreign_news_agency_is_its_states_press(coder: ActorCoder, text: str, mention: str, country: str) -> None:
    assert _country(coder, text, mention) == country


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Festival itu menampilkan tarian dan musik Melayu dari berbagai daerah.", "Melayu"),
        ("Bantuan diangkut dengan pesawat Hercules milik TNI AU.", "Hercules"),
    ],
)
def test_a_people_or_a_name_is_no_village(text: str, word: str) -> None:
    assert all(p.text != word for p in find_places(text))


def test_a_longer_place_name_with_the_word_stays_a_place() -> None:
    assert any(
        p.text == "Kampung Melayu" for p in find_places("Banjir merendam rumah warga di Kampung Melayu, Jakarta Timur.")
    )


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Perompak menyerang sebuah kapal tanker di Samudera India pada Senin.", "IND"),
        ("Korea Utara menembakkan dua rudal ke Laut Jepang pada Selasa.", "JPN"),
        ("Kapal perang itu mengusir kapal nelayan di Laut China Selatan.", "CHN"),
    ],
)
def test_a_state_named_only_inside_a_seas_name_is_no_party(text: str, state: str) -> None:
    import peristiwa

    doc = peristiwa.extract(text, reference_time="2025-06-05").to_json()
    assert all(p["country"] != state for e in doc["events"] for p in [*e["actor"], *e["recipient"]])
    assert all(e["country"] != state for e in doc["entities"])


def test_a_states_name_naming_its_language_is_no_party() -> None:
    import peristiwa

    text = "Bentrokan antarsuku menewaskan lima orang di Inzari, tulis suratkabar berbahasa Inggris itu."
    doc = peristiwa.extract(text, reference_time="2025-06-05").to_json()
    assert all(e["country"] != "GBR" for e in doc["entities"])
    assert all(p["country"] != "GBR" for e in doc["events"] for p in [*e["actor"], *e["recipient"]])


def test_a_building_named_after_a_known_person_is_not_a_town_of_that_name() -> None:
    from peristiwa.actors import ActorCoder

    text = "Pendeta itu berkhotbah di gereja Obama di Chicago pekan lalu."
    places = find_places(text, entities=ActorCoder.load().find_entities(text))
    assert all(p.country != "JPN" for p in places)  # Obama, Fukui


@pytest.mark.parametrize(
    ("text", "mention", "country", "sector"),
    [
        ("Hindraf menggelar unjuk rasa di Kuala Lumpur.", "Hindraf", "MYS", "SOC"),
        ("Taleban Pakistan mengklaim serangan bom itu.", "Taleban Pakistan", "PAK", "REB"),
        ("Kapal-kapal Macan Laut menyerang kapal patroli di lepas pantai.", "Macan Laut", "LKA", "REB"),
    ],
)
def test_armed_groups_and_movements_abroad_are_of_their_state(
    coder: ActorCoder, text: str, mention: str, country: str, sector: str
) -> None:
    found = {e.text: (e.country, e.sector) for e in coder.find_entities(text)}
    assert found.get(mention) == (country, sector), found


@pytest.mark.parametrize(
    ("text", "mention", "country"),
    [
        ("Gubernur Texas menolak permohonan grasi terpidana itu.", "Gubernur Texas", "USA"),
        ("Gubernur Queensland meninjau kota yang dilanda banjir.", "Gubernur Queensland", "AUS"),
    ],
)
def test_the_governor_of_a_first_level_region_abroad_is_of_that_state(
    coder: ActorCoder, text: str, mention: str, country: str
) -> None:
    # the gazetteer gives most regions abroad no population: a region is still no village namesake
    assert _country(coder, text, mention) == country


@pytest.mark.parametrize(
    ("text", "mention", "country"),
    [
        ("Pemerintah Kota Osaka menandatangani nota kerja sama itu.", "Pemerintah Kota Osaka", "JPN"),
        ("Pemerintah Provinsi Punjab melarang unjuk rasa selama sepekan.", "Pemerintah Provinsi Punjab", "PAK"),
        ("Pemkot Bandung menertibkan pedagang di trotoar.", "Pemkot Bandung", "IDN"),
        ("Pemerintah Kabupaten Bogor menolak permintaan itu.", "Pemerintah Kabupaten Bogor", "IDN"),
    ],
)
def test_a_local_government_is_of_the_state_its_town_lies_in(
    coder: ActorCoder, text: str, mention: str, country: str
) -> None:
    assert _country(coder, text, mention) == country


@pytest.mark.parametrize(
    ("text", "party", "country"),
    [
        ("Dalam pertemuan di Jakarta, Real Madrid menolak tawaran Persija.", "Real Madrid", "ESP"),
        ("Dewan Kota Melbourne mengecam serangan atas pelajar Indonesia di Jakarta.", "Dewan Kota Melbourne", "AUS"),
    ],
)
def test_a_body_named_by_its_town_abroad_is_of_that_towns_state_wherever_the_story_is(
    text: str, party: str, country: str
) -> None:
    import peristiwa

    doc = peristiwa.extract(text, reference_time="2025-06-05").to_json()
    coded = {p["text"]: p["country"] for e in doc["events"] for p in e["actor"]}
    assert coded.get(party) == country, coded
