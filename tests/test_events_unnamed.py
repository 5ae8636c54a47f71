"""Parties the text leaves unnamed, told by where the event happened (events/data/implicit.yaml)."""

from __future__ import annotations

import json

import pytest

import peristiwa
from peristiwa.events.lexicon import implicit_data
from peristiwa.training.implicit import MIN_AGREEMENT, MIN_EVENTS


def _events(text: str) -> list[dict[str, object]]:
    return [e for e in peristiwa.extract(text, reference_time="2025-06-05").to_json()["events"]]


def test_unnamed_an_arrest_without_a_named_arrester_is_by_the_police_of_the_place() -> None:
    text = "Tiga pelaku pembakaran kantor desa ditangkap di Kabupaten Nabire, Papua Tengah, pada Rabu (4/6/2025)."
    (arrest,) = [e for e in _events(text) if e["event_type"] == "COERCE"]
    (actor,) = arrest["actor"]  # type: ignore[misc]
    assert (actor["country"], actor["sector"], actor["implicit"]) == ("IDN", "COP", True)
    assert text[actor["start"] : actor["end"]] == actor["text"]  # the place it is told by


def test_unnamed_a_named_party_is_kept_and_not_marked() -> None:
    text = "Densus 88 menangkap tiga terduga teroris di Kabupaten Bekasi, Jawa Barat, pada Rabu (4/6/2025)."
    (arrest,) = [e for e in _events(text) if e["event_type"] == "COERCE"]
    assert [a["text"] for a in arrest["actor"]] == ["Densus 88"]  # type: ignore[index]
    assert all("implicit" not in a for a in arrest["actor"])  # type: ignore[union-attr]


def test_unnamed_an_attack_on_a_village_abroad_is_on_that_country() -> None:
    text = "Kelompok bersenjata menyerang sebuah desa di Provinsi Borno, Nigeria, pada Minggu (1/6/2025)."
    (attack,) = [e for e in _events(text) if e["event_type"] == "ASSAULT"]
    (target,) = attack["recipient"]  # type: ignore[misc]
    assert (target["country"], target["implicit"]) == ("NGA", True)


def test_unnamed_without_a_located_place_the_document_country_is_used() -> None:
    text = "Tiga pelaku pembakaran itu ditangkap pada Rabu (4/6/2025)."
    (arrest,) = [e for e in _events(text) if e["event_type"] == "COERCE"]
    (actor,) = arrest["actor"]  # type: ignore[misc]
    assert (actor["country"], actor["sector"], actor["implicit"]) == ("IDN", "COP", True)
    assert actor["text"] == arrest["trigger"]["text"]  # type: ignore[index]  # told by no place: its trigger


def test_unnamed_without_a_place_the_country_of_the_named_parties_is_used() -> None:
    text = "Kepolisian Malaysia menyatakan dua pria ditahan pada Selasa (3/6/2025) karena penyelundupan."
    arrests = [e for e in _events(text) if e["event_type"] == "COERCE"]
    assert arrests and all(p["country"] == "MYS" for e in arrests for p in e["actor"])  # type: ignore[attr-defined]


def test_unnamed_the_table_rests_on_enough_train_cases() -> None:
    table = implicit_data()
    assert table["actor"]["COERCE"]["sector"] == "COP"
    for rows in table.values():
        for row in rows.values():
            assert row["train_cases"] >= MIN_EVENTS
            assert row["country_agrees"] / row["train_cases"] >= MIN_AGREEMENT >= 0.6
    assert json.dumps(table)  # plain data


def test_unnamed_a_summit_is_held_by_an_organisation_of_states() -> None:
    text = "Presiden Prabowo menghadiri KTT di Kuala Lumpur, Malaysia, pada Senin (26/5/2025)."
    summits = [e for e in _events(text) if e["event_type"] == "CONSULT"]
    assert summits and any(p["country"] == "IGO" for e in summits for p in e["recipient"])  # type: ignore[attr-defined]


def test_unnamed_a_summit_leaves_the_document_country_to_the_other_events() -> None:
    text = "Para kepala negara menghadiri KTT pada Senin. Dua orang ditangkap di luar gedung pertemuan."
    arrests = [e for e in _events(text) if e["event_type"] == "COERCE"]
    assert arrests and all(p["country"] == "IDN" for e in arrests for p in e["actor"])  # type: ignore[attr-defined]


