"""Who an event is done to: recipients the text gives by a phrase around the trigger, not only
by the noun right after it. Sentences are written for these tests in general Indonesian news and
history style (not taken from the dev texts).
"""

from __future__ import annotations

import pytest
from conftest import rule_events

import peristiwa
from peristiwa.spans import Event, Party


def _events(text: str, event_type: str) -> list[Event]:
    """The rules' events (the judge off): these tests are about how parties are found."""
    return [e for e in rule_events(text) if e.event_type == event_type]


def _recipient(text: str, event_type: str) -> Party:
    events = _events(text, event_type)
    assert events, f"no {event_type} in {text!r}"
    assert events[0].recipient, f"{event_type} without recipient in {text!r}"
    return events[0].recipient[0]


@pytest.mark.parametrize(
    ("text", "country", "sector"),
    [
        ("Ledakan bom mobil di dekat pasar Kabul menewaskan dua tentara Amerika Serikat.", "USA", "MIL"),
        ("Serangan roket ke pangkalan udara itu melukai tiga kontraktor sipil Inggris.", "GBR", "CVL"),
        ("Penembakan di perbatasan menewaskan seorang nelayan Filipina pada Senin pagi.", "PHL", "AGR"),
    ],
)
def test_parties_victims_keep_the_nationality_their_casualty_phrase_names(text: str, country: str, sector: str) -> None:
    recipient = _recipient(text, "ASSAULT")
    assert (recipient.country, recipient.sector) == (country, sector)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Petugas imigrasi menangkap Mamadou Diallo, warganegara Senegal, di sebuah hotel di Denpasar.", "SEN"),
        ("Polisi menangkap Ibrahima Sow (33), warganegara Guinea, di sebuah vila di Kuta.", "GIN"),
    ],
)
def test_parties_a_named_person_arrested_keeps_the_citizenship_apposed_after_him(text: str, country: str) -> None:
    assert _recipient(text, "COERCE").country == country


def test_parties_immigration_officers_are_the_arrest_s_actor_not_the_foreigner_they_hold() -> None:
    events = _events("Petugas imigrasi menangkap Kwame Mensah, warga negara Ghana, di Medan pada Senin.", "COERCE")
    assert events and events[0].actor
    actor = events[0].actor[0]
    assert (actor.text.lower(), actor.country, actor.sector) == ("petugas imigrasi", "IDN", "GOV")
    assert events[0].recipient[0].country == "GHA"


def test_parties_victims_without_nationality_belong_where_the_attack_happened() -> None:
    recipient = _recipient("Ledakan bom di sebuah gereja di Makassar melukai sedikitnya 20 orang.", "ASSAULT")
    assert (recipient.country, recipient.sector) == ("IDN", "CVL")


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        ("Kelompok bersenjata menyerang pos penjagaan di Intan Jaya, Papua, dan menewaskan dua tentara.", "MIL"),
        ("Ledakan bom di depan markas itu di Poso melukai tiga polisi yang sedang berjaga.", "COP"),
    ],
)
def test_parties_victims_named_only_by_their_role_keep_its_sector(text: str, sector: str) -> None:
    recipient = _recipient(text, "ASSAULT")
    assert (recipient.country, recipient.sector) == ("IDN", sector)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Pada November 1945, para pemuda bertempur melawan tentara Inggris di Surabaya.", "GBR"),
        ("Ratusan gerilyawan terlibat dalam pertempuran sengit dan berperang melawan pasukan Belanda.", "NLD"),
    ],
)
def test_parties_who_is_fought_against_is_the_recipient(text: str, country: str) -> None:
    assert _recipient(text, "ASSAULT").country == country


@pytest.mark.parametrize(
    "text",
    [
        "Pemerintah daerah berperang melawan narkoba sejak 2016.",
        "Presiden menyatakan perang melawan korupsi di depan para gubernur.",
        "Tenaga kesehatan bertempur melawan pandemi selama dua tahun.",
    ],
)
def test_parties_a_war_on_drugs_or_disease_is_not_an_attack(text: str) -> None:
    assert not _events(text, "ASSAULT")


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Pasukan Israel menduduki sebagian wilayah Lebanon selatan pada Oktober.", "LBN"),
        ("Pada 1975, tentara Indonesia menguasai seluruh wilayah Timor Timur.", "TLS"),
    ],
)
def test_parties_a_seized_part_of_a_territory_is_done_to_its_country(text: str, country: str) -> None:
    assert _recipient(text, "COERCE").country == country


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Tiongkok mengerahkan ribuan tentara ke perbatasan India-Tiongkok pada Juni 2020.", "IND"),
        ("Korea Utara menumpuk pasukan di dekat perbatasan dengan Korea Selatan.", "KOR"),
    ],
)
def test_parties_troops_massed_at_a_border_are_aimed_across_it(text: str, country: str) -> None:
    events = _events(text, "MOBILIZE")
    assert events
    assert [p.country for p in events[0].recipient] == [country]


def test_parties_the_troops_a_country_sends_are_not_its_recipient() -> None:
    events = _events("Amerika Serikat mengerahkan 3.000 tentara tambahan ke Timur Tengah.", "MOBILIZE")
    assert events
    assert not events[0].recipient


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Ratusan orang berunjuk rasa di depan Kedutaan Besar Amerika Serikat di Jakarta pada Jumat.", "USA"),
        ("Massa berdemonstrasi di depan kedubes Myanmar di Kuningan, Jakarta.", "MMR"),
    ],
)
def test_parties_a_protest_at_an_embassy_targets_that_country(text: str, country: str) -> None:
    recipient = _recipient(text, "PROTEST")
    assert (recipient.country, recipient.sector) == (country, "GOV")


def test_parties_a_clash_between_groups_of_one_kind_is_done_to_that_kind() -> None:
    text = "Bentrokan antarkelompok milisi pecah di Kabupaten Maluku Tengah pada Minggu malam."
    event = _events(text, "ASSAULT")[0]
    assert event.actor and event.recipient
    assert event.recipient[0].text == event.actor[0].text
    assert event.recipient[0].country == "IDN"


def test_parties_places_joined_by_a_hyphen_are_both_found() -> None:
    doc = peristiwa.extract("Ketegangan di perbatasan India-Pakistan kembali meningkat.")
    assert {p.country for p in doc.places} == {"IND", "PAK"}


def test_parties_a_riot_is_against_whom_the_crowd_attacks() -> None:
    text = (
        "Usai laga di Stadion Gelora Bandung Lautan Api pada 17 Juni 2022, ratusan suporter berunjuk rasa "
        "di depan tribun. Massa kemudian menyerang para pemain tim tamu dan bentrok dengan aparat keamanan."
    )
    events = _events(text, "PROTEST")
    assert len(events) == 1 and "riot" in events[0].mode
    assert {(p.country, p.sector) for p in events[0].recipient} >= {("IDN", "COP")}


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "Pada abad ke-19 Belanda memperluas kekuasaannya di Jawa. Pasukan Belanda membangun benteng di "
            "Magelang. Pada 1825, Pangeran Diponegoro memimpin serangan terhadap penjajah di Yogyakarta.",
            "NLD",
        ),
        (
            "Kapal-kapal Spanyol tiba di Luzon pada 1565 dan Spanyol menguasai pelabuhan Manila. "
            "Pada 1574, bajak laut Tiongkok menyerang para pemukim di Manila.",
            "ESP",
        ),
    ],
)
def test_parties_settlers_and_colonisers_belong_to_the_colonial_power(text: str, country: str) -> None:
    events = _events(text, "ASSAULT")
    colonial = [p for e in events for p in e.recipient if p.text.split()[-1] in ("penjajah", "pemukim")]
    assert colonial and colonial[0].country == country


def test_parties_a_country_after_the_town_it_is_in_is_a_place_not_the_actor() -> None:
    text = "Satu kompi marinir Prancis, bersama dua helikopter dari Gao, Mali dikerahkan untuk menjaga bandara."
    events = _events(text, "MOBILIZE")
    assert events and [p.country for p in events[0].actor] == ["FRA"]


