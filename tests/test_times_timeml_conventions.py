"""TimeML conventions of the time stage (docs/timeml.md), each on Indonesian news sentences."""

from __future__ import annotations

from datetime import datetime

from peristiwa.times import find_times

DEC_2014 = datetime.fromisoformat("2014-12-16T00:00:00+07:00")
NOV_2014 = datetime.fromisoformat("2014-11-19T00:00:00+07:00")


def _values(text: str, ref: datetime | None = DEC_2014) -> list[tuple[str, str, str, str | None]]:
    return [(t.text, t.type, t.value, t.mod) for t in find_times(text, reference_time=ref)]


def test_a_guessed_year_is_not_in_force_for_the_next_month() -> None:
    """ "pengiriman Januari" in a November text is the coming January; "27 November" after it is
    still this year's, not 2015's."""
    found = _values("Kontrak untuk pengiriman Januari turun. OPEC bertemu pada 27 November di Wina.", NOV_2014)
    assert [(t, v) for t, _, v, _ in found] == [("Januari", "2015-01"), ("27 November", "2014-11-27")]


def test_a_bounded_year_with_a_modifier_does_not_move_the_story() -> None:
    """ "sejak akhir Mei 2010" bounds a span (its own mod END kept); a later "Januari" is not 2011's."""
    found = _values("Harga itu terendah sejak akhir Mei 2010. Minyak untuk pengiriman Januari turun.", NOV_2014)
    assert found[0][2:] == ("2010-05", "END") and found[1][:3] == ("Januari", "DATE", "2015-01")


def test_a_rate_per_time_unit_is_a_set() -> None:
    found = _values("Kilang itu mengolah 300.000 barel per hari dan libur dua kali per tahun.")
    assert [(t, k, v) for t, k, v, _ in found] == [("per hari", "SET", "P1D"), ("per tahun", "SET", "P1Y")]


def test_per_with_a_deictic_word_is_as_of_not_a_rate() -> None:
    """ "data per hari ini": as of today, the date; no SET."""
    found = _values("Jumlah pengungsi per hari ini mencapai 1.200 orang.")
    assert [(t, k) for t, k, _, _ in found] == [("hari ini", "DATE")]


def test_anaphoric_and_vague_references() -> None:
    text = (
        "Saat itu warga sudah mengungsi. Beberapa waktu lalu harga naik, dan akhir-akhir ini turun lagi. "
        "Untuk sementara ini jalan ditutup, nantinya dibuka kembali."
    )
    assert [(t, v) for t, _, v, _ in _values(text)] == [
        ("Saat itu", "PAST_REF"),
        ("Beberapa waktu lalu", "PAST_REF"),
        ("akhir-akhir ini", "PAST_REF"),
        ("sementara ini", "PRESENT_REF"),
        ("nantinya", "FUTURE_REF"),
    ]


def test_a_deictic_word_after_an_explicit_date_is_outside_it() -> None:
    """ "1 Juni 2015 mendatang": one DATE, "mendatang" is neither in it nor a FUTURE_REF of its own."""
    assert [(t, v) for t, _, v, _ in _values("Proyek itu rampung pada 1 Juni 2015 mendatang.")] == [
        ("1 Juni 2015", "2015-06-01")
    ]


def test_a_part_of_the_current_year_or_month() -> None:
    found = _values("Target itu dipenuhi pada akhir tahun, bukan awal bulan.")
    assert [(t, v, m) for t, _, v, m in found] == [("akhir tahun", "2014", "END"), ("awal bulan", "2014-12", "START")]
    bare = _values("Setiap tahun jumlahnya naik; bulan dan tahunnya tidak disebut.")
    assert [(t, k) for t, k, _, _ in bare] == [("Setiap tahun", "SET")]  # a bare "bulan" is no time


def test_a_rolled_over_year_near_the_writing_year_is_a_guess_too() -> None:
    """ "pengiriman Desember … Januari … 27 November mendatang" in a November 2014 text: the
    January is 2015's, the meeting still 2014's; a story of 1998 keeps its inferred 1999."""
    news = _values(
        "Harga turun pada Selasa (18/11/2014). Minyak untuk pengiriman Desember turun, Brent untuk pengiriman "
        "Januari juga. Pertemuan digelar pada 27 November mendatang.",
        NOV_2014,
    )
    assert [v for _, _, v, _ in news] == ["2014-11-18", "2014-12", "2015-01", "2014-11-27"]
    story = _values("Kerusuhan pecah pada Desember 1998. Pada Januari, warga mengungsi. Pada Maret, mereka kembali.")
    assert [v for _, _, v, _ in story] == ["1998-12", "1999-01", "1999-03"]


