"""Time-mention attributes (precision, mod, anchoring, zones) and event dating with DateContext."""

from __future__ import annotations

import re
from datetime import date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from peristiwa.times import DateContext, find_times


def _context(text: str, reference: datetime | None = None) -> DateContext:
    return DateContext(find_times(text, reference_time=reference), reference_time=reference, text=text)


def _sentence(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


@pytest.mark.parametrize(
    ("sentence", "text", "precision"),
    [
        ("Kerusuhan pecah pada 13 Mei 1998 di Jakarta Barat.", "13 Mei 1998", "day"),
        ("Kerusuhan pecah pada Mei 1998 di Jakarta Barat.", "Mei 1998", "month"),
        ("Kerusuhan pecah pada tahun 1998 di Jakarta Barat.", "tahun 1998", "year"),
        ("Musik itu populer pada 1970-an di kota-kota besar.", "1970-an", "decade"),
        ("Candi itu dibangun pada abad ke-9 oleh wangsa Syailendra.", "abad ke-9", "century"),
        ("Ledakan terjadi pukul 10.15 WIB pada 3 Mei 2019.", "pukul 10.15 WIB pada 3 Mei 2019", "minute"),
    ],
)
def test_times_precision_follows_the_value(sentence: str, text: str, precision: str) -> None:
    found = {t.text: t for t in find_times(sentence)}
    assert found[text].precision == precision


@pytest.mark.parametrize(
    ("sentence", "text", "mod", "approximate"),
    [
        ("Pada awal Januari 2020, banjir melanda Jakarta.", "awal Januari 2020", "START", True),
        ("Pada pertengahan Juli 2021 kasus mencapai puncak.", "pertengahan Juli 2021", "MID", True),
        ("Pada akhir tahun 2019, protes meluas ke Papua.", "akhir tahun 2019", "END", True),
        ("Sejak Mei 2019, warga Nduga mengungsi ke hutan.", "Mei 2019", "AFTER", False),
        ("Jam malam berlaku hingga 25 Juli 2021 di kota itu.", "25 Juli 2021", "ON_OR_BEFORE", False),
        (
            "Ledakan terdengar sekitar pukul 21.00 WIB pada 7 Desember 2022.",
            "pukul 21.00 WIB pada 7 Desember 2022",
            None,
            True,
        ),
    ],
)
def test_times_mod_and_approximate(sentence: str, text: str, mod: str | None, approximate: bool) -> None:
    found = {t.text: t for t in find_times(sentence)}
    assert (found[text].mod, found[text].approximate) == (mod, approximate)


@pytest.mark.parametrize(
    "sentence",
    [
        "Hari ini warga kembali ke rumah mereka.",
        "Polisi menangkap tersangka kemarin di rumahnya.",
        "Tim SAR akan melanjutkan pencarian besok pagi.",
        "Bantuan logistik tiba dua hari lalu di posko utama.",
    ],
)
def test_times_relative_without_reference_is_never_today(sentence: str) -> None:
    today = date.today().isoformat()
    found = find_times(sentence)
    assert found
    assert all(not t.value.startswith(today) and not t.anchored for t in found)


def test_times_local_time_asks_zone_at_near_the_words() -> None:
    sentence = "Serangan terjadi di Kabul pada 26 Agustus 2021 pukul 17.50 waktu setempat."
    asked: list[int] = []

    def zone_at(offset: int) -> str | None:
        asked.append(offset)
        return "Asia/Kabul"

    (clock,) = [t for t in find_times(sentence, zone_at=zone_at) if t.type == "TIME"]
    assert clock.utc == "2021-08-26T13:20:00Z"
    assert asked and all(clock.start <= offset <= clock.end for offset in asked)


def test_times_local_time_without_known_zone_has_no_utc() -> None:
    (clock,) = [t for t in find_times("Pada 5 Mei 2019 pukul 11.00 waktu setempat.") if t.type == "TIME"]
    assert (clock.value, clock.utc) == ("2019-05-05T11:00", None)


def test_times_year_carries_over_across_sentences() -> None:
    text = "Gempa terjadi pada 28 Juli 2018. Pada 5 Agustus, gempa lebih besar menyusul. Tanggal 19 terjadi lagi."
    values = [t.value for t in find_times(text)]
    assert values == ["2018-07-28", "2018-08-05", "2018-08-19"]


def test_times_reference_year_for_bare_dates() -> None:
    (found,) = find_times("Banjir melanda kota itu pada 31 Desember.", reference_time=datetime(2020, 1, 2))
    assert (found.value, found.anchored) == ("2019-12-31", True)


def test_context_clock_and_date_make_one_utc_minute() -> None:
    text = "Pasukan AS menyerang lima posisi milisi pukul 11.00 EST pada 29 Desember 2019."
    event = _context(text).date_at(text.index("menyerang"), sentence=(0, len(text)))
    assert event is not None
    assert (event.start, event.precision) == ("2019-12-29T16:00:00Z", "minute")
    assert event.text == "pukul 11.00 EST pada 29 Desember 2019"


def test_context_clock_without_zone_stays_local() -> None:
    text = "Ledakan terjadi pukul 11.00 pada 29 Desember 2019 di gudang amunisi."
    event = _context(text).date_at(text.index("Ledakan"), sentence=(0, len(text)))
    assert event is not None and event.start == "2019-12-29T11:00"


def test_context_carries_the_date_to_later_sentences() -> None:
    text = "Kerusuhan pecah di Poso pada Mei 2000. Ratusan rumah dibakar massa."
    event = _context(text).date_at(text.index("dibakar"), sentence=_sentence(text, "Ratusan rumah dibakar massa."))
    assert event is not None and (event.start, event.precision) == ("2000-05", "month")


@pytest.mark.parametrize(
    "text",
    [
        "Antara tahun 1966 dan tahun 1986, aktivis itu ditangkap enam kali oleh aparat.",
        "Selama pendudukan tahun 1942 - 1945, banyak sekolah dirusak tentara.",
        "Dalam operasi militer (Maret–Agustus 1999) ratusan rumah dibakar.",
    ],
)
def test_context_an_event_told_with_a_span_began_at_its_first_end(text: str) -> None:
    event = _context(text).date_at(len(text) - 10, sentence=(0, len(text)))
    assert event is not None and event.start in ("1966", "1942", "1999-03")


def test_context_two_years_without_a_span_word_are_two_times() -> None:
    text = "Pada 1966 ia lulus sekolah, dan pada 1986 ia ditangkap aparat."
    event = _context(text).date_at(text.index("ditangkap"), sentence=(0, len(text)))
    assert event is not None and event.start == "1986"


def test_context_bounded_date_does_not_carry_over() -> None:
    text = "Sejak Mei 2019, konflik bersenjata terus berlangsung. Seorang guru ditembak di Distrik Beoga."
    event = _context(text).date_at(text.index("ditembak"), sentence=_sentence(text, "Seorang guru ditembak"))
    assert event is None


def test_context_publication_day_dates_only_what_the_text_ties_to_it() -> None:
    reference = datetime(2023, 3, 7, 9, 0)
    untold = "Polisi menangkap dua orang di Sleman. Hujan masih turun hari ini."
    first = (0, len("Polisi menangkap dua orang di Sleman."))
    assert _context(untold, reference).date_at(untold.index("menangkap"), sentence=first) is None
    told = "Polisi menangkap dua orang di Sleman hari ini."
    event = _context(told, reference).date_at(told.index("menangkap"), sentence=(0, len(told)))
    assert event is not None and (event.start, event.precision) == ("2023-03-07", "day")
    yesterday = "Massa berunjuk rasa di depan kantor bupati kemarin. Mereka membakar ban."
    event = _context(yesterday, reference).date_at(yesterday.index("membakar"), sentence=(52, len(yesterday)))
    assert event is not None and event.start == "2023-03-06"


def test_context_a_carried_clock_time_gives_only_its_day() -> None:
    text = "Bom meledak pukul 07.30 WIB, Minggu (13/5/2018). Polisi kemudian menutup jalan."
    second = (text.index("Polisi"), len(text))
    event = _context(text).date_at(text.index("menutup"), sentence=second)
    assert event is not None and (event.start, event.precision) == ("2018-05-13", "day")


def test_context_week_becomes_an_approximate_monday() -> None:
    text = "Bentrokan terjadi pekan lalu di perbatasan."
    event = _context(text, datetime(2019, 12, 30)).date_at(text.index("Bentrokan"), sentence=(0, len(text)))
    assert event is not None and (event.start, event.approximate) == ("2019-12-23", True)


def test_context_infobox_row_gives_the_article_date() -> None:
    text = (
        "Invasi Rusia ke Ukraina\nTanggal | 24 Februari 2022 – sekarang\nLokasi | Ukraina\nPada 2014, Krimea dicaplok."
    )
    event = _context(text).infobox_date(frozenset({"tanggal"}))
    assert event is not None and event.start == "2022-02-24"


_TOKENS = [
    "pada",
    "pukul",
    "jam",
    "11.00",
    "14.000",
    "WIB",
    "waktu",
    "setempat",
    "29",
    "Desember",
    "2019",
    "(31/12)",
    "Rabu",
    "Minggu",
    "kemarin",
    "dua",
    "hari",
    "kemudian",
    "sejak",
    "Mei",
    "1990-an",
    "abad",
    "ke-19",
    "[16]",
    "-",
    "–",
    "13",
    "Pasal",
    "28",
    ",",
    ".",
    "\n",
    "lalu",
    "pekan",
    "setiap",
    "Jumat",
    "sekitar",
    "malam",
    "23:05",
]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_TOKENS), max_size=25), st.booleans())
def test_times_offsets_hold_on_any_token_soup(tokens: list[str], with_reference: bool) -> None:
    text = " ".join(tokens)
    reference = datetime(2020, 1, 5) if with_reference else None
    found = find_times(text, reference_time=reference, zone_at=lambda _offset: "Asia/Jakarta")
    assert [t.start for t in found] == sorted(t.start for t in found)
    for time in found:
        assert text[time.start : time.end] == time.text
        assert time.type in ("DATE", "TIME", "DURATION", "SET")
        assert reference is not None or not time.value.startswith(date.today().isoformat())


