"""Where an event happened when its parties say it: a seized or invaded territory, the own side of a
border forces are massed at. Sentences written for these tests (not from the dev texts)."""

from __future__ import annotations

from conftest import rule_events

from peristiwa.spans import Event


def _event(text: str, event_type: str) -> Event:
    events = [e for e in rule_events(text) if e.event_type == event_type]  # the rules: places, not the judge
    assert events, f"no {event_type} in {text!r}"
    return events[0]


def test_where_an_annexation_happens_in_the_annexed_territory() -> None:
    text = "Pada 1975 Indonesia menganeksasi Timor Timur, sementara pasukan Portugal mundur ke Pulau Atauro."
    event = _event(text, "COERCE")
    assert event.locations and event.locations[0].text == "Timor Timur"
    assert event.locations[0].country == "TLS"


def test_where_forces_massed_at_a_border_stand_on_their_own_side() -> None:
    text = "Pada 2017, Tiongkok memulai penumpukan militer di perbatasan Tiongkok-India di dataran tinggi Doklam."
    event = _event(text, "MOBILIZE")
    assert [p.country for p in event.recipient] == ["IND"]
    assert event.locations and event.locations[0].country == "CHN"


def test_where_a_place_across_sementara_belongs_to_the_other_clause() -> None:
    text = "Pada 1975 Indonesia menganeksasi Timor Timur, sementara pasukan Portugal mundur ke Pulau Atauro."
    annex, retreat = _event(text, "COERCE"), _event(text, "RETREAT")
    assert "Pulau Atauro" not in [p.text for p in annex.locations]
    assert [p.text for p in retreat.locations] == ["Pulau Atauro"]


def test_where_a_building_the_gazetteer_does_not_know_stands_in_the_story_s_town() -> None:
    text = (
        "Polisi menangkap tiga provokator di Surabaya pada 4 Mei 2023. Sehari kemudian, puluhan mahasiswa "
        "berunjuk rasa di depan gedung Sekretariat Bersama untuk menuntut pembebasan mereka."
    )
    protest = _event(text, "PROTEST")
    assert "Surabaya" in [p.text for p in protest.locations]
    assert "IDN" in {p.country for p in protest.locations}


def test_where_the_town_right_after_a_site_is_where_too() -> None:
    text = "Pada 9 Juli 2023, ratusan pengunjuk rasa berbaris di sekitar Jalan Thamrin Jakarta menuju Istana Merdeka."
    protest = _event(text, "PROTEST")
    assert {"IDN"} <= {p.country for p in protest.locations}
    assert any(p.text == "Jakarta" for p in protest.locations)


def test_where_a_sea_route_named_in_a_warning_is_not_where_it_was_made() -> None:
    text = "Di Jakarta pada 7 Maret 2024, Kemlu meminta kapal berbendera Indonesia menghindari rute Laut Merah."
    request = _event(text, "REQUEST")
    assert [p.text for p in request.locations] == ["Jakarta"]


def test_where_a_district_s_event_lies_also_in_the_regency_the_text_names() -> None:
    text = (
        "Warga Kabupaten Ngawi resah oleh peredaran uang palsu. Polisi menangkap dua pengedar "
        "di Kecamatan Ngrambe pada 3 Juni 2025."
    )
    arrest = _event(text, "COERCE")
    assert [p.text for p in arrest.locations][:2] == ["Kecamatan Ngrambe", "Kabupaten Ngawi"]


def test_where_a_village_s_event_lies_also_in_the_district_and_regency_the_text_names() -> None:
    text = (
        "Banjir rob kembali merendam permukiman di Kecamatan Penjaringan, Jakarta Utara. Petugas "
        "menangkap dua pencuri pompa air di Kapuk Muara pada 12 Juni 2025."
    )
    arrest = _event(text, "COERCE")
    assert [p.text for p in arrest.locations][:3] == ["Kapuk Muara", "Kecamatan Penjaringan", "Jakarta Utara"]


def test_where_a_district_s_event_lies_also_in_the_regency_the_text_names_by_its_bare_name() -> None:
    # "Banyumas" is also a district of Kabupaten Banyumas: named bare, it is the regency
    text = (
        "Warga di Banyumas resah oleh maraknya pencurian ternak. Polisi menangkap dua pencuri kambing "
        "di Kecamatan Sumbang pada 3 Juni 2025."
    )
    arrest = _event(text, "COERCE")
    assert [p.text for p in arrest.locations][:2] == ["Kecamatan Sumbang", "Banyumas"]