def test_a_bare_weekday_the_text_has_dated_is_that_day() -> None:
    """Written on Wednesday 26 November: "Kamis (27/11/2014)" then "pertemuan Kamis" is the coming
    Thursday, not the past one a bare weekday in news usually means."""
    text = "OPEC akan bertemu pada Kamis (27/11/2014) di Wina. Iran mendesak pemangkasan pada pertemuan Kamis."
    found = _values(text, datetime.fromisoformat("2014-11-26T00:00:00+07:00"))
    assert [v for _, _, v, _ in found] == ["2014-11-27", "2014-11-27"]
    alone = _values("Iran mendesak pemangkasan pada pertemuan Kamis.", datetime.fromisoformat("2014-11-26T00:00:00"))
    assert [v for _, _, v, _ in alone] == ["2014-11-20"]


def test_a_day_told_by_a_weekday_does_not_fix_the_year_of_later_months() -> None:
    """Written on 7 January 2015: "Selasa" is 6 January, and "hingga 26 Desember" is still 2014's."""
    found = _values(
        "Pada Selasa, harga turun. Produksi naik hingga 26 Desember.", datetime.fromisoformat("2015-01-07T00:00:00")
    )
    assert [v for _, _, v, _ in found] == ["2015-01-06", "2014-12-26"]


def test_hari_before_a_weekday_and_its_date_is_one_expression() -> None:
    found = _values("Harga minyak masih turun pada hari Kamis (27/11/2014) menjelang pertemuan OPEC.")
    assert [(t, v) for t, _, v, _ in found] == [("hari Kamis (27/11/2014)", "2014-11-27")]


def test_a_day_part_of_today_or_of_earlier_today() -> None:
    """ "sore hari ini", "dini hari tadi" are the writing day's, whatever date the text told before."""
    found = _values(
        "Indeks ditutup Kamis (11/12/2013). Bursa melemah sore hari ini setelah Wall Street dini hari tadi."
    )
    assert [(t, v) for t, _, v, _ in found][1:] == [
        ("sore hari ini", "2014-12-16TAF"),
        ("dini hari tadi", "2014-12-16TMO"),
    ]


def test_a_two_digit_decade_before_a_currency_is_an_amount() -> None:
    found = _values("Harga sempat di level 60-an dollar AS, terendah sejak tahun 70-an.")
    assert [(t, v) for t, _, v, _ in found] == [("tahun 70-an", "197")]


def test_quarters_and_halves_of_a_year() -> None:
    found = _values(
        "Ekonomi tumbuh di kuartal ketiga tahun ini, lebih lambat dari kuartal kedua. Surplus diperkirakan "
        "pada triwulan I-2015, defisit pada semester II tahun lalu, dan pemulihan pada paruh pertama tahun depan."
    )
    assert [(t, v, m) for t, _, v, m in found] == [
        ("kuartal ketiga tahun ini", "2014-Q3", None),
        ("kuartal kedua", "2014-Q2", None),
        ("triwulan I-2015", "2015-Q1", None),
        ("semester II tahun lalu", "2013-H2", None),
        ("paruh pertama tahun depan", "2015-H1", None),
    ]


def test_holidays_seasons_and_vague_durations() -> None:
    found = _values(
        "Menjelang Natal dan Tahun Baru, jalan macet; selama musim dingin salju turun. Ia terdiam sesaat, "
        "lalu menunggu beberapa saat."
    )
    assert [(t, k, v) for t, k, v, _ in found] == [
        ("Natal", "DATE", "2014-12-25"),
        ("Tahun Baru", "DATE", "2015-01-01"),
        ("musim dingin", "DATE", "2014-WI"),
        ("sesaat", "DURATION", "PTXM"),
        ("beberapa saat", "DURATION", "PTXM"),
    ]


def test_a_feast_or_season_needs_a_year_or_a_time_word() -> None:
    """ "labu musim panas" is a vegetable, "seperti Lebaran, Natal" a list of feasts, "Tahun Baru
    Islam" another calendar's new year, "natal" in lower case "native"."""
    for text in (
        "Petani menanam labu musim panas di kebun.",
        "Libur nasional seperti Lebaran, Natal, atau hari besar lainnya.",
        "Pemerintah menetapkan libur Tahun Baru Islam.",
        "Ia kembali ke tanah natal orang tuanya.",
    ):
        assert not _values(text), text
    assert [(t, v) for t, _, v, _ in _values("Pemain itu pindah pada musim panas 2013.")] == [
        ("musim panas 2013", "2013-SU")
    ]


def test_a_delivery_month_is_the_one_nearest_the_writing_time() -> None:
    """After "terakhir terlihat pada akhir April 2009", "pengiriman Februari" is a contract month
    of 2015, not February 2009."""
    found = _values(
        "Harga itu terakhir terlihat pada akhir April 2009. Minyak untuk pengiriman Februari turun.",
        datetime.fromisoformat("2015-01-07T00:00:00"),
    )
    assert [v for _, _, v, _ in found] == ["2009-04", "2015-02"]