def test_parties_uncoded_troops_of_a_deployment_story_are_the_last_deployed_side() -> None:
    text = (
        "Pada 3 Januari 2020, Inggris mengirim 400 tentara Inggris ke Estonia. "
        "Menteri Pertahanan tidak merinci lama penempatan pasukan itu. "
        "Tentara tambahan akan dikerahkan pekan depan."
    )
    events = _events(text, "MOBILIZE")
    assert events
    assert {p.country for e in events for p in e.actor} == {"GBR"}


def test_parties_the_people_an_arrest_took_are_its_recipient() -> None:
    recipient = _recipient("Sebanyak 21 orang ditangkap oleh polisi di Manokwari pada Selasa malam.", "COERCE")
    assert (recipient.country, recipient.sector) == ("IDN", "CVL")


def test_parties_condemning_an_attack_already_told_is_aimed_at_its_attacker() -> None:
    text = (
        "Pada 12 Juni 2024, militer Israel melancarkan serangan udara ke kamp pengungsi di Rafah. "
        "Hamas kemudian menembakkan roket ke Tel Aviv. "
        "Pemerintah Malaysia, Kamis, mengecam serangan udara itu."
    )
    events = [e for e in _events(text, "ACCUSE") if e.actor and e.actor[0].country == "MYS"]
    assert events and [p.country for p in events[0].recipient] == ["ISR"]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Kelompok Houthi menembakkan dua rudal balistik ke arah Arab Saudi pada Senin.", "SAU"),
        ("Hizbullah menembakkan puluhan roket ke Israel utara pada Minggu malam.", "ISR"),
    ],
)
def test_parties_a_country_fired_at_is_the_recipient(text: str, country: str) -> None:
    assert _recipient(text, "ASSAULT").country == country


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Sebuah roket yang ditembakkan dari Jalur Gaza menghantam sebuah rumah di Sderot pada Selasa.", "PSE"),
        ("Dua mortir ditembakkan dari arah Lebanon ke sebuah desa di Israel utara pada Kamis.", "LBN"),
        ("Kota itu dihantam rudal yang diluncurkan dari Suriah pada Jumat dini hari.", "SYR"),
    ],
)
def test_parties_the_country_an_attack_is_launched_from_is_the_actor(text: str, country: str) -> None:
    events = _events(text, "ASSAULT")
    assert events and [p.country for p in events[0].actor] == [country]


def test_parties_where_the_target_of_an_attack_comes_from_is_not_the_actor() -> None:
    events = _events("Pada 1825 pasukan Belanda melancarkan serangan terhadap para pejuang dari Yogyakarta.", "ASSAULT")
    assert events and [p.country for p in events[0].actor] == ["NLD"]


def test_parties_a_figure_between_the_preposition_and_the_group_keeps_it_the_recipient() -> None:
    recipient = _recipient("Pemerintah memberikan amnesti kepada sekitar 2.000 anggota GAM pada 2005.", "CONCEDE")
    assert recipient.country == "IDN" and recipient.sector == "REB"


def test_parties_a_government_asked_for_an_explanation_is_the_recipient_not_a_place() -> None:
    recipient = _recipient("Kementerian Luar Negeri meminta penjelasan resmi dari pemerintah Belanda.", "REQUEST")
    assert recipient.country == "NLD"


def test_parties_attackers_who_died_are_the_actor_not_the_victims() -> None:
    text = (
        "Sebuah bom meledak di depan Polrestabes Medan pada 13 November 2019. Dua pelaku tewas dan enam polisi terluka."
    )
    event = _events(text, "ASSAULT")[0]
    assert event.actor and "pelaku" in event.actor[0].text
    assert all("pelaku" not in p.text for p in event.recipient)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Kapal tanker itu rusak akibat rudal yang ditembakkan kelompok Houthi di Laut Merah.", "YEM"),
        ("Lima orang ditangkap polisi di Bima karena merusak kantor bupati.", "IDN"),
    ],
)
def test_parties_the_agent_right_after_a_passive_verb_is_the_actor(text: str, country: str) -> None:
    events = [e for e in rule_events(text) if e.actor]
    assert events and events[0].actor[0].country == country


def test_parties_an_accord_signed_by_both_sides_has_each_side_as_actor_and_recipient() -> None:
    text = (
        "Pada Juli 2019 pecah bentrokan antara warga Desa Kariuw dan warga Desa Pelauw di Maluku Tengah. "
        "Pada 5 Agustus 2019, perjanjian damai ditandatangani oleh kedua belah pihak di Ambon."
    )
    support = _events(text, "SUPPORT")
    assert support and support[0].actor and support[0].recipient
    assert {p.country for p in support[0].actor} == {"IDN"}


def test_parties_a_clash_between_two_named_groups_is_not_reciprocal() -> None:
    # a clash of two crowds is PROTEST riot (D46)
    text = "Bentrokan antara pendukung Persija dan pendukung Persib pecah di Bekasi pada Minggu."
    event = _events(text, "PROTEST")[0]
    assert event.actor and event.recipient
    assert event.actor[0].start < text.index(" dan ") < event.recipient[0].start


def test_parties_nouns_joined_by_dan_do_not_end_the_clause() -> None:
    text = "Pada 2 Juli 2024, Niger menghentikan kerja sama ekonomi dan militer dengan Prancis."
    assert [p.country for p in _recipient_list(text, "SANCTION")] == ["FRA"]


def test_parties_released_prisoners_are_the_recipients_of_the_release() -> None:
    events = _events("Pada 1 Agustus 2024, puluhan tahanan politik Belarus dibebaskan dari penjara.", "RETREAT")
    # the state that freed them, unnamed, may be told by the table of implicit.yaml; never the prisoners
    assert events and events[0].recipient and all(p.implicit for p in events[0].actor)


def test_parties_two_coordinated_signatories_are_actor_and_recipient() -> None:
    text = "Menteri Pertahanan Indonesia dan Menteri Pertahanan Prancis menandatangani perjanjian pertahanan."
    event = _events(text, "SUPPORT")[0]
    assert ([p.country for p in event.actor], [p.country for p in event.recipient]) == (["IDN"], ["FRA"])


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("Menteri Luar Negeri Indonesia menggelar pertemuan bersama Menteri Luar Negeri Jepang.", "IDN", "JPN"),
        ("Kanselir Jerman mengadakan perundingan bersama Presiden Prancis di sela pertemuan puncak.", "DEU", "FRA"),
    ],
)
def test_parties_the_one_met_bersama_a_mutual_act_is_its_other_side(text: str, actor: str, recipient: str) -> None:
    # "bersama" after a meeting or talks opens the partner, as "dengan" does; it is not the act's possessor
    event = _events(text, "CONSULT")[0]
    assert ([p.country for p in event.actor], [p.country for p in event.recipient]) == ([actor], [recipient])


def _recipient_list(text: str, event_type: str) -> list[Party]:
    events = _events(text, event_type)
    assert events, f"no {event_type} in {text!r}"
    return events[0].recipient


def test_parties_an_ambush_by_a_group_named_before_its_acronym() -> None:
    text = "Tiga polisi terluka setelah patroli mereka dihadang kelompok kriminal bersenjata (KKB) di Kabupaten Puncak."
    event = _events(text, "ASSAULT")[0]
    assert event.actor and event.actor[0].sector == "REB" and event.actor[0].country == "IDN"


def test_parties_two_coordinated_subjects_both_act() -> None:
    text = "Ratusan warga Rohingya dan aktivis berunjuk rasa di depan kantor UNHCR di Medan pada Senin."
    event = _events(text, "PROTEST")[0]
    assert [p.country for p in event.actor][:1] == ["MMR"] and len(event.actor) == 2


def test_parties_the_city_of_the_dateline_is_not_the_actor() -> None:
    text = (
        "Ledakan di Pasar\n\nSurabaya, Senin (14/5/2018) – Penembakan terjadi di depan Polrestabes Surabaya pada "
        "Minggu (13/5/2018) pagi."
    )
    events = _events(text, "ASSAULT")
    # the city may only tell the country of an actor the text leaves unnamed (`implicit`)
    assert events and all(p.implicit for e in events for p in e.actor if p.text == "Surabaya")


@pytest.mark.parametrize(
    "text",
    [
        "Dua tersangka itu masih diperiksa intensif oleh penyidik, kata Dade.",
        "Menurut Victoria, kedua tersangka itu masih diperiksa oleh penyidik.",
        "Menurut Adelaide, kedua tersangka itu masih diperiksa oleh penyidik.",
    ],
)
def test_parties_a_source_named_like_a_town_does_not_place_the_story(text: str) -> None:
    events = _events(text, "ACCUSE")
    assert events and [p.country for p in events[0].actor] == ["IDN"]