def test_times_the_same_day_refers_to_the_last_day_told_not_a_month_in_between() -> None:
    from peristiwa.times import find_times

    text = (
        "Laporan yang terbit pada 3 Maret 2021 itu menyebut pembelian senjata pada Juni 2019. "
        "Pada hari yang sama, parlemen memanggil menteri pertahanan."
    )
    same = [t for t in find_times(text) if t.text == "hari yang sama"]
    assert [t.value for t in same] == ["2021-03-03"]


def test_times_that_early_morning_is_the_last_day_told() -> None:
    from peristiwa.times import find_times

    text = (
        "Kudeta dimulai pada dini hari tanggal 1 Februari 2021, sebelum parlemen hasil pemilu November 2020 "
        "dilantik. Pada dini hari itu, tentara menahan para menteri."
    )
    later = [t for t in find_times(text) if t.text == "dini hari" and t.start > text.index("Pada dini")]
    assert [t.value[:10] for t in later] == ["2021-02-01"]


def test_context_a_time_running_past_its_infobox_row_does_not_crash() -> None:
    import peristiwa

    doc = peristiwa.extract("3/9/1993\nwaktu3.pukul\n4")  # found by fuzzing
    assert all(e.date is None or e.date.start for e in doc.events)


def test_context_a_date_is_carried_within_its_section_not_past_a_heading() -> None:
    text = (
        "Polisi menangkap dua pelaku di Medan pada Senin (2/6/2025). Keduanya dibawa ke markas polisi.\n\n"
        "## Sekilas soal kasus lain\n\n"
        "Serangan terhadap pos polisi di Deli Serdang menewaskan seorang petugas.\n"
    )
    context = _context(text)
    second = text.index("Keduanya")
    carried = context.date_at(second, sentence=(second, text.index("\n")))
    assert carried is not None and carried.start == "2025-06-02"
    after = text.index("Serangan")
    assert context.date_at(after, sentence=(after, len(text))) is None


def test_context_wiki_section_headings_also_end_the_carry() -> None:
    text = "Pertempuran pecah pada 3 Maret 1946.\n\n== Akibat ==\n\nPasukan Belanda menyerang kota itu."
    at = text.index("Pasukan")
    assert _context(text).date_at(at, sentence=(at, len(text))) is None


def test_a_month_after_december_of_the_last_year_a_date_can_hold_stays_in_that_year() -> None:
    """Fuzz campaign input 488151 (seed 11): "Desember 9999 … Januari" rolled over to year 10000."""
    times = find_times("Bentrok pada 30 Desember 9999. Pada 3 Januari polisi menangkap dua orang.")
    assert [t.value for t in times] == ["9999-12-30", "9999-01-03"]


def test_context_a_news_lead_takes_the_day_its_statement_is_told_on_further_on() -> None:
    text = (
        "Anggota DPR Minta Pemerintah Tinjau Ulang Subsidi Sekolah\n\n"
        "SURABAYA, WartaKota.com - Seorang anggota DPR meminta pemerintah meninjau ulang subsidi sekolah swasta.\n\n"
        '"Subsidi itu harus tepat sasaran," kata dia kepada wartawan, Selasa (3/6/2025).\n\n'
        "Ia juga mengkritik pembagian dana yang tertunda pada 2023."
    )
    context = _context(text)
    lead = text.index("Seorang")
    told = context.date_at(text.index("meminta"), sentence=(lead, text.index("\n\n", lead)))
    assert told is not None and told.start == "2025-06-03"


def test_context_an_earlier_event_the_lead_names_takes_no_day_told_further_on() -> None:
    """ "usai bentrokan …" in a lead names an event that began before the lead's statement: the
    day the statement is told on later does not date it."""
    text = (
        "Dua Hari Bentrok, Warga Minta Aparat Turun Tangan\n\n"
        "MEDAN, WartaKota.com - Warga meminta aparat turun tangan usai bentrokan antarkampung yang telah "
        "berlangsung dua hari.\n\n"
        '"Kami takut keluar rumah," kata seorang warga, Jumat (6/6/2025).'
    )
    context = _context(text)
    lead = text.index("Warga meminta")
    sentence = (lead, text.index("\n\n", lead))
    assert context.date_at(text.index("bentrokan"), sentence=sentence, lead=False) is None
    told = context.date_at(text.index("meminta"), sentence=sentence)
    assert told is not None and told.start == "2025-06-06"


def test_context_a_news_lead_takes_no_year_told_further_on() -> None:
    text = (
        "SURABAYA, WartaKota.com - Seorang anggota DPR meminta pemerintah meninjau ulang subsidi sekolah.\n\n"
        "Subsidi itu mulai berlaku pada 2023 di seluruh provinsi."
    )
    lead = text.index("Seorang")
    assert _context(text).date_at(text.index("meminta"), sentence=(lead, text.index("\n\n"))) is None