def test_duration_ranges_decimals_and_half_units() -> None:
    found = _values("Pembangunan butuh 2-3 tahun, uji coba dua hingga tiga bulan, setengah jam, 5,5 tahun.")
    assert [(t, k, v) for t, k, v, _ in found] == [
        ("2-3 tahun", "DURATION", "P3Y"),
        ("dua hingga tiga bulan", "DURATION", "P3M"),
        ("setengah jam", "DURATION", "PT30M"),
        ("5,5 tahun", "DURATION", "P5.5Y"),
    ]


def test_minutes_of_arc_in_coordinates_are_not_durations() -> None:
    text = "Pusat gempa di 128 derajat 20 menit Bujur Timur dan 2° 30 menit LS, guncangan terasa 20 menit."
    assert [(t, v) for t, _, v, _ in _values(text)] == [("20 menit", "PT20M")]
    assert text.rindex("20 menit") == find_times(text)[0].start


def test_prayer_times_are_day_parts_in_lower_case_only() -> None:
    found = _values("Warga berkumpul usai salat maghrib dan bubar setelah isya. Ustaz Isya memimpin doa.")
    assert [(t, v) for t, _, v, _ in found] == [("maghrib", "2014-12-16TEV"), ("isya", "2014-12-16TNI")]


def test_an_amount_counted_from_a_told_time_is_a_duration_with_the_point_it_reaches() -> None:
    """TimeML: "tiga hari [kemudian]" is the DURATION P3D, the signal outside; the day it reaches
    (6 December) is kept as its point and dates the events told with it."""
    from peristiwa.times import DateContext

    text = "Bom meledak pada 3 Desember 2014. Tiga hari kemudian polisi menangkap dua tersangka."
    times = find_times(text, reference_time=DEC_2014)
    assert [(t.text, t.type, t.value, t.point) for t in times] == [
        ("3 Desember 2014", "DATE", "2014-12-03", None),
        ("Tiga hari", "DURATION", "P3D", "2014-12-06"),
    ]
    arrest = text.index("menangkap")
    event = DateContext(times, reference_time=DEC_2014, text=text).date_at(arrest, sentence=(34, len(text)))
    assert event is not None and event.start == "2014-12-06"


def test_an_amount_before_an_event_is_a_duration_and_ago_is_a_date() -> None:
    found = _values("Tiga bulan setelah kerusuhan, warga kembali. Dua hari lalu hujan turun.")
    assert [(t, k, v) for t, k, v, _ in found] == [
        ("Tiga bulan", "DURATION", "P3M"),
        ("Dua hari lalu", "DATE", "2014-12-14"),
    ]


def test_pasar_minggu_is_a_place() -> None:
    assert [t for t, _, _, _ in _values("SPBU di Jl Raya Pasar Minggu 14. Ia ke pasar Minggu pagi.")] == ["Minggu pagi"]


def test_day_parts_of_yesterday_today_and_tomorrow() -> None:
    found = _values("Ia tiba kemarin sore, rapat pagi tadi, bicara sore nanti dan terbang besok pagi.")
    assert [(t, v) for t, _, v, _ in found] == [
        ("kemarin sore", "2014-12-15TAF"),
        ("pagi tadi", "2014-12-16TMO"),
        ("sore nanti", "2014-12-16TAF"),
        ("besok pagi", "2014-12-17TMO"),
    ]


def test_last_weekend_and_a_frequency() -> None:
    """ "akhir pekan lalu" is last weekend (not the end of last week); "dua kali setahun" is a SET."""
    found = _values("Akhir pekan lalu pasar ramai; panen terjadi dua kali setahun hingga tengah tahun depan.")
    assert [(t, k, v, m) for t, k, v, m in found] == [
        ("Akhir pekan lalu", "DATE", "2014-W50-WE", None),
        ("setahun", "SET", "P1Y", None),
        ("tengah tahun depan", "DATE", "2015", "MID"),
    ]


def test_provisional_soon_school_terms_and_next_year_without_a_reference() -> None:
    """ "hasil sementara ini" is provisional (no time), "sebentar lagi" is soon, "semester II
    jurusan" a school term; with no writing time "tahun depan" is FUTURE_REF, not PAST_REF."""
    found = _values("Di daftar sementara ini ada 18 nama. Sebentar lagi ia lulus dari semester II jurusan hukum.")
    assert [(t, v) for t, _, v, _ in found] == [("Sebentar lagi", "FUTURE_REF")]
    assert [(t, v) for t, _, v, _ in _values("Album itu dirilis awal tahun depan.", None)] == [
        ("awal tahun depan", "FUTURE_REF")
    ]