def test_unnamed_a_resignation_leaves_the_resigners_own_state() -> None:
    text = "Di tengah gelombang protes, Perdana Menteri Jepang menyatakan mundur pada Senin (2/6/2025)."
    (resign,) = [e for e in _events(text) if e["event_type"] == "RETREAT"]
    (left,) = resign["recipient"]  # type: ignore[misc]
    assert (left["country"], left["implicit"]) == ("JPN", True)
    assert left["text"] == resign["trigger"]["text"]  # type: ignore[index]


def test_unnamed_the_home_side_is_not_guessed_between_two_states() -> None:
    text = "Di tengah protes, Perdana Menteri Jepang dan Korea Selatan menyatakan mundur pada Senin (2/6/2025)."
    resigns = [e for e in _events(text) if e["event_type"] == "RETREAT"]
    assert resigns and all(len({p["country"] for p in e["actor"]}) == 2 for e in resigns)  # type: ignore[attr-defined]
    assert not any(p.get("implicit") for e in resigns for p in e["recipient"])  # type: ignore[attr-defined]


def test_unnamed_the_target_of_a_bombing_is_civilians() -> None:
    text = "Sebuah bom mobil meledak di depan sebuah hotel di Mogadishu, Somalia, pada Selasa (3/6/2025)."
    (bombing,) = [e for e in _events(text) if e["event_type"] == "ASSAULT"]
    (target,) = bombing["recipient"]  # type: ignore[misc]
    assert (target["country"], target["sector"], target["implicit"]) == ("SOM", "CVL", True)
    assert [p["sector"] for p in bombing["actor"]] == ["UAF"]  # type: ignore[attr-defined]  # a bomber nobody names


def test_unnamed_the_target_of_a_condemnation_is_a_government() -> None:
    text = "Kementerian Luar Negeri mengecam keras penembakan di perbatasan itu pada Rabu (4/6/2025)."
    (condemnation,) = [e for e in _events(text) if e["event_type"] == "ACCUSE"]
    (target,) = condemnation["recipient"]  # type: ignore[misc]
    assert (target["sector"], target["implicit"]) == ("GOV", True)


def test_unnamed_a_town_seized_is_taken_from_its_state_but_goods_seized_by_police_from_civilians() -> None:
    town = "Pasukan pemberontak merebut kota Goma di timur Kongo pada Senin (2/6/2025)."
    (seizure,) = [e for e in _events(town) if e["event_type"] == "COERCE"]
    assert [(p["country"], p["sector"]) for p in seizure["recipient"]] == [("COD", "GOV")]  # type: ignore[index]
    goods = "Polisi menyita dua mobil mewah di Kabupaten Gowa, Sulawesi Selatan, pada Rabu (4/6/2025)."
    (confiscation,) = [e for e in _events(goods) if e["event_type"] == "COERCE"]
    assert [p["sector"] for p in confiscation["recipient"]] == ["CVL"]  # type: ignore[index]


def test_unnamed_the_sides_of_a_battle_are_armed_forces() -> None:
    text = "Pertempuran di sekitar kota Kharkiv, Ukraina, berlangsung sepanjang Senin (2/6/2025)."
    (battle,) = [e for e in _events(text) if e["event_type"] == "ASSAULT"]
    sides = [(p["country"], p["sector"]) for role in ("actor", "recipient") for p in battle[role]]  # type: ignore[attr-defined]
    assert sides == [("UKR", "MIL"), ("UKR", "MIL")]


def test_unnamed_a_rebellion_is_by_rebels_against_the_state() -> None:
    text = "Pemberontakan pecah di Provinsi Darfur Utara, Sudan, pada Minggu (1/6/2025)."
    (rebellion,) = [e for e in _events(text) if e["event_type"] == "ASSAULT"]
    assert [p["sector"] for p in rebellion["actor"]] == ["REB"]  # type: ignore[attr-defined]
    assert [p["sector"] for p in rebellion["recipient"]] == ["GOV"]  # type: ignore[attr-defined]


