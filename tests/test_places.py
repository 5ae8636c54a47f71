"""Places: gazetteer lookups, toponym recognition and disambiguation over Indonesian sentences."""

from __future__ import annotations

import pytest

from peristiwa.places import Gazetteer, find_places, name_key
from peristiwa.spans import Entity, Place


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


def places(text: str, **kw: object) -> dict[str, Place]:
    found = find_places(text, **kw)  # type: ignore[arg-type]
    for p in found:
        assert text[p.start : p.end] == p.text
    return {p.text: p for p in found}


@pytest.mark.parametrize(
    "name,key",
    [
        ("al-Qa’im", "al qaim"),
        ("Al Qa'im", "al qaim"),
        ("BAGDAD", "bagdad"),
        ("Bau-Bau", "bau bau"),
        ("Sǎo Tomé", "sao tome"),
    ],
)
def test_places_name_key_normalises(name: str, key: str) -> None:
    assert name_key(name) == key


@pytest.mark.parametrize(
    "iso3,name,timezone",
    [("IRQ", "Iraq", "Asia/Baghdad"), ("IDN", "Indonesia", "Asia/Jakarta"), ("SYR", "Syria", "Asia/Damascus")],
)
def test_places_country_entry(gaz: Gazetteer, iso3: str, name: str, timezone: str) -> None:
    entry = gaz.country_entry(iso3)
    assert entry is not None
    assert (entry.name, entry.feature, entry.timezone) == (name, "country", timezone)
    assert entry.lat is not None and entry.lon is not None


def test_places_country_entry_unknown_code(gaz: Gazetteer) -> None:
    assert gaz.country_entry("XXX") is None


@pytest.mark.parametrize(
    "name,feature,country",
    [("Suriah", "country", "SYR"), ("Tiongkok", "country", "CHN"), ("Kairo", "city", "EGY"),
     ("Damaskus", "city", "SYR"), ("Kabupaten Poso", "admin2", "IDN"), ("Teluk Persia", "sea", None)],
)  # fmt: skip
def test_places_candidates_include(gaz: Gazetteer, name: str, feature: str, country: str | None) -> None:
    assert any(e.feature == feature and e.country == country for e in gaz.candidates(name))


@pytest.mark.parametrize(
    "text,surface,name,country,feature",
    [
        ("AS menargetkan tiga lokasi di Irak dan dua di Suriah.", "Irak", "Iraq", "IRQ", "country"),
        ("AS menargetkan tiga lokasi di Irak dan dua di Suriah.", "Suriah", "Syria", "SYR", "country"),
        ("Ribuan demonstran berkumpul di Bagdad pada hari Selasa.", "Bagdad", "Baghdad", "IRQ", "city"),
        ("Pasukan koalisi bergerak dari Kuwait menuju perbatasan.", "Kuwait", "Kuwait", "KWT", "country"),
        ("Roket menghantam pangkalan militer di Taji, utara ibu kota.", "Taji", "Taji", "IRQ", "city"),
        ("Kapal induk itu memasuki perairan Teluk Persia.", "Teluk Persia", "Persian Gulf", None, "sea"),
        ("Ketegangan di Timur Tengah meningkat sejak awal tahun.", "Timur Tengah", "Middle East", None, "region"),
        ("Massa berbaris melalui pinggiran Zona Hijau Bagdad.", "Zona Hijau", "Green Zone", "IRQ", "landmark"),
        ("Serangan udara menghantam markas milisi di al-Qa'im.", "al-Qa'im", None, "IRQ", "city"),
        ("Bentrokan kembali pecah di Kabupaten Poso pada tahun 2000.", "Kabupaten Poso", "Poso", "IDN", "admin2"),
        ("Warga mengungsi dari Kecamatan Lage setelah kerusuhan.", "Kecamatan Lage", "Lage", "IDN", "admin3"),
        ("Bom meledak di Kuta, Bali, pada malam hari.", "Bali", "Bali", "IDN", "admin1"),
        ("Polisi menyisir Kota Surabaya setelah ledakan ketiga.", "Kota Surabaya", "Surabaya", "IDN", None),
        ("Pasukan Rusia menyeberang ke Krimea dan Donbas.", "Krimea", "Crimea", "UKR", "region"),
        ("Tentara Israel kembali memasuki Jalur Gaza pada Minggu.", "Jalur Gaza", "Gaza Strip", "PSE", "region"),
        ("Ia pindah ke Kairo untuk belajar di Al-Azhar.", "Kairo", "Cairo", "EGY", "city"),
    ],
)
def test_places_find_resolves(
    text: str, surface: str, name: str | None, country: str | None, feature: str | None
) -> None:
    found = places(text)
    assert surface in found, sorted(found)
    place = found[surface]
    if name is not None:
        assert place.name == name
    assert place.country == country
    if feature is not None:
        assert place.feature == feature


