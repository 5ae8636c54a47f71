"""The time stage on the Indonesian test set (tests/data/times/timex_id.tsv) and on negative cases."""

from __future__ import annotations

import csv
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from pathlib import Path

import pytest

from peristiwa.spans import TimeMention
from peristiwa.times import find_times

TIMEX = Path(__file__).parent / "data" / "times" / "timex_id.tsv"


@dataclass(frozen=True, slots=True)
class Gold:
    sentence: str
    reference_time: str
    zone: str
    text: str
    start: int
    end: int
    type: str
    value: str
    utc: str


@cache
def gold_rows() -> tuple[Gold, ...]:
    with TIMEX.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        return tuple(
            Gold(
                r["sentence"],
                r["reference_time"],
                r["zone"],
                r["text"],
                int(r["start"]),
                int(r["end"]),
                r["type"],
                r["value"],
                r["utc"],
            )
            for r in reader
        )


def _zone_at(zone: str) -> Callable[[int], str | None] | None:
    return (lambda _offset: zone) if zone else None


@cache
def _found(sentence: str, reference_time: str, zone: str) -> tuple[TimeMention, ...]:
    ref = datetime.fromisoformat(reference_time) if reference_time else None
    return tuple(find_times(sentence, reference_time=ref, zone_at=_zone_at(zone)))


def _match(row: Gold) -> TimeMention | None:
    """The found mention overlapping the gold span most."""
    best, best_overlap = None, 0
    for time in _found(row.sentence, row.reference_time, row.zone):
        overlap = min(time.end, row.end) - max(time.start, row.start)
        if overlap > best_overlap:
            best, best_overlap = time, overlap
    return best


def test_times_gold_set_is_well_formed() -> None:
    rows = gold_rows()
    assert len(rows) >= 300
    assert len({r.sentence for r in rows}) >= 150
    for row in rows:
        assert row.sentence[row.start : row.end] == row.text, row
        assert row.type in ("DATE", "TIME", "DURATION", "SET"), row


def test_times_value_accuracy_on_gold_set() -> None:
    rows = gold_rows()
    wrong = [
        (r.text, r.value, m.value if (m := _match(r)) else None)
        for r in rows
        if (m := _match(r)) is None or m.value != r.value
    ]
    accuracy = 1 - len(wrong) / len(rows)
    assert accuracy >= 0.95, f"value accuracy {accuracy:.3f}; wrong: {wrong}"


def test_times_utc_accuracy_on_gold_set() -> None:
    rows = [r for r in gold_rows() if r.utc]
    right = sum(1 for r in rows if (m := _match(r)) is not None and m.utc == r.utc)
    assert len(rows) >= 30
    assert right / len(rows) >= 0.9


def test_times_type_accuracy_on_gold_set() -> None:
    rows = gold_rows()
    right = sum(1 for r in rows if (m := _match(r)) is not None and m.type == r.type)
    assert right / len(rows) >= 0.95


def test_times_offsets_are_exact_slices() -> None:
    for row in gold_rows():
        for time in _found(row.sentence, row.reference_time, row.zone):
            assert row.sentence[time.start : time.end] == time.text


@pytest.mark.parametrize("kind", ["DATE", "TIME", "DURATION", "SET"])
def test_times_value_accuracy_by_type(kind: str) -> None:
    rows = [r for r in gold_rows() if r.type == kind]
    right = sum(1 for r in rows if (m := _match(r)) is not None and m.value == r.value)
    assert len(rows) >= 5
    assert right / len(rows) >= 0.9, f"{kind}: {right}/{len(rows)}"


NEGATIVES = [
    "Sebanyak 14.000 warga mengungsi ke tempat yang lebih aman.",
    "Polisi mengerahkan 1.500 orang personel untuk mengamankan unjuk rasa.",
    "Menurut laporan tersebut, korban tewas mencapai 135 orang.[16]",
    "Gol kemenangan dicetak pada menit ke-82 oleh pemain pengganti.",
    "Persija mengalahkan Persib dengan skor 2-1 di kandang sendiri.",
    "Gugatan itu didasarkan pada Pasal 28 ayat 3 Undang-Undang Dasar.",
    "Warga dapat menghubungi posko di nomor 0812-3456-7890 setiap saat.",
    "Bantuan sebesar Rp 2.000 per orang dinilai terlalu kecil.",
    "Sebanyak 2019 orang terdaftar sebagai pemilih baru di kecamatan itu.",
    "Kendaraan melaju dengan kecepatan 120 km/jam sebelum menabrak pembatas.",
    "Ia ditetapkan sebagai tersangka berdasarkan UU Nomor 11 Tahun 2008 tentang ITE.",
    "Skor akhir pertandingan itu 11.00 menurut papan digital yang rusak.",
    "Tim SAR menemukan 1.998 keping puing di perairan tersebut.",
    "Harga saham turun 3,5 persen menjadi 1.450 per lembar.",
    "Kapal itu membawa 2.000 ton beras ke Pelabuhan Tanjung Priok.",
]


