"""The event stage over Indonesian news sentences written for these tests (not from the dev texts)."""

from __future__ import annotations

import pytest
from conftest import rule_events

from peristiwa.events.lexicon import load_lexicon
from peristiwa.events.morph import inflect
from peristiwa.spans import Event


def _events(text: str, reference_time: str | None = None) -> list[Event]:
    return rule_events(text, reference_time=reference_time)


@pytest.mark.parametrize(
    "root,form,voice",
    [
        ("serang", "menyerang", "active"),
        ("serang", "diserang", "passive"),
        ("serang", "penyerangan", "noun"),
        ("bom", "membom", "active"),
        ("bom", "mengebom", "active"),
        ("bom", "pengeboman", "noun"),
        ("tembak", "menembakkan", "active"),
        ("tangkap", "penangkapan", "noun"),
        ("kecam", "mengecam", "active"),
        ("sangkal", "menyangkal", "active"),
        ("kerah", "mengerahkan", "active"),
        ("protes", "memprotes", "active"),
        ("tuduh", "dituduhkan", "passive"),
        ("khianat", "mengkhianati", "active"),
        ("kritik", "mengkritik", "active"),
        ("ancam", "mengancam", "active"),
        ("lempar", "melempar", "active"),
        ("rusuh", "kerusuhan", "noun"),
        ("serang", "serangannya", "noun"),
        ("serang", "serangan-serangan", "noun"),  # the reduplicated plural
        ("bentrok", "bentrokan-bentrokannya", "noun"),
    ],
)
def test_events_morph_inflects_roots(root: str, form: str, voice: str) -> None:
    assert inflect(root, families=("active", "passive", "noun")).get(form) == voice


def test_events_lexicon_covers_all_plover_types() -> None:
    lex = load_lexicon()
    types = {s.event_type for s in lex.words.values()} | {s.event_type for s in lex.phrases.values()}
    assert len(types) == 16


@pytest.mark.parametrize(
    "sentence,event_type,mode",
    [
        ("Polisi menangkap tiga terduga teroris di Bekasi.", "COERCE", "arrest"),
        ("Ribuan buruh berunjuk rasa di depan kantor gubernur di Semarang.", "PROTEST", "demo"),
        ("Massa membakar kantor bupati dalam kerusuhan di Wamena.", "PROTEST", "riot"),
        ("Jet tempur Israel membom kamp pengungsi di Rafah.", "ASSAULT", "aerial"),
        ("Kelompok bersenjata menembak seorang guru di Beoga.", "ASSAULT", "firearms"),
        ("Pemberontak menembakkan roket ke pangkalan militer itu.", "ASSAULT", "heavy-weapons"),
        ("TNI mengerahkan 400 prajurit ke Kabupaten Nduga.", "MOBILIZE", "troops"),
        ("Menteri Luar Negeri Retno Marsudi mengecam pendudukan itu.", "ACCUSE", "disapprove"),
        ("Kementerian Luar Negeri Tiongkok membantah laporan tersebut.", "REJECT", None),
        ("Sekjen PBB mendesak kedua pihak untuk menahan diri.", "REQUEST", None),
        ("Kedua negara menandatangani perjanjian perdagangan di Hanoi.", "SUPPORT", None),
        ("Presiden Prabowo bertemu Perdana Menteri Malaysia di Putrajaya.", "CONSULT", None),
        ("Kunjungan Perdana Menteri Vietnam ke Jakarta membahas perdagangan beras.", "CONSULT", "visit"),
        ("Presiden Filipina berkunjung ke Tokyo untuk membahas keamanan maritim.", "CONSULT", "visit"),
        ("Kedua menteri luar negeri bertemu secara virtual untuk membahas krisis di Sudan.", "CONSULT", "phone"),
        ("Presiden Macron menelepon Presiden Prabowo pada Senin malam.", "CONSULT", "phone"),
        ("Para pemimpin negara G20 bertemu dalam KTT di New Delhi.", "CONSULT", "multilateral"),
        ("Jepang mengirimkan bantuan kemanusiaan untuk korban gempa di Cianjur.", "AID", None),
        ("Menteri itu mengundurkan diri setelah skandal korupsi terungkap.", "RETREAT", "resign"),
        ("Amerika Serikat menjatuhkan sanksi kepada sejumlah pejabat Myanmar.", "SANCTION", None),
        ("Pemerintah Australia mendukung penyelidikan independen atas insiden itu.", "SUPPORT", None),
        ("Kelompok itu mengancam akan menyerang pos-pos militer di perbatasan.", "THREATEN", None),
    ],
)
def test_events_type_and_mode_from_indonesian_triggers(sentence: str, event_type: str, mode: str | None) -> None:
    found = [e for e in _events(sentence) if e.event_type == event_type]
    assert found, [(e.event_type, e.trigger.text) for e in _events(sentence)]
    if mode:
        assert mode in found[0].mode


