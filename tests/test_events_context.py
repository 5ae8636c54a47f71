"""How context changes what a trigger reports: causes, requests, plans, conditions, riots, tables.

Sentences are written for these tests in general Indonesian news style (not from the dev texts).
"""

from __future__ import annotations

import pytest
from conftest import rule_events

from peristiwa.events import find_attributions
from peristiwa.spans import Event


def _events(text: str) -> list[Event]:
    return rule_events(text)


def _types(text: str) -> list[str]:
    return [e.event_type for e in _events(text)]


def test_events_context_cause_given_in_passing_is_its_own_undated_event() -> None:
    text = (
        "Pada 5 Februari 2024, Amerika Serikat membom gudang senjata milisi di Deir ez-Zor. "
        "Serangan itu merupakan balasan atas serangan drone ke pangkalan AS di Yordania."
    )
    assaults = [e for e in _events(text) if e.event_type == "ASSAULT"]
    assert len(assaults) == 2
    cause = next(e for e in assaults if e.trigger.start > text.index("balasan atas"))
    assert cause.date is None


@pytest.mark.parametrize(
    ("sentence", "absent"),
    [
        ("Menteri itu mendesak aparat untuk menangkap pelaku penembakan.", "COERCE"),
        ("Komnas HAM meminta pemerintah agar menarik pasukan dari Intan Jaya.", "RETREAT"),
        ("Presiden akan bertemu Perdana Menteri Jepang di Tokyo pekan depan.", "CONSULT"),
        ("Sebagian besar warga setuju bahwa pemilu berjalan damai.", "AGREE"),
    ],
)
def test_events_context_what_is_asked_planned_or_opined_is_not_an_event(sentence: str, absent: str) -> None:
    assert absent not in _types(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Menlu Jepang mengatakan kedua negara akan melakukan penandatanganan perjanjian pertahanan di Tokyo besok.",
        "Menurut juru bicara istana, Malaysia dan Indonesia akan menandatangani nota kesepahaman pekan depan.",
    ],
)
def test_events_context_a_signing_announced_with_akan_is_a_plan(sentence: str) -> None:
    assert "SUPPORT" not in _types(sentence)


def test_events_context_a_signing_told_as_done_stays_support() -> None:
    assert "SUPPORT" in _types("Malaysia dan Indonesia menandatangani nota kesepahaman perbatasan di Kuala Lumpur.")


def test_events_context_anyone_who_attacks_is_a_threat() -> None:
    text = "Kapolri menegaskan bahwa siapa pun yang menyerang aparat di Papua akan ditindak tegas."
    types = _types(text)
    assert "THREATEN" in types and "ASSAULT" not in types


def test_events_context_crowd_violence_during_a_demonstration_makes_one_riot() -> None:
    text = (
        "Ratusan mahasiswa berunjuk rasa di depan gedung DPRD Makassar pada 24 September 2019. "
        "Massa kemudian membakar pos polisi dan merusak pagar gedung."
    )
    events = _events(text)
    assert [e.event_type for e in events] == ["PROTEST"]
    assert "riot" in events[0].mode


def test_events_context_police_firing_on_a_crowd_stays_an_attack() -> None:
    text = "Ribuan buruh berunjuk rasa di Bekasi. Polisi menembakkan gas air mata ke arah massa."
    assert sorted(_types(text)) == ["ASSAULT", "PROTEST"]


def test_events_context_retaliation_is_a_new_attack() -> None:
    text = (
        "Kelompok bersenjata menyerang pos TNI di Nduga pada 3 Maret 2023. "
        "Dua hari kemudian TNI melancarkan serangan balasan ke markas kelompok itu."
    )
    assert _types(text).count("ASSAULT") == 2


def test_events_context_a_dated_name_is_its_own_event() -> None:
    text = "Dua mahasiswa Universitas Halu Oleo tewas dalam demonstrasi 26 September 2019 di Kendari."
    protest = next(e for e in _events(text) if e.event_type == "PROTEST")
    assert protest.date is not None and protest.date.start == "2019-09-26"


def test_events_context_infobox_rows_name_but_do_not_report() -> None:
    text = (
        "Pengeboman Kampung Melayu\nSenjata | Bom panci\nTewas | 5\n\n"
        "Pengeboman Kampung Melayu terjadi pada 24 Mei 2017 di Jakarta Timur."
    )
    assaults = [e for e in _events(text) if e.event_type == "ASSAULT"]
    assert len(assaults) == 1
    assert [(c.kind, c.min) for c in assaults[0].casualties] == [("killed", 5)]


def test_events_context_speaker_is_the_source() -> None:
    text = "Juru bicara Polda Papua mengatakan dua anggota KKB ditangkap di Timika."
    arrest = next(e for e in _events(text) if e.event_type == "COERCE")
    assert [a.source for a in arrest.attribution] == ["Juru bicara Polda Papua"]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Dua pengedar sabu ditangkap di Pekanbaru, dilansir dari Antara.", "Antara"),
        ("Tentara menembaki konvoi bantuan di perbatasan, seperti dilansir dari Reuters.", "Reuters"),
        ("Polisi menangkap tiga tersangka pembakaran pos, imbuh Kapolres Jayapura.", "Kapolres Jayapura"),
        ("Kapolres Sorong menuturkan, empat pelaku penyerangan sudah ditahan.", "Kapolres Sorong"),
        ("Berdasarkan tayangan Kompas TV, polisi menangkap dua penjambret di Depok.", "Kompas TV"),
        ("Berdasarkan unggahan akun resmi Polda Bali, petugas menahan tiga turis asing.", "akun resmi Polda Bali"),
    ],
)
def test_events_context_a_medium_quoted_or_a_short_speech_verb_names_the_source(text: str, source: str) -> None:
    events = _events(text)
    assert events, text
    assert source in [a.source for a in events[0].attribution]


@pytest.mark.parametrize(
    ("text", "sources"),
    [
        # a title, then the name in apposition: both are the source
        (
            "Kasat Reskrim Polres Jember, AKP Dodi Prasetyo, menjelaskan bahwa tiga pelaku sudah ditahan.",
            ["Kasat Reskrim Polres Jember, AKP Dodi Prasetyo"],
        ),
        (
            '"Ketiganya kami tahan," kata Kasi Humas Polres Jember, Ipda Wati Lestari, Selasa (3/6/2025).',
            ["Kasi Humas Polres Jember, Ipda Wati Lestari"],
        ),
        # an abbreviation in brackets inside the title
        (
            "Kepala Bidang Humas (Kabid Humas) Polda Bali Kombes Made Sutrisna mengatakan dua orang ditangkap.",
            ["Kepala Bidang Humas (Kabid Humas) Polda Bali Kombes Made Sutrisna"],
        ),
        # the day after the comma, a phrase fronted before it: neither is a name
        ('"Dua orang kami tahan," kata Kapolres Jember, Rabu (4/6/2025).', ["Kapolres Jember"]),
        ("Selain itu, Kapolres Jember mengatakan dua orang ditahan.", ["Kapolres Jember"]),
        ("Di Surabaya, Gubernur Jawa Timur mengatakan dua orang ditahan.", ["Gubernur Jawa Timur"]),
        # how and where the speaker said it is no part of the name; a medium quoted after it is a source too
        ('"Pelaku sudah kami tahan," ujar Budi dalam keterangan tertulisnya.', ["Budi"]),
        ('"Pelaku sudah kami tahan," kata Wati dilansir dari Antara.', ["Wati", "Antara"]),
        ('"Itu tidak benar," kata Menteri Dalam Negeri Tito Karnavian.', ["Menteri Dalam Negeri Tito Karnavian"]),
        # adverbs and connectives around the speaker; a pronoun or a phrase referring back names nobody
        ("Polisi juga mengatakan pelaku sudah ditahan.", ["Polisi"]),
        ("Sementara Kapolda Jawa Timur menegaskan pelaku sudah ditahan.", ["Kapolda Jawa Timur"]),
        ("Dia kemudian menjelaskan pelaku sudah ditahan.", []),
        ("Perwira menengah ini mengatakan pelaku sudah ditahan.", []),
        # an adverb fronted before the speaker, a circumstance set off between speaker and verb
        ("Sebelumnya, Kapolres Bogor mengatakan pelaku berjumlah tiga orang.", ["Kapolres Bogor"]),
        (
            "Terpisah, Kasi Humas Polres Bogor, Iptu Wati Lestari, saat dikonfirmasi, membenarkan penangkapan itu.",
            ["Kasi Humas Polres Bogor, Iptu Wati Lestari"],
        ),
        # one who speaks by trade or office, in lower case
        (
            "Serangan itu dilakukan oleh kelompok bersenjata, menurut pengamat militer Budi Santoso.",
            ["pengamat militer Budi Santoso"],
        ),
        (
            '"Klien kami menolak tuduhan itu," kata kuasa hukum tersangka, Andi Wijaya.',
            ["kuasa hukum tersangka, Andi Wijaya"],
        ),
        # a statement claimed, written or named: "mengeklaim", "menulis", "menyebut"
        ("Juru bicara militer Thailand mengeklaim dua pos perbatasan direbut.", ["Juru bicara militer Thailand"]),
        (
            "Menteri Luar Negeri Inggris menulis di akun X-nya bahwa serangan itu tidak dapat diterima.",
            ["Menteri Luar Negeri Inggris"],
        ),
        ("Kapolres Bogor menyebut pelaku berjumlah tiga orang.", ["Kapolres Bogor"]),
    ],
)
def test_events_context_the_source_is_the_name_of_who_said_it(text: str, sources: list[str]) -> None:
    assert [a.source for a in find_attributions(text)] == sources