def test_unnamed_an_attacker_nobody_names_is_an_unidentified_armed_force() -> None:
    text = "Sebuah pos polisi di Kabupaten Yala, Thailand, diserang pada Selasa (3/6/2025) malam."
    (attack,) = [e for e in _events(text) if e["event_type"] == "ASSAULT"]
    (attacker,) = attack["actor"]  # type: ignore[misc]
    assert (attacker["country"], attacker["sector"], attacker["implicit"]) == ("THA", "UAF", True)


def test_unnamed_the_victims_of_an_attack_are_civilians() -> None:
    text = "Sekelompok orang bersenjata menembaki sebuah desa di Provinsi Borno, Nigeria, pada Minggu (1/6/2025)."
    (attack,) = [e for e in _events(text) if e["event_type"] == "ASSAULT"]
    (target,) = attack["recipient"]  # type: ignore[misc]
    assert (target["country"], target["sector"], target["implicit"]) == ("NGA", "CVL", True)


def test_unnamed_a_demand_made_of_no_one_named_is_made_of_the_authorities() -> None:
    text = "Para nelayan di Kabupaten Indramayu, Jawa Barat, menuntut agar harga solar diturunkan pada Senin."
    (demand,) = [e for e in _events(text) if e["event_type"] == "REQUEST"]
    (asked,) = demand["recipient"]  # type: ignore[misc]
    assert (asked["country"], asked["sector"], asked["implicit"]) == ("IDN", "GOV", True)


def test_unnamed_a_named_party_without_a_sector_takes_the_usual_one_of_its_role() -> None:
    text = (
        "Rudi Hartono bertemu dengan Menteri Luar Negeri Jepang di Tokyo pada Senin (2/6/2025) "
        "untuk membahas kerja sama perdagangan."
    )
    (meeting,) = [e for e in _events(text) if e["event_type"] == "CONSULT"]
    (visitor,) = meeting["actor"]  # type: ignore[misc]
    assert (visitor["text"], visitor["sector"]) == ("Rudi Hartono", "GOV")
    assert "implicit" not in visitor  # named: only its sector is the policy's


def test_unnamed_a_sector_the_text_gives_is_kept() -> None:
    text = "Ahmad Sutisna menyatakan dukungan kepada Kapolda Jawa Barat pada Senin (2/6/2025)."
    supports = [e for e in _events(text) if e["event_type"] == "SUPPORT"]
    assert supports and [p["sector"] for p in supports[0]["recipient"]] == ["COP"]  # type: ignore[index]


def test_unnamed_a_demonstration_is_not_by_the_state_it_faces() -> None:
    text = "Pemerintah Thailand menghadapi gelombang demonstrasi di Bangkok pada Sabtu (7/6/2025)."
    (protest,) = [e for e in _events(text) if e["event_type"] == "PROTEST"]
    (crowd,) = protest["actor"]  # type: ignore[misc]
    assert (crowd["country"], crowd["sector"], crowd["implicit"]) == ("THA", "CVL", True)
    assert [(p["text"], p["sector"]) for p in protest["recipient"]] == [("Pemerintah Thailand", "GOV")]  # type: ignore[index]


def test_unnamed_a_country_named_with_a_demonstration_is_its_people_against_its_state() -> None:
    text = "Gelombang unjuk rasa melanda Korea Selatan pada Sabtu (7/6/2025) menentang impor daging sapi."
    (protest,) = [e for e in _events(text) if e["event_type"] == "PROTEST"]
    assert [(p["country"], p["sector"]) for p in protest["actor"]] == [("KOR", "CVL")]  # type: ignore[index]
    assert [(p["country"], p["sector"]) for p in protest["recipient"]] == [("KOR", "GOV")]  # type: ignore[index]


def test_unnamed_protesters_named_with_their_target_stay_as_told() -> None:
    text = "Ratusan mahasiswa berunjuk rasa di depan Gedung DPRD Kota Medan pada Senin (2/6/2025)."
    (protest,) = [e for e in _events(text) if e["event_type"] == "PROTEST"]
    assert [p["text"] for p in protest["actor"]] == ["mahasiswa"]  # type: ignore[index]