def test_context_a_summary_section_retells_the_first_day_of_the_text() -> None:
    text = (
        "Warga Tolak Tambang Pasir\n\n"
        "Ratusan warga berunjuk rasa di depan kantor bupati pada Rabu (4/6/2025).\n\n"
        "Mereka menuntut izin tambang dicabut, seperti yang juga dituntut pada 2022.\n\n"
        "## Ringkasan\n\n"
        "Ratusan warga berunjuk rasa menolak tambang pasir di desa mereka.\n"
    )
    at = text.index("Ratusan warga berunjuk rasa menolak")
    told = _context(text).date_at(at, sentence=(at, len(text)))
    assert told is not None and told.start == "2025-06-04"


def test_context_a_section_that_is_no_summary_still_ends_the_carry() -> None:
    text = "Warga berunjuk rasa pada Rabu (4/6/2025).\n\n## Latar belakang\n\nWarga menolak tambang pasir."
    at = text.index("Warga menolak")
    assert _context(text).date_at(at, sentence=(at, len(text))) is None


def test_context_a_sub_section_of_a_news_text_goes_on_with_its_first_day() -> None:
    text = (
        "SURABAYA, WartaKota.com - Polisi memeriksa seorang bupati sebagai saksi pada Senin (9/6/2025).\n\n"
        "## Tiga tersangka\n\n"
        "Polisi kini telah menetapkan tiga tersangka kasus suap proyek jalan."
    )
    at = text.index("Polisi kini")
    told = _context(text, datetime(2025, 6, 10)).date_at(at, sentence=(at, len(text)))
    assert told is not None and told.start == "2025-06-09"


def test_context_a_news_story_comes_back_to_its_day_after_a_background_year() -> None:
    text = (
        "BANDUNG, WartaKota.com - Polisi menangkap dua tersangka korupsi dana desa pada Selasa (10/6/2025).\n\n"
        "Kasus itu bermula dari laporan warga pada tahun 2023.\n\n"
        "Keduanya kini ditahan di markas Polda Jawa Barat."
    )
    at = text.index("Keduanya")
    told = _context(text).date_at(at, sentence=(at, len(text)))
    assert told is not None and told.start == "2025-06-10"


@pytest.mark.parametrize(
    ("follow_up", "day"),
    [
        ("Pemerintah kota itu langsung menuding kelompok separatis sebagai pelaku.", "2019"),
        ("Pemerintah kota itu menuding kelompok separatis sebagai pelaku.", "2025-06-10"),
    ],
)
def test_context_an_act_told_as_immediate_goes_on_with_a_background_year(follow_up: str, day: str) -> None:
    """ "langsung" ties the act to the episode told just before it, even a background year a paragraph
    back (D56), not to the story's own day."""
    text = (
        "AMBON, WartaKota.com - Sebuah bom meledak di pasar kota itu pada Selasa (10/6/2025).\n\n"
        "Pada 2019, pasar yang sama juga diserang dengan granat rakitan.\n\n"
        f"{follow_up}"
    )
    at = text.index(follow_up)
    told = _context(text, datetime(2025, 6, 11)).date_at(text.index("menuding"), sentence=(at, len(text)))
    assert told is not None and told.start == day


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        (
            "Polisi menetapkan warga itu sebagai tersangka setelah ia menyerang petugas pada Senin (9/6/2025) malam.",
            "2025-06-10",
        ),
        (
            "Polisi menetapkan warga itu sebagai tersangka saat ia diperiksa di Mapolres, Senin (9/6/2025).",
            "2025-06-09",
        ),
        ("Polisi menetapkan warga itu sebagai tersangka yang menyerang petugas, Senin (9/6/2025).", "2025-06-09"),
    ],
)
def test_context_a_time_told_in_a_clause_of_an_earlier_act_is_not_the_news_acts(sentence: str, day: str) -> None:
    """In a news report, a time told after the act in a clause of an earlier or later act ("setelah",
    "sebelum", "usai") is that act's: the verb before it takes the story's day. A clause told as at
    its time ("saat") or a relative one ("yang"), which often retells the act, leaves the time to it."""
    text = f"PADANG, WartaKota.com - Seorang warga ditangkap di pos jaga pada Selasa (10/6/2025).\n\n{sentence}"
    at = text.index(sentence)
    told = _context(text, datetime(2025, 6, 11)).date_at(text.index("menetapkan"), sentence=(at, len(text)))
    assert told is not None and told.start == day


def test_context_a_news_story_comes_back_to_its_day_after_a_year_told_by_words() -> None:
    text = (
        "BANDUNG, WartaKota.com - Polisi menangkap dua pengelola akun judi daring pada Selasa (10/6/2025).\n\n"
        "Menurut polisi, akun itu dibuat kedua tersangka dua tahun lalu.\n\n"
        "Keduanya kini ditahan di markas Polda Jawa Barat."
    )
    at = text.index("Keduanya")
    told = _context(text, datetime(2025, 6, 11)).date_at(at, sentence=(at, len(text)))
    assert told is not None and told.start == "2025-06-10"


def test_context_a_month_told_by_words_paragraphs_back_still_dates_the_story() -> None:
    text = (
        "BANDUNG, WartaKota.com - Polisi menangkap dua pengelola akun judi daring pada Selasa (10/6/2025).\n\n"
        "Akun itu mulai diselidiki polisi Maret lalu.\n\n"
        "Penyidik kemudian memeriksa rekening kedua tersangka."
    )
    at = text.index("Penyidik")
    told = _context(text, datetime(2025, 6, 11)).date_at(at, sentence=(at, len(text)))
    assert told is not None and told.start == "2025-03"


def test_context_a_news_lead_passes_a_background_year_to_the_day_it_began() -> None:
    text = (
        "MAKASSAR, WartaKota.com - Ratusan nelayan berunjuk rasa menolak penambangan pasir laut.\n\n"
        "Penambangan itu sudah diizinkan sejak 2021.\n\n"
        "Aksi mereka memblokir jalan menuju pelabuhan sejak Senin (9/6/2025)."
    )
    lead = text.index("Ratusan")
    told = _context(text).date_at(text.index("berunjuk"), sentence=(lead, text.index("\n\n")))
    assert told is not None and told.start == "2025-06-09"


def test_context_a_lead_opened_by_the_outlet_alone_also_takes_the_day_told_further_on() -> None:
    text = (
        "Menlu Kecam Serangan ke Kamp Pengungsi\n\n"
        "WartaKota.com - Menteri Luar Negeri mengecam serangan terhadap kamp pengungsi di perbatasan.\n\n"
        '"Serangan itu melanggar hukum internasional," ujarnya di Jakarta, Kamis (12/6/2025).'
    )
    lead = text.index("Menteri")
    told = _context(text).date_at(text.index("mengecam"), sentence=(lead, text.index("\n\n", lead)))
    assert told is not None and told.start == "2025-06-12"


def test_context_the_story_goes_on_from_the_day_a_statement_reports_not_the_day_it_was_told() -> None:
    text = (
        '"Pelaku kami tangkap di rumahnya pada Kamis (29/5/2025) malam," kata Kapolsek kepada wartawan, '
        "Jumat (30/5/2025).\n\n"
        "Polisi juga menyita sebilah pisau dari rumah pelaku."
    )
    at = text.index("Polisi juga")
    told = _context(text).date_at(at, sentence=(at, len(text)))
    assert told is not None and told.start == "2025-05-29"