@pytest.mark.parametrize(
    ("text", "sources"),
    [
        # the one an interview was given to, where the information comes from
        ("Dalam wawancara dengan Radio Elshinta, Bupati Malang membantah tudingan itu.", ["Radio Elshinta"]),
        ("Berdasarkan informasi dari Dinas Sosial Kota Bogor, bantuan sudah disalurkan.", ["Dinas Sosial Kota Bogor"]),
        ("Berdasarkan keterangan Basarnas, dua pendaki ditemukan selamat.", ["Basarnas"]),
        # one of them, an authority, the broadcast or page a medium is quoted from
        ("Konvoi itu ditembaki di dekat perbatasan, menurut seorang wartawan Reuters.", ["seorang wartawan Reuters"]),
        ("Dua warga tewas dalam ledakan itu, kata otoritas setempat.", ["otoritas setempat"]),
        ("Presiden menerima tamu negara di Bogor, dikutip dari tayangan YouTube Istana.", ["tayangan YouTube Istana"]),
        # where a statement was released or posted, the report it is told in
        (
            "Dalam pernyataan yang dirilis di laman Kementerian Luar Negeri, Indonesia mengecam serangan itu.",
            ["laman Kementerian Luar Negeri"],
        ),
        ("Video penangkapan itu diunggah di akun Instagram Polda Riau.", ["akun Instagram Polda Riau"]),
        ("Dalam laporan Amnesty International, puluhan warga ditahan tanpa proses hukum.", ["Amnesty International"]),
    ],
)
def test_events_context_an_interview_a_report_or_a_page_names_the_source(text: str, sources: list[str]) -> None:
    assert [a.source for a in find_attributions(text)] == sources


def test_events_context_the_day_after_a_citation_verb_is_no_source() -> None:
    """ "dikutip Senin (16/6/2025)": the day a statement was quoted, with no medium named."""
    text = (
        "Polisi masih memburu dua pelaku lain, kata Kapolsek Cibinong Kompol Andi Wijaya dalam "
        "keterangannya, dikutip Senin (16/6/2025)."
    )
    assert [a.source for a in find_attributions(text)] == ["Kapolsek Cibinong Kompol Andi Wijaya"]


@pytest.mark.parametrize(
    "text",
    [
        "Pernyataan Menteri Agama yang menyebut jumlah korban terlalu kecil menuai kritik.",
        "Lembaga itu memprotes penahanan aktivis dan menulis surat terbuka kepada Presiden.",
    ],
)
def test_events_context_a_speaker_ending_in_a_relative_or_a_conjunction_is_no_source(text: str) -> None:
    assert [a.source for a in find_attributions(text)] == []


def test_events_context_a_source_quoted_again_by_a_short_name_keeps_the_full_one() -> None:
    text = (
        "Kapolres Jember AKBP Budi Santoso mengatakan dua pelaku sudah ditahan. "
        '"Keduanya kami tahan di Mapolres," kata Budi.'
    )
    assert [a.source for a in find_attributions(text)] == ["Kapolres Jember AKBP Budi Santoso"] * 2


def test_events_context_the_speaker_quoted_next_vouches_for_the_sentence_before() -> None:
    text = (
        "Polisi menangkap dua pemuda yang membakar pos ronda di Bekasi.\n\n"
        '"Keduanya kami amankan di rumah masing-masing," kata Kapolsek Tambun Selatan.\n\n'
        "Warga sempat berunjuk rasa di depan kantor desa.\n\nLalu lintas kembali normal."
    )
    events = _events(text)
    arrest = next(e for e in events if e.event_type == "COERCE")
    assert [a.source for a in arrest.attribution] == ["Kapolsek Tambun Selatan"]
    protest = next(e for e in events if e.event_type == "PROTEST")
    assert protest.attribution == []  # the next sentence quotes nobody


def test_events_context_a_news_report_tells_an_unsourced_sentence_on_the_last_source_named() -> None:
    text = (
        "Polisi Tangkap Pembakar Pos Ronda\n\n"
        "BEKASI, KOMPAS.com - Polisi menangkap dua pemuda yang membakar pos ronda di Tambun.\n\n"
        "Kapolsek Tambun Selatan Kompol Budi Santoso mengatakan, keduanya diamankan di rumah masing-masing.\n\n"
        "Sebelumnya, warga sempat berunjuk rasa di depan kantor desa."
    )
    events = _events(text)
    # the lead names no source: the one quoted right after it vouches for it
    arrest = next(e for e in events if e.event_type == "COERCE")
    assert "Kapolsek Tambun Selatan Kompol Budi Santoso" in [a.source for a in arrest.attribution]
    protest = next(e for e in events if e.event_type == "PROTEST")
    assert [a.source for a in protest.attribution] == ["Kapolsek Tambun Selatan Kompol Budi Santoso"]


def test_events_context_an_unsourced_sentence_takes_every_source_of_the_sentence_named_last() -> None:
    text = (
        "Polisi Tangkap Pembakar Pos Ronda\n\n"
        "BEKASI, KOMPAS.com - Polisi menangkap dua pemuda yang membakar pos ronda di Tambun.\n\n"
        '"Keduanya kami amankan di rumah masing-masing," kata Kapolsek Tambun Selatan Kompol Budi Santoso, '
        "dikutip dari Antara.\n\n"
        "Sebelumnya, warga sempat berunjuk rasa di depan kantor desa."
    )
    events = _events(text)
    # the speaker and the medium that relays the speaker's words, before the sentence and after it
    for kind in ("COERCE", "PROTEST"):
        event = next(e for e in events if e.event_type == kind)
        assert [a.source for a in event.attribution] == ["Kapolsek Tambun Selatan Kompol Budi Santoso", "Antara"]


def test_events_context_a_report_taken_from_one_medium_tells_every_event_through_it() -> None:
    text = (
        "Warga Blokade Jalan Tambang\n\n"
        "SAMARINDA, KOMPAS.com - Ratusan warga berunjuk rasa di depan kantor bupati Kutai Kartanegara.\n\n"
        "Menurut Kapolsek Sangasanga, massa menolak debu dari truk pengangkut.\n\n"
        "Polisi kemudian menangkap dua orang yang membakar ban di lokasi.\n\n"
        "Artikel ini telah tayang di Tribunkaltim.co dengan judul Warga Sangasanga Tutup Jalan Tambang."
    )
    events = _events(text)
    for kind in ("PROTEST", "COERCE"):
        event = next(e for e in events if e.event_type == kind)
        assert [a.source for a in event.attribution] == ["Kapolsek Sangasanga", "Tribunkaltim"]
    # a quotation relayed from a wire service: the same for an event told in a sentence of its own
    text = (
        "Tentara Tembaki Konvoi Bantuan\n\n"
        "YANGON, KOMPAS.com - Tentara menembaki konvoi bantuan di Sagaing pada Selasa.\n\n"
        '"Dua sopir tewas di tempat," kata seorang relawan, sebagaimana dilansir AFP.'
    )
    attack = next(e for e in _events(text) if e.event_type == "ASSAULT")
    assert "AFP" in [a.source for a in attack.attribution]
    # two media quoted: neither is the report's own
    text = (
        "Polisi Tangkap Pembakar Pos Ronda\n\n"
        "BEKASI, KOMPAS.com - Polisi menangkap dua pemuda di Tambun.\n\n"
        "Menurut Kapolsek, keduanya membakar pos ronda, dikutip dari Antara.\n\n"
        "Sebelumnya, warga berunjuk rasa di depan kantor desa, dilansir dari Tribunnews."
    )
    arrest = next(e for e in _events(text) if e.event_type == "COERCE")
    assert "Tribunnews" not in [a.source for a in arrest.attribution]