def test_unnamed_the_target_of_sanctions_left_unnamed_is_a_state() -> None:
    text = "Sanksi ekonomi baru dijatuhkan pada Senin (2/6/2025) di Harare, Zimbabwe."
    sanctions = [e for e in _events(text) if e["event_type"] == "SANCTION"]
    assert sanctions and [p["sector"] for p in sanctions[0]["recipient"]] == ["GOV"]  # type: ignore[index]


def test_unnamed_whoever_bans_or_expels_unnamed_is_the_government() -> None:
    for text, mode in (
        ("Dua warga negara asing dideportasi dari Kota Batam pada Senin (2/6/2025).", "expel"),
        ("Partai oposisi itu dilarang berpolitik di Kota Kinshasa pada Senin (2/6/2025).", "ban"),
    ):
        (act,) = [e for e in _events(text) if e["event_type"] == "COERCE"]
        assert mode in act["mode"]  # type: ignore[operator]
        (actor,) = act["actor"]  # type: ignore[misc]
        assert (actor["sector"], actor["implicit"]) == ("GOV", True)


def test_unnamed_the_mode_tells_an_unnamed_accuser_convicting_court_and_convict() -> None:
    from peristiwa.events.lexicon import context_data

    by_mode = context_data()["unnamed_sector_by_mode"]
    assert (by_mode["actor"]["allege"], by_mode["actor"]["convict"]) == ("JUD", "JUD")
    assert by_mode["recipient"]["convict"] == "CVL"
    text = (
        "Seorang warga Kota Lembah Hijau divonis lima tahun penjara di Pengadilan Negeri Lembah Hijau, Rabu (4/6/2025)."
    )
    convictions = [e for e in _events(text) if e["event_type"] == "SANCTION"]
    for event in convictions:
        assert all(p["sector"] != "GOV" for p in event["actor"])  # type: ignore[attr-defined]


def test_unnamed_the_place_nearest_the_trigger_tells_the_side() -> None:
    text = "Perdana menteri Pakistan menunda lawatannya ke Hongkong setelah serangan bom di Mumbai pekan lalu."
    (attack,) = [e for e in _events(text) if e["event_type"] == "ASSAULT"]
    (target,) = attack["recipient"]  # type: ignore[misc]
    assert (target["country"], target["implicit"]) == ("IND", True)


def test_unnamed_a_meeting_abroad_with_no_one_named_met_is_with_the_host_state() -> None:
    text = (
        "Menteri Pertahanan Indonesia, yang selama kunjungan kerjanya didampingi sejumlah staf ahli, "
        "juga berbicara dalam sebuah forum keamanan di Canberra pada Selasa (3/6/2025)."
    )
    visits = [e for e in _events(text) if e["event_type"] == "CONSULT"]
    assert visits
    (host,) = visits[0]["recipient"]  # type: ignore[misc]
    assert (host["country"], host["implicit"]) == ("AUS", True)


def test_unnamed_a_meeting_at_home_gets_no_host() -> None:
    text = "Menteri Pertahanan Indonesia mengadakan pertemuan di Jakarta pada Selasa (3/6/2025)."
    for event in _events(text):
        if event["event_type"] == "CONSULT":
            assert all(p["country"] != "IDN" or not p.get("implicit") for p in event["recipient"])  # type: ignore[attr-defined]


def test_unnamed_a_promise_made_abroad_with_no_one_named_is_to_the_host_state() -> None:
    text = "Presiden Prancis berjanji membangun dua pabrik kapal selam di Brasil pada Selasa (3/6/2025)."
    promises = [e for e in _events(text) if e["event_type"] == "AGREE"]
    assert promises
    (host,) = promises[0]["recipient"]  # type: ignore[misc]
    assert (host["country"], host["implicit"]) == ("BRA", True)


def test_unnamed_a_bombing_named_by_its_place_is_by_an_armed_group() -> None:
    # "Bom Bali" names a known terror attack: its unnamed side is an armed group (REB), not the
    # unknown attacker of a bare bombing
    named = [e for e in _events("Para korban Bom Bali 2002 menuntut keadilan.") if e["event_type"] == "ASSAULT"]
    assert named and [a["sector"] for a in named[0]["actor"]] == ["REB"]  # type: ignore[index]


