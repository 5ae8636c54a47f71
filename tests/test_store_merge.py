"""The merge decision's rules over short Indonesian news reports: dates, places through the
administrative hierarchy, parties by country and sector — and what must stay apart."""

from __future__ import annotations

import itertools
import re
from pathlib import Path
from typing import Any

import pytest

import peristiwa
from peristiwa.lang.id import stopwords
from peristiwa.store import EventStore
from peristiwa.store.agreement import place_part
from peristiwa.store.merge import (
    MONTH_AGREES,
    RECALLED_MONTH,
    THRESHOLD,
    block,
    compare,
    features,
    recalled,
    told_dated_here,
)
from peristiwa.store.repeats import told_repeated

# One suicide bombing in Bandung (7 December 2022), told on the day, the day after and later that
# month; a bombing of the same place told for November is another one.
ON_THE_DAY = (
    "Ledakan bom bunuh diri mengguncang Markas Polsek Astanaanyar, Bandung, Jawa Barat, Rabu (7/12/2022) "
    "pagi. Polisi menyebut satu petugas tewas dan delapan lainnya terluka."
)
NEXT_DAY = (
    "BANDUNG, KOMPAS.com - Bom bunuh diri meledak di Markas Polsek Astanaanyar, Kota Bandung, kemarin. "
    "Dua orang tewas, termasuk pelaku, dan sepuluh polisi terluka akibat ledakan itu."
)
THAT_MONTH = (
    "Kapolri menyebut bom bunuh diri yang meledak di Markas Polsek Astanaanyar, Bandung, pada Desember 2022 "
    "menewaskan dua orang."
)
ANOTHER_MONTH = (
    "Bom bunuh diri meledak di Markas Polsek Astanaanyar, Bandung, pada November 2022 dan menewaskan dua orang."
)
ANOTHER_YEAR = "Bom bunuh diri meledak di Markas Polsek Astanaanyar, Bandung, pada 2021 dan menewaskan dua orang."
# The same bombing recalled years later, by its month in one report and by its day in another.
RECALLED_BY_MONTH = (
    "Kapolri mengenang bom bunuh diri yang meledak di Markas Polsek Astanaanyar, Bandung, pada Desember 2022 "
    "dan menewaskan dua orang."
)
RECALLED_BY_DAY = (
    "Pelaku bom bunuh diri di Markas Polsek Astanaanyar, Bandung, pada Rabu (7/12/2022) menewaskan seorang polisi. "
    "Dua orang tewas dalam ledakan itu."
)
# One clash between villagers in Garut, told by the district, by the regency and by the province: a
# clash of two crowds is PROTEST riot (D46).
CLASH = "PROTEST"
IN_THE_DISTRICT = (
    "Bentrokan antarwarga pecah di Kecamatan Cibatu, Senin (5/5/2025) malam. Tiga warga terluka dalam bentrokan itu."
)
IN_THE_REGENCY = "Tiga warga terluka dalam bentrokan antarwarga di Kabupaten Garut pada Senin (5/5/2025) malam."
IN_THE_PROVINCE = (
    "BANDUNG, KOMPAS.com - Polda Jawa Barat menyebut tiga warga terluka dalam bentrokan antarwarga di Jawa Barat "
    "pada Senin (5/5/2025) malam. Polisi masih menyelidiki penyebab bentrokan antarwarga tersebut."
)
# The same kind of clash on the same evening, in a regency of another province.
ELSEWHERE = "Tiga warga terluka dalam bentrokan antarwarga di Kabupaten Sleman pada Senin (5/5/2025) malam."
ANOTHER_DAY = "Tiga warga terluka dalam bentrokan antarwarga di Kabupaten Garut pada Rabu (7/5/2025) malam."


def _features(text: str, reference_time: str, event_type: str = "ASSAULT") -> dict[str, Any]:
    doc = peristiwa.extract(text, doc_id="x", reference_time=reference_time).to_json()
    event = next(e for e in doc["events"] if e["event_type"] == event_type and not e.get("negated"))
    return features(event, text, reference_time)


def _words(sentence: str) -> list[str]:
    """The words merging compares, of one sentence."""
    return sorted({w.lower() for w in re.findall(r"[^\W\d_]{4,}", sentence)} - stopwords())


def _together(store: EventStore, *docs: str, event_type: str = "ASSAULT") -> bool:
    return any(set(docs) <= {m["doc_id"] for m in e["mentions"]} for e in store.events(event_type=event_type))


@pytest.fixture()
def store(tmp_path: Path) -> EventStore:
    return EventStore(str(tmp_path / "events.sqlite"))


def _add(store: EventStore, *docs: tuple[str, str, str]) -> None:
    store.add((peristiwa.extract(text, doc_id=doc_id, reference_time=ref), text) for doc_id, text, ref in docs)