def test_events_context_a_speaker_named_by_one_name_is_the_one_introduced_in_full() -> None:
    text = (
        '"Kami masih mendalami motifnya," kata Kapolres Jember, AKBP Budi Santoso.\n\n'
        "Budi menjelaskan, dua pelaku pembakaran pos ronda sudah ditahan."
    )
    found = find_attributions(text)
    assert [a.source for a in found] == ["Kapolres Jember, AKBP Budi Santoso"] * 2
    assert found[1].text == "Budi"  # the phrase itself stays the speaker's name
    arrest = next(e for e in _events(text) if e.event_type == "COERCE")
    assert [a.source for a in arrest.attribution] == ["Kapolres Jember, AKBP Budi Santoso"]
    # a name in capitals abbreviates a body, never a person's short name
    text = "Juru Bicara KPK Budi Santoso mengatakan rapat dimulai.\n\nKPK menyatakan sidang digelar pekan depan."
    assert [a.source for a in find_attributions(text)] == ["Juru Bicara KPK Budi Santoso", "KPK"]


def test_events_context_a_name_ends_before_a_word_after_a_no_break_space() -> None:
    text = '"Pelaku sudah kami tahan," ujar Budi\u00a0dalam keterangan tertulisnya, dilansir dari\u00a0Antara.'
    assert [a.source for a in find_attributions(text)] == ["Budi", "Antara"]


def test_events_context_a_text_other_than_news_names_its_sources_where_it_cites_them() -> None:
    text = "Menurut Reuters, tentara menembaki konvoi di Sagaing.\n\nPada tahun berikutnya, warga berunjuk rasa."
    protest = next(e for e in _events(text) if e.event_type == "PROTEST")
    assert protest.attribution == []


def test_events_context_one_subject_for_two_verbs() -> None:
    text = "Malaysia mendukung resolusi itu dan mendesak Myanmar untuk menghentikan kekerasan."
    request = next(e for e in _events(text) if e.event_type == "REQUEST")
    assert request.actor and request.actor[0].country == "MYS"
    assert request.recipient and request.recipient[0].country == "MMR"


def test_events_context_deployed_troops_are_the_mobilising_side() -> None:
    text = "Sebanyak 200 prajurit TNI ditempatkan di perbatasan Nunukan sejak Senin."
    mobilize = next(e for e in _events(text) if e.event_type == "MOBILIZE")
    assert mobilize.actor and mobilize.actor[0].country == "IDN" and mobilize.actor[0].sector == "MIL"


def test_events_context_a_denial_answers_the_accusation_before_it() -> None:
    text = (
        "Pemerintah Filipina menuduh Tiongkok menghalangi kapal nelayan di Laut Cina Selatan. "
        "Kementerian Luar Negeri Tiongkok membantah tuduhan itu."
    )
    reject = next(e for e in _events(text) if e.event_type == "REJECT")
    assert reject.recipient and reject.recipient[0].country == "PHL"


def test_events_context_victims_are_the_recipients_of_an_unaimed_attack() -> None:
    text = "Sebuah bom meledak di pasar Kota Marawi pada 3 Desember 2017, menewaskan empat warga."
    assault = next(e for e in _events(text) if e.event_type == "ASSAULT")
    assert assault.recipient and assault.recipient[0].country == "PHL"
    assert assault.recipient[0].sector == "CVL"


@pytest.mark.parametrize(
    ("text", "event_type", "role", "country"),
    [
        ("Serangan Israel di Rafah pada 6 Mei 2024 menewaskan puluhan warga.", "ASSAULT", "actor", "ISR"),
        ("Penangkapan warga Malaysia itu terjadi di Batam pada 2 Juni 2023.", "COERCE", "recipient", "MYS"),
        ("Invasi Kuwait oleh Irak dimulai pada 2 Agustus 1990.", "ASSAULT", "actor", "IRQ"),
    ],
)
def test_events_context_possessor_of_a_nominal_is_agent_or_patient_by_its_form(
    text: str, event_type: str, role: str, country: str
) -> None:
    event = next(e for e in _events(text) if e.event_type == event_type)
    assert any(p.country == country for p in getattr(event, role))


def test_events_context_a_named_person_killed_counts_one() -> None:
    text = "Aktivis HAM Munir Said Thalib dibunuh dalam penerbangan ke Amsterdam pada 7 September 2004."
    assault = next(e for e in _events(text) if e.event_type == "ASSAULT")
    assert [(c.kind, c.min) for c in assault.casualties] == [("killed", 1)]


@pytest.mark.parametrize(
    "text",
    [
        "Petugas Polres Bogor menangkap para pelaku pengeroyokan di sebuah kontrakan pada Minggu (3/8/2025).",
        "Para tersangka ditahan di Rutan Polda Metro Jaya sejak Jumat (1/8/2025).",
    ],
)
def test_events_context_a_group_with_the_plural_marker_is_not_one_person_arrested(text: str) -> None:
    arrest = next(e for e in _events(text) if e.event_type == "COERCE")
    assert not [c for c in arrest.casualties if c.kind == "arrested" and c.min == 1]


def test_events_context_a_parenthetical_is_not_the_subject() -> None:
    text = "Ratusan anggota TPNPB (termasuk dua warga Papua Nugini) menyerang pos TNI di Puncak pada 2 Mei 2021."
    assault = next(e for e in _events(text) if e.event_type == "ASSAULT")
    assert assault.actor and assault.actor[0].country == "IDN"


def test_events_context_a_seized_territory_is_the_recipient_and_the_place() -> None:
    text = "Pada 1975, pasukan Indonesia menyerbu dan menduduki Timor Timur."
    assault = next(e for e in _events(text) if e.event_type == "ASSAULT")
    assert assault.recipient and assault.recipient[0].country == "TLS"
    assert any(p.country == "TLS" for p in assault.locations)


def test_events_context_a_natural_disaster_is_no_attack_or_protest() -> None:
    text = (
        "Gempa bermagnitudo 5,6 mengguncang Kabupaten Cianjur, Jawa Barat, pada Senin (21/11/2022) siang. "
        "Sedikitnya 300 orang tewas dan ribuan rumah rusak. Banjir bandang dan tanah longsor juga "
        "menerjang tiga desa, memaksa sekitar 2.000 warga mengungsi ke tenda darurat. "
        "Tim SAR gabungan mengevakuasi korban yang tertimbun reruntuhan."
    )
    types = _types(text)
    assert "ASSAULT" not in types and "PROTEST" not in types, types


def test_events_context_a_speaker_after_a_citation_marker_is_the_source() -> None:
    text = (
        "Ratusan warga berunjuk rasa di depan kantor bupati Nabire.[3] "
        "Pihak kepolisian mengatakan bahwa massa membakar sebuah pos jaga."
    )
    protest = next(e for e in _events(text) if e.event_type == "PROTEST")
    assert "Pihak kepolisian" in [a.source for a in protest.attribution]


def test_events_context_a_dateline_is_not_where_it_happened() -> None:
    text = (
        "Jakarta — Massa membakar dua rumah di Desa Wamena Kota, Kabupaten Jayawijaya, pada 3 Mei 2023. "
        "Polisi menangkap lima orang. Sehari kemudian warga kembali berunjuk rasa. "
        "Situasi berangsur pulih. Pemerintah daerah menyalurkan bantuan makanan kepada korban."
    )
    aid = next(e for e in _events(text) if e.event_type == "AID")
    assert aid.locations and aid.locations[0].text != "Jakarta"