@pytest.mark.parametrize(
    "sentence,event_type,mode",
    [
        ("Sisa pasukan pemberontak menyerah kepada tentara pemerintah di lembah itu.", "RETREAT", "surrender"),
        ("Buronan kasus penembakan itu menyerahkan diri ke Polres Jayapura pada Senin.", "RETREAT", "surrender"),
        ("Pemerintah kota akhirnya menyerah pada desakan pedagang dan menunda relokasi pasar.", "CONCEDE", None),
    ],
)
def test_events_surrender_is_a_retreat_and_giving_in_to_a_demand_a_concession(
    sentence: str, event_type: str, mode: str | None
) -> None:
    found = [(e.event_type, e.mode) for e in _events(sentence) if e.trigger.text.lower().startswith("menyerah")]
    assert found and found[0][0] == event_type, found
    assert mode is None or mode in found[0][1]


@pytest.mark.parametrize(
    "sentence",
    [
        "Polisi tidak menangkap siapa pun dalam insiden itu.",
        "Aparat belum mengerahkan pasukan ke lokasi.",
        "Jika perundingan gagal, mereka menyerang kota itu.",
        "Keluarga korban berharap para pelaku penganiayaan itu segera ditangkap polisi.",
        "Warga ingin aparat menangkap pencuri ternak yang meresahkan kampung mereka.",
        "Menurut pengamat, pemerintah seharusnya mengerahkan pasukan ke perbatasan sejak awal.",
    ],
)
def test_events_negated_hypothetical_or_wished_actions_are_not_reported(sentence: str) -> None:
    assert not [e for e in _events(sentence) if e.event_type in ("COERCE", "MOBILIZE", "ASSAULT")]


def test_events_a_wish_in_another_clause_does_not_hide_the_act() -> None:
    text = "Polisi menangkap dua pelaku di Medan, dan warga berharap kasus itu diusut tuntas."
    assert [e.event_type for e in _events(text) if e.event_type == "COERCE"] == ["COERCE"]


def test_events_passive_voice_puts_the_agent_after_oleh() -> None:
    events = _events("Seorang petani ditembak oleh anggota TNI di Intan Jaya.")
    assault = next(e for e in events if e.event_type == "ASSAULT")
    assert assault.actor and assault.actor[0].country == "IDN" and assault.actor[0].sector == "MIL"


def test_events_country_as_agent_of_an_attack_is_military() -> None:
    events = _events("Rusia menyerang kota Kharkiv pada 3 Maret 2022.")
    assault = next(e for e in events if e.event_type == "ASSAULT")
    assert assault.actor[0].country == "RUS" and assault.actor[0].sector == "MIL"
    assert assault.date is not None and assault.date.start.startswith("2022-03-03")


def test_events_mentions_of_one_attack_become_one_event() -> None:
    text = (
        "Sebuah bom meledak di depan gereja di Makassar pada 28 Maret 2021. "
        "Ledakan bom itu melukai sedikitnya 20 orang. Serangan tersebut dikecam banyak pihak."
    )
    assaults = [e for e in _events(text) if e.event_type == "ASSAULT"]
    assert len(assaults) == 1
    injured = [c for c in assaults[0].casualties if c.kind == "injured"]
    assert injured and injured[0].min == 20 and injured[0].qualifier == "at_least"