def test_store_merge_kemarin_in_a_report_of_the_next_day_agrees_with_the_weekday_date(store: EventStore) -> None:
    _add(store, ("day", ON_THE_DAY, "2022-12-07"), ("next", NEXT_DAY, "2022-12-08"))
    assert _together(store, "day", "next")


def test_store_merge_a_month_agrees_with_a_day_in_it(store: EventStore) -> None:
    month, day = _features(THAT_MONTH, "2022-12-10"), _features(ON_THE_DAY, "2022-12-07")
    assert (month["day"], month["precision"]) == ("2022-12", "month")
    assert compare(month, [day], {"day"}, "month").parts["date"] > compare(month, [], set(), "x").parts.get("date", 0.2)
    _add(store, ("day", ON_THE_DAY, "2022-12-07"), ("month", THAT_MONTH, "2022-12-10"))
    assert _together(store, "day", "month")


def test_store_merge_never_merges_another_month(store: EventStore) -> None:
    result = compare(_features(ANOTHER_MONTH, "2022-12-08"), [_features(ON_THE_DAY, "2022-12-07")], {"a"}, "b")
    assert result.veto is not None and "month" in result.veto
    _add(store, ("day", ON_THE_DAY, "2022-12-07"), ("nov", ANOTHER_MONTH, "2022-12-08"))
    assert not _together(store, "day", "nov")


def test_store_merge_never_merges_another_year() -> None:
    past = _features(ANOTHER_YEAR, "2022-12-08")
    assert (past["day"], past["precision"]) == ("2021", "year")
    result = compare(_features(ON_THE_DAY, "2022-12-07"), [past], {"a"}, "b")
    assert result.veto is not None and "year" in result.veto


@pytest.mark.parametrize("first", ["month", "day"])
def test_store_merge_a_past_episode_recalled_by_its_month_and_by_its_day_is_one_event(
    tmp_path: Path, first: str
) -> None:
    """A month that ended years before the report is looked for in that whole month, whichever
    report comes first: not only in the week before the report, where it never is."""
    store = EventStore(str(tmp_path / f"{first}.sqlite"))
    docs = {"month": ("month", RECALLED_BY_MONTH, "2025-06-10"), "day": ("day", RECALLED_BY_DAY, "2025-06-12")}
    _add(store, docs[first], *(d for k, d in docs.items() if k != first))
    assert _together(store, "month", "day")


def test_store_merge_a_recalled_month_agrees_with_its_day_more_than_a_month_of_the_news() -> None:
    recalled = compare(
        _features(RECALLED_BY_MONTH, "2025-06-10"), [_features(RECALLED_BY_DAY, "2025-06-12")], {"a"}, "b"
    )
    news = compare(_features(THAT_MONTH, "2022-12-10"), [_features(ON_THE_DAY, "2022-12-07")], {"a"}, "b")
    assert recalled.parts["date"] == RECALLED_MONTH > news.parts["date"] == MONTH_AGREES


def test_store_merge_last_month_is_not_recalled_and_is_looked_for_only_in_the_week_before() -> None:
    last_month = _features(RECALLED_BY_MONTH, "2023-01-20")
    assert (last_month["day"], last_month["precision"]) == ("2022-12", "month")
    assert not recalled(last_month) and block(last_month) is None
    assert recalled(_features(RECALLED_BY_MONTH, "2025-06-10"))


@pytest.mark.parametrize(
    ("wider", "narrower", "score"),
    [
        (IN_THE_REGENCY, IN_THE_DISTRICT, 0.8),
        (IN_THE_PROVINCE, IN_THE_DISTRICT, 0.4),
        (IN_THE_PROVINCE, IN_THE_REGENCY, 0.4),
    ],
)
def test_store_merge_a_place_and_the_regency_or_province_it_lies_in_agree(
    wider: str, narrower: str, score: float
) -> None:
    result = compare(_features(narrower, "2025-05-06", CLASH), [_features(wider, "2025-05-06", CLASH)], {"a"}, "b")
    assert result.veto is None and result.parts["place"] == pytest.approx(score)


def test_store_merge_one_clash_told_by_district_regency_and_province_is_one_event(store: EventStore) -> None:
    _add(
        store,
        ("district", IN_THE_DISTRICT, "2025-05-05"),
        ("regency", IN_THE_REGENCY, "2025-05-06"),
        ("province", IN_THE_PROVINCE, "2025-05-06"),
    )
    assert _together(store, "district", "regency", "province", event_type=CLASH)


def test_store_merge_never_merges_the_same_clash_on_the_same_day_in_another_province(store: EventStore) -> None:
    _add(store, ("garut", IN_THE_REGENCY, "2025-05-06"), ("sleman", ELSEWHERE, "2025-05-06"))
    assert not _together(store, "garut", "sleman", event_type=CLASH)


def test_store_merge_never_merges_the_same_clash_in_the_same_regency_on_another_day(store: EventStore) -> None:
    _add(store, ("monday", IN_THE_REGENCY, "2025-05-06"), ("wednesday", ANOTHER_DAY, "2025-05-08"))
    assert not _together(store, "monday", "wednesday", event_type=CLASH)


