"""Common Indonesian words that are also small foreign towns ("gurun" desert / Gurun, Malaysia):
a capital letter, a preposition or the NER's tag is not enough; the text must name the country."""

from __future__ import annotations

import pytest

import peristiwa
from peristiwa.places import find_places
from peristiwa.spans import Entity


def countries(text: str, **kw: object) -> set[str | None]:
    return {p.country for p in find_places(text, **kw)}  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "word", "country"),
    [
        ("Jamaah itu meninggal di Gurun setelah tersesat tiga hari.", "Gurun", "MYS"),
        ("Polisi berjaga di Rumah warga yang menjadi korban penjarahan.", "Rumah", "SAU"),
        ("Dua pencopet ditangkap di Pekan Raya Jakarta.", "Pekan", "MYS"),
        ("Massa berkumpul di Pilar gedung parlemen sejak pagi.", "Pilar", "ARG"),
        ("Petugas menemukan tanaman ganja di Lahan milik warga.", "Lahan", "NPL"),
    ],
)
def test_a_common_word_after_di_is_no_foreign_town_when_its_country_is_unnamed(
    text: str, word: str, country: str
) -> None:
    assert all(p.text != word for p in find_places(text))
    assert country not in countries(text)


def test_a_common_word_tagged_as_a_place_by_the_ner_is_still_no_foreign_town() -> None:
    text = "Jamaah haji itu ditemukan meninggal di Gurun oleh petugas."
    start = text.index("Gurun")
    tagged = [Entity(text="Gurun", start=start, end=start + 5, label="LOC")]
    assert "MYS" not in countries(text, entities=tagged)


def test_a_common_word_is_the_foreign_town_when_the_text_names_its_country() -> None:
    text = "Banjir merendam ratusan rumah di Gurun, sebuah kota kecil di negara bagian Kedah, Malaysia."
    gurun = next(p for p in find_places(text) if p.text == "Gurun")
    assert (gurun.country, gurun.feature) == ("MYS", "city")


def test_a_headline_word_is_no_place_when_the_body_has_it_only_in_a_longer_name() -> None:
    """ "Gurun Taniem" in the body does not make the headline's "Gurun" a name."""
    text = (
        "Jamaah Haji Tanpa Visa Meninggal di Gurun, Pemandu Ditahan Polisi Arab Saudi\n\n"
        "Seorang jamaah asal Jawa Timur ditemukan meninggal di Gurun Taniem setelah tersesat. "
        "Pemandunya ditahan polisi setempat."
    )
    doc = peristiwa.extract(text)
    assert "MYS" not in {p.country for p in doc.places}
    assert "MYS" not in {loc.country for event in doc.events for loc in event.locations}


def test_a_town_named_like_a_common_word_keeps_its_cue() -> None:
    """ "kota Gurun": a cue word says a town is meant."""
    text = "Rombongan itu singgah di kota Gurun sebelum melanjutkan perjalanan ke Alor Setar."
    gurun = next(p for p in find_places(text) if "Gurun" in p.text)
    assert gurun.country == "MYS"


@pytest.mark.parametrize(
    ("text", "landmark"),
    [
        ("Rombongan melanjutkan perjalanan menuju Candi Mendut yang terletak di Kabupaten Magelang.", "Candi Mendut"),
        ("Ribuan umat bersembahyang di Pura Besakih, Karangasem, pada hari raya itu.", "Pura Besakih"),
    ],
)
def test_a_landmark_kind_before_a_name_is_the_landmark_not_the_village_of_that_word(text: str, landmark: str) -> None:
    places = {p.text: p for p in find_places(text)}
    assert places[landmark].feature == "landmark"
    assert landmark.split()[0] not in places  # "Candi" and "Pura" are also villages of Indonesia


def test_a_village_named_like_a_landmark_kind_is_still_found() -> None:
    assert "Desa Candi" in {p.text for p in find_places("Warga Desa Candi di Sidoarjo menolak proyek itu.")}
    assert "Candi" in {p.text for p in find_places("Ia dibesarkan di Candi, Sidoarjo.")}


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Wali kota menerima perwakilan buruh di Balai Kota Semarang pada Senin pagi.", "Balai"),
        ("Warga memprotes penambangan pasir di Kali Progo yang membuat air keruh.", "Kali"),
        ("Kedua pemuda dijerat Undang-Undang Darurat karena membawa senjata tajam.", "Darurat"),
    ],
)
def test_a_hall_a_river_or_an_emergency_law_word_alone_is_no_place(text: str, word: str) -> None:
    """ "Balai" (hall), "Kali" (river) and "Taman" (park) name the kind of place before a
    name, and "Darurat" an emergency law: alone they are no town, whatever village bears the word."""
    assert word not in {p.text for p in find_places(text)}