def test_parties_bombers_are_armed_non_state_actors() -> None:
    text = "Bom bunuh diri meledak di depan gereja di Makassar pada 28 Maret 2021. Dua pelaku tewas di lokasi."
    event = _events(text, "ASSAULT")[0]
    assert event.actor and event.actor[0].sector == "REB"


def test_parties_both_of_them_as_the_subject_of_a_passive_are_the_last_events_recipients() -> None:
    text = (
        "Polisi Malaysia menangkap dua warga negara Indonesia di Johor. "
        "Keduanya dijerat dengan pasal penyelundupan manusia."
    )
    accuse = _events(text, "ACCUSE")
    assert accuse and [p.country for p in accuse[0].recipient] == ["IDN"]
    assert "IDN" not in {p.country for p in accuse[0].actor}


@pytest.mark.parametrize(
    "dateline",
    ["BANJARBARU, KOMPAS.com - ", "Banjarbaru (ANTARA) - ", "BANJARBARU, Tribun-Kalsel.com – "],
)
def test_the_outlet_of_a_dateline_is_never_a_party(dateline: str) -> None:
    text = (
        "Polisi Tangkap Perampok Toko Emas\n\n" + dateline + "Perampokan toko emas terjadi di Martapura pada "
        "Senin (2/6/2025). Dua pelaku ditangkap di rumah mereka keesokan harinya."
    )
    parties = [p.text for e in rule_events(text) for p in (*e.actor, *e.recipient)]
    assert not [p for p in parties if any(w in p for w in ("KOMPAS", "ANTARA", "Tribun"))], parties


@pytest.mark.parametrize(
    ("text", "event_type", "role", "country"),
    [
        # no place named: the coded parties place the story
        ("Kremlin mengecam para demonstran yang menuntut pemilu ulang.", "ACCUSE", "recipient", "RUS"),
        ("Ketua Komisi III DPR meminta polisi segera menangkap pelaku.", "REQUEST", "recipient", "IDN"),
        # neither place nor coded party: the home country of the texts
        ("Anwar menolak tuduhan itu dan balik menuduh pemerintah memainkan politik kotor.", "REJECT", "actor", "IDN"),
    ],
)
def test_parties_uncoded_in_a_text_without_places_take_the_country_of_its_coded_parties(
    text: str, event_type: str, role: str, country: str
) -> None:
    first = _events(text, event_type)[0]
    parties: list[Party] = getattr(first, role)
    assert parties and parties[0].country == country


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("Jepang dan Korea Selatan menggelar perundingan lanjutan di Seoul pekan lalu.", "JPN", "KOR"),
        (
            # held in Malaysia: the Thai side is the visitor, the actor (as in "bertemu dengan")
            "Menteri Luar Negeri Malaysia dan Menteri Luar Negeri Thailand menggelar pertemuan di Kuala Lumpur.",
            "THA",
            "MYS",
        ),
    ],
)
def test_parties_two_subjects_of_a_mutual_noun_are_one_side_each(text: str, actor: str, recipient: str) -> None:
    event = _events(text, "CONSULT")[0]
    assert [p.country for p in event.actor] == [actor]
    assert [p.country for p in event.recipient] == [recipient]


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("Ethiopia dan Eritrea pernah terlibat perang perbatasan yang menewaskan puluhan ribu orang.", "ETH", "ERI"),
        ("Pasukan Vietnam dan Tiongkok bertempur di perbatasan utara pada Februari 1979.", "VNM", "CHN"),
    ],
)
def test_parties_two_subjects_of_a_war_fought_each_other(text: str, actor: str, recipient: str) -> None:
    event = _events(text, "ASSAULT")[0]
    assert [p.country for p in event.actor] == [actor]
    assert [p.country for p in event.recipient] == [recipient]


@pytest.mark.parametrize(
    "text",
    [
        "Uni Eropa menghentikan bantuan kepada pemerintah Myanmar, yang dituduh menindas etnis Rohingya.",
        "Jepang menjalin kerja sama erat dengan pemerintah Myanmar yang dituduh menindas etnis Rohingya.",
    ],
)
def test_parties_the_head_of_a_passive_relative_clause_is_its_recipient_after_a_preposition(text: str) -> None:
    recipient = _recipient(text, "ACCUSE")
    assert recipient.country == "MMR"


def test_parties_a_noun_inside_a_relative_clause_does_not_take_the_clause_head() -> None:
    text = "Pernyataan Wali Kota Medan, yang menyebut pelaku demo adalah orang bayaran, menuai kritik."
    for event in _events(text, "PROTEST"):
        assert all(p.text != "Wali Kota Medan" for p in event.actor)


def test_parties_two_subjects_fighting_for_a_purpose_against_a_third_are_allies() -> None:
    event = _events("Tentara Amerika dan Irak bertempur sengit untuk menumpas milisi Tentara Mahdi.", "ASSAULT")[0]
    assert {p.country for p in event.actor} == {"USA", "IRQ"}


@pytest.mark.parametrize(
    ("text", "event_type", "actor", "recipient"),
    [
        ("Rusia mendapat sanksi dari Uni Eropa.", "SANCTION", "EUR", "RUS"),
        ("Pemerintah Myanmar menuai kritik dari Amerika Serikat.", "ACCUSE", "USA", "MMR"),
        ("Ukraina menerima bantuan militer dari Jerman.", "AID", "DEU", "UKR"),
        # one answers or retaliates against an act done to oneself
        ("Pemerintah Malaysia menanggapi kritik Singapura soal kabut asap.", "ACCUSE", "SGP", "MYS"),
        ("Tentara Thailand membalas tembakan pasukan Kamboja di perbatasan.", "ASSAULT", "KHM", "THA"),
    ],
)
def test_parties_the_subject_of_mendapat_menuai_menerima_undergoes_the_noun(
    text: str, event_type: str, actor: str, recipient: str
) -> None:
    event = _events(text, event_type)[0]
    assert [p.country for p in event.actor] == [actor]
    assert [p.country for p in event.recipient] == [recipient]


def test_parties_one_caught_in_a_raid_undergoes_it() -> None:
    # "terjaring razia": the subject is caught in the raid, not the one who raids
    event = _events("Tiga pejabat dinas perhubungan terjaring razia polisi di sebuah tempat hiburan.", "COERCE")[0]
    assert all("pejabat" not in p.text for p in event.actor)
    assert any("pejabat" in p.text for p in event.recipient)


def test_parties_the_object_of_kepada_or_dengan_is_not_the_actor_of_a_later_noun() -> None:
    text = (
        "Presiden Korea Selatan memberikan penghargaan kepada Menteri Luar Negeri Vietnam dalam kunjungannya ke Hanoi."
    )
    event = _events(text, "CONSULT")[0]
    assert [p.country for p in event.actor] == ["KOR"]


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("Kunjungan Perdana Menteri Jepang ke Surabaya membahas kerja sama pelabuhan.", "JPN", "IDN"),
        ("Presiden Indonesia melakukan kunjungan kenegaraan ke Kairo pada pekan lalu.", "IDN", "EGY"),
        (
            "Perdana Menteri Belanda tiba dalam kunjungannya ke sebuah pesantren tua di Jombang, Jawa Timur.",
            "NLD",
            "IDN",
        ),
    ],
)
def test_parties_a_visit_is_paid_to_the_country_of_the_place_visited(text: str, actor: str, recipient: str) -> None:
    events = _events(text, "CONSULT")
    assert events and events[0].actor and events[0].actor[0].country == actor
    assert [p.country for p in events[0].recipient] == [recipient]


def test_parties_a_visit_within_the_visitors_own_country_has_no_recipient() -> None:
    events = _events("Presiden Indonesia melakukan kunjungan kerja ke Surabaya pada Senin.", "CONSULT")
    assert all(not e.recipient for e in events)