def test_store_merge_the_same_countries_with_another_sector_agree_by_half() -> None:
    base = {"type": "ASSAULT", "day": "2025-07-24", "precision": "day", "reference_day": "2025-07-26"}
    base |= {"country": None, "places": [], "words": ["bentrokan", "perbatasan", "thailand", "kamboja"]}
    soldiers = base | {"parties": [], "actors": ["THA/MIL"], "recipients": ["KHM/MIL"]}
    civilians = base | {"parties": [], "actors": ["THA/MIL"], "recipients": ["KHM/CVL"]}
    others = base | {"parties": [], "actors": ["THA/MIL"], "recipients": ["MMR/CVL"]}
    assert compare(civilians, [soldiers], {"a"}, "b").parts["parties"] == pytest.approx(0.75)
    assert compare(others, [soldiers], {"a"}, "b").parts["parties"] == pytest.approx(0.5)
    assert compare(soldiers, [soldiers], {"a"}, "b").parts["parties"] == pytest.approx(1.0)


def test_store_merge_at_home_the_same_country_with_another_sector_is_no_agreement() -> None:
    """Two arrests of one day near Jakarta — police arresting students in Bekasi, a fisherman
    arrested in Jakarta Utara: every party is Indonesian, so the country says nothing."""
    base = {"type": "COERCE", "day": "2025-06-13", "precision": "day", "reference_day": "2025-06-16"}
    students = base | {"parties": [], "actors": ["IDN/COP"], "recipients": ["IDN/CRM"], "country": "IDN"}
    fisherman = base | {"parties": [], "actors": ["IDN/CRM"], "recipients": [], "country": "IDN"}
    students["words"] = _words("Jumat (13/6/2025), polisi menangkap empat pelaku, yakni IAM, DPK, RR, dan RS.")
    fisherman["words"] = _words(
        "Polisi: pelaku ditangkap di Perumahan Pluit Permai Blok 10, Jakarta Utara, karena membunuh mantan istrinya."
    )
    students |= {"places": [["Cikarang Timur", -6.3, 107.2, "admin3", "IDN/32/32.16/32.16.11"]]}
    fisherman |= {"places": [["Jakarta Utara", -6.13, 106.88, "admin2", "IDN/31/31.72"]]}
    result = compare(fisherman, [students], {"a"}, "b")
    assert result.parts["parties"] == 0.0 and result.score < THRESHOLD


def test_store_merge_a_meeting_between_two_states_agrees_whoever_is_named_first() -> None:
    """A meeting is done by both sides: one report has the host meet the guest, another the guest
    meet the host — the same parties; between two states an attack told the other way round is
    still the reply to it, and at home the roles are still compared one by one."""
    base = {"type": "CONSULT", "day": "2025-03-04", "precision": "day", "reference_day": "2025-03-04"}
    base |= {"country": "IDN", "places": [], "parties": [], "words": ["bertemu", "istana", "bogor", "presiden"]}
    host = base | {"actors": ["IDN/GOV"], "recipients": ["JPN/GOV"]}
    guest = base | {"actors": ["JPN/GOV"], "recipients": ["IDN/GOV", "JPN/GOV"]}
    assert compare(guest, [host], {"a"}, "b").parts["parties"] == pytest.approx(1.0)
    assert compare(host | {"recipients": ["IDN/GOV"]}, [host], {"a"}, "b").parts["parties"] < 0.75
    strike = base | {"type": "ASSAULT", "actors": ["IDN/MIL"], "recipients": ["JPN/MIL"]}
    reply = strike | {"actors": ["JPN/MIL"], "recipients": ["IDN/MIL"]}
    assert compare(reply, [strike], {"a"}, "b").parts["parties"] < 0
    minister = base | {"actors": ["IDN/GOV"], "recipients": ["IDN/LAB"], "country": "IDN"}
    unions = base | {"actors": ["IDN/LAB"], "recipients": ["IDN/GOV"], "country": "IDN"}
    assert compare(unions, [minister], {"a"}, "b").parts["parties"] < 0.5


def test_store_merge_one_days_strike_between_the_same_two_countries_joins_despite_other_wording() -> None:
    """Two reports of one day's missile strike, one by a market story: the same attacker and target
    by country and the same day make up for wording with little in common; a strike the other way
    round, or one whose target is not told, still needs words in common."""
    base = {"type": "ASSAULT", "day": "2025-06-13", "precision": "day", "reference_day": "2025-06-14"}
    base |= {"country": "ISR", "places": [["Israel", 31.5, 34.75, "country", "ISR"]], "parties": []}
    summary = base | {"actors": ["IRN/MIL"], "recipients": ["ISR/MIL"]}
    summary["words"] = _words("Teheran menembakkan tiga gelombang rudal balistik ke wilayah Israel sepanjang Jumat.")
    market = base | {"actors": ["IRN/MIL"], "recipients": ["ISR/CVL"], "reference_day": "2025-06-16"}
    market["words"] = _words(
        "Indeks saham di bursa New York merosot tajam pada penutupan perdagangan setelah Iran meluncurkan "
        "rudal ke arah Israel."
    )
    assert compare(market, [summary], {"a"}, "b").score >= THRESHOLD
    reply = market | {"actors": ["ISR/MIL"], "recipients": ["IRN/MIL"]}
    untold = market | {"recipients": []}
    assert compare(reply, [summary], {"a"}, "b").veto == "the wording has almost nothing in common"
    assert compare(untold, [summary], {"a"}, "b").veto == "the wording has almost nothing in common"