def test_where_an_event_with_no_place_nearby_takes_the_town_the_story_was_filed_from() -> None:
    text = (
        "Oposisi Desak Perdana Menteri Mundur\n\n"
        "BANGKOK, WartaKota.com - Krisis politik di Thailand makin dalam setelah rekaman percakapan bocor.\n\n"
        "Menteri itu meminta maaf kepada publik. Ia juga mengakui kebocoran rekaman itu.\n\n"
        "Wakil ketua partai mengatakan koalisi masih utuh. Juru bicara pemerintah kemudian menolak tuduhan oposisi."
    )
    rejection = _event(text, "REJECT")
    assert [p.text for p in rejection.locations] == ["BANGKOK"]


def test_where_an_event_in_a_regency_lies_at_the_one_district_of_it_the_text_names() -> None:
    text = (
        "Dua pencuri kabel PLN ditangkap polisi di Kabupaten Serang pada 5 Juni 2025. Keduanya beraksi "
        "di Kecamatan Kragilan selama sebulan terakhir."
    )
    arrest = _event(text, "COERCE")
    assert [p.text for p in arrest.locations][:2] == ["Kabupaten Serang", "Kecamatan Kragilan"]


def test_where_an_event_in_a_regency_stays_there_when_the_text_names_two_of_its_districts() -> None:
    text = (
        "Dua pencuri kabel PLN ditangkap polisi di Kabupaten Serang pada 5 Juni 2025. Keduanya beraksi "
        "di Kecamatan Kragilan dan Kecamatan Cikande selama sebulan terakhir."
    )
    arrest = _event(text, "COERCE")
    assert [p.text for p in arrest.locations] == ["Kabupaten Serang"]


def test_where_a_town_gazetteered_only_as_a_city_holds_the_district_named_in_it() -> None:
    text = (
        "Guru Ditangkap karena Aniaya Murid di Ciputat\n\n"
        "Seorang guru ditangkap polisi di Tangerang Selatan pada Senin (2/6/2025). Ia diduga memukul "
        "muridnya di sebuah sekolah di Ciputat, Kota Tangerang Selatan."
    )
    arrest = _event(text, "COERCE")
    assert "Ciputat" in [p.text for p in arrest.locations]


def test_where_an_event_in_a_regency_lies_in_the_district_whose_police_sector_acts() -> None:
    text = "Dua pencuri motor ditangkap aparat Polsek Pallangga di Kabupaten Gowa pada 14 Juni 2025."
    arrest = _event(text, "COERCE")
    assert "Pallangga" in [p.text for p in arrest.locations]


def test_where_an_unplaced_event_takes_the_story_s_town_before_its_country() -> None:
    text = (
        "Kasus penipuan investasi kembali marak di Indonesia. Polisi membongkar kantor perusahaan itu di Medan "
        "pada 3 Juni 2025.\n\nPenyidik kemudian menetapkan direktur perusahaan itu sebagai tersangka."
    )
    suspect = _event(text, "ACCUSE")
    assert [p.text for p in suspect.locations][:1] == ["Medan"]


def test_where_a_country_after_a_place_noun_and_a_modifier_is_where_it_happened() -> None:
    text = "Pesawat tak berawak AS kembali menyerang markas gerilyawan di daerah pegunungan Yaman pada Selasa."
    event = _event(text, "ASSAULT")
    assert [p.country for p in event.locations][:1] == ["YEM"]
    assert [p.country for p in event.recipient] == ["YEM"]


def test_where_a_demonstrative_after_the_place_noun_locates_no_name() -> None:
    from peristiwa.events.clauses import located_place
    from peristiwa.spans import Place
    from peristiwa.tokens import tokenize, words

    text = "Pasukan berpatroli di kawasan itu Israel menolak berkomentar."
    start = text.index("Israel")
    place = Place("Israel", start, start + 6, country="ISR", feature="country")
    assert not located_place(place, words(tokenize(text)), after_noun=True)


def test_where_a_place_after_a_locative_comes_before_one_after_a_place_noun() -> None:
    text = (
        "Polisi Israel menangkap dua aktivis di Jenin, Tepi Barat, yang dituduh merencanakan serangan ke "
        "wilayah selatan Israel."
    )
    event = _event(text, "COERCE")
    assert [p.country for p in event.recipient] == ["PSE"]


def test_where_a_battle_named_by_its_site_was_fought_there() -> None:
    text = "Pada tahun 1813 tentara Prancis kembali ke Jerman dan kalah telak dalam Pertempuran Leipzig."
    battle = _event(text, "ASSAULT")
    assert "Leipzig" in [p.text for p in battle.locations]


def test_where_a_battle_s_site_does_not_locate_the_story_after_it() -> None:
    from peristiwa.events.clauses import located_place
    from peristiwa.spans import Place
    from peristiwa.tokens import tokenize, words

    text = "Raja itu tewas dalam Pertempuran Waterloo."
    start = text.index("Waterloo")
    place = Place("Waterloo", start, start + 8, country="BEL", feature="city")
    assert located_place(place, words(tokenize(text)), battle=True)
    assert not located_place(place, words(tokenize(text)))