def test_context_a_lead_whose_dash_is_followed_by_a_no_break_space_is_a_news_lead() -> None:
    text = (
        "Bupati Tolak Relokasi Pasar\n\n"
        "MEDAN, WartaKota.com -\xa0Bupati menolak rencana relokasi pasar tradisional ke pinggir kota.\n\n"
        '"Pedagang akan kehilangan pembeli," kata dia, Rabu (11/6/2025).'
    )
    lead = text.index("Bupati menolak")
    told = _context(text).date_at(text.index("menolak"), sentence=(lead, text.index("\n\n", lead)))
    assert told is not None and told.start == "2025-06-11"


def test_context_a_lead_whose_dash_follows_a_no_break_space_is_a_news_lead() -> None:
    text = (
        "Nelayan Protes Reklamasi Teluk\n\n"
        "KENDARI, WartaKota.com\xa0– Ratusan nelayan memprotes proyek reklamasi teluk di depan kantor gubernur.\n\n"
        '"Tangkapan kami habis," kata koordinator aksi, Senin (16/6/2025).'
    )
    lead = text.index("Ratusan")
    told = _context(text).date_at(text.index("memprotes"), sentence=(lead, text.index("\n\n", lead)))
    assert told is not None and told.start == "2025-06-16"


def test_context_a_year_told_paragraphs_before_in_a_lead_with_a_no_break_space_is_background() -> None:
    text = (
        "Polisi Tangkap Pengeroyok Juru Parkir\n\n"
        "MEDAN, WartaKota.com\xa0- Polisi menangkap empat pengeroyok juru parkir, Selasa (17/6/2025).\n\n"
        "Salah satu pelaku sudah pernah dipenjara tiga tahun lalu.\n\n"
        "Keempat pelaku kini ditahan di Mapolrestabes Medan."
    )
    at = text.index("Keempat")
    told = _context(text, datetime(2025, 6, 18)).date_at(text.index("ditahan", at), sentence=(at, len(text)))
    assert told is not None and told.start == "2025-06-17"


def test_context_a_lead_naming_an_old_episode_told_in_its_headline_takes_the_day_told_further_on() -> None:
    text = (
        "Warga Minta Kasus Banjir 2019 Diusut Tuntas\n\n"
        "PADANG, WartaKota.com - Warga meminta polisi mengusut tuntas kasus banjir bandang pada 2019.\n\n"
        '"Korban masih menunggu keadilan," kata koordinator warga, Kamis (12/6/2025).'
    )
    lead = text.index("Warga meminta")
    old = text.index("2019", lead)
    told = _context(text).date_at(text.index("meminta"), sentence=(lead, text.index("\n\n", lead)), held={old})
    assert told is not None and told.start == "2025-06-12"


def test_context_a_statement_quoted_before_its_attribution_day_takes_that_day() -> None:
    text = (
        "Dewan Kritik Pemangkasan Beasiswa\n\n"
        "BOGOR, WartaKota.com - Anggota dewan mengkritik pemangkasan anggaran beasiswa daerah.\n\n"
        '"Kami menolak pemangkasan itu.\n\n'
        'Mahasiswa miskin paling dirugikan," kata dia, Selasa (17/6/2025).'
    )
    at = text.index('"Kami')
    told = _context(text).date_at(text.index("menolak"), sentence=(at, text.index("\n\n", at)))
    assert told is not None and told.start == "2025-06-17"


def test_context_an_event_named_with_its_own_time_keeps_it_over_the_day_of_the_statement() -> None:
    text = '"Sejak kerusuhan Mei 1998, pasar ini sepi," kata seorang pedagang, Rabu (18/6/2025).'
    own = text.index("Mei 1998")
    told = _context(text).date_at(text.index("kerusuhan"), sentence=(0, len(text)), own={own})
    assert told is not None and told.start == "1998-05"


def test_context_an_events_own_month_gives_way_to_a_day_within_it() -> None:
    text = "Kerusuhan Mei 1998 terjadi di Jakarta pada 13 Mei hingga 15 Mei 1998."
    told = _context(text).date_at(0, sentence=(0, len(text)), own={text.index("Mei 1998")})
    assert told is not None and told.start == "1998-05-13"


def test_context_today_in_a_quotation_is_the_day_the_speaker_spoke() -> None:
    """A report written the day after a speech: "hari ini" in the quotation is the speech day, and
    the narration after it goes on with that day, not the day the report was written."""
    text = (
        "JAKARTA, KOMPAS.com - Ketua serikat buruh berpidato di depan gedung DPR, Rabu (9/7/2025).\n\n"
        '"Tuntutan kami semakin jelas pada hari ini," ujarnya.\n\n'
        "Ribuan buruh kemudian berunjuk rasa menuntut kenaikan upah minimum."
    )
    after = _context(text, datetime(2025, 7, 10))
    when = after.date_at(text.index("berunjuk"), sentence=_sentence(text, "Ribuan buruh kemudian"))
    assert when is not None and when.start == "2025-07-09"
    on_the_day = _context(text, datetime(2025, 7, 9))
    when = on_the_day.date_at(text.index("berunjuk"), sentence=_sentence(text, "Ribuan buruh kemudian"))
    assert when is not None and when.start == "2025-07-09"


def test_context_yesterday_in_a_quotation_counts_from_the_day_its_attribution_states() -> None:
    """ "Kemarin" in a quotation counts from the day the attribution after it says the speaker spoke,
    not from the story's first told day (here the day of the crime, weeks before)."""
    text = (
        "BOGOR, KOMPAS.com - Polisi menangkap tiga pencuri kabel listrik.\n\n"
        "Pencurian itu terjadi pada Senin (16/6/2025) di gudang milik warga.\n\n"
        '"Ketiga pelaku kami tangkap kemarin di rumah kontrakan," kata Kapolsek, Kamis (3/7/2025).'
    )
    context = _context(text, datetime(2025, 7, 4))
    caught, quoted = text.index("tangkap kemarin"), (text.index('"Ketiga'), len(text))
    when = context.date_at(caught, sentence=quoted)
    assert when is not None and when.start == "2025-07-02"
    on_the_day = _context(text.replace("Kamis (3/7/2025)", "Jumat (4/7/2025)"), datetime(2025, 7, 4))
    when = on_the_day.date_at(caught, sentence=quoted)
    assert when is not None and when.start == "2025-07-03"


def test_context_a_year_in_a_name_does_not_date_a_news_event() -> None:
    """ "Piala Presiden 2025", "pemilu presiden 2016": a bare year after a noun is part of a name in
    a news text; "pada 2020" after a preposition still tells when."""
    lead = "JAKARTA, KOMPAS.com - Polisi menangkap dua suporter usai laga final Piala Presiden 2025."
    text = f"{lead}\n\nPenangkapan itu dilakukan di luar stadion pada Minggu (13/7/2025) malam."
    when = _context(text, datetime(2025, 7, 14)).date_at(text.index("menangkap"), sentence=_sentence(text, lead))
    assert when is not None and when.start == "2025-07-13"
    told = "JAKARTA, KOMPAS.com - Polisi menangkap dua suporter pada 2020."
    when = _context(told, datetime(2025, 7, 14)).date_at(told.index("menangkap"), sentence=(0, len(told)))
    assert when is not None and when.start == "2020"