def test_store_merge_a_shared_province_alone_does_not_make_one_event() -> None:
    """Two stories of one day in Jakarta told only by the province, with Indonesians of no known
    sector: a shared province counts no more than a shared name."""
    base = {"type": "COERCE", "day": "2025-06-14", "precision": "day", "reference_day": "2025-06-14"}
    base |= {"country": "IDN", "places": [["DKI Jakarta", -6.21, 106.85, "admin1", "IDN/31"]], "parties": []}
    cats = base | {"actors": ["IDN/None"], "recipients": []}
    boars = base | {"actors": ["IDN/LAB"], "recipients": []}
    cats["words"] = _words(
        "Dryden menyarankan menjauhkan kutu dari halaman karena hewan sering menangkap kutu di luar."
    )
    boars["words"] = _words("Sejumlah pengemudi ojek online (ojol) terlihat berusaha menangkap hewan tersebut.")
    result = compare(boars, [cats], {"a"}, "b")
    assert result.parts["place"] == pytest.approx(0.4) and result.score < THRESHOLD


def test_store_merge_one_visit_in_one_town_with_one_named_guest_joins_despite_other_wording() -> None:
    """Two reports of one day's visit in one town that name the same person may share almost no
    words (one tells the arrival, the other what was said); without a named person in common, or
    in another town, the wording must still agree."""
    base = {"type": "CONSULT", "day": "2025-07-20", "precision": "day", "reference_day": "2025-07-20"}
    base |= {"country": "IDN", "parties": [], "actors": ["IDN/GOV"], "recipients": ["IDN/ELI"]}
    base |= {"places": [["Surakarta", -7.56, 110.83, "city", "IDN/33/33.72"]]}
    arrival = base | {"names": ["Bambang Sutrisno", "Siti Rahayu"]}
    arrival["words"] = _words("Bambang tiba di kediaman Siti Rahayu di Sumber pada Minggu pagi disambut keluarga.")
    remarks = base | {"names": ["Siti Rahayu"], "recipients": ["IDN/GOV"]}
    remarks["words"] = _words("Usai pertemuan tertutup itu, Siti menjawab pertanyaan wartawan soal pemilihan daerah.")
    assert compare(remarks, [arrival], {"a"}, "b").score >= THRESHOLD
    unnamed = remarks | {"names": []}
    assert compare(unnamed, [arrival], {"a"}, "b").veto == "the wording has almost nothing in common"
    elsewhere = remarks | {"places": [["Kota Semarang", -6.99, 110.42, "city", "IDN/33/33.74"]]}
    assert compare(elsewhere, [arrival], {"a"}, "b").veto is not None


def test_store_merge_two_requests_of_one_day_sharing_no_town_need_more_wording_in_common() -> None:
    """Two council members' requests of one day, in two provinces, sharing a few words of any
    request ("DPRD mendesak"): without a town in common the wording must agree
    more than it must between reports of one town."""
    base = {"type": "REQUEST", "day": "2025-06-14", "precision": "day", "reference_day": "2025-06-14"}
    base |= {"country": "IDN", "parties": [], "actors": ["IDN/LEG"], "recipients": ["IDN/GOV"]}
    roads = base | {"places": [["Kota Padang", -0.95, 100.35, "city", "IDN/13/13.71"]]}
    roads["words"] = _words("Anggota DPRD mendesak wali kota memperbaiki jalan rusak menuju pasar.")
    schools = base | {"places": [["Sumatera Selatan", -3.32, 104.0, "admin1", "IDN/16"]]}
    schools["words"] = _words("Fraksi DPRD provinsi mendesak gubernur menambah beasiswa bagi murid sekolah menengah.")
    result = compare(schools, [roads], {"a"}, "b")
    assert 0.3 <= result.parts["words"] < 0.4
    assert result.veto == "little wording in common and no town in common"
    same_town = schools | {"places": roads["places"]}
    assert compare(same_town, [roads], {"a"}, "b").veto is None