def test_events_casualty_figures_carry_their_source() -> None:
    text = "Kelompok bersenjata menyerang desa itu. Menurut polisi setempat, lima warga tewas dalam serangan itu."
    assault = next(e for e in _events(text) if e.event_type == "ASSAULT")
    killed = [c for c in assault.casualties if c.kind == "killed"]
    assert killed and killed[0].min == 5 and killed[0].attributed_to == "polisi setempat"


@pytest.mark.parametrize(
    "text,kind,count",
    [
        # a named person arrested or killed, as subject of the passive or object of the active: one
        ("Polisi menangkap Budi Santoso di rumahnya di Bekasi pada Senin.", "arrested", 1),
        ("Kejaksaan menahan tersangka Andi Nugroho karena dugaan korupsi.", "arrested", 1),
        ("Budi Santoso yang kini sudah ditahan dijerat pasal pembunuhan.", "arrested", 1),
        # joined to others, or counted as someone's companions: not one
        ("Polisi menangkap Budi Santoso dan dua rekannya di Bekasi.", "arrested", None),
        ("Polisi meringkus Budi Santoso bersama istrinya di Bekasi.", "arrested", None),
    ],
)
def test_events_one_named_person_is_a_figure_of_one(text: str, kind: str, count: int | None) -> None:
    event = next(e for e in _events(text) if e.event_type in ("COERCE", "ASSAULT"))
    assert [c.min for c in event.casualties if c.kind == kind] == ([count] if count else [])


def test_events_attribution_and_citations_follow_the_sentence() -> None:
    text = "Menurut Reuters, pasukan junta membom sebuah sekolah di Sagaing.[4] Warga mengungsi."
    assault = next(e for e in _events(text) if e.event_type == "ASSAULT")
    assert [a.source for a in assault.attribution] == ["Reuters"]
    assert assault.citations == ["4"]


def test_events_date_carries_over_to_later_sentences() -> None:
    text = "Pada 17 Agustus 2023, ratusan warga berunjuk rasa di Rempang. Polisi kemudian menangkap delapan orang."
    arrest = next(e for e in _events(text) if e.event_type == "COERCE")
    assert arrest.date is not None and arrest.date.start.startswith("2023-08-17")


def test_events_codes_are_derived() -> None:
    event = next(e for e in _events("Pesawat tempur Rusia membom pasar di Idlib.") if e.event_type == "ASSAULT")
    assert event.cameo == "195" and event.acled == {
        "event_type": "Explosions/Remote violence",
        "sub_event_type": "Air/drone strike",
    }


@pytest.mark.parametrize(
    ("text", "kind", "mode"),
    [
        ("Dua pejabat dinas itu ditetapkan sebagai tersangka oleh Kejaksaan Negeri Cirebon.", "ACCUSE", "investigate"),
        ("Bupati nonaktif itu dijerat Pasal 12 UU Tindak Pidana Korupsi.", "ACCUSE", "investigate"),
        ("Militer Sudan menggulingkan Presiden Omar al-Bashir pada April 2019.", "COERCE", "seize"),
        ("Polisi membenarkan penahanan tiga aktivis di Jayapura.", "COERCE", "arrest"),
        ("Bupati itu ditawan tentara Jepang selama setahun.", "COERCE", "arrest"),
        ("Hakim menjatuhkan hukuman enam tahun penjara kepada mantan menteri itu.", "SANCTION", "convict"),
        ("Pemberontakan bersenjata pecah di Aceh pada 1953.", "ASSAULT", None),
        ("Desakan mahasiswa agar DPR membatalkan revisi undang-undang terus menguat.", "REQUEST", None),
        ("Perdana Menteri Jepang menelepon Presiden Korea Selatan pada Selasa malam.", "CONSULT", None),
        ("Kedua kepala negara melakukan percakapan telepon selama satu jam.", "CONSULT", None),
        ("Perang saudara di Suriah telah memaksa jutaan orang mengungsi.", "ASSAULT", None),
        ("Konflik bersenjata antara tentara dan milisi pecah di utara negara itu.", "ASSAULT", None),
        ("Milisi M23 mengambil alih kota Goma pada Januari 2025.", "COERCE", "seize"),
    ],
)
def test_events_legal_and_coup_vocabulary_is_found(text: str, kind: str, mode: str | None) -> None:
    found = [e for e in rule_events(text) if e.event_type == kind]
    assert found, [(e.event_type, e.trigger.text) for e in rule_events(text)]
    assert mode is None or mode in found[0].mode


