"""Numbers as written in Indonesian, and the quantities found in running text."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from peristiwa.quantities import find_quantities, parse_number

NUMBERS = [
    ("14.000", (14000, 14000)),
    ("1.250", (1250, 1250)),
    ("2.500.000", (2500000, 2500000)),
    ("135", (135, 135)),
    ("0", (0, 0)),
    ("14,000", (14000, 14000)),
    ("2,5 juta", (2500000, 2500000)),
    ("3,2 ribu", (3200, 3200)),
    ("1,5 juta", (1500000, 1500000)),
    ("25 ribu", (25000, 25000)),
    ("7 juta", (7000000, 7000000)),
    ("1,2 miliar", (1200000000, 1200000000)),
    ("2.5 juta", (2500000, 2500000)),
    ("satu", (1, 1)),
    ("dua", (2, 2)),
    ("sembilan", (9, 9)),
    ("nol", (0, 0)),
    ("sepuluh", (10, 10)),
    ("sebelas", (11, 11)),
    ("dua belas", (12, 12)),
    ("empat belas", (14, 14)),
    ("sembilan belas", (19, 19)),
    ("dua puluh", (20, 20)),
    ("dua puluh lima", (25, 25)),
    ("sembilan puluh sembilan", (99, 99)),
    ("seratus", (100, 100)),
    ("seratus dua puluh", (120, 120)),
    ("seratus dua belas", (112, 112)),
    ("tiga ratus", (300, 300)),
    ("tiga ratus lima puluh satu", (351, 351)),
    ("seribu", (1000, 1000)),
    ("seribu lima ratus", (1500, 1500)),
    ("dua ribu", (2000, 2000)),
    ("empat belas ribu", (14000, 14000)),
    ("tiga ratus ribu", (300000, 300000)),
    ("sejuta", (1000000, 1000000)),
    ("setengah juta", (500000, 500000)),
    ("satu setengah juta", (1500000, 1500000)),
    ("dua juta lima ratus ribu", (2500000, 2500000)),
    ("Dua Puluh Lima", (25, 25)),
    ("seorang", (1, 1)),
    ("sebuah", (1, 1)),
    ("seekor", (1, 1)),
    ("sepucuk", (1, 1)),
    ("belasan", (11, None)),
    ("puluhan", (20, None)),
    ("ratusan", (200, None)),
    ("ribuan", (2000, None)),
    ("jutaan", (2000000, None)),
    ("lusinan", (24, None)),
    ("beberapa", (2, None)),
    ("sejumlah", (2, None)),
    ("puluhan ribu", (20000, None)),
    ("ratusan ribu", (200000, None)),
    ("beberapa ratus", (200, None)),
    ("puluhan hingga ratusan", (20, 999)),
    ("sedikitnya 25", (25, None)),
    ("setidaknya empat", (4, None)),
    ("paling sedikit 10", (10, None)),
    ("minimal 3", (3, None)),
    ("lebih dari 100", (100, None)),
    ("lebih dari seribu", (1000, None)),
    ("lebih 500", (500, None)),  # "lebih" alone before the number: at least, as "lebih dari"
    # a unit written together with belas/puluh/ratus, the older spelling
    ("tujuhbelas", (17, 17)),
    ("duapuluh lima", (25, 25)),
    ("tigaratus", (300, 300)),
    ("hampir 100", (None, 100)),
    ("kurang dari 50", (None, 50)),
    ("sekitar 3.000", (3000, 3000)),
    ("kurang lebih 40", (40, 40)),
    ("kira-kira dua ratus", (200, 200)),
    ("hingga 50", (None, 50)),
    ("paling banyak 20", (None, 20)),
    ("9 hingga 12", (9, 12)),
    ("9-12", (9, 12)),
    ("9–12", (9, 12)),
    ("antara 9 dan 12", (9, 12)),
    ("dua hingga tiga ribu", (2000, 3000)),
    ("dua atau tiga", (2, 3)),
    ("10 sampai 15", (10, 15)),
    # ke- + a number read alone is a collective count; find_quantities keeps it only before a counted noun
    ("keempat", (4, 4)),
    # ... and with the enclitic it is all of a group told before, a count of its own
    ("keduanya", (2, 2)),
    ("ketiganya", (3, 3)),
]


@pytest.mark.parametrize(("written", "expected"), NUMBERS)
def test_quantities_parse_number_values(written: str, expected: tuple[int | None, int | None]) -> None:
    assert parse_number(written) == expected


@pytest.mark.parametrize(
    "written",
    ["11.00", "2,5", "dua tiga", "juta", "ribu", "tahun", "satu-satunya", "", "abc", "12 orang", "12-9"],
)
def test_quantities_parse_number_rejects(written: str) -> None:
    assert parse_number(written) is None


QUANTITIES = [
    ("Menurut sumber-sumber Irak, sedikitnya 25 pejuang milisi tewas.", "sedikitnya 25", 25, None, "at_least"),
    ("Sekitar 3.000 pendukung Arema memasuki lapangan.", "Sekitar 3.000", 3000, 3000, "about"),
    ("Sedikit-dikitnya 14 gerilyawan tewas di perbatasan.", "Sedikit-dikitnya 14", 14, None, "at_least"),
    ("Paling tidak tujuh rumah rusak diterjang angin.", "Paling tidak tujuh", 7, None, "at_least"),
    ("Gempa itu merusak 14.000 rumah warga.", "14.000", 14000, 14000, "exact"),
    ("Ledakan melukai dua puluh lima orang.", "dua puluh lima", 25, 25, "exact"),
    ("Banjir memaksa 2,5 juta warga mengungsi.", "2,5 juta", 2500000, 2500000, "exact"),
    ("Puluhan milisi Syiah berbaris ke Zona Hijau.", "Puluhan", 20, None, "at_least"),
    ("Lusinan demonstran menghancurkan pintu utama.", "Lusinan", 24, None, "at_least"),
    ("Ribuan pengunjuk rasa meneriakkan slogan.", "Ribuan", 2000, None, "at_least"),
    ("Polisi menangkap belasan pemuda.", "belasan", 11, None, "at_least"),
    ("Aksi diikuti puluhan ribu buruh di Jakarta.", "puluhan ribu", 20000, None, "at_least"),
    ("Lebih dari 100 orang tewas dalam kerusuhan.", "Lebih dari 100", 100, None, "at_least"),
    ("Hampir 600 orang terluka akibat gas air mata.", "Hampir 600", None, 600, "fewer_than"),
    ("Serangan itu menewaskan antara 9 dan 12 orang.", "antara 9 dan 12", 9, 12, "range"),
    ("Sebanyak 9 hingga 12 rumah terbakar.", "9 hingga 12", 9, 12, "range"),
    ("Seorang polisi tewas ditembak.", "Seorang", 1, 1, "exact"),
    ("Ketujuh nelayan itu dipulangkan ke Aceh.", "Ketujuh", 7, 7, "exact"),
    ("Amerika Serikat membom lima posisi Kata'ib Hezbollah.", "lima", 5, 5, "exact"),
    ("AS mengirim 750 tentara ke Timur Tengah.", "750", 750, 750, "exact"),
    ("Invasi menyebabkan 7 juta orang meninggalkan negaranya.", "7 juta", 7000000, 7000000, "exact"),
    ("Korban tewas | 28 orang (termasuk pelaku)[3]", "28", 28, 28, "exact"),
    ("Pasukan menahan kurang dari 50 orang.", "kurang dari 50", None, 50, "fewer_than"),
    ("Empatpuluh delapan rumah hangus terbakar.", "Empatpuluh delapan", 48, 48, "exact"),
    ("Banjir merendam lebih 300 rumah.", "lebih 300", 300, None, "at_least"),
]


@pytest.mark.parametrize(("text", "span", "lo", "hi", "qualifier"), QUANTITIES)
def test_quantities_find_quantities_in_sentences(
    text: str, span: str, lo: int | None, hi: int | None, qualifier: str
) -> None:
    found = find_quantities(text)
    assert [(q.text, q.min, q.max, q.qualifier) for q in found] == [(span, lo, hi, qualifier)]
    assert text[found[0].start : found[0].end] == span


NOT_QUANTITIES = [
    "Tim itu menjuarai turnamen untuk kedua kalinya.",
    "Serangan terjadi pada 29 Desember 2019.",
    "Kerusuhan itu pecah pada tahun 1998.",
    "Pada 1998 Soeharto mengundurkan diri.",
    "Pada 1066 Raja Harald tewas dalam pertempuran di Stamford.",
    "Sejak 2014 Presiden Joko Widodo memimpin negeri itu.",
    "Ledakan terdengar pukul 11.00 WIB.",
    "Ledakan terdengar sekitar 23:00 waktu setempat.",
    "Pentagon membenarkan serangan tersebut.[16]",
    "Ini adalah serangan ke-82 terhadap pasukan AS.",
    "Helikopter AH-64 Apache menembaki konvoi.",
    "Ia dijerat Pasal 28 UU ITE.",
    "Kerugian ditaksir Rp 5 juta.",
    "Kerugian ditaksir Rp5.000.000.",
    "Bantuan senilai US$ 2 miliar dicairkan.",
    "Bantuan senilai 2 miliar dolar dicairkan.",
    "Inflasi naik 30 persen tahun ini.",
    "Inflasi naik 30% tahun ini.",
    "Salah satu pelaku melarikan diri.",
    "Mereka ditangkap satu per satu.",
    "Ia satu-satunya saksi mata.",
    "Densus 88 menggerebek rumah itu.",
    "Pemerintah Peru di Lima mengecam aksi itu.",
    "Pada dekade 1990-an konflik meningkat.",
    "Wabah COVID-19 melanda kota itu.",
    "Ia ditahan selama 3 hari.",
    "Pelaku berusia 18 tahun.",
    "Pertempuran berlangsung 13–14 Mei 2018.",
    "Tanggal 12/10/2002 dikenang sebagai hari duka.",
    "Dewan Keamanan mengesahkan Resolusi 1441.",
    "Tidak seorang pun tewas.",
]


def test_quantities_a_people_word_after_a_number_counts_at_a_headlines_start_and_in_lower_case() -> None:
    assert [q.min for q in find_quantities("2000 Polisi Dikerahkan Amankan Demo Buruh")] == [2000]
    assert [q.min for q in find_quantities("Sebanyak 1200 polisi dan tentara dikerahkan.")] == [1200]


@pytest.mark.parametrize("text", NOT_QUANTITIES)
def test_quantities_find_quantities_leaves_out_labels(text: str) -> None:
    assert [q.text for q in find_quantities(text)] == []


@given(st.text(alphabet="0123456789 .,:-ribujtasdlmpkh[]%Rp\n", max_size=60))
def test_quantities_find_quantities_offsets_hold(text: str) -> None:
    for q in find_quantities(text):
        assert text[q.start : q.end] == q.text
        assert q.min is not None or q.max is not None
        assert q.min is None or q.max is None or q.min <= q.max