def test_store_merge_two_districts_of_one_city_are_the_same_area_not_the_same_place() -> None:
    """Two charges told in one city: named by the city alone they agree on the place; when each
    report names another district of it, the city in common says only that they are near; a
    village in the other's district is the same place."""
    base = {"type": "ACCUSE", "day": "2025-07-10", "precision": "day", "reference_day": "2025-07-10"}
    base |= {"country": "IDN", "parties": [], "actors": ["IDN/COP"], "recipients": ["IDN/CVL"], "words": []}
    city = ["Kota Bogor", -6.6, 106.8, "city", "IDN/32/32.71"]
    north = base | {"places": [city, ["Bogor Utara", -6.57, 106.81, "admin3", "IDN/32/32.71/32.71.05"]]}
    west = base | {"places": [city, ["Tanah Sareal", -6.56, 106.78, "admin3", "IDN/32/32.71/32.71.06"]]}
    village = base | {"places": [city, ["Tegal Gundil", -6.58, 106.81, "village", "IDN/32/32.71/32.71.05"]]}
    only_city = base | {"places": [city]}
    assert place_part(north["places"], [only_city])[0] == 1.0
    assert place_part(north["places"], [west])[0] < 1.0
    assert place_part(village["places"], [north])[0] == 1.0


# An undated follow-up four days later.
FOLLOW_UP = (
    "Polisi masih menyelidiki jaringan pelaku ledakan bom bunuh diri di Markas Polsek Astanaanyar, Bandung. "
    "Satu petugas tewas dan delapan polisi lainnya terluka akibat ledakan bom itu."
)


@pytest.mark.parametrize("first", ["dated", "undated"])
def test_store_merge_an_undated_follow_up_joins_its_dated_event_whichever_is_added_first(
    store: EventStore, first: str
) -> None:
    docs = [("dated", ON_THE_DAY, "2022-12-07"), ("undated", FOLLOW_UP, "2022-12-11")]
    _add(store, *(docs if first == "dated" else docs[::-1]))
    assert _together(store, "dated", "undated")


LIST_ARTICLE = (
    "Dua ledakan bom terjadi pekan ini. Bom bunuh diri meledak di Markas Polsek Astanaanyar, Bandung, Rabu "
    "(7/12/2022) pagi. Sehari kemudian, bom rakitan meledak di depan Markas Polsek Astanaanyar, Bandung, Kamis "
    "(8/12/2022) pagi."
)


@pytest.mark.parametrize("first", ["list", "report"])
def test_store_merge_two_bombings_of_one_list_article_stay_two_and_a_report_joins_its_own(
    store: EventStore, first: str
) -> None:
    docs = [("list", LIST_ARTICLE, "2022-12-09"), ("report", ON_THE_DAY, "2022-12-07")]
    _add(store, *(docs if first == "list" else docs[::-1]))
    events = list(store.events(event_type="ASSAULT"))
    assert all(sum(m["doc_id"] == "list" for m in e["mentions"]) <= 1 for e in events)
    joined = next(e for e in events if "report" in {m["doc_id"] for m in e["mentions"]})
    assert {m["doc_id"] for m in joined["mentions"]} == {"list", "report"}
    assert joined["date"]["start"] == "2022-12-07"


def test_store_merge_an_undated_event_whose_report_dates_one_between_the_same_sides_stays_apart() -> None:
    def f(day: str | None, actors: list[str], recipients: list[str], kind: str = "ASSAULT") -> dict[str, object]:
        return {
            "type": kind,
            "day": day,
            "precision": "day" if day else None,
            "actors": actors,
            "recipients": recipients,
        }

    undated = f(None, ["ISR/MIL"], ["IRN/CVL"])
    assert told_dated_here(undated, [f("2025-06-16", ["ISR/MIL"], ["IRN/MIL"])])  # the dated strike, told again
    assert not told_dated_here(undated, [f("2025-06-16", ["USA/GOV"], ["CHN/GOV"])])  # other sides
    assert not told_dated_here(undated, [f("2025-06-16", ["ISR/MIL"], ["IRN/MIL"], kind="ACCUSE")])  # another type
    assert not told_dated_here(f("2025-06-13", ["ISR/MIL"], []), [f("2025-06-16", ["ISR/MIL"], [])])  # dated itself


# A prosecution's demand told to the day at length, told again in few words with only its month, and
# told to the day in a report that shares the short one's words: the short one fits the long one
# too little on its own, the third report fits both.
DEMAND_AT_LENGTH = (
    "Jaksa penuntut umum menuntut mantan Menteri Perdagangan dihukum tujuh tahun penjara dalam sidang kasus "
    "korupsi impor gula di Pengadilan Tipikor Jakarta Pusat, Jumat (4/7/2025). Menurut jaksa, kebijakan impor "
    "yang diteken terdakwa semasa menjabat merugikan keuangan negara ratusan miliar rupiah dan menguntungkan "
    "sejumlah perusahaan swasta, sementara pengacara terdakwa menilai dakwaan itu lemah."
)
DEMAND_IN_THE_MONTH = (
    "Dalam sidang Juli 2025, jaksa menuntut mantan menteri itu dihukum tujuh tahun penjara serta denda "
    "Rp 750 juta subsider enam bulan kurungan."
)
DEMAND_ON_THE_DAY = (
    "Jaksa menuntut mantan Menteri Perdagangan dihukum tujuh tahun penjara serta denda Rp 750 juta subsider "
    "enam bulan kurungan dalam sidang kasus impor gula di Pengadilan Tipikor Jakarta Pusat, Jumat (4/7/2025)."
)