@pytest.mark.parametrize(
    ("text", "event_type", "country"),
    [
        ("Pada tahun 1520, Raja Haakon dari Swedia menyerang benteng itu.", "ASSAULT", "SWE"),
        ("Para relawan asal Jepang menyalurkan bantuan makanan kepada pengungsi.", "AID", "JPN"),
    ],
)
def test_parties_an_uncoded_party_comes_from_the_country_named_after_dari_or_asal(
    text: str, event_type: str, country: str
) -> None:
    events = _events(text, event_type)
    assert events and events[0].actor and events[0].actor[0].country == country


def test_parties_victims_come_from_the_country_named_after_asal() -> None:
    recipient = _recipient("Seorang tentara PBB asal Nepal tewas akibat ledakan bom di Lebanon selatan.", "ASSAULT")
    assert recipient.country == "NPL"


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Enam tentara Turki tewas dalam serangan bom di pos jaga dekat perbatasan dengan Suriah.", "TUR"),
        ("Dua polisi Filipina terluka dalam penembakan di pelabuhan dekat perbatasan dengan Malaysia.", "PHL"),
    ],
)
def test_parties_victims_who_died_in_an_attack_are_its_recipient_not_its_actor(text: str, country: str) -> None:
    event = _events(text, "ASSAULT")[0]
    assert [p.country for p in event.recipient] == [country]
    assert all(p.country != country for p in event.actor)


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        (
            "Erdogan berbicara seusai pertemuan dengan Presiden Joko Widodo di Istana Dolmabahce, Istanbul, Turki.",
            "IDN",
            "TUR",
        ),
        ("Presiden Joko Widodo bertemu dengan Presiden Turki Recep Tayyip Erdogan di Ankara.", "IDN", "TUR"),
        ("Menteri Luar Negeri Retno Marsudi bertemu dengan Menteri Luar Negeri Jepang di Jakarta.", "JPN", "IDN"),
    ],
)
def test_parties_a_meeting_in_one_sides_country_is_the_other_sides_visit(text: str, actor: str, recipient: str) -> None:
    event = _events(text, "CONSULT")[0]
    assert ([p.country for p in event.actor], [p.country for p in event.recipient]) == ([actor], [recipient])


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("Presiden RI dan Kanselir Jerman meninjau pabrik kereta api di Madiun, Jawa Timur.", "DEU", "IDN"),
        ("Kanselir Jerman dan Presiden RI meninjau pabrik kereta api di Madiun, Jawa Timur.", "DEU", "IDN"),
        ("Presiden RI dan Perdana Menteri Jepang bertemu di Tokyo pada Senin.", "IDN", "JPN"),
    ],
)
def test_parties_two_subjects_meeting_in_one_sides_country_make_the_other_the_visitor(
    text: str, actor: str, recipient: str
) -> None:
    event = _events(text, "CONSULT")[0]
    assert ([p.country for p in event.actor], [p.country for p in event.recipient]) == ([actor], [recipient])


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Kudeta Chili tahun 1973 menggulingkan presiden terpilih negeri itu.", "Chili"),
        ("Dinas rahasia Amerika Serikat merancang kudeta Iran pada tahun 1953.", "Iran"),
    ],
)
def test_parties_the_state_named_after_kudeta_is_the_one_overthrown(text: str, state: str) -> None:
    event = _events(text, "COERCE")[0]
    assert state in [p.text for p in event.recipient]
    assert state not in [p.text for p in event.actor]


def test_parties_a_meeting_in_a_third_country_keeps_the_word_order() -> None:
    event = _events("Presiden Joko Widodo bertemu dengan Perdana Menteri Jepang di Jenewa, Swiss.", "CONSULT")[0]
    assert ([p.country for p in event.actor], [p.country for p in event.recipient]) == (["IDN"], ["JPN"])


@pytest.mark.parametrize(
    ("text", "event_type", "country"),
    [
        (
            "Presiden Filipina mengaku terkesan dengan kemajuan ekonomi Indonesia, kemudian meminta Malaysia "
            "membebaskan para nelayan itu.",
            "REQUEST",
            "PHL",
        ),
        (
            "Kepolisian Australia mengaku tidak tahu keberadaan buronan Indonesia itu, namun menangkap dua kurir "
            "narkoba di Darwin.",
            "COERCE",
            "AUS",
        ),
        ("Otoritas Singapura membantu pemerintah Indonesia dengan menangkap seorang buronan.", "COERCE", "SGP"),
    ],
)
def test_parties_a_coordinated_verb_shares_the_subject_not_the_object_of_the_first(
    text: str, event_type: str, country: str
) -> None:
    events = _events(text, event_type)
    assert events and [p.country for p in events[0].actor] == [country]


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Dalam kunjungan Presiden ke Iran, kedua negara menandatangani tiga nota kesepahaman.", "CONSULT"),
        ("Pada Rabu, Menhan bertemu dengan Menteri Pertahanan Australia di Canberra.", "CONSULT"),
    ],
)
def test_parties_an_office_named_alone_and_capitalised_is_the_home_states(text: str, event_type: str) -> None:
    events = _events(text, event_type)
    assert events and [p.country for p in events[0].actor] == ["IDN"]


def test_parties_a_foreign_office_named_with_its_country_keeps_it() -> None:
    events = _events("Dalam kunjungan Presiden Iran ke Malaysia, kedua negara membahas perdagangan.", "CONSULT")
    assert events and [p.country for p in events[0].actor] == ["IRN"]


def test_parties_a_coordinated_clause_with_its_own_subject_keeps_it() -> None:
    text = "Tentara Israel memblokade kota itu, namun Hamas menembakkan roket ke Tel Aviv."
    events = _events(text, "ASSAULT")
    assert events and [p.country for p in events[0].actor] == ["PSE"]


def test_parties_a_fronted_clause_without_subject_shares_the_main_clause_subject() -> None:
    text = "Setelah bertemu dengan Presiden Joko Widodo, Senin (2/6), Gubernur Jawa Tengah menyatakan siap membantu."
    (meeting,) = _events(text, "CONSULT")
    assert [p.text for p in meeting.actor] == ["Gubernur Jawa Tengah"]
    assert [p.text for p in meeting.recipient] == ["Presiden Joko Widodo"]


def test_parties_a_fronted_clause_with_its_own_subject_keeps_it() -> None:
    text = "Setelah Polri menangkap dua tersangka, Senin (2/6), Gubernur Jawa Tengah menyatakan lega."
    (arrest,) = _events(text, "COERCE")
    assert [p.text for p in arrest.actor] == ["Polri"]


def test_parties_a_meeting_abroad_with_no_subject_is_the_visit_of_the_side_met_there() -> None:
    text = (
        "Kanselir Jerman Olaf Scholz memuji kerja sama kedua negara. "
        "Hal itu ia katakan seusai pertemuan dengan Presiden Joko Widodo di Berlin, Jerman, Senin (17/4/2023)."
    )
    events = [e for e in _events(text, "CONSULT") if e.trigger.text == "pertemuan"]
    assert events
    assert [p.country for p in events[0].actor] == ["IDN"]
    assert [p.country for p in events[0].recipient] == ["DEU"]


def test_parties_a_person_keeps_the_country_told_at_an_earlier_mention() -> None:
    text = (
        "Raja Eirik Magnusson dari Swedia memimpin pasukannya ke utara. "
        "Pada musim dingin, Eirik Magnusson menyerang benteng Bergen di Norwegia."
    )
    events = [e for e in _events(text, "ASSAULT") if e.trigger.text == "menyerang"]
    assert events and events[0].actor
    assert events[0].actor[0].country == "SWE"


def test_parties_a_request_is_made_of_the_subject_of_its_agar_clause() -> None:
    text = "Muncul desakan dari serikat nelayan agar pemerintah segera memperbaiki dermaga di Tegal."
    recipient = _recipient(text, "REQUEST")
    assert recipient.text == "pemerintah"


def test_parties_a_country_on_the_receiving_end_of_coercion_is_its_government() -> None:
    recipient = _recipient("Rusia memblokade Ukraina di Laut Hitam sejak pekan lalu.", "COERCE")
    assert (recipient.country, recipient.sector) == ("UKR", "GOV")