@pytest.mark.parametrize(
    "sentence",
    [
        "Pemerintah Jepang mengecam gangguan terhadap kirab obor Olimpiade 2032 oleh sekelompok aktivis.",
        "Polisi membubarkan rapat relawan penolak hasil Pemilu Legislatif 2029 di Bekasi.",
        "Kejaksaan mendakwa pengusaha itu melanggar UU Kepabeanan Malaysia Tahun 1967 di Johor.",
        "Polisi menyita pistol model 1911 dari rumah tersangka di Medan.",
        "Jaksa menuntut pejabat penyeleweng dana pemilu tahun 2024 di Bekasi.",
    ],
)
def test_context_a_year_that_ends_a_name_dates_no_event_of_a_lone_sentence(sentence: str) -> None:
    """A year after a name head ("Olimpiade", "Pemilu", "UU", "model") and its capitalised words is
    part of the name in any text, also a sentence alone: it does not date the act of the sentence."""
    act = re.search(r"mengecam|membubarkan|mendakwa|menyita|menuntut", sentence)
    assert act is not None
    assert _context(sentence).date_at(act.start(), sentence=(0, len(sentence))) is None


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Polisi menangkap dua pendukung partai itu pada 2029 menjelang pemilu.", "2029"),
        ("Pada tahun 1967, tentara menangkap para pemimpin serikat buruh.", "1967"),
        ("Pasukan pemerintah merebut kota itu dalam Pertempuran Ilagan tahun 1899.", "1899"),
        ("Saat Piala Dunia 2030, polisi Spanyol menangkap puluhan suporter di Madrid.", "2030"),
        ("Aparat menangkap tiga pendukung calon bupati menjelang Pilkada 2029 di Bekasi.", "2029"),
    ],
)
def test_context_a_year_told_as_a_time_still_dates_a_lone_sentence(sentence: str, value: str) -> None:
    """A year after a preposition, at the sentence start, after a name no head of a year's name opens,
    or after a name a setting word puts the act in ("Saat Piala Dunia 2030, …") tells when the act happened."""
    act = re.search(r"menangkap|merebut", sentence)
    assert act is not None
    when = _context(sentence).date_at(act.start(), sentence=(0, len(sentence)))
    assert when is not None and when.start == value


def test_context_a_name_year_beside_another_time_is_not_passed_over_for_a_later_one() -> None:
    """A year that ends a name dates nothing only where it is its sentence's only time: beside another
    time ("… Olimpiade Brisbane 2032, lalu … Doha 2034") the act before it keeps the year it is told with,
    not the later clause's."""
    sentence = "Negara itu memboikot Olimpiade Brisbane 2032, lalu tampil pada kejuaraan dunia di Doha 2034."
    when = _context(sentence).date_at(sentence.index("memboikot"), sentence=(0, len(sentence)))
    assert when is not None and when.start == "2032"


def test_context_then_after_a_quotation_points_at_the_time_it_told() -> None:
    """ "Ketika itu" after a quotation telling an earlier year points at that year, not at the day
    the speaker said it; without it the story goes on from the day of the statement."""
    quote = '"Pada tahun 2019 rumah itu pernah digerebek," kata Ketua RT, Senin (16/6/2025).'
    for follow, value in [
        ("Ketika itu, polisi menangkap tiga orang penghuninya.", "2019"),
        ("Polisi lalu menangkap tiga orang penghuninya.", "2025-06-16"),
    ]:
        text = f"{quote}\n\n{follow}"
        when = _context(text, datetime(2025, 6, 16)).date_at(text.index("menangkap"), sentence=_sentence(text, follow))
        assert when is not None and when.start == value


@pytest.mark.parametrize(
    "cited",
    [
        "dikutip dari Reuters pada Kamis (12/6/2025)",
        "dalam keterangan tertulis yang diterima wartawan, Kamis (12/6/2025)",
    ],
)
def test_a_clock_time_after_a_citation_day_is_on_the_story_day(cited: str) -> None:
    text = (
        "Gudang senjata itu terbakar pada Rabu (11/6/2025).\n\n"
        f'"Api sudah padam," demikian pernyataan polisi, {cited}.\n\n'
        "Petugas tiba di lokasi pada pukul 21.30."
    )
    (clock,) = [t for t in find_times(text, reference_time=datetime(2025, 6, 12)) if t.type == "TIME"]
    assert clock.value.startswith("2025-06-11T21:30")


def test_a_clock_time_after_a_day_told_as_the_story_is_on_that_day() -> None:
    text = (
        "Gudang senjata itu terbakar pada Rabu (11/6/2025).\n\n"
        "Polisi memeriksa lokasi pada Kamis (12/6/2025).\n\n"
        "Petugas pergi pukul 21.30."
    )
    (clock,) = [t for t in find_times(text, reference_time=datetime(2025, 6, 13)) if t.type == "TIME"]
    assert clock.value.startswith("2025-06-12T21:30")


@pytest.mark.parametrize(
    ("act", "dated"),
    [
        ("Aparat kini sedang memeriksa gudang itu.", False),
        ("Kedua negara tengah menjalani perundingan dagang di Jenewa.", False),
        ("Seorang tersangka lain masih dalam pengejaran petugas.", False),
        ("Polda Jawa Tengah menggeledah gudang itu.", True),  # a name, not the progressive
        ("Di tengah hujan, aparat menggeledah gudang itu.", True),  # a place
        ("Aparat juga menggeledah gudang itu.", True),
    ],
)
def test_context_an_act_told_as_under_way_takes_no_earlier_day(act: str, dated: bool) -> None:
    """In a news report an act told in the progressive is under way as the text is written: the
    day of an act told paragraphs before it is not its date (D57, D99)."""
    text = f"MEDAN, WartaKota.com - Petugas menyita 20 karung gula selundupan pada Kamis (5/6/2025).\n\n{act}"
    at = text.index(act)
    verb = at + next(m.start() for m in re.finditer(r"\b(?:me|di|pe)\w+", act) if not act[m.start()].isupper())
    date = _context(text, datetime(2025, 6, 7)).date_at(verb, sentence=(at, len(text)))
    assert (date is not None and date.start == "2025-06-05") is dated


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        (
            "Pasukan itu tiba di Lisabon pada tahun 1702, lalu mengepung benteng kota itu pada tahun 1704.",
            "mengepung",
            "1704",
        ),
        (
            "Gerilyawan melanggar janji damai pada April 1999 dengan meledakkan jembatan pada Agustus 1999.",
            "meledakkan",
            "1999-08",
        ),
        ("Pada tahun 1950, tentara menduduki kota itu yang dibangun tahun 1870.", "menduduki", "1950"),
        ("Pada Maret 2001 pemberontak ditangkap setelah menyerang pos itu pada Januari 2001.", "ditangkap", "2001-03"),
    ],
)
def test_context_of_equally_fine_times_the_one_after_the_verb_in_its_clause_dates_it(
    text: str, trigger: str, expected: str
) -> None:
    told = _context(text).date_at(text.index(trigger), sentence=(0, len(text)))
    assert told is not None and told.start == expected


@pytest.mark.parametrize(
    ("act", "dated"),
    [
        ("Dua pemuda itu telah ditahan di rutan.", False),
        ("Petugas sudah menyita dua truk tersebut.", False),
        ("Warga sempat memprotes penyitaan itu.", False),
        ("Pemilik truk pernah ditahan karena kasus serupa.", False),
        ("Petugas menyita dua truk tersebut.", True),  # not told as done before the statement
    ],
)
def test_context_an_act_told_as_done_after_a_statement_takes_not_its_day(act: str, dated: bool) -> None:
    """In a news report an act told in the perfect after a statement's day ("kata X, Selasa
    (3/6/2025)") was done before the statement, on a day the text does not tell (D3, D54)."""
    text = (
        'SURABAYA, WartaKota.com - "Kasus ini masih kami dalami," kata Kapolsek kepada wartawan, '
        f"Selasa (3/6/2025).\n\n{act}"
    )
    at = text.index(act)
    verb = at + next(m.start() for m in re.finditer(r"\b(?:me|di)\w+", act))
    date = _context(text, datetime(2025, 6, 4)).date_at(verb, sentence=(at, len(text)))
    assert (date is not None and date.start == "2025-06-03") is dated