def test_store_merge_wording_is_compared_with_the_closest_report_of_the_event() -> None:
    long, short, day = (
        _features(DEMAND_AT_LENGTH, "2025-07-04", "ACCUSE"),
        _features(DEMAND_IN_THE_MONTH, "2025-07-10", "ACCUSE"),
        _features(DEMAND_ON_THE_DAY, "2025-07-05", "ACCUSE"),
    )
    alone = compare(short, [day], {"day"}, "short").parts["words"]
    assert compare(short, [long, day], {"long", "day"}, "short").parts["words"] == alone


@pytest.mark.parametrize("order", list(itertools.permutations(range(3))))
def test_store_merge_the_reports_of_one_demand_end_up_together_in_any_order(
    store: EventStore, order: tuple[int, ...]
) -> None:
    docs = [
        ("long", DEMAND_AT_LENGTH, "2025-07-04"),
        ("short", DEMAND_IN_THE_MONTH, "2025-07-10"),
        ("day", DEMAND_ON_THE_DAY, "2025-07-05"),
    ]
    short, long = (
        _features(DEMAND_IN_THE_MONTH, "2025-07-10", "ACCUSE"),
        _features(DEMAND_AT_LENGTH, "2025-07-04", "ACCUSE"),
    )
    assert compare(short, [long], {"long"}, "short").score < THRESHOLD  # too little in common on their own
    _add(store, *(docs[i] for i in order))
    assert _together(store, "long", "short", "day", event_type="ACCUSE")


def test_store_merge_a_report_fitting_two_clashes_of_different_days_does_not_join_them(store: EventStore) -> None:
    undated = "Tiga warga terluka dalam bentrokan antarwarga di Kabupaten Garut. Polisi menyelidiki penyebabnya."
    _add(
        store,
        ("monday", IN_THE_REGENCY, "2025-05-05"),
        ("wednesday", ANOTHER_DAY, "2025-05-07"),
        ("undated", undated, "2025-05-08"),
    )
    assert not _together(store, "monday", "wednesday", event_type=CLASH)


# One joint visit of two presidents, told by their arrival in one report and as a visit in the other
# (D18: a visit is dated by the arrival); a president's arrival at home names no visit.
ARRIVAL = (
    "MAGELANG, KOMPAS.com - Presiden Prabowo Subianto dan Presiden Korea Selatan Lee Jae-myung tiba di "
    "Akademi Militer, Magelang, Jawa Tengah, Kamis (12/6/2025) siang. Keduanya disambut barisan taruna."
)
VISIT = (
    "Presiden Korea Selatan Lee Jae-myung melakukan kunjungan ke Akademi Militer, Magelang, Kamis (12/6/2025), "
    "bersama Presiden Prabowo Subianto. Kunjungan itu membahas kerja sama pendidikan militer kedua negara."
)
AT_HOME = "Presiden tiba di tempat pemungutan suara di Cikeas sekitar pukul sembilan pagi bersama istrinya."


def test_store_merge_a_joint_visit_told_by_the_arrival_joins_the_report_of_the_visit(store: EventStore) -> None:
    _add(store, ("arrival", ARRIVAL, "2025-06-12"), ("visit", VISIT, "2025-06-13"))
    assert _together(store, "arrival", "visit", event_type="CONSULT")
    home = peristiwa.extract(AT_HOME, doc_id="home", reference_time="2025-06-12").to_json()
    assert not [e for e in home["events"] if e["event_type"] == "CONSULT"]


def _event_at(text: str, trigger: str) -> dict[str, Any]:
    start = text.index(trigger)
    return {"trigger": {"start": start, "end": start + len(trigger)}, "sentence": {"start": 0, "end": len(text)}}


@pytest.mark.parametrize(
    ("sentence", "trigger", "repeated"),
    [
        ("Gubernur mengaku sudah dua kali bertemu para pengunjuk rasa di halaman kantornya.", "bertemu", True),
        ("Tersangka tidak pernah datang meski dipanggil penyidik sebanyak tiga kali pekan ini.", "dipanggil", True),
        ("Warga berkali-kali menggelar unjuk rasa, lalu 4 kali menutup jalan desa.", "menutup", True),
        ("Gubernur bertemu para pengunjuk rasa di halaman kantornya pada Senin.", "bertemu", False),
        ("Harga beras naik dua kali lipat sejak banjir melanda desa itu.", "banjir", False),
        ("Untuk kedua kalinya gubernur bertemu para pengunjuk rasa di kantornya.", "bertemu", False),
        ("Gubernur bertemu para pengunjuk rasa sekali lagi pada Senin.", "bertemu", False),
        ("Pelaku menembak korban tiga kali di depan rumahnya.", "menembak", False),  # the shots of one attack
        ("Wartawan itu disandera perompak dan dua kali diperiksa petugas imigrasi.", "disandera", False),
        ("Wartawan itu disandera perompak dan dua kali diperiksa petugas imigrasi.", "diperiksa", True),
    ],
)
def test_store_merge_reads_a_count_of_times_beside_the_trigger_as_a_repeated_act(
    sentence: str, trigger: str, repeated: bool
) -> None:
    assert told_repeated(sentence, _event_at(sentence, trigger)) is repeated