def test_events_context_a_planned_date_does_not_date_later_reports() -> None:
    text = (
        "Pada Senin (15/4/2024), Pemerintah Filipina mengecam manuver kapal Tiongkok dan berencana "
        "mengirim nota protes pekan depan. Keesokan harinya, polisi menangkap tiga nelayan di Palawan."
    )
    events = rule_events(text, reference_time="2024-04-20")
    arrest = next(e for e in events if e.event_type == "COERCE")
    assert arrest.date is not None and arrest.date.start <= "2024-04-20"


def test_events_context_an_unnamed_fighting_side_belongs_where_the_fight_is() -> None:
    text = (
        "Menteri Luar Negeri Retno Marsudi bertemu dengan mitranya di Jakarta pada 18 April 2024. "
        "Di Myanmar, tentara menyerang sebuah desa di Negara Bagian Rakhine pada hari yang sama."
    )
    assault = next(e for e in _events(text) if e.event_type == "ASSAULT")
    assert assault.actor and assault.actor[0].country == "MMR"


def test_events_context_both_sides_act_together() -> None:
    text = (
        "Presiden Prabowo Subianto bertemu Perdana Menteri Malaysia Anwar Ibrahim di Putrajaya pada 27 Juni 2025. "
        "Kedua pemimpin sepakat mempercepat perundingan batas laut."
    )
    agree = next(e for e in _events(text) if e.event_type == "AGREE")
    assert {p.country for p in agree.actor} == {"IDN", "MYS"}


def test_events_context_the_subject_before_a_relative_clause_acts() -> None:
    text = "Pada 2015, milisi yang didukung oleh Iran merebut ibu kota Yaman, Sanaa."
    events = _events(text)
    seize = next(e for e in events if e.event_type in ("COERCE", "ASSAULT"))
    assert seize.actor and seize.actor[0].text == "milisi"


@pytest.mark.parametrize(
    "text",
    [
        "Foto yang beredar menunjukkan polisi menembak seorang demonstran di Wamena.",
        "Polisi menembakkan gas air mata ke arah penonton di Stadion Kanjuruhan.",
        "Sebuah bom waktu meledak di pasar sentral Poso.",
    ],
)
def test_events_context_sense_words_elsewhere_in_the_sentence_do_not_hide_an_attack(text: str) -> None:
    assert "ASSAULT" in _types(text)


def test_events_context_a_clock_time_and_its_local_day_are_one_event_across_midnight_utc() -> None:
    text = (
        "Jayapura, Selasa (24/9/2019) – Kerusuhan pecah di Wamena pada Senin kemarin. "
        "Menurut polisi, kerusuhan bermula sekitar pukul 07.30 WIT ketika ratusan pelajar berunjuk rasa."
    )
    riots = [e for e in _events(text) if e.event_type == "PROTEST"]
    assert len(riots) == 1
    assert riots[0].date is not None and riots[0].date.start.startswith("2019-09-22T22:30")


@pytest.mark.parametrize(
    "sentence",
    [
        "Tim Gegana berhasil menjinakkan dua bom rakitan di sebuah rumah di Sukoharjo.",
        "Polisi menemukan tiga bom pipa dan bahan peledak di gudang itu.",
        "Tersangka mengaku merakit bom di kamar kosnya selama dua bulan.",
    ],
)
def test_events_context_a_bomb_that_is_found_or_made_is_a_thing_not_an_attack(sentence: str) -> None:
    assert "ASSAULT" not in _types(sentence)


@pytest.mark.parametrize(
    ("sentence", "absent"),
    [
        ("Polisi menembakkan gas air mata untuk membubarkan ribuan buruh di depan pabrik.", "COERCE"),
        ("Ratusan nelayan berunjuk rasa di kantor gubernur untuk menolak reklamasi teluk.", "REJECT"),
    ],
)
def test_events_context_an_act_done_in_order_to_do_another_reports_only_the_first(sentence: str, absent: str) -> None:
    assert absent not in _types(sentence)


def test_events_context_every_item_of_a_listed_agreement_is_its_content() -> None:
    text = (
        "Kedua negara menyepakati peta jalan yang meliputi penarikan pasukan dari perbatasan, "
        "penyaluran bantuan kemanusiaan, serta kunjungan utusan khusus ke wilayah sengketa."
    )
    assert _types(text) == ["AGREE"]


def test_events_context_about_to_be_arrested_is_neither_an_arrest_nor_a_threat() -> None:
    text = "Kedua terduga menembaki petugas saat hendak ditangkap di Cikarang pada Selasa."
    types = _types(text)
    assert "THREATEN" not in types and "COERCE" not in types and "ASSAULT" in types


def test_events_context_an_attack_mentioned_in_a_when_clause_is_the_attack_already_told() -> None:
    text = (
        "Pada 3 Mei 2023, sekelompok orang bersenjata menyerang pos polisi di Paniai. "
        "Kapolda, yang sedang berada di Nabire ketika serangan terjadi, segera terbang ke Paniai."
    )
    assert _types(text).count("ASSAULT") == 1


@pytest.mark.parametrize(
    ("sentence", "mode"),
    [
        ("Pada 2 Juli 2024, Niger menghentikan kerja sama militer dengan Amerika Serikat.", "sever"),
        ("Kolombia memanggil pulang duta besarnya dari Israel pada 2 November 2023.", "withdraw"),
    ],
)
def test_events_context_stopping_cooperation_or_recalling_an_ambassador_is_a_sanction(sentence: str, mode: str) -> None:
    sanctions = [e for e in _events(sentence) if e.event_type == "SANCTION"]
    assert sanctions and mode in sanctions[0].mode
    assert "COOPERATE" not in _types(sentence)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Kapolda Papua, Senin, mengatakan bahwa dua pos polisi dibakar massa di Deiyai.", "Kapolda Papua"),
        ("Juru bicara Hamas, Abu Obaida, Rabu malam mengklaim serangan roket ke Ashkelon.", "Abu Obaida"),
    ],
)
def test_events_context_the_day_between_speaker_and_verb_is_not_the_source(text: str, source: str) -> None:
    from peristiwa.events.attribution import find_attributions

    assert [a.source for a in find_attributions(text)] == [source]


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("Polisi mengamankan 12 orang yang diduga provokator kerusuhan di Manokwari pada Sabtu.", 12),
        ("Sebanyak sembilan mahasiswa diamankan aparat usai demonstrasi di depan gedung DPRD Sumatera Utara.", 9),
    ],
)
def test_events_context_securing_people_is_an_arrest(sentence: str, count: int) -> None:
    arrests = [e for e in _events(sentence) if e.event_type == "COERCE"]
    assert arrests and any(c.kind == "arrested" and c.min == count for c in arrests[0].casualties)


def test_events_context_securing_a_place_is_not_an_arrest() -> None:
    assert "COERCE" not in _types("Petugas mengamankan lokasi kejadian dan barang bukti di Jalan Sudirman.")


def test_events_context_a_party_inside_a_cited_source_is_not_the_actor() -> None:
    text = "Menurut Komando Pusat Amerika Serikat (CENTCOM), rudal Houthi menghantam kapal itu di Teluk Aden."
    attacks = [e for e in _events(text) if e.event_type == "ASSAULT"]
    assert attacks and "USA" not in {p.country for p in attacks[0].actor}


@pytest.mark.parametrize(
    ("sentence", "absent"),
    [
        (
            "Pada 3 Mei 2022, Mali menghentikan kerja sama pertahanan dengan Prancis, "
            "termasuk kerja sama latihan militer.",
            "COOPERATE",
        ),
        ("Kedua pihak menyepakati rencana damai yang meliputi bantuan kemanusiaan dan pertukaran tahanan.", "AID"),
    ],
)
def test_events_context_parts_listed_after_termasuk_or_meliputi_are_not_acts(sentence: str, absent: str) -> None:
    assert absent not in _types(sentence)


def test_events_context_a_second_act_asked_for_after_dan_is_still_asked() -> None:
    text = "Sekjen PBB meminta junta menghentikan kekerasan dan membebaskan semua tahanan politik."
    assert "RETREAT" not in _types(text)


def test_events_context_a_threat_and_a_demand_joined_by_dan_are_both_statements() -> None:
    text = "Juru bicara kelompok itu mengancam akan menyerang pos tentara dan meminta warga meninggalkan desa."
    types = _types(text)
    assert "THREATEN" in types and "REQUEST" in types