@pytest.mark.parametrize(
    ("text", "event_type", "role", "countries"),
    [
        (
            "Pemerintah Tiongkok mengecam Jepang, Filipina, dan Australia atas latihan militer bersama itu.",
            "ACCUSE",
            "recipient",
            {"JPN", "PHL", "AUS"},
        ),
        (
            "Perdana Menteri Inggris bertemu dengan para pemimpin Mesir dan Yordania di Kairo.",
            "CONSULT",
            "recipient",
            {"EGY", "JOR"},
        ),
        ("Ancaman oleh Swedia dan Polandia tidak menghentikan raja itu.", "THREATEN", "actor", {"SWE", "POL"}),
        # a territory the NER leaves a place is listed with the states all the same
        (
            "Menteri Luar Negeri Jepang memulai kunjungan ke Mesir, Tepi Barat, dan Yordania pekan ini.",
            "CONSULT",
            "recipient",
            {"EGY", "PSE", "JOR"},
        ),
        # the party nearest a passive verb may be the last of its list
        (
            "Tujuh nelayan asal Vietnam dan Thailand ditangkap petugas patroli laut di perairan Natuna.",
            "COERCE",
            "recipient",
            {"VNM", "THA"},
        ),
    ],
)
def test_parties_each_party_of_a_list_shares_the_role(
    text: str, event_type: str, role: str, countries: set[str]
) -> None:
    events = _events(text, event_type)
    assert events, f"no {event_type} in {text!r}"
    assert {p.country for p in getattr(events[0], role)} >= countries


def test_parties_a_comma_after_the_list_ends_it() -> None:
    # "Rusia" after the comma opens the main clause; it is no target of the attacks
    events = _events("Setelah serangan terhadap Kyiv dan Lviv, Rusia mengecam Polandia.", "ACCUSE")
    assert events and {p.country for p in events[0].recipient} == {"POL"}


def test_parties_two_subjects_of_a_mutual_base_word_are_its_two_sides() -> None:
    events = _events("Pemerintah Vietnam dan Organisasi Kesehatan Dunia sepakat memperluas program vaksinasi.", "AGREE")
    assert events
    assert [p.country for p in events[0].actor] == ["VNM"]
    assert {p.country for p in events[0].recipient} == {"UNO"}


@pytest.mark.parametrize(
    "text",
    [
        "Direksi perusahaan itu siap bekerja sama dengan aparat penegak hukum di Surabaya.",
        "Ketua DPRD Kota Medan meminta APH untuk mengusut tuntas kasus itu.",
    ],
)
def test_parties_law_enforcement_named_as_a_whole_is_a_party(text: str) -> None:
    events = [e for e in rule_events(text) if e.event_type in ("AGREE", "COOPERATE", "REQUEST")]
    assert events and any(p.sector == "JUD" for p in events[0].recipient)


def test_parties_both_countries_agreeing_act_together_though_a_beneficiary_follows() -> None:
    text = (
        "Pemerintah Korea Selatan melarang Indonesia menjual pesawat itu ke negara lain. "
        "Kedua negara bersepakat akan membangun 50 pesawat tempur untuk Indonesia."
    )
    agree = _events(text, "AGREE")
    assert agree and {p.country for p in agree[0].actor} == {"KOR", "IDN"}
    assert "IDN" in {p.country for p in agree[0].recipient}


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("Filipina dan Vietnam juga sedang berunding mengenai pedoman perilaku ASEAN di perairan itu.", ("PHL", "VNM")),
        ("Pemerintah Jepang dan Amerika Serikat masih berunding soal tarif baja Tiongkok.", ("JPN", "USA")),
    ],
)
def test_parties_two_subjects_negotiating_are_the_sides_not_a_party_named_in_the_topic(
    text: str, sides: tuple[str, str]
) -> None:
    event = _events(text, "CONSULT")[0]
    assert ([p.country for p in event.actor], [p.country for p in event.recipient]) == ([sides[0]], [sides[1]])


def test_parties_a_side_met_after_dengan_stays_the_recipient_of_two_subjects() -> None:
    text = "Indonesia dan Malaysia menandatangani nota kesepahaman dengan Singapura pada Senin."
    event = _events(text, "SUPPORT")[0]
    assert [p.country for p in event.recipient] == ["SGP"]


def test_parties_a_bomber_called_only_the_perpetrator_is_an_armed_group() -> None:
    text = "Pelaku meledakkan bom bunuh diri di depan gereja di Makassar."
    event = _events(text, "ASSAULT")[0]
    assert event.actor and event.actor[0].sector == "REB"


def test_parties_a_state_that_arrests_acts_as_its_government() -> None:
    text = "Iran menangkap dua wartawan asing di Teheran."
    event = _events(text, "COERCE")[0]
    assert event.actor and event.actor[0].country == "IRN" and event.actor[0].sector == "GOV"


@pytest.mark.parametrize(
    ("text", "event_type", "country"),
    [
        ("Pada 1453 tentara Utsmaniyah mengepung Konstantinopel selama tujuh minggu.", "COERCE", "TUR"),
        ("Pasukan Kesultanan Utsmaniyah menyerbu benteng itu pada musim semi 1522.", "ASSAULT", "TUR"),
        ("Menteri Luar Negeri Afgan mengunjungi Tokyo pekan lalu.", "CONSULT", "AFG"),
    ],
)
def test_parties_older_and_short_names_of_a_state_give_its_country(text: str, event_type: str, country: str) -> None:
    events = _events(text, event_type)
    assert events and events[0].actor and events[0].actor[0].country == country


def test_parties_a_ruler_from_a_state_the_gazetteer_lacks_takes_its_country() -> None:
    events = _events("Sultan Selim I dari Utsmaniyah menaklukkan Mesir pada 1517.", "COERCE")
    assert events and events[0].actor and events[0].actor[0].country == "TUR"


def test_parties_villagers_of_a_village_abroad_belong_to_its_country() -> None:
    text = "Pemerintah menjanjikan bantuan kepada penduduk desa Kandersteg, Swiss, yang rumahnya tertimbun longsor."
    events = _events(text, "AGREE")
    assert events and events[0].recipient and events[0].recipient[0].country == "CHE"


@pytest.mark.parametrize(
    ("text", "event_type", "actor", "recipient"),
    [
        (
            "Blokade Israel di Jalur Gaza sudah berlangsung sejak 2007 dan membuat warga kekurangan obat.",
            "COERCE",
            "ISR",
            "PSE",
        ),
        (
            "Serangan udara Amerika Serikat di Suriah pada Minggu menewaskan sedikitnya dua belas orang.",
            "ASSAULT",
            "USA",
            "SYR",
        ),
        # a part of the place between the preposition and its name
        ("Serangan udara Turki di utara Irak pekan lalu menghantam kamp-kamp gerilyawan.", "ASSAULT", "TUR", "IRQ"),
        ("Serangan roket Israel di wilayah selatan Lebanon melukai empat warga.", "ASSAULT", "ISR", "LBN"),
    ],
)
def test_parties_a_place_after_the_possessor_of_an_attack_is_its_target(
    text: str, event_type: str, actor: str, recipient: str
) -> None:
    event = _events(text, event_type)[0]
    assert [p.country for p in event.actor][:1] == [actor]
    assert [p.country for p in event.recipient][:1] == [recipient]


def test_parties_the_possessor_of_a_killing_stays_its_victim_before_a_place() -> None:
    recipient = _recipient("Pembunuhan warga Israel di Tepi Barat memicu kemarahan di Yerusalem.", "ASSAULT")
    assert recipient.country == "ISR"


@pytest.mark.parametrize(
    ("text", "event_type", "victims"),
    [
        ("Polisi Diraja Malaysia menangkap lima orang di Kuala Lumpur pada Senin.", "COERCE", "lima orang"),
        ("Dua belas orang ditahan setelah bentrokan di Makassar.", "COERCE", "Dua belas orang"),
        ("Aparat melakukan penangkapan atas Budi Santoso di Surabaya.", "COERCE", "Budi Santoso"),
    ],
)
def test_parties_victims_from_a_casualty_phrase_leave_out_the_trigger(text: str, event_type: str, victims: str) -> None:
    event = _events(text, event_type)[0]
    recipient = event.recipient[0]
    assert recipient.text == victims == text[recipient.start : recipient.end]
    assert not (event.trigger.start < recipient.end and recipient.start < event.trigger.end)