@pytest.mark.parametrize(
    "text,surface,timezone",
    [
        ("Bom meledak di Kuta, Bali, pada malam hari.", "Kuta", "Asia/Makassar"),
        ("Kerusuhan merebak di Medan dan Jakarta.", "Medan", "Asia/Jakarta"),
        ("Kontak tembak terjadi di Kabupaten Puncak, Papua.", "Kabupaten Puncak", "Asia/Jayapura"),
        ("Kerusuhan di Kabupaten Poso menewaskan puluhan orang.", "Kabupaten Poso", "Asia/Makassar"),
        ("Sekitar pukul 19.00 waktu setempat di Bagdad terdengar ledakan.", "Bagdad", "Asia/Baghdad"),
    ],
)
def test_places_timezone(text: str, surface: str, timezone: str) -> None:
    assert places(text)[surface].timezone == timezone


@pytest.mark.parametrize(
    "text,absent",
    [
        ("Menteri Pertahanan Israel Katz mengatakan operasi akan berlanjut.", "Israel"),
        ("Batu besar menutup jalan desa setelah longsor.", "Batu"),
        ("Pada bulan Mei, Presiden mengumumkan keadaan darurat.", "Mei"),
        ("Sidang dilanjutkan pada hari Kamis di gedung pengadilan.", "Kamis"),
        ("Kota itu berada di bagian Barat pulau.", "Barat"),
        ("Kota itu dibangun oleh Belanda pada abad ke-17.", "Kota"),
        ("Hassan mengatakan bahwa pasukannya siap bertempur.", "Hassan"),
    ],
)
def test_places_find_rejects(text: str, absent: str) -> None:
    assert absent not in places(text)


@pytest.mark.parametrize(
    ("text", "language", "place"),
    [
        ("Para taruna belajar bahasa Jepang di laboratorium Akademi Militer, Magelang.", "Jepang", "Magelang"),
        ("Wali kota itu berpidato dalam Bahasa Inggris saat berkunjung ke Sydney.", "Inggris", "Sydney"),
        ("Warga berbahasa Arab di pinggiran Amman menggelar unjuk rasa.", "Arab", "Amman"),
    ],
)
def test_places_a_country_named_after_bahasa_is_a_language_not_a_place(text: str, language: str, place: str) -> None:
    found = places(
        text, entities=[Entity(language, text.index(language), text.index(language) + len(language), label="GPE")]
    )
    assert language not in found and place in found


def test_places_person_entity_blocks_place() -> None:
    text = "Juru bicara Jordan Peterson membantah laporan itu."
    entities = [Entity("Jordan Peterson", 12, 27, label="PER")]
    assert "Jordan" not in places(text, entities=entities)