@pytest.mark.parametrize(
    ("sentence", "event_type", "mode"),
    [
        ("Pada 8 April 2010, Pemerintah Thailand memberlakukan keadaan darurat di Bangkok.", "COERCE", "martial-law"),
        ("Pada 2003, TNI melancarkan operasi militer terhadap GAM di seluruh Aceh.", "ASSAULT", None),
        ("Pada 16 Februari 2021, jaksa mengajukan dakwaan baru terhadap Aung San Suu Kyi.", "ACCUSE", "allege"),
    ],
)
def test_events_context_emergencies_offensives_and_indictments(
    sentence: str, event_type: str, mode: str | None
) -> None:
    events = [e for e in _events(sentence) if e.event_type == event_type]
    assert events and (mode is None or mode in events[0].mode)


def test_events_context_a_disaster_emergency_is_not_martial_law() -> None:
    assert "COERCE" not in _types("Gubernur menetapkan keadaan darurat bencana banjir di tiga kabupaten.")


def test_events_context_naming_the_attackers_group_is_an_allegation() -> None:
    text = "Kapolda Jawa Tengah menyebut ketiga pelaku merupakan anggota jaringan Jamaah Islamiyah."
    accusations = [e for e in _events(text) if e.event_type == "ACCUSE"]
    assert accusations and "allege" in accusations[0].mode
    assert "ACCUSE" not in _types("Ia merupakan anggota DPR dari Partai Golkar sejak 2019.")


@pytest.mark.parametrize(
    "opening",
    [
        "Bayang Senja adalah film drama Indonesia tahun 2019 yang disutradarai oleh Arif Wibowo.",
        "Sang Penjaga merupakan sebuah serial televisi Filipina yang tayang pada tahun 2015.",
        "Rara adalah tokoh fiktif dalam novel remaja karya Dewi Lestari.",
        "Berkisah tentang seorang pemuda desa yang merantau ke ibu kota.",
    ],
)
def test_events_context_a_passage_presenting_a_work_tells_its_plot_not_events(opening: str) -> None:
    text = (
        f"{opening} Suatu malam, Bima menuduh pamannya mencuri sawah keluarga. "
        "Pamannya kemudian ditangkap polisi dan dipenjara selama dua tahun."
    )
    assert _types(text) == []


def test_events_context_a_named_war_in_a_plot_is_still_an_event() -> None:
    text = (
        "Langit Merah adalah film drama Amerika Serikat tahun 1998. "
        "Tokoh utamanya kehilangan kakaknya yang gugur dalam Perang Korea. "
        "Ia lalu menuduh tetangganya membakar rumah itu."
    )
    assert _types(text) == ["ASSAULT"]


def test_events_context_a_passage_on_a_nation_s_character_is_no_work() -> None:
    text = (
        "Penyebab bentrokan itu adalah karakter warga yang mudah tersulut. "
        "Polisi menangkap lima orang dalam bentrokan di Ambon."
    )
    assert "COERCE" in _types(text)


@pytest.mark.parametrize(
    ("sentence", "absent"),
    [
        ("Rancangan undang-undang itu kini tinggal menunggu persetujuan DPR.", "AGREE"),
        ("Ratusan polisi berjaga di depan gedung itu untuk mengantisipasi aksi unjuk rasa.", "PROTEST"),
        ("Patroli malam digelar untuk mencegah kerusuhan antarwarga.", "PROTEST"),
        ("Menteri itu melobi fraksi-fraksi untuk menghindarkan penolakan dari parlemen.", "REJECT"),
    ],
)
def test_events_context_an_act_awaited_or_averted_has_not_happened(sentence: str, absent: str) -> None:
    assert absent not in _types(sentence)


def test_events_context_a_named_war_awaited_still_happened() -> None:
    text = "Kedua negara itu bersiaga selama berminggu-minggu sambil menunggu Perang Enam Hari pecah pada Juni 1967."
    assert "ASSAULT" in _types(text)


@pytest.mark.parametrize(
    ("sentence", "absent"),
    [
        ("Kedua kubu milisi sudah saling berhadapan, sehingga sangat mungkin pecah perang saudara.", "ASSAULT"),
        ("Dua kubu itu terus bersitegang sehingga mungkin terjadi pertempuran di perbatasan.", "ASSAULT"),
        ("Dengan rekaman kamera itu, para pencuri kabel bisa segera ditangkap aparat.", "COERCE"),
        ("Pengamat menilai sengketa lahan itu berpotensi memicu kerusuhan di kabupaten tersebut.", "PROTEST"),
    ],
)
def test_events_context_a_possibility_is_no_report(sentence: str, absent: str) -> None:
    assert absent not in _types(sentence)


def test_events_context_dapat_of_an_arrest_made_stays_an_event() -> None:
    assert "COERCE" in _types("Setelah buron tiga bulan, pelaku akhirnya dapat ditangkap polisi di rumah kerabatnya.")


@pytest.mark.parametrize(
    ("sentence", "absent"),
    [
        (
            "Menteri Luar Negeri dijadwalkan memimpin delegasi Indonesia ke perundingan dagang di Bangkok pekan depan.",
            "CONSULT",
        ),
        ("Serikat pekerja itu berencana menggugat keputusan wali kota ke pengadilan tata usaha negara.", "ACCUSE"),
        ("Kedua menteri direncanakan menandatangani nota kesepahaman itu di Jakarta bulan depan.", "SUPPORT"),
        ("Bupati itu menegaskan dirinya tidak pernah punya niat mengusir para pedagang dari pasar.", "COERCE"),
        ("Kepala desa itu bermaksud menemui pejabat provinsi di ibu kota pekan depan.", "CONSULT"),
    ],
)
def test_events_context_a_planned_act_is_no_event(sentence: str, absent: str) -> None:
    assert absent not in _types(sentence)


@pytest.mark.parametrize(
    ("sentence", "absent"),
    [
        ("Pengadilan itu mengeluarkan surat perintah penangkapan terhadap mantan gubernur yang kabur.", "COERCE"),
        ("Perintah penahanan telah diterbitkan untuk sembilan orang yang diduga terlibat kerusuhan.", "COERCE"),
        ("Penumpang diminta mematuhi instruksi evakuasi dari awak kapal bila terjadi keadaan darurat.", "AID"),
    ],
)
def test_events_context_an_order_or_a_warrant_is_not_the_act_it_orders(sentence: str, absent: str) -> None:
    assert absent not in _types(sentence)


def test_events_context_an_inquiry_ordered_by_the_verb_stays_an_event() -> None:
    assert "ACCUSE" in _types("Kapolri memerintahkan penyelidikan atas tewasnya dua mahasiswa dalam unjuk rasa itu.")


def test_events_context_a_condition_opening_a_quotation_is_hypothetical() -> None:
    text = '"Kalau ada anggota kami yang ditangkap, kami akan mendampingi mereka," kata Ketua LBH Semarang.'
    assert "COERCE" not in _types(text)


def test_events_context_an_arrest_quoted_without_a_condition_stays_an_event() -> None:
    text = '"Dua anggota kami ditangkap polisi di Semarang tadi malam," kata Ketua LBH Semarang.'
    assert "COERCE" in _types(text)


@pytest.mark.parametrize(
    ("sentence", "absent"),
    [
        ("Pakar keamanan menilai kemampuan kelompok itu untuk melancarkan serangan besar sudah melemah.", "ASSAULT"),
        ("Panglima itu yakin pasukannya sanggup memenangkan pertempuran di perbatasan.", "ASSAULT"),
    ],
)
def test_events_context_an_ability_to_act_is_no_report(sentence: str, absent: str) -> None:
    assert absent not in _types(sentence)


def test_events_context_an_attack_told_beside_a_capability_stays_an_event() -> None:
    text = "Kelompok bersenjata itu menyerang pos polisi di Puncak, Papua, pada Selasa malam."
    assert "ASSAULT" in _types(text)


@pytest.mark.parametrize(
    ("sentence", "absent"),
    [
        ("Mantan menteri itu menyarankan pembicaraan langsung dengan Korea Utara.", "CONSULT"),
        ("Sejumlah anggota DPR mengusulkan pertemuan dengan Menteri Luar Negeri Malaysia.", "CONSULT"),
    ],
)
def test_events_context_a_suggested_or_proposed_act_is_not_the_act(sentence: str, absent: str) -> None:
    assert absent not in _types(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Rapat paripurna DPR menyetujui pengangkatan Laksamana Yudo sebagai Panglima TNI.",
        "Komisi III DPR menyetujui Komjen Listyo sebagai calon Kapolri dalam uji kelayakan.",
    ],
)
def test_events_context_approving_an_appointment_is_no_agreement(sentence: str) -> None:
    assert "AGREE" not in _types(sentence)