def test_unnamed_a_bare_bombing_keeps_its_unknown_attacker() -> None:
    text = "Sebuah bom meledak di pasar Kota Poso dan menewaskan dua orang pada Senin."
    bare = [e for e in _events(text) if e["event_type"] == "ASSAULT"]
    assert bare and [a["sector"] for a in bare[0]["actor"]] == ["UAF"]  # type: ignore[index]


def test_unnamed_in_history_an_unnamed_arrester_is_the_state_not_the_police() -> None:
    text = "Pada tahun 1352, sang pangeran ditangkap dan dipenjarakan di Kastil Hradec di Bohemia."
    arrests = [e for e in _events(text) if e["event_type"] == "COERCE"]
    assert arrests
    for arrest in arrests:
        assert [(a["sector"], a["implicit"]) for a in arrest["actor"]] == [("GOV", True)]  # type: ignore[union-attr]


def test_unnamed_in_history_an_unnamed_attacker_is_an_army() -> None:
    text = "Pada tahun 1241, kota Kraków di Polandia diserang dan dibakar habis."
    attacks = [e for e in _events(text) if e["event_type"] == "ASSAULT"]
    assert attacks
    for attack in attacks:
        assert [(a["sector"], a["implicit"]) for a in attack["actor"]] == [("MIL", True)]  # type: ignore[union-attr]


def test_unnamed_in_history_the_unnamed_side_attacked_is_an_army_not_civilians() -> None:
    text = "Pada tahun 1396, pasukan Hungaria melancarkan serangan besar di dekat Nikopol, Bulgaria."
    attacks = [e for e in _events(text) if e["event_type"] == "ASSAULT"]
    unnamed = [p for e in attacks for p in e["recipient"] if p.get("implicit")]  # type: ignore[attr-defined]
    assert unnamed and all(p["sector"] == "MIL" for p in unnamed)


def test_unnamed_in_history_an_actor_named_without_an_office_is_a_ruler() -> None:
    text = "Pada tahun 1318, Wilhelm Kasimir menolak tuntutan Paus Yohanes XXII untuk berdamai."
    ruler = [a for e in _events(text) for a in e["actor"] if a["text"] == "Wilhelm Kasimir"]  # type: ignore[attr-defined]
    assert ruler and all(a["sector"] == "GOV" for a in ruler)


def _actor_sectors(text: str, name: str) -> list[object]:
    return [a["sector"] for e in _events(text) for a in e["actor"] if a["text"] == name]  # type: ignore[attr-defined]


def test_unnamed_an_undated_act_in_a_text_of_history_has_a_ruler_as_its_named_actor() -> None:
    text = (
        "Pada tahun {}, Wilhelm Kasimir merebut kota Lübeck dari tangan Denmark.\n\n"
        "Bertahun-tahun kemudian, Konrad Albrecht menolak tuntutan Paus Yohanes untuk berdamai."
    )
    assert _actor_sectors(text.format(1318), "Konrad Albrecht") == ["GOV"]
    assert _actor_sectors(text.format(2018), "Konrad Albrecht") == [None]


def _recipient_sectors(text: str, name: str) -> list[object]:
    return [p["sector"] for e in _events(text) for p in e["recipient"] if p["text"] == name]  # type: ignore[attr-defined]


def test_unnamed_in_history_the_one_coerced_named_without_an_office_is_a_ruler() -> None:
    text = "Pada tahun {}, Adipati Heinrich menangkap Ottone Orseolo di Venesia."
    assert _recipient_sectors(text.format(1026), "Ottone Orseolo") == ["GOV"]
    assert _recipient_sectors(text.format(2016), "Ottone Orseolo") == ["CVL"]


def test_unnamed_an_actor_named_without_an_office_today_keeps_no_sector() -> None:
    text = "Pada tahun 2018, Wilhelm Kasimir menolak tuntutan Paus Fransiskus untuk berdamai."
    named = [a for e in _events(text) for a in e["actor"] if a["text"] == "Wilhelm Kasimir"]  # type: ignore[attr-defined]
    assert named and all(a["sector"] is None for a in named)