@pytest.mark.parametrize(
    ("text", "ousted"),
    [
        (
            "Thailand bergolak sejak Perdana Menteri Somsak Prasert dilengserkan dalam kudeta militer pada 2014.",
            "Perdana Menteri Somsak Prasert",
        ),
        ("Presiden Ali Bongo digulingkan melalui kudeta militer di Gabon pada Agustus 2023.", "Presiden Ali Bongo"),
    ],
)
def test_parties_a_military_coup_is_by_the_army_against_the_one_it_ousts(text: str, ousted: str) -> None:
    event = _events(text, "COERCE")[0]
    assert [(p.text, p.sector) for p in event.actor] == [("militer", "MIL")]
    assert (event.recipient[0].text, event.recipient[0].sector) == (ousted, "GOV")
    assert event.actor[0].country == event.recipient[0].country


def test_parties_a_general_taking_power_through_a_coup_stays_its_actor() -> None:
    event = _events("Jenderal Musharraf mengambil alih kekuasaan melalui kudeta militer pada 1999.", "COERCE")[0]
    assert event.actor[0].text == "Jenderal Musharraf"


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        (
            "Kejaksaan Agung menetapkan direktur perusahaan tambang itu sebagai tersangka korupsi. "
            "Penyidik menyita uang tunai Rp 2 miliar dari rumahnya di Jakarta Selatan.",
            "JUD",
        ),
        (
            "Polda Jawa Timur membongkar jaringan pengedar narkoba di Surabaya. "
            "Penyidik menyita 3 kilogram sabu dari rumah seorang pelaku.",
            "COP",
        ),
    ],
)
def test_parties_a_bare_investigator_is_of_the_investigating_body_named_before(text: str, sector: str) -> None:
    events = [e for e in _events(text, "COERCE") if e.actor and e.actor[0].text == "Penyidik"]
    assert events, f"no seizure by the investigators in {text!r}"
    assert events[0].actor[0].sector == sector


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Polisi menangkap Moussa Jallow, warga negara Senegal, di sebuah apartemen di Jakarta Utara.", "SEN"),
        ("Petugas imigrasi menahan Lee Min-jun (34), warganegara Korea Selatan, di Bandara Soekarno-Hatta.", "KOR"),
        ("Polisi menangkap Thomas Becker, berkebangsaan Jerman, di sebuah vila di Canggu, Bali.", "DEU"),
        ("Polisi menangkap Budi Santoso, warga Depok, di rumahnya pada Senin malam.", "IDN"),
    ],
)
def test_parties_a_citizenship_in_apposition_gives_the_persons_country(text: str, country: str) -> None:
    event = _events(text, "COERCE")[0]
    assert event.recipient[0].country == country


@pytest.mark.parametrize(
    "text",
    [
        "Polisi Malaysia menangkap tiga WNI di sebuah pelabuhan di Johor Bahru pada Senin.",
        "Aparat imigrasi Malaysia menahan 20 TKI tanpa dokumen di Sabah.",
    ],
)
def test_parties_a_role_noun_naming_its_people_keeps_their_country_abroad(text: str) -> None:
    # "WNI" (Indonesian citizens) and "TKI" (Indonesian workers) say their country: they are not
    # of the state where they are arrested
    assert _recipient(text, "COERCE").country == "IDN"


def test_parties_an_uncoded_party_takes_a_carried_place_no_more_than_the_documents_country() -> None:
    # the protest's sentence names no place: the villagers of a story set in Cianjur are Indonesian,
    # not of the country where the last event (the arrest in Johor) happened
    text = (
        "Warga Desa Sukamaju di Kabupaten Cianjur, Jawa Barat, resah. Seorang warga desa itu ditangkap "
        "polisi di Johor, Malaysia, pekan lalu. Ratusan warga kemudian berunjuk rasa menuntut pembebasannya."
    )
    protest = _events(text, "PROTEST")
    assert protest and [p.country for p in protest[0].actor] == ["IDN"]


def test_parties_residents_named_by_their_place_are_of_its_country() -> None:
    # "warga Desa Sukamaju" are villagers of an Indonesian village, though they are held in Malaysia
    text = "Polisi Malaysia menahan belasan warga Desa Sukamaju, Cianjur, dalam razia di Johor Bahru."
    assert _recipient(text, "COERCE").country == "IDN"


@pytest.mark.parametrize(
    ("text", "event_type", "country"),
    [
        (
            "Menteri Luar Negeri tiba di Jakarta pada Senin. Polisi Karachi menuduh dua warga asing "
            "merencanakan serangan.",
            "ACCUSE",
            "PAK",
        ),
        (
            "Delegasi itu bertemu di Jakarta, Selasa. Para pemberontak Darfur menolak tawaran gencatan senjata.",
            "REJECT",
            "SDN",
        ),
    ],
)
def test_parties_a_role_noun_before_a_foreign_town_is_of_its_country(text: str, event_type: str, country: str) -> None:
    # "polisi Karachi", "pemberontak Darfur": the town or region right after a role noun with no
    # country of its own tells whose it is, in a story told from elsewhere
    events = _events(text, event_type)
    assert events and [p.country for p in events[0].actor] == [country]


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        (
            "Rupiah melemah ke 16.400 per dolar Amerika Serikat (AS) saat ribuan buruh berunjuk rasa "
            "menolak kenaikan harga BBM.",
            "PROTEST",
        ),
        ("Nilai ekspor itu mencapai 5 miliar dolar AS. Polisi menangkap tiga pengunjuk rasa kemarin.", "COERCE"),
    ],
)
def test_parties_a_state_naming_a_currency_is_no_party_and_no_place(text: str, event_type: str) -> None:
    # "per dolar AS" names the currency: the story does not happen in the United States, and the
    # state is no party of it
    events = _events(text, event_type)
    assert events
    parties = [*events[0].actor, *events[0].recipient]
    assert parties and all(p.country != "USA" for p in parties)


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Kontrak senilai dua miliar dolar AS itu ditandatangani pekan lalu di Jakarta.", "SUPPORT"),
        (
            "Dalam pertemuan itu dibahas rencana investasi senilai 3 miliar yen Jepang untuk sebuah pelabuhan.",
            "CONSULT",
        ),
    ],
)
def test_parties_the_learned_filler_takes_no_state_naming_a_currency(text: str, event_type: str) -> None:
    # the rules leave the roles empty; the learned filler must not fill them with the currency's state
    events = [e for e in peristiwa.extract(text).events if e.event_type == event_type]
    assert events
    assert all(p.country not in ("USA", "JPN") for e in events for p in [*e.actor, *e.recipient])


@pytest.mark.parametrize(
    ("text", "event_type", "actor", "sector"),
    [
        (
            '"Kami menyerang lokasi baru mereka semalam," ujar Kolonel Gerry Hara.',
            "ASSAULT",
            "Kolonel Gerry Hara",
            "MIL",
        ),
        (
            '"Kami juga menolak Bantuan Langsung Tunai karena tidak sebanding," kata Ketua Serikat Buruh Budi Santoso.',
            "REJECT",
            "Ketua Serikat Buruh Budi Santoso",
            "LAB",
        ),
    ],
)
def test_parties_a_first_person_act_in_a_quotation_is_done_by_its_speaker(
    text: str, event_type: str, actor: str, sector: str
) -> None:
    # "kami" in a quotation is the speaker's own side: the source the sentence names acts
    events = _events(text, event_type)
    assert events and [(p.text, p.sector) for p in events[0].actor] == [(actor, sector)]


def test_parties_fighters_named_by_their_land_are_of_its_country() -> None:
    # "prajurit Aceh" are fighters of Aceh, an Indonesian land, not of the British post they attack
    text = "Pada tahun 1790, tiga ratus prajurit Aceh menyerbu kedudukan Inggris di pantai barat Sumatra."
    events = _events(text, "ASSAULT")
    assert events and [p.country for p in events[0].actor] == ["IDN"]


def test_parties_a_critical_phrase_has_its_subject_as_actor_and_the_one_after_its_preposition_as_recipient() -> None:
    # "kritis terhadap X": the phrase's own preposition opens the recipient, as after a verb
    events = _events("Pemerintah Vietnam selama ini sangat kritis terhadap kebijakan militer Beijing.", "ACCUSE")
    assert events
    assert [p.country for p in events[0].actor] == ["VNM"]
    assert [p.country for p in events[0].recipient] == ["CHN"]