@pytest.mark.parametrize(
    ("text", "noun", "country"),
    [
        ("Raja itu bergantung pada segelintir orang istana yang ia percayai.", "istana", None),
        ("Para pendaki naik ke gunung itu sebelum fajar.", "gunung", None),
        ("Produk dari indonesia dilarang masuk ke pasar itu.", "indonesia", "IDN"),
    ],
)
def test_places_a_common_noun_tagged_as_a_place_is_no_village_of_that_name(
    text: str, noun: str, country: str | None
) -> None:
    """ "orang istana": a lower-case noun the tagger took for a place names no village "Istana" at
    home; a country written in lower case is still that country."""
    start = text.index(noun)
    entities = [Entity(noun, start, start + len(noun), label="LOC")]
    found = places(text, entities=entities)
    assert noun in found and found[noun].country == country


def test_places_a_bare_word_matching_a_home_village_is_no_place_in_a_story_abroad() -> None:
    """ "Glee" in a text about America and Canada is the series' name, not the Indonesian village."""
    found = places("Serial Glee ditayangkan di Amerika Serikat dan Kanada.")
    assert "Glee" not in found and found["Kanada"].country == "CAN"


@pytest.mark.parametrize(
    "text",
    [
        "Sepuluh warga Sukamaju ditahan polisi di Johor, Malaysia.",  # residents named by their village
        "Banjir melanda Sukamaju, Indonesia, dan sebagian Malaysia.",  # the home country is named
    ],
)
def test_places_a_home_village_stays_where_residents_or_the_home_country_place_it(text: str) -> None:
    assert places(text)["Sukamaju"].country == "IDN"


def test_places_loc_entity_added_when_gazetteer_lacks_it() -> None:
    text = "Pasukan berkumpul di Lembah Baliem sebelum fajar."
    entities = [Entity("Lembah Baliem", 21, 34, label="LOC", country="IDN")]
    found = places(text, entities=entities)
    assert found["Lembah Baliem"].country == "IDN"


@pytest.mark.parametrize(
    "text,surface,country",
    [
        # Context: the document's country decides between homonyms.
        ("Pasukan Irak dan milisi bertempur di Hillah dekat Babil.", "Hillah", "IRQ"),
        ("Kerusuhan meluas dari Surakarta ke Medan, Indonesia.", "Medan", "IDN"),
        ("Bentrokan terjadi di Tripoli, ibu kota Libya.", "Tripoli", "LBY"),
        ("Tentara Lebanon berjaga di Tripoli, Lebanon utara.", "Tripoli", "LBN"),
    ],
)
def test_places_disambiguation_by_document_country(text: str, surface: str, country: str) -> None:
    assert places(text)[surface].country == country


@pytest.mark.parametrize(
    "text,surface,country",
    [
        # A capital or a large city before a small namesake in a country the text names.
        ("Presiden Amerika Serikat terbang ke Paris pekan depan.", "Paris", "FRA"),
        ("Menlu Amerika Serikat tiba di Moskow, lalu ke Rome.", "Rome", "ITA"),
        ("Delegasi Amerika Serikat mendarat di Damascus.", "Damascus", "SYR"),
        ("Wakil presiden Amerika Serikat berkunjung ke London dan Dublin.", "Dublin", "IRL"),
        # ... but not before a namesake of a like size in the country named.
        ("Pengunjuk rasa berkumpul di Valencia, Spanyol timur.", "Valencia", "ESP"),
        # ... nor before a home town spelled like its old name.
        ("Warga Lombok Tengah berunjuk rasa di Praya, Indonesia.", "Praya", "IDN"),
    ],
)
def test_places_a_capital_or_large_city_before_a_small_namesake(text: str, surface: str, country: str) -> None:
    assert places(text)[surface].country == country


@pytest.mark.parametrize(
    "text,surface,country",
    [
        # A town named with "kota" in a sentence on a foreign country: no village at home of that name.
        ("Tentara Yaman merebut kembali kota Ja'ar dari militan.", "kota Ja'ar", None),
        # A home village still stands where the sentence names a home place.
        ("Presiden tiba di Jaar, Barito Timur.", "Jaar", "IDN"),
    ],
)
def test_places_a_home_village_name_in_a_sentence_abroad_is_no_home_village(
    text: str, surface: str, country: str | None
) -> None:
    assert places(text)[surface].country == country