def test_unnamed_the_other_sides_own_name_is_not_where_the_unnamed_side_is_told() -> None:
    text = "Pakistan mengajukan protes resmi setelah helikopter tempur melintasi perbatasan dari Afghanistan."
    (protest,) = [e for e in _events(text) if e["event_type"] == "ACCUSE"]
    (actor,) = protest["actor"]  # type: ignore[misc]
    (target,) = protest["recipient"]  # type: ignore[misc]
    assert actor["text"] == "Pakistan" and target["implicit"]
    assert (target["start"], target["end"]) != (actor["start"], actor["end"])  # not the accuser's own name


def test_unnamed_ships_sent_into_another_state_are_sent_at_it() -> None:
    text = "Dua kapal perang Angkatan Laut Amerika Serikat tiba di pelabuhan Poti, Georgia, pada Minggu (1/6/2025)."
    (deployment,) = [e for e in _events(text) if e["event_type"] == "MOBILIZE"]
    (target,) = deployment["recipient"]  # type: ignore[misc]
    assert (target["country"], target["implicit"]) == ("GEO", True)


def test_unnamed_aid_delivered_abroad_goes_to_that_state_not_the_givers() -> None:
    text = "Amerika Serikat menyalurkan bantuan kemanusiaan di Batumi, Georgia, pada Senin (2/6/2025)."
    (aid,) = [e for e in _events(text) if e["event_type"] == "AID"]
    assert [(p["country"], p["implicit"]) for p in aid["recipient"]] == [("GEO", True)]  # type: ignore[attr-defined]
    home = "Pemerintah Jepang menyalurkan bantuan bagi para pengungsi gempa di Sendai pada Senin (2/6/2025)."
    (aid,) = [e for e in _events(home) if e["event_type"] == "AID"]
    assert {p["country"] for p in aid["recipient"]} == {"JPN"}  # type: ignore[attr-defined]  # at home: its own people


def test_unnamed_a_mutual_act_with_no_other_side_told_is_with_the_foreign_state_of_the_story() -> None:
    text = (
        "Delegasi Jepang tiba di Jakarta untuk membahas tarif baja. Jepang meminta penurunan bea masuk. "
        "Pemerintah Indonesia kemudian sepakat untuk menurunkan tarif itu."
    )
    (agree,) = [e for e in _events(text) if e["event_type"] == "AGREE"]
    (other,) = agree["recipient"]  # type: ignore[misc]
    assert (other["country"], other["sector"], other["implicit"]) == ("JPN", "GOV", True)


def test_unnamed_a_mutual_act_in_a_story_of_talks_with_the_eu_is_with_the_eu() -> None:
    text = (
        "Delegasi Uni Eropa tiba di Jakarta untuk membahas tarif ekspor. "
        "Uni Eropa meminta akses pasar yang lebih luas. "
        "Pemerintah Indonesia kemudian sepakat untuk menurunkan tarif itu."
    )
    (agree,) = [e for e in _events(text) if e["event_type"] == "AGREE"]
    (other,) = agree["recipient"]  # type: ignore[misc]
    assert (other["country"], other["implicit"]) == ("EUR", True)


def test_unnamed_a_mutual_act_in_a_story_of_one_state_gets_no_foreign_side() -> None:
    (agree,) = [
        e for e in _events("Pemerintah Indonesia sepakat untuk menurunkan tarif itu.") if e["event_type"] == "AGREE"
    ]
    assert all(p["country"] == "IDN" for p in agree["recipient"])  # type: ignore[attr-defined]


_BORDER_TALKS = (
    "JAKARTA, KOMPAS.com - Delegasi Malaysia tiba untuk membahas kerja sama pengelolaan perbatasan pada Senin"
    " (2/6/2025). Malaysia mengusulkan patroli bersama di perairan Selat Malaka.\n\n"
)


@pytest.mark.parametrize(
    "signing",
    [
        "Menteri Luar Negeri Indonesia kemudian menandatangani nota kesepahaman tentang patroli bersama itu.",
        "Pemerintah Indonesia akhirnya mencapai kesepakatan soal patroli bersama itu.",
    ],
)
def test_unnamed_a_pact_signed_under_a_home_dateline_is_with_the_foreign_partner(signing: str) -> None:
    (pact,) = [e for e in _events(_BORDER_TALKS + signing) if e["event_type"] == "SUPPORT"]
    (other,) = pact["recipient"]  # type: ignore[misc]
    assert (other["country"], other["implicit"]) == ("MYS", True)  # not Indonesia, from "JAKARTA"