def test_context_an_act_told_as_done_after_its_own_day_keeps_it() -> None:
    """A day told for an act, not for a statement, still dates a perfect act told after it."""
    text = (
        "MEDAN, WartaKota.com - Banjir merendam tiga desa pada Selasa (3/6/2025).\n\n"
        "Pemerintah kabupaten telah menyalurkan bantuan beras."
    )
    verb = text.index("menyalurkan")
    date = _context(text, datetime(2025, 6, 4)).date_at(verb, sentence=(text.index("Pemerintah"), len(text)))
    assert date is not None and date.start == "2025-06-03"


@pytest.mark.parametrize(
    ("quote", "dated"),
    [
        ("Pelaku sudah kami tahan di polsek", False),
        ("Kami menahan pelaku di polsek", True),
    ],
)
def test_context_a_perfect_act_quoted_before_the_statement_day_is_not_dated_by_it(quote: str, dated: bool) -> None:
    """'"Pelaku sudah kami tahan," kata Kapolsek, Selasa (3/6/2025)': the day is the statement's;
    the act told in the perfect was done before it, on a day the text does not tell (D3, D54)."""
    text = f'SURABAYA, WartaKota.com - "{quote}," kata Kapolsek kepada wartawan, Selasa (3/6/2025).'
    verb = text.index(next(w for w in quote.split() if w in ("tahan", "menahan")))
    start = text.index('"')
    date = _context(text, datetime(2025, 6, 4)).date_at(verb, sentence=(start, len(text)))
    assert (date is not None and date.start == "2025-06-03") is dated


@pytest.mark.parametrize(
    ("act", "dated"), [("Polisi telah menangkap dua pelaku.", False), ("Polisi menangkap dua pelaku.", True)]
)
def test_context_a_summary_retells_a_perfect_act_without_the_statement_day(act: str, dated: bool) -> None:
    """A summary retells the text's first day; when that day is a statement's, an act the summary
    tells in the perfect was done before it and stays undated."""
    text = (
        'SURABAYA, WartaKota.com - "Kasus ini masih kami dalami," kata Kapolsek kepada wartawan, '
        f"Selasa (3/6/2025).\n\n## Ringkasan\n\n{act}"
    )
    at = text.index(act)
    date = _context(text, datetime(2025, 6, 4)).date_at(text.index("menangkap"), sentence=(at, len(text)))
    assert (date is not None and date.start == "2025-06-03") is dated


@pytest.mark.parametrize(("verb", "dated"), [("telah menyita", False), ("menyita", True)])
def test_context_a_lead_act_told_as_done_takes_not_the_statement_day_told_after_it(verb: str, dated: bool) -> None:
    """A news lead's act takes the day told after it ("kata X, Selasa (3/6/2025)"), unless the lead
    tells it in the perfect: then it was done before that statement, on a day the text does not tell."""
    text = (
        f"MEDAN, WartaKota.com - Polisi {verb} 20 karung gula selundupan di pelabuhan.\n\n"
        '"Gula itu dibawa dari luar negeri," kata Kapolres kepada wartawan, Selasa (3/6/2025).'
    )
    lead = text.index("Polisi")
    date = _context(text, datetime(2025, 6, 4)).date_at(text.index("menyita"), sentence=(lead, text.index("\n")))
    assert (date is not None and date.start == "2025-06-03") is dated


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        (
            "Kejaksaan menahan tiga pejabat dinas yang diduga menyelewengkan dana hibah tahun 2019.",
            "menahan",
            None,
        ),
        (
            "Warga menuduh bupati itu melindungi pengusaha yang membakar hutan pada Agustus 2015.",
            "menuduh",
            None,
        ),
        ("Gerilyawan menyerang pos polisi itu pada 12 Maret 2004.", "menyerang", "2004-03-12"),
        ("Pemogokan yang dipimpin serikat buruh pada Mei 2008 melumpuhkan pelabuhan.", "Pemogokan", "2008-05"),
        ("Pasukan itu berperang melawan pemberontak sejak awal 2007.", "berperang", "2007"),
    ],
)
def test_context_a_lone_sentence_leaves_an_act_undated_by_a_later_clauses_time(
    text: str, trigger: str, expected: str | None
) -> None:
    """A sentence alone, with no writing time and no narrative around it: a time told after the act in
    a clause of its own ("yang ...", "setelah ...") dates that clause, not the act (D65)."""
    told = _context(text).date_at(text.index(trigger), sentence=(0, len(text)))
    assert (told.start if told is not None else None) == expected


@pytest.mark.parametrize(
    ("act", "dated"),
    [
        ("Kedua tersangka dijerat Pasal 365 KUHP tentang pencurian dengan kekerasan.", False),
        ("Pelaku dikenakan pasal 351 KUHP tentang penganiayaan.", False),
        ("Ketiganya disangkakan dengan Undang-Undang Darurat Nomor 12 Tahun 1951.", False),
        ("Petugas menyita dua sepeda motor milik pelaku.", True),
    ],
)
def test_context_a_charge_under_a_statute_takes_no_earlier_day(act: str, dated: bool) -> None:
    """In a news report a charge under a statute ("dijerat Pasal 365 KUHP") is the case's legal
    qualification as it stands when the news is written: the day of the arrest told before it is not its own."""
    text = f"MALANG, WartaKota.com - Polisi menangkap tiga penjambret pada Senin (2/6/2025).\n\n{act}"
    at = text.index(act)
    verb = at + next(m.start() for m in re.finditer(r"\b(?:me|di)\w+", act))
    date = _context(text, datetime(2025, 6, 4)).date_at(verb, sentence=(at, len(text)))
    assert (date is not None and date.start == "2025-06-02") is dated


@pytest.mark.parametrize(
    ("opening", "dated"),
    [
        ("Sebelumnya, Gubernur meminta warga menjauhi lokasi longsor.", False),
        ("Diberitakan sebelumnya, Gubernur meminta warga menjauhi lokasi longsor.", False),
        ("\u201cSebelumnya kami meminta warga menjauhi lokasi longsor,\u201d kata Gubernur.", False),
        ("Gubernur meminta warga menjauhi lokasi longsor.", True),
    ],
)
def test_context_a_sentence_going_back_to_an_earlier_step_takes_not_the_day_told_before(
    opening: str, dated: bool
) -> None:
    """ "Sebelumnya, …" goes back to a step before the day told last, which is a later one's: with no
    time of its own the act stays undated (D56)."""
    text = f"MEDAN, WartaKota.com - Tebing di desa itu longsor pada Selasa (3/6/2025).\n\n{opening}"
    at = text.index(opening)
    date = _context(text, datetime(2025, 6, 4)).date_at(text.index("meminta"), sentence=(at, len(text)))
    assert (date is not None and date.start == "2025-06-03") is dated


def test_context_a_sentence_going_back_keeps_a_time_of_its_own() -> None:
    text = (
        "MEDAN, WartaKota.com - Tebing di desa itu longsor pada Selasa (3/6/2025).\n\n"
        "Sebelumnya, pada Senin (2/6/2025), Gubernur meminta warga menjauhi lokasi itu."
    )
    at = text.index("Sebelumnya")
    date = _context(text, datetime(2025, 6, 4)).date_at(text.index("meminta"), sentence=(at, len(text)))
    assert date is not None and date.start == "2025-06-02"