def test_places_a_foreign_town_after_a_residents_word_is_kept() -> None:
    assert places("Ribuan warga Nagasaki memperingati jatuhnya bom atom.")["Nagasaki"].country == "JPN"


@pytest.mark.parametrize(
    "text,country",
    [
        # A region several countries hold takes the one of them its sentence alone names ...
        ("Sembilan tentara India tewas ketika bus mereka dihantam bom di Kashmir.", "IND"),
        ("Polisi Pakistan menangkap lima militan di Kashmir.", "PAK"),
        # ... none when the sentence names both, or the text none of them.
        ("India dan Pakistan kembali bertempur di Kashmir.", None),
        ("Kelompok separatis di Kashmir menyerukan pemogokan umum.", None),
    ],
)
def test_places_a_shared_region_takes_the_holder_its_sentence_names(text: str, country: str | None) -> None:
    assert places(text)["Kashmir"].country == country


def test_places_disambiguation_by_cue_word() -> None:
    found = places("Warga Kota Malang dan Kabupaten Malang memadati stadion.")
    assert found["Kabupaten Malang"].feature == "admin2"
    assert found["Kota Malang"].feature in ("admin2", "city")


def test_places_cue_word_names_unknown_places() -> None:
    found = places("Rumah warga di Desa Sukamakmurjaya dibakar massa.")
    assert found["Desa Sukamakmurjaya"].name == "Sukamakmurjaya"
    assert found["Desa Sukamakmurjaya"].feature == "village"


def test_places_listed_with_known_places() -> None:
    text = (
        "Di Australia, ia menyerang penetap dari Parramatta, Georges River, Prospect, Toongabbie dan Hawkesbury River."
    )
    found = places(text)
    assert {"Parramatta", "Georges River", "Prospect", "Toongabbie", "Hawkesbury River"} <= set(found)
    assert found["Toongabbie"].country == "AUS"


@pytest.mark.parametrize("conjunction", ["serta", "atau"])
def test_places_listed_with_known_places_closed_by_serta_or_atau(conjunction: str) -> None:
    text = f"Ia menyerang penetap dari Parramatta, Georges River, Prospect, Toongabbie {conjunction} Hawkesbury River."
    assert {"Georges River", "Toongabbie", "Hawkesbury River"} <= set(places(text))


def test_places_offsets_in_text_order() -> None:
    text = "Dari Kuwait, pasukan bergerak ke Bagdad lalu ke Mosul."
    found = find_places(text)
    assert [p.text for p in found] == ["Kuwait", "Bagdad", "Mosul"]
    assert all(text[p.start : p.end] == p.text for p in found)


@pytest.mark.parametrize(
    "text,surface,name,country",
    [
        ("Pasukan Rusia mengepung Oblast Luhansk dan Oblast Donetsk.", "Oblast Luhansk", "Luhansk Oblast", "UKR"),
        ("Kebakaran hutan melanda Kalifornia selama dua pekan.", "Kalifornia", "California", "USA"),
        ("Penembakan massal terjadi di Texas, Amerika Serikat.", "Texas", "Texas", "USA"),
    ],
)
def test_places_foreign_admin_areas(text: str, surface: str, name: str, country: str) -> None:
    place = places(text)[surface]
    assert (place.name, place.country) == (name, country)


@pytest.mark.parametrize(
    "text,absent",
    [
        # Small foreign towns whose country the text never names are people or things here.
        ("Nyai Dahlan terus aktif di Muhammadiyah dan Aisyiyah.", "Muhammadiyah"),
        ("Sementara itu, Bethany dan Ricky tiba di rumah.", "Bethany"),
        ("Blaine Anderson bernyanyi, lalu Blaine pergi.", "Blaine"),
    ],
)
def test_places_rejects_obscure_foreign_towns_and_name_parts(text: str, absent: str) -> None:
    assert absent not in places(text)