@pytest.mark.parametrize(
    "text",
    [
        "Pilot itu ditawan kelompok bersenjata selama setahun di pedalaman.",
        "Seorang insinyur asing mengaku ditawan oleh milisi selama tiga bulan.",
    ],
)
def test_held_captive_by_an_armed_group_is_an_abduction(text: str) -> None:
    found = [(e.event_type, e.mode) for e in rule_events(text)]
    assert ("ASSAULT", ["abduct"]) in found and all(kind != "COERCE" for kind, _ in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Timnas U-23 digulingkan Uzbekistan di semifinal Piala Asia.",
        "Kiper itu terlalu lama melakukan penahanan bola sehingga wasit memberi kartu kuning.",
        "Perusahaan tambang negara itu mengambil alih saham mayoritas pabrik smelter.",
        "Saya ditelepon adik saya tadi pagi.",
    ],
)
def test_events_these_words_outside_politics_are_no_events(text: str) -> None:
    assert not [(e.event_type, e.trigger.text) for e in rule_events(text) if e.event_type in ("COERCE", "CONSULT")]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Anggota DPR meminta pemerintah memasukkan kerusuhan pada Mei 1998 ke dalam buku sejarah.", "meminta"),
        ("Aktivis mengecam menteri yang meragukan pemerkosaan 1998 di hadapan wartawan.", "mengecam"),
    ],
)
def test_a_time_right_after_an_event_noun_dates_that_event_not_the_sentences_others(text: str, trigger: str) -> None:
    events = {e.trigger.text: e for e in _events(text, reference_time="2025-06-16")}
    assert events[trigger].date is None


def test_a_noun_told_as_the_setting_shares_its_time_with_the_event() -> None:
    text = "Dua mahasiswa tewas ditembak dalam demonstrasi 12 Mei 1998 di depan kampus."
    events = {e.trigger.text: e for e in _events(text)}
    assert events["ditembak"].date is not None and events["ditembak"].date.start == "1998-05-12"


def test_each_named_battle_of_a_list_is_dated_by_its_own_year() -> None:
    text = (
        "Adipati itu ikut bertempur dalam Pertempuran Lumajang tahun 1311, Pertempuran Kediri tahun 1319 "
        "dan Pertempuran Bubat tahun 1357."
    )
    dates = sorted(e.date.start for e in _events(text) if e.date is not None)
    assert "1319" in dates and "1357" in dates


def test_an_acronym_root_matches_in_capitals_and_other_capitals_stay_titles() -> None:
    # "KTT" is written in capitals in triggers.yaml: the lexicon keeps its root as written, and the
    # all-capitals word in running text is its trigger; an all-capitals form of a lower-case root
    # ("BOM" as an album title) still names, it does not report
    spec = load_lexicon().words["ktt"]
    assert spec.root == "KTT"
    summit = _events("Para pemimpin ASEAN berkumpul dalam KTT di Jakarta pada Sabtu.")
    assert [(e.event_type, e.trigger.text) for e in summit] == [("CONSULT", "KTT")]
    title = _events("Grup musik itu merilis album BOM di Jakarta pada Sabtu.")
    assert [e for e in title if e.trigger.text == "BOM"] == []


def test_two_battles_told_by_their_own_names_are_two_events() -> None:
    text = "Pasukan itu kalah dalam Pertempuran Changsha dan menang dalam Pertempuran Changde."
    assert [e.trigger.text for e in _events(text) if e.event_type == "ASSAULT"] == ["Pertempuran", "Pertempuran"]
    again = "Pasukan Jepang kalah dalam Pertempuran Midway. Pertempuran itu mengubah arah perang."
    assert len([e for e in _events(again) if e.event_type == "ASSAULT"]) == 1  # a back-reference stays one