def test_events_context_approving_a_joint_patrol_stays_an_agreement() -> None:
    assert "AGREE" in _types("Indonesia dan Malaysia menyetujui kerja sama patroli bersama di Selat Malaka.")


@pytest.mark.parametrize(
    "sentence",
    [
        "Kapolres menyatakan pihaknya akan melakukan penyelidikan atas kericuhan di stadion itu.",
        "KPK akan memeriksa mantan menteri itu sebagai saksi pekan depan.",
    ],
)
def test_events_context_an_investigation_announced_is_a_plan(sentence: str) -> None:
    assert "ACCUSE" not in _types(sentence)


def test_events_context_an_investigation_done_stays_an_event() -> None:
    assert "ACCUSE" in _types("Polisi telah melakukan penyelidikan atas kericuhan di stadion itu.")


def test_events_context_a_mock_missile_shot_down_is_a_test_not_an_attack() -> None:
    assert "ASSAULT" not in _types("Kapal perusak Jepang itu menembak jatuh rudal balistik tiruan di dekat Hawaii.")


def test_events_context_a_drone_shot_down_stays_an_attack() -> None:
    assert "ASSAULT" in _types("Kapal perang Israel menembak jatuh drone Hizbullah di atas perairan Haifa.")


def test_events_context_an_opening_to_act_is_no_report() -> None:
    assert "COOPERATE" not in _types("Kejaksaan Agung membuka peluang untuk berkoordinasi dengan KPK dalam kasus itu.")


def test_events_context_coordination_told_as_done_stays_an_event() -> None:
    # between the agencies of two states (D102: police-to-police cooperation is COOPERATE)
    assert "COOPERATE" in _types("Polri berkoordinasi dengan Kepolisian Federal Australia dalam kasus itu.")


def test_events_context_coordination_at_home_is_administration() -> None:
    # D5 (routine government work) and D31 (COOPERATE is for alliances): two domestic agencies coordinating
    assert "COOPERATE" not in _types("Kejaksaan Agung berkoordinasi dengan KPK dalam kasus itu.")
    assert "COOPERATE" not in _types("Polri bekerja sama dengan Kejaksaan Agung dalam kasus itu.")


def test_events_context_cooperation_as_a_topic_is_no_event() -> None:
    # D115 (4): a cooperation agreement is SUPPORT, talks about it CONSULT; the noun alone names no act
    assert "COOPERATE" not in _types("Kedua menteri membahas peningkatan kerja sama pertahanan di Jakarta.")


def test_events_context_an_investigation_wished_for_is_not_yet_done() -> None:
    assert "ACCUSE" not in _types("Warga berharap penyidik memeriksa semua saksi dalam kasus itu.")


@pytest.mark.parametrize(
    ("sentence", "absent"),
    [
        ("Tiga tim itu bertugas untuk segera menangkap satu tersangka lain yang melarikan diri.", "COERCE"),
        ("Pasukan khusus itu diperintahkan menyerang markas pemberontak di utara.", "ASSAULT"),
    ],
)
def test_events_context_a_task_given_is_not_the_act(sentence: str, absent: str) -> None:
    assert absent not in _types(sentence)


def test_events_context_the_team_making_the_arrest_stays_an_event() -> None:
    assert "COERCE" in _types("Tim gabungan menangkap satu tersangka lain yang melarikan diri ke Medan.")


def test_events_context_ambulances_sent_to_a_scene_are_no_mobilisation() -> None:
    assert "MOBILIZE" not in _types("Sekitar 30 ambulans dikerahkan ke lokasi ledakan di pusat kota.")


def test_events_context_police_sent_to_a_town_stay_a_mobilisation() -> None:
    assert "MOBILIZE" in _types("Polri mengerahkan 2.000 personel Brimob ke Wamena untuk mengamankan kota itu.")


@pytest.mark.parametrize(
    ("sentence", "absent"),
    [
        ("Pak Budi menuduh sang istri menghabiskan uang belanja untuk judi daring.", "ACCUSE"),
        ("Seorang ASN menyangkal bahwa dia berselingkuh dengan rekan kerjanya.", "REJECT"),
    ],
)
def test_events_context_a_couple_s_quarrel_or_an_affair_is_private(sentence: str, absent: str) -> None:
    assert absent not in _types(sentence)


def test_events_context_accusing_the_government_stays_an_event() -> None:
    assert "ACCUSE" in _types("Oposisi menuduh pemerintah memanipulasi hasil pemilu di tiga provinsi.")


@pytest.mark.parametrize(
    ("sentence", "absent"),
    [
        ("Pengamat memperkirakan pasukan Rusia akan menyerang Kyiv dalam beberapa hari.", "THREATEN"),
        ("Seorang analis yakin otoritas Singapura bakal menolak permohonan ekstradisi itu.", "REJECT"),
    ],
)
def test_events_context_a_forecast_of_another_s_act_is_neither_report_nor_threat(sentence: str, absent: str) -> None:
    assert absent not in _types(sentence)


def test_events_context_a_threat_of_the_one_who_would_act_stays_a_threat() -> None:
    assert "THREATEN" in _types("Kelompok bersenjata itu mengancam akan menyerang pos-pos militer di perbatasan.")


@pytest.mark.parametrize(
    "sentence",
    [
        "Israel berjanji akan mengurangi blokade ekonomi terhadap Jalur Gaza.",
        "Kelompok itu berjanji akan menghentikan serangan roket ke kota-kota perbatasan.",
    ],
)
def test_events_context_a_promise_to_end_an_attack_is_no_threat(sentence: str) -> None:
    assert "THREATEN" not in _types(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Iran akan membalas serangan Israel terhadap konsulatnya di Damaskus.",
        "Hamas mengancam akan melancarkan serangan roket ke Tel Aviv.",
    ],
)
def test_events_context_a_future_attack_stays_a_threat(sentence: str) -> None:
    assert "THREATEN" in _types(sentence)


def test_events_context_an_analyst_s_warning_is_no_threat() -> None:
    assert "THREATEN" not in _types("Para analis memperingatkan risiko konflik bersenjata di perbatasan kedua negara.")


def test_events_context_a_state_s_warning_stays_a_threat() -> None:
    text = "Korea Utara memperingatkan Amerika Serikat agar tidak campur tangan di Semenanjung Korea."
    assert "THREATEN" in _types(text)


@pytest.mark.parametrize(
    ("sentence", "absent"),
    [
        ("Pengadilan menyebut kasus itu sebagai perkara serius yang membutuhkan penyelidikan mendalam.", "ACCUSE"),
        ("Diperlukan perundingan berhari-hari untuk menyelesaikan sengketa perbatasan itu.", "CONSULT"),
    ],
)
def test_events_context_what_is_needed_has_not_happened(sentence: str, absent: str) -> None:
    assert absent not in _types(sentence)


@pytest.mark.parametrize(
    ("sentence", "named"),
    [
        ("Kementerian Luar Negeri mengecam serangan udara Israel terhadap sebuah sekolah di Gaza utara.", "ASSAULT"),
        ("Organisasi HAM itu mengutuk penangkapan puluhan wartawan oleh junta militer di Yangon.", "COERCE"),
        ("Dewan gereja menyesalkan penyerangan terhadap jemaat yang sedang beribadah di desa itu.", "ASSAULT"),
        ("Kepolisian daerah menyelidiki penembakan terhadap seorang aktivis lingkungan di depan rumahnya.", "ASSAULT"),
    ],
)
def test_events_context_act_a_condemnation_names_is_its_own_event(sentence: str, named: str) -> None:
    types = _types(sentence)
    assert "ACCUSE" in types
    assert named in types


def test_events_context_act_a_denial_names_stays_what_is_said() -> None:
    assert "ASSAULT" not in _types("Juru bicara militer membantah serangan terhadap rumah sakit di kota itu.")