def test_parties_a_place_after_atas_or_terhadap_is_the_state_an_attack_nominal_is_made_on() -> None:
    # no party is named after "atas": the city attacked stands for its state, not the place the
    # sentence's own clause is set in
    text = "Ketegangan di Teheran meningkat setelah serangan atas Karachi pekan lalu."
    assert _recipient(text, "ASSAULT").country == "PAK"


def test_parties_a_purpose_clause_after_a_nominal_keeps_its_own_agent() -> None:
    # "oleh Uni Eropa" belongs to "penyerahan", inside the purpose clause, not to the visit
    text = (
        "Menteri Luar Negeri melakukan kunjungan dua hari di Brussel untuk menghadiri penyerahan "
        "penghargaan oleh Uni Eropa kepada mantan Presiden Kenya."
    )
    events = _events(text, "CONSULT")
    assert events
    assert all(p.country != "EUR" for p in events[0].actor)


@pytest.mark.parametrize(
    ("text", "event_type", "actor", "recipient"),
    [
        (
            "Sanksi yang dijatuhkan Amerika Serikat terhadap Venezuela mulai berlaku bulan depan.",
            "SANCTION",
            "USA",
            "VEN",
        ),
        (
            "Serangan yang dilakukan oleh pasukan Ukraina itu merusak sebuah kilang di dekat Belgorod.",
            "ASSAULT",
            "UKR",
            None,
        ),
    ],
)
def test_parties_the_agent_of_a_passive_yang_clause_after_a_nominal_is_its_actor(
    text: str, event_type: str, actor: str, recipient: str | None
) -> None:
    events = _events(text, event_type)
    assert events
    assert [p.country for p in events[0].actor] == [actor]
    if recipient is not None:
        assert [p.country for p in events[0].recipient] == [recipient]


def test_parties_the_agent_of_a_passive_undergoer_verb_in_a_yang_clause_is_not_the_nominals_actor() -> None:
    # "tuduhan yang dibantah Kamboja": Cambodia denies it, it does not accuse
    events = _events("Thailand mengulangi tuduhan, sebuah tuduhan yang dibantah Kamboja, pada Senin.", "ACCUSE")
    assert all(p.country != "KHM" for e in events for p in e.actor)


@pytest.mark.parametrize(
    ("text", "actor", "forum"),
    [
        ("Kanselir Jerman yang hadir di pertemuan ASEM menyerukan reformasi keuangan dunia.", "DEU", "IGO"),
        ("Presiden Filipina menghadiri KTT ASEAN di Kuala Lumpur pada Minggu.", "PHL", "IGO"),
    ],
)
def test_parties_a_meeting_named_after_an_organisation_of_states_is_held_with_it(
    text: str, actor: str, forum: str
) -> None:
    """ "pertemuan ASEM": the organisation is the forum met, the one attending the actor."""
    event = _events(text, "CONSULT")[0]
    assert ([p.country for p in event.actor], [p.country for p in event.recipient]) == ([actor], [forum])


def test_parties_an_oleh_agent_past_a_purpose_clause_is_not_the_agent_of_the_nominal() -> None:
    text = "Wapres melakukan kunjungan dua hari di Oslo untuk menghadiri penyerahan hadiah oleh UNESCO."
    event = _events(text, "CONSULT")[0]
    assert "IDN" in [p.country for p in event.actor]
    assert "UNO" not in [p.country for p in event.actor]


def test_parties_the_agent_of_a_nominals_own_predicate_is_not_its_actor() -> None:
    event = _events("Ancaman bom itu ditangani dengan serius oleh Kedutaan Besar Australia.", "THREATEN")[0]
    assert all(p.text != "Kedutaan Besar Australia" for p in event.actor)


@pytest.mark.parametrize(
    "text",
    [
        "Serangan yang dilakukan oleh milisi Hizbullah itu melukai dua warga.",
        "Serangan kedua dilancarkan oleh milisi Hizbullah pada malam harinya.",
    ],
)
def test_parties_an_oleh_agent_after_a_passive_predicate_of_the_nominal_is_its_agent(text: str) -> None:
    event = _events(text, "ASSAULT")[0]
    assert [p.country for p in event.actor] == ["LBN"]


def test_parties_the_sides_of_antara_after_the_nouns_own_words() -> None:
    text = (
        "Presiden menyaksikan penandatanganan nota kesepahaman (MoU) antara Kementerian Pertahanan "
        "Indonesia dan Kementerian Pertahanan Turki di Jakarta, Rabu (11/6/2025)."
    )
    event = _events(text, "SUPPORT")[0]
    assert [p.country for p in event.actor] == ["IDN"]
    assert [p.country for p in event.recipient] == ["TUR"]


def test_parties_antara_after_a_long_object_and_turkiye_spelled_without_umlaut() -> None:
    # "Turkiye" is the spelling the Indonesian press uses for Turkey since 2022
    text = (
        "Menteri menyaksikan penandatanganan nota kesepahaman atau memorandum of understanding (MoU) "
        "antara Kementerian Pertahanan RI dan Sekretariat Industri Pertahanan Republik Turkiye di Jakarta."
    )
    event = _events(text, "SUPPORT")[0]
    assert [p.country for p in event.recipient] == ["TUR"]


def test_parties_antara_lain_opens_no_sides() -> None:
    # "antara lain" lists examples ("among others"): the two named after it are not the sides
    text = "Pertemuan itu dihadiri antara lain Menteri Luar Negeri Jepang dan Menteri Luar Negeri Vietnam."
    for event in _events(text, "CONSULT"):
        pair = ([p.country for p in event.actor], [p.country for p in event.recipient])
        assert pair != (["JPN"], ["VNM"])


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "Pemerintah Filipina menuduh Beijing melanggar wilayah lautnya. "
            "China membantah tuduhan tersebut pada Selasa.",
            "PHL",
        ),
        (
            "Para pejabat Afghanistan menuduh dinas intelijen Pakistan terlibat dalam serangan itu. "
            "Namun tuduhan yang dibantah Pakistan itu belum disertai bukti.",
            "AFG",
        ),
    ],
)
def test_parties_a_denied_accusation_answers_its_accuser(text: str, country: str) -> None:
    (denial,) = _events(text, "REJECT")
    assert [p.country for p in denial.recipient] == [country]


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        (
            "Senat bersidang di Washington pada Senin. Pemerintah Amerika Serikat menolak Persetujuan Jenewa "
            "yang ditandatangani pada 1954 itu.",
            "REJECT",
        ),
        (
            "Rapat kabinet digelar di Jakarta, Selasa. Menteri Perdagangan menyatakan Indonesia mendukung "
            "putaran Doha dalam forum tersebut.",
            "SUPPORT",
        ),
    ],
)
def test_parties_a_city_naming_an_agreement_or_talks_is_no_party(text: str, event_type: str) -> None:
    # "Persetujuan Jenewa", "putaran Doha": the city names the document or the talks, not a side
    # nor where the act took place (the place of the story before it is)
    event = _events(text, event_type)[0]
    assert "CHE" not in [p.country for p in event.recipient]
    assert "QAT" not in [p.country for p in event.recipient]
    assert all(p.text not in ("Jenewa", "Doha") for p in event.locations)


@pytest.mark.parametrize(
    "text",
    [
        "Menteri Lingkungan Hidup menandatangani Protokol Kyoto pada tahun 1998.",
        "Sejak disepakatinya Protokol Kyoto, negara-negara industri sepakat menekan emisi gas rumah kaca.",
    ],
)
def test_parties_a_protocol_named_by_its_city_is_no_party(text: str) -> None:
    # "Protokol Kyoto" names the document: neither Japan nor the protocol itself is a side
    for event in rule_events(text):
        for p in [*event.actor, *event.recipient]:
            assert p.country != "JPN" and "Protokol" not in p.text, (event.event_type, p)


def test_parties_two_capitals_joined_after_talks_stay_sides() -> None:
    # "perundingan Washington dan Teheran": capitals standing for two governments, not a place name
    event = _events("Perundingan Washington dan Teheran kembali digelar pada pekan ini.", "CONSULT")[0]
    assert {"USA", "IRN"} <= {p.country for p in [*event.actor, *event.recipient]}