def test_store_merge_an_act_told_as_repeated_does_not_join_one_told_once() -> None:
    """ "Sudah dua kali bertemu" counts several meetings: it is not the one meeting another report
    tells, though day, town, sides and words agree; two reports of the repeated act do agree."""
    base = {"type": "CONSULT", "day": "2025-07-20", "precision": "day", "reference_day": "2025-07-20"}
    base |= {"country": "IDN", "parties": [], "actors": ["IDN/GOV"], "recipients": ["IDN/CVL"], "names": []}
    base |= {"places": [["Surakarta", -7.56, 110.83, "city", "IDN/33/33.72"]]}
    base["words"] = _words("Gubernur bertemu para pengunjuk rasa petani tebu di halaman kantornya di Surakarta.")
    once = base | {"repeated": False}
    twice = base | {"repeated": True}
    assert compare(once, [base], {"a"}, "b").score >= THRESHOLD
    assert compare(twice, [once], {"a"}, "b").veto == "an act told as repeated against one told once"
    assert compare(once, [twice], {"a"}, "b").veto == "an act told as repeated against one told once"
    assert compare(twice, [twice], {"a"}, "b").score >= THRESHOLD


def test_store_merge_words_about_the_text_are_not_compared() -> None:
    """A summary's opening ("Berikut ringkasan berita dalam satu paragraf") says nothing of its event."""
    text = "Berikut ringkasan berita dalam satu paragraf: polisi menangkap dua pencuri sapi di Boyolali."
    assert not {"ringkasan", "berita", "paragraf"} & set(_words(text))


def test_store_merge_a_place_named_only_by_a_kind_of_place_is_not_compared() -> None:
    """ "DPD di Kabupaten atau Kota": some village called Kabupaten is not where the event happened,
    so it neither puts two reports far apart nor in one place."""
    generic = {
        "name": "Kabupaten",
        "text": "Kabupaten",
        "feature": "village",
        "country": "IDN",
        "lat": 0.5,
        "lon": 101.4,
    }
    town = {"name": "Jakarta Timur", "text": "Jakarta Timur", "feature": "admin2", "country": "IDN"}
    town |= {"lat": -6.23, "lon": 106.9}
    event = {"event_type": "SUPPORT", "actor": [], "recipient": [], "locations": [generic, town]}
    text = "Organisasi itu menyatakan mendukung pemerintah."
    event["sentence"] = {"start": 0, "end": len(text)}
    assert [p[0] for p in features(event, text, "2025-06-19")["places"]] == ["Jakarta Timur"]


def _recalled_riot(trigger: str, words: list[str], day: str, precision: str, reference_day: str) -> dict[str, Any]:
    """A riot of May 1998 recalled in a report of 2025: what merging compares of it."""
    return {"type": "PROTEST", "day": day, "precision": precision, "reference_day": reference_day, "country": "IDN",
            "places": [["DKI Jakarta", -6.2, 106.8, "admin1", "IDN/31"]], "parties": [], "actors": [],
            "recipients": [], "names": [], "words": words, "trigger": [trigger]}  # fmt: skip


def test_store_merge_a_recalled_episode_named_by_one_word_joins_whatever_its_sentences_say() -> None:
    """Two reports of other news recall "kerusuhan Mei 1998": around it each sentence tells its own
    news, and the act's word and its month are the episode's name."""
    remark = _recalled_riot("kerusuhan", ["menteri", "pernyataan", "kerusuhan", "sejarah"], "1998-05-13", "day",
                            "2025-06-16")  # fmt: skip
    square = _recalled_riot("kerusuhan", ["lapangan", "warga", "kerusuhan", "komunitas"], "1998-05", "month",
                            "2025-06-19")  # fmt: skip
    result = compare(square, [remark], {"a"}, "b")
    assert result.veto is None and result.score >= THRESHOLD


def test_store_merge_two_recalled_acts_of_one_month_told_by_other_words_stay_apart() -> None:
    riot = _recalled_riot("kerusuhan", ["menteri", "pernyataan", "kerusuhan", "sejarah"], "1998-05", "month",
                          "2025-06-16")  # fmt: skip
    march = _recalled_riot("demonstrasi", ["mahasiswa", "gedung", "demonstrasi", "reformasi"], "1998-05", "month",
                           "2025-06-19")  # fmt: skip
    assert compare(march, [riot], {"a"}, "b").veto is not None