def test_unnamed_a_meeting_with_an_object_keeps_one_actor() -> None:
    text = "Presiden Filipina bertemu dengan Perdana Menteri Jepang di Tokyo pada Senin (2/6/2025)."
    (meeting,) = [e for e in _events(text) if e["event_type"] == "CONSULT"]
    assert [p["country"] for p in meeting["actor"]] == ["PHL"]  # type: ignore[index]


_COLONIAL_WAR = (
    "Perang Banjar adalah perang antara Kesultanan Banjar melawan Belanda. Belanda mengirim pasukan ke"
    " Martapura. Belanda menuntut sultan menyerah.\n\n"
)


def test_unnamed_a_capture_in_a_colony_under_its_rule_is_by_the_colonial_power() -> None:
    text = _COLONIAL_WAR + (
        "Pada tahun 1860 Kampung Tanah Laut diserang dan dibakar. Pada tahun 1862 Pangeran Antasari"
        " ditangkap di Muara Teweh. Belanda kemudian menduduki seluruh kesultanan."
    )
    (arrest,) = [e for e in _events(text) if e["event_type"] == "COERCE"]
    (actor,) = arrest["actor"]  # type: ignore[misc]
    (recipient,) = arrest["recipient"]  # type: ignore[misc]
    assert (actor["country"], actor["implicit"]) == ("NLD", True)
    assert recipient["country"] == "IDN"


def test_unnamed_an_undated_colonial_war_in_a_history_is_the_colonial_powers() -> None:
    text = _COLONIAL_WAR + (
        "Pada tahun 1860 Kampung Tanah Laut diserang dan dibakar. Ayahnya pernah bertugas sebagai kopral"
        " selama Perang Bone. Belanda kemudian menduduki seluruh kesultanan."
    )
    bone = text.index("Perang Bone")
    (war,) = [e for e in _events(text) if e["trigger"]["start"] == bone]  # type: ignore[index]
    assert [p["country"] for p in war["actor"]] == ["NLD"]  # type: ignore[attr-defined]
    assert [p["country"] for p in war["recipient"]] == ["IDN"]  # type: ignore[attr-defined]


def test_unnamed_a_capture_in_a_former_colony_after_its_rule_stays_with_its_state() -> None:
    text = _COLONIAL_WAR + (
        "Pada tahun 2005 Kampung Tanah Laut diserang dan dibakar. Pada tahun 2006 seorang warga"
        " ditangkap di Muara Teweh. Belanda kemudian menduduki seluruh kesultanan."
    )
    (arrest,) = [e for e in _events(text) if e["event_type"] == "COERCE"]
    (actor,) = arrest["actor"]  # type: ignore[misc]
    assert actor["country"] == "IDN"


@pytest.mark.parametrize(
    "text",
    [
        "Pada tahun 1873 berkobar peperangan di Aceh antara laskar kesultanan dengan tentara Belanda.",
        "Pada tahun 1947 terjadi pertempuran sengit antara pejuang republik dan pasukan Belanda di dekat Ambarawa.",
    ],
)
def test_unnamed_a_war_between_a_colony_and_its_colonial_power_is_the_powers_war(text: str) -> None:
    (war,) = [e for e in _events(text) if e["event_type"] == "ASSAULT"]
    assert [p["country"] for p in war["actor"]] == ["NLD"]  # type: ignore[attr-defined]
    assert [p["country"] for p in war["recipient"]] == ["IDN"]  # type: ignore[attr-defined]


def test_unnamed_an_attack_of_the_colony_on_the_colonial_power_stays_as_told() -> None:
    text = "Pada tahun 1946 para pemuda pejuang menyerbu pos tentara Belanda di pinggir kota Bandung."
    (attack,) = [e for e in _events(text) if e["event_type"] == "ASSAULT"]
    assert [p["country"] for p in attack["actor"]] == ["IDN"]  # type: ignore[attr-defined]