def test_places_a_town_after_di_is_a_place_even_if_tagged_as_a_person() -> None:
    text = "Bentrokan antarwarga pecah di Tual pada Minggu malam."
    start = text.index("Tual")
    tagged = [Entity(text="Tual", start=start, end=start + 4, label="PER")]
    found = places(text, entities=tagged)
    assert found["Tual"].country == "IDN"


def test_places_a_town_after_di_dekat_is_a_place_even_if_tagged_as_a_person() -> None:
    """ "di dekat Rafah": "dekat" (near) before the town says it is one, as "di" does."""
    text = "Tiga orang terluka dalam serangan udara di dekat Rafah pada Selasa."
    start = text.index("Rafah")
    tagged = [Entity(text="Rafah", start=start, end=start + 5, label="PER")]
    assert places(text, entities=tagged)["Rafah"].country == "PSE"


def test_places_a_person_tagged_name_without_di_stays_a_person() -> None:
    text = "Surat itu diserahkan Tual kepada panitia."
    start = text.index("Tual")
    tagged = [Entity(text="Tual", start=start, end=start + 4, label="PER")]
    assert "Tual" not in places(text, entities=tagged)


def test_places_a_city_after_waktu_gives_the_zone_of_its_clock_time() -> None:
    import peristiwa

    text = "Rudal itu menghantam kapal sekitar pukul 11.30 waktu Sanaa pada Rabu (6/3/2024)."
    doc = peristiwa.extract(text)
    assert [t.utc for t in doc.times if t.text.startswith("pukul")] == ["2024-03-06T08:30:00Z"]


def test_an_ordinary_word_capitalised_in_a_headline_is_no_place() -> None:
    text = (
        "Warga Bentrok di Pinggir Kali Usai Pertandingan Sepak Bola\n\n"
        "Dua kelompok warga bentrok di pinggir kali di Kecamatan Undaan, Kudus, pada Sabtu malam."
    )
    assert "Pinggir" not in [p.text for p in find_places(text)]


def test_a_headline_place_the_body_names_with_a_capital_is_kept() -> None:
    text = (
        "Prabowo Gelar Pertemuan Tertutup dengan Jokowi di Solo\n\n"
        "Pertemuan itu berlangsung di kediaman Jokowi di Kota Solo, Jawa Tengah."
    )
    assert [p.text for p in find_places(text)][:2] == ["Solo", "Kota Solo"]


@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        ("Pesawat tempur menyerang pinggiran ibu kota Lebanon pada malam hari.", "Lebanon", "LBN"),
        ("Delegasi itu tiba di ibu kota Pakistan setelah perjalanan panjang.", "Pakistan", "PAK"),
    ],
)
def test_places_ibu_kota_is_no_city_cue(text: str, surface: str, country: str) -> None:
    """ "ibu kota X" is the capital of the country X, not a town named X after the cue "kota"."""
    found = places(text)
    assert surface in found and found[surface].country == country and found[surface].feature == "country"


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Longsor menimbun sebagian Desa Grindelwald, Swiss, pada Rabu dini hari.", "Desa Grindelwald", "CHE"),
        ("Warga desa Hallstatt, Austria, menolak rencana pembangunan hotel itu.", "desa Hallstatt", "AUT"),
    ],
)
def test_places_a_small_place_followed_by_a_country_lies_in_it(text: str, name: str, country: str) -> None:
    place = next(p for p in find_places(text) if p.text == name)
    assert place.country == country and place.admin1 is None


def test_places_a_list_of_places_is_not_read_as_an_address() -> None:
    found = {p.text: p.country for p in find_places("Polisi menangkap tiga orang di Aceh, Malaysia, dan Thailand.")}
    assert found["Aceh"] == "IDN"