def test_where_an_event_placed_by_a_foreign_country_lies_in_the_one_town_the_story_names_there() -> None:
    text = (
        "Presiden Prancis menyambut baik kerja sama pertahanan dengan Indonesia dalam kunjungan kenegaraan di "
        "Prancis pada 12 Juli 2025. Kedua presiden berbincang selama dua jam. Mereka makan siang bersama. "
        "Jamuan itu digelar di Istana Elysee, Paris."
    )
    support = _event(text, "SUPPORT")
    assert "Paris" in [p.text for p in support.locations]


def test_where_two_towns_of_the_country_leave_the_event_in_the_country() -> None:
    from peristiwa.events.within import town_abroad
    from peristiwa.spans import Place

    russia = Place("Rusia", 0, 5, country="RUS", feature="country")
    moscow = Place("Moskwa", 10, 16, country="RUS", feature="city")
    kazan = Place("Kazan", 20, 25, country="RUS", feature="city")
    assert town_abroad([russia], [russia, moscow], "IDN") == [moscow]
    assert town_abroad([russia], [russia, moscow, kazan], "IDN") == []
    assert town_abroad([russia, kazan], [russia, moscow], "IDN") == []


def test_where_a_regional_body_acts_at_the_seat_it_serves() -> None:
    text = "Bupati Klaten menolak rencana pembangunan pabrik semen di wilayahnya pada 2 Juni 2025."
    reject = _event(text, "REJECT")
    assert "Klaten" in [p.text for p in reject.locations]


def test_where_a_regional_body_acting_in_another_regency_stays_there() -> None:
    from peristiwa.events.seat import seat_of, with_seat
    from peristiwa.spans import Entity, Place

    text = "Polres Klaten menangkap dua pengedar di Surabaya."
    seat = seat_of(text, Entity(text="Polres Klaten", start=0, end=13, label="ORG"))
    assert seat is not None and (seat.text, seat.feature) == ("Klaten", "admin2")
    surabaya = Place("Surabaya", 40, 48, name="Surabaya", country="IDN", feature="city", admin2_code="35.78")
    assert with_seat([surabaya], seat, told=True) == [surabaya]
    assert with_seat([surabaya], seat, told=False) == [seat]


def test_where_a_clash_told_in_a_foreign_state_does_not_take_the_dateline_town() -> None:
    text = (
        "NEW YORK, WartaKota.com - Harga minyak mentah naik tipis pada Selasa karena stok di gudang menurun.\n\n"
        "Analis menyebut pasokan dari Nigeria bisa berkurang lagi karena bentrokan antara pemerintah dan milisi."
    )
    clash = _event(text, "ASSAULT")
    assert "NEW YORK" not in [p.text for p in clash.locations]
    assert {p.country for p in [*clash.actor, *clash.recipient]} == {"NGA"}


def test_where_an_event_naming_no_other_state_keeps_the_dateline_town() -> None:
    text = (
        "NEW YORK, WartaKota.com - Harga minyak mentah naik tipis pada Selasa karena stok di gudang menurun.\n\n"
        "Analis menyebut pasokan bisa berkurang lagi karena bentrokan antara pemerintah dan milisi."
    )
    clash = _event(text, "ASSAULT")
    assert [p.text for p in clash.locations] == ["NEW YORK"]


def test_where_a_birthplace_is_not_the_place_of_a_later_act_the_text_places_nowhere() -> None:
    text = "Ali Hasan lahir di Surabaya pada tahun 1931. Pada tahun 1970 ia ditangkap tentara."
    event = _event(text, "COERCE")
    assert "Surabaya" not in [p.text for p in event.locations]
    assert "Surabaya" not in [p.text for p in (*event.actor, *event.recipient)]


def test_where_a_place_named_in_the_story_stays_the_place_of_an_act_placed_nowhere() -> None:
    text = "Ali Hasan memimpin unjuk rasa di Surabaya pada tahun 1966. Pada tahun 1970 ia ditangkap tentara."
    event = _event(text, "COERCE")
    assert "Surabaya" in [p.text for p in event.locations]


def test_where_a_town_the_units_do_not_place_does_not_block_the_regency_named_in_the_province() -> None:
    text = (
        "Seorang pria ditangkap polisi di Riau pada Senin (2/6/2025). Ia diduga menganiaya anak tirinya "
        "di Kabupaten Bengkalis. Korban kini dirawat di sebuah rumah sakit di Siak Sri Indrapura."
    )
    arrest = _event(text, "COERCE")
    assert "Kabupaten Bengkalis" in [p.text for p in arrest.locations]