@pytest.mark.parametrize(
    ("act", "between", "dated"),
    [
        (True, "\n\n", False),  # a deed the speaker tells of, a paragraph on: done on a day not given
        (False, "\n\n", True),  # a stance, a demand of the speaker's: stated on the statement's day
        (True, " ", True),  # in the statement's own paragraph the episode goes on
    ],
)
def test_context_a_statement_day_told_paragraphs_before_dates_no_deed(act: bool, between: str, dated: bool) -> None:
    """ "… ujar Bupati dalam keterangannya, Kamis (12/6/2025)." then, a paragraph on, "Awalnya, Bupati
    menyalurkan …": the day is the statement's, and the deed it tells of was done on a day the text
    does not give (D3, D54): the day is carried untied, for the judge, not as the event's date; a
    stance the speaker stated there keeps the day."""
    text = (
        "KENDARI, WartaKota.com - Bupati memaparkan penanganan banjir di tiga kecamatan.\n\n"
        '"Semua warga sudah kembali ke rumah," ujar Bupati dalam keterangannya, Kamis (12/6/2025).'
        f"{between}Awalnya, Bupati menyalurkan bantuan beras ke posko pengungsian."
    )
    at = text.index("Awalnya")
    told = _context(text, datetime(2025, 6, 13)).date_at(text.index("menyalurkan"), sentence=(at, len(text)), act=act)
    assert told is not None and told.start == "2025-06-12"  # the judge reads the day the narrative carries
    assert told.untied is not dated


@pytest.mark.parametrize(
    ("sentence", "untied"),
    [
        ("Ia juga meminta pemerintah pusat menambah anggaran bantuan.", False),  # the speaker, referred back to
        ("Lebih lanjut, Rahmat meminta pemerintah pusat menambah anggaran bantuan.", False),  # named again
        ("Mantan camat dua periode ini meminta pemerintah pusat menambah anggaran.", False),  # an epithet
        ('"Kami meminta pemerintah pusat menambah anggaran bantuan.', False),  # his own words go on
        ("Pemerintah pusat menyetujui permintaan tambahan anggaran tersebut.", True),  # another party's
        ("Kelompok tani setempat meminta pemerintah menambah anggaran bantuan.", True),
    ],
)
def test_context_a_statement_day_told_paragraphs_before_dates_only_its_speakers_words(
    sentence: str, untied: bool
) -> None:
    """ "… kata Bupati Kendari Rahmat Hidayat dalam keterangannya, Kamis (12/6/2025)." dates, paragraphs
    on, what its speaker goes on to say ("Ia juga meminta …", "Rahmat meminta …", "Politikus … ini
    meminta …", his quotation), not what another party is told to have said or agreed to ("Pemerintah
    pusat menyetujui permintaan …"): that day is carried untied, for the judge only."""
    text = (
        "KENDARI, WartaKota.com - Banjir merendam tiga kecamatan di Kendari.\n\n"
        '"Semua warga sudah kembali ke rumah," kata Bupati Kendari Rahmat Hidayat dalam keterangannya, '
        "Kamis (12/6/2025).\n\n"
        "Menurut data dinas sosial, bantuan beras sudah tersalurkan ke semua posko.\n\n"
        f"{sentence}"
    )
    at = text.index(sentence)
    verb = re.search(r"meminta|menyetujui", sentence)
    assert verb is not None
    told = _context(text, datetime(2025, 6, 13)).date_at(at + verb.start(), sentence=(at, len(text)))
    assert told is not None and told.start == "2025-06-12" and told.untied is untied


@pytest.mark.parametrize(
    ("between", "verb", "untied"),
    [
        ("\n\n", "telah menjanjikan", True),  # a result as it stands when the news is written
        ("\n\n", "menjanjikan", False),  # the episode told goes on
        (" ", "telah menjanjikan", False),  # in the day's own paragraph
    ],
)
def test_context_a_stance_told_in_the_perfect_paragraphs_after_a_day_is_not_dated_by_it(
    between: str, verb: str, untied: bool
) -> None:
    """ "Ratusan warga mengungsi pada 19 Mei …" then, paragraphs on, "Pemerintah daerah telah menjanjikan
    bantuan …": a promise told in the perfect is a result as it stands when the news is written, not a
    step of that day's episode; the day is carried untied, for the judge only."""
    text = (
        "PALU, WartaKota.com - Longsor menimbun belasan rumah di lereng bukit.\n\n"
        "Ratusan warga harus mengungsi pada 19 Mei setelah tanah mulai retak."
        f"{between}Pemerintah daerah {verb} bantuan bagi warga yang rumahnya rusak."
    )
    at = text.index("Pemerintah daerah")
    told = _context(text, datetime(2025, 5, 30)).date_at(text.index("menjanjikan"), sentence=(at, len(text)))
    assert told is not None and told.start == "2025-05-19" and told.untied is untied


@pytest.mark.parametrize(("act", "untied"), [(True, True), (False, False)])
def test_context_a_statement_day_carried_under_a_heading_dates_no_deed(act: bool, untied: bool) -> None:
    """Under a sub-heading of a news text the story goes on from its first told day; when that day
    is a statement's ("ujar Bupati dalam keterangannya, Kamis (12/6/2025)"), a deed told there was
    done on a day the text does not give: the day is carried untied, for the judge only."""
    text = (
        "KENDARI, WartaKota.com - Bupati memaparkan penanganan banjir di tiga kecamatan.\n\n"
        '"Semua warga sudah kembali ke rumah," ujar Bupati dalam keterangannya, Kamis (12/6/2025).\n\n'
        "## Bantuan untuk pengungsi\n\n"
        "Bupati menyalurkan bantuan beras ke posko pengungsian."
    )
    at = text.index("Bupati menyalurkan")
    told = _context(text, datetime(2025, 6, 13)).date_at(text.index("menyalurkan"), sentence=(at, len(text)), act=act)
    assert told is not None and told.start == "2025-06-12" and told.untied is untied


@pytest.mark.parametrize(
    ("opening", "untied"),
    [
        ("Menteri Perdagangan menolak", True),  # the story goes on: the week was a side remark
        ("Dalam jumpa pers tersebut, Menteri Perdagangan menolak", False),  # the episode it told goes on
    ],
)
def test_context_a_day_counted_from_the_writing_day_dates_not_the_paragraphs_after_it(
    opening: str, untied: bool
) -> None:
    """ "Pekan lalu, juru bicara istana menggelar jumpa pers …" is counted from the day the news was
    written and tells its own paragraph; a paragraph on, the story has moved on: the week is carried
    untied, for the judge only, unless the sentence points back at that episode ("Dalam jumpa pers
    tersebut")."""
    text = (
        "JAKARTA, WartaKota.com - Presiden mengecam kebijakan tarif baru negara tetangga itu.\n\n"
        "Pekan lalu, juru bicara istana menggelar jumpa pers soal tarif impor beras.\n\n"
        f"{opening} permintaan negara tetangga untuk menunda perundingan."
    )
    at = text.index(opening)
    told = _context(text, datetime(2025, 6, 13)).date_at(text.index("menolak"), sentence=(at, len(text)))
    assert told is not None and told.start == "2025-06-02" and told.untied is untied


@pytest.mark.parametrize(("between", "untied"), [("\n", True), (" ", False)])
def test_context_a_year_of_an_earlier_paragraph_dates_no_act_of_a_history(between: str, untied: bool) -> None:
    """In an encyclopedia article each paragraph moves on to a time of its own: a year told in the
    paragraph before ("Pada tahun 1521, …") is carried untied, for the judge only; in its own paragraph
    the episode goes on with it."""
    text = (
        "Pada tahun 1521, sultan itu memindahkan istananya ke tepi sungai."
        f"{between}Para bangsawan kemudian memberontak melawan putranya di pedalaman."
    )
    at = text.index("Para bangsawan")
    told = _context(text).date_at(text.index("memberontak"), sentence=(at, len(text)))
    assert told is not None and told.start == "1521" and told.untied is untied