def test_a_sentence_that_tells_another_events_time_carries_no_earlier_date() -> None:
    text = (
        "Serangan udara Israel menghantam Teheran pada Jumat (13/6/2025) pagi. "
        "Ilmuwan itu pernah menjadi sasaran serangan pada tahun 2010, ketika dua ledakan bom terjadi di Teheran."
    )
    second = text.index("Ilmuwan")
    for event in _events(text):
        if event.date is not None and event.date.start.startswith("2025-06-13"):
            assert all(s.end <= second for s in event.evidence)  # the 2010 blasts are not joined to it


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Penangkapan itu dilakukan di Depok setelah polisi menangkap dua kurir narkoba di Bekasi.", "COERCE"),
        ("Sebelum Menteri Luar Negeri berkunjung ke Tokyo, Perdana Menteri telah mengunjungi Seoul.", "CONSULT"),
        ("Bentrokan pecah di Puncak sejak kelompok bersenjata menyerang pos polisi pada Senin.", "ASSAULT"),
        ("Unjuk rasa buruh di depan DPR diikuti oleh unjuk rasa mahasiswa di depan Istana.", "PROTEST"),
        ("Kunjungan menteri ke Canberra bersamaan dengan pertemuan para pejabat kedua negara di Jakarta.", "CONSULT"),
    ],
)
def test_two_acts_one_sentence_orders_in_time_are_two_events(text: str, event_type: str) -> None:
    assert len([e for e in _events(text) if e.event_type == event_type]) == 2


@pytest.mark.parametrize(
    "text",
    [
        "Polisi menangkap seorang pengusaha yang diduga menyuap dua pejabat dinas yang lebih dulu ditangkap.",
        "KPK menahan Bupati Kolaka itu, sementara dua stafnya lebih dahulu ditahan pekan lalu.",
    ],
)
def test_an_arrest_told_as_done_first_is_another_event_than_its_sentence_s(text: str) -> None:
    assert len([e for e in _events(text) if e.event_type == "COERCE"]) == 2


def test_one_act_told_twice_in_a_sentence_stays_one_event() -> None:
    text = "Polisi menangkap dua kurir narkoba di Bekasi, dan penangkapan itu dilakukan pada Senin malam."
    assert len([e for e in _events(text) if e.event_type == "COERCE"]) == 1


def test_an_explosion_named_again_past_a_clause_ordering_another_act_stays_one_event() -> None:
    # "sesudah" orders the walk, in a clause the comma closes, not the two explosions
    text = (
        "Dua warga tewas akibat ledakan sesudah berjalan di dekat pos polisi di Kandahar, katanya, dengan "
        "menambahkan bahwa ledakan itu terjadi setelah seorang militan memasang bom di bawah jembatan."
    )
    assert len([e for e in _events(text) if e.trigger.text == "ledakan"]) == 1


def test_an_attack_a_day_after_the_attack_named_again_is_another_event() -> None:
    text = "Serangan baru terjadi di Kandahar pada Selasa, sehari setelah serangan itu menewaskan dua warga."
    assert len([e for e in _events(text) if e.event_type == "ASSAULT"]) == 2


def test_an_act_named_again_after_a_cause_and_including_stays_one_event() -> None:
    # "memicu" orders the decision and the attacks, not the attacks and the bombing they include
    text = (
        "Keputusan pemerintah itu memicu serangan dari kelompok bersenjata, termasuk serangan bom di Poso pekan lalu."
    )
    assert len([e for e in _events(text) if e.event_type == "ASSAULT"]) == 1


def test_a_trigger_phrase_of_one_token_is_looked_up_as_a_word() -> None:
    # "huru-hara" and "terimakasih" are one token each: the phrase record is the word's record
    lex = load_lexicon()
    assert [s.record for s in lex.specs_of("huru-hara")] == ["PROTEST:huru-hara"]
    riot = _events("Huru-hara pecah di alun-alun kota setelah hasil pemilihan bupati diumumkan.")
    assert [(e.event_type, e.trigger.text) for e in riot] == [("PROTEST", "Huru-hara")]