def test_unnamed_a_war_with_the_former_power_after_its_rule_keeps_its_sides() -> None:
    text = "Pada tahun 1962 terjadi pertempuran antara TNI dan tentara Belanda di Laut Aru."
    (war,) = [e for e in _events(text) if e["event_type"] == "ASSAULT"]
    assert [p["country"] for p in war["actor"]] == ["IDN"]  # type: ignore[attr-defined]


def test_unnamed_the_target_of_a_refusal_by_a_state_is_the_other_state_named() -> None:
    text = "Myanmar menolak bantuan dari Singapura karena pesawat itu membawa wartawan."
    (refusal,) = [e for e in _events(text) if e["event_type"] == "REJECT"]
    assert [p["country"] for p in refusal["actor"]] == ["MMR"]  # type: ignore[attr-defined]
    (target,) = refusal["recipient"]  # type: ignore[misc]
    assert (target["country"], target["implicit"]) == ("SGP", True)


def test_unnamed_a_raid_by_foreign_police_is_on_the_other_people_named() -> None:
    text = "Polisi Thailand merazia kendaraan itu, tetapi tujuh WNI di dalamnya menolak berhenti."
    (raid,) = [e for e in _events(text) if e["event_type"] == "COERCE"]
    assert [p["country"] for p in raid["recipient"]] == ["IDN"]  # type: ignore[attr-defined]


def test_unnamed_a_refusal_in_a_story_of_one_state_stays_with_it() -> None:
    text = "Kamboja menolak tuntutan itu, kata juru bicara pemerintah."
    (refusal,) = [e for e in _events(text) if e["event_type"] == "REJECT"]
    assert [p["country"] for p in refusal["recipient"]] == ["KHM"]  # type: ignore[attr-defined]


def test_unnamed_a_news_agency_does_not_tell_where_the_story_happens() -> None:
    text = (
        "Kantor berita Reuters melaporkan gerilyawan menyerang pos polisi dan menewaskan empat polisi, "
        "kata seorang pejabat Thailand."
    )
    (attack,) = [e for e in _events(text) if e["event_type"] == "ASSAULT"]
    sides = [p["country"] for role in ("actor", "recipient") for p in attack[role]]  # type: ignore[attr-defined]
    assert sides and set(sides) == {"THA"}


def test_unnamed_a_protest_against_a_state_named_after_anti_is_against_its_government() -> None:
    text = "Ratusan mahasiswa menggelar unjuk rasa anti-Amerika di depan kedutaan besar pada Jumat."
    (protest,) = [e for e in _events(text) if e["event_type"] == "PROTEST"]
    (target,) = protest["recipient"]  # type: ignore[misc]
    assert (target["text"], target["country"], target["sector"]) == ("Amerika", "USA", "GOV")


def test_unnamed_anti_before_a_common_word_names_no_state() -> None:
    text = "Ribuan orang berunjuk rasa menentang kebijakan anti-imigran pemerintah di Roma, Italia."
    (protest,) = [e for e in _events(text) if e["event_type"] == "PROTEST"]
    assert all(p["country"] == "ITA" for p in protest["recipient"])  # type: ignore[attr-defined]


def test_unnamed_a_state_naming_a_currency_is_no_partner_of_a_mutual_act() -> None:
    # "dolar AS" three times is money, not a third state the pact could be with
    text = (
        "JAKARTA, KOMPAS.com - Pemerintah Indonesia bersama Singapura menyiapkan dana investasi lebih dari 10 miliar"
        " dolar AS untuk proyek energi terbarukan.\n\nNilai proyek itu diperkirakan 3 miliar dolar AS pada tahap"
        " pertama dan 7 miliar dolar AS pada tahap kedua.\n\nKerja sama itu dilakukan melalui penandatanganan tiga"
        " nota kesepahaman oleh Menteri ESDM, Jumat (13/6/2025).\n"
    )
    (pact,) = [e for e in _events(text) if e["event_type"] == "SUPPORT"]
    assert [(p["country"], p["implicit"]) for p in pact["recipient"]] == [("SGP", True)]  # type: ignore[attr-defined]