@pytest.mark.parametrize(
    ("text", "event_type", "actor", "recipient"),
    [
        ("Bentrokan perbatasan Thailand-Kamboja kembali menewaskan tiga tentara pada Kamis.", "ASSAULT", "THA", "KHM"),
        ("Perundingan dagang AS-China dilanjutkan di London pada pekan lalu.", "CONSULT", "USA", "CHN"),
    ],
)
def test_parties_a_hyphenated_pair_of_states_after_the_noun_names_its_sides(
    text: str, event_type: str, actor: str, recipient: str
) -> None:
    event = _events(text, event_type)[0]
    assert [p.country for p in event.actor] == [actor]
    assert [p.country for p in event.recipient] == [recipient]


def test_parties_a_hyphenated_pair_acting_on_a_third_is_a_joint_actor() -> None:
    event = _events("Serangan udara AS-Inggris terhadap kelompok Houthi berlanjut pada Sabtu malam.", "ASSAULT")[0]
    assert sorted(p.country for p in event.actor) == ["GBR", "USA"]
    assert [p.country for p in event.recipient] == ["YEM"]


@pytest.mark.parametrize(
    ("text", "guest", "host"),
    [
        ("Perdana Menteri Jepang diterima oleh Presiden di Istana Merdeka, Jakarta, pada Senin siang.", "JPN", "IDN"),
        ("Wakil Presiden Indonesia diterima langsung Presiden Korea Selatan di Seoul, Selasa.", "IDN", "KOR"),
    ],
)
def test_parties_a_received_visitor_is_the_actor_of_the_visit(text: str, guest: str, host: str) -> None:
    # "X diterima oleh Y": X visits and acts, the host Y receives (D18)
    event = _events(text, "CONSULT")[0]
    assert [p.country for p in event.actor] == [guest]
    assert [p.country for p in event.recipient] == [host]


def test_parties_a_tie_of_places_goes_to_the_home_country() -> None:
    # Germany and Indonesia are each named once, as bare country names: the story is placed no more
    # abroad than at home, so the bare "Pemerintah" asked to act is the home government
    text = "Pemerintah diminta segera menagih Pemerintah Jerman mengembalikan uang yang telah dibayarkan Indonesia."
    events = _events(text, "REQUEST")
    assert events
    named = {p.text: p.country for e in events for p in [*e.actor, *e.recipient]}
    assert named.get("Pemerintah") == "IDN"
    assert named.get("Pemerintah Jerman") == "DEU"


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        ("Presiden Korea Selatan dan Presiden RI meninjau pabrik pesawat tempur di Bandung.", {"KOR", "IDN"}),
        (
            "Perdana Menteri India bersama Presiden Brasil berkeliling pusat riset pertanian di Brasilia.",
            {"IND", "BRA"},
        ),
    ],
)
def test_parties_leaders_of_two_states_touring_together_is_a_visit(text: str, countries: set[str]) -> None:
    events = _events(text, "CONSULT")
    assert events and "visit" in events[0].mode
    assert {p.country for p in [*events[0].actor, *events[0].recipient]} == countries


@pytest.mark.parametrize(
    "text",
    [
        "Presiden meninjau lokasi banjir di Bekasi bersama Gubernur Jawa Barat pada Kamis.",
        "Menteri Pertanian mengecek stok beras di gudang Bulog Kelapa Gading.",
        "Perdana menteri itu berkeliling pasar tradisional di kota kelahirannya.",
    ],
)
def test_parties_a_leader_touring_a_place_at_home_is_no_visit(text: str) -> None:
    assert not _events(text, "CONSULT")


def test_parties_a_party_inside_a_relative_clause_set_off_by_commas_is_not_the_verbs_subject() -> None:
    text = "Kelompok Hamas, yang didukung oleh Iran, menembakkan roket ke kota Sderot pada Senin."
    event = _events(text, "ASSAULT")[0]
    assert [p.country for p in event.actor] == ["PSE"]
    text = "Presiden Prabowo, yang didampingi Menteri Luar Negeri Sugiono, mengunjungi Beijing pada Senin."
    event = _events(text, "CONSULT")[0]
    assert [p.text for p in event.actor] == ["Presiden Prabowo"]


def test_parties_a_relative_clause_without_its_closing_comma_before_the_verb_leaves_the_subject_alone() -> None:
    text = "Kelompok Hamas, yang didukung oleh Iran, mengatakan bahwa Israel menembaki kota Gaza."
    event = _events(text, "ASSAULT")[0]
    assert [p.country for p in event.actor] == ["ISR"]


def test_parties_the_condemner_is_not_the_actor_of_the_attack_named_by_a_noun_phrase() -> None:
    text = "Menteri Luar Negeri Malaysia mengecam serangan udara di Jalur Gaza pada Senin."
    attack = _events(text, "ASSAULT")[0]
    assert all(p.country != "MYS" for p in attack.actor)
    text = "Presiden Prancis menyampaikan kritik tajam terhadap operasi militer Israel di Jalur Gaza."
    attack = _events(text, "ASSAULT")[0]
    assert [p.country for p in attack.actor] == ["ISR"]


@pytest.mark.parametrize(
    ("text", "outside"),
    [
        ("Selama perang melawan Belanda, ia ditangkap dan dipenjara di Boven Digoel.", "Belanda"),
        ("Semasa pemerintahan Soeharto, ia dipenjarakan tanpa pengadilan.", "Soeharto"),
    ],
)
def test_parties_a_fronted_time_adjunct_names_no_victim_of_the_passive_after_it(text: str, outside: str) -> None:
    events = _events(text, "COERCE")
    assert events, f"no COERCE in {text!r}"
    assert all(p.text != outside for p in events[0].recipient)


@pytest.mark.parametrize(
    ("text", "role", "country"),
    [
        ("Presiden George W. Bush mendesak DPR agar segera menyetujui paket bantuan itu.", "recipient", "USA"),
        ("Beberapa politisi Partai Demokrat meminta Presiden Bush membatalkan rencana itu.", "actor", "USA"),
        ("Presiden Joko Widodo mendesak DPR agar segera mengesahkan undang-undang itu.", "recipient", "IDN"),
    ],
)
def test_parties_a_home_body_by_a_shared_name_takes_the_state_its_sentence_is_about(
    text: str, role: str, country: str
) -> None:
    events = _events(text, "REQUEST")
    assert events, f"no REQUEST in {text!r}"
    shared = [p for p in getattr(events[0], role) if p.text in ("DPR", "Partai Demokrat")]
    assert shared and shared[0].country == country


@pytest.mark.parametrize(
    ("text", "event_type", "actor", "recipient"),
    [
        ("Brasil tidak mengakui kemerdekaan Kosovo.", "REJECT", "BRA", "XKX"),
        ("Pemerintah Spanyol tidak akan mengakui kemerdekaan Kosovo.", "REJECT", "ESP", "XKX"),
        ("Peru siap berunding dengan Chile pekan depan.", "AGREE", "PER", "CHL"),
    ],
)
def test_parties_a_phrase_opened_by_a_negation_or_readiness_word_reads_as_its_verb(
    text: str, event_type: str, actor: str, recipient: str
) -> None:
    events = _events(text, event_type)
    assert events, f"no {event_type} in {text!r}"
    event = events[0]
    assert [p.country for p in event.actor][:1] == [actor]
    assert [p.country for p in event.recipient][:1] == [recipient]


def test_parties_envoys_of_several_states_discussing_a_matter_is_a_consultation() -> None:
    text = "Pekan lalu, wakil dari Jepang, Korea Selatan dan Australia membahas latihan militer Tiongkok di laut itu."
    assert _events(text, "CONSULT")


@pytest.mark.parametrize(
    "text",
    [
        "Komisi II DPR membahas revisi undang-undang pemilu bersama pemerintah pada Rabu.",
        "Artikel ini membahas beberapa tips menabung bagi mahasiswa di kota besar.",
    ],
)
def test_parties_a_discussion_without_two_states_is_no_consultation(text: str) -> None:
    assert not _events(text, "CONSULT")


def test_parties_a_weekday_between_commas_is_no_actor() -> None:
    events = _events("Dewan Keamanan PBB, Ahad, mengumumkan sanksi baru terhadap Korea Utara.", "SANCTION")
    assert events, "no SANCTION"
    assert [(p.text, p.country) for p in events[0].actor] == [("Dewan Keamanan PBB", "UNO")]