def test_store_merge_places_are_not_far_apart_when_one_lies_in_a_province_the_other_names() -> None:
    """One report lists Jakarta with two far cities, the other names a district of Jakarta."""
    listed = [["DKI Jakarta", -6.2, 106.8, "admin1", "IDN/31"], ["Medan", 3.58, 98.67, "city", "IDN/12/12.71"],
              ["Surabaya", -7.25, 112.75, "city", "IDN/35/35.78"]]  # fmt: skip
    district = [["Taman Sari", -6.15, 106.82, "admin3", "IDN/31/31.73/31.73.03"]]
    elsewhere = [["Makassar", -5.14, 119.42, "city", "IDN/73/73.71"]]
    assert place_part(district, [{"places": listed}]) == (0.4, None)
    assert place_part(elsewhere, [{"places": listed}])[1] is not None


def _told_in_bogor(
    actors: list[str], recipients: list[str], names: list[str], words: list[str], mode: list[str]
) -> Any:
    """A SUPPORT act told on 4 March 2025 in Bogor: what merging compares of it."""
    return {"type": "SUPPORT", "day": "2025-03-04", "precision": "day", "reference_day": "2025-03-04",
            "country": "IDN", "places": [["Bogor", -6.6, 106.8, "city", "IDN/32/32.71"]],
            "parties": sorted(set(actors + recipients)), "actors": actors, "recipients": recipients,
            "names": names, "words": words, "trigger": [], "mode": mode, "repeated": False}  # fmt: skip


def test_store_merge_two_acts_that_share_only_their_participants_names_stay_apart() -> None:
    """Told the same day in one town, "Prabowo berterima kasih kepada Anwar" and "Prabowo dan Anwar mencapai
    kesepakatan" are two acts: all their wording has in common is the two leaders' names."""
    thanks = _told_in_bogor(["IDN/GOV"], ["MYS/GOV"], ["Anwar Ibrahim", "Prabowo Subianto"],
                            ["anwar", "berterima", "kasih", "prabowo"], ["praise"])  # fmt: skip
    deal = _told_in_bogor(["MYS/GOV"], [], ["Anwar Ibrahim", "Prabowo Subianto"],
                          ["anwar", "kesepakatan", "menghasilkan", "negosiasi", "prabowo"], [])  # fmt: skip
    result = compare(deal, [thanks], {"a"}, "b")
    assert result.parts.get("words", 0.0) == 0.0 and (result.veto is not None or result.score < THRESHOLD)


def test_store_merge_one_praise_told_by_two_words_joins_on_the_names_it_shares() -> None:
    """One praise: "Wali kota mengapresiasi Kodim Bogor" and "berterima kasih kepada Kodim
    Bogor dan Polres Bogor" share only names, but both tell a praise (the mode)."""
    praise = _told_in_bogor(["IDN/GOV"], ["IDN/MIL"], ["Kodim Bogor"], ["apresiasi", "bogor", "kodim", "relawan"],
                            ["praise"])  # fmt: skip
    thanks = _told_in_bogor(["IDN/MIL"], ["IDN/COP"], ["Kodim Bogor", "Polres Bogor"],
                            ["berterima", "bogor", "kasih", "kodim", "polres"], ["praise"])  # fmt: skip
    result = compare(thanks, [praise], {"a"}, "b")
    assert result.veto is None and result.score >= THRESHOLD
    thanks["mode"] = []
    assert compare(thanks, [praise], {"a"}, "b").score < THRESHOLD


def test_store_merge_an_undated_follow_up_published_a_day_later_with_the_same_parties_joins() -> None:
    """A government's promise told to the day, and told again undated in a report of the next day by
    the same parties in much the same words, with no place to compare: the report's day vouches for the
    date. Published days later, or naming other parties, it stays apart."""
    base = {"type": "AGREE", "country": "IDN", "parties": [], "places": []}
    dated = base | {"day": "2025-05-28", "precision": "day", "reference_day": "2025-05-28"}
    dated |= {"actors": ["IDN/GOV"], "recipients": ["IDN/CVL"]}
    dated["words"] = _words("Pemerintah daerah menjanjikan pendanaan agar penduduk desa dapat membangun rumah kembali.")
    undated = dated | {"day": None, "precision": None, "reference_day": "2025-05-29"}
    undated["words"] = _words("Pemerintah telah menjanjikan pendanaan supaya penduduk desa bisa kembali bermukim.")
    assert compare(undated, [dated], {"a"}, "b").score >= THRESHOLD
    assert compare(dated, [undated], {"b"}, "a").score >= THRESHOLD
    later = undated | {"reference_day": "2025-06-02"}
    assert compare(later, [dated], {"a"}, "b").score < THRESHOLD
    others = undated | {"actors": ["IDN/LEG"]}
    assert compare(others, [dated], {"a"}, "b").score < THRESHOLD