def test_the_condemner_is_not_the_actor_of_the_act_condemned() -> None:
    text = "Presiden Prabowo Subianto mengecam keras penembakan terhadap dua wartawan di Sorong, Selasa (4/3/2025)."
    events = {e.event_type: e for e in rule_events(text, reference_time="2025-03-05")}
    assert "ACCUSE" in events and "ASSAULT" in events
    condemners = {p.name for p in events["ACCUSE"].actor}
    assert condemners and not condemners & {p.name for p in events["ASSAULT"].actor}


def test_the_speaker_of_a_condemnation_is_not_the_actor_of_the_act_condemned() -> None:
    text = '"Kami mengecam keras serangan terhadap warga sipil di Gaza," kata juru bicara Kemlu Malaysia.'
    events = {e.event_type: e for e in rule_events(text)}
    assert "ACCUSE" in events and "ASSAULT" in events
    assert all(p.country != "MYS" for p in events["ASSAULT"].actor)


@pytest.mark.parametrize(
    ("sentence", "absent"),
    [
        ("Laskar itu dibentuk guna memerangi kekuasaan kerajaan di wilayah pesisir.", "ASSAULT"),
        ("Para bangsawan berkumpul di benteng itu demi menggulingkan raja yang lalim.", "COERCE"),
        ("Pasukan gabungan menyerbu kampung itu untuk membunuh atau menangkap para buron.", "COERCE"),
    ],
)
def test_events_context_an_act_told_as_a_purpose_is_no_event(sentence: str, absent: str) -> None:
    assert absent not in _types(sentence)


def test_events_context_an_act_before_a_purpose_stays_an_event() -> None:
    types = _types("Polisi menangkap dua pemuda di Sleman guna mencegah bentrokan antarkampung.")
    assert "COERCE" in types


@pytest.mark.parametrize(
    "sentence",
    [
        "Menlu itu menyampaikan pandangan pemerintahnya soal perundingan damai di kawasan itu kepada wartawan.",
        "Ia berbicara kepada wartawan mengenai negosiasi pembebasan sandera yang masih buntu.",
    ],
)
def test_events_context_talks_named_as_a_topic_are_no_talks_held(sentence: str) -> None:
    assert "CONSULT" not in [e.event_type for e in _events(sentence) if e.trigger.text.lower() != "berbicara"]


def test_events_context_talks_gone_through_stay_talks() -> None:
    text = "Tarif itu diturunkan setelah melalui negosiasi panjang antara delegasi kedua negara di Jenewa."
    assert "CONSULT" in _types(text)


def test_events_context_an_intention_covers_only_the_act_right_after_it() -> None:
    text = "Milisi itu tidak memiliki niat untuk menghentikan kegiatan memerangi pasukan pemerintah di perbatasan."
    assert "ASSAULT" in _types(text)


@pytest.mark.parametrize(
    ("sentence", "absent"),
    [
        (
            "Wali kota sudah membicarakan melalui telepon mengenai sanksi bagi pengemudi ojek yang melanggar.",
            "SANCTION",
        ),
        ("Sampai kini belum ada aturan yang jelas tentang sanksi bagi perusahaan pencemar sungai.", "SANCTION"),
        ("Pengamat itu menulis tentang dukungan negara-negara Arab bagi rakyat Palestina.", "SUPPORT"),
    ],
)
def test_events_context_an_agreement_or_a_sanction_named_as_a_topic_is_no_event(sentence: str, absent: str) -> None:
    assert absent not in _types(sentence)


def test_events_context_a_sanction_imposed_stays_an_event() -> None:
    assert "SANCTION" in _types(
        "Uni Eropa menjatuhkan sanksi ekonomi terhadap tiga pejabat tinggi negara itu pada Senin."
    )


def test_events_context_examining_a_persons_condition_is_no_questioning() -> None:
    text = "Warga berharap penyidik tidak hanya memeriksa saksi, tetapi juga memeriksa kondisi jembatan yang runtuh."
    checks = [e for e in _events(text) if e.trigger is not None and e.trigger.start > text.index("tetapi")]
    assert not [e for e in checks if e.event_type == "ACCUSE"]


def test_events_context_a_persons_home_is_not_where_it_happened() -> None:
    text = (
        "Seorang pemuda warga Desa Sukamaju, Garut, ditangkap polisi Malaysia saat bekerja "
        "di perkebunan Sabah pada 4 Maret 2024."
    )
    arrest = next(e for e in _events(text) if e.event_type == "COERCE")
    assert [p.text for p in arrest.locations] == ["Sabah"]


def test_events_context_a_home_that_is_the_only_place_stays() -> None:
    text = "Sekelompok orang menyerang warga Desa Sukamaju, Kabupaten Garut, pada 4 Maret 2024."
    assault = next(e for e in _events(text) if e.event_type == "ASSAULT")
    assert any("Garut" in p.text for p in assault.locations)


def test_events_context_a_foreign_authority_places_an_arrest_of_people_named_by_their_home() -> None:
    text = (
        "Pemilik biro perjalanan yang memberangkatkan warga Desa Sukamaju, Garut, itu ditangkap "
        "otoritas Mesir pada 2 Juni 2024."
    )
    arrest = next(e for e in _events(text) if e.event_type == "COERCE")
    assert [p.country for p in arrest.locations] == ["EGY"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Polisi masih menyelidiki penyebab kebakaran yang menghanguskan tiga ruko di pasar itu.",
        "Investigasi awal menunjukkan kecelakaan bus pariwisata itu dipicu rem yang tidak berfungsi.",
    ],
)
def test_events_context_an_inquiry_into_an_accident_s_cause_accuses_nobody(sentence: str) -> None:
    assert "ACCUSE" not in _types(sentence)


def test_events_context_an_inquiry_into_a_party_s_acts_stays_an_event() -> None:
    assert "ACCUSE" in _types("Kejaksaan menyelidiki dugaan suap oleh pejabat dinas perhubungan provinsi itu.")


def test_events_context_one_s_own_decree_signed_is_no_agreement() -> None:
    text = "Keputusan presiden tentang pengangkatan duta besar yang baru itu sudah ditandatangani Presiden."
    assert "SUPPORT" not in _types(text)


def test_events_context_an_agreement_signed_in_the_passive_stays_an_event() -> None:
    text = "Perjanjian ekstradisi yang ditandatangani kedua negara itu mulai berlaku bulan ini."
    assert "SUPPORT" in _types(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "Penyidik menjerat kedua tersangka dengan pasal tentang tindak pidana pengeroyokan.",
        "Tindak pidana pembunuhan mendominasi perkara yang ditangani kejaksaan negeri itu tahun ini.",
    ],
)
def test_events_context_an_offence_named_is_no_act_reported(sentence: str) -> None:
    assert "ASSAULT" not in _types(sentence)


def test_events_context_the_act_itself_stays_an_event() -> None:
    assert "ASSAULT" in _types("Sekelompok pemuda mengeroyok seorang anggota polisi di depan pasar itu.")


@pytest.mark.parametrize(
    "sentence",
    [
        "Badan Anggaran dan pemerintah sudah sepakat bahwa asumsi pertumbuhan ekonomi tahun depan enam persen.",
        "Pemerintah dan Komisi XI menyepakati asumsi nilai tukar rupiah untuk tahun depan.",
    ],
)
def test_events_context_a_budget_s_assumptions_agreed_are_administration(sentence: str) -> None:
    assert "AGREE" not in _types(sentence)


def test_events_context_a_promise_between_states_stays_an_agreement() -> None:
    assert "AGREE" in _types("Kedua negara sepakat untuk memperkuat kerja sama pertahanan di perbatasan.")


def test_events_context_a_fire_that_breaks_out_is_no_arson() -> None:
    text = "Kebakaran melanda sebuah gudang dan dua rumah warga; petugas pemadam kebakaran tiba satu jam kemudian."
    assert "ASSAULT" not in _types(text)


def test_events_context_setting_fire_to_a_building_stays_an_attack() -> None:
    assert "ASSAULT" in _types("Massa yang marah membakar kantor kepala desa itu pada Senin malam.")


@pytest.mark.parametrize(
    "sentence",
    [
        "Menteri itu menegaskan bahwa setiap serangan terhadap pangkalan militer negaranya akan dibalas.",
        "Organisasi wartawan itu mengecam segala bentuk kekerasan terhadap jurnalis.",
    ],
)
def test_events_context_any_act_of_a_kind_is_no_act_reported(sentence: str) -> None:
    assert "ASSAULT" not in _types(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Penyerang asal Jepang itu resmi bergabung dengan klub Eropa tersebut dengan kontrak tiga musim.",
        "Ayo bergabung di kanal WhatsApp kami untuk mendapatkan berita pilihan setiap hari.",
    ],
)
def test_events_context_joining_a_club_or_a_channel_is_no_alliance(sentence: str) -> None:
    assert "COOPERATE" not in _types(sentence)