@pytest.mark.parametrize("sentence", NEGATIVES)
def test_times_negatives_have_no_date_or_clock(sentence: str) -> None:
    found = find_times(sentence, reference_time=datetime(2020, 1, 1))
    clocks_and_days = [t for t in found if t.type in ("TIME", "DATE") and t.value[:1].isdigit()]
    assert clocks_and_days == [], clocks_and_days


@pytest.mark.parametrize(
    "sentence",
    [
        "Petugas bertindak sesuai Peraturan Kapolri Nomor 8 Tahun 2009 saat membubarkan massa.",
        "Keduanya dijerat Undang-Undang Darurat Nomor 12 Tahun 1951 tentang senjata tajam.",
        "Aturan itu merujuk pada Peraturan Pemerintah No 24 tahun 1997 tentang pendaftaran tanah.",
        "Sengketa lahan itu diatur UU No. 5 Th. 1960 tentang pokok-pokok agraria.",
        # a decree's number opening with a letter code
        "Operator bus menolak Keputusan Menteri Perhubungan Nomor KM 215 Tahun 2021 tentang tarif.",
        "Izin tambang itu dicabut lewat SK Nomor SK.47 Tahun 2018 dari gubernur.",
        # a statute named by its kind's abbreviation and its number, with no "Nomor"
        "Para nelayan asing itu dijerat UU 45 Tahun 2009 tentang perikanan.",
        "Kebijakan tersebut dijalankan berdasarkan Perpres 12 Tahun 2021 tentang pengadaan.",
    ],
)
def test_a_regulations_number_and_year_are_no_time(sentence: str) -> None:
    assert find_times(sentence, reference_time=datetime(2020, 1, 1)) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Kepala dinas itu ditahan terkait korupsi dana hibah dari APBD 2019.",
        "Proyek jalan tol itu dibiayai APBN 2024 sebesar Rp 3 triliun.",
    ],
)
def test_a_budget_named_by_its_year_is_no_time(sentence: str) -> None:
    assert find_times(sentence, reference_time=datetime(2025, 1, 1)) == []


def test_a_sentence_of_years_and_a_year_after_it_stay_times() -> None:
    sentence = "Ia divonis 1 tahun penjara pada 2019 oleh pengadilan negeri."
    found = find_times(sentence, reference_time=datetime(2020, 1, 1))
    assert [(t.text, t.value) for t in found] == [("1 tahun", "P1Y"), ("2019", "2019")]


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("Pada Maret tahun 1999, ratusan mahasiswa berunjuk rasa di depan gedung DPRD.", "Maret tahun 1999", "1999-03"),
        ("Kota itu dikepung sejak bulan Agustus tahun 1945.", "bulan Agustus tahun 1945", "1945-08"),
        ("Bom meledak di depan gereja pada malam natal 2003, dua orang terluka.", "malam natal 2003", "2003-12-24"),
        ("Pasukan itu mundur menjelang Natal tahun 1948.", "Natal tahun 1948", "1948-12-25"),
        ("Benteng itu akhirnya direbut pada 1187, setelah pengepungan panjang.", "1187", "1187"),
        ("Wilayah itu dikuasai kerajaan tetangga sejak 1295.", "1295", "1295"),
    ],
)
def test_a_month_holiday_or_early_year_with_its_year_is_one_time(sentence: str, text: str, value: str) -> None:
    found = find_times(sentence, reference_time=datetime(2020, 1, 1))
    assert [(t.text, t.value) for t in found] == [(text, value)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Panitia menyiapkan makanan pada 1200 orang pengungsi.",
        "Harga gabah naik hingga 1300 per kilogram di tingkat petani.",
        "Acara ditutup dengan makan malam natal bersama warga.",
    ],
)
def test_a_count_or_a_feast_without_year_is_no_early_year(sentence: str) -> None:
    found = find_times(sentence, reference_time=datetime(2020, 1, 1))
    assert [t for t in found if t.value[:1].isdigit()] == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Dokter menemukan luka memar pada arah jam 2 dan jam 5 di bagian punggung korban.",
        "Nelayan melihat sebuah kapal asing di arah jam 9 dari perahunya.",
    ],
)
def test_a_direction_on_a_clock_face_is_no_time(sentence: str) -> None:
    assert find_times(sentence, reference_time=datetime(2025, 6, 2)) == []