def test_leaving_an_agreement_or_calling_off_talks_is_a_rejection() -> None:
    left = _events("Pemerintah junta menarik diri dari perjanjian perbatasan dengan negara tetangganya.")
    assert [e.event_type for e in left] == ["REJECT"]
    ended = _events("Kelompok separatis itu mengakhiri gencatan senjata dengan pemerintah pada Senin.")
    assert "REJECT" in [e.event_type for e in ended]


def test_urging_an_authority_is_a_request_but_pushing_a_thing_along_is_not() -> None:
    urged = _events("Ikatan dokter mendorong pemerintah segera menambah jumlah puskesmas di daerah terpencil.")
    assert [e.event_type for e in urged] == ["REQUEST"]
    pushed = _events("Turunnya suku bunga mendorong penjualan rumah di kota-kota besar.")
    assert [e for e in pushed if e.event_type == "REQUEST"] == []


def test_thanks_said_to_a_party_is_support_but_a_closing_thank_you_is_not() -> None:
    thanked = _events("Bupati menyampaikan terima kasih kepada Basarnas atas pencarian para nelayan yang hilang.")
    assert [e.event_type for e in thanked] == ["SUPPORT"]
    closing = _events("Terima kasih telah mengikuti siaran langsung kami malam ini.")
    assert closing == []


def test_a_denial_with_menampik_is_a_rejection_and_not_denying_is_none() -> None:
    denied = _events("Kementerian Pertahanan menampik laporan tentang pembelian kapal selam bekas.")
    assert [e.event_type for e in denied] == ["REJECT"]
    admitted = _events("Juru bicara itu tidak menampik adanya kendala dalam penyaluran bantuan.")
    assert [e for e in admitted if e.event_type == "REJECT"] == []


def test_an_examination_by_the_police_and_by_its_investigators_is_one_event() -> None:
    # "polisi" and "penyidik" are one body, not two speakers: the examination told twice is one
    text = (
        "Polisi memeriksa Ketua Partai Madani, Sarwono, sebagai saksi kasus penipuan di Madiun pada Senin "
        "(16/6/2025). Penyidik memeriksa Sarwono selama enam jam di ruang Satreskrim."
    )
    assert len([e for e in rule_events(text, reference_time="2025-06-17") if e.event_type == "ACCUSE"]) == 1


def test_examinations_by_the_police_and_by_a_prosecutor_are_two_events() -> None:
    text = (
        "Polisi memeriksa dua saksi kasus pencurian di Madiun pada Senin (16/6/2025). "
        "Di tempat lain, jaksa memeriksa kepala dinas dalam kasus korupsi anggaran desa."
    )
    assert len([e for e in rule_events(text, reference_time="2025-06-17") if e.event_type == "ACCUSE"]) == 2


def test_a_demand_by_a_commission_and_by_its_chairman_named_with_it_is_one_event() -> None:
    # the chairman's title names the commission: he speaks for it, they are not two speakers
    text = (
        "Ketua Komisi III DPR Budi Hartono meminta polisi mengusut tuntas penganiayaan wartawan di Medan "
        "pada Senin (16/6/2025). Komisi III DPR meminta polisi segera menangkap para pelaku penganiayaan itu."
    )
    assert len([e for e in rule_events(text, reference_time="2025-06-17") if e.event_type == "REQUEST"]) == 1


def test_demands_by_a_commission_chairman_and_by_another_body_are_two_events() -> None:
    text = (
        "Ketua Komisi III DPR Budi Hartono meminta polisi mengusut tuntas penganiayaan wartawan di Medan "
        "pada Senin (16/6/2025). Dewan Pers meminta polisi segera menangkap para pelaku penganiayaan itu."
    )
    assert len([e for e in rule_events(text, reference_time="2025-06-17") if e.event_type == "REQUEST"]) == 2


def test_events_an_attack_named_in_passing_in_another_country_is_not_the_earlier_attack() -> None:
    text = (
        "Kelompok bersenjata menembaki pos militer di Kabupaten Puncak, Papua. "
        "Sementara itu, tiga turis tewas dalam serangan di Kabul, Afganistan."
    )
    assaults = [e for e in _events(text) if e.event_type == "ASSAULT"]
    assert len(assaults) == 2
    assert {p.country for e in assaults for p in e.locations} >= {"IDN", "AFG"}