def test_context_a_news_story_comes_back_to_its_day_after_a_paragraph_going_back() -> None:
    """ "Sebelumnya, pada 2 Juni 2025, …" goes back to an earlier step; the paragraph after it comes
    back to the story's own day (D56)."""
    text = (
        "BANDUNG, WartaKota.com - Kejaksaan memeriksa mantan kepala dinas itu pada Selasa (10/6/2025).\n\n"
        "Sebelumnya, pada 2 Juni 2025, ia juga sudah diperiksa selama delapan jam.\n\n"
        "Usai pemeriksaan, ia membantah menerima suap dari kontraktor."
    )
    at = text.index("Usai")
    told = _context(text, datetime(2025, 6, 11)).date_at(text.index("membantah"), sentence=(at, len(text)))
    assert told is not None and told.start == "2025-06-10"


@pytest.mark.parametrize(
    ("attribution", "untied"),
    [
        ("ujar Rina dalam keterangannya, dikutip Kamis (12/6/2025).", True),  # the day it was quoted
        ("ujar Rina dalam keterangannya, Kamis (12/6/2025).", False),  # the day it was stated
        ("ujar Rina, dikutip dari Antara, Kamis (12/6/2025).", False),  # a source between: its day
    ],
)
def test_context_a_day_a_statement_was_quoted_on_dates_nothing(attribution: str, untied: bool) -> None:
    """ "…," ujar Rina dalam keterangannya, dikutip Kamis (12/6/2025)": the day the text quoted a
    written statement, not when it was made (D54); it dates neither the statement nor what follows
    (carried untied, for the judge only)."""
    text = (
        "SURABAYA, WartaKota.com - Anggota DPRD meminta pemerintah kota menambah armada bus sekolah.\n\n"
        f'"Banyak siswa masih berjalan kaki jauh ke sekolah," {attribution}\n\n'
        "Ia mendorong dinas perhubungan menyusun rute baru."
    )
    at = text.index("Ia mendorong")
    told = _context(text, datetime(2025, 6, 13)).date_at(text.index("mendorong"), sentence=(at, len(text)))
    assert told is not None and told.start == "2025-06-12" and told.untied is untied


@pytest.mark.parametrize(
    ("sentence", "war", "untied"),
    [
        # the war is the time of his service: the year is the service's, the war stays undated
        ("Ia bertugas di dinas logistik tentara pada 1916 saat Perang Dunia I berkecamuk.", "Perang Dunia I", True),
        # a time right after its name dates the war
        ("Israel menang dalam Perang Enam Hari pada Juni 1967 melawan tiga negara.", "Perang Enam Hari", False),
    ],
)
def test_context_a_named_war_told_as_the_time_of_another_act_is_not_dated_by_it(
    sentence: str, war: str, untied: bool
) -> None:
    """ "saat Perang Dunia I": a named war told as the time of another act is a background event the
    text does not date (D59); the other times of its sentence are the other acts' (carried untied)."""
    told = _context(sentence).date_at(sentence.index(war), sentence=(0, len(sentence)))
    assert told is not None and told.untied is untied


def test_context_a_day_of_a_persons_life_in_brackets_dates_nothing_told_after_it() -> None:
    """ "(lahir 3 Mei 1890 – meninggal 9 Juli 1961)": a birth or a death is no event (D63); the next
    sentence's act, which tells no time, is not dated by either day."""
    text = (
        "Teuku Ahmad (lahir 3 Mei 1890 di Sigli – meninggal 9 Juli 1961 di Banda Aceh) adalah pejuang Aceh.\n"
        "Ia memimpin perlawanan rakyat terhadap pasukan Belanda di pedalaman Pidie."
    )
    at = text.index("Ia memimpin")
    assert _context(text).date_at(text.index("memimpin"), sentence=(at, len(text))) is None


@pytest.mark.parametrize(
    ("text", "act", "dated"),
    [
        # a birth told in the act's sentence is not its time
        ("Uskup itu, yang lahir pada 2 Maret 1931, mengecam kekerasan terhadap warga desa.", "mengecam", None),
        # nor does it date an act told after it, in the story's first day or in the sentences after
        (
            "Tersangka merupakan pria kelahiran 4 Oktober 1979 asal Medan.\n\nPolisi menahan pria itu di Polres.",
            "menahan",
            None,
        ),
        ("Ia lahir di Kota Padang, 9 Januari 1950.\nIa kemudian memimpin pemogokan buruh.", "memimpin", None),
        # a time told after a place that is no birthplace still dates the act
        ("Ia lahir di Padang dan pada 1978 memimpin pemogokan buruh.", "memimpin", "1978"),
    ],
)
def test_context_a_birth_dates_nothing(text: str, act: str, dated: str | None) -> None:
    """ "lahir pada 2 Maret 1931", "kelahiran 4 Oktober 1979": a birth is no event (D63), and its time
    dates no act, neither of its sentence nor told after it."""
    at = text.index(act)
    start = max(text.rfind("\n", 0, at), text.rfind(". ", 0, at)) + 1
    end = text.find("\n", at)
    told = _context(text).date_at(at, sentence=(start, len(text) if end < 0 else end))
    assert (told.start if told is not None and not told.untied else None) == dated


@pytest.mark.parametrize(
    ("sentence", "act", "dated"),
    [
        # the time is the verb's of a relative clause right before it, not the act's
        (
            "Sopir bus itu ditetapkan sebagai tersangka dalam kebakaran gudang yang terjadi 3 Mei 2007.",
            "ditetapkan",
            False,
        ),
        (
            "Pertemuan itu merupakan bagian dari perjanjian damai kedua pihak yang diteken Februari 2007.",
            "Pertemuan",
            False,
        ),
        # the act's own relative clause, right after it
        ("Unjuk rasa yang digelar 3 Mei 2007 berakhir damai.", "Unjuk", True),
        # a time with its own introduction after the act
        ("Pasukan itu menduduki kota pelabuhan tersebut sejak awal 2007.", "menduduki", True),
    ],
)
def test_context_a_sentence_alone_gives_a_relative_clauses_time_to_its_verb(
    sentence: str, act: str, dated: bool
) -> None:
    told = _context(sentence).date_at(sentence.index(act), sentence=(0, len(sentence)))
    assert (told is not None) is dated


@pytest.mark.parametrize(
    ("follow_up", "dated"),
    [
        ("Pemerintah Kanada menyambut baik keputusan tersebut.", False),
        ("Marsudi menyambut baik keputusan tersebut.", True),
    ],
)
def test_context_another_partys_statement_under_a_sub_heading_takes_no_first_day(follow_up: str, dated: bool) -> None:
    """A statement under a sub-section heading by a party the line of the text's first day does not name
    ("## Tanggapan" … "Pemerintah Kanada menyambut baik …") is not told on that day; its speaker's is."""
    text = (
        "OTTAWA, WartaKota.com - Menteri Marsudi menandatangani nota kesepahaman perdagangan di Ottawa, "
        "Selasa (10/6/2025).\n\n"
        "## Tanggapan\n\n"
        f"{follow_up}"
    )
    at = text.index(follow_up)
    told = _context(text, datetime(2025, 6, 11)).date_at(at + follow_up.index("menyambut"), sentence=(at, len(text)))
    assert (told is not None and not told.untied and told.start == "2025-06-10") is dated