@pytest.mark.parametrize(
    "text,landmark,absent",
    [
        ("Rapat itu berlangsung di Gedung Merah Putih, Jakarta, pada Senin.", "Gedung Merah", {"Gedung"}),
        ("Kedua pemimpin bertemu di Istana Constantine St Petersburg, Rusia.", "Istana Constantine", {"Istana"}),
        ("Ratusan warga menunggu di Lembur Pakuan sejak pagi.", "Lembur Pakuan", {"Lembur"}),
        ("Pengunjuk rasa berkumpul di Lapangan Trikora sebelum berjalan kaki.", "Lapangan Trikora", {"Lapangan"}),
    ],
)
def test_places_a_landmark_kind_word_before_a_name_is_no_village(text: str, landmark: str, absent: set[str]) -> None:
    found = places(text)
    assert found[landmark].feature == "landmark"
    assert not absent & set(found)


def test_places_a_palace_abroad_is_not_located_by_its_namesake_town() -> None:
    found = places("Kedua pemimpin bertemu di Istana Constantine St Petersburg, Rusia.")
    assert found["Istana Constantine"].country != "DZA"


@pytest.mark.parametrize(
    "text,village",
    [
        ("Banjir merendam rumah warga di Desa Kebon, Kecamatan Pati.", "Desa Kebon"),
        ("Banjir merendam rumah warga di Kebon, Kecamatan Pati, Jawa Tengah.", "Kebon"),
        ("Seorang warga di Kelurahan Mojosongo, Solo, melapor ke polisi.", "Kelurahan Mojosongo"),
    ],
)
def test_places_a_village_named_by_a_landmark_word_is_kept(text: str, village: str) -> None:
    assert village in places(text)


@pytest.mark.parametrize(
    "text,surface,admin2",
    [
        # a village followed by the district holding it: no cue or preposition needed
        ("Kebakaran melanda rumah di Jalan Kenanga, Grogol Utara, Kebayoran Lama.", "Grogol Utara",
         "Kota Administrasi Jakarta Selatan"),
        ("Pria itu ditangkap di rumahnya di Jalan Melati RT 03/RW 05 Ulujami, Pesanggrahan.", "Ulujami",
         "Kota Administrasi Jakarta Selatan"),
    ],
)  # fmt: skip
def test_places_address_unit_followed_by_its_containing_unit(text: str, surface: str, admin2: str) -> None:
    assert places(text)[surface].admin2 == admin2


def test_places_address_unit_after_a_street_is_a_place_though_tagged_a_person() -> None:
    text = "Seorang pengendara tewas di Jalan Kaliurang, Sleman."
    entities = [Entity("Jalan Kaliurang", 27, 42, label="LOC"), Entity("Sleman", 44, 50, label="PER")]
    assert places(text, entities=entities)["Sleman"].admin2 == "Kabupaten Sleman"


def test_places_address_does_not_free_a_place_inside_a_person_s_title() -> None:
    text = "Jaksa memeriksa Sekda Kabupaten Bintan, Provinsi Kepulauan Riau, Andi Saputra."
    entities = [Entity("Sekda Kabupaten Bintan, Provinsi Kepulauan Riau, Andi Saputra", 16, 78, label="PER")]
    assert "Kabupaten Bintan" not in places(text, entities=entities)


def test_places_address_after_a_street_needs_the_address_to_end() -> None:
    text = "Polisi berjaga di Jalan Sudirman, Budi melihat mereka."
    assert "Budi" not in places(text, entities=[Entity("Budi", 34, 38, label="PER")])


def test_places_district_named_by_the_body_serving_it() -> None:
    text = "Dua pencuri motor diserahkan ke Polsek Pallangga pada Senin."
    entities = [Entity("Polsek Pallangga", 32, 48, label="ORG")]
    assert places(text, entities=entities)["Pallangga"].admin2 == "Kabupaten Gowa"


def test_places_lower_case_landmark_word_before_a_country_is_no_landmark() -> None:
    found = places("Rusia siap menambah pasokan gas ke pasar Indonesia tahun depan.")
    assert "pasar Indonesia" not in found and found["Indonesia"].feature == "country"