def test_events_context_a_state_joining_a_bloc_stays_cooperation() -> None:
    assert "COOPERATE" in _types("Vietnam resmi bergabung dengan kelompok negara-negara BRICS sebagai mitra.")


@pytest.mark.parametrize(
    "sentence",
    [
        "Kedua petenis itu sudah bertemu empat kali sepanjang musim ini.",
        "Pasangan Denmark itu menang dalam tiga pertemuan terakhir mereka di turnamen ini.",
    ],
)
def test_events_context_players_meeting_in_a_match_is_no_consultation(sentence: str) -> None:
    assert "CONSULT" not in _types(sentence)


def test_events_context_ministers_meeting_stays_a_consultation() -> None:
    assert "CONSULT" in _types("Menteri luar negeri kedua negara bertemu di Jakarta membahas sengketa perbatasan.")


@pytest.mark.parametrize(
    "sentence",
    [
        "Sepanjang semester pertama, Polres itu mencatat 14 kasus penganiayaan dan tujuh kasus pencurian.",
        "Kapolda menyoroti dua kasus pembunuhan yang paling banyak mendapat perhatian warga.",
        "Laporan lembaga itu memuat kasus-kasus penculikan aktivis selama dua dekade terakhir.",
    ],
)
def test_events_context_a_tally_of_cases_is_no_act_reported(sentence: str) -> None:
    assert "ASSAULT" not in _types(sentence)


def test_events_context_one_case_named_stays_an_event() -> None:
    text = "Polisi masih menyelidiki kasus pembunuhan seorang pedagang di Pasar Minggu pada Sabtu malam."
    assert "ASSAULT" in _types(text)


_SUMMARY_NEWS = (
    "Polisi Tangkap Dua Perampok Toko Emas\n\n"
    "BEKASI, KOMPAS.com - Polisi menangkap dua perampok toko emas di Bekasi pada Senin (2/6/2025).\n\n"
    "## Ringkasan\n\n"
    "Berikut adalah ringkasan berita dalam satu paragraf: Polisi menangkap dua perampok toko emas di Bekasi.\n\n"
)


@pytest.mark.parametrize(
    "comment",
    [
        "Kita patut berterima kasih kepada polisi yang bekerja cepat.",
        "Saya berharap pemerintah kota segera memasang kamera pengawas di setiap pasar.",
    ],
)
def test_events_context_the_writer_s_comment_after_a_summary_is_no_event(comment: str) -> None:
    types = _types(_SUMMARY_NEWS + comment)
    assert types == ["COERCE"]


def test_events_context_a_quote_after_a_summary_is_not_the_writer_s_comment() -> None:
    text = _SUMMARY_NEWS + '"Saya minta maaf kepada para korban," kata pemilik toko itu kepada wartawan.'
    assert "CONCEDE" in _types(text)


def test_events_context_the_first_person_before_any_summary_is_left_alone() -> None:
    text = "Kami berterima kasih kepada Pemerintah Jepang atas bantuan itu, kata Menlu kepada wartawan."
    assert "SUPPORT" in _types(text)


@pytest.mark.parametrize(
    ("sentence", "absent"),
    [
        ("Ribuan suporter datang ke stadion untuk mendukung Timnas pada laga terakhir fase grup.", "SUPPORT"),
        ("Kiper senior itu menolak tawaran perpanjangan kontrak dari klub ibu kota.", "REJECT"),
        ("Kapten tim itu meminta wasit memeriksa ulang gol kedua lawan.", "REQUEST"),
        ("Petenis unggulan itu mundur dari turnamen karena cedera lutut.", "RETREAT"),
    ],
)
def test_events_context_a_team_s_backing_refusals_and_calls_are_sport(sentence: str, absent: str) -> None:
    assert absent not in _types(sentence)


def test_events_context_a_state_s_support_stays_an_event_away_from_sport() -> None:
    assert "SUPPORT" in _types("Pemerintah Jepang menyatakan mendukung resolusi PBB tentang gencatan senjata di Gaza.")


@pytest.mark.parametrize(
    ("sentence", "absent"),
    [
        ("Pebulutangkis muda itu menang dua gim langsung untuk bertemu pemain tuan rumah di babak kedua.", "CONSULT"),
        ("Pelatih asal Brasil itu meminta anak asuhnya tampil lebih sabar di kandang lawan.", "REQUEST"),
        ("Pecatur tuan rumah menolak tawaran remis dari lawannya pada langkah ke-40.", "REJECT"),
        ("Manajemen klub berjanji melunasi tunggakan gaji pemain sebelum musim baru dimulai.", "AGREE"),
    ],
)
def test_events_context_players_coaches_and_clubs_meeting_asking_refusing_and_promising_are_sport(
    sentence: str, absent: str
) -> None:
    assert absent not in _types(sentence)


@pytest.mark.parametrize(
    ("sentence", "present"),
    [
        (
            "Menteri Luar Negeri Indonesia bertemu dengan Menteri Luar Negeri Malaysia di Kuala Lumpur, Senin.",
            "CONSULT",
        ),
        ("Gubernur berjanji membangun dua rumah sakit baru di wilayah perbatasan tahun ini.", "AGREE"),
    ],
)
def test_events_context_officials_meeting_and_promising_stay_events_away_from_sport(
    sentence: str, present: str
) -> None:
    assert present in _types(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Kementerian Sosial mulai menyalurkan BSU kepada jutaan pekerja bergaji rendah pekan ini.",
        "Bantuan itu disalurkan kepada penerima manfaat di desa-desa terpencil.",
    ],
)
def test_events_context_a_welfare_programme_for_citizens_is_no_aid(sentence: str) -> None:
    assert "AID" not in _types(sentence)


def test_events_context_relief_for_disaster_victims_stays_aid() -> None:
    assert "AID" in _types("Pemerintah kabupaten menyalurkan bantuan beras kepada warga korban banjir bandang.")


@pytest.mark.parametrize(
    ("sentence", "absent"),
    [
        ("Ketua partai itu sering mengkritik kebijakan pemerintah pusat.", "ACCUSE"),
        ("Para pekerja kebun itu kerap kali dipukul mandor mereka.", "ASSAULT"),
        ("Desa di perbatasan itu acapkali diserang kelompok bersenjata.", "ASSAULT"),
    ],
)
def test_events_context_a_habit_told_with_a_word_of_frequency_is_no_event(sentence: str, absent: str) -> None:
    assert absent not in _types(sentence)


def test_events_context_an_act_after_a_habitual_clause_stays_an_event() -> None:
    assert "COERCE" in _types("Polisi menangkap aktivis yang sering mengkritik gubernur itu.")


@pytest.mark.parametrize(
    "sentence",
    [
        "Pertemuan puncak negara-negara Asia itu akan diselenggarakan di Bangkok.",
        "Pertemuan kedua menteri luar negeri itu dijadwalkan berlangsung di Jakarta.",
        "Para peserta KTT itu bakal membahas krisis pangan di kawasan.",
    ],
)
def test_events_context_a_meeting_whose_clause_goes_on_in_the_future_is_to_be_held(sentence: str) -> None:
    assert "CONSULT" not in _types(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Hasil pertemuan kedua menteri itu akan dilaporkan kepada presiden.",
        "Pertemuan yang sudah berlangsung di Jakarta itu akan ditindaklanjuti kedua menteri.",
        "Pertemuan kedua menteri luar negeri itu berlangsung di Jakarta.",
    ],
)
def test_events_context_a_meeting_held_before_what_is_to_come_stays_an_event(sentence: str) -> None:
    assert "CONSULT" in _types(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Nadal dan Federer sudah bertemu sembilan kali di semi final.",
        "Hamilton bertemu pembalap Prancis itu di Monako.",
        "Klub itu akhirnya bertemu juara Italia di babak grup Liga Champions.",
    ],
)
def test_events_context_players_meeting_on_court_is_sport(sentence: str) -> None:
    assert "CONSULT" not in _types(sentence)