def test_events_an_attack_named_in_passing_in_the_same_place_is_the_earlier_attack() -> None:
    text = (
        "Kelompok bersenjata menembaki pos militer di Kabupaten Puncak, Papua. "
        "Dua prajurit tewas dalam serangan di Puncak itu."
    )
    assert len([e for e in _events(text) if e.event_type == "ASSAULT"]) == 1


def test_a_deed_told_paragraphs_after_a_statements_day_is_not_dated_by_it() -> None:
    """The statement's day ("ujar Kapolres dalam keterangannya, Kamis (12/6/2025)") dates the
    statement; a deed the report tells a paragraph on is undated, the day kept only for the judge."""
    text = (
        "KENDARI, WartaKota.com - Kapolres memaparkan perkembangan kasus pembakaran pos ronda.\n\n"
        '"Kami masih mendalami motif para pelaku," ujar Kapolres dalam keterangannya, Kamis (12/6/2025).\n\n'
        "Polisi juga menangkap tiga pemuda di sebuah rumah kos di Kendari Barat."
    )
    arrest = next(e for e in _events(text, reference_time="2025-06-13") if e.event_type == "COERCE")
    assert arrest.date is None
    assert arrest.carried_date is not None and arrest.carried_date.start == "2025-06-12"


_MEETING = (
    "Ekspor Sawit ke Malaysia Naik\n\n"
    "JAKARTA, WartaKota.com - Nilai ekspor minyak sawit ke Malaysia naik 12 persen pada Mei 2025.\n\n"
    "Presiden Joko Widodo bertemu Perdana Menteri Anwar Ibrahim di Putrajaya pada Senin (9/6/2025).\n\n"
    "Kedua pemimpin membahas harga sawit dan perlindungan pekerja migran.\n\n"
    "Harga tandan buah segar di tingkat petani juga ikut naik bulan ini.\n\n"
    "Sebagian besar ekspor dikirim melalui pelabuhan Dumai dan Belawan.\n\n"
    "Para pengusaha berharap permintaan dari India tetap kuat hingga akhir tahun.\n\n"
    "Gabungan pengusaha mencatat stok minyak sawit nasional masih cukup.\n\n"
)


@pytest.mark.parametrize(
    "judged",
    [
        "Menurut juru bicara istana, pertemuan Presiden dengan Anwar Ibrahim merupakan yang pertama tahun ini.",
        "Pertemuan Presiden dengan Anwar Ibrahim adalah bagian dari agenda kerja Presiden di Asia Tenggara.",
    ],
)
def test_events_an_act_a_later_clause_judges_is_the_act_told_before(judged: str) -> None:
    # the noun heading a clause whose copula judges it names the meeting already told, paragraphs back
    consults = [e for e in rule_events(_MEETING + judged, reference_time="2025-06-10") if e.event_type == "CONSULT"]
    assert [e.trigger.text for e in consults] == ["bertemu"]
    assert any(seg.start >= len(_MEETING) for seg in consults[0].evidence)


def test_events_an_act_a_clause_judges_with_none_told_before_is_an_event() -> None:
    text = "Kunjungan Menteri Luar Negeri ke Yangon merupakan yang pertama sejak kudeta militer."
    assert [e.event_type for e in rule_events(text)] == ["CONSULT"]


def test_events_what_came_of_an_inquiry_told_before_is_that_inquiry() -> None:
    # "hasil penyelidikan" names the inquiry already told as the source of a finding, not a new one
    text = (
        "Perampok Minimarket di Depok Masih Diburu\n\n"
        "DEPOK, WartaKota.com - Kapolsek Cimanggis menuturkan kronologi perampokan sebuah minimarket pada Sabtu "
        "(7/6/2025).\n\n"
        "Polisi menyelidiki perampokan itu dengan memeriksa rekaman kamera pengawas di sekitar lokasi.\n\n"
        "Pegawai minimarket mengaku diancam dengan senjata tajam.\n\n"
        "Uang tunai sekitar Rp 5 juta dibawa kabur dari laci kasir.\n\n"
        "Warga sekitar mengaku tidak mendengar keributan pada malam itu.\n\n"
        "Minimarket itu kembali buka keesokan harinya.\n\n"
        "Dari hasil penyelidikan sementara, pelaku diketahui berjumlah dua orang dan berboncengan sepeda motor."
    )
    inquiries = [e for e in rule_events(text, reference_time="2025-06-08") if e.event_type == "ACCUSE"]
    assert len(inquiries) == 1