def test_places_street_is_not_located_at_the_place_it_is_named_for() -> None:
    # "Kenanga" is also a village far away: the street is not there
    street = places("Dua pencuri ditangkap di Jalan Kenanga pada Senin malam.")["Jalan Kenanga"]
    assert street.feature == "landmark" and street.admin2 is None and street.lat is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Pasukan Serbia kalah dalam pertempuran di Mariča melawan pasukan Utsmaniyah.", "Mariča"),
        ("Rombongan itu bermalam di Kerék sebelum menyeberangi sungai.", "Kerék"),
    ],
)
def test_places_a_name_spelled_with_other_accents_is_not_its_folded_namesake(text: str, name: str) -> None:
    # "Mariča" folds to the key of Maricá (Brazil), "Kerék" to Kerek (Java): accents the text writes and
    # the gazetteer's name lacks or spells otherwise tell another place
    places = [p for p in find_places(text) if p.text == name]
    assert all(p.country not in ("BRA", "IDN") for p in places)


def test_places_a_name_spelled_as_the_gazetteer_does_keeps_its_accents() -> None:
    countries = {p.text: p.country for p in find_places("Polisi Brasil menangkap dua tersangka di Maricá pada Senin.")}
    assert countries.get("Maricá") == "BRA"


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Warga berunjuk rasa di depan Gedung Parlemen, Canberra, Australia, Selasa.", "Gedung Parlemen", "AUS"),
        ("Menteri itu berpidato di Gedung PBB, Jenewa, Swiss, pada Senin pagi.", "Gedung PBB", "CHE"),
    ],
)
def test_places_an_unknown_place_written_as_an_address_takes_the_country_after_it(
    text: str, name: str, country: str
) -> None:
    place = next(p for p in find_places(text) if p.text == name)
    assert place.country == country


def test_places_an_unknown_place_in_a_list_closed_by_dan_takes_no_country_of_its_neighbour() -> None:
    found = {p.text: p.country for p in find_places("Armada itu singgah di Lanhoso, Samos, dan Kanada.")}
    assert found.get("Lanhoso") is None and found.get("Samos") is None


def test_places_an_address_chain_carries_the_country_to_its_head() -> None:
    text = "Para pemimpin G7 bertemu di Kananaskis, Alberta, Kanada, pekan depan."
    entities = [
        Entity(name, text.index(name), text.index(name) + len(name), label="LOC") for name in ("Kananaskis", "Alberta")
    ]
    found = places(text, entities=entities)
    assert found["Kananaskis"].country == "CAN" and found["Alberta"].country == "CAN"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Kedua tersangka dijerat Undang-Undang Darurat Nomor 12 Tahun 1951 tentang senjata tajam.", "Darurat"),
        ("Terhadap perbuatannya, pelaku diancam hukuman lima tahun penjara.", "Terhadap"),
    ],
)
def test_places_an_ordinary_word_the_tagger_took_for_a_place_is_none(text: str, word: str) -> None:
    start = text.index(word)
    found = places(text, entities=[Entity(word, start, start + len(word), label="LOC")])
    assert word not in found


def test_places_an_ordinary_word_tagged_as_a_place_after_di_stays_a_place() -> None:
    text = "Ratusan pengungsi bertahan di Perbatasan selama tiga hari."
    start = text.index("Perbatasan")
    found = places(text, entities=[Entity("Perbatasan", start, start + 10, label="LOC")])
    assert "Perbatasan" in found


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Banjir merendam ratusan rumah di DKI sejak Selasa malam.", "DKI"),
        ("Ribuan warga NAD mengungsi setelah gempa, Senin.", "NAD"),
        ("Gempa mengguncang Provinsi Nanggroe Aceh Darussalam pada Senin pagi.", "Provinsi Nanggroe Aceh Darussalam"),
    ],
)
def test_places_the_short_and_old_names_of_provinces_are_their_provinces(text: str, surface: str) -> None:
    place = places(text)[surface]
    assert place.country == "IDN" and place.feature == "admin1"