def test_two_killings_of_different_named_victims_are_two_events() -> None:
    text = (
        "Pada tahun 1130 Adipati Welf dibunuh oleh orang suruhan saudaranya di Lubeck. "
        "Pangeran Otto juga dibunuh di tahun yang sama di Bremen."
    )
    assert [e.trigger.text for e in _events(text) if e.event_type == "ASSAULT"] == ["dibunuh", "dibunuh"]
    again = "Adipati Welf dibunuh oleh orang suruhan saudaranya di Lubeck. Welf dibunuh saat berburu di hutan."
    assert len([e for e in _events(again) if e.event_type == "ASSAULT"]) == 1  # one victim: one killing


def test_a_victim_named_in_a_battle_told_against_a_group_stays_one_event() -> None:
    text = (
        "Pasukan Jepang menyerang tentara Inggris di dekat sungai pada tahun 1797. "
        "Komandan Hamid ditembak tujuh kali dalam pertempuran itu."
    )
    assert len([e for e in _events(text) if e.event_type == "ASSAULT"]) == 1  # a group by a common noun names no one


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Pada tahun 1212 pasukan raja merebut Toledo dari tangan lawannya.", "merebut"),
        ("Bangsa Mongol menduduki Aleppo pada musim semi tahun itu.", "menduduki"),
        ("Gubernur yang memberontak itu mengambil alih Mosul pada musim dingin.", "mengambil alih"),
        ("Sepupunya menggulingkan Edmund setahun kemudian.", "menggulingkan"),
    ],
)
def test_a_seizure_of_a_named_town_or_ruler_needs_no_cue_word(text: str, trigger: str) -> None:
    assert [e.trigger.text for e in _events(text) if e.event_type == "COERCE"] == [trigger]


@pytest.mark.parametrize(
    "text", ["Pelari Kenya itu merebut medali emas di nomor maraton.", "Ia menguasai tiga bahasa asing dengan lancar."]
)
def test_a_seizure_verb_before_a_common_word_still_needs_its_cue(text: str) -> None:
    assert [e for e in _events(text) if e.event_type == "COERCE"] == []


def test_leaders_talking_by_telephone_consult_and_a_reporters_call_does_not() -> None:
    call = "Presiden Prabowo berbicara melalui sambungan telepon dengan Perdana Menteri Kanada pada Jumat."
    assert "CONSULT" in {e.event_type for e in _events(call)}
    reporter = "Menteri itu belum memberi jawaban saat dihubungi wartawan melalui sambungan telepon pada Jumat."
    assert "CONSULT" not in {e.event_type for e in _events(reporter)}


def test_a_search_and_an_arrest_told_together_are_separate_acts() -> None:
    text = (
        "Petugas bea cukai menggeledah gudang milik sebuah perusahaan di Surabaya pada Kamis (5/6/2025). "
        "Dalam operasi itu, petugas juga menangkap tiga orang pekerja yang diduga menyelundupkan rokok."
    )
    modes = sorted(e.mode[0] for e in _events(text) if e.event_type == "COERCE")
    assert modes == ["arrest", "seize"]


def test_goods_confiscated_in_an_arrest_are_part_of_it() -> None:
    text = "Polisi menangkap dua pengedar di Medan pada Senin. Petugas juga menyita lima kilogram ganja dari mobil itu."
    assert len([e for e in _events(text) if e.event_type == "COERCE"]) == 1


def test_one_arrest_told_by_two_words_of_one_mode_stays_one_event() -> None:
    text = "Polisi menangkap seorang pencuri motor di Depok pada Senin. Pelaku kemudian ditahan di polsek setempat."
    assert len([e for e in _events(text) if e.event_type == "COERCE"]) == 1
